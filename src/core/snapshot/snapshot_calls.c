/* snapshot_calls.c - encoder and decoder of the drill-down payload (see
 * snapshot_calls.h): an agent's newest calls, their evidence and turns. The
 * encoder writes text with strbuf so the byte budget is measured exactly as
 * published; the decoder checks every field like snapshot_decode.c. */
#include "snapshot_calls.h"

#include <cJSON.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "snapshot.h"

#define MAX_EPOCH 253402300799.0 /* 9999-12-31T23:59:59Z */
#define MAX_DURATION_MS 86400000.0 /* the worker refuses calls over 24 hours */
#define MAX_UPSELL_CENTS 1000000000.0 /* $10,000,000: the worker's limit per call */

void snap_calls_key(const char *agent_name, char out[17])
{
    const char *n = agent_name ? agent_name : "";
    char *clean = snap_clean_text(n, strlen(n), SNAPSHOT_MAX_TEXT);
    snprintf(out, 17, "%016" PRIx64, cz_fnv1a64(clean, strlen(clean)));
    free(clean);
}

char *snap_calls_topic(const char *prefix, const char *agent_name)
{
    char key[17], leaf[sizeof SNAP_TOPIC_CALLS + 17];
    snap_calls_key(agent_name, key);
    snprintf(leaf, sizeof leaf, "%s/%s", SNAP_TOPIC_CALLS, key);
    return snap_topic(prefix, leaf);
}

void snap_call_free(snap_call *c)
{
    if (!c)
        return;
    free(c->call_id);
    snap_evidence *lists[3] = {c->conv, c->upsell, c->sent};
    size_t ns[3] = {c->n_conv, c->n_upsell, c->n_sent};
    for (int l = 0; l < 3; l++) {
        for (size_t i = 0; i < ns[l]; i++)
            free(lists[l][i].text);
        free(lists[l]);
    }
    for (size_t i = 0; i < c->n_turns; i++)
        free(c->turns[i].text);
    free(c->turns);
    memset(c, 0, sizeof *c);
}

void snap_calls_free(snap_calls *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        snap_call_free(&s->v[i]);
    free(s->v);
    free(s->agent_name);
    memset(s, 0, sizeof *s);
}

/* ---- encoding --------------------------------------------------------- */

/* s cleaned and cut to max bytes, as a JSON string. */
static void put_text(strbuf *b, const char *s, size_t max)
{
    char *c = snap_clean_text(s ? s : "", s ? strlen(s) : 0, max);
    sb_json_string(b, c);
    free(c);
}

static void put_list(strbuf *b, const char *name, const snap_evidence *v, size_t n, bool money)
{
    sb_printf(b, "\"%s\":[", name);
    if (n > SNAPSHOT_EVIDENCE_MAX)
        n = SNAPSHOT_EVIDENCE_MAX;
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(b, ',');
        if (money) {
            sb_puts(b, "{\"text\":");
            put_text(b, v[i].text, SNAPSHOT_EVIDENCE_TEXT);
            sb_puts(b, ",\"amount\":");
            sb_fixed(b, v[i].cents < 0 ? 0 : v[i].cents, 2);
            sb_putc(b, '}');
        } else {
            put_text(b, v[i].text, SNAPSHOT_EVIDENCE_TEXT);
        }
    }
    sb_putc(b, ']');
}

static const char *speaker_name(snap_speaker s)
{
    return s == SNAP_SPK_AGENT ? "agent" : s == SNAP_SPK_CUSTOMER ? "customer" : "unknown";
}

/* A call's fields up to, not including, "turns". */
static void put_call_head(strbuf *b, const snap_call *c)
{
    int64_t up = c->upsell_cents < 0 ? 0 : c->upsell_cents > (int64_t)MAX_UPSELL_CENTS
                                              ? (int64_t)MAX_UPSELL_CENTS : c->upsell_cents;
    int sc = c->score_e4 < -10000 ? -10000 : c->score_e4 > 10000 ? 10000 : c->score_e4;
    sb_puts(b, "{\"call_id\":");
    put_text(b, c->call_id, SNAPSHOT_MAX_TEXT);
    sb_printf(b, ",\"time\":%" PRId64 ",\"day\":", c->time < 0 ? 0 : c->time);
    put_text(b, c->day, 10);
    sb_puts(b, ",\"duration_ms\":");
    if (c->duration_ms >= 0 && c->duration_ms <= (int64_t)MAX_DURATION_MS)
        sb_printf(b, "%" PRId64, c->duration_ms);
    else
        sb_puts(b, "null");
    sb_printf(b, ",\"conversion\":%s,\"upsell\":", c->conversion ? "true" : "false");
    sb_fixed(b, up, 2);
    sb_printf(b, ",\"sentiment\":\"%s\",\"score\":",
              c->sentiment > 0 ? "positive" : c->sentiment < 0 ? "negative" : "neutral");
    sb_fixed(b, sc, 4);
    sb_puts(b, ",\"evidence\":{");
    put_list(b, "conversion", c->conv, c->n_conv, false);
    sb_putc(b, ',');
    put_list(b, "upsell", c->upsell, c->n_upsell, true);
    sb_putc(b, ',');
    put_list(b, "sentiment", c->sent, c->n_sent, false);
    sb_printf(b, "},\"turns_total\":%" PRId64 ",\"turns\":",
              c->turns_total > (int64_t)c->n_turns ? c->turns_total : (int64_t)c->n_turns);
}

