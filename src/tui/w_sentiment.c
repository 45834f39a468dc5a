/* w_sentiment.c - the overall customer sentiment of the selected window: a
 * stacked positive/neutral/negative bar with its legend and the average
 * score. (Per-agent bars are drawn by the agent table with the same
 * draw_stacked_bar.) */
#include <stdio.h>

#include "widget.h"

static double share(int64_t part, int64_t calls)
{
    return calls > 0 ? 100.0 * (double)part / (double)calls : 0.0;
}

/* "■ positive 62%  ■ neutral 25%  ■ negative 13%  avg +0.21" from x on. */
static void legend(const app *a, int y, int x, int w, const kpi_counts *k)
{
    const term *t = a->t;
    const char *glyph[3] = {t->g->pos, t->g->neu, t->g->neg};
    const term_elem el[3] = {EL_POS, EL_NEU, EL_NEG};
    const char *name[3] = {"positive", "neutral", "negative"};
    int64_t part[3] = {k->positive, k->neutral, k->negative};
    int end = x + w;
    for (int i = 0; i < 3 && x < end; i++) {
        char txt[48];
        snprintf(txt, sizeof txt, " %s %.0f%%  ", name[i], share(part[i], k->calls));
        x += draw_text(t, y, x, end - x, term_attr(t, el[i]), glyph[i]);
        x += draw_text(t, y, x, end - x, A_NORMAL, txt);
    }
    char avg[32];
    snprintf(avg, sizeof avg, "avg %+.2f", kpi_avg_sentiment(k));
    if (x + draw_width(t, avg) <= end)
        draw_text(t, y, x, end - x, term_attr(t, EL_VALUE), avg);
}

static void sentiment_draw(const app *a, rect r)
{
    const term *t = a->t;
    char title[48];
    snprintf(title, sizeof title, "Sentiment, %s", view_window_name(a->v.win));
    if (!a->m.has[FEED_SUMMARY]) {
        draw_text(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
        return;
    }
    const kpi_counts *k = view_window_counts(&a->m.summary.k, a->v.win);
    if (r.h >= 3) {
        draw_text_fit(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
        draw_stacked_bar(t, r.y + 1, r.x, r.w, (double)k->positive, (double)k->neutral,
                         (double)k->negative);
        legend(a, r.y + 2, r.x, r.w, k);
    } else {
        int x = r.x + draw_text(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
        legend(a, r.y, x + 2, r.w - (x + 2 - r.x), k);
        if (r.h >= 2)
            draw_stacked_bar(t, r.y + 1, r.x, r.w, (double)k->positive, (double)k->neutral,
                             (double)k->negative);
    }
}

const widget W_SENTIMENT = {"sentiment", sentiment_draw, NULL};
