/* alert.c - alert rules: the grammar of converza.conf(5)'s "alert" lines,
 * metric values from snapshot counters, baseline statistics and the
 * raise/clear decision with hysteresis. */
#include "alert.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textfile.h"

/* Derived metrics: name -> value over k, or -1 when undefined. */
typedef struct {
    const char *name;
    double (*fn)(const kpi_counts *k);
    bool share;          /* 0 when there are no calls, which is undefined here */
} derived;

static double neg_share(const kpi_counts *k) { return kpi_share_pct(k->negative, k->calls); }
static double pos_share(const kpi_counts *k) { return kpi_share_pct(k->positive, k->calls); }
static double neu_share(const kpi_counts *k) { return kpi_share_pct(k->neutral, k->calls); }

static const derived DERIVED[] = {
    {"conversion_rate", kpi_conversion_rate, true},
    {"avg_upsell_per_call", kpi_avg_upsell, true},
    {"avg_sentiment", kpi_avg_sentiment, true},
    {"sentiment_negative_share", neg_share, true},
    {"sentiment_positive_share", pos_share, true},
    {"sentiment_neutral_share", neu_share, true},
    {"avg_duration_s", kpi_avg_duration_s, false},
    {"agent_talk_pct", kpi_avg_agent_talk_pct, false},
    {"customer_talk_pct", kpi_avg_customer_talk_pct, false},
    {"silence_pct", kpi_avg_silence_pct, false},
    {"avg_longest_monologue_s", kpi_avg_monologue_s, false},
    {"avg_interruptions", kpi_avg_interruptions, false},
    {"avg_customer_questions", kpi_avg_questions, false},
    {"avg_csat", kpi_avg_csat, false},
};
#define NDERIVED (sizeof DERIVED / sizeof DERIVED[0])

/* "category:NAME" or "category:NAME_rate": the name into name[], rate set. */
static bool category_metric(const char *metric, char name[64], bool *rate)
{
    if (strncmp(metric, "category:", 9) != 0)
        return false;
    const char *n = metric + 9;
    size_t len = strlen(n);
    *rate = len > 5 && strcmp(n + len - 5, "_rate") == 0;
    if (*rate)
        len -= 5;
    if (len == 0 || len >= 64 || !(n[0] >= 'a' && n[0] <= 'z'))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((n[i] >= 'a' && n[i] <= 'z') || (n[i] >= '0' && n[i] <= '9') || n[i] == '_'))
            return false;
    memcpy(name, n, len);
    name[len] = '\0';
    return true;
}

bool alert_metric_known(const char *metric)
{
    char name[64];
    bool rate;
    if (category_metric(metric, name, &rate))
        return true;
    for (size_t i = 0; i < NDERIVED; i++)
        if (strcmp(DERIVED[i].name, metric) == 0)
            return true;
    for (int i = 0; i < KC_N; i++)
        if (strcmp(KC_TABLE[i].column, metric) == 0)
            return true;
    return false;
}

bool alert_metric_value(const char *metric, const kpi_counts *k, const snap_cats *cats,
                        alert_window w, double *out)
{
    char name[64];
    bool rate;
    if (category_metric(metric, name, &rate)) {
        const snap_cat *c = snap_cats_find(cats, name);
        int64_t n = !c ? 0 : w == ALERT_TODAY ? c->today : w == ALERT_WEEK ? c->week : c->all;
        if (rate && k->calls == 0)
            return false;
        *out = rate ? kpi_share_pct(n, k->calls) : (double)n;
        return true;
    }
    for (size_t i = 0; i < NDERIVED; i++)
        if (strcmp(DERIVED[i].name, metric) == 0) {
            if (DERIVED[i].share && k->calls == 0)
                return false;
            double v = DERIVED[i].fn(k);
            if (v < 0 && !DERIVED[i].share && strcmp(metric, "avg_sentiment") != 0)
                return false;
            *out = v;
            return true;
        }
    for (int i = 0; i < KC_N; i++)
        if (strcmp(KC_TABLE[i].column, metric) == 0) {
            int64_t v = kc_get(k, i);
            *out = KC_TABLE[i].kind == KC_MONEY ? (double)v / 100.0
                   : KC_TABLE[i].kind == KC_SCORE ? (double)v / 10000.0
                                                  : (double)v;
            return true;
        }
    return false;
}

