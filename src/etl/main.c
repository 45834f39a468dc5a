/* main.c - converza-etl: command line, configuration, signals, and dispatch to
 * the worker (default), `analyze`, `report` and `reprocess`. */
#include <getopt.h>
#include <mosquitto.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyze.h"
#include "formats.h"
#include "kpi.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "pg_schema.h"
#include "publish.h"
#include "report.h"
#include "reprocess.h"
#include "settings.h"
#include "worker.h"

/* sysexits.h values */
#define EX_USAGE 64
#define EX_NOINPUT 66
#define EX_UNAVAILABLE 69
#define EX_SOFTWARE 70
#define EX_CONFIG 78

static const char USAGE[] =
    "Usage: converza-etl [OPTIONS]                 load call files into PostgreSQL\n"
    "       converza-etl analyze [--rules FILE] FILE|DIR...   KPIs as JSON lines, no database\n"
    "       converza-etl report [--json] [--db CONNINFO]      overall and per-agent KPIs\n"
    "       converza-etl reprocess [--from DATE] [--to DATE]  recompute silver and gold\n"
    "       converza-etl counters                     the KPI counters and where each is kept\n"
    "\n"
    "Options:\n"
    "  --once                 process every pending file, then exit\n"
    "  --input DIR            directory of raw call files (searched recursively)\n"
    "  --input-format FMT     auto (default), seed, jsonl, text, hvb or transcribe\n"
    "  --transcript WHICH     Harper Valley: human (default) or machine transcript\n"
    "  --default-agent NAME   agent for files that do not name one (text, transcribe)\n"
    "  --db CONNINFO          libpq connection string or URI (default: PG* variables)\n"
    "  --db-password-file F   read the database password from F\n"
    "  --interval SECONDS     daemon scan interval (default 30)\n"
    "  --batch-size N         files per transaction (default 1000)\n"
    "  --max-file-size BYTES  larger files are quarantined (default 8388608)\n"
    "  --rules FILE           KPI rules file (default: installed converza.rules)\n"
    "  --no-redact            keep personal data (card numbers, SSNs...) in silver and gold\n"
    "  --give-up-after SECONDS  exit 69 when the database stays down this long (default: never)\n"
    "  --config FILE          configuration file (default: $XDG_CONFIG_HOME/converza/converza.conf,\n"
    "                         then " CZ_SYSCONFDIR "/converza/converza.conf)\n"
    "  --log-level LEVEL      error, warn, info or debug (default info)\n"
    "  --no-mqtt              do not publish to MQTT\n"
    "  --mqtt-host HOST, --mqtt-port PORT, --mqtt-client-id ID, --mqtt-keepalive SECONDS,\n"
    "  --mqtt-username USER, --mqtt-password-file FILE, --mqtt-password PASS (visible to ps: avoid),\n"
    "  --mqtt-cafile FILE, --mqtt-cert FILE, --mqtt-key FILE, --mqtt-prefix PREFIX (default converza/v1)\n"
    "  -h, --help             show this help\n"
    "  -V, --version          show the version\n"
    "\n"
    "Every option can also be set as CONVERZA_<NAME> in the environment or NAME = value in the\n"
    "configuration file; see converza-etl(1) and converza.conf(5).\n";

