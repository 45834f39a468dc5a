/* pg_load.c - one batch, one transaction: classify calls against bronze
 * (new, replacement, duplicate), replace old versions in every layer, COPY the
 * new rows, apply exact aggregate deltas, record files (with what their
 * records came to and the identities of their calls), quarantine (a file read
 * again replacing its rows) and the run. */
#include "pg_load.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "agg.h"
#include "call.h"
#include "pg_agg.h"
#include "log.h"
#include "pg.h"
#include "strmap.h"

/* Session advisory lock held by the one worker loading a database. */
#define WORKER_LOCK_KEY "7034817360"

/* A call this attempt leaves alone: refused earlier, or outside the
 * current trial (see isolate). */
static bool call_out(const batch_call *c)
{
    return c->rejected || c->trial_out;
}

static bool file_out(const batch_file *f)
{
    return f->unrecordable || f->trial_out;
}

/* Prefixes err's message with the step that failed (its SQLSTATE tag is
 * kept), so that a reason says which table refused the data. */
static void err_step(cz_err *err, const char *step)
{
    if (!err)
        return;
    cz_err e = *err;
    cz_err_set(err, "%s: %s", step, e.msg);
}

/* Superseded: an earlier record in the same batch with the same call_id as a
 * later one; the later delivery wins. */
static void mark_superseded(batch_t *b, strmap *ids)
{
    for (size_t i = b->ncalls; i-- > 0;) {
        batch_call *c = &b->calls[i];
        if (c->rejected)
            continue;
        if (strmap_get(ids, c->p.call.call_id, NULL))
            c->status = BC_SUPERSEDED;
        else
            strmap_put(ids, c->p.call.call_id, i);
    }
}

static char *id_array(const batch_t *b, int want_replace_only)
{
    strbuf s = SB_INIT;
    sb_putc(&s, '{');
    int first = 1;
    for (size_t i = 0; i < b->ncalls; i++) {
        const batch_call *c = &b->calls[i];
        if (call_out(c) || c->status == BC_SUPERSEDED || c->status == BC_DUPLICATE)
            continue;
        if (want_replace_only && c->status != BC_REPLACE)
            continue;
        if (!first)
            sb_putc(&s, ',');
        first = 0;
        sb_putc(&s, '"');
        for (const char *p = c->p.call.call_id; *p; p++) {
            if (*p == '"' || *p == '\\')
                sb_putc(&s, '\\');
            sb_putc(&s, *p);
        }
        sb_putc(&s, '"');
    }
    sb_putc(&s, '}');
    return sb_steal(&s);
}

/* Appends the values of column col of r to an array literal (distinct
 * values once, when distinct). */
static void column_array(strbuf *s, PGresult *r, int col, bool distinct)
{
    strmap seen = STRMAP_INIT;
    char **v = xmalloc(((size_t)PQntuples(r) + 1) * sizeof *v);
    size_t n = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        if (distinct && strmap_get(&seen, PQgetvalue(r, i, col), NULL))
            continue;
        strmap_put(&seen, PQgetvalue(r, i, col), 0);
        v[n++] = PQgetvalue(r, i, col);
    }
    pg_array_literal(s, (const char *const *)v, n);
    free(v);
    strmap_free(&seen);
}

/* Fresh planner statistics for bronze's key column, inside the batch's
 * transaction (ANALYZE may run there; its locks only keep other ANALYZEs
 * and VACUUMs out until the commit), so that the "= ANY(ids)" lookups keep
 * using the index while bronze grows fast. Only the key column: sampling the
 * raw JSON would read megabytes. A sample of 3,000 rows (statistics target
 * 10) counts the rows and finds call_id unique as well as the default
 * 30,000, which read half a second of wide bronze pages each time. */
static int refresh_bronze_stats(PGconn *c, cz_err *err)
{
    if (pg_exec(c, "SET LOCAL default_statistics_target = 10;"
                   "ANALYZE bronze_calls (call_id);"
                   "SET LOCAL default_statistics_target TO DEFAULT", err) < 0) {
        err_step(err, "refreshing the statistics of bronze_calls");
        return -1;
    }
    return 0;
}

static int classify(PGconn *c, batch_t *b, const strmap *ids, load_stats *st, cz_err *err)
{
    char *arr = id_array(b, 0);
    /* The layers are partitioned by month (sql/010_partitions.sql), so
     * call_id is unique across months only because every call is looked up
     * before it is loaded: in call_index (sql/016_call_index.sql), one probe
     * each, which gives the month of a stored call; its rows are then read in
     * that month only. Bronze says whether the content changed. A call whose
     * bronze month was pruned (retention) may still be in silver or gold: it
     * is replaced there, content unknown. A call_index row whose months every
     * layer has dropped is left over: it goes, and the call is new. */
    const char *p1[1] = {arr};
    PGresult *h = pg_query(c, "SELECT call_id, call_time FROM call_index WHERE call_id = ANY($1::text[])",
                           1, p1, err);
    free(arr);
    if (!h)
        return -1;
    PGresult *r = NULL;
    /* Bronze is read only for calls already indexed: its statistics are
     * refreshed here, when due, so that a load of new calls alone never
     * pays for them. */
    if (PQntuples(h) > 0 && b->stats_due && !b->stats_taken) {
        if (refresh_bronze_stats(c, err) < 0) {
            PQclear(h);
            return -1;
        }
        b->stats_taken = true;
    }
    if (PQntuples(h) > 0) {
        strbuf hit = SB_INIT, at = SB_INIT;
        column_array(&hit, h, 0, false);
        column_array(&at, h, 1, true);
        /* The times as constants: the plan reads only their months. */
        const char *params[2] = {hit.s, at.s};
        r = pg_query(c,
            "SELECT call_id, checksum FROM bronze_calls WHERE call_time = ANY($2::timestamptz[])"
            " AND call_id = ANY((SELECT $1::text[])::text[])"
            " UNION ALL SELECT call_id, NULL FROM ("
            "SELECT call_id FROM gold_performance_metrics WHERE call_time = ANY($2::timestamptz[])"
            " AND call_id = ANY((SELECT $1::text[])::text[])"
            " UNION SELECT call_id FROM silver_calls WHERE call_time = ANY($2::timestamptz[])"
            " AND call_id = ANY((SELECT $1::text[])::text[])) older",
            2, params, err);
        sb_free(&at);
        if (r) {
            /* Left over: indexed, in no layer. */
            strmap found = STRMAP_INIT;
            for (int i = 0; i < PQntuples(r); i++)
                strmap_put(&found, PQgetvalue(r, i, 0), 0);
            char **gone = xmalloc((size_t)PQntuples(h) * sizeof *gone);
            size_t ngone = 0;
            for (int i = 0; i < PQntuples(h); i++)
                if (!strmap_get(&found, PQgetvalue(h, i, 0), NULL))
                    gone[ngone++] = PQgetvalue(h, i, 0);
            if (ngone) {
                sb_clear(&hit);
                pg_array_literal(&hit, (const char *const *)gone, ngone);
                const char *pg[1] = {hit.s};
                PGresult *d = pg_query(c, "DELETE FROM call_index WHERE call_id = ANY($1::text[])", 1,
                                       pg, err);
                if (!d) {
                    PQclear(r);
                    r = NULL;
                }
                PQclear(d);
            }
            free(gone);
            strmap_free(&found);
        }
        sb_free(&hit);
        if (!r) {
            PQclear(h);
            return -1;
        }
    }
    PQclear(h);
    for (int i = 0; r && i < PQntuples(r); i++) { /* (no row indexed: every call is new) */
        size_t idx;
        if (!strmap_get(ids, PQgetvalue(r, i, 0), &idx))
            continue;
        batch_call *bc = &b->calls[idx];
        if (call_out(bc))
            continue;
        if (PQgetisnull(r, i, 1)) {
            if (bc->status == BC_NEW)
                bc->status = BC_REPLACE;
        } else if (strcmp(PQgetvalue(r, i, 1), bc->p.checksum) == 0) {
            bc->status = BC_DUPLICATE;
        } else {
            bc->status = BC_REPLACE;
        }
    }
    PQclear(r);
    for (size_t i = 0; i < b->ncalls; i++) {
        batch_call *bc = &b->calls[i];
        if (call_out(bc))
            continue;
        if (bc->status == BC_DUPLICATE || bc->status == BC_SUPERSEDED) {
            st->duplicates++;
        } else if (bc->status == BC_REPLACE) {
            st->replaced++;
        }
    }
    return 0;
}

