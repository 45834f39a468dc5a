/* worker.c - the ETL loop's loading stage and the daemon around it. A producer
 * thread (produce.c) prepares batches; this thread loads each in one
 * transaction, retrying across database outages so nothing is skipped, then
 * publishes the snapshot. */
#include "worker.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "glance.h"
#include "log.h"
#include "pg.h"
#include "pg_calls.h"
#include "pg_agg.h"
#include "pg_load.h"
#include "pg_snapshot.h"
#include "pipe.h"
#include "produce.h"
#include "prune.h"
#include "snapshot.h"
#include "watch.h"

volatile sig_atomic_t g_stop;
volatile sig_atomic_t g_reload;

worker_role_t worker_role(const worker *w)
{
    /* --once runs hold no lease: they are active while they run */
    return !w->lease || lease_held(w->lease) ? ROLE_ACTIVE : ROLE_STANDBY;
}

void worker_write_metrics(worker *w)
{
    if (!w->s->metrics_file || !*w->s->metrics_file)
        return;
    etl_metrics *m = &w->metrics;
    m->role = worker_role(w);
    m->mqtt_reconnects = publisher_reconnects(w->pub);
    snprintf(m->rules_version, sizeof m->rules_version, "%s", kpi_rules_version(w->rules));
    /* The KPI totals, when the database answers (a few rows: one per agent). */
    if (w->conn && !pg_is_broken(w->conn) && PQtransactionStatus(w->conn) == PQTRANS_IDLE) {
        strbuf q = SB_INIT;
        sb_puts(&q, "SELECT ");
        pg_agg_list(&q, "coalesce(sum(%1$s), 0)", ", ");
        sb_puts(&q, " FROM agent_totals");
        PGresult *r = pg_query(w->conn, q.s, 0, NULL, NULL);
        sb_free(&q);
        if (r && PQntuples(r) == 1) {
            pg_agg_read(r, 0, 0, &m->totals);
            m->have_totals = true;
        }
        PQclear(r);
    }
    cz_err err;
    if (metrics_write(w->s->metrics_file, m, (int64_t)time(NULL), &err) < 0)
        log_warn("%s", err.msg);
    w->metrics_at = cz_now_mono();
}

/* The oldest modification time among a batch's files, in unix seconds. */
static int64_t oldest_mtime(const batch_t *b)
{
    int64_t t = 0;
    for (size_t i = 0; i < b->nfiles; i++) {
        int64_t s = b->files[i].mtime_ns / 1000000000;
        if (s > 0 && (t == 0 || s < t))
            t = s;
    }
    return t;
}

/* What a committed batch did, into the metrics. */
static void count_batch(worker *w, const batch_t *b, const load_stats *st)
{
    etl_metrics *m = &w->metrics;
    m->batches_committed++;
    m->calls_loaded += st->calls_loaded;
    m->calls_replaced += st->replaced;
    m->calls_duplicate += st->duplicates;
    for (size_t i = 0; i < b->nquar; i++)
        if (!b->files[b->quar[i].file].unrecordable)
            m->quarantined[metrics_reason_kind(b->quar[i].reason)]++;
    m->last_batch_seconds = st->load_s + b->prepare_s;
    m->last_batch_calls = st->calls_loaded;
    m->last_batch_files = st->files_seen;
    m->last_batch_at = (int64_t)time(NULL);
    m->oldest_pending_mtime = 0;
}

