/* counters.c - the KPI counter table (counters.h) as data, and the few
 * operations every layer applies to all counters alike. */
#include "counters.h"

#include <math.h>

#include "agg.h"

const kc_desc KC_TABLE[KC_N] = {
#define KC_DESC(field, column, group, key, kind, need, gold, call) \
    {#field, column, group, key, kind, need, gold, offsetof(kpi_counts, field)},
    KPI_COUNTERS(KC_DESC)
#undef KC_DESC
};

const char *kc_group_name(kc_group g)
{
    static const char *const names[KG_N] = {"", "sentiment", "talk", "csat"};
    return g >= 0 && g < KG_N ? names[g] : "";
}

int kc_decimals(kc_kind kind)
{
    return kind == KC_MONEY ? 2 : kind == KC_SCORE ? 4 : 0;
}

int64_t kc_get(const kpi_counts *k, int i)
{
    return *(const int64_t *)(const void *)((const char *)k + KC_TABLE[i].offset);
}

int64_t *kc_at(kpi_counts *k, int i)
{
    return (int64_t *)(void *)((char *)k + KC_TABLE[i].offset);
}

/* a + b and a - b, saturating at the ends of int64 instead of overflowing. */
static int64_t sat_add(int64_t a, int64_t b)
{
    if (b > 0 && a > INT64_MAX - b)
        return INT64_MAX;
    if (b < 0 && a < INT64_MIN - b)
        return INT64_MIN;
    return a + b;
}

static int64_t sat_sub(int64_t a, int64_t b)
{
    if (b < 0 && a > INT64_MAX + b)
        return INT64_MAX;
    if (b > 0 && a < INT64_MIN + b)
        return INT64_MIN;
    return a - b;
}

void kc_add(kpi_counts *a, const kpi_counts *b, int sign)
{
    for (int i = 0; i < KC_N; i++) {
        int64_t *x = kc_at(a, i);
        *x = sign < 0 ? sat_sub(*x, kc_get(b, i)) : sat_add(*x, kc_get(b, i));
    }
}

const char *kc_format(int i, int64_t v, char out[32])
{
    agg_format_fixed(v, kc_decimals(KC_TABLE[i].kind), out);
    return out;
}

int64_t kc_score_e4(double score)
{
    if (!(score <= 1))
        score = score > 1 ? 1 : 0;
    if (score < -1)
        score = -1;
    return (int64_t)llround(score * 10000.0);
}
