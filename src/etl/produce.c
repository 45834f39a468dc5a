/* produce.c - the producer stage. Walked files are classified against
 * ingested_files by merging each directory's sorted listing with its known
 * files (known.c), and the pending ones are read and prepared (parse, clean,
 * redact, KPIs) into a batch; a full batch goes to the loader while the next
 * one is prepared, so parsing uses one core while PostgreSQL works on the
 * other. A changed file is read with the identities of the calls it held at
 * its last read, so only its changed records are delivered; a new or changed
 * Harper Valley metadata file has its transcript read again; a directory past
 * the walk's depth limit is quarantined. */
#include "produce.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

#include "afterload.h"
#include "formats.h"
#include "input.h"
#include "known.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "scan.h"
#include "strmap.h"

/* A Harper Valley metadata file new or changed since it was recorded, waiting
 * for its transcript, which the walk reaches later ("metadata" sorts before
 * "transcript"): the transcript is read again then, and the metadata recorded
 * in the same batch, so neither is recorded without the other. */
typedef struct {
    char *path;
    int64_t size, mtime_ns;
    bool known;         /* it has an ingested_files row to replace */
    bool taken;         /* its transcript came */
} sibling;

typedef struct {
    worker *w;
    pipe_t *pipe;
    PGconn *conn;
    batch_t *batch;
    batch_opts bopts;
    kpi_scratch *scratch;
    known_dirs *known;
    /* Pending metadata, indexed by path: the new or changed metadata files of
     * a directory until the walk reaches its transcripts (then the list is
     * emptied), those whose transcript never comes until the run ends. */
    sibling *sibs;
    size_t nsibs, capsibs, sibs_waiting;
    strmap sib_index;
    const char *given;  /* listed run: the state of the path on_entry is given */
    char **left;        /* recorded, unchanged files still in the input while */
    size_t nleft, capleft; /* after_load is not keep: acted on at the end */
    int rc;             /* exit code when the scan must stop */
    s3_client *s3;      /* the S3 input being walked, or NULL for a local one */
} producer;

static bool stopping(producer *p)
{
    return g_stop || pipe_quitting(p->pipe);
}

/* An empty batch: a loaded one back from the loader when there is one. */
static batch_t *new_batch(pipe_t *pipe)
{
    batch_t *b = pipe_take_spent(pipe);
    if (b) {
        batch_reset(b);
        return b;
    }
    b = xmalloc(sizeof *b);
    batch_init(b);
    return b;
}

static void hand_over(producer *p)
{
    if (!p->batch->nfiles)
        return;
    /* The COPY rows are encoded here, on this thread, while the loader is
     * still busy with the batch before. */
    double t0 = cz_now_mono();
    pg_load_encode(p->batch);
    p->batch->prepare_s += cz_now_mono() - t0;
    if (!pipe_put(p->pipe, p->batch))
        p->rc = p->rc ? p->rc : -1; /* the loader quit; its code is the run's */
    p->batch = new_batch(p->pipe);
}

/* The file's state against ingested_files; INGESTED_SAME when the run must
 * stop (p->rc set), so that nothing more is prepared. */
static char classify_file(producer *p, const char *path, const scan_stat *st)
{
    char state = INGESTED_SAME;
    cz_err err;
    if (p->given)
        return *p->given;
    while (!p->rc) {
        if (pg_keep_conn(&p->conn, p->w->s->db, p->w->s->db_password_file, &g_stop,
                         p->w->give_up_after) < 0) {
            p->rc = g_stop ? -1 : EX_UNAVAILABLE;
            break;
        }
        if (known_lookup(p->known, p->conn, path, st->size, st->mtime_ns, &state, &err) == 0)
            return state;
        if (!pg_is_broken(p->conn)) {
            log_error("%s", err.msg);
            p->rc = EX_TEMPFAIL;
        }
    }
    return INGESTED_SAME;
}

/* The identities of the calls a changed file held at its last read (see
 * known_records); -1 when the run must stop (p->rc set). */
static int previous_calls(producer *p, const char *path, uint64_t **ids, size_t *n)
{
    cz_err err;
    while (!p->rc) {
        if (pg_keep_conn(&p->conn, p->w->s->db, p->w->s->db_password_file, &g_stop,
                         p->w->give_up_after) < 0) {
            p->rc = g_stop ? -1 : EX_UNAVAILABLE;
            break;
        }
        if (known_records(p->known, p->conn, path, ids, n, &err) == 0)
            return 0;
        if (!pg_is_broken(p->conn)) {
            log_error("%s", err.msg);
            p->rc = EX_TEMPFAIL;
        }
    }
    return -1;
}