/* The batch's deltas for each aggregate table: per agent and day
 * (agent_daily_metrics, and agent_totals summed from it), per agent and
 * business hour (agent_hourly_metrics), per team and day (team_daily_metrics). */
typedef struct {
    agg_delta day, hour, team;
} agg_set;

/* One call's counters k, added (+1) or removed (-1) at its agent, team, day
 * and hour (its start as cz_time_format writes it: prepared_call.hour). */
static void agg_set_add(agg_set *d, const char *agent, const char *team, const char *day,
                        const char *hour, const kpi_counts *k, int sign)
{
    agg_delta_add(&d->day, agent, day, k, sign);
    agg_delta_add(&d->hour, agent, hour, k, sign);
    agg_delta_add(&d->team, team, day, k, sign);
}

/* One call's category, added (+1) or removed (-1) at its agent and day, its
 * agent and hour, and its team and day: the category tables follow the same
 * moves as the counters. */
static void agg_set_cat(agg_set *d, const char *agent, const char *team, const char *day,
                        const char *hour, const char *category, int sign)
{
    agg_delta_cat(&d->day, agent, day, category, sign);
    agg_delta_cat(&d->hour, agent, hour, category, sign);
    agg_delta_cat(&d->team, team, day, category, sign);
}

/* Deletes the old versions of replaced calls from every layer, in the month
 * call_index gives for each (their index rows go too: copy_layers writes
 * them again), and subtracts their gold values from the aggregate deltas
 * (their hour in the current zone, which is the aggregates' own:
 * pg_zone_sync). A call without an index row (none is expected) is looked
 * for in every month. With keep_bronze (reprocess) a call whose time changed
 * has its bronze row moved to the new time, as every layer holds a call at
 * its indexed time. (Ids as a sub-select, as in classify.) */
static int remove_replaced(PGconn *c, const batch_t *b, const strmap *ids, agg_set *d,
                           bool keep_bronze, cz_err *err)
{
    if (!b->ncalls)
        return 0;
    char *arr = id_array(b, 1);
    if (strcmp(arr, "{}") == 0) {
        free(arr);
        return 0;
    }
    const char *p1[1] = {arr};
    PGresult *ix = pg_query(c, "DELETE FROM call_index WHERE call_id = ANY($1::text[])"
                               " RETURNING call_id, call_time, extract(epoch FROM call_time)::bigint",
                            1, p1, err);
    free(arr);
    if (!ix)
        return -1;
    strbuf at = SB_INIT, lost = SB_INIT;
    column_array(&at, ix, 1, true);
    /* Replaced calls without an index row: searched in every month. */
    strmap indexed = STRMAP_INIT;
    for (int i = 0; i < PQntuples(ix); i++)
        strmap_put(&indexed, PQgetvalue(ix, i, 0), 0);
    char **missing = xmalloc((b->ncalls + 1) * sizeof *missing);
    size_t nmissing = 0;
    for (size_t i = 0; i < b->ncalls; i++) {
        const batch_call *bc = &b->calls[i];
        if (!call_out(bc) && bc->status == BC_REPLACE &&
            !strmap_get(&indexed, bc->p.call.call_id, NULL))
            missing[nmissing++] = bc->p.call.call_id;
    }
    pg_array_literal(&lost, (const char *const *)missing, nmissing);
    free(missing);
    strmap_free(&indexed);
    char *hit = NULL;
    {
        strbuf h = SB_INIT;
        column_array(&h, ix, 0, false);
        hit = sb_steal(&h);
    }
    /* In the indexed months ($2 as constants: the plan reads only those),
     * and in every month for the others ($3). */
    const char *params[3] = {hit, at.s, lost.s};
    static const char where[] =
        " WHERE (call_time = ANY($2::timestamptz[]) AND call_id = ANY((SELECT $1::text[])::text[]))"
        " OR call_id = ANY((SELECT $3::text[])::text[])";
    static const char where_indexed[] =
        " WHERE call_time = ANY($2::timestamptz[]) AND call_id = ANY((SELECT $1::text[])::text[])";
    const char *w = nmissing ? where : where_indexed;
    int np = nmissing ? 3 : 2;
    strbuf q = SB_INIT;
    sb_printf(&q, "DELETE FROM gold_performance_metrics%s"
                  " RETURNING agent_name, call_day, extract(epoch FROM call_time)::bigint, team,"
                  " array_to_string(categories, ' '), ", w);
    pg_agg_gold_list(&q, "%1$s", ", ");
    PGresult *r = pg_query(c, q.s, np, params, err);
    int rc = r ? 0 : -1;
    for (int i = 0; r && i < PQntuples(r); i++) {
        kpi_counts k;
        pg_agg_read(r, i, 5, &k);
        char day[11], hour[32];
        int64_t hour_start;
        cz_time_local(atoll(PQgetvalue(r, i, 2)), day, &hour_start);
        cz_time_format(hour_start, hour);
        agg_set_add(d, PQgetvalue(r, i, 0), PQgetvalue(r, i, 3), PQgetvalue(r, i, 1), hour, &k, -1);
        /* category names are words of [a-z0-9_]: spaces separate them */
        char *cats = xstrdup(PQgetvalue(r, i, 4)), *save = NULL;
        for (char *wd = strtok_r(cats, " ", &save); wd; wd = strtok_r(NULL, " ", &save))
            agg_set_cat(d, PQgetvalue(r, i, 0), PQgetvalue(r, i, 3), PQgetvalue(r, i, 1), hour,
                        wd, -1);
        free(cats);
    }
    PQclear(r);
    if (rc == 0) {
        sb_clear(&q);
        sb_printf(&q, "DELETE FROM silver_calls%s", w);
        r = pg_query(c, q.s, np, params, err);
        if (!r)
            rc = -1;
        PQclear(r);
    }
    if (rc == 0 && !keep_bronze) {
        sb_clear(&q);
        sb_printf(&q, "DELETE FROM bronze_calls%s", w);
        r = pg_query(c, q.s, np, params, err);
        if (!r)
            rc = -1;
        PQclear(r);
    }
    for (int i = 0; rc == 0 && keep_bronze && i < PQntuples(ix); i++) {
        size_t idx;
        if (!strmap_get(ids, PQgetvalue(ix, i, 0), &idx) ||
            atoll(PQgetvalue(ix, i, 2)) == b->calls[idx].p.call.ts_epoch)
            continue;
        const char *pm[3] = {PQgetvalue(ix, i, 0), PQgetvalue(ix, i, 1), b->calls[idx].p.time};
        r = pg_query(c, "UPDATE bronze_calls SET call_time = $3::timestamptz"
                        " WHERE call_id = $1 AND call_time = $2::timestamptz", 3, pm, err);
        if (!r)
            rc = -1;
        PQclear(r);
    }
    sb_free(&q);
    sb_free(&at);
    sb_free(&lost);
    free(hit);
    PQclear(ix);
    return rc;
}

static void tab(strbuf *s) { sb_putc(s, '\t'); }

static void put_pct(strbuf *s, int bp)
{
    sb_fixed(s, bp, 2);
    tab(s);
}

/* An integer field and its tab (sb_fixed: no printf per field). */
static void put_int(strbuf *s, int64_t v)
{
    sb_fixed(s, v, 0);
    tab(s);
}

/* Gold's conversation columns: NULL (\N) where the source does not say;
 * each followed by a tab. */
static void put_conversation(strbuf *s, const prepared_call *p)
{
    const talk_metrics *m = &p->talk;
    sb_puts(s, p->format);
    tab(s);
    if (p->task)
        copy_field_str(s, p->task);
    else
        sb_puts(s, "\\N");
    tab(s);
    if (p->csat >= 0)
        put_int(s, p->csat);
    else
        sb_puts(s, "\\N\t");
    if (m->times_known) {
        put_int(s, m->duration_ms);
        put_pct(s, m->agent_bp);
        put_pct(s, m->customer_bp);
        put_pct(s, m->silence_bp);
        put_int(s, m->longest_monologue_ms);
        put_int(s, m->interruptions);
    } else {
        sb_puts(s, "\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t");
    }
    put_int(s, m->customer_questions);
    /* categories as an array literal: names need no quoting ([a-z0-9_]) */
    sb_putc(s, '{');
    for (size_t i = 0; i < p->kpi.n_categories; i++) {
        if (i)
            sb_putc(s, ',');
        sb_puts(s, p->kpi.categories[i].name);
    }
    sb_puts(s, "}\t");
}

