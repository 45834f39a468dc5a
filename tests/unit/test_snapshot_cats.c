/* test_snapshot_cats.c - call categories in the snapshot codec
 * (converza-mqtt(7)): summary and agents carry each category's calls per
 * window with their rates; decoders read them back, accept payloads of older
 * workers without them, and refuse counts above the window's calls, repeated
 * or empty names, wrong types and oversized arrays. Team rows carry their
 * categories, the floor's hours their category counts (bounded), and team
 * alerts their team. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot.h"
#include "t.h"

static snap_summary sample(void)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = 1760000000;
    s.batch_id = xstrdup("7");
    memcpy(s.today, "2025-10-09", 11);
    s.k.today.calls = 40;
    s.k.today.neutral = 40;
    s.k.week.calls = 200;
    s.k.week.neutral = 200;
    s.k.all.calls = 1000;
    s.k.all.neutral = 1000;
    snap_cats_add(&s.cats, "escalation_request", 4, 10, 50);
    snap_cats_add(&s.cats, "payment_problem", 0, 0, 0);
    return s;
}

static void round_trip(void)
{
    snap_summary s = sample(), d;
    char *json = snap_summary_encode(&s);
    CHECK(json && strstr(json, "\"categories\":[{\"name\":\"escalation_request\",\"today\":4,"
                               "\"week\":10,\"all\":50,\"today_rate\":10.00,\"week_rate\":5.00,"
                               "\"all_rate\":5.00},{\"name\":\"payment_problem\",\"today\":0,"
                               "\"week\":0,\"all\":0,\"today_rate\":0.00,\"week_rate\":0.00,"
                               "\"all_rate\":0.00}]"),
          "summary: categories with counts and rates");
    cz_err e = {""};
    CHECK(json && snap_summary_decode(json, strlen(json), &d, &e) == 0, "summary: decodes");
    CHECK(d.cats.n == 2, "summary: two categories back");
    const snap_cat *c = snap_cats_find(&d.cats, "escalation_request");
    CHECK(c && c->today == 4 && c->week == 10 && c->all == 50, "summary: counts back");
    CHECK(snap_cats_find(&d.cats, "nope") == NULL, "find: unknown name");
    snap_summary_free(&d);
    free(json);

    /* agents: only agents with categories carry the array */
    snap_agents a;
    memset(&a, 0, sizeof a);
    a.schema = SNAPSHOT_SCHEMA;
    a.generated_at = 1760000000;
    a.n = 2;
    a.v = xcalloc(2, sizeof *a.v);
    a.v[0].agent_name = xstrdup("Ada");
    a.v[0].k = s.k;
    snap_cats_add(&a.v[0].cats, "payment_problem", 1, 2, 3);
    snap_cats_add(&a.v[0].cats, "payment_problem", 1, 0, 0); /* adds up */
    a.v[1].agent_name = xstrdup("Bo");
    a.v[1].k = s.k;
    json = snap_agents_encode(&a, SNAPSHOT_AGENTS_BYTES, NULL);
    snap_agents d2;
    CHECK(json && snap_agents_decode(json, strlen(json), &d2, &e) == 0, "agents: decode");
    CHECK(d2.n == 2 && d2.v[0].cats.n == 1 && d2.v[0].cats.v[0].today == 2 &&
              d2.v[0].cats.v[0].all == 3,
          "agents: categories back, added up");
    CHECK(d2.n == 2 && d2.v[1].cats.n == 0, "agents: none for an agent without");
    CHECK(json && strstr(json, "\"agent_name\":\"Bo\",\"team\":\"unassigned\",\"windows\"") &&
              !strstr(strstr(json, "\"Bo\""), "categories"),
          "agents: no empty array sent");
    snap_agents_free(&d2);
    snap_agents_free(&a);
    free(json);

    /* the encoder never publishes more than the window's calls */
    snap_cats_free(&s.cats);
    snap_cats_add(&s.cats, "x", 99, 10, 10);
    json = snap_summary_encode(&s);
    CHECK(json && strstr(json, "\"name\":\"x\",\"today\":40,"), "encoder bounds counts by calls");
    CHECK(json && snap_summary_decode(json, strlen(json), &d, &e) == 0, "bounded output decodes");
    snap_summary_free(&d);
    free(json);
    snap_summary_free(&s);
}

