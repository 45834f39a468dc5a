/* call.c - parsing and validating one call in the seed JSON format. Every
 * rejection names what is wrong, because it ends up in quarantine for a person
 * to read. */
#include "call.h"

#include <cJSON.h>
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "name.h"
#include "turns.h"

void call_free(call_t *c)
{
    if (!c)
        return;
    free(c->call_id);
    free(c->agent_name);
    free(c->timestamp_raw);
    free(c->transcript);
    free(c->team);
    memset(c, 0, sizeof *c);
}

/* Returns the byte offset of the first invalid UTF-8 sequence, or -1. */
static long utf8_invalid_at(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        /* ASCII, nearly all of a call, sixteen bytes at a time where the
         * CPU has SSE2 (every x86-64): no byte has its high bit set */
        while (i + 16 <= n &&
               !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i))))
            i += 16;
#endif
        /* then eight at a time */
        uint64_t w;
        while (i + 8 <= n && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0))
            i += 8;
        if (i >= n)
            break;
        unsigned char c = s[i];
        size_t len;
        unsigned min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000;
        } else {
            return (long)i;
        }
        if (i + len > n)
            return (long)i;
        unsigned cp = c & (0x7F >> len);
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return (long)i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return (long)i;
        i += len;
    }
    return -1;
}

/* Terminal escape sequences in a name would repaint a manager's screen; the
 * whole sequence goes, not just the ESC byte (CSI "ESC [ ... final", OSC
 * "ESC ] ... BEL|ESC \\", and two-byte "ESC x"). Returns a new string. */
static char *strip_escapes(const char *s)
{
    size_t n = strlen(s);
    char *out = xmalloc(n + 1), *o = out;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x1B && i + 1 < n && s[i + 1] == '[') {
            i += 2;
            while (i < n && !((unsigned char)s[i] >= 0x40 && (unsigned char)s[i] <= 0x7E))
                i++;
            i += i < n;
        } else if (c == 0x1B && i + 1 < n && s[i + 1] == ']') {
            i += 2;
            while (i < n && s[i] != 0x07 && !(s[i] == 0x1B && i + 1 < n && s[i + 1] == '\\'))
                i++;
            i += i < n ? (s[i] == 0x07 ? 1 : 2) : 0;
        } else if (c == 0x1B) {
            i += i + 1 < n ? 2 : 1;
        } else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0x9B) {
            i += 2; /* C1 CSI */
            while (i < n && !((unsigned char)s[i] >= 0x40 && (unsigned char)s[i] <= 0x7E))
                i++;
            i += i < n;
        } else {
            *o++ = s[i++];
        }
    }
    *o = '\0';
    return out;
}

/* cJSON ends a string at an escaped NUL ("\u0000") and silently drops the
 * rest, so such records are refused rather than loaded truncated. Returns
 * the offset of the escape or -1. An escaped backslash before "u0000" is text. */
static long escaped_nul_at(const char *buf, size_t len)
{
    for (size_t i = 0; i + 6 <= len; i++) {
        /* backslashes are rare: let memchr find the next one */
        const char *bs = memchr(buf + i, '\\', len - i);
        if (!bs)
            return -1;
        i = (size_t)(bs - buf);
        if (i + 6 > len)
            return -1;
        if (buf[i + 1] == '\\') {
            i++; /* skip the escaped backslash */
            continue;
        }
        if (buf[i + 1] == 'u' && memcmp(buf + i + 2, "0000", 4) == 0)
            return (long)i;
    }
    return -1;
}

/* strip_escapes, then clean_text: a name with no ESC byte and no 0xC2 (the
 * lead byte of C1 CSI) has nothing to strip, so it is cleaned without that
 * copy. Returns a new string. */
static char *clean_name_field(const char *s)
{
    size_t n = strlen(s);
    if (!memchr(s, 0x1B, n) && !memchr(s, 0xC2, n))
        return clean_text(s, n);
    char *raw = strip_escapes(s), *clean = clean_text(raw, strlen(raw));
    free(raw);
    return clean;
}

static const char *const REQUIRED[] = {"call_id", "agent_name", "timestamp", "transcript_text"};

