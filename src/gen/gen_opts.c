/* gen_opts.c - getopt_long parsing, defaults and validation for converza-gen. */
#include "gen_opts.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gen_agents.h"
#include "gen_time.h"

#define MAX_CALLS_N 100000000 /* one hundred million per run */
#define MAX_CALLS ((uint64_t)MAX_CALLS_N)
#define STR_(x) #x
#define STR(x) STR_(x)
#define MAX_INDEX 999999999999ULL
#define MAX_JOBS 64
#define MAX_PREFIX 64

typedef enum { K_CALLS, K_OUT, K_SEED, K_AGENTS, K_TEAMS, K_FROM, K_TO, K_LABELS, K_PREFIX, K_START,
               K_JOBS, K_QUIET, K_HELP, K_VERSION } opt_kind;

/* Every option once: getopt's tables and the --help text are made from it. */
static const struct {
    const char *name;
    char short_name;    /* 0: long only */
    const char *arg;    /* argument name, NULL for a switch */
    opt_kind kind;
    const char *help;   /* continuation lines start with '\n' */
} OPTS[] = {
    {"calls", 'n', "N", K_CALLS, "number of calls to write (required, 1-" STR(MAX_CALLS_N) ")"},
    {"out", 'o', "DIR", K_OUT, "output directory, created if missing (required)"},
    {"seed", 's', "S", K_SEED, "random seed, any 64-bit number (default 1)"},
    {"agents", 'a', "N", K_AGENTS, "number of agents on the team (default 12)"},
    {"teams", 0, "N", K_TEAMS, "split the agents into N teams (1-4: North, South, East, West)\n"
                               "and write each call's \"team\" (default 0: no team field)"},
    {"from", 0, "YYYY-MM-DD", K_FROM, "first day of call timestamps (default 13 days before --to)"},
    {"to", 0, "YYYY-MM-DD", K_TO, "last day of call timestamps (default today, UTC)"},
    {"labels", 'l', "FILE", K_LABELS, "also write ground truth as CSV:\n"
                                      "call_id,is_conversion,upsell_amount,sentiment_label,note"},
    {"prefix", 'p', "P", K_PREFIX, "call id prefix, letters, digits, '-' and '_' (default GEN)"},
    {"start-index", 'i', "I", K_START, "index of the first call (default 1); use the next free\n"
                                       "index to append more calls to an existing directory"},
    {"jobs", 'j', "N", K_JOBS, "worker threads (default: number of CPUs, at most 8)"},
    {"quiet", 'q', NULL, K_QUIET, "no summary line on stderr"},
    {"help", 'h', NULL, K_HELP, "show this help and exit"},
    {"version", 'V', NULL, K_VERSION, "show the version and exit"},
};
#define NOPTS (sizeof OPTS / sizeof OPTS[0])
#define OPT_BASE 256

static void usage(FILE *f)
{
    fputs("Usage: converza-gen --calls N --out DIR [OPTION]...\n"
          "Write N synthetic call-centre calls as JSON files (one per call) in DIR,\n"
          "optionally with a ground-truth labels CSV. The same seed always gives\n"
          "byte-identical output.\n"
          "\n",
          f);
    for (size_t i = 0; i < NOPTS; i++)
        cz_help_option(f, 22, OPTS[i].short_name ? OPTS[i].short_name : ' ', OPTS[i].name,
                       OPTS[i].arg, OPTS[i].help);
    fputs("\n"
          "Call ids are PREFIX_NNNNNN (the index, zero-padded to six digits) and files\n"
          "are named after them. Exit status: 0 ok, 64 usage error, 73 cannot write output.\n",
          f);
}

/* Parses a whole decimal (or 0x hex) unsigned number in [lo, hi]. */
static int parse_u64(const char *opt, const char *s, uint64_t lo, uint64_t hi, uint64_t *out, cz_err *e)
{
    const char *p = s;
    while (isspace((unsigned char)*p))
        p++;
    if (*p == '-' || *p == '\0') {
        cz_err_set(e, "%s: '%s' is not a non-negative number", opt, s);
        return -1;
    }
    errno = 0;
    char *end;
    unsigned long long v = strtoull(p, &end, 0);
    if (errno || *end != '\0') {
        cz_err_set(e, "%s: '%s' is not a valid number", opt, s);
        return -1;
    }
    if (v < lo || v > hi) {
        cz_err_set(e, "%s: %llu is out of range (%llu-%llu)", opt, v, (unsigned long long)lo,
                   (unsigned long long)hi);
        return -1;
    }
    *out = v;
    return 0;
}

static int check_prefix(const char *s, cz_err *e)
{
    size_t n = strlen(s);
    if (n == 0 || n > MAX_PREFIX) {
        cz_err_set(e, "--prefix: must be 1-%d characters", MAX_PREFIX);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!isalnum(ch) && ch != '_' && ch != '-') {
            cz_err_set(e, "--prefix: '%s' may only contain letters, digits, '-' and '_'", s);
            return -1;
        }
    }
    return 0;
}