/* The sample summary's text with its categories array replaced by arr
 * (NULL: no categories field, as older workers send). */
static char *with(const char *arr)
{
    snap_summary s = sample();
    snap_cats_free(&s.cats);
    char *json = snap_summary_encode(&s);
    snap_summary_free(&s);
    char *at = strstr(json, ",\"categories\":[]");
    strbuf b = SB_INIT;
    sb_append(&b, json, (size_t)(at - json));
    if (arr) {
        sb_puts(&b, ",\"categories\":");
        sb_puts(&b, arr);
    }
    sb_puts(&b, at + strlen(",\"categories\":[]"));
    free(json);
    return sb_steal(&b);
}

static void bad(const char *arr, const char *want, const char *name)
{
    char *json = with(arr);
    snap_summary d;
    cz_err e = {""};
    int rc = snap_summary_decode(json, strlen(json), &d, &e);
    CHECK(rc == -1 && strstr(e.msg, want), name);
    if (rc == 0 || !strstr(e.msg, want))
        printf("  (got %d: %s)\n", rc, e.msg);
    if (rc == 0)
        snap_summary_free(&d);
    free(json);
}

static void malformed(void)
{
    snap_summary d;
    cz_err e = {""};
    char *json = with(NULL);
    CHECK(snap_summary_decode(json, strlen(json), &d, &e) == 0 && d.cats.n == 0,
          "older payload without categories decodes");
    snap_summary_free(&d);
    free(json);
    json = with("null");
    CHECK(snap_summary_decode(json, strlen(json), &d, &e) == 0 && d.cats.n == 0,
          "null categories decode as none");
    snap_summary_free(&d);
    free(json);
    bad("{}", "categories: expected an array", "categories not an array");
    bad("[{\"name\":\"a\",\"today\":41,\"week\":1,\"all\":1}]", "categories[0].today: more than",
        "today above today's calls");
    bad("[{\"name\":\"a\",\"today\":1,\"week\":1,\"all\":1001}]", "categories[0].all: more than",
        "all above all calls");
    bad("[{\"name\":\"a\",\"today\":1.5,\"week\":1,\"all\":1}]", "whole number", "fraction");
    bad("[{\"name\":\"a\",\"today\":-1,\"week\":1,\"all\":1}]", "whole number", "negative");
    bad("[{\"name\":\"a\",\"week\":1,\"all\":1}]", "missing field categories[0].today",
        "missing count");
    bad("[{\"today\":1,\"week\":1,\"all\":1}]", "string name", "missing name");
    bad("[{\"name\":\"\\u001b\",\"today\":1,\"week\":1,\"all\":1}]", "empty",
        "name empty once cleaned");
    bad("[{\"name\":\"a\",\"today\":1,\"week\":1,\"all\":1},"
        "{\"name\":\"a\",\"today\":1,\"week\":1,\"all\":1}]",
        "repeated", "repeated name");
    strbuf b = SB_INIT;
    sb_putc(&b, '[');
    for (int i = 0; i <= SNAPSHOT_MAX_CATEGORIES; i++)
        sb_printf(&b, "%s{\"name\":\"c%d\",\"today\":0,\"week\":0,\"all\":0}", i ? "," : "", i);
    sb_putc(&b, ']');
    bad(b.s, "more than 64 elements", "too many categories");
    sb_free(&b);
}

