/* pg_calls.c - reads the drill-down payloads from gold (KPIs, evidence) and
 * silver (turns, cut by the server to what a payload may carry): one query
 * per PG_CALLS_CHUNK agents, each agent's newest calls found through the
 * (agent_name, call_time, call_id) index. */
#include "pg_calls.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "pg.h"
#include "snapshot.h"

static const char QUERY[] =
    "SELECT a.name, coalesce(t.calls, 0), g.call_id,"
    " extract(epoch FROM g.call_time)::bigint, to_char(g.call_day, 'YYYY-MM-DD'), g.duration_ms, g.is_conversion,"
    " g.upsell_amount, g.sentiment_label, g.sentiment_score, g.evidence::text,"
    /* the turns cut by the server, so a long call never crosses the wire whole */
    " (SELECT json_build_object('n', json_array_length(s.turns), 't', coalesce(json_agg("
    "   json_build_object('speaker', e->>'speaker', 'text', left(e->>'text', $3::int)) ORDER BY i),"
    "   '[]'))::text FROM json_array_elements(s.turns) WITH ORDINALITY x(e, i) WHERE i <= $4::int)"
    " FROM unnest($1::text[]) WITH ORDINALITY a(name, ord)"
    " LEFT JOIN agent_totals t ON t.agent_name = a.name"
    " LEFT JOIN LATERAL (SELECT * FROM gold_performance_metrics x WHERE x.agent_name = a.name"
    "  ORDER BY x.call_time DESC, x.call_id DESC LIMIT $2::int) g ON true"
    " LEFT JOIN silver_calls s ON s.call_id = g.call_id"
    " ORDER BY a.ord, g.call_time DESC, g.call_id DESC";

/* The n first strings of a JSON array (or objects' "text" and "amount"). */
static void read_list(const cJSON *ev, const char *key, bool money, snap_evidence **out,
                      size_t *n)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(ev, key);
    int len = cJSON_IsArray(a) ? cJSON_GetArraySize(a) : 0;
    if (len > SNAPSHOT_EVIDENCE_MAX)
        len = SNAPSHOT_EVIDENCE_MAX;
    *out = xcalloc((size_t)len + 1, sizeof **out);
    for (int i = 0; i < len; i++) {
        const cJSON *e = cJSON_GetArrayItem(a, i);
        const cJSON *text = money ? cJSON_GetObjectItemCaseSensitive(e, "text") : e;
        if (!cJSON_IsString(text) || !text->valuestring)
            continue;
        snap_evidence *x = &(*out)[(*n)++];
        x->text = xstrdup(text->valuestring);
        if (money) {
            const cJSON *amt = cJSON_GetObjectItemCaseSensitive(e, "amount");
            /* the stored text of the number, not a double: cents stay exact */
            char *num = cJSON_IsNumber(amt) ? cJSON_PrintUnformatted(amt) : NULL;
            x->cents = num ? agg_parse_fixed(num, 2) : 0;
            free(num);
        }
    }
}

static void read_evidence(const char *json, snap_call *c)
{
    cJSON *ev = cJSON_Parse(json);
    read_list(ev, "conversion", false, &c->conv, &c->n_conv);
    read_list(ev, "upsell", true, &c->upsell, &c->n_upsell);
    read_list(ev, "sentiment", false, &c->sent, &c->n_sent);
    cJSON_Delete(ev);
}

