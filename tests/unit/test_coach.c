/* test_coach.c - business days and teams without servers: the roster file's
 * parsing and lookup, the team field of the seed and text formats, local
 * days and hours around midnight and a DST change (cz_time_local), the
 * summary's timezone and agents' team in the codec, the teams and hours
 * payloads round trip, refuse what they must, and stay within their bounds
 * with 1,000 agents busy in every hour and 100 teams; and the team filter of
 * the agent table (view_next_team). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "call.h"
#include "formats.h"
#include "roster.h"
#include "snapshot.h"
#include "view.h"
#include "t.h"

static void check_roster(void)
{
    char text[] = "Agent,Team\n# a comment\n\n\"Lee, Ann\",North\n  Bo   Chen , \"South \"\"B\"\"\"\n"
                  "Cy Dorn,East\nCy Dorn,West\n";
    roster r;
    cz_err e;
    CHECK(roster_parse(text, strlen(text), &r, &e) == 0, "roster: parses header, comments, quotes");
    CHECK(r.n == 3, "roster: three agents (a later line replaces an earlier one)");
    CHECK_STR(roster_team(&r, "Lee, Ann"), "North", "roster: a quoted name with a comma");
    CHECK_STR(roster_team(&r, "Bo Chen"), "South \"B\"", "roster: names normalised, doubled quotes");
    CHECK_STR(roster_team(&r, "Cy Dorn"), "West", "roster: the later line wins");
    CHECK(roster_team(&r, "Di Fox") == NULL, "roster: an agent not listed has no team");
    CHECK(roster_team(NULL, "Cy Dorn") == NULL, "roster: no roster, no team");
    roster_free(&r);
    static const struct { const char *text, *err; } bad[] = {
        {"Ann Lee North\n", "line 1: no comma"},
        {"agent,team\nAnn Lee,\n", "line 2: an empty team"},
        {",North\n", "line 1: an empty agent name"},
        {"\"Ann Lee,North\n", "line 1: an unclosed quote"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *t = strdup(bad[i].text);
        e.msg[0] = '\0';
        CHECK(roster_parse(t, strlen(t), &r, &e) < 0 && strstr(e.msg, bad[i].err),
              bad[i].err);
        free(t);
    }
}

static void check_team_field(void)
{
    call_t c;
    cz_err e;
    const char *j = "{\"call_id\":\"1\",\"agent_name\":\"Ann\",\"timestamp\":\"2026-01-01\","
                    "\"team\":\"  North\\u001b[31m  East \",\"transcript_text\":\"Agent: hi\"}";
    CHECK(call_parse_json(j, strlen(j), &c, &e) == 0, "team: seed call with a team parses");
    CHECK_STR(c.team, "North East", "team: cleaned like agent names (escapes, spaces)");
    call_free(&c);
    j = "{\"call_id\":\"1\",\"agent_name\":\"Ann\",\"timestamp\":\"2026-01-01\",\"team\":null,"
        "\"transcript_text\":\"Agent: hi\"}";
    CHECK(call_parse_json(j, strlen(j), &c, &e) == 0 && c.team == NULL, "team: null is none");
    call_free(&c);
    j = "{\"call_id\":\"1\",\"agent_name\":\"Ann\",\"timestamp\":\"2026-01-01\",\"team\":7,"
        "\"transcript_text\":\"Agent: hi\"}";
    CHECK(call_parse_json(j, strlen(j), &c, &e) < 0 &&
              strstr(e.msg, "field team must be a string, got number"),
          "team: a number is refused with its reason");
    const char *txt = "Agent-Name: Ann\nTimestamp: 2026-01-01\nTeam: South\n\nAgent: Hello.\n";
    fmt_records r = FMT_RECORDS_INIT;
    fmt_parse("c.txt", txt, strlen(txt), NULL, &r);
    CHECK(r.n == 1 && !r.v[0].error && r.v[0].call.team && strcmp(r.v[0].call.team, "South") == 0,
          "team: the text format's Team: header");
    fmt_records_free(&r);
}

static void check_local_time(void)
{
    setenv("TZ", "America/Los_Angeles", 1);
    tzset();
    char day[11];
    int64_t h;
    /* 2026-03-10 00:00 PDT is 07:00 UTC. */
    int64_t mid = 1773126000;
    cz_time_local(mid - 30, day, &h);
    CHECK_STR(day, "2026-03-09", "local: 30 s before local midnight is the day before");
    CHECK(h == mid - 3600, "local: its hour began an hour before midnight");
    cz_time_local(mid + 30, day, &h);
    CHECK_STR(day, "2026-03-10", "local: 30 s after local midnight is the new day");
    CHECK(h == mid, "local: its hour began at midnight");
    /* 2026-11-01: 01:00-02:00 happens twice (PDT 08:00Z, then PST 09:00Z). */
    int64_t a, b;
    cz_time_local(1793520000 + 600, day, &a);
    cz_time_local(1793523600 + 600, day, &b);
    CHECK(a == 1793520000 && b == 1793523600, "local: the repeated 01:00 hour is two hours");
    setenv("TZ", "Asia/Kolkata", 1);
    tzset();
    cz_time_local(1767225600 + 60, day, &h); /* 2026-01-01 00:01Z = 05:31 IST */
    CHECK(h == 1767225600 - 1800, "local: a half-hour zone's hour starts at :30 UTC");
    setenv("TZ", "UTC", 1);
    tzset();
}

