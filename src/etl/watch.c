/* watch.c - the daemon's inotify watch of the input tree (contract in
 * watch.h). Each watched directory's path is kept by its watch descriptor;
 * events name an entry of that directory. Files that were created or modified
 * but not yet closed wait in a short list and are stat'ed until they stop
 * changing, since nothing else says a writer that keeps its file open is done. */
#include "watch.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "scan.h"

#define DIR_MASK                                                                               \
    (IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_MODIFY | IN_DELETE_SELF |     \
     IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)

typedef struct {
    char *path;
    int64_t size, mtime_ns;
    double since;       /* when (size, mtime) were last seen to change */
    bool writing;       /* written to while watched: a close is awaited */
} settling;

struct watch {
    int fd;
    char *root;
    char **dir;         /* by watch descriptor: the directory's path, or NULL */
    int *depth;         /* its depth below the root */
    size_t ndir, cap;   /* ndir: directories watched; cap: slots */
    long limit;         /* test hook: watches allowed, or -1 */
    bool fake_overflow; /* test hook: the next events read count as lost */
    settling *set;
    size_t nset, capset;
};

void watch_paths_clear(watch_paths *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i]);
    r->n = 0;
    strmap_clear(&r->seen);
}

void watch_paths_free(watch_paths *r)
{
    watch_paths_clear(r);
    free(r->v);
    strmap_free(&r->seen);
    memset(r, 0, sizeof *r);
}

static void ready_add(watch_paths *r, const char *path)
{
    size_t i;
    if (strmap_get(&r->seen, path, &i))
        return;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->v = xrealloc(r->v, r->cap * sizeof *r->v);
    }
    strmap_put(&r->seen, path, r->n);
    r->v[r->n++] = xstrdup(path);
}

static void settle_add(watch *w, const char *path, bool writing)
{
    for (size_t i = 0; i < w->nset; i++)
        if (strcmp(w->set[i].path, path) == 0) {
            w->set[i].writing |= writing;
            return;
        }
    if (w->nset == w->capset) {
        w->capset = w->capset ? w->capset * 2 : 16;
        w->set = xrealloc(w->set, w->capset * sizeof *w->set);
    }
    /* size -1: not stat'ed yet, so the first check starts the clock */
    w->set[w->nset++] = (settling){xstrdup(path), -1, -1, cz_now_mono(), writing};
}

static void settle_drop(watch *w, const char *path)
{
    for (size_t i = 0; i < w->nset; i++)
        if (strcmp(w->set[i].path, path) == 0) {
            free(w->set[i].path);
            w->set[i] = w->set[--w->nset];
            return;
        }
}

/* Adds a watch on dir; ENOSPC (or the test limit) fails with err. A
 * directory that vanished meanwhile is no error (returns 0, not watched). */
static int add_one(watch *w, const char *dir, int depth, cz_err *err)
{
    int wd = -1;
    if (w->limit >= 0 && (long)w->ndir >= w->limit)
        errno = ENOSPC;
    else
        wd = inotify_add_watch(w->fd, dir, DIR_MASK);
    if (wd < 0) {
        if (errno == ENOENT || errno == ENOTDIR || errno == EACCES) {
            if (errno == EACCES)
                log_warn("cannot watch unreadable directory %s: %s", dir, strerror(errno));
            return 0;
        }
        if (errno == ENOSPC)
            cz_err_set(err, "inotify watch limit reached after %zu directories (raise"
                            " fs.inotify.max_user_watches)", w->ndir);
        else
            cz_err_set(err, "cannot watch %s: %s", dir, strerror(errno));
        return -1;
    }
    if ((size_t)wd >= w->cap) {
        size_t nc = w->cap ? w->cap : 64;
        while (nc <= (size_t)wd)
            nc *= 2;
        w->dir = xrealloc(w->dir, nc * sizeof *w->dir);
        w->depth = xrealloc(w->depth, nc * sizeof *w->depth);
        memset(w->dir + w->cap, 0, (nc - w->cap) * sizeof *w->dir);
        w->cap = nc;
    }
    if (!w->dir[wd])
        w->ndir++;
    free(w->dir[wd]);
    w->dir[wd] = xstrdup(dir);
    w->depth[wd] = depth;
    return 0;
}