void alert_stats_of(const double *v, size_t n, alert_stats *out)
{
    double sum = 0, ss = 0;
    for (size_t i = 0; i < n; i++)
        sum += v[i];
    double mean = n ? sum / (double)n : 0;
    for (size_t i = 0; i < n; i++)
        ss += (v[i] - mean) * (v[i] - mean);
    out->mean = mean;
    out->sd = n >= 2 ? sqrt(ss / (double)(n - 1)) : 0;
    out->n = n;
}

bool alert_decide(const alert_rule *r, double value, const alert_stats *base, bool was_active)
{
    if (r->kind == ALERT_ANOMALY) {
        if (!base || base->n < 3 || !(base->sd > 0))
            return false;
        double z = fabs(value - base->mean) / base->sd;
        return was_active ? z >= r->sigma - r->hysteresis : z >= r->sigma;
    }
    if (r->op == '<')
        return was_active ? value < r->threshold + r->hysteresis : value < r->threshold;
    return was_active ? value > r->threshold - r->hysteresis : value > r->threshold;
}

bool alert_eval(const alert_rule *r, const kpi_windows *kw, const snap_cats *cats,
                const alert_stats *base, bool was_active, double *value, bool *known)
{
    alert_window w = r->kind == ALERT_ANOMALY ? ALERT_TODAY : r->window;
    const kpi_counts *k = w == ALERT_TODAY ? &kw->today : w == ALERT_WEEK ? &kw->week : &kw->all;
    *value = 0;
    *known = k->calls >= r->min_calls && alert_metric_value(r->metric, k, cats, w, value);
    return *known && alert_decide(r, *value, base, was_active);
}

const char *alert_window_name(alert_window w)
{
    return w == ALERT_TODAY ? "today" : w == ALERT_WEEK ? "7d" : "all";
}

const char *alert_scope_name(alert_scope s)
{
    return s == ALERT_AGENT ? "agent" : s == ALERT_ALL ? "all" : "team";
}

/* ---- parsing ------------------------------------------------------------ */

static bool number(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end || errno || !isfinite(v))
        return false;
    *out = v;
    return true;
}

#define BAD(...)                                                                   \
    do {                                                                           \
        char why_[256];                                                            \
        snprintf(why_, sizeof why_, __VA_ARGS__);                                  \
        cz_err_set(err, "%s: alert rule '%s': %s", where, text, why_);             \
        goto fail;                                                                 \
    } while (0)

