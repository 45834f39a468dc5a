/* opts.c - command-line parsing and the --help text, both from one option
 * table (see opts.h). */
#include "opts.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef enum { O_SETTING, O_CONFIG, O_WALLBOARD, O_ASCII, O_HELP, O_VERSION, O_MAN_KEYS,
               O_BENCH, O_BENCH_AGENTS } opt_kind;

typedef struct {
    const char *name;
    const char *arg;      /* argument name, NULL for a switch */
    opt_kind kind;
    const char *setting;  /* for O_SETTING */
    const char *help;     /* NULL: hidden */
} opt_def;

static const opt_def OPTS[] = {
    {"mqtt-host", "HOST", O_SETTING, "mqtt_host", "broker host name or address (localhost)"},
    {"mqtt-port", "PORT", O_SETTING, "mqtt_port", "broker port (1883)"},
    {"mqtt-client-id", "ID", O_SETTING, "mqtt_client_id",
     "client id (converza-tui-HOST-PID; must be unique)"},
    {"mqtt-keepalive", "SECONDS", O_SETTING, "mqtt_keepalive", "keepalive interval (30)"},
    {"mqtt-username", "USER", O_SETTING, "mqtt_username", "user name for the broker"},
    {"mqtt-password", "PASSWORD", O_SETTING, "mqtt_password",
     "password (visible to other users; prefer --mqtt-password-file)"},
    {"mqtt-password-file", "FILE", O_SETTING, "mqtt_password_file",
     "read the password from the first line of FILE"},
    {"mqtt-cafile", "FILE", O_SETTING, "mqtt_cafile", "CA certificates: connect with TLS"},
    {"mqtt-cert", "FILE", O_SETTING, "mqtt_cert", "client certificate for TLS"},
    {"mqtt-key", "FILE", O_SETTING, "mqtt_key", "client private key for TLS"},
    {"mqtt-prefix", "PREFIX", O_SETTING, "mqtt_prefix", "topic prefix (converza/v1)"},
    {"config", "FILE", O_CONFIG, NULL, "configuration file (converza.conf(5))"},
    {"refresh", "SECONDS", O_SETTING, "refresh", "seconds between repaints (30)"},
    {"stale-after", "SECONDS", O_SETTING, "stale_after",
     "warn STALE after this long without an update (120)"},
    {"wallboard", NULL, O_WALLBOARD, NULL, "start in the wallboard view"},
    {"wall-pages", "LIST", O_SETTING, "wall_pages",
     "wallboard pages that rotate, in order (kpis,agents,trends)"},
    {"wall-interval", "SECONDS", O_SETTING, "wall_interval", "seconds per wallboard page (8)"},
    {"wall-top", "N", O_SETTING, "wall_top", "agents on the wallboard's agent page (10)"},
    {"ascii", NULL, O_ASCII, NULL, "ASCII glyphs only, even in a UTF-8 locale"},
    {"help", NULL, O_HELP, NULL, "show this help and exit"},
    {"version", NULL, O_VERSION, NULL, "show the version and exit"},
    /* Development aids, not in --help: */
    {"man-keys", NULL, O_MAN_KEYS, NULL, NULL},   /* the key table as roff */
    {"bench-render", "N", O_BENCH, NULL, NULL},   /* time N frames off-screen */
    {"bench-agents", "N", O_BENCH_AGENTS, NULL, NULL},
};

#define NOPTS (sizeof OPTS / sizeof OPTS[0])
#define OPT_BASE 256

void opts_usage(FILE *f)
{
    fputs("Usage: converza-tui [OPTION]...\n"
          "Live terminal dashboard of Converza call KPIs, read from the MQTT snapshots\n"
          "the converza-etl worker publishes.\n\nOptions:\n",
          f);
    for (size_t i = 0; i < NOPTS; i++) {
        if (OPTS[i].help)
            cz_help_option(f, 28, 0, OPTS[i].name, OPTS[i].arg, OPTS[i].help);
    }
    fputs("\nSettings come from the config file, then CONVERZA_* environment variables\n"
          "(e.g. CONVERZA_MQTT_PASSWORD), then these options. NO_COLOR turns colours off.\n"
          "Keys: q quits, ? shows the key help. See converza-tui(1), converza-mqtt(7).\n"
          "Exit status: 0 ok, 64 usage error, 69 no usable terminal, 78 configuration error.\n",
          f);
}

static int parse_long(const char *name, const char *v, long min, long max, long *out, cz_err *err)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max) {
        cz_err_set(err, "--%s: expected a number from %ld to %ld, got \"%s\"", name, min, max, v);
        return -1;
    }
    *out = n;
    return 0;
}

int opts_parse(int argc, char **argv, tui_opts *o, cz_err *err)
{
    memset(o, 0, sizeof *o);
    o->bench_agents = 500;
    o->set_key = xcalloc((size_t)argc + 1, sizeof *o->set_key);
    o->set_val = xcalloc((size_t)argc + 1, sizeof *o->set_val);
    struct option lo[NOPTS + 1];
    for (size_t i = 0; i < NOPTS; i++)
        lo[i] = (struct option){OPTS[i].name, OPTS[i].arg ? required_argument : no_argument, NULL,
                                OPT_BASE + (int)i};
    lo[NOPTS] = (struct option){NULL, 0, NULL, 0};
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, ":", lo, NULL)) != -1) {
        if (c == '?') {
            cz_err_set(err, "unknown option \"%s\"", argv[optind - 1]);
            return -1;
        }
        if (c == ':') {
            cz_err_set(err, "option \"%s\" needs an argument", argv[optind - 1]);
            return -1;
        }
        const opt_def *d = &OPTS[c - OPT_BASE];
        switch (d->kind) {
        case O_SETTING:
            o->set_key[o->nset] = xstrdup(d->setting);
            o->set_val[o->nset] = xstrdup(optarg);
            o->nset++;
            if (strcmp(d->setting, "mqtt_password") == 0) {
                o->password_on_argv = true;
                memset(optarg, 'x', strlen(optarg)); /* hide it from ps from now on */
            }
            break;
        case O_CONFIG:
            free(o->config);
            o->config = xstrdup(optarg);
            break;
        case O_WALLBOARD: o->wallboard = true; break;
        case O_ASCII: o->ascii = true; break;
        case O_HELP: o->help = true; break;
        case O_VERSION: o->version = true; break;
        case O_MAN_KEYS: o->man_keys = true; break;
        case O_BENCH:
            if (parse_long(d->name, optarg, 1, 1000000, &o->bench_frames, err) < 0)
                return -1;
            break;
        case O_BENCH_AGENTS:
            if (parse_long(d->name, optarg, 0, 10000, &o->bench_agents, err) < 0)
                return -1;
            break;
        }
    }
    if (optind < argc) {
        cz_err_set(err, "unexpected argument \"%s\"", argv[optind]);
        return -1;
    }
    return 0;
}

void opts_free(tui_opts *o)
{
    if (!o)
        return;
    for (int i = 0; i < o->nset; i++) {
        free(o->set_key[i]);
        free(o->set_val[i]);
    }
    free(o->set_key);
    free(o->set_val);
    free(o->config);
    memset(o, 0, sizeof *o);
}
