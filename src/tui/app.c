/* app.c - dashboard state changes: taking payloads, keeping the agent view
 * and the selection in step with the data, and routing keys to the focused
 * widget before the global keys. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "widget.h"

void app_init(app *a, term *t, const char *where, int refresh, int stale_after, bool wallboard)
{
    memset(a, 0, sizeof *a);
    a->t = t;
    a->where = where;
    a->refresh = refresh;
    a->stale_after = stale_after;
    a->wallboard = wallboard;
    a->now = time(NULL);
    a->mono = cz_now_mono();
    model_init(&a->m);
    view_init(&a->v);
    drill_init(&a->dr);
    a->table_rows = 10;
    for (int i = 0; i < APP_WALL_PAGES; i++)
        a->wall_list[i] = i;
    a->wall_npages = APP_WALL_PAGES;
    a->wall_seconds = APP_WALL_SECONDS;
    a->wall_top = 10;
    a->cat_sort = -1;
    a->cat_only = -1;
}

void app_free(app *a)
{
    for (int i = 0; i < FEED__TOPICS; i++)
        free(a->pending[i]);
    view_free(&a->v);
    drill_free(&a->dr);
    model_free(&a->m);
}

bool app_offer(app *a, feed_topic t, char *buf, size_t len)
{
    if (t >= FEED__TOPICS) {
        free(buf);
        return false;
    }
    if (!a->m.has[t] || t == FEED_STATUS || t == FEED_ALERTS) {
        /* First data of a topic paints at once (retained messages on
         * subscribe); so does the worker's state, which is not a KPI. */
        free(a->pending[t]);
        a->pending[t] = NULL;
        model_apply(&a->m, t, buf, len, a->now, cz_now_mono());
        free(buf);
        if (t == FEED_ALERTS && a->m.alerts_new > 0 && a->bell)
            beep();
        a->m.alerts_new = 0;
        if (a->view_gen != a->m.agents_gen)
            app_sync_view(a, false); /* the view must never point at freed agents */
        return true;
    }
    free(a->pending[t]);
    a->pending[t] = buf;
    a->pending_len[t] = len;
    a->pending_mono[t] = cz_now_mono(); /* its arrival counts for the age, not its display */
    return false;
}

void app_apply_pending(app *a)
{
    for (int i = 0; i < FEED__TOPICS; i++) {
        if (!a->pending[i])
            continue;
        model_apply(&a->m, (feed_topic)i, a->pending[i], a->pending_len[i], a->now,
                    a->pending_mono[i]);
        free(a->pending[i]);
        a->pending[i] = NULL;
    }
    if (a->view_gen != a->m.agents_gen)
        app_sync_view(a, false);
}

static void remember_selection(app *a)
{
    if (a->v.shown == 0) {
        a->sel_name[0] = '\0';
        return;
    }
    snprintf(a->sel_name, sizeof a->sel_name, "%s", a->v.rows[a->v.order[a->sel]].name);
}

void app_clamp_selection(app *a, int rows)
{
    if (rows < 1)
        rows = 1;
    if (a->v.shown == 0) {
        a->sel = a->top = 0;
        remember_selection(a);
        return;
    }
    if (a->sel >= a->v.shown)
        a->sel = a->v.shown - 1;
    if (a->sel < a->top)
        a->top = a->sel;
    if (a->sel >= a->top + (size_t)rows)
        a->top = a->sel - (size_t)rows + 1;
    if (a->top + (size_t)rows > a->v.shown)
        a->top = a->v.shown > (size_t)rows ? a->v.shown - (size_t)rows : 0;
    remember_selection(a);
}

void app_sync_view(app *a, bool rebuild)
{
    int64_t mc = a->m.has[FEED_SUMMARY] ? a->m.summary.min_calls : a->v.min_calls;
    if (mc != a->v.min_calls) { /* the worker's minimum changed: rank again */
        a->v.min_calls = mc;
        rebuild = true;
    }
    if (rebuild || a->view_gen != a->m.agents_gen) {
        view_build(&a->v, a->m.has[FEED_AGENTS] ? &a->m.agents : NULL, a->v.win);
        a->view_gen = a->m.agents_gen;
    } else {
        view_refresh(&a->v);
    }
    long i = view_find(&a->v, a->sel_name[0] ? a->sel_name : NULL);
    if (i >= 0)
        a->sel = (size_t)i;
    app_clamp_selection(a, a->table_rows);
}

/* True when some agent has a timed or rated call in some window: without
 * one every conversation cell would read "-". */
static bool has_conversation(const model *m)
{
    for (size_t i = 0; i < m->agents.n; i++) {
        const kpi_windows *k = &m->agents.v[i].k;
        const kpi_counts *w[3] = {&k->today, &k->week, &k->all};
        for (int j = 0; j < 3; j++)
            if (w[j]->timed_calls > 0 || w[j]->csat_calls > 0)
                return true;
    }
    return false;
}