/* The COPY column lists of the layers. Bronze, silver and gold end with the
 * columns only the loader knows (the rules version, the batch's id), so that
 * the rest of each row is encoded ahead by pg_load_encode. */
#define BRONZE_COLS "call_id, raw, source_file, checksum, call_time, batch_id"
#define SILVER_COLS "call_id, agent_name, call_time, turns, turn_count, source_format," \
                    " source_line, batch_id"
#define GOLD_COLS "call_id, agent_name, call_time, call_day, is_conversion, upsell_amount," \
                  " sentiment_label, sentiment_score, evidence, team, source_format, task," \
                  " csat, duration_ms, agent_talk_pct, customer_talk_pct, silence_pct," \
                  " longest_monologue_ms, interruptions, customer_questions, categories," \
                  " rules_version, batch_id"

/* Appends call bc's rows to b->rows: bronze, silver and gold up to (and
 * with the tab before) the loader's columns, call_index whole. */
static void encode_call(batch_t *b, batch_call *bc, strbuf *ptmp)
{
    const prepared_call *p = &bc->p;
    strbuf *s = &b->rows;
    size_t at = s->len;
    bc->rows_at = at;
    /* bronze */
    copy_field_str(s, p->call.call_id); tab(s);
    copy_field(s, bc->raw, bc->raw_len); tab(s);
    copy_field_str(s, pg_path_text(b->files[bc->file].path, ptmp)); tab(s);
    sb_puts(s, p->checksum); tab(s);
    sb_puts(s, p->time); tab(s);
    bc->rows_len[0] = (uint32_t)(s->len - at);
    at = s->len;
    /* silver */
    copy_field_str(s, p->call.call_id); tab(s);
    copy_field_str(s, p->call.agent_name); tab(s);
    sb_puts(s, p->time); tab(s);
    copy_field_str(s, p->turns_json); tab(s);
    put_int(s, (int64_t)p->turns.n);
    sb_puts(s, p->format); tab(s);
    if (p->source_line)
        put_int(s, p->source_line);
    else
        sb_puts(s, "\\N\t");
    bc->rows_len[1] = (uint32_t)(s->len - at);
    at = s->len;
    /* gold */
    int64_t e4 = kc_score_e4(p->kpi.sentiment_score);
    copy_field_str(s, p->call.call_id); tab(s);
    copy_field_str(s, p->call.agent_name); tab(s);
    sb_puts(s, p->time); tab(s);
    sb_puts(s, p->day); tab(s);
    sb_puts(s, p->kpi.is_conversion ? "t" : "f"); tab(s);
    sb_fixed(s, p->kpi.upsell_cents, 2); tab(s);
    sb_puts(s, kpi_sentiment_label(p->kpi.sentiment)); tab(s);
    sb_fixed(s, e4, 4); tab(s);
    copy_field_str(s, p->evidence_json); tab(s);
    copy_field_str(s, p->team); tab(s);
    put_conversation(s, p);
    bc->rows_len[2] = (uint32_t)(s->len - at);
    at = s->len;
    /* where it is (sql/016_call_index.sql) */
    copy_field_str(s, p->call.call_id); tab(s);
    sb_puts(s, p->time); sb_putc(s, '\n');
    bc->rows_len[3] = (uint32_t)(s->len - at);
}

void pg_load_encode(batch_t *b)
{
    strbuf ptmp = SB_INIT;
    for (; b->rows_calls < b->ncalls; b->rows_calls++) {
        batch_call *bc = &b->calls[b->rows_calls];
        if (!bc->rejected)
            encode_call(b, bc, &ptmp);
        else
            memset(bc->rows_len, 0, sizeof bc->rows_len);
    }
    sb_free(&ptmp);
}

/* A call copy_layers writes: not left out, not a duplicate, not superseded. */
static bool call_loads(const batch_call *bc)
{
    return !call_out(bc) && bc->status != BC_DUPLICATE && bc->status != BC_SUPERSEDED;
}

/* What the layers' COPYs send: each loading call's rows as encoded ahead
 * (pg_load_encode), each followed by the loader's columns (tail), gathered
 * in a small buffer so that libpq gets few large messages. */
typedef struct {
    const batch_t *b;
    int first;          /* the layer of the first COPY: 0 bronze, 1 without it */
    const char *bid;    /* "batch_id\n" (bronze, silver) */
    const strbuf *gold_tail; /* "rules_version\tbatch_id\n" */
    strbuf buf;
} layer_rows;

static bool flush_rows(PGconn *c, strbuf *buf)
{
    bool ok = !buf->len || PQputCopyData(c, buf->s, (int)buf->len) == 1;
    sb_clear(buf);
    return ok;
}

static bool put_layer(PGconn *c, int i, void *arg)
{
    layer_rows *l = arg;
    int k = l->first + i; /* 0 bronze, 1 silver, 2 gold, 3 call_index */
    const char *tail = k == 2 ? l->gold_tail->s : k < 2 ? l->bid : "";
    size_t tail_len = strlen(tail);
    for (size_t j = 0; j < l->b->ncalls; j++) {
        const batch_call *bc = &l->b->calls[j];
        if (!call_loads(bc))
            continue;
        size_t at = bc->rows_at;
        for (int m = 0; m < k; m++)
            at += bc->rows_len[m];
        sb_append(&l->buf, l->b->rows.s + at, bc->rows_len[k]);
        sb_append(&l->buf, tail, tail_len);
        if (l->buf.len >= 1 << 16 && !flush_rows(c, &l->buf))
            return false;
    }
    return flush_rows(c, &l->buf);
}

static int copy_layers(PGconn *c, batch_t *b, long long batch_id, const char *rules_version,
                       agg_set *d, bool keep_bronze, load_stats *st, cz_err *err)
{
    pg_load_encode(b); /* the calls the producer did not encode (reprocess) */
    for (size_t i = 0; i < b->ncalls; i++) {
        const batch_call *bc = &b->calls[i];
        if (!call_loads(bc))
            continue;
        const prepared_call *p = &bc->p;
        st->calls_loaded++;
        kpi_counts k;
        prepared_counts(p, &k);
        agg_set_add(d, p->call.agent_name, p->team, p->day, p->hour, &k, +1);
        for (size_t j = 0; j < p->kpi.n_categories; j++)
            agg_set_cat(d, p->call.agent_name, p->team, p->day, p->hour,
                        p->kpi.categories[j].name, +1);
    }
    if (!st->calls_loaded)
        return 0;
    /* The loader's columns: the batch's id, and before it in gold the rules. */
    char bid[32];
    snprintf(bid, sizeof bid, "%lld\n", batch_id);
    strbuf gold_tail = SB_INIT;
    copy_field_str(&gold_tail, rules_version);
    sb_printf(&gold_tail, "\t%s", bid);
    /* The layers' COPYs in one message: a round trip each and one more. */
    static const char bronze[] = "COPY bronze_calls (" BRONZE_COLS ") FROM STDIN;";
    static const char rest[] =
        "COPY silver_calls (" SILVER_COLS ") FROM STDIN;"
        "COPY gold_performance_metrics (" GOLD_COLS ") FROM STDIN;"
        "COPY call_index (call_id, call_time) FROM STDIN";
    static const char *const names[] = {"loading bronze_calls", "loading silver_calls",
                                        "loading gold_performance_metrics",
                                        "loading call_index"};
    int skip = keep_bronze ? 1 : 0, started;
    layer_rows l = {b, skip, bid, &gold_tail, SB_INIT};
    strbuf q = SB_INIT;
    if (!keep_bronze)
        sb_puts(&q, bronze);
    sb_puts(&q, rest);
    int rc = pg_copy_many_put(c, q.s, put_layer, &l, 4 - skip, &started, err);
    if (rc < 0)
        err_step(err, names[skip + (started > 0 ? started - 1 : 0)]);
    sb_free(&q);
    sb_free(&l.buf);
    sb_free(&gold_tail);
    return rc;
}

