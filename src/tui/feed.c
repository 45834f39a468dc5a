/* feed.c - MQTT subscriber for the dashboard (see feed.h). Callbacks run on
 * the network thread (mqtt_link) and touch only the mutex-protected slots and
 * the wakeup pipe; everything else belongs to the main thread. */
#include "feed.h"

#include <errno.h>
#include <fcntl.h>
#include <mosquitto.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mqtt_link.h"
#include "mqtt_setup.h"
#include "snapshot.h"
#include "snapshot_calls.h"

#define MAX_MESSAGE SNAPSHOT_MAX_PAYLOAD /* larger payloads are dropped unread, and said so */

struct feed {
    struct mosquitto *m;
    mqtt_link *link;
    char *host;
    int port, keepalive;
    char *where;
    char *topics[FEED__TOPICS];
    char *prefix;
    int pipe_r, pipe_w;
    bool lib_ready;

    pthread_mutex_t mu; /* guards the fields below */
    char *slot[FEED__TOPICS];
    size_t slot_len[FEED__TOPICS];
    size_t slot_too_large[FEED__TOPICS];
    feed_conn conn;
    bool conn_changed;
    char conn_msg[160];
    char *watch;             /* the drill-down topic watched, NULL none */
    bool calls_new;
    char *calls;
    size_t calls_len;
};

static const char *const LEAVES[FEED__TOPICS] = {SNAP_TOPIC_SUMMARY, SNAP_TOPIC_AGENTS,
                                                 SNAP_TOPIC_TREND, SNAP_TOPIC_STATUS,
                                                 SNAP_TOPIC_ALERTS,
                                                 SNAP_TOPIC_TEAMS, SNAP_TOPIC_HOURS};

static void wake(feed *f)
{
    ssize_t w = write(f->pipe_w, "x", 1); /* full pipe: a wakeup is pending anyway */
    (void)w;
}

/* Sets the connection state; called with f->mu held. */
static void set_conn(feed *f, feed_conn c, const char *msg)
{
    if (f->conn != c || strcmp(f->conn_msg, msg) != 0)
        f->conn_changed = true;
    f->conn = c;
    snprintf(f->conn_msg, sizeof f->conn_msg, "%s", msg);
}

static void on_connect(struct mosquitto *m, void *obj, int rc)
{
    feed *f = obj;
    char msg[160] = "";
    feed_conn c = FEED_UP;
    if (rc != 0) {
        snprintf(msg, sizeof msg, "broker refused the connection: %s", mosquitto_connack_string(rc));
        c = FEED_DOWN;
    } else {
        /* Subscribing here means every reconnect subscribes again. */
        for (int i = 0; i < FEED__TOPICS; i++) {
            int src = mosquitto_subscribe(m, NULL, f->topics[i], 1);
            if (src != MOSQ_ERR_SUCCESS) {
                snprintf(msg, sizeof msg, "cannot subscribe to %s: %s", f->topics[i],
                         mosquitto_strerror(src));
                c = FEED_DOWN;
                break;
            }
        }
        pthread_mutex_lock(&f->mu);
        if (c == FEED_UP && f->watch)
            mosquitto_subscribe(m, NULL, f->watch, 1);
        pthread_mutex_unlock(&f->mu);
    }
    pthread_mutex_lock(&f->mu);
    set_conn(f, c, msg);
    pthread_mutex_unlock(&f->mu);
    wake(f);
}

static void on_disconnect(struct mosquitto *m, void *obj, int rc)
{
    (void)m;
    feed *f = obj;
    if (rc == 0)
        return; /* our own disconnect at exit */
    char msg[160];
    const char *why = mosquitto_strerror(rc);
    pthread_mutex_lock(&f->mu);
    if (f->conn == FEED_UP)
        snprintf(msg, sizeof msg, "connection lost: %s", why);
    else if (f->conn_msg[0] == '\0')
        snprintf(msg, sizeof msg, "cannot connect: %s", why);
    else
        snprintf(msg, sizeof msg, "%s", f->conn_msg); /* keep the first reason, e.g. refused */
    set_conn(f, FEED_DOWN, msg);
    pthread_mutex_unlock(&f->mu);
    wake(f);
}

