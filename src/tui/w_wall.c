/* w_wall.c - the wallboard: pages that cycle by themselves for a screen on
 * the wall: the four KPIs in big digits (their labels in the same font, less
 * tall, where the cards have room), the top agents, and the daily
 * trends as bar charts. Falls back to plain text where big digits do not
 * fit, and to one line per item on the smallest screens; never draws
 * outside its rectangle (the footer is below it). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bigfont.h"
#include "numfmt.h"
#include "spark.h"
#include "target.h"
#include "widget.h"

#define TOP_AGENTS 50 /* the most wall_top allows */

/* Whether the data on the wall is not to be trusted as current, and the
 * banner that says why (NULL when it is current). */
static const char *wall_banner(const app *a, char buf[96])
{
    const model *m = &a->m;
    double seen = model_seen_age(m, a->mono);
    char age[NUM_LEN];
    if (m->conn == FEED_DOWN)
        return "OFFLINE: broker lost, reconnecting";
    if (m->has[FEED_STATUS] && !model_worker_online(m))
        return "OFFLINE: the worker is not running";
    if (seen > a->stale_after) {
        snprintf(buf, 96, "STALE: no update for %s", num_age((int64_t)seen, age));
        return buf;
    }
    return NULL;
}

/* The attribute of the wall's numbers: dimmed when stale. */
static attr_t wall_dim(const app *a, attr_t at)
{
    char buf[96];
    return wall_banner(a, buf) ? (at & ~(attr_t)A_BOLD) | A_DIM : at;
}

/* The largest scale (at most max_k) at which the number s fits in w x h
 * with one blank column of the font to spare: centred, two cards' numbers
 * side by side are then further apart than the glyphs within a number, and
 * do not read as one. */
static int num_fit(const char *s, int w, int h, int max_k)
{
    int bw = bigfont_width(s) + 1, k = 0;
    while (k < max_k && bw * (k + 1) <= w && BIGFONT_ROWS * (k + 1) <= h)
        k++;
    return k;
}

/* A number in a cell: big digits scaled as large as fit (at most max_k),
 * else plain bold text. Returns the rows it took. */
static int big_or_plain(const term *t, int y, int x, int w, int h, const char *full,
                        const char *shortv, attr_t at, int max_k)
{
    int kf = num_fit(full, w, h, max_k), ks = num_fit(shortv, w, h, max_k);
    const char *s = kf >= ks && kf > 0 ? full : ks > 0 ? shortv : NULL;
    int k = s == full ? kf : ks;
    if (s) {
        int bh = BIGFONT_ROWS * k;
        bigfont_draw_scaled(t, y + (h - bh) / 2, x + (w - bigfont_width(s) * k) / 2, at, s, k);
        return bh;
    }
    s = draw_width(t, full) <= w ? full : shortv;
    if (draw_width(t, s) > w) /* cut, then visibly */
        draw_text_fit(t, y + h / 2, x, w, at, s);
    else
        draw_text_center(t, y + h / 2, x, w, at, s);
    return 1;
}

/* Whether each of the four short values fits in w columns. */
static bool values_fit(const term *t, char v[4][NUM_LEN], int w)
{
    for (int i = 0; i < 4; i++)
        if (draw_width(t, v[i]) > w)
            return false;
    return true;
}

/* The largest digit scale the four values get in cells of cw x ch (less
 * the label and usual lines): how the layout is chosen. */
static int scale_in(char full[4][NUM_LEN], char shortv[4][NUM_LEN], int cw, int ch)
{
    int k = 99;
    for (int i = 0; i < 4; i++) {
        int kf = num_fit(full[i], cw - 2, ch - 3, 8), ks = num_fit(shortv[i], cw - 2, ch - 3, 8);
        int ki = kf > ks ? kf : ks;
        if (ki < k)
            k = ki;
    }
    return k;
}

/* The size at which the four labels are drawn in the big font, and which
 * form of each (full, else brief) is used: the largest size whose rows fit
 * in h and are at most half the digits' rows dig (the numbers stay the main
 * thing), where every label in one of its forms fits w columns. Sizes from
 * large to small: k x k blocks for k = 1.., then half-height (UTF-8 only).
 * One size for all four, so the cards look alike. False when none fits:
 * the labels are then text. */
