/* batch.c - reading input files into a batch: each becomes prepared calls or a
 * quarantine entry with the reason, never an abort. */
#include "batch.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "pg.h"
#include "redact.h"
#include "strmap.h"

void batch_opts_init(batch_opts *o, const cz_settings *s, const kpi_rules *rules)
{
    memset(o, 0, sizeof *o);
    o->prep.rules = rules;
    o->prep.redact_pii = s->redact_pii;
    o->max_file_size = s->max_file_size;
    if (fmt_from_name(s->input_format, &o->format) < 0)
        o->format = FMT_AUTO; /* validated at start-up */
    o->default_agent = s->default_agent;
    o->hvb_machine = strcmp(s->transcript, "machine") == 0;
}

void batch_init(batch_t *b)
{
    memset(b, 0, sizeof *b);
}

void batch_reset(batch_t *b)
{
    for (size_t i = 0; i < b->nfiles; i++) {
        free(b->files[i].path);
        free(b->files[i].kept);
    }
    for (size_t i = 0; i < b->ncalls; i++) {
        prepared_call_free(&b->calls[i].p);
        free(b->calls[i].raw);
    }
    for (size_t i = 0; i < b->nquar; i++) {
        free(b->quar[i].reason);
        free(b->quar[i].raw);
    }
    b->nfiles = b->ncalls = b->nquar = 0;
    b->prepare_s = 0;
    sb_clear(&b->rows); /* its memory is kept for the next fill */
    b->rows_calls = 0;
    strmap_free(&b->touched);
}

void batch_free(batch_t *b)
{
    batch_reset(b);
    sb_free(&b->rows);
    free(b->files);
    free(b->calls);
    free(b->quar);
    memset(b, 0, sizeof *b);
}

#define GROW(arr, n, cap)                                          \
    do {                                                           \
        if ((n) == (cap)) {                                        \
            (cap) = (cap) ? (cap) * 2 : 64;                        \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr));        \
        }                                                          \
    } while (0)

static size_t add_file(batch_t *b, const char *path, int64_t size, int64_t mtime_ns)
{
    GROW(b->files, b->nfiles, b->capfiles);
    batch_file *f = &b->files[b->nfiles];
    memset(f, 0, sizeof *f);
    f->path = xstrdup(path);
    f->size = size;
    f->mtime_ns = mtime_ns;
    f->outcome = "loaded";
    f->known = false;
    return b->nfiles++;
}

void batch_add_sibling(batch_t *b, const char *path, int64_t size, int64_t mtime_ns, bool known)
{
    size_t f = add_file(b, path, size, mtime_ns);
    b->files[f].known = known;
    b->files[f].sibling = true;
    b->files[f].outcome = "sibling";
}

/* A reason becomes quarantine.reason, a text column: bytes of a field it
 * quotes that are not UTF-8 (a cut sequence, a stray byte) would make
 * PostgreSQL refuse the whole batch. Such bytes are written as \xHH. */
static char *reason_text(const char *reason)
{
    strbuf tmp = SB_INIT;
    char *out = xstrdup(pg_path_text(reason, &tmp));
    sb_free(&tmp);
    return out;
}

static void add_quar(batch_t *b, size_t file, int line_no, const char *reason, char *raw,
                     size_t raw_len)
{
    GROW(b->quar, b->nquar, b->capquar);
    batch_quar *q = &b->quar[b->nquar++];
    q->file = file;
    q->line_no = line_no;
    q->reason = reason_text(reason);
    q->raw = raw;
    q->raw_len = raw_len;
    b->files[file].outcome = "quarantined";
    log_warn("quarantined %s%s%.0d: %s", b->files[file].path, line_no ? " line " : "", line_no,
             q->reason);
}

void batch_reject_call(batch_t *b, size_t i, const char *reason)
{
    batch_call *c = &b->calls[i];
    c->rejected = true;
    char *raw = xmalloc(c->raw_len + 1);
    memcpy(raw, c->raw, c->raw_len);
    raw[c->raw_len] = '\0';
    /* Database errors are masked where they are read (pg.h); masking again
     * covers any other caller. */
    size_t n;
    char *masked = redact_pii(reason, strlen(reason), &n);
    add_quar(b, c->file, c->p.source_line, masked ? masked : reason, raw, c->raw_len);
    free(masked);
}

void batch_quarantine_file(batch_t *b, const char *path, int64_t size, int64_t mtime_ns, bool known,
                           const char *reason)
{
    size_t f = add_file(b, path, size, mtime_ns);
    b->files[f].known = known;
    add_quar(b, f, 0, reason, NULL, 0);
}

