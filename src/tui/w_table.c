/* w_table.c - the agent table: one row per agent with calls, conversions,
 * conversion rate, upsell revenue, average upsell, sentiment mix and score,
 * and the conversation metric columns when shown (key m; app_conv_shown);
 * best/worst marks; sorted and filtered by the view; scrolls with a selected
 * row. Columns that do not fit are left out, least useful first; number
 * columns widen to their widest visible value when there is room, else show
 * it abbreviated (1.23M), never cut. Draws only the visible rows, so a frame
 * costs the same for 50 or 5,000 agents. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "target.h"
#include "widget.h"

#define MARK_W 2
#define NAME_MIN 10
#define NAME_MAX 32
#define SENT_MIN 12
#define SENT_MAX 30
#define SENT_TEXT_W 9 /* " 62/25/13" */
#define NUM_MAX 26    /* widest whole number: "$90,071,992,547,409.92" */

typedef struct {
    view_col col;
    int width;   /* fixed width, or the minimum of a flexible column */
    bool right;  /* right-aligned (numbers) */
    int drop;    /* dropped first when space runs out: higher first; -1 never */
} col_spec;

/* The conversation metric columns the user asked for go last (level 0),
 * the rightmost first. */
static const col_spec SPECS[COL__COUNT] = {
    {COL_NAME, NAME_MIN, false, -1},  {COL_CALLS, 7, true, -1},   {COL_CONV, 6, true, 3},
    {COL_RATE, 6, true, -1},          {COL_UPSELL, 12, true, 1},  {COL_AVG, 10, true, 2},
    {COL_SENT, SENT_MIN, false, 4},   {COL_SCORE, 5, true, 2},    {COL_DCONV, 8, true, 4},
    {COL_DAVG, 8, true, 4},           {COL_TALK, 6, true, 0},
    {COL_SILENCE, 9, true, 0},        {COL_INTR, 10, true, 0},    {COL_MONO, 6, true, 0},
    {COL_CSAT, 5, true, 0},           {COL_DUR, 7, true, 0},
};

typedef struct {
    bool on[COL__COUNT];
    int x[COL__COUNT], w[COL__COUNT];
} table_layout;

/* Places the columns in width; conv: the conversation metric columns too;
 * want: the widest whole value of each column among the visible rows. */
static void layout_columns(int width, bool conv, const int want[COL__COUNT], table_layout *L)
{
    int need = MARK_W;
    for (int c = 0; c < COL__COUNT; c++) {
        L->on[c] = conv || !view_col_conversation((view_col)c);
        L->w[c] = SPECS[c].width;
        if (L->on[c])
            need += SPECS[c].width + (c ? 1 : 0);
    }
    for (int level = 4; level >= 0 && need > width; level--)
        for (int c = COL__COUNT - 1; c >= 0 && need > width; c--)
            if (L->on[c] && SPECS[c].drop == level) {
                L->on[c] = false;
                need -= SPECS[c].width + 1;
            }
    int extra = width - need;
    if (extra < 0) { /* still too wide: squeeze the name */
        L->w[COL_NAME] += extra;
        if (L->w[COL_NAME] < 3)
            L->w[COL_NAME] = 3;
        extra = 0;
    }
    /* Numbers first: a whole number beats a longer name. A column that
     * cannot have all it wants keeps its width and abbreviates. */
    for (int c = 1; c < COL__COUNT; c++) {
        int more = want[c] > NUM_MAX ? NUM_MAX - L->w[c] : want[c] - L->w[c];
        if (L->on[c] && SPECS[c].right && more > 0 && more <= extra) {
            L->w[c] += more;
            extra -= more;
        }
    }
    /* The name as wide as the longest visible one (capped), the sentiment
     * bar next; what is left stays blank at the right, not padding names. */
    int name = want[COL_NAME] < NAME_MIN ? NAME_MIN : want[COL_NAME] > NAME_MAX ? NAME_MAX : want[COL_NAME];
    int add = extra < name - NAME_MIN ? extra : name - NAME_MIN;
    L->w[COL_NAME] += add;
    extra -= add;
    if (L->on[COL_SENT]) {
        add = extra < SENT_MAX - SENT_MIN ? extra : SENT_MAX - SENT_MIN;
        L->w[COL_SENT] += add;
        extra -= add;
    }
    int x = MARK_W;
    for (int c = 0; c < COL__COUNT; c++) {
        if (!L->on[c])
            continue;
        L->x[c] = x;
        x += L->w[c] + 1;
    }
}

