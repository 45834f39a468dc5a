/* worker.h - the ETL loop: scan the input, load pending files batch by batch,
 * publish after each commit; once or as a daemon. */
#ifndef CZ_WORKER_H
#define CZ_WORKER_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include "afterload.h"
#include "input.h"
#include "kpi.h"
#include "lease.h"
#include "publish.h"
#include "settings.h"

/* Signal flags: the only process-wide mutable state. */
extern volatile sig_atomic_t g_stop;    /* SIGTERM/SIGINT: finish the batch, exit */
extern volatile sig_atomic_t g_reload;  /* SIGHUP: reload configuration and rules */

typedef struct {
    cz_settings *s;
    const char *config_path;   /* for reloads; NULL = default */
    const char *const *flag_key, *const *flag_val; /* command-line settings, */
    int nflags;                /* applied again over the file on a reload */
    kpi_rules *rules;          /* owned */
    PGconn *conn;              /* owned */
    publisher *pub;            /* owned, may be NULL when MQTT is off */
    char *input_abs;           /* the first input (realpath, or its s3:// URL) */
    etl_inputs *inputs;        /* every input, local and S3 (input.h) */
    s3_client *s3;             /* the loader thread's, for after_load; NULL without S3 */
    after_load after;          /* what becomes of a file once its batch committed:
                                  local files here, S3 objects via inputs_after_load */
    PGconn *scan_conn;         /* the producer's connection, kept between runs (owned) */
    long long unvacuumed;      /* files recorded by watched runs since the last VACUUM */
    long long last_batch;
    int give_up_after;         /* seconds without a database before exiting, 0 = never */
    bool locked;               /* holds the worker lock (during a run) */
    bool told_selection;       /* logged once that not every agent is sent */
    lease *lease;              /* owned; daemons only (NULL with --once) */
    char ident[300];           /* host:pid, in the status payload */
    double reassert_at;        /* monotonic time to repeat the status after a
                                  takeover (0: none due) */
} worker;

/* Processes every pending file once. Returns 0, or an exit code (sysexits)
 * when it cannot go on. */
int worker_run_once(worker *w);

/* Processes only the given files (arrived since the last run), as
 * worker_run_once does with every pending file. */
int worker_run_paths(worker *w, char *const *paths, size_t n);

/* Runs until g_stop, as the active worker while it holds the lease (lease.h)
 * and as a standby otherwise: a standby neither loads nor connects to the
 * broker. Active, it scans in full at start and every rescan_interval
 * seconds, and between them loads the files the inotify watch reports
 * (watch.h) within a second of their arrival; without a usable watch
 * (inotify unavailable, its limit reached) it scans every interval seconds.
 * w->pub is created (and freed quietly when the lease is lost) here.
 * Returns an exit code. */
int worker_run_daemon(worker *w);

/* Publishes the current snapshot (from the aggregates) and status. */
int worker_publish(worker *w, const char *batch_id);

#endif
