/* formats_text.c - plain text transcripts:
 *
 *     Call-Id: C-2001                  (optional header lines, any order)
 *     Agent-Name: Maria Lopez
 *     Timestamp: 2025-10-09T16:19:15Z
 *
 *     Agent: Thanks for calling, this is Maria.
 *     Customer: Hi, I'd like to upgrade my plan.
 *
 * Header block: the leading lines of the form "Key: value" where Key is one
 * word of letters, digits, '-' or '_' that is not a speaker label. Keys are
 * case-insensitive: Call-Id, Agent-Name, Timestamp (ISO 8601), Task, CSAT
 * (whole number 0-10), Duration-Ms (whole milliseconds), Team. An unknown or
 * repeated key, an empty value or a bad number is an error naming the line:
 * a misspelt header must not silently become transcript text. The block
 * ends at the first other line; blank lines around it are ignored.
 *
 * Body: split by turns_split (labels Agent/Rep/Representative and
 * Customer/Caller/Client, case-insensitive, one turn per line or inline); it
 * must hold at least one labelled turn. Missing headers fall back to the
 * caller's defaults; the call id to the file name without its extension.
 * The file must be UTF-8 without NUL bytes, like the seed format. */
#include <stdlib.h>
#include <string.h>

#include "formats_internal.h"

static const char *const LABELS[] = {"agent", "representative", "rep",
                                     "customer", "caller", "client"};

enum { H_CALL_ID, H_AGENT, H_TIME, H_TASK, H_CSAT, H_DURATION, H_TEAM, H_COUNT };
static const char *const HEADERS[H_COUNT] = {"call-id", "agent-name", "timestamp",
                                             "task", "csat", "duration-ms", "team"};
#define KNOWN_HEADERS "Call-Id, Agent-Name, Timestamp, Task, CSAT, Duration-Ms, Team"

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static bool word_eq(const char *s, size_t n, const char *w)
{
    if (strlen(w) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)s[i]) != w[i])
            return false;
    return true;
}

static bool is_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_';
}

/* If the line s[0..n) is "Key: value" (Key one word), sets the key span and
 * returns true. */
static bool key_line(const char *s, size_t n, size_t *klen)
{
    size_t i = 0;
    if (n == 0 || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return false;
    while (i < n && is_key_char(s[i]))
        i++;
    size_t k = i;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i >= n || s[i] != ':')
        return false;
    *klen = k;
    return true;
}

static bool is_label(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof LABELS / sizeof LABELS[0]; i++)
        if (word_eq(s, n, LABELS[i]))
            return true;
    return false;
}

static int header_index(const char *s, size_t n)
{
    for (int i = 0; i < H_COUNT; i++)
        if (word_eq(s, n, HEADERS[i]))
            return i;
    return -1;
}

bool fmt_text_plausible(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - buf) : len;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t'))
            i++;
        size_t k;
        if (key_line(buf + i, end - i, &k) &&
            (is_label(buf + i, k) || header_index(buf + i, k) >= 0))
            return true;
        i = end + 1;
    }
    return false;
}

/* Offset of the first invalid UTF-8 sequence in s[0..n), or -1. */
static long utf8_bad(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t l = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!l || i + l > n)
            return (long)i;
        unsigned cp = l == 1 ? c : c & (0x7F >> l);
        for (size_t k = 1; k < l; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return (long)i;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if ((l == 3 && cp < 0x800) || (l == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return (long)i;
        i += l;
    }
    return -1;
}

static int line_of(const char *buf, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off; i++)
        line += buf[i] == '\n';
    return line;
}

/* A whole number in [0, max] from the trimmed value, or -1. */
static int64_t whole(const char *v, int64_t max)
{
    if (!*v)
        return -1;
    int64_t x = 0;
    for (const char *p = v; *p; p++) {
        if (*p < '0' || *p > '9' || x > max)
            return -1;
        x = x * 10 + (*p - '0');
    }
    return x <= max ? x : -1;
}

/* Reads the header block into vals; returns the body's offset, or -1 after
 * turning rec into an error. */
