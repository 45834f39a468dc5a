/* main.c - converza-etl: command line, configuration, signals, and dispatch to
 * the worker (default), `analyze`, `report` and `reprocess`. */
#include <getopt.h>
#include <mosquitto.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "analyze.h"
#include "formats.h"
#include "input.h"
#include "kpi.h"
#include "log.h"
#include "pg.h"
#include "pg_load.h"
#include "pg_schema.h"
#include "prune.h"
#include "pg_zone.h"
#include "publish.h"
#include "report.h"
#include "reprocess.h"
#include "republish.h"
#include "settings.h"
#include "glance.h"
#include "tz.h"
#include "worker.h"

enum { OPT_SET, OPT_ONCE, OPT_CONFIG, OPT_HELP, OPT_VERSION, OPT_NO_MQTT, OPT_NO_REDACT,
       OPT_GIVE_UP, OPT_JSON, OPT_FROM, OPT_TO, OPT_DRY_RUN };

/* Every option once: getopt's table and the option list of --help are made
 * from it. OPT_SET options set the setting of the same name ('-' for '_'). */
static const struct {
    const char *name;
    const char *arg;    /* argument name, NULL for a switch */
    int kind;
    const char *help;   /* NULL: shown in the usage lines above the list */
} OPTS[] = {
    {"once", NULL, OPT_ONCE, "process every pending file, then exit"},
    {"input", "DIR|s3://B/P", OPT_SET,
     "directory of raw call files (searched recursively), or an S3 bucket and\n"
     "prefix; give it several times for several inputs"},
    {"input-format", "FMT", OPT_SET, "auto (default), seed, jsonl, text, hvb or transcribe"},
    {"transcript", "WHICH", OPT_SET, "Harper Valley: human (default) or machine transcript"},
    {"default-agent", "NAME", OPT_SET, "agent for files that do not name one (text, transcribe)"},
    {"timezone", "ZONE", OPT_SET, "IANA zone of business days and hours (default: the system's)"},
    {"roster", "FILE", OPT_SET, "agent,team CSV overriding the teams in call files"},
    {"hourly-days", "N", OPT_SET, "business days of hourly aggregates kept (default 14)"},
    {"s3-endpoint", "URL", OPT_SET, "S3 endpoint (default: AWS_ENDPOINT_URL_S3, ..., AWS)"},
    {"s3-region", "REGION", OPT_SET, "S3 region (default: AWS_REGION, ..., us-east-1)"},
    {"s3-profile", "NAME", OPT_SET, "profile in ~/.aws/credentials and ~/.aws/config"},
    {"s3-path-style", "auto|true|false", OPT_SET, "path-style addressing (auto: with an endpoint)"},
    {"s3-verify-tls", "true|false", OPT_SET, "verify the S3 server's certificate (default true)"},
    {"s3-access-key-id", "ID", OPT_SET, "S3 access key id (with s3_secret_access_key)"},
    {"s3-retry-for", "SECONDS", OPT_SET, "retry S3 network errors this long (default 300)"},
    {"db", "CONNINFO", OPT_SET, "libpq connection string or URI (default: PG* variables)"},
    {"db-password-file", "F", OPT_SET, "read the database password from F"},
    {"interval", "SECONDS", OPT_SET,
     "daemon: scan interval when inotify cannot watch\nevery input (default 30)"},
    {"rescan-interval", "S", OPT_SET, "daemon: full scan interval while watching (default 600)"},
    {"after-load", "POLICY", OPT_SET,
     "what becomes of a file once its batch commits: keep\n(default), delete, move:DIR (local inputs) or\nmove:s3://B/P (S3 inputs)"},
    {"batch-size", "N", OPT_SET, "files per transaction (default 1000)"},
    {"max-file-size", "BYTES", OPT_SET, "larger files are quarantined (default 8388608)"},
    {"rules", "FILE", OPT_SET, "KPI rules file (default: installed converza.rules)"},
    {"no-redact", NULL, OPT_NO_REDACT,
     "keep personal data (card numbers, SSNs...) in silver and gold"},
    {"give-up-after", "SECONDS", OPT_GIVE_UP,
     "exit 69 when the database stays down this long (default: never)"},
    {"config", "FILE", OPT_CONFIG,
     "configuration file (default: $XDG_CONFIG_HOME/converza/converza.conf,\n"
     "then " CZ_SYSCONFDIR "/converza/converza.conf)"},
    {"log-level", "LEVEL", OPT_SET, "error, warn, info or debug (default info)"},
    {"metrics-file", "FILE", OPT_SET, "write Prometheus metrics to FILE after each batch"},
    {"retain-bronze-months", "N", OPT_SET, "prune: keep N months of bronze (default 0: all)"},
    {"retain-silver-months", "N", OPT_SET, "prune: keep N months of silver (default 0: all)"},
    {"retain-gold-months", "N", OPT_SET, "prune: keep N months of gold (default 0: all)"},
    {"retain-quarantine-months", "N", OPT_SET, "prune: keep N months of quarantine (default 0: all)"},
    {"no-mqtt", NULL, OPT_NO_MQTT, "do not publish to MQTT"},
    {"mqtt-host", "HOST", OPT_SET, "broker host (default localhost)"},
    {"mqtt-port", "PORT", OPT_SET, "broker port (default 1883)"},
    {"mqtt-client-id", "ID", OPT_SET, "client id (default converza-etl-HOST-PID)"},
    {"mqtt-keepalive", "SECONDS", OPT_SET, "keepalive interval (default 30)"},
    {"mqtt-username", "USER", OPT_SET, "user name for the broker"},
    {"mqtt-password-file", "FILE", OPT_SET, "read the broker password from FILE"},
    {"mqtt-password", "PASS", OPT_SET, "broker password (visible to ps: avoid)"},
    {"mqtt-cafile", "FILE", OPT_SET, "CA certificates: connect with TLS"},
    {"mqtt-cert", "FILE", OPT_SET, "client certificate for TLS"},
    {"mqtt-key", "FILE", OPT_SET, "client private key for TLS"},
    {"mqtt-prefix", "PREFIX", OPT_SET, "topic prefix (default converza/v1)"},
    {"alert", "RULE", OPT_SET, "alert rule, as an alert line of converza.conf(5); repeatable"},
    {"json", NULL, OPT_JSON, NULL},
    {"from", "DATE", OPT_FROM, NULL},
    {"to", "DATE", OPT_TO, NULL},
    {"dry-run", NULL, OPT_DRY_RUN, NULL},
    {"help", NULL, OPT_HELP, "show this help"},
    {"version", NULL, OPT_VERSION, "show the version"},
};
#define NOPTS (sizeof OPTS / sizeof OPTS[0])
#define OPT_BASE 256

