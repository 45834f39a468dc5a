/* snapshot_cats.c - call category counts in the snapshot payloads: encoding,
 * checked decoding, and the small set operations both sides use. */
#include "snapshot_cats.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const snap_cat *snap_cats_find(const snap_cats *c, const char *name)
{
    for (size_t i = 0; c && i < c->n; i++)
        if (strcmp(c->v[i].name, name) == 0)
            return &c->v[i];
    return NULL;
}

void snap_cats_add(snap_cats *c, const char *name, int64_t today, int64_t week, int64_t all)
{
    snap_cat *e = (snap_cat *)snap_cats_find(c, name);
    if (!e) {
        c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
        e = &c->v[c->n++];
        *e = (snap_cat){xstrdup(name), 0, 0, 0};
    }
    e->today += today;
    e->week += week;
    e->all += all;
}

void snap_cats_free(snap_cats *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->v[i].name);
    free(c->v);
    memset(c, 0, sizeof *c);
}

static int64_t bound(int64_t n, int64_t calls)
{
    return n < 0 ? 0 : n > calls ? calls : n;
}

static int put_rate(cJSON *o, const char *name, int64_t n, int64_t calls)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.2f", kpi_share_pct(n, calls));
    return cJSON_AddRawToObject(o, name, buf) ? 0 : -1;
}

int snap_cats_put(cJSON *o, const snap_cats *c, const kpi_windows *w)
{
    cJSON *a = cJSON_AddArrayToObject(o, "categories");
    if (!a)
        return -1;
    size_t n = c->n < SNAPSHOT_MAX_CATEGORIES ? c->n : SNAPSHOT_MAX_CATEGORIES;
    kpi_counts t = kpi_counts_bounded(&w->today), k = kpi_counts_bounded(&w->week),
               l = kpi_counts_bounded(&w->all);
    for (size_t i = 0; i < n; i++) {
        const snap_cat *e = &c->v[i];
        cJSON *x = cJSON_CreateObject();
        if (!x || !cJSON_AddItemToArray(a, x))
            return cJSON_Delete(x), -1;
        int64_t vt = bound(e->today, t.calls), vw = bound(e->week, k.calls),
                va = bound(e->all, l.calls);
        char num[3][24];
        snprintf(num[0], 24, "%lld", (long long)vt);
        snprintf(num[1], 24, "%lld", (long long)vw);
        snprintf(num[2], 24, "%lld", (long long)va);
        if (!cJSON_AddStringToObject(x, "name", e->name ? e->name : "") ||
            !cJSON_AddRawToObject(x, "today", num[0]) || !cJSON_AddRawToObject(x, "week", num[1]) ||
            !cJSON_AddRawToObject(x, "all", num[2]) || put_rate(x, "today_rate", vt, t.calls) ||
            put_rate(x, "week_rate", vw, k.calls) || put_rate(x, "all_rate", va, l.calls))
            return -1;
    }
    return 0;
}

static int get_n(const cJSON *x, const char *key, const char *path, int64_t calls, int64_t *out,
                 cz_err *err)
{
    cJSON *v = cJSON_GetObjectItemCaseSensitive(x, key);
    if (!v) {
        cz_err_set(err, "missing field %s.%s", path, key);
        return -1;
    }
    double d = cJSON_IsNumber(v) ? v->valuedouble : -1;
    if (!cJSON_IsNumber(v) || !isfinite(d) || d != floor(d) || d < 0) {
        cz_err_set(err, "field %s.%s: expected a whole number", path, key);
        return -1;
    }
    if (d > (double)calls) {
        cz_err_set(err, "field %s.%s: more than the window's calls", path, key);
        return -1;
    }
    *out = (int64_t)d;
    return 0;
}