/* Duplicate keys make a record ambiguous (parsers disagree on which wins), so
 * a duplicated required field is refused rather than guessed. */
static const char *duplicated_field(const cJSON *obj)
{
    for (size_t i = 0; i < 4; i++) {
        int seen = 0;
        for (const cJSON *it = obj->child; it; it = it->next)
            if (it->string && strcmp(it->string, REQUIRED[i]) == 0)
                seen++;
        if (seen > 1)
            return REQUIRED[i];
    }
    return NULL;
}

static int get_string(const cJSON *obj, const char *key, const char **out, cz_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v) {
        cz_err_set(err, "missing field %s", key);
        return -1;
    }
    if (!cJSON_IsString(v) || !v->valuestring) {
        const char *got = cJSON_IsNumber(v) ? "number" : cJSON_IsArray(v) ? "array"
                        : cJSON_IsObject(v) ? "object" : cJSON_IsBool(v) ? "boolean"
                        : cJSON_IsNull(v) ? "null" : "something else";
        cz_err_set(err, "field %s must be a string, got %s", key, got);
        return -1;
    }
    *out = v->valuestring;
    return 0;
}

/* call_from_fields with the transcript text already a copy of its own,
 * which the call keeps (or which is freed when the fields are refused):
 * the fast path's decoded transcript is not copied a second time. */
static int call_take_fields(const char *id, const char *agent, const char *ts, char *text,
                            call_t *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    int rc = -1;
    int64_t epoch;
    char *cid = clean_name_field(id), *cagent = clean_name_field(agent);
    char *aname = name_normalize(cagent);
    free(cagent);
    if (!*cid) {
        cz_err_set(err, "field call_id is empty");
    } else if (strlen(cid) > 200) {
        cz_err_set(err, "field call_id is longer than 200 bytes");
    } else if (!*aname) {
        cz_err_set(err, "field agent_name is empty");
    } else if (strlen(aname) > 200) {
        cz_err_set(err, "field agent_name is longer than 200 bytes");
    } else if (cz_time_parse(ts, &epoch) < 0) {
        cz_err_set(err, "unparseable timestamp \"%.40s\" (expected ISO 8601, e.g. 2025-10-09T16:19:15Z)", ts);
    } else if (epoch < CZ_TIME_MIN || epoch > CZ_TIME_MAX) {
        /* The day (gold call_day, the aggregates' key, the dashboard's
         * dates) is written with a four-digit year, and readers accept
         * times up to the end of 9999: an offset may carry a time that
         * parses past either end. */
        cz_err_set(err, "field timestamp \"%.40s\" is out of range: in UTC it falls %s"
                   " (calls must be from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z)", ts,
                   epoch < CZ_TIME_MIN ? "before 1970" : "after 9999");
    } else {
        out->call_id = cid;
        out->agent_name = aname;
        cid = aname = NULL;
        out->timestamp_raw = xstrdup(ts);
        out->ts_epoch = epoch;
        out->transcript = text;
        text = NULL;
        rc = 0;
    }
    free(text);
    free(cid);
    free(aname);
    return rc;
}

int call_from_fields(const char *id, const char *agent, const char *ts, const char *text,
                     call_t *out, cz_err *err)
{
    return call_take_fields(id, agent, ts, xstrdup(text ? text : ""), out, err);
}

int call_set_team(call_t *c, const char *team, cz_err *err)
{
    free(c->team);
    c->team = NULL;
    if (!team)
        return 0;
    char *clean = clean_name_field(team);
    char *name = name_normalize(clean);
    free(clean);
    if (strlen(name) > 200) {
        cz_err_set(err, "field team is longer than 200 bytes");
        free(name);
        return -1;
    }
    if (*name)
        c->team = name;
    else
        free(name);
    return 0;
}

/* The fields a call needs, read without building a cJSON tree: the common
 * case of a flat object of strings with at most the short escapes (\n, \",
 * ...). Anything else (numbers, nesting, \u escapes, control bytes, a key
 * twice, a required key missing, trailing text) returns 0 and cJSON reads the
 * record, so its answers and messages stay the only ones. On 1 the values are
 * NUL-terminated copies, decoded as cJSON decodes them, in *store and, the
 * transcript's, in *text (the caller frees both); v[4], the team, is NULL
 * when absent or null. */
