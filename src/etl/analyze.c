/* analyze.c - `converza-etl analyze [--rules FILE] FILE|DIR...`: the KPIs of
 * seed-format call files as one JSON object per line on stdout, with no
 * database and no broker. Directories contribute their *.json files in name
 * order. A file that cannot be read or parsed is reported on stderr and
 * skipped; the exit status then says something went wrong. */
#include "analyze.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "call.h"
#include "kpi.h"
#include "turns.h"
#include "util.h"

#define EX_USAGE_ 64
#define EX_CONFIG_ 78
#define OUT_FLUSH (256 * 1024)

typedef struct {
    const kpi_rules *rules;
    kpi_scratch *scratch;
    strbuf in;  /* file contents, reused */
    strbuf out; /* pending output, flushed in large writes */
    int failed;
} an_ctx;

static void usage(FILE *f)
{
    fputs("usage: converza-etl analyze [--rules FILE] FILE|DIR...\n"
          "Prints the KPIs of each call file as one JSON object per line.\n"
          "  -r, --rules FILE   rules file (default: $CONVERZA_RULES, rules/converza.rules,\n"
          "                     or the installed converza.rules)\n"
          "  -h, --help         this help\n",
          f);
}

static void json_str(strbuf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    sb_reserve(b, strlen(s) + 2);
    sb_putc(b, '"');
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        /* copy runs that need no escaping in one go */
        const unsigned char *q = p;
        while (*q && *q != '"' && *q != '\\' && *q >= 0x20)
            q++;
        if (q > p)
            sb_append(b, (const char *)p, (size_t)(q - p));
        if (!*q)
            break;
        if (*q == '"' || *q == '\\') {
            char esc[2] = {'\\', (char)*q};
            sb_append(b, esc, 2);
        } else {
            char u[6] = {'\\', 'u', '0', '0', hex[*q >> 4], hex[*q & 15]};
            sb_append(b, u, 6);
        }
        p = q + 1;
    }
    sb_putc(b, '"');
}

static void flush_out(an_ctx *c, bool force)
{
    if (!force && c->out.len < OUT_FLUSH)
        return;
    if (c->out.len && fwrite(c->out.s, 1, c->out.len, stdout) != c->out.len)
        c->failed = 1;
    sb_clear(&c->out);
}

static int read_file(const char *path, strbuf *b, cz_err *err)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        cz_err_set(err, "%s", strerror(errno));
        return -1;
    }
    sb_clear(b);
    struct stat st;
    if (fstat(fd, &st) == 0 && st.st_size > 0)
        sb_reserve(b, (size_t)st.st_size);
    for (;;) {
        sb_reserve(b, 65536);
        ssize_t n = read(fd, b->s + b->len, b->cap - b->len - 1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            cz_err_set(err, "%s", strerror(errno));
            close(fd);
            return -1;
        }
        if (n == 0)
            break;
        b->len += (size_t)n;
    }
    b->s[b->len] = '\0';
    close(fd);
    return 0;
}

static void analyze_file(an_ctx *c, const char *path)
{
    cz_err err = {{0}};
    if (read_file(path, &c->in, &err) < 0) {
        fprintf(stderr, "converza-etl analyze: %s: cannot read: %s\n", path, err.msg);
        c->failed = 1;
        return;
    }
    call_t call = {0};
    if (call_parse_json(c->in.s, c->in.len, &call, &err) < 0) {
        fprintf(stderr, "converza-etl analyze: %s: %s\n", path, err.msg);
        c->failed = 1;
        return;
    }
    turns_t turns = TURNS_INIT;
    kpi_result res;
    /* An empty transcript still has KPIs: nothing bought, neutral. */
    (void)turns_split(call.transcript, &turns, &err);
    if (kpi_extract(c->rules, c->scratch, &turns, &res, &err) < 0) {
        fprintf(stderr, "converza-etl analyze: %s: %s\n", path, err.msg);
        c->failed = 1;
        turns_free(&turns);
        call_free(&call);
        return;
    }
    strbuf *o = &c->out;
    sb_puts(o, "{\"call_id\":");
    json_str(o, call.call_id);
    sb_puts(o, ",\"agent_name\":");
    json_str(o, call.agent_name);
    int64_t u = res.upsell_cents;
    char num[256];
    int n = snprintf(num, sizeof num,
                     ",\"is_conversion\":%s,\"upsell_amount\":%lld.%02lld,\"sentiment_label\":\"%s\","
                     "\"sentiment_score\":%.3f,\"evidence\":",
                     res.is_conversion ? "true" : "false", (long long)(u / 100),
                     (long long)(u % 100), kpi_sentiment_label(res.sentiment),
                     res.sentiment_score);
    sb_append(o, num, n > 0 && (size_t)n < sizeof num ? (size_t)n : 0);
    char *ev = kpi_evidence_json(&res);
    sb_puts(o, ev);
    sb_puts(o, "}\n");
    free(ev);
    kpi_result_free(&res);
    turns_free(&turns);
    call_free(&call);
    flush_out(c, false);
}

static int json_name(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 5 && strcmp(d->d_name + n - 5, ".json") == 0;
}

static void analyze_dir(an_ctx *c, const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, json_name, alphasort);
    if (n < 0) {
        fprintf(stderr, "converza-etl analyze: %s: cannot read directory: %s\n", dir,
                strerror(errno));
        c->failed = 1;
        return;
    }
    strbuf path = SB_INIT;
    for (int i = 0; i < n; i++) {
        sb_clear(&path);
        sb_puts(&path, dir);
        if (path.len && path.s[path.len - 1] != '/')
            sb_putc(&path, '/');
        sb_puts(&path, names[i]->d_name);
        analyze_file(c, path.s);
        free(names[i]);
    }
    free(names);
    sb_free(&path);
}

int analyze_main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"rules", required_argument, NULL, 'r'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *rules_path = NULL;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "r:h", opts, NULL)) != -1) {
        switch (ch) {
        case 'r':
            rules_path = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return EX_USAGE_;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "converza-etl analyze: no call files given\n");
        usage(stderr);
        return EX_USAGE_;
    }
    char *path = kpi_rules_path(rules_path);
    cz_err err = {{0}};
    kpi_rules *rules = kpi_rules_load(path, &err);
    free(path);
    if (!rules) {
        fprintf(stderr, "converza-etl analyze: %s\n", err.msg);
        return EX_CONFIG_;
    }
    an_ctx c = {.rules = rules, .in = SB_INIT, .out = SB_INIT};
    c.scratch = kpi_scratch_new(rules);
    if (!c.scratch) {
        fprintf(stderr, "converza-etl analyze: cannot allocate matching memory\n");
        kpi_rules_free(rules);
        return 70;
    }
    for (int i = optind; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            analyze_dir(&c, argv[i]);
        else
            analyze_file(&c, argv[i]);
    }
    flush_out(&c, true);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "converza-etl analyze: writing output: %s\n", strerror(errno));
        c.failed = 1;
    }
    sb_free(&c.in);
    sb_free(&c.out);
    kpi_scratch_free(c.scratch);
    kpi_rules_free(rules);
    return c.failed ? 1 : 0;
}
