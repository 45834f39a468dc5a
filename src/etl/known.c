/* known.c - merging the walk with ingested_files. Each directory on the walk's
 * current path (root to the directory being listed) has a cursor into its
 * known files, read in pages ordered by name; a walked name advances the
 * cursor to itself. Pages are keyset queries (name > last name read), so a
 * lost connection costs nothing but the retried page. The query for a
 * directory's next page is sent as soon as a page arrives, so PostgreSQL
 * reads it while the walk merges the current one. Memory: two pages per
 * directory level. A changed file's record identities are asked for alone,
 * on the same connection, when it is about to be read again. */
#include "known.h"

#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "pg_load.h"

/* Rows per page: large enough that round trips do not matter, small enough
 * that a page stays a few hundred kilobytes. */
#define KNOWN_PAGE 10000
#define KNOWN_PAGE_STR "10000"

typedef struct {
    char *dir;        /* the directory's text form, as ingested_files.dir */
    PGresult *page;   /* the current page; rows before `row` are passed */
    int row;
    char *after;      /* the last name of the current page */
    int last_page;    /* the current page is the directory's last */
    PGresult *ahead;  /* the next page, received early, or NULL */
} listing;

struct known_dirs {
    listing *stack;   /* ancestors first; the top is the directory listed */
    size_t depth, cap;
    strbuf tmp;
    long sent_for;    /* the listing whose next page is being read, or -1 */
    PGconn *sent_on;  /* the connection that query was sent on */
};

#define PAGE_SQL                                                 \
    "SELECT name, size, mtime_ns FROM ingested_files"            \
    " WHERE dir = $1 AND name COLLATE \"C\" > $2"                 \
    " ORDER BY name COLLATE \"C\" LIMIT " KNOWN_PAGE_STR

known_dirs *known_new(void)
{
    known_dirs *k = xcalloc(1, sizeof *k);
    k->sent_for = -1;
    return k;
}

static void listing_free(listing *l)
{
    free(l->dir);
    PQclear(l->page);
    PQclear(l->ahead);
    free(l->after);
}

/* Receives the page read ahead into its listing (or drops it on an error:
 * the page is then asked for again, and the error reported, when needed). */
static void settle(known_dirs *k, PGconn *c)
{
    if (k->sent_for < 0)
        return;
    if (c == k->sent_on) {
        PGresult *r = PQgetResult(c), *extra;
        while ((extra = PQgetResult(c)))
            PQclear(extra);
        if (PQresultStatus(r) == PGRES_TUPLES_OK && !k->stack[k->sent_for].ahead)
            k->stack[k->sent_for].ahead = r;
        else
            PQclear(r);
    }
    k->sent_for = -1;
}

/* Asks for the page after l's current one without waiting for it. */
static void send_ahead(known_dirs *k, listing *l, PGconn *c)
{
    const char *params[2] = {l->dir, l->after};
    if (!l->last_page && PQsendQueryParams(c, PAGE_SQL, 2, NULL, params, NULL, NULL, 0)) {
        k->sent_for = l - k->stack;
        k->sent_on = c;
    }
}

void known_free(known_dirs *k, PGconn *c)
{
    if (!k)
        return;
    settle(k, c);
    for (size_t i = 0; i < k->depth; i++)
        listing_free(&k->stack[i]);
    free(k->stack);
    sb_free(&k->tmp);
    free(k);
}

/* True when dir is anc itself or lies under it. */
static int within(const char *anc, const char *dir, size_t dirlen)
{
    size_t al = strlen(anc);
    return al <= dirlen && memcmp(anc, dir, al) == 0 && (al == dirlen || dir[al] == '/');
}

/* The listing of dir: the walk is depth first, so it is on the stack when
 * the walk came back to it, and otherwise a new child of an entry there. */
static listing *listing_for(known_dirs *k, PGconn *c, const char *dir, size_t dirlen)
{
    while (k->depth && !within(k->stack[k->depth - 1].dir, dir, dirlen)) {
        if (k->sent_for == (long)k->depth - 1)
            settle(k, c);
        listing_free(&k->stack[--k->depth]);
    }
    if (k->depth) {
        listing *top = &k->stack[k->depth - 1];
        if (strlen(top->dir) == dirlen)
            return top;
    }
    if (k->depth == k->cap) {
        k->cap = k->cap ? k->cap * 2 : 8;
        k->stack = xrealloc(k->stack, k->cap * sizeof *k->stack);
    }
    listing *l = &k->stack[k->depth++];
    memset(l, 0, sizeof *l);
    l->dir = xstrndup(dir, dirlen);
    l->after = xstrdup("");
    return l;
}