/* The aggregate deltas of a batch as one message of statements: each
 * table's delta is COPYed into a temporary table and merged from there
 * (agg_msg_send). A COPY costs a round trip, the message one more: seven at
 * most for the six tables, where each table took two or more of its own
 * (and the agents' teams three), each of them a wait for the backend and
 * then for the loader to be scheduled again. The temporary tables are
 * emptied by a DELETE as soon as they are merged (a search for refused rows,
 * isolate, applies several deltas in one transaction), and kept from one
 * batch to the next without ON COMMIT DELETE ROWS: that truncated the six
 * tables at every commit, which took most of the COMMIT's time (about 35 ms
 * of 40 at PostgreSQL's defaults, where the WAL flush took about 15: six
 * such tables against none, 20 commits of a batch's WAL each). The dead rows
 * the DELETEs leave are dropped with the tables every TEMP_RENEW_BATCHES
 * batches (renew_temp), so that the tables stay a few batches' rows long. */
#define TEMP_RENEW_BATCHES 8
#define AGG_COPIES 6
typedef struct {
    strbuf sql;
    strbuf data[AGG_COPIES];   /* the rows of the COPY that starts segment i */
    char what[AGG_COPIES + 1][96]; /* what the statements before the first
                                  COPY ([0]) and those of segment i ([i + 1])
                                  update, for a failure's message */
    int n;                     /* segments (COPYs) so far */
} agg_msg;

static void agg_msg_init(agg_msg *m)
{
    memset(m, 0, sizeof *m);
    /* "relation already exists" notices of the CREATE ... IF NOT EXISTS
     * below, for the rest of this message only */
    sb_puts(&m->sql, "SET LOCAL client_min_messages = warning;");
}

static void agg_msg_free(agg_msg *m)
{
    sb_free(&m->sql);
    for (int i = 0; i < AGG_COPIES; i++)
        sb_free(&m->data[i]);
}

/* A new segment, whose statements update what (and also): its COPY's rows
 * go into the returned buffer. */
static strbuf *agg_segment(agg_msg *m, const char *what, const char *also)
{
    snprintf(m->what[m->n + 1], sizeof m->what[0], "%s%s", what, also);
    return &m->data[m->n++];
}

/* Sends the message. Returns 0, or -1 with err naming what failed to update
 * ("updating TABLE ..."). */
static int agg_msg_send(PGconn *c, agg_msg *m, cz_err *err)
{
    if (!m->n && !m->what[0][0])
        return 0;
    sb_puts(&m->sql, "SET LOCAL client_min_messages TO DEFAULT");
    const char *data[AGG_COPIES];
    size_t len[AGG_COPIES];
    for (int i = 0; i < m->n; i++) {
        data[i] = m->data[i].s;
        len[i] = m->data[i].len;
    }
    int started = 0;
    if (pg_copy_many(c, m->sql.s, data, len, m->n, &started, err) == 0)
        return 0;
    strbuf s = SB_INIT;
    sb_printf(&s, "updating %s", m->what[started <= m->n ? started : m->n]);
    err_step(err, s.s);
    sb_free(&s);
    return -1;
}

/* The category deltas of d into table (agent_daily_categories,
 * agent_hourly_categories or team_daily_categories), keyed by k1, k2 and
 * category, through the temporary table tmp (LIKE table): the same exact
 * sums, rows that reach zero calls removed. keep (may be "") filters the
 * delta rows applied, as SQL over tmp. With totals, agent_category_totals
 * follows. */
static void cat_deltas(agg_msg *m, const agg_delta *d, const char *table, const char *tmp,
                       const char *k1, const char *k2, const char *keep, bool totals)
{
    if (!d->ncat)
        return;
    strbuf s = SB_INIT;
    bool shrinks = false; /* a group may reach zero calls: only when one loses calls */
    for (size_t i = 0; i < d->ncat; i++) {
        const agg_cat_row *r = &d->cats[i];
        if (!r->calls)
            continue;
        shrinks |= r->calls < 0;
        copy_field_str(&s, r->agent_name);
        tab(&s);
        sb_puts(&s, r->day);
        tab(&s);
        sb_puts(&s, r->category);
        tab(&s);
        sb_fixed(&s, r->calls, 0);
        sb_putc(&s, '\n');
    }
    if (!s.len)
        return; /* every change cancelled out */
    *agg_segment(m, table, totals ? " and agent_category_totals" : "") = s;
    strbuf *q = &m->sql;
    sb_printf(q, "CREATE TEMP TABLE IF NOT EXISTS %s (LIKE %s);", tmp, table);
    sb_printf(q, "COPY %s (%s, %s, category, calls) FROM STDIN;", tmp, k1, k2);
    sb_printf(q, "INSERT INTO %1$s AS a SELECT * FROM %2$s %5$s"
                 " ON CONFLICT (%3$s, %4$s, category) DO UPDATE SET calls = a.calls + EXCLUDED.calls;",
              table, tmp, k1, k2, keep);
    if (totals)
        sb_puts(q, "INSERT INTO agent_category_totals AS a (agent_name, category, calls)"
                   " SELECT agent_name, category, sum(calls) FROM cat_delta"
                   " GROUP BY agent_name, category"
                   " ON CONFLICT (agent_name, category) DO UPDATE SET calls = a.calls + EXCLUDED.calls;");
    if (shrinks) {
        sb_printf(q, "DELETE FROM %1$s a USING %2$s d WHERE a.%3$s = d.%3$s"
                     " AND a.%4$s = d.%4$s AND a.category = d.category AND a.calls = 0;",
                  table, tmp, k1, k2);
        if (totals)
            sb_puts(q, "DELETE FROM agent_category_totals a USING cat_delta d"
                       " WHERE a.agent_name = d.agent_name AND a.category = d.category"
                       " AND a.calls = 0;");
    }
    sb_printf(q, "DELETE FROM %s;", tmp);
}

/* Each agent's team is the team of its newest call: for the agents the
 * batch touched (agg_delta, the daily delta, already applied), one index
 * probe each (gold_agent_time). That call is no older than the start of the
 * day before the agent's newest business day in the daily rows just updated
 * (a zone is at most a day from UTC; days older than every call stay there
 * only after a prune), so gold is read from there on: a bound known when the
 * statement is planned (a constant, EXECUTE format), or the planner opens
 * every month of gold for each agent. Then agg_delta is emptied. */
static void newest_teams(strbuf *q, bool shrinks)
{
    sb_puts(q, "DO $cz$ DECLARE since text; BEGIN"
               " SELECT ((min(m) - 1)::timestamp AT TIME ZONE 'UTC')::text INTO since FROM"
               " (SELECT (SELECT max(day) FROM agent_daily_metrics a"
               "   WHERE a.agent_name = d.agent_name) AS m"
               "  FROM (SELECT DISTINCT agent_name FROM agg_delta) d) x;"
               " IF since IS NOT NULL THEN EXECUTE format("
               "'INSERT INTO agent_teams AS a (agent_name, team)"
               " SELECT d.agent_name, g.team FROM (SELECT DISTINCT agent_name FROM agg_delta) d"
               " CROSS JOIN LATERAL (SELECT team FROM gold_performance_metrics g"
               "  WHERE g.agent_name = d.agent_name AND g.call_time >= %L::timestamptz"
               "  ORDER BY g.call_time DESC, g.call_id DESC LIMIT 1) g"
               " ON CONFLICT (agent_name) DO UPDATE SET team = EXCLUDED.team"
               " WHERE a.team IS DISTINCT FROM EXCLUDED.team', since);"
               " END IF; END $cz$;");
    /* An agent left without calls (only when a delta shrinks) has no team. */
    if (shrinks)
        sb_puts(q, "DELETE FROM agent_teams a WHERE a.agent_name IN"
                   " (SELECT agent_name FROM agg_delta) AND NOT EXISTS"
                   " (SELECT 1 FROM agent_totals t WHERE t.agent_name = a.agent_name);");
    sb_puts(q, "DELETE FROM agg_delta;");
}

/* Adds the rows of d to table, keyed by columns k1 and k2, through the
 * temporary table tmp (LIKE table): sums by the same exact deltas, then
 * deletes the groups left without calls, as a GROUP BY would not have them.
 * keep (may be "") filters the delta rows applied, as SQL over tmp. With
 * totals, each agent's totals (agent_totals) and team (agent_teams) follow. */
