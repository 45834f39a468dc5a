/* scan.c - recursive, sorted directory walk that never follows symlinks. One
 * directory's names are held at a time, so memory is bounded by the largest
 * directory, not by the backlog. In a run over a large, mostly loaded input,
 * stat'ing every file is most of the work, so a large directory's names are
 * stat'ed a block at a time by two threads. */
#include "scan.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

/* Names stat'ed per block; a second thread takes half a block when a block
 * has at least SCAN_SPLIT names (below that a thread costs more than it saves). */
#define SCAN_BLOCK 16384
#define SCAN_SPLIT 2048

typedef struct {
    int dfd;
    char **names;
    scan_stat *out;
    unsigned char *ok;
    size_t n;
} stat_job;

static int skip_name(const char *n)
{
    if (n[0] == '.')
        return 1;
    size_t l = strlen(n);
    static const char *const suffix[] = {".tmp", ".part", ".swp"};
    for (size_t i = 0; i < 3; i++) {
        size_t sl = strlen(suffix[i]);
        if (l > sl && strcmp(n + l - sl, suffix[i]) == 0)
            return 1;
    }
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void *stat_names(void *arg)
{
    stat_job *j = arg;
    for (size_t i = 0; i < j->n; i++) {
        struct stat st;
        /* Relative to the open directory: no path walk per file. A name that
         * vanished since readdir is simply not reported. */
        j->ok[i] = fstatat(j->dfd, j->names[i], &st, AT_SYMLINK_NOFOLLOW) == 0;
        if (j->ok[i]) {
            j->out[i].mode = st.st_mode;
            j->out[i].size = (int64_t)st.st_size;
            j->out[i].mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        }
    }
    return NULL;
}

/* Stats names[0..n) into out/ok, the second half on a helper thread when
 * there are enough of them. */
static void stat_block(int dfd, char **names, size_t n, scan_stat *out, unsigned char *ok)
{
    stat_job all = {dfd, names, out, ok, n};
    if (n < SCAN_SPLIT) {
        stat_names(&all);
        return;
    }
    size_t h = n / 2;
    stat_job second = {dfd, names + h, out + h, ok + h, n - h};
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
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (skip_name(e->d_name))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n++] = xstrdup(e->d_name);
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    size_t blk = n < SCAN_BLOCK ? n : SCAN_BLOCK;
    scan_stat *st = xmalloc((blk ? blk : 1) * sizeof *st);
    unsigned char *ok = xmalloc(blk ? blk : 1);
    int rc = 0;
    strbuf path = SB_INIT;
    for (size_t b = 0; b < n && rc == 0; b += blk) {
        size_t m = n - b < blk ? n - b : blk;
        stat_block(dirfd(d), names + b, m, st, ok);
        for (size_t i = 0; i < m && rc == 0; i++) {
            if (!ok[i])
                continue;
            sb_clear(&path);
            sb_puts(&path, dir);
            if (path.len && path.s[path.len - 1] != '/')
                sb_putc(&path, '/');
            sb_puts(&path, names[b + i]);
            if (S_ISDIR(st[i].mode)) {
                if (depth < 64)
                    rc = walk(path.s, fn, ctx, depth + 1, err);
            } else {
                rc = fn(ctx, path.s, &st[i]);
            }
        }
    }
    closedir(d);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    free(st);
    free(ok);
    sb_free(&path);
    return rc;
}

int scan_tree(const char *root, scan_fn fn, void *ctx, cz_err *err)
{
    return walk(root, fn, ctx, 0, err);
}