int alert_rule_parse(const char *text, const char *where, alert_rule *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    char *copy = xstrdup(text), *save = NULL;
    char *words[16];
    int n = 0;
    for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        if (n == 16)
            BAD("too many words");
        words[n++] = w;
    }
    out->window = ALERT_TODAY;
    out->scope = ALERT_ALL;
    out->sigma = 2;
    out->baseline_days = 30;
    out->hysteresis = -1;
    int i = 0;
    if (n >= 1 && strcmp(words[0], "anomaly") == 0) {
        out->kind = ALERT_ANOMALY;
        if (n < 2)
            BAD("expected 'anomaly METRIC [sigma=X] [baseline=Nd] ...'");
        out->metric = xstrdup(words[1]);
        i = 2;
    } else {
        out->kind = ALERT_THRESHOLD;
        if (n < 3)
            BAD("expected 'METRIC < NUMBER' or 'METRIC > NUMBER', then options");
        out->metric = xstrdup(words[0]);
        if (strcmp(words[1], "<") != 0 && strcmp(words[1], ">") != 0)
            BAD("expected < or > after the metric, not '%s'", words[1]);
        out->op = words[1][0];
        if (!number(words[2], &out->threshold))
            BAD("'%s' is not a number", words[2]);
        i = 3;
    }
    if (!alert_metric_known(out->metric))
        BAD("unknown metric '%s' (a counter such as calls, a rate such as conversion_rate,"
            " or category:NAME / category:NAME_rate)", out->metric);
    for (; i < n; i++) {
        char *eq = strchr(words[i], '=');
        if (!eq)
            BAD("expected key=value, not '%s'", words[i]);
        *eq = '\0';
        const char *k = words[i], *v = eq + 1;
        double d;
        if (strcmp(k, "window") == 0 && out->kind == ALERT_THRESHOLD) {
            if (strcmp(v, "today") == 0)
                out->window = ALERT_TODAY;
            else if (strcmp(v, "7d") == 0 || strcmp(v, "week") == 0)
                out->window = ALERT_WEEK;
            else if (strcmp(v, "all") == 0)
                out->window = ALERT_ALL_TIME;
            else
                BAD("window must be today, 7d or all, not '%s'", v);
        } else if (strcmp(k, "scope") == 0) {
            if (strcmp(v, "agent") == 0)
                out->scope = ALERT_AGENT;
            else if (strcmp(v, "all") == 0)
                out->scope = ALERT_ALL;
            else if (strcmp(v, "team") == 0)
                out->scope = ALERT_TEAM;
            else
                BAD("scope must be agent, all or team, not '%s'", v);
        } else if (strcmp(k, "min_calls") == 0) {
            if (!number(v, &d) || d < 0 || d > 1e9 || d != floor(d))
                BAD("min_calls must be a whole number from 0 to 1000000000");
            out->min_calls = (int64_t)d;
        } else if (strcmp(k, "hysteresis") == 0) {
            if (!number(v, &d) || d < 0)
                BAD("hysteresis must be a number of at least 0");
            out->hysteresis = d;
        } else if (strcmp(k, "sigma") == 0 && out->kind == ALERT_ANOMALY) {
            if (!number(v, &d) || d <= 0 || d > 100)
                BAD("sigma must be a number above 0 and at most 100");
            out->sigma = d;
        } else if (strcmp(k, "baseline") == 0 && out->kind == ALERT_ANOMALY) {
            size_t l = strlen(v);
            if (l < 2 || v[l - 1] != 'd')
                BAD("baseline must be a number of days such as 30d");
            char days[16];
            snprintf(days, sizeof days, "%.*s", (int)(l - 1), v);
            if (!number(days, &d) || d < 3 || d > ALERT_MAX_BASELINE_DAYS || d != floor(d))
                BAD("baseline must be from 3d to %dd", ALERT_MAX_BASELINE_DAYS);
            out->baseline_days = (int)d;
        } else {
            BAD("unknown option '%s' for %s rules", k,
                out->kind == ALERT_ANOMALY ? "anomaly" : "threshold");
        }
    }
    if (out->hysteresis < 0) /* defaults: 5% of the threshold; half a standard deviation */
        out->hysteresis = out->kind == ALERT_ANOMALY ? 0.5 : fabs(out->threshold) * 0.05;
    if (out->kind == ALERT_ANOMALY && out->hysteresis >= out->sigma)
        BAD("hysteresis must be below sigma");
    out->text = xstrdup(text);
    out->where = xstrdup(where);
    free(copy);
    return 0;
fail:
    free(copy);
    free(out->metric);
    memset(out, 0, sizeof *out);
    return -1;
}

int alert_rules_parse(const char *list, alert_rules *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (!list || !*list)
        return 0;
    char *copy = xstrdup(list), *save = NULL;
    int rc = 0;
    for (char *line = strtok_r(copy, "\n", &save); line && rc == 0;
         line = strtok_r(NULL, "\n", &save)) {
        char *tab = strchr(line, '\t');
        const char *where = "configuration";
        if (tab) {
            *tab = '\0';
            where = line;
            line = tab + 1;
        }
        char *text = tf_trim(line);
        if (!*text)
            continue;
        if (out->n == ALERT_MAX_RULES) {
            cz_err_set(err, "%s: more than %d alert rules", where, ALERT_MAX_RULES);
            rc = -1;
            break;
        }
        alert_rule r;
        if (alert_rule_parse(text, where, &r, err) < 0) {
            rc = -1;
            break;
        }
        out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
        out->v[out->n++] = r;
    }
    free(copy);
    if (rc < 0)
        alert_rules_free(out);
    return rc;
}

void alert_rule_free(alert_rule *r)
{
    free(r->text);
    free(r->where);
    free(r->metric);
    memset(r, 0, sizeof *r);
}

void alert_rules_free(alert_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        alert_rule_free(&r->v[i]);
    free(r->v);
    memset(r, 0, sizeof *r);
}
