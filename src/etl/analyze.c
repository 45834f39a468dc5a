/* analyze.c - `converza-etl analyze [--rules FILE] [--format F] FILE|DIR...`:
 * the KPIs of call files as one JSON object per line on stdout, with no
 * database and no broker. Directories contribute their *.json files (and
 * *.jsonl, *.ndjson, *.txt unless --format seed) in name order. Every call
 * takes the worker's own path (formats.h, then prepare_from_parts: the same
 * cleaning, the same masking of personal data unless --no-redact, the same
 * bound on the text the engine reads), so what analyze prints is what the
 * worker stores in gold; `make eval` measures what ships. Non-seed sources
 * add task, csat and talk metrics when they have them. A file or record that
 * cannot be read or parsed is reported on stderr and skipped, as the worker
 * would quarantine it; the exit status then says something went wrong. */
#include "analyze.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "call.h"
#include "prepare.h"
#include "formats.h"
#include "kpi.h"
#include "settings.h"
#include "talk.h"
#include "textfile.h"
#include "turns.h"
#include "util.h"

#define OUT_FLUSH (256 * 1024)

typedef struct {
    prepare_opts prep; /* rules, masking: as the worker's */
    kpi_scratch *scratch;
    strbuf in;  /* file contents, reused */
    strbuf out; /* pending output, flushed in large writes */
    int failed;
    long max_file_size; /* the worker's default: larger files are not read */
    fmt_opts fo;       /* --format, --transcript, --agent, --time */
    fmt_records recs;  /* records of the current file, reused */
} an_ctx;

static void usage(FILE *f)
{
    fputs("usage: converza-etl analyze [--rules FILE] [--format FORMAT] FILE|DIR...\n"
          "Prints the KPIs of each call file as one JSON object per line.\n"
          "  -r, --rules FILE   rules file (default: $CONVERZA_RULES, rules/converza.rules,\n"
          "                     or the installed converza.rules)\n"
          "  -f, --format F     auto (default), seed, jsonl, text, hvb, transcribe\n"
          "      --no-redact    keep personal data in the evidence, as the worker's --no-redact\n"
          "      --transcript human|machine\n"
          "                     Harper Valley Bank text: corrected (default) or ASR\n"
          "      --agent NAME, --time ISO8601\n"
          "                     defaults for files that do not name them (text, transcribe)\n"
          "  -h, --help         this help\n",
          f);
}

static void flush_out(an_ctx *c, bool force)
{
    if (!force && c->out.len < OUT_FLUSH)
        return;
    if (c->out.len && fwrite(c->out.s, 1, c->out.len, stdout) != c->out.len)
        c->failed = 1;
    sb_clear(&c->out);
}


/* Fields a non-seed source may add: task, csat, the source's own customer
 * sentiment, and the talk metrics (talk.h) when the turns have times. */
static void put_extra(strbuf *o, const prepared_call *p, const fmt_meta *meta)
{
    const talk_metrics *m = &p->talk;
    if (p->task) {
        sb_puts(o, ",\"task\":");
        sb_json_string(o, p->task);
    }
    if (p->csat >= 0)
        sb_printf(o, ",\"csat\":%d", p->csat);
    if (meta->has_src_sentiment)
        sb_printf(o, ",\"source_sentiment\":%.3f", meta->src_sentiment);
    int64_t dur = m->times_known ? m->duration_ms : meta->call_ms;
    if (dur >= 0)
        sb_printf(o, ",\"duration_ms\":%lld", (long long)dur);
    if (m->times_known)
        sb_printf(o, ",\"agent_talk_pct\":%.2f,\"customer_talk_pct\":%.2f,\"silence_pct\":%.2f,"
                     "\"overlap_ms\":%lld,\"longest_monologue_ms\":%lld,\"interruptions\":%d",
                  talk_pct(m->agent_bp), talk_pct(m->customer_bp), talk_pct(m->silence_bp),
                  (long long)m->overlap_ms, (long long)m->longest_monologue_ms, m->interruptions);
    sb_printf(o, ",\"customer_questions\":%d", m->customer_questions);
}

