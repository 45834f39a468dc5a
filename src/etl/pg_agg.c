/* pg_agg.c - the counters' SQL column lists and values, from the one table
 * in counters.h. */
#include "pg_agg.h"

#include <stdlib.h>

#include "agg.h"

void pg_agg_list(strbuf *b, const char *fmt, const char *sep)
{
    for (int i = 0; i < KC_N; i++) {
        if (i)
            sb_puts(b, sep);
        sb_printf(b, fmt, KC_TABLE[i].column);
    }
}

void pg_agg_gold_list(strbuf *b, const char *fmt, const char *sep)
{
    for (int i = 0; i < KC_N; i++) {
        if (i)
            sb_puts(b, sep);
        sb_printf(b, fmt, KC_TABLE[i].gold);
    }
}

void pg_agg_read(const PGresult *r, int row, int col, kpi_counts *k)
{
    for (int i = 0; i < KC_N; i++) {
        const char *v = PQgetvalue(r, row, col + i);
        /* Sums are numeric in SQL and may pass int64: strtoll saturates. */
        *kc_at(k, i) = KC_TABLE[i].kind == KC_COUNT
                           ? strtoll(v, NULL, 10)
                           : agg_parse_fixed(v, kc_decimals(KC_TABLE[i].kind));
    }
}

void pg_agg_copy_fields(strbuf *b, const kpi_counts *k)
{
    for (int i = 0; i < KC_N; i++) {
        sb_putc(b, '\t');
        pg_agg_put_fixed(b, kc_get(k, i), kc_decimals(KC_TABLE[i].kind));
    }
}

/* A batch writes a few dozen numbers per call and as many per aggregate row
 * (COPY text): digits written backwards into a small buffer instead of
 * snprintf, the same text agg_format_fixed writes. */
void pg_agg_put_fixed(strbuf *b, int64_t v, int decimals)
{
    char tmp[48], *p = tmp + sizeof tmp;
    /* |v| without overflow at INT64_MIN, as agg_format_fixed takes it */
    uint64_t a = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
    int nd = 0;
    /* at least one digit before the point and decimals after it */
    do {
        *--p = (char)('0' + a % 10);
        a /= 10;
        if (++nd == decimals)
            *--p = '.';
    } while (a || nd <= decimals);
    if (v < 0)
        *--p = '-';
    sb_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

void pg_agg_put_int(strbuf *b, int64_t v)
{
    pg_agg_put_fixed(b, v, 0);
}
