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
        sb_fixed(b, kc_get(k, i), kc_decimals(KC_TABLE[i].kind)); /* no printf per field */
    }
}