enum { FF_ID, FF_AGENT, FF_TS, FF_TEXT, FF_TEAM, FF_N };
static const char *const FF_KEYS[FF_N] = {"call_id", "agent_name", "timestamp", "transcript_text",
                                          "team"};
static const size_t FF_KEY_LEN[FF_N] = {7, 10, 9, 15, 4}; /* their strlen, once */

static bool ff_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The escapes fast_fields decodes itself: \" \\ \/ \b \f \n \r \t. */
static bool short_escape(char c)
{
    switch (c) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        return true;
    default:
        return false;
    }
}

/* Scans the string whose opening quote is at buf[*i]; on success *i is just
 * past the closing quote, [*a, *b) the raw bytes and *esc whether any
 * escape was in them. */
static bool ff_string(const char *buf, size_t len, size_t *i, size_t *a, size_t *b, bool *esc)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t j = *i + 1;
    *a = j;
    *esc = false;
    for (;;) {
#ifdef __SSE2__
        /* sixteen bytes at a time where the CPU has SSE2 (every x86-64):
         * the transcript, most of a record, is passed in a fifth of the
         * instructions of the eight-byte test below */
        const __m128i vq = _mm_set1_epi8('"'), vbs = _mm_set1_epi8('\\'),
                      vctl = _mm_set1_epi8(0x1F);
        for (; j + 16 <= len; j += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(buf + j));
            __m128i hit = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, vq), _mm_cmpeq_epi8(x, vbs)),
                _mm_cmpeq_epi8(_mm_max_epu8(x, vctl), vctl)); /* byte <= 0x1F */
            unsigned m = (unsigned)_mm_movemask_epi8(hit);
            if (m) {
                j += (size_t)__builtin_ctz(m);
                break;
            }
        }
#endif
        /* eight bytes at a time past those that are neither a quote, a
         * backslash nor a control byte (exact tests for "any byte zero" and
         * "any byte below 0x20") */
        for (uint64_t x; j + 8 <= len; j += 8) {
            memcpy(&x, buf + j, 8);
            uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
            if (((q - ones) & ~q & highs) | ((bs - ones) & ~bs & highs) |
                ((x - ones * 0x20) & ~x & highs))
                break;
        }
        if (j >= len)
            return false;
        unsigned char c = (unsigned char)buf[j];
        if (c == '"')
            break;
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (j + 1 >= len || !short_escape(buf[j + 1]))
                return false;
            *esc = true;
            j++;
        }
        j++;
    }
    *b = j;
    *i = j + 1;
    return true;
}

