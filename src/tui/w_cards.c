/* w_cards.c - the scorecards: total calls, conversion rate, upsell revenue
 * and average upsell per call, for today and for the selected window, each
 * with its target (status glyph and colour, and how far off) and, in the
 * today window, the usual (the baseline days before today) with the change;
 * and a one-line form for small terminals. */
#include <math.h>
#include <stdio.h>

#include "numfmt.h"
#include "target.h"
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

/* The card's target (-1 none) and whether it is a ceiling. Calls have a
 * target for a day only. */
static double card_target(const app *a, card_kind c, bool day)
{
    const snap_targets *tg = tgt_targets(a);
    if (!tg)
        return -1;
    switch (c) {
    case CARD_CALLS: return day ? tg->floor.calls : -1;
    case CARD_RATE: return tg->floor.conversion_rate;
    case CARD_AVG: return tg->floor.avg_upsell;
    default: return -1;
    }
}

/* The card's number for k as a double (calls, percent, dollars). */
static double card_number(card_kind c, const kpi_counts *k)
{
    switch (c) {
    case CARD_CALLS: return (double)k->calls;
    case CARD_RATE: return kpi_conversion_rate(k);
    case CARD_UPSELL: return (double)k->upsell_cents / 100.0;
    default: return kpi_avg_upsell(k);
    }
}

/* A signed difference in the card's unit. */
static const char *card_diff(card_kind c, double d, char out[NUM_LEN])
{
    return c == CARD_RATE ? tgt_pts(d, out) : c == CARD_CALLS ? tgt_count(d, out) : tgt_dollars(d, out);
}

/* Draws right-aligned parts (ending at x + w) while they fit after the
 * label; the first part is required, later ones are dropped whole. */
static void card_right(const term *t, int y, int x, int w, int lw, const char *const *part,
                       const attr_t *at, int n)
{
    int need = 0, use = 0;
    for (int i = 0; i < n; i++) {
        int pw = draw_width(t, part[i]) + (i ? 1 : 0);
        if (i && need + pw + lw + 1 > w)
            break;
        need += pw;
        use = i + 1;
    }
    int end = x + w;
    for (int i = 0; i < use; i++) {
        int pw = draw_width(t, part[i]);
        draw_text_right(t, y, end, end - x, at[i], part[i]);
        end -= pw + 1;
    }
}

/* One "label ... value" line inside a card of width w, the value with its
 * status against the target (day: the line is one day's) and how far off. */
static void card_line(const app *a, int y, int x, int w, const char *label, card_kind c,
                      const kpi_counts *k, bool selected, bool day)
{
    const term *t = a->t;
    char val[NUM_LEN], dist[NUM_LEN];
    const char *v = k ? card_value(c, k, false, val) : "-";
    int lw = draw_width(t, label);
    double target = k ? card_target(a, c, day) : -1;
    const snap_targets *tg = tgt_targets(a);
    tgt_status st = target >= 0 ? targets_judge(card_number(c, k), target, tg->margin_pct, false)
                                : TGT_NONE;
    const char *g = tgt_glyph(t, st);
    int gw = *g ? draw_width(t, g) + 1 : 0;
    if (k && draw_width(t, v) + gw + lw + 1 > w)
        v = card_value(c, k, true, val);
    int vw = draw_width(t, v) + gw;
    if (vw + lw + 1 <= w)
        draw_text(t, y, x, lw, term_attr(t, selected ? EL_VALUE : EL_LABEL), label);
    if (st == TGT_NONE) {
        draw_text_right(t, y, x + w, w, term_attr(t, EL_VALUE), v);
        return;
    }
    attr_t sa = tgt_attr(t, st, 0);
    const char *parts[3] = {v, g, card_diff(c, card_number(c, k) - target, dist)};
    attr_t at[3] = {sa, sa, term_attr(t, EL_LABEL)};
    card_right(t, y, x, w, lw, parts, at, 3);
}

/* The card's target on its title line, when there is room. */
static void card_target_text(const app *a, int y, int x, int w, int title_w, card_kind c)
{
    double target = card_target(a, c, a->v.win == WIN_TODAY);
    if (target < 0)
        return;
    char buf[NUM_LEN + 16], n[NUM_LEN];
    const char *v = c == CARD_RATE ? num_pct(target, n) : c == CARD_CALLS ? num_int(llround(target), n)
                                                                          : num_dollars(target, n);
    snprintf(buf, sizeof buf, "target %s", v);
    if (draw_width(a->t, buf) + title_w + 1 > w)
        snprintf(buf, sizeof buf, "%s", v);
    if (draw_width(a->t, buf) + title_w + 1 <= w)
        draw_text_right(a->t, y, x + w, w, term_attr(a->t, EL_LABEL), buf);
}

