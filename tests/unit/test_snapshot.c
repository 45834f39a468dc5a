/* test_snapshot.c - the MQTT payload codec (snapshot.h): round trips (with
 * the conversation metrics), derived numbers and averages, payloads of older
 * workers without conversation metrics, every kind of malformed input, and
 * sanitising of strings. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot.h"
#include "t.h"

static kpi_counts counts(int64_t calls, int64_t conv, int64_t cents, int64_t pos, int64_t neu,
                         int64_t neg, double sum)
{
    kpi_counts k = {.calls = calls, .conversions = conv, .upsell_cents = cents, .positive = pos,
                    .neutral = neu, .negative = neg, .sentiment_e4 = llround(sum * 10000.0)};
    return k;
}

/* Adds conversation metrics to k: timed calls with their sums, customer
 * questions and CSAT ratings. */
static kpi_counts with_talk(kpi_counts k, int64_t timed, int64_t dur_ms, int64_t agent_bp,
                            int64_t cust_bp, int64_t sil_bp, int64_t mono_ms, int64_t intr,
                            int64_t questions, int64_t rated, int64_t csat)
{
    k.timed_calls = timed;
    k.duration_ms_sum = dur_ms;
    k.agent_talk_bp_sum = agent_bp;
    k.customer_talk_bp_sum = cust_bp;
    k.silence_bp_sum = sil_bp;
    k.monologue_ms_sum = mono_ms;
    k.interruptions_sum = intr;
    k.questions_sum = questions;
    k.csat_calls = rated;
    k.csat_sum = csat;
    return k;
}

static int same_talk(const kpi_counts *a, const kpi_counts *b)
{
    return a->timed_calls == b->timed_calls && a->duration_ms_sum == b->duration_ms_sum &&
           a->agent_talk_bp_sum == b->agent_talk_bp_sum &&
           a->customer_talk_bp_sum == b->customer_talk_bp_sum &&
           a->silence_bp_sum == b->silence_bp_sum && a->monologue_ms_sum == b->monologue_ms_sum &&
           a->interruptions_sum == b->interruptions_sum && a->questions_sum == b->questions_sum &&
           a->csat_calls == b->csat_calls && a->csat_sum == b->csat_sum;
}

static int same_counts(const kpi_counts *a, const kpi_counts *b)
{
    return a->calls == b->calls && a->conversions == b->conversions &&
           a->upsell_cents == b->upsell_cents && a->positive == b->positive &&
           a->neutral == b->neutral && a->negative == b->negative &&
           fabs(kpi_avg_sentiment(a) - kpi_avg_sentiment(b)) < 0.0001 && same_talk(a, b);
}

static int same_windows(const kpi_windows *a, const kpi_windows *b)
{
    return same_counts(&a->today, &b->today) && same_counts(&a->week, &b->week) &&
           same_counts(&a->all, &b->all);
}

static snap_summary sample_summary(void)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = 1760000000;
    s.batch_id = "b-42";
    s.last_call_at = 1759999000;
    memcpy(s.today, "2025-10-09", 11);
    s.k.today = with_talk(counts(40, 10, 123456, 20, 15, 5, 8.5), 30, 5502000, 165600, 105300,
                          29100, 1236000, 45, 84, 12, 99);
    s.k.week = with_talk(counts(200, 51, 999999, 100, 60, 40, -12.25), 0, 0, 0, 0, 0, 0, 0, 17, 3,
                         30);
    s.k.all = counts(1000, 300, 5000001, 500, 300, 200, 100.0);
    return s;
}

static void check_derived(void)
{
    kpi_counts k = counts(8, 2, 1000, 4, 2, 2, 2.0), z = counts(0, 0, 0, 0, 0, 0, 0);
    CHECK(fabs(kpi_conversion_rate(&k) - 25.0) < 1e-9, "derived: conversion rate percent");
    CHECK(fabs(kpi_avg_upsell(&k) - 1.25) < 1e-9, "derived: avg upsell dollars");
    CHECK(fabs(kpi_avg_sentiment(&k) - 0.25) < 1e-9, "derived: avg sentiment");
    CHECK(kpi_conversion_rate(&z) == 0 && kpi_avg_upsell(&z) == 0 && kpi_avg_sentiment(&z) == 0,
          "derived: zero calls give zeros");
    CHECK(kpi_conversion_rate(NULL) == 0, "derived: NULL is zero");

    /* 4 calls, 2 of them timed: 90 s and 30 s, 60/30/10 % and 50/40/5 %. */
    kpi_counts t = with_talk(counts(4, 1, 0, 1, 2, 1, 0), 2, 120000, 11000, 7000, 1500, 50000, 3,
                             6, 3, 25);
    CHECK(fabs(kpi_avg_duration_s(&t) - 60.0) < 1e-9, "derived: avg duration s");
    CHECK(fabs(kpi_avg_agent_talk_pct(&t) - 55.0) < 1e-9, "derived: agent talk percent");
    CHECK(fabs(kpi_avg_customer_talk_pct(&t) - 35.0) < 1e-9, "derived: customer talk percent");
    CHECK(fabs(kpi_avg_silence_pct(&t) - 7.5) < 1e-9, "derived: silence percent");
    CHECK(fabs(kpi_avg_monologue_s(&t) - 25.0) < 1e-9, "derived: avg longest monologue s");
    CHECK(fabs(kpi_avg_interruptions(&t) - 1.5) < 1e-9, "derived: avg interruptions");
    CHECK(fabs(kpi_avg_questions(&t) - 1.5) < 1e-9, "derived: questions over all calls");
    CHECK(fabs(kpi_avg_csat(&t) - 25.0 / 3) < 1e-9, "derived: avg CSAT over rated calls");
    kpi_counts u = counts(4, 1, 0, 1, 2, 1, 0);
    CHECK(kpi_avg_duration_s(&u) == -1 && kpi_avg_agent_talk_pct(&u) == -1 &&
              kpi_avg_customer_talk_pct(&u) == -1 && kpi_avg_silence_pct(&u) == -1 &&
              kpi_avg_monologue_s(&u) == -1 && kpi_avg_interruptions(&u) == -1 &&
              kpi_avg_csat(&u) == -1,
          "derived: no timed or rated calls give -1 (unknown), not 0");
    CHECK(kpi_avg_questions(&u) == 0, "derived: calls without questions average 0");
    CHECK(kpi_avg_questions(&z) == -1 && kpi_avg_csat(NULL) == -1 &&
              kpi_avg_duration_s(NULL) == -1,
          "derived: no calls or NULL give -1");
}

