/* mqtt_setup.h - applying the shared broker options (credentials, TLS, client
 * id, reconnect backoff) to a libmosquitto handle, the same way in the worker
 * and the dashboard. */
#ifndef CZ_MQTT_SETUP_H
#define CZ_MQTT_SETUP_H

#include <mosquitto.h>
#include "settings.h"
#include "util.h"

/* Makes the client id: s->mqtt_client_id if set, else "converza-ROLE-HOST-PID".
 * Caller frees. */
char *mqtt_client_id(const cz_settings *s, const char *role);

/* Applies username/password (password file preferred), TLS files and the
 * reconnect backoff (1 s doubling to 60 s) to m. Returns -1 with err. */
int mqtt_configure(struct mosquitto *m, const cz_settings *s, cz_err *err);



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