static void on_signal(int sig)
{
    if (sig == SIGHUP)
        g_reload = 1;
    else
        g_stop = 1;
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

enum { OPT_SET = 1000, OPT_NO_MQTT, OPT_NO_REDACT, OPT_GIVE_UP, OPT_JSON, OPT_FROM, OPT_TO };

/* Options whose argument is a setting of the same name (with '-' for '_'). */
static const struct option LONGOPTS[] = {
    {"once", no_argument, NULL, 'o'},
    {"config", required_argument, NULL, 'c'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {"no-mqtt", no_argument, NULL, OPT_NO_MQTT},
    {"no-redact", no_argument, NULL, OPT_NO_REDACT},
    {"give-up-after", required_argument, NULL, OPT_GIVE_UP},
    {"json", no_argument, NULL, OPT_JSON},
    {"from", required_argument, NULL, OPT_FROM},
    {"to", required_argument, NULL, OPT_TO},
    {"input", required_argument, NULL, OPT_SET},
    {"input-format", required_argument, NULL, OPT_SET},
    {"transcript", required_argument, NULL, OPT_SET},
    {"default-agent", required_argument, NULL, OPT_SET},
    {"db", required_argument, NULL, OPT_SET},
    {"db-password-file", required_argument, NULL, OPT_SET},
    {"interval", required_argument, NULL, OPT_SET},
    {"batch-size", required_argument, NULL, OPT_SET},
    {"max-file-size", required_argument, NULL, OPT_SET},
    {"rules", required_argument, NULL, OPT_SET},
    {"log-level", required_argument, NULL, OPT_SET},
    {"mqtt-host", required_argument, NULL, OPT_SET},
    {"mqtt-port", required_argument, NULL, OPT_SET},
    {"mqtt-client-id", required_argument, NULL, OPT_SET},
    {"mqtt-keepalive", required_argument, NULL, OPT_SET},
    {"mqtt-username", required_argument, NULL, OPT_SET},
    {"mqtt-password", required_argument, NULL, OPT_SET},
    {"mqtt-password-file", required_argument, NULL, OPT_SET},
    {"mqtt-cafile", required_argument, NULL, OPT_SET},
    {"mqtt-cert", required_argument, NULL, OPT_SET},
    {"mqtt-key", required_argument, NULL, OPT_SET},
    {"mqtt-prefix", required_argument, NULL, OPT_SET},
    {NULL, 0, NULL, 0},
};

typedef struct {
    const char *cmd;          /* NULL = the worker */
    int once, json, give_up_after;
    const char *config;
    const char *from, *to;
    const char *set_key[64], *set_val[64];
    int nset;
} cli;

static int parse_cli(int argc, char **argv, cli *c)
{
    memset(c, 0, sizeof *c);
    int idx;
    optind = 1;
    for (;;) {
        idx = -1;
        int o = getopt_long(argc, argv, "hV", LONGOPTS, &idx);
        if (o == -1)
            break;
        switch (o) {
        case 'h':
            fputs(USAGE, stdout);
            exit(0);
        case 'V':
            printf("converza-etl %s\n", CZ_VERSION);
            exit(0);
        case 'o': c->once = 1; break;
        case 'c': c->config = optarg; break;
        case OPT_JSON: c->json = 1; break;
        case OPT_FROM: c->from = optarg; break;
        case OPT_TO: c->to = optarg; break;
        case OPT_GIVE_UP: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 0 || v > INT_MAX) {
                fprintf(stderr, "converza-etl: --give-up-after needs seconds, got \"%s\"\n", optarg);
                return EX_USAGE;
            }
            c->give_up_after = (int)v;
            break;
        }
        case OPT_NO_MQTT:
        case OPT_NO_REDACT:
        case OPT_SET:
            if (c->nset == 64)
                return EX_USAGE;
            c->set_key[c->nset] = o == OPT_NO_MQTT ? "mqtt" : o == OPT_NO_REDACT ? "redact_pii"
                                                                                 : LONGOPTS[idx].name;
            c->set_val[c->nset++] = o == OPT_SET ? optarg : "false";
            if (o == OPT_SET && strcmp(LONGOPTS[idx].name, "mqtt-password") == 0)
                fprintf(stderr, "converza-etl: warning: a password on the command line is visible"
                                " to other users; use --mqtt-password-file or the config file\n");
            break;
        default:
            fprintf(stderr, "Try 'converza-etl --help'.\n");
            return EX_USAGE;
        }
    }
    return 0;
}

static int load_settings(const cli *c, cz_settings *s)
{
    cz_err err;
    settings_init(s);
    if (settings_load(s, c->config, &err) < 0) {
        fprintf(stderr, "converza-etl: %s\n", err.msg);
        return EX_CONFIG;
    }
    for (int i = 0; i < c->nset; i++)
        if (settings_set(s, c->set_key[i], c->set_val[i], &err) < 0) {
            fprintf(stderr, "converza-etl: --%s\n", err.msg);
            return EX_USAGE;
        }
    fmt_kind k;
    if (fmt_from_name(s->input_format, &k) < 0) {
        fprintf(stderr, "converza-etl: unknown input format \"%s\" (auto, seed, jsonl, text,"
                        " hvb, transcribe)\n", s->input_format);
        return EX_CONFIG;
    }
    if (strcmp(s->transcript, "human") != 0 && strcmp(s->transcript, "machine") != 0) {
        fprintf(stderr, "converza-etl: transcript must be human or machine, not \"%s\"\n",
                s->transcript);
        return EX_CONFIG;
    }
    if (log_set_level_name(s->log_level) < 0) {
        fprintf(stderr, "converza-etl: unknown log level \"%s\" (error, warn, info, debug)\n",
                s->log_level);
        return EX_CONFIG;
    }
    return 0;
}

