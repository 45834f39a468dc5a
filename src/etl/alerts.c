/* alerts.c - evaluating the alert rules after a batch: the values come from
 * the snapshot (the aggregate tables: agents, teams, summary), anomaly
 * baselines from the daily aggregates of the baseline days (per agent, per
 * team, or summed); the decision (with hysteresis) is alert_eval's. */
#include "alerts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pg.h"
#include "pg_agg.h"
#include "strmap.h"

void alerts_set_rules(alerts_state *st, alert_rules *rules)
{
    alert_rules_free(&st->rules);
    st->rules = *rules;
    memset(rules, 0, sizeof *rules);
}

void alerts_state_free(alerts_state *st)
{
    alert_rules_free(&st->rules);
    snap_alerts_free(&st->active);
}

/* Daily values of a rule's metric per subject ("" for scope all) over the
 * baseline days before today. */
typedef struct {
    strmap index;  /* subject -> series */
    struct series {
        double *v;
        size_t n;
    } *s;
    size_t n;
} baselines;

static void baselines_free(baselines *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->s[i].v);
    free(b->s);
    strmap_free(&b->index);
}

static void baseline_add(baselines *b, const char *who, double v)
{
    size_t i;
    if (!strmap_get(&b->index, who, &i)) {
        b->s = xrealloc(b->s, (b->n + 1) * sizeof *b->s);
        i = b->n++;
        b->s[i].v = NULL;
        b->s[i].n = 0;
        strmap_put(&b->index, who, i);
    }
    b->s[i].v = xrealloc(b->s[i].v, (b->s[i].n + 1) * sizeof(double));
    b->s[i].v[b->s[i].n++] = v;
}

static int read_baselines(PGconn *c, const alert_rule *r, const char *today, baselines *out,
                          cz_err *err)
{
    char days[16];
    snprintf(days, sizeof days, "%d", r->baseline_days);
    const char *params[2] = {today, days};
    /* One row per subject and day: an agent's or a team's own row (never
     * gold), or all agents' summed. */
    bool each = r->scope != ALERT_ALL, team = r->scope == ALERT_TEAM;
    const char *who = team ? "team" : each ? "agent_name" : "''::text";
    const char *table = team ? "team_daily_metrics" : "agent_daily_metrics";
    const char *cat_table = team ? "team_daily_categories" : "agent_daily_categories";
    strbuf q = SB_INIT;
    sb_printf(&q, "SELECT %s, day::text, ", who);
    pg_agg_list(&q, each ? "%1$s" : "sum(%1$s)", ", ");
    sb_printf(&q, " FROM %s WHERE day >= $1::date - $2::int AND day < $1::date", table);
    sb_puts(&q, each ? " ORDER BY 1, 2" : " GROUP BY day ORDER BY 1, 2");
    PGresult *r1 = pg_query(c, q.s, 2, params, err);
    sb_clear(&q);
    if (!r1) {
        sb_free(&q);
        return -1;
    }
    PGresult *r2 = NULL;
    strmap cidx = STRMAP_INIT; /* "who\x1fday" -> row in r2 of that day's category calls */
    bool is_cat = strncmp(r->metric, "category:", 9) == 0;
    if (is_cat) {
        sb_printf(&q, "SELECT %s, day::text, category, sum(calls) FROM %s"
                      " WHERE day >= $1::date - $2::int AND day < $1::date GROUP BY 1, 2, 3"
                      " ORDER BY 1, 2, 3",
                  who, cat_table);
        r2 = pg_query(c, q.s, 2, params, err);
        if (!r2) {
            PQclear(r1);
            sb_free(&q);
            return -1;
        }
    }
    sb_free(&q);
    strbuf key = SB_INIT;
    for (int j = 0; r2 && j < PQntuples(r2); j++) {
        sb_clear(&key);
        sb_printf(&key, "%s\x1f%s", PQgetvalue(r2, j, 0), PQgetvalue(r2, j, 1));
        size_t first;
        if (!strmap_get(&cidx, key.s, &first))
            strmap_put(&cidx, key.s, (size_t)j);
    }
    for (int i = 0; i < PQntuples(r1); i++) {
        kpi_counts k;
        pg_agg_read(r1, i, 2, &k);
        snap_cats cats = {0};
        sb_clear(&key);
        sb_printf(&key, "%s\x1f%s", PQgetvalue(r1, i, 0), PQgetvalue(r1, i, 1));
        size_t j;
        if (r2 && strmap_get(&cidx, key.s, &j))
            for (; j < (size_t)PQntuples(r2) &&
                   strcmp(PQgetvalue(r2, (int)j, 0), PQgetvalue(r1, i, 0)) == 0 &&
                   strcmp(PQgetvalue(r2, (int)j, 1), PQgetvalue(r1, i, 1)) == 0;
                 j++)
                snap_cats_add(&cats, PQgetvalue(r2, (int)j, 2), atoll(PQgetvalue(r2, (int)j, 3)), 0,
                              0);
        double v;
        if (k.calls > 0 && alert_metric_value(r->metric, &k, &cats, ALERT_TODAY, &v))
            baseline_add(out, PQgetvalue(r1, i, 0), v);
        snap_cats_free(&cats);
    }
    sb_free(&key);
    strmap_free(&cidx);
    PQclear(r1);
    PQclear(r2);
    return 0;
}

