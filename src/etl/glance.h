/* glance.h - the worker's part of the glanceable layer: the targets, the
 * minimum calls and the baseline ("usual") window it publishes in the
 * snapshot, so every dashboard judges and compares the same way. */
#ifndef CZ_ETL_GLANCE_H
#define CZ_ETL_GLANCE_H

#include <libpq-fe.h>

#include "settings.h"
#include "snapshot.h"

/* Checks the target settings (team_targets syntax). -1 with err saying what
 * is wrong, for a configuration error at start-up or on reload. */
int glance_check(const cz_settings *s, cz_err *err);

/* Fills sum's targets, baseline_days and min_calls from s, and the baseline
 * window of sum and of each agent in ag: the s->baseline_days days before
 * sum->today, today not included, from floor_daily_metrics and the agents'
 * kept window (pg_snapshot_window). Reads the aggregate tables only. -1 with err on a database error or bad settings
 * (then the windows stay zero). */
int glance_fill(PGconn *c, const cz_settings *s, snap_summary *sum, snap_agents *ag, cz_err *err);

#endif
