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
    const char *team;     /* likewise; "unassigned" when none */
    int64_t calls, conversions, upsell_cents;
    double rate, avg_upsell;         /* percent, dollars */
    double pos, neu, neg;            /* shares of calls, percent */
    double avg_sentiment;
    double score;                    /* 0..100; see view_score */
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
    char team[64];        /* show only this team's agents; "" = every team */
    bool by_team;         /* group the rows by team (then the sort) */
} view;

/* The team filter's next step (key T): every team -> every team grouped by
 * team -> each team of the rows in name order -> every team. Then
 * view_refresh. */
void view_next_team(view *v);

void view_init(view *v);
void view_free(view *v);

/* Rebuilds rows from agents for window w, then filters and sorts. The view
 * points into agents: rebuild whenever they change. */
void view_build(view *v, const snap_agents *agents, view_window w);

/* Re-applies the filter and the sort after v->filter, v->sort or v->desc
 * changed. */
void view_refresh(view *v);

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

/* The score: 50% conversion rate, 30% average upsell relative to the best
 * agent's, 20% customer sentiment mapped to 0..100. 0 for no calls. */
double view_score(double rate, double avg_upsell, double best_avg_upsell, double avg_sentiment);

#endif