static void add_rows(agg_msg *m, const agg_delta *d, const char *table, const char *tmp,
                     const char *k1, const char *k2, const char *keep, bool totals)
{
    if (!d->n)
        return;
    strbuf *s = agg_segment(m, table, totals ? " and agent_totals (with agent_teams)" : "");
    strbuf *q = &m->sql;
    /* Only a delta without calls, or with fewer, can leave a group at zero
     * calls: a batch of new calls has no such row, and skips the deletes. */
    bool shrinks = false;
    for (size_t i = 0; i < d->n; i++) {
        const agg_row *r = &d->rows[i];
        shrinks |= r->k.calls <= 0;
        copy_field_str(s, r->agent_name);
        tab(s);
        sb_puts(s, r->day);
        pg_agg_copy_fields(s, &r->k);
        sb_putc(s, '\n');
    }
    sb_printf(q, "CREATE TEMP TABLE IF NOT EXISTS %s (LIKE %s);", tmp, table);
    sb_printf(q, "COPY %s (%s, %s, ", tmp, k1, k2);
    pg_agg_list(q, "%1$s", ", ");
    sb_puts(q, ") FROM STDIN;");
    static const char add_delta[] = "%1$s = a.%1$s + EXCLUDED.%1$s";
    sb_printf(q, "INSERT INTO %s AS a (%s, %s, ", table, k1, k2);
    pg_agg_list(q, "%1$s", ", ");
    sb_printf(q, ") SELECT %s, %s, ", k1, k2);
    pg_agg_list(q, "%1$s", ", ");
    sb_printf(q, " FROM %s %s ON CONFLICT (%s, %s) DO UPDATE SET ", tmp, keep, k1, k2);
    pg_agg_list(q, add_delta, ", ");
    sb_putc(q, ';');
    if (totals) {
        sb_puts(q, "INSERT INTO agent_totals AS a (agent_name, ");
        pg_agg_list(q, "%1$s", ", ");
        sb_puts(q, ") SELECT agent_name, ");
        pg_agg_list(q, "sum(%1$s)", ", ");
        sb_printf(q, " FROM %s GROUP BY agent_name ON CONFLICT (agent_name) DO UPDATE SET ", tmp);
        pg_agg_list(q, add_delta, ", ");
        sb_putc(q, ';');
    }
    /* A group whose only calls moved to another agent, team or period
     * disappears, as it would from a GROUP BY. */
    if (shrinks)
        sb_printf(q, "DELETE FROM %s a USING %s d WHERE a.%s = d.%s AND a.%s = d.%s"
                     " AND a.calls = 0;", table, tmp, k1, k1, k2, k2);
    if (totals) {
        if (shrinks)
            sb_puts(q, "DELETE FROM agent_totals a WHERE a.calls = 0"
                       " AND a.agent_name IN (SELECT agent_name FROM agg_delta);");
        newest_teams(q, shrinks);
    } else {
        sb_printf(q, "DELETE FROM %s;", tmp);
    }
}

/* The per-agent windows the snapshot reads (sql/017_snapshot_sums.sql) moved
 * to today's business day, before the deltas so that they follow: the last 7
 * days (pg_snapshot.c) and the baseline_days before today (glance.c), the
 * same dates those readers ask for. Summed afresh once a day, by its first
 * batch; a no-op otherwise. */
static void keep_windows(agg_msg *m, int baseline_days)
{
    if (baseline_days <= 0)
        return;
    char today[11];
    cz_time_local((int64_t)time(NULL), today, NULL);
    sb_printf(&m->sql, "SELECT converza_keep_windows(ARRAY['%1$s'::date - 6, '%1$s'::date - %2$d],"
                       " ARRAY['%1$s'::date, '%1$s'::date - 1]);",
              today, baseline_days);
    snprintf(m->what[0], sizeof m->what[0], "agent_window_metrics");
}

/* The windows (with_windows: keep_windows) and every delta of d, in one
 * message. */
static int apply_deltas(PGconn *c, const agg_set *d, bool with_windows, int baseline_days,
                        bool renew_temp, cz_err *err)
{
    agg_msg m;
    agg_msg_init(&m);
    /* The temporary tables made afresh below, with none of the dead rows
     * of the batches before (see agg_msg). */
    if (renew_temp && (d->day.n || d->day.ncat || d->hour.n || d->hour.ncat || d->team.n ||
                       d->team.ncat))
        sb_puts(&m.sql, "DROP TABLE IF EXISTS pg_temp.agg_delta, pg_temp.agg_delta_team,"
                        " pg_temp.agg_delta_hour, pg_temp.cat_delta, pg_temp.cat_delta_team,"
                        " pg_temp.cat_delta_hour;");
    if (with_windows)
        keep_windows(&m, baseline_days);
    cat_deltas(&m, &d->day, "agent_daily_categories", "cat_delta", "agent_name", "day", "", true);
    cat_deltas(&m, &d->team, "team_daily_categories", "cat_delta_team", "team", "day", "", false);
    cat_deltas(&m, &d->hour, "agent_hourly_categories", "cat_delta_hour", "agent_name", "hour",
               "WHERE hour >= " PG_HOURLY_CUTOFF, false);
    add_rows(&m, &d->day, "agent_daily_metrics", "agg_delta", "agent_name", "day", "", true);
    add_rows(&m, &d->team, "team_daily_metrics", "agg_delta_team", "team", "day", "", false);
    add_rows(&m, &d->hour, "agent_hourly_metrics", "agg_delta_hour", "agent_name", "hour",
             "WHERE hour >= " PG_HOURLY_CUTOFF, false);
    /* Hours that left the window go (the same cutoff as the rows applied). */
    if (d->hour.n)
        sb_puts(&m.sql, "DELETE FROM agent_hourly_metrics WHERE hour < " PG_HOURLY_CUTOFF ";"
                        "DELETE FROM agent_hourly_categories WHERE hour < " PG_HOURLY_CUTOFF ";");
    int rc = agg_msg_send(c, &m, err);
    agg_msg_free(&m);
    return rc;
}

/* What each file's records came to, for its ingested_files row. */
typedef struct {
    int loaded, duplicates, quarantined;
    size_t nids;   /* identities of its calls: kept as unchanged, or delivered now */
} file_tally;

/* The file's summary: loaded when any call of it was loaded (new or
 * replacing), else quarantined when any record was, else duplicate, else
 * unchanged (every record as at its last read). */
static const char *file_outcome(const batch_file *f, const file_tally *t)
{
    if (f->sibling)
        return "sibling";
    if (t->loaded)
        return "loaded";
    if (t->quarantined)
        return "quarantined";
    if (t->duplicates)
        return "duplicate";
    return "unchanged";
}

/* Whether the call counts among its file's calls from now on (so that
 * reading the file again does not deliver it again): loaded, or the same as
 * what is stored; not a call the database refused (quarantined) or one this
 * attempt leaves out. */
static bool call_stays(const batch_call *bc)
{
    return !call_out(bc) && (bc->status == BC_NEW || bc->status == BC_REPLACE ||
                             bc->status == BC_DUPLICATE || bc->status == BC_SUPERSEDED);
}

/* Appends ids as a bytea in COPY text (8 bytes each, big-endian), or \N. */
static void put_ids(strbuf *s, const uint64_t *ids, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!n) {
        sb_puts(s, "\\N");
        return;
    }
    sb_puts(s, "\\\\x");
    sb_reserve(s, n * 16);
    for (size_t i = 0; i < n; i++)
        for (int k = 60; k >= 0; k -= 4)
            s->s[s->len++] = hex[(ids[i] >> k) & 15];
    s->s[s->len] = '\0';
}

/* Tallies each file's records into t[0..nfiles) and lists the identities of
 * its calls (kept as unchanged, then those delivered that stay) in
 * ids[first[f] .. first[f + 1]). Caller frees all three. */
