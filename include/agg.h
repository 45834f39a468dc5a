/* agg.h - per-agent per-day aggregate deltas of a batch: what the calls it adds
 * contribute, minus what the calls it replaces contributed. Applying the
 * deltas keeps the aggregate table equal to a GROUP BY over gold. Pure. */
#ifndef CZ_AGG_H
#define CZ_AGG_H

#include <stdbool.h>
#include <stdint.h>
#include "strmap.h"

/* One call's conversation metrics as the aggregates sum them. */
typedef struct {
    int64_t timed_calls;    /* 1 when the source has times, else 0 (and the
                             * time sums below are 0) */
    int64_t duration_ms, agent_talk_bp, customer_talk_bp, silence_bp;
    int64_t monologue_ms, interruptions;
    int64_t questions;
    int64_t csat_calls, csat; /* 1 and the rating when rated */
} agg_talk;

typedef struct {
    char *agent_name;
    char day[11];
    int64_t calls, conversions, upsell_cents;
    int64_t positive, neutral, negative;
    int64_t sentiment_e4;   /* sum of sentiment_score in units of 0.0001 */
    agg_talk t;             /* conversation metric sums */
} agg_row;

typedef struct {
    strmap index;           /* "agent\x1fday" -> row */
    agg_row *rows;
    size_t n, cap;
} agg_delta;

#define AGG_DELTA_INIT {STRMAP_INIT, NULL, 0, 0}

/* Adds (sign = +1) or removes (sign = -1) one call's contribution.
 * sentiment: -1, 0, +1; score_e4: sentiment_score * 10000, rounded; t may be
 * NULL (no conversation metrics). */
void agg_delta_add(agg_delta *d, const char *agent, const char *day, bool conversion,
                   int64_t upsell_cents, int sentiment, int64_t score_e4, const agg_talk *t,
                   int sign);
void agg_delta_free(agg_delta *d);

/* "12.50" -> 1250 for decimals=2; "-0.1234" -> -1234 for decimals=4. */
int64_t agg_parse_fixed(const char *s, int decimals);
/* Formats v (in units of 10^-decimals) as a decimal string into out[32]. */
void agg_format_fixed(int64_t v, int decimals, char out[32]);

#endif