/* Replaces the current page with the next one: the one read ahead when there
 * is one, else read now. Returns -1 with err, leaving the listing as it was. */
static int next_page(known_dirs *k, listing *l, PGconn *c, cz_err *err)
{
    if (k->sent_for == l - k->stack)
        settle(k, c);
    PGresult *r = l->ahead;
    l->ahead = NULL;
    if (!r) {
        settle(k, c); /* another directory's page may be on its way */
        const char *params[2] = {l->dir, l->after};
        r = pg_query(c, PAGE_SQL, 2, params, err);
        if (!r)
            return -1;
    }
    PQclear(l->page);
    l->page = r;
    l->row = 0;
    int n = PQntuples(r);
    l->last_page = n < KNOWN_PAGE;
    if (n) {
        free(l->after);
        l->after = xstrdup(PQgetvalue(r, n - 1, 0));
    }
    send_ahead(k, l, c);
    return 0;
}

/* A bigint column's text; faster than strtoll for the many rows compared. */
static int64_t parse_int64(const char *s)
{
    int neg = *s == '-';
    s += neg;
    uint64_t v = 0;
    while (cz_is_digit(*s))
        v = v * 10 + (uint64_t)(*s++ - '0');
    return neg ? -(int64_t)v : (int64_t)v;
}

int known_lookup(known_dirs *k, PGconn *c, const char *path, int64_t size, int64_t mtime_ns,
                 char *state, cz_err *err)
{
    const char *text = pg_path_text(path, &k->tmp);
    if (text != path) {
        /* Stored escaped, the name sorts differently from its bytes: outside
         * the merge, asked for alone (such names are rare). */
        int64_t sz = size, mt = mtime_ns;
        char *p = (char *)path;
        settle(k, c);
        return pg_filter_ingested(c, &p, &sz, &mt, 1, state, err);
    }
    size_t dirlen;
    const char *name = pg_path_name(text, &dirlen);
    if (k->sent_for >= 0 && k->sent_on != c)
        k->sent_for = -1; /* reconnected: the old query went with the old connection */
    listing *l = listing_for(k, c, text, dirlen);
    *state = INGESTED_NEW;
    for (;;) {
        if (!l->page || l->row == PQntuples(l->page)) {
            if (l->page && l->last_page)
                return 0;
            if (next_page(k, l, c, err) < 0) {
                k->sent_for = -1; /* the caller may reconnect */
                return -1;
            }
            if (PQntuples(l->page) == 0)
                return 0;
        }
        int cmp = strcmp(PQgetvalue(l->page, l->row, 0), name);
        if (cmp > 0)
            return 0;
        if (cmp == 0) {
            *state = parse_int64(PQgetvalue(l->page, l->row, 1)) == size &&
                             parse_int64(PQgetvalue(l->page, l->row, 2)) == mtime_ns
                         ? INGESTED_SAME
                         : INGESTED_CHANGED;
            return 0;
        }
        l->row++;
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int hex_digit(char ch)
{
    return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

int known_records(known_dirs *k, PGconn *c, const char *path, uint64_t **ids, size_t *n,
                  cz_err *err)
{
    *ids = NULL;
    *n = 0;
    settle(k, c); /* the page read ahead, if any, is kept for the merge */
    const char *params[1] = {pg_path_text(path, &k->tmp)};
    /* In hex whatever the server's bytea_output: 16 digits an identity. */
    PGresult *r = pg_query(c,
                           "SELECT encode(record_hashes, 'hex') FROM ingested_files WHERE path = $1",
                           1, params, err);
    if (!r)
        return -1;
    const char *h = PQntuples(r) && !PQgetisnull(r, 0, 0) ? PQgetvalue(r, 0, 0) : "";
    size_t m = strlen(h) / 16;
    if (m) {
        uint64_t *v = xmalloc(m * sizeof *v);
        for (size_t i = 0; i < m; i++) {
            uint64_t x = 0;
            for (size_t j = 0; j < 16; j++) {
                int d = hex_digit(h[i * 16 + j]);
                x = x << 4 | (uint64_t)(d < 0 ? 0 : d);
            }
            v[i] = x;
        }
        qsort(v, m, sizeof *v, cmp_u64);
        *ids = v;
        *n = m;
    }
    PQclear(r);
    return 0;
}