static kpi_counts kc(int64_t calls, int64_t conv, int64_t cents)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    k.calls = calls;
    k.conversions = conv;
    k.upsell_cents = cents;
    k.neutral = calls;
    return k;
}

static void check_summary_and_agents(void)
{
    kpi_counts k = kc(3, 1, 500);
    snap_summary s = {0};
    s.schema = 1;
    s.generated_at = 1770000000;
    s.batch_id = (char *)"7";
    memcpy(s.today, "2026-12-05", 11);
    s.k.today = s.k.week = s.k.all = k;
    s.timezone = (char *)"America/Los_Angeles";
    char *p = snap_summary_encode(&s);
    snap_summary d;
    cz_err e;
    CHECK(p && snap_summary_decode(p, strlen(p), &d, &e) == 0, "summary: encodes and decodes");
    CHECK_STR(d.timezone, "America/Los_Angeles", "summary: timezone round trip");
    snap_summary_free(&d);
    free(p);
    const char *old = "{\"schema\":1,\"generated_at\":1,\"batch_id\":\"\",\"last_call_at\":0,"
                      "\"today\":\"2026-12-05\",\"windows\":{\"today\":{\"calls\":0,\"conversions\":0,"
                      "\"upsell_revenue\":0,\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},"
                      "\"avg_sentiment\":0},\"week\":{\"calls\":0,\"conversions\":0,"
                      "\"upsell_revenue\":0,\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},"
                      "\"avg_sentiment\":0},\"all\":{\"calls\":0,\"conversions\":0,"
                      "\"upsell_revenue\":0,\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},"
                      "\"avg_sentiment\":0}}}";
    CHECK(snap_summary_decode(old, strlen(old), &d, &e) == 0 && d.timezone &&
              d.timezone[0] == '\0', "summary: an older worker's summary reads with zone \"\"");
    snap_summary_free(&d);
    snap_agent ag[2] = {{.agent_name = (char *)"Ann", .team = (char *)"North", .k = {k, k, k}},
                        {.agent_name = (char *)"Bo", .team = NULL, .k = {k, k, k}}};
    snap_agents as = {1, 1770000000, ag, 2, 2};
    p = snap_agents_encode(&as, SNAPSHOT_AGENTS_BYTES, NULL);
    snap_agents da;
    CHECK(p && snap_agents_decode(p, strlen(p), &da, &e) == 0 && da.n == 2,
          "agents: encodes and decodes with teams");
    CHECK_STR(da.n == 2 ? da.v[0].team : NULL, "North", "agents: team round trip");
    CHECK_STR(da.n == 2 ? da.v[1].team : NULL, "unassigned", "agents: no team is unassigned");
    snap_agents_free(&da);
    free(p);
}

static void check_teams(void)
{
    snap_teams t = {0};
    t.schema = 1;
    t.generated_at = 1770000000;
    memcpy(t.today, "2026-12-05", 11);
    t.n = 150;
    t.total = 150;
    t.v = calloc(t.n, sizeof *t.v);
    for (size_t i = 0; i < t.n; i++) {
        t.v[i].team = malloc(32);
        snprintf(t.v[i].team, 32, "Team %03zu", i);
        t.v[i].agents = 10;
        kpi_counts k = kc(100000, 40000, INT64_C(123456789));
        t.v[i].k = (kpi_windows){k, k, k, k};
    }
    char *p = snap_teams_encode(&t);
    CHECK(p && strlen(p) <= 400u * 1024, "teams: 150 teams encode within 400 KiB");
    snap_teams d;
    cz_err e;
    CHECK(p && snap_teams_decode(p, strlen(p), &d, &e) == 0, "teams: decodes");
    CHECK(d.n == SNAPSHOT_TEAMS_SENT && d.total == 150, "teams: at most 100 sent, total says 150");
    CHECK_STR(d.n ? d.v[99].team : NULL, "Team 099", "teams: by name");
    CHECK(d.n && d.v[0].k.today.calls == 100000 && d.v[0].agents == 10, "teams: counters kept");
    snap_teams_free(&d);
    free(p);
    for (size_t i = 0; i < t.n; i++)
        free(t.v[i].team);
    free(t.v);
}

