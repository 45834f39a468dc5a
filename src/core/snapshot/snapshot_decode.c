/* snapshot_decode.c - the payload decoders. Input comes from a broker anyone
 * on the network may publish to, so every field is checked for presence, type
 * and range, arrays for size, and every string is sanitised. Only the
 * conversation metrics may be absent (payloads of older workers). Errors name
 * the field path ("agents[3].windows.week.calls") and never echo the input. */
#include "snapshot.h"
#include "snapshot_cats.h"
#include "snapshot_internal.h"

#include <cJSON.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot_glance.h"

#define MAX_PAYLOAD SNAPSHOT_MAX_PAYLOAD /* bytes */
#define MAX_COUNT 9007199254740992.0     /* 2^53: exact in a double */
#define MAX_EPOCH 253402300799.0         /* 9999-12-31T23:59:59Z */
#define MAX_DOLLARS 1e13                 /* cents stay exact below 2^53 */

/* ---- field access ----------------------------------------------------- */

static cJSON *field(const cJSON *o, const char *key, const char *path, cz_err *err)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v)
        cz_err_set(err, "missing field %s%s%s", path, *path ? "." : "", key);
    return v;
}

static int type_error(const char *path, const char *key, const char *what, cz_err *err)
{
    cz_err_set(err, "field %s%s%s: expected %s", path, *path ? "." : "", key, what);
    return -1;
}

static cJSON *get_object(const cJSON *o, const char *key, const char *path, cz_err *err)
{
    cJSON *v = field(o, key, path, err);
    if (v && !cJSON_IsObject(v)) {
        type_error(path, key, "an object", err);
        return NULL;
    }
    return v;
}

static int get_number(const cJSON *o, const char *key, const char *path, double min, double max,
                      bool whole, double *out, cz_err *err)
{
    cJSON *v = field(o, key, path, err);
    if (!v)
        return -1;
    if (!cJSON_IsNumber(v))
        return type_error(path, key, "a number", err);
    double d = v->valuedouble;
    if (!isfinite(d))
        return type_error(path, key, "a finite number", err);
    if (whole && d != floor(d))
        return type_error(path, key, "a whole number", err);
    if (d < min || d > max) {
        cz_err_set(err, "field %s%s%s: %g is out of range %g..%g", path, *path ? "." : "", key,
                   d, min, max);
        return -1;
    }
    *out = d;
    return 0;
}

static int get_count(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err)
{
    double d;
    if (get_number(o, key, path, 0, MAX_COUNT, true, &d, err) < 0)
        return -1;
    *out = (int64_t)d;
    return 0;
}

static int get_epoch(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err)
{
    double d;
    if (get_number(o, key, path, 0, MAX_EPOCH, true, &d, err) < 0)
        return -1;
    *out = (int64_t)d;
    return 0;
}