static int open_db(const cz_settings *s, int give_up_after, PGconn **out)
{
    cz_err err;
    *out = pg_connect_retry(s->db, s->db_password_file, (volatile int *)&g_stop, give_up_after,
                            &err);
    if (!*out) {
        if (g_stop)
            return -1;
        log_error("%s", err.msg);
        return EX_UNAVAILABLE;
    }
    int rc = pg_migrate(*out, &err);
    if (rc < 0) {
        log_error("%s", err.msg);
        PQfinish(*out);
        *out = NULL;
        return rc == -2 ? EX_CONFIG : EX_UNAVAILABLE;
    }
    return 0;
}

static int run_worker(const cli *c, cz_settings *s)
{
    if (!*s->input) {
        fprintf(stderr, "converza-etl: no input directory: give --input DIR (or input = DIR in"
                        " the config file)\n");
        return EX_USAGE;
    }
    worker w;
    memset(&w, 0, sizeof w);
    w.s = s;
    w.config_path = c->config;
    w.flag_key = c->set_key;
    w.flag_val = c->set_val;
    w.nflags = c->nset;
    w.give_up_after = c->give_up_after;
    w.input_abs = realpath(s->input, NULL);
    if (!w.input_abs) {
        log_error("cannot use input directory %s: %m", s->input);
        return EX_NOINPUT;
    }
    cz_err err;
    char *rules_path = kpi_rules_path(s->rules);
    w.rules = kpi_rules_load(rules_path, &err);
    if (!w.rules) {
        log_error("%s", err.msg);
        free(rules_path);
        free(w.input_abs);
        return EX_CONFIG;
    }
    log_info("converza-etl %s: rules %s (version %s)", CZ_VERSION, rules_path,
             kpi_rules_version(w.rules));
    free(rules_path);
    int rc = 0;
    mosquitto_lib_init();
    if (s->mqtt) {
        w.pub = publisher_new(s, &err);
        if (!w.pub) {
            log_error("%s", err.msg);
            rc = EX_CONFIG;
        }
    }
    if (!rc) {
        rc = open_db(s, c->give_up_after, &w.conn);
        if (rc < 0)
            rc = 0; /* stopped by a signal while waiting */
        else if (!rc) {
            worker_publish(&w, NULL);
            rc = c->once ? worker_run_once(&w) : worker_run_daemon(&w);
        }
    }
    publisher_free(w.pub);
    mosquitto_lib_cleanup();
    if (w.conn)
        PQfinish(w.conn);
    kpi_rules_free(w.rules);
    free(w.input_abs);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "analyze") == 0)
        return analyze_main(argc - 1, argv + 1);
    if (argc == 2 && strcmp(argv[1], "counters") == 0) {
        report_counters(stdout);
        return 0;
    }
    install_signals();
    const char *cmd = NULL;
    if (argc > 1 && (strcmp(argv[1], "report") == 0 || strcmp(argv[1], "reprocess") == 0)) {
        cmd = argv[1];
        argc--;
        argv++;
    }
    cli c;
    int rc = parse_cli(argc, argv, &c);
    if (rc)
        return rc;
    if (optind < argc) {
        fprintf(stderr, "converza-etl: unexpected argument \"%s\"\nTry 'converza-etl --help'.\n",
                argv[optind]);
        return EX_USAGE;
    }
    cz_settings s;
    rc = load_settings(&c, &s);
    if (rc) {
        settings_free(&s);
        return rc;
    }
    if (!cmd) {
        rc = run_worker(&c, &s);
    } else {
        PGconn *conn;
        rc = open_db(&s, c.give_up_after ? c.give_up_after : 1, &conn);
        if (!rc) {
            if (strcmp(cmd, "report") == 0)
                rc = report_write(conn, c.json, stdout) < 0 ? EX_SOFTWARE : 0;
            else {
                cz_err err;
                if (pg_worker_lock(conn, (volatile int *)&g_stop, &err) < 0) {
                    log_error("%s", err.msg);
                    rc = EX_UNAVAILABLE;
                } else {
                    rc = reprocess_run(conn, &s, c.from, c.to);
                }
            }
            PQfinish(conn);
        } else if (rc < 0) {
            rc = EX_UNAVAILABLE;
        }
    }
    settings_free(&s);
    return rc;
}