/* Reads a whole regular file. Returns 0, or -1 with a reason in err. */
static int read_file(const char *path, long max, char **out, size_t *len, cz_err *err)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        cz_err_set(err, errno == ELOOP ? "symbolic link: not followed"
                                       : "cannot open: %s", strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        cz_err_set(err, "not a regular file");
        close(fd);
        return -1;
    }
    if (st.st_size > max) {
        cz_err_set(err, "file is %lld bytes, over the limit of %ld (max_file_size)",
                   (long long)st.st_size, max);
        close(fd);
        return -1;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > (size_t)max + 1) {
                cz_err_set(err, "file grew over the limit of %ld bytes while being read", max);
                free(buf);
                close(fd);
                return -1;
            }
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            cz_err_set(err, "read error: %s", strerror(errno));
            free(buf);
            close(fd);
            return -1;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return 0;
}

static void quarantine_reason(batch_t *b, size_t f, int line_no, const char *reason,
                              char *raw, size_t len, const batch_opts *o)
{
    /* A reason may quote a field ("unparseable timestamp \"...\"") and is
     * logged: mask personal data in it as in silver. The raw bytes keep
     * everything, as bronze does. */
    size_t n;
    char *masked = o->prep.redact_pii ? redact_pii(reason, strlen(reason), &n) : NULL;
    add_quar(b, f, line_no, masked ? masked : reason, raw, len);
    free(masked);
}

static int read_meta(void *ctx, const char *path, char **buf, size_t *len, cz_err *err)
{
    const batch_opts *o = ctx;
    return read_file(path, o->max_file_size, buf, len, err);
}

