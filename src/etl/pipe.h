/* pipe.h - the hand-over between the worker's two stages: a producer thread
 * that scans, reads and prepares batches (CPU: parsing and KPIs), and the
 * main thread that loads them into PostgreSQL. One batch waits at most, so
 * memory stays bounded at about three batches. Loaded batches go back to the
 * producer, which empties and refills them: memory is freed by the thread
 * that allocated it (glibc's arenas otherwise contend on their locks), and
 * the batch arrays are allocated once. */
#ifndef CZ_PIPE_H
#define CZ_PIPE_H

#include <pthread.h>
#include <stdbool.h>
#include "batch.h"

typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t changed;
    batch_t *ready;          /* a prepared batch waiting to be loaded, or NULL */
    batch_t *spent;          /* a loaded batch for the producer to reuse, or NULL */
    bool producer_done;      /* no more batches will come */
    int producer_rc;         /* the producer's exit code when it stopped early */
    bool consumer_quit;      /* the loader stopped: the producer should stop too */
} pipe_t;

void pipe_init(pipe_t *p);
void pipe_destroy(pipe_t *p);

/* Producer: hands b over (the consumer gives it back), waiting while the previous
 * one is still waiting. Returns false (and frees b) when the consumer quit. */
bool pipe_put(pipe_t *p, batch_t *b);
/* Producer: a loaded batch to empty (batch_reset) and refill, or NULL. */
batch_t *pipe_take_spent(pipe_t *p);
/* Producer: no more batches; rc is its exit code (0 when it finished). */
void pipe_close(pipe_t *p, int rc);

/* Consumer: the next batch (to give back with pipe_give_back), or NULL when
 * the producer is done. */
batch_t *pipe_get(pipe_t *p);
/* Consumer: returns a loaded batch; freed here when one is already waiting. */
void pipe_give_back(pipe_t *p, batch_t *b);
/* Consumer: true when a prepared batch already waits (the loader is behind). */
bool pipe_backlog(pipe_t *p);
/* Consumer: stop the producer (it gives back its unfinished batch unloaded). */
void pipe_quit(pipe_t *p);
/* True once the consumer quit (checked by the producer while it works). */
bool pipe_quitting(pipe_t *p);

#endif
