/* spark.c - sparklines and bar charts of daily series (see spark.h). */
#include "spark.h"

#include <stdio.h>

double spark_day_value(const snap_day *d, spark_series s)
{
    switch (s) {
    case SER_CALLS: return (double)d->k.calls;
    case SER_RATE: return kpi_conversion_rate(&d->k);
    case SER_UPSELL: return (double)d->k.upsell_cents / 100.0;
    default: return 0;
    }
}

int spark_level(double v, double max)
{
    if (!(v > 0) || !(max > 0))
        return 0;
    int l = 1 + (int)(v / max * 6.999);
    return l > 7 ? 7 : l;
}

static double series_max(const snap_day *days, size_t n, spark_series s)
{
    double max = 0;
    for (size_t i = 0; i < n; i++) {
        double v = spark_day_value(&days[i], s);
        if (v > max)
            max = v;
    }
    return max;
}

int spark_level_range(double v, double min, double max)
{
    if (!(max > min))
        return 3;
    int l = (int)((v - min) / (max - min) * 7.0 + 0.5);
    return l < 0 ? 0 : l > 7 ? 7 : l;
}

void spark_line(const term *t, int y, int x, const snap_day *days, size_t n, spark_series s, int per)
{
    if (n == 0)
        return;
    double max = series_max(days, n, s), min = max;
    for (size_t i = 0; i < n; i++) {
        double v = spark_day_value(&days[i], s);
        if (v < min)
            min = v;
    }
    if (per < 1)
        per = 1;
    int w = per >= 3 ? per - 1 : per;
    attr_t at = term_attr(t, EL_SPARK);
    for (size_t i = 0; i < n; i++)
        draw_repeat(y, x + (int)i * per, w, at,
                    t->g->spark[spark_level_range(spark_day_value(&days[i], s), min, max)]);
}

const char *spark_weekday(const char *day)
{
    static const char *const names[7] = {"S", "M", "T", "W", "T", "F", "S"};
    int y, m, d;
    if (!day || sscanf(day, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return "?";
    static const int off[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    return names[(y + y / 4 - y / 100 + y / 400 + off[m - 1] + d) % 7];
}

void spark_bars(const term *t, rect r, const snap_day *days, size_t n, spark_series s)
{
    if (r.h <= 0 || r.w <= 0 || n == 0)
        return;
    if (n > (size_t)r.w) {
        days += n - (size_t)r.w;
        n = (size_t)r.w;
    }
    double max = series_max(days, n, s);
    /* Spread the days over the width: each day gets an equal run of columns. */
    int per = r.w / (int)n;
    if (per < 1)
        per = 1;
    int barw = per > 2 ? per - 1 : per;
    attr_t at = term_attr(t, EL_SPARK);
    for (size_t i = 0; i < n; i++) {
        double v = spark_day_value(&days[i], s);
        long eighths = max > 0 && v > 0 ? (long)(v / max * r.h * 8 + 0.5) : 0;
        if (v > 0 && eighths == 0)
            eighths = 1;
        int x = r.x + (int)i * per;
        for (int row = 0; row < r.h; row++) {
            long fill = eighths - (long)row * 8; /* eighths in this row, counted from the bottom */
            if (fill <= 0)
                break;
            const char *g = fill >= 8 ? t->g->full : t->g->spark[fill - 1];
            draw_repeat(r.y + r.h - 1 - row, x, barw, at, g);
        }
    }
}
