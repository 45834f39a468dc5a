/* worker.h - the ETL loop: scan the input, load pending files batch by batch,
 * publish after each commit; once or as a daemon. */
#ifndef CZ_WORKER_H
#define CZ_WORKER_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include "afterload.h"
#include "alerts.h"
#include "input.h"
#include "kpi.h"
#include "lease.h"
#include "metrics.h"
#include "publish.h"
#include "roster.h"
#include "settings.h"
#include "strmap.h"

/* Signal flags: the only process-wide mutable state. */
extern volatile sig_atomic_t g_stop;    /* SIGTERM/SIGINT: finish the batch, exit */
extern volatile sig_atomic_t g_reload;  /* SIGHUP: reload configuration and rules */

typedef struct {
    cz_settings *s;
    const char *config_path;   /* for reloads; NULL = default */
    const char *const *flag_key, *const *flag_val; /* command-line settings, */
    int nflags;                /* applied again over the file on a reload */
    kpi_rules *rules;          /* owned */
    roster roster;             /* agent -> team (setting roster), empty without */
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
    alerts_state alerts;       /* alert rules and the active alerts */
    bool calls_unsent;         /* drill-down payloads were not sent (broker away):
                                  the next batch sends every agent's again */
    strmap calls_due;          /* agents whose drill-down payloads wait: touched by
                                  batches loaded while the next one waited */
    double calls_at;           /* monotonic time they were last sent, 0 = never */
    double calls_cost;         /* seconds that sending took */
    char snap_due[32];         /* the batch whose snapshot waits (published
                                  while the next batch waited), "" = none */
    double snap_at;            /* monotonic time of the last batch's snapshot */
    double snap_cost;          /* seconds that building and sending it took */
    bool publish_first;        /* --once: the start-up snapshot waits for the
                                  run, which sends it while the producer
                                  prepares the first batch */
    strmap months;             /* month partitions known to exist while the
                                  worker lock is held (pg_load_batch) */
    etl_metrics metrics;       /* since start; written to s->metrics_file */
    double metrics_at;         /* monotonic time of its last write, 0 = never */
    bool daily_prune;          /* daemon: apply retention once a day */
    double pruned_at;          /* monotonic time of the last prune, 0 = never */
} worker;

/* The role this worker plays now, the one place that decides it (a standby
 * worker would say ROLE_STANDBY while it waits): ROLE_ACTIVE. */
worker_role_t worker_role(const worker *w);

/* Writes the metrics file (when metrics_file is set) with the current
 * totals; failures are logged, never fatal. */
void worker_write_metrics(worker *w);

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

/* Loads the roster file the settings name (none: an empty roster) into
 * *out. -1 with err (logged by the caller). */
int worker_load_roster(const cz_settings *s, roster *out, cz_err *err);

/* Publishes the current snapshot (from the aggregates) and status, and
 * evaluates the alert rules over it (also without MQTT: they log). */
int worker_publish(worker *w, const char *batch_id);

/* Publishes the drill-down payloads (converza-mqtt(7), calls) of the agents
 * named by the keys of agents (NULL: of every agent the agents payload
 * carries), as after a batch: for paths that rewrite gold in bulk
 * (republish.h). Nothing without w->pub; a failure is logged and sets
 * w->calls_unsent. */
void worker_publish_calls(worker *w, const strmap *agents);

#endif
