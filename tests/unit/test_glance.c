/* test_glance.c - the glanceable layer's pure parts: judging a number
 * against its target (on, near within the margin, off; at-most targets),
 * the team_targets syntax and its errors, per-team targets falling back to
 * the floor's, and the snapshot codec's targets, baseline_days, min_calls,
 * baseline window and agent team, round trip and from older workers. */
#include <math.h>
#include <string.h>

#include "snapshot.h"
#include "targets.h"
#include "t.h"

static void check_judge(void)
{
    CHECK(targets_judge(40, 40, 5, false) == TGT_ON, "judge: meeting the target is on");
    CHECK(targets_judge(38.5, 40, 5, false) == TGT_NEAR, "judge: within 5% of 40 is near");
    CHECK(targets_judge(37.9, 40, 5, false) == TGT_OFF, "judge: below 38 is off");
    CHECK(targets_judge(12, 10, 5, true) == TGT_OFF, "judge: at-most target exceeded is off");
    CHECK(targets_judge(10.4, 10, 5, true) == TGT_NEAR, "judge: at-most within margin is near");
    CHECK(targets_judge(9, 10, 5, true) == TGT_ON, "judge: at-most under target is on");
    CHECK(targets_judge(50, -1, 5, false) == TGT_NONE, "judge: no target");
    CHECK(targets_judge(-1, 40, 5, false) == TGT_NONE, "judge: unknown value");
    CHECK(targets_judge(NAN, 40, 5, false) == TGT_NONE, "judge: NaN value");
    CHECK(targets_judge(100.0 * 2 / 5, 40, 0, false) == TGT_ON, "judge: 2/5 meets 40%");
}

static void check_parse(void)
{
    snap_targets t = {0};
    cz_err err;
    int rc = targets_parse_teams(" East : conversion_rate=45, avg_upsell = 12.5 ;West Coast:"
                                 "negative_share=8;", &t, &err);
    CHECK(rc == 0, "teams: parses");
    CHECK(t.nteams == 2, "teams: two teams");
    if (t.nteams == 2) {
        CHECK_STR(t.teams[0].team, "East", "teams: name trimmed");
        CHECK(t.teams[0].t.conversion_rate == 45 && t.teams[0].t.avg_upsell == 12.5 &&
                  t.teams[0].t.negative_share < 0 && t.teams[0].t.calls < 0,
              "teams: East's values, the rest unset");
        CHECK_STR(t.teams[1].team, "West Coast", "teams: name with a space");
        CHECK(t.teams[1].t.negative_share == 8, "teams: West Coast negative share");
    }
    t.has = true;
    t.floor = (snap_target_set){40, 10, 500, 15};
    snap_target_set e = targets_for(&t, "East"), w = targets_for(&t, "West Coast"),
                    n = targets_for(&t, NULL), u = targets_for(&t, "Nowhere");
    CHECK(e.conversion_rate == 45 && e.avg_upsell == 12.5 && e.negative_share == 15,
          "targets_for: team override, floor for the rest");
    CHECK(w.conversion_rate == 40 && w.negative_share == 8, "targets_for: other team");
    CHECK(n.conversion_rate == 40 && u.avg_upsell == 10, "targets_for: no or unknown team");
    snap_target_set none = targets_for(NULL, "East");
    CHECK(none.conversion_rate < 0 && none.calls < 0, "targets_for: no targets at all");

    static const struct {
        const char *spec, *want;
    } bad[] = {
        {"East conversion_rate=45", "expected \"TEAM: key=value"},
        {"East: calls=100", "calls is for the whole floor only"},
        {"East: conversion_rate=145", "from 0 to 100"},
        {"East: conversion_rate", "expected key=value"},
        {": conversion_rate=4", "team name is empty"},
        {"Tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt"
         "ttttttttttttttttttttttttttttttttttttttttt: avg_upsell=1", "longer than 128 bytes"},
        {"East: ,", "sets no target"},
        {"East: avg_upsell=1; East: avg_upsell=2", "given twice"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t before = t.nteams;
        err.msg[0] = '\0';
        rc = targets_parse_teams(bad[i].spec, &t, &err);
        char name[96];
        snprintf(name, sizeof name, "teams: rejects \"%s\"", bad[i].spec);
        CHECK(rc < 0 && strstr(err.msg, bad[i].want) && t.nteams == before, name);
    }
    snap_targets_free(&t);
}

static kpi_counts counts(int64_t calls, int64_t conv, int64_t cents)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    k.calls = calls;
    k.conversions = conv;
    k.upsell_cents = cents;
    k.positive = calls;
    return k;
}

