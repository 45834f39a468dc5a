/* publish.c - MQTT publishing for the worker. A network thread keeps
 * the connection (mqtt_link: reconnecting with backoff); the latest payload of every
 * topic is kept here so a reconnect republishes the current state. */
#include "publish.h"

#include <mosquitto.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "mqtt_link.h"
#include "mqtt_setup.h"
#include "snapshot.h"

#define MAX_TOPICS 16
/* Events kept while the broker is not connected, sent on (re)connect;
 * beyond this the oldest go, and a warning says so. */
#define MAX_PENDING_EVENTS 256
/* How long publisher_free waits for the broker to take the latest state. */
#define DELIVER_WAIT_S 3

struct publisher {
    struct mosquitto *m;
    mqtt_link *link;
    char *prefix;
    char *where;                 /* host:port, for messages */
    bool said_down;              /* link thread only: unavailability logged */
    pthread_mutex_t lock;        /* guards the fields below */
    pthread_cond_t changed;      /* signalled on connect, refusal, PUBACK */
    bool connected;
    bool refused;                /* the broker said no (credentials, ACL) */
    bool down;                   /* the last attempt to connect failed */
    bool unsent;                 /* payloads kept while disconnected */
    int inflight;                /* QoS 1 messages awaiting their PUBACK */
    long long connects;          /* connections accepted by the broker */
    char *leaf[MAX_TOPICS];
    char *payload[MAX_TOPICS];
    int ntopics;
    char *ev_leaf[MAX_PENDING_EVENTS]; /* events not yet sent, oldest first */
    char *ev_payload[MAX_PENDING_EVENTS];
    int nevents;
    bool said_events_lost;
};

/* Called with p->lock held. */
static void send_event(publisher *p, const char *leaf, const char *payload)
{
    char *topic = snap_topic(p->prefix, leaf);
    int rc = mosquitto_publish(p->m, NULL, topic, (int)strlen(payload), payload, 1, false);
    if (rc == MOSQ_ERR_SUCCESS)
        p->inflight++;
    else if (rc != MOSQ_ERR_NO_CONN)
        log_warn("MQTT publish to %s failed: %s", topic, mosquitto_strerror(rc));
    free(topic);
}

/* Called with p->lock held. */
static void send_one(publisher *p, const char *leaf, const char *payload)
{
    char *topic = snap_topic(p->prefix, leaf);
    int rc = mosquitto_publish(p->m, NULL, topic, (int)strlen(payload), payload, 1, true);
    if (rc == MOSQ_ERR_SUCCESS)
        p->inflight++;
    else if (rc != MOSQ_ERR_NO_CONN)
        log_warn("MQTT publish to %s failed: %s", topic, mosquitto_strerror(rc));
    free(topic);
}

static void on_connect(struct mosquitto *m, void *ud, int rc)
{
    (void)m;
    publisher *p = ud;
    if (rc != 0) {
        log_warn("MQTT broker refused the connection: %s", mosquitto_connack_string(rc));
        pthread_mutex_lock(&p->lock);
        p->refused = true;
        pthread_cond_broadcast(&p->changed);
        pthread_mutex_unlock(&p->lock);
        return;
    }
    log_info("connected to the MQTT broker");
    pthread_mutex_lock(&p->lock);
    p->connected = true;
    p->connects++;
    p->refused = false;
    p->down = false;
    p->inflight = 0;
    for (int i = 0; i < p->ntopics; i++)
        send_one(p, p->leaf[i], p->payload[i]);
    for (int i = 0; i < p->nevents; i++) {
        send_event(p, p->ev_leaf[i], p->ev_payload[i]);
        free(p->ev_leaf[i]);
        free(p->ev_payload[i]);
    }
    p->nevents = 0;
    p->unsent = false;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
}

static void on_publish(struct mosquitto *m, void *ud, int mid)
{
    (void)m;
    (void)mid;
    publisher *p = ud;
    pthread_mutex_lock(&p->lock);
    if (p->inflight > 0)
        p->inflight--;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
}

static void on_disconnect(struct mosquitto *m, void *ud, int rc)
{
    (void)m;
    publisher *p = ud;
    pthread_mutex_lock(&p->lock);
    bool was = p->connected;
    p->connected = false;
    p->unsent = p->ntopics > 0; /* on_connect sends them all again */
    p->inflight = 0;
    pthread_mutex_unlock(&p->lock);
    if (rc != 0 && was)
        log_warn("lost the MQTT broker; reconnecting with backoff");
}

/* mqtt_link's report of a failed attempt: said once, the retries go on. */
static void on_link_fail(void *ud, const char *why)
{
    publisher *p = ud;
    if (!p->said_down)
        log_warn("MQTT broker %s unavailable (%s); retrying with backoff", p->where, why);
    p->said_down = true;
    pthread_mutex_lock(&p->lock);
    p->down = true;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
}

