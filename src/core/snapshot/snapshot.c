/* snapshot.c - the KPI snapshot payloads: derived rates and averages, topic
 * names, freeing and the JSON encoders the worker publishes with. Decoders
 * live in snapshot_decode.c, string sanitising in snapshot_text.c. Field
 * names and meanings: converza-mqtt(7). */
#include "snapshot.h"

#include <cJSON.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "snapshot_glance.h"

double kpi_share_pct(int64_t part, int64_t calls)
{
    return calls > 0 ? 100.0 * (double)part / (double)calls : 0.0;
}

double kpi_conversion_rate(const kpi_counts *k)
{
    return k ? kpi_share_pct(k->conversions, k->calls) : 0.0;
}

double kpi_avg_upsell(const kpi_counts *k)
{
    if (!k || k->calls <= 0)
        return 0.0;
    return (double)k->upsell_cents / 100.0 / (double)k->calls;
}

/* The average per call of a score summed in 1/10000 units, within -1..1. */
static double score_avg(int64_t sum_e4, int64_t calls)
{
    if (calls <= 0)
        return 0.0;
    double v = (double)sum_e4 / 10000.0 / (double)calls;
    return v < -1.0 ? -1.0 : v > 1.0 ? 1.0 : v;
}

double kpi_avg_sentiment(const kpi_counts *k)
{
    return k ? score_avg(k->sentiment_e4, k->calls) : 0.0;
}

/* sum / n / scale over the n calls that have the metric; -1 without any. */
static double per_call(int64_t sum, int64_t n, double scale)
{
    if (n <= 0 || sum < 0)
        return -1.0;
    return (double)sum / scale / (double)n;
}

double kpi_avg_duration_s(const kpi_counts *k)
{
    return k ? per_call(k->duration_ms_sum, k->timed_calls, 1000.0) : -1.0;
}

double kpi_avg_agent_talk_pct(const kpi_counts *k)
{
    return k ? per_call(k->agent_talk_bp_sum, k->timed_calls, 100.0) : -1.0;
}

double kpi_avg_customer_talk_pct(const kpi_counts *k)
{
    return k ? per_call(k->customer_talk_bp_sum, k->timed_calls, 100.0) : -1.0;
}

double kpi_avg_silence_pct(const kpi_counts *k)
{
    return k ? per_call(k->silence_bp_sum, k->timed_calls, 100.0) : -1.0;
}

double kpi_avg_monologue_s(const kpi_counts *k)
{
    return k ? per_call(k->monologue_ms_sum, k->timed_calls, 1000.0) : -1.0;
}

double kpi_avg_interruptions(const kpi_counts *k)
{
    return k ? per_call(k->interruptions_sum, k->timed_calls, 1.0) : -1.0;
}

double kpi_avg_questions(const kpi_counts *k)
{
    return k ? per_call(k->questions_sum, k->calls, 1.0) : -1.0;
}

double kpi_avg_csat(const kpi_counts *k)
{
    return k ? per_call(k->csat_sum, k->csat_calls, 1.0) : -1.0;
}

char *snap_topic(const char *prefix, const char *leaf)
{
    strbuf b = SB_INIT;
    size_t n = prefix ? strlen(prefix) : 0;
    while (n > 0 && prefix[n - 1] == '/')
        n--;
    if (n) {
        sb_append(&b, prefix, n);
        sb_putc(&b, '/');
    }
    sb_puts(&b, leaf ? leaf : "");
    return sb_steal(&b);
}

/* ---- bounds ----------------------------------------------------------- */

static int64_t clamp64(int64_t v, int64_t max)
{
    return v < 0 ? 0 : v > max ? max : v;
}

