/* settings.c - one table of configuration keys, read from the config file, the
 * environment and command-line flags in that order of increasing precedence. */
#include "settings.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "textfile.h"

/* T_DBL: "" = -1, none. T_LIST: every line of the key adds an entry
 * ("WHERE\tVALUE\n", WHERE the file and line it came from); an empty value
 * clears the list. */
typedef enum { T_STR, T_INT, T_LONG, T_BOOL, T_DBL, T_LIST } key_type;

typedef struct {
    const char *name;
    key_type type;
    size_t off;
    long min, max;
    const char *def;
} key_def;

#define K(name, type, min, max, def) {#name, type, offsetof(cz_settings, name), min, max, def}
static const key_def KEYS[] = {
    K(db, T_STR, 0, 0, ""),
    K(input, T_STR, 0, 0, ""),
    K(interval, T_INT, 1, 86400, "30"),
    K(rescan_interval, T_INT, 1, 604800, "600"),
    K(after_load, T_STR, 0, 0, "keep"),
    K(batch_size, T_INT, 1, 1000000, "1000"),
    K(log_level, T_STR, 0, 0, "info"),
    K(rules, T_STR, 0, 0, ""),
    K(max_file_size, T_LONG, 1, LONG_MAX, "8388608"),
    K(redact_pii, T_BOOL, 0, 0, "true"),
    K(db_password_file, T_STR, 0, 0, ""),
    K(input_format, T_STR, 0, 0, "auto"),
    K(transcript, T_STR, 0, 0, "human"),
    K(default_agent, T_STR, 0, 0, ""),
    K(retain_bronze_months, T_INT, 0, 12000, "0"),
    K(retain_silver_months, T_INT, 0, 12000, "0"),
    K(retain_gold_months, T_INT, 0, 12000, "0"),
    K(retain_quarantine_months, T_INT, 0, 12000, "0"),
    K(metrics_file, T_STR, 0, 0, ""),
    K(timezone, T_STR, 0, 0, ""),
    K(roster, T_STR, 0, 0, ""),
    K(hourly_days, T_INT, 1, 366, "14"),
    K(s3_endpoint, T_STR, 0, 0, ""),
    K(s3_region, T_STR, 0, 0, ""),
    K(s3_profile, T_STR, 0, 0, ""),
    K(s3_path_style, T_STR, 0, 0, "auto"),
    K(s3_verify_tls, T_BOOL, 0, 0, "true"),
    K(s3_access_key_id, T_STR, 0, 0, ""),
    K(s3_secret_access_key, T_STR, 0, 0, ""),
    K(s3_session_token, T_STR, 0, 0, ""),
    K(s3_retry_for, T_INT, 0, 86400, "300"),
    K(mqtt, T_BOOL, 0, 0, "true"),
    K(mqtt_host, T_STR, 0, 0, "localhost"),
    K(mqtt_port, T_INT, 1, 65535, "1883"),
    K(mqtt_client_id, T_STR, 0, 0, ""),
    K(mqtt_keepalive, T_INT, 5, 65535, "30"),
    K(mqtt_username, T_STR, 0, 0, ""),
    K(mqtt_password, T_STR, 0, 0, ""),
    K(mqtt_password_file, T_STR, 0, 0, ""),
    K(mqtt_cafile, T_STR, 0, 0, ""),
    K(mqtt_cert, T_STR, 0, 0, ""),
    K(mqtt_key, T_STR, 0, 0, ""),
    K(mqtt_prefix, T_STR, 0, 0, "converza/v1"),
    K(refresh, T_INT, 1, 3600, "30"),
    K(stale_after, T_INT, 1, 86400, "120"),
    K(wall_pages, T_STR, 0, 0, "kpis,agents,trends"),
    K(wall_interval, T_INT, 2, 3600, "8"),
    K(wall_top, T_INT, 1, 50, "10"),
    K(target_conversion_rate, T_DBL, 0, 100, ""),
    K(target_avg_upsell, T_DBL, 0, 1000000000, ""),
    K(target_calls, T_DBL, 0, 1000000000, ""),
    K(target_negative_share, T_DBL, 0, 100, ""),
    K(target_margin, T_DBL, 0, 100, "5"),
    K(team_targets, T_STR, 0, 0, ""),
    K(baseline_days, T_INT, 1, 90, "7"),
    K(min_calls, T_INT, 0, 1000000, "5"),
    K(alert, T_LIST, 0, 0, ""),
};
#undef K
#define NKEYS (sizeof KEYS / sizeof KEYS[0])

