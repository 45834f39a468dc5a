/* afterload.c - the after_load policy (contract in afterload.h): deleting or
 * archiving input files once their batch committed. A move never replaces a
 * file already in the archive (a name used again gets a ".N" suffix), and
 * crosses filesystems by copying, syncing, then unlinking the original. */
#include "afterload.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "pg.h"
#include "strmap.h"

/* mkdir -p of the directories above path (not path itself). */
static int make_parents(const char *path)
{
    char *p = xstrdup(path);
    int rc = 0;
    for (char *s = p + 1; *s && rc == 0; s++) {
        if (*s != '/')
            continue;
        *s = 0;
        if (mkdir(p, 0777) < 0 && errno != EEXIST)
            rc = -1;
        *s = '/';
    }
    free(p);
    return rc;
}

static bool within(const char *anc, const char *p)
{
    size_t l = strlen(anc);
    return strncmp(anc, p, l) == 0 && (p[l] == 0 || p[l] == '/' || (l == 1 && anc[0] == '/'));
}

int afterload_parse(after_load *a, const char *spec, const char *const *inputs, size_t ninputs,
                    bool have_s3, cz_err *err)
{
    memset(a, 0, sizeof *a);
    a->inputs = xmalloc((ninputs ? ninputs : 1) * sizeof *a->inputs);
    for (size_t i = 0; i < ninputs; i++)
        a->inputs[a->ninputs++] = xstrdup(inputs[i]);
    if (strcmp(spec, "keep") == 0 || !*spec)
        return 0;
    if (strcmp(spec, "delete") == 0) {
        a->kind = AFTER_DELETE;
        return 0;
    }
    if (strncmp(spec, "move:", 5) != 0 || !spec[5]) {
        cz_err_set(err, "after_load must be keep, delete, move:DIR or move:s3://BUCKET/PREFIX,"
                        " not \"%s\"", spec);
        afterload_free(a);
        return -1;
    }
    const char *dir = spec + 5;
    if (strncmp(dir, "s3://", 5) == 0) {
        if (ninputs) {
            cz_err_set(err, "after_load = %s moves S3 objects, but the input %s is a local"
                            " directory: give move:DIR for local inputs (with both local and"
                            " S3 inputs only keep or delete)", spec, a->inputs[0]);
            afterload_free(a);
            return -1;
        }
        a->kind = AFTER_MOVE;
        a->s3_dest = xstrdup(dir);
        return 0;
    }
    if (have_s3) {
        cz_err_set(err, "after_load = %s: S3 inputs are moved to another prefix,"
                        " move:s3://BUCKET/PREFIX (with both local and S3 inputs only keep or"
                        " delete)", spec);
        afterload_free(a);
        return -1;
    }
    strbuf probe = SB_INIT;
    sb_printf(&probe, "%s/x", dir);
    if (make_parents(probe.s) < 0) {
        cz_err_set(err, "after_load move: cannot create the archive directory %s: %s", dir,
                    strerror(errno));
        sb_free(&probe);
        afterload_free(a);
        return -1;
    }
    sb_free(&probe);
    a->archive = realpath(dir, NULL);
    if (!a->archive) {
        cz_err_set(err, "after_load move: cannot use the archive directory %s: %s", dir,
                    strerror(errno));
        afterload_free(a);
        return -1;
    }
    for (size_t i = 0; i < a->ninputs; i++) {
        const char *in = a->inputs[i];
        if (within(in, a->archive) || within(a->archive, in)) {
            cz_err_set(err, "after_load move: the archive directory %s %s the input directory"
                            " %s; give one outside it (moved files would be read again)",
                        a->archive, within(in, a->archive) ? "is inside" : "contains", in);
            afterload_free(a);
            return -1;
        }
    }
    a->kind = AFTER_MOVE;
    return 0;
}

void afterload_free(after_load *a)
{
    for (size_t i = 0; i < a->ninputs; i++)
        free(a->inputs[i]);
    free(a->inputs);
    free(a->archive);
    free(a->s3_dest);
    memset(a, 0, sizeof *a);
}

/* Copies a regular file src to dst (created, never replaced), synced. */
static int copy_file(const char *src, const char *dst, mode_t mode)
{
    int in = open(src, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0)
        return -1;
    int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 0777);
    if (out < 0) {
        int e = errno;
        close(in);
        errno = e;
        return -1;
    }
    char buf[65536];
    ssize_t n;
    int rc = 0;
    while ((n = read(in, buf, sizeof buf)) != 0) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = -1;
            break;
        }
        for (ssize_t off = 0; off < n;) {
            ssize_t w = write(out, buf + off, (size_t)(n - off));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                rc = -1;
                break;
            }
            off += w;
        }
        if (rc)
            break;
    }
    if (rc == 0 && fsync(out) < 0)
        rc = -1;
    int e = errno;
    close(in);
    if (close(out) < 0 && rc == 0) {
        rc = -1;
        e = errno;
    }
    if (rc < 0)
        unlink(dst);
    errno = e;
    return rc;
}

/* Moves src to dst without replacing anything there: dst, else dst.1,
 * dst.2, ... Returns 0, or -1 with errno. */
