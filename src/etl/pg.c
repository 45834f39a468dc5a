/* pg.c - libpq helpers: connect with backoff, statements, COPY, and the COPY
 * text-format escaping the loaders share. */
#include "pg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "redact.h"
#include "settings.h"

/* The server's message quotes the data it rejects ("Failing row contains
 * (...)", "COPY bronze_calls, line 3, column raw: ..."): raw bytes of a record
 * with whatever personal data it holds. It is masked here, the one place every
 * database error passes, before it reaches a log line, etl_runs.message or a
 * quarantine reason; the record itself stays in bronze. r (may be NULL) gives
 * the SQLSTATE, written into the message as "(SQLSTATE 22008)" before the
 * server's text (pg_err_is_data reads it there). */
static void set_pg_err(cz_err *err, const char *what, PGconn *c, const PGresult *r)
{
    if (!err)
        return;
    const char *m = PQerrorMessage(c);
    size_t n = strlen(m);
    while (n && (m[n - 1] == '\n' || m[n - 1] == ' '))
        n--;
    size_t mn;
    char *masked = redact_pii(m, n, &mn);
    const char *code = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    if (code && strlen(code) == 5)
        cz_err_set(err, "%s (SQLSTATE %s): %.*s", what, code, (int)(masked ? mn : n),
                   masked ? masked : m);
    else
        cz_err_set(err, "%s: %.*s", what, (int)(masked ? mn : n), masked ? masked : m);
    free(masked);
}

/* What the worker parses and compares in its own statements must not follow
 * the server's or the role's defaults: day strings come back from the
 * database and are matched with the ones the worker formats (DateStyle), day
 * bounds are midnights in UTC (TimeZone), text is UTF-8 (client_encoding),
 * and the COPY and literal escaping assume standard strings. search_path is
 * left alone: an administrator may place the tables in a schema of their own.
 * jit is off: the worker's statements are a handful of scans and sorts (the
 * snapshot's above all), and compiling them costs more than running them,
 * seconds with 100,000 agents. */
/* The server's side of the keepalives (ignored on a Unix socket): a worker
 * host that vanished mid-transaction does not keep its locks for hours. */
#define TCP_SERVER_SETTINGS                                                                      \
    " SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 2;"                             \
    " SET tcp_keepalives_count = 2; SET tcp_user_timeout = 9000"
static const char SESSION_SETTINGS[] =
    "SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET IntervalStyle = 'postgres';"
    " SET extra_float_digits = 3; SET client_encoding = 'UTF8';"
    " SET standard_conforming_strings = on; SET bytea_output = 'hex'; SET jit = off;"
    TCP_SERVER_SETTINGS;

bool pg_err_is_data(const cz_err *err)
{
    static const char *const classes[] = {"21", "22", "23", "54", "P0", "2F", "39"};
    /* The first tag is set_pg_err's: the server's text, which may quote
     * anything, only follows it. */
    const char *tag = err ? strstr(err->msg, "(SQLSTATE ") : NULL;
    if (!tag || strlen(tag) < 16 || tag[15] != ')')
        return false;
    for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
        if (memcmp(tag + 10, classes[i], 2) == 0)
            return true;
    return false;
}

/* Server notices ("relation already exists, skipping") are debug detail, not
 * something to print on a user's terminal. */
static void on_notice(void *arg, const char *msg)
{
    (void)arg;
    size_t n = strlen(msg);
    while (n && msg[n - 1] == '\n')
        n--;
    /* A notice may quote data too (a trigger's RAISE NOTICE): masked. */
    size_t mn;
    char *masked = redact_pii(msg, n, &mn);
    log_debug("PostgreSQL: %.*s", (int)(masked ? mn : n), masked ? masked : msg);
    free(masked);
}

void pg_session_name(char *out, size_t n)
{
    char host[256] = "unknown";
    gethostname(host, sizeof host - 1);
    host[sizeof host - 1] = '\0';
    /* PostgreSQL keeps 63 bytes of an application_name: cut here, so the
     * name the lease records is the one pg_stat_activity shows. */
    snprintf(out, n < 64 ? n : 64, "converza-etl %s:%ld", host, (long)getpid());
}

/* TCP keepalives and a user timeout on the worker's side, so that a
 * database host that vanished (no FIN, no RST) ends the connection within
 * about 10 s instead of the kernel's two hours; the conninfo may override
 * them, since it comes after. */
static const char *const TCP_KEYS[] = {"keepalives", "keepalives_idle", "keepalives_interval",
                                       "keepalives_count", "tcp_user_timeout", "connect_timeout"};