static unsigned default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        return 1;
    return n > 8 ? 8 : (unsigned)n;
}

go_result go_parse(go_opts *o, int argc, char **argv, cz_err *e)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->agents = 12;
    o->prefix = "GEN";
    o->start = 1;
    o->jobs = default_jobs();
    const char *from = NULL, *to = NULL;
    int have_calls = 0;
    uint64_t v;

    struct option longopts[NOPTS + 1];
    char shortopts[2 * NOPTS + 2] = ":";
    size_t ns = 1;
    for (size_t i = 0; i < NOPTS; i++) {
        longopts[i] = (struct option){OPTS[i].name, OPTS[i].arg ? required_argument : no_argument,
                                      NULL, OPT_BASE + (int)i};
        if (OPTS[i].short_name) {
            shortopts[ns++] = OPTS[i].short_name;
            if (OPTS[i].arg)
                shortopts[ns++] = ':';
        }
    }
    longopts[NOPTS] = (struct option){NULL, 0, NULL, 0};
    shortopts[ns] = '\0';
    opterr = 0; /* we print our own messages */
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        if (ch == ':') {
            if (optopt && optopt < 0x80 && isalpha(optopt))
                cz_err_set(e, "option '-%c' needs a value", optopt);
            else
                cz_err_set(e, "option '%s' needs a value", argv[optind - 1]);
            return GO_USAGE;
        }
        int k = -1; /* the table entry, by its long or its short name */
        for (size_t i = 0; i < NOPTS && k < 0; i++)
            if (ch == OPT_BASE + (int)i || (OPTS[i].short_name && ch == OPTS[i].short_name))
                k = (int)i;
        if (k < 0) {
            if (optopt && optopt < 0x80 && isprint(optopt))
                cz_err_set(e, "unknown option '-%c'", optopt);
            else
                cz_err_set(e, "unknown option '%s'", argv[optind - 1]);
            return GO_USAGE;
        }
        switch (OPTS[k].kind) {
        case K_CALLS:
            if (parse_u64("--calls", optarg, 1, MAX_CALLS, &o->calls, e) < 0)
                return GO_USAGE;
            have_calls = 1;
            break;
        case K_OUT:
            o->out = optarg;
            break;
        case K_SEED:
            if (parse_u64("--seed", optarg, 0, UINT64_MAX, &o->seed, e) < 0)
                return GO_USAGE;
            break;
        case K_AGENTS:
            if (parse_u64("--agents", optarg, 1, ga_max(), &v, e) < 0)
                return GO_USAGE;
            o->agents = (size_t)v;
            break;
        case K_TEAMS:
            if (parse_u64("--teams", optarg, 0, 4, &v, e) < 0)
                return GO_USAGE;
            o->teams = (unsigned)v;
            break;
        case K_FROM:
            from = optarg;
            break;
        case K_TO:
            to = optarg;
            break;
        case K_LABELS:
            o->labels = optarg;
            break;
        case K_PREFIX:
            if (check_prefix(optarg, e) < 0)
                return GO_USAGE;
            o->prefix = optarg;
            break;
        case K_START:
            if (parse_u64("--start-index", optarg, 0, MAX_INDEX, &o->start, e) < 0)
                return GO_USAGE;
            break;
        case K_JOBS:
            if (parse_u64("--jobs", optarg, 1, MAX_JOBS, &v, e) < 0)
                return GO_USAGE;
            o->jobs = (unsigned)v;
            break;
        case K_QUIET:
            o->quiet = true;
            break;
        case K_HELP:
            usage(stdout);
            return GO_EXIT;
        case K_VERSION:
            printf("converza-gen %s\n", CZ_VERSION);
            return GO_EXIT;
        }
    }
    if (optind < argc) {
        cz_err_set(e, "unexpected argument '%s'", argv[optind]);
        return GO_USAGE;
    }
    if (!have_calls || !o->out) {
        cz_err_set(e, "--calls and --out are required");
        return GO_USAGE;
    }
    if (!*o->out) {
        cz_err_set(e, "--out: directory name is empty");
        return GO_USAGE;
    }
    if (o->start + o->calls - 1 > MAX_INDEX) {
        cz_err_set(e, "--start-index %llu plus --calls %llu goes past the largest index %llu",
                   (unsigned long long)o->start, (unsigned long long)o->calls, (unsigned long long)MAX_INDEX);
        return GO_USAGE;
    }
    if (to) {
        if (gt_parse_date(to, &o->to, e) < 0)
            return GO_USAGE;
    } else {
        o->to = gt_today_utc();
    }
    if (from) {
        if (gt_parse_date(from, &o->from, e) < 0)
            return GO_USAGE;
    } else {
        o->from = o->to - 13;
    }
    if (o->from > o->to) {
        cz_err_set(e, "--from must not be after --to");
        return GO_USAGE;
    }
    return GO_RUN;
}
