/* test_alert.c - alert rules (converza.conf(5)): the parser's valid and
 * invalid rules with their messages, metric values from counters and
 * category counts, the baseline statistics, and the raise/clear decision
 * with hysteresis for threshold and anomaly rules. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alert.h"
#include "t.h"

static void valid(void)
{
    alert_rule r;
    cz_err e = {""};
    CHECK(alert_rule_parse("conversion_rate < 25 window=today scope=agent min_calls=20", "f:3",
                           &r, &e) == 0,
          "threshold rule parses");
    CHECK(r.kind == ALERT_THRESHOLD && r.op == '<' && r.threshold == 25 &&
              r.window == ALERT_TODAY && r.scope == ALERT_AGENT && r.min_calls == 20,
          "threshold rule fields");
    CHECK(fabs(r.hysteresis - 1.25) < 1e-9, "default hysteresis: 5% of the threshold");
    CHECK_STR(r.text, "conversion_rate < 25 window=today scope=agent min_calls=20", "rule text kept");
    CHECK_STR(r.where, "f:3", "where kept");
    alert_rule_free(&r);

    CHECK(alert_rule_parse("category:escalation_request_rate > 10 window=7d", "x", &r, &e) == 0 &&
              r.window == ALERT_WEEK && r.scope == ALERT_ALL && r.op == '>',
          "category rate rule, scope all by default");
    alert_rule_free(&r);
    CHECK(alert_rule_parse("anomaly conversion_rate sigma=2 baseline=30d scope=agent min_calls=20",
                           "x", &r, &e) == 0 &&
              r.kind == ALERT_ANOMALY && r.sigma == 2 && r.baseline_days == 30 &&
              r.hysteresis == 0.5 && r.min_calls == 20,
          "anomaly rule");
    alert_rule_free(&r);
    CHECK(alert_rule_parse("upsell_revenue > 1000.5 window=all hysteresis=0", "x", &r, &e) == 0 &&
              r.window == ALERT_ALL_TIME && r.hysteresis == 0 && r.threshold == 1000.5,
          "counter rule with explicit hysteresis");
    alert_rule_free(&r);
    CHECK(alert_rule_parse("sentiment_negative_share > 40 window=7d scope=team", "x", &r, &e) == 0 &&
              r.scope == ALERT_TEAM && r.window == ALERT_WEEK && r.op == '>' &&
              strcmp(alert_scope_name(r.scope), "team") == 0,
          "threshold rule with scope=team");
    alert_rule_free(&r);
    CHECK(alert_rule_parse("category:escalation_request_rate > 10 scope=team min_calls=5", "x", &r,
                           &e) == 0 &&
              r.scope == ALERT_TEAM && r.min_calls == 5,
          "category rate rule with scope=team");
    alert_rule_free(&r);
    CHECK(alert_rule_parse("anomaly conversion_rate sigma=3 baseline=10d scope=team", "x", &r,
                           &e) == 0 &&
              r.kind == ALERT_ANOMALY && r.scope == ALERT_TEAM && r.baseline_days == 10,
          "anomaly rule with scope=team");
    alert_rule_free(&r);

    alert_rules rs;
    CHECK(alert_rules_parse("a.conf:1\tcalls > 5\ncommand line or environment\tavg_csat < 6\n",
                            &rs, &e) == 0 && rs.n == 2,
          "list of two rules");
    CHECK(rs.n == 2 && strcmp(rs.v[1].where, "command line or environment") == 0 &&
              strcmp(rs.v[1].metric, "avg_csat") == 0,
          "list keeps where each rule came from");
    alert_rules_free(&rs);
    CHECK(alert_rules_parse("", &rs, &e) == 0 && rs.n == 0, "no rules");
}

static void invalid(const char *rule, const char *want, const char *name)
{
    alert_rule r;
    cz_err e = {""};
    int rc = alert_rule_parse(rule, "my.conf:7", &r, &e);
    char prefix[200];
    snprintf(prefix, sizeof prefix, "my.conf:7: alert rule '%s': ", rule);
    bool ok = rc == -1 && strncmp(e.msg, prefix, strlen(prefix)) == 0 && strstr(e.msg, want);
    CHECK(ok, name);
    if (!ok)
        printf("  (got %d: %s)\n", rc, e.msg);
    if (rc == 0)
        alert_rule_free(&r);
}

static void invalids(void)
{
    invalid("conversion_rate", "expected 'METRIC < NUMBER'", "too short");
    invalid("conversion_rate = 5", "expected < or >", "bad operator");
    invalid("conversion_rate < lots", "'lots' is not a number", "bad number");
    invalid("happiness < 5", "unknown metric 'happiness'", "unknown metric");
    invalid("category:Bad < 5", "unknown metric", "bad category name");
    invalid("calls > 5 window=month", "window must be today, 7d or all", "bad window");
    invalid("calls > 5 scope=floor", "scope must be agent, all or team", "bad scope");
    invalid("calls > 5 scope=teams", "scope must be agent, all or team", "scope teams (typo)");
    invalid("calls > 5 min_calls=-1", "min_calls must be a whole number", "bad min_calls");
    invalid("calls > 5 sigma=2", "unknown option 'sigma' for threshold rules", "sigma on threshold");
    invalid("calls > 5 colour", "expected key=value", "not key=value");
    invalid("anomaly", "expected 'anomaly METRIC", "anomaly without metric");
    invalid("anomaly calls baseline=2d", "baseline must be from 3d", "baseline too short");
    invalid("anomaly calls baseline=month", "number of days", "baseline not days");
    invalid("anomaly calls sigma=0", "sigma must be a number above 0", "sigma 0");
    invalid("anomaly calls sigma=1 hysteresis=1", "hysteresis must be below sigma",
            "hysteresis not below sigma");
    invalid("anomaly calls window=today", "unknown option 'window' for anomaly rules",
            "anomaly compares today only");
    alert_rules rs;
    cz_err e = {""};
    CHECK(alert_rules_parse("a:1\tcalls > 1\na:2\tcalls >> 1\n", &rs, &e) == -1 &&
              strncmp(e.msg, "a:2: ", 5) == 0 && rs.n == 0,
          "a list with one bad rule is refused, naming its line");
}

static void values(void)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    k.calls = 8;
    k.conversions = 2;
    k.negative = 4;
    k.upsell_cents = 12345;
    snap_cats c = {0};
    snap_cats_add(&c, "escalation", 1, 3, 6);
    double v = -1;
    CHECK(alert_metric_value("conversion_rate", &k, &c, ALERT_TODAY, &v) && v == 25,
          "conversion rate");
    CHECK(alert_metric_value("sentiment_negative_share", &k, &c, ALERT_TODAY, &v) && v == 50,
          "negative share");
    CHECK(alert_metric_value("upsell_revenue", &k, &c, ALERT_TODAY, &v) && fabs(v - 123.45) < 1e-9,
          "revenue in dollars");
    CHECK(alert_metric_value("calls", &k, &c, ALERT_TODAY, &v) && v == 8, "counter");
    CHECK(alert_metric_value("category:escalation", &k, &c, ALERT_WEEK, &v) && v == 3,
          "category count of the window");
    CHECK(alert_metric_value("category:escalation_rate", &k, &c, ALERT_TODAY, &v) && v == 12.5,
          "category rate");
    CHECK(alert_metric_value("category:other_rate", &k, &c, ALERT_TODAY, &v) && v == 0,
          "category without calls: 0");
    CHECK(!alert_metric_value("avg_csat", &k, &c, ALERT_TODAY, &v), "no rated calls: undefined");
    memset(&k, 0, sizeof k);
    CHECK(!alert_metric_value("conversion_rate", &k, &c, ALERT_TODAY, &v),
          "rate over no calls: undefined");
    snap_cats_free(&c);
}

static void stats(void)
{
    double v[] = {40, 60, 40, 60, 40, 60, 40, 60, 40, 60};
    alert_stats s;
    alert_stats_of(v, 10, &s);
    CHECK(s.n == 10 && fabs(s.mean - 50) < 1e-9, "baseline mean");
    CHECK(fabs(s.sd - sqrt(1000.0 / 9.0)) < 1e-9, "baseline sample standard deviation");
    alert_stats_of(v, 1, &s);
    CHECK(s.sd == 0 && s.mean == 40, "one day: no spread");
    alert_stats_of(NULL, 0, &s);
    CHECK(s.n == 0 && s.mean == 0, "no days");
}

static void decide(void)
{
    alert_rule r;
    cz_err e;
    alert_rule_parse("conversion_rate < 25", "x", &r, &e);
    CHECK(alert_decide(&r, 24.9, NULL, false), "raise below the threshold");
    CHECK(!alert_decide(&r, 25, NULL, false), "not at the threshold");
    CHECK(alert_decide(&r, 26, NULL, true), "active: stays within the hysteresis");
    CHECK(!alert_decide(&r, 26.25, NULL, true), "active: clears past threshold + hysteresis");
    alert_rule_free(&r);
    alert_rule_parse("calls > 100 hysteresis=10", "x", &r, &e);
    CHECK(alert_decide(&r, 101, NULL, false) && !alert_decide(&r, 100, NULL, false), "above");
    CHECK(alert_decide(&r, 91, NULL, true) && !alert_decide(&r, 90, NULL, true),
          "above: clears at threshold - hysteresis");
    alert_rule_free(&r);

    alert_rule_parse("anomaly conversion_rate sigma=3", "x", &r, &e);
    alert_stats b = {50, 10, 10};
    CHECK(alert_decide(&r, 19, &b, false), "anomaly: 3.1 sd below raises");
    CHECK(alert_decide(&r, 81, &b, false), "anomaly: 3.1 sd above raises");
    CHECK(!alert_decide(&r, 21, &b, false), "anomaly: 2.9 sd does not");
    CHECK(alert_decide(&r, 24, &b, true), "anomaly: active at 2.6 sd stays (hysteresis 0.5)");
    CHECK(!alert_decide(&r, 26, &b, true), "anomaly: active at 2.4 sd clears");
    alert_stats few = {50, 10, 2}, flat = {50, 0, 10};
    CHECK(!alert_decide(&r, 0, &few, false), "anomaly: fewer than 3 baseline days never fire");
    CHECK(!alert_decide(&r, 0, &flat, false), "anomaly: no spread never fires");
    CHECK(!alert_decide(&r, 0, NULL, false), "anomaly: no baseline never fires");
    alert_rule_free(&r);
}

/* alert_eval over two teams' windows: the rule's window, min_calls, the
 * category rate from the team's own counts, hysteresis, and the anomaly
 * against each team's own baseline. */