static long read_headers(const char *buf, size_t len, size_t i, char *vals[H_COUNT],
                         fmt_record *rec)
{
    int line = line_of(buf, i);
    for (;; line++) {
        if (i >= len)
            return (long)i;
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - buf) : len, s = i;
        while (s < end && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\r'))
            s++;
        if (s == end) { /* blank line */
            i = end + (end < len);
            continue;
        }
        size_t k;
        if (!key_line(buf + s, end - s, &k) || is_label(buf + s, k))
            return (long)i;
        int h = header_index(buf + s, k);
        if (h < 0) {
            rec->line_no = line;
            fmt_fail(rec, "unknown header \"%.*s\" on line %d (known: " KNOWN_HEADERS ")",
                     (int)(k > 40 ? 40 : k), buf + s, line);
            return -1;
        }
        if (vals[h]) {
            rec->line_no = line;
            fmt_fail(rec, "header %.*s given twice (line %d)", (int)k, buf + s, line);
            return -1;
        }
        size_t v = (size_t)((const char *)memchr(buf + s, ':', end - s) - buf) + 1, ve = end;
        while (v < ve && (buf[v] == ' ' || buf[v] == '\t'))
            v++;
        while (ve > v && (buf[ve - 1] == ' ' || buf[ve - 1] == '\t' || buf[ve - 1] == '\r'))
            ve--;
        if (ve == v) {
            rec->line_no = line;
            fmt_fail(rec, "empty %.*s header on line %d", (int)k, buf + s, line);
            return -1;
        }
        vals[h] = xstrndup(buf + v, ve - v);
        i = end + (end < len);
    }
}

static void parse(const char *path, const char *buf, size_t len, const fmt_opts *o,
                  fmt_record *rec, char *vals[H_COUNT])
{
    const unsigned char *u = (const unsigned char *)buf;
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        fmt_fail(rec, "file is UTF-16, expected UTF-8");
        return;
    }
    const char *nul = memchr(buf, '\0', len);
    if (nul) {
        fmt_fail(rec, "NUL byte at offset %ld", (long)(nul - buf));
        return;
    }
    long bad = utf8_bad(u, len);
    if (bad >= 0) {
        fmt_fail(rec, "invalid UTF-8 at byte %ld (line %d)", bad, line_of(buf, (size_t)bad));
        return;
    }
    size_t start = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    long body = read_headers(buf, len, start, vals, rec);
    if (body < 0)
        return;
    if (vals[H_CSAT] && (rec->meta.csat = (int)whole(vals[H_CSAT], 10)) < 0) {
        fmt_fail(rec, "CSAT header must be a whole number from 0 to 10, got \"%.20s\"",
                 vals[H_CSAT]);
        return;
    }
    if (vals[H_DURATION] &&
        (rec->meta.call_ms = whole(vals[H_DURATION], INT64_C(1000000000000))) < 0) {
        fmt_fail(rec, "Duration-Ms header must be whole milliseconds, got \"%.20s\"",
                 vals[H_DURATION]);
        return;
    }
    char *text = xstrndup(buf + body, len - (size_t)body);
    cz_err err;
    bool labelled = false;
    if (turns_split(text, &rec->turns, &err) == 0)
        for (size_t i = 0; i < rec->turns.n && !labelled; i++)
            labelled = rec->turns.v[i].speaker != SPK_UNKNOWN;
    if (!labelled) {
        free(text);
        fmt_fail(rec, "no Agent:/Customer: turns in the text (labels: Agent, Rep, "
                      "Representative, Customer, Caller, Client)");
        return;
    }
    size_t stem_n;
    const char *stem = fmt_stem(path, &stem_n);
    char *id = vals[H_CALL_ID] ? NULL : xstrndup(stem, stem_n);
    if (fmt_set_call(rec, vals[H_CALL_ID] ? vals[H_CALL_ID] : id, vals[H_AGENT],
                     vals[H_TIME], text, o,
                     "add an Agent-Name:/Timestamp: header or pass a default") == 0) {
        rec->meta.task = vals[H_TASK];
        vals[H_TASK] = NULL;
        cz_err terr;
        if (call_set_team(&rec->call, vals[H_TEAM], &terr) < 0) {
            call_free(&rec->call);
            fmt_fail(rec, "%s", terr.msg);
        }
    }
    free(id);
    free(text);
}

void fmt_parse_text(const char *path, const char *buf, size_t len, const fmt_opts *o,
                    fmt_records *out)
{
    fmt_record *rec = fmt_push(out, 0, 0, len);
    char *vals[H_COUNT] = {0};
    if (len == 0)
        fmt_fail(rec, "empty file");
    else
        parse(path, buf, len, o, rec, vals);
    for (int i = 0; i < H_COUNT; i++)
        free(vals[i]);
}