/* A string field, sanitised and cut to max bytes. *out is malloc'd. */
static int get_string(const cJSON *o, const char *key, const char *path, size_t max, char **out,
                      cz_err *err)
{
    cJSON *v = field(o, key, path, err);
    if (!v)
        return -1;
    if (!cJSON_IsString(v) || !v->valuestring)
        return type_error(path, key, "a string", err);
    *out = snap_clean_text(v->valuestring, strlen(v->valuestring), max);
    return 0;
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* "YYYY-MM-DD" naming a real calendar day. */
static bool valid_day(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1970 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= mdays[m - 1] + (m == 2 && leap(y));
}

static int get_day(const cJSON *o, const char *key, const char *path, char out[11], cz_err *err)
{
    cJSON *v = field(o, key, path, err);
    if (!v)
        return -1;
    if (!cJSON_IsString(v) || !v->valuestring || !valid_day(v->valuestring))
        return type_error(path, key, "a date YYYY-MM-DD", err);
    memcpy(out, v->valuestring, 10);
    out[10] = '\0';
    return 0;
}

/* ---- shared parts ----------------------------------------------------- */

/* Parses the whole buffer into an object; nothing but spaces may follow it. */
static cJSON *parse_root(const char *buf, size_t len, cz_err *err)
{
    if (!buf) {
        cz_err_set(err, "empty payload");
        return NULL;
    }
    if (len > MAX_PAYLOAD) {
        cz_err_set(err, "payload of %zu bytes is larger than %u", len, MAX_PAYLOAD);
        return NULL;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, false);
    if (!root) {
        size_t at = end && end >= buf && end <= buf + len ? (size_t)(end - buf) : 0;
        cz_err_set(err, "invalid JSON near byte %zu", at);
        return NULL;
    }
    for (const char *p = end; p && p < buf + len; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
            cz_err_set(err, "unexpected data after the JSON value at byte %zu", (size_t)(p - buf));
            cJSON_Delete(root);
            return NULL;
        }
    if (!cJSON_IsObject(root)) {
        cz_err_set(err, "payload is not a JSON object");
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

static int get_header(const cJSON *root, int *schema, int64_t *generated_at, cz_err *err)
{
    double d;
    if (get_number(root, "schema", "", 1, 1e9, true, &d, err) < 0)
        return -1;
    if ((int)d != SNAPSHOT_SCHEMA) {
        cz_err_set(err, "unsupported schema %d (this program reads %d)", (int)d, SNAPSHOT_SCHEMA);
        return -1;
    }
    *schema = (int)d;
    return get_epoch(root, "generated_at", "", generated_at, err);
}

/* An optional field: 0 with *out NULL when absent or null (payloads of
 * older workers), 0 with *out set when it is an object (want_object) or a
 * number, else -1 with err set. */
static int get_optional(const cJSON *o, const char *key, const char *path, bool want_object,
                        cJSON **out, cz_err *err)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    *out = NULL;
    if (!v || cJSON_IsNull(v))
        return 0;
    if (want_object ? !cJSON_IsObject(v) : !cJSON_IsNumber(v))
        return type_error(path, key, want_object ? "an object or null" : "a number or null", err);
    *out = v;
    return 0;
}

/* sum <= per * n, without overflowing (sum is at most a few times 2^53). */
static bool at_most(int64_t sum, int64_t per, int64_t n)
{
    return n > INT64_MAX / per || sum <= per * n;
}

static int counts_error(const char *path, const char *key, const char *what, cz_err *err)
{
    cz_err_set(err, "field %s%s%s: %s", path, *path ? "." : "", key, what);
    return -1;
}

/* Counter i (counters.h) from its group object g into k. A KC_OPT counter
 * absent or null stays 0. The score's average needs k->calls, read before. */
static int get_counter(const cJSON *g, const char *path, int i, kpi_counts *k, cz_err *err)
{
    const kc_desc *c = &KC_TABLE[i];
    if (c->need == KC_OPT) {
        cJSON *v;
        if (get_optional(g, c->key, path, false, &v, err) < 0)
            return -1;
        if (!v)
            return 0;
    }
    double d;
    switch (c->kind) {
    case KC_MONEY:
        if (get_number(g, c->key, path, 0, MAX_DOLLARS, false, &d, err) < 0)
            return -1;
        *kc_at(k, i) = llround(d * 100.0);
        return 0;
    case KC_SCORE:
        if (get_number(g, c->key, path, -1, 1, false, &d, err) < 0)
            return -1;
        d *= 10000.0 * (double)k->calls; /* the sum, |d| <= 10^4 * 2^53 */
        *kc_at(k, i) = d >= 9.2e18 ? INT64_MAX : d <= -9.2e18 ? INT64_MIN : llround(d);
        return 0;
    default:
        return get_count(g, c->key, path, kc_at(k, i), err);
    }
}

/* The counters' meaning across each other: what no set of calls can have. */
static int check_counts(const char *path, const kpi_counts *k, cz_err *err)
{
    if (k->conversions > k->calls) {
        cz_err_set(err, "field %s: more conversions than calls", path);
        return -1;
    }
    if (k->positive + k->neutral + k->negative > k->calls) {
        cz_err_set(err, "field %s: more sentiment labels than calls", path);
        return -1;
    }
    if (k->timed_calls > k->calls)
        return counts_error(path, "talk", "more timed calls than calls", err);
    if (!at_most(k->agent_talk_bp_sum + k->customer_talk_bp_sum + k->silence_bp_sum, 10000,
                 k->timed_calls))
        return counts_error(path, "talk", "talk and silence shares above 100% per call", err);
    if (k->timed_calls == 0 && (k->duration_ms_sum || k->interruptions_sum))
        return counts_error(path, "talk", "times without timed calls", err);
    if (k->monologue_ms_sum > k->duration_ms_sum)
        return counts_error(path, "talk", "monologues longer than the calls", err);
    if (k->csat_calls > k->calls)
        return counts_error(path, "csat", "more rated calls than calls", err);
    if (!at_most(k->csat_sum, 10, k->csat_calls))
        return counts_error(path, "csat", "ratings above 10 per rated call", err);
    return 0;
}

/* A KPI object: every counter of the table from its group, "sentiment"
 * required, "talk" and "csat" optional (absent or null: their counters stay
 * 0, so the averages read as unknown). Derived numbers are not read. */
static int get_counts(const cJSON *o, const char *path, kpi_counts *k, cz_err *err)
{
    const cJSON *groups[KG_N] = {o};
    char sub[KG_N][192];
    memset(k, 0, sizeof *k);
    snprintf(sub[KG_TOP], sizeof sub[KG_TOP], "%s", path);
    for (int g = 1; g < KG_N; g++) {
        const char *name = kc_group_name((kc_group)g);
        cJSON *v;
        if (g == KG_SENTIMENT)
            v = get_object(o, name, path, err);
        else if (get_optional(o, name, path, true, &v, err) < 0)
            return -1;
        if (!v && g == KG_SENTIMENT)
            return -1;
        groups[g] = v;
        snprintf(sub[g], sizeof sub[g], "%s%s%s", path, *path ? "." : "", name);
    }
    for (int i = 0; i < KC_N; i++) {
        kc_group g = KC_TABLE[i].group;
        if (groups[g] && get_counter(groups[g], sub[g], i, k, err) < 0)
            return -1;
    }
    return check_counts(path, k, err);
}

static int get_windows(const cJSON *o, const char *path, kpi_windows *w, cz_err *err)
{
    static const char *const names[] = {"today", "week", "all"};
    kpi_counts *dst[] = {&w->today, &w->week, &w->all};
    char wpath[128], sub[160];
    snprintf(wpath, sizeof wpath, "%s%swindows", path, *path ? "." : "");
    cJSON *ws = get_object(o, "windows", path, err);
    if (!ws)
        return -1;
    for (int i = 0; i < 3; i++) {
        cJSON *c = get_object(ws, names[i], wpath, err);
        snprintf(sub, sizeof sub, "%s.%s", wpath, names[i]);
        if (!c || get_counts(c, sub, dst[i], err) < 0)
            return -1;
    }
    /* The baseline is newer: absent or null from older workers (zero). */
    cJSON *b;
    if (get_optional(ws, "baseline", wpath, true, &b, err) < 0)
        return -1;
    snprintf(sub, sizeof sub, "%s.baseline", wpath);
    return b ? get_counts(b, sub, &w->baseline, err) : 0;
}

/* The array field key of root with at most max elements, each an object. */
/* The one reader of an array of objects (snapshot_internal.h): checks the
 * array, its size and element types, allocates the slots, reads each with
 * read_one, checks the total against the elements sent, and frees everything
 * on any failure. */
int snap_get_objects(const cJSON *o, const char *key, const char *path, size_t max,
                     size_t elem_size, snap_read_fn read_one, void (*free_one)(void *slot),
                     const snap_total *total, void **v, size_t *n, cz_err *err)
{
    *v = NULL;
    *n = 0;
    if (total) {
        cJSON *t = NULL;
        *total->out = 0;
        if (total->optional && get_optional(o, total->key, path, false, &t, err) < 0)
            return -1;
        if ((!total->optional || t) && get_count(o, total->key, path, total->out, err) < 0)
            return -1;
    }
    cJSON *a = field(o, key, path, err);
    if (!a)
        return -1;
    if (!cJSON_IsArray(a))
        return type_error(path, key, "an array", err);
    size_t count = 0;
    for (cJSON *e = a->child; e; e = e->next) {
        if (++count > max) {
            cz_err_set(err, "field %s%s%s: more than %zu elements", path, *path ? "." : "", key,
                       max);
            return -1;
        }
        if (!cJSON_IsObject(e)) {
            cz_err_set(err, "field %s%s%s[%zu]: expected an object", path, *path ? "." : "", key,
                       count - 1);
            return -1;
        }
    }
    char *slots = xcalloc(count ? count : 1, elem_size);
    size_t i = 0;
    int rc = 0;
    for (cJSON *e = a->child; e && rc == 0; e = e->next, i++) {
        char p[128];
        snprintf(p, sizeof p, "%s%s%s[%zu]", path, *path ? "." : "", key, i);
        rc = read_one(e, p, i, slots + i * elem_size, err);
    }
    if (rc == 0 && total) {
        cJSON *t = cJSON_GetObjectItemCaseSensitive(o, total->key);
        if (total->optional && (!t || cJSON_IsNull(t)))
            *total->out = (int64_t)count;
        else if (*total->out < (int64_t)count)
            rc = counts_error(path, total->key, total->what, err);
    }
    if (rc) {
        /* every slot read so far, the failed one too (partly filled) */
        for (size_t j = 0; free_one && j < i && j < count; j++)
            free_one(slots + j * elem_size);
        free(slots);
        return -1;
    }
    *v = slots;
    *n = count;
    return 0;
}

/* ---- decoders --------------------------------------------------------- */

int snap_summary_decode(const char *buf, size_t len, snap_summary *out, cz_err *err)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = parse_root(buf, len, err);
    if (!root)
        return -1;
    int rc = -1;
    if (get_header(root, &s.schema, &s.generated_at, err) == 0 &&
        get_string(root, "batch_id", "", SNAPSHOT_MAX_TEXT, &s.batch_id, err) == 0 &&
        get_epoch(root, "last_call_at", "", &s.last_call_at, err) == 0 &&
        get_day(root, "today", "", s.today, err) == 0 && get_windows(root, "", &s.k, err) == 0 &&
        snap_get_glance(root, &s, err) == 0 &&
        snap_cats_get(root, "", &s.k, &s.cats, err) == 0 &&
        snap_get_optional_string(root, "timezone", "", "", &s.timezone, err) == 0)
        rc = 0;
    cJSON_Delete(root);
    if (rc < 0)
        snap_summary_free(&s);
    else
        *out = s;
    return rc;
}

/* agents_total: how many agents the worker has, at least the n it sent.
 * Older workers leave it out: then it is n. */
/* One agent of the agents payload; the name first, so a slot that fails
 * later still owns only what snap_agents_free's parts free. */
static int read_agent(const cJSON *e, const char *path, size_t i, void *slot, cz_err *err)
{
    (void)i;
    snap_agent *a = slot;
    if (get_string(e, "agent_name", path, SNAPSHOT_MAX_TEXT, &a->agent_name, err) < 0 ||
        get_windows(e, path, &a->k, err) < 0 ||
        snap_get_optional_string(e, "team", path, "unassigned", &a->team, err) < 0)
        return -1;
    return snap_cats_get(e, path, &a->k, &a->cats, err);
}

static void free_agent(void *slot)
{
    snap_agent *a = slot;
    free(a->agent_name);
    free(a->team);
    snap_cats_free(&a->cats);
}

int snap_agents_decode(const char *buf, size_t len, snap_agents *out, cz_err *err)
{
    snap_agents s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = parse_root(buf, len, err);
    if (!root)
        return -1;
    const snap_total total = {"agents_total", true, "fewer than the agents sent", &s.total};
    void *v = NULL;
    int rc = get_header(root, &s.schema, &s.generated_at, err);
    if (rc == 0)
        rc = snap_get_objects(root, "agents", "", SNAPSHOT_MAX_AGENTS, sizeof *s.v, read_agent,
                              free_agent, &total, &v, &s.n, err);
    s.v = v;
    cJSON_Delete(root);
    if (rc == 0)
        *out = s;
    return rc;
}

/* One day of the trend, after the one before it. */
static int read_day(const cJSON *e, const char *path, size_t i, void *slot, cz_err *err)
{
    snap_day *d = slot;
    if (get_day(e, "day", path, d->day, err) < 0 || get_counts(e, path, &d->k, err) < 0)
        return -1;
    if (i > 0 && strcmp(d[-1].day, d->day) >= 0) {
        cz_err_set(err, "field %s.day: days are not in increasing order", path);
        return -1;
    }
    return 0;
}

int snap_trend_decode(const char *buf, size_t len, snap_trend *out, cz_err *err)
{
    snap_trend s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = parse_root(buf, len, err);
    if (!root)
        return -1;
    void *v = NULL;
    int rc = get_header(root, &s.schema, &s.generated_at, err);
    if (rc == 0)
        rc = snap_get_objects(root, "days", "", SNAPSHOT_MAX_DAYS, sizeof *s.v, read_day, NULL,
                              NULL, &v, &s.n, err);
    s.v = v;
    cJSON_Delete(root);
    if (rc == 0)
        *out = s;
    return rc;
}

static int get_last_batch(const cJSON *root, snap_status *s, cz_err *err)
{
    cJSON *lb = cJSON_GetObjectItemCaseSensitive(root, "last_batch");
    if (!lb || cJSON_IsNull(lb)) {
        s->batch_id = xstrdup("");
        return 0; /* no batch yet */
    }
    if (!cJSON_IsObject(lb))
        return type_error("", "last_batch", "an object or null", err);
    const char *p = "last_batch";
    if (get_string(lb, "batch_id", p, SNAPSHOT_MAX_TEXT, &s->batch_id, err) < 0 ||
        get_count(lb, "files_seen", p, &s->files_seen, err) < 0 ||
        get_count(lb, "calls_loaded", p, &s->calls_loaded, err) < 0 ||
        get_count(lb, "duplicates", p, &s->duplicates, err) < 0 ||
        get_count(lb, "replaced", p, &s->replaced, err) < 0 ||
        get_count(lb, "quarantined", p, &s->quarantined, err) < 0 ||
        get_number(lb, "duration_s", p, 0, 1e9, false, &s->duration_s, err) < 0 ||
        get_number(lb, "calls_per_s", p, 0, 1e12, false, &s->calls_per_s, err) < 0)
        return -1;
    return 0;
}

/* "worker" (host:pid of the active worker) is optional: older workers do
 * not send it. */
static int get_worker(const cJSON *root, snap_status *s, cz_err *err)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "worker");
    if (!v || cJSON_IsNull(v)) {
        s->worker = xstrdup("");
        return 0;
    }
    return get_string(root, "worker", "", SNAPSHOT_MAX_TEXT, &s->worker, err);
}

