/* report.c - the KPI report over all calls, read from the same snapshot the
 * dashboard gets, printed as an aligned table or as JSON. Conversation
 * averages the calls do not have (no timed or rated calls) print as "-" in
 * the table and null in the JSON. Teams follow the agents, from the same
 * teams payload the dashboard's team summary shows. */
#include "report.h"

#include <cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "pg_snapshot.h"

static double round2(double v)
{
    return round(v * 100.0) / 100.0;
}

/* An average that may be unknown (< 0): rounded to two decimals, or null. */
static void add_avg(cJSON *o, const char *name, double v)
{
    if (v < 0 || !isfinite(v))
        cJSON_AddNullToObject(o, name);
    else
        cJSON_AddNumberToObject(o, name, round2(v));
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
    add_avg(o, "avg_duration_s", kpi_avg_duration_s(k));
    add_avg(o, "agent_talk_pct", kpi_avg_agent_talk_pct(k));
    add_avg(o, "customer_talk_pct", kpi_avg_customer_talk_pct(k));
    add_avg(o, "silence_pct", kpi_avg_silence_pct(k));
    add_avg(o, "avg_longest_monologue_s", kpi_avg_monologue_s(k));
    add_avg(o, "avg_interruptions", kpi_avg_interruptions(k));
    add_avg(o, "avg_customer_questions", kpi_avg_questions(k));
    add_avg(o, "avg_csat", kpi_avg_csat(k));
    /* Every counter behind these, exact, named as its aggregate column. */
    cJSON *c = cJSON_AddObjectToObject(o, "counters");
    char v[32];
    for (int i = 0; i < KC_N; i++)
        cJSON_AddRawToObject(c, KC_TABLE[i].column, kc_format(i, kc_get(k, i), v));
    return o;
}

/* An average for the table: "-" when unknown (< 0). Returns out. */
static const char *avg_cell(double v, int decimals, char out[32])
{
    if (v < 0 || !isfinite(v))
        snprintf(out, 32, "-");
    else
        snprintf(out, 32, "%.*f", decimals, v);
    return out;
}

static void row(FILE *out, const char *name, int w, const kpi_counts *k)
{
    char dur[32], talk[32], sil[32], intr[32], csat[32];
    fprintf(out, "%-*.*s %8lld %8lld %7.2f%% %12.2f %10.2f %6lld %6lld %6lld %7s %6s %6s %5s %5s\n",
            w, w, name, (long long)k->calls, (long long)k->conversions, kpi_conversion_rate(k),
            (double)k->upsell_cents / 100.0, kpi_avg_upsell(k), (long long)k->positive,
            (long long)k->neutral, (long long)k->negative,
            avg_cell(kpi_avg_duration_s(k), 1, dur), avg_cell(kpi_avg_agent_talk_pct(k), 1, talk),
            avg_cell(kpi_avg_silence_pct(k), 1, sil), avg_cell(kpi_avg_interruptions(k), 1, intr),
            avg_cell(kpi_avg_csat(k), 1, csat));
}

static cJSON *cats_json(const snap_cats *c, const kpi_counts *all)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < c->n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "category", c->v[i].name);
        cJSON_AddNumberToObject(o, "calls", (double)c->v[i].all);
        cJSON_AddNumberToObject(o, "rate", round2(kpi_share_pct(c->v[i].all, all->calls)));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

/* The call categories: overall, then each agent's, as counts and % of calls. */
static void cats_table(FILE *out, int w, const snap_summary *sum, const snap_agents *ag)
{
    if (!sum->cats.n)
        return;
    fprintf(out, "\n%-*s %-24s %8s %7s\n", w, "AGENT", "CATEGORY", "CALLS", "RATE%");
    for (size_t i = 0; i < ag->n; i++)
        for (size_t j = 0; j < ag->v[i].cats.n; j++)
            fprintf(out, "%-*.*s %-24s %8lld %6.2f%%\n", w, w, ag->v[i].agent_name,
                    ag->v[i].cats.v[j].name, (long long)ag->v[i].cats.v[j].all,
                    kpi_share_pct(ag->v[i].cats.v[j].all, ag->v[i].k.all.calls));
    for (size_t j = 0; j < sum->cats.n; j++)
        fprintf(out, "%-*s %-24s %8lld %6.2f%%\n", w, "OVERALL", sum->cats.v[j].name,
                (long long)sum->cats.v[j].all, kpi_share_pct(sum->cats.v[j].all, sum->k.all.calls));
}