/* An alert's subject: its agent, its team, or "" for all. */
static const char *subject(const snap_alert *a)
{
    return a->agent && *a->agent ? a->agent : a->team ? a->team : "";
}

static const snap_alert *find_active(const snap_alerts *a, const char *rule, const char *who)
{
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->v[i].rule, rule) == 0 && strcmp(subject(&a->v[i]), who) == 0)
            return &a->v[i];
    return NULL;
}

static void describe(const snap_alert *a, char *out, size_t n)
{
    const char *who = subject(a);
    const char *pre = !*who ? "" : a->team && *a->team ? " for team " : " for ";
    if (strcmp(a->kind, "anomaly") == 0)
        snprintf(out, n, "'%s'%s%s: %s is %.2f, baseline %.2f +/- %.2f", a->rule, pre, who,
                 a->metric, a->value, a->baseline_mean, a->baseline_sd);
    else
        snprintf(out, n, "'%s'%s%s: %s is %.2f (threshold %.2f, %s)", a->rule, pre, who,
                 a->metric, a->value, a->threshold, a->window);
}

static void publish_event(publisher *pub, const char *event, const snap_alert *a, int64_t now)
{
    char line[700];
    describe(a, line, sizeof line);
    if (event[0] == 'r')
        log_warn("alert raised: %s", line);
    else
        log_info("alert cleared: %s", line);
    char *p = snap_alert_event_encode(event, a, now);
    if (p)
        publisher_event(pub, SNAP_TOPIC_ALERT_EVENTS, p);
    free(p);
}

static int newest_first(const void *a, const void *b)
{
    const snap_alert *x = a, *y = b;
    if (x->since != y->since)
        return x->since < y->since ? 1 : -1;
    int c = strcmp(x->rule, y->rule);
    return c ? c : strcmp(subject(x), subject(y));
}

/* The active set a previous run left, once per process. */
static int load_state(alerts_state *st, PGconn *c, cz_err *err)
{
    if (st->loaded)
        return 0;
    PGresult *r = pg_query(c, "SELECT payload FROM alerts_state WHERE id = 1", 0, NULL, err);
    if (!r)
        return -1;
    if (PQntuples(r) == 1) {
        snap_alerts old;
        cz_err why;
        const char *p = PQgetvalue(r, 0, 0);
        if (snap_alerts_decode(p, strlen(p), &old, &why) == 0) {
            snap_alerts_free(&st->active);
            st->active = old;
        } else {
            log_warn("alerts_state unreadable (%s): starting with no active alerts", why.msg);
        }
    }
    PQclear(r);
    st->loaded = true;
    return 0;
}

static void save_state(PGconn *c, const char *payload)
{
    const char *params[1] = {payload};
    cz_err err;
    PGresult *r = pg_query(c,
                           "INSERT INTO alerts_state (id, payload) VALUES (1, $1)"
                           " ON CONFLICT (id) DO UPDATE SET payload = EXCLUDED.payload,"
                           " updated = now()",
                           1, params, &err);
    if (!r)
        log_warn("cannot keep the active alerts in alerts_state: %s", err.msg);
    PQclear(r);
}

/* Keeps the active alerts of rule r as they are (its subjects could not be
 * read this time): neither raised again nor cleared. */
static void keep_active(const alerts_state *st, const alert_rule *r, bool *seen, snap_alerts *next)
{
    for (size_t i = 0; i < st->active.n; i++)
        if (strcmp(st->active.v[i].rule, r->text) == 0) {
            seen[i] = true;
            next->v = xrealloc(next->v, (next->n + 1) * sizeof *next->v);
            snap_alert_copy(&next->v[next->n++], &st->active.v[i]);
        }
}

