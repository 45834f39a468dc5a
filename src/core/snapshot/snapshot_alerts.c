/* snapshot_alerts.c - the alerts payloads (converza-mqtt(7)): the retained
 * set of active alerts and the raise/clear events, with a checked decoder
 * for the dashboard. */
#include <cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "snapshot.h"

void snap_alert_copy(snap_alert *out, const snap_alert *a)
{
    *out = *a;
    out->rule = xstrdup(a->rule ? a->rule : "");
    out->kind = xstrdup(a->kind ? a->kind : "");
    out->metric = xstrdup(a->metric ? a->metric : "");
    out->window = xstrdup(a->window ? a->window : "");
    out->scope = xstrdup(a->scope ? a->scope : "");
    out->agent = xstrdup(a->agent ? a->agent : "");
    out->team = xstrdup(a->team ? a->team : "");
}

void snap_alert_free(snap_alert *a)
{
    free(a->rule);
    free(a->kind);
    free(a->metric);
    free(a->window);
    free(a->scope);
    free(a->agent);
    free(a->team);
    memset(a, 0, sizeof *a);
}

void snap_alerts_free(snap_alerts *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        snap_alert_free(&s->v[i]);
    free(s->v);
    memset(s, 0, sizeof *s);
}

static double finite_or_0(double v)
{
    return isfinite(v) ? round(v * 10000.0) / 10000.0 : 0.0;
}

static cJSON *alert_obj(const snap_alert *a)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    char iso[32] = "";
    time_t t = (time_t)a->since;
    struct tm tm;
    if (gmtime_r(&t, &tm))
        strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    bool ok = cJSON_AddStringToObject(o, "rule", a->rule ? a->rule : "") &&
              cJSON_AddStringToObject(o, "kind", a->kind ? a->kind : "") &&
              cJSON_AddStringToObject(o, "metric", a->metric ? a->metric : "") &&
              cJSON_AddStringToObject(o, "window", a->window ? a->window : "") &&
              cJSON_AddStringToObject(o, "scope", a->scope ? a->scope : "") &&
              cJSON_AddStringToObject(o, "agent", a->agent ? a->agent : "") &&
              cJSON_AddStringToObject(o, "team", a->team ? a->team : "") &&
              cJSON_AddNumberToObject(o, "value", finite_or_0(a->value)) &&
              cJSON_AddNumberToObject(o, "threshold", finite_or_0(a->threshold)) &&
              cJSON_AddNumberToObject(o, "since", (double)a->since) &&
              cJSON_AddStringToObject(o, "since_iso", iso);
    if (ok && a->kind && strcmp(a->kind, "anomaly") == 0)
        ok = cJSON_AddNumberToObject(o, "baseline_mean", finite_or_0(a->baseline_mean)) &&
             cJSON_AddNumberToObject(o, "baseline_sd", finite_or_0(a->baseline_sd));
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static char *print(cJSON *o)
{
    char *p = o ? cJSON_PrintUnformatted(o) : NULL;
    char *out = p ? xstrdup(p) : NULL;
    cJSON_free(p);
    cJSON_Delete(o);
    return out;
}

char *snap_alerts_encode(const snap_alerts *s)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddNumberToObject(o, "schema", SNAPSHOT_SCHEMA) ||
        !cJSON_AddNumberToObject(o, "generated_at", (double)s->generated_at)) {
        cJSON_Delete(o);
        return NULL;
    }
    cJSON *arr = cJSON_AddArrayToObject(o, "alerts");
    size_t n = s->n < SNAPSHOT_MAX_ALERTS ? s->n : SNAPSHOT_MAX_ALERTS;
    for (size_t i = 0; arr && i < n; i++) {
        cJSON *a = alert_obj(&s->v[i]);
        if (!a || !cJSON_AddItemToArray(arr, a)) {
            cJSON_Delete(a);
            arr = NULL;
        }
    }
    if (!arr) {
        cJSON_Delete(o);
        return NULL;
    }
    return print(o);
}

char *snap_alert_event_encode(const char *event, const snap_alert *a, int64_t now)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *x = alert_obj(a);
    if (!o || !x || !cJSON_AddNumberToObject(o, "schema", SNAPSHOT_SCHEMA) ||
        !cJSON_AddNumberToObject(o, "generated_at", (double)now) ||
        !cJSON_AddStringToObject(o, "event", event) || !cJSON_AddItemToObject(o, "alert", x)) {
        cJSON_Delete(x);
        cJSON_Delete(o);
        return NULL;
    }
    return print(o);
}

