/* s3_list.c - the XML S3 answers in: a ListObjectsV2 page and an <Error>
 * document, read with expat (a streaming parser: a page of 1,000 keys is a
 * few hundred kilobytes, held once). Pure functions over memory. */
#include "s3.h"

#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the parser is: the elements that matter, by depth. */
typedef struct {
    s3_page *p;
    int depth;
    bool root_ok;         /* the document element is ListBucketResult */
    bool in_contents;
    strbuf text;          /* the current element's character data */
    char *key, *etag;     /* the Contents entry being read */
    int64_t size;
    bool have_size;
    char *bad;            /* the first problem found, or NULL */
} list_ctx;

static const char *local_name(const char *n)
{
    /* expat without namespace processing hands the qualified name. */
    const char *c = strrchr(n, ':');
    return c ? c + 1 : n;
}

static void XMLCALL on_start(void *ud, const char *name, const char **attrs)
{
    (void)attrs;
    list_ctx *x = ud;
    const char *n = local_name(name);
    x->depth++;
    sb_clear(&x->text);
    if (x->depth == 1)
        x->root_ok = strcmp(n, "ListBucketResult") == 0;
    else if (x->depth == 2 && strcmp(n, "Contents") == 0) {
        x->in_contents = true;
        free(x->key);
        free(x->etag);
        x->key = x->etag = NULL;
        x->have_size = false;
    }
}

static bool parse_size(const char *s, int64_t *out)
{
    if (!*s)
        return false;
    int64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > (INT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (*s - '0');
    }
    *out = v;
    return true;
}

static void XMLCALL on_end(void *ud, const char *name)
{
    list_ctx *x = ud;
    const char *n = local_name(name);
    const char *t = sb_cstr(&x->text);
    if (x->depth == 3 && x->in_contents) {
        if (strcmp(n, "Key") == 0) {
            free(x->key);
            x->key = xstrdup(t);
        } else if (strcmp(n, "ETag") == 0) {
            free(x->etag);
            x->etag = xstrdup(t);
        } else if (strcmp(n, "Size") == 0) {
            x->have_size = parse_size(t, &x->size);
            if (!x->have_size && !x->bad)
                x->bad = xstrdup("an entry's Size is not a number");
        }
    } else if (x->depth == 2 && x->in_contents) {
        x->in_contents = false;
        if (!x->key || !x->etag || !x->have_size) {
            if (!x->bad)
                x->bad = xstrdup("an entry lacks its Key, ETag or Size");
        } else {
            s3_page *p = x->p;
            if (p->n == p->cap) {
                p->cap = p->cap ? p->cap * 2 : 256;
                p->v = xrealloc(p->v, p->cap * sizeof *p->v);
            }
            p->v[p->n++] = (s3_object){x->key, x->etag, x->size};
            x->key = x->etag = NULL;
        }
    } else if (x->depth == 2) {
        if (strcmp(n, "IsTruncated") == 0)
            x->p->truncated = strcmp(t, "true") == 0;
        else if (strcmp(n, "NextContinuationToken") == 0) {
            free(x->p->next_token);
            x->p->next_token = xstrdup(t);
        }
    }
    sb_clear(&x->text);
    x->depth--;
}

static void XMLCALL on_text(void *ud, const char *s, int len)
{
    list_ctx *x = ud;
    /* Only leaf elements matter, and their text is short; a hostile answer
     * cannot make one grow past a bound. */
    if (x->text.len + (size_t)len <= 65536)
        sb_append(&x->text, s, (size_t)len);
}

int s3_page_parse(const char *xml, size_t len, s3_page *p, cz_err *err)
{
    memset(p, 0, sizeof *p);
    list_ctx x;
    memset(&x, 0, sizeof x);
    x.p = p;
    XML_Parser ps = XML_ParserCreate("UTF-8");
    XML_SetUserData(ps, &x);
    XML_SetElementHandler(ps, on_start, on_end);
    XML_SetCharacterDataHandler(ps, on_text);
    int rc = 0;
    if (len > (size_t)INT32_MAX || XML_Parse(ps, xml, (int)len, 1) != XML_STATUS_OK) {
        cz_err_set(err, "the object listing is not well-formed XML: %s (line %lu)",
                   XML_ErrorString(XML_GetErrorCode(ps)),
                   (unsigned long)XML_GetCurrentLineNumber(ps));
        rc = -1;
    } else if (!x.root_ok) {
        cz_err_set(err, "the object listing is not a ListBucketResult");
        rc = -1;
    } else if (x.bad) {
        cz_err_set(err, "the object listing is malformed: %s", x.bad);
        rc = -1;
    } else if (p->truncated && (!p->next_token || !*p->next_token)) {
        cz_err_set(err, "the object listing is truncated but has no continuation token");
        rc = -1;
    }
    XML_ParserFree(ps);
    free(x.key);
    free(x.etag);
    free(x.bad);
    sb_free(&x.text);
    return rc;
}

void s3_page_free(s3_page *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->v[i].key);
        free(p->v[i].etag);
    }
    free(p->v);
    free(p->next_token);
    memset(p, 0, sizeof *p);
}

typedef struct {
    int depth;
    bool is_error;
    strbuf text;
    char *code, *msg;
    size_t code_sz, msg_sz;
} err_ctx;

static void XMLCALL err_start(void *ud, const char *name, const char **attrs)
{
    (void)attrs;
    err_ctx *x = ud;
    if (++x->depth == 1)
        x->is_error = strcmp(local_name(name), "Error") == 0;
    sb_clear(&x->text);
}

static void XMLCALL err_end(void *ud, const char *name)
{
    err_ctx *x = ud;
    const char *n = local_name(name);
    if (x->depth == 2 && x->is_error) {
        if (strcmp(n, "Code") == 0)
            snprintf(x->code, x->code_sz, "%s", sb_cstr(&x->text));
        else if (strcmp(n, "Message") == 0)
            snprintf(x->msg, x->msg_sz, "%s", sb_cstr(&x->text));
    }
    sb_clear(&x->text);
    x->depth--;
}

static void XMLCALL err_text(void *ud, const char *s, int len)
{
    err_ctx *x = ud;
    if (x->text.len + (size_t)len <= 4096)
        sb_append(&x->text, s, (size_t)len);
}

void s3_error_parse(const char *xml, size_t len, char *code, size_t code_sz, char *msg,
                    size_t msg_sz)
{
    code[0] = msg[0] = '\0';
    if (!xml || !len || len > (size_t)INT32_MAX)
        return;
    err_ctx x = {0, false, SB_INIT, code, msg, code_sz, msg_sz};
    XML_Parser ps = XML_ParserCreate("UTF-8");
    XML_SetUserData(ps, &x);
    XML_SetElementHandler(ps, err_start, err_end);
    XML_SetCharacterDataHandler(ps, err_text);
    XML_Parse(ps, xml, (int)len, 1);
    XML_ParserFree(ps);
    sb_free(&x.text);
}
