/* alert.h - alert rules of the configuration file (converza.conf(5), "alert
 * = ..."): parsing, the value of a snapshot metric, baseline statistics for
 * anomaly rules, and the decision with hysteresis. Pure: the worker gathers
 * the numbers from the aggregate tables and publishes the outcome
 * (converza-mqtt(7), PREFIX/alerts). */
#ifndef CZ_ALERT_H
#define CZ_ALERT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "counters.h"
#include "snapshot.h"
#include "util.h"

typedef enum { ALERT_THRESHOLD, ALERT_ANOMALY } alert_kind;
typedef enum { ALERT_AGENT, ALERT_ALL, ALERT_TEAM } alert_scope;
typedef enum { ALERT_TODAY, ALERT_WEEK, ALERT_ALL_TIME } alert_window;

#define ALERT_MAX_RULES 100
#define ALERT_MAX_BASELINE_DAYS 365

typedef struct {
    char *text;          /* the rule as written, trimmed: its identity */
    char *where;         /* "file:line" or "command line" */
    alert_kind kind;
    char *metric;        /* "conversion_rate", "calls", "category:NAME_rate" ... */
    char op;             /* '<' or '>' (threshold rules) */
    double threshold;    /* threshold rules */
    double hysteresis;   /* how far back past the threshold (in the metric's
                            units; anomaly: in standard deviations) a value
                            must come before an active alert clears */
    alert_window window; /* threshold rules; anomaly rules compare today */
    alert_scope scope;
    int64_t min_calls;   /* fewer calls in the window: not evaluated */
    double sigma;        /* anomaly: standard deviations from the mean */
    int baseline_days;   /* anomaly: days before today making the baseline */
} alert_rule;

typedef struct {
    alert_rule *v;
    size_t n;
} alert_rules;

/* Parses one rule (text after "alert ="), where naming its place for
 * errors. Grammar (converza.conf(5)):
 *   METRIC (<|>) NUMBER [window=today|7d|all] [scope=agent|all|team]
 *                       [min_calls=N] [hysteresis=X]
 *   anomaly METRIC [sigma=X] [baseline=Nd] [scope=agent|all|team]
 *                  [min_calls=N] [hysteresis=X]
 * scope=team evaluates each team (the team of each call, as in
 * team_daily_metrics). Returns 0, or -1 with err "WHERE: alert rule '...':
 * reason". */
int alert_rule_parse(const char *text, const char *where, alert_rule *out, cz_err *err);

/* Parses the settings' alert list: one "WHERE\tRULE" per line (settings.h).
 * Returns 0 with every rule, or -1 with err naming the first bad one. */
int alert_rules_parse(const char *list, alert_rules *out, cz_err *err);
void alert_rules_free(alert_rules *r);
void alert_rule_free(alert_rule *r); /* one rule of alert_rule_parse */

/* Whether metric names a counter, a rate or a category count or rate. */
bool alert_metric_known(const char *metric);

/* The value of metric over the calls counted in k, whose category counts
 * are cats at window w (count per category). Returns false when the value
 * is undefined (a rate or average over no calls). */
bool alert_metric_value(const char *metric, const kpi_counts *k, const snap_cats *cats,
                        alert_window w, double *out);

/* Mean and sample standard deviation of v[0..n); n < 2 gives sd 0. */
typedef struct {
    double mean, sd;
    size_t n;
} alert_stats;
void alert_stats_of(const double *v, size_t n, alert_stats *out);

/* The decision for one rule and one subject (an agent, a team, or all): whether the
 * alert is active after this evaluation, given the value, whether it was
 * active before and, for anomaly rules, the baseline. A threshold alert
 * raises when value op threshold holds and, once active, clears only when
 * the value is past the threshold by the hysteresis the other way; an
 * anomaly alert raises when the value lies sigma or more standard
 * deviations from the baseline mean (either side) and clears when it is
 * back within sigma - hysteresis. An anomaly needs a baseline of at least
 * 3 days and a spread above 0. */
bool alert_decide(const alert_rule *r, double value, const alert_stats *base, bool was_active);

/* One rule for one subject (an agent, a team or all), whose windows are kw
 * and category counts cats; base is the anomaly's baseline (may be NULL for
 * threshold rules): the value in the rule's window (anomaly:
 * today) into *value, whether it is defined and the window has min_calls
 * calls into *known, and alert_decide's answer (false when not known). */
bool alert_eval(const alert_rule *r, const kpi_windows *kw, const snap_cats *cats,
                const alert_stats *base, bool was_active, double *value, bool *known);

const char *alert_window_name(alert_window w); /* "today", "7d", "all" */
const char *alert_scope_name(alert_scope s);   /* "agent", "all", "team" */

#endif