/* Keeps the loader's connection usable and, inside a run, locked. */
static int ensure_conn(worker *w)
{
    if (!pg_is_broken(w->conn))
        return 0;
    bool had = w->conn != NULL;
    if (pg_keep_conn(&w->conn, w->s->db, w->s->db_password_file, &g_stop, w->give_up_after) < 0)
        return -1;
    if (had)
        w->metrics.pg_reconnects++;
    cz_err err;
    strmap_clear(&w->months); /* the lock was lost with the connection */
    if (w->locked && pg_worker_lock(w->conn, &g_stop, &err) < 0) {
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
    s.worker = w->ident;
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

/* The teams and hours topics (pg_snapshot_coach); the teams into *keep for
 * the team alert rules (false: none could be built). */
static bool worker_publish_coach(worker *w, snap_teams *keep)
{
    snap_teams te;
    snap_hours ho;
    cz_err err;
    if (pg_snapshot_coach(w->conn, (int64_t)time(NULL), &te, &ho, &err) < 0) {
        log_warn("cannot build the teams and hours snapshot: %s", err.msg);
        return false;
    }
    size_t kept = 0;
    char *t = snap_teams_encode(&te), *h = snap_hours_encode(&ho, SNAPSHOT_HOURS_BYTES, &kept);
    if (kept < ho.na)
        log_warn("hours payload: %zu of %zu agents left out to stay within %u bytes",
                 ho.na - kept, ho.na, SNAPSHOT_HOURS_BYTES);
    if (t)
        publisher_put(w->pub, SNAP_TOPIC_TEAMS, t);
    if (h)
        publisher_put(w->pub, SNAP_TOPIC_HOURS, h);
    free(t);
    free(h);
    *keep = te;
    snap_hours_free(&ho);
    return true;
}

int worker_publish(worker *w, const char *batch_id)
{
    if (!w->pub && !w->alerts.rules.n)
        return 0; /* (active alerts of removed rules clear at the next run with rules) */
    snap_summary sum;
    snap_agents ag;
    snap_trend tr;
    cz_err err;
    double t0 = cz_now_mono(); /* the phases' times, for --log-level debug */
    if (pg_snapshot_build(w->conn, (int64_t)time(NULL), batch_id, SNAPSHOT_AGENTS_SENT, &sum, &ag,
                          &tr, &err) < 0) {
        log_warn("cannot build the KPI snapshot: %s", err.msg);
        return -1;
    }
    double t1 = cz_now_mono();
    if (glance_fill(w->conn, w->s, &sum, &ag, &err) < 0) { /* targets and baselines */
        log_warn("cannot build the KPI snapshot: %s", err.msg);
        snap_summary_free(&sum);
        snap_agents_free(&ag);
        snap_trend_free(&tr);
        return -1;
    }
    double t2 = cz_now_mono();
    /* Every category the rules define, in their order, with none counted
     * yet too, then any other the aggregates still hold (an older rules
     * file's, until reprocess). */
    snap_cats ordered = {0};
    for (size_t i = 0; i < kpi_category_count(w->rules); i++)
        snap_cats_add(&ordered, kpi_category_name(w->rules, i), 0, 0, 0);
    for (size_t i = 0; i < sum.cats.n; i++)
        snap_cats_add(&ordered, sum.cats.v[i].name, sum.cats.v[i].today, sum.cats.v[i].week,
                      sum.cats.v[i].all);
    snap_cats_free(&sum.cats);
    sum.cats = ordered;
    size_t kept = 0;
    char *a = snap_summary_encode(&sum), *c = snap_trend_encode(&tr);
    char *b = snap_agents_encode(&ag, SNAPSHOT_AGENTS_BYTES, &kept);
    if (kept < ag.n)
        log_warn("agents payload: %zu of %zu agents left out to stay within %u bytes",
                 ag.n - kept, ag.n, SNAPSHOT_AGENTS_BYTES);
    else if (ag.total > (int64_t)ag.n && !w->told_selection) {
        log_info("%lld agents: the agents payload carries the %zu with the best places in its"
                 " rankings (converza-mqtt(7), LIMITS)", (long long)ag.total, ag.n);
        w->told_selection = true;
    }
    publisher_put(w->pub, SNAP_TOPIC_SUMMARY, a);
    log_debug("snapshot: reads %.1f ms, baselines %.1f ms, payloads encoded and the summary"
              " handed to the broker's thread %.1f ms",
              (t1 - t0) * 1000, (t2 - t1) * 1000, (cz_now_mono() - t2) * 1000);
    publisher_put(w->pub, SNAP_TOPIC_AGENTS, b);
    publisher_put(w->pub, SNAP_TOPIC_TREND, c);
    free(a);
    free(b);
    free(c);
    snap_teams te = {0};
    bool have_teams = worker_publish_coach(w, &te); /* before the alerts: team rules read it */
    if (alerts_run(&w->alerts, w->conn, w->pub, &sum, &ag, have_teams ? &te : NULL,
                   sum.generated_at, &err) < 0)
        log_warn("alert rules not evaluated: %s", err.msg);
    snap_teams_free(&te);
    snap_summary_free(&sum);
    snap_agents_free(&ag);
    snap_trend_free(&tr);
    if (!batch_id)
        publish_status(w, NULL, 0); /* start-up: online, no batch yet */
    return 0;
}

/* after_load for the batch's S3 objects, now that it is committed (never
 * before: a stop in between leaves objects that the next run finds recorded
 * and removes then, see produce.c). */
static void s3_after_load(worker *w, const batch_t *b)
{
    if (!w->s3 || w->after.kind == AFTER_KEEP)
        return;
    for (size_t i = 0; i < b->nfiles && !g_stop; i++) {
        const batch_file *f = &b->files[i];
        cz_err err;
        if (f->unrecordable || !s3_is_url(f->path))
            continue;
        if (inputs_after_load(w->inputs, &w->after, w->s3, f->path,
                              strcmp(f->outcome, "quarantined") == 0, &err) < 0)
            log_warn("after_load for %s: %s (tried again on the next run)", f->path, err.msg);
    }
}

/* load_batch's return when the lease is lost: the run stops, the daemon
 * becomes a standby. */
#define LOST_LEASE (-2)

static bool lost_lease(const worker *w)
{
    return w->lease && !lease_held(w->lease);
}

typedef struct {
    worker *w;
    size_t sent, failed, bytes_max;
} calls_pub;

static void send_calls(const snap_calls *calls, void *ud)
{
    calls_pub *cp = ud;
    char *p = snap_calls_encode(calls, SNAPSHOT_CALLS_BYTES, NULL);
    char key[17], leaf[sizeof SNAP_TOPIC_CALLS + 17];
    snap_calls_key(calls->agent_name, key);
    snprintf(leaf, sizeof leaf, "%s/%s", SNAP_TOPIC_CALLS, key);
    size_t len = strlen(p);
    if (publisher_send(cp->w->pub, leaf, p)) {
        cp->sent++;
        if (len > cp->bytes_max)
            cp->bytes_max = len;
    } else {
        cp->failed++;
    }
    free(p);
}

/* Publishes the drill-down payloads of names[0..n), reading their calls
 * PG_CALLS_CHUNK agents at a time; on a failure, w->calls_unsent says the
 * next batch must send every agent's again. */
static void send_calls_of(worker *w, const char *const *names, size_t n)
{
    calls_pub cp = {w, 0, 0, 0};
    cz_err err;
    bool db_failed = false;
    if (n && pg_calls_each(w->conn, names, n, (int64_t)time(NULL), send_calls, &cp, &err) < 0) {
        log_warn("cannot read the agents' recent calls for the drill-down (sent again after the"
                 " next batch): %s", err.msg);
        db_failed = true;
    }
    if (db_failed)
        ;
    else if (cp.failed)
        log_warn("drill-down: %zu agents' recent calls not published (broker unavailable);"
                 " sent again after the next batch", cp.failed);
    else
        log_debug("drill-down: recent calls of %zu agents published, largest payload %zu bytes",
                  cp.sent, cp.bytes_max);
    w->calls_unsent = db_failed || cp.failed > 0;
}

/* While the loader is behind (the next batch already waits), payloads sent
 * now would be replaced within moments by the next batch's: reading each
 * touched agent's newest calls with their turns cost about a third of the
 * loader's time in a backlog. They are then sent once a second at most, and
 * no more often than keeps their share of the loader's time to a tenth, and
 * as soon as a batch is loaded with none waiting. */
#define CALLS_BACKLOG_INTERVAL_S 1.0

/* Publishes the drill-down payload (converza-mqtt(7), calls) of every agent
 * the batch added calls to or moved calls from (with those of batches loaded
 * in a backlog since the last send); after a batch whose payloads could not
 * be sent, of every agent the agents payload carries (b may be NULL then). */
static void publish_calls(worker *w, const batch_t *b, bool backlog)
{
    if (!w->pub)
        return;
    for (size_t i = 0; b && i < b->touched.cap; i++)
        if (b->touched.keys[i])
            strmap_put(&w->calls_due, b->touched.keys[i], 0);
    double now = cz_now_mono();
    double wait = 10 * w->calls_cost > CALLS_BACKLOG_INTERVAL_S ? 10 * w->calls_cost
                                                                : CALLS_BACKLOG_INTERVAL_S;
    if (backlog && !w->calls_unsent && now - w->calls_at < wait)
        return;
    w->calls_at = now;
    const char **names = NULL;
    size_t n = 0;
    snap_agents ag = {0};
    if (w->calls_unsent) {
        snap_summary sum;
        snap_trend tr;
        cz_err err;
        if (pg_snapshot_build(w->conn, (int64_t)time(NULL), NULL, SNAPSHOT_AGENTS_SENT, &sum,
                              &ag, &tr, &err) == 0) {
            snap_summary_free(&sum);
            snap_trend_free(&tr);
            names = xcalloc(ag.n + 1, sizeof *names);
            for (size_t i = 0; i < ag.n; i++)
                names[n++] = ag.v[i].agent_name;
        }
    } else {
        names = xcalloc(w->calls_due.n + 1, sizeof *names);
        for (size_t i = 0; i < w->calls_due.cap; i++)
            if (w->calls_due.keys[i])
                names[n++] = w->calls_due.keys[i];
    }
    send_calls_of(w, names, n);
    free(names);
    strmap_clear(&w->calls_due);
    w->calls_cost = cz_now_mono() - now;
    snap_agents_free(&ag);
}

void worker_publish_calls(worker *w, const strmap *agents)
{
    if (w->pub && !agents) { /* every sent agent's, as after an outage */
        w->calls_unsent = true;
        publish_calls(w, NULL, false);
        return;
    }
    if (!w->pub || !agents->n)
        return;
    const char **names = xcalloc(agents->n + 1, sizeof *names);
    size_t n = 0;
    for (size_t i = 0; i < agents->cap; i++)
        if (agents->keys[i])
            names[n++] = agents->keys[i];
    send_calls_of(w, names, n);
    free(names);
}

/* The snapshot after a batch (worker_publish). While the loader is behind
 * (the next batch already waits), a snapshot would be replaced within
 * moments by the next batch's, and building it (about ten queries: the
 * summary, agents, trend, teams, hours, baselines and the alert rules over
 * them) kept the loader from the next batch: it is then built once a second
 * at most, and no more often than keeps its share of the loader's time to a
 * tenth, as the drill-down is (publish_calls); the batch it waits for is
 * kept in w->snap_due. A batch loaded with none waiting publishes at once,
 * so the last batch of a run always does; a run that stops with one due
 * publishes it at its end (publish_due), or the next run at its start when
 * the connection was lost. */
static void publish_snapshot(worker *w, const char *batch_id, bool backlog)
{
    double now = cz_now_mono();
    double wait = 10 * w->snap_cost > CALLS_BACKLOG_INTERVAL_S ? 10 * w->snap_cost
                                                               : CALLS_BACKLOG_INTERVAL_S;
    if (backlog && now - w->snap_at < wait) {
        snprintf(w->snap_due, sizeof w->snap_due, "%s", batch_id);
        return;
    }
    w->snap_due[0] = '\0';
    w->snap_at = now;
    worker_publish(w, batch_id);
    w->snap_cost = cz_now_mono() - now;
}

/* The snapshot of a committed batch that still waits (publish_snapshot),
 * at the end of a run or the start of the next. */
static void publish_due(worker *w)
{
    if (!w->snap_due[0] || !w->conn || pg_is_broken(w->conn))
        return;
    char bid[sizeof w->snap_due];
    memcpy(bid, w->snap_due, sizeof bid);
    publish_snapshot(w, bid, false);
}

/* Loads the batch, retrying across database outages. Never drops the batch:
 * either it commits, or the run stops and its files stay pending. pipe: where
 * the next batch may already wait (publish_calls). Returns 0, LOST_LEASE, or
 * an exit code. */
static int load_batch(worker *w, batch_t *b, pipe_t *pipe, long long *calls, long long *files)
{
    load_stats st;
    cz_err err;
    int attempts = 0;
    b->baseline_days = w->s->baseline_days; /* the snapshot's windows follow */
    for (;;) {
        if (lost_lease(w))
            return LOST_LEASE;
        if (ensure_conn(w) < 0)
            return g_stop ? -1 : EX_UNAVAILABLE;
        if (pg_load_batch(w->conn, b, kpi_rules_version(w->rules), w->lease, &w->months, &st,
                          &err) == 0)
            break;
        if (lost_lease(w)) {
            log_warn("batch not loaded: %s", err.msg);
            return LOST_LEASE;
        }
        if (pg_is_broken(w->conn)) {
            log_warn("batch not loaded, database connection lost: %s", err.msg);
            continue; /* ensure_conn waits with backoff */
        }
        w->metrics.batches_failed++; /* recorded failed in etl_runs */
        if (++attempts >= 3) {
            log_error("batch failed three times, stopping with its files still pending: %s",
                      err.msg);
            return EX_TEMPFAIL;
        }
        log_warn("batch failed, retrying: %s", err.msg);
        sleep(1);
    }
    double secs = st.load_s + b->prepare_s;
    log_info("batch %lld: %d files, %d calls loaded, %d duplicates, %d replaced, %d quarantined"
             " (prepare %.3f s, load %.3f s: %.0f calls/s loading)",
             st.batch_id, st.files_seen, st.calls_loaded, st.duplicates, st.replaced,
             st.quarantined, b->prepare_s, st.load_s,
             st.load_s > 0 ? st.calls_loaded / st.load_s : 0.0);
    *calls += st.calls_loaded;
    *files += st.files_seen;
    count_batch(w, b, &st);
    w->last_batch = st.batch_id;
    char bid[32];
    snprintf(bid, sizeof bid, "%lld", st.batch_id);
    bool backlog = pipe_backlog(pipe);
    publish_snapshot(w, bid, backlog);
    publish_calls(w, b, backlog);
    publish_status(w, &st, secs);
    /* Test hook (documented in converza-etl(1) as test-only): die the hard
     * way after the commit and before any file is deleted or moved. */
    const char *crash = getenv("CONVERZA_TEST_CRASH_AFTER_COMMIT");
    if (crash && *crash == '1')
        raise(SIGKILL);
    afterload_batch(&w->after, b);
    s3_after_load(w, b);
    worker_write_metrics(w);
    return 0;
}

/* Retention once a day in the daemon (at start, then every 24 hours), under
 * the worker lock the caller holds. */
static void daily_prune(worker *w)
{
    if (!w->daily_prune || !prune_enabled(w->s) ||
        (w->pruned_at > 0 && cz_now_mono() - w->pruned_at < 86400))
        return;
    prune_result res;
    cz_err err;
    w->pruned_at = cz_now_mono();
    if (pg_prune(w->conn, w->s, false, &res, &err) < 0) {
        log_warn("retention: %s; trying again in a day", err.msg);
        return;
    }
    w->metrics.partitions_pruned += res.partitions;
    /* Dropped gold months may be in the retained drill-down payloads: the
     * next batch sends every sent agent's again, as after a broker outage. */
    if (res.partitions)
        w->calls_unsent = true;
    if (res.partitions || res.quarantine)
        log_info("retention: dropped %d month partition(s) (about %lld rows) and %lld"
                 " quarantine row(s)", res.partitions, res.rows, res.quarantine);
}

/* The planner's row count for bronze_calls, summed over its month
 * partitions (0 before their first ANALYZE). */
static double bronze_rows_estimate(PGconn *c)
{
    PGresult *r = pg_query(c, "SELECT coalesce(sum(greatest(c.reltuples, 0)), 0)"
                              " FROM pg_partition_tree('bronze_calls') t"
                              " JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf", 0,
                           NULL, NULL);
    double n = r && PQntuples(r) ? atof(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    return n > 0 ? n : 0;
}

/* One run over every pending file (paths NULL) or over the listed ones. */
static int run(worker *w, char *const *paths, size_t npaths)
{
    double t0 = cz_now_mono();
    cz_err err;
    /* The lock is held for one run, so a second worker (or a reprocess) waits
     * for this run to end instead of loading the same files beside it. */
    int conn = ensure_conn(w);
    int lock = conn < 0 ? -1 : pg_worker_lock(w->conn, &g_stop, &err);
    /* A connection lost while idle (server restarted, backend terminated)
     * shows only now: connect again once. */
    if (conn == 0 && lock < 0 && !g_stop && pg_is_broken(w->conn) && ensure_conn(w) == 0)
        lock = pg_worker_lock(w->conn, &g_stop, &err);
    if (lock < 0) {
        if (!g_stop && w->conn)
            log_error("%s", err.msg);
        return g_stop ? 0 : EX_UNAVAILABLE;
    }
    w->locked = true;
    daily_prune(w);
    pipe_t pipe;
    pipe_init(&pipe);
    produce_args args = {w, &pipe, paths, npaths, &w->scan_conn};
    pthread_t producer;
    long long calls = 0, files = 0;
    int rc = 0;
    if (pthread_create(&producer, NULL, produce_main, &args) != 0) {
        log_error("cannot start the producer thread");
        pipe_destroy(&pipe);
        return EX_OSERR;
    }
    /* The start-up snapshot (--once: the state before this run), built
     * while the producer reads and prepares the first batch rather than
     * before it starts. */
    if (w->publish_first) {
        w->publish_first = false;
        worker_publish(w, NULL);
    } else {
        publish_due(w); /* one an earlier run could not send (its connection lost) */
    }
    batch_t *b;
    const double rows_at_start = bronze_rows_estimate(w->conn);
    double stats_rows = rows_at_start;
    while ((b = pipe_get(&pipe))) {
        /* Its files wait to be loaded: the lag is theirs until it commits. */
        if (!rc) {
            w->metrics.oldest_pending_mtime = oldest_mtime(b);
            worker_write_metrics(w);
        }
        /* Fresh planner statistics for bronze while it grows fast (each
         * time it has quadrupled since the statistics were taken), so the
         * "= ANY(ids)" lookup keeps using the index; autovacuum handles slow
         * growth. Taken by the loader only when the batch reads bronze
         * (calls delivered again, pg_load.h): a load of new calls only looks
         * them up in call_index, and sampling bronze there cost it more
         * than a tenth of the server's time. */
        double rows = rows_at_start + (double)calls;
        b->stats_due = rows >= 4 * (stats_rows > 256 ? stats_rows : 256);
        b->stats_taken = false;
        if (!rc)
            rc = load_batch(w, b, &pipe, &calls, &files);
        if (!rc && b->stats_taken)
            stats_rows = rows;
        pipe_give_back(&pipe, b);
        if (rc)
            pipe_quit(&pipe);
    }
    pthread_join(producer, NULL);
    publish_due(w);
    /* Drill-downs still due (the run stopped in a backlog): the next batch
     * sends every agent's. */
    if (w->calls_due.n)
        w->calls_unsent = true;
    strmap_free(&w->calls_due);
    if (!rc)
        rc = pipe.producer_rc;
    pipe_destroy(&pipe);
    if (rc < 0)
        rc = 0; /* stopped by a signal or the lease lost: a clean stop */
    /* The next run lists ingested_files from its index alone only where the
     * visibility map says the rows are visible to all; autovacuum would set it
     * only after many more inserts, and until then every row listed costs a
     * heap read. VACUUM reads just the pages changed since the last one (no
     * ANALYZE: sampling 30,000 paths costs more than the rest of a small run,
     * and the listing's plan is an index range whatever the statistics).
     * After a run over a few watched files it waits until the daemon is idle. */
    if (paths)
        w->unvacuumed += files;
    else if ((files || w->unvacuumed) && !rc && !pg_is_broken(w->conn)) {
        w->unvacuumed = 0;
        if (pg_exec(w->conn, "VACUUM ingested_files", &err) < 0)
            log_warn("cannot vacuum ingested_files (the next run will be slower): %s", err.msg);
    }
    if (!pg_is_broken(w->conn))
        pg_exec(w->conn, "SELECT pg_advisory_unlock_all()", NULL);
    w->locked = false;
    strmap_free(&w->months); /* known only under the lock */
    if (!rc)
        w->metrics.oldest_pending_mtime = 0; /* everything seen is loaded */
    worker_write_metrics(w);
    double secs = cz_now_mono() - t0;
    if (files || rc)
        log_info("run finished: %lld files, %lld calls in %.2f s (%.0f calls/s)%s", files,
                 calls, secs, secs > 0 ? calls / secs : 0.0, rc ? "; stopped early" : "");
    else
        log_debug("nothing new under %s (%.3f s)", w->input_abs, secs);
    return rc;
}

int worker_load_roster(const cz_settings *s, roster *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (!s->roster || !*s->roster)
        return 0;
    if (roster_load(s->roster, out, err) < 0)
        return -1;
    log_info("roster %s: %zu agents assigned to teams", s->roster, out->n);
    return 0;
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
    /* Flags still win over the file, as at start-up. */
    for (int i = 0; i < w->nflags; i++)
        if (settings_set(&fresh, w->flag_key[i], w->flag_val[i], &err) < 0) {
            log_error("reload: --%s; keeping the old configuration", err.msg);
            settings_free(&fresh);
            return;
        }
    if (glance_check(&fresh, &err) < 0) {
        log_error("reload: %s; keeping the old configuration", err.msg);
        settings_free(&fresh);
        return;
    }
    if (fresh.log_level && log_set_level_name(fresh.log_level) < 0)
        log_warn("reload: unknown log level %s", fresh.log_level);
    /* Only the settings that are safe to change while running are taken. */
    w->s->interval = fresh.interval;
    w->s->rescan_interval = fresh.rescan_interval;
    w->s->batch_size = fresh.batch_size;
    w->s->max_file_size = fresh.max_file_size;
    w->s->redact_pii = fresh.redact_pii;
    /* Targets and the baseline only change what the next snapshot says. */
    w->s->target_conversion_rate = fresh.target_conversion_rate;
    w->s->target_avg_upsell = fresh.target_avg_upsell;
    w->s->target_calls = fresh.target_calls;
    w->s->target_negative_share = fresh.target_negative_share;
    w->s->target_margin = fresh.target_margin;
    w->s->baseline_days = fresh.baseline_days;
    w->s->min_calls = fresh.min_calls;
    char *tt = w->s->team_targets;
    w->s->team_targets = fresh.team_targets;
    fresh.team_targets = tt;
    alert_rules ar;
    if (alert_rules_parse(fresh.alert, &ar, &err) < 0) {
        log_error("reload: %s; keeping the old alert rules", err.msg);
    } else {
        alerts_set_rules(&w->alerts, &ar);
        log_info("reload: %zu alert rules", w->alerts.rules.n);
    }
    /* The roster applies to the calls loaded from now on (converza-etl(1)). */
    roster nr_roster;
    free(w->s->roster);
    w->s->roster = xstrdup(fresh.roster);
    if (worker_load_roster(w->s, &nr_roster, &err) < 0) {
        log_error("reload: %s; keeping the old roster", err.msg);
    } else {
        roster_free(&w->roster);
        w->roster = nr_roster;
    }
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

/* Waits as a standby until this worker holds the lease, then connects to
 * the broker and publishes. Returns 0, -1 when stopped, or an exit code. */
static int become_active(worker *w)
{
    cz_err err;
    for (;;) {
        if (ensure_conn(w) < 0)
            return g_stop ? -1 : EX_UNAVAILABLE;
        if (lease_acquire(w->lease, w->conn, &g_stop, &err) == 0)
            break;
        if (g_stop)
            return -1;
        if (!pg_is_broken(w->conn)) {
            log_error("cannot take the worker lease: %s", err.msg);
            return EX_UNAVAILABLE;
        }
    }
    if (w->s->mqtt && !w->pub) {
        w->pub = publisher_new(w->s, &err);
        if (!w->pub) {
            log_error("%s", err.msg);
            return EX_CONFIG;
        }
    }
    /* The worker replaced may have hung with its broker session open, whose
     * Last Will would say "offline" after this worker's "online": say it
     * again once the broker must have ended that session (1.5 keepalives). */
    w->reassert_at = cz_now_mono() + 1.5 * w->s->mqtt_keepalive + 2;
    worker_publish(w, NULL);
    return 0;
}

/* After the lease was lost: nothing more is loaded or published. */
static void become_standby(worker *w)
{
    lease_drop(w->lease);
    publisher_free_quiet(w->pub);
    w->pub = NULL;
    w->reassert_at = 0;
}

int worker_run_once(worker *w)
{
    return run(w, NULL, 0);
}

int worker_run_paths(worker *w, char *const *paths, size_t n)
{
    return run(w, paths, n);
}

/* After the first event, more are gathered this long (or until a batch is
 * full) before a run: a burst forms batches, a trickle commits at once. */
#define GATHER_S 0.1
/* Idle this long after watched runs, the file log is vacuumed (see run). */
#define VACUUM_IDLE_S 30.0

/* Waits up to timeout seconds for events (or a signal). */
static void wait_events(watch *wt, double timeout)
{
    int ms = timeout <= 0 ? 0 : timeout > 0.5 ? 500 : (int)(timeout * 1000) + 1;
    if (wt) {
        struct pollfd pfd = {watch_fd(wt), POLLIN, 0};
        poll(&pfd, 1, ms); /* a signal interrupts it */
    } else {
        usleep((useconds_t)ms * 1000);
    }
}

int worker_run_daemon(worker *w)
{
    w->daily_prune = true;
    cz_err err;
    /* inotify watches the first local input; the others and S3 inputs are
     * seen only by full scans, which then come every interval seconds. */
    const char *root = NULL;
    size_t unwatched = 0;
    for (size_t i = 0; i < w->inputs->n; i++) {
        if (w->inputs->v[i].local && !root)
            root = w->inputs->v[i].local;
        else
            unwatched++;
    }
    watch *wt = root ? watch_open(root, &err) : NULL;
    int full_every = wt && !unwatched ? w->s->rescan_interval : w->s->interval;
    if (wt)
        log_info("watching %s (%zu directories) with inotify; full scan every %d s", root,
                 watch_count(wt), full_every);
    else if (root)
        log_warn("%s: scanning %s every %d s instead of watching it", err.msg, root,
                 w->s->interval);
    if (unwatched)
        log_info("%zu input%s not watched (only the first local input is; S3 inputs never are):"
                 " %s picked up by the full scan every %d s", unwatched,
                 unwatched > 1 ? "s" : "", unwatched > 1 ? "they are" : "it is", full_every);
    watch_paths ready = {0};
    double next_full = 0, first_ready = 0, last_run = cz_now_mono();
    int rc = 0;
    while (!g_stop) {
        if (!lease_held(w->lease)) {
            become_standby(w); /* lost between runs, or not held yet */
            int arc = become_active(w);
            if (arc) {
                rc = arc < 0 ? 0 : arc;
                break;
            }
            /* what arrived while standing by is in the full scan */
            watch_paths_clear(&ready);
            first_ready = 0;
            next_full = 0;
        }
        if (g_reload) {
            g_reload = 0;
            reload(w);
        }
        if (w->reassert_at > 0 && cz_now_mono() >= w->reassert_at) {
            publisher_repeat(w->pub, SNAP_TOPIC_STATUS);
            w->reassert_at = 0;
        }
        double now = cz_now_mono();
        bool ran = false;
        if (now >= next_full) {
            /* The files the watch reported are in the full scan too. */
            watch_paths_clear(&ready);
            first_ready = 0;
            rc = worker_run_once(w);
            ran = true;
            next_full = cz_now_mono() + full_every;
        } else if (ready.n &&
                   (ready.n >= (size_t)w->s->batch_size || now - first_ready >= GATHER_S)) {
            rc = worker_run_paths(w, ready.v, ready.n);
            watch_paths_clear(&ready);
            first_ready = 0;
            ran = true;
        }
        if (ran) {
            if (lost_lease(w)) {
                become_standby(w);
                rc = 0;
                continue;
            }
            if (rc && !g_stop)
                break;
            last_run = cz_now_mono();
            continue;
        }
        if (w->unvacuumed && now - last_run >= VACUUM_IDLE_S && !pg_is_broken(w->conn)) {
            if (pg_exec(w->conn, "VACUUM ingested_files", &err) < 0)
                log_warn("cannot vacuum ingested_files (the next full scan will be slower): %s",
                         err.msg);
            w->unvacuumed = 0;
        }
        double timeout = next_full - now;
        if (ready.n && first_ready + GATHER_S - now < timeout)
            timeout = first_ready + GATHER_S - now;
        if (wt) {
            double settle = watch_settle(wt, &ready, now);
            if (settle >= 0 && settle < timeout)
                timeout = settle;
            if (ready.n && !first_ready) {
                first_ready = now; /* settled files: gathered from now */
                continue;
            }
        }
        wait_events(wt, timeout); /* at most 0.5 s: the lease is checked between */
        /* At least once a minute while idle, so a collector sees it is alive. */
        if (cz_now_mono() - w->metrics_at >= 60)
            worker_write_metrics(w);
        if (lost_lease(w)) {
            become_standby(w);
            continue;
        }
        if (!wt)
            continue;
        watch_status ws = watch_read(wt, &ready, &err);
        if (ws == WATCH_RESCAN) {
            log_warn("inotify events were lost (queue overflow): scanning %s in full", root);
            next_full = 0;
        } else if (ws == WATCH_FAILED) {
            log_warn("%s: scanning %s every %d s instead of watching it", err.msg, root,
                     w->s->interval);
            watch_close(wt);
            wt = NULL;
            full_every = w->s->interval;
            next_full = 0;
        }
        if (ready.n && !first_ready)
            first_ready = cz_now_mono();
    }
    watch_paths_free(&ready);
    watch_close(wt);
    if (rc && !g_stop)
        return rc;
    /* "offline" first, then the lease: a standby taking over at once then
     * says "online" after it. */
    publisher_free(w->pub);
    w->pub = NULL;
    lease_release(w->lease, w->conn);
    log_info("stopping on signal");
    return 0;
}