static void check_topic(void)
{
    char *t = snap_topic("converza/v1", SNAP_TOPIC_SUMMARY);
    CHECK_STR(t, "converza/v1/summary", "topic: prefix + leaf");
    free(t);
    t = snap_topic("site/a/", SNAP_TOPIC_STATUS);
    CHECK_STR(t, "site/a/status", "topic: trailing slash");
    free(t);
    t = snap_topic("", SNAP_TOPIC_TREND);
    CHECK_STR(t, "trend", "topic: empty prefix");
    free(t);
}

static void check_summary_round_trip(void)
{
    snap_summary s = sample_summary(), d;
    char *json = snap_summary_encode(&s);
    CHECK(json != NULL, "summary: encodes");
    if (!json)
        return;
    CHECK(strstr(json, "\"schema\":1") != NULL, "summary: schema 1");
    CHECK(strstr(json, "\"generated_at_iso\":\"2025-10-09T08:53:20Z\"") != NULL,
          "summary: ISO time string");
    CHECK(strstr(json, "\"upsell_revenue\":1234.56") != NULL, "summary: revenue in dollars");
    CHECK(strstr(json, "\"upsell_revenue\":50000.01") != NULL, "summary: two decimals kept");
    CHECK(strstr(json, "\"conversion_rate\":25.00") != NULL, "summary: conversion rate");
    CHECK(strstr(json, "\"avg_upsell_per_call\":30.86") != NULL, "summary: avg upsell rounded");
    CHECK(strstr(json, "\"sentiment\":{\"positive\":20,\"neutral\":15,\"negative\":5}") != NULL,
          "summary: sentiment counts");
    CHECK(strstr(json, "\"avg_sentiment\":0.2125") != NULL, "summary: avg sentiment");
    CHECK(strstr(json, "\"talk\":{\"timed_calls\":30,\"duration_ms_sum\":5502000,"
                       "\"agent_talk_bp_sum\":165600,\"customer_talk_bp_sum\":105300,"
                       "\"silence_bp_sum\":29100,\"monologue_ms_sum\":1236000,"
                       "\"interruptions_sum\":45,\"avg_duration_s\":183.40,"
                       "\"agent_talk_pct\":55.20,\"customer_talk_pct\":35.10,"
                       "\"silence_pct\":9.70,\"avg_longest_monologue_s\":41.20,"
                       "\"avg_interruptions\":1.50}") != NULL,
          "summary: talk counters and averages");
    CHECK(strstr(json, "\"questions_sum\":84,\"avg_customer_questions\":2.10,"
                       "\"csat\":{\"rated\":12,\"sum\":99,\"avg\":8.25}") != NULL,
          "summary: questions and CSAT");
    CHECK(strstr(json, "\"talk\":{\"timed_calls\":0,\"duration_ms_sum\":0,"
                       "\"agent_talk_bp_sum\":0,\"customer_talk_bp_sum\":0,"
                       "\"silence_bp_sum\":0,\"monologue_ms_sum\":0,\"interruptions_sum\":0,"
                       "\"avg_duration_s\":null,\"agent_talk_pct\":null,"
                       "\"customer_talk_pct\":null,\"silence_pct\":null,"
                       "\"avg_longest_monologue_s\":null,\"avg_interruptions\":null}") != NULL,
          "summary: averages null without timed calls");
    CHECK(strstr(json, "\"csat\":{\"rated\":3,\"sum\":30,\"avg\":10.00}") != NULL,
          "summary: CSAT without timed calls");
    cz_err e = {""};
    int rc = snap_summary_decode(json, strlen(json), &d, &e);
    CHECK(rc == 0, "summary: decodes its own output");
    if (rc == 0) {
        CHECK(d.schema == 1 && d.generated_at == s.generated_at, "summary: header survives");
        CHECK_STR(d.batch_id, "b-42", "summary: batch id survives");
        CHECK(d.last_call_at == s.last_call_at, "summary: last_call_at survives");
        CHECK_STR(d.today, "2025-10-09", "summary: today survives");
        CHECK(same_windows(&d.k, &s.k), "summary: counters survive");
        CHECK(same_talk(&d.k.today, &s.k.today) && d.k.today.timed_calls == 30,
              "summary: conversation metrics survive");
        CHECK(fabs(kpi_avg_agent_talk_pct(&d.k.today) - 55.2) < 1e-9 &&
                  fabs(kpi_avg_csat(&d.k.today) - 8.25) < 1e-9 &&
                  kpi_avg_silence_pct(&d.k.week) == -1 && kpi_avg_csat(&d.k.all) == -1,
              "summary: decoded averages, unknown stays unknown");
        CHECK(fabs(kpi_avg_sentiment(&d.k.week) - (-12.25 / 200)) < 1e-4,
              "summary: negative avg sentiment survives");
    }
    snap_summary_free(&d);
    /* Not NUL-terminated: a length-limited buffer followed by junk. */
    size_t n = strlen(json);
    char *copy = xmalloc(n + 5);
    memcpy(copy, json, n);
    memcpy(copy + n, "xxxx", 4);
    rc = snap_summary_decode(copy, n, &d, &e);
    CHECK(rc == 0, "summary: decodes a buffer without NUL");
    snap_summary_free(&d);
    free(copy);
    free(json);
}