static void draw_header(const app *a, rect r, const table_layout *L)
{
    const term *t = a->t;
    attr_t head = term_attr(t, EL_COLHEAD), sorted = term_attr(t, EL_COLHEAD_SORT);
    draw_blank(r.y, r.x, r.w, head);
    for (int c = 0; c < COL__COUNT; c++) {
        if (!L->on[c])
            continue;
        char title[48];
        bool is_sort = a->v.sort == (view_col)c;
        snprintf(title, sizeof title, "%s%s", view_col_title((view_col)c),
                 is_sort ? (a->v.desc ? t->g->sort_down : t->g->sort_up) : "");
        if (draw_width(t, title) > L->w[c]) /* the sort mark goes first; the footer names it */
            snprintf(title, sizeof title, "%s", view_col_title((view_col)c));
        attr_t at = is_sort ? sorted : head;
        int x = r.x + L->x[c];
        if (is_sort)
            draw_blank(r.y, x, L->w[c], at);
        if (SPECS[c].right)
            draw_text_right(t, r.y, x + L->w[c], L->w[c], at, title);
        else
            draw_text(t, r.y, x, L->w[c], at, title);
    }
}

/* Seconds, or hours when long, abbreviated: "950s", "12.3ks" is no help to
 * anyone, so long monologues and calls read in hours ("2.78kh"). */
static const char *short_time(double v, char buf[NUM_LEN])
{
    char n[NUM_LEN];
    if (v < 10000)
        snprintf(buf, NUM_LEN, "%.0fs", v);
    else
        snprintf(buf, NUM_LEN, "%sh", num_int_short(llround(v / 3600.0), n));
    return buf;
}

/* The text of a number column of row: whole, or abbreviated (short) with a
 * k/M/B/T suffix; "-" for what the row has not. */
static const char *number_text(const view_row *row, view_col c, bool short_form, char buf[NUM_LEN])
{
    bool any = row->calls > 0;
    if (view_col_conversation(c)) {
        double v = view_conversation_value(row, c);
        if (v < 0)
            return "-";
        if (v > 1e15)
            v = 1e15;
        switch (c) {
        case COL_TALK:
        case COL_SILENCE: return num_pct(v, buf);
        case COL_MONO:
            if (short_form)
                return short_time(v, buf);
            snprintf(buf, NUM_LEN, "%.0fs", v);
            return buf;
        case COL_DUR: return short_form ? short_time(v, buf) : num_duration(v, buf);
        default:
            if (short_form && v >= 9999.95)
                return num_int_short(llround(v), buf);
            snprintf(buf, NUM_LEN, "%.1f", v);
            return buf;
        }
    }
    switch (c) {
    case COL_CALLS: return short_form ? num_int_short(row->calls, buf) : num_int(row->calls, buf);
    case COL_CONV:
        return short_form ? num_int_short(row->conversions, buf) : num_int(row->conversions, buf);
    case COL_RATE: return any ? num_pct(row->rate, buf) : "-";
    case COL_UPSELL:
        return short_form ? num_money_short(row->upsell_cents, buf) : num_money(row->upsell_cents, buf);
    case COL_AVG:
        if (!any)
            return "-";
        if (short_form && isfinite(row->avg_upsell) && fabs(row->avg_upsell) < 9e15)
            return num_money_short(llround(row->avg_upsell * 100.0), buf);
        return num_dollars(row->avg_upsell, buf);
    case COL_SCORE:
        if (!row->ranked)
            return "-";
        snprintf(buf, NUM_LEN, "%.0f", row->score);
        return buf;
    case COL_DCONV:
        if (!row->has_delta)
            return "-";
        snprintf(buf, NUM_LEN, "%+.1f", fabs(row->d_rate) < 0.05 ? 0.0 : row->d_rate);
        return buf;
    case COL_DAVG: return row->has_delta ? tgt_dollars(row->d_avg, buf) : "-";
    default: buf[0] = '\0'; return buf;
    }
}

/* The widest whole value of each number column over rows [top, top + rows),
 * and its title with the sort mark when sorted by it. */
static void widest(const app *a, size_t top, int rows, int want[COL__COUNT])
{
    char buf[NUM_LEN];
    const view *v = &a->v;
    want[COL_NAME] = 0;
    for (size_t k = top; k < v->shown && k < top + (size_t)(rows > 0 ? rows : 0); k++) {
        int w = draw_width(a->t, v->rows[v->order[k]].name);
        if (w > want[COL_NAME])
            want[COL_NAME] = w;
    }
    for (int c = 1; c < COL__COUNT; c++) {
        want[c] = 0;
        if (!SPECS[c].right)
            continue;
        want[c] = draw_width(a->t, view_col_title((view_col)c));
        for (size_t k = top; k < v->shown && k < top + (size_t)(rows > 0 ? rows : 0); k++) {
            const view_row *row = &v->rows[v->order[k]];
            int w = draw_width(a->t, number_text(row, (view_col)c, false, buf)) +
                    draw_width(a->t, tgt_cell(a, row, (view_col)c, NULL));
            if (w > want[c])
                want[c] = w;
        }
    }
}

