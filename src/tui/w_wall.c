/* w_wall.c - the wallboard: pages that cycle by themselves for a screen on
 * the wall: the four KPIs in big digits, the top agents, and the daily
 * trends as bar charts. Falls back to plain text where big digits do not
 * fit, and to one line per item on the smallest screens; never draws
 * outside its rectangle (the footer is below it). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bigfont.h"
#include "numfmt.h"
#include "spark.h"
#include "widget.h"

#define TOP_AGENTS 10

/* A number centred in a cell: big digits if they fit, else plain bold. */
static void big_or_plain(const term *t, int y, int x, int w, int h, const char *full,
                         const char *shortv)
{
    if (h >= BIGFONT_ROWS) {
        const char *s = bigfont_width(full) <= w ? full : bigfont_width(shortv) <= w ? shortv : NULL;
        if (s) {
            bigfont_draw(t, y + (h - BIGFONT_ROWS) / 2, x + (w - bigfont_width(s)) / 2,
                         term_attr(t, EL_BIG), s);
            return;
        }
    }
    const char *s = draw_width(t, full) <= w ? full : shortv;
    if (draw_width(t, s) > w) /* cut, then visibly */
        draw_text_fit(t, y + h / 2, x, w, term_attr(t, EL_VALUE), s);
    else
        draw_text_center(t, y + h / 2, x, w, term_attr(t, EL_VALUE), s);
}

/* Whether each of the four short values fits in w columns. */
static bool values_fit(const term *t, char v[4][NUM_LEN], int w)
{
    for (int i = 0; i < 4; i++)
        if (draw_width(t, v[i]) > w)
            return false;
    return true;
}

