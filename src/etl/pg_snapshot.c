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

/* The category counts of the summary and of the agents sent, from
 * agent_daily_categories (today, the last 7 days) and agent_category_totals
 * (all time), for the agents in agents->v only. */
static int read_categories(PGconn *c, const char *today, snap_summary *sum, snap_agents *agents,
                           cz_err *err)
{
    static const char per_cat[] =
        "SELECT %1$s category, coalesce(sum(calls) FILTER (WHERE day = $1::date), 0), sum(calls), 0"
        " FROM agent_daily_categories WHERE day > $1::date - 7 AND day <= $1::date %2$s"
        " GROUP BY %1$s category"
        " UNION ALL SELECT %1$s category, 0, 0, sum(calls) FROM agent_category_totals %3$s"
        " GROUP BY %1$s category ORDER BY 1, 2";
    strbuf q = SB_INIT;
    sb_printf(&q, per_cat, "", "", "");
    const char *p1[1] = {today};
    PGresult *r = pg_query(c, q.s, 1, p1, err);
    sb_clear(&q);
    if (!r) {
        sb_free(&q);
        return -1;
    }
    for (int i = 0; i < PQntuples(r); i++)
        snap_cats_add(&sum->cats, PQgetvalue(r, i, 0), atoll(PQgetvalue(r, i, 1)),
                      atoll(PQgetvalue(r, i, 2)), atoll(PQgetvalue(r, i, 3)));
    PQclear(r);
    if (!agents->n) {
        sb_free(&q);
        return 0;
    }
    /* the agents sent, as a text[] literal */
    strbuf names = SB_INIT;
    sb_putc(&names, '{');
    for (size_t i = 0; i < agents->n; i++) {
        sb_puts(&names, i ? ",\"" : "\"");
        for (const char *n = agents->v[i].agent_name; *n; n++) {
            if (*n == '"' || *n == '\\')
                sb_putc(&names, '\\');
            sb_putc(&names, *n);
        }
        sb_putc(&names, '"');
    }
    sb_putc(&names, '}');
    sb_printf(&q, per_cat, "agent_name,", "AND agent_name = ANY($2::text[])",
              "WHERE agent_name = ANY($2::text[])");
    const char *p2[2] = {today, names.s};
    r = pg_query(c, q.s, 2, p2, err);
    sb_free(&q);
    sb_free(&names);
    if (!r)
        return -1;
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
    PQclear(r);
    return 0;
}