/* Draws one cell's text, right- or left-aligned. */
static void cell(const app *a, int y, int x, int w, bool right, attr_t at, const char *s)
{
    if (right)
        draw_text_right(a->t, y, x + w, w, at, s);
    else
        draw_text_fit(a->t, y, x, w, at, s);
}

static void draw_row(const app *a, int y, int x0, int width, const view_row *row,
                     const table_layout *L, bool selected)
{
    const term *t = a->t;
    attr_t base = selected ? term_attr(t, EL_SELECTED) : A_NORMAL;
    if (selected)
        draw_blank(y, x0, width, base);
    if (row->mark > 0)
        draw_text(t, y, x0, 1, selected ? base : term_attr(t, EL_BEST), t->g->best);
    else if (row->mark < 0)
        draw_text(t, y, x0, 1, selected ? base : term_attr(t, EL_WORST), t->g->worst);
    else if (!row->ranked && row->calls > 0) /* too few calls to rank: the legend says */
        draw_text(t, y, x0, 1, selected ? base : term_attr(t, EL_LABEL), TGT_UNRANKED(t));
    char buf[NUM_LEN];
    bool any = row->calls > 0;
    for (int c = 0; c < COL__COUNT; c++) {
        if (!L->on[c])
            continue;
        int x = x0 + L->x[c], w = L->w[c];
        switch ((view_col)c) {
        case COL_NAME:
            cell(a, y, x, w, false, base | (row->mark ? A_BOLD : 0), row->name[0] ? row->name : "(no name)");
            break;
        case COL_SENT: {
            if (!any) {
                cell(a, y, x, w, false, base, "-");
                break;
            }
            int barw = w >= SENT_MIN + 2 ? w - SENT_TEXT_W : w;
            draw_stacked_bar(t, y, x, barw, row->pos, row->neu, row->neg);
            if (barw < w) {
                snprintf(buf, sizeof buf, "%.0f/%.0f/%.0f", row->pos, row->neu, row->neg);
                cell(a, y, x + barw, w - barw, true, base, buf);
            }
            break;
        }
        default: {
            /* a status glyph or arrow after the number, in its colour */
            attr_t at = base;
            const char *g = tgt_cell(a, row, (view_col)c, selected ? NULL : &at);
            int gw = *g && w > 2 ? draw_width(t, g) : 0;
            if (gw)
                draw_text(t, y, x + w - gw, gw, at, g);
            const char *v = number_text(row, (view_col)c, false, buf);
            if (draw_width(t, v) > w - gw)
                v = number_text(row, (view_col)c, true, buf);
            cell(a, y, x, w - gw, true, at, v);
            break;
        }
        }
    }
}

static void table_draw(const app *a, rect r)
{
    const term *t = a->t;
    if (r.h < 1)
        return;
    table_layout L;
    int want[COL__COUNT];
    widest(a, a->top, r.h - 1, want);
    layout_columns(r.w, app_conv_shown(a, r.w), want, &L);
    draw_header(a, r, &L);
    const view *v = &a->v;
    if (v->shown == 0 && r.h >= 2) {
        char msg[128];
        if (!a->m.has[FEED_AGENTS])
            snprintf(msg, sizeof msg, "no agent data yet");
        else if (v->filter[0])
            snprintf(msg, sizeof msg, "no agent name contains \"%s\"", v->filter);
        else
            snprintf(msg, sizeof msg, "no agents");
        draw_text(t, r.y + 1, r.x + MARK_W, r.w - MARK_W, term_attr(t, EL_LABEL), msg);
        return;
    }
    /* The last line says how many agents the worker did not send, when it
     * sent a selection (app_table_rows leaves it out of the scrolling). */
    int64_t unsent = app_agents_unsent(a);
    int legend = r.h >= APP_LEGEND_MIN_H, note = unsent > 0 && r.h >= 3;
    if (legend) /* what the marks, glyphs and arrows mean, on the last line */
        tgt_legend(a, r.y + r.h - 1, r.x + MARK_W, r.w - MARK_W);
    r.h -= legend;
    for (int i = 0; i + 1 + note < r.h; i++) {
        size_t k = a->top + (size_t)i;
        if (k >= v->shown)
            break;
        draw_row(a, r.y + 1 + i, r.x, r.w, &v->rows[v->order[k]], &L, k == a->sel);
    }
    if (note) {
        char msg[160], num[NUM_LEN];
        snprintf(msg, sizeof msg, "%s more agent%s not sent by the worker (it sends the top and"
                 " bottom of each ranking)", num_int(unsent, num), unsent == 1 ? "" : "s");
        draw_text_fit(t, r.y + r.h - 1, r.x + MARK_W, r.w - MARK_W, term_attr(t, EL_LABEL), msg);
    }
}

