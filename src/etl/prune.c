/* prune.c - retention by whole month partitions (prune.h): a DROP TABLE per
 * month and layer, which takes a moment whatever the month held, instead of
 * a DELETE that would rewrite indexes and leave bloat behind. */
#include "prune.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pg.h"

bool prune_enabled(const cz_settings *s)
{
    return s->retain_bronze_months || s->retain_silver_months || s->retain_gold_months ||
           s->retain_quarantine_months;
}

/* The month partitions to drop: per layer with a setting N, those whose
 * month starts before the first of the month N - 1 months before the
 * current one (UTC). Named <table>_YYYY_MM (sql/010_partitions.sql). */
static const char LIST_SQL[] =
    "SELECT c.relname, c.reltuples::bigint"
    " FROM (VALUES ('bronze_calls', $1::int), ('silver_calls', $2::int),"
    "              ('gold_performance_metrics', $3::int)) AS l(tbl, keep)"
    " JOIN pg_inherits i ON i.inhparent = l.tbl::regclass"
    " JOIN pg_class c ON c.oid = i.inhrelid"
    " WHERE l.keep > 0 AND c.relname ~ '_[0-9]{4}_[0-9]{2}$'"
    "   AND to_date(right(c.relname, 7), 'YYYY_MM')"
    "       < date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => l.keep - 1)"
    " ORDER BY right(c.relname, 7), l.tbl";

/* Quarantine rows older than the same cut for retain_quarantine_months. */
#define QUAR_CUT "date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'" \
                 " - make_interval(months => $1::int - 1)"

int pg_prune(PGconn *c, const cz_settings *s, bool dry_run, prune_result *res, cz_err *err)
{
    memset(res, 0, sizeof *res);
    char keep[4][16];
    snprintf(keep[0], 16, "%d", s->retain_bronze_months);
    snprintf(keep[1], 16, "%d", s->retain_silver_months);
    snprintf(keep[2], 16, "%d", s->retain_gold_months);
    snprintf(keep[3], 16, "%d", s->retain_quarantine_months);
    if (pg_exec(c, "BEGIN", err) < 0)
        return -1;
    const char *p3[3] = {keep[0], keep[1], keep[2]};
    PGresult *r = pg_query(c, LIST_SQL, 3, p3, err);
    if (!r)
        goto fail;
    strbuf months = SB_INIT; /* dropped, as a date[] literal */
    sb_putc(&months, '{');
    for (int i = 0; i < PQntuples(r); i++) {
        const char *name = PQgetvalue(r, i, 0);
        long long rows = atoll(PQgetvalue(r, i, 1));
        /* reltuples: -1 until the partition's first (auto)ANALYZE. */
        if (rows >= 0)
            log_info("%s %s (about %lld rows)", dry_run ? "would drop" : "dropping", name, rows);
        else
            log_info("%s %s (not analyzed yet: rows unknown)", dry_run ? "would drop" : "dropping",
                     name);
        res->partitions++;
        res->rows += rows > 0 ? rows : 0;
        if (dry_run)
            continue;
        char *id = PQescapeIdentifier(c, name, strlen(name));
        if (!id) {
            cz_err_set(err, "cannot quote %s: %s", name, PQerrorMessage(c));
            PQclear(r);
            goto fail;
        }
        strbuf q = SB_INIT;
        sb_printf(&q, "DROP TABLE %s", id);
        PQfreemem(id);
        int rc = pg_exec(c, q.s, err);
        sb_free(&q);
        if (rc < 0) {
            PQclear(r);
            sb_free(&months);
            goto fail;
        }
        size_t nl = strlen(name);
        sb_printf(&months, "%s%.4s-%.2s-01", months.len > 1 ? "," : "", name + nl - 7, name + nl - 2);
    }
    PQclear(r);
    sb_putc(&months, '}');
    /* The positions of the calls of each month no layer holds any more
     * (sql/016_call_index.sql); a layer keeping the month keeps them. */
    if (!dry_run && months.len > 2) {
        const char *pm[1] = {months.s};
        r = pg_query(c, "DELETE FROM call_index i USING unnest($1::date[]) m"
                        " WHERE to_regclass('bronze_calls_' || to_char(m, 'YYYY_MM')) IS NULL"
                        " AND to_regclass('silver_calls_' || to_char(m, 'YYYY_MM')) IS NULL"
                        " AND to_regclass('gold_performance_metrics_' || to_char(m, 'YYYY_MM')) IS NULL"
                        " AND i.call_time >= m::timestamp AT TIME ZONE 'UTC'"
                        " AND i.call_time < (m + interval '1 month')::timestamp AT TIME ZONE 'UTC'",
                     1, pm, err);
        if (!r) {
            sb_free(&months);
            goto fail;
        }
        if (atoll(PQcmdTuples(r)) > 0)
            log_info("forgot where %s calls of the dropped months were (call_index)", PQcmdTuples(r));
        PQclear(r);
    }
    sb_free(&months);
    /* Each pruned layer's horizon, for the worker's look-ups (pg_load.c). */
    if (!dry_run) {
        r = pg_query(c, "INSERT INTO converza_pruned (tbl, before)"
                        " SELECT l.tbl, date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
                        "        - make_interval(months => l.keep - 1)"
                        " FROM (VALUES ('bronze_calls', $1::int), ('silver_calls', $2::int),"
                        "              ('gold_performance_metrics', $3::int)) AS l(tbl, keep)"
                        " WHERE l.keep > 0"
                        " ON CONFLICT (tbl) DO UPDATE SET before = greatest(converza_pruned.before,"
                        " EXCLUDED.before)",
                     3, p3, err);
        if (!r)
            goto fail;
        PQclear(r);
    }
    if (s->retain_quarantine_months > 0) {
        const char *p1[1] = {keep[3]};
        r = pg_query(c, dry_run ? "SELECT count(*) FROM quarantine WHERE quarantined_at < " QUAR_CUT
                                : "DELETE FROM quarantine WHERE quarantined_at < " QUAR_CUT,
                     1, p1, err);
        if (!r)
            goto fail;
        res->quarantine = dry_run ? atoll(PQgetvalue(r, 0, 0)) : atoll(PQcmdTuples(r));
        PQclear(r);
    }
    if (pg_exec(c, dry_run ? "ROLLBACK" : "COMMIT", err) < 0)
        return -1;
    return 0;
fail:
    pg_exec(c, "ROLLBACK", NULL);
    return -1;
}
