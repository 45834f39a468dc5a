/* w_cats.c - the call categories view (key c): for the selected window, each
 * agent's calls in each category of the rules (converza-rules(5)) with the
 * rate of their calls, and the same over all agents. < and > sort by a
 * category (most calls first; i inverts), f shows one category at a time and
 * only the agents with calls in it; the name filter (/) applies too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "widget.h"

#define NAME_W 22
#define CALLS_W 7
#define CELL_MIN 12

static int64_t in_window(const snap_cat *c, view_window w)
{
    return w == WIN_TODAY ? c->today : w == WIN_WEEK ? c->week : c->all;
}

/* The agent's count in the summary's category ci, 0 when it has none. */
static int64_t agent_count(const app *a, const snap_agent *ag, int ci)
{
    const snap_cat *c = snap_cats_find(&ag->cats, a->m.summary.cats.v[ci].name);
    return c ? in_window(c, a->v.win) : 0;
}

static int by_category(const void *x, const void *y, void *ctx)
{
    const app *a = ctx;
    const snap_agent *p = *(const snap_agent *const *)x, *q = *(const snap_agent *const *)y;
    if (a->cat_sort >= 0) {
        int64_t u = agent_count(a, p, a->cat_sort), v = agent_count(a, q, a->cat_sort);
        if (u != v)
            return (u < v ? 1 : -1) * (a->cat_asc ? -1 : 1);
    }
    int c = strcmp(p->agent_name, q->agent_name);
    return a->cat_sort < 0 && a->cat_asc ? -c : c;
}

static void cell(const app *a, int y, int x, int w, attr_t at, int64_t n, int64_t calls)
{
    char buf[32];
    if (calls > 0)
        snprintf(buf, sizeof buf, "%lld %5.1f%%", (long long)n, kpi_share_pct(n, calls));
    else
        snprintf(buf, sizeof buf, "-");
    draw_text_right(a->t, y, x + w - 1, w - 1, at, buf);
}