int snap_cats_get(const cJSON *o, const char *path, const kpi_windows *w, snap_cats *out,
                  cz_err *err)
{
    memset(out, 0, sizeof *out);
    cJSON *a = cJSON_GetObjectItemCaseSensitive(o, "categories");
    if (!a || cJSON_IsNull(a))
        return 0;
    char base[96];
    snprintf(base, sizeof base, "%s%scategories", path, *path ? "." : "");
    if (!cJSON_IsArray(a)) {
        cz_err_set(err, "field %s: expected an array", base);
        return -1;
    }
    if (cJSON_GetArraySize(a) > SNAPSHOT_MAX_CATEGORIES) {
        cz_err_set(err, "field %s: more than %d elements", base, SNAPSHOT_MAX_CATEGORIES);
        return -1;
    }
    size_t i = 0;
    for (cJSON *x = a->child; x; x = x->next, i++) {
        char p[128];
        snprintf(p, sizeof p, "%s[%zu]", base, i);
        cJSON *nm = cJSON_GetObjectItemCaseSensitive(x, "name");
        if (!cJSON_IsObject(x) || !cJSON_IsString(nm) || !nm->valuestring) {
            cz_err_set(err, "field %s: expected an object with a string name", p);
            snap_cats_free(out);
            return -1;
        }
        char *name = snap_clean_text(nm->valuestring, strlen(nm->valuestring), SNAPSHOT_MAX_TEXT);
        int64_t t, k, l;
        if (!*name || snap_cats_find(out, name)) {
            cz_err_set(err, "field %s.name: %s", p, *name ? "repeated" : "empty");
            free(name);
            snap_cats_free(out);
            return -1;
        }
        if (get_n(x, "today", p, w->today.calls, &t, err) < 0 ||
            get_n(x, "week", p, w->week.calls, &k, err) < 0 ||
            get_n(x, "all", p, w->all.calls, &l, err) < 0) {
            free(name);
            snap_cats_free(out);
            return -1;
        }
        snap_cats_add(out, name, t, k, l);
        free(name);
    }
    return 0;
}

int snap_cats_put_counts(cJSON *o, const snap_cats *c, int64_t calls)
{
    if (!c->n)
        return 0;
    cJSON *m = cJSON_AddObjectToObject(o, "categories");
    if (!m)
        return -1;
    size_t n = c->n < SNAPSHOT_MAX_CATEGORIES ? c->n : SNAPSHOT_MAX_CATEGORIES;
    for (size_t i = 0; i < n; i++)
        if (!cJSON_AddNumberToObject(m, c->v[i].name, (double)bound(c->v[i].today, calls)))
            return -1;
    return 0;
}

int snap_cats_get_counts(const cJSON *o, const char *path, int64_t calls, snap_cats *out,
                         cz_err *err)
{
    memset(out, 0, sizeof *out);
    cJSON *m = cJSON_GetObjectItemCaseSensitive(o, "categories");
    if (!m || cJSON_IsNull(m))
        return 0;
    char base[96];
    snprintf(base, sizeof base, "%s%scategories", path, *path ? "." : "");
    if (!cJSON_IsObject(m)) {
        cz_err_set(err, "field %s: expected an object", base);
        return -1;
    }
    if (cJSON_GetArraySize(m) > SNAPSHOT_MAX_CATEGORIES) {
        cz_err_set(err, "field %s: more than %d categories", base, SNAPSHOT_MAX_CATEGORIES);
        return -1;
    }
    for (cJSON *x = m->child; x; x = x->next) {
        char *name = snap_clean_text(x->string ? x->string : "", x->string ? strlen(x->string) : 0,
                                     SNAPSHOT_MAX_TEXT);
        double v = x->valuedouble;
        if (!*name || snap_cats_find(out, name) || !cJSON_IsNumber(x) || !(v >= 0) ||
            v != floor(v) || v > (double)calls) {
            cz_err_set(err, "field %s.%s: %s", base, *name ? name : "(empty)",
                       !*name ? "empty name" : snap_cats_find(out, name) ? "repeated"
                       : "expected a whole number of calls at most the hour's calls");
            free(name);
            snap_cats_free(out);
            return -1;
        }
        snap_cats_add(out, name, (int64_t)v, 0, 0);
        free(name);
    }
    return 0;
}
