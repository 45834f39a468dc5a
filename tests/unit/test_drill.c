/* test_drill.c - the drill-down's state (src/tui/drill.c): a payload of the
 * open agent replaces the calls, another agent's or a malformed one does not;
 * the window picks the calls by their day (today, the 7 days up to it, all);
 * the selection stays on the same call across updates, and the call view
 * goes back to the list when its call is gone; Esc-style back steps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drill.h"
#include "t.h"

/* A payload for agent with calls on the given days, newest first. */
static char *payload(const char *agent, const char *const *days, const char *const *ids, size_t n)
{
    snap_calls s = {SNAPSHOT_SCHEMA, 1760000000, xstrdup(agent), (int64_t)n, NULL, n};
    s.v = xcalloc(n + 1, sizeof *s.v);
    for (size_t i = 0; i < n; i++) {
        s.v[i].call_id = xstrdup(ids[i]);
        s.v[i].time = 1760000000 - (int64_t)i * 3600;
        snprintf(s.v[i].day, sizeof s.v[i].day, "%s", days[i]);
        s.v[i].duration_ms = -1;
    }
    char *p = snap_calls_encode(&s, SNAPSHOT_CALLS_BYTES, NULL);
    snap_calls_free(&s);
    return p;
}

static const char *ids_shown(const drill *d, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (size_t k = 0; k < d->shown; k++) {
        strncat(buf, d->calls.v[d->order[k]].call_id, cap - strlen(buf) - 1);
        if (k + 1 < d->shown)
            strncat(buf, " ", cap - strlen(buf) - 1);
    }
    return buf;
}

int main(void)
{
    const char *days[] = {"2025-10-09", "2025-10-09", "2025-10-08", "2025-10-03", "2025-10-02", "2025-09-01"};
    const char *ids[] = {"c1", "c2", "c3", "c4", "c5", "c6"};
    char buf[256];
    drill d;
    drill_init(&d);
    CHECK(drill_agent(&d) == NULL, "drill: nothing watched when closed");
    drill_open(&d, "Ana");
    CHECK_STR(drill_agent(&d), "Ana", "drill: the open agent is watched");
    d.rows = 10;

    char *p = payload("Ana", days, ids, 6);
    CHECK(drill_apply(&d, p, strlen(p), WIN_TODAY, "2025-10-09") == 1 && d.has, "drill: the agent's payload applies");
    CHECK_STR(ids_shown(&d, buf, sizeof buf), "c1 c2", "drill: today's calls only");
    drill_filter(&d, WIN_WEEK, "2025-10-09");
    CHECK_STR(ids_shown(&d, buf, sizeof buf), "c1 c2 c3 c4", "drill: the 7 days up to today");
    drill_filter(&d, WIN_ALL, "2025-10-09");
    CHECK_STR(ids_shown(&d, buf, sizeof buf), "c1 c2 c3 c4 c5 c6", "drill: all time");

    /* the selection follows its call when newer calls arrive */
    d.sel = 2;
    drill_clamp(&d, d.rows);
    CHECK_STR(drill_selected(&d)->call_id, "c3", "drill: c3 selected");
    d.mode = DRILL_CALL;
    const char *days2[] = {"2025-10-09", "2025-10-09", "2025-10-09", "2025-10-08", "2025-10-03"};
    const char *ids2[] = {"c0", "c1", "c2", "c3", "c4"};
    char *p2 = payload("Ana", days2, ids2, 5);
    drill_apply(&d, p2, strlen(p2), WIN_ALL, "2025-10-09");
    CHECK(d.mode == DRILL_CALL && strcmp(drill_selected(&d)->call_id, "c3") == 0,
          "drill: the call shown stays shown after an update");
    const char *ids3[] = {"n1", "n2", "n3", "n4", "n5"};
    char *p3 = payload("Ana", days2, ids3, 5);
    drill_apply(&d, p3, strlen(p3), WIN_ALL, "2025-10-09");
    CHECK(d.mode == DRILL_CALLS, "drill: the call view goes back to the list when its call is gone");

    /* another agent's payload, a broken one */
    char *other = payload("Bo", days, ids, 6);
    CHECK(drill_apply(&d, other, strlen(other), WIN_ALL, "2025-10-09") == 0 && d.problem[0] &&
              strcmp(d.calls.agent_name, "Ana") == 0,
          "drill: another agent's payload is refused");
    CHECK(drill_apply(&d, "{", 1, WIN_ALL, "2025-10-09") == 0 && d.has, "drill: a broken payload keeps the calls");
    CHECK(drill_apply(&d, p3, strlen(p3), WIN_ALL, "2025-10-09") == 1 && d.problem[0] == '\0',
          "drill: a good payload clears the problem");
    CHECK(drill_apply(&d, "", 0, WIN_ALL, "2025-10-09") == 1 && !d.has && d.cleared,
          "drill: an empty payload means none published");

    /* back steps */
    drill_apply(&d, p3, strlen(p3), WIN_ALL, "2025-10-09");
    d.mode = DRILL_CALL;
    drill_back(&d);
    CHECK(d.mode == DRILL_CALLS && d.has, "drill: back from a call to the list");
    drill_back(&d);
    CHECK(d.mode == DRILL_OFF && !d.has && drill_agent(&d) == NULL, "drill: back from the list closes it");
    drill_open(&d, "Bo");
    CHECK(drill_apply(&d, p, strlen(p), WIN_ALL, "2025-10-09") == 0, "drill: Ana's payload refused once Bo is open");
    free(p);
    free(p2);
    free(p3);
    free(other);
    drill_free(&d);
    T_END();
}
