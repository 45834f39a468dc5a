/* s3_auth.c - where the object store is and whose credentials to use, looked
 * up where AWS tools look (settings first, then AWS_* variables, then the
 * shared credentials and config files of a profile); and the naming of
 * objects: s3:// URLs, object paths, ETag identities. */
#include "s3.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "textfile.h"

bool s3_is_url(const char *spec)
{
    return strncmp(spec, "s3://", 5) == 0;
}

int s3_url_parse(const char *spec, s3_url *u, cz_err *err)
{
    memset(u, 0, sizeof *u);
    if (!s3_is_url(spec)) {
        cz_err_set(err, "not an s3:// URL: %s", spec);
        return -1;
    }
    const char *b = spec + 5, *slash = strchr(b, '/');
    size_t bl = slash ? (size_t)(slash - b) : strlen(b);
    /* Bucket names: 3-63 of lowercase letters, digits, '.', '-' (and '_' in
     * some S3-compatible stores). */
    bool ok = bl >= 3 && bl <= 63;
    for (size_t i = 0; ok && i < bl; i++)
        ok = (b[i] >= 'a' && b[i] <= 'z') || (b[i] >= '0' && b[i] <= '9') || b[i] == '.' ||
             b[i] == '-' || b[i] == '_';
    if (!ok) {
        cz_err_set(err, "invalid bucket name in %s (3 to 63 lowercase letters, digits, '.', '-')",
                   spec);
        return -1;
    }
    u->bucket = xstrndup(b, bl);
    u->prefix = xstrdup(slash ? slash + 1 : "");
    return 0;
}

void s3_url_free(s3_url *u)
{
    free(u->bucket);
    free(u->prefix);
    memset(u, 0, sizeof *u);
}

char *s3_object_path(const char *bucket, const char *key)
{
    strbuf b = SB_INIT;
    sb_printf(&b, "s3://%s/%s", bucket, key);
    return sb_steal(&b);
}

int s3_path_split(const char *path, char **bucket, char **key)
{
    if (!s3_is_url(path))
        return -1;
    const char *b = path + 5, *slash = strchr(b, '/');
    if (!slash || slash == b || !slash[1])
        return -1;
    *bucket = xstrndup(b, (size_t)(slash - b));
    *key = xstrdup(slash + 1);
    return 0;
}

int64_t s3_etag_ident(const char *etag)
{
    size_t n = strlen(etag);
    if (n >= 2 && etag[0] == '"' && etag[n - 1] == '"') {
        etag++;
        n -= 2;
    }
    return (int64_t)(cz_fnv1a64(etag, n) & (uint64_t)INT64_MAX);
}

/* ---- configuration ---- */