static void teams(void)
{
    snap_teams t;
    memset(&t, 0, sizeof t);
    t.schema = SNAPSHOT_SCHEMA;
    t.generated_at = 1760000000;
    memcpy(t.today, "2025-10-09", 11);
    t.n = t.total = 2;
    t.v = xcalloc(2, sizeof *t.v);
    t.v[0].team = xstrdup("Sales");
    t.v[1].team = xstrdup("Support");
    t.v[0].k.today.calls = t.v[0].k.today.neutral = 10;
    t.v[0].k.week = t.v[0].k.all = t.v[0].k.today;
    t.v[1].k = t.v[0].k;
    snap_cats_add(&t.v[0].cats, "escalation_request", 3, 4, 5);
    char *json = snap_teams_encode(&t);
    snap_teams d;
    cz_err e = {""};
    CHECK(json && snap_teams_decode(json, strlen(json), &d, &e) == 0, "teams with categories decode");
    const snap_cat *c = d.n == 2 ? snap_cats_find(&d.v[0].cats, "escalation_request") : NULL;
    CHECK(c && c->today == 3 && c->week == 4 && c->all == 5, "team category counts kept");
    CHECK(d.n == 2 && d.v[1].cats.n == 0, "a team without category calls has none");
    CHECK(json && strstr(json, "\"today_rate\":30.00"), "team category rate from the team's calls");
    snap_teams_free(&d);
    free(json);
    /* a count above the team's calls is refused (the encoder bounds it) */
    json = snap_teams_encode(&t);
    char *at = json ? strstr(json, "\"today\":3,") : NULL;
    strbuf b = SB_INIT;
    if (at) { /* "today":3 -> "today":99, above the team's 10 calls today */
        sb_append(&b, json, (size_t)(at - json));
        sb_puts(&b, "\"today\":99");
        sb_puts(&b, at + 9);
    }
    CHECK(at && snap_teams_decode(b.s, b.len, &d, &e) < 0 && strstr(e.msg, "teams[0]"),
          "team category count above its calls refused, naming the team");
    sb_free(&b);
    free(json);
    snap_teams_free(&t);
    /* The worst case of the bound converza-mqtt(7) states: 100 teams, each
     * with 64 categories of 63-byte names. */
    memset(&t, 0, sizeof t);
    t.schema = SNAPSHOT_SCHEMA;
    t.generated_at = 1760000000;
    memcpy(t.today, "2025-10-09", 11);
    t.n = t.total = SNAPSHOT_TEAMS_SENT;
    t.v = xcalloc(t.n, sizeof *t.v);
    for (size_t i = 0; i < t.n; i++) {
        char name[80];
        snprintf(name, sizeof name, "A team with a long name, number %03zu", i);
        t.v[i].team = xstrdup(name);
        t.v[i].agents = 1000;
        t.v[i].k.today.calls = t.v[i].k.today.neutral = 99999;
        t.v[i].k.week.calls = t.v[i].k.week.neutral = 999999;
        t.v[i].k.all.calls = t.v[i].k.all.neutral = 99999999;
        for (int k = 0; k < SNAPSHOT_MAX_CATEGORIES; k++) {
            snprintf(name, sizeof name, "%060d_%02d", 0, k);
            name[0] = 'c';
            snap_cats_add(&t.v[i].cats, name, 99999, 999999, 99999999);
        }
    }
    json = snap_teams_encode(&t);
    printf("# teams payload, 100 teams x 64 categories: %zu bytes\n", json ? strlen(json) : 0);
    CHECK(json && strlen(json) <= 1536u * 1024, "100 teams with 64 categories each: within 1.5 MiB");
    CHECK(json && snap_teams_decode(json, strlen(json), &d, &e) == 0 && d.n == 100 &&
              d.v[99].cats.n == 64,
          "the largest teams payload decodes");
    snap_teams_free(&d);
    free(json);
    snap_teams_free(&t);
}

