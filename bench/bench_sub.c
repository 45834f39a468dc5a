/* bench_sub.c - the benchmark's MQTT subscriber: one line per message on
 * TOPIC, "RECEIVED_UNIX_SECONDS BATCH_ID", the time taken from the system
 * clock the moment libmosquitto hands the message over. bench.sh joins the
 * lines with etl_runs.finished_at (PostgreSQL's clock_timestamp(), the same
 * system clock) to get the delay from a batch's commit to its snapshot
 * arriving. A C client, not mosquitto_sub, so that the time is taken without
 * output formatting in the way and every line is flushed before a SIGTERM.
 *
 * usage: bench-sub HOST PORT TOPIC OUT
 * Writes "subscribed" as the first line once the broker acknowledged the
 * subscription, so the caller knows no message can be missed from then on.
 * Runs until SIGTERM or SIGINT. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cJSON.h>
#include <mosquitto.h>

static volatile sig_atomic_t stop;
static FILE *out;
static const char *topic;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static void on_connect(struct mosquitto *m, void *ud, int rc)
{
    (void)ud;
    if (rc == 0)
        mosquitto_subscribe(m, NULL, topic, 1);
}

static void on_subscribe(struct mosquitto *m, void *ud, int mid, int n, const int *granted)
{
    (void)m, (void)ud, (void)mid, (void)n, (void)granted;
    fputs("subscribed\n", out);
    fflush(out);
}

static void on_message(struct mosquitto *m, void *ud, const struct mosquitto_message *msg)
{
    (void)m, (void)ud;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    cJSON *doc = cJSON_ParseWithLength(msg->payload, (size_t)msg->payloadlen);
    const cJSON *bid = cJSON_GetObjectItemCaseSensitive(doc, "batch_id");
    /* The start-up snapshot has an empty batch id: it follows no commit. */
    if (cJSON_IsString(bid) && bid->valuestring[0]) {
        fprintf(out, "%lld.%09ld %s\n", (long long)ts.tv_sec, ts.tv_nsec, bid->valuestring);
        fflush(out);
    }
    cJSON_Delete(doc);
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fputs("usage: bench-sub HOST PORT TOPIC OUT\n", stderr);
        return 64;
    }
    topic = argv[3];
    out = fopen(argv[4], "w");
    if (!out) {
        fprintf(stderr, "bench-sub: %s: %s\n", argv[4], strerror(errno));
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    mosquitto_lib_init();
    char id[64];
    snprintf(id, sizeof id, "converza-bench-sub-%ld", (long)getpid());
    struct mosquitto *m = mosquitto_new(id, true, NULL);
    if (!m) {
        fputs("bench-sub: cannot create an MQTT client\n", stderr);
        return 1;
    }
    mosquitto_connect_callback_set(m, on_connect);
    mosquitto_subscribe_callback_set(m, on_subscribe);
    mosquitto_message_callback_set(m, on_message);
    int rc = mosquitto_connect(m, argv[1], atoi(argv[2]), 30);
    if (rc != MOSQ_ERR_SUCCESS) {
        fprintf(stderr, "bench-sub: connect: %s\n", mosquitto_strerror(rc));
        return 1;
    }
    /* A short loop timeout so a signal is noticed quickly; a message is
     * handled as soon as its bytes arrive, whatever the timeout. */
    while (!stop) {
        rc = mosquitto_loop(m, 100, 1);
        if (rc != MOSQ_ERR_SUCCESS && !stop) {
            if (rc == MOSQ_ERR_ERRNO && errno == EINTR)
                continue;
            fprintf(stderr, "bench-sub: %s; reconnecting\n", mosquitto_strerror(rc));
            sleep(1);
            mosquitto_reconnect(m);
        }
    }
    mosquitto_disconnect(m);
    mosquitto_destroy(m);
    mosquitto_lib_cleanup();
    return fclose(out) == 0 ? 0 : 1;
}
