/* formats.c - format names, detection and dispatch, and the record helpers
 * the per-format parsers share (formats_internal.h). The parsers themselves
 * live in formats_<name>.c. */
#include "formats.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "formats_internal.h"

static const char *const NAMES[] = {"auto", "seed", "jsonl", "text", "hvb", "transcribe",
                                    "unknown"};

const char *fmt_name(fmt_kind k)
{
    return (unsigned)k <= FMT_UNKNOWN ? NAMES[k] : "unknown";
}

int fmt_from_name(const char *name, fmt_kind *out)
{
    for (int k = FMT_AUTO; k < FMT_UNKNOWN; k++)
        if (name && strcmp(name, NAMES[k]) == 0) {
            *out = (fmt_kind)k;
            return 0;
        }
    return -1;
}

/* ---- records ---- */

fmt_record *fmt_push(fmt_records *r, int line_no, size_t off, size_t len)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 4;
        r->v = xrealloc(r->v, r->cap * sizeof *r->v);
    }
    fmt_record *rec = &r->v[r->n++];
    memset(rec, 0, sizeof *rec);
    rec->line_no = line_no;
    rec->raw_off = off;
    rec->raw_len = len;
    rec->meta.csat = -1;
    rec->meta.call_ms = -1;
    rec->hash_seed = CZ_FNV1A64_BASIS;
    return rec;
}

uint64_t fmt_record_hash(const fmt_record *r, const char *buf)
{
    return cz_fnv1a64_from(r->hash_seed, buf + r->raw_off, r->raw_len);
}

static void record_free(fmt_record *rec)
{
    free(rec->error);
    call_free(&rec->call);
    turns_free(&rec->turns);
    free(rec->meta.task);
    rec->error = NULL;
    rec->meta.task = NULL;
}

void fmt_fail(fmt_record *rec, const char *fmt, ...)
{
    record_free(rec);
    memset(&rec->meta, 0, sizeof rec->meta);
    rec->meta.csat = -1;
    rec->meta.call_ms = -1;
    char msg[sizeof(cz_err)];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rec->error = xstrdup(msg);
}

void fmt_records_clear(fmt_records *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        record_free(&r->v[i]);
    r->n = 0;
    r->format = FMT_UNKNOWN;
}

void fmt_records_free(fmt_records *r)
{
    if (!r)
        return;
    fmt_records_clear(r);
    free(r->v);
    r->v = NULL;
    r->cap = 0;
}

size_t fmt_records_ok(const fmt_records *r)
{
    size_t k = 0;
    for (size_t i = 0; i < r->n; i++)
        k += r->v[i].error == NULL;
    return k;
}

/* ---- shared helpers ---- */