static void hours(void)
{
    snap_hours h;
    memset(&h, 0, sizeof h);
    h.schema = SNAPSHOT_SCHEMA;
    h.generated_at = 1760000000;
    h.timezone = xstrdup("UTC");
    memcpy(h.day, "2025-10-09", 11);
    h.current = 1760000400 - 1760000400 % 3600;
    h.n = SNAPSHOT_MAX_HOURS;
    h.v = xcalloc(h.n, sizeof *h.v);
    h.cats = xcalloc(h.n, sizeof *h.cats);
    /* the worst case: 25 hours, each with the most categories (64, with
     * long names) */
    for (size_t i = 0; i < h.n; i++) {
        h.v[i].start = h.current - (int64_t)(h.n - 1 - i) * 3600;
        h.v[i].calls = 1000000;
        for (int k = 0; k < SNAPSHOT_MAX_CATEGORIES + 5; k++) {
            char name[80];
            snprintf(name, sizeof name, "a_category_with_a_rather_long_name_%02d", k);
            snap_cats_add(&h.cats[i], name, 999999, 0, 0);
        }
    }
    h.cats[2].v[0].today = 2000000; /* more than the hour's calls: bounded */
    char *json = snap_hours_encode(&h, SNAPSHOT_HOURS_BYTES, NULL);
    printf("# hours payload head, 25 hours x 64 categories: %zu bytes\n", json ? strlen(json) : 0);
    CHECK(json && strlen(json) < 100 * 1024, "hours with the most categories stay under 100 KiB");
    snap_hours d;
    cz_err e = {""};
    CHECK(json && snap_hours_decode(json, strlen(json), &d, &e) == 0, "hours with categories decode");
    CHECK(d.cats && d.n == h.n && d.cats[0].n == SNAPSHOT_MAX_CATEGORIES,
          "at most 64 categories per hour are sent");
    CHECK(d.cats && d.cats[1].v[3].today == 999999 && d.cats[2].v[0].today == 1000000,
          "hour category counts kept, bounded by the hour's calls");
    snap_hours_free(&d);
    free(json);
    json = xstrdup("{\"schema\":1,\"generated_at\":1,\"timezone\":\"UTC\",\"day\":\"2025-10-09\","
                   "\"current\":3600,\"current_hour\":1,\"agents_total\":0,\"hours\":[{\"start\":0,"
                   "\"hour\":0,\"calls\":2,\"conversions\":0,\"upsell_revenue\":0,"
                   "\"avg_sentiment\":0,\"categories\":{\"x\":3}}],\"agents\":[]}");
    CHECK(snap_hours_decode(json, strlen(json), &d, &e) < 0 && strstr(e.msg, "hours[0].categories.x"),
          "an hour's category count above its calls is refused, naming it");
    free(json);
    json = xstrdup("{\"schema\":1,\"generated_at\":1,\"timezone\":\"UTC\",\"day\":\"2025-10-09\","
                   "\"current\":3600,\"current_hour\":1,\"agents_total\":0,\"hours\":[{\"start\":0,"
                   "\"hour\":0,\"calls\":2,\"conversions\":0,\"upsell_revenue\":0,"
                   "\"avg_sentiment\":0}],\"agents\":[]}");
    CHECK(snap_hours_decode(json, strlen(json), &d, &e) == 0 && d.cats && d.cats[0].n == 0,
          "hours of an older worker (no categories) decode with none");
    snap_hours_free(&d);
    free(json);
    snap_hours_free(&h);
}

static void team_alert(void)
{
    snap_alert a = {.rule = (char *)"conversion_rate < 25 scope=team", .kind = (char *)"threshold",
                    .metric = (char *)"conversion_rate", .window = (char *)"today",
                    .scope = (char *)"team", .agent = (char *)"", .team = (char *)"Sales",
                    .value = 10, .threshold = 25, .since = 1760000000};
    snap_alerts s = {SNAPSHOT_SCHEMA, 1760000000, &a, 1}, d;
    char *json = snap_alerts_encode(&s);
    cz_err e = {""};
    CHECK(json && snap_alerts_decode(json, strlen(json), &d, &e) == 0 && d.n == 1 &&
              strcmp(d.v[0].team, "Sales") == 0 && strcmp(d.v[0].scope, "team") == 0 &&
              d.v[0].agent[0] == '\0',
          "a team alert carries its team");
    snap_alerts_free(&d);
    free(json);
    json = xstrdup("{\"schema\":1,\"generated_at\":1,\"alerts\":[{\"rule\":\"calls > 1\","
                   "\"kind\":\"threshold\",\"metric\":\"calls\",\"window\":\"today\","
                   "\"scope\":\"agent\",\"agent\":\"Ann\",\"value\":2,\"threshold\":1,"
                   "\"since\":5}]}");
    CHECK(snap_alerts_decode(json, strlen(json), &d, &e) == 0 && d.n == 1 && d.v[0].team &&
              d.v[0].team[0] == '\0',
          "an alert of an older worker (no team) decodes with team \"\"");
    snap_alerts_free(&d);
    free(json);
    json = xstrdup("{\"schema\":1,\"generated_at\":1,\"alerts\":[{\"rule\":\"calls > 1\","
                   "\"kind\":\"threshold\",\"metric\":\"calls\",\"window\":\"today\","
                   "\"scope\":\"team\",\"agent\":\"\",\"team\":7,\"value\":2,\"threshold\":1,"
                   "\"since\":5}]}");
    CHECK(snap_alerts_decode(json, strlen(json), &d, &e) < 0 && strstr(e.msg, "alerts[0].team"),
          "a team that is not a string is refused");
    free(json);
}

int main(void)
{
    round_trip();
    malformed();
    teams();
    hours();
    team_alert();
    T_END();
}