static int key_eq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a == '-' ? '_' : (char)tolower((unsigned char)*a);
        char y = *b == '-' ? '_' : (char)tolower((unsigned char)*b);
        if (x != y)
            return 0;
    }
    return *a == *b;
}

static const key_def *find_key(const char *name)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (key_eq(KEYS[i].name, name))
            return &KEYS[i];
    return NULL;
}

bool settings_known(const char *key)
{
    return find_key(key) != NULL;
}

static int parse_bool(const char *v, bool *out)
{
    static const char *yes[] = {"1", "true", "yes", "on"}, *no[] = {"0", "false", "no", "off"};
    for (size_t i = 0; i < 4; i++) {
        if (strcasecmp(v, yes[i]) == 0) {
            *out = true;
            return 0;
        }
        if (strcasecmp(v, no[i]) == 0) {
            *out = false;
            return 0;
        }
    }
    return -1;
}

static int apply(cz_settings *s, const key_def *k, const char *value, cz_err *err)
{
    char *field = (char *)s + k->off;
    switch (k->type) {
    case T_STR: {
        char **p = (char **)(void *)field;
        free(*p);
        *p = xstrdup(value);
        return 0;
    }
    case T_INT:
    case T_LONG: {
        char *end;
        errno = 0;
        long v = strtol(value, &end, 10);
        if (errno || end == value || *end || v < k->min || v > k->max) {
            cz_err_set(err, "%s: expected a whole number from %ld to %ld, got \"%s\"", k->name,
                       k->min, k->max, value);
            return -1;
        }
        if (k->type == T_INT)
            *(int *)(void *)field = (int)v;
        else
            *(long *)(void *)field = v;
        return 0;
    }
    case T_DBL: {
        double *d = (double *)(void *)field;
        if (!*value) { /* unset: no target */
            *d = -1;
            return 0;
        }
        char *end;
        errno = 0;
        double v = strtod(value, &end);
        if (errno || end == value || *end || !(v >= (double)k->min && v <= (double)k->max)) {
            cz_err_set(err, "%s: expected a number from %ld to %ld (or nothing for none), got \"%s\"",
                       k->name, k->min, k->max, value);
            return -1;
        }
        *d = v;
        return 0;
    }
    case T_LIST: {
        char **p = (char **)(void *)field;
        if (!*value) {
            free(*p);
            *p = xstrdup("");
            return 0;
        }
        strbuf b = SB_INIT;
        sb_puts(&b, *p ? *p : "");
        if (!strchr(value, '\t'))
            sb_puts(&b, "command line or environment\t");
        sb_puts(&b, value);
        sb_putc(&b, '\n');
        free(*p);
        *p = sb_steal(&b);
        return 0;
    }
    case T_BOOL:
        if (parse_bool(value, (bool *)(void *)field) < 0) {
            cz_err_set(err, "%s: expected true or false, got \"%s\"", k->name, value);
            return -1;
        }
        return 0;
    }
    return -1;
}

void settings_init(cz_settings *s)
{
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < NKEYS; i++)
        if (apply(s, &KEYS[i], KEYS[i].def, NULL) < 0)
            abort(); /* a bad default is a programming error */
}

void settings_free(cz_settings *s)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (KEYS[i].type == T_STR || KEYS[i].type == T_LIST) {
            char **p = (char **)(void *)((char *)s + KEYS[i].off);
            free(*p);
            *p = NULL;
        }
}

int settings_set(cz_settings *s, const char *key, const char *value, cz_err *err)
{
    const key_def *k = find_key(key);
    if (!k) {
        cz_err_set(err, "unknown setting \"%s\"", key);
        return -1;
    }
    return apply(s, k, value, err);
}

