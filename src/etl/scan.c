/* scan.c - recursive, sorted directory walk that never follows symlinks. One
 * directory's names are held at a time, so memory is bounded by the largest
 * directory, not by the backlog. */
#include "scan.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

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
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    strbuf path = SB_INIT;
    for (size_t i = 0; i < n && rc == 0; i++) {
        sb_clear(&path);
        sb_puts(&path, dir);
        if (path.len && path.s[path.len - 1] != '/')
            sb_putc(&path, '/');
        sb_puts(&path, names[i]);
        struct stat st;
        if (lstat(path.s, &st) < 0)
            continue; /* vanished between readdir and lstat */
        if (S_ISDIR(st.st_mode)) {
            if (depth < 64)
                rc = walk(path.s, fn, ctx, depth + 1, err);
        } else {
            rc = fn(ctx, path.s, &st);
        }
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    sb_free(&path);
    return rc;
}

int scan_tree(const char *root, scan_fn fn, void *ctx, cz_err *err)
{
    return walk(root, fn, ctx, 0, err);
}
