/* spark.h - sparklines and tall bar charts of the daily trend series, drawn
 * with the eighth-block glyphs (or their ASCII stand-ins). */
#ifndef CZ_TUI_SPARK_H
#define CZ_TUI_SPARK_H

#include <stddef.h>

#include "draw.h"
#include "snapshot.h"

typedef enum { SER_CALLS, SER_RATE, SER_UPSELL, SER__COUNT } spark_series;

/* The series value of one day: calls, conversion percent, upsell dollars. */
double spark_day_value(const snap_day *d, spark_series s);

/* 0..7: which eighth-block shows v on a scale from 0 to max. Zero and
 * negative values give 0; any positive value at least 1. */
int spark_level(double v, double max);

/* One row at (y, x), per cells a day (a blank between days from 3 on),
 * scaled from the smallest to the largest day in view, so 40-45 % does not
 * look flat: the smallest shows the lowest block, the largest the highest,
 * all days equal the middle one. */
void spark_line(const term *t, int y, int x, const snap_day *days, size_t n, spark_series s, int per);

/* 0..7 for v on a scale from min to max (see spark_line). */
int spark_level_range(double v, double min, double max);

/* The weekday initial ("M", "T", "W", ...) of a "YYYY-MM-DD" day; "?" when
 * it does not parse. */
const char *spark_weekday(const char *day);

/* A bar chart filling r, one day per column (the newest on the right when
 * there are more days than columns), bars in eighths of a row. */
void spark_bars(const term *t, rect r, const snap_day *days, size_t n, spark_series s);

#endif