/* {"n": turns the call has, "t": the first SNAPSHOT_TURNS_MAX of them} */
static void read_turns(const char *json, snap_call *c)
{
    cJSON *o = cJSON_Parse(json);
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, "t");
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(o, "n");
    int len = cJSON_IsArray(a) ? cJSON_GetArraySize(a) : 0;
    c->turns_total = cJSON_IsNumber(n) ? (int64_t)n->valuedouble : len;
    c->has_turns = cJSON_IsArray(a);
    if (len > SNAPSHOT_TURNS_MAX)
        len = SNAPSHOT_TURNS_MAX;
    c->turns = xcalloc((size_t)len + 1, sizeof *c->turns);
    const cJSON *t = a ? a->child : NULL;
    for (int i = 0; i < len && t; i++, t = t->next) {
        const cJSON *sp = cJSON_GetObjectItemCaseSensitive(t, "speaker");
        const cJSON *tx = cJSON_GetObjectItemCaseSensitive(t, "text");
        snap_turn *x = &c->turns[c->n_turns++];
        const char *s = cJSON_IsString(sp) ? sp->valuestring : "";
        x->speaker = strcmp(s, "agent") == 0      ? SNAP_SPK_AGENT
                     : strcmp(s, "customer") == 0 ? SNAP_SPK_CUSTOMER
                                                  : SNAP_SPK_UNKNOWN;
        x->text = xstrdup(cJSON_IsString(tx) && tx->valuestring ? tx->valuestring : "");
    }
    cJSON_Delete(o);
}

static void read_call(PGresult *r, int i, snap_call *c)
{
    c->call_id = xstrdup(PQgetvalue(r, i, 2));
    c->time = atoll(PQgetvalue(r, i, 3));
    snprintf(c->day, sizeof c->day, "%s", PQgetvalue(r, i, 4));
    c->duration_ms = PQgetisnull(r, i, 5) ? -1 : atoll(PQgetvalue(r, i, 5));
    c->conversion = PQgetvalue(r, i, 6)[0] == 't';
    c->upsell_cents = agg_parse_fixed(PQgetvalue(r, i, 7), 2);
    const char *label = PQgetvalue(r, i, 8);
    c->sentiment = strcmp(label, "positive") == 0 ? 1 : strcmp(label, "negative") == 0 ? -1 : 0;
    c->score_e4 = (int)agg_parse_fixed(PQgetvalue(r, i, 9), 4);
    read_evidence(PQgetvalue(r, i, 10), c);
    if (!PQgetisnull(r, i, 11))
        read_turns(PQgetvalue(r, i, 11), c);
}

int pg_calls_each(PGconn *c, const char *const *names, size_t n, int64_t now,
                  void (*fn)(const snap_calls *calls, void *ud), void *ud, cz_err *err)
{
    char limit[16], text[16], turns[16];
    snprintf(limit, sizeof limit, "%d", SNAPSHOT_CALLS_SENT);
    snprintf(text, sizeof text, "%d", SNAPSHOT_TURN_TEXT);
    snprintf(turns, sizeof turns, "%d", SNAPSHOT_TURNS_MAX);
    for (size_t lo = 0; lo < n; lo += PG_CALLS_CHUNK) {
        size_t m = n - lo < PG_CALLS_CHUNK ? n - lo : PG_CALLS_CHUNK;
        strbuf arr = SB_INIT;
        pg_array_literal(&arr, names + lo, m);
        const char *params[4] = {arr.s, limit, text, turns};
        PGresult *r = pg_query(c, QUERY, 4, params, err);
        sb_free(&arr);
        if (!r)
            return -1;
        int rows = PQntuples(r);
        for (int i = 0; i < rows;) {
            snap_calls s = {SNAPSHOT_SCHEMA, now, xstrdup(PQgetvalue(r, i, 0)),
                            atoll(PQgetvalue(r, i, 1)), NULL, 0};
            s.v = xcalloc(SNAPSHOT_CALLS_SENT, sizeof *s.v);
            int j = i;
            for (; j < rows && strcmp(PQgetvalue(r, j, 0), s.agent_name) == 0; j++)
                if (!PQgetisnull(r, j, 2) && s.n < SNAPSHOT_CALLS_SENT)
                    read_call(r, j, &s.v[s.n++]);
            fn(&s, ud);
            snap_calls_free(&s);
            i = j;
        }
        PQclear(r);
    }
    return 0;
}