/* ---- decoding ------------------------------------------------------------ */

static int get_str(const cJSON *o, const char *key, size_t i, char **out, cz_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsString(v) || !v->valuestring) {
        cz_err_set(err, "field alerts[%zu].%s: expected a string", i, key);
        return -1;
    }
    *out = snap_clean_text(v->valuestring, strlen(v->valuestring), SNAPSHOT_MAX_TEXT * 2);
    return 0;
}

/* A string older workers do not send: "" when absent. */
static int get_opt_str(const cJSON *o, const char *key, size_t i, char **out, cz_err *err)
{
    if (!cJSON_GetObjectItemCaseSensitive(o, key)) {
        *out = xstrdup("");
        return 0;
    }
    return get_str(o, key, i, out, err);
}

static int get_num(const cJSON *o, const char *key, size_t i, bool optional, double *out,
                   cz_err *err)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v && optional) {
        *out = 0;
        return 0;
    }
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || fabs(v->valuedouble) > 1e15) {
        cz_err_set(err, "field alerts[%zu].%s: expected a finite number", i, key);
        return -1;
    }
    *out = v->valuedouble;
    return 0;
}

int snap_alerts_decode(const char *buf, size_t len, snap_alerts *out, cz_err *err)
{
    memset(out, 0, sizeof *out);
    if (len > SNAPSHOT_MAX_PAYLOAD) {
        cz_err_set(err, "payload of %zu bytes is larger than %u", len, SNAPSHOT_MAX_PAYLOAD);
        return -1;
    }
    cJSON *root = cJSON_ParseWithLength(buf, len);
    if (!root || !cJSON_IsObject(root)) {
        cz_err_set(err, "not a JSON object");
        cJSON_Delete(root);
        return -1;
    }
    snap_alerts s = {0};
    int rc = -1;
    const cJSON *sc = cJSON_GetObjectItemCaseSensitive(root, "schema");
    const cJSON *ga = cJSON_GetObjectItemCaseSensitive(root, "generated_at");
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "alerts");
    if (!cJSON_IsNumber(sc) || sc->valuedouble != SNAPSHOT_SCHEMA) {
        cz_err_set(err, "field schema: expected %d", SNAPSHOT_SCHEMA);
    } else if (!cJSON_IsNumber(ga) || !(ga->valuedouble >= 0 && ga->valuedouble < 253402300800.0)) {
        cz_err_set(err, "field generated_at: expected epoch seconds");
    } else if (!cJSON_IsArray(arr)) {
        cz_err_set(err, "missing field alerts");
    } else if (cJSON_GetArraySize(arr) > SNAPSHOT_MAX_ALERTS) {
        cz_err_set(err, "field alerts: more than %d elements", SNAPSHOT_MAX_ALERTS);
    } else {
        s.schema = SNAPSHOT_SCHEMA;
        s.generated_at = (int64_t)ga->valuedouble;
        s.v = xcalloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *s.v);
        rc = 0;
        for (const cJSON *e = arr->child; e && rc == 0; e = e->next) {
            snap_alert *a = &s.v[s.n];
            size_t i = s.n++;
            double since;
            if (!cJSON_IsObject(e)) {
                cz_err_set(err, "field alerts[%zu]: expected an object", i);
                rc = -1;
            } else if (get_str(e, "rule", i, &a->rule, err) < 0 ||
                       get_str(e, "kind", i, &a->kind, err) < 0 ||
                       get_str(e, "metric", i, &a->metric, err) < 0 ||
                       get_str(e, "window", i, &a->window, err) < 0 ||
                       get_str(e, "scope", i, &a->scope, err) < 0 ||
                       get_str(e, "agent", i, &a->agent, err) < 0 ||
                       get_opt_str(e, "team", i, &a->team, err) < 0 ||
                       get_num(e, "value", i, false, &a->value, err) < 0 ||
                       get_num(e, "threshold", i, false, &a->threshold, err) < 0 ||
                       get_num(e, "baseline_mean", i, true, &a->baseline_mean, err) < 0 ||
                       get_num(e, "baseline_sd", i, true, &a->baseline_sd, err) < 0 ||
                       get_num(e, "since", i, false, &since, err) < 0) {
                rc = -1;
            } else if (since < 0 || since != floor(since)) {
                cz_err_set(err, "field alerts[%zu].since: expected epoch seconds", i);
                rc = -1;
            } else {
                a->since = (int64_t)since;
            }
        }
    }
    cJSON_Delete(root);
    if (rc < 0)
        snap_alerts_free(&s);
    else
        *out = s;
    return rc;
}