static char *status_payload(const char *state)
{
    snap_status st = {0};
    st.schema = SNAPSHOT_SCHEMA;
    st.generated_at = (int64_t)time(NULL);
    st.state = (char *)state;
    st.version = (char *)CZ_VERSION;
    st.batch_id = (char *)"";
    char who[300], host[256] = "unknown";
    gethostname(host, sizeof host - 1);
    host[sizeof host - 1] = '\0';
    snprintf(who, sizeof who, "%s:%ld", host, (long)getpid());
    st.worker = who;
    return snap_status_encode(&st);
}

/* The worker's publisher (tool NULL: client id role "etl", the status Last
 * Will), or a one-off command's (tool: its role, no will). */
static publisher *make_publisher(const cz_settings *s, const char *tool, cz_err *err)
{
    publisher *p = xcalloc(1, sizeof *p);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->changed, NULL);
    p->prefix = xstrdup(s->mqtt_prefix);
    strbuf w = SB_INIT;
    sb_printf(&w, "%s:%d", s->mqtt_host, s->mqtt_port);
    p->where = sb_steal(&w);
    char *id = mqtt_client_id(s, tool ? tool : "etl");
    if (tool && s->mqtt_client_id && *s->mqtt_client_id) {
        /* a configured id is the worker's: the broker would drop one of two
         * clients with the same id */
        strbuf b = SB_INIT;
        sb_printf(&b, "%s-%s", id, tool);
        free(id);
        id = sb_steal(&b);
    }
    p->m = mosquitto_new(id, true, p);
    free(id);
    if (!p->m) {
        cz_err_set(err, "cannot create an MQTT client");
        publisher_free(p);
        return NULL;
    }
    mosquitto_int_option(p->m, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    if (mqtt_configure(p->m, s, err) < 0) {
        publisher_free(p);
        return NULL;
    }
    if (!tool) { /* the worker's status says offline should it vanish */
        char *topic = snap_topic(p->prefix, SNAP_TOPIC_STATUS);
        char *off = status_payload("offline");
        int rc = mosquitto_will_set(p->m, topic, (int)strlen(off), off, 1, true);
        free(topic);
        free(off);
        if (rc != MOSQ_ERR_SUCCESS) {
            cz_err_set(err, "MQTT last will: %s", mosquitto_strerror(rc));
            publisher_free(p);
            return NULL;
        }
    }
    mosquitto_connect_callback_set(p->m, on_connect);
    mosquitto_disconnect_callback_set(p->m, on_disconnect);
    mosquitto_publish_callback_set(p->m, on_publish);
    p->link = mqtt_link_start(p->m, s->mqtt_host, s->mqtt_port, s->mqtt_keepalive, on_link_fail,
                              p, err);
    if (!p->link) {
        publisher_free(p);
        return NULL;
    }
    return p;
}

publisher *publisher_new(const cz_settings *s, cz_err *err)
{
    return make_publisher(s, NULL, err);
}

publisher *publisher_new_tool(const cz_settings *s, const char *role, cz_err *err)
{
    return make_publisher(s, role, err);
}

void publisher_put(publisher *p, const char *leaf, const char *payload)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    int i;
    for (i = 0; i < p->ntopics; i++)
        if (strcmp(p->leaf[i], leaf) == 0)
            break;
    if (i == p->ntopics) {
        if (i == MAX_TOPICS) {
            pthread_mutex_unlock(&p->lock);
            return;
        }
        p->leaf[i] = xstrdup(leaf);
        p->ntopics++;
    } else {
        free(p->payload[i]);
    }
    p->payload[i] = xstrdup(payload);
    if (p->connected)
        send_one(p, leaf, payload);
    else
        p->unsent = true;
    pthread_mutex_unlock(&p->lock);
}

void publisher_event(publisher *p, const char *leaf, const char *payload)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    if (p->connected) {
        send_event(p, leaf, payload);
    } else {
        if (p->nevents == MAX_PENDING_EVENTS) {
            if (!p->said_events_lost)
                log_warn("MQTT: more than %d events while not connected; the oldest are"
                         " dropped (the retained state stays complete)", MAX_PENDING_EVENTS);
            p->said_events_lost = true;
            free(p->ev_leaf[0]);
            free(p->ev_payload[0]);
            memmove(p->ev_leaf, p->ev_leaf + 1, (MAX_PENDING_EVENTS - 1) * sizeof(char *));
            memmove(p->ev_payload, p->ev_payload + 1, (MAX_PENDING_EVENTS - 1) * sizeof(char *));
            p->nevents--;
        }
        p->ev_leaf[p->nevents] = xstrdup(leaf);
        p->ev_payload[p->nevents++] = xstrdup(payload);
        p->unsent = true;
    }
    pthread_mutex_unlock(&p->lock);
}

