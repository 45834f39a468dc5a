/* w_map.c - the conversion versus upsell map: every agent of the current
 * window with calls (those the filter shows) as a point, conversion rate
 * across and average upsell per call up, the medians of all the window's
 * agents (of the team's agents while the team filter shows one team) as
 * dotted quadrant lines, so the four kinds of agent stand out:
 * closes and upsells (top right), closes but never upsells (bottom right),
 * upsells the few it closes (top left), neither (bottom left). Points are
 * braille dots (2x4 per cell) on a UTF-8 terminal, '*' otherwise; agents
 * with fewer than MAP_MIN_CALLS calls are hollow ('o'), the selected agent
 * is a highlighted diamond ('@'). Points carry their number in the table's
 * order, which the legend maps to names. Memory: two bytes per cell. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "widget.h"

#define MAP_MIN_CALLS 5      /* fewer calls than this: marked as too few to judge */
#define YLAB_W 9             /* "$1,234.56" */
#define LEGEND_SIDE_COLS 110 /* from this width the legend goes to the right */
#define LEGEND_W 38
#define LEGEND_ENTRY_W 26    /* legend columns under the plot */

enum { C_POINT = 1, C_FEW = 2, C_SEL = 4, C_LABEL = 8, C_VLINE = 16, C_HLINE = 32 };

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

