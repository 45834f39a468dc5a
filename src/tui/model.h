/* model.h - what the dashboard knows: the latest valid snapshot of each topic,
 * when it arrived, the last rejected payload's reason, and the broker
 * connection state. Bad payloads never replace good data. How old the data
 * is comes from this machine's monotonic clock (when a changed payload last
 * arrived), never from the sender's clock, which may be wrong either way. */
#ifndef CZ_TUI_MODEL_H
#define CZ_TUI_MODEL_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "feed.h"
#include "snapshot.h"

typedef struct {
    snap_summary summary;
    snap_agents agents;
    snap_trend trend;
    snap_status status;
    snap_alerts alerts;        /* active alerts, newest first */
    int alerts_new;            /* alerts the last alerts payload added */
    snap_teams teams;
    snap_hours hours;
    bool has[FEED__TOPICS];
    uint64_t hash[FEED__TOPICS]; /* of the last payload applied, to tell a change
                                    from the same retained message again */
    double seen_mono;          /* monotonic time a changed payload last arrived, 0 none */
    unsigned agents_gen;       /* bumps whenever agents change */
    char problem[256];         /* last rejected payload: "agents: field ..." */
    time_t problem_at;         /* 0 when there is none */
    int problem_topic;         /* cleared by the next valid payload of it */
    feed_conn conn;
    char conn_msg[160];
    time_t conn_since;         /* wall time of the last connection change */
} model;

void model_init(model *m);
void model_free(model *m);

/* Decodes a payload of topic t. On success replaces that topic's data and
 * returns 1. An empty payload (a cleared retained message) is ignored and
 * returns 0. A malformed one is recorded in m->problem and returns 0; the
 * next valid payload of the same topic clears that record. */
int model_apply(model *m, feed_topic t, const char *buf, size_t len, time_t now, double mono);

/* Records that a payload of len bytes on topic t was dropped unread for
 * being larger than SNAPSHOT_MAX_PAYLOAD (the footer says so). */
void model_too_large(model *m, feed_topic t, size_t len, time_t now);

/* Seconds since a changed payload of any topic arrived (the same retained
 * message again after a reconnect is no change), measured on this machine's
 * monotonic clock mono; -1 before the first. */
double model_seen_age(const model *m, double mono);

/* Records a connection change. */
void model_set_conn(model *m, feed_conn c, const char *msg, time_t now);

/* The newest generated_at over all topics received, 0 when none: the
 * sender's clock, shown for information only. */
int64_t model_last_update(const model *m);

/* The worker is known to be online (status topic says so). */
bool model_worker_online(const model *m);

/* Topic name for messages: "summary", ... */
const char *model_topic_name(feed_topic t);

#endif
