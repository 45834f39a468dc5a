/* bench_files.h - what the benchmark's C helpers share: the call files of a
 * directory in the order the worker loads them (byte order of the names) and
 * reading one whole. Each helper is one file compiled on its own by
 * bench.sh, so these are static; the including file defines
 * die(what, detail), which reports and exits. */
#ifndef BENCH_FILES_H
#define BENCH_FILES_H

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void die(const char *what, const char *detail);

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        die("out of memory", NULL);
    return p;
}

static int is_json(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 5 && strcmp(d->d_name + n - 5, ".json") == 0;
}

static int by_bytes(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* The *.json names of dir in byte order, in *names (free each, then the
 * array); their count. */
static int json_files(const char *dir, struct dirent ***names)
{
    int n = scandir(dir, names, is_json, by_bytes);
    if (n < 0)
        die(dir, strerror(errno));
    return n;
}

/* The whole file, NUL-terminated (caller frees), its length in *len. */
static char *read_all(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        die(path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0)
        die(path, strerror(errno));
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = xrealloc(NULL, cap);
    for (;;) {
        if (n + 1 == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        ssize_t r = read(fd, buf + n, cap - n - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            die(path, strerror(errno));
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

#endif
