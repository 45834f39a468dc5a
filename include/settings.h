/* settings.h - configuration shared by converza-etl and converza-tui.
 * Precedence: command-line flags over CONVERZA_* environment variables over the
 * config file (--config, else $XDG_CONFIG_HOME/converza/converza.conf, else
 * SYSCONFDIR/converza/converza.conf). Keys and format: converza.conf(5). */
#ifndef CZ_SETTINGS_H
#define CZ_SETTINGS_H

#include <stdbool.h>
#include "util.h"

typedef struct {
    /* worker */
    char *db;             /* libpq conninfo; "" = PG* environment */
    char *input;          /* inputs, one a line: directories or s3://B/P (input.h) */
    int interval;         /* daemon: seconds between scans when the input cannot be
                           * watched with inotify */
    int rescan_interval;  /* daemon: seconds between full scans while watching */
    char *after_load;     /* keep, delete, move:DIR or move:s3://B/P (afterload.h) */
    int batch_size;       /* calls per transaction */
    char *log_level;      /* error, warn, info, debug */
    char *rules;          /* rules file; "" = kpi_rules_path(NULL) decides */
    long max_file_size;   /* bytes; larger files are quarantined */
    bool redact_pii;      /* mask card numbers, SSNs, e-mails, phones after bronze */
    char *db_password_file; /* file holding the database password */
    char *input_format;   /* auto, seed, jsonl, text, hvb, transcribe */
    char *transcript;     /* Harper Valley: human (default) or machine */
    char *default_agent;  /* agent name for files that do not say */
    /* retention, in months (0 = keep everything): converza-etl prune */
    int retain_bronze_months, retain_silver_months, retain_gold_months;
    int retain_quarantine_months;
    char *metrics_file;   /* Prometheus text file, rewritten after each batch; "" = none */
    char *timezone;       /* business zone (IANA) of days and hours; "" = the system's */
    char *roster;         /* "agent,team" CSV overriding the files' teams; "" = none */
    int hourly_days;      /* business days of hourly aggregates kept */
    /* S3 inputs (s3_auth.c: "" = the AWS variables and files decide) */
    char *s3_endpoint, *s3_region, *s3_profile;
    char *s3_path_style;  /* auto, true, false */
    bool s3_verify_tls;
    char *s3_access_key_id, *s3_secret_access_key, *s3_session_token;
    int s3_retry_for;     /* seconds a request is retried across network errors */
    /* MQTT, both programs */
    bool mqtt;            /* publish (worker) */
    char *mqtt_host;
    int mqtt_port;
    char *mqtt_client_id; /* "" = converza-<role>-<host>-<pid> */
    int mqtt_keepalive;
    char *mqtt_username;
    char *mqtt_password;
    char *mqtt_password_file;
    char *mqtt_cafile, *mqtt_cert, *mqtt_key;
    char *mqtt_prefix;    /* topic prefix, default converza/v1 */
    /* dashboard */
    int refresh;          /* seconds between repaints */
    int stale_after;      /* seconds without an update before the stale warning */
    char *wall_pages;     /* wallboard pages that rotate: "kpis,agents,trends" */
    int wall_interval;    /* seconds per wallboard page */
    int wall_top;         /* agents on the wallboard's agent page */
    /* targets and baseline (worker; published in the summary, converza.conf(5)).
     * A target of -1 is no target. */
    double target_conversion_rate; /* percent of calls */
    double target_avg_upsell;      /* dollars per call */
    double target_calls;           /* calls per day, the whole floor */
    double target_negative_share;  /* percent of calls, at most */
    double target_margin;          /* percent of a target that still counts as near */
    char *team_targets;            /* per-team overrides, targets.h syntax */
    int baseline_days;             /* days before today that make "usual" */
    int min_calls;                 /* calls an agent needs to be ranked or marked */
    /* alerts (worker): one "WHERE\tRULE\n" per alert line, WHERE its file
     * and line; parsed by alert_rules_parse (alert.h) */
    char *alert;
} cz_settings;

/* Fills s with defaults. Free with settings_free. */
void settings_init(cz_settings *s);
void settings_free(cz_settings *s);

/* Sets key (a config-file key such as "mqtt_host"; '-' and '_' are the same)
 * to value, converting and range-checking it. Returns -1 with err naming the
 * key and what is wrong. */
int settings_set(cz_settings *s, const char *key, const char *value, cz_err *err);

/* Reads a "key = value" file (# comments). missing_ok: a missing file is not an
 * error. Returns -1 with err naming the file and line. */
int settings_load_file(cz_settings *s, const char *path, bool missing_ok, cz_err *err);

/* Applies CONVERZA_<KEY> environment variables (e.g. CONVERZA_MQTT_HOST). */
int settings_load_env(cz_settings *s, cz_err *err);

/* The config file to read when --config is not given: $XDG_CONFIG_HOME/...
 * if it exists, else the system one. Caller frees. */
char *settings_default_path(void);

/* Loads defaults, then the config file (path or the default one), then the
 * environment. The caller applies its flags afterwards with settings_set. */
int settings_load(cz_settings *s, const char *config_path, cz_err *err);

/* True when key names a known setting. */
bool settings_known(const char *key);

/* Reads the first line of a secret file (password), without its newline.
 * Caller frees. NULL with err on failure. */
char *settings_read_secret(const char *path, cz_err *err);

#endif