/* fmt_read_fn for Harper Valley Bank metadata. */
static int read_meta(void *ctx, const char *path, char **buf, size_t *len, cz_err *err)
{
    const an_ctx *c = ctx;
    strbuf b = SB_INIT;
    if (tf_read_at(AT_FDCWD, path, c->max_file_size, &b, err) < 0) {
        sb_free(&b);
        return -1;
    }
    *len = b.len;
    *buf = sb_steal(&b);
    return 0;
}

/* The KPIs of one prepared call as one output line; extra adds what a
 * non-seed source knows beyond the seed fields. */
static void put_call(an_ctx *c, const prepared_call *p, const fmt_meta *meta, bool extra)
{
    strbuf *o = &c->out;
    const kpi_result *res = &p->kpi;
    sb_puts(o, "{\"call_id\":");
    sb_json_string(o, p->call.call_id);
    sb_puts(o, ",\"agent_name\":");
    sb_json_string(o, p->call.agent_name);
    sb_puts(o, res->is_conversion ? ",\"is_conversion\":true,\"upsell_amount\":"
                                  : ",\"is_conversion\":false,\"upsell_amount\":");
    sb_fixed(o, res->upsell_cents, 2);
    sb_puts(o, ",\"sentiment_label\":\"");
    sb_puts(o, kpi_sentiment_label(res->sentiment));
    sb_puts(o, "\",\"sentiment_score\":");
    /* three decimals, rounded half away from zero as printf's %.3f does */
    double sc = res->sentiment_score * 1000.0;
    sb_fixed(o, (int64_t)(sc < 0 ? sc - 0.5 : sc + 0.5), 3);
    sb_puts(o, ",\"evidence\":");
    kpi_evidence_json_append(res, o); /* what the worker stores as evidence_json */
    if (extra)
        put_extra(o, p, meta);
    sb_puts(o, "}\n");
    flush_out(c, false);
}

/* path names the file in messages and to the format parsers; it is opened as
 * name relative to dfd. One output line per call, one stderr line per record
 * the worker would quarantine ("FILE:LINE: reason" for JSON Lines). */
static void analyze_file(an_ctx *c, int dfd, const char *name, const char *path, bool is_reg)
{
    cz_err err = {{0}};
    /* Relative to an open directory the kernel resolves one name, not the
     * whole path; the file must be regular and within max_file_size. What
     * the listing called regular is read without an fstat. */
    if ((is_reg ? tf_read_reg_at : tf_read_at)(dfd, name, c->max_file_size, &c->in, &err) < 0) {
        fprintf(stderr, "converza-etl analyze: %s: cannot read: %s\n", path, err.msg);
        c->failed = 1;
        return;
    }
    fmt_records_clear(&c->recs);
    fmt_parse(path, c->in.s, c->in.len, &c->fo, &c->recs);
    bool extra = c->recs.format != FMT_SEED;
    /* a seed call's line shows none of the talk metrics (put_extra) */
    c->prep.no_questions = !extra;
    for (size_t i = 0; i < c->recs.n; i++) {
        fmt_record *r = &c->recs.v[i];
        const char *why = r->error;
        prepared_call p;
        if (!why && prepare_from_parts(&c->prep, c->scratch, &r->call, &r->turns, &r->meta,
                                       c->in.s + r->raw_off, r->raw_len, &p, &err) == 0) {
            put_call(c, &p, &r->meta, extra);
            prepared_call_free(&p);
            continue;
        }
        fprintf(stderr, "converza-etl analyze: %s%s%.0d: %s\n", path, r->line_no ? ":" : "",
                r->line_no, why ? why : err.msg);
        c->failed = 1;
    }
    fmt_records_clear(&c->recs);
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n > k && strcmp(s + n - k, suf) == 0;
}

static int json_name(const struct dirent *d)
{
    const char *s = d->d_name;
    return s[0] != '.' && (ends_with(s, ".json") || ends_with(s, ".jsonl") ||
                           ends_with(s, ".ndjson") || ends_with(s, ".txt"));
}

/* Name order by bytes: what alphasort gives in the C locale this program
 * runs in (it never calls setlocale), without strcoll's cost per comparison,
 * which over 100,000 names was most of a second of CPU. */
static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static bool dir_exists(void *ctx, const char *dir)
{
    (void)ctx;
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
}

