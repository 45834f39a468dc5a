/* mqtt_setup.h - applying the shared broker options (credentials, TLS, client
 * id) to a libmosquitto handle, the same way in the worker and the dashboard;
 * mqtt_link.h keeps it connected. */
#ifndef CZ_MQTT_SETUP_H
#define CZ_MQTT_SETUP_H

#include <mosquitto.h>
#include "settings.h"
#include "util.h"

/* Makes the client id: s->mqtt_client_id if set, else "converza-ROLE-HOST-PID".
 * Caller frees. */
char *mqtt_client_id(const cz_settings *s, const char *role);

/* Applies username/password (password file preferred) and TLS files to m.
 * Returns -1 with err. */
int mqtt_configure(struct mosquitto *m, const cz_settings *s, cz_err *err);

#endif
