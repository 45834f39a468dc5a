/* mqtt_link.h - the network thread that keeps a libmosquitto client
 * connected, the same way in the worker and the dashboard. */
#ifndef CZ_MQTT_LINK_H
#define CZ_MQTT_LINK_H

#include <mosquitto.h>
#include "util.h"

/* A network thread that keeps m connected: it connects (retrying with backoff
 * from 1 s doubling to 60 s, also when the broker is down at start-up, which
 * libmosquitto's own loop thread does not retry), then runs the client loop,
 * and reconnects whenever the connection drops. Callbacks run on this thread. */
typedef struct mqtt_link mqtt_link;

/* Starts the thread. Returns NULL with err if it cannot. The strings are
 * copied. */
mqtt_link *mqtt_link_start(struct mosquitto *m, const char *host, int port, int keepalive,
                           cz_err *err);

/* Disconnects and joins the thread. NULL is fine. Does not destroy m. */
void mqtt_link_stop(mqtt_link *l);

#endif
