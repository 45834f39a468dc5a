/* mqtt_link.h - the network thread that keeps a libmosquitto client connected,
 * the one way both the worker and the dashboard connect and reconnect to the
 * broker. */
#ifndef CZ_MQTT_LINK_H
#define CZ_MQTT_LINK_H

#include <mosquitto.h>
#include "util.h"

/* A network thread that keeps m connected: it connects, runs the client loop,
 * and after a failed attempt or a dropped connection waits (1 s doubling to
 * 60 s) and connects again. The first connection is retried like any other,
 * also when the broker is down at start-up, which libmosquitto's own loop
 * thread does not retry. m's callbacks (on_connect, on_disconnect...) run on
 * this thread. */
typedef struct mqtt_link mqtt_link;

/* Told, on the link's thread, that an attempt to connect failed or that a
 * connection ended with an error that is not an ordinary drop (a refused TLS
 * handshake, say); why is libmosquitto's reason ("Connection refused").
 * Called again at every failed attempt; retries go on regardless. */
typedef void (*mqtt_link_fail_fn)(void *ctx, const char *why);

/* Starts the thread, after marking m as used from several threads
 * (mosquitto_threaded_set), so that other threads may publish and disconnect
 * while the loop runs. on_fail may be NULL. Returns NULL with err if the
 * thread cannot start. host is copied. */
mqtt_link *mqtt_link_start(struct mosquitto *m, const char *host, int port, int keepalive,
                           mqtt_link_fail_fn on_fail, void *ctx, cz_err *err);

/* Disconnects cleanly (a connected client's DISCONNECT is sent, so the broker
 * drops its Last Will) and joins the thread, within about two seconds even
 * while an attempt to connect hangs (the thread is then cancelled). NULL is
 * fine. Does not destroy m. */
void mqtt_link_stop(mqtt_link *l);

#endif
