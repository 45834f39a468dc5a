/* pg_agg.c - the aggregate tables' counter columns, listed once. */
#include "pg_agg.h"

const char *const PG_AGG_COLS[PG_AGG_NCOLS] = {
    "calls", "conversions", "upsell_revenue", "positive", "neutral", "negative",
    "sentiment_sum", "timed_calls", "duration_ms_sum", "agent_talk_bp_sum",
    "customer_talk_bp_sum", "silence_bp_sum", "monologue_ms_sum", "interruptions_sum",
    "questions_sum", "csat_calls", "csat_sum",
};

void pg_agg_list(strbuf *b, const char *fmt, const char *sep)
{
    for (int i = 0; i < PG_AGG_NCOLS; i++) {
        if (i)
            sb_puts(b, sep);
        sb_printf(b, fmt, PG_AGG_COLS[i]);
    }
}