static void page_kpis(const app *a, rect r)
{
    const term *t = a->t;
    char title[64];
    snprintf(title, sizeof title, "%s", view_window_name(a->v.win));
    draw_text_center(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
    if (!a->m.has[FEED_SUMMARY]) {
        draw_text_center(t, r.y + r.h / 2, r.x, r.w, term_attr(t, EL_LABEL), "waiting for data");
        return;
    }
    if (r.h < 5) { /* no room for a label above each number: the one-line form */
        if (r.h >= 2)
            w_cards_draw_compact(a, (rect){r.y + 1, r.x, 1, r.w});
        return;
    }
    const kpi_counts *k = view_window_counts(&a->m.summary.k, a->v.win);
    static const char *const labels[4] = {"CALLS", "CONVERSION", "UPSELL REVENUE", "AVG UPSELL / CALL"};
    char full[4][NUM_LEN], shortv[4][NUM_LEN];
    num_int(k->calls, full[0]);
    num_int_short(k->calls, shortv[0]);
    num_pct(kpi_conversion_rate(k), full[1]);
    num_pct(kpi_conversion_rate(k), shortv[1]);
    num_money(k->upsell_cents, full[2]);
    num_money_short(k->upsell_cents, shortv[2]);
    num_dollars(kpi_avg_upsell(k), full[3]);
    double avg = kpi_avg_upsell(k);
    num_money_short(isfinite(avg) && fabs(avg) < 9e15 ? llround(avg * 100.0) : 0, shortv[3]);
    int body_y = r.y + 2, body_h = r.h - 2;
    int cols = body_h >= 2 * (BIGFONT_ROWS + 2) ? 2 : 4, rows = 4 / cols;
    if (cols == 4 && !values_fit(t, shortv, r.w / 4 - 2)) {
        /* Too narrow for four numbers side by side: a line each, label on
         * the left, the number on the right, whole if it fits. */
        for (int i = 0; i < 4 && 1 + i < r.h; i++) {
            int y = r.y + 1 + i;
            const char *v = draw_width(t, full[i]) + 2 <= r.w - 2 ? full[i] : shortv[i];
            int vw = draw_width(t, v);
            draw_text_fit(t, y, r.x + 1, r.w - 2 - vw - 1, term_attr(t, EL_LABEL), labels[i]);
            draw_text_right(t, y, r.x + r.w - 1, r.w - 2, term_attr(t, EL_VALUE), v);
        }
        return;
    }
    int cw = r.w / cols, ch = body_h / rows;
    for (int i = 0; i < 4; i++) {
        int cx = r.x + (i % cols) * cw, cy = body_y + (i / cols) * ch;
        int block = BIGFONT_ROWS + 2; /* label, a blank row, the digits */
        int top = ch > block ? cy + (ch - block) / 2 : cy;
        draw_text_center(t, top, cx, cw, term_attr(t, EL_LABEL), labels[i]);
        big_or_plain(t, top + 2, cx + 1, cw - 2, cy + ch - top - 2 < BIGFONT_ROWS ? cy + ch - top - 2 : BIGFONT_ROWS,
                     full[i], shortv[i]);
    }
}

/* The n best agents by score among those with calls, best first. A
 * selection pass per place: O(agents x places), never a full sort. */
static size_t top_agents(const view *v, size_t want, size_t out[])
{
    size_t n = 0;
    while (n < want) {
        long best = -1;
        for (size_t i = 0; i < v->n; i++) {
            const view_row *r = &v->rows[i];
            if (r->calls <= 0)
                continue;
            bool taken = false;
            for (size_t j = 0; j < n && !taken; j++)
                taken = out[j] == i;
            if (taken)
                continue;
            if (best < 0 || r->score > v->rows[best].score ||
                (r->score == v->rows[best].score && r->calls > v->rows[best].calls))
                best = (long)i;
        }
        if (best < 0)
            break;
        out[n++] = (size_t)best;
    }
    return n;
}

static void page_agents(const app *a, rect r)
{
    const term *t = a->t;
    char title[64];
    snprintf(title, sizeof title, "Top agents, %s", view_window_name(a->v.win));
    draw_text_center(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
    size_t idx[TOP_AGENTS];
    int first = r.y + 2, room = r.h - 2;
    int entry_h = room >= 3 * (BIGFONT_ROWS + 1) ? BIGFONT_ROWS + 1 : 2;
    if (room < 2) { /* a tiny screen: one line each, right under the title */
        first = r.y + 1;
        room = r.h - 1;
        entry_h = 1;
    }
    size_t want = room > 0 ? (size_t)(room / entry_h) : 0;
    if (want > TOP_AGENTS)
        want = TOP_AGENTS;
    size_t n = top_agents(&a->v, want, idx);
    if (n == 0 && want > 0) {
        draw_text_center(t, r.y + r.h / 2, r.x, r.w, term_attr(t, EL_LABEL), "no agents with calls yet");
        return;
    }
    double best = a->v.rows[idx[0]].score > 0 ? a->v.rows[idx[0]].score : 1;
    for (size_t i = 0; i < n; i++) {
        const view_row *row = &a->v.rows[idx[i]];
        int y = first + (int)i * entry_h, x = r.x + 2;
        char rank[24], line[256], m1[NUM_LEN], m2[NUM_LEN];
        snprintf(rank, sizeof rank, "%zu", i + 1);
        int text_y = y, text_x = x + 4;
        if (entry_h > 2) {
            bigfont_draw(t, y, x, term_attr(t, EL_BIG), rank);
            text_x = x + bigfont_width(rank) + 3;
            text_y = y + 1;
        } else {
            draw_text(t, y, x, 3, term_attr(t, EL_BIG), rank);
        }
        int w = r.x + r.w - text_x - 1;
        draw_text_fit(t, text_y, text_x, w, term_attr(t, EL_VALUE), row->name);
        char rate[NUM_LEN];
        snprintf(line, sizeof line, "score %.0f   %s calls   %s conversion   %s upsell", row->score,
                 num_int(row->calls, m1), num_pct(row->rate, rate), num_money(row->upsell_cents, m2));
        if (entry_h > 2) {
            draw_text_fit(t, text_y + 1, text_x, w, A_NORMAL, line);
            int bar = (int)(row->score / best * (w > 0 ? w : 0));
            draw_repeat(text_y + 2, text_x, bar, term_attr(t, EL_BEST), t->g->full);
        } else {
            int nw = draw_width(t, row->name);
            if (nw + 3 < w)
                draw_text_fit(t, text_y, text_x + nw + 3, w - nw - 3, A_NORMAL, line);
        }
    }
}

static void page_trends(const app *a, rect r)
{
    const term *t = a->t;
    const snap_trend *tr = &a->m.trend;
    if (!a->m.has[FEED_TREND] || tr->n == 0) {
        draw_text_center(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), "Trend per day");
        draw_text_center(t, r.y + r.h / 2, r.x, r.w, term_attr(t, EL_LABEL), "no trend data yet");
        return;
    }
    static const char *const names[SER__COUNT] = {"Calls per day", "Conversion rate per day",
                                                  "Upsell revenue per day"};
    int each = r.h / SER__COUNT;
    const snap_day *last = &tr->v[tr->n - 1];
    if (each < 2) { /* no room for the charts: the latest day's values, a line each */
        static const char *const brief[SER__COUNT] = {"Calls", "Conv", "Upsell"};
        for (int s = 0; s < SER__COUNT && s < r.h; s++) {
            char line[128], v[NUM_LEN];
            const char *val = s == SER_CALLS ? num_int_short(last->k.calls, v)
                              : s == SER_RATE ? num_pct(kpi_conversion_rate(&last->k), v)
                                              : num_money_short(last->k.upsell_cents, v);
            snprintf(line, sizeof line, "%s %s %s", brief[s], val, last->day);
            draw_text_fit(t, r.y + s, r.x + 1, r.w - 2, term_attr(t, EL_TITLE), line);
        }
        return;
    }
    for (int s = 0; s < SER__COUNT && each >= 2; s++) {
        int y = r.y + s * each;
        char title[128], v[NUM_LEN];
        const char *val = s == SER_CALLS ? num_int(last->k.calls, v)
                          : s == SER_RATE ? num_pct(kpi_conversion_rate(&last->k), v)
                                          : num_money(last->k.upsell_cents, v);
        snprintf(title, sizeof title, "%s  (%s: %s)", names[s], last->day, val);
        draw_text_fit(t, y, r.x + 1, r.w - 2, term_attr(t, EL_TITLE), title);
        spark_bars(t, (rect){y + 1, r.x + 1, each - 1 - (each > 3), r.w - 2}, tr->v, tr->n,
                   (spark_series)s);
    }
}

static void wall_draw(const app *a, rect r)
{
    if (r.h < 1 || r.w < 10)
        return;
    /* A blank row under the header, unless the screen is tiny. */
    rect body = r.h >= 4 ? (rect){r.y + 1, r.x, r.h - 1, r.w} : r;
    switch (a->wall_page % APP_WALL_PAGES) {
    case 0: page_kpis(a, body); break;
    case 1: page_agents(a, body); break;
    default: page_trends(a, body); break;
    }
}

static int wall_key(app *a, int key, key_action act)
{
    (void)key;
    if (act == ACT_DOWN || act == ACT_PAGE_DOWN) {
        a->wall_page = (a->wall_page + 1) % APP_WALL_PAGES;
        return H_HANDLED | H_REDRAW;
    }
    if (act == ACT_UP || act == ACT_PAGE_UP) {
        a->wall_page = (a->wall_page + APP_WALL_PAGES - 1) % APP_WALL_PAGES;
        return H_HANDLED | H_REDRAW;
    }
    return 0;
}

const widget W_WALL = {"wallboard", wall_draw, wall_key};