static int move_to(const char *src, const char *dst, const struct stat *st)
{
    if (make_parents(dst) < 0)
        return -1;
    strbuf d = SB_INIT;
    int rc = -1;
    for (int i = 0; i < 1000; i++) {
        sb_clear(&d);
        if (i)
            sb_printf(&d, "%s.%d", dst, i);
        else
            sb_puts(&d, dst);
        if (renameat2(AT_FDCWD, src, AT_FDCWD, d.s, RENAME_NOREPLACE) == 0) {
            rc = 0;
            break;
        }
        if (errno == EEXIST)
            continue;
        if (errno == EINVAL) { /* a filesystem without RENAME_NOREPLACE */
            if (link(src, d.s) == 0) {
                rc = unlink(src);
                break;
            }
            if (errno == EEXIST)
                continue;
        }
        if (errno == EXDEV && S_ISREG(st->st_mode)) {
            if (copy_file(src, d.s, st->st_mode) == 0) {
                rc = unlink(src);
                break;
            }
            if (errno == EEXIST)
                continue;
        }
        break;
    }
    sb_free(&d);
    return rc;
}

void afterload_file(const after_load *a, const char *path, int64_t size, int64_t mtime_ns,
                    bool loaded, bool bytes_kept)
{
    if (a->kind == AFTER_KEEP || strncmp(path, "s3://", 5) == 0)
        return; /* S3 objects: input.h */
    struct stat st;
    if (lstat(path, &st) < 0)
        return; /* already gone: nothing to do */
    int64_t mt = (int64_t)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
    if (!S_ISDIR(st.st_mode) && ((int64_t)st.st_size != size || mt != mtime_ns)) {
        log_info("%s changed after it was read: left in place, to be read again", path);
        return;
    }
    if (a->kind == AFTER_DELETE) {
        if (S_ISDIR(st.st_mode) || (!loaded && S_ISREG(st.st_mode) && !bytes_kept))
            return; /* the quarantine does not hold its bytes: the only copy */
        if (unlink(path) < 0)
            log_warn("after_load delete: cannot delete %s: %s", path, strerror(errno));
        return;
    }
    size_t il = 0;
    for (size_t i = 0; i < a->ninputs && !il; i++) {
        size_t l = strlen(a->inputs[i]);
        if (strncmp(path, a->inputs[i], l) == 0 && path[l] == '/')
            il = l;
    }
    if (!il || !a->archive) {
        log_warn("after_load move: %s is not under an input directory: left in place", path);
        return;
    }
    strbuf dst = SB_INIT;
    sb_printf(&dst, "%s/%s/%s", a->archive, loaded ? "loaded" : "quarantined", path + il + 1);
    if (move_to(path, dst.s, &st) < 0)
        log_warn("after_load move: cannot move %s to %s: %s (tried again at the next full scan)",
                 path, dst.s, strerror(errno));
    sb_free(&dst);
}

void afterload_batch(const after_load *a, const batch_t *b)
{
    if (a->kind == AFTER_KEEP)
        return;
    /* Per file: quarantine entries, and whether each holds its bytes. */
    unsigned char *nokeep = xcalloc(b->nfiles ? b->nfiles : 1, 1);
    for (size_t i = 0; i < b->nquar; i++)
        if (!b->quar[i].raw && b->quar[i].file < b->nfiles)
            nokeep[b->quar[i].file] = 1;
    for (size_t i = 0; i < b->nfiles; i++) {
        const batch_file *f = &b->files[i];
        if (f->unrecordable || !f->outcome)
            continue;
        bool loaded = strcmp(f->outcome, "quarantined") != 0;
        afterload_file(a, f->path, f->size, f->mtime_ns, loaded, !nokeep[i]);
    }
    free(nokeep);
}

int afterload_leftovers(const after_load *a, PGconn *c, char *const *paths, size_t n,
                        cz_err *err)
{
    if (a->kind == AFTER_KEEP || !n)
        return 0;
    strbuf arr = SB_INIT, tmp = SB_INIT;
    char **text = xmalloc(n * sizeof *text);
    strmap idx = STRMAP_INIT;
    for (size_t i = 0; i < n; i++) {
        text[i] = xstrdup(pg_path_text(paths[i], &tmp));
        strmap_put(&idx, text[i], i);
    }
    pg_array_literal(&arr, (const char *const *)text, n);
    const char *params[1] = {arr.s};
    PGresult *r = pg_query(
        c,
        "SELECT f.path, f.size, f.mtime_ns, f.outcome,"
        " f.outcome = 'quarantined' AND coalesce((SELECT bool_and(q.raw IS NOT NULL)"
        "   FROM quarantine q WHERE q.source_file = f.path), false)"
        " FROM ingested_files f WHERE f.path = ANY($1::text[])",
        1, params, err);
    int rc = r ? 0 : -1;
    for (int i = 0; r && i < PQntuples(r); i++) {
        size_t k;
        if (!strmap_get(&idx, PQgetvalue(r, i, 0), &k))
            continue;
        bool loaded = strcmp(PQgetvalue(r, i, 3), "quarantined") != 0;
        afterload_file(a, paths[k], atoll(PQgetvalue(r, i, 1)), atoll(PQgetvalue(r, i, 2)), loaded,
                       PQgetvalue(r, i, 4)[0] == 't');
    }
    PQclear(r);
    for (size_t i = 0; i < n; i++)
        free(text[i]);
    free(text);
    strmap_free(&idx);
    sb_free(&arr);
    sb_free(&tmp);
    return rc;
}
