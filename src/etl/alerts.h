/* alerts.h - the worker's alerts: after each committed batch the configured
 * rules (alert.h) are evaluated over the snapshot just built from the
 * aggregate tables (agents, teams, the floor; and, for anomaly rules, the
 * daily aggregates of the baseline days; never gold); the active set is published retained on
 * PREFIX/alerts, each raise and clear as an event on PREFIX/alerts/events and
 * as a log line. Used by the loading thread only. */
#ifndef CZ_ALERTS_H
#define CZ_ALERTS_H

#include <libpq-fe.h>
#include "alert.h"
#include "publish.h"
#include "snapshot.h"

typedef struct {
    alert_rules rules;
    snap_alerts active;  /* newest first */
    bool loaded;         /* active read from alerts_state (after a restart) */
} alerts_state;

/* Takes over *rules (reload): alerts of rules still configured (same text)
 * stay active with their start time; the others are cleared at the next
 * evaluation. */
void alerts_set_rules(alerts_state *st, alert_rules *rules);

/* Evaluates every rule, updates the active set, publishes (pub may be NULL)
 * and logs; the active set is kept in the alerts_state table, so that a
 * restarted worker neither raises an active alert again nor forgets to
 * clear it. sum, ag and teams are the snapshot of this batch (today =
 * sum->today); scope=team rules evaluate the teams of the teams payload
 * (SNAPSHOT_TEAMS_SENT at most). teams NULL (its snapshot could not be
 * built): the team rules' active alerts are kept as they are.
 * Returns -1 with err when a baseline could not be read (the active set is
 * then left as it was). */
int alerts_run(alerts_state *st, PGconn *c, publisher *pub, const snap_summary *sum,
               const snap_agents *ag, const snap_teams *teams, int64_t now, cz_err *err);

void alerts_state_free(alerts_state *st);

#endif
