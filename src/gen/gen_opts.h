/* gen_opts.h - converza-gen's command line. */
#ifndef CZ_GEN_OPTS_H
#define CZ_GEN_OPTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

typedef struct {
    uint64_t calls;      /* --calls: how many calls to write */
    uint64_t seed;       /* --seed */
    const char *out;     /* --out: directory for the call files */
    size_t agents;       /* --agents */
    unsigned teams;      /* --teams: 0 (no team field) to 4 */
    int64_t from, to;    /* --from/--to as days since 1970-01-01, inclusive */
    const char *labels;  /* --labels: ground-truth CSV path, or NULL */
    const char *prefix;  /* --prefix of call ids */
    uint64_t start;      /* --start-index: index of the first call */
    unsigned jobs;       /* --jobs: worker threads */
    bool quiet;          /* --quiet: no summary line */
} go_opts;

typedef enum {
    GO_RUN,   /* options parsed, go ahead */
    GO_EXIT,  /* --help or --version was printed: exit 0 */
    GO_USAGE  /* bad usage: e says why, exit 64 */
} go_result;

/* Parses argv into o, filling defaults. */
go_result go_parse(go_opts *o, int argc, char **argv, cz_err *e);

#endif