static double median(double *v, size_t n)
{
    if (!n)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* 1, 2 or 5 times a power of ten, at least v. */
static double nice_ceil(double v)
{
    if (v <= 0)
        return 1;
    double p = pow(10, floor(log10(v)));
    double m = v / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

typedef struct {
    double xmax, ymax, xmed, ymed;
    size_t ranked;           /* agents of the window with calls */
    size_t judged;           /* of them, with MAP_MIN_CALLS calls or more: the medians' */
} map_scale;

static map_scale scale_of(const view *v)
{
    map_scale s = {10, 1, 0, 0, 0, 0};
    double *xs = xmalloc((v->n ? v->n : 1) * sizeof *xs), *ys = xmalloc((v->n ? v->n : 1) * sizeof *ys);
    /* The medians are the floor's: of every agent of the window (whatever
     * the name filter) with enough calls to judge; of all with calls when
     * none has. With the team filter on one team they are that team's: a
     * team's manager judges its agents against each other. */
    for (int pass = 0; pass < 2 && s.judged == 0; pass++)
        for (size_t i = 0; i < v->n; i++) {
            const view_row *r = &v->rows[i];
            if (v->team[0] && strcmp(r->team, v->team) != 0)
                continue;
            if (r->calls > 0 && (pass == 1 || r->calls >= MAP_MIN_CALLS)) {
                xs[s.judged] = r->rate;
                ys[s.judged++] = r->avg_upsell;
            }
        }
    for (size_t i = 0; i < v->n; i++) {
        const view_row *r = &v->rows[i];
        if (r->calls <= 0)
            continue;
        s.ranked++;
        if (r->rate > s.xmax)
            s.xmax = r->rate;
        if (r->avg_upsell > s.ymax)
            s.ymax = r->avg_upsell;
    }
    s.xmax = fmin(100, ceil(s.xmax / 10) * 10);
    s.ymax = nice_ceil(s.ymax);
    s.xmed = median(xs, s.judged);
    s.ymed = median(ys, s.judged);
    free(xs);
    free(ys);
    return s;
}

/* A value's dot column or row on a grid of n dots (0 .. n-1). */
static int dot(double v, double max, int n)
{
    int d = (int)lround(v / max * (n - 1));
    return d < 0 ? 0 : d >= n ? n - 1 : d;
}

static const char *braille(unsigned bits, char out[4])
{
    unsigned cp = 0x2800 + bits;
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    out[3] = '\0';
    return out;
}

/* The bit of dot (dx 0..1, dy 0..3) in a braille cell. */
static unsigned braille_bit(int dx, int dy)
{
    static const unsigned B[2][4] = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
    return B[dx][dy];
}

static void draw_legend(const app *a, rect r, int cols_w)
{
    const term *t = a->t;
    const view *v = &a->v;
    int per_col = r.h, ncols = r.w / cols_w;
    if (per_col < 1 || ncols < 1)
        return;
    size_t cap = (size_t)per_col * (size_t)ncols;
    size_t first = a->sel >= cap ? a->sel - a->sel % cap : 0; /* the page with the selection */
    for (size_t k = 0; k < cap && first + k < v->shown; k++) {
        const view_row *row = &v->rows[v->order[first + k]];
        int y = r.y + (int)(k % (size_t)per_col), x = r.x + (int)(k / (size_t)per_col) * cols_w;
        char buf[160], rate[NUM_LEN], up[NUM_LEN];
        bool few = row->calls < MAP_MIN_CALLS;
        snprintf(buf, sizeof buf, "%3zu %s", first + k + 1, row->name);
        bool sel = first + k == a->sel;
        attr_t at = sel ? term_attr(t, EL_SELECTED) : few ? term_attr(t, EL_LABEL) : A_NORMAL;
        int numw = cols_w >= 34 ? 16 : 0;
        draw_text_fit(t, y, x, cols_w - 1 - numw, at, buf);
        if (numw) {
            if (row->calls <= 0)
                snprintf(buf, sizeof buf, "no calls");
            else if (few)
                snprintf(buf, sizeof buf, "%lld call%s", (long long)row->calls, row->calls == 1 ? "" : "s");
            else
                snprintf(buf, sizeof buf, "%s %s", num_pct(row->rate, rate), num_dollars(row->avg_upsell, up));
            draw_text_right(t, y, x + cols_w - 1, numw, at, buf);
        }
    }
}

static void map_draw(const app *a, rect r)
{
    const term *t = a->t;
    const view *v = &a->v;
    if (r.h < 4 || r.w < 20)
        return;
    map_scale s = scale_of(v);
    char buf[256 + sizeof v->team], n1[NUM_LEN], n2[NUM_LEN], whose[32 + sizeof v->team];
    if (v->team[0])
        snprintf(whose, sizeof whose, "team %s medians", v->team);
    else
        snprintf(whose, sizeof whose, "floor medians");
    snprintf(buf, sizeof buf, "Conversion vs upsell per call - %s - %s %s, %s (lines) - %zu agents"
             " with calls, o: under %d", view_window_name(v->win), whose, num_pct(s.xmed, n1),
             num_dollars(s.ymed, n2), s.ranked, MAP_MIN_CALLS);
    draw_text_fit(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), buf);
    /* where the legend goes */
    bool side = r.w >= LEGEND_SIDE_COLS;
    int leg_h = side ? r.h - 1 : (r.h - 1) / 4;
    if (!side && leg_h < 2)
        leg_h = r.h >= 10 ? 2 : 0;
    rect plot = {r.y + 1, r.x + YLAB_W + 1, r.h - 1 - 1 - (side ? 0 : leg_h), 0};
    plot.w = (side ? r.w - LEGEND_W - 1 : r.w) - YLAB_W - 1;
    if (plot.h < 2 || plot.w < 4)
        return;
    if (side)
        draw_legend(a, (rect){r.y + 1, r.x + r.w - LEGEND_W, r.h - 1, LEGEND_W}, LEGEND_W);
    else if (leg_h > 0)
        draw_legend(a, (rect){r.y + r.h - leg_h, r.x, leg_h, r.w}, r.w >= 2 * 40 ? 40 : LEGEND_ENTRY_W);
    if (s.ranked == 0) {
        draw_text_fit(t, plot.y + plot.h / 2, plot.x, plot.w, term_attr(t, EL_LABEL),
                      "No agent has calls in this window (t changes it).");
        return;
    }
    bool u = t->utf8;
    int sx = u ? 2 : 1, sy = u ? 4 : 1; /* dots per cell */
    int dw = plot.w * sx, dh = plot.h * sy;
    unsigned char *cell = xcalloc((size_t)plot.w * (size_t)plot.h, 1);
    unsigned char *bits = xcalloc((size_t)plot.w * (size_t)plot.h, 1);
#define AT(arr, cx, cy) (arr)[(size_t)(cy) * (size_t)plot.w + (size_t)(cx)]
    int mx = dot(s.xmed, s.xmax, dw) / sx, my = (dh - 1 - dot(s.ymed, s.ymax, dh)) / sy;
    for (int y = 0; y < plot.h; y++)
        AT(cell, mx, y) |= C_VLINE;
    for (int x = 0; x < plot.w; x++)
        AT(cell, x, my) |= C_HLINE;
    /* the quadrant names, where they do not cover a line */
    attr_t lab = term_attr(t, EL_LABEL);
    const char *q[4] = {"upsells the few it closes", "closes & upsells", "neither", "closes, no upsell"};
    for (int i = 0; i < 4; i++) {
        int w = draw_width(t, q[i]);
        int y = i < 2 ? plot.y : plot.y + plot.h - 1;
        int x = i % 2 ? plot.x + plot.w - w : plot.x;
        bool left = i % 2 == 0;
        if ((left && x + w <= plot.x + mx) || (!left && x > plot.x + mx))
            if ((i < 2 && my > 0) || (i >= 2 && my < plot.h - 1))
                draw_text(t, y, x, w, lab, q[i]);
    }
    /* the points */
    const view_row *selrow = v->shown ? &v->rows[v->order[a->sel < v->shown ? a->sel : 0]] : NULL;
    for (size_t k = 0; k < v->shown; k++) {
        const view_row *row = &v->rows[v->order[k]];
        if (row->calls <= 0)
            continue;
        int px = dot(row->rate, s.xmax, dw), py = dh - 1 - dot(row->avg_upsell, s.ymax, dh);
        int cx = px / sx, cy = py / sy;
        AT(cell, cx, cy) |= row == selrow ? C_SEL : row->calls < MAP_MIN_CALLS ? C_FEW : C_POINT;
        if (u)
            AT(bits, cx, cy) |= (unsigned char)braille_bit(px % 2, py % 4);
    }
    char g[4];
    attr_t line = term_attr(t, EL_LABEL), pt = term_attr(t, EL_VALUE);
    for (int y = 0; y < plot.h; y++)
        for (int x = 0; x < plot.w; x++) {
            unsigned c = AT(cell, x, y);
            const char *glyph = NULL;
            attr_t at = line;
            if (c & C_SEL)
                glyph = u ? "\xe2\x97\x86" : "@", at = term_attr(t, EL_SELECTED) | A_BOLD; /* ◆ */
            else if (c & C_POINT)
                glyph = u ? braille(AT(bits, x, y), g) : "*", at = pt;
            else if (c & C_FEW)
                glyph = u ? "\xe2\x97\xa6" : "o", at = lab; /* ◦ */
            else if ((c & C_VLINE) && (c & C_HLINE))
                glyph = u ? "\xe2\x94\xbc" : "+"; /* ┼ */
            else if (c & C_VLINE)
                glyph = u ? "\xe2\x94\x8a" : "|"; /* ┊ */
            else if (c & C_HLINE)
                glyph = u ? "\xe2\x94\x88" : "-"; /* ┈ */
            if (glyph)
                draw_text(t, plot.y + y, plot.x + x, 1, at, glyph);
        }
    /* numbers beside the points, the selected agent's first, where free */
    for (size_t pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < v->shown; k++) {
            const view_row *row = &v->rows[v->order[k]];
            if (row->calls <= 0 || (pass == 0) != (row == selrow))
                continue;
            int px = dot(row->rate, s.xmax, dw), py = dh - 1 - dot(row->avg_upsell, s.ymax, dh);
            int cx = px / sx + 1, cy = py / sy;
            char num[24];
            int n = snprintf(num, sizeof num, "%zu", k + 1);
            if (cx + n > plot.w)
                cx = px / sx - n; /* left of the point at the right edge */
            bool free_ = cx >= 0;
            for (int i = 0; i < n && free_; i++)
                free_ = !(AT(cell, cx + i, cy) & (C_POINT | C_FEW | C_SEL | C_LABEL));
            if (!free_)
                continue;
            for (int i = 0; i < n; i++)
                AT(cell, cx + i, cy) |= C_LABEL;
            draw_text(t, plot.y + cy, plot.x + cx, n,
                      row == selrow ? term_attr(t, EL_SELECTED) : lab, num);
        }
#undef AT
    free(cell);
    free(bits);
    /* axes: upsell labels at the top, the median and zero; rates below */
    num_dollars(s.ymax, n1);
    draw_text_right(t, plot.y, plot.x - 1, YLAB_W, lab, n1);
    if (my > 0 && my < plot.h - 1)
        draw_text_right(t, plot.y + my, plot.x - 1, YLAB_W, lab, num_dollars(s.ymed, n1));
    if (my != plot.h - 1)
        draw_text_right(t, plot.y + plot.h - 1, plot.x - 1, YLAB_W, lab, "$0");
    int ay = plot.y + plot.h;
    draw_text(t, ay, plot.x, 4, lab, "0%");
    snprintf(buf, sizeof buf, "%.0f%% conv", s.xmax);
    int xw = draw_width(t, buf);
    draw_text(t, ay, plot.x + plot.w - xw, xw, lab, buf);
    num_pct(s.xmed, n1);
    int mw = draw_width(t, n1);
    int mxx = plot.x + mx - mw / 2;
    if (mxx > plot.x + 3 && mxx + mw < plot.x + plot.w - xw)
        draw_text(t, ay, mxx, mw, lab, n1);
}

static int map_key(app *a, int key, key_action act)
{
    if (key == KEYS_ESC) {
        a->map = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    size_t page = 10;
    switch (act) {
    case ACT_UP: if (a->sel > 0) a->sel--; break;
    case ACT_DOWN: if (a->sel + 1 < a->v.shown) a->sel++; break;
    case ACT_PAGE_UP: a->sel = a->sel > page ? a->sel - page : 0; break;
    case ACT_PAGE_DOWN: a->sel += page; break;
    case ACT_HOME: a->sel = 0; break;
    case ACT_END: a->sel = a->v.shown ? a->v.shown - 1 : 0; break;
    case ACT_SORT_PREV:
    case ACT_SORT_NEXT:
    case ACT_SORT_INVERT:
    case ACT_CONV_COLS:
        return H_HANDLED; /* the table's keys do nothing here */
    default:
        return 0;
    }
    app_clamp_selection(a, a->table_rows);
    return H_HANDLED | H_REDRAW;
}

const widget W_MAP = {"map", map_draw, map_key};