static int fast_fields(const char *buf, size_t len, const char *v[FF_N], char **store,
                       char **text)
{
    size_t ra[FF_N], rb[FF_N];
    bool resc[FF_N], seen[FF_N] = {false};
    bool null_team = false;
    size_t i = 0, total = 0;
    while (i < len && ff_space(buf[i]))
        i++;
    if (i >= len || buf[i] != '{')
        return 0;
    i++;
    for (;;) {
        while (i < len && ff_space(buf[i]))
            i++;
        size_t ka, kb, va, vb;
        bool kesc, vesc;
        if (i >= len || buf[i] != '"' || !ff_string(buf, len, &i, &ka, &kb, &kesc) || kesc)
            return 0;
        while (i < len && ff_space(buf[i]))
            i++;
        if (i >= len || buf[i] != ':')
            return 0;
        i++;
        while (i < len && ff_space(buf[i]))
            i++;
        int f = -1;
        for (int k = 0; k < FF_N; k++)
            if (FF_KEY_LEN[k] == kb - ka && memcmp(buf + ka, FF_KEYS[k], kb - ka) == 0)
                f = k;
        if (f >= 0 && seen[f])
            return 0;
        if (f == FF_TEAM && i + 4 <= len && memcmp(buf + i, "null", 4) == 0) {
            i += 4;
            seen[f] = null_team = true;
        } else {
            if (i >= len || buf[i] != '"' || !ff_string(buf, len, &i, &va, &vb, &vesc))
                return 0;
            if (f >= 0) {
                seen[f] = true;
                ra[f] = va, rb[f] = vb, resc[f] = vesc;
                total += vb - va + 1;
            }
        }
        while (i < len && ff_space(buf[i]))
            i++;
        if (i < len && buf[i] == ',') {
            i++;
            continue;
        }
        if (i < len && buf[i] == '}') {
            i++;
            break;
        }
        return 0;
    }
    while (i < len && ff_space(buf[i]))
        i++;
    if (i != len || !seen[FF_ID] || !seen[FF_AGENT] || !seen[FF_TS] || !seen[FF_TEXT])
        return 0;
    /* the transcript, most of the bytes, in a block of its own that the
     * call then keeps (call_take_fields); the other values share *store */
    size_t text_size = rb[FF_TEXT] - ra[FF_TEXT] + 1;
    char *rest = *store = xmalloc(total - text_size + 1);
    *text = xmalloc(text_size);
    for (int f = 0; f < FF_N; f++) {
        v[f] = NULL;
        if (!seen[f] || (f == FF_TEAM && null_team))
            continue;
        char *o = f == FF_TEXT ? *text : rest;
        v[f] = o;
        /* copied whole between escapes, each escape decoded to its byte */
        const char *src = buf + ra[f], *end = buf + rb[f];
        while (src < end) {
            const char *bsl = resc[f] ? memchr(src, '\\', (size_t)(end - src)) : NULL;
            size_t n = (size_t)((bsl ? bsl : end) - src);
            memcpy(o, src, n);
            o += n;
            if (!bsl)
                break;
            char c = bsl[1];
            *o++ = c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n' : c == 'r' ? '\r'
                 : c == 't' ? '\t' : c; /* \" \\ \/ stand for themselves */
            src = bsl + 2;
        }
        *o++ = '\0';
        if (f != FF_TEXT)
            rest = o;
    }
    return 1;
}

int call_parse_json(const char *buf, size_t len, call_t *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        buf += 3;
        len -= 3;
    }
    size_t ws = 0;
    while (ws < len && isspace((unsigned char)buf[ws]))
        ws++;
    if (ws == len) {
        cz_err_set(err, len ? "file holds only white space" : "empty file");
        return -1;
    }
    if (len >= 2 && ((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE)) {
        cz_err_set(err, "file is UTF-16, expected UTF-8");
        return -1;
    }
    if (len >= 2 && ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF)) {
        cz_err_set(err, "file is UTF-16, expected UTF-8");
        return -1;
    }
    const char *nul = memchr(buf, '\0', len);
    if (nul) {
        cz_err_set(err, "NUL byte at offset %ld", (long)(nul - buf));
        return -1;
    }
    long bad = utf8_invalid_at((const unsigned char *)buf, len);
    if (bad >= 0) {
        cz_err_set(err, "invalid UTF-8 at byte %ld", bad);
        return -1;
    }
    const char *fv[FF_N];
    char *store = NULL, *own_text = NULL;
    /* A record fast_fields reads holds no \u escape (it takes only the
     * short ones, and no backslash outside a string), so no escaped NUL:
     * the scan for one is left to the records cJSON reads. */
    if (fast_fields(buf, len, fv, &store, &own_text)) {
        int frc = call_take_fields(fv[FF_ID], fv[FF_AGENT], fv[FF_TS], own_text, out, err);
        if (frc == 0 && fv[FF_TEAM] && call_set_team(out, fv[FF_TEAM], err) < 0) {
            call_free(out);
            frc = -1;
        }
        free(store);
        return frc;
    }
    long esc = escaped_nul_at(buf, len);
    if (esc >= 0) {
        cz_err_set(err, "escaped NUL character (\\u0000) at byte %ld", esc);
        return -1;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
    if (!root) {
        /* end is this call's own position; cJSON_GetErrorPtr is process-wide. */
        long off = end && end >= buf && end <= buf + len ? (long)(end - buf) : -1;
        long line = 1, col = 1;
        for (long i = 0; i < off; i++, col++)
            if (buf[i] == '\n')
                line++, col = 0;
        int depth = 0, maxd = 0;
        for (long i = 0; i < off; i++) {
            if (buf[i] == '[' || buf[i] == '{')
                maxd = ++depth > maxd ? depth : maxd;
            else if (buf[i] == ']' || buf[i] == '}')
                depth--;
        }
        if (maxd >= CJSON_NESTING_LIMIT)
            cz_err_set(err, "invalid JSON: nested deeper than %d levels near byte %ld",
                       CJSON_NESTING_LIMIT, off);
        else
            cz_err_set(err, "invalid JSON near byte %ld (line %ld, column %ld)", off, line, col);
        return -1;
    }
    for (const char *p = end; p && p < buf + len; p++)
        if (!isspace((unsigned char)*p)) {
            cz_err_set(err, "trailing data after the JSON object at byte %ld", (long)(p - buf));
            cJSON_Delete(root);
            return -1;
        }
    int rc = -1;
    const char *id, *agent, *ts, *text, *dup;
    if (!cJSON_IsObject(root)) {
        cz_err_set(err, "top-level JSON value must be an object");
    } else if ((dup = duplicated_field(root))) {
        cz_err_set(err, "duplicate key %s", dup);
    } else if (get_string(root, "call_id", &id, err) == 0 &&
               get_string(root, "agent_name", &agent, err) == 0 &&
               get_string(root, "timestamp", &ts, err) == 0 &&
               get_string(root, "transcript_text", &text, err) == 0) {
        rc = call_from_fields(id, agent, ts, text, out, err);
        /* team is optional; present, it must be a string (or null: none) */
        const cJSON *team = cJSON_GetObjectItemCaseSensitive(root, "team");
        if (rc == 0 && team && !cJSON_IsNull(team)) {
            const char *tv;
            if (get_string(root, "team", &tv, err) < 0 || call_set_team(out, tv, err) < 0) {
                call_free(out);
                rc = -1;
            }
        }
    }
    cJSON_Delete(root);
    return rc;
}