static const char *env(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

/* The value of key in the section of an INI-style AWS file ("[name]" in
 * credentials, "[profile name]" or "[default]" in config); NULL when absent
 * (also when the file is missing). Caller frees. */
static char *ini_value(const char *path, const char *section, const char *key, cz_err *err,
                       int *failed)
{
    if (access(path, F_OK) < 0)
        return NULL;
    size_t len;
    cz_err e;
    char *text = tf_read(path, "AWS configuration file", TF_MAX_CONFIG, &len, &e);
    if (!text) {
        if (!*failed) {
            cz_err_set(err, "%s", e.msg);
            *failed = 1;
        }
        return NULL;
    }
    tf_lines it;
    tf_lines_init(&it, text, len);
    bool in = false;
    char *found = NULL;
    for (char *p; !found && (p = tf_line(&it));) {
        if (!*p || *p == '#' || *p == ';')
            continue;
        size_t l = strlen(p);
        if (p[0] == '[' && p[l - 1] == ']') {
            p[l - 1] = '\0';
            in = strcmp(tf_trim(p + 1), section) == 0;
            continue;
        }
        char *eq = strchr(p, '=');
        if (!in || !eq)
            continue;
        *eq = '\0';
        if (strcmp(tf_trim(p), key) == 0)
            found = xstrdup(tf_trim(eq + 1));
    }
    free(text);
    return found;
}

static char *home_file(const char *env_name, const char *name)
{
    const char *e = env(env_name);
    if (e)
        return xstrdup(e);
    const char *h = env("HOME");
    strbuf b = SB_INIT;
    sb_printf(&b, "%s/.aws/%s", h ? h : ".", name);
    return sb_steal(&b);
}

static char *pick(const char *setting, const char *e1, const char *e2)
{
    if (setting && *setting)
        return xstrdup(setting);
    const char *v = e1 ? env(e1) : NULL;
    if (!v && e2)
        v = env(e2);
    return v ? xstrdup(v) : NULL;
}

int s3_conf_resolve(const cz_settings *s, s3_conf *c, cz_err *err)
{
    memset(c, 0, sizeof *c);
    const char *profile = *s->s3_profile ? s->s3_profile : env("AWS_PROFILE");
    if (!profile)
        profile = "default";
    char *cred_file = home_file("AWS_SHARED_CREDENTIALS_FILE", "credentials");
    char *conf_file = home_file("AWS_CONFIG_FILE", "config");
    strbuf sect = SB_INIT;
    if (strcmp(profile, "default") == 0)
        sb_puts(&sect, "default");
    else
        sb_printf(&sect, "profile %s", profile);
    int failed = 0;

    c->endpoint = pick(s->s3_endpoint, "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL");
    if (!c->endpoint)
        c->endpoint = ini_value(conf_file, sb_cstr(&sect), "endpoint_url", err, &failed);
    c->region = pick(s->s3_region, "AWS_REGION", "AWS_DEFAULT_REGION");
    if (!c->region)
        c->region = ini_value(conf_file, sb_cstr(&sect), "region", err, &failed);
    if (!c->region)
        c->region = xstrdup("us-east-1");

    /* Credentials come as a set from one place, never a key from one and
     * the secret from another. */
    if (*s->s3_access_key_id || *s->s3_secret_access_key) {
        c->access_key = xstrdup(s->s3_access_key_id);
        c->secret_key = xstrdup(s->s3_secret_access_key);
        c->session_token = xstrdup(s->s3_session_token);
        c->cred_source = xstrdup("the s3_access_key_id and s3_secret_access_key settings");
    } else if (env("AWS_ACCESS_KEY_ID") || env("AWS_SECRET_ACCESS_KEY")) {
        c->access_key = pick(NULL, "AWS_ACCESS_KEY_ID", NULL);
        c->secret_key = pick(NULL, "AWS_SECRET_ACCESS_KEY", NULL);
        c->session_token = pick(NULL, "AWS_SESSION_TOKEN", NULL);
        c->cred_source = xstrdup("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    } else {
        c->access_key = ini_value(cred_file, profile, "aws_access_key_id", err, &failed);
        c->secret_key = ini_value(cred_file, profile, "aws_secret_access_key", err, &failed);
        c->session_token = ini_value(cred_file, profile, "aws_session_token", err, &failed);
        strbuf src = SB_INIT;
        sb_printf(&src, "profile \"%s\" in %s", profile, cred_file);
        c->cred_source = sb_steal(&src);
    }
    if (!c->session_token)
        c->session_token = xstrdup("");

    int rc = 0;
    if (failed) {
        rc = -1;
    } else if (!c->access_key || !*c->access_key || !c->secret_key || !*c->secret_key) {
        cz_err_set(err, "no S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                        " a profile in %s (AWS_PROFILE, s3_profile), or s3_access_key_id and"
                        " s3_secret_access_key; looked in %s",
                   cred_file, c->cred_source);
        rc = -1;
    }
    if (!rc && !c->endpoint) {
        strbuf e = SB_INIT;
        sb_printf(&e, "https://s3.%s.amazonaws.com", c->region);
        c->endpoint = sb_steal(&e);
    }
    if (!rc && strncmp(c->endpoint, "http://", 7) != 0 && strncmp(c->endpoint, "https://", 8) != 0) {
        cz_err_set(err, "S3 endpoint %s: expected http://HOST[:PORT] or https://HOST[:PORT]",
                   c->endpoint);
        rc = -1;
    }
    if (!rc) {
        size_t l = strlen(c->endpoint);
        while (l && c->endpoint[l - 1] == '/')
            c->endpoint[--l] = '\0';
        /* auto: path style for a configured endpoint (MinIO and most
         * S3-compatible stores want it), virtual-hosted for AWS itself. */
        if (strcmp(s->s3_path_style, "true") == 0)
            c->path_style = true;
        else if (strcmp(s->s3_path_style, "false") == 0)
            c->path_style = false;
        else if (strcmp(s->s3_path_style, "auto") == 0)
            c->path_style = strstr(c->endpoint, ".amazonaws.com") == NULL;
        else {
            cz_err_set(err, "s3_path_style must be auto, true or false, not \"%s\"",
                       s->s3_path_style);
            rc = -1;
        }
        c->verify_tls = s->s3_verify_tls;
        c->retry_for = s->s3_retry_for;
    }
    free(cred_file);
    free(conf_file);
    sb_free(&sect);
    if (rc)
        s3_conf_free(c);
    return rc;
}

void s3_conf_free(s3_conf *c)
{
    free(c->endpoint);
    free(c->region);
    free(c->access_key);
    if (c->secret_key)
        memset(c->secret_key, 0, strlen(c->secret_key));
    free(c->secret_key);
    if (c->session_token)
        memset(c->session_token, 0, strlen(c->session_token));
    free(c->session_token);
    free(c->cred_source);
    memset(c, 0, sizeof *c);
}