/* The usual line: the baseline window's value per day (calls, revenue) or
 * per call, and today's change against it with its arrow. */
static void card_usual(const app *a, int y, int x, int w, card_kind c)
{
    const term *t = a->t;
    const snap_summary *s = &a->m.summary;
    int days = s->baseline_days;
    const kpi_counts *b = &s->k.baseline;
    if (days <= 0 || b->calls <= 0)
        return;
    double usual = card_number(c, b), now = card_number(c, &s->k.today);
    char label[32], val[NUM_LEN], d[NUM_LEN], arrow_d[NUM_LEN + 8];
    snprintf(label, sizeof label, "%dd usual", days);
    bool per_day = c == CARD_CALLS || c == CARD_UPSELL;
    if (per_day)
        usual /= days;
    if (c == CARD_CALLS)
        snprintf(val, sizeof val, "%.0f/day", usual);
    else if (c == CARD_RATE)
        num_pct(usual, val);
    else
        num_dollars(usual, val);
    double diff = now - usual, eps = c == CARD_RATE ? 0.05 : c == CARD_CALLS ? 0.5 : 0.005;
    bool enough = s->k.today.calls > 0;
    snprintf(arrow_d, sizeof arrow_d, "%s %s", tgt_arrow(t, diff, eps), card_diff(c, diff, d));
    attr_t ca = fabs(diff) < eps ? term_attr(t, EL_LABEL) : term_attr(t, diff > 0 ? EL_GOOD : EL_BAD);
    if (per_day) /* a day in progress against whole days: no colour, just the numbers */
        ca = term_attr(t, EL_LABEL);
    int lw = draw_width(t, label);
    if (lw + 1 + draw_width(t, val) > w) {
        snprintf(label, sizeof label, "usual");
        lw = 5;
    }
    if (lw + 1 + draw_width(t, val) > w)
        return;
    draw_text(t, y, x, lw, term_attr(t, EL_LABEL), label);
    const char *parts[2] = {enough ? arrow_d : "", val};
    attr_t at[2] = {ca, term_attr(t, EL_VALUE)};
    /* the value first: it is the one a narrow card keeps */
    if (enough && lw + 1 + draw_width(t, val) + 1 + draw_width(t, arrow_d) <= w) {
        int end = draw_text_right(t, y, x + w, w, at[0], parts[0]);
        draw_text_right(t, y, end - 1, end - 1 - x, at[1], parts[1]);
    } else {
        draw_text_right(t, y, x + w, w, at[1], parts[1]);
    }
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
        if (s)
            card_target_text(a, r.y, x, w, draw_width(t, title), (card_kind)c);
        if (r.h < 2)
            continue;
        card_line(a, r.y + 1, x, w, "Today", (card_kind)c, s ? &s->k.today : NULL,
                  a->v.win == WIN_TODAY, true);
        if (r.h >= 3 && a->v.win != WIN_TODAY)
            card_line(a, r.y + 2, x, w, view_window_name(a->v.win), (card_kind)c,
                      s ? view_window_counts(&s->k, a->v.win) : NULL, true, false);
        else if (r.h >= 3 && s)
            card_usual(a, r.y + 2, x, w, (card_kind)c);
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
        char val[NUM_LEN], gv[NUM_LEN + 8];
        double target = card_target(a, (card_kind)c, a->v.win == WIN_TODAY);
        const snap_targets *tg = tgt_targets(a);
        tgt_status st = target >= 0 ? targets_judge(card_number((card_kind)c, k), target,
                                                    tg->margin_pct, false)
                                    : TGT_NONE;
        snprintf(gv, sizeof gv, "%s%s", tgt_glyph(t, st), card_value((card_kind)c, k, true, val));
        const char *v = gv;
        int need = 1 + draw_width(t, v) + 1 + draw_width(t, units[c]);
        if (x + need > end)
            break;
        x += 1 + draw_text(t, r.y, x + 1, end - x - 1, tgt_attr(t, st, term_attr(t, EL_VALUE)), v);
        x += 1 + draw_text(t, r.y, x + 1, end - x - 1, term_attr(t, EL_LABEL), units[c]);
    }
}

const widget W_CARDS = {"cards", cards_draw, NULL};
