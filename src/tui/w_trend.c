/* w_trend.c - sparklines of the daily trend: calls, conversion rate and
 * upsell revenue, newest day on the right, each with its latest value and
 * the range it is scaled over; spare width gives each day more cells, with
 * weekday initials above them. */
#include <stdio.h>

#include "numfmt.h"
#include "spark.h"
#include "widget.h"

#define LABEL_W 9

static const char *const SER_LABELS[SER__COUNT] = {"Calls", "Conv %", "Upsell $"};

static const char *series_text(int s, const snap_day *d, char out[NUM_LEN], bool short_form)
{
    switch (s) {
    case SER_CALLS: return short_form ? num_int_short(d->k.calls, out) : num_int(d->k.calls, out);
    case SER_RATE: return num_pct(kpi_conversion_rate(&d->k), out);
    default:
        return short_form ? num_money_short(d->k.upsell_cents, out) : num_money(d->k.upsell_cents, out);
    }
}

static void trend_draw(const app *a, rect r)
{
    const term *t = a->t;
    const snap_trend *tr = &a->m.trend;
    char title[64];
    if (!a->m.has[FEED_TREND] || tr->n == 0) {
        draw_text(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), "Trend per day");
        draw_text(t, r.y + 1, r.x, r.w, term_attr(t, EL_LABEL), "no trend data yet");
        return;
    }
    int value_w = r.w >= 50 ? 24 : r.w >= 36 ? 12 : 0;
    if (value_w == 24) { /* width the days do not need goes to the range text */
        int spare = r.w - LABEL_W - 25 - (int)tr->n * 4;
        value_w += spare > 8 ? 8 : spare > 0 ? spare : 0;
    }
    int spark_w = r.w - LABEL_W - value_w - (value_w ? 1 : 0);
    if (spark_w < 1)
        spark_w = 1;
    size_t days = tr->n < (size_t)spark_w ? tr->n : (size_t)spark_w;
    const snap_day *first = &tr->v[tr->n - days], *last = &tr->v[tr->n - 1];
    int per = spark_w / (int)days;
    if (per > 4)
        per = 4;
    snprintf(title, sizeof title, "Trend per day, %zu day%s to %s", days, days == 1 ? "" : "s",
             last->day);
    /* Weekday initials over the days when the title still fits after them. */
    int tw = draw_width(t, title), after = r.x + LABEL_W + (int)days * per + 1;
    if (per >= 2 && after + tw <= r.x + r.w) {
        for (size_t i = 0; i < days; i++)
            draw_text(t, r.y, r.x + LABEL_W + (int)i * per, 1, term_attr(t, EL_LABEL),
                      spark_weekday(first[i].day));
        draw_text_right(t, r.y, r.x + r.w, r.x + r.w - after, term_attr(t, EL_TITLE), title);
    } else {
        draw_text_fit(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
    }
    for (int s = 0; s < SER__COUNT && s + 1 < r.h; s++) {
        int y = r.y + 1 + s;
        draw_text(t, y, r.x, LABEL_W - 1, term_attr(t, EL_LABEL), SER_LABELS[s]);
        spark_line(t, y, r.x + LABEL_W, first, days, (spark_series)s, per);
        if (value_w) {
            /* The latest value whole with the largest in view, else both
             * abbreviated (12.3k, $4.56M), else the latest alone: never cut. */
            char v[NUM_LEN], vs[NUM_LEN], line[2 * NUM_LEN + 8];
            series_text(s, last, v, false);
            series_text(s, last, vs, true);
            snprintf(line, sizeof line, "%s", draw_width(t, v) <= value_w ? v : vs);
            if (value_w >= 24) {
                /* the range the line is scaled over: its bottom and top */
                double max = spark_day_value(first, (spark_series)s), min = max;
                for (size_t i = 0; i < days; i++) {
                    double x = spark_day_value(&first[i], (spark_series)s);
                    max = x > max ? x : max;
                    min = x < min ? x : min;
                }
                char mx[NUM_LEN], mn[NUM_LEN], both[sizeof line + NUM_LEN];
                if (s == SER_CALLS) {
                    num_int_short((int64_t)max, mx);
                    num_int_short((int64_t)min, mn);
                } else if (s == SER_RATE) {
                    num_pct(max, mx);
                    num_pct(min, mn);
                } else {
                    num_money_short((int64_t)(max * 100 + 0.5), mx);
                    num_money_short((int64_t)(min * 100 + 0.5), mn);
                }
                snprintf(both, sizeof both, "%s  %s..%s", v, mn, mx);
                if (draw_width(t, both) > value_w)
                    snprintf(both, sizeof both, "%s  %s..%s", vs, mn, mx);
                if (draw_width(t, both) > value_w)
                    snprintf(both, sizeof both, "%s  max %s", vs, mx);
                if (draw_width(t, both) <= value_w)
                    snprintf(line, sizeof line, "%.*s", (int)sizeof line - 1, both);
            }
            draw_text_right(t, y, r.x + r.w, value_w, term_attr(t, EL_VALUE), line);
        }
    }
}

const widget W_TREND = {"trend", trend_draw, NULL};