static bool listed(const uint64_t *v, size_t n, uint64_t h)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] == h)
            return true;
        if (v[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

static uint64_t hex_value(const char *h)
{
    uint64_t v = 0;
    for (; *h; h++)
        v = v << 4 | (uint64_t)(*h <= '9' ? *h - '0' : *h - 'a' + 10);
    return v;
}

/* Whether record r of a re-read file is delivered: not when the file held it
 * at its last read (prev), unless an earlier record of the same call in this
 * file is delivered now (delivered: those call ids). An unchanged record's
 * identity is kept on the file. */
static bool deliver(batch_file *bf, const fmt_record *r, uint64_t h, const uint64_t *prev,
                    size_t nprev, strmap *delivered)
{
    if (!prev)
        return true;
    if (listed(prev, nprev, h) && !strmap_get(delivered, r->call.call_id, NULL)) {
        bf->kept = xrealloc(bf->kept, (bf->nkept + 1) * sizeof *bf->kept);
        bf->kept[bf->nkept++] = h;
        return false;
    }
    strmap_put(delivered, r->call.call_id, 0);
    return true;
}

/* Puts n as exactly width digits (zero-padded) before p; returns the start. */
static char *digits_before(char *p, int64_t n, int width)
{
    for (int i = 0; i < width; i++, n /= 10)
        *--p = (char)('0' + n % 10);
    return p;
}

/* (batch.h) gmtime_r and strftime
 * cost about as much as the rest of a small file's bookkeeping, so years 1970
 * to 9999 take the civil-from-days arithmetic (proleptic Gregorian, as
 * gmtime's) and any other time the library, which writes the same text. */
void batch_utc_stamp(int64_t t, char out[40])
{
    if (t < 0 || t >= INT64_C(253402300800)) { /* 10000-01-01 */
        time_t tt = (time_t)t;
        struct tm tm;
        if (!gmtime_r(&tt, &tm))
            memset(&tm, 0, sizeof tm);
        strftime(out, 40, "%Y-%m-%dT%H:%M:%SZ", &tm);
        return;
    }
    int64_t days = t / 86400, secs = t % 86400;
    /* days since 0000-03-01, in 400-year eras (146,097 days each) */
    int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    int64_t day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9;
    int64_t year = yoe + era * 400 + (month <= 2);
    char *p = out + 20;
    *p = '\0';
    *--p = 'Z';
    p = digits_before(p, secs % 60, 2);
    *--p = ':';
    p = digits_before(p, secs / 60 % 60, 2);
    *--p = ':';
    p = digits_before(p, secs / 3600, 2);
    *--p = 'T';
    p = digits_before(p, day, 2);
    *--p = '-';
    p = digits_before(p, month, 2);
    *--p = '-';
    digits_before(p, year, 4);
}

/* Splits file f's bytes into records by format and prepares each; buf is
 * taken over by the batch. mtime_ns stands in for the call time of formats
 * that carry none. prev: as for batch_add_file. */
static void add_records(batch_t *b, size_t f, const char *path, char *buf, size_t len,
                        int64_t mtime_ns, const uint64_t *prev, size_t nprev,
                        const batch_opts *o, kpi_scratch *s)
{
    char when[40];
    batch_utc_stamp(mtime_ns / 1000000000LL, when);
    fmt_opts fo = {0};
    fo.format = o->format;
    fo.default_agent = o->default_agent && *o->default_agent ? o->default_agent : NULL;
    fo.default_timestamp = when;
    fo.hvb_machine = o->hvb_machine;
    fo.read_file = read_meta;
    fo.read_ctx = (void *)o;
    fmt_records recs = FMT_RECORDS_INIT;
    fmt_parse(path, buf, len, &fo, &recs);
    bool whole = recs.n == 1; /* the record is the whole file: no copy */
    bool taken = false;       /* buf went to the batch (a delivered whole-file record) */
    strmap delivered = STRMAP_INIT;
    for (size_t i = 0; i < recs.n; i++) {
        fmt_record *r = &recs.v[i];
        /* Hashed here only when it decides something: otherwise prepare's
         * checksum of the bytes is the identity. */
        uint64_t h = prev || r->hash_seed != CZ_FNV1A64_BASIS ? fmt_record_hash(r, buf) : 0;
        if (!r->error && !deliver(&b->files[f], r, h, prev, nprev, &delivered))
            continue;
        char *raw = whole ? buf : xstrndup(buf + r->raw_off, r->raw_len);
        size_t raw_len = whole ? len : r->raw_len;
        taken = whole;
        if (r->error) {
            quarantine_reason(b, f, r->line_no, r->error, raw, raw_len, o);
            continue;
        }
        GROW(b->calls, b->ncalls, b->capcalls);
        batch_call *c = &b->calls[b->ncalls];
        memset(c, 0, sizeof *c);
        cz_err err;
        if (prepare_from_parts(&o->prep, s, &r->call, &r->turns, &r->meta, raw, raw_len, &c->p,
                               &err) < 0) {
            quarantine_reason(b, f, r->line_no, err.msg, raw, raw_len, o);
            continue;
        }
        c->p.format = fmt_name(recs.format);
        c->p.source_line = r->line_no;
        /* Bronze's checksum is the identity: with a sibling file's bytes when
         * the record was read with one (a corrected metadata file is then a
         * different delivery of the call). */
        if (r->hash_seed != CZ_FNV1A64_BASIS)
            cz_hex64(h, c->p.checksum);
        c->identity = hex_value(c->p.checksum);
        c->file = f;
        c->raw = raw;
        c->raw_len = raw_len;
        c->status = BC_NEW;
        b->ncalls++;
    }
    if (!taken)
        free(buf);
    strmap_free(&delivered);
    fmt_records_free(&recs);
}

void batch_add_file(batch_t *b, const char *path, int64_t size, int64_t mtime_ns, bool known,
                    const uint64_t *prev, size_t nprev, const batch_opts *o, kpi_scratch *s)
{
    double t0 = cz_now_mono();
    size_t f = add_file(b, path, size, mtime_ns);
    b->files[f].known = known;
    char *raw;
    size_t len;
    cz_err err;
    if (read_file(path, o->max_file_size, &raw, &len, &err) < 0)
        add_quar(b, f, 0, err.msg, NULL, 0);
    else
        add_records(b, f, path, raw, len, mtime_ns, prev, nprev, o, s);
    b->prepare_s += cz_now_mono() - t0;
}

void batch_add_data(batch_t *b, const char *path, int64_t size, int64_t ident, char *buf,
                    size_t len, int64_t time_ns, bool known, const uint64_t *prev, size_t nprev,
                    const batch_opts *o, kpi_scratch *s)
{
    double t0 = cz_now_mono();
    size_t f = add_file(b, path, size, ident);
    b->files[f].known = known;
    add_records(b, f, path, buf, len, time_ns, prev, nprev, o, s);
    b->prepare_s += cz_now_mono() - t0;
}

void batch_add_record(batch_t *b, const char *path, const char *raw, size_t len,
                      int64_t time_ns, const batch_opts *o, kpi_scratch *s)
{
    double t0 = cz_now_mono();
    size_t f = add_file(b, path, 0, 0);
    add_records(b, f, path, xstrndup(raw, len), len, time_ns, NULL, 0, o, s);
    b->prepare_s += cz_now_mono() - t0;
}