static void tally_files(const batch_t *b, file_tally **tp, size_t **firstp, uint64_t **idsp)
{
    file_tally *t = xcalloc(b->nfiles, sizeof *t);
    size_t *first = xcalloc(b->nfiles + 1, sizeof *first);
    for (size_t i = 0; i < b->nfiles; i++)
        t[i].nids = b->files[i].nkept;
    for (size_t i = 0; i < b->ncalls; i++) {
        const batch_call *bc = &b->calls[i];
        file_tally *ft = &t[bc->file];
        if (!call_stays(bc))
            continue;
        ft->nids++;
        ft->loaded += bc->status == BC_NEW || bc->status == BC_REPLACE;
        ft->duplicates += bc->status == BC_DUPLICATE || bc->status == BC_SUPERSEDED;
    }
    for (size_t i = 0; i < b->nquar; i++)
        t[b->quar[i].file].quarantined++;
    for (size_t i = 0; i < b->nfiles; i++)
        first[i + 1] = first[i] + t[i].nids;
    uint64_t *ids = xmalloc((first[b->nfiles] ? first[b->nfiles] : 1) * sizeof *ids);
    for (size_t i = 0; i < b->nfiles; i++)
        if (b->files[i].nkept)
            memcpy(ids + first[i], b->files[i].kept, b->files[i].nkept * sizeof *ids);
    size_t *next = xmalloc((b->nfiles ? b->nfiles : 1) * sizeof *next);
    for (size_t i = 0; i < b->nfiles; i++)
        next[i] = first[i] + b->files[i].nkept;
    for (size_t i = 0; i < b->ncalls; i++)
        if (call_stays(&b->calls[i]))
            ids[next[b->calls[i].file]++] = b->calls[i].identity;
    free(next);
    *tp = t;
    *firstp = first;
    *idsp = ids;
}

/* One ingested_files row per file (replacing the row of a file seen before)
 * with what its records came to and the identities of its calls, so the next
 * read of the file delivers only what changed. A file read again loses its
 * quarantine rows: the batch quarantines whatever is still wrong in it. */
static int record_files(PGconn *c, batch_t *b, long long batch_id, cz_err *err)
{
    if (!b->nfiles)
        return 0;
    strbuf paths = SB_INIT, rows = SB_INIT, ptmp = SB_INIT;
    char **list = xmalloc(b->nfiles * sizeof *list);
    size_t nknown = 0;
    file_tally *t;
    size_t *first;
    uint64_t *ids;
    tally_files(b, &t, &first, &ids);
    for (size_t i = 0; i < b->nfiles; i++) {
        batch_file *f = &b->files[i];
        if (file_out(f))
            continue;
        const file_tally *ft = &t[i];
        f->outcome = file_outcome(f, ft);
        const char *text = pg_path_text(f->path, &ptmp);
        size_t dirlen;
        const char *name = pg_path_name(text, &dirlen);
        copy_field_str(&rows, text);
        sb_putc(&rows, '\t');
        copy_field(&rows, text, dirlen);
        sb_putc(&rows, '\t');
        copy_field_str(&rows, name);
        tab(&rows);
        put_int(&rows, f->size);
        put_int(&rows, f->mtime_ns);
        sb_puts(&rows, f->outcome);
        tab(&rows);
        put_int(&rows, batch_id);
        put_ids(&rows, ids + first[i], ft->nids);
        tab(&rows);
        put_int(&rows, ft->loaded);
        put_int(&rows, ft->duplicates);
        put_int(&rows, (int64_t)f->nkept);
        sb_fixed(&rows, ft->quarantined, 0);
        sb_putc(&rows, '\n');
        /* Only files seen before (and changed since) have a row to replace;
         * asking for every path would cost a scan per batch. */
        if (f->known)
            list[nknown++] = xstrdup(text);
    }
    free(t);
    free(first);
    free(ids);
    int rc = 0;
    if (nknown) {
        pg_array_literal(&paths, (const char *const *)list, nknown);
        const char *params[1] = {paths.s};
        PGresult *r = pg_query(c, "DELETE FROM ingested_files WHERE path = ANY($1::text[])", 1,
                               params, err);
        rc = r ? 0 : -1;
        PQclear(r);
        if (rc == 0) {
            r = pg_query(c, "DELETE FROM quarantine WHERE source_file = ANY($1::text[])", 1,
                         params, err);
            rc = r ? 0 : -1;
            PQclear(r);
        }
    }
    for (size_t i = 0; i < nknown; i++)
        free(list[i]);
    free(list);
    sb_free(&ptmp);
    if (rc == 0 && rows.len)
        rc = pg_copy_in(c, "ingested_files (path, dir, name, size, mtime_ns, outcome, batch_id,"
                           " record_hashes, loaded, duplicates, unchanged, quarantined)",
                        rows.s, rows.len, err);
    if (rc < 0)
        err_step(err, "recording ingested_files");
    sb_free(&paths);
    sb_free(&rows);
    return rc;
}

static int record_quarantine(PGconn *c, const batch_t *b, long long batch_id, cz_err *err)
{
    if (!b->nquar)
        return 0;
    strbuf s = SB_INIT, ptmp = SB_INIT;
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < b->nquar; i++) {
        const batch_quar *q = &b->quar[i];
        if (file_out(&b->files[q->file]))
            continue;
        copy_field_str(&s, pg_path_text(b->files[q->file].path, &ptmp));
        if (q->line_no)
            sb_printf(&s, "\t%d\t", q->line_no);
        else
            sb_puts(&s, "\t\\N\t");
        copy_field_str(&s, q->reason);
        sb_putc(&s, '\t');
        if (q->raw) {
            /* bytea hex input, with the backslash escaped for COPY */
            sb_puts(&s, "\\\\x");
            sb_reserve(&s, q->raw_len * 2);
            for (size_t k = 0; k < q->raw_len; k++) {
                unsigned char ch = (unsigned char)q->raw[k];
                s.s[s.len++] = hex[ch >> 4];
                s.s[s.len++] = hex[ch & 15];
            }
            s.s[s.len] = '\0';
        } else {
            sb_puts(&s, "\\N");
        }
        sb_printf(&s, "\t%lld\n", batch_id);
    }
    int rc = s.len ? pg_copy_in(c, "quarantine (source_file, line_no, reason, raw, batch_id)", s.s,
                                s.len, err)
                   : 0;
    if (rc < 0)
        err_step(err, "recording quarantine");
    sb_free(&s);
    sb_free(&ptmp);
    return rc;
}

/* Everything a batch writes, inside a transaction the caller opened, for the
 * calls and files not left out (call_out, file_out). The call statuses of
 * those calls are set afresh; superseded ones stay superseded. */
static int load_body(PGconn *c, batch_t *b, long long batch_id, const char *rules_version,
                     bool reprocess, const strmap *ids, load_stats *st, cz_err *err)
{
    agg_set d = {AGG_DELTA_INIT, AGG_DELTA_INIT, AGG_DELTA_INIT};
    int rc = -1;
    for (size_t i = 0; i < b->ncalls; i++) {
        batch_call *bc = &b->calls[i];
        if (!call_out(bc) && bc->status != BC_SUPERSEDED)
            bc->status = reprocess ? BC_REPLACE : BC_NEW;
    }
    if (!reprocess && classify(c, b, ids, st, err) < 0)
        goto out;
    if (remove_replaced(c, b, ids, &d, reprocess, err) < 0 ||
        copy_layers(c, b, batch_id, rules_version, &d, reprocess, st, err) < 0)
        goto out;
    double t1 = cz_now_mono();
    if (apply_deltas(c, &d, !reprocess, b->baseline_days, batch_id % TEMP_RENEW_BATCHES == 0,
                     err) < 0)
        goto out;
    st->aggregate_s = cz_now_mono() - t1;
    strmap_clear(&b->touched); /* the agents of the deltas: added to or moved from */
    for (size_t i = 0; i < d.day.n; i++)
        strmap_put(&b->touched, d.day.rows[i].agent_name, 0);
    if (!reprocess &&
        (record_files(c, b, batch_id, err) < 0 || record_quarantine(c, b, batch_id, err) < 0))
        goto out;
    /* Deferred constraints or triggers (none in our schema; an
     * administrator's may be) would otherwise refuse the data only at
     * COMMIT, out of the search's reach: they are checked here. */
    if (pg_exec(c, "SET CONSTRAINTS ALL IMMEDIATE", err) < 0) {
        err_step(err, "checking deferred constraints");
        goto out;
    }
    rc = 0;
out:
    agg_delta_free(&d.day);
    agg_delta_free(&d.hour);
    agg_delta_free(&d.team);
    return rc;
}

/* The statuses are reset and superseded calls marked, among the calls not
 * rejected; ids maps each live call_id to its call. */
