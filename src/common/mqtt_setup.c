/* mqtt_setup.c - the broker options both programs share, applied to a
 * libmosquitto handle in one place so the worker and the dashboard agree
 * (reconnecting, with its backoff, is mqtt_link's). */
#include "mqtt_setup.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *mqtt_client_id(const cz_settings *s, const char *role)
{
    if (s->mqtt_client_id && *s->mqtt_client_id)
        return xstrdup(s->mqtt_client_id);
    char host[64] = "host";
    gethostname(host, sizeof host - 1);
    host[sizeof host - 1] = '\0';
    strbuf b = SB_INIT;
    /* MQTT 3.1.1 brokers may refuse ids over 23 bytes; Mosquitto accepts more. */
    sb_printf(&b, "converza-%s-%s-%ld", role, host, (long)getpid());
    return sb_steal(&b);
}

int mqtt_configure(struct mosquitto *m, const cz_settings *s, cz_err *err)
{
    int rc;
    if (s->mqtt_username && *s->mqtt_username) {
        char *pw = NULL;
        if (s->mqtt_password_file && *s->mqtt_password_file) {
            pw = settings_read_secret(s->mqtt_password_file, err);
            if (!pw)
                return -1;
        } else if (s->mqtt_password && *s->mqtt_password) {
            pw = xstrdup(s->mqtt_password);
        }
        rc = mosquitto_username_pw_set(m, s->mqtt_username, pw);
        if (pw) {
            memset(pw, 0, strlen(pw));
            free(pw);
        }
        if (rc != MOSQ_ERR_SUCCESS) {
            cz_err_set(err, "MQTT username/password: %s", mosquitto_strerror(rc));
            return -1;
        }
    }
    if (s->mqtt_cafile && *s->mqtt_cafile) {
        const char *cert = s->mqtt_cert && *s->mqtt_cert ? s->mqtt_cert : NULL;
        const char *key = s->mqtt_key && *s->mqtt_key ? s->mqtt_key : NULL;
        rc = mosquitto_tls_set(m, s->mqtt_cafile, NULL, cert, key, NULL);
        if (rc != MOSQ_ERR_SUCCESS) {
            cz_err_set(err, "MQTT TLS (cafile %s): %s", s->mqtt_cafile, mosquitto_strerror(rc));
            return -1;
        }
    }
    return 0;
}