/* A mouse event: a click on a column header sorts by that column (again:
 * inverts), on a row selects it; the wheel scrolls. */
static int table_mouse(app *a)
{
    MEVENT ev;
    if (getmouse(&ev) != OK)
        return H_HANDLED;
    view *v = &a->v;
    if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
        size_t step = 3;
        if (ev.bstate & BUTTON4_PRESSED)
            a->sel = a->sel > step ? a->sel - step : 0;
        else if (v->shown)
            a->sel = a->sel + step < v->shown ? a->sel + step : v->shown - 1;
        app_clamp_selection(a, a->table_rows);
        return H_HANDLED | H_REDRAW;
    }
    if (!(ev.bstate & BUTTON1_PRESSED) || ev.y < a->table_y)
        return H_HANDLED;
    if (ev.y > a->table_y) {
        size_t k = a->top + (size_t)(ev.y - a->table_y - 1);
        if (ev.y - a->table_y <= a->table_rows && k < v->shown) {
            a->sel = k;
            app_clamp_selection(a, a->table_rows);
        }
        return H_HANDLED | H_REDRAW;
    }
    table_layout L;
    int want[COL__COUNT];
    widest(a, a->top, a->table_rows, want);
    layout_columns(a->table_cols, app_conv_shown(a, a->table_cols), want, &L);
    for (int c = 0; c < COL__COUNT; c++)
        if (L.on[c] && ev.x >= L.x[c] && ev.x < L.x[c] + L.w[c]) {
            if (v->sort == (view_col)c)
                v->desc = !v->desc;
            else {
                v->sort = (view_col)c;
                v->desc = view_col_desc_default(v->sort);
            }
            return H_HANDLED | H_REVIEW | H_REDRAW;
        }
    return H_HANDLED;
}

static int table_key(app *a, int key, key_action act)
{
    (void)key;
    if (act == ACT_MOUSE)
        return table_mouse(a);
    size_t page = a->table_rows > 1 ? (size_t)a->table_rows - 1 : 1;
    view *v = &a->v;
    switch (act) {
    case ACT_UP: if (a->sel > 0) a->sel--; break;
    case ACT_DOWN: if (a->sel + 1 < v->shown) a->sel++; break;
    case ACT_PAGE_UP:
        a->sel = a->sel > page ? a->sel - page : 0;
        a->top = a->top > page ? a->top - page : 0;
        break;
    case ACT_PAGE_DOWN:
        a->sel += page;
        a->top += page;
        break;
    case ACT_HOME: a->sel = a->top = 0; break;
    case ACT_END: a->sel = v->shown ? v->shown - 1 : 0; break;
    case ACT_SORT_PREV:
    case ACT_SORT_NEXT: {
        /* to the next column shown (one dropped for width still counts) */
        bool conv = app_conv_shown(a, a->table_cols);
        int c = (int)v->sort, step = act == ACT_SORT_NEXT ? 1 : COL__COUNT - 1;
        do
            c = (c + step) % COL__COUNT;
        while (!conv && view_col_conversation((view_col)c));
        v->sort = (view_col)c;
        v->desc = view_col_desc_default(v->sort);
        return H_HANDLED | H_REVIEW | H_REDRAW;
    }
    case ACT_CONV_COLS: {
        bool shown = app_conv_shown(a, a->table_cols);
        a->conv = shown ? CONV_HIDE : CONV_SHOW;
        if (shown && view_col_conversation(v->sort)) { /* no sorting by hidden columns */
            v->sort = COL_SCORE;
            v->desc = view_col_desc_default(COL_SCORE);
        }
        return H_HANDLED | H_REVIEW | H_REDRAW;
    }
    case ACT_SORT_INVERT:
        v->desc = !v->desc;
        return H_HANDLED | H_REVIEW | H_REDRAW;
    default:
        return 0;
    }
    app_clamp_selection(a, a->table_rows);
    return H_HANDLED | H_REDRAW;
}

const widget W_TABLE = {"agents", table_draw, table_key};