static void cats_draw(const app *a, rect r)
{
    const term *t = a->t;
    const snap_cats *sc = &a->m.summary.cats;
    int y = r.y, end = r.y + r.h;
    char title[160];
    snprintf(title, sizeof title, "Call categories, %s%s%s   (c or Esc returns; < > sort, i, f)",
             view_window_name(a->v.win), a->cat_only >= 0 && a->cat_only < (int)sc->n ? ": " : "",
             a->cat_only >= 0 && a->cat_only < (int)sc->n ? sc->v[a->cat_only].name : "");
    draw_blank(y, r.x, r.w, term_attr(t, EL_HEADER));
    draw_text(t, y++, r.x + 1, r.w - 1, term_attr(t, EL_HEADER), title);
    if (!sc->n) {
        draw_text_fit(t, y + 1, r.x + 2, r.w - 2, term_attr(t, EL_LABEL),
                      "no call categories: the rules define none, or the worker is older");
        return;
    }
    /* columns: the categories shown */
    int cols[SNAPSHOT_MAX_CATEGORIES], nc = 0;
    for (int i = 0; i < (int)sc->n && nc < SNAPSHOT_MAX_CATEGORIES; i++)
        if (a->cat_only < 0 || a->cat_only == i)
            cols[nc++] = i;
    int x0 = r.x + NAME_W + CALLS_W + 1;
    int cw = nc ? (r.x + r.w - x0) / nc : 0;
    if (cw < CELL_MIN)
        cw = CELL_MIN;
    /* header */
    draw_text(t, y, r.x, NAME_W, term_attr(t, a->cat_sort < 0 ? EL_COLHEAD_SORT : EL_COLHEAD),
              "Agent");
    draw_text_right(t, y, r.x + NAME_W + CALLS_W - 1, CALLS_W, term_attr(t, EL_COLHEAD), "Calls");
    for (int k = 0; k < nc && x0 + k * cw + cw <= r.x + r.w; k++)
        draw_text_right(t, y, x0 + k * cw + cw - 1, cw - 1,
                        term_attr(t, a->cat_sort == cols[k] ? EL_COLHEAD_SORT : EL_COLHEAD),
                        sc->v[cols[k]].name);
    y++;
    /* rows: agents with the filters applied, sorted */
    const snap_agents *ag = &a->m.agents;
    const snap_agent **rows = xcalloc(ag->n + 1, sizeof *rows);
    size_t n = 0;
    for (size_t i = 0; i < ag->n; i++) {
        const snap_agent *p = &ag->v[i];
        if (a->v.filter[0] && !strcasestr(p->agent_name, a->v.filter))
            continue;
        if (a->cat_only >= 0 && agent_count(a, p, a->cat_only) == 0)
            continue;
        rows[n++] = p;
    }
    qsort_r(rows, n, sizeof *rows, by_category, (void *)a);
    size_t top = a->cat_top < 0 ? 0 : (size_t)a->cat_top;
    if (top > n)
        top = n;
    char buf[32];
    for (size_t i = top; i < n && y < end - 1; i++, y++) {
        const snap_agent *p = rows[i];
        const kpi_counts *k = view_window_counts(&p->k, a->v.win);
        bool marked = w_alerts_agent_marked(a, p->agent_name);
        draw_text(t, y, r.x, NAME_W - 1, marked ? term_attr(t, EL_ALERT) : A_NORMAL,
                  p->agent_name[0] ? p->agent_name : "(no name)");
        snprintf(buf, sizeof buf, "%lld", (long long)k->calls);
        draw_text_right(t, y, r.x + NAME_W + CALLS_W - 1, CALLS_W, A_NORMAL, buf);
        for (int c = 0; c < nc && x0 + c * cw + cw <= r.x + r.w; c++)
            cell(a, y, x0 + c * cw, cw, A_NORMAL, agent_count(a, p, cols[c]), k->calls);
    }
    if (n == 0 && y < end - 1)
        draw_text_fit(t, y++, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), "no agent matches");
    /* all agents */
    if (y < end) {
        const kpi_counts *k = view_window_counts(&a->m.summary.k, a->v.win);
        draw_text(t, y, r.x, NAME_W - 1, A_BOLD, n > top + (size_t)(end - 1 - r.y - 2) ? "All agents (more: Down)" : "All agents");
        snprintf(buf, sizeof buf, "%lld", (long long)k->calls);
        draw_text_right(t, y, r.x + NAME_W + CALLS_W - 1, CALLS_W, A_BOLD, buf);
        for (int c = 0; c < nc && x0 + c * cw + cw <= r.x + r.w; c++)
            cell(a, y, x0 + c * cw, cw, A_BOLD, in_window(&sc->v[cols[c]], a->v.win), k->calls);
    }
    free(rows);
}

static int cats_key(app *a, int key, key_action act)
{
    int ncat = (int)a->m.summary.cats.n;
    if (key == KEYS_ESC) {
        a->cats_view = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    if (key == 'f') {
        a->cat_only = a->cat_only + 1 >= ncat ? -1 : a->cat_only + 1;
        a->cat_top = 0;
        return H_HANDLED | H_REDRAW;
    }
    switch (act) {
    case ACT_SORT_NEXT:
        a->cat_sort = a->cat_sort + 1 >= ncat ? -1 : a->cat_sort + 1;
        return H_HANDLED | H_REDRAW;
    case ACT_SORT_PREV:
        a->cat_sort = a->cat_sort <= -1 ? ncat - 1 : a->cat_sort - 1;
        return H_HANDLED | H_REDRAW;
    case ACT_SORT_INVERT:
        a->cat_asc = !a->cat_asc;
        return H_HANDLED | H_REDRAW;
    case ACT_DOWN:
    case ACT_PAGE_DOWN:
        a->cat_top += act == ACT_DOWN ? 1 : 10;
        if (a->cat_top > (int)a->m.agents.n)
            a->cat_top = (int)a->m.agents.n;
        return H_HANDLED | H_REDRAW;
    case ACT_UP:
    case ACT_PAGE_UP:
        a->cat_top -= act == ACT_UP ? 1 : 10;
        if (a->cat_top < 0)
            a->cat_top = 0;
        return H_HANDLED | H_REDRAW;
    case ACT_HOME:
        a->cat_top = 0;
        return H_HANDLED | H_REDRAW;
    default:
        return 0; /* t, /, q, ... as usual */
    }
}

const widget W_CATS = {"categories", cats_draw, cats_key};