static void eval_teams(void)
{
    kpi_windows sales, support;
    memset(&sales, 0, sizeof sales);
    memset(&support, 0, sizeof support);
    sales.today.calls = 10;
    sales.today.conversions = 1;   /* 10 % today */
    sales.week.calls = 40;
    sales.week.conversions = 20;   /* 50 % this week */
    support.today.calls = 10;
    support.today.conversions = 5; /* 50 % today */
    snap_cats sc = {0}, uc = {0};
    snap_cats_add(&sc, "escalation_request", 3, 3, 3);
    snap_cats_add(&uc, "escalation_request", 0, 1, 1);
    alert_rule r;
    cz_err e;
    double v;
    bool known;
    alert_rule_parse("conversion_rate < 25 scope=team min_calls=5", "x", &r, &e);
    CHECK(alert_eval(&r, &sales, &sc, NULL, false, &v, &known) && known && v == 10,
          "team threshold: Sales at 10 % raises");
    CHECK(!alert_eval(&r, &support, &uc, NULL, false, &v, &known) && known && v == 50,
          "team threshold: Support at 50 % does not");
    CHECK(alert_eval(&r, &sales, &sc, NULL, true, &v, &known), "team threshold: stays active");
    sales.today.conversions = 3; /* 30 %: past 25 + 1.25 */
    CHECK(!alert_eval(&r, &sales, &sc, NULL, true, &v, &known) && v == 30,
          "team threshold: clears past the hysteresis");
    sales.today.conversions = 1;
    alert_rule_free(&r);
    alert_rule_parse("conversion_rate < 25 window=7d scope=team", "x", &r, &e);
    CHECK(!alert_eval(&r, &sales, &sc, NULL, false, &v, &known) && v == 50,
          "team threshold over 7d reads the week window");
    alert_rule_free(&r);
    alert_rule_parse("conversion_rate < 25 scope=team min_calls=11", "x", &r, &e);
    CHECK(!alert_eval(&r, &sales, &sc, NULL, false, &v, &known) && !known,
          "team with fewer calls than min_calls: not evaluated");
    alert_rule_free(&r);
    alert_rule_parse("category:escalation_request_rate > 20 scope=team", "x", &r, &e);
    CHECK(alert_eval(&r, &sales, &sc, NULL, false, &v, &known) && v == 30,
          "team category rate: Sales 3 of 10 calls raises");
    CHECK(!alert_eval(&r, &support, &uc, NULL, false, &v, &known) && v == 0,
          "team category rate: Support 0 of 10 does not");
    alert_rule_free(&r);

    alert_rule_parse("anomaly conversion_rate sigma=3 baseline=10d scope=team", "x", &r, &e);
    double days[] = {40, 60, 40, 60, 40, 60, 40, 60, 40, 60};
    alert_stats b;
    alert_stats_of(days, 10, &b); /* mean 50, sd 10.54 */
    CHECK(alert_eval(&r, &sales, &sc, &b, false, &v, &known) && v == 10,
          "team anomaly: 3.8 sd below its own baseline raises");
    CHECK(!alert_eval(&r, &support, &uc, &b, false, &v, &known) && v == 50,
          "team anomaly: at its own mean does not");
    alert_rule_free(&r);
    snap_cats_free(&sc);
    snap_cats_free(&uc);
}

int main(void)
{
    valid();
    invalids();
    values();
    stats();
    decide();
    eval_teams();
    T_END();
}