static void sibling_wait(producer *p, const char *path, const scan_stat *st, bool known)
{
    if (p->nsibs == p->capsibs) {
        p->capsibs = p->capsibs ? p->capsibs * 2 : 16;
        p->sibs = xrealloc(p->sibs, p->capsibs * sizeof *p->sibs);
    }
    p->sibs[p->nsibs] = (sibling){xstrdup(path), st->size, st->mtime_ns, known, false};
    strmap_put(&p->sib_index, path, p->nsibs++);
    p->sibs_waiting++;
}

/* The pending metadata the file at path (a transcript) is read with, or NULL. */
static sibling *sibling_for(producer *p, const char *path)
{
    if (!p->sibs_waiting)
        return NULL;
    char *meta = fmt_hvb_metadata_path(path);
    size_t i;
    sibling *s = meta && strmap_get(&p->sib_index, meta, &i) && !p->sibs[i].taken ? &p->sibs[i]
                                                                                 : NULL;
    free(meta);
    if (s) {
        s->taken = true;
        p->sibs_waiting--;
    }
    return s;
}

/* Empties the pending list once every entry found its transcript (the caller
 * holds no entry any more). */
static void siblings_done(producer *p)
{
    if (p->sibs_waiting || !p->nsibs)
        return;
    for (size_t i = 0; i < p->nsibs; i++)
        free(p->sibs[i].path);
    p->nsibs = 0;
    strmap_clear(&p->sib_index);
}

/* A file recorded and unchanged: under after_load delete or move it should
 * not be here any more. */
static void note_same(producer *p, const char *path)
{
    if (p->w->after.kind == AFTER_KEEP || p->rc)
        return;
    if (p->nleft == p->capleft) {
        p->capleft = p->capleft ? p->capleft * 2 : 64;
        p->left = xrealloc(p->left, p->capleft * sizeof *p->left);
    }
    p->left[p->nleft++] = xstrdup(path);
}