static void put_turns(strbuf *b, const snap_call *c)
{
    size_t n = c->n_turns > SNAPSHOT_TURNS_MAX ? SNAPSHOT_TURNS_MAX : c->n_turns;
    sb_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(b, ',');
        sb_printf(b, "{\"speaker\":\"%s\",\"text\":", speaker_name(c->turns[i].speaker));
        put_text(b, c->turns[i].text, SNAPSHOT_TURN_TEXT);
        sb_putc(b, '}');
    }
    sb_putc(b, ']');
}

char *snap_calls_encode(const snap_calls *s, size_t max_bytes, size_t *with_turns)
{
    size_t n = s->n > SNAPSHOT_CALLS_SENT ? SNAPSHOT_CALLS_SENT : s->n;
    strbuf head = SB_INIT;
    char iso[32] = "";
    time_t ga = (time_t)s->generated_at;
    struct tm tm;
    if (gmtime_r(&ga, &tm))
        strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sb_printf(&head, "{\"schema\":%d,\"generated_at\":%" PRId64 ",\"generated_at_iso\":\"%s\",\"agent\":",
              SNAPSHOT_SCHEMA, s->generated_at, iso);
    put_text(&head, s->agent_name, SNAPSHOT_MAX_TEXT);
    sb_printf(&head, ",\"calls_total\":%" PRId64 ",\"calls\":[",
              s->calls_total > (int64_t)n ? s->calls_total : (int64_t)n);
    /* Every call without its turns first, to know what the turns may use. */
    strbuf *heads = xcalloc(n ? n : 1, sizeof *heads);
    size_t used = head.len + 2; /* "]}" */
    for (size_t i = 0; i < n; i++) {
        put_call_head(&heads[i], &s->v[i]);
        used += heads[i].len + sizeof "null}" - 1 + (i ? 1 : 0);
    }
    strbuf out = SB_INIT, turns = SB_INIT;
    sb_append(&out, head.s, head.len);
    size_t kept = 0;
    bool full = false; /* once one call's turns do not fit, older ones go without */
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(&out, ',');
        sb_append(&out, heads[i].s, heads[i].len);
        sb_clear(&turns);
        if (!full)
            put_turns(&turns, &s->v[i]);
        if (!full && used - 4 + turns.len <= max_bytes) {
            sb_append(&out, turns.s, turns.len);
            used += turns.len - 4;
            kept++;
        } else {
            full = true;
            sb_puts(&out, "null");
        }
        sb_putc(&out, '}');
        sb_free(&heads[i]);
    }
    sb_puts(&out, "]}");
    sb_free(&turns);
    sb_free(&head);
    free(heads);
    if (with_turns)
        *with_turns = kept;
    return sb_steal(&out);
}

/* ---- decoding --------------------------------------------------------- */

static int bad(cz_err *err, const char *path, const char *what)
{
    cz_err_set(err, "field %s: expected %s", path, what);
    return -1;
}

static int num(const cJSON *o, const char *key, const char *path, double min, double max,
               bool whole, bool nullable, double *out, cz_err *err)
{
    char p[96];
    snprintf(p, sizeof p, "%s%s%s", path, *path ? "." : "", key);
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v) {
        cz_err_set(err, "missing field %s", p);
        return -1;
    }
    if (nullable && cJSON_IsNull(v)) {
        *out = -1;
        return 0;
    }
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble))
        return bad(err, p, "a number");
    double d = v->valuedouble;
    if (whole && d != floor(d))
        return bad(err, p, "a whole number");
    if (d < min || d > max) {
        cz_err_set(err, "field %s: %g is out of range %g..%g", p, d, min, max);
        return -1;
    }
    *out = d;
    return 0;
}

