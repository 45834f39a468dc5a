/* pipe.c - a one-slot hand-over queue between the producer and the loader. */
#include "pipe.h"

#include <stdlib.h>

void pipe_init(pipe_t *p)
{
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->changed, NULL);
    p->ready = NULL;
    p->spent = NULL;
    p->producer_done = false;
    p->producer_rc = 0;
    p->consumer_quit = false;
}

static void batch_discard(batch_t *b)
{
    if (b) {
        batch_free(b);
        free(b);
    }
}

void pipe_destroy(pipe_t *p)
{
    batch_discard(p->ready);
    batch_discard(p->spent);
    pthread_cond_destroy(&p->changed);
    pthread_mutex_destroy(&p->lock);
}

bool pipe_put(pipe_t *p, batch_t *b)
{
    pthread_mutex_lock(&p->lock);
    while (p->ready && !p->consumer_quit)
        pthread_cond_wait(&p->changed, &p->lock);
    bool ok = !p->consumer_quit;
    if (ok) {
        p->ready = b;
        pthread_cond_broadcast(&p->changed);
    }
    pthread_mutex_unlock(&p->lock);
    if (!ok)
        batch_discard(b);
    return ok;
}

batch_t *pipe_take_spent(pipe_t *p)
{
    pthread_mutex_lock(&p->lock);
    batch_t *b = p->spent;
    p->spent = NULL;
    pthread_mutex_unlock(&p->lock);
    return b;
}

void pipe_give_back(pipe_t *p, batch_t *b)
{
    pthread_mutex_lock(&p->lock);
    batch_t *extra = p->spent ? b : NULL;
    if (!p->spent)
        p->spent = b;
    pthread_mutex_unlock(&p->lock);
    batch_discard(extra);
}

void pipe_close(pipe_t *p, int rc)
{
    pthread_mutex_lock(&p->lock);
    p->producer_done = true;
    p->producer_rc = rc;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
}

batch_t *pipe_get(pipe_t *p)
{
    pthread_mutex_lock(&p->lock);
    while (!p->ready && !p->producer_done)
        pthread_cond_wait(&p->changed, &p->lock);
    batch_t *b = p->ready;
    p->ready = NULL;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
    return b;
}

bool pipe_backlog(pipe_t *p)
{
    pthread_mutex_lock(&p->lock);
    bool waiting = p->ready != NULL;
    pthread_mutex_unlock(&p->lock);
    return waiting;
}

void pipe_quit(pipe_t *p)
{
    pthread_mutex_lock(&p->lock);
    p->consumer_quit = true;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
}

bool pipe_quitting(pipe_t *p)
{
    pthread_mutex_lock(&p->lock);
    bool q = p->consumer_quit;
    pthread_mutex_unlock(&p->lock);
    return q;
}
