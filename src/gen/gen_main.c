/* gen_main.c - converza-gen: writes synthetic calls in the seed JSON format,
 * with ground-truth labels, fast. Work is split into blocks of consecutive
 * call indices handed to worker threads; each call's content depends only on
 * the seed and its index, so output is identical for any --jobs. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "gen_agents.h"
#include "gen_call.h"
#include "gen_dialogue.h"
#include "gen_opts.h"
#include "gen_style.h"
#include "gen_time.h"
#include "gen_write.h"

#define CHUNK 2048 /* calls per worker per block */

typedef struct {
    const go_opts *o;
    const ga_roster *roster;
    int dirfd;
    uint64_t first, count; /* this block's slice of call indices */
    /* reused from block to block */
    gc_call call;
    strbuf transcript, json, id, labels;
    cz_err err;
    int failed;
} gm_worker;

/* Writes one call (index i) and, when labels are on, appends its row. */
static int write_call(gm_worker *w, uint64_t i)
{
    const go_opts *o = w->o;
    grng r;
    grng_seed(&r, o->seed, i);
    const ga_agent *agent = ga_pick(w->roster, &r);
    char ts[20];
    gt_random_timestamp(&r, o->from, o->to, ts);

    gc_reset(&w->call, &r);
    gd_generate(&w->call, &r, agent);
    sb_clear(&w->transcript);
    gst_transcript(&w->transcript, &w->call, &r);

    sb_clear(&w->id);
    sb_printf(&w->id, "%s_%06llu", o->prefix, (unsigned long long)i);
    size_t idlen = w->id.len;
    sb_clear(&w->json);
    gw_call_json(&w->json, w->id.s, agent->name,
                 o->teams ? ga_team(w->roster, agent, o->teams) : NULL, ts, w->transcript.s, w->transcript.len);
    sb_puts(&w->id, ".json");
    if (gw_write_file(w->dirfd, o->out, w->id.s, w->json.s, w->json.len, &w->err) < 0)
        return -1;
    if (o->labels) {
        w->id.len = idlen;
        w->id.s[idlen] = '\0';
        gw_label_row(&w->labels, w->id.s, &w->call);
    }
    return 0;
}

static void *run_worker(void *arg)
{
    gm_worker *w = arg;
    for (uint64_t k = 0; k < w->count && !w->failed; k++)
        if (write_call(w, w->first + k) < 0)
            w->failed = 1;
    return NULL;
}

static int flush_labels(FILE *f, const char *path, strbuf *rows, cz_err *e)
{
    if (rows->len && fwrite(rows->s, 1, rows->len, f) != rows->len) {
        cz_err_set(e, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    sb_clear(rows);
    return 0;
}

/* Generates all calls; returns an exit status, with e set on failure. */
static int generate(const go_opts *o, const ga_roster *roster, int dirfd, FILE *labels, cz_err *e)
{
    unsigned nw = o->jobs;
    if ((uint64_t)nw > (o->calls + CHUNK - 1) / CHUNK)
        nw = (unsigned)((o->calls + CHUNK - 1) / CHUNK);
    gm_worker *w = xcalloc(nw, sizeof *w);
    pthread_t *tid = xcalloc(nw, sizeof *tid);
    for (unsigned j = 0; j < nw; j++) {
        w[j].o = o;
        w[j].roster = roster;
        w[j].dirfd = dirfd;
        gc_init(&w[j].call);
    }
    int status = 0;
    uint64_t next = o->start, end = o->start + o->calls;
    while (next < end && status == 0) {
        unsigned used = 0;
        for (unsigned j = 0; j < nw && next < end; j++, used++) {
            w[j].first = next;
            w[j].count = end - next < CHUNK ? end - next : CHUNK;
            next += w[j].count;
        }
        unsigned started = 1; /* worker 0 runs on this thread */
        for (unsigned j = 1; j < used; j++, started++) {
            int rc = pthread_create(&tid[j], NULL, run_worker, &w[j]);
            if (rc != 0) {
                cz_err_set(e, "cannot start a worker thread: %s", strerror(rc));
                status = EX_OSERR;
                break;
            }
        }
        run_worker(&w[0]);
        for (unsigned j = 1; j < started; j++)
            pthread_join(tid[j], NULL);
        for (unsigned j = 0; j < started && status == 0; j++) {
            if (w[j].failed) {
                *e = w[j].err;
                status = EX_CANTCREAT;
            } else if (labels && flush_labels(labels, o->labels, &w[j].labels, e) < 0) {
                status = EX_CANTCREAT;
            }
        }
    }
    for (unsigned j = 0; j < nw; j++) {
        gc_free(&w[j].call);
        sb_free(&w[j].transcript);
        sb_free(&w[j].json);
        sb_free(&w[j].id);
        sb_free(&w[j].labels);
    }
    free(w);
    free(tid);
    return status;
}

int main(int argc, char **argv)
{
    go_opts o;
    cz_err e = {{0}};
    switch (go_parse(&o, argc, argv, &e)) {
    case GO_EXIT:
        return fflush(stdout) == 0 ? 0 : 1;
    case GO_USAGE:
        fprintf(stderr, "converza-gen: %s\nTry 'converza-gen --help' for more information.\n", e.msg);
        return EX_USAGE;
    case GO_RUN:
        break;
    }

    ga_roster roster;
    if (ga_roster_make(&roster, o.agents, o.seed, &e) < 0) {
        fprintf(stderr, "converza-gen: %s\n", e.msg);
        return EX_USAGE;
    }
    int dirfd = gw_open_dir(o.out, &e);
    if (dirfd < 0) {
        fprintf(stderr, "converza-gen: %s\n", e.msg);
        ga_roster_free(&roster);
        return EX_CANTCREAT;
    }
    FILE *labels = NULL;
    if (o.labels) {
        labels = fopen(o.labels, "w");
        if (!labels) {
            fprintf(stderr, "converza-gen: cannot create %s: %s\n", o.labels, strerror(errno));
            close(dirfd);
            ga_roster_free(&roster);
            return EX_CANTCREAT;
        }
        fputs(gw_labels_header(), labels);
    }

    double t0 = cz_now_mono();
    int status = generate(&o, &roster, dirfd, labels, &e);
    if (labels && fclose(labels) != 0 && status == 0) {
        cz_err_set(&e, "cannot write %s: %s", o.labels, strerror(errno));
        status = EX_CANTCREAT;
    }
    double secs = cz_now_mono() - t0;
    close(dirfd);
    ga_roster_free(&roster);
    if (status != 0) {
        fprintf(stderr, "converza-gen: %s\n", e.msg);
        return status;
    }
    if (!o.quiet)
        fprintf(stderr, "converza-gen: wrote %llu calls to %s in %.3f s (%.0f calls/s)\n",
                (unsigned long long)o.calls, o.out, secs, secs > 0 ? (double)o.calls / secs : 0.0);
    return 0;
}
