/* worker.h - the ETL loop: scan the input, load pending files batch by batch,
 * publish after each commit; once or as a daemon. */
#ifndef CZ_WORKER_H
#define CZ_WORKER_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include "input.h"
#include "kpi.h"
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
    etl_inputs *inputs;        /* every input, local and S3 (input.h) */
    s3_client *s3;             /* the loader thread's, for after_load; NULL without S3 */
    long long last_batch;
    int give_up_after;         /* seconds without a database before exiting, 0 = never */
    bool locked;               /* holds the worker lock (during a run) */
    bool told_selection;       /* logged once that not every agent is sent */
} worker;

/* Processes every pending file once. Returns 0, or an exit code (sysexits)
 * when it cannot go on. */
int worker_run_once(worker *w);

/* Runs until g_stop, scanning every interval seconds. Returns an exit code. */
int worker_run_daemon(worker *w);

/* Publishes the current snapshot (from the aggregates) and status. */
int worker_publish(worker *w, const char *batch_id);

#endif