const char *fmt_stem(const char *path, size_t *n)
{
    if (!path) {
        *n = 0;
        return "";
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    *n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    return base;
}

static char *render(const turns_t *t)
{
    strbuf b = SB_INIT;
    for (size_t i = 0; i < t->n; i++) {
        if (i)
            sb_putc(&b, '\n');
        if (t->v[i].speaker == SPK_AGENT)
            sb_puts(&b, "Agent: ");
        else if (t->v[i].speaker == SPK_CUSTOMER)
            sb_puts(&b, "Customer: ");
        sb_append(&b, t->v[i].text, t->v[i].len);
    }
    return sb_steal(&b);
}

int fmt_set_call(fmt_record *rec, const char *id, const char *agent, const char *ts,
                 const char *text, const fmt_opts *o, const char *hint)
{
    if (!agent)
        agent = o ? o->default_agent : NULL;
    if (!ts)
        ts = o ? o->default_timestamp : NULL;
    if (!agent) {
        fmt_fail(rec, "no agent name: %s", hint);
        return -1;
    }
    if (!ts) {
        fmt_fail(rec, "no call time: %s", hint);
        return -1;
    }
    char *rendered = text ? NULL : render(&rec->turns);
    cz_err err;
    int rc = call_from_fields(id, agent, ts, text ? text : rendered, &rec->call, &err);
    free(rendered);
    if (rc < 0)
        fmt_fail(rec, "%s", err.msg);
    return rc;
}

static int seg_cmp(const void *a, const void *b)
{
    const fmt_seg *x = a, *y = b;
    if (x->start_ms != y->start_ms)
        return x->start_ms < y->start_ms ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

void fmt_segs_to_turns(fmt_seg *segs, size_t n, fmt_record *rec)
{
    qsort(segs, n, sizeof *segs, seg_cmp);
    for (size_t i = 0; i < n; i++) {
        turns_push(&rec->turns, segs[i].who, segs[i].text, strlen(segs[i].text),
                   segs[i].start_ms, segs[i].end_ms);
        free(segs[i].text);
        segs[i].text = NULL;
    }
}

cJSON *fmt_json_parse(const char *buf, size_t len, cz_err *err)
{
    size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    const char *b = buf + skip, *end = NULL;
    size_t n = len - skip;
    cJSON *root = cJSON_ParseWithLengthOpts(b, n, &end, 0);
    long off = end && end >= b && end <= b + n ? (long)(end - b) : 0;
    if (root)
        while ((size_t)off < n && (b[off] == ' ' || b[off] == '\t' || b[off] == '\n' ||
                                   b[off] == '\r'))
            off++;
    if (root && (size_t)off == n)
        return root;
    long line = 1, col = 1;
    for (long i = 0; i < off; i++, col++)
        if (b[i] == '\n')
            line++, col = 0;
    if (root)
        cz_err_set(err, "trailing data after the JSON value at byte %ld", off + (long)skip);
    else
        cz_err_set(err, "invalid JSON near byte %ld (line %ld, column %ld)", off + (long)skip,
                   line, col);
    cJSON_Delete(root);
    return NULL;
}

int64_t fmt_json_int(const cJSON *obj, const char *key, bool allow_string)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    double d;
    if (cJSON_IsNumber(v)) {
        d = v->valuedouble;
    } else if (allow_string && cJSON_IsString(v) && v->valuestring) {
        const char *s = v->valuestring;
        while (*s == ' ')
            s++;
        if (*s < '0' || *s > '9')
            return -1;
        char *e;
        d = strtod(s, &e);
        while (*e == ' ')
            e++;
        if (*e)
            return -1;
    } else {
        return -1;
    }
    if (!(d >= 0 && d < 9.0e15))  /* also rejects NaN */
        return -1;
    return (int64_t)(d + 0.5);
}

const char *fmt_json_str(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

void fmt_iso_ms(int64_t ms, char out[40])
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        memset(&tm, 0, sizeof tm);
    char day[32];
    strftime(day, sizeof day, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out, 40, "%s.%03dZ", day, (int)(ms % 1000));
}

/* ---- detection ---- */

static bool has_suffix(const char *path, const char *suf)
{
    if (!path)
        return false;
    size_t n = strlen(path), k = strlen(suf);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++) {
        char c = path[n - k + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != suf[i])
            return false;
    }
    return true;
}

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Offset of the first non-blank byte of the next non-blank line after the
 * line containing `from`, or len. */
static size_t next_line_start(const char *buf, size_t len, size_t from)
{
    const char *nl = memchr(buf + from, '\n', len - from);
    if (!nl)
        return len;
    size_t i = (size_t)(nl - buf) + 1;
    while (i < len && is_ws(buf[i]))
        i++;
    return i;
}

/* memmem for the quoted keys below: they begin with '"', of which a call
 * file has few, so memchr jumps between them (memmem read every byte of
 * every file, about 1,200 instructions a call file). */
static bool contains(const char *buf, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    const char *end = buf + len;
    for (const char *p = buf; (size_t)(end - p) >= n; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) - n + 1);
        if (!p)
            return false;
        /* most quotes open another key or value: their next byte decides */
        if (p[1] == needle[1] && memcmp(p, needle, n) == 0)
            return true;
    }
    return false;
}