static void check_agents_round_trip(void)
{
    snap_agent v[3];
    memset(v, 0, sizeof v);
    v[0].agent_name = "Alice Smith";
    v[0].k.today = with_talk(counts(3, 1, 1500, 2, 1, 0, 1.2), 2, 400000, 12000, 6000, 1500,
                             90000, 4, 7, 1, 9);
    v[1].agent_name = "Bo\xc3\xabl \xe6\x9d\x8e"; /* Boël 李: UTF-8 kept */
    v[1].k.all = counts(9, 9, 0, 0, 0, 9, -9.0);
    v[2].agent_name = "";
    snap_agents s = {SNAPSHOT_SCHEMA, 1760000000, v, 3, 0}, d;
    size_t kept = 9;
    char *json = snap_agents_encode(&s, SNAPSHOT_AGENTS_BYTES, &kept);
    CHECK(kept == 3, "agents: all three fit");
    CHECK(json != NULL, "agents: encodes");
    if (!json)
        return;
    cz_err e = {""};
    int rc = snap_agents_decode(json, strlen(json), &d, &e);
    CHECK(rc == 0, "agents: decodes its own output");
    CHECK(rc == 0 && d.n == 3, "agents: three rows");
    CHECK(rc == 0 && d.total == 3, "agents: agents_total is n when all are sent");
    if (rc == 0 && d.n == 3) {
        CHECK_STR(d.v[0].agent_name, "Alice Smith", "agents: name 0");
        CHECK_STR(d.v[1].agent_name, v[1].agent_name, "agents: UTF-8 name kept");
        CHECK_STR(d.v[2].agent_name, "", "agents: empty name kept");
        CHECK(same_windows(&d.v[0].k, &v[0].k) && same_windows(&d.v[1].k, &v[1].k),
              "agents: counters survive");
    }
    snap_agents_free(&d);
    free(json);

    snap_agents empty = {SNAPSHOT_SCHEMA, 5, NULL, 0, 0};
    json = snap_agents_encode(&empty, SNAPSHOT_AGENTS_BYTES, NULL);
    rc = json ? snap_agents_decode(json, strlen(json), &d, &e) : -1;
    CHECK(rc == 0 && d.n == 0, "agents: empty list round trip");
    snap_agents_free(&d);
    free(json);
}

/* The summary and the trend stay within their bounds in converza-mqtt(7)
 * (16 KiB, 30 days in 64 KiB) with every counter at its largest. */
static void check_fixed_bounds(void)
{
    const int64_t big = 9007199254740992; /* 2^53 */
    kpi_counts k = with_talk(counts(big, big, big, big / 3, big / 3, big / 3, (double)big), big,
                             big, big, big, big, big, big, big, big, big);
    snap_summary s = {SNAPSHOT_SCHEMA, 253402300799, (char *)"18446744073709551615",
                      253402300799, "9999-12-31", {k, k, k, k},
                      {true, 100, {100, 1e12, 1e12, 100}, NULL, 0}, 400, 1000000};
    char *json = snap_summary_encode(&s);
    CHECK(json && strlen(json) <= 16384, "bounds: largest summary within 16 KiB");
    free(json);
    snap_day days[30];
    for (int i = 0; i < 30; i++) {
        snprintf(days[i].day, sizeof days[i].day, "9999-12-%02d", i + 1);
        days[i].k = k;
    }
    snap_trend tr = {SNAPSHOT_SCHEMA, 253402300799, days, 30};
    json = snap_trend_encode(&tr);
    CHECK(json && strlen(json) <= 65536, "bounds: 30 largest trend days within 64 KiB");
    free(json);
}

/* The byte bound: agents that would pass it are left out, and agents_total
 * still says how many there are. */
static void check_agents_bound(void)
{
    enum { N = 50 };
    snap_agent v[N];
    memset(v, 0, sizeof v);
    char names[N][16];
    for (int i = 0; i < N; i++) {
        snprintf(names[i], sizeof names[i], "Agent %02d", i);
        v[i].agent_name = names[i];
        v[i].k.all = counts(1234567, 12345, 99999999, 1000000, 200000, 34567, 12345.5);
    }
    snap_agents s = {SNAPSHOT_SCHEMA, 1760000000, v, N, 100000}, d;
    size_t kept = 0;
    char *json = snap_agents_encode(&s, 20000, &kept);
    CHECK(json && strlen(json) <= 20000, "agents bound: payload within max_bytes");
    CHECK(kept > 0 && kept < N, "agents bound: some agents left out");
    cz_err e = {""};
    int rc = json ? snap_agents_decode(json, strlen(json), &d, &e) : -1;
    CHECK(rc == 0 && d.n == kept, "agents bound: decodes the agents kept");
    CHECK(rc == 0 && d.total == 100000, "agents bound: agents_total survives");
    snap_agents_free(&d);
    free(json);
    s.total = 0; /* less than n: n */
    json = snap_agents_encode(&s, SNAPSHOT_AGENTS_BYTES, &kept);
    rc = json ? snap_agents_decode(json, strlen(json), &d, &e) : -1;
    CHECK(rc == 0 && kept == N && d.total == N, "agents bound: agents_total at least n");
    snap_agents_free(&d);
    free(json);

    static const char *const bad[] = {
        "{\"schema\":1,\"generated_at\":1,\"agents_total\":0,\"agents\":[{\"agent_name\":\"a\","
        "\"windows\":{\"today\":{\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,"
        "\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0},"
        "\"week\":{\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,"
        "\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0},"
        "\"all\":{\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,"
        "\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0}}}]}",
        "{\"schema\":1,\"generated_at\":1,\"agents_total\":-1,\"agents\":[]}",
        "{\"schema\":1,\"generated_at\":1,\"agents_total\":\"9\",\"agents\":[]}",
        "{\"schema\":1,\"generated_at\":1,\"agents_total\":1.5,\"agents\":[]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        rc = snap_agents_decode(bad[i], strlen(bad[i]), &d, &e);
        CHECK(rc < 0 && strstr(e.msg, "agents_total"), "agents bound: bad agents_total rejected");
        snap_agents_free(&d);
    }
    const char *old = "{\"schema\":1,\"generated_at\":1,\"agents\":[]}";
    rc = snap_agents_decode(old, strlen(old), &d, &e);
    CHECK(rc == 0 && d.total == 0, "agents bound: without agents_total (older worker) it is n");
    snap_agents_free(&d);
}

