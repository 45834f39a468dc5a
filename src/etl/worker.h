/* worker.h - the ETL loop: scan the input, load pending files batch by batch,
 * publish after each commit; once or as a daemon. */
#ifndef CZ_WORKER_H
#define CZ_WORKER_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include "kpi.h"
#include "metrics.h"
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
    char *input_abs;           /* realpath of the input directory */
    long long last_batch;
    int give_up_after;         /* seconds without a database before exiting, 0 = never */
    bool locked;               /* holds the worker lock (during a run) */
    bool told_selection;       /* logged once that not every agent is sent */
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

/* Runs until g_stop, scanning every interval seconds. Returns an exit code. */
int worker_run_daemon(worker *w);

/* Publishes the current snapshot (from the aggregates) and status. */
int worker_publish(worker *w, const char *batch_id);

#endif