fmt_kind fmt_detect(const char *path, const char *buf, size_t len)
{
    if (has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson"))
        return FMT_JSONL;
    if (has_suffix(path, ".txt"))
        return FMT_TEXT;
    size_t i = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < len && is_ws(buf[i]))
        i++;
    char c = i < len ? buf[i] : '\0';
    if (c == '[') {
        if (contains(buf + i, len - i, "\"speaker_role\""))
            return FMT_HVB;
        return FMT_SEED; /* the seed parser names the fault */
    }
    if (c == '{') {
        if (contains(buf + i, len - i, "\"Transcript\"") &&
            contains(buf + i, len - i, "\"ParticipantRole\""))
            return FMT_TRANSCRIBE;
        /* A *.json file is one JSON document: a second object in it is
         * "trailing data" (seed), never JSON Lines. */
        size_t j = has_suffix(path, ".json") ? len : next_line_start(buf, len, i);
        if (j < len && buf[j] == '{')
            return FMT_JSONL;
        return FMT_SEED;
    }
    if (has_suffix(path, ".json"))
        return FMT_SEED;
    if (i < len && fmt_text_plausible(buf, len))
        return FMT_TEXT;
    return FMT_UNKNOWN;
}

fmt_kind fmt_parse(const char *path, const char *buf, size_t len, const fmt_opts *o,
                   fmt_records *out)
{
    fmt_kind k = o && o->format != FMT_AUTO ? o->format : fmt_detect(path, buf, len);
    out->format = k;
    switch (k) {
    case FMT_SEED:
        fmt_parse_seed(buf, len, out);
        break;
    case FMT_JSONL:
        fmt_parse_jsonl(buf, len, out);
        break;
    case FMT_TEXT:
        fmt_parse_text(path, buf, len, o, out);
        break;
    case FMT_HVB:
        fmt_parse_hvb(path, buf, len, o, out);
        break;
    case FMT_TRANSCRIBE:
        fmt_parse_transcribe(path, buf, len, o, out);
        break;
    default:
        fmt_fail(fmt_push(out, 0, 0, len),
                 "unknown format: not seed JSON, JSON Lines, a text transcript with "
                 "Agent:/Customer: lines, Harper Valley Bank or Amazon Transcribe output "
                 "(tried seed, jsonl, text, hvb, transcribe)");
        out->format = FMT_UNKNOWN;
        break;
    }
    return out->format;
}

/* ---- Harper Valley Bank paths ---- */

/* Splits path into directory part [0, dir_end) and the name of its last
 * directory [pd, dir_end). Returns false for a path with no directory. */
static bool parent_dir(const char *path, size_t *pd, size_t *dir_end)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return false;
    size_t e = (size_t)(slash - path);
    while (e > 0 && path[e - 1] == '/')
        e--;
    size_t s = e;
    while (s > 0 && path[s - 1] != '/')
        s--;
    *pd = s;
    *dir_end = e;
    return true;
}

static char *swap_dir(const char *path, const char *from, const char *to)
{
    if (!path)
        return NULL;
    size_t s, e;
    if (!parent_dir(path, &s, &e) || e - s != strlen(from) || memcmp(path + s, from, e - s) != 0)
        return NULL;
    const char *name = strrchr(path, '/') + 1;
    if (!*name)
        return NULL;
    strbuf b = SB_INIT;
    sb_append(&b, path, s);
    sb_puts(&b, to);
    sb_putc(&b, '/');
    sb_puts(&b, name);
    return sb_steal(&b);
}

char *fmt_hvb_metadata_path(const char *transcript_path)
{
    return swap_dir(transcript_path, "transcript", "metadata");
}

bool fmt_hvb_is_metadata(const char *path, bool (*dir_exists)(void *ctx, const char *dir),
                         void *ctx)
{
    char *t = swap_dir(path, "metadata", "transcript");
    if (!t)
        return false;
    *strrchr(t, '/') = '\0';
    bool yes = dir_exists && dir_exists(ctx, t);
    free(t);
    return yes;
}