static void analyze_dir(an_ctx *c, const char *dir)
{
    struct dirent **names;
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    int n = dfd < 0 ? -1 : scandir(dir, &names, json_name, by_name);
    if (n < 0) {
        fprintf(stderr, "converza-etl analyze: %s: cannot read directory: %s\n", dir,
                strerror(errno));
        c->failed = 1;
        if (dfd >= 0)
            close(dfd);
        return;
    }
    strbuf path = SB_INIT;
    for (int i = 0; i < n; i++) {
        sb_clear(&path);
        sb_puts(&path, dir);
        if (path.len && path.s[path.len - 1] != '/')
            sb_putc(&path, '/');
        sb_puts(&path, names[i]->d_name);
        /* seed directories hold *.json only; Harper Valley Bank metadata is
         * read with its transcript, never as a call */
        if ((c->fo.format != FMT_SEED || ends_with(path.s, ".json")) &&
            !fmt_hvb_is_metadata(path.s, dir_exists, NULL))
            analyze_file(c, dfd, names[i]->d_name, path.s, names[i]->d_type == DT_REG);
        free(names[i]);
    }
    free(names);
    close(dfd);
    sb_free(&path);
}

int analyze_main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"rules", required_argument, NULL, 'r'},
        {"format", required_argument, NULL, 'f'},
        {"transcript", required_argument, NULL, 't'},
        {"agent", required_argument, NULL, 'a'},
        {"time", required_argument, NULL, 'T'},
        {"no-redact", no_argument, NULL, 'R'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *rules_path = NULL;
    bool redact = true;
    fmt_opts fo = {.format = FMT_AUTO, .read_file = read_meta};
    int64_t epoch;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "r:f:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'r':
            rules_path = optarg;
            break;
        case 'f':
            if (fmt_from_name(optarg, &fo.format) < 0) {
                fprintf(stderr, "converza-etl analyze: unknown format %s (auto, seed, jsonl, "
                                "text, hvb, transcribe)\n", optarg);
                return EX_USAGE;
            }
            break;
        case 't':
            if (strcmp(optarg, "human") != 0 && strcmp(optarg, "machine") != 0) {
                fprintf(stderr, "converza-etl analyze: --transcript takes human or machine\n");
                return EX_USAGE;
            }
            fo.hvb_machine = strcmp(optarg, "machine") == 0;
            break;
        case 'a':
            fo.default_agent = optarg;
            break;
        case 'T':
            if (cz_time_parse(optarg, &epoch) < 0) {
                fprintf(stderr, "converza-etl analyze: --time %s is not ISO 8601\n", optarg);
                return EX_USAGE;
            }
            fo.default_timestamp = optarg;
            break;
        case 'R':
            redact = false;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return EX_USAGE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "converza-etl analyze: no call files given\n");
        usage(stderr);
        return EX_USAGE;
    }
    char *path = kpi_rules_path(rules_path);
    cz_err err = {{0}};
    kpi_rules *rules = kpi_rules_load(path, &err);
    free(path);
    if (!rules) {
        fprintf(stderr, "converza-etl analyze: %s\n", err.msg);
        return EX_CONFIG;
    }
    an_ctx c = {.prep = {.rules = rules, .redact_pii = redact, .kpis_only = true}, .in = SB_INIT, .out = SB_INIT, .fo = fo,
                .recs = FMT_RECORDS_INIT};
    c.fo.read_ctx = &c;
    cz_settings defaults;
    settings_init(&defaults);
    c.max_file_size = defaults.max_file_size;
    settings_free(&defaults);
    c.scratch = kpi_scratch_new(rules);
    if (!c.scratch) {
        fprintf(stderr, "converza-etl analyze: cannot allocate matching memory\n");
        kpi_rules_free(rules);
        return EX_SOFTWARE;
    }
    for (int i = optind; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            analyze_dir(&c, argv[i]);
        else
            analyze_file(&c, AT_FDCWD, argv[i], argv[i], false);
    }
    flush_out(&c, true);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "converza-etl analyze: writing output: %s\n", strerror(errno));
        c.failed = 1;
    }
    sb_free(&c.in);
    sb_free(&c.out);
    fmt_records_free(&c.recs);
    kpi_scratch_free(c.scratch);
    kpi_rules_free(rules);
    return c.failed ? 1 : 0;
}
