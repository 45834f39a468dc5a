/* pg_snapshot.c - builds the KPI snapshot from the aggregate tables: each
 * agent's all-time totals (agent_totals, one row per agent) and the last days
 * of agent_daily_metrics, so its cost does not grow with call history. The
 * summary is summed by the database, and with more agents than the caller
 * wants only a ranked selection of them is read, so the worker's memory does
 * not grow with the number of agents either. */
#include "pg_snapshot.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pg.h"
#include "pg_agg.h"
#include "strmap.h"
#include "pg_zone.h"
#include "call.h"

/* The counters, in the order pg_agg_read expects (counters.h), each as fmt
 * renders it: a sum with a filter, or a plain column. */
static void counts(strbuf *q, const char *fmt)
{
    pg_agg_list(q, fmt, ", ");
}

/* The agents with the best places in the rankings the dashboard cares about
 * when not every agent fits in a payload: for each window (today $1, the
 * last 7 days, all time), the highest and the lowest conversion rate and the
 * highest average upsell among agents with calls, and the most calls. An
 * agent's place is its best rank in any of them, so the top and bottom of
 * every ranking come first; $2 of them. Each ranking is a top-$2 sort of its
 * own (a bounded heap, not a sort of every agent), which is also all the
 * places that can matter: the first ranking alone fills $2 places. The keys
 * are doubles: a ratio of two whole numbers rounds the same way for equal
 * ratios, and doubles sort far faster than numeric. */
#define RANK(cond, key)                                                                        \
    " SELECT agent_name, row_number() OVER (ORDER BY " key ", agent_name) AS place"            \
    " FROM (SELECT * FROM k WHERE " cond " > 0 ORDER BY " key ", agent_name LIMIT $2::bigint) x"
static const char RANKED[] =
    "WITH k AS MATERIALIZED ("
    " SELECT t.agent_name, t.calls::float8 AS ca, t.conversions::float8 AS va,"
    "  t.upsell_revenue::float8 AS ua, coalesce(d.c1, 0)::float8 AS c1,"
    "  coalesce(d.v1, 0)::float8 AS v1, coalesce(d.u1, 0)::float8 AS u1,"
    "  coalesce(d.c7, 0)::float8 AS c7, coalesce(d.v7, 0)::float8 AS v7,"
    "  coalesce(d.u7, 0)::float8 AS u7"
    " FROM agent_totals t LEFT JOIN ("
    "  SELECT agent_name, sum(calls) FILTER (WHERE day = $1::date) AS c1,"
    "   sum(conversions) FILTER (WHERE day = $1::date) AS v1,"
    "   sum(upsell_revenue) FILTER (WHERE day = $1::date) AS u1,"
    "   sum(calls) AS c7, sum(conversions) AS v7, sum(upsell_revenue) AS u7"
    "  FROM agent_daily_metrics WHERE day > $1::date - 7 AND day <= $1::date"
    "  GROUP BY agent_name) d USING (agent_name)),"
    " p AS ("
    RANK("c1", "v1 / c1 DESC, c1 DESC") " UNION ALL"
    RANK("c1", "v1 / c1, c1 DESC") " UNION ALL"
    RANK("c1", "u1 / c1 DESC, c1 DESC") " UNION ALL"
    RANK("c1", "c1 DESC") " UNION ALL"
    RANK("c7", "v7 / c7 DESC, c7 DESC") " UNION ALL"
    RANK("c7", "v7 / c7, c7 DESC") " UNION ALL"
    RANK("c7", "u7 / c7 DESC, c7 DESC") " UNION ALL"
    RANK("c7", "c7 DESC") " UNION ALL"
    RANK("ca", "va / ca DESC, ca DESC") " UNION ALL"
    RANK("ca", "va / ca, ca DESC") " UNION ALL"
    RANK("ca", "ua / ca DESC, ca DESC") " UNION ALL"
    RANK("ca", "ca DESC") ")"
    " SELECT k.agent_name FROM k LEFT JOIN"
    " (SELECT agent_name, min(place) AS place FROM p GROUP BY agent_name) b USING (agent_name)"
    " ORDER BY b.place NULLS LAST, k.ca DESC, k.agent_name LIMIT $2::bigint";

/* The category counts, from agent_daily_categories (today, the last 7 days)
 * and agent_category_totals (all time): per category for the summary, or per
 * agent and category. Per agent, $2 is "the agents sent" as a text[] literal
 * (named), or else a limit: every agent's rows when there are no more agents
 * than that (or it is 0), none otherwise. */