static const char *const TCP_VALS[] = {"1", "5", "2", "2", "9000", "10"};
#define N_TCP (sizeof TCP_KEYS / sizeof *TCP_KEYS)

PGconn *pg_connect(const char *conninfo, const char *password_file, cz_err *err)
{
    const char *keys[N_TCP + 4], *vals[N_TCP + 4];
    size_t k = 0;
    for (; k < N_TCP; k++) {
        keys[k] = TCP_KEYS[k];
        vals[k] = TCP_VALS[k];
    }
    keys[k] = "dbname";
    vals[k++] = conninfo ? conninfo : "";
    /* After the conninfo, so it wins: a standby that takes over finds the
     * sessions of the worker it replaces by this name (lease.h). */
    char app[64];
    pg_session_name(app, sizeof app);
    keys[k] = "application_name";
    vals[k++] = app;
    char *pw = NULL;
    if (password_file && *password_file) {
        pw = settings_read_secret(password_file, err);
        if (!pw)
            return NULL;
        keys[k] = "password";
        vals[k++] = pw;
    }
    keys[k] = vals[k] = NULL;
    /* expand_dbname=1 lets "dbname" carry a whole conninfo string or URI. */
    PGconn *c = PQconnectdbParams(keys, vals, 1);
    if (pw) {
        memset(pw, 0, strlen(pw));
        free(pw);
    }
    if (!c) {
        cz_err_set(err, "cannot connect to PostgreSQL: out of memory");
        return NULL;
    }
    if (PQstatus(c) != CONNECTION_OK) {
        set_pg_err(err, "cannot connect to PostgreSQL", c, NULL);
        PQfinish(c);
        return NULL;
    }
    PQsetClientEncoding(c, "UTF8");
    PQsetNoticeProcessor(c, on_notice, NULL);
    if (pg_exec(c, SESSION_SETTINGS, err) < 0) {
        PQfinish(c);
        return NULL;
    }
    return c;
}

PGconn *pg_connect_retry(const char *conninfo, const char *password_file,
                         volatile sig_atomic_t *stop, int give_up_after, cz_err *err)
{
    unsigned delay = 1;
    double start = cz_now_mono();
    for (;;) {
        PGconn *c = pg_connect(conninfo, password_file, err);
        if (c)
            return c;
        if (give_up_after > 0 && cz_now_mono() - start >= give_up_after)
            return NULL;
        log_warn("%s; retrying in %u s", err->msg, delay);
        for (unsigned i = 0; i < delay * 10 && !(stop && *stop); i++)
            usleep(100000);
        if (stop && *stop)
            return NULL;
        delay = delay >= 32 ? 60 : delay * 2;
    }
}

int pg_keep_conn(PGconn **c, const char *conninfo, const char *password_file,
                 volatile sig_atomic_t *stop, int give_up_after)
{
    if (!pg_is_broken(*c))
        return 0;
    if (*c) {
        PQfinish(*c);
        *c = NULL;
        log_warn("lost the database connection; reconnecting");
    }
    cz_err err;
    *c = pg_connect_retry(conninfo, password_file, stop, give_up_after, &err);
    if (!*c) {
        if (!(stop && *stop))
            log_error("%s", err.msg);
        return -1;
    }
    log_info("connected to the database");
    return 0;
}

int pg_exec(PGconn *c, const char *sql, cz_err *err)
{
    PGresult *r = PQexec(c, sql);
    ExecStatusType st = PQresultStatus(r);
    int rc = (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) ? 0 : -1;
    if (rc < 0)
        set_pg_err(err, "query failed", c, r);
    PQclear(r);
    return rc;
}

PGresult *pg_query(PGconn *c, const char *sql, int nparams, const char *const *params,
                   cz_err *err)
{
    PGresult *r = PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        set_pg_err(err, "query failed", c, r);
        PQclear(r);
        return NULL;
    }
    return r;
}

