/* pg_zone.c - recomputing the aggregates when the business zone (or the
 * hours kept) changes, so that days of two zones are never mixed: the
 * counters are summed again from gold, the one source of truth, by the same
 * gold expressions (counters.h) the deltas are made of. */
#include "pg_zone.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pg.h"
#include "pg_agg.h"

/* pg_load.c's worker lock: no batch loads while the keys move. */
#define WORKER_LOCK_KEY "7034817360"

/* The start of a call's business hour in zone $1, as SQL: the local minutes
 * and seconds taken off the instant (cz_time_local does the same in C). */
#define HOUR_OF_CALL                                                                      \
    "call_time - ((call_time AT TIME ZONE $1) - date_trunc('hour', call_time AT TIME ZONE $1))"

/* True when nothing was ever loaded: no call in gold and no daily
 * aggregate row (which a prune of gold would have kept). */
#define FRESH_SQL                                                                         \
    "SELECT NOT EXISTS (SELECT 1 FROM gold_performance_metrics)"                          \
    " AND NOT EXISTS (SELECT 1 FROM agent_daily_metrics)"

/* Replaces table's rows by the rows of insert, an INSERT ... SELECT over
 * gold that takes the zone as $1. */
static int replace_rows(PGconn *c, const char *table, const char *insert, const char *tz,
                        cz_err *err)
{
    strbuf q = SB_INIT;
    sb_printf(&q, "DELETE FROM %s", table);
    int rc = pg_exec(c, q.s, err);
    if (rc == 0) {
        const char *p[1] = {tz};
        PGresult *r = pg_query(c, insert, 1, p, err);
        rc = r ? 0 : -1;
        PQclear(r);
    }
    sb_free(&q);
    return rc;
}

/* Replaces table's rows by sums over gold grouped by the key expressions. */
static int rebuild(PGconn *c, const char *table, const char *k1, const char *k2,
                   const char *e1, const char *e2, const char *where, const char *tz,
                   cz_err *err)
{
    strbuf q = SB_INIT;
    sb_printf(&q, "INSERT INTO %s (%s, %s, ", table, k1, k2);
    pg_agg_list(&q, "%1$s", ", ");
    sb_printf(&q, ") SELECT %s, %s, ", e1, e2);
    pg_agg_gold_list(&q, "sum(%1$s)", ", ");
    sb_printf(&q, " FROM gold_performance_metrics WHERE $1::text IS NOT NULL %s GROUP BY 1, 2",
              where);
    int rc = replace_rows(c, table, q.s, tz, err);
    sb_free(&q);
    return rc;
}

/* The same for a category table: calls per key and category over gold. */
static int rebuild_cats(PGconn *c, const char *table, const char *k1, const char *k2,
                        const char *e1, const char *e2, const char *where, const char *tz,
                        cz_err *err)
{
    strbuf q = SB_INIT;
    sb_printf(&q, "INSERT INTO %s (%s, %s, category, calls) SELECT %s, %s, cat, count(*)"
                  " FROM gold_performance_metrics, unnest(categories) AS cat"
                  " WHERE $1::text IS NOT NULL %s GROUP BY 1, 2, 3",
              table, k1, k2, e1, e2, where);
    int rc = replace_rows(c, table, q.s, tz, err);
    sb_free(&q);
    return rc;
}

/* Sets *fresh when nothing was ever loaded (FRESH_SQL). */
static int zone_fresh(PGconn *c, bool *fresh, cz_err *err)
{
    PGresult *r = pg_query(c, FRESH_SQL, 0, NULL, err);
    if (!r)
        return -1;
    *fresh = PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    return 0;
}

/* Sums the aggregates again from gold: the daily ones (and gold's own
 * business day) when the zone changed, the hourly ones always. */
static int recompute(PGconn *c, bool zone, const char *tz, cz_err *err)
{
    int rc = 0;
    if (zone) {
        const char *p1[1] = {tz};
        PGresult *r = pg_query(c, "UPDATE gold_performance_metrics"
                                  " SET call_day = (call_time AT TIME ZONE $1)::date"
                                  " WHERE call_day <> (call_time AT TIME ZONE $1)::date",
                               1, p1, err);
        rc = r ? 0 : -1;
        PQclear(r);
        if (rc == 0)
            rc = rebuild(c, "agent_daily_metrics", "agent_name", "day", "agent_name", "call_day",
                         "", tz, err);
        if (rc == 0)
            rc = rebuild(c, "team_daily_metrics", "team", "day", "team", "call_day", "", tz, err);
        if (rc == 0)
            rc = rebuild_cats(c, "agent_daily_categories", "agent_name", "day", "agent_name",
                              "call_day", "", tz, err);
        if (rc == 0)
            rc = rebuild_cats(c, "team_daily_categories", "team", "day", "team", "call_day", "",
                              tz, err);
    }
    if (rc == 0)
        rc = rebuild(c, "agent_hourly_metrics", "agent_name", "hour", "agent_name", HOUR_OF_CALL,
                     "AND call_time >= " PG_HOURLY_CUTOFF, tz, err);
    if (rc == 0)
        rc = rebuild_cats(c, "agent_hourly_categories", "agent_name", "hour", "agent_name",
                          HOUR_OF_CALL, "AND call_time >= " PG_HOURLY_CUTOFF, tz, err);
    return rc;
}