static int str(const cJSON *o, const char *key, const char *path, size_t max, char **out,
               cz_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    char p[96];
    snprintf(p, sizeof p, "%s%s%s", path, *path ? "." : "", key);
    if (!cJSON_IsString(v) || !v->valuestring)
        return v ? bad(err, p, "a string") : (cz_err_set(err, "missing field %s", p), -1);
    *out = snap_clean_text(v->valuestring, strlen(v->valuestring), max);
    return 0;
}

static int64_t cents_of(double dollars)
{
    return (int64_t)llround(dollars * 100.0);
}

static int evidence_list(const cJSON *ev, const char *key, const char *path, bool money,
                         snap_evidence **out, size_t *n, cz_err *err)
{
    char p[96];
    snprintf(p, sizeof p, "%s.%s", path, key);
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(ev, key);
    if (!cJSON_IsArray(a))
        return bad(err, p, "an array");
    int len = cJSON_GetArraySize(a);
    if (len > SNAPSHOT_EVIDENCE_MAX) {
        cz_err_set(err, "field %s: %d entries, at most %d", p, len, SNAPSHOT_EVIDENCE_MAX);
        return -1;
    }
    *out = xcalloc((size_t)len + 1, sizeof **out);
    const cJSON *e;
    cJSON_ArrayForEach(e, a)
    {
        char ep[112];
        snprintf(ep, sizeof ep, "%s[%zu]", p, *n);
        snap_evidence *x = &(*out)[*n];
        if (money) {
            double amount;
            if (!cJSON_IsObject(e))
                return bad(err, ep, "an object");
            if (str(e, "text", ep, SNAPSHOT_EVIDENCE_TEXT, &x->text, err) < 0)
                return -1;
            (*n)++;
            if (num(e, "amount", ep, 0, MAX_UPSELL_CENTS / 100, false, false, &amount, err) < 0)
                return -1;
            x->cents = cents_of(amount);
        } else {
            if (!cJSON_IsString(e) || !e->valuestring)
                return bad(err, ep, "a string");
            x->text = snap_clean_text(e->valuestring, strlen(e->valuestring),
                                      SNAPSHOT_EVIDENCE_TEXT);
            (*n)++;
        }
    }
    return 0;
}

static int decode_turns(const cJSON *a, const char *path, snap_call *c, cz_err *err)
{
    int len = cJSON_GetArraySize(a);
    if (len > SNAPSHOT_TURNS_MAX) {
        cz_err_set(err, "field %s.turns: %d entries, at most %d", path, len, SNAPSHOT_TURNS_MAX);
        return -1;
    }
    c->turns = xcalloc((size_t)len + 1, sizeof *c->turns);
    const cJSON *t;
    cJSON_ArrayForEach(t, a)
    {
        char tp[112];
        snprintf(tp, sizeof tp, "%s.turns[%zu]", path, c->n_turns);
        if (!cJSON_IsObject(t))
            return bad(err, tp, "an object");
        const cJSON *sp = cJSON_GetObjectItemCaseSensitive(t, "speaker");
        if (!cJSON_IsString(sp) || !sp->valuestring)
            return bad(err, tp, "a speaker");
        snap_turn *x = &c->turns[c->n_turns];
        x->speaker = strcmp(sp->valuestring, "agent") == 0      ? SNAP_SPK_AGENT
                     : strcmp(sp->valuestring, "customer") == 0 ? SNAP_SPK_CUSTOMER
                                                                : SNAP_SPK_UNKNOWN;
        if (str(t, "text", tp, SNAPSHOT_TURN_TEXT, &x->text, err) < 0)
            return -1;
        c->n_turns++;
    }
    return 0;
}