int pg_query_many(PGconn *c, size_t n, const pg_stmt *q, PGresult **out, cz_err *err)
{
    for (size_t i = 0; i < n; i++)
        out[i] = NULL;
    if (PQenterPipelineMode(c) != 1) {
        set_pg_err(err, "cannot start a pipeline", c, NULL);
        return -1;
    }
    int rc = 0;
    /* Everything is sent before anything is read: each wait for the server
     * on a busy machine costs a wake-up, and these statements are short. */
    for (size_t i = 0; i < n && rc == 0; i++)
        if (PQsendQueryParams(c, q[i].sql, q[i].nparams, NULL, q[i].params, NULL, NULL, 0) != 1) {
            set_pg_err(err, "query failed", c, NULL);
            rc = -1;
        }
    if (PQpipelineSync(c) != 1 && rc == 0) {
        set_pg_err(err, "query failed", c, NULL);
        rc = -1;
    }
    /* Each statement's result then NULL, and the sync's at the end; every
     * one is read, whatever failed, so the connection ends out of the
     * pipeline in a known state. */
    bool synced = false;
    for (size_t i = 0; !synced && PQstatus(c) == CONNECTION_OK;) {
        PGresult *r = PQgetResult(c);
        if (!r) { /* the end of statement i's results */
            if (i++ == n)
                break; /* no sync to come: nothing was sent */
            continue;
        }
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_PIPELINE_SYNC) {
            synced = true;
        } else if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
            if (i < n && !out[i]) {
                out[i] = r;
                r = NULL;
            }
        } else if (rc == 0) {
            set_pg_err(err, "query failed", c, r);
            rc = -1;
        }
        PQclear(r);
    }
    if (!synced && rc == 0) {
        set_pg_err(err, "query failed", c, NULL);
        rc = -1;
    }
    if (PQexitPipelineMode(c) != 1 && rc == 0) {
        set_pg_err(err, "query failed", c, NULL);
        rc = -1;
    }
    if (rc < 0)
        for (size_t i = 0; i < n; i++) {
            PQclear(out[i]);
            out[i] = NULL;
        }
    return rc;
}

int pg_copy_in(PGconn *c, const char *table_cols, const char *data, size_t len, cz_err *err)
{
    strbuf q = SB_INIT;
    sb_printf(&q, "COPY %s FROM STDIN", table_cols);
    int rc = pg_copy_many(c, q.s, &data, &len, 1, NULL, err);
    sb_free(&q);
    return rc;
}

/* pg_copy_many's data: buffers, sent in slices. */
typedef struct {
    const char *const *data;
    const size_t *len;
} copy_bufs;

static bool put_bufs(PGconn *c, int i, void *arg)
{
    const copy_bufs *b = arg;
    /* libpq buffers; sending in slices keeps each call's memory modest. */
    const size_t slice = 1 << 20;
    for (size_t off = 0; off < b->len[i]; off += slice) {
        size_t m = b->len[i] - off < slice ? b->len[i] - off : slice;
        if (PQputCopyData(c, b->data[i] + off, (int)m) != 1)
            return false;
    }
    return true;
}

int pg_copy_many(PGconn *c, const char *sql, const char *const *data, const size_t *len, int n,
                 int *started, cz_err *err)
{
    copy_bufs b = {data, len};
    return pg_copy_many_put(c, sql, put_bufs, &b, n, started, err);
}

int pg_copy_many_put(PGconn *c, const char *sql, pg_copy_put put, void *arg, int n, int *started,
                     cz_err *err)
{
    if (started)
        *started = 0;
    if (!PQsendQuery(c, sql)) {
        set_pg_err(err, "COPY failed", c, NULL);
        return -1;
    }
    int rc = 0, i = 0;
    PGresult *r;
    while ((r = PQgetResult(c))) {
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_COPY_IN) {
            PQclear(r);
            bool ok = i < n && rc == 0 && put(c, i, arg);
            if (PQputCopyEnd(c, ok ? NULL : "client error") != 1 || !ok) {
                if (rc == 0) {
                    set_pg_err(err, i < n ? "COPY failed" : "COPY without data", c, NULL);
                    if (started)
                        *started = i + 1;
                }
                rc = -1;
            }
            i++;
            continue;
        }
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
            if (rc == 0) {
                set_pg_err(err, "COPY failed", c, r);
                if (started)
                    *started = i;
            }
            rc = -1;
        }
        PQclear(r);
    }
    return rc;
}

/* A connection left in pipeline mode (pg_query_many could not leave it) is
 * as good as lost: every synchronous call on it fails. Saying so makes the
 * worker reconnect instead of failing each batch on it. */
bool pg_is_broken(PGconn *c)
{
    return !c || PQstatus(c) != CONNECTION_OK || PQpipelineStatus(c) != PQ_PIPELINE_OFF;
}