static void check_trend_round_trip(void)
{
    snap_day days[2];
    memset(days, 0, sizeof days);
    memcpy(days[0].day, "2024-02-28", 11);
    days[0].k = with_talk(counts(10, 5, 2500, 5, 5, 0, 3.0), 10, 1800000, 50000, 40000, 9000,
                          300000, 12, 20, 10, 75);
    memcpy(days[1].day, "2024-02-29", 11);
    days[1].k = counts(0, 0, 0, 0, 0, 0, 0);
    snap_trend s = {SNAPSHOT_SCHEMA, 1760000000, days, 2}, d;
    char *json = snap_trend_encode(&s);
    CHECK(json != NULL && strstr(json, "\"day\":\"2024-02-29\"") != NULL, "trend: encodes days");
    cz_err e = {""};
    int rc = json ? snap_trend_decode(json, strlen(json), &d, &e) : -1;
    CHECK(rc == 0 && d.n == 2, "trend: decodes its own output");
    if (rc == 0 && d.n == 2) {
        CHECK_STR(d.v[1].day, "2024-02-29", "trend: leap day");
        CHECK(same_counts(&d.v[0].k, &days[0].k), "trend: counters survive");
    }
    snap_trend_free(&d);
    free(json);
}

static void check_status_round_trip(void)
{
    snap_status s, d;
    memset(&s, 0, sizeof s);
    s.schema = 1;
    s.generated_at = 1760000000;
    s.state = "online";
    s.version = "0.1.0";
    s.worker = "host-a:4242";
    s.batch_id = "b-7";
    s.files_seen = 3;
    s.calls_loaded = 1200;
    s.duplicates = 4;
    s.replaced = 2;
    s.quarantined = 1;
    s.duration_s = 1.5;
    s.calls_per_s = 800.0;
    char *json = snap_status_encode(&s);
    cz_err e = {""};
    int rc = json ? snap_status_decode(json, strlen(json), &d, &e) : -1;
    CHECK(rc == 0, "status: decodes its own output");
    if (rc == 0) {
        CHECK_STR(d.state, "online", "status: state");
        CHECK_STR(d.version, "0.1.0", "status: version");
        CHECK_STR(d.batch_id, "b-7", "status: batch id");
        CHECK_STR(d.worker, "host-a:4242", "status: the active worker's host:pid");
        CHECK(d.calls_loaded == 1200 && d.quarantined == 1 && d.duplicates == 4 &&
                  d.replaced == 2 && d.files_seen == 3,
              "status: counters");
        CHECK(fabs(d.duration_s - 1.5) < 1e-9 && fabs(d.calls_per_s - 800) < 1e-9,
              "status: rates");
    }
    snap_status_free(&d);
    free(json);
    const char *will = "{\"schema\":1,\"generated_at\":1760000000,\"state\":\"offline\","
                       "\"version\":\"0.1.0\",\"last_batch\":null}";
    rc = snap_status_decode(will, strlen(will), &d, &e);
    CHECK(rc == 0, "status: last_batch may be null");
    CHECK(rc == 0 && strcmp(d.batch_id, "") == 0 && d.calls_loaded == 0,
          "status: no batch yet gives empty batch id");
    CHECK(rc == 0 && strcmp(d.worker, "") == 0, "status: no worker field (older workers) reads as empty");
    snap_status_free(&d);
    const char *bad_worker = "{\"schema\":1,\"generated_at\":1760000000,\"state\":\"online\","
                             "\"version\":\"0.1.0\",\"worker\":7,\"last_batch\":null}";
    rc = snap_status_decode(bad_worker, strlen(bad_worker), &d, &e);
    CHECK(rc == -1, "status: a worker that is not a string is refused");
    snap_status_free(&d);
}

/* Builds a summary payload with one token replaced, decodes it and expects
 * failure with a message containing want. */
static void expect_summary_error(const char *json, const char *want, const char *name)
{
    snap_summary d;
    cz_err e = {""};
    int rc = snap_summary_decode(json, strlen(json), &d, &e);
    char label[160];
    snprintf(label, sizeof label, "malformed summary: %s", name);
    CHECK(rc == -1, label);
    snprintf(label, sizeof label, "malformed summary: %s: message", name);
    if (strstr(e.msg, want) == NULL)
        printf("  (message was: %s)\n", e.msg);
    CHECK(strstr(e.msg, want) != NULL, label);
    CHECK(d.batch_id == NULL && d.generated_at == 0, "malformed summary: output left empty");
}

