/* agg.h - aggregate deltas of a batch, per name (an agent or a team) and
 * period (a business day, or the start of a business hour): what the calls it
 * adds contribute, minus what the calls it replaces contributed. Applying the
 * deltas keeps each aggregate table equal to a GROUP BY over gold. Pure. */
#ifndef CZ_AGG_H
#define CZ_AGG_H

#include <stdbool.h>
#include <stdint.h>
#include "counters.h"
#include "strmap.h"

typedef struct {
    char *agent_name;       /* or the team, in a per-team delta */
    char day[32];           /* "YYYY-MM-DD", or an hour "YYYY-MM-DD HH:MM:SS+00" */
    kpi_counts k;           /* the sums of the calls' counters (counters.h) */
} agg_row;

/* Calls in one call category (kpi.h) for an agent (or a team) and day (or
 * hour), as in agg_row. */
typedef struct {
    char *agent_name;
    char day[32];
    char *category;
    int64_t calls;
} agg_cat_row;

typedef struct {
    strmap index;           /* "name\x1fperiod" -> row */
    agg_row *rows;
    size_t n, cap;
    strmap cat_index;       /* "agent\x1fday\x1fcategory" -> cats row */
    agg_cat_row *cats;
    size_t ncat, catcap;
} agg_delta;

#define AGG_DELTA_INIT {STRMAP_INIT, NULL, 0, 0, STRMAP_INIT, NULL, 0, 0}

/* Adds (sign = +1) or removes (sign = -1) one call's counters c (see
 * prepared_counts) to the row of its agent (or team) and day (or hour; at
 * most 31 bytes). */
void agg_delta_add(agg_delta *d, const char *agent, const char *day, const kpi_counts *c,
                   int sign);
/* Adds (+1) or removes (-1) one call in category for its agent (or team)
 * and day (or hour; at most 31 bytes). */
void agg_delta_cat(agg_delta *d, const char *agent, const char *day, const char *category,
                   int sign);
void agg_delta_free(agg_delta *d);

/* "12.50" -> 1250 for decimals=2; "-0.1234" -> -1234 for decimals=4. */
int64_t agg_parse_fixed(const char *s, int decimals);
/* Formats v (in units of 10^-decimals) as a decimal string into out[32]. */
void agg_format_fixed(int64_t v, int decimals, char out[32]);

#endif
