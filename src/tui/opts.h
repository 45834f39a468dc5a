/* opts.h - converza-tui's command line. Broker options read like the
 * worker's and Mosquitto's clients'; each maps to a setting (settings.h) that
 * main applies after the config file and the environment. */
#ifndef CZ_TUI_OPTS_H
#define CZ_TUI_OPTS_H

#include <stdbool.h>
#include <stdio.h>

#include "util.h"

typedef struct {
    char *config;            /* --config FILE, NULL for the default */
    char **set_key, **set_val; /* settings given as flags, in order */
    int nset;
    bool wallboard, ascii, help, version;
    bool bell;               /* ring on a new alert */
    bool password_on_argv;   /* --mqtt-password was used: warn */
    bool man_keys;           /* hidden: print the key table as roff */
    long bench_frames;       /* hidden: --bench-render N */
    long bench_agents;       /* hidden: --bench-agents N (default 500) */
} tui_opts;

/* Parses argv into o (free with opts_free). A --mqtt-password value is wiped
 * from argv so other users' ps no longer shows it. Returns -1 with err on a
 * usage error (unknown option, missing or bad argument, extra arguments). */
int opts_parse(int argc, char **argv, tui_opts *o, cz_err *err);
void opts_free(tui_opts *o);

/* Prints the usage text (--help) to f. */
void opts_usage(FILE *f);

#endif