kpi_counts kpi_counts_bounded(const kpi_counts *in)
{
    kpi_counts k = *in;
    const int64_t M = SNAPSHOT_MAX_COUNT;
    /* Every counter of the table within its kind's range (a score is a sum
     * of values in -1..1: its average is clamped where it is used)... */
    for (int i = 0; i < KC_N; i++)
        if (KC_TABLE[i].kind != KC_SCORE)
            *kc_at(&k, i) = clamp64(kc_get(&k, i), KC_TABLE[i].kind == KC_MONEY
                                                       ? SNAPSHOT_MAX_CENTS : M);
    /* ...then the relations readers check (snapshot_decode.c). */
    k.conversions = clamp64(k.conversions, k.calls);
    /* Labels in a fixed order, each at most what the others leave. */
    k.negative = clamp64(k.negative, k.calls);
    k.neutral = clamp64(k.neutral, k.calls - k.negative);
    k.positive = clamp64(k.positive, k.calls - k.negative - k.neutral);
    k.timed_calls = clamp64(k.timed_calls, k.calls);
    /* 10000 bp per timed call, without overflow past 2^53 */
    int64_t bp = k.timed_calls > M / 10000 ? M : k.timed_calls * 10000;
    k.agent_talk_bp_sum = clamp64(k.agent_talk_bp_sum, bp);
    k.customer_talk_bp_sum = clamp64(k.customer_talk_bp_sum, bp - k.agent_talk_bp_sum);
    k.silence_bp_sum = clamp64(k.silence_bp_sum, bp - k.agent_talk_bp_sum - k.customer_talk_bp_sum);
    if (!k.timed_calls)
        k.duration_ms_sum = k.interruptions_sum = 0;
    k.monologue_ms_sum = clamp64(k.monologue_ms_sum, k.duration_ms_sum);
    k.csat_calls = clamp64(k.csat_calls, k.calls);
    k.csat_sum = clamp64(k.csat_sum, k.csat_calls > M / 10 ? M : k.csat_calls * 10);
    return k;
}

/* ---- freeing ---------------------------------------------------------- */

void snap_summary_free(snap_summary *s)
{
    if (!s)
        return;
    free(s->batch_id);
    snap_targets_free(&s->targets);
    memset(s, 0, sizeof *s);
}

void snap_agents_free(snap_agents *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].agent_name);
        free(s->v[i].team);
    }
    free(s->v);
    memset(s, 0, sizeof *s);
}

void snap_trend_free(snap_trend *s)
{
    if (!s)
        return;
    free(s->v);
    memset(s, 0, sizeof *s);
}

void snap_status_free(snap_status *s)
{
    if (!s)
        return;
    free(s->state);
    free(s->version);
    free(s->worker);
    free(s->batch_id);
    memset(s, 0, sizeof *s);
}

/* ---- encoding --------------------------------------------------------- */

/* Adds a number written exactly as text (e.g. "12.50"), so money keeps its
 * two decimals. Returns -1 when cJSON could not allocate. */
static int add_raw(cJSON *o, const char *name, const char *text)
{
    return cJSON_AddRawToObject(o, name, text) ? 0 : -1;
}

static int add_int(cJSON *o, const char *name, int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%" PRId64, v);
    return add_raw(o, name, buf);
}

/* Cents as dollars with two decimals, without going through a double. */
static int add_money(cJSON *o, const char *name, int64_t cents)
{
    char buf[48];
    const char *sign = cents < 0 ? "-" : "";
    uint64_t a = cents < 0 ? (uint64_t)0 - (uint64_t)cents : (uint64_t)cents;
    snprintf(buf, sizeof buf, "%s%" PRIu64 ".%02u", sign, a / 100, (unsigned)(a % 100));
    return add_raw(o, name, buf);
}

static int add_fixed(cJSON *o, const char *name, double v, int decimals)
{
    char buf[64];
    if (!isfinite(v))
        v = 0.0;
    snprintf(buf, sizeof buf, "%.*f", decimals, v);
    if (strcmp(buf, "-0.00") == 0 || strcmp(buf, "-0.0000") == 0)
        memmove(buf, buf + 1, strlen(buf));
    return add_raw(o, name, buf);
}

/* An average that may be unknown (< 0): two decimals, or null. */
static int add_avg(cJSON *o, const char *name, double v)
{
    if (v < 0 || !isfinite(v))
        return cJSON_AddNullToObject(o, name) ? 0 : -1;
    return add_fixed(o, name, v, 2);
}

/* The derived numbers the payload shows right after counter i, in o (the
 * KPI object) or g (the counter's group object). */