static void check_hours(void)
{
    /* 1,000 agents, each with calls in all 24 hours, 100,000 calls today in
     * all (the worst case the bound is stated for), and 100,000 more agents
     * the payload does not carry. */
    snap_hours h = {0};
    h.schema = 1;
    h.generated_at = 1770000000;
    h.timezone = (char *)"America/Los_Angeles";
    memcpy(h.day, "2026-12-05", 11);
    h.current = 1770000000 - 1770000000 % 3600;
    h.n = 24;
    h.v = calloc(24, sizeof *h.v);
    h.na = 1000;
    h.agents_total = 101000;
    h.a = calloc(h.na, sizeof *h.a);
    int64_t start0 = h.current - 23 * 3600;
    for (int i = 0; i < 24; i++)
        h.v[i] = (snap_hour){start0 + i * 3600, i, 100000 / 24, 1000, INT64_C(99999999), -0.25};
    for (size_t i = 0; i < h.na; i++) {
        h.a[i].agent_name = malloc(64);
        snprintf(h.a[i].agent_name, 64, "Agent with a fairly long name number %05zu", i);
        h.a[i].n = 24;
        h.a[i].v = calloc(24, sizeof(snap_hour));
        for (int k = 0; k < 24; k++)
            h.a[i].v[k] = (snap_hour){start0 + k * 3600, k, 5, 2, 123456, 0.3333};
    }
    size_t kept = 0;
    char *p = snap_hours_encode(&h, SNAPSHOT_HOURS_BYTES, &kept);
    CHECK(p && kept == 1000, "hours: 1,000 agents x 24 hours all fit");
    CHECK(p && strlen(p) <= SNAPSHOT_HOURS_BYTES, "hours: within 4 MiB");
    printf("# hours payload, 1000 agents x 24 hours: %zu bytes\n", p ? strlen(p) : 0);
    snap_hours d;
    cz_err e;
    CHECK(p && snap_hours_decode(p, strlen(p), &d, &e) == 0, "hours: decodes");
    CHECK(d.n == 24 && d.na == 1000 && d.agents_total == 101000, "hours: sizes and total kept");
    CHECK(d.na && d.a[999].n == 24 && d.a[999].v[23].upsell_cents == 123456 &&
              fabs(d.a[999].v[23].avg_sentiment - 0.3333) < 1e-9 && d.v[5].hour == 5 &&
              d.v[0].calls == 100000 / 24,
          "hours: numbers kept exactly");
    CHECK_STR(d.timezone, "America/Los_Angeles", "hours: zone kept");
    snap_hours_free(&d);
    free(p);
    p = snap_hours_encode(&h, 64 * 1024, &kept);
    CHECK(p && kept < 1000 && strlen(p) <= 64 * 1024 &&
              snap_hours_decode(p, strlen(p), &d, &e) == 0 && d.na == kept,
          "hours: a smaller byte bound leaves agents out, still valid");
    snap_hours_free(&d);
    free(p);
    /* Refusals: more conversions than calls, hours out of order. */
    h.na = 0;
    h.v[3].conversions = h.v[3].calls + 1;
    p = snap_hours_encode(&h, SNAPSHOT_HOURS_BYTES, NULL);
    CHECK(p && snap_hours_decode(p, strlen(p), &d, &e) == 0 && d.v[3].conversions == d.v[3].calls,
          "hours: the encoder bounds conversions to calls");
    snap_hours_free(&d);
    free(p);
    h.v[3].conversions = 0;
    h.v[3].start = h.v[2].start;
    p = snap_hours_encode(&h, SNAPSHOT_HOURS_BYTES, NULL);
    CHECK(p && snap_hours_decode(p, strlen(p), &d, &e) < 0 && strstr(e.msg, "increasing order"),
          "hours: hours out of order are refused");
    free(p);
    h.na = 1000;
    for (size_t i = 0; i < h.na; i++) {
        free(h.a[i].agent_name);
        free(h.a[i].v);
    }
    free(h.a);
    free(h.v);
}

static const char *shown(const view *v)
{
    static char s[256];
    s[0] = '\0';
    for (size_t i = 0; i < v->shown; i++) {
        strcat(s, i ? " " : "");
        strcat(s, v->rows[v->order[i]].name);
    }
    return s;
}

