/* mqtt_link.c - the network thread both programs use to stay connected to the
 * broker. libmosquitto's loop thread reconnects after a drop but gives up when
 * the very first connection fails, and a broker that is down when a worker or
 * wallboard starts must not need a restart later. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#include "log.h"
#include "mqtt_link.h"

struct mqtt_link {
    struct mosquitto *m;
    char *host;
    int port, keepalive;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    bool stopping;            /* guarded by lock */
};

static bool stopping(mqtt_link *l)
{
    pthread_mutex_lock(&l->lock);
    bool s = l->stopping;
    pthread_mutex_unlock(&l->lock);
    return s;
}

/* Sleeps up to secs, returning early when asked to stop. */
static void nap(mqtt_link *l, unsigned secs)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += secs;
    pthread_mutex_lock(&l->lock);
    while (!l->stopping && pthread_cond_timedwait(&l->wake, &l->lock, &until) == 0)
        ;
    pthread_mutex_unlock(&l->lock);
}

static void *run(void *arg)
{
    mqtt_link *l = arg;
    unsigned delay = 1;
    bool first = true, said = false;
    while (!stopping(l)) {
        int rc = first ? mosquitto_connect(l->m, l->host, l->port, l->keepalive)
                       : mosquitto_reconnect(l->m);
        if (rc == MOSQ_ERR_SUCCESS) {
            first = false;
            delay = 1;
            /* Returns on a clean disconnect (stopping) or a fatal error; it
             * handles ordinary drops itself. */
            rc = mosquitto_loop_forever(l->m, 1000, 1);
            if (stopping(l))
                break;
            /* A fatal error (a TLS handshake refused, say) ends the loop:
             * say why once, then retry with backoff like any outage. */
            if (rc != MOSQ_ERR_SUCCESS && !said) {
                log_warn("MQTT broker %s:%d unavailable (%s); retrying with backoff", l->host,
                         l->port, rc == MOSQ_ERR_ERRNO ? "connection lost" : mosquitto_strerror(rc));
                said = true;
            }
        } else if (!said) {
            log_warn("MQTT broker %s:%d unavailable (%s); retrying with backoff", l->host,
                     l->port, mosquitto_strerror(rc));
            said = true;
        }
        nap(l, delay);
        delay = delay >= 32 ? 60 : delay * 2;
    }
    return NULL;
}

mqtt_link *mqtt_link_start(struct mosquitto *m, const char *host, int port, int keepalive,
                           cz_err *err)
{
    mqtt_link *l = xcalloc(1, sizeof *l);
    l->m = m;
    l->host = xstrdup(host);
    l->port = port;
    l->keepalive = keepalive;
    pthread_mutex_init(&l->lock, NULL);
    pthread_cond_init(&l->wake, NULL);
    if (pthread_create(&l->thread, NULL, run, l) != 0) {
        cz_err_set(err, "cannot start the MQTT network thread");
        pthread_mutex_destroy(&l->lock);
        pthread_cond_destroy(&l->wake);
        free(l->host);
        free(l);
        return NULL;
    }
    return l;
}

void mqtt_link_stop(mqtt_link *l)
{
    if (!l)
        return;
    pthread_mutex_lock(&l->lock);
    l->stopping = true;
    pthread_cond_broadcast(&l->wake);
    pthread_mutex_unlock(&l->lock);
    mosquitto_disconnect(l->m);
    pthread_join(l->thread, NULL);
    pthread_cond_destroy(&l->wake);
    pthread_mutex_destroy(&l->lock);
    free(l->host);
    free(l);
}