char *pg_zone_take(const PGresult *r)
{
    return xstrdup(PQntuples(r) ? PQgetvalue(r, 0, 0) : "UTC");
}

int pg_zone_read(PGconn *c, char **tz, cz_err *err)
{
    PGresult *r = pg_query(c, PG_ZONE_SQL, 0, NULL, err);
    if (!r)
        return -1;
    *tz = pg_zone_take(r);
    PQclear(r);
    return 0;
}

int pg_zone_sync(PGconn *c, const char *tz, int hourly_days, cz_err *err)
{
    char days[16];
    snprintf(days, sizeof days, "%d", hourly_days);
    const char *p1[1] = {tz}, *p2[2] = {tz, days};
    if (pg_exec(c, "BEGIN", err) < 0)
        return -1;
    PGresult *r = pg_query(c, "SELECT now() AT TIME ZONE $1", 1, p1, err);
    if (!r) {
        pg_exec(c, "ROLLBACK", NULL);
        cz_err e = *err;
        cz_err_set(err, "timezone %s: PostgreSQL does not know this zone (%s)", tz, e.msg);
        return -1;
    }
    PQclear(r);
    /* The worker lock only when there is something to recompute: a second
     * worker starting beside a running one waits in pg_worker_lock, which
     * says so, not here in silence. */
    if (!(r = pg_query(c, "SELECT timezone, hourly_days FROM aggregate_zone", 0, NULL, err)))
        goto fail;
    bool same = PQntuples(r) && strcmp(PQgetvalue(r, 0, 0), tz) == 0 &&
                atoi(PQgetvalue(r, 0, 1)) == hourly_days;
    PQclear(r);
    if (same)
        return pg_exec(c, "COMMIT", err);
    /* Nothing loaded yet (a new database starts in UTC, migration 007): the
     * zone is only recorded, without a warning about a recomputation that
     * has nothing to do. Read again under the lock below. */
    bool fresh = false;
    if (zone_fresh(c, &fresh, err) < 0)
        goto fail;
    if (!fresh)
        log_info("waiting for any other loader to finish before recomputing the aggregates");
    if (pg_exec(c, "SELECT pg_advisory_xact_lock(" WORKER_LOCK_KEY ")", err) < 0 ||
        !(r = pg_query(c, "SELECT timezone, hourly_days FROM aggregate_zone FOR UPDATE", 0,
                       NULL, err)))
        goto fail;
    char *old = xstrdup(PQntuples(r) ? PQgetvalue(r, 0, 0) : "");
    int old_days = PQntuples(r) ? atoi(PQgetvalue(r, 0, 1)) : -1;
    PQclear(r);
    bool zone = strcmp(old, tz) != 0, hours = zone || old_days != hourly_days;
    if (!hours) {
        free(old);
        return pg_exec(c, "COMMIT", err);
    }
    /* still empty now that no other loader runs? */
    if (fresh && zone_fresh(c, &fresh, err) < 0) {
        free(old);
        goto fail;
    }
    double t0 = cz_now_mono();
    if (fresh)
        log_debug("no calls loaded yet: aggregates in business days of %s (was %s), %d days"
                  " of hours", tz, old, hourly_days);
    else if (zone)
        log_warn("the aggregates were built with business days in %s; recomputing them for"
                 " %s from gold (this may take a while on a large history)", old, tz);
    else
        log_info("keeping %d business days of hourly aggregates (was %d); recomputing them",
                 hourly_days, old_days);
    free(old);
    int rc = 0;
    r = pg_query(c, "UPDATE aggregate_zone SET timezone = $1, hourly_days = $2", 2, p2, err);
    rc = r ? 0 : -1;
    PQclear(r);
    /* An empty database has nothing to recompute: gold, and so every
     * aggregate summed from it, holds no rows. */
    if (rc == 0 && !fresh)
        rc = recompute(c, zone, tz, err);
    if (rc < 0)
        goto fail;
    if (pg_exec(c, "COMMIT", err) < 0)
        return -1;
    if (!fresh)
        log_info("aggregates now in business days of %s (%.1f s)", tz, cz_now_mono() - t0);
    return 0;
fail:
    pg_exec(c, "ROLLBACK", NULL);
    {
        cz_err e = *err;
        cz_err_set(err, "recomputing the aggregates for timezone %s: %s", tz, e.msg);
    }
    return -1;
}