/* A valid summary text in which "@" marks where the calls of today go. */
static char *summary_with(const char *today_calls)
{
    const char *w = "{\"calls\":%s,\"conversions\":1,\"upsell_revenue\":1.00,"
                    "\"sentiment\":{\"positive\":1,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0.5}";
    const char *w2 = "{\"calls\":2,\"conversions\":1,\"upsell_revenue\":1.00,"
                     "\"sentiment\":{\"positive\":1,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0.5}";
    strbuf b = SB_INIT;
    sb_puts(&b, "{\"schema\":1,\"generated_at\":1760000000,\"batch_id\":\"x\",\"last_call_at\":0,"
                "\"today\":\"2025-10-09\",\"windows\":{\"today\":");
    sb_printf(&b, w, today_calls);
    sb_printf(&b, ",\"week\":%s,\"all\":%s}}", w2, w2);
    return sb_steal(&b);
}

/* A valid summary whose today window (4 calls, 3 with a sentiment label)
 * ends with the fields in extra ("" for none). Caller frees. */
static char *summary_extra(const char *extra)
{
    const char *w = "{\"calls\":4,\"conversions\":1,\"upsell_revenue\":1.00,"
                    "\"sentiment\":{\"positive\":1,\"neutral\":1,\"negative\":1},"
                    "\"avg_sentiment\":0.25";
    strbuf b = SB_INIT;
    sb_puts(&b, "{\"schema\":1,\"generated_at\":1760000000,\"batch_id\":\"x\","
                "\"last_call_at\":0,\"today\":\"2025-10-09\",\"windows\":{\"today\":");
    sb_printf(&b, "%s%s%s}", w, *extra ? "," : "", extra);
    sb_printf(&b, ",\"week\":%s},\"all\":%s}}}", w, w);
    return sb_steal(&b);
}

/* A "talk" object with these counters. */
static char *talk_json(const char *timed, const char *dur, const char *agent, const char *cust,
                       const char *sil, const char *mono, const char *intr)
{
    strbuf b = SB_INIT;
    sb_printf(&b, "\"talk\":{\"timed_calls\":%s,\"duration_ms_sum\":%s,"
                  "\"agent_talk_bp_sum\":%s,\"customer_talk_bp_sum\":%s,"
                  "\"silence_bp_sum\":%s,\"monologue_ms_sum\":%s,\"interruptions_sum\":%s,"
                  "\"agent_talk_pct\":\"derived fields are not read\"}",
              timed, dur, agent, cust, sil, mono, intr);
    return sb_steal(&b);
}

/* Payloads of older workers, without conversation metrics, still decode:
 * the counters read as zero and the averages as unknown. */
static void check_old_payloads(void)
{
    const char *extras[] = {
        "",
        "\"talk\":null,\"questions_sum\":null,\"csat\":null",
        "\"questions_sum\":5",
    };
    for (size_t i = 0; i < sizeof extras / sizeof extras[0]; i++) {
        char *j = summary_extra(extras[i]);
        snap_summary d;
        cz_err e = {""};
        int rc = snap_summary_decode(j, strlen(j), &d, &e);
        char label[96];
        snprintf(label, sizeof label, "old payload %zu: decodes", i);
        CHECK(rc == 0, label);
        if (rc == 0) {
            const kpi_counts *k = &d.k.today;
            snprintf(label, sizeof label, "old payload %zu: old counters kept", i);
            CHECK(k->calls == 4 && k->conversions == 1 && k->negative == 1, label);
            snprintf(label, sizeof label, "old payload %zu: metrics zero, averages unknown", i);
            CHECK(k->timed_calls == 0 && k->duration_ms_sum == 0 && k->csat_calls == 0 &&
                      k->csat_sum == 0 && kpi_avg_agent_talk_pct(k) == -1 &&
                      kpi_avg_duration_s(k) == -1 && kpi_avg_csat(k) == -1,
                  label);
            snprintf(label, sizeof label, "old payload %zu: questions", i);
            CHECK(k->questions_sum == (i == 2 ? 5 : 0), label);
        }
        snap_summary_free(&d);
        free(j);
    }

    /* Only some of the new objects: each stands on its own. */
    char *t = talk_json("2", "120000", "11000", "7000", "1500", "50000", "3");
    char *j = summary_extra(t);
    snap_summary d;
    cz_err e = {""};
    int rc = snap_summary_decode(j, strlen(j), &d, &e);
    CHECK(rc == 0 && d.k.today.timed_calls == 2 && d.k.today.agent_talk_bp_sum == 11000 &&
              d.k.today.interruptions_sum == 3 && d.k.today.csat_calls == 0 &&
              fabs(kpi_avg_silence_pct(&d.k.today) - 7.5) < 1e-9,
          "talk without csat: decodes");
    CHECK(rc == 0 && kpi_avg_csat(&d.k.today) == -1, "talk without csat: CSAT unknown");
    snap_summary_free(&d);
    free(j);
    free(t);
}

