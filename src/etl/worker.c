/* worker.c - the ETL loop. Files are checked against ingested_files in chunks,
 * read and prepared into a batch, and loaded in one transaction; a database
 * that goes away is waited for (with backoff) and the same batch is loaded
 * again, so nothing is skipped. */
#include "worker.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "pg_schema.h"
#include "pg_snapshot.h"
#include "scan.h"
#include "snapshot.h"

volatile sig_atomic_t g_stop;
volatile sig_atomic_t g_reload;

#define CHUNK 512
#define EX_OK_ 0
#define EX_UNAVAILABLE_ 69
#define EX_SOFTWARE_ 70
#define EX_TEMPFAIL_ 75

typedef struct {
    worker *w;
    batch_t batch;
    batch_opts bopts;
    kpi_scratch *scratch;
    char *paths[CHUNK];
    int64_t size[CHUNK], mtime[CHUNK];
    mode_t mode[CHUNK];
    size_t n;
    int rc;                   /* exit code when the run must stop */
    long long calls, files;
} run_ctx;

/* Makes sure w->conn is usable, reconnecting with backoff if it is not. */
static int ensure_conn(worker *w)
{
    if (!pg_is_broken(w->conn))
        return 0;
    if (w->conn) {
        PQfinish(w->conn);
        w->conn = NULL;
        log_warn("lost the database connection; reconnecting");
    }
    cz_err err;
    w->conn = pg_connect_retry(w->s->db, w->s->db_password_file, (volatile int *)&g_stop,
                               w->give_up_after, &err);
    if (!w->conn)
        return -1;
    log_info("connected to the database");
    if (w->locked && pg_worker_lock(w->conn, (volatile int *)&g_stop, &err) < 0) {
        if (!g_stop)
            log_error("%s", err.msg);
        PQfinish(w->conn);
        w->conn = NULL;
        return -1;
    }
    return 0;
}

static void publish_status(worker *w, const load_stats *st, double prepare_s)
{
    if (!w->pub)
        return;
    snap_status s = {0};
    char bid[32] = "";
    if (st)
        snprintf(bid, sizeof bid, "%lld", st->batch_id);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = (int64_t)time(NULL);
    s.state = (char *)"online";
    s.version = (char *)CZ_VERSION;
    s.batch_id = bid;
    if (st) {
        s.files_seen = st->files_seen;
        s.calls_loaded = st->calls_loaded;
        s.duplicates = st->duplicates;
        s.replaced = st->replaced;
        s.quarantined = st->quarantined;
        s.duration_s = st->load_s + prepare_s;
        s.calls_per_s = s.duration_s > 0 ? st->calls_loaded / s.duration_s : 0;
    }
    char *p = snap_status_encode(&s);
    publisher_put(w->pub, SNAP_TOPIC_STATUS, p);
    free(p);
}

int worker_publish(worker *w, const char *batch_id)
{
    if (!w->pub)
        return 0;
    snap_summary sum;
    snap_agents ag;
    snap_trend tr;
    cz_err err;
    if (pg_snapshot_build(w->conn, (int64_t)time(NULL), batch_id, &sum, &ag, &tr, &err) < 0) {
        log_warn("cannot build the KPI snapshot: %s", err.msg);
        return -1;
    }
    char *a = snap_summary_encode(&sum), *b = snap_agents_encode(&ag), *c = snap_trend_encode(&tr);
    publisher_put(w->pub, SNAP_TOPIC_SUMMARY, a);
    publisher_put(w->pub, SNAP_TOPIC_AGENTS, b);
    publisher_put(w->pub, SNAP_TOPIC_TREND, c);
    free(a);
    free(b);
    free(c);
    snap_summary_free(&sum);
    snap_agents_free(&ag);
    snap_trend_free(&tr);
    if (!batch_id)
        publish_status(w, NULL, 0); /* start-up: online, no batch yet */
    return 0;
}

/* Loads the batch, retrying across database outages. Never drops the batch:
 * either it commits, or the run stops and the files stay pending. */
static int load_batch(run_ctx *r)
{
    worker *w = r->w;
    batch_t *b = &r->batch;
    if (!b->nfiles)
        return 0;
    load_stats st;
    cz_err err;
    int attempts = 0;
    for (;;) {
        if (ensure_conn(w) < 0)
            return r->rc = g_stop ? EX_OK_ : EX_UNAVAILABLE_;
        if (pg_load_batch(w->conn, b, kpi_rules_version(w->rules), &st, &err) == 0)
            break;
        if (pg_is_broken(w->conn)) {
            log_warn("batch not loaded, database connection lost: %s", err.msg);
            continue; /* ensure_conn waits with backoff */
        }
        if (++attempts >= 3) {
            log_error("batch failed three times, stopping with the files still pending: %s",
                      err.msg);
            return r->rc = EX_TEMPFAIL_;
        }
        log_warn("batch failed, retrying: %s", err.msg);
        sleep(1);
    }
    double secs = st.load_s + b->prepare_s;
    log_info("batch %lld: %d files, %d calls loaded, %d duplicates, %d replaced, %d quarantined"
             " in %.3f s (%.0f calls/s; prepare %.3f s, load %.3f s)",
             st.batch_id, st.files_seen, st.calls_loaded, st.duplicates, st.replaced,
             st.quarantined, secs, secs > 0 ? st.calls_loaded / secs : 0.0, b->prepare_s,
             st.load_s);
    r->calls += st.calls_loaded;
    r->files += st.files_seen;
    w->last_batch = st.batch_id;
    char bid[32];
    snprintf(bid, sizeof bid, "%lld", st.batch_id);
    worker_publish(w, bid);
    publish_status(w, &st, b->prepare_s);
    batch_reset(b);
    return 0;
}

