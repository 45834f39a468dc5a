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

/* Rows the header needs at this width: 1, or more when its alerts do not
 * fit on one row (they are never left out). */
int w_header_rows(const app *a, int width);

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