static void start_attempt(batch_t *b, strmap *ids)
{
    strmap_free(ids);
    for (size_t i = 0; i < b->ncalls; i++)
        b->calls[i].status = BC_NEW;
    mark_superseded(b, ids);
}

/* One unit of the search: a call, or a file's own rows (its ingested_files
 * row and its quarantine entries). */
typedef struct {
    bool is_file;
    size_t i;
    char *reason;       /* set when the database refused it alone */
} trial_item;

typedef struct {
    PGconn *c;
    batch_t *b;
    long long batch_id;
    const char *rules_version;
    bool reprocess;
    const strmap *ids;
    trial_item *items;
    size_t nbad;
} trial;

static void scope(trial *t, size_t lo, size_t hi)
{
    for (size_t i = 0; i < t->b->ncalls; i++)
        t->b->calls[i].trial_out = true;
    for (size_t i = 0; i < t->b->nfiles; i++)
        t->b->files[i].trial_out = true;
    for (size_t k = lo; k < hi; k++) {
        if (t->items[k].is_file)
            t->b->files[t->items[k].i].trial_out = false;
        else
            t->b->calls[t->items[k].i].trial_out = false;
    }
}

/* Loads items [lo, hi) on top of what earlier trials kept, under a
 * savepoint; a refused range is halved until the single items at fault are
 * found. Items accepted stay loaded (until the final rollback), so a value
 * that only overflows together with earlier ones (an aggregate sum) is
 * pinned on the item that tips it over. Returns -1 with err when the
 * database itself fails. */
static int accept(trial *t, size_t lo, size_t hi, cz_err *err)
{
    if (lo >= hi)
        return 0;
    scope(t, lo, hi);
    if (pg_exec(t->c, "SAVEPOINT cz_trial", err) < 0)
        return -1;
    load_stats st;
    memset(&st, 0, sizeof st);
    cz_err e;
    if (load_body(t->c, t->b, t->batch_id, t->rules_version, t->reprocess, t->ids, &st, &e) == 0)
        return pg_exec(t->c, "RELEASE SAVEPOINT cz_trial", err);
    if (pg_is_broken(t->c) || !pg_err_is_data(&e)) {
        *err = e;
        return -1;
    }
    if (pg_exec(t->c, "ROLLBACK TO SAVEPOINT cz_trial", err) < 0 ||
        pg_exec(t->c, "RELEASE SAVEPOINT cz_trial", err) < 0)
        return -1;
    if (hi - lo == 1) {
        t->items[lo].reason = xstrdup(e.msg);
        t->nbad++;
        return 0;
    }
    size_t mid = lo + (hi - lo) / 2;
    if (accept(t, lo, mid, err) < 0)
        return -1;
    return accept(t, mid, hi, err);
}

/* After a batch failed for a reason tied to its data: finds, in a
 * transaction that is rolled back, the calls (and files' own rows) the
 * database refuses, rejects those calls into quarantine with the server's
 * (masked) reason and marks such files unrecordable. Returns how many were
 * set aside, or -1 with err when the database itself failed. */
static int isolate(PGconn *c, batch_t *b, long long batch_id, const char *rules_version,
                   bool reprocess, cz_err *err)
{
    strmap ids = STRMAP_INIT;
    start_attempt(b, &ids);
    size_t n = 0;
    trial_item *items = xcalloc(b->ncalls + b->nfiles + 1, sizeof *items);
    for (size_t i = 0; i < b->ncalls; i++)
        if (!b->calls[i].rejected && b->calls[i].status != BC_SUPERSEDED)
            items[n++] = (trial_item){false, i, NULL};
    for (size_t i = 0; i < b->nfiles && !reprocess; i++)
        if (!b->files[i].unrecordable)
            items[n++] = (trial_item){true, i, NULL};
    trial t = {c, b, batch_id, rules_version, reprocess, &ids, items, 0};
    int rc = pg_exec(c, "BEGIN", err);
    if (rc == 0)
        rc = accept(&t, 0, n, err);
    if (!pg_is_broken(c))
        pg_exec(c, "ROLLBACK", rc < 0 ? NULL : err);
    for (size_t i = 0; i < b->ncalls; i++)
        b->calls[i].trial_out = false;
    for (size_t i = 0; i < b->nfiles; i++)
        b->files[i].trial_out = false;
    for (size_t k = 0; k < n; k++) {
        trial_item *it = &items[k];
        if (!it->reason || rc < 0) {
            free(it->reason);
            continue;
        }
        if (it->is_file) {
            b->files[it->i].unrecordable = true;
            log_error("%s: the database refuses its file-log or quarantine rows (%s); it is"
                      " not recorded and will be read again next run",
                      b->files[it->i].path, it->reason);
        } else {
            strbuf r = SB_INIT;
            sb_printf(&r, "refused by the database: %s", it->reason);
            batch_reject_call(b, it->i, r.s);
            sb_free(&r);
        }
        free(it->reason);
    }
    free(items);
    strmap_free(&ids);
    return rc < 0 ? -1 : (int)t.nbad;
}

/* Creates the month partitions the batch's calls fall in, where missing, in
 * a transaction of its own before the batch's: creating a partition locks
 * its table briefly, and one left empty by a failed batch does no harm.
 * Months already in known (NULL: none) are not asked for; the others are
 * added once made or found. */
static int ensure_months(PGconn *c, const batch_t *b, strmap *known, cz_err *err)
{
    strbuf arr = SB_INIT;
    strmap seen = STRMAP_INIT;
    sb_putc(&arr, '{');
    for (size_t i = 0; i < b->ncalls; i++) {
        const batch_call *bc = &b->calls[i];
        char month[16];
        if (bc->rejected || strlen(bc->p.day) < 7)
            continue;
        snprintf(month, sizeof month, "%.7s-01", bc->p.day);
        if (strmap_get(&seen, month, NULL) || (known && strmap_get(known, month, NULL)))
            continue;
        strmap_put(&seen, month, i);
        if (arr.len > 1)
            sb_putc(&arr, ',');
        sb_puts(&arr, month);
    }
    sb_putc(&arr, '}');
    int rc = 0;
    if (arr.len > 2) {
        const char *params[1] = {arr.s};
        PGresult *r = pg_query(c, "SELECT coalesce(sum(converza_ensure_month(m)), 0)"
                                  " FROM unnest($1::date[]) m",
                               1, params, err);
        if (!r) {
            err_step(err, "creating month partitions");
            rc = -1;
        } else if (atoi(PQgetvalue(r, 0, 0)) > 0) {
            log_info("created %s month partition(s) for %s", PQgetvalue(r, 0, 0), arr.s);
        }
        PQclear(r);
        for (size_t i = 0; rc == 0 && known && i < seen.cap; i++)
            if (seen.keys[i])
                strmap_put(known, seen.keys[i], 0);
    }
    strmap_free(&seen);
    sb_free(&arr);
    return rc;
}

