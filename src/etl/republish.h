/* republish.h - publishing from one-off commands that rewrite gold in bulk
 * (reprocess, prune) beside a running worker: the drill-down payloads of the
 * agents they changed, and the snapshot, over a publisher of their own
 * (publisher_new_tool: no Last Will, no status, never the alerts - those stay
 * the running worker's). Single-threaded, like the commands. */
#ifndef CZ_REPUBLISH_H
#define CZ_REPUBLISH_H

#include <libpq-fe.h>
#include <stdbool.h>

#include "kpi.h"
#include "settings.h"
#include "strmap.h"
#include "worker.h"

/* Seconds to wait for the broker before each step's payloads: it takes one
 * step's before the next is queued, which bounds memory. */
#define REPUBLISH_WAIT_S 5

typedef struct {
    worker w;          /* the worker's publishing paths over w.pub */
    const char *cmd;   /* "reprocess", "prune": for messages and the client id */
    bool away;         /* the broker was not reachable: the rest goes without */
} republisher;

/* Connects when s->mqtt (else every call below does nothing). c and rules
 * (may be NULL when republish_snapshot is not used) stay the caller's. A
 * publisher that cannot be made is logged. */
void republish_open(republisher *r, const char *cmd, PGconn *c, const cz_settings *s,
                    kpi_rules *rules);

/* The drill-down payloads (converza-mqtt(7), calls) of the agents named by
 * agents' keys; NULL: of every agent the agents payload carries (at most
 * SNAPSHOT_AGENTS_SENT). The first time the broker cannot be reached it
 * says so (what); later calls then do nothing. */
void republish_calls(republisher *r, const strmap *agents, const char *what);

/* The summary, agents, trend, teams and hours payloads; batch_id names the
 * last batch in the summary. */
void republish_snapshot(republisher *r, const char *batch_id);

/* Waits a few seconds for delivery, disconnects, frees. */
void republish_close(republisher *r);

#endif
