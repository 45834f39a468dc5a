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

/* Publishes payload (retained, QoS 1) to prefix/leaf, and keeps it as the
 * latest state to publish again after a reconnect. Never blocks on the
 * network. */
void publisher_put(publisher *p, const char *leaf, const char *payload);

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
