/* feed.h - the MQTT side of the dashboard. The network thread (mqtt_link.h,
 * as in the worker) receives the snapshot topics and hands them to the main
 * thread through a mutex-protected slot per topic (only the latest payload is
 * kept) plus a byte on a self-pipe that wakes the event loop. Curses is never
 * touched from the MQTT thread. */
#ifndef CZ_TUI_FEED_H
#define CZ_TUI_FEED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "settings.h"
#include "util.h"

typedef enum {
    FEED_SUMMARY, FEED_AGENTS, FEED_TREND, FEED_STATUS,
    FEED_ALERTS, /* retained active alerts (w_alerts.c) */
    FEED_TEAMS, FEED_HOURS, /* teams and today by the hour (converza-mqtt(7)) */
    FEED__TOPICS
} feed_topic;

typedef enum {
    FEED_CONNECTING, /* first attempt in progress */
    FEED_UP,         /* connected and subscribed */
    FEED_DOWN,       /* lost or refused; the network thread keeps reconnecting */
} feed_conn;

/* What changed since the last feed_take. Buffers belong to the caller. */
typedef struct {
    char *payload[FEED__TOPICS];  /* NULL when nothing new on that topic */
    size_t len[FEED__TOPICS];
    size_t too_large[FEED__TOPICS]; /* size of a payload dropped unread for being over
                                       SNAPSHOT_MAX_PAYLOAD, 0 when none */
    bool conn_changed;
    feed_conn conn;
    char conn_msg[160];           /* why it is down, "" when up */
    bool calls_new;               /* a payload of the watched calls topic (feed_watch) */
    char *calls;                  /* it (NULL and calls_len 0 when it was empty) */
    size_t calls_len;
} feed_news;

typedef struct feed feed;

/* Creates the client from s (client id, credentials, TLS) without
 * connecting. Returns NULL with err on a configuration error. */
feed *feed_new(const cz_settings *s, cz_err *err);

/* Starts the network thread and the first connection attempt. A broker that
 * is down is not an error: the state becomes FEED_DOWN and retries go on.
 * Returns -1 with err only when the thread cannot start. */
int feed_start(feed *f, cz_err *err);

/* The descriptor that becomes readable when there is news. */
int feed_wakeup_fd(const feed *f);

/* Empties the wakeup pipe and moves pending payloads and the connection
 * state into *out (which the caller frees with feed_news_free). */
void feed_take(feed *f, feed_news *out);
void feed_news_free(feed_news *n);

/* Watches the drill-down topic of agent (snapshot_calls.h), NULL for none:
 * subscribes to it, now and after every reconnect, and unsubscribes from the
 * one watched before; its retained payload arrives as news.calls. Payloads of
 * a topic no longer watched are dropped. */
void feed_watch(feed *f, const char *agent);

/* "host:port" for messages. Owned by f. */
const char *feed_where(const feed *f);

/* Disconnects, stops the thread and frees everything. Accepts NULL. */
void feed_free(feed *f);

#endif