/* mqtt_link's report of a failed attempt to connect; it retries. */
static void on_link_fail(void *obj, const char *why)
{
    feed *f = obj;
    char msg[160];
    snprintf(msg, sizeof msg, "cannot connect: %s", why);
    pthread_mutex_lock(&f->mu);
    set_conn(f, FEED_DOWN, msg);
    pthread_mutex_unlock(&f->mu);
    wake(f);
}

static void on_message(struct mosquitto *m, void *obj, const struct mosquitto_message *msg)
{
    (void)m;
    feed *f = obj;
    int t = -1;
    for (int i = 0; i < FEED__TOPICS; i++)
        if (msg->topic && strcmp(msg->topic, f->topics[i]) == 0)
            t = i;
    if (t < 0 && msg->topic && msg->payloadlen >= 0 &&
        (size_t)msg->payloadlen <= SNAPSHOT_MAX_PAYLOAD) {
        pthread_mutex_lock(&f->mu);
        if (f->watch && strcmp(msg->topic, f->watch) == 0) {
            free(f->calls);
            f->calls = NULL;
            f->calls_len = (size_t)msg->payloadlen;
            if (f->calls_len) {
                f->calls = xmalloc(f->calls_len + 1);
                memcpy(f->calls, msg->payload, f->calls_len);
                f->calls[f->calls_len] = '\0';
            }
            f->calls_new = true;
        }
        pthread_mutex_unlock(&f->mu);
        wake(f);
        return;
    }
    if (t < 0 || msg->payloadlen < 0)
        return;
    size_t n = (size_t)msg->payloadlen;
    if (n > MAX_MESSAGE) { /* not copied: only its size goes to the footer */
        pthread_mutex_lock(&f->mu);
        f->slot_too_large[t] = n;
        pthread_mutex_unlock(&f->mu);
        wake(f);
        return;
    }
    char *copy = xmalloc(n + 1);
    if (n)
        memcpy(copy, msg->payload, n);
    copy[n] = '\0';
    pthread_mutex_lock(&f->mu);
    free(f->slot[t]); /* only the latest payload of a topic matters */
    f->slot[t] = copy;
    f->slot_len[t] = n;
    pthread_mutex_unlock(&f->mu);
    wake(f);
}

feed *feed_new(const cz_settings *s, cz_err *err)
{
    feed *f = xcalloc(1, sizeof *f);
    f->pipe_r = f->pipe_w = -1;
    pthread_mutex_init(&f->mu, NULL);
    f->host = xstrdup(s->mqtt_host && *s->mqtt_host ? s->mqtt_host : "localhost");
    f->port = s->mqtt_port;
    f->keepalive = s->mqtt_keepalive;
    strbuf w = SB_INIT;
    sb_printf(&w, "%s:%d", f->host, f->port);
    f->where = sb_steal(&w);
    for (int i = 0; i < FEED__TOPICS; i++)
        f->topics[i] = snap_topic(s->mqtt_prefix, LEAVES[i]);
    f->prefix = xstrdup(s->mqtt_prefix ? s->mqtt_prefix : "");
    int fds[2];
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) < 0) {
        cz_err_set(err, "cannot create a pipe: %s", strerror(errno));
        feed_free(f);
        return NULL;
    }
    f->pipe_r = fds[0];
    f->pipe_w = fds[1];
    if (mosquitto_lib_init() != MOSQ_ERR_SUCCESS) {
        cz_err_set(err, "cannot initialise libmosquitto");
        feed_free(f);
        return NULL;
    }
    f->lib_ready = true;
    char *id = mqtt_client_id(s, "tui");
    f->m = mosquitto_new(id, true, f);
    free(id);
    if (!f->m) {
        cz_err_set(err, "cannot create an MQTT client: %s", strerror(errno));
        feed_free(f);
        return NULL;
    }
    if (mqtt_configure(f->m, s, err) < 0) {
        feed_free(f);
        return NULL;
    }
    mosquitto_connect_callback_set(f->m, on_connect);
    mosquitto_disconnect_callback_set(f->m, on_disconnect);
    mosquitto_message_callback_set(f->m, on_message);
    f->conn = FEED_CONNECTING;
    return f;
}