static void usage(FILE *f)
{
    fputs("Usage: converza-etl [OPTIONS]                 load call files into PostgreSQL\n"
          "       converza-etl analyze [--rules FILE] FILE|DIR...   KPIs as JSON lines, no database\n"
          "       converza-etl report [--json] [--db CONNINFO]      overall and per-agent KPIs\n"
          "       converza-etl reprocess [--from DATE] [--to DATE]  recompute silver and gold\n"
          "       converza-etl counters                     the KPI counters and where each is kept\n"
          "       converza-etl prune [--dry-run]            drop months past the retain_* settings\n"
          "\n"
          "Options:\n",
          f);
    for (size_t i = 0; i < NOPTS; i++) {
        char short_name = OPTS[i].kind == OPT_HELP ? 'h' : OPTS[i].kind == OPT_VERSION ? 'V' : 0;
        if (OPTS[i].help)
            cz_help_option(f, 25, short_name, OPTS[i].name, OPTS[i].arg, OPTS[i].help);
    }
    fputs("\n"
          "Every option can also be set as CONVERZA_<NAME> in the environment or NAME = value in the\n"
          "configuration file; see converza-etl(1) and converza.conf(5).\n",
          f);
}

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

typedef struct {
    const char *cmd;          /* NULL = the worker */
    int once, json, give_up_after, dry_run;
    const char *config;
    const char *from, *to;
    const char *set_key[64], *set_val[64];
    int nset;
} cli;

