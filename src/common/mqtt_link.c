/* mqtt_link.c - the network thread both programs use to stay connected to the
 * broker. libmosquitto's loop thread reconnects after a drop but gives up when
 * the very first connection fails, and a broker that is down when a worker or
 * wallboard starts must not need a restart later; its reconnect waits also
 * cannot be cut short, and a dashboard must quit at once. So this thread runs
 * the client loop itself and does all the waiting, on a condition variable. */
#include "mqtt_link.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#define STOP_WAIT_S 2 /* how long mqtt_link_stop lets the thread finish */

struct mqtt_link {
    struct mosquitto *m;
    char *host;
    int port, keepalive;
    mqtt_link_fail_fn on_fail;
    void *ctx;
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

/* One attempt to connect: the only place the thread may be cancelled
 * (mqtt_link_stop), because a connect to a host that does not answer can
 * block for minutes, and no lock or callback is ever held there. */
static int attempt(mqtt_link *l, bool first)
{
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
    int rc = first ? mosquitto_connect(l->m, l->host, l->port, l->keepalive)
                   : mosquitto_reconnect(l->m);
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
    return rc;
}

/* A connection that ended this way is an ordinary drop (on_disconnect tells
 * of it) or the broker's refusal (on_connect does), not a failure to report. */
static bool ordinary_end(int rc)
{
    return rc == MOSQ_ERR_CONN_LOST || rc == MOSQ_ERR_NO_CONN || rc == MOSQ_ERR_ERRNO ||
           rc == MOSQ_ERR_KEEPALIVE || rc == MOSQ_ERR_CONN_REFUSED;
}

static void *run(void *arg)
{
    mqtt_link *l = arg;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
    unsigned delay = 1;
    bool first = true;
    while (!stopping(l)) {
        int rc = attempt(l, first);
        if (rc == MOSQ_ERR_SUCCESS) {
            first = false;
            delay = 1;
            if (stopping(l)) /* asked to stop while connecting */
                mosquitto_disconnect(l->m);
            /* Until the connection ends: a drop, an error, or the DISCONNECT
             * mqtt_link_stop asked for, which this loop still sends. */
            do
                rc = mosquitto_loop(l->m, 1000, 1);
            while (rc == MOSQ_ERR_SUCCESS);
            if (stopping(l))
                break;
            if (!ordinary_end(rc) && l->on_fail)
                l->on_fail(l->ctx, mosquitto_strerror(rc));
        } else if (l->on_fail) {
            l->on_fail(l->ctx, mosquitto_strerror(rc));
        }
        nap(l, delay);
        delay = delay >= 32 ? 60 : delay * 2;
    }
    return NULL;
}

mqtt_link *mqtt_link_start(struct mosquitto *m, const char *host, int port, int keepalive,
                           mqtt_link_fail_fn on_fail, void *ctx, cz_err *err)
{
    mqtt_link *l = xcalloc(1, sizeof *l);
    l->m = m;
    l->host = xstrdup(host);
    l->port = port;
    l->keepalive = keepalive;
    l->on_fail = on_fail;
    l->ctx = ctx;
    pthread_mutex_init(&l->lock, NULL);
    pthread_cond_init(&l->wake, NULL);
    /* Other threads publish and disconnect while this one runs the loop:
     * told so, libmosquitto queues their packets for the loop to write
     * instead of writing (TLS included) from the caller's thread at the same
     * time as the loop reads. */
    mosquitto_threaded_set(m, true);
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
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += STOP_WAIT_S;
    if (pthread_timedjoin_np(l->thread, NULL, &until) != 0) {
        pthread_cancel(l->thread);
        pthread_join(l->thread, NULL);
    }
    pthread_cond_destroy(&l->wake);
    pthread_mutex_destroy(&l->lock);
    free(l->host);
    free(l);
}
