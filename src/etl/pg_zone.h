/* pg_zone.h - the business zone of the aggregates: the day and hour keys of
 * agent_daily_metrics, team_daily_metrics, agent_hourly_metrics, their
 * category counterparts (agent_daily_categories, team_daily_categories,
 * agent_hourly_categories) and gold's call_day are computed in the zone aggregate_zone records. The worker
 * (and reprocess) bring them in line with their settings at start-up. */
#ifndef CZ_PG_ZONE_H
#define CZ_PG_ZONE_H

#include <libpq-fe.h>
#include "util.h"

/* Makes the aggregates those of zone tz (which PostgreSQL must know) keeping
 * hourly_days business days of hours, in one transaction serialised with
 * every loader (the worker lock): when the recorded zone differs, gold's
 * call_day and the daily, team and hourly aggregates (counters and
 * categories) are recomputed from
 * gold (logged, with the old and new zone); when only hourly_days differs,
 * the hourly aggregates are. Nothing is done when both match. Returns 0, or
 * -1 with err. */
int pg_zone_sync(PGconn *c, const char *tz, int hourly_days, cz_err *err);

/* The zone the aggregates were built in, into *tz (caller frees); -1 with err. */
int pg_zone_read(PGconn *c, char **tz, cz_err *err);

/* The same read as one statement of a pg_query_many round: PG_ZONE_SQL, and
 * pg_zone_take of its result (caller frees; the result is not cleared). */
#define PG_ZONE_SQL "SELECT timezone FROM aggregate_zone"
char *pg_zone_take(const PGresult *r);

#endif
