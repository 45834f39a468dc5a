/* drill.h - the drill-down's state: which agent's recent calls the dashboard
 * shows (Enter on an agent), the payload of its calls topic, the calls of the
 * current window in order, the selected call and the call view's scroll.
 * Owned by app; the loop asks the feed for the agent's topic (drill_agent). */
#ifndef CZ_TUI_DRILL_H
#define CZ_TUI_DRILL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "snapshot.h"
#include "snapshot_calls.h"
#include "view.h"

typedef enum { DRILL_OFF, DRILL_CALLS, DRILL_CALL } drill_mode;

typedef struct {
    drill_mode mode;
    char agent[SNAPSHOT_MAX_TEXT + 1]; /* the agent whose calls are wanted */
    bool has;                  /* calls holds that agent's payload */
    bool cleared;              /* the topic holds no payload (worker never sent one) */
    snap_calls calls;
    char problem[600];         /* why the last payload was refused, "" none */
    size_t order[SNAPSHOT_CALLS_SENT]; /* calls of the window, newest first */
    size_t shown;
    size_t sel, top;           /* selected call and first visible (in order) */
    int rows;                  /* list rows visible in the last frame */
    char sel_id[SNAPSHOT_MAX_TEXT + 1]; /* keeps the selection across updates */
    int scroll;                /* call view: first line shown */
    int lines, page;           /* call view: lines in all, lines visible (last frame) */
} drill;

void drill_init(drill *d);
void drill_free(drill *d);

/* Opens the calls of agent (forgets any other agent's payload). */
void drill_open(drill *d, const char *agent);
/* Back one level: call view to list, list to off. */
void drill_back(drill *d);

/* The agent whose topic the dashboard should watch, NULL when none. */
const char *drill_agent(const drill *d);

/* Takes a payload of the watched topic: decodes it and, when it is the
 * open agent's, replaces the calls (returns 1). An empty payload (no
 * retained message) marks the agent as having none published (returns 1);
 * a bad one is recorded in problem and changes nothing (returns 0). */
int drill_apply(drill *d, const char *buf, size_t len, view_window w, const char *today);

/* Re-selects the calls of window w (today as "YYYY-MM-DD", the summary's
 * day; the week is the 7 days up to it), keeping the selected call; when
 * that call is no longer among them, the call view goes back to the list. */
void drill_filter(drill *d, view_window w, const char *today);

/* The selected call, NULL when none. */
const snap_call *drill_selected(const drill *d);

/* Keeps sel within the calls and visible within rows lines. */
void drill_clamp(drill *d, int rows);

#endif
