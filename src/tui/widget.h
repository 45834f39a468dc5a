/* widget.h - the widget "class": a const table of functions per widget kind,
 * one file per widget. draw paints inside its rectangle only; key (may be
 * NULL) returns H_* bits from app.h, 0 when it ignores the key. */
#ifndef CZ_TUI_WIDGET_H
#define CZ_TUI_WIDGET_H

#include "app.h"

typedef struct {
    const char *name;
    void (*draw)(const app *a, rect r);
    int (*key)(app *a, int key, key_action act);
} widget;

extern const widget W_HEADER;    /* w_header.c: state, update time, STALE */
extern const widget W_CARDS;     /* w_cards.c: scorecards */
extern const widget W_TREND;     /* w_trend.c: sparklines per day */
extern const widget W_SENTIMENT; /* w_sentiment.c: overall sentiment bar */
extern const widget W_TABLE;     /* w_table.c: the agent table */
extern const widget W_FOOTER;    /* w_footer.c: key hints, messages, filter prompt */
extern const widget W_HELP;      /* w_help.c: the key table */
extern const widget W_WALL;      /* w_wall.c: the wallboard pages */
extern const widget W_ALERTS;    /* w_alerts.c: the alerts view */
extern const widget W_CATS;      /* w_cats.c: the call categories view */

/* The alert banner (w_alerts.c): rows it takes (0 without alerts), drawing
 * it, whether an agent's row is marked, and the wallboard's large form. */
int w_alerts_banner_rows(const app *a);
void w_alerts_banner_draw(const app *a, rect r);
bool w_alerts_agent_marked(const app *a, const char *agent); /* its own or its team's */
bool w_alerts_team_marked(const app *a, const char *team);
/* Draws the active alerts at the top of the wallboard's rectangle r (large
 * where there is room, else text) and returns the rows taken, 0 without
 * alerts; the wall goes under them. */
int w_alerts_wall_draw(const app *a, rect r);

extern const widget W_CALLS;     /* w_calls.c: an agent's recent calls, or one call's
                                    turns (w_callview.c), by a->dr.mode */
extern const widget W_MAP;       /* w_map.c: conversion versus upsell map */

/* Before drawing W_CALLS in r: the rows and lines it shows, so the
 * selection and the scroll stay in range (w_calls.c). */
void w_calls_prepare(app *a, rect r);

/* The call view (w_callview.c): lines of call c at width w, and drawing it
 * from line a->dr.scroll. */
int w_callview_lines(const app *a, const snap_call *c, int w);
void w_callview_draw(const app *a, rect r);

extern const widget W_HOURS;     /* w_hours.c: today by the hour (shift view) */
extern const widget W_TEAMS;     /* w_teams.c: the team summary */

/* Rows the header needs at this width: 1, or more when its alerts do not
 * fit on one row (they are never left out). */
int w_header_rows(const app *a, int width);
/* "Today, Sat 5 Dec, America/Los_Angeles" for day YYYY-MM-DD in zone. */
void w_header_today(const char *day, const char *zone, char *out, size_t n);

/* Compact forms for small terminals. */
void w_cards_draw_compact(const app *a, rect r);

/* The summary has conversation metrics (timed or rated calls) in the
 * selected window, so the sentiment panel wants a line for them. */
bool w_sentiment_has_talk(const app *a);

/* Parses the wall_pages setting ("kpis,agents,trends", any of them, each
 * once, in the order they rotate) into list and *n; -1 with err. */
int w_wall_pages(const char *spec, int list[APP_WALL_PAGES], int *n, cz_err *err);

/* Filter editing, used while a->filtering (w_footer.c). */
int w_filter_key(app *a, int key);

#endif