bool app_conv_shown(const app *a, int width)
{
    return a->conv == CONV_SHOW ||
           (a->conv == CONV_AUTO && width >= APP_CONV_AUTO_COLS && has_conversation(&a->m));
}

int64_t app_agents_unsent(const app *a)
{
    const snap_agents *g = &a->m.agents;
    return a->m.has[FEED_AGENTS] && g->total > (int64_t)g->n ? g->total - (int64_t)g->n : 0;
}

int app_table_rows(const app *a, int h)
{
    return h - 1 - (app_agents_unsent(a) > 0 && h >= 3) - (h >= APP_LEGEND_MIN_H);
}

bool app_offer_calls(app *a, const char *buf, size_t len)
{
    return drill_apply(&a->dr, buf, len, a->v.win,
                       a->m.has[FEED_SUMMARY] ? a->m.summary.today : NULL) > 0 ||
           a->dr.problem[0];
}

/* The keys every view leaves to the application: quit, help and repaint
 * (the calls view returns 0 for exactly these). */
static int common_key(app *a, key_action act)
{
    switch (act) {
    case ACT_QUIT:
        return H_HANDLED | H_QUIT;
    case ACT_HELP:
        a->help = true;
        return H_HANDLED | H_REDRAW;
    case ACT_REPAINT:
        return H_HANDLED | H_APPLY | H_FULL | H_REDRAW;
    default:
        return 0;
    }
}

int app_key(app *a, int key)
{
    if (key == KEYS_FN(KEY_RESIZE))
        return H_HANDLED | H_FULL | H_REDRAW;
    key_action act = keys_lookup(key);
    if (a->help)
        return W_HELP.key(a, key, act);
    if (a->filtering)
        return w_filter_key(a, key);
    if (a->dr.mode != DRILL_OFF) {
        int r = W_CALLS.key(a, key, act);
        return r ? r : common_key(a, act);
    }
    if (a->map && !a->wallboard) {
        int r = W_MAP.key(a, key, act);
        if (r)
            return r;
    }
    if (a->alerts_view || a->cats_view) {
        int r = (a->alerts_view ? W_ALERTS : W_CATS).key(a, key, act);
        if (r)
            return r;
    }
    if (a->teams_view && !a->wallboard) {
        int r = W_TEAMS.key(a, key, act);
        if (r)
            return r;
    }
    if (a->hours) {
        int r = W_HOURS.key(a, key, act);
        if (r)
            return r;
    }
    if (act == ACT_OPEN && !a->wallboard && !a->hours && a->v.shown) {
        drill_open(&a->dr, a->v.rows[a->v.order[a->sel]].name);
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    if (!a->wallboard && !a->hours) {
        int r = W_TABLE.key(a, key, act);
        if (r)
            return r;
    } else {
        int r = W_WALL.key(a, key, act);
        if (r)
            return r;
    }
    switch (act) {
    case ACT_QUIT:
    case ACT_HELP:
    case ACT_REPAINT:
        return common_key(a, act);
    case ACT_BACK: /* Esc: undo the last thing, never quit */
        if (a->v.filter[0]) {
            a->v.filter[0] = '\0';
            return H_HANDLED | H_REVIEW | H_REDRAW;
        }
        if (a->wallboard) {
            a->wallboard = false;
            return H_HANDLED | H_FULL | H_REDRAW;
        }
        return H_HANDLED;
    case ACT_FREEZE:
        view_freeze(&a->v, !a->v.frozen);
        return H_HANDLED | H_REVIEW | H_REDRAW;
    case ACT_FILTER:
        a->filtering = true;
        a->wallboard = false;
        return H_HANDLED | H_REDRAW;
    case ACT_WINDOW:
        a->v.win = (view_window)((a->v.win + 1) % WIN__COUNT);
        return H_HANDLED | H_REBUILD | H_REDRAW;
    case ACT_MAP:
        a->map = !a->map;
        a->wallboard = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    case ACT_TEAMS:
        a->teams_view = true;
        a->wallboard = a->map = a->hours = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    case ACT_HOURS:
        a->hours = true;
        a->wallboard = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    case ACT_TEAM:
        view_next_team(&a->v);
        return H_HANDLED | H_REBUILD | H_REDRAW;
    case ACT_WALLBOARD:
        a->hours = false;
        a->wallboard = !a->wallboard;
        a->wall_page = 0;
        return H_HANDLED | H_FULL | H_REDRAW;
    case ACT_ALERTS:
        a->alerts_view = !a->alerts_view;
        a->cats_view = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    case ACT_CATEGORIES:
        a->cats_view = !a->cats_view;
        a->alerts_view = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    default:
        return 0;
    }
}
