/* drill.c - the drill-down's state changes (see drill.h): opening an agent,
 * taking its payload, choosing the calls of the window. No drawing here. */
#include "drill.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

void drill_init(drill *d)
{
    memset(d, 0, sizeof *d);
}

void drill_free(drill *d)
{
    snap_calls_free(&d->calls);
    drill_init(d);
}

void drill_open(drill *d, const char *agent)
{
    if (d->mode == DRILL_OFF || strcmp(d->agent, agent) != 0) {
        drill_free(d);
        snprintf(d->agent, sizeof d->agent, "%s", agent);
    }
    d->mode = DRILL_CALLS;
}

void drill_back(drill *d)
{
    if (d->mode == DRILL_CALL) {
        d->mode = DRILL_CALLS;
        d->scroll = 0;
    } else {
        drill_free(d);
    }
}

const char *drill_agent(const drill *d)
{
    return d->mode == DRILL_OFF ? NULL : d->agent;
}

/* Days as numbers, so "the 7 days up to today" needs no calendar. */
static long day_number(const char *day)
{
    struct tm tm = {0};
    if (!day || sscanf(day, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
        return -1;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return (long)(timegm(&tm) / 86400);
}

void drill_filter(drill *d, view_window w, const char *today)
{
    long t = day_number(today);
    if (t < 0) { /* no summary yet: this machine's UTC day */
        time_t now = time(NULL);
        t = (long)(now / 86400);
    }
    d->shown = 0;
    for (size_t i = 0; i < d->calls.n && d->shown < SNAPSHOT_CALLS_SENT; i++) {
        long c = day_number(d->calls.v[i].day);
        bool in = w == WIN_ALL || (w == WIN_TODAY ? c == t : c > t - 7 && c <= t);
        if (in)
            d->order[d->shown++] = i;
    }
    d->sel = 0;
    bool found = false;
    for (size_t k = 0; k < d->shown; k++)
        if (strcmp(d->calls.v[d->order[k]].call_id, d->sel_id) == 0) {
            d->sel = k;
            found = true;
        }
    if (!found && d->mode == DRILL_CALL) { /* the call shown left the list: back to it */
        d->mode = DRILL_CALLS;
        d->scroll = 0;
    }
    drill_clamp(d, d->rows);
}

void drill_clamp(drill *d, int rows)
{
    if (rows < 1)
        rows = 1;
    if (d->shown == 0) {
        d->sel = d->top = 0;
        return;
    }
    if (d->sel >= d->shown)
        d->sel = d->shown - 1;
    if (d->sel < d->top)
        d->top = d->sel;
    if (d->sel >= d->top + (size_t)rows)
        d->top = d->sel - (size_t)rows + 1;
    if (d->top + (size_t)rows > d->shown)
        d->top = d->shown > (size_t)rows ? d->shown - (size_t)rows : 0;
    snprintf(d->sel_id, sizeof d->sel_id, "%s", d->calls.v[d->order[d->sel]].call_id);
}

int drill_apply(drill *d, const char *buf, size_t len, view_window w, const char *today)
{
    if (d->mode == DRILL_OFF)
        return 0;
    if (len == 0) {
        snap_calls_free(&d->calls);
        d->has = false;
        d->cleared = true;
        d->shown = 0;
        return 1;
    }
    snap_calls c;
    cz_err err;
    if (snap_calls_decode(buf, len, &c, &err) < 0) {
        snprintf(d->problem, sizeof d->problem, "calls: %s", err.msg);
        return 0;
    }
    if (strcmp(c.agent_name, d->agent) != 0) { /* another agent's (a key collision) */
        snprintf(d->problem, sizeof d->problem, "calls: the payload is another agent's");
        snap_calls_free(&c);
        return 0;
    }
    snap_calls_free(&d->calls);
    d->calls = c;
    d->has = true;
    d->cleared = false;
    d->problem[0] = '\0';
    drill_filter(d, w, today);
    return 1;
}

const snap_call *drill_selected(const drill *d)
{
    return d->has && d->shown ? &d->calls.v[d->order[d->sel]] : NULL;
}
