/* kpi_upsell_count.h - internal to the kpi module: a total worked out for
 * a unit price from more than one count ("two child seats for four days
 * comes to $96" is $12 a day each times 2 x 4). */
#ifndef CZ_KPI_UPSELL_COUNT_H
#define CZ_KPI_UPSELL_COUNT_H

#include <stdbool.h>
#include <stdint.h>

#include "kpi_dialog.h"

/* Whether t says two or three counts whose product is q, outside the byte
 * spans [xs, xe) and [ys, ye) (the unit price and the total): "$72 for both
 * of you, both mornings" is $18 per person per morning times 2 x 2. Counts
 * are the words kpi_count_word reads (2 to 12; digits up to 99) and "both",
 * never a time of day ("at two", "three o'clock");
 * the first KPI_COUNTS_MAX of the turn are tried, which bounds the work.
 * False for q below 4 or when t says fewer than two counts. */
bool kpi_counts_make(const kpi_text *t, int64_t q, size_t xs, size_t xe, size_t ys, size_t ye);

/* The same for agent turn t analysed as a, outside every price of the turn
 * (a->prices): the counts a total of the turn multiplies a unit price by. */
bool upsell_counts_make(const kpi_text *t, const dlg_agent *a, int64_t q);

#endif