int settings_load_file(cz_settings *s, const char *path, bool missing_ok, cz_err *err)
{
    if (missing_ok && access(path, F_OK) < 0 && errno == ENOENT)
        return 0;
    size_t len;
    char *text = tf_read(path, "config file", TF_MAX_CONFIG, &len, err);
    if (!text)
        return -1;
    tf_lines it;
    tf_lines_init(&it, text, len);
    int lineno = 0, rc = 0, input_lines = 0;
    for (char *p; (p = tf_line(&it));) {
        lineno = it.lineno;
        if (!*p || *p == '#')
            continue;
        char *eq = strchr(p, '=');
        if (!eq) {
            cz_err_set(err, "%s:%d: expected \"key = value\"", path, lineno);
            rc = -1;
            break;
        }
        *eq = '\0';
        char *key = tf_trim(p), *val = tf_trim(eq + 1);
        size_t vl = strlen(val);
        if (vl >= 2 && val[0] == '"' && val[vl - 1] == '"') {
            val[vl - 1] = '\0';
            val++;
        }
        cz_err e2;
        /* input may be given on several lines: each adds one (newline-separated). */
        strbuf more = SB_INIT;
        if (strcmp(key, "input") == 0 && input_lines++ && *s->input) {
            sb_printf(&more, "%s\n%s", s->input, val);
            val = more.s;
        }
        const key_def *k = find_key(key);
        char *tagged = NULL;
        if (k && k->type == T_LIST && *val) { /* remember where each entry came from */
            strbuf b = SB_INIT;
            sb_printf(&b, "%s:%d\t%s", path, lineno, val);
            tagged = sb_steal(&b);
        }
        int bad = settings_set(s, key, tagged ? tagged : val, &e2) < 0;
        free(tagged);
        sb_free(&more);
        if (bad) {
            cz_err_set(err, "%s:%d: %s", path, lineno, e2.msg);
            rc = -1;
            break;
        }
    }
    free(text);
    return rc;
}

int settings_load_env(cz_settings *s, cz_err *err)
{
    for (size_t i = 0; i < NKEYS; i++) {
        char name[64] = "CONVERZA_";
        size_t n = strlen(name);
        for (const char *c = KEYS[i].name; *c && n < sizeof name - 1; c++)
            name[n++] = (char)toupper((unsigned char)*c);
        name[n] = '\0';
        const char *v = getenv(name);
        if (!v)
            continue;
        cz_err e2;
        if (apply(s, &KEYS[i], v, &e2) < 0) {
            cz_err_set(err, "environment %s: %s", name, e2.msg);
            return -1;
        }
    }
    return 0;
}

char *settings_default_path(void)
{
    strbuf b = SB_INIT;
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        sb_printf(&b, "%s/converza/converza.conf", xdg);
    else if (home && *home)
        sb_printf(&b, "%s/.config/converza/converza.conf", home);
    if (b.len && access(b.s, F_OK) == 0)
        return sb_steal(&b);
    sb_free(&b);
    return xstrdup(CZ_SYSCONFDIR "/converza/converza.conf");
}

int settings_load(cz_settings *s, const char *config_path, cz_err *err)
{
    if (config_path) {
        if (settings_load_file(s, config_path, false, err) < 0)
            return -1;
    } else {
        char *p = settings_default_path();
        int rc = settings_load_file(s, p, true, err);
        free(p);
        if (rc < 0)
            return -1;
    }
    return settings_load_env(s, err);
}

char *settings_read_secret(const char *path, cz_err *err)
{
    size_t n, total;
    char *text = tf_read(path, "secret file", TF_MAX_SECRET, &total, err);
    if (!text)
        return NULL;
    if (total == 0) {
        free(text);
        cz_err_set(err, "secret file %s is empty", path);
        return NULL;
    }
    /* The first line is the secret; whatever follows it is ignored. */
    char *nl = memchr(text, '\n', total);
    n = nl ? (size_t)(nl - text) : total;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r'))
        n--;
    memset(text + n, 0, total - n); /* no copy of the rest left behind */
    return text;
}