static int digits(const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!cz_is_digit((*p)[i]))
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return 0;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar, for a
 * date cz_time_parse has checked: what timegm computes for it, without
 * timegm's normalisation and time zone machinery (it was most of the cost of
 * reading a call's time). */
static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = y / 400; /* y >= 1969: no negative division */
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int cz_time_parse(const char *s, int64_t *epoch)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, off = 0;
    const char *p = s;
    while (*p == ' ')
        p++;
    if (digits(&p, 4, &y) < 0 || *p++ != '-' || digits(&p, 2, &mo) < 0 || *p++ != '-' ||
        digits(&p, 2, &d) < 0)
        return -1;
    if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
        return -1;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (digits(&p, 2, &h) < 0 || *p++ != ':' || digits(&p, 2, &mi) < 0)
            return -1;
        if (*p == ':') {
            p++;
            if (digits(&p, 2, &sec) < 0)
                return -1;
            if (*p == '.' || *p == ',') {
                p++;
                if (!cz_is_digit(*p))
                    return -1;
                while (cz_is_digit(*p))
                    p++;
            }
        }
        if (h > 23 || mi > 59 || sec > 60)
            return -1;
        if (*p == 'Z' || *p == 'z') {
            p++;
        } else if (*p == '+' || *p == '-') {
            int sign = *p++ == '-' ? -1 : 1, oh, om = 0;
            if (digits(&p, 2, &oh) < 0)
                return -1;
            if (*p == ':')
                p++;
            if (cz_is_digit(*p) && digits(&p, 2, &om) < 0)
                return -1;
            if (oh > 14 || om > 59)
                return -1;
            off = sign * (oh * 3600 + om * 60);
        }
    }
    while (*p == ' ')
        p++;
    if (*p)
        return -1;
    *epoch = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + (sec > 59 ? 59 : sec) - off;
    return 0;
}

void cz_time_format(int64_t epoch, char out[32])
{
    time_t t = (time_t)epoch;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%d %H:%M:%S+00", &tm);
}

void cz_time_local(int64_t epoch, char day[11], int64_t *hour_start)
{
    time_t t = (time_t)epoch;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        gmtime_r(&t, &tm);
    strftime(day, 11, "%Y-%m-%d", &tm);
    if (hour_start)
        *hour_start = epoch - tm.tm_min * 60 - (tm.tm_sec > 59 ? 59 : tm.tm_sec);
}
