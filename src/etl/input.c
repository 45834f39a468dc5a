/* input.c - the list of inputs, local and S3, and the S3 side of after_load. */
#include "input.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

static void add(etl_inputs *in, etl_input x)
{
    in->v = xrealloc(in->v, (in->n + 1) * sizeof *in->v);
    in->v[in->n++] = x;
}

int inputs_open(etl_inputs *in, const cz_settings *s, cz_err *err)
{
    memset(in, 0, sizeof *in);
    const char *p = s->input;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t l = nl ? (size_t)(nl - p) : strlen(p);
        etl_input x;
        memset(&x, 0, sizeof x);
        x.spec = xstrndup(p, l);
        p += l + (nl ? 1 : 0);
        if (!*x.spec) {
            free(x.spec);
            continue;
        }
        if (s3_is_url(x.spec)) {
            x.is_s3 = true;
            if (s3_url_parse(x.spec, &x.s3, err) < 0) {
                free(x.spec);
                inputs_free(in);
                return EX_USAGE;
            }
            in->have_s3 = true;
        } else {
            x.local = realpath(x.spec, NULL);
            if (!x.local) {
                cz_err_set(err, "cannot use input directory %s: %m", x.spec);
                free(x.spec);
                inputs_free(in);
                return EX_NOINPUT;
            }
        }
        add(in, x);
    }
    if (!in->n) {
        cz_err_set(err, "no input: give --input DIR or --input s3://BUCKET/PREFIX");
        return EX_USAGE;
    }
    if (in->have_s3) {
        if (s3_conf_resolve(s, &in->s3conf, err) < 0) {
            inputs_free(in);
            return EX_CONFIG;
        }
    }
    return 0;
}

int inputs_set_after(etl_inputs *in, const after_load *a, cz_err *err)
{
    if (a->kind != AFTER_MOVE || !a->s3_dest)
        return 0;
    if (s3_url_parse(a->s3_dest, &in->after_dest, err) < 0)
        return -1;
    /* Moved objects inside an input would be listed, and moved, again. */
    for (size_t i = 0; i < in->n; i++) {
        const etl_input *x = &in->v[i];
        if (x->is_s3 && strcmp(x->s3.bucket, in->after_dest.bucket) == 0 &&
            strncmp(in->after_dest.prefix, x->s3.prefix, strlen(x->s3.prefix)) == 0) {
            cz_err_set(err, "after_load = move:%s lies inside the input %s: choose a prefix"
                            " outside it", a->s3_dest, x->spec);
            return -1;
        }
    }
    return 0;
}

void inputs_free(etl_inputs *in)
{
    for (size_t i = 0; i < in->n; i++) {
        free(in->v[i].spec);
        free(in->v[i].local);
        s3_url_free(&in->v[i].s3);
    }
    free(in->v);
    if (in->have_s3)
        s3_conf_free(&in->s3conf);
    s3_url_free(&in->after_dest);
    memset(in, 0, sizeof *in);
}

const etl_input *inputs_s3_of(const etl_inputs *in, const char *path)
{
    char *bucket, *key;
    if (s3_path_split(path, &bucket, &key) < 0)
        return NULL;
    const etl_input *found = NULL;
    for (size_t i = 0; i < in->n && !found; i++) {
        const etl_input *x = &in->v[i];
        if (x->is_s3 && strcmp(x->s3.bucket, bucket) == 0 &&
            strncmp(key, x->s3.prefix, strlen(x->s3.prefix)) == 0)
            found = x;
    }
    free(bucket);
    free(key);
    return found;
}

int inputs_after_load(const etl_inputs *in, const after_load *a, s3_client *cl, const char *path,
                      bool quarantined, cz_err *err)
{
    if (a->kind == AFTER_KEEP || !cl)
        return 0;
    const etl_input *x = inputs_s3_of(in, path);
    if (!x)
        return 0;
    char *bucket, *key;
    if (s3_path_split(path, &bucket, &key) < 0)
        return 0;
    int rc = 0;
    if (a->kind == AFTER_MOVE) {
        if (!in->after_dest.bucket) { /* move:DIR, refused with S3 inputs */
            free(bucket);
            free(key);
            return 0;
        }
        /* The key below its input's prefix, under the destination prefix: the
         * destination mirrors the input. */
        const char *rel = key + strlen(x->s3.prefix);
        while (*rel == '/')
            rel++;
        strbuf to = SB_INIT;
        sb_puts(&to, in->after_dest.prefix);
        if (to.len && to.s[to.len - 1] != '/')
            sb_putc(&to, '/');
        if (quarantined)
            sb_puts(&to, "quarantined/");
        sb_puts(&to, rel);
        rc = s3_copy(cl, bucket, key, in->after_dest.bucket, to.s, err) == S3_OK ? 0 : -1;
        sb_free(&to);
    }
    if (!rc && s3_delete(cl, bucket, key, err) != S3_OK)
        rc = -1;
    free(bucket);
    free(key);
    return rc;
}
