/* w_cards.c - the scorecards: total calls, conversion rate, upsell revenue
 * and average upsell per call, for today and for the selected window; and a
 * one-line form for small terminals. */
#include <stdio.h>

#include "numfmt.h"
#include "widget.h"

typedef enum { CARD_CALLS, CARD_RATE, CARD_UPSELL, CARD_AVG, CARD__COUNT } card_kind;

static const char *const CARD_TITLES[CARD__COUNT] = {"Total calls", "Conversion rate",
                                                     "Upsell revenue", "Avg upsell / call"};
static const char *const CARD_SHORT[CARD__COUNT] = {"Calls", "Conv rate", "Upsell", "Avg/call"};

/* The value of card c for counts k; short = the narrow form. */
static const char *card_value(card_kind c, const kpi_counts *k, bool short_form, char out[NUM_LEN])
{
    switch (c) {
    case CARD_CALLS: return short_form ? num_int_short(k->calls, out) : num_int(k->calls, out);
    case CARD_RATE: return num_pct(kpi_conversion_rate(k), out);
    case CARD_UPSELL:
        return short_form ? num_money_short(k->upsell_cents, out) : num_money(k->upsell_cents, out);
    case CARD_AVG: return num_dollars(kpi_avg_upsell(k), out);
    default: out[0] = '\0'; return out;
    }
}

/* One "label ... value" line inside a card of width w. */
static void card_line(const app *a, int y, int x, int w, const char *label, card_kind c,
                      const kpi_counts *k, bool selected)
{
    const term *t = a->t;
    char val[NUM_LEN];
    const char *v = k ? card_value(c, k, false, val) : "-";
    int lw = draw_width(t, label);
    if (k && draw_width(t, v) + lw + 1 > w)
        v = card_value(c, k, true, val);
    int vw = draw_width(t, v);
    if (vw + lw + 1 <= w)
        draw_text(t, y, x, lw, term_attr(t, selected ? EL_VALUE : EL_LABEL), label);
    draw_text_right(t, y, x + w, w, term_attr(t, EL_VALUE), v);
}

static void cards_draw(const app *a, rect r)
{
    const term *t = a->t;
    const snap_summary *s = a->m.has[FEED_SUMMARY] ? &a->m.summary : NULL;
    int cw = r.w / CARD__COUNT;
    for (int c = 0; c < CARD__COUNT; c++) {
        int x = r.x + c * cw + 1, w = cw - 3; /* a margin either side */
        if (w < 4)
            continue;
        const char *title = draw_width(t, CARD_TITLES[c]) <= w ? CARD_TITLES[c] : CARD_SHORT[c];
        draw_text_fit(t, r.y, x, w, term_attr(t, EL_TITLE), title);
        if (r.h < 2)
            continue;
        card_line(a, r.y + 1, x, w, "Today", (card_kind)c, s ? &s->k.today : NULL,
                  a->v.win == WIN_TODAY);
        if (r.h >= 3 && a->v.win != WIN_TODAY)
            card_line(a, r.y + 2, x, w, view_window_name(a->v.win), (card_kind)c,
                      s ? view_window_counts(&s->k, a->v.win) : NULL, true);
        if (c > 0)
            for (int i = 0; i < r.h; i++)
                draw_text(t, r.y + i, r.x + c * cw - 1, 1, term_attr(t, EL_LABEL), t->g->vline);
    }
}

void w_cards_draw_compact(const app *a, rect r)
{
    const term *t = a->t;
    if (!a->m.has[FEED_SUMMARY]) {
        draw_text(t, r.y, r.x, r.w, term_attr(t, EL_LABEL), "no summary yet");
        return;
    }
    const kpi_counts *k = view_window_counts(&a->m.summary.k, a->v.win);
    static const char *const units[CARD__COUNT] = {"calls", "conv", "upsell", "/call"};
    char head[32];
    snprintf(head, sizeof head, "%s:", view_window_name(a->v.win));
    int x = r.x, end = r.x + r.w;
    x += draw_text(t, r.y, x, end - x, term_attr(t, EL_TITLE), head);
    for (int c = 0; c < CARD__COUNT; c++) {
        char val[NUM_LEN];
        const char *v = card_value((card_kind)c, k, true, val);
        int need = 1 + draw_width(t, v) + 1 + draw_width(t, units[c]);
        if (x + need > end)
            break;
        x += 1 + draw_text(t, r.y, x + 1, end - x - 1, term_attr(t, EL_VALUE), v);
        x += 1 + draw_text(t, r.y, x + 1, end - x - 1, term_attr(t, EL_LABEL), units[c]);
    }
}

const widget W_CARDS = {"cards", cards_draw, NULL};