static void cats_sql(strbuf *q, bool per_agent, bool named)
{
    static const char per_cat[] =
        "SELECT %1$s category, coalesce(sum(calls) FILTER (WHERE day = $1::date), 0), sum(calls), 0"
        " FROM agent_daily_categories WHERE day > $1::date - 7 AND day <= $1::date %2$s"
        " GROUP BY %1$s category"
        " UNION ALL SELECT %1$s category, 0, 0, sum(calls) FROM agent_category_totals %3$s"
        " GROUP BY %1$s category ORDER BY 1, 2";
#define FEW "($2::bigint = 0 OR (SELECT count(*) FROM agent_totals) <= $2::bigint)"
    if (!per_agent)
        sb_printf(q, per_cat, "", "", "");
    else if (named)
        sb_printf(q, per_cat, "agent_name,", "AND agent_name = ANY($2::text[])",
                  "WHERE agent_name = ANY($2::text[])");
    else
        sb_printf(q, per_cat, "agent_name,", "AND " FEW, "WHERE " FEW);
#undef FEW
}

static void add_summary_cats(const PGresult *r, snap_summary *sum)
{
    for (int i = 0; i < PQntuples(r); i++)
        snap_cats_add(&sum->cats, PQgetvalue(r, i, 0), atoll(PQgetvalue(r, i, 1)),
                      atoll(PQgetvalue(r, i, 2)), atoll(PQgetvalue(r, i, 3)));
}

/* Rows of agents not sent are passed over. */
static void add_agent_cats(const PGresult *r, snap_agents *agents)
{
    strmap idx = STRMAP_INIT;
    for (size_t i = 0; i < agents->n; i++)
        strmap_put(&idx, agents->v[i].agent_name, i);
    for (int i = 0; i < PQntuples(r); i++) {
        size_t a;
        if (strmap_get(&idx, PQgetvalue(r, i, 0), &a))
            snap_cats_add(&agents->v[a].cats, PQgetvalue(r, i, 1), atoll(PQgetvalue(r, i, 2)),
                          atoll(PQgetvalue(r, i, 3)), atoll(PQgetvalue(r, i, 4)));
    }
    strmap_free(&idx);
}

void pg_snapshot_names(strbuf *b, const snap_agents *agents)
{
    const char **v = xmalloc((agents->n ? agents->n : 1) * sizeof *v);
    for (size_t i = 0; i < agents->n; i++)
        v[i] = agents->v[i].agent_name;
    pg_array_literal(b, v, agents->n);
    free(v);
}

/* The summary straight from the tables, so it covers every agent whether or
 * not all of them are sent: the agent count, then today's, the week's and
 * all-time counters. The days come from floor_daily_metrics, one row a day
 * for the whole floor (sql/017_snapshot_sums.sql). */
static void summary_sql(strbuf *q)
{
    sb_puts(q, "SELECT (SELECT count(*) FROM agent_totals), d.*, w.*, a.* FROM (SELECT ");
    counts(q, "coalesce(sum(%1$s), 0)");
    sb_puts(q, " FROM floor_daily_metrics WHERE day = $1::date) d, (SELECT ");
    counts(q, "coalesce(sum(%1$s), 0)");
    sb_puts(q, " FROM floor_daily_metrics WHERE day > $1::date - 7 AND day <= $1::date) w,"
               " (SELECT ");
    counts(q, "coalesce(sum(%1$s), 0)");
    sb_puts(q, " FROM agent_totals) a");
}

void pg_snapshot_window(strbuf *q, const char *first, const char *last, const char *filter,
                        const char *prefix)
{
    /* kept: its rows (none when not kept: they go with the window) */
    sb_puts(q, "SELECT agent_name");
    strbuf f = SB_INIT;
    sb_printf(&f, ", %%1$s AS %s%%1$s", prefix);
    pg_agg_list(q, f.s, "");
    sb_printf(q, " FROM agent_window_metrics WHERE first_day = %s AND last_day = %s%s%s", first,
              last, *filter ? " AND " : "", filter);
    /* not kept: summed from the daily rows, which the planner skips (a
     * one-time filter) when it is */
    sb_puts(q, " UNION ALL SELECT agent_name");
    sb_clear(&f);
    sb_printf(&f, ", sum(%%1$s) AS %s%%1$s", prefix);
    pg_agg_list(q, f.s, "");
    sb_printf(q, " FROM agent_daily_metrics WHERE day >= %1$s AND day <= %2$s%3$s%4$s"
                 " AND NOT EXISTS (SELECT 1 FROM agent_windows WHERE first_day = %1$s"
                 " AND last_day = %2$s) GROUP BY agent_name",
              first, last, *filter ? " AND " : "", filter);
    sb_free(&f);
}

