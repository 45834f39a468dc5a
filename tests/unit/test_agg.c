/* test_agg.c - aggregate deltas, fixed-point parsing and the string map. */
#include <stdlib.h>

#include "agg.h"
#include "strmap.h"
#include "util.h"
#include "t.h"

static const agg_row *find(const agg_delta *d, const char *agent, const char *day)
{
    for (size_t i = 0; i < d->n; i++)
        if (strcmp(d->rows[i].agent_name, agent) == 0 && strcmp(d->rows[i].day, day) == 0)
            return &d->rows[i];
    return NULL;
}

/* One call's counters as prepared_counts gives them. */
static kpi_counts call(bool conversion, int64_t cents, int sentiment, int64_t score_e4)
{
    kpi_counts k = {.calls = 1, .conversions = conversion, .upsell_cents = cents,
                    .positive = sentiment > 0, .neutral = sentiment == 0,
                    .negative = sentiment < 0, .sentiment_e4 = score_e4};
    return k;
}

int main(void)
{
    agg_delta d = AGG_DELTA_INIT;
    kpi_counts c1 = call(true, 1500, 1, 5000), c2 = call(false, 0, -1, -2500),
               c3 = call(true, 999, 0, 0);
    agg_delta_add(&d, "Ann", "2025-10-01", &c1, +1);
    agg_delta_add(&d, "Ann", "2025-10-01", &c2, +1);
    agg_delta_add(&d, "Bob", "2025-10-01", &c3, +1);
    agg_delta_add(&d, "Ann", "2025-10-01", &c1, -1); /* a replaced call */
    const agg_row *a = find(&d, "Ann", "2025-10-01"), *b = find(&d, "Bob", "2025-10-01");
    CHECK(d.n == 2, "agg: one row per agent and day");
    CHECK(a && a->k.calls == 1 && a->k.conversions == 0 && a->k.upsell_cents == 0,
          "agg: removal undoes an addition");
    CHECK(a && a->k.positive == 0 && a->k.negative == 1 && a->k.sentiment_e4 == -2500,
          "agg: sentiment counts and sum follow");
    CHECK(b && b->k.calls == 1 && b->k.conversions == 1 && b->k.upsell_cents == 999 &&
              b->k.neutral == 1,
          "agg: second agent counted apart");
    agg_delta_free(&d);

    kpi_counts t1 = call(false, 0, 0, 0), t2 = call(false, 0, 0, 0);
    t1.timed_calls = 1, t1.duration_ms_sum = 60000, t1.agent_talk_bp_sum = 4000;
    t1.customer_talk_bp_sum = 3000, t1.silence_bp_sum = 3000, t1.monologue_ms_sum = 9000;
    t1.interruptions_sum = 2, t1.questions_sum = 1, t1.csat_calls = 1, t1.csat_sum = 9;
    t2.questions_sum = 3;
    agg_delta_add(&d, "Cy", "2025-10-02", &t1, +1);
    agg_delta_add(&d, "Cy", "2025-10-02", &t2, +1);
    agg_delta_add(&d, "Cy", "2025-10-02", &t1, -1);
    const agg_row *c = find(&d, "Cy", "2025-10-02");
    CHECK(c && c->k.timed_calls == 0 && c->k.duration_ms_sum == 0 && c->k.questions_sum == 3 &&
              c->k.csat_calls == 0 && c->k.calls == 1,
          "agg: conversation metric sums follow additions and removals");
    agg_delta_free(&d);

    CHECK(agg_parse_fixed("12.5", 2) == 1250, "fixed: 12.5 -> 1250 cents");
    CHECK(agg_parse_fixed("1200", 2) == 120000, "fixed: whole dollars");
    CHECK(agg_parse_fixed("-0.1234", 4) == -1234, "fixed: negative sentiment");
    CHECK(agg_parse_fixed("0.99999", 4) == 9999, "fixed: extra digits truncated");
    char out[32];
    agg_format_fixed(-1234, 4, out);
    CHECK_STR(out, "-0.1234", "fixed: format negative");
    agg_format_fixed(120005, 2, out);
    CHECK_STR(out, "1200.05", "fixed: format cents");
    agg_format_fixed(7, 2, out);
    CHECK_STR(out, "0.07", "fixed: leading zeros");

    strbuf sb = SB_INIT;
    sb_fixed(&sb, -5, 2);
    sb_putc(&sb, ' ');
    sb_fixed(&sb, 120000, 2);
    sb_putc(&sb, ' ');
    sb_fixed(&sb, -250, 3);
    sb_putc(&sb, ' ');
    sb_fixed(&sb, 42, 0);
    CHECK_STR(sb_cstr(&sb), "-0.05 1200.00 -0.250 42", "sb_fixed: like printf's %.Nf");
    sb_free(&sb);

    strmap m = STRMAP_INIT;
    char key[32];
    for (size_t i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "call-%zu", i);
        strmap_put(&m, key, i);
    }
    size_t v = 0;
    int all = 1;
    for (size_t i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "call-%zu", i);
        if (!strmap_get(&m, key, &v) || v != i)
            all = 0;
    }
    CHECK(all && m.n == 5000, "strmap: 5000 keys survive growth");
    CHECK(!strmap_get(&m, "call-5000", NULL), "strmap: absent key");
    strmap_put(&m, "call-1", 42);
    CHECK(strmap_get(&m, "call-1", &v) && v == 42 && m.n == 5000, "strmap: overwrite keeps count");
    strmap_free(&m);
    T_END();
}