bool publisher_send(publisher *p, const char *leaf, const char *payload)
{
    if (!p)
        return false;
    pthread_mutex_lock(&p->lock);
    bool sent = p->connected;
    if (sent)
        send_one(p, leaf, payload);
    pthread_mutex_unlock(&p->lock);
    return sent;
}

long long publisher_reconnects(publisher *p)
{
    if (!p)
        return 0;
    pthread_mutex_lock(&p->lock);
    long long n = p->connects > 1 ? p->connects - 1 : 0;
    pthread_mutex_unlock(&p->lock);
    return n;
}

bool publisher_connected(publisher *p)
{
    if (!p)
        return false;
    pthread_mutex_lock(&p->lock);
    bool c = p->connected;
    pthread_mutex_unlock(&p->lock);
    return c;
}

/* Waits up to secs for the broker to hold every payload put so far (connected,
 * nothing kept back, every PUBACK in); gives up at once when the broker
 * refused the connection or the last attempt to reach it failed (a --once
 * run without a broker then exits at once: the next attempt would come only
 * after the link's backoff). Returns whether it does. */
static bool wait_delivered(publisher *p, int secs)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += secs;
    pthread_mutex_lock(&p->lock);
    while (p->ntopics && !p->refused && !(p->down && !p->connected) &&
           !(p->connected && !p->unsent && p->inflight == 0))
        if (pthread_cond_timedwait(&p->changed, &p->lock, &until) != 0)
            break;
    bool done = !p->ntopics || (p->connected && !p->unsent && p->inflight == 0);
    pthread_mutex_unlock(&p->lock);
    return done;
}

void publisher_repeat(publisher *p, const char *leaf)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    for (int i = 0; i < p->ntopics; i++)
        if (strcmp(p->leaf[i], leaf) == 0 && p->connected)
            send_one(p, leaf, p->payload[i]);
    pthread_mutex_unlock(&p->lock);
}

static void free_publisher(publisher *p, bool say_offline)
{
    if (!p)
        return;
    if (p->m && !say_offline) {
        mqtt_link_stop(p->link); /* a clean disconnect: the broker drops the will */
        mosquitto_destroy(p->m);
    } else if (p->m) {
        /* A short --once run can end before the network thread has even
         * connected: give the latest state a moment to reach the broker. */
        if (!wait_delivered(p, DELIVER_WAIT_S))
            log_warn("MQTT: the latest KPI snapshot did not reach the broker before exit (%s)",
                     p->refused ? "it refused the connection"
                     : p->down  ? "it is unavailable"
                                : "not connected");
        if (publisher_connected(p)) {
            /* The broker drops the Last Will on a clean disconnect, so say offline. */
            char *off = status_payload("offline");
            publisher_put(p, SNAP_TOPIC_STATUS, off);
            free(off);
            wait_delivered(p, DELIVER_WAIT_S);
        }
        mqtt_link_stop(p->link);
        mosquitto_destroy(p->m);
    }
    for (int i = 0; i < p->ntopics; i++) {
        free(p->leaf[i]);
        free(p->payload[i]);
    }
    for (int i = 0; i < p->nevents; i++) {
        free(p->ev_leaf[i]);
        free(p->ev_payload[i]);
    }
    free(p->prefix);
    free(p->where);
    pthread_cond_destroy(&p->changed);
    pthread_mutex_destroy(&p->lock);
    free(p);
}

void publisher_free(publisher *p)
{
    free_publisher(p, true);
}

void publisher_free_quiet(publisher *p)
{
    free_publisher(p, false);
}

bool publisher_flush(publisher *p, int secs)
{
    if (!p)
        return false;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += secs;
    pthread_mutex_lock(&p->lock);
    while (!p->refused && !(p->down && !p->connected) &&
           !(p->connected && !p->unsent && p->inflight == 0))
        if (pthread_cond_timedwait(&p->changed, &p->lock, &until) != 0)
            break;
    bool done = p->connected && !p->unsent && p->inflight == 0;
    pthread_mutex_unlock(&p->lock);
    return done;
}

void publisher_close(publisher *p)
{
    bool pending = false;
    if (p) {
        pthread_mutex_lock(&p->lock);
        pending = p->unsent || p->inflight > 0; /* nothing sent: nothing to wait for */
        pthread_mutex_unlock(&p->lock);
    }
    if (pending && !publisher_flush(p, DELIVER_WAIT_S))
        log_warn("MQTT: not every payload reached the broker before exit (%s)",
                 p->refused ? "it refused the connection"
                 : p->down  ? "it is unavailable"
                            : "not connected");
    free_publisher(p, false);
}