int alerts_run(alerts_state *st, PGconn *c, publisher *pub, const snap_summary *sum,
               const snap_agents *ag, const snap_teams *teams, int64_t now, cz_err *err)
{
    if (!st->rules.n && !st->active.n && st->loaded)
        return 0;
    if (load_state(st, c, err) < 0)
        return -1;
    /* Without rules and with nothing left to clear, PREFIX/alerts is not
     * published at all: a worker without alerts keeps its four topics. */
    if (!st->rules.n && !st->active.n)
        return 0;
    bool *seen = xcalloc(st->active.n + 1, sizeof *seen);
    snap_alerts next = {0};
    next.schema = SNAPSHOT_SCHEMA;
    next.generated_at = now;
    int rc = 0;
    for (size_t ri = 0; ri < st->rules.n && rc == 0; ri++) {
        const alert_rule *r = &st->rules.v[ri];
        if (r->scope == ALERT_TEAM && !teams) {
            keep_active(st, r, seen, &next);
            continue;
        }
        baselines base = {STRMAP_INIT, NULL, 0};
        if (r->kind == ALERT_ANOMALY && read_baselines(c, r, sum->today, &base, err) < 0) {
            rc = -1;
            break;
        }
        size_t nsub = r->scope == ALERT_AGENT ? ag->n : r->scope == ALERT_TEAM ? teams->n : 1;
        for (size_t si = 0; si < nsub; si++) {
            const char *who = "";
            const kpi_windows *kw = &sum->k;
            const snap_cats *cats = &sum->cats;
            if (r->scope == ALERT_AGENT) {
                who = ag->v[si].agent_name;
                kw = &ag->v[si].k;
                cats = &ag->v[si].cats;
            } else if (r->scope == ALERT_TEAM) {
                who = teams->v[si].team;
                kw = &teams->v[si].k;
                cats = &teams->v[si].cats;
            }
            alert_window w = r->kind == ALERT_ANOMALY ? ALERT_TODAY : r->window;
            const snap_alert *old = find_active(&st->active, r->text, who);
            double v = 0;
            alert_stats bs = {0, 0, 0};
            size_t bi;
            if (r->kind == ALERT_ANOMALY && strmap_get(&base.index, who, &bi))
                alert_stats_of(base.s[bi].v, base.s[bi].n, &bs);
            bool known;
            bool on = alert_eval(r, kw, cats, &bs, old != NULL, &v, &known);
            if (old)
                seen[old - st->active.v] = true;
            if (!on) {
                if (old) { /* cleared: say with which value */
                    snap_alert x = *old;
                    if (known)
                        x.value = v;
                    publish_event(pub, "cleared", &x, now);
                }
                continue;
            }
            next.v = xrealloc(next.v, (next.n + 1) * sizeof *next.v);
            snap_alert *a = &next.v[next.n++];
            snap_alert fresh = {
                .rule = r->text,
                .kind = r->kind == ALERT_ANOMALY ? "anomaly" : "threshold",
                .metric = r->metric,
                .window = (char *)alert_window_name(w),
                .scope = (char *)alert_scope_name(r->scope),
                .agent = (char *)(r->scope == ALERT_AGENT ? who : ""),
                .team = (char *)(r->scope == ALERT_TEAM ? who : ""),
                .value = v,
                .threshold = r->kind == ALERT_ANOMALY
                                 ? (v < bs.mean ? bs.mean - r->sigma * bs.sd
                                                : bs.mean + r->sigma * bs.sd)
                                 : r->threshold,
                .baseline_mean = bs.mean,
                .baseline_sd = bs.sd,
                .since = old ? old->since : now,
            };
            snap_alert_copy(a, &fresh);
            if (!old)
                publish_event(pub, "raised", a, now);
        }
        baselines_free(&base);
    }
    if (rc < 0) {
        free(seen);
        snap_alerts_free(&next);
        return -1;
    }
    /* the rule is gone, or the agent or team is no longer in the snapshot */
    for (size_t i = 0; i < st->active.n; i++)
        if (!seen[i])
            publish_event(pub, "cleared", &st->active.v[i], now);
    free(seen);
    if (next.n > 1)
        qsort(next.v, next.n, sizeof *next.v, newest_first);
    snap_alerts_free(&st->active);
    st->active = next;
    char *p = snap_alerts_encode(&st->active);
    if (p) {
        publisher_put(pub, SNAP_TOPIC_ALERTS, p);
        save_state(c, p);
    }
    free(p);
    return 0;
}