static bool dir_exists(void *ctx, const char *dir)
{
    (void)ctx;
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Reads an S3 object into the batch (s3.h: st->mtime_ns is its ETag's
 * identity). One gone since the listing is left out, as a vanished file is;
 * one the service cannot give stops the run with its objects pending. */
static void s3_read(producer *p, const char *path, const scan_stat *st, bool known,
                    const uint64_t *prev, size_t nprev)
{
    long max = p->w->s->max_file_size;
    if (st->size > max) {
        char why[160];
        snprintf(why, sizeof why, "object is %lld bytes, over the limit of %ld (max_file_size)",
                 (long long)st->size, max);
        batch_quarantine_file(p->batch, path, st->size, st->mtime_ns, known, why);
        return;
    }
    char *bucket, *key, *buf;
    if (s3_path_split(path, &bucket, &key) < 0)
        return;
    size_t len;
    int64_t time_ns;
    cz_err err;
    int rc = s3_get(p->s3, bucket, key, max, &buf, &len, &time_ns, &err);
    if (rc == S3_OK)
        batch_add_data(p->batch, path, st->size, st->mtime_ns, buf, len, time_ns, known, prev,
                       nprev, &p->bopts, p->scratch);
    else if (rc == S3_TOO_LARGE)
        batch_quarantine_file(p->batch, path, st->size, st->mtime_ns, known, err.msg);
    else if (rc == S3_NOT_FOUND)
        log_debug("%s: gone since it was listed", path);
    else {
        if (!g_stop)
            log_error("%s", err.msg);
        p->rc = g_stop ? -1 : rc == S3_DENIED ? EX_NOPERM : EX_UNAVAILABLE;
    }
    free(bucket);
    free(key);
}

/* An object recorded as loaded that after_load should have removed (the run
 * stopped between the commit and the removal): removed now. */
static void s3_leftover(producer *p, const char *path)
{
    cz_err err;
    if (p->w->after.kind != AFTER_KEEP &&
        inputs_after_load(p->w->inputs, &p->w->after, p->s3, path, false, &err) < 0)
        log_warn("after_load for %s: %s", path, err.msg);
}

static int on_entry(void *ctx, const char *path, const scan_stat *st)
{
    producer *p = ctx;
    if (stopping(p) || p->rc)
        return 1;
    /* A Harper Valley metadata file belongs to its transcript, read with it:
     * when it is new or changed, the transcript is read again. */
    if (!S_ISDIR(st->mode) && fmt_hvb_is_metadata(path, dir_exists, NULL)) {
        char mstate = classify_file(p, path, st);
        if (mstate != INGESTED_SAME)
            sibling_wait(p, path, st, mstate == INGESTED_CHANGED);
        else
            note_same(p, path);
        return p->rc || stopping(p);
    }
    sibling *sib = sibling_for(p, path);
    char state = classify_file(p, path, st);
    if (state == INGESTED_SAME && sib && !p->rc)
        state = INGESTED_CHANGED; /* the same bytes, with new metadata */
    if (state == INGESTED_SAME && !p->rc) {
        if (p->s3)
            s3_leftover(p, path); /* recorded, but its after_load did not happen */
        else
            note_same(p, path);
    }
    if (state == INGESTED_SAME || stopping(p))
        return p->rc || stopping(p);
    bool known = state == INGESTED_CHANGED;
    if (S_ISREG(st->mode)) {
        uint64_t *prev = NULL;
        size_t nprev = 0;
        if (known && previous_calls(p, path, &prev, &nprev) < 0)
            return 1;
        if (p->s3)
            s3_read(p, path, st, known, prev, nprev);
        else
            batch_add_file(p->batch, path, st->size, st->mtime_ns, known, prev, nprev,
                           &p->bopts, p->scratch);
        free(prev);
    } else if (S_ISDIR(st->mode)) {
        char why[160];
        snprintf(why, sizeof why,
                 "directory more than %d levels below the input: not read (move its files up)",
                 SCAN_MAX_DEPTH);
        batch_quarantine_file(p->batch, path, st->size, st->mtime_ns, known, why);
    } else {
        batch_quarantine_file(p->batch, path, st->size, st->mtime_ns, known,
                              S_ISLNK(st->mode) ? "symbolic link: not followed"
                                                : "not a regular file");
    }
    if (sib) {
        batch_add_sibling(p->batch, sib->path, sib->size, sib->mtime_ns, sib->known);
        siblings_done(p);
    }
    if (p->batch->nfiles >= (size_t)p->w->s->batch_size)
        hand_over(p);
    return p->rc || stopping(p);
}

/* Walk order for listed paths: name by name from the root, bytewise within a
 * directory, so that Harper Valley metadata comes before its transcript as
 * in a walk. */
static int cmp_walk_order(const void *a, const void *b)
{
    const unsigned char *x = *(const unsigned char *const *)a, *y = *(const unsigned char *const *)b;
    for (; *x && *x == *y; x++, y++)
        ;
    int cx = *x == '/' ? 1 : *x ? *x + 1 : 0, cy = *y == '/' ? 1 : *y ? *y + 1 : 0;
    return cx - cy;
}

/* Paths classified per chunk in one query each. */
#define LISTED_CHUNK 1000

/* A listed run: the given files (sorted here), each lstat'ed (gone ones
 * skipped), classified in chunks, then taken as the walk takes them. */
static void produce_listed(producer *p, char *const *paths, size_t n)
{
    /* A Harper Valley metadata file is read with its transcript: the
     * transcript is listed too (read again if the metadata is new or
     * changed, as in a walk). Room for one transcript per path. */
    char **v = xmalloc((n ? 2 * n : 1) * sizeof *v);
    memcpy(v, paths, n * sizeof *v);
    size_t nv = n;
    char **extra = xmalloc((n ? n : 1) * sizeof *extra);
    size_t nextra = 0;
    strmap listed = STRMAP_INIT;
    for (size_t i = 0; i < n; i++)
        strmap_put(&listed, paths[i], i);
    for (size_t i = 0; i < n; i++) {
        const char *slash = strrchr(paths[i], '/');
        size_t k;
        if (!slash || slash - paths[i] < 9 || memcmp(slash - 9, "/metadata", 9) != 0 ||
            !fmt_hvb_is_metadata(paths[i], dir_exists, NULL))
            continue;
        strbuf t = SB_INIT;
        sb_append(&t, paths[i], (size_t)(slash - 9 - paths[i]));
        sb_printf(&t, "/transcript%s", slash);
        struct stat sb;
        if (!strmap_get(&listed, t.s, &k) && lstat(t.s, &sb) == 0) {
            strmap_put(&listed, t.s, nv);
            v[nv++] = extra[nextra++] = sb_steal(&t);
        }
        sb_free(&t);
    }
    strmap_free(&listed);
    n = nv;
    qsort(v, n, sizeof *v, cmp_walk_order);
    char **cp = xmalloc(LISTED_CHUNK * sizeof *cp);
    scan_stat *st = xmalloc(LISTED_CHUNK * sizeof *st);
    int64_t *size = xmalloc(LISTED_CHUNK * sizeof *size), *mt = xmalloc(LISTED_CHUNK * sizeof *mt);
    char *state = xmalloc(LISTED_CHUNK);
    for (size_t at = 0; at < n && !p->rc && !stopping(p);) {
        size_t m = 0;
        for (; at < n && m < LISTED_CHUNK; at++) {
            struct stat sb;
            if (lstat(v[at], &sb) < 0)
                continue; /* gone since the event */
            cp[m] = v[at];
            st[m] = (scan_stat){sb.st_mode, (int64_t)sb.st_size,
                                (int64_t)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec};
            size[m] = st[m].size;
            mt[m] = st[m].mtime_ns;
            m++;
        }
        cz_err err;
        bool classified = false;
        while (!p->rc && !classified) {
            if (pg_keep_conn(&p->conn, p->w->s->db, p->w->s->db_password_file, &g_stop,
                             p->w->give_up_after) < 0) {
                p->rc = g_stop ? -1 : EX_UNAVAILABLE;
                break;
            }
            if (pg_filter_ingested(p->conn, cp, size, mt, m, state, &err) == 0)
                classified = true;
            else if (!pg_is_broken(p->conn)) {
                log_error("%s", err.msg);
                p->rc = EX_TEMPFAIL;
            }
        }
        for (size_t i = 0; classified && i < m && !p->rc && !stopping(p); i++) {
            p->given = &state[i];
            on_entry(p, cp[i], &st[i]);
        }
        p->given = NULL;
    }
    free(v);
    for (size_t i = 0; i < nextra; i++)
        free(extra[i]);
    free(extra);
    free(cp);
    free(st);
    free(size);
    free(mt);
    free(state);
}

/* Hands the recorded files found still in the input to the after_load
 * policy; a database error only postpones them to the next scan. */
static void leftovers(producer *p)
{
    if (!p->nleft || p->rc || stopping(p) || !p->conn || pg_is_broken(p->conn))
        return;
    log_info("%zu files recorded as loaded are still in the input: applying after_load to them",
             p->nleft);
    for (size_t at = 0; at < p->nleft; at += LISTED_CHUNK) {
        size_t m = p->nleft - at < LISTED_CHUNK ? p->nleft - at : LISTED_CHUNK;
        cz_err err;
        if (afterload_leftovers(&p->w->after, p->conn, p->left + at, m, &err) < 0) {
            log_warn("after_load: %s (tried again at the next full scan)", err.msg);
            return;
        }
    }
}

void *produce_main(void *arg)
{
    produce_args *a = arg;
    producer p;
    memset(&p, 0, sizeof p);
    p.w = a->w;
    p.pipe = a->pipe;
    p.batch = new_batch(p.pipe);
    batch_opts_init(&p.bopts, p.w->s, p.w->rules);
    p.bopts.prep.roster = &p.w->roster;
    p.scratch = kpi_scratch_new(p.w->rules);
    p.known = known_new();
    p.conn = a->conn ? *a->conn : NULL;
    cz_err err;
    if (a->paths) /* the watch's files: local, under the first local input */
        produce_listed(&p, a->paths, a->npaths);
    for (size_t i = 0; !a->paths && i < p.w->inputs->n && !p.rc && !stopping(&p); i++) {
        const etl_input *in = &p.w->inputs->v[i];
        if (!in->is_s3) {
            if (scan_tree(in->local, on_entry, &p, &err) < 0) {
                log_error("%s", err.msg);
                p.rc = EX_NOINPUT;
            }
            continue;
        }
        p.s3 = s3_client_new(&p.w->inputs->s3conf, &g_stop);
        int rc = p.s3 ? s3_walk(p.s3, &in->s3, on_entry, &p, &err) : S3_FAILED;
        if (rc < 0 && !p.rc) {
            if (!g_stop)
                log_error("%s", p.s3 ? err.msg : "cannot start libcurl");
            p.rc = g_stop ? -1 : rc == S3_DENIED ? EX_NOPERM : rc == S3_RETRY_OUT ? EX_UNAVAILABLE
                                                                           : EX_NOINPUT;
        }
        s3_client_free(p.s3);
        p.s3 = NULL;
    }
    if (!p.rc && !stopping(&p))
        hand_over(&p);
    known_free(p.known, p.conn);
    leftovers(&p);
    for (size_t i = 0; i < p.nleft; i++)
        free(p.left[i]);
    free(p.left);
    for (size_t i = 0; i < p.nsibs; i++)
        free(p.sibs[i].path);
    free(p.sibs);
    strmap_free(&p.sib_index);
    batch_free(p.batch); /* unfinished work on a stop: its files stay pending */
    free(p.batch);
    kpi_scratch_free(p.scratch);
    if (a->conn)
        *a->conn = p.conn;
    else if (p.conn)
        PQfinish(p.conn);
    pipe_close(a->pipe, p.rc > 0 ? p.rc : 0);
    return NULL;
}
