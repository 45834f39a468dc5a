/* snapshot_glance.c - the summary's glanceable layer in the one codec:
 * targets (the floor's and per team), the baseline window's length and the
 * minimum calls for ranking (see snapshot_glance.h, converza-mqtt(7)). */
#include "snapshot_glance.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TARGET 1e12 /* dollars or calls; percentages stop at 100 */
#define MAX_MIN_CALLS 1000000
#define MAX_BASELINE_DAYS 400

static const char *const SET_KEYS[4] = {"conversion_rate", "avg_upsell", "calls",
                                        "negative_share"};
static const double SET_MAX[4] = {100, MAX_TARGET, MAX_TARGET, 100};

static double *set_at(snap_target_set *t, int i)
{
    double *f[4] = {&t->conversion_rate, &t->avg_upsell, &t->calls, &t->negative_share};
    return f[i];
}

/* A target with two decimals, or null when there is none. */
static int put_target(cJSON *o, const char *key, double v)
{
    if (!(v >= 0) || !isfinite(v))
        return cJSON_AddNullToObject(o, key) ? 0 : -1;
    char buf[48];
    snprintf(buf, sizeof buf, "%.2f", v);
    return cJSON_AddRawToObject(o, key, buf) ? 0 : -1;
}

static int put_set(cJSON *o, const snap_target_set *t)
{
    int rc = 0;
    for (int i = 0; i < 4; i++)
        rc |= put_target(o, SET_KEYS[i], *set_at((snap_target_set *)t, i));
    return rc;
}

int snap_put_glance(cJSON *o, const snap_summary *s)
{
    int rc = 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%d", s->baseline_days);
    rc |= cJSON_AddRawToObject(o, "baseline_days", buf) ? 0 : -1;
    snprintf(buf, sizeof buf, "%lld", (long long)s->min_calls);
    rc |= cJSON_AddRawToObject(o, "min_calls", buf) ? 0 : -1;
    const snap_targets *t = &s->targets;
    if (!t->has)
        return rc;
    cJSON *to = cJSON_AddObjectToObject(o, "targets");
    if (!to)
        return -1;
    rc |= put_target(to, "margin_pct", t->margin_pct);
    rc |= put_set(to, &t->floor);
    cJSON *arr = cJSON_AddArrayToObject(to, "teams");
    if (!arr)
        return -1;
    for (size_t i = 0; i < t->nteams && i < SNAPSHOT_MAX_TEAMS; i++) {
        cJSON *e = cJSON_CreateObject();
        if (!e || !cJSON_AddItemToArray(arr, e)) {
            cJSON_Delete(e);
            return -1;
        }
        rc |= cJSON_AddStringToObject(e, "team", t->teams[i].team ? t->teams[i].team : "") ? 0 : -1;
        rc |= put_set(e, &t->teams[i].t);
    }
    return rc;
}

/* ---- decoding --------------------------------------------------------- */

/* An optional number in min..max: absent or null leaves *out alone. */
static int opt_number(const cJSON *o, const char *key, const char *path, double min, double max,
                      bool whole, double *out, cz_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) ||
        (whole && v->valuedouble != floor(v->valuedouble))) {
        cz_err_set(err, "field %s%s%s: expected %s or null", path, *path ? "." : "", key,
                   whole ? "a whole number" : "a number");
        return -1;
    }
    if (v->valuedouble < min || v->valuedouble > max) {
        cz_err_set(err, "field %s%s%s: %g is out of range %g..%g", path, *path ? "." : "", key,
                   v->valuedouble, min, max);
        return -1;
    }
    *out = v->valuedouble;
    return 0;
}

static int get_set(const cJSON *o, const char *path, snap_target_set *t, cz_err *err)
{
    for (int i = 0; i < 4; i++) {
        *set_at(t, i) = -1;
        if (opt_number(o, SET_KEYS[i], path, 0, SET_MAX[i], false, set_at(t, i), err) < 0)
            return -1;
    }
    return 0;
}

static int get_teams(const cJSON *to, snap_targets *t, cz_err *err)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(to, "teams");
    if (!arr || cJSON_IsNull(arr))
        return 0;
    if (!cJSON_IsArray(arr)) {
        cz_err_set(err, "field targets.teams: expected an array");
        return -1;
    }
    int n = cJSON_GetArraySize(arr);
    if (n > SNAPSHOT_MAX_TEAMS) {
        cz_err_set(err, "field targets.teams: more than %d elements", SNAPSHOT_MAX_TEAMS);
        return -1;
    }
    t->teams = xcalloc(n > 0 ? (size_t)n : 1, sizeof *t->teams);
    for (const cJSON *e = arr->child; e; e = e->next) {
        char path[48];
        snprintf(path, sizeof path, "targets.teams[%zu]", t->nteams);
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(e, "team");
        if (!cJSON_IsObject(e) || !cJSON_IsString(name) || !name->valuestring) {
            cz_err_set(err, "field %s: expected an object with a string \"team\"", path);
            return -1;
        }
        snap_team_target *tt = &t->teams[t->nteams];
        tt->team = snap_clean_text(name->valuestring, strlen(name->valuestring), SNAPSHOT_MAX_TEXT);
        t->nteams++; /* owns the name from here on */
        if (get_set(e, path, &tt->t, err) < 0)
            return -1;
    }
    return 0;
}

int snap_get_glance(const cJSON *root, snap_summary *s, cz_err *err)
{
    double d = 0;
    if (opt_number(root, "baseline_days", "", 0, MAX_BASELINE_DAYS, true, &d, err) < 0)
        return -1;
    s->baseline_days = (int)d;
    d = 5;
    if (opt_number(root, "min_calls", "", 0, MAX_MIN_CALLS, true, &d, err) < 0)
        return -1;
    s->min_calls = (int64_t)d;
    const cJSON *to = cJSON_GetObjectItemCaseSensitive(root, "targets");
    if (!to || cJSON_IsNull(to))
        return 0;
    if (!cJSON_IsObject(to)) {
        cz_err_set(err, "field targets: expected an object or null");
        return -1;
    }
    snap_targets *t = &s->targets;
    t->has = true;
    t->margin_pct = 0;
    if (opt_number(to, "margin_pct", "targets", 0, 100, false, &t->margin_pct, err) < 0 ||
        get_set(to, "targets", &t->floor, err) < 0 || get_teams(to, t, err) < 0)
        return -1;
    return 0;
}

void snap_targets_free(snap_targets *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nteams; i++)
        free(t->teams[i].team);
    free(t->teams);
    memset(t, 0, sizeof *t);
}
