/* bench_baseline.c - the benchmark's per-row baseline: the method of the
 * original Python pipeline Converza replaces, in C so that the comparison
 * measures the method and not the language. For every call file, one layer
 * at a time: BEGIN, one INSERT, COMMIT (what psycopg2 does around
 * conn.commit()), into the worker's own bronze, silver and gold tables; at the
 * end the aggregates are rebuilt with one GROUP BY over gold.
 *
 * The KPIs come from `converza-etl analyze` output (KPI_JSONL), which bench.sh
 * times and adds to this program's time, so the baseline is charged for the
 * same KPI work as the worker. Turns are split naively on "Agent:" and
 * "Customer:", as the original did.
 *
 * usage: bench-baseline CONNINFO DIR KPI_JSONL
 * Prints the number of calls inserted; exits 1 on any error. */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <libpq-fe.h>

#include "bench_files.h"

static PGconn *conn;

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "bench-baseline: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
    PQfinish(conn);
    exit(1);
}

static void exec_ok(const char *sql)
{
    PGresult *r = PQexec(conn, sql);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        die(sql, PQerrorMessage(conn));
    PQclear(r);
}

/* One statement in its own transaction, as the per-row pipeline did. */
static void insert_committed(const char *sql, int n, const char *const *v)
{
    exec_ok("BEGIN");
    PGresult *r = PQexecParams(conn, sql, n, NULL, v, NULL, NULL, 0);
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        die(sql, PQerrorMessage(conn));
    PQclear(r);
    exec_ok("COMMIT");
}

/* The KPI lines, sorted by call_id for lookup. */
typedef struct {
    char *call_id;
    cJSON *doc;
} kpi_line;

static int by_id(const void *a, const void *b)
{
    return strcmp(((const kpi_line *)a)->call_id, ((const kpi_line *)b)->call_id);
}

static kpi_line *load_kpis(const char *path, size_t *count)
{
    size_t len;
    char *all = read_all(path, &len);
    size_t n = 0, cap = 1024;
    kpi_line *v = xrealloc(NULL, cap * sizeof *v);
    for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n")) {
        cJSON *doc = cJSON_Parse(line);
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(doc, "call_id");
        if (!cJSON_IsString(id))
            die(path, "a line without call_id");
        if (n == cap)
            v = xrealloc(v, (cap *= 2) * sizeof *v);
        v[n].call_id = id->valuestring;
        v[n++].doc = doc;
    }
    free(all);
    qsort(v, n, sizeof *v, by_id);
    *count = n;
    return v;
}

/* Naive turns: text between consecutive "Agent:" / "Customer:" labels. */
static char *naive_turns(const char *t, int *nturns)
{
    cJSON *arr = cJSON_CreateArray();
    *nturns = 0;
    const char *p = t, *speaker = "unknown";
    for (;;) {
        const char *a = strstr(p, "Agent:"), *c = strstr(p, "Customer:");
        const char *next = a && (!c || a < c) ? a : c;
        const char *end = next ? next : p + strlen(p);
        while (p < end && (*p == ' ' || *p == '\n'))
            p++;
        const char *e = end;
        while (e > p && (e[-1] == ' ' || e[-1] == '\n'))
            e--;
        if (e > p) {
            char *text = strndup(p, (size_t)(e - p));
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "speaker", speaker);
            cJSON_AddStringToObject(o, "text", text);
            cJSON_AddItemToArray(arr, o);
            free(text);
            (*nturns)++;
        }
        if (!next)
            break;
        speaker = next == a ? "agent" : "customer";
        p = next + (next == a ? 6 : 9);
    }
    char *s = cJSON_PrintUnformatted(arr);
    cJSON_Delete(arr);
    return s;
}