static bool label_size(const term *t, const char *const full[4], const char *const brief[4], int w,
                       int h, int dig, bigfont_size *z, const char *use[4])
{
    for (int k = dig / (2 * BIGFONT_ROWS); k >= 0; k--) {
        bigfont_size s = k > 0 ? (bigfont_size){k, 2 * k} : (bigfont_size){1, 1};
        int rows = bigfont_rows(s);
        if (!bigfont_size_ok(t, s) || rows > h || 2 * rows > dig)
            continue;
        bool ok = true;
        for (int i = 0; i < 4 && ok; i++) {
            use[i] = bigfont_width(full[i]) * s.kx <= w ? full[i] : brief[i];
            ok = bigfont_width(use[i]) * s.kx <= w;
        }
        if (ok) {
            *z = s;
            return true;
        }
    }
    return false;
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
    const snap_summary *sum = &a->m.summary;
    const kpi_counts *k = view_window_counts(&sum->k, a->v.win);
    static const char *const labels[4] = {"CALLS", "CONVERSION", "UPSELL REVENUE", "AVG UPSELL / CALL"};
    static const char *const brief[4] = {"CALLS", "CONV", "UPSELL", "AVG/CALL"};
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
    /* Status against the targets: calls only for a day. */
    const snap_targets *tg = tgt_targets(a);
    tgt_status st[4] = {TGT_NONE, TGT_NONE, TGT_NONE, TGT_NONE};
    if (tg) {
        if (a->v.win == WIN_TODAY)
            st[0] = targets_judge((double)k->calls, tg->floor.calls, tg->margin_pct, false);
        st[1] = targets_judge(kpi_conversion_rate(k), tg->floor.conversion_rate, tg->margin_pct, false);
        st[3] = targets_judge(avg, tg->floor.avg_upsell, tg->margin_pct, false);
    }
    int body_y = r.y + 2, body_h = r.h - 2;
    /* Two by two or four in a row: whichever gives the larger digits. */
    int k22 = body_h >= 2 * (BIGFONT_ROWS + 2) ? scale_in(full, shortv, r.w / 2, body_h / 2) : 0;
    int k14 = scale_in(full, shortv, r.w / 4, body_h);
    int cols = k22 > k14 || (k22 == k14 && k22 > 0) ? 2 : 4, rows = 4 / cols;
    /* Four in a row need each short label with its glyph to fit too, or
     * labels would run into each other. */
    bool labels_fit = true;
    for (int i = 0; i < 4; i++)
        labels_fit = labels_fit && draw_width(t, brief[i]) + 2 <= r.w / 4 - 2;
    if (cols == 4 && (!values_fit(t, shortv, r.w / 4 - 2) || !labels_fit)) {
        /* Too narrow for four numbers side by side: a line each, label on
         * the left, the number (with its status glyph) on the right. */
        for (int i = 0; i < 4 && 1 + i < r.h; i++) {
            int y = r.y + 1 + i;
            char v[NUM_LEN + 8];
            const char *val = draw_width(t, full[i]) + 4 <= r.w - 2 ? full[i] : shortv[i];
            snprintf(v, sizeof v, "%s%s%s", tgt_glyph(t, st[i]), st[i] ? " " : "", val);
            int vw = draw_width(t, v);
            const char *l = draw_width(t, labels[i]) + vw + 1 <= r.w - 2 ? labels[i] : brief[i];
            draw_text_fit(t, y, r.x + 1, r.w - 2 - vw - 1, term_attr(t, EL_LABEL), l);
            draw_text_right(t, y, r.x + r.w - 1, r.w - 2, wall_dim(a, tgt_attr(t, st[i], term_attr(t, EL_VALUE))), v);
        }
        return;
    }
    int cw = r.w / cols, ch = body_h / rows;
    int kmax = cols == 2 ? k22 : k14;
    int dig = kmax > 0 ? BIGFONT_ROWS * kmax : 1;
    /* The labels in the big font where the rows left over by the digits,
     * the usual, a row between label and digits (the status line when any
     * card has a target, else blank: the two fonts never touch) and a blank
     * row between cards allow; else as text. */
    int srows = st[0] || st[1] || st[2] || st[3] ? 1 : 0;
    bigfont_size lz = {0, 0};
    const char *use[4];
    bool big = label_size(t, labels, brief, cw - 2, ch - dig - 3, dig, &lz, use);
    int lrows = big ? bigfont_rows(lz) : 0;
    /* Big: label, status or blank, the digits, the usual, and a blank row
     * under the status when a second row is spare. Text: label, a blank
     * row, the digits, the usual. */
    int block = big ? lrows + 1 + dig + 1 : dig + 3;
    int gap = big && srows && ch - block >= 2 ? 1 : 0;
    block += gap;
    for (int i = 0; i < 4; i++) {
        int cx = r.x + (i % cols) * cw, cy = body_y + (i / cols) * ch;
        int top = ch > block ? cy + (ch - block) / 2 : cy;
        /* The label with the status in words and glyph, never run together
         * with its neighbour: short forms, then without the target. */
        char lab[96], tv[NUM_LEN];
        const char *word = st[i] == TGT_ON ? "ON TARGET" : st[i] == TGT_NEAR ? "NEAR TARGET" : "OFF TARGET";
        double tval = i == 0 ? (tg ? tg->floor.calls : -1) : i == 1 ? (tg ? tg->floor.conversion_rate : -1)
                                                                    : (tg ? tg->floor.avg_upsell : -1);
        if (st[i] != TGT_NONE) {
            if (i == 0)
                num_int(llround(tval), tv);
            else if (i == 1)
                num_pct(tval, tv);
            else
                num_dollars(tval, tv);
        }
        attr_t lat = tgt_attr(t, st[i], term_attr(t, EL_LABEL));
        int dtop = top + 2; /* where the digits start */
        if (big) {
            /* The label large, the status in words on the line under it:
             * with the target, without, or the glyph alone. */
            bigfont_draw_sized(t, top, cx + (cw - bigfont_width(use[i]) * lz.kx) / 2, lat, use[i], lz);
            for (int f = 0; f < 3 && st[i] != TGT_NONE; f++) {
                snprintf(lab, sizeof lab, "%s%s%s%s%s", tgt_glyph(t, st[i]), f < 2 ? " " : "", f < 2 ? word : "",
                         f < 1 ? " " : "", f < 1 ? tv : "");
                if (draw_width(t, lab) <= cw - 2) {
                    draw_text_center(t, top + lrows, cx, cw, lat, lab);
                    break;
                }
            }
            dtop = top + lrows + 1 + gap;
        } else {
            const char *forms[3][2] = {{labels[i], word}, {brief[i], word}, {brief[i], ""}};
            for (int f = 0; f < 3; f++) {
                if (st[i] != TGT_NONE && f < 2)
                    snprintf(lab, sizeof lab, "%s  %s %s %s", forms[f][0], tgt_glyph(t, st[i]), forms[f][1], tv);
                else if (st[i] != TGT_NONE)
                    snprintf(lab, sizeof lab, "%s %s", forms[f][0], tgt_glyph(t, st[i]));
                else
                    snprintf(lab, sizeof lab, "%s", f ? brief[i] : labels[i]);
                if (draw_width(t, lab) <= cw - 2)
                    break;
            }
            if (draw_width(t, lab) <= cw - 2)
                draw_text_center(t, top, cx, cw, lat, lab);
        }
        int room = cy + ch - dtop;
        attr_t at = wall_dim(a, tgt_attr(t, st[i], term_attr(t, EL_BIG)));
        int used = big_or_plain(t, dtop, cx + 1, cw - 2, room < dig ? room : dig, full[i], shortv[i],
                                at, kmax > 0 ? kmax : 1);
        (void)used;
        /* The usual under the number, today only, when there is a row. */
        int uy = dtop + (room < dig ? room : dig);
        if (a->v.win == WIN_TODAY && sum->baseline_days > 0 && sum->k.baseline.calls > 0 &&
            uy < cy + ch && uy < r.y + r.h) {
            const kpi_counts *b = &sum->k.baseline;
            double days = sum->baseline_days;
            double now = i == 0 ? (double)k->calls : i == 1 ? kpi_conversion_rate(k)
                         : i == 2 ? (double)k->upsell_cents / 100 : avg;
            double usual = i == 0 ? (double)b->calls / days : i == 1 ? kpi_conversion_rate(b)
                           : i == 2 ? (double)b->upsell_cents / 100 / days : kpi_avg_upsell(b);
            char u[NUM_LEN], d[NUM_LEN], line[96];
            double diff = now - usual, eps = i == 1 ? 0.05 : 0.005;
            const char *uv = i == 1 ? num_pct(usual, u) : i == 0 ? num_int(llround(usual), u) : num_dollars(usual, u);
            snprintf(line, sizeof line, "%dd usual %s%s  %s %s", sum->baseline_days, uv,
                     i == 0 || i == 2 ? "/day" : "", tgt_arrow(t, diff, eps),
                     i == 1 ? tgt_pts(diff, d) : i == 0 ? tgt_count(diff, d) : tgt_dollars(diff, d));
            if (draw_width(t, line) <= cw - 2)
                draw_text_center(t, uy, cx, cw, term_attr(t, EL_LABEL), line);
        }
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
            if (!r->ranked) /* under the minimum calls: not ranked */
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
    snprintf(title, sizeof title, "Top %d agents by score, %s", a->wall_top, view_window_name(a->v.win));
    draw_text_center(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
    if (r.h >= 4) { /* what the score is, and who is not ranked */
        char how[160];
        snprintf(how, sizeof how, "%s; agents with at least %lld calls", VIEW_SCORE_FORMULA,
                 (long long)a->v.min_calls);
        draw_text_center(t, r.y + 1, r.x, r.w, term_attr(t, EL_LABEL), how);
    }
    size_t idx[TOP_AGENTS];
    int first = r.y + 2, room = r.h - 2;
    int entry_h = room >= 3 * (BIGFONT_ROWS + 1) ? BIGFONT_ROWS + 1 : 2;
    if (room < 2) { /* a tiny screen: one line each, right under the title */
        first = r.y + 1;
        room = r.h - 1;
        entry_h = 1;
    }
    size_t want = room > 0 ? (size_t)(room / entry_h) : 0;
    if (want > (size_t)a->wall_top)
        want = (size_t)a->wall_top;
    if (want > TOP_AGENTS)
        want = TOP_AGENTS;
    size_t n = top_agents(&a->v, want, idx);
    if (n == 0 && want > 0) {
        draw_text_center(t, r.y + r.h / 2, r.x, r.w, term_attr(t, EL_LABEL), "no ranked agents yet");
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
    /* A blank row under the header, unless the screen is tiny; a banner
     * across the whole width there when the data is not current. */
    char buf[96];
    const char *banner = wall_banner(a, buf);
    if (banner) {
        int by = r.h >= 4 ? r.y : r.y + r.h - 1;
        draw_blank(by, r.x, r.w, term_attr(a->t, EL_ALERT));
        draw_text_center(a->t, by, r.x, r.w, term_attr(a->t, EL_ALERT), banner);
        if (r.h < 4)
            r.h--;
    }
    rect body = r.h >= 4 ? (rect){r.y + 1, r.x, r.h - 1, r.w} : r;
    int npages = a->wall_npages > 0 ? a->wall_npages : 1;
    switch (a->wall_list[a->wall_page % npages]) {
    case 0: page_kpis(a, body); break;
    case 1: page_agents(a, body); break;
    default: page_trends(a, body); break;
    }
}

static int wall_key(app *a, int key, key_action act)
{
    (void)key;
    int n = a->wall_npages > 0 ? a->wall_npages : 1;
    if (act == ACT_DOWN || act == ACT_PAGE_DOWN) {
        a->wall_page = (a->wall_page + 1) % n;
        return H_HANDLED | H_REDRAW;
    }
    if (act == ACT_UP || act == ACT_PAGE_UP) {
        a->wall_page = (a->wall_page + n - 1) % n;
        return H_HANDLED | H_REDRAW;
    }
    return 0;
}

const widget W_WALL = {"wallboard", wall_draw, wall_key};

int w_wall_pages(const char *spec, int list[APP_WALL_PAGES], int *n, cz_err *err)
{
    static const char *const names[APP_WALL_PAGES] = {"kpis", "agents", "trends"};
    char copy[128], *save = NULL;
    snprintf(copy, sizeof copy, "%s", spec ? spec : "");
    *n = 0;
    for (char *p = strtok_r(copy, ", ", &save); p; p = strtok_r(NULL, ", ", &save)) {
        int found = -1;
        for (int i = 0; i < APP_WALL_PAGES; i++)
            if (strcmp(p, names[i]) == 0)
                found = i;
        if (found < 0 || *n >= APP_WALL_PAGES) {
            cz_err_set(err, "wall_pages: \"%s\" is not a page (kpis, agents, trends, each once)", p);
            return -1;
        }
        for (int i = 0; i < *n; i++)
            if (list[i] == found) {
                cz_err_set(err, "wall_pages: \"%s\" is given twice", p);
                return -1;
            }
        list[(*n)++] = found;
    }
    if (*n == 0) {
        cz_err_set(err, "wall_pages: name at least one page (kpis, agents, trends)");
        return -1;
    }
    return 0;
}
