/* produce.c - the producer stage. Candidates from the directory walk are
 * checked against ingested_files a chunk at a time (one query per chunk), and
 * the pending ones are read and prepared (parse, clean, redact, KPIs) into a
 * batch; a full batch goes to the loader while the next one is prepared, so
 * parsing uses one core while PostgreSQL works on the other. */
#include "produce.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "formats.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "scan.h"

#define CHUNK 512
#define EX_UNAVAILABLE_ 69
#define EX_TEMPFAIL_ 75
#define EX_NOINPUT_ 66

typedef struct {
    worker *w;
    pipe_t *pipe;
    PGconn *conn;
    batch_t *batch;
    batch_opts bopts;
    kpi_scratch *scratch;
    char *paths[CHUNK];
    int64_t size[CHUNK], mtime[CHUNK];
    mode_t mode[CHUNK];
    size_t n;
    int rc;             /* exit code when the scan must stop */
} producer;

int worker_keep_conn(const worker *w, PGconn **c)
{
    if (!pg_is_broken(*c))
        return 0;
    if (*c) {
        PQfinish(*c);
        *c = NULL;
        log_warn("lost the database connection; reconnecting");
    }
    cz_err err;
    *c = pg_connect_retry(w->s->db, w->s->db_password_file, (volatile int *)&g_stop,
                          w->give_up_after, &err);
    if (!*c) {
        if (!g_stop)
            log_error("%s", err.msg);
        return -1;
    }
    log_info("connected to the database");
    return 0;
}

static bool stopping(producer *p)
{
    return g_stop || pipe_quitting(p->pipe);
}

static batch_t *new_batch(void)
{
    batch_t *b = xmalloc(sizeof *b);
    batch_init(b);
    return b;
}

static void hand_over(producer *p)
{
    if (!p->batch->nfiles)
        return;
    if (!pipe_put(p->pipe, p->batch))
        p->rc = p->rc ? p->rc : -1; /* the loader quit; its code is the run's */
    p->batch = new_batch();
}

/* Checks the chunk against ingested_files and prepares the pending files. */
static void flush_chunk(producer *p)
{
    char state[CHUNK];
    cz_err err;
    while (p->n && !p->rc) {
        if (worker_keep_conn(p->w, &p->conn) < 0) {
            p->rc = g_stop ? -1 : EX_UNAVAILABLE_;
            break;
        }
        if (pg_filter_ingested(p->conn, p->paths, p->size, p->mtime, p->n, state, &err) == 0)
            break;
        if (!pg_is_broken(p->conn)) {
            log_error("%s", err.msg);
            p->rc = EX_TEMPFAIL_;
        }
    }
    for (size_t i = 0; i < p->n; i++) {
        if (!p->rc && state[i] != INGESTED_SAME && !stopping(p)) {
            bool known = state[i] == INGESTED_CHANGED;
            if (S_ISREG(p->mode[i]))
                batch_add_file(p->batch, p->paths[i], p->size[i], p->mtime[i], known,
                               &p->bopts, p->scratch);
            else
                batch_quarantine_file(p->batch, p->paths[i], p->size[i], p->mtime[i], known,
                                      S_ISLNK(p->mode[i]) ? "symbolic link: not followed"
                                                          : "not a regular file");
            if (p->batch->nfiles >= (size_t)p->w->s->batch_size)
                hand_over(p);
        }
        free(p->paths[i]);
    }
    p->n = 0;
}

static bool dir_exists(void *ctx, const char *dir)
{
    (void)ctx;
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static int on_entry(void *ctx, const char *path, const struct stat *st)
{
    producer *p = ctx;
    if (stopping(p) || p->rc)
        return 1;
    /* A Harper Valley metadata file belongs to its transcript, read with it. */
    if (fmt_hvb_is_metadata(path, dir_exists, NULL))
        return 0;
    p->paths[p->n] = xstrdup(path);
    p->size[p->n] = (int64_t)st->st_size;
    p->mtime[p->n] = (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
    p->mode[p->n] = st->st_mode;
    if (++p->n == CHUNK)
        flush_chunk(p);
    return p->rc || stopping(p);
}

void *produce_main(void *arg)
{
    produce_args *a = arg;
    producer p;
    memset(&p, 0, sizeof p);
    p.w = a->w;
    p.pipe = a->pipe;
    p.batch = new_batch();
    batch_opts_init(&p.bopts, p.w->s, p.w->rules);
    p.scratch = kpi_scratch_new(p.w->rules);
    cz_err err;
    if (scan_tree(p.w->input_abs, on_entry, &p, &err) < 0) {
        log_error("%s", err.msg);
        p.rc = EX_NOINPUT_;
    }
    if (!p.rc && !stopping(&p))
        flush_chunk(&p);
    if (!p.rc && !stopping(&p))
        hand_over(&p);
    for (size_t i = 0; i < p.n; i++)
        free(p.paths[i]);
    batch_free(p.batch); /* unfinished work on a stop: its files stay pending */
    free(p.batch);
    kpi_scratch_free(p.scratch);
    if (p.conn)
        PQfinish(p.conn);
    pipe_close(a->pipe, p.rc > 0 ? p.rc : 0);
    return NULL;
}
