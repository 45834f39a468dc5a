/* test_pipe.c - the producer/loader hand-over (src/etl/pipe.c): batches
 * arrive in order, at most one waits, loaded batches come back for reuse,
 * the producer's exit code reaches the
 * loader, and quitting releases a blocked producer. Threads are real; the
 * sanitizer build checks that no batch leaks or is freed twice. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "pipe.h"
#include "t.h"

static batch_t *new_batch(double mark)
{
    batch_t *b = malloc(sizeof *b);
    batch_init(b);
    b->prepare_s = mark; /* which batch this is */
    return b;
}

#define RUN_BATCHES 200

typedef struct {
    pipe_t *p;
    int allocated;      /* batches the producer had to allocate */
    int put_failed;
} producer;

/* Puts RUN_BATCHES batches, reusing the spent ones as the worker does. */
static void *produce(void *arg)
{
    producer *pr = arg;
    for (int i = 0; i < RUN_BATCHES; i++) {
        batch_t *b = pipe_take_spent(pr->p);
        if (b) {
            batch_reset(b);
            b->prepare_s = i;
        } else {
            b = new_batch(i);
            pr->allocated++;
        }
        if (!pipe_put(pr->p, b)) {
            pr->put_failed = 1;
            break;
        }
    }
    pipe_close(pr->p, 7);
    return NULL;
}

static void check_run(void)
{
    pipe_t p;
    pipe_init(&p);
    producer pr = {&p, 0, 0};
    pthread_t th;
    pthread_create(&th, NULL, produce, &pr);
    int in_order = 1, n = 0;
    batch_t *b;
    while ((b = pipe_get(&p))) {
        if (b->prepare_s != n)
            in_order = 0;
        n++;
        usleep(1000); /* loading is the slow stage: the producer waits for the slot */
        pipe_give_back(&p, b);
    }
    pthread_join(th, NULL);
    CHECK(n == RUN_BATCHES && in_order, "run: every batch arrives once, in order");
    CHECK(!pr.put_failed, "run: no put refused while the loader runs");
    /* While the producer waits for the slot, the loader gives a batch back
     * before it takes the next, so the producer finds one to refill; the
     * bound is loose for a machine so busy that the producer falls behind. */
    printf("  %d of %d batches allocated\n", pr.allocated, RUN_BATCHES);
    CHECK(pr.allocated >= 1 && pr.allocated <= RUN_BATCHES / 4,
          "run: loaded batches come back and are refilled");
    CHECK(p.producer_done && p.producer_rc == 7,
          "run: the producer's exit code reaches the loader");
    pipe_destroy(&p); /* frees the spent batch left over */
}

/* A producer blocked on a full slot is released by the loader quitting; its
 * batch is freed, not lost. */
static void *put_two(void *arg)
{
    producer *pr = arg;
    pipe_put(pr->p, new_batch(0));
    pr->put_failed = !pipe_put(pr->p, new_batch(1));
    return NULL;
}

static void check_quit(void)
{
    pipe_t p;
    pipe_init(&p);
    producer pr = {&p, 0, 0};
    pthread_t th;
    pthread_create(&th, NULL, put_two, &pr);
    usleep(20000); /* the second put waits for the slot */
    CHECK(!pipe_quitting(&p), "quit: not quitting before the loader says so");
    pipe_quit(&p);
    pthread_join(th, NULL);
    CHECK(pr.put_failed, "quit: the blocked put returns false");
    CHECK(pipe_quitting(&p), "quit: the producer sees the loader quit");
    CHECK(!pipe_put(&p, new_batch(2)), "quit: later puts are refused at once");
    pipe_destroy(&p); /* frees the batch still in the slot */
}

static void check_single_thread(void)
{
    pipe_t p;
    pipe_init(&p);
    batch_t *a = new_batch(1), *b = new_batch(2);
    CHECK(pipe_put(&p, a), "slot: a put into the empty slot does not wait");
    CHECK(pipe_get(&p) == a, "slot: the loader gets that batch");
    CHECK(pipe_take_spent(&p) == NULL, "spent: nothing to reuse before a batch is loaded");
    pipe_give_back(&p, a);
    pipe_give_back(&p, b); /* one is already waiting: this one is freed */
    CHECK(pipe_take_spent(&p) == a, "spent: the loaded batch comes back to the producer");
    CHECK(pipe_take_spent(&p) == NULL, "spent: one at a time, the extra freed");
    pipe_close(&p, 0);
    CHECK(pipe_get(&p) == NULL, "close: the loader gets NULL once the producer is done");
    batch_free(a);
    free(a);
    pipe_destroy(&p);
}

int main(void)
{
    check_single_thread();
    check_run();
    check_quit();
    T_END();
}
