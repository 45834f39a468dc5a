/* produce.h - the worker's first stage: walk the input, skip files already
 * ingested, read and prepare the rest into batches for the loader. */
#ifndef CZ_PRODUCE_H
#define CZ_PRODUCE_H

#include "pipe.h"
#include "worker.h"

typedef struct {
    worker *w;       /* read-only here: settings, rules, input directory */
    pipe_t *pipe;
} produce_args;

/* Thread entry: runs one scan of w->input_abs, handing batches to the pipe,
 * then closes it with an exit code. Uses its own database connection. */
void *produce_main(void *arg);

#endif