static int load(PGconn *c, batch_t *b, const char *rules_version, bool reprocess, lease *fence,
                strmap *months, load_stats *st, cz_err *err)
{
    memset(st, 0, sizeof *st);
    double t0 = cz_now_mono();
    strmap ids = STRMAP_INIT;
    /* Calls rejected by an earlier attempt at this batch stay rejected:
     * their quarantine entries are already in it. */
    for (size_t i = 0; i < b->ncalls; i++)
        b->calls[i].trial_out = false;
    /* The run row is committed on its own first, so a batch that dies (crash,
     * lost connection) still leaves a trace: it stays "running" until the next
     * worker marks it interrupted, or is marked failed below. Its commit does
     * not wait for the WAL to reach the disk (synchronous_commit off for this
     * one transaction): at PostgreSQL's durable defaults that wait is a disk
     * flush per batch on top of the batch's own, and the batch's synchronous
     * commit flushes this row with it. Only a crash of the server itself in
     * the few hundred milliseconds before the WAL writer flushes it (when the
     * batch is lost as well) can lose the trace. */
    char host[256] = "unknown", pid[32];
    gethostname(host, sizeof host - 1);
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    const char *p4[4] = {host, pid, rules_version, reprocess ? "reprocess" : NULL};
    PGresult *r = pg_query(c, "INSERT INTO etl_runs (host, pid, rules_version, message)"
                              " SELECT $1::text, $2::int, $3::text, $4::text"
                              " FROM (SELECT set_config('synchronous_commit', 'off', true)) async"
                              " RETURNING batch_id",
                           4, p4, err);
    if (!r)
        return -1;
    st->batch_id = atoll(PQgetvalue(r, 0, 0));
    PQclear(r);
    if (ensure_months(c, b, months, err) < 0)
        goto fail;
    size_t nquar0 = b->nquar;
    int refused = 0;
    char first_refusal[sizeof err->msg] = "";
    /* A failure tied to the data (a value the checks before the COPY did not
     * foresee) is not retried as is: the rows at fault are found and set
     * aside, and the rest loads. Each round sets at least one aside. */
    for (;;) {
        long long bid = st->batch_id;
        memset(st, 0, sizeof *st);
        st->batch_id = bid;
        start_attempt(b, &ids);
        b->stats_taken = false; /* what a rolled-back attempt took is gone */
        if (pg_exec(c, "BEGIN", err) < 0)
            goto fail;
        if (load_body(c, b, st->batch_id, rules_version, reprocess, &ids, st, err) == 0)
            break;
        if (pg_is_broken(c) || !pg_err_is_data(err))
            goto fail;
        cz_err first = *err;
        pg_exec(c, "ROLLBACK", NULL);
        log_warn("batch %lld: the database refused some of its data (%s); finding the calls"
                 " at fault",
                 st->batch_id, first.msg);
        int found = isolate(c, b, st->batch_id, rules_version, reprocess, err);
        if (found < 0)
            goto fail;
        if (found == 0) {
            *err = first;
            err_step(err, "refused as a whole, though each of its calls loads");
            goto fail;
        }
        if (!refused)
            snprintf(first_refusal, sizeof first_refusal, "%s", first.msg);
        refused += found;
    }
    st->files_seen = (int)b->nfiles;
    st->quarantined = 0;
    for (size_t i = 0; i < b->nquar; i++)
        st->quarantined += !b->files[b->quar[i].file].unrecordable;
    st->load_s = cz_now_mono() - t0;
    char v[7][32];
    snprintf(v[0], 32, "%lld", st->batch_id);
    snprintf(v[1], 32, "%d", st->files_seen);
    snprintf(v[2], 32, "%d", st->calls_loaded);
    snprintf(v[3], 32, "%d", st->duplicates);
    snprintf(v[4], 32, "%d", st->replaced);
    snprintf(v[5], 32, "%d", st->quarantined);
    char prep[32], load[32], agg[32];
    snprintf(prep, 32, "%.3f", b->prepare_s * 1000);
    snprintf(load, 32, "%.3f", st->load_s * 1000);
    snprintf(agg, 32, "%.3f", st->aggregate_s * 1000);
    strbuf msg = SB_INIT;
    if (refused)
        sb_printf(&msg, "%s%d call(s) or file(s) refused by the database were set aside (%zu"
                  " quarantined); the first error: %s",
                  reprocess ? "reprocess; " : "", refused, b->nquar - nquar0, first_refusal);
    const char *p10[10] = {v[0], v[1], v[2], v[3], v[4], v[5], prep, load, agg,
                           refused ? msg.s : NULL};
    r = pg_query(c, "UPDATE etl_runs SET finished_at = clock_timestamp(), status = 'committed',"
                    " files_seen = $2, calls_loaded = $3, duplicates = $4, replaced = $5,"
                    " quarantined = $6, prepare_ms = $7, load_ms = $8, aggregate_ms = $9,"
                    " message = coalesce($10, message)"
                    " WHERE batch_id = $1",
                 10, p10, err);
    sb_free(&msg);
    if (!r)
        goto fail;
    PQclear(r);
    /* Last before COMMIT: its row lock keeps any takeover out until then. */
    if (fence && lease_fence(fence, c, err) < 0)
        goto fail;
    if (pg_exec(c, "COMMIT", err) < 0)
        goto fail;
    strmap_free(&ids);
    st->load_s = cz_now_mono() - t0;
    return 0;
fail:
    if (!pg_is_broken(c)) {
        pg_exec(c, "ROLLBACK", NULL);
        char bid[32];
        snprintf(bid, sizeof bid, "%lld", st->batch_id);
        const char *pf[2] = {bid, err->msg};
        PQclear(pg_query(c, "UPDATE etl_runs SET status = 'failed', finished_at = clock_timestamp(),"
                            " message = $2 WHERE batch_id = $1",
                         2, pf, NULL));
    }
    strmap_free(&ids);
    return -1;
}

int pg_load_batch(PGconn *c, batch_t *b, const char *rules_version, lease *fence,
                  strmap *months, load_stats *st, cz_err *err)
{
    return load(c, b, rules_version, false, fence, months, st, err);
}

int pg_reload_batch(PGconn *c, batch_t *b, const char *rules_version, load_stats *st, cz_err *err)
{
    return load(c, b, rules_version, true, NULL, NULL, st, err);
}

int pg_worker_lock(PGconn *c, volatile sig_atomic_t *stop, cz_err *err)
{
    bool said = false;
    for (;;) {
        PGresult *r = pg_query(c, "SELECT pg_try_advisory_lock(" WORKER_LOCK_KEY ")", 0, NULL, err);
        if (!r)
            return -1;
        bool got = PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        if (got)
            break;
        if (!said) {
            r = pg_query(c, "SELECT coalesce(string_agg(a.pid::text || ' from ' ||"
                            " coalesce(a.application_name, '?'), ', '), 'unknown')"
                            " FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
                            " WHERE l.locktype = 'advisory' AND l.granted AND l.objid = "
                            WORKER_LOCK_KEY "::bigint % 4294967296",
                         0, NULL, err);
            log_warn("another converza-etl is loading into this database (backend %s);"
                     " waiting for it to finish",
                     r ? PQgetvalue(r, 0, 0) : "unknown");
            PQclear(r);
            said = true;
        }
        for (int i = 0; i < 10 && !(stop && *stop); i++)
            usleep(100000);
        if (stop && *stop) {
            cz_err_set(err, "stopped while waiting for the worker lock");
            return -1;
        }
    }
    /* Any batch still marked running was cut short by a crash or a lost
     * connection: nothing of it was committed. */
    PGresult *r = pg_query(c, "UPDATE etl_runs SET status = 'interrupted',"
                              " message = 'worker died or lost its connection mid-batch;"
                              " nothing of this batch was committed' WHERE status = 'running'",
                           0, NULL, err);
    if (!r)
        return -1;
    if (atoi(PQcmdTuples(r)) > 0)
        log_warn("%s earlier batch(es) had been interrupted; their files are loaded again",
                 PQcmdTuples(r));
    PQclear(r);
    return 0;
}

int pg_filter_ingested(PGconn *c, char *const *paths, const int64_t *size,
                       const int64_t *mtime_ns, size_t n, char *state, cz_err *err)
{
    memset(state, INGESTED_NEW, n);
    if (!n)
        return 0;
    strbuf arr = SB_INIT, ptmp = SB_INIT;
    char **text = xmalloc(n * sizeof *text);
    for (size_t i = 0; i < n; i++)
        text[i] = xstrdup(pg_path_text(paths[i], &ptmp));
    sb_free(&ptmp);
    pg_array_literal(&arr, (const char *const *)text, n);
    const char *params[1] = {arr.s};
    PGresult *r = pg_query(c, "SELECT path, size, mtime_ns FROM ingested_files WHERE path = ANY($1::text[])",
                           1, params, err);
    sb_free(&arr);
    if (!r) {
        for (size_t i = 0; i < n; i++)
            free(text[i]);
        free(text);
        return -1;
    }
    strmap m = STRMAP_INIT;
    for (size_t i = 0; i < n; i++)
        strmap_put(&m, text[i], i);
    for (int i = 0; i < PQntuples(r); i++) {
        size_t idx;
        if (strmap_get(&m, PQgetvalue(r, i, 0), &idx))
            state[idx] = atoll(PQgetvalue(r, i, 1)) == size[idx] &&
                                atoll(PQgetvalue(r, i, 2)) == mtime_ns[idx]
                            ? INGESTED_SAME
                            : INGESTED_CHANGED;
    }
    PQclear(r);
    strmap_free(&m);
    for (size_t i = 0; i < n; i++)
        free(text[i]);
    free(text);
    return 0;
}