static const char *str_of(const cJSON *o, const char *key, const char *path)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsString(v))
        die(path, key);
    return v->valuestring;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fputs("usage: bench-baseline CONNINFO DIR KPI_JSONL\n", stderr);
        return 64;
    }
    conn = PQconnectdb(argv[1]);
    if (PQstatus(conn) != CONNECTION_OK)
        die("connect", PQerrorMessage(conn));
    exec_ok("SET TIME ZONE 'UTC'");
    size_t nk;
    kpi_line *kpis = load_kpis(argv[3], &nk);
    struct dirent **names;
    int n = json_files(argv[2], &names);
    char path[4096];
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", argv[2], names[i]->d_name);
        size_t len;
        char *raw = read_all(path, &len);
        /* bronze: the raw record with an FNV-1a 64 checksum */
        uint64_t h = 1469598103934665603ULL;
        for (size_t k = 0; k < len; k++)
            h = (h ^ (unsigned char)raw[k]) * 1099511628211ULL;
        char sum[17];
        snprintf(sum, sizeof sum, "%016llx", (unsigned long long)h);
        cJSON *doc = cJSON_ParseWithLength(raw, len);
        const char *id = str_of(doc, "call_id", path);
        const char *ts = str_of(doc, "timestamp", path);
        /* bronze carries the call's time, its partition key (sql/010) */
        const char *b[5] = {id, raw, path, sum, ts};
        insert_committed("INSERT INTO bronze_calls (call_id, raw, source_file, checksum, batch_id,"
                         " call_time) VALUES ($1, $2, $3, $4, 0, $5::timestamptz)", 5, b);
        /* silver: trimmed name, parsed time, naive turns */
        const char *agent = str_of(doc, "agent_name", path);
        const char *text = str_of(doc, "transcript_text", path);
        int nturns;
        char *turns = naive_turns(text, &nturns);
        char nt[16];
        snprintf(nt, sizeof nt, "%d", nturns);
        const char *s[5] = {id, agent, ts, turns, nt};
        insert_committed("INSERT INTO silver_calls (call_id, agent_name, call_time,"
                         " turns, turn_count, batch_id)"
                         " VALUES ($1, btrim($2), $3::timestamptz, $4::jsonb, $5, 0)", 5, s);
        free(turns);
        /* gold: the KPIs of this call */
        kpi_line key = {(char *)id, NULL};
        kpi_line *k = bsearch(&key, kpis, nk, sizeof *kpis, by_id);
        if (!k)
            die(path, "no KPI line for this call");
        const cJSON *conv = cJSON_GetObjectItemCaseSensitive(k->doc, "is_conversion");
        const cJSON *up = cJSON_GetObjectItemCaseSensitive(k->doc, "upsell_amount");
        const cJSON *sc = cJSON_GetObjectItemCaseSensitive(k->doc, "sentiment_score");
        char upsell[32], score[32];
        snprintf(upsell, sizeof upsell, "%.2f", cJSON_IsNumber(up) ? up->valuedouble : 0.0);
        snprintf(score, sizeof score, "%.4f", cJSON_IsNumber(sc) ? sc->valuedouble : 0.0);
        char *ev = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(k->doc, "evidence"));
        const char *g[7] = {id, agent, ts, cJSON_IsTrue(conv) ? "t" : "f", upsell,
                            str_of(k->doc, "sentiment_label", path), score};
        const char *gv[8] = {g[0], g[1], g[2], g[3], g[4], g[5], g[6], ev ? ev : "{}"};
        insert_committed("INSERT INTO gold_performance_metrics (call_id, agent_name, call_time,"
                         " call_day, is_conversion, upsell_amount, sentiment_label,"
                         " sentiment_score, evidence, rules_version, batch_id)"
                         " VALUES ($1, btrim($2), $3::timestamptz,"
                         " ($3::timestamptz AT TIME ZONE 'UTC')::date, $4, $5, $6, $7, $8::jsonb,"
                         " 'baseline', 0)", 8, gv);
        free(ev);
        cJSON_Delete(doc);
        free(raw);
        free(names[i]);
    }
    free(names);
    /* The aggregates once at the end: cheaper than per row, generous to the
     * baseline. */
    exec_ok("BEGIN");
    exec_ok("DELETE FROM agent_daily_metrics");
    exec_ok("INSERT INTO agent_daily_metrics SELECT agent_name, call_day, count(*),"
            " count(*) FILTER (WHERE is_conversion), sum(upsell_amount),"
            " count(*) FILTER (WHERE sentiment_label = 'positive'),"
            " count(*) FILTER (WHERE sentiment_label = 'neutral'),"
            " count(*) FILTER (WHERE sentiment_label = 'negative'), sum(sentiment_score)"
            " FROM gold_performance_metrics GROUP BY 1, 2");
    exec_ok("COMMIT");
    for (size_t i = 0; i < nk; i++)
        cJSON_Delete(kpis[i].doc);
    free(kpis);
    PQfinish(conn);
    printf("%d\n", n);
    return 0;
}
