/* test_counters.c - the counter table (counters.h) walked from the table
 * itself: its entries are distinct and cover kpi_counts, kc_add and kc_format
 * treat every counter, and every counter survives encode -> decode of each
 * payload (summary, agents, trend), also when it alone changes. */
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "counters.h"
#include "snapshot.h"
#include "t.h"

/* A consistent set of counters where each one has its own value other than
 * 0: calls large enough for every "at most per call" bound, a score that is a
 * whole multiple of calls (the payload carries its average, 4 decimals). */
static kpi_counts sample(int64_t salt)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    for (int i = 0; i < KC_N; i++)
        *kc_at(&k, i) = 11 + 3 * i + salt;
    k.calls = 100000 + salt;
    k.sentiment_e4 = -37 * k.calls;
    k.duration_ms_sum = 90000000 + salt; /* longer than the monologues */
    k.csat_sum = k.csat_calls * 7;       /* ratings 0-10 per rated call */
    return k;
}

static int first_difference(const kpi_counts *a, const kpi_counts *b)
{
    for (int i = 0; i < KC_N; i++)
        if (kc_get(a, i) != kc_get(b, i))
            return i;
    return -1;
}

static void check_table(void)
{
    int dup = 0, empty = 0, order = 1;
    for (int i = 0; i < KC_N; i++) {
        const kc_desc *c = &KC_TABLE[i];
        if (!*c->field || !*c->column || !*c->key || !*c->gold)
            empty++;
        if (c->offset != (size_t)i * sizeof(int64_t))
            order = 0;
        for (int j = 0; j < i; j++) {
            const kc_desc *d = &KC_TABLE[j];
            if (!strcmp(c->field, d->field) || !strcmp(c->column, d->column) ||
                (c->group == d->group && !strcmp(c->key, d->key)))
                dup++;
        }
    }
    CHECK(KC_N > 0 && sizeof(kpi_counts) == KC_N * sizeof(int64_t),
          "table: kpi_counts is exactly the table's counters");
    CHECK(order, "table: entries in member order");
    CHECK(!empty, "table: every counter has a field, column, key and gold expression");
    CHECK(!dup, "table: fields, columns and payload keys are distinct");
    CHECK(!strcmp(KC_TABLE[0].field, "calls"), "table: calls first (scores average over it)");
    CHECK(!strcmp(kc_group_name(KG_TOP), "") && !strcmp(kc_group_name(KG_TALK), "talk"),
          "table: group names");

    kpi_counts a = sample(0), b = sample(5), sum = a;
    kc_add(&sum, &b, +1);
    int ok = 1;
    for (int i = 0; i < KC_N; i++)
        ok &= kc_get(&sum, i) == kc_get(&a, i) + kc_get(&b, i);
    CHECK(ok, "kc_add: adds every counter");
    kc_add(&sum, &b, -1);
    CHECK(first_difference(&sum, &a) < 0, "kc_add: -1 undoes +1 on every counter");

    agg_delta d = AGG_DELTA_INIT;
    agg_delta_add(&d, "Ann", "2025-10-01", &a, +1);
    agg_delta_add(&d, "Ann", "2025-10-01", &b, +1);
    agg_delta_add(&d, "Ann", "2025-10-01", &b, -1);
    CHECK(d.n == 1 && first_difference(&d.rows[0].k, &a) < 0,
          "agg: every counter summed by agent and day");
    agg_delta_free(&d);

    char out[32];
    CHECK_STR(kc_format(KC_upsell_cents, 123405, out), "1234.05", "kc_format: money");
    CHECK_STR(kc_format(KC_sentiment_e4, -2500, out), "-0.2500", "kc_format: score");
    CHECK_STR(kc_format(KC_calls, 42, out), "42", "kc_format: count");
    CHECK(kc_score_e4(0.12345) == 1235 && kc_score_e4(7) == 10000 && kc_score_e4(-2) == -10000,
          "kc_score_e4: rounds and clamps");
}

/* Encodes w in each payload, decodes it back; 1 when all counters survive
 * in all three windows of the summary and the agent, and in the trend day. */
static int round_trip(const kpi_windows *w, char *why, size_t whysz)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = 1760000000;
    s.batch_id = "b-1";
    memcpy(s.today, "2025-10-09", 11);
    s.k = *w;
    snap_agent ag = {.agent_name = "Ann", .k = *w};
    snap_agents agents = {.schema = SNAPSHOT_SCHEMA, .generated_at = 1760000000, .v = &ag,
                          .n = 1};
    snap_day day = {"2025-10-09", w->all};
    snap_trend trend = {.schema = SNAPSHOT_SCHEMA, .generated_at = 1760000000, .v = &day,
                        .n = 1};
    char *js = snap_summary_encode(&s), *ja = snap_agents_encode(&agents, SNAPSHOT_AGENTS_BYTES, NULL),
         *jt = snap_trend_encode(&trend);
    snap_summary ds;
    snap_agents da;
    snap_trend dt;
    cz_err e = {""};
    int ok = js && ja && jt && snap_summary_decode(js, strlen(js), &ds, &e) == 0 &&
             snap_agents_decode(ja, strlen(ja), &da, &e) == 0 &&
             snap_trend_decode(jt, strlen(jt), &dt, &e) == 0;
    if (!ok) {
        snprintf(why, whysz, "decode: %s", e.msg);
    } else {
        const kpi_counts *got[] = {&ds.k.today, &ds.k.week, &ds.k.all, &da.v[0].k.today,
                                   &da.v[0].k.week, &da.v[0].k.all, &dt.v[0].k};
        const kpi_counts *want[] = {&w->today, &w->week, &w->all, &w->today,
                                    &w->week, &w->all, &w->all};
        for (size_t i = 0; ok && i < sizeof got / sizeof got[0]; i++) {
            int c = first_difference(got[i], want[i]);
            if (c >= 0) {
                snprintf(why, whysz, "%s: %lld != %lld", KC_TABLE[c].field,
                         (long long)kc_get(got[i], c), (long long)kc_get(want[i], c));
                ok = 0;
            }
        }
        snap_summary_free(&ds);
        snap_agents_free(&da);
        snap_trend_free(&dt);
    }
    free(js);
    free(ja);
    free(jt);
    return ok;
}

static void check_round_trip(void)
{
    kpi_windows w = {sample(0), sample(1), sample(2), sample(3)};
    char why[160] = "", name[160];
    CHECK(round_trip(&w, why, sizeof why), "round trip: every counter of the table survives");
    if (*why)
        printf("  %s\n", why);
    /* Each counter alone one unit up (a score one unit per call): the
     * decoded value follows, so no counter is dropped or mixed up. */
    for (int i = 0; i < KC_N; i++) {
        kpi_windows v = w;
        int64_t step = KC_TABLE[i].kind == KC_SCORE ? v.all.calls : 1;
        *kc_at(&v.all, i) += step;
        if (i == KC_calls) /* the score's average is per call: keep it */
            v.all.sentiment_e4 = -37 * v.all.calls;
        why[0] = '\0';
        snprintf(name, sizeof name, "round trip: %s changed alone", KC_TABLE[i].field);
        CHECK(round_trip(&v, why, sizeof why), name);
        if (*why)
            printf("  %s\n", why);
    }
}

int main(void)
{
    check_table();
    check_round_trip();
    T_END();
}
