/* reprocess.c - walks bronze in call_id order, a batch at a time (keyset
 * paging, so memory stays bounded), re-prepares each raw record with the
 * current rules and replaces its silver and gold rows; the aggregates follow
 * through the same exact deltas as a normal load. With MQTT on, each batch's
 * agents get their drill-down payloads again, as after a load (so at most a
 * batch's agents are queued at a time), and the snapshot follows at the end:
 * retained payloads never keep KPIs or evidence that gold no longer has. */
#include "reprocess.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "batch.h"
#include "call.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "republish.h"
#include "worker.h"

int reprocess_run(PGconn *c, const cz_settings *s, const char *from, const char *to)
{
    /* The bounds are UTC days (converza-etl(1)), computed here as instants:
     * the database casting a date would put its midnight in the session's
     * time zone. --from D covers D's first second on, --to D up to D's end. */
    int64_t from_s = 0, to_s = 0;
    if ((from && cz_time_parse(from, &from_s) < 0) || (to && cz_time_parse(to, &to_s) < 0)) {
        fprintf(stderr, "converza-etl: --from and --to take dates like 2025-10-09\n");
        return EX_USAGE;
    }
    char from_txt[32], to_txt[32];
    snprintf(from_txt, sizeof from_txt, "%lld", (long long)(from_s - (from_s % 86400 + 86400) % 86400));
    snprintf(to_txt, sizeof to_txt, "%lld", (long long)(to_s - (to_s % 86400 + 86400) % 86400 + 86400));
    const char *from_p = from ? from_txt : NULL, *to_p = to ? to_txt : NULL;
    cz_err err;
    char *rules_path = kpi_rules_path(s->rules);
    kpi_rules *rules = kpi_rules_load(rules_path, &err);
    free(rules_path);
    if (!rules) {
        log_error("%s", err.msg);
        return EX_CONFIG;
    }
    kpi_scratch *scratch = kpi_scratch_new(rules);
    batch_t b;
    batch_init(&b);
    batch_opts o;
    batch_opts_init(&o, s, rules);
    roster ro;
    if (worker_load_roster(s, &ro, &err) < 0) {
        log_error("%s", err.msg);
        batch_free(&b);
        kpi_scratch_free(scratch);
        kpi_rules_free(rules);
        return EX_CONFIG;
    }
    o.prep.roster = &ro;
    republisher rp;
    republish_open(&rp, "reprocess", c, s, rules);
    char batch_txt[32] = "";
    char *last = xstrdup("");
    char limit[16];
    snprintf(limit, sizeof limit, "%d", s->batch_size);
    long long total = 0, failed = 0;
    int rc = 0;
    for (;;) {
        const char *params[4] = {last, from_p, to_p, limit};
        PGresult *r = pg_query(c,
                               "SELECT b.call_id, b.raw, b.source_file,"
                               " extract(epoch FROM s.call_time)::bigint FROM bronze_calls b"
                               " JOIN silver_calls s USING (call_id)"
                               " WHERE b.call_id > $1"
                               " AND ($2::bigint IS NULL OR s.call_time >= to_timestamp($2::bigint))"
                               " AND ($3::bigint IS NULL OR s.call_time < to_timestamp($3::bigint))"
                               " ORDER BY b.call_id LIMIT $4",
                               4, params, &err);
        if (!r) {
            log_error("reprocess: %s", err.msg);
            rc = EX_UNAVAILABLE;
            break;
        }
        int n = PQntuples(r);
        for (int i = 0; i < n; i++)
            batch_add_record(&b, PQgetvalue(r, i, 2), PQgetvalue(r, i, 1),
                             (size_t)PQgetlength(r, i, 1),
                             atoll(PQgetvalue(r, i, 3)) * 1000000000LL, &o, scratch);
        for (size_t i = 0; i < b.nquar; i++)
            log_warn("reprocess: %s no longer parses (%s); its old rows are kept",
                     b.files[b.quar[i].file].path, b.quar[i].reason);
        failed += (long long)b.nquar;
        if (n) {
            free(last);
            last = xstrdup(PQgetvalue(r, n - 1, 0));
        }
        PQclear(r);
        if (!n)
            break;
        load_stats st;
        if (pg_reload_batch(c, &b, kpi_rules_version(rules), &st, &err) < 0) {
            log_error("reprocess: %s", err.msg);
            rc = EX_TEMPFAIL;
            break;
        }
        total += st.calls_loaded;
        for (size_t i = 0; i < b.ncalls; i++)
            failed += b.calls[i].rejected; /* refused by the database: old rows kept */
        log_info("reprocess batch %lld: %d calls", st.batch_id, st.calls_loaded);
        snprintf(batch_txt, sizeof batch_txt, "%lld", st.batch_id);
        /* the agents added to or moved from, as after a load */
        republish_calls(&rp, &b.touched, "the reprocessed agents' drill-down payloads are");
        batch_reset(&b);
        if (g_stop)
            break;
    }
    log_info("reprocessed %lld calls with rules %s (%lld could not be parsed or were refused;"
             " their old rows are kept)", total,
             kpi_rules_version(rules), failed);
    if (batch_txt[0])
        republish_snapshot(&rp, batch_txt);
    republish_close(&rp);
    free(last);
    roster_free(&ro);
    batch_free(&b);
    kpi_scratch_free(scratch);
    kpi_rules_free(rules);
    return rc;
}