/* The bytes of w (eight, in memory order) that may need an escape: each
 * byte below 0x0e (tab, newline and CR are; so are a few control bytes that
 * need none) or a backslash has its high bit set in the result. The classic
 * zero-byte tests: a borrow can mark a byte only above one that is marked
 * rightly, so the result is zero exactly when no byte needs an escape, and
 * its lowest marked byte is exactly the first candidate. */
static uint64_t escape_marks(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t below = (w - ones * 0x0e) & ~w & highs;
    uint64_t bs = w ^ (ones * '\\');
    return (below | ((bs - ones) & ~bs & highs));
}

/* How many bytes of a word precede its first marked one (marks != 0). */
static size_t before_mark(uint64_t marks)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (size_t)__builtin_ctzll(marks) >> 3;
#else
    (void)marks;
    return 0; /* the caller then looks at the word's bytes one at a time */
#endif
}

/* The COPY escape of byte ch (two bytes), or NULL when it stands for itself. */
static const char *copy_escape(char ch)
{
    switch (ch) {
    case '\\': return "\\\\";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\r': return "\\r";
    default: return NULL;
    }
}

/* Writes byte ch at out as COPY text; returns the end. */
static char *put_copy_byte(char *out, char ch)
{
    const char *esc = copy_escape(ch);
    if (!esc) {
        *out++ = ch;
        return out;
    }
    out[0] = esc[0];
    out[1] = esc[1];
    return out + 2;
}

/* Escapes are sparse in the text a batch carries (raw JSON, turns, evidence,
 * a few kilobytes per call, a backslash or newline every few dozen bytes),
 * so the bytes go eight at a time: a word is copied whole, and when it holds
 * a candidate the output resumes just past the first one, written as
 * put_copy_byte writes it. The output is the same as escaping each byte. It
 * is written straight into room reserved for the worst case (every byte
 * doubled) a slice at a time, so that a long field does not reserve twice its
 * size in the buffer; a word copied whole may run ahead into that room. */
void copy_field(strbuf *b, const char *s, size_t len)
{
    const size_t slice = 4096;
    sb_reserve(b, 0); /* b->s exists even for an empty field */
    for (size_t at = 0; at < len; at += slice) {
        size_t n = len - at < slice ? len - at : slice;
        sb_reserve(b, 2 * n);
        char *out = b->s + b->len;
        const char *in = s + at;
        size_t i = 0;
        /* out - b->s - b->len <= 2 * i, so 8 bytes at out stay in the room
         * while i + 8 <= n */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, in + i, 8);
            memcpy(out, &w, 8);
            uint64_t marks = escape_marks(w);
            if (!marks) {
                i += 8;
                out += 8;
                continue;
            }
            size_t k = before_mark(marks);
            out = put_copy_byte(out + k, in[i + k]);
            i += k + 1;
        }
        for (; i < n; i++)
            out = put_copy_byte(out, in[i]);
        b->len = (size_t)(out - b->s);
    }
    b->s[b->len] = '\0';
}

void copy_field_str(strbuf *b, const char *s)
{
    copy_field(b, s, strlen(s));
}

/* Length of the valid UTF-8 sequence at s[0] (at most n bytes), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    uint32_t cp;
    int len = cz_utf8_next((const char *)s, n, &cp);
    return len < 0 ? 0 : (size_t)len;
}

const char *pg_path_text(const char *path, strbuf *tmp)
{
    const unsigned char *s = (const unsigned char *)path;
    size_t n = strlen(path), i = 0;
    while (i < n) {
        size_t l = utf8_seq(s + i, n - i);
        if (!l)
            break;
        i += l;
    }
    if (i == n)
        return path;
    sb_clear(tmp);
    sb_append(tmp, path, i);
    while (i < n) {
        size_t l = utf8_seq(s + i, n - i);
        if (l) {
            sb_append(tmp, path + i, l);
            i += l;
        } else {
            sb_printf(tmp, "\\x%02x", s[i]);
            i++;
        }
    }
    return sb_cstr(tmp);
}

const char *pg_path_name(const char *text, size_t *dirlen)
{
    const char *slash = strrchr(text, '/');
    *dirlen = slash ? (size_t)(slash - text) : 0;
    return slash ? slash + 1 : text;
}

void pg_array_literal(strbuf *b, const char *const *items, size_t n)
{
    sb_putc(b, '{');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_putc(b, ',');
        sb_putc(b, '"');
        for (const char *p = items[i]; *p; p++) {
            if (*p == '"' || *p == '\\')
                sb_putc(b, '\\');
            sb_putc(b, *p);
        }
        sb_putc(b, '"');
    }
    sb_putc(b, '}');
}
