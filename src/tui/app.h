/* app.h - the dashboard's state, passed to every widget and owned by main:
 * terminal, data, agent view, and what the user has chosen (window, sort,
 * filter, selection, help, wallboard). No globals: this struct is it. */
#ifndef CZ_TUI_APP_H
#define CZ_TUI_APP_H

#include <stdbool.h>
#include <time.h>

#include "draw.h"
#include "drill.h"
#include "feed.h"
#include "keys.h"
#include "model.h"
#include "term.h"
#include "view.h"

/* What a key handler did; the loop acts on the bits. */
enum {
    H_HANDLED = 1,   /* the key was used */
    H_REDRAW = 2,    /* repaint the screen */
    H_REVIEW = 4,    /* filter or sort changed: view_refresh */
    H_REBUILD = 8,   /* the window changed: view_build */
    H_QUIT = 16,
    H_FULL = 32,     /* clear the terminal and repaint everything */
    H_APPLY = 64,    /* show data that is waiting for the next repaint */
};

/* The agent table's conversation metric columns (key m): AUTO shows them
 * when the table is at least APP_CONV_AUTO_COLS wide and some call has
 * conversation data (times or a rating). */
typedef enum { CONV_AUTO, CONV_SHOW, CONV_HIDE } conv_mode;
#define APP_CONV_AUTO_COLS 140

#define APP_WALL_PAGES 3     /* kpis, agents, trends */
#define APP_WALL_SECONDS 8.0 /* wallboard page flip, unless wall_interval says */
#define APP_LEGEND_MIN_H 8 /* a table this high ends with the legend line */
#define APP_MIN_COLS 20
#define APP_MIN_ROWS 5

typedef struct {
    term *t;
    model m;
    view v;
    const char *where;         /* broker "host:port" */
    int refresh;               /* seconds between repaints */
    int stale_after;           /* seconds before the STALE warning */
    time_t now;                /* wall clock of the frame being drawn */
    double mono;               /* monotonic clock of the same moment (ages, STALE) */

    bool help, wallboard, filtering;
    int help_top;              /* first help line shown (scrolled) */
    bool bell;                 /* --bell: ring on a new alert */
    bool alerts_view, cats_view; /* w_alerts.c, w_cats.c */
    int cat_sort;              /* categories view: sorted by this category (-1: name) */
    bool cat_asc;              /* ... smallest first */
    int cat_only;              /* categories view: only this category's agents, -1 all */
    int cat_top;               /* categories view: first row shown */
    bool hours;                /* the shift view (w_hours.c) instead of the table */
    size_t sel, top;           /* selected row and first visible row (display order) */
    char sel_name[SNAPSHOT_MAX_TEXT + 1]; /* keeps the selection across rebuilds */
    int table_rows;            /* agent rows visible in the last frame */
    int table_cols;            /* the table's width in the last frame */
    int table_y;               /* the table's header row in the last frame */
    conv_mode conv;            /* conversation metric columns */
    int wall_page;             /* index into wall_list */
    int wall_list[APP_WALL_PAGES]; /* the pages that rotate (wall_pages setting) */
    int wall_npages;
    double wall_seconds;       /* per page (wall_interval) */
    int wall_top;              /* agents on the agent page (wall_top) */

    drill dr;                  /* drill-down to an agent's calls (Enter) */
    bool map;                  /* the conversion versus upsell map (key v) */
    bool teams_view;           /* the team summary (key e, w_teams.c) */
    int team_sel;              /* its selected team (index in m.teams) */

    unsigned view_gen;         /* m.agents_gen the view was built from */
    char *pending[FEED__TOPICS]; /* data waiting for the next repaint */
    size_t pending_len[FEED__TOPICS];
    double pending_mono[FEED__TOPICS]; /* when it arrived */
} app;

void app_init(app *a, term *t, const char *where, int refresh, int stale_after, bool wallboard);
void app_free(app *a);

/* Takes a payload (ownership passes to a) for the next repaint. Payloads of
 * a topic without data yet, and status payloads, apply at once; returns true
 * when the screen should repaint now. */
bool app_offer(app *a, feed_topic t, char *buf, size_t len);

/* Applies every pending payload (at the repaint tick or on `r`). */
void app_apply_pending(app *a);

/* Brings the agent view up to date with the data and choices; keeps the
 * selected agent selected. rebuild: the window changed too. */
void app_sync_view(app *a, bool rebuild);

/* Keeps sel inside the rows and visible within rows lines. */
void app_clamp_selection(app *a, int rows);

/* Whether the agent table shows the conversation metric columns at this
 * table width. */
bool app_conv_shown(const app *a, int width);

/* How many agents the worker has but did not send (agents_total beyond the
 * payload's agents, converza-mqtt(7) LIMITS); 0 when it sent them all. */
int64_t app_agents_unsent(const app *a);

/* Agent rows a table of height h shows: less its column header and, when
 * the worker did not send every agent, the line that says so. */
int app_table_rows(const app *a, int h);

/* Takes a payload of the drill-down topic (len 0: none published). Returns
 * true when the screen should repaint. */
bool app_offer_calls(app *a, const char *buf, size_t len);

/* Routes a key to the focused widget, then to the global keys. Returns H_*. */
int app_key(app *a, int key);

#endif