/* Conversation metrics that cannot be true are rejected like the rest. */
static void check_talk_malformed(void)
{
    struct {
        const char *timed, *dur, *agent, *cust, *sil, *mono, *intr, *want, *name;
    } talk[] = {
        {"2", "120000", "11000", "7000", "1500", "50000", "3", NULL, "valid"},
        {"-1", "0", "0", "0", "0", "0", "0", "out of range", "negative timed calls"},
        {"2", "1.5", "0", "0", "0", "0", "0", "whole number", "fractional duration"},
        {"2", "\"9\"", "0", "0", "0", "0", "0", "talk.duration_ms_sum: expected a number",
         "duration as string"},
        {"2", "120000", "0", "0", "0", "0", "-3", "out of range", "negative interruptions"},
        {"2", "120000", "1e999", "0", "0", "0", "0", "finite", "infinite talk share"},
        {"5", "120000", "0", "0", "0", "0", "0", "more timed calls than calls",
         "timed calls above calls"},
        {"2", "120000", "20001", "0", "0", "0", "0", "above 100%", "agent share above 100%"},
        {"2", "120000", "10000", "9000", "1500", "0", "0", "above 100%",
         "shares add up above 100%"},
        {"0", "5000", "0", "0", "0", "0", "0", "times without timed calls",
         "duration without timed calls"},
        {"2", "1000", "0", "0", "0", "2000", "0", "monologues longer", "monologue above duration"},
    };
    for (size_t i = 0; i < sizeof talk / sizeof talk[0]; i++) {
        char *t = talk_json(talk[i].timed, talk[i].dur, talk[i].agent, talk[i].cust, talk[i].sil,
                            talk[i].mono, talk[i].intr);
        char *j = summary_extra(t);
        if (talk[i].want) {
            expect_summary_error(j, talk[i].want, talk[i].name);
        } else {
            snap_summary d;
            cz_err e = {""};
            CHECK(snap_summary_decode(j, strlen(j), &d, &e) == 0, "talk: the template is valid");
            snap_summary_free(&d);
        }
        free(j);
        free(t);
    }
    struct {
        const char *extra, *want, *name;
    } other[] = {
        {"\"talk\":[]", "talk: expected an object or null", "talk as array"},
        {"\"talk\":{\"timed_calls\":1}", "missing field windows.today.talk.duration_ms_sum",
         "talk without its counters"},
        {"\"questions_sum\":\"4\"", "questions_sum: expected a number", "questions as string"},
        {"\"questions_sum\":-4", "out of range", "negative questions"},
        {"\"questions_sum\":2.5", "whole number", "fractional questions"},
        {"\"csat\":7", "csat: expected an object", "csat as number"},
        {"\"csat\":{\"rated\":1}", "missing field windows.today.csat.sum", "csat without sum"},
        {"\"csat\":{\"rated\":5,\"sum\":40}", "more rated calls than calls",
         "rated calls above calls"},
        {"\"csat\":{\"rated\":2,\"sum\":21}", "ratings above 10", "ratings above 10"},
        {"\"csat\":{\"rated\":0,\"sum\":1}", "ratings above 10", "ratings without rated calls"},
        {"\"csat\":{\"rated\":-1,\"sum\":0}", "out of range", "negative rated calls"},
    };
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++) {
        char *j = summary_extra(other[i].extra);
        expect_summary_error(j, other[i].want, other[i].name);
        free(j);
    }
    /* Huge but valid counters: the bound checks do not overflow. */
    char *t = talk_json("4", "9007199254740992", "40000", "0", "0", "9007199254740992",
                        "9007199254740992");
    char *j = summary_extra(t);
    snap_summary d;
    cz_err e = {""};
    CHECK(snap_summary_decode(j, strlen(j), &d, &e) == 0, "talk: counters up to 2^53");
    snap_summary_free(&d);
    free(j);
    free(t);
}

