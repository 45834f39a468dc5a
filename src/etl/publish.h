/* publish.h - the worker's MQTT side: retained QoS 1 snapshots, an online /
 * offline status with a Last Will, and republishing after a reconnect. */
#ifndef CZ_PUBLISH_H
#define CZ_PUBLISH_H

#include <stdbool.h>
#include "settings.h"
#include "util.h"

typedef struct publisher publisher;

/* Starts a background connection to the broker (it retries with backoff on
 * its own; a broker that is down is not an error here). Returns NULL with err
 * only for unusable settings (bad TLS files...). Free with publisher_free. */
publisher *publisher_new(const cz_settings *s, cz_err *err);

/* A publisher for a one-off command beside the worker (role "reprocess"):
 * the same connection, but no Last Will and no status (the worker's status
 * stays the worker's), and a client id of its own even when mqtt_client_id
 * is set (that id with "-ROLE"). Free with publisher_close. */
publisher *publisher_new_tool(const cz_settings *s, const char *role, cz_err *err);

/* Waits up to secs for the broker to be connected and to have acknowledged
 * everything put and sent so far; gives up at once when it refused the
 * connection or the last attempt to reach it failed. Returns whether it
 * has. Bounds what a run of many publisher_send calls queues in memory. */
bool publisher_flush(publisher *p, int secs);

/* A tool's end: waits a few seconds for delivery (a failed wait is logged),
 * disconnects cleanly without a status, and frees. NULL is fine. */
void publisher_close(publisher *p);

/* Publishes payload (retained, QoS 1) to prefix/leaf, and keeps it as the
 * latest state to publish again after a reconnect. Never blocks on the
 * network. */
void publisher_put(publisher *p, const char *leaf, const char *payload);

/* Publishes payload once (QoS 1, not retained) to prefix/leaf: an event.
 * While the broker is not connected events wait (the latest 256) and go
 * out, in order, on connect. */
void publisher_event(publisher *p, const char *leaf, const char *payload);

/* Publishes payload (retained, QoS 1) to prefix/leaf once, without keeping
 * it: for the many drill-down topics, which the broker retains. Returns false
 * when not connected (nothing sent; the caller publishes it again later). */
bool publisher_send(publisher *p, const char *leaf, const char *payload);

/* Connections to the broker after the first (0 for NULL). Thread-safe. */
long long publisher_reconnects(publisher *p);

/* True while connected to the broker. */
bool publisher_connected(publisher *p);

/* Waits a few seconds at most for the broker to take the latest payloads
 * (a short --once run may end before the connection is up; a refusal ends the
 * wait at once, and a failed wait is logged), publishes status offline,
 * disconnects cleanly and frees. NULL is fine. */
void publisher_free(publisher *p);

/* Sends the latest payload put for leaf again, if connected. A worker that
 * took over repeats its status once the old holder's broker session must
 * have ended, since that session's Last Will ("offline") may come after. */
void publisher_repeat(publisher *p, const char *leaf);

/* Disconnects cleanly (so the broker drops the Last Will) without
 * publishing offline, and frees: a worker that lost the lease to another
 * must not say the worker is offline. NULL is fine. */
void publisher_free_quiet(publisher *p);

#endif
