/* view.h - the agent table's rows for one KPI window: derived numbers, the
 * performance score, best/worst marks, the name filter and the sort order.
 * Built once per change (new data, window, filter or sort), so drawing a
 * frame only reads it. */
#ifndef CZ_TUI_VIEW_H
#define CZ_TUI_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "snapshot.h"
#include "strmap.h"

typedef enum { WIN_TODAY, WIN_WEEK, WIN_ALL, WIN__COUNT } view_window;

typedef enum {
    COL_NAME,
    COL_CALLS,
    COL_CONV,
    COL_RATE,
    COL_UPSELL,
    COL_AVG,
    COL_SENT,
    COL_SCORE,
    COL_DCONV,  /* change today vs the baseline: conversion rate, points */
    COL_DAVG,   /* and average upsell, dollars */
    /* conversation metrics, shown or hidden together (COL_TALK and after) */
    COL_TALK,
    COL_SILENCE,
    COL_INTR,
    COL_MONO,
    COL_CSAT,
    COL_DUR,
    COL__COUNT
} view_col;

typedef struct {
    const char *name;     /* owned by the snapshot the view was built from */
    int64_t calls, conversions, upsell_cents;
    double rate, avg_upsell;         /* percent, dollars */
    double pos, neu, neg;            /* shares of calls, percent */
    double avg_sentiment;
    double score;                    /* 0..100; see view_score */
    const char *team;                /* the agent's team, NULL when not sent */
    bool ranked;                     /* at least min_calls calls in the window */
    /* today against the baseline window (the days before today); has_delta
     * when both have at least min_calls calls (and one) */
    bool has_delta;
    double d_rate, d_avg;            /* points, dollars */
    double base_rate, base_avg;
    /* conversation metrics, per call; -1 when unknown (no timed or rated calls) */
    double talk_pct, silence_pct;    /* agent's talk share and silence, percent */
    double interruptions, mono_s;    /* interruptions, longest agent monologue in s */
    double csat, dur_s;              /* caller rating 0..10, call duration in s */
    int mark;                        /* +1 best performer, -1 worst, 0 */
} view_row;

typedef struct {
    view_row *rows;       /* every agent */
    size_t n;
    size_t *order;        /* indices of rows shown, in display order */
    size_t shown;
    view_window win;
    view_col sort;
    bool desc;
    char filter[64];
    int64_t min_calls;    /* calls a row needs to be ranked, marked, compared */
    double median_avg;    /* median average upsell of the ranked rows */
    size_t marks;         /* how many top and bottom rows are marked */
    bool frozen;          /* the row order is held (key f) */
    strmap frozen_at;     /* name -> place while frozen */
} view;

void view_init(view *v);
void view_free(view *v);

/* Rebuilds rows from agents for window w, then filters and sorts. The view
 * points into agents: rebuild whenever they change. */
void view_build(view *v, const snap_agents *agents, view_window w);

/* Re-applies the filter and the sort after v->filter, v->sort or v->desc
 * changed. */
void view_refresh(view *v);

/* Holds (on) or releases the display order: while frozen, view_refresh and
 * view_build keep the rows in the order they had, agents new since then
 * after them by name, whatever the data and the sort say. */
void view_freeze(view *v, bool on);

/* Position in the display order of the agent called name, or -1. */
long view_find(const view *v, const char *name);

/* The KPI counters of window w. */
const kpi_counts *view_window_counts(const kpi_windows *k, view_window w);

/* "Today", "7 days", "All time" */
const char *view_window_name(view_window w);

/* Column titles and whether a column sorts largest first by default. */
const char *view_col_title(view_col c);
bool view_col_desc_default(view_col c);

/* Is c one of the conversation metric columns (COL_TALK .. COL_DUR)? Rows
 * whose value is unknown sort after the others in either direction. */
bool view_col_conversation(view_col c);

/* The row's value in conversation metric column c; < 0 when unknown (and for
 * any other column). */
double view_conversation_value(const view_row *r, view_col c);

/* The score: 50% conversion rate, 30% average upsell against the team
 * median (the median agent scores 50 of 100, twice the median or more 100;
 * with a median of 0, any upsell 100 and none 50), 20% customer sentiment
 * mapped to 0..100. One large sale moves one agent, not everyone. */
double view_score(double rate, double avg_upsell, double median_avg_upsell, double avg_sentiment);
#define VIEW_SCORE_FORMULA "score = 50% Conv% + 30% upsell vs median + 20% sentiment"

/* Rows below v->min_calls calls (or without calls) are shown but not
 * ranked: no score, no mark, after the ranked rows when sorted by score, and
 * no change against the baseline. The best and worst v->marks ranked rows are
 * marked (mark +1 / -1): one each, three each from twelve ranked rows on. */

#endif