static void check_malformed(void)
{
    char *ok = summary_with("2");
    snap_summary d;
    cz_err e = {""};
    CHECK(snap_summary_decode(ok, strlen(ok), &d, &e) == 0, "malformed: the template is valid");
    snap_summary_free(&d);
    free(ok);

    expect_summary_error("", "invalid JSON", "empty");
    expect_summary_error("{\"schema\":1,", "invalid JSON", "truncated");
    expect_summary_error("not json", "invalid JSON", "garbage");
    expect_summary_error("[1,2]", "not a JSON object", "array root");
    expect_summary_error("{} {}", "unexpected data", "trailing data");
    expect_summary_error("{\"generated_at\":1}", "missing field schema", "no schema");
    expect_summary_error("{\"schema\":2,\"generated_at\":1}", "unsupported schema 2",
                         "future schema");
    expect_summary_error("{\"schema\":\"1\",\"generated_at\":1}", "expected a number",
                         "schema as string");
    expect_summary_error("{\"schema\":1,\"generated_at\":-5}", "out of range", "negative time");
    expect_summary_error("{\"schema\":1,\"generated_at\":1.5}", "whole number", "fractional time");
    expect_summary_error("{\"schema\":1,\"generated_at\":1e999}", "finite", "infinite time");

    struct {
        const char *calls, *want, *name;
    } cases[] = {
        {"-1", "out of range", "negative count"},
        {"\"2\"", "expected a number", "count as string"},
        {"null", "expected a number", "count null"},
        {"2.5", "whole number", "fractional count"},
        {"1e400", "finite", "overflowing count"},
        {"1e300", "out of range", "huge count"},
        {"0", "more conversions than calls", "conversions above calls"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *j = summary_with(cases[i].calls);
        expect_summary_error(j, cases[i].want, cases[i].name);
        free(j);
    }

    const char *base = "{\"schema\":1,\"generated_at\":1,\"batch_id\":\"x\",\"last_call_at\":0,"
                       "\"today\":\"%s\",\"windows\":{}}";
    char buf[512];
    snprintf(buf, sizeof buf, base, "2025-02-30");
    expect_summary_error(buf, "date", "impossible date");
    snprintf(buf, sizeof buf, base, "2025-10-09");
    expect_summary_error(buf, "missing field windows.today", "missing window");
    expect_summary_error("{\"schema\":1,\"generated_at\":1,\"batch_id\":7,\"last_call_at\":0}",
                         "batch_id: expected a string", "batch id number");
    expect_summary_error("{\"schema\":1,\"generated_at\":1,\"batch_id\":\"x\",\"last_call_at\":0,"
                         "\"today\":\"2025-10-09\",\"windows\":[]}",
                         "windows: expected an object", "windows array");

    /* Sentiment out of range, non-finite revenue, negative revenue. */
    char *j = summary_with("2");
    char *p = strstr(j, "\"avg_sentiment\":0.5");
    memcpy(p, "\"avg_sentiment\":7.5", 19);
    expect_summary_error(j, "out of range", "avg sentiment above 1");
    free(j);
    j = summary_with("2");
    p = strstr(j, "\"upsell_revenue\":1.00");
    memcpy(p, "\"upsell_revenue\":-1.0", 21);
    expect_summary_error(j, "out of range", "negative revenue");
    free(j);
    j = summary_with("2");
    p = strstr(j, "\"positive\":1");
    memcpy(p, "\"positive\":9", 12);
    expect_summary_error(j, "more sentiment labels", "labels above calls");
    free(j);
}

static void check_agents_malformed(void)
{
    snap_agents d;
    cz_err e = {""};
    const char *cases[][2] = {
        {"{\"schema\":1,\"generated_at\":1,\"agents\":{}}", "expected an array"},
        {"{\"schema\":1,\"generated_at\":1,\"agents\":[1]}", "agents[0]: expected an object"},
        {"{\"schema\":1,\"generated_at\":1,\"agents\":[{\"agent_name\":5}]}",
         "agents[0].agent_name: expected a string"},
        {"{\"schema\":1,\"generated_at\":1,\"agents\":[{\"agent_name\":\"a\"}]}",
         "missing field agents[0].windows"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[64];
        snprintf(name, sizeof name, "malformed agents %zu", i);
        int rc = snap_agents_decode(cases[i][0], strlen(cases[i][0]), &d, &e);
        CHECK(rc == -1 && strstr(e.msg, cases[i][1]) != NULL, name);
        CHECK(d.v == NULL && d.n == 0, "malformed agents: output left empty");
    }

    /* One element more than allowed. */
    strbuf b = SB_INIT;
    sb_puts(&b, "{\"schema\":1,\"generated_at\":1,\"agents\":[");
    for (int i = 0; i <= SNAPSHOT_MAX_AGENTS; i++)
        sb_puts(&b, i ? ",{}" : "{}");
    sb_puts(&b, "]}");
    int rc = snap_agents_decode(b.s, b.len, &d, &e);
    CHECK(rc == -1 && strstr(e.msg, "more than 10000") != NULL, "malformed agents: huge array");
    sb_free(&b);

    /* A bad row after good ones frees the good ones (sanitizer checks leaks). */
    const char *w = "{\"calls\":1,\"conversions\":0,\"upsell_revenue\":0,\"sentiment\":"
                    "{\"positive\":0,\"neutral\":1,\"negative\":0},\"avg_sentiment\":0}";
    sb_printf(&b, "{\"schema\":1,\"generated_at\":1,\"agents\":[{\"agent_name\":\"a\",\"windows\":"
                  "{\"today\":%s,\"week\":%s,\"all\":%s}},{\"agent_name\":\"b\"}]}",
              w, w, w);
    rc = snap_agents_decode(b.s, b.len, &d, &e);
    CHECK(rc == -1 && strstr(e.msg, "agents[1]") != NULL, "malformed agents: error names the row");
    sb_free(&b);

    snap_trend t;
    const char *days = "{\"schema\":1,\"generated_at\":1,\"days\":[{\"day\":\"2025-01-02\","
                       "\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,\"sentiment\":"
                       "{\"positive\":0,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0},"
                       "{\"day\":\"2025-01-01\",\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,"
                       "\"sentiment\":{\"positive\":0,\"neutral\":0,\"negative\":0},"
                       "\"avg_sentiment\":0}]}";
    rc = snap_trend_decode(days, strlen(days), &t, &e);
    CHECK(rc == -1 && strstr(e.msg, "increasing order") != NULL, "malformed trend: unordered days");
    CHECK(t.v == NULL, "malformed trend: output left empty");
    sb_puts(&b, "{\"schema\":1,\"generated_at\":1,\"days\":[");
    for (int i = 0; i <= SNAPSHOT_MAX_DAYS; i++)
        sb_puts(&b, i ? ",{}" : "{}");
    sb_puts(&b, "]}");
    rc = snap_trend_decode(b.s, b.len, &t, &e);
    CHECK(rc == -1 && strstr(e.msg, "more than 400") != NULL, "malformed trend: huge array");
    sb_free(&b);

    snap_status st;
    const char *bad_state = "{\"schema\":1,\"generated_at\":1,\"state\":[],\"version\":\"x\"}";
    rc = snap_status_decode(bad_state, strlen(bad_state), &st, &e);
    CHECK(rc == -1 && st.state == NULL, "malformed status: state not a string");
    const char *bad_lb = "{\"schema\":1,\"generated_at\":1,\"state\":\"online\",\"version\":\"x\","
                         "\"last_batch\":{\"batch_id\":\"b\"}}";
    rc = snap_status_decode(bad_lb, strlen(bad_lb), &st, &e);
    CHECK(rc == -1 && strstr(e.msg, "last_batch.files_seen") != NULL,
          "malformed status: incomplete last_batch");
    CHECK(snap_status_decode(NULL, 0, &st, &e) == -1, "malformed status: NULL buffer");
}

static char *clean(const char *s, size_t max)
{
    return snap_clean_text(s, strlen(s), max);
}

static void check_sanitise(void)
{
    char *s = clean("\x1b[31mRed\x1b[0m \x1b]0;pwned\x07 ok", 128);
    CHECK_STR(s, "[31mRed[0m ]0;pwned ok", "sanitise: ESC and BEL removed");
    free(s);
    s = clean("a\xc2\x9b" "2Jb\xc2\x85", 128);
    CHECK_STR(s, "a2Jb", "sanitise: C1 controls (CSI, NEL) removed");
    free(s);
    s = clean("x\xff\xfe\xc0\xaf\xed\xa0\x80y\xe2\x82", 128);
    CHECK_STR(s, "xy", "sanitise: invalid, overlong, surrogate, truncated UTF-8 removed");
    free(s);
    s = clean("  tab\there\r\nnext  ", 128);
    CHECK_STR(s, "tab here next", "sanitise: whitespace folded and trimmed");
    free(s);
    s = clean("evil\xe2\x80\xae" "cod.exe\x7f", 128);
    CHECK_STR(s, "evilcod.exe", "sanitise: bidi override and DEL removed");
    free(s);
    s = clean("\xc3\xa9\xc3\xa9\xc3\xa9", 5);
    CHECK_STR(s, "\xc3\xa9\xc3\xa9", "sanitise: cut on a character boundary");
    free(s);
    strbuf b = SB_INIT;
    for (int i = 0; i < 1000; i++)
        sb_puts(&b, "ab");
    s = snap_clean_text(b.s, b.len, SNAPSHOT_MAX_TEXT);
    CHECK(strlen(s) == SNAPSHOT_MAX_TEXT, "sanitise: length capped");
    free(s);
    sb_free(&b);

    const char *w = "{\"calls\":0,\"conversions\":0,\"upsell_revenue\":0,\"sentiment\":"
                    "{\"positive\":0,\"neutral\":0,\"negative\":0},\"avg_sentiment\":0}";
    sb_printf(&b, "{\"schema\":1,\"generated_at\":1,\"agents\":[{\"agent_name\":"
                  "\"\\u001b[2J\\u001b]0;owned\\u0007Mallory\\u009b31m\\u0000tail\",\"windows\":"
                  "{\"today\":%s,\"week\":%s,\"all\":%s}}]}",
              w, w, w);
    snap_agents d;
    cz_err e;
    int rc = snap_agents_decode(b.s, b.len, &d, &e);
    CHECK(rc == 0 && d.n == 1, "sanitise: agent with escapes decodes");
    if (rc == 0 && d.n == 1) {
        CHECK(strchr(d.v[0].agent_name, 0x1b) == NULL && strchr(d.v[0].agent_name, 7) == NULL,
              "sanitise: no ESC or BEL in agent name");
        CHECK_STR(d.v[0].agent_name, "[2J]0;ownedMallory31m", "sanitise: JSON escapes cleaned");
    }
    snap_agents_free(&d);
    sb_free(&b);

    uint32_t cp = 0;
    CHECK(cz_utf8_next("\xe2\x96\x88", 3, &cp) == 3 && cp == 0x2588, "utf8: full block");
    CHECK(cz_utf8_next("\xf0\x9f\x98\x80", 4, &cp) == 4 && cp == 0x1F600, "utf8: 4 bytes");
    CHECK(cz_utf8_next("\xf4\x90\x80\x80", 4, &cp) == -1, "utf8: above U+10FFFF");
    CHECK(cz_utf8_next("\xe0\x80\x80", 3, &cp) == -1, "utf8: overlong 3 bytes");
}

/* What the worker publishes, readers accept, whatever the sums: counters past
 * 2^53 (95 calls of 10^14 ms), revenue past $10^13, relations broken by
 * saturation. Values within bounds are not changed. */
static void check_bounded(void)
{
    snap_summary s = sample_summary();
    kpi_counts before = s.k.all, same = kpi_counts_bounded(&before);
    CHECK(memcmp(&before, &same, sizeof same) == 0, "bounded: values within bounds unchanged");
    kpi_counts *k = &s.k.today;
    k->calls = 95;
    k->timed_calls = 95;
    k->duration_ms_sum = 95 * INT64_C(100000000000000); /* past 2^53 */
    k->monologue_ms_sum = k->duration_ms_sum;
    k->upsell_cents = INT64_MAX;                        /* past $10^13 */
    k->interruptions_sum = INT64_MAX;
    k = &s.k.week;
    k->calls = INT64_MAX;
    k->conversions = INT64_MAX;
    k->positive = k->neutral = k->negative = INT64_MAX / 2;
    k->timed_calls = INT64_MAX;
    k->agent_talk_bp_sum = k->customer_talk_bp_sum = k->silence_bp_sum = INT64_MAX;
    k->questions_sum = -5;
    k->csat_calls = 7;
    k->csat_sum = 1000;
    char *json = snap_summary_encode(&s);
    snap_summary d;
    cz_err e = {""};
    int rc = json ? snap_summary_decode(json, strlen(json), &d, &e) : -1;
    CHECK(rc == 0, "bounded: a reader accepts counters past 2^53 once the writer bounds them");
    if (rc != 0)
        printf("  decode error: %s\n", e.msg);
    if (rc == 0) {
        CHECK(d.k.today.duration_ms_sum == SNAPSHOT_MAX_COUNT, "bounded: duration sum at 2^53");
        CHECK(d.k.today.upsell_cents == SNAPSHOT_MAX_CENTS, "bounded: revenue at $10^13");
        CHECK(d.k.week.calls == SNAPSHOT_MAX_COUNT &&
                  d.k.week.positive + d.k.week.neutral + d.k.week.negative <= d.k.week.calls,
              "bounded: labels at most calls");
        CHECK(d.k.week.csat_sum == 70 && d.k.week.questions_sum == 0,
              "bounded: ratings at most 10 each, no negative counter");
        snap_summary_free(&d);
    }
    free(json); /* s holds literals: nothing of it to free */
}

int main(void)
{
    check_bounded();
    check_derived();
    check_topic();
    check_summary_round_trip();
    check_agents_round_trip();
    check_agents_bound();
    check_fixed_bounds();
    check_trend_round_trip();
    check_status_round_trip();
    check_malformed();
    check_old_payloads();
    check_talk_malformed();
    check_agents_malformed();
    check_sanitise();
    T_END();
}