/* Watches dir and every directory below it. Files found are taken: ready at
 * once when take_now (a directory moved in whole), else settling; ready ==
 * NULL takes none (start-up: the first full scan reads them). A directory
 * past the depth limit is reported itself (quarantined by the caller). */
static int add_tree(watch *w, const char *dir, int depth, watch_paths *ready, bool take_now,
                    cz_err *err)
{
    if (depth > SCAN_MAX_DEPTH) {
        if (ready)
            ready_add(ready, dir);
        return 0;
    }
    /* The watch first, then the listing: a file created in between is seen
     * twice at worst, never missed. */
    if (add_one(w, dir, depth, err) < 0)
        return -1;
    DIR *d = opendir(dir);
    if (!d)
        return 0; /* gone or unreadable: the full scan says so */
    strbuf path = SB_INIT;
    struct dirent *de;
    int rc = 0;
    while (rc == 0 && (de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (scan_skip_name(de->d_name, l))
            continue;
        sb_clear(&path);
        sb_printf(&path, "%s/%s", dir, de->d_name);
        bool is_dir = de->d_type == DT_DIR;
        if (de->d_type == DT_UNKNOWN) {
            struct stat st;
            is_dir = lstat(path.s, &st) == 0 && S_ISDIR(st.st_mode);
        }
        if (is_dir)
            rc = add_tree(w, path.s, depth + 1, ready, take_now, err);
        else if (ready && take_now)
            ready_add(ready, path.s);
        else if (ready)
            settle_add(w, path.s, false);
    }
    closedir(d);
    sb_free(&path);
    return rc;
}

static void forget_all(watch *w)
{
    for (size_t i = 0; i < w->cap; i++) {
        free(w->dir[i]);
        w->dir[i] = NULL;
    }
    w->ndir = 0;
}

/* A new inotify instance with the whole tree watched. */
static int setup(watch *w, cz_err *err)
{
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->fd < 0) {
        cz_err_set(err, "cannot use inotify: %s (raise fs.inotify.max_user_instances)",
                   strerror(errno));
        return -1;
    }
    return add_tree(w, w->root, 0, NULL, false, err);
}

watch *watch_open(const char *root, cz_err *err)
{
    watch *w = xcalloc(1, sizeof *w);
    w->root = xstrdup(root);
    const char *lim = getenv("CONVERZA_TEST_WATCH_LIMIT");
    w->limit = lim && *lim ? strtol(lim, NULL, 10) : -1;
    const char *ovf = getenv("CONVERZA_TEST_WATCH_OVERFLOW");
    w->fake_overflow = ovf && *ovf == '1';
    if (setup(w, err) < 0) {
        watch_close(w);
        return NULL;
    }
    return w;
}

void watch_close(watch *w)
{
    if (!w)
        return;
    if (w->fd >= 0)
        close(w->fd);
    forget_all(w);
    free(w->dir);
    free(w->depth);
    for (size_t i = 0; i < w->nset; i++)
        free(w->set[i].path);
    free(w->set);
    free(w->root);
    free(w);
}

int watch_fd(const watch *w)
{
    return w->fd;
}

size_t watch_count(const watch *w)
{
    return w->ndir;
}

/* A directory moved away (or out of the tree): its watches and those below
 * it go; if it was moved within the tree, its new place is added again. */
static void drop_tree(watch *w, const char *dir)
{
    size_t l = strlen(dir);
    for (size_t i = 0; i < w->cap; i++)
        if (w->dir[i] && strncmp(w->dir[i], dir, l) == 0 &&
            (w->dir[i][l] == 0 || w->dir[i][l] == '/')) {
            inotify_rm_watch(w->fd, (int)i);
            free(w->dir[i]);
            w->dir[i] = NULL;
            w->ndir--;
        }
}