int snap_status_decode(const char *buf, size_t len, snap_status *out, cz_err *err)
{
    snap_status s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = parse_root(buf, len, err);
    if (!root)
        return -1;
    int rc = -1;
    if (get_header(root, &s.schema, &s.generated_at, err) == 0 &&
        get_string(root, "state", "", 32, &s.state, err) == 0 &&
        get_string(root, "version", "", 64, &s.version, err) == 0 &&
        get_worker(root, &s, err) == 0 && get_last_batch(root, &s, err) == 0)
        rc = 0;
    cJSON_Delete(root);
    if (rc < 0)
        snap_status_free(&s);
    else
        *out = s;
    return rc;
}

/* ---- for the other payloads' decoders (snapshot_internal.h) ------------ */

int snap_get_optional_string(const cJSON *o, const char *key, const char *path, const char *def,
                             char **out, cz_err *err)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v)) {
        *out = xstrdup(def);
        return 0;
    }
    return get_string(o, key, path, SNAPSHOT_MAX_TEXT, out, err);
}
cJSON *snap_parse_root(const char *buf, size_t len, cz_err *err) { return parse_root(buf, len, err); }
int snap_get_header(const cJSON *root, int *schema, int64_t *generated_at, cz_err *err)
{
    return get_header(root, schema, generated_at, err);
}
int snap_get_string(const cJSON *o, const char *key, const char *path, char **out, cz_err *err)
{
    return get_string(o, key, path, SNAPSHOT_MAX_TEXT, out, err);
}
int snap_get_day(const cJSON *o, const char *key, const char *path, char out[11], cz_err *err)
{
    return get_day(o, key, path, out, err);
}
int snap_get_count(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err)
{
    return get_count(o, key, path, out, err);
}
int snap_get_epoch(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err)
{
    return get_epoch(o, key, path, out, err);
}
int snap_get_number(const cJSON *o, const char *key, const char *path, double min, double max,
                    bool whole, double *out, cz_err *err)
{
    return get_number(o, key, path, min, max, whole, out, err);
}
int snap_get_windows(const cJSON *o, const char *path, kpi_windows *w, cz_err *err)
{
    return get_windows(o, path, w, err);
}
