/* known.c - merging the walk with ingested_files. Each directory on the walk's
 * current path (root to the directory being listed) has a cursor into its
 * known files, read in pages ordered by name; a walked name advances the
 * cursor to itself. Pages are keyset queries (name > last name read), so a
 * lost connection costs nothing but the retried page. Memory: one page per
 * directory level. */
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
} listing;

struct known_dirs {
    listing *stack;   /* ancestors first; the top is the directory listed */
    size_t depth, cap;
    strbuf tmp;
};

known_dirs *known_new(void)
{
    known_dirs *k = xcalloc(1, sizeof *k);
    return k;
}

static void listing_free(listing *l)
{
    free(l->dir);
    PQclear(l->page);
    free(l->after);
}

void known_free(known_dirs *k)
{
    if (!k)
        return;
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
static listing *listing_for(known_dirs *k, const char *dir, size_t dirlen)
{
    while (k->depth && !within(k->stack[k->depth - 1].dir, dir, dirlen))
        listing_free(&k->stack[--k->depth]);
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

/* Replaces the current page with the next one. Returns -1 with err, leaving
 * the listing as it was. */
static int next_page(listing *l, PGconn *c, cz_err *err)
{
    const char *params[2] = {l->dir, l->after};
    PGresult *r = pg_query(c,
                           "SELECT name, size, mtime_ns FROM ingested_files"
                           " WHERE dir = $1 AND name COLLATE \"C\" > $2"
                           " ORDER BY name COLLATE \"C\" LIMIT " KNOWN_PAGE_STR,
                           2, params, err);
    if (!r)
        return -1;
    PQclear(l->page);
    l->page = r;
    l->row = 0;
    int n = PQntuples(r);
    l->last_page = n < KNOWN_PAGE;
    if (n) {
        free(l->after);
        l->after = xstrdup(PQgetvalue(r, n - 1, 0));
    }
    return 0;
}

/* A bigint column's text; faster than strtoll for the many rows compared. */
static int64_t parse_int64(const char *s)
{
    int neg = *s == '-';
    s += neg;
    uint64_t v = 0;
    while (*s >= '0' && *s <= '9')
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
        return pg_filter_ingested(c, &p, &sz, &mt, 1, state, err);
    }
    const char *name = pg_path_name(text);
    size_t dirlen = name > text ? (size_t)(name - text - 1) : 0;
    listing *l = listing_for(k, text, dirlen);
    *state = INGESTED_NEW;
    for (;;) {
        if (!l->page || l->row == PQntuples(l->page)) {
            if (l->page && l->last_page)
                return 0;
            if (next_page(l, c, err) < 0)
                return -1;
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