/* The agents' rows by name: today's, the week's and all-time counters and the
 * team. select: the $2 agents with the best places (RANKED), else every
 * agent, but only when there are no more than $2 of them (or $2 is 0): none
 * otherwise, so the common case needs no count first. */
static void agents_sql(strbuf *q, bool select)
{
    /* The selection first, materialised, so the per-agent windows below are
     * summed for the agents sent only, not for every agent. */
    if (select)
        sb_printf(q, "WITH sel AS MATERIALIZED (%s) ", RANKED);
    /* The week's sums per agent: its kept window, one row per agent
     * (pg_snapshot_window), joined rather than looked up agent by agent. */
    sb_puts(q, "SELECT t.agent_name, ");
    counts(q, "coalesce(d.%1$s, 0)");
    sb_puts(q, ", ");
    counts(q, "coalesce(w.w_%1$s, 0)");
    sb_puts(q, ", ");
    counts(q, "t.%1$s");
    sb_puts(q, ", coalesce(tm.team, 'unassigned')");
    sb_puts(q, select ? " FROM sel JOIN agent_totals t USING (agent_name)" : " FROM agent_totals t");
    sb_puts(q, " LEFT JOIN agent_teams tm ON tm.agent_name = t.agent_name");
    /* today: each agent's one row of the day (the key is agent and day) */
    sb_puts(q, " LEFT JOIN agent_daily_metrics d ON d.agent_name = t.agent_name AND d.day = $1::date");
    sb_puts(q, " LEFT JOIN (");
    pg_snapshot_window(q, "$1::date - 6", "$1::date",
                       select ? "agent_name IN (SELECT agent_name FROM sel)" : "", "w_");
    sb_puts(q, ") w ON w.agent_name = t.agent_name");
    if (!select)
        sb_puts(q, " WHERE $2::bigint = 0 OR (SELECT count(*) FROM agent_totals) <= $2::bigint");
    sb_puts(q, " ORDER BY t.agent_name");
}

static void read_agents(const PGresult *r, int64_t now, int64_t total, snap_agents *agents)
{
    int n = PQntuples(r);
    agents->schema = SNAPSHOT_SCHEMA;
    agents->generated_at = now;
    agents->v = xcalloc((size_t)n, sizeof *agents->v);
    agents->n = (size_t)n;
    agents->total = total > n ? total : n;
    for (int i = 0; i < n; i++) {
        snap_agent *a = &agents->v[i];
        a->agent_name = xstrdup(PQgetvalue(r, i, 0));
        pg_agg_read(r, i, 1, &a->k.today);
        pg_agg_read(r, i, 1 + KC_N, &a->k.week);
        pg_agg_read(r, i, 1 + 2 * KC_N, &a->k.all);
        a->team = xstrdup(PQgetvalue(r, i, 1 + 3 * KC_N));
    }
}

/* The daily trend of the last $2 days, floor-wide (a row a day). */
static void trend_sql(strbuf *q)
{
    sb_puts(q, "SELECT to_char(day, 'YYYY-MM-DD'), ");
    counts(q, "coalesce(sum(%1$s), 0)");
    sb_puts(q, " FROM floor_daily_metrics WHERE day > $1::date - $2::int AND day <= $1::date"
               " GROUP BY day ORDER BY day");
}

/* The statements of the first round, in this order. */
enum { R_SUM, R_ZONE, R_AGENTS, R_LAST, R_CATS, R_AGENT_CATS, R_TREND, R_N };

