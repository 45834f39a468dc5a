/* w_sentiment.c - the overall customer sentiment of the selected window: a
 * stacked positive/neutral/negative bar with its legend and the average
 * score; below it, when the calls have them, the talk and silence shares and
 * the average CSAT. (Per-agent bars are drawn by the agent table with the
 * same draw_stacked_bar.) */
#include <stdio.h>
#include <string.h>

#include "target.h"
#include "widget.h"

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
        /* the negative share against its target (at most), glyph and colour */
        const snap_targets *tg = i == 2 ? tgt_targets(a) : NULL;
        tgt_status st = tg ? targets_judge(kpi_share_pct(part[i], k->calls), tg->floor.negative_share,
                                           tg->margin_pct, true)
                           : TGT_NONE;
        snprintf(txt, sizeof txt, " %s %.0f%%%s%s  ", name[i], kpi_share_pct(part[i], k->calls),
                 st ? " " : "", tgt_glyph(t, st));
        x += draw_text(t, y, x, end - x, term_attr(t, el[i]), glyph[i]);
        x += draw_text(t, y, x, end - x, tgt_attr(t, st, A_NORMAL), txt);
    }
    char avg[32];
    snprintf(avg, sizeof avg, "avg %+.2f", kpi_avg_sentiment(k));
    if (x + draw_width(t, avg) <= end)
        draw_text(t, y, x, end - x, term_attr(t, EL_VALUE), avg);
}

bool w_sentiment_has_talk(const app *a)
{
    if (!a->m.has[FEED_SUMMARY])
        return false;
    const kpi_counts *k = view_window_counts(&a->m.summary.k, a->v.win);
    return k->timed_calls > 0 || k->csat_calls > 0;
}

/* "Talk: agent 55.2%  customer 35.1%  silence 9.7%  CSAT 8.3", shortened
 * to fit w: without the customer share, then without "Talk:". */
static void talk_line(const app *a, int y, int x, int w, const kpi_counts *k)
{
    char agent[48] = "", cust[48] = "", sil[48] = "", csat[48] = "", line[4][200];
    if (k->timed_calls > 0) {
        snprintf(agent, sizeof agent, "agent %.1f%%  ", kpi_avg_agent_talk_pct(k));
        snprintf(cust, sizeof cust, "customer %.1f%%  ", kpi_avg_customer_talk_pct(k));
        snprintf(sil, sizeof sil, "silence %.1f%%  ", kpi_avg_silence_pct(k));
    }
    if (k->csat_calls > 0)
        snprintf(csat, sizeof csat, "CSAT %.1f", kpi_avg_csat(k));
    const char *label = k->timed_calls > 0 ? "Talk: " : "";
    snprintf(line[0], sizeof line[0], "%s%s%s%s%s", label, agent, cust, sil, csat);
    snprintf(line[1], sizeof line[1], "%s%s%s%s", label, agent, sil, csat);
    snprintf(line[2], sizeof line[2], "%s%s%s", agent, sil, csat);
    snprintf(line[3], sizeof line[3], "%s%s", agent, sil);
    int i = 0;
    while (i < 3 && draw_width(a->t, line[i]) > w)
        i++;
    size_t n = strlen(line[i]);
    while (n > 0 && line[i][n - 1] == ' ')
        line[i][--n] = '\0';
    draw_text_fit(a->t, y, x, w, term_attr(a->t, EL_LABEL), line[i]);
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
    bool talk = w_sentiment_has_talk(a);
    if (talk && r.h >= 3) { /* the talk line takes the last line */
        rect above = {r.y, r.x, r.h - 1, r.w};
        talk_line(a, r.y + r.h - 1, r.x, r.w, k);
        r = above;
    }
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
