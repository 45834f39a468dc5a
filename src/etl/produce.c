/* produce.c - the producer stage. Walked files are classified against
 * ingested_files by merging each directory's sorted listing with its known
 * files (known.c), and the pending ones are read and prepared (parse, clean,
 * redact, KPIs) into a batch; a full batch goes to the loader while the next
 * one is prepared, so parsing uses one core while PostgreSQL works on the
 * other. */
#include "produce.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

#include "formats.h"
#include "known.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "scan.h"

typedef struct {
    worker *w;
    pipe_t *pipe;
    PGconn *conn;
    batch_t *batch;
    batch_opts bopts;
    kpi_scratch *scratch;
    known_dirs *known;
    int rc;             /* exit code when the scan must stop */
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

static bool dir_exists(void *ctx, const char *dir)
{
    (void)ctx;
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static int on_entry(void *ctx, const char *path, const scan_stat *st)
{
    producer *p = ctx;
    if (stopping(p) || p->rc)
        return 1;
    /* A Harper Valley metadata file belongs to its transcript, read with it. */
    if (fmt_hvb_is_metadata(path, dir_exists, NULL))
        return 0;
    char state = classify_file(p, path, st);
    if (state == INGESTED_SAME || stopping(p))
        return p->rc || stopping(p);
    bool known = state == INGESTED_CHANGED;
    if (S_ISREG(st->mode))
        batch_add_file(p->batch, path, st->size, st->mtime_ns, known, &p->bopts, p->scratch);
    else
        batch_quarantine_file(p->batch, path, st->size, st->mtime_ns, known,
                              S_ISLNK(st->mode) ? "symbolic link: not followed"
                                                : "not a regular file");
    if (p->batch->nfiles >= (size_t)p->w->s->batch_size)
        hand_over(p);
    return p->rc || stopping(p);
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
    p.scratch = kpi_scratch_new(p.w->rules);
    p.known = known_new();
    cz_err err;
    if (scan_tree(p.w->input_abs, on_entry, &p, &err) < 0) {
        log_error("%s", err.msg);
        p.rc = EX_NOINPUT;
    }
    if (!p.rc && !stopping(&p))
        hand_over(&p);
    known_free(p.known, p.conn);
    batch_free(p.batch); /* unfinished work on a stop: its files stay pending */
    free(p.batch);
    kpi_scratch_free(p.scratch);
    if (p.conn)
        PQfinish(p.conn);
    pipe_close(a->pipe, p.rc > 0 ? p.rc : 0);
    return NULL;
}