static void check_team_filter(void)
{
    kpi_counts k = kc(10, 5, 0), k2 = kc(20, 5, 0);
    snap_agent ag[4] = {{.agent_name = (char *)"Ann", .team = (char *)"North", .k = {k, k, k}},
                        {.agent_name = (char *)"Bo", .team = (char *)"South", .k = {k2, k2, k2}},
                        {.agent_name = (char *)"Cy", .team = (char *)"North", .k = {k2, k2, k2}},
                        {.agent_name = (char *)"Di", .team = NULL, .k = {k, k, k}}};
    snap_agents as = {1, 1, ag, 4, 4};
    view v;
    view_init(&v);
    v.sort = COL_NAME;
    v.desc = false;
    view_build(&v, &as, WIN_TODAY);
    CHECK_STR(shown(&v), "Ann Bo Cy Di", "team filter: every team at first");
    view_next_team(&v);
    view_refresh(&v);
    CHECK_STR(shown(&v), "Ann Cy Bo Di", "team filter: grouped by team (North, South, unassigned)");
    view_next_team(&v);
    view_refresh(&v);
    CHECK_STR(v.team, "North", "team filter: then the first team");
    CHECK_STR(shown(&v), "Ann Cy", "team filter: only North's agents");
    view_next_team(&v);
    view_refresh(&v);
    CHECK_STR(shown(&v), "Bo", "team filter: then South");
    view_next_team(&v);
    view_refresh(&v);
    CHECK_STR(shown(&v), "Di", "team filter: then unassigned");
    view_next_team(&v);
    view_refresh(&v);
    CHECK(v.team[0] == '\0' && !v.by_team && v.shown == 4, "team filter: back to every team");
    view_free(&v);
}

/* The codec's one array reader: a failure in any element, or a total below
 * the elements sent, refuses the payload with the element named, and frees
 * what earlier elements took (ASan reports a leak otherwise). */
static void check_array_reader(void)
{
    static const char *const bad[][2] = {
        {"{\"schema\":1,\"generated_at\":1,\"today\":\"2026-12-05\",\"teams_total\":1,"
         "\"teams\":[{\"team\":\"A\",\"agents\":1},{\"team\":\"B\"}]}",
         "teams[0]"},
        {"{\"schema\":1,\"generated_at\":1,\"today\":\"2026-12-05\",\"teams_total\":0,"
         "\"teams\":[]}", NULL},
        {"{\"schema\":1,\"generated_at\":1,\"timezone\":\"UTC\",\"day\":\"2026-12-05\","
         "\"current\":0,\"current_hour\":0,\"agents_total\":2,\"hours\":[],\"agents\":["
         "{\"agent_name\":\"a\",\"hours\":[]},{\"agent_name\":\"b\",\"hours\":[{\"start\":0}]}]}",
         "agents[1].hours[0]"},
        {"{\"schema\":1,\"generated_at\":1,\"timezone\":\"UTC\",\"day\":\"2026-12-05\","
         "\"current\":0,\"current_hour\":0,\"agents_total\":1,\"hours\":[],\"agents\":["
         "{\"agent_name\":\"a\",\"hours\":[]},{\"agent_name\":\"b\",\"hours\":[]}]}",
         "fewer than the agents sent"},
        {"{\"schema\":1,\"generated_at\":1,\"agents_total\":5,\"agents\":[{\"agent_name\":\"a\"}]}",
         "agents[0]"},
        {"{\"schema\":1,\"generated_at\":1,\"agents\":[{\"agent_name\":\"a\"},7]}",
         "agents[1]: expected an object"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cz_err e = {0};
        int rc;
        if (i < 2) {
            snap_teams d;
            rc = snap_teams_decode(bad[i][0], strlen(bad[i][0]), &d, &e);
            CHECK(rc < 0 ? d.v == NULL && d.n == 0 : d.n == 0 && d.total == 0,
                  "array reader: teams output empty or as sent");
            if (rc == 0)
                snap_teams_free(&d);
        } else if (i < 4) {
            snap_hours d;
            rc = snap_hours_decode(bad[i][0], strlen(bad[i][0]), &d, &e);
        } else {
            snap_agents d;
            rc = snap_agents_decode(bad[i][0], strlen(bad[i][0]), &d, &e);
        }
        if (bad[i][1])
            CHECK(rc < 0 && strstr(e.msg, bad[i][1]), "array reader: refused, naming the element");
        else
            CHECK(rc == 0, "array reader: an empty array with its total is fine");
    }
}

int main(void)
{
    check_roster();
    check_team_field();
    check_local_time();
    check_summary_and_agents();
    check_teams();
    check_hours();
    check_team_filter();
    check_array_reader();
    T_END();
}