static int put_derived(cJSON *o, cJSON *g, int i, const kpi_counts *k)
{
    int rc = 0;
    switch (i) {
    case KC_conversions:
        return add_fixed(o, "conversion_rate", kpi_conversion_rate(k), 2);
    case KC_upsell_cents:
        return add_money(o, "avg_upsell_per_call",
                         k->calls > 0 ? llround((double)k->upsell_cents / (double)k->calls) : 0);
    case KC_negative: {
        cJSON *sh = cJSON_AddObjectToObject(o, "sentiment_share");
        if (!sh)
            return -1;
        rc |= add_fixed(sh, "positive", kpi_share_pct(k->positive, k->calls), 2);
        rc |= add_fixed(sh, "neutral", kpi_share_pct(k->neutral, k->calls), 2);
        rc |= add_fixed(sh, "negative", kpi_share_pct(k->negative, k->calls), 2);
        return rc;
    }
    case KC_interruptions_sum:
        rc |= add_avg(g, "avg_duration_s", kpi_avg_duration_s(k));
        rc |= add_avg(g, "agent_talk_pct", kpi_avg_agent_talk_pct(k));
        rc |= add_avg(g, "customer_talk_pct", kpi_avg_customer_talk_pct(k));
        rc |= add_avg(g, "silence_pct", kpi_avg_silence_pct(k));
        rc |= add_avg(g, "avg_longest_monologue_s", kpi_avg_monologue_s(k));
        rc |= add_avg(g, "avg_interruptions", kpi_avg_interruptions(k));
        return rc;
    case KC_questions_sum:
        return add_avg(o, "avg_customer_questions", kpi_avg_questions(k));
    case KC_csat_sum:
        return add_avg(g, "avg", kpi_avg_csat(k));
    default:
        return 0;
    }
}

/* Adds every counter of k (counters.h), each in its group object, made when
 * its first counter comes, and the derived numbers to object o, within what
 * readers accept. */
static int put_counts(cJSON *o, const kpi_counts *in)
{
    const kpi_counts bounded = kpi_counts_bounded(in), *k = &bounded;
    cJSON *groups[KG_N] = {o};
    int rc = 0;
    for (int i = 0; i < KC_N && rc == 0; i++) {
        const kc_desc *c = &KC_TABLE[i];
        cJSON *g = groups[c->group];
        if (!g && !(g = groups[c->group] = cJSON_AddObjectToObject(o, kc_group_name(c->group))))
            return -1;
        int64_t v = kc_get(k, i);
        if (c->kind == KC_MONEY)
            rc |= add_money(g, c->key, v);
        else if (c->kind == KC_SCORE) /* the average per call */
            rc |= add_fixed(g, c->key, score_avg(v, k->calls), 4);
        else
            rc |= add_int(g, c->key, v);
        rc |= put_derived(o, g, i, k);
    }
    return rc ? -1 : 0;
}

static int put_windows(cJSON *o, const kpi_windows *w)
{
    cJSON *ws = cJSON_AddObjectToObject(o, "windows");
    if (!ws)
        return -1;
    cJSON *t = cJSON_AddObjectToObject(ws, "today");
    cJSON *wk = cJSON_AddObjectToObject(ws, "week");
    cJSON *a = cJSON_AddObjectToObject(ws, "all");
    cJSON *b = cJSON_AddObjectToObject(ws, "baseline");
    if (!t || !wk || !a || !b)
        return -1;
    return put_counts(t, &w->today) | put_counts(wk, &w->week) | put_counts(a, &w->all) |
                   put_counts(b, &w->baseline) ? -1 : 0;
}

/* Starts a payload object with the schema and both forms of generated_at. */
static cJSON *begin(int64_t generated_at)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    char iso[32] = "";
    time_t t = (time_t)generated_at;
    struct tm tm;
    if (gmtime_r(&t, &tm))
        strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (add_int(o, "schema", SNAPSHOT_SCHEMA) < 0 || add_int(o, "generated_at", generated_at) < 0 ||
        !cJSON_AddStringToObject(o, "generated_at_iso", iso)) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* Prints and frees o; rc < 0 means building it failed. NULL on failure. */
static char *finish(cJSON *o, int rc)
{
    char *out = NULL;
    if (o && rc == 0) {
        char *p = cJSON_PrintUnformatted(o);
        if (p) {
            out = xstrdup(p); /* callers free with free(), whatever cJSON's hooks are */
            cJSON_free(p);
        }
    }
    cJSON_Delete(o);
    return out;
}

static const char *str_or_empty(const char *s)
{
    return s ? s : "";
}