static int on_event(watch *w, const struct inotify_event *ev, watch_paths *ready, strbuf *path,
                    cz_err *err)
{
    if (ev->mask & IN_IGNORED) {
        /* The directory was deleted or its watch removed. */
        if (ev->wd >= 0 && (size_t)ev->wd < w->cap && w->dir[ev->wd]) {
            free(w->dir[ev->wd]);
            w->dir[ev->wd] = NULL;
            w->ndir--;
        }
        return 0;
    }
    if (ev->wd < 0 || (size_t)ev->wd >= w->cap || !w->dir[ev->wd] || !ev->len)
        return 0; /* an event on the directory itself, or a dropped watch */
    size_t l = strlen(ev->name);
    if (scan_skip_name(ev->name, l))
        return 0;
    sb_clear(path);
    sb_printf(path, "%s/%s", w->dir[ev->wd], ev->name);
    int depth = w->depth[ev->wd] + 1;
    if (ev->mask & IN_ISDIR) {
        if (ev->mask & IN_MOVED_FROM)
            drop_tree(w, path->s);
        else if (ev->mask & (IN_CREATE | IN_MOVED_TO))
            return add_tree(w, path->s, depth, ready, (ev->mask & IN_MOVED_TO) != 0, err);
        return 0;
    }
    if (ev->mask & (IN_MOVED_TO | IN_CLOSE_WRITE)) {
        settle_drop(w, path->s);
        ready_add(ready, path->s);
    } else if (ev->mask & (IN_CREATE | IN_MODIFY)) {
        size_t i;
        if (!strmap_get(&ready->seen, path->s, &i))
            settle_add(w, path->s, (ev->mask & IN_MODIFY) != 0);
    }
    return 0;
}

watch_status watch_read(watch *w, watch_paths *ready, cz_err *err)
{
    /* Aligned for struct inotify_event; room for many events per read. */
    static const size_t BUF = 64 * 1024;
    char *buf = aligned_alloc(__alignof__(struct inotify_event), BUF);
    if (!buf) {
        cz_err_set(err, "out of memory reading inotify events");
        return WATCH_FAILED;
    }
    strbuf path = SB_INIT;
    watch_status st = WATCH_OK;
    bool overflow = false;
    for (;;) {
        ssize_t n = read(w->fd, buf, BUF);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN) {
                cz_err_set(err, "cannot read inotify events: %s", strerror(errno));
                st = WATCH_FAILED;
            }
            break;
        }
        if (n == 0)
            break;
        if (w->fake_overflow) {
            w->fake_overflow = false;
            overflow = true;
        }
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            p += sizeof *ev + ev->len;
            if (ev->mask & IN_Q_OVERFLOW)
                overflow = true;
            else if (!overflow && on_event(w, ev, ready, &path, err) < 0) {
                st = WATCH_FAILED;
                break;
            }
        }
        if (st != WATCH_OK)
            break;
    }
    sb_free(&path);
    free(buf);
    if (st == WATCH_OK && overflow) {
        /* Events were lost, so directories created meanwhile may be
         * unwatched: start again with a new instance, and the caller scans. */
        close(w->fd);
        forget_all(w);
        st = setup(w, err) < 0 ? WATCH_FAILED : WATCH_RESCAN;
    }
    return st;
}

double watch_settle(watch *w, watch_paths *ready, double now)
{
    double next = -1;
    for (size_t i = 0; i < w->nset;) {
        settling *s = &w->set[i];
        struct stat st;
        if (lstat(s->path, &st) < 0) {
            free(s->path);
            *s = w->set[--w->nset];
            continue;
        }
        int64_t mt = (int64_t)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        if (S_ISREG(st.st_mode) && (st.st_size != s->size || mt != s->mtime_ns)) {
            s->size = st.st_size;
            s->mtime_ns = mt;
            s->since = now;
        }
        /* Written to, or still empty: its writer has it open (a close is
         * what ends it); else it appeared whole (a hard link, a file found
         * in a new directory). */
        double left = s->since - now +
                      (s->writing || s->size == 0 ? WATCH_SETTLE_WRITING_S : WATCH_SETTLE_S);
        if (!S_ISREG(st.st_mode) || left <= 0) {
            if (!S_ISDIR(st.st_mode))
                ready_add(ready, s->path);
            free(s->path);
            *s = w->set[--w->nset];
            continue;
        }
        /* Checked again a quarter second or so after it would be due. */
        double due = left < 0.25 ? 0.25 : left;
        if (next < 0 || due < next)
            next = due;
        i++;
    }
    return next;
}
