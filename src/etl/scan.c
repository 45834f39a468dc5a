/* scan.c - recursive, sorted directory walk that never follows symlinks. One
 * directory's names are held at a time (plus those of its ancestors), so
 * memory is bounded by the largest directories, not by the backlog: 24 bytes
 * per name beside the names themselves. In a run over a large, mostly loaded
 * input, stat'ing every file is most of the work, so a large directory is
 * stat'ed a block at a time by two threads. */
#include "scan.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

/* Names stat'ed per block; a second thread takes half of a block when the
 * block has at least SCAN_SPLIT names (below that it costs more than it saves). */
#define SCAN_BLOCK 16384
#define SCAN_SPLIT 2048

typedef struct {
    uint64_t k0, k1;    /* the name's first 16 bytes, big-endian, zero-padded:
                           names up to 15 bytes compare by these alone */
    size_t off;         /* the name, NUL-terminated, in the directory's arena */
} entry;

typedef struct {
    int dfd;
    const char *arena;
    const entry *e;
    scan_stat *st;
    unsigned char *ok;
    size_t n;
} stat_job;

int scan_skip_name(const char *n, size_t l)
{
    if (n[0] == '.')
        return 1;
    static const char *const suffix[] = {".tmp", ".part", ".swp"};
    for (size_t i = 0; i < 3; i++) {
        size_t sl = strlen(suffix[i]);
        if (l > sl && memcmp(n + l - sl, suffix[i], sl) == 0)
            return 1;
    }
    return 0;
}

static uint64_t be_key(const char *s, size_t len)
{
    uint64_t k = 0;
    for (size_t i = 0; i < 8; i++)
        k = k << 8 | (i < len ? (unsigned char)s[i] : 0);
    return k;
}

/* Bytewise order of the names, as strcmp (and PostgreSQL's "C" collation). */
static int cmp_entry(const entry *x, const entry *y, const char *arena)
{
    if (x->k0 != y->k0)
        return x->k0 < y->k0 ? -1 : 1;
    if (x->k1 != y->k1)
        return x->k1 < y->k1 ? -1 : 1;
    /* The same 16 bytes: a zero last byte means a name shorter than that,
     * so both are that name (a directory lists a name once). */
    if ((x->k1 & 0xff) == 0)
        return 0;
    return strcmp(arena + x->off + 16, arena + y->off + 16);
}

static int cmp_entry_r(const void *a, const void *b, void *arena)
{
    return cmp_entry(a, b, arena);
}

static void swap_entry(entry *a, entry *b)
{
    entry t = *a;
    *a = *b;
    *b = t;
}

/* Quicksort with the comparison inlined: glibc's qsort calls through a
 * pointer and copies elements with memcpy, and sorting was a sixth of a run
 * with nothing new. Past a depth a hostile listing could force, qsort_r
 * finishes the part. */
static void sort_entries(entry *e, size_t n, const char *arena, int depth)
{
    while (n > 16) {
        if (depth-- == 0) {
            qsort_r(e, n, sizeof *e, cmp_entry_r, (void *)arena);
            return;
        }
        entry *m = &e[n / 2], *z = &e[n - 1];
        if (cmp_entry(m, e, arena) < 0)
            swap_entry(m, e);
        if (cmp_entry(z, m, arena) < 0) {
            swap_entry(z, m);
            if (cmp_entry(m, e, arena) < 0)
                swap_entry(m, e);
        }
        entry pivot = *m;
        size_t i = 0, j = n - 1;
        for (;;) {
            while (cmp_entry(&e[i], &pivot, arena) < 0)
                i++;
            while (cmp_entry(&pivot, &e[j], arena) < 0)
                j--;
            if (i >= j)
                break;
            swap_entry(&e[i++], &e[j--]);
        }
        /* e[0..j] <= pivot <= e[j+1..n): recurse into the smaller side. */
        size_t left = j + 1;
        if (left < n - left) {
            sort_entries(e, left, arena, depth);
            e += left;
            n -= left;
        } else {
            sort_entries(e + left, n - left, arena, depth);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++) {
        entry x = e[i];
        size_t j = i;
        while (j > 0 && cmp_entry(&x, &e[j - 1], arena) < 0) {
            e[j] = e[j - 1];
            j--;
        }
        e[j] = x;
    }
}

static void *stat_names(void *arg)
{
    stat_job *j = arg;
    for (size_t i = 0; i < j->n; i++) {
        struct stat st;
        /* Relative to the open directory: no path walk per file. A name that
         * vanished since readdir is simply not reported. */
        j->ok[i] = fstatat(j->dfd, j->arena + j->e[i].off, &st, AT_SYMLINK_NOFOLLOW) == 0;
        if (j->ok[i]) {
            j->st[i].mode = st.st_mode;
            j->st[i].size = (int64_t)st.st_size;
            j->st[i].mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        }
    }
    return NULL;
}

/* Stats e[0..n) into st/ok, the second half on a helper thread when there
 * are enough names. */
static void stat_block(stat_job all)
{
    if (all.n < SCAN_SPLIT) {
        stat_names(&all);
        return;
    }
    size_t h = all.n / 2;
    stat_job second = {all.dfd, all.arena, all.e + h, all.st + h, all.ok + h, all.n - h};
    pthread_t t;
    if (pthread_create(&t, NULL, stat_names, &second) != 0) {
        stat_names(&all);
        return;
    }
    all.n = h;
    stat_names(&all);
    pthread_join(t, NULL);
}

static int walk(const char *dir, scan_fn fn, void *ctx, int depth, cz_err *err)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (depth == 0) {
            cz_err_set(err, "cannot read input directory %s: %s", dir, strerror(errno));
            return -1;
        }
        log_warn("skipping unreadable directory %s: %s", dir, strerror(errno));
        return 0;
    }
    strbuf arena = SB_INIT;
    entry *e = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (scan_skip_name(de->d_name, l))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            e = xrealloc(e, cap * sizeof *e);
        }
        e[n++] = (entry){be_key(de->d_name, l), l > 8 ? be_key(de->d_name + 8, l - 8) : 0,
                         arena.len};
        sb_append(&arena, de->d_name, l + 1); /* with its NUL */
    }
    sort_entries(e, n, arena.s, 64);
    size_t blk = n < SCAN_BLOCK ? n : SCAN_BLOCK;
    scan_stat *st = xmalloc((blk ? blk : 1) * sizeof *st);
    unsigned char *ok = xmalloc(blk ? blk : 1);
    int rc = 0;
    strbuf path = SB_INIT;
    sb_puts(&path, dir);
    if (path.len && path.s[path.len - 1] != '/')
        sb_putc(&path, '/');
    size_t base = path.len;
    for (size_t b = 0; b < n && rc == 0; b += blk) {
        size_t m = n - b < blk ? n - b : blk;
        stat_block((stat_job){dirfd(d), arena.s, e + b, st, ok, m});
        for (size_t i = 0; i < m && rc == 0; i++) {
            if (!ok[i])
                continue;
            path.len = base;
            sb_puts(&path, arena.s + e[b + i].off);
            if (S_ISDIR(st[i].mode) && depth < SCAN_MAX_DEPTH) {
                rc = walk(path.s, fn, ctx, depth + 1, err);
            } else {
                rc = fn(ctx, path.s, &st[i]);
            }
        }
    }
    closedir(d);
    free(e);
    free(st);
    free(ok);
    sb_free(&arena);
    sb_free(&path);
    return rc;
}

int scan_tree(const char *root, scan_fn fn, void *ctx, cz_err *err)
{
    return walk(root, fn, ctx, 0, err);
}