char *snap_summary_encode(const snap_summary *s)
{
    cJSON *o = begin(s->generated_at);
    if (!o)
        return NULL;
    int rc = 0;
    rc |= cJSON_AddStringToObject(o, "batch_id", str_or_empty(s->batch_id)) ? 0 : -1;
    rc |= add_int(o, "last_call_at", s->last_call_at);
    char day[11];
    memcpy(day, s->today, sizeof day - 1);
    day[10] = '\0';
    rc |= cJSON_AddStringToObject(o, "today", day) ? 0 : -1;
    rc |= put_windows(o, &s->k);
    rc |= snap_put_glance(o, s);
    return finish(o, rc);
}

/* One agent's object as text, or NULL when cJSON could not allocate. */
static char *agent_json(const snap_agent *a)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    int rc = cJSON_AddStringToObject(o, "agent_name", str_or_empty(a->agent_name)) ? 0 : -1;
    rc |= put_windows(o, &a->k);
    if (a->team && a->team[0])
        rc |= cJSON_AddStringToObject(o, "team", a->team) ? 0 : -1;
    return finish(o, rc);
}

char *snap_agents_encode(const snap_agents *s, size_t max_bytes, size_t *kept)
{
    if (kept)
        *kept = 0;
    cJSON *o = begin(s->generated_at);
    if (!o)
        return NULL;
    int64_t total = s->total > (int64_t)s->n ? s->total : (int64_t)s->n;
    char *head = finish(o, add_int(o, "agents_total", total));
    if (!head)
        return NULL;
    /* The header object without its closing brace, then the array built one
     * agent at a time: a whole tree of 1,000 agents would cost ten times the
     * payload. */
    strbuf b = SB_INIT;
    sb_append(&b, head, strlen(head) - 1);
    free(head);
    sb_puts(&b, ",\"agents\":[");
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        char *a = agent_json(&s->v[i]);
        if (!a) {
            sb_free(&b);
            return NULL;
        }
        size_t len = strlen(a);
        if (b.len + len + 3 > max_bytes) { /* ",", "]}" */
            free(a);
            break;
        }
        if (n++)
            sb_putc(&b, ',');
        sb_append(&b, a, len);
        free(a);
    }
    sb_puts(&b, "]}");
    if (kept)
        *kept = n;
    return sb_steal(&b);
}

char *snap_trend_encode(const snap_trend *s)
{
    cJSON *o = begin(s->generated_at);
    if (!o)
        return NULL;
    cJSON *arr = cJSON_AddArrayToObject(o, "days");
    int rc = arr ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < s->n; i++) {
        cJSON *d = cJSON_CreateObject();
        if (!d || !cJSON_AddItemToArray(arr, d)) {
            cJSON_Delete(d);
            rc = -1;
            break;
        }
        char day[11];
        memcpy(day, s->v[i].day, sizeof day - 1);
        day[10] = '\0';
        rc |= cJSON_AddStringToObject(d, "day", day) ? 0 : -1;
        rc |= put_counts(d, &s->v[i].k);
    }
    return finish(o, rc);
}

char *snap_status_encode(const snap_status *s)
{
    cJSON *o = begin(s->generated_at);
    if (!o)
        return NULL;
    int rc = 0;
    rc |= cJSON_AddStringToObject(o, "state", str_or_empty(s->state)) ? 0 : -1;
    rc |= cJSON_AddStringToObject(o, "version", str_or_empty(s->version)) ? 0 : -1;
    if (s->worker && *s->worker)
        rc |= cJSON_AddStringToObject(o, "worker", s->worker) ? 0 : -1;
    cJSON *lb = cJSON_AddObjectToObject(o, "last_batch");
    if (!lb)
        return finish(o, -1);
    rc |= cJSON_AddStringToObject(lb, "batch_id", str_or_empty(s->batch_id)) ? 0 : -1;
    rc |= add_int(lb, "files_seen", s->files_seen);
    rc |= add_int(lb, "calls_loaded", s->calls_loaded);
    rc |= add_int(lb, "duplicates", s->duplicates);
    rc |= add_int(lb, "replaced", s->replaced);
    rc |= add_int(lb, "quarantined", s->quarantined);
    rc |= add_fixed(lb, "duration_s", s->duration_s, 3);
    rc |= add_fixed(lb, "calls_per_s", s->calls_per_s, 1);
    return finish(o, rc);
}