int feed_start(feed *f, cz_err *err)
{
    /* The link connects on its own thread and retries every failure, the
     * first attempt's included, so the screen never waits on the network. */
    f->link = mqtt_link_start(f->m, f->host, f->port, f->keepalive, on_link_fail, f, err);
    return f->link ? 0 : -1;
}

int feed_wakeup_fd(const feed *f)
{
    return f->pipe_r;
}

void feed_take(feed *f, feed_news *out)
{
    char buf[256];
    while (read(f->pipe_r, buf, sizeof buf) > 0)
        ;
    memset(out, 0, sizeof *out);
    pthread_mutex_lock(&f->mu);
    for (int i = 0; i < FEED__TOPICS; i++) {
        out->payload[i] = f->slot[i];
        out->len[i] = f->slot_len[i];
        out->too_large[i] = f->slot_too_large[i];
        f->slot[i] = NULL;
        f->slot_len[i] = 0;
        f->slot_too_large[i] = 0;
    }
    out->calls_new = f->calls_new;
    out->calls = f->calls;
    out->calls_len = f->calls_len;
    f->calls_new = false;
    f->calls = NULL;
    f->calls_len = 0;
    out->conn_changed = f->conn_changed;
    out->conn = f->conn;
    memcpy(out->conn_msg, f->conn_msg, sizeof out->conn_msg);
    f->conn_changed = false;
    pthread_mutex_unlock(&f->mu);
}

void feed_news_free(feed_news *n)
{
    if (!n)
        return;
    for (int i = 0; i < FEED__TOPICS; i++) {
        free(n->payload[i]);
        n->payload[i] = NULL;
    }
    free(n->calls);
    n->calls = NULL;
}

void feed_watch(feed *f, const char *agent)
{
    char *topic = agent ? snap_calls_topic(f->prefix, agent) : NULL;
    pthread_mutex_lock(&f->mu);
    char *old = f->watch;
    f->watch = topic;
    free(f->calls); /* another topic's payload is of no use now */
    f->calls = NULL;
    f->calls_len = 0;
    f->calls_new = false;
    bool up = f->conn == FEED_UP;
    pthread_mutex_unlock(&f->mu);
    /* Not connected: on_connect subscribes to the watched topic. */
    if (up && old && (!topic || strcmp(old, topic) != 0))
        mosquitto_unsubscribe(f->m, NULL, old);
    if (up && topic && (!old || strcmp(old, topic) != 0))
        mosquitto_subscribe(f->m, NULL, topic, 1);
    free(old);
}

const char *feed_where(const feed *f)
{
    return f->where;
}

void feed_free(feed *f)
{
    if (!f)
        return;
    if (f->m) {
        mqtt_link_stop(f->link); /* at once, even between reconnects */
        mosquitto_destroy(f->m);
    }
    if (f->lib_ready)
        mosquitto_lib_cleanup();
    for (int i = 0; i < FEED__TOPICS; i++) {
        free(f->topics[i]);
        free(f->slot[i]);
    }
    if (f->pipe_r >= 0)
        close(f->pipe_r);
    if (f->pipe_w >= 0)
        close(f->pipe_w);
    pthread_mutex_destroy(&f->mu);
    free(f->host);
    free(f->where);
    free(f->prefix);
    free(f->watch);
    free(f->calls);
    free(f);
}