static void check_codec(void)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = 1760000000;
    s.batch_id = (char *)"7";
    memcpy(s.today, "2025-10-09", 11);
    s.k.today = counts(10, 4, 1000);
    s.k.baseline = counts(70, 21, 7700);
    s.baseline_days = 7;
    s.min_calls = 3;
    snap_team_target team = {(char *)"East", {45, -1, -1, -1}};
    s.targets = (snap_targets){true, 5, {40, 12.5, -1, 15}, &team, 1};
    char *json = snap_summary_encode(&s);
    CHECK(json && strstr(json, "\"targets\":{\"margin_pct\":5.00,\"conversion_rate\":40.00,"
                               "\"avg_upsell\":12.50,\"calls\":null,\"negative_share\":15.00,"
                               "\"teams\":[{\"team\":\"East\",\"conversion_rate\":45.00,"
                               "\"avg_upsell\":null,\"calls\":null,\"negative_share\":null}]}"),
          "codec: targets object");
    CHECK(json && strstr(json, "\"baseline_days\":7,\"min_calls\":3"), "codec: baseline_days, min_calls");
    CHECK(json && strstr(json, "\"baseline\":{\"calls\":70,"), "codec: baseline window");
    snap_summary d;
    cz_err err;
    int rc = json ? snap_summary_decode(json, strlen(json), &d, &err) : -1;
    CHECK(rc == 0, "codec: summary decodes");
    if (rc == 0) {
        CHECK(d.targets.has && d.targets.margin_pct == 5 && d.targets.floor.conversion_rate == 40 &&
                  d.targets.floor.avg_upsell == 12.5 && d.targets.floor.calls < 0 &&
                  d.targets.floor.negative_share == 15,
              "codec: floor targets back");
        CHECK(d.targets.nteams == 1 && strcmp(d.targets.teams[0].team, "East") == 0 &&
                  d.targets.teams[0].t.conversion_rate == 45 && d.targets.teams[0].t.avg_upsell < 0,
              "codec: team targets back");
        CHECK(d.baseline_days == 7 && d.min_calls == 3, "codec: baseline_days, min_calls back");
        CHECK(d.k.baseline.calls == 70 && d.k.baseline.conversions == 21 &&
                  d.k.baseline.upsell_cents == 7700,
              "codec: baseline counts back");
        snap_summary_free(&d);
    }
    free(json);

    /* An older worker's summary: none of it. */
    s.targets.has = false;
    json = snap_summary_encode(&s);
    CHECK(json && !strstr(json, "\"targets\""), "codec: no targets, no field");
    static const char old[] =
        "{\"schema\":1,\"generated_at\":1,\"batch_id\":\"\",\"last_call_at\":0,\"today\":\"2025-10-09\","
        "\"windows\":{\"today\":{\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,\"sentiment\":"
        "{\"positive\":0,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0},\"week\":{\"calls\":0,"
        "\"conversions\":0,\"upsell_revenue\":0,\"sentiment\":{\"positive\":0,\"neutral\":0,"
        "\"negative\":0},\"avg_sentiment\":0},\"all\":{\"calls\":0,\"conversions\":0,"
        "\"upsell_revenue\":0,\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},"
        "\"avg_sentiment\":0}}%s}";
    char buf[2048];
    snprintf(buf, sizeof buf, old, "");
    rc = snap_summary_decode(buf, strlen(buf), &d, &err);
    CHECK(rc == 0 && !d.targets.has && d.baseline_days == 0 && d.min_calls == 5 &&
              d.k.baseline.calls == 0,
          "codec: older summary decodes with defaults");
    if (rc == 0)
        snap_summary_free(&d);
    static const struct {
        const char *extra, *want;
    } bad[] = {
        {",\"min_calls\":-1", "min_calls"},
        {",\"baseline_days\":1.5", "baseline_days: expected a whole number"},
        {",\"targets\":[]", "targets: expected an object"},
        {",\"targets\":{\"conversion_rate\":101}", "targets.conversion_rate"},
        {",\"targets\":{\"teams\":[{\"conversion_rate\":1}]}", "targets.teams[0]"},
        {",\"targets\":{\"teams\":[{\"team\":\"A\",\"avg_upsell\":\"x\"}]}", "targets.teams[0].avg_upsell"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(buf, sizeof buf, old, bad[i].extra);
        err.msg[0] = '\0';
        rc = snap_summary_decode(buf, strlen(buf), &d, &err);
        char name[96];
        snprintf(name, sizeof name, "codec: rejects %s", bad[i].extra + 1);
        CHECK(rc < 0 && strstr(err.msg, bad[i].want), name);
        if (rc == 0)
            snap_summary_free(&d);
    }
    free(json);

    /* The bound converza-mqtt(7) states: the largest summary, 256 teams with
     * the longest names and every target at its largest, within 80 KiB. */
    snap_team_target big[SNAPSHOT_MAX_TEAMS];
    char names[SNAPSHOT_MAX_TEAMS][SNAPSHOT_MAX_TEXT + 1];
    for (int i = 0; i < SNAPSHOT_MAX_TEAMS; i++) {
        memset(names[i], 'x', SNAPSHOT_MAX_TEXT);
        snprintf(names[i], 8, "%07d", i);
        names[i][7] = 'x';
        names[i][SNAPSHOT_MAX_TEXT] = '\0';
        big[i] = (snap_team_target){names[i], {100, 1e9, -1, 100}};
    }
    s.targets = (snap_targets){true, 100, {100, 1e12, 1e12, 100}, big, SNAPSHOT_MAX_TEAMS};
    json = snap_summary_encode(&s);
    CHECK(json && strlen(json) <= 80 * 1024, "codec: 256 teams' targets within 80 KiB");
    free(json);

    snap_agent a[2];
    memset(a, 0, sizeof a);
    a[0].agent_name = (char *)"Ann";
    a[0].team = (char *)"East";
    a[0].k.baseline = counts(14, 7, 1400);
    a[1].agent_name = (char *)"Ben";
    snap_agents ag = {SNAPSHOT_SCHEMA, 1, a, 2, 2};
    json = snap_agents_encode(&ag, SNAPSHOT_AGENTS_BYTES, NULL);
    snap_agents da;
    rc = json ? snap_agents_decode(json, strlen(json), &da, &err) : -1;
    CHECK(rc == 0, "codec: agents decode");
    if (rc == 0) {
        CHECK(da.v[0].team && strcmp(da.v[0].team, "East") == 0, "codec: agent team back");
        CHECK(da.v[1].team == NULL, "codec: no team, NULL");
        CHECK(da.v[0].k.baseline.calls == 14 && da.v[0].k.baseline.conversions == 7,
              "codec: agent baseline back");
        snap_agents_free(&da);
    }
    free(json);
}

int main(void)
{
    check_judge();
    check_parse();
    check_codec();
    T_END();
}