static int decode_call(const cJSON *o, size_t i, snap_call *c, cz_err *err)
{
    char path[48];
    snprintf(path, sizeof path, "calls[%zu]", i);
    double d;
    if (!cJSON_IsObject(o))
        return bad(err, path, "an object");
    if (str(o, "call_id", path, SNAPSHOT_MAX_TEXT, &c->call_id, err) < 0)
        return -1;
    if (num(o, "time", path, 0, MAX_EPOCH, true, false, &d, err) < 0)
        return -1;
    c->time = (int64_t)d;
    char *day = NULL;
    if (str(o, "day", path, 10, &day, err) < 0)
        return -1;
    bool day_ok = strlen(day) == 10 && day[4] == '-' && day[7] == '-';
    for (int k = 0; k < 10 && day_ok; k++)
        day_ok = k == 4 || k == 7 || (day[k] >= '0' && day[k] <= '9');
    memcpy(c->day, day, day_ok ? 11 : 1);
    free(day);
    if (!day_ok)
        return bad(err, path, "day as YYYY-MM-DD");
    if (num(o, "duration_ms", path, 0, MAX_DURATION_MS, true, true, &d, err) < 0)
        return -1;
    c->duration_ms = (int64_t)d;
    const cJSON *cv = cJSON_GetObjectItemCaseSensitive(o, "conversion");
    if (!cJSON_IsBool(cv))
        return bad(err, path, "conversion true or false");
    c->conversion = cJSON_IsTrue(cv);
    if (num(o, "upsell", path, 0, MAX_UPSELL_CENTS / 100, false, false, &d, err) < 0)
        return -1;
    c->upsell_cents = cents_of(d);
    const cJSON *sl = cJSON_GetObjectItemCaseSensitive(o, "sentiment");
    if (!cJSON_IsString(sl) || !sl->valuestring)
        return bad(err, path, "a sentiment label");
    if (strcmp(sl->valuestring, "positive") == 0)
        c->sentiment = 1;
    else if (strcmp(sl->valuestring, "negative") == 0)
        c->sentiment = -1;
    else if (strcmp(sl->valuestring, "neutral") == 0)
        c->sentiment = 0;
    else
        return bad(err, path, "sentiment positive, neutral or negative");
    if (num(o, "score", path, -1, 1, false, false, &d, err) < 0)
        return -1;
    c->score_e4 = (int)lround(d * 10000.0);
    char ep[64];
    snprintf(ep, sizeof ep, "%s.evidence", path);
    const cJSON *ev = cJSON_GetObjectItemCaseSensitive(o, "evidence");
    if (!cJSON_IsObject(ev))
        return bad(err, ep, "an object");
    if (evidence_list(ev, "conversion", ep, false, &c->conv, &c->n_conv, err) < 0 ||
        evidence_list(ev, "upsell", ep, true, &c->upsell, &c->n_upsell, err) < 0 ||
        evidence_list(ev, "sentiment", ep, false, &c->sent, &c->n_sent, err) < 0)
        return -1;
    if (num(o, "turns_total", path, 0, 9007199254740992.0, true, false, &d, err) < 0)
        return -1;
    c->turns_total = (int64_t)d;
    const cJSON *tu = cJSON_GetObjectItemCaseSensitive(o, "turns");
    if (cJSON_IsNull(tu))
        return 0;
    if (!cJSON_IsArray(tu))
        return bad(err, path, "turns: an array or null");
    c->has_turns = true;
    return decode_turns(tu, path, c, err);
}

int snap_calls_decode(const char *buf, size_t len, snap_calls *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (len > SNAPSHOT_MAX_PAYLOAD) {
        cz_err_set(err, "payload of %zu bytes is over the %u byte limit", len, SNAPSHOT_MAX_PAYLOAD);
        return -1;
    }
    cJSON *root = cJSON_ParseWithLength(buf, len);
    if (!root) {
        cz_err_set(err, "not valid JSON");
        return -1;
    }
    double d;
    int rc = -1;
    const cJSON *a;
    if (!cJSON_IsObject(root)) {
        bad(err, "(top)", "an object");
        goto out;
    }
    if (num(root, "schema", "", SNAPSHOT_SCHEMA, SNAPSHOT_SCHEMA, true, false, &d, err) < 0)
        goto out;
    out->schema = (int)d;
    if (num(root, "generated_at", "", 0, MAX_EPOCH, true, false, &d, err) < 0)
        goto out;
    out->generated_at = (int64_t)d;
    if (str(root, "agent", "", SNAPSHOT_MAX_TEXT, &out->agent_name, err) < 0)
        goto out;
    if (num(root, "calls_total", "", 0, 9007199254740992.0, true, false, &d, err) < 0)
        goto out;
    out->calls_total = (int64_t)d;
    a = cJSON_GetObjectItemCaseSensitive(root, "calls");
    if (!cJSON_IsArray(a)) {
        bad(err, "calls", "an array");
        goto out;
    }
    int n = cJSON_GetArraySize(a);
    if (n > SNAPSHOT_CALLS_SENT) {
        cz_err_set(err, "field calls: %d entries, at most %d", n, SNAPSHOT_CALLS_SENT);
        goto out;
    }
    out->v = xcalloc((size_t)n + 1, sizeof *out->v);
    const cJSON *c;
    cJSON_ArrayForEach(c, a)
    {
        snap_call *x = &out->v[out->n++];
        if (decode_call(c, out->n - 1, x, err) < 0)
            goto out;
    }
    if (out->calls_total < (int64_t)out->n) {
        cz_err_set(err, "field calls_total: %lld is fewer than the %zu calls sent",
                   (long long)out->calls_total, out->n);
        goto out;
    }
    rc = 0;
out:
    cJSON_Delete(root);
    if (rc < 0)
        snap_calls_free(out);
    return rc;
}
