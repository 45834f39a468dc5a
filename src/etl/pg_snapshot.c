/* pg_snapshot.c - builds the KPI snapshot from the aggregate tables: each
 * agent's all-time totals (agent_totals, one row per agent) and the last days
 * of agent_daily_metrics, so its cost does not grow with call history. */
#include "pg_snapshot.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pg.h"
#include "pg_agg.h"

/* The counters, in the order pg_agg_read expects (counters.h), each as fmt
 * renders it: a sum with a filter, or a plain column. */
static void counts(strbuf *q, const char *fmt)
{
    pg_agg_list(q, fmt, ", ");
}

int pg_snapshot_build(PGconn *c, int64_t now, const char *batch_id, snap_summary *sum,
                      snap_agents *agents, snap_trend *trend, cz_err *err)
{
    memset(sum, 0, sizeof *sum);
    memset(agents, 0, sizeof *agents);
    memset(trend, 0, sizeof *trend);
    char today[11];
    time_t t = (time_t)now;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(today, sizeof today, "%Y-%m-%d", &tm);
    const char *params[1] = {today};

    strbuf q = SB_INIT;
    sb_puts(&q, "SELECT t.agent_name, w.*, ");
    counts(&q, "t.%1$s");
    sb_puts(&q, " FROM agent_totals t CROSS JOIN LATERAL (SELECT ");
    counts(&q, "coalesce(sum(%1$s) FILTER (WHERE day = $1::date), 0)");
    sb_puts(&q, ", ");
    counts(&q, "coalesce(sum(%1$s), 0)");
    sb_puts(&q, " FROM agent_daily_metrics d WHERE d.agent_name = t.agent_name"
                " AND d.day > $1::date - 7 AND d.day <= $1::date) w ORDER BY t.agent_name");
    PGresult *r = pg_query(c, q.s, 1, params, err);
    sb_free(&q);
    if (!r)
        return -1;
    int n = PQntuples(r);
    agents->schema = SNAPSHOT_SCHEMA;
    agents->generated_at = now;
    agents->v = xcalloc((size_t)n, sizeof *agents->v);
    agents->n = (size_t)n;
    sum->schema = SNAPSHOT_SCHEMA;
    sum->generated_at = now;
    sum->batch_id = xstrdup(batch_id ? batch_id : "");
    memcpy(sum->today, today, sizeof sum->today);
    for (int i = 0; i < n; i++) {
        snap_agent *a = &agents->v[i];
        a->agent_name = xstrdup(PQgetvalue(r, i, 0));
        pg_agg_read(r, i, 1, &a->k.today);
        pg_agg_read(r, i, 1 + KC_N, &a->k.week);
        pg_agg_read(r, i, 1 + 2 * KC_N, &a->k.all);
        kc_add(&sum->k.today, &a->k.today, +1);
        kc_add(&sum->k.week, &a->k.week, +1);
        kc_add(&sum->k.all, &a->k.all, +1);
    }
    PQclear(r);

    r = pg_query(c, "SELECT coalesce(extract(epoch FROM max(call_time))::bigint, 0)"
                    " FROM gold_performance_metrics",
                 0, NULL, err);
    if (!r)
        goto fail;
    sum->last_call_at = atoll(PQgetvalue(r, 0, 0));
    PQclear(r);

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
