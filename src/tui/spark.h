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

/* One row of n cells at (y, x), one day per cell, scaled to the largest. */
void spark_line(const term *t, int y, int x, const snap_day *days, size_t n, spark_series s);

/* A bar chart filling r, one day per column (the newest on the right when
 * there are more days than columns), bars in eighths of a row. */
void spark_bars(const term *t, rect r, const snap_day *days, size_t n, spark_series s);

#endif
