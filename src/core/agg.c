/* agg.c - the batch's per-agent per-day aggregate deltas, kept in integers
 * (cents, 1/10000 sentiment units) so sums are exact and the aggregates stay
 * equal to a GROUP BY over gold. */
#include "agg.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void agg_delta_add(agg_delta *d, const char *agent, const char *day, const kpi_counts *c,
                   int sign)
{
    strbuf key = SB_INIT;
    sb_puts(&key, agent);
    sb_putc(&key, '\x1f');
    sb_puts(&key, day);
    size_t i;
    if (!strmap_get(&d->index, key.s, &i)) {
        if (d->n == d->cap) {
            d->cap = d->cap ? d->cap * 2 : 32;
            d->rows = xrealloc(d->rows, d->cap * sizeof *d->rows);
        }
        i = d->n++;
        agg_row *r = &d->rows[i];
        memset(r, 0, sizeof *r);
        r->agent_name = xstrdup(agent);
        snprintf(r->day, sizeof r->day, "%s", day);
        strmap_put(&d->index, key.s, i);
    }
    sb_free(&key);
    kc_add(&d->rows[i].k, c, sign);
}

void agg_delta_cat(agg_delta *d, const char *agent, const char *day, const char *category,
                   int sign)
{
    strbuf key = SB_INIT;
    sb_puts(&key, agent);
    sb_putc(&key, '\x1f');
    sb_puts(&key, day);
    sb_putc(&key, '\x1f');
    sb_puts(&key, category);
    size_t i;
    if (!strmap_get(&d->cat_index, key.s, &i)) {
        if (d->ncat == d->catcap) {
            d->catcap = d->catcap ? d->catcap * 2 : 32;
            d->cats = xrealloc(d->cats, d->catcap * sizeof *d->cats);
        }
        i = d->ncat++;
        agg_cat_row *r = &d->cats[i];
        memset(r, 0, sizeof *r);
        r->agent_name = xstrdup(agent);
        snprintf(r->day, sizeof r->day, "%s", day);
        r->category = xstrdup(category);
        strmap_put(&d->cat_index, key.s, i);
    }
    sb_free(&key);
    d->cats[i].calls += sign;
}

void agg_delta_free(agg_delta *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->rows[i].agent_name);
    free(d->rows);
    strmap_free(&d->index);
    for (size_t i = 0; i < d->ncat; i++) {
        free(d->cats[i].agent_name);
        free(d->cats[i].category);
    }
    free(d->cats);
    strmap_free(&d->cat_index);
    memset(d, 0, sizeof *d);
}

int64_t agg_parse_fixed(const char *s, int decimals)
{
    int neg = 0;
    while (isspace((unsigned char)*s))
        s++;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    int64_t whole = 0, frac = 0;
    while (cz_is_digit(*s))
        whole = whole * 10 + (*s++ - '0');
    int got = 0;
    if (*s == '.') {
        s++;
        while (cz_is_digit(*s)) {
            if (got < decimals) {
                frac = frac * 10 + (*s - '0');
                got++;
            }
            s++;
        }
    }
    for (; got < decimals; got++)
        frac *= 10;
    int64_t scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    int64_t v = whole * scale + frac;
    return neg ? -v : v;
}

void agg_format_fixed(int64_t v, int decimals, char out[32])
{
    int64_t scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    const char *sign = v < 0 ? "-" : "";
    uint64_t a = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
    if (decimals == 0)
        snprintf(out, 32, "%s%llu", sign, (unsigned long long)a);
    else
        snprintf(out, 32, "%s%llu.%0*llu", sign, (unsigned long long)(a / (uint64_t)scale),
                 decimals, (unsigned long long)(a % (uint64_t)scale));
}