int pg_snapshot_build(PGconn *c, int64_t now, const char *batch_id, size_t max_agents,
                      snap_summary *sum, snap_agents *agents, snap_trend *trend, cz_err *err)
{
    memset(sum, 0, sizeof *sum);
    memset(agents, 0, sizeof *agents);
    memset(trend, 0, sizeof *trend);
    char today[11];
    cz_time_local(now, today, NULL); /* the business day (tz.h) */
    char limit[24];
    snprintf(limit, sizeof limit, "%zu", max_agents);
    const char *params[2] = {today, limit};

    /* The summary straight from the tables, so it covers every agent
     * whether or not all of them are sent. */
    strbuf q = SB_INIT;
    sb_puts(&q, "SELECT (SELECT count(*) FROM agent_totals), w.*, a.* FROM (SELECT ");
    counts(&q, "coalesce(sum(%1$s) FILTER (WHERE day = $1::date), 0)");
    sb_puts(&q, ", ");
    counts(&q, "coalesce(sum(%1$s), 0)");
    sb_puts(&q, " FROM agent_daily_metrics WHERE day > $1::date - 7 AND day <= $1::date) w,"
                " (SELECT ");
    counts(&q, "coalesce(sum(%1$s), 0)");
    sb_puts(&q, " FROM agent_totals) a");
    PGresult *r = pg_query(c, q.s, 1, params, err);
    sb_free(&q);
    if (!r)
        return -1;
    int64_t total = atoll(PQgetvalue(r, 0, 0));
    sum->schema = SNAPSHOT_SCHEMA;
    sum->generated_at = now;
    sum->batch_id = xstrdup(batch_id ? batch_id : "");
    memcpy(sum->today, today, sizeof sum->today);
    pg_agg_read(r, 0, 1, &sum->k.today);
    pg_agg_read(r, 0, 1 + KC_N, &sum->k.week);
    pg_agg_read(r, 0, 1 + 2 * KC_N, &sum->k.all);
    PQclear(r);
    if (pg_zone_read(c, &sum->timezone, err) < 0)
        goto fail;

    bool select = max_agents > 0 && total > (int64_t)max_agents;
    /* The selection first, materialised, so the per-agent windows below are
     * summed for the agents sent only, not for every agent. */
    if (select)
        sb_printf(&q, "WITH sel AS MATERIALIZED (%s) ", RANKED);
    /* The week's rows are summed in one pass over the days (agent_daily_day)
     * and joined, rather than looked up agent by agent. */
    sb_puts(&q, "SELECT t.agent_name, ");
    counts(&q, "coalesce(w.d_%1$s, 0)");
    sb_puts(&q, ", ");
    counts(&q, "coalesce(w.w_%1$s, 0)");
    sb_puts(&q, ", ");
    counts(&q, "t.%1$s");
    sb_puts(&q, ", coalesce(tm.team, 'unassigned')");
    sb_puts(&q, select ? " FROM sel JOIN agent_totals t USING (agent_name)" : " FROM agent_totals t");
    sb_puts(&q, " LEFT JOIN agent_teams tm ON tm.agent_name = t.agent_name");
    sb_puts(&q, " LEFT JOIN (SELECT agent_name, ");
    counts(&q, "sum(%1$s) FILTER (WHERE day = $1::date) AS d_%1$s");
    sb_puts(&q, ", ");
    counts(&q, "sum(%1$s) AS w_%1$s");
    sb_puts(&q, " FROM agent_daily_metrics WHERE day > $1::date - 7 AND day <= $1::date");
    if (select)
        sb_puts(&q, " AND agent_name IN (SELECT agent_name FROM sel)");
    sb_puts(&q, " GROUP BY agent_name) w ON w.agent_name = t.agent_name");
    sb_puts(&q, " ORDER BY t.agent_name");
    r = pg_query(c, q.s, select ? 2 : 1, params, err);
    sb_free(&q);
    if (!r)
        goto fail;
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
    PQclear(r);

    /* Gold is partitioned by month: its newest non-empty month answers
     * (sql/010_partitions.sql), however many years it keeps. */
    r = pg_query(c, "SELECT coalesce(extract(epoch FROM converza_last_call_time())::bigint, 0)",
                 0, NULL, err);
    if (!r)
        goto fail;
    sum->last_call_at = atoll(PQgetvalue(r, 0, 0));
    PQclear(r);
    if (read_categories(c, today, sum, agents, err) < 0)
        goto fail;

    char ndays[16];
    snprintf(ndays, sizeof ndays, "%d", SNAPSHOT_TREND_DAYS);
    const char *tparams[2] = {today, ndays};
    sb_puts(&q, "SELECT to_char(day, 'YYYY-MM-DD'), ");
    counts(&q, "coalesce(sum(%1$s), 0)");
    sb_puts(&q, " FROM agent_daily_metrics WHERE day > $1::date - $2::int AND day <= $1::date"
                " GROUP BY day ORDER BY day");
    r = pg_query(c, q.s, 2, tparams, err);
    sb_free(&q);
    if (!r)
        goto fail;
    n = PQntuples(r);
    trend->schema = SNAPSHOT_SCHEMA;
    trend->generated_at = now;
    trend->v = xcalloc((size_t)n, sizeof *trend->v);
    trend->n = (size_t)n;
    for (int i = 0; i < n; i++) {
        snprintf(trend->v[i].day, sizeof trend->v[i].day, "%s", PQgetvalue(r, i, 0));
        pg_agg_read(r, i, 1, &trend->v[i].k);
    }
    PQclear(r);
    return 0;
fail:
    snap_summary_free(sum);
    snap_agents_free(agents);
    snap_trend_free(trend);
    return -1;
}