int report_write(PGconn *c, bool json, FILE *out)
{
    snap_summary sum;
    snap_agents ag;
    snap_trend tr;
    snap_teams te;
    snap_hours ho;
    cz_err err;
    int64_t now = (int64_t)time(NULL);
    if (pg_snapshot_build(c, now, NULL, 0, &sum, &ag, &tr, &err) < 0) {
        log_error("report: %s", err.msg);
        return -1;
    }
    if (pg_snapshot_coach(c, now, &te, &ho, &err) < 0) {
        log_error("report: %s", err.msg);
        snap_summary_free(&sum);
        snap_agents_free(&ag);
        snap_trend_free(&tr);
        return -1;
    }
    if (json) {
        cJSON *root = cJSON_CreateObject();
        cJSON_AddItemToObject(root, "overall", counts_json(&sum.k.all));
        cJSON_AddItemToObject(root, "categories", cats_json(&sum.cats, &sum.k.all));
        cJSON_AddStringToObject(root, "timezone", sum.timezone ? sum.timezone : "");
        cJSON_AddStringToObject(root, "today", sum.today);
        cJSON *arr = cJSON_AddArrayToObject(root, "agents");
        for (size_t i = 0; i < ag.n; i++) {
            cJSON *a = counts_json(&ag.v[i].k.all);
            cJSON_AddItemToObject(a, "agent_name", cJSON_CreateString(ag.v[i].agent_name));
            cJSON_AddItemToObject(a, "categories", cats_json(&ag.v[i].cats, &ag.v[i].k.all));
            cJSON_AddStringToObject(a, "team", ag.v[i].team ? ag.v[i].team : "unassigned");
            cJSON_AddItemToArray(arr, a);
        }
        cJSON *teams = cJSON_AddArrayToObject(root, "teams");
        for (size_t i = 0; i < te.n; i++) {
            cJSON *t = counts_json(&te.v[i].k.all);
            cJSON_AddStringToObject(t, "team", te.v[i].team);
            cJSON_AddNumberToObject(t, "agents", (double)te.v[i].agents);
            cJSON_AddItemToArray(teams, t);
        }
        cJSON_AddNumberToObject(root, "teams_total", (double)te.total);
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
        for (size_t i = 0; i < te.n; i++) {
            int l = (int)strlen(te.v[i].team);
            if (l > w)
                w = l > 40 ? 40 : l;
        }
        fprintf(out, "%-*s %8s %8s %8s %12s %10s %6s %6s %6s %7s %6s %6s %5s %5s\n", w, "AGENT",
                "CALLS", "CONV", "CONV%", "UPSELL $", "AVG $", "POS", "NEU", "NEG", "DUR S",
                "TALK%", "SIL%", "INTR", "CSAT");
        for (size_t i = 0; i < ag.n; i++)
            row(out, ag.v[i].agent_name, w, &ag.v[i].k.all);
        row(out, "OVERALL", w, &sum.k.all);
        if (te.n) {
            fprintf(out, "\n%-*s %8s %8s %8s %12s %10s %6s %6s %6s %7s %6s %6s %5s %5s\n", w,
                    "TEAM", "CALLS", "CONV", "CONV%", "UPSELL $", "AVG $", "POS", "NEU", "NEG",
                    "DUR S", "TALK%", "SIL%", "INTR", "CSAT");
            for (size_t i = 0; i < te.n; i++)
                row(out, te.v[i].team, w, &te.v[i].k.all);
            if (te.total > (int64_t)te.n)
                fprintf(out, "(%lld teams in all: the first %zu by name)\n", (long long)te.total,
                        te.n);
        }
        cats_table(out, w, &sum, &ag);
    }
    snap_teams_free(&te);
    snap_hours_free(&ho);
    snap_summary_free(&sum);
    snap_agents_free(&ag);
    snap_trend_free(&tr);
    return 0;
}

void report_counters(FILE *out)
{
    static const char *const kinds[] = {"count", "money", "score"};
    for (int i = 0; i < KC_N; i++) {
        const kc_desc *c = &KC_TABLE[i];
        const char *g = kc_group_name(c->group);
        fprintf(out, "%s\t%s\t%s%s%s\t%s\n", c->column, kinds[c->kind], g, *g ? "." : "",
                c->key, c->gold);
    }
}
