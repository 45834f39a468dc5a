/* produce.h - the worker's first stage: walk the inputs, skip files already
 * ingested, read and prepare the rest into batches for the loader. */
#ifndef CZ_PRODUCE_H
#define CZ_PRODUCE_H

#include "pipe.h"
#include "worker.h"

typedef struct {
    worker *w;       /* read-only here: settings, rules, input directory */
    pipe_t *pipe;
    char *const *paths; /* NULL: walk every input (w->inputs); else only these */
    size_t npaths;      /* local files (the watch's ready paths), in any order */
    PGconn **conn;   /* the producer's own connection, kept across runs by the
                        caller: in (may be NULL: one is opened), out */
} produce_args;

/* Thread entry: runs one scan of every input, local and S3 (or of the listed
 * paths),
 * handing batches to the pipe, then closes it with an exit code. Files found
 * recorded and unchanged are handed to the after_load policy (they are left
 * from a crash between a commit and the file operation). */
void *produce_main(void *arg);

#endif