static int parse_cli(int argc, char **argv, cli *c)
{
    memset(c, 0, sizeof *c);
    struct option lo[NOPTS + 1];
    for (size_t i = 0; i < NOPTS; i++)
        lo[i] = (struct option){OPTS[i].name, OPTS[i].arg ? required_argument : no_argument, NULL,
                                OPT_BASE + (int)i};
    lo[NOPTS] = (struct option){NULL, 0, NULL, 0};
    optind = 1;
    for (;;) {
        int ch = getopt_long(argc, argv, "hV", lo, NULL);
        if (ch == -1)
            break;
        int o = ch == 'h' ? OPT_HELP : ch == 'V' ? OPT_VERSION
              : ch >= OPT_BASE && ch < OPT_BASE + (int)NOPTS ? OPTS[ch - OPT_BASE].kind : -1;
        const char *name = ch >= OPT_BASE && ch < OPT_BASE + (int)NOPTS ? OPTS[ch - OPT_BASE].name
                                                                         : "";
        switch (o) {
        case OPT_HELP:
            usage(stdout);
            exit(0);
        case OPT_VERSION:
            printf("converza-etl %s\n", CZ_VERSION);
            exit(0);
        case OPT_ONCE: c->once = 1; break;
        case OPT_CONFIG: c->config = optarg; break;
        case OPT_JSON: c->json = 1; break;
        case OPT_FROM: c->from = optarg; break;
        case OPT_TO: c->to = optarg; break;
        case OPT_DRY_RUN: c->dry_run = 1; break;
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
                                                                                 : name;
            c->set_val[c->nset++] = o == OPT_SET ? optarg : "false";
            if (o == OPT_SET && strcmp(name, "mqtt-password") == 0)
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
    int inputs = 0;
    for (int i = 0; i < c->nset; i++) {
        /* --input given again adds an input (the list is newline-separated). */
        strbuf more = SB_INIT;
        const char *val = c->set_val[i];
        if (strcmp(c->set_key[i], "input") == 0 && inputs++) {
            sb_printf(&more, "%s\n%s", s->input, val);
            val = more.s;
        }
        int set = settings_set(s, c->set_key[i], val, &err);
        sb_free(&more);
        if (set < 0) {
            fprintf(stderr, "converza-etl: --%s\n", err.msg);
            return EX_USAGE;
        }
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
    if (glance_check(s, &err) < 0) {
        fprintf(stderr, "converza-etl: %s\n", err.msg);
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
    *out = pg_connect_retry(s->db, s->db_password_file, &g_stop, give_up_after,
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

/* Sets up the worker, runs it and frees what it set up. Every resource
 * starts empty (w zeroed, inputs and rules_path too) and is freed at "done"
 * alone, whichever step refused: each free function accepts what was never
 * made or was already freed. */
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
    cz_err err;
    etl_inputs inputs;
    memset(&inputs, 0, sizeof inputs);
    char *rules_path = NULL;
    bool mosquitto_up = false;
    int rc = inputs_open(&inputs, s, &err);
    if (rc) {
        log_error("%s", err.msg);
        goto done;
    }
    w.inputs = &inputs;
    /* The first input names the run in messages. */
    w.input_abs = xstrdup(inputs.v[0].local ? inputs.v[0].local : inputs.v[0].spec);
    if (inputs.have_s3) {
        s3_global_init();
        w.s3 = s3_client_new(&inputs.s3conf, &g_stop);
        log_info("S3: endpoint %s, region %s, %s addressing, credentials from %s",
                 inputs.s3conf.endpoint, inputs.s3conf.region,
                 inputs.s3conf.path_style ? "path-style" : "virtual-hosted",
                 inputs.s3conf.cred_source);
    }
    rules_path = kpi_rules_path(s->rules);
    w.rules = kpi_rules_load(rules_path, &err);
    if (!w.rules) {
        log_error("%s", err.msg);
        rc = EX_CONFIG;
        goto done;
    }
    /* One after_load setting: local files by afterload.h, S3 objects by input.h. */
    const char **locals = xmalloc(inputs.n * sizeof *locals);
    size_t nlocal = 0;
    for (size_t i = 0; i < inputs.n; i++)
        if (inputs.v[i].local)
            locals[nlocal++] = inputs.v[i].local;
    int arc = afterload_parse(&w.after, s->after_load, locals, nlocal, inputs.have_s3, &err);
    free(locals);
    if (arc < 0 || inputs_set_after(&inputs, &w.after, &err) < 0) {
        log_error("%s", err.msg);
        rc = EX_CONFIG;
        goto done;
    }
    log_info("converza-etl %s: rules %s (version %s)", CZ_VERSION, rules_path,
             kpi_rules_version(w.rules));
    if (alert_rules_parse(s->alert, &w.alerts.rules, &err) < 0) {
        log_error("%s", err.msg);
        rc = EX_CONFIG;
        goto done;
    }
    if (w.alerts.rules.n)
        log_info("%zu alert rules", w.alerts.rules.n);
    mosquitto_lib_init();
    mosquitto_up = true;
    snprintf(w.ident, sizeof w.ident, "%s", "unknown");
    if (!c->once) /* a daemon is active or standby (lease.h) */
        w.lease = lease_new(s);
    {
        char host[256] = "unknown";
        gethostname(host, sizeof host - 1);
        host[sizeof host - 1] = '\0';
        snprintf(w.ident, sizeof w.ident, "%s:%ld", host, (long)getpid());
    }
    /* A daemon connects to the broker only once active: a standby's Last
     * Will would say "offline" while another worker is loading. */
    if (s->mqtt && c->once) {
        w.pub = publisher_new(s, &err);
        if (!w.pub) {
            log_error("%s", err.msg);
            rc = EX_CONFIG;
            goto done;
        }
    }
    if (worker_load_roster(s, &w.roster, &err) < 0) {
        log_error("%s", err.msg);
        rc = EX_CONFIG;
        goto done;
    }
    rc = open_db(s, c->give_up_after, &w.conn);
    if (rc < 0)
        rc = 0; /* stopped by a signal while waiting */
    else if (!rc && pg_zone_sync(w.conn, s->timezone, s->hourly_days, &err) < 0) {
        log_error("%s", err.msg);
        rc = EX_CONFIG;
    } else if (!rc && c->once) {
        w.publish_first = true; /* the start-up snapshot, sent by the run */
        rc = worker_run_once(&w);
    } else if (!rc) {
        rc = worker_run_daemon(&w);
    }
done:
    publisher_free(w.pub);
    lease_free(w.lease);
    if (mosquitto_up)
        mosquitto_lib_cleanup();
    if (w.conn)
        PQfinish(w.conn);
    if (w.scan_conn)
        PQfinish(w.scan_conn);
    afterload_free(&w.after);
    kpi_rules_free(w.rules);
    free(rules_path);
    alerts_state_free(&w.alerts);
    roster_free(&w.roster);
    free(w.input_abs);
    s3_client_free(w.s3);
    inputs_free(&inputs);
    return rc;
}

/* `converza-etl prune`: the retention settings applied once, under the
 * worker lock; one summary line on stdout. */
static int prune_run(PGconn *conn, const cz_settings *s, bool dry_run)
{
    if (!prune_enabled(s)) {
        printf("nothing to prune: every retain_*_months setting is 0 (keep everything)\n");
        return 0;
    }
    prune_result res;
    cz_err err;
    double t0 = cz_now_mono();
    if (pg_prune(conn, s, dry_run, &res, &err) < 0) {
        log_error("prune: %s", err.msg);
        return EX_UNAVAILABLE;
    }
    printf("%s %d month partition(s) (about %lld rows) and %lld quarantine row(s) in %.3f s\n",
           dry_run ? "would drop" : "dropped", res.partitions, res.rows, res.quarantine,
           cz_now_mono() - t0);
    if (!dry_run && res.partitions) { /* the retained drill-downs may list dropped calls */
        republisher rp;
        republish_open(&rp, "prune", conn, s, NULL);
        republish_calls(&rp, NULL, "the drill-down payloads are");
        republish_close(&rp);
    }
    return 0;
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
    if (argc > 1 && (strcmp(argv[1], "report") == 0 || strcmp(argv[1], "reprocess") == 0 ||
                     strcmp(argv[1], "prune") == 0)) {
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
    if (!cmd || strcmp(cmd, "reprocess") == 0) {
        /* Business days and hours are counted in this zone from here on. */
        char *zone;
        cz_err zerr;
        if (cz_tz_use(s.timezone, &zone, &zerr) < 0) {
            fprintf(stderr, "converza-etl: %s\n", zerr.msg);
            settings_free(&s);
            return EX_CONFIG;
        }
        free(s.timezone);
        s.timezone = zone;
    }
    if (!cmd) {
        rc = run_worker(&c, &s);
    } else {
        PGconn *conn;
        rc = open_db(&s, c.give_up_after ? c.give_up_after : 1, &conn);
        if (!rc) {
            cz_err err;
            char *zone = NULL;
            if (strcmp(cmd, "report") == 0) {
                /* Today is the aggregates' business day, whatever this
                 * process's zone. */
                char *used = NULL;
                if (pg_zone_read(conn, &zone, &err) < 0 || cz_tz_use(zone, &used, &err) < 0)
                    log_warn("report: days in the system's zone (%s)", err.msg);
                free(used);
                rc = report_write(conn, c.json, stdout) < 0 ? EX_SOFTWARE : 0;
            } else {
                /* prune drops whole months and never touches the aggregates:
                 * the business day's zone is reprocess's and the worker's */
                bool prune = strcmp(cmd, "prune") == 0;
                if (!prune && pg_zone_sync(conn, s.timezone, s.hourly_days, &err) < 0) {
                    log_error("%s", err.msg);
                    rc = EX_CONFIG;
                } else if (pg_worker_lock(conn, &g_stop, &err) < 0) {
                    log_error("%s", err.msg);
                    rc = EX_UNAVAILABLE;
                } else if (prune) {
                    rc = prune_run(conn, &s, c.dry_run);
                } else {
                    rc = reprocess_run(conn, &s, c.from, c.to);
                }
            }
            free(zone);
            PQfinish(conn);
        } else if (rc < 0) {
            rc = EX_UNAVAILABLE;
        }
    }
    settings_free(&s);
    return rc;
}
