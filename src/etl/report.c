/* report.c - the KPI report over all calls, read from the same snapshot the
 * dashboard gets, printed as an aligned table or as JSON. */
#include "report.h"

#include <cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "pg_snapshot.h"

static double round2(double v)
{
    return round(v * 100.0) / 100.0;
}

static cJSON *counts_json(const kpi_counts *k)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "calls", (double)k->calls);
    cJSON_AddNumberToObject(o, "conversions", (double)k->conversions);
    cJSON_AddNumberToObject(o, "conversion_rate", round2(kpi_conversion_rate(k)));
    cJSON_AddNumberToObject(o, "upsell_revenue", (double)k->upsell_cents / 100.0);
    cJSON_AddNumberToObject(o, "avg_upsell_per_call", round2(kpi_avg_upsell(k)));
    cJSON *s = cJSON_AddObjectToObject(o, "sentiment");
    cJSON_AddNumberToObject(s, "positive", (double)k->positive);
    cJSON_AddNumberToObject(s, "neutral", (double)k->neutral);
    cJSON_AddNumberToObject(s, "negative", (double)k->negative);
    cJSON_AddNumberToObject(o, "avg_sentiment", round(kpi_avg_sentiment(k) * 10000.0) / 10000.0);
    return o;
}

static void row(FILE *out, const char *name, int w, const kpi_counts *k)
{
    fprintf(out, "%-*.*s %8lld %8lld %7.2f%% %12.2f %10.2f %6lld %6lld %6lld\n", w, w, name,
            (long long)k->calls, (long long)k->conversions, kpi_conversion_rate(k),
            (double)k->upsell_cents / 100.0, kpi_avg_upsell(k), (long long)k->positive,
            (long long)k->neutral, (long long)k->negative);
}

int report_write(PGconn *c, bool json, FILE *out)
{
    snap_summary sum;
    snap_agents ag;
    snap_trend tr;
    cz_err err;
    if (pg_snapshot_build(c, (int64_t)time(NULL), NULL, &sum, &ag, &tr, &err) < 0) {
        log_error("report: %s", err.msg);
        return -1;
    }
    if (json) {
        cJSON *root = cJSON_CreateObject();
        cJSON_AddItemToObject(root, "overall", counts_json(&sum.k.all));
        cJSON *arr = cJSON_AddArrayToObject(root, "agents");
        for (size_t i = 0; i < ag.n; i++) {
            cJSON *a = counts_json(&ag.v[i].k.all);
            cJSON_AddItemToObject(a, "agent_name", cJSON_CreateString(ag.v[i].agent_name));
            cJSON_AddItemToArray(arr, a);
        }
        char *s = cJSON_PrintUnformatted(root);
        fprintf(out, "%s\n", s);
        free(s);
        cJSON_Delete(root);
    } else {
        int w = 7;
        for (size_t i = 0; i < ag.n; i++) {
            int l = (int)strlen(ag.v[i].agent_name);
            if (l > w)
                w = l > 40 ? 40 : l;
        }
        fprintf(out, "%-*s %8s %8s %8s %12s %10s %6s %6s %6s\n", w, "AGENT", "CALLS", "CONV",
                "CONV%", "UPSELL $", "AVG $", "POS", "NEU", "NEG");
        for (size_t i = 0; i < ag.n; i++)
            row(out, ag.v[i].agent_name, w, &ag.v[i].k.all);
        row(out, "OVERALL", w, &sum.k.all);
    }
    snap_summary_free(&sum);
    snap_agents_free(&ag);
    snap_trend_free(&tr);
    return 0;
}