int pg_snapshot_build(PGconn *c, int64_t now, const char *batch_id, size_t max_agents,
                      snap_summary *sum, snap_agents *agents, snap_trend *trend, cz_err *err)
{
    memset(sum, 0, sizeof *sum);
    memset(agents, 0, sizeof *agents);
    memset(trend, 0, sizeof *trend);
    char today[11];
    cz_time_local(now, today, NULL); /* the business day (tz.h) */
    char limit[24], ndays[16];
    snprintf(limit, sizeof limit, "%zu", max_agents);
    snprintf(ndays, sizeof ndays, "%d", SNAPSHOT_TREND_DAYS);
    const char *params[2] = {today, limit}, *tparams[2] = {today, ndays};

    /* Everything that does not need the list of agents sent, in one round
     * trip: with no more agents than max_agents (the usual case) that is all
     * of it. */
    strbuf q[R_N];
    for (int i = 0; i < R_N; i++)
        q[i] = (strbuf)SB_INIT;
    summary_sql(&q[R_SUM]);
    sb_puts(&q[R_ZONE], PG_ZONE_SQL);
    agents_sql(&q[R_AGENTS], false);
    /* Gold is partitioned by month: its newest non-empty month answers
     * (sql/010_partitions.sql), however many years it keeps. */
    sb_puts(&q[R_LAST], "SELECT coalesce(extract(epoch FROM converza_last_call_time())::bigint, 0)");
    cats_sql(&q[R_CATS], false, false);
    cats_sql(&q[R_AGENT_CATS], true, false);
    trend_sql(&q[R_TREND]);
    pg_stmt st[R_N] = {
        [R_SUM] = {q[R_SUM].s, 1, params},        [R_ZONE] = {q[R_ZONE].s, 0, NULL},
        [R_AGENTS] = {q[R_AGENTS].s, 2, params},  [R_LAST] = {q[R_LAST].s, 0, NULL},
        [R_CATS] = {q[R_CATS].s, 1, params},      [R_AGENT_CATS] = {q[R_AGENT_CATS].s, 2, params},
        [R_TREND] = {q[R_TREND].s, 2, tparams},
    };
    PGresult *r[R_N];
    int rc = pg_query_many(c, R_N, st, r, err);
    for (int i = 0; i < R_N; i++)
        sb_free(&q[i]);
    if (rc < 0)
        return -1;

    int64_t total = atoll(PQgetvalue(r[R_SUM], 0, 0));
    sum->schema = SNAPSHOT_SCHEMA;
    sum->generated_at = now;
    sum->batch_id = xstrdup(batch_id ? batch_id : "");
    memcpy(sum->today, today, sizeof sum->today);
    pg_agg_read(r[R_SUM], 0, 1, &sum->k.today);
    pg_agg_read(r[R_SUM], 0, 1 + KC_N, &sum->k.week);
    pg_agg_read(r[R_SUM], 0, 1 + 2 * KC_N, &sum->k.all);
    sum->timezone = pg_zone_take(r[R_ZONE]);
    sum->last_call_at = atoll(PQgetvalue(r[R_LAST], 0, 0));
    add_summary_cats(r[R_CATS], sum);
    int n = PQntuples(r[R_TREND]);
    trend->schema = SNAPSHOT_SCHEMA;
    trend->generated_at = now;
    trend->v = xcalloc((size_t)n, sizeof *trend->v);
    trend->n = (size_t)n;
    for (int i = 0; i < n; i++) {
        snprintf(trend->v[i].day, sizeof trend->v[i].day, "%s", PQgetvalue(r[R_TREND], i, 0));
        pg_agg_read(r[R_TREND], i, 1, &trend->v[i].k);
    }
    /* No rows with agents: more of them than max_agents (counted by the
     * statement itself, so a count that changed in between cannot leave the
     * payload empty): the ranked selection, then its categories. */
    bool select = max_agents > 0 && total > 0 && PQntuples(r[R_AGENTS]) == 0;
    if (!select) {
        read_agents(r[R_AGENTS], now, total, agents);
        add_agent_cats(r[R_AGENT_CATS], agents);
    }
    for (int i = 0; i < R_N; i++)
        PQclear(r[i]);
    if (!select)
        return 0;

    strbuf sq = SB_INIT;
    agents_sql(&sq, true);
    PGresult *ra = pg_query(c, sq.s, 2, params, err);
    sb_clear(&sq);
    if (!ra)
        goto fail;
    read_agents(ra, now, total, agents);
    PQclear(ra);
    if (agents->n) {
        strbuf names = SB_INIT;
        pg_snapshot_names(&names, agents);
        cats_sql(&sq, true, true);
        const char *p2[2] = {today, names.s};
        ra = pg_query(c, sq.s, 2, p2, err);
        sb_free(&names);
        if (!ra)
            goto fail;
        add_agent_cats(ra, agents);
        PQclear(ra);
    }
    sb_free(&sq);
    return 0;
fail:
    sb_free(&sq);
    snap_summary_free(sum);
    snap_agents_free(agents);
    snap_trend_free(trend);
    return -1;
}