/* Checks the chunk of candidates against ingested_files and adds the pending
 * ones to the batch, loading whenever the batch is full. */
static int flush_chunk(run_ctx *r)
{
    worker *w = r->w;
    char skip[CHUNK];
    cz_err err;
    while (r->n) {
        if (ensure_conn(w) < 0)
            return r->rc = g_stop ? EX_OK_ : EX_UNAVAILABLE_;
        if (pg_filter_ingested(w->conn, r->paths, r->size, r->mtime, r->n, skip, &err) == 0)
            break;
        if (!pg_is_broken(w->conn)) {
            log_error("%s", err.msg);
            return r->rc = EX_TEMPFAIL_;
        }
    }
    for (size_t i = 0; i < r->n; i++) {
        if (!skip[i] && !r->rc) {
            if (S_ISREG(r->mode[i]))
                batch_add_file(&r->batch, r->paths[i], r->size[i], r->mtime[i], &r->bopts,
                               r->scratch);
            else
                batch_quarantine_file(&r->batch, r->paths[i], r->size[i], r->mtime[i],
                                      S_ISLNK(r->mode[i]) ? "symbolic link: not followed"
                                                          : "not a regular file");
            if (r->batch.nfiles >= (size_t)w->s->batch_size)
                load_batch(r);
        }
        free(r->paths[i]);
    }
    r->n = 0;
    return r->rc;
}

static int on_entry(void *ctx, const char *path, const struct stat *st)
{
    run_ctx *r = ctx;
    if (g_stop)
        return 1;
    r->paths[r->n] = xstrdup(path);
    r->size[r->n] = (int64_t)st->st_size;
    r->mtime[r->n] = (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
    r->mode[r->n] = st->st_mode;
    if (++r->n == CHUNK && flush_chunk(r))
        return 1;
    return 0;
}

int worker_run_once(worker *w)
{
    run_ctx r;
    memset(&r, 0, sizeof r);
    r.w = w;
    batch_init(&r.batch);
    r.bopts.prep.rules = w->rules;
    r.bopts.prep.redact_pii = w->s->redact_pii;
    r.bopts.max_file_size = w->s->max_file_size;
    r.scratch = kpi_scratch_new(w->rules);
    double t0 = cz_now_mono();
    cz_err err;
    /* The lock is held for one run, so a second worker (or a reprocess) waits
     * for this run to end instead of loading the same files beside it. */
    if (ensure_conn(w) < 0 || (!w->locked && pg_worker_lock(w->conn, (volatile int *)&g_stop, &err) < 0)) {
        batch_free(&r.batch);
        kpi_scratch_free(r.scratch);
        return g_stop ? 0 : EX_UNAVAILABLE_;
    }
    w->locked = true;
    int rc = scan_tree(w->input_abs, on_entry, &r, &err);
    if (rc < 0) {
        log_error("%s", err.msg);
        r.rc = 66; /* EX_NOINPUT */
    }
    if (!r.rc)
        flush_chunk(&r);
    if (!r.rc)
        load_batch(&r);
    for (size_t i = 0; i < r.n; i++)
        free(r.paths[i]);
    batch_free(&r.batch);
    kpi_scratch_free(r.scratch);
    if (!pg_is_broken(w->conn))
        pg_exec(w->conn, "SELECT pg_advisory_unlock_all()", NULL);
    w->locked = false;
    double secs = cz_now_mono() - t0;
    if (r.files || r.rc)
        log_info("run finished: %lld files, %lld calls in %.2f s (%.0f calls/s)%s", r.files,
                 r.calls, secs, secs > 0 ? r.calls / secs : 0.0,
                 r.rc ? "; stopped early" : "");
    else
        log_debug("nothing new under %s (%.3f s)", w->input_abs, secs);
    return r.rc;
}

static void reload(worker *w)
{
    cz_err err;
    cz_settings fresh;
    settings_init(&fresh);
    if (settings_load(&fresh, w->config_path, &err) < 0) {
        log_error("reload: %s; keeping the old configuration", err.msg);
        settings_free(&fresh);
        return;
    }
    if (fresh.log_level && log_set_level_name(fresh.log_level) < 0)
        log_warn("reload: unknown log level %s", fresh.log_level);
    /* Only the settings that are safe to change while running are taken. */
    w->s->interval = fresh.interval;
    w->s->batch_size = fresh.batch_size;
    w->s->max_file_size = fresh.max_file_size;
    w->s->redact_pii = fresh.redact_pii;
    char *path = kpi_rules_path(w->s->rules);
    kpi_rules *nr = kpi_rules_load(path, &err);
    if (!nr) {
        log_error("reload: %s; keeping the old rules (%s)", err.msg, kpi_rules_version(w->rules));
    } else {
        kpi_rules_free(w->rules);
        w->rules = nr;
        log_info("reloaded configuration and rules %s (version %s)", path, kpi_rules_version(nr));
    }
    free(path);
    settings_free(&fresh);
}

int worker_run_daemon(worker *w)
{
    log_info("watching %s every %d s", w->input_abs, w->s->interval);
    while (!g_stop) {
        if (g_reload) {
            g_reload = 0;
            reload(w);
        }
        int rc = worker_run_once(w);
        if (rc && !g_stop)
            return rc;
        for (int i = 0; i < w->s->interval * 10 && !g_stop && !g_reload; i++)
            usleep(100000);
    }
    log_info("stopping on signal");
    return 0;
}
