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

#define MAX_CALLS 100000000ULL  /* one hundred million per run */
#define MAX_INDEX 999999999999ULL
#define MAX_JOBS 64
#define MAX_PREFIX 64

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: converza-gen --calls N --out DIR [OPTION]...\n"
            "Write N synthetic call-centre calls as JSON files (one per call) in DIR,\n"
            "optionally with a ground-truth labels CSV. The same seed always gives\n"
            "byte-identical output.\n"
            "\n"
            "  -n, --calls N          number of calls to write (required, 1-%llu)\n"
            "  -o, --out DIR          output directory, created if missing (required)\n"
            "  -s, --seed S           random seed, any 64-bit number (default 1)\n"
            "  -a, --agents N         number of agents on the team (default 12)\n"
            "      --from YYYY-MM-DD  first day of call timestamps (default 13 days before --to)\n"
            "      --to YYYY-MM-DD    last day of call timestamps (default today, UTC)\n"
            "  -l, --labels FILE      also write ground truth as CSV:\n"
            "                         call_id,is_conversion,upsell_amount,sentiment_label,note\n"
            "  -p, --prefix P         call id prefix, letters, digits, '-' and '_' (default GEN)\n"
            "  -i, --start-index I    index of the first call (default 1); use the next free\n"
            "                         index to append more calls to an existing directory\n"
            "  -j, --jobs N           worker threads (default: number of CPUs, at most 8)\n"
            "  -q, --quiet            no summary line on stderr\n"
            "  -h, --help             show this help and exit\n"
            "  -V, --version          show the version and exit\n"
            "\n"
            "Call ids are PREFIX_NNNNNN (the index, zero-padded to six digits) and files\n"
            "are named after them. Exit status: 0 ok, 64 usage error, 73 cannot write output.\n",
            (unsigned long long)MAX_CALLS);
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
    static const struct option longopts[] = {
        {"calls", required_argument, NULL, 'n'},  {"out", required_argument, NULL, 'o'},
        {"seed", required_argument, NULL, 's'},   {"agents", required_argument, NULL, 'a'},
        {"from", required_argument, NULL, 'F'},   {"to", required_argument, NULL, 'T'},
        {"labels", required_argument, NULL, 'l'}, {"prefix", required_argument, NULL, 'p'},
        {"start-index", required_argument, NULL, 'i'}, {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},      {NULL, 0, NULL, 0},
    };
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->agents = 12;
    o->prefix = "GEN";
    o->start = 1;
    o->jobs = default_jobs();
    const char *from = NULL, *to = NULL;
    int have_calls = 0;
    uint64_t v;

    opterr = 0; /* we print our own messages */
    optind = 1;
    int ch;
    while ((ch = getopt_long(argc, argv, ":n:o:s:a:l:p:i:j:qhV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'n':
            if (parse_u64("--calls", optarg, 1, MAX_CALLS, &o->calls, e) < 0)
                return GO_USAGE;
            have_calls = 1;
            break;
        case 'o':
            o->out = optarg;
            break;
        case 's':
            if (parse_u64("--seed", optarg, 0, UINT64_MAX, &o->seed, e) < 0)
                return GO_USAGE;
            break;
        case 'a':
            if (parse_u64("--agents", optarg, 1, ga_max(), &v, e) < 0)
                return GO_USAGE;
            o->agents = (size_t)v;
            break;
        case 'F':
            from = optarg;
            break;
        case 'T':
            to = optarg;
            break;
        case 'l':
            o->labels = optarg;
            break;
        case 'p':
            if (check_prefix(optarg, e) < 0)
                return GO_USAGE;
            o->prefix = optarg;
            break;
        case 'i':
            if (parse_u64("--start-index", optarg, 0, MAX_INDEX, &o->start, e) < 0)
                return GO_USAGE;
            break;
        case 'j':
            if (parse_u64("--jobs", optarg, 1, MAX_JOBS, &v, e) < 0)
                return GO_USAGE;
            o->jobs = (unsigned)v;
            break;
        case 'q':
            o->quiet = true;
            break;
        case 'h':
            usage(stdout);
            return GO_EXIT;
        case 'V':
            printf("converza-gen %s\n", CZ_VERSION);
            return GO_EXIT;
        case ':':
            if (optopt && optopt < 0x80 && isalpha(optopt))
                cz_err_set(e, "option '-%c' needs a value", optopt);
            else
                cz_err_set(e, "option '%s' needs a value", argv[optind - 1]);
            return GO_USAGE;
        default:
            if (optopt && optopt < 0x80 && isprint(optopt))
                cz_err_set(e, "unknown option '-%c'", optopt);
            else
                cz_err_set(e, "unknown option '%s'", argv[optind - 1]);
            return GO_USAGE;
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
