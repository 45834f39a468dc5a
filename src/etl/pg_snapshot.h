/* pg_snapshot.h - the dashboard's KPI snapshot read from the aggregate tables
 * (never from gold), shared by MQTT publishing and `converza-etl report`. */
#ifndef CZ_PG_SNAPSHOT_H
#define CZ_PG_SNAPSHOT_H

#include <libpq-fe.h>
#include <stdint.h>
#include "snapshot.h"
#include "util.h"

#define SNAPSHOT_TREND_DAYS 30

/* Fills the summary (overall windows, over every agent), the per-agent rows
 * (by name) and the daily trend of the last SNAPSHOT_TREND_DAYS days as of
 * `now` (UTC day). With max_agents > 0 and more agents than that, the rows
 * are the max_agents agents with the best places in the rankings that
 * converza-mqtt(7) lists (top and bottom of each), and agents->total says
 * how many there are; 0 reads every agent. batch_id may be NULL. Each output
 * is freed with its snap_*_free. Returns -1 with err. */
int pg_snapshot_build(PGconn *c, int64_t now, const char *batch_id, size_t max_agents,
                      snap_summary *sum, snap_agents *agents, snap_trend *trend, cz_err *err);

/* The teams payload (every team's windows, by name, at most
 * SNAPSHOT_TEAMS_SENT) and the hours payload (today's business hours for the
 * floor, and for the SNAPSHOT_HOURS_AGENTS agents with most calls today) as
 * of now, from team_daily_metrics, agent_teams and agent_hourly_metrics.
 * Free with snap_teams_free and snap_hours_free. Returns -1 with err. */
int pg_snapshot_coach(PGconn *c, int64_t now, snap_teams *teams, snap_hours *hours, cz_err *err);

/* Appends a query of each agent's counters summed over the business days
 * first to last (SQL date expressions), as columns agent_name, then each
 * counter named prefix + its column (pg_agg_list), for the agents that have
 * calls in them and pass filter (SQL over agent_name, "" for all): the
 * window's rows in agent_window_metrics when it is kept, else a sum over
 * agent_daily_metrics (sql/017_snapshot_sums.sql). The same rows either way;
 * the first costs one row per agent however many days the window holds. */
void pg_snapshot_window(strbuf *q, const char *first, const char *last, const char *filter,
                        const char *prefix);

/* Appends the agents' names as a text[] literal ({"a","b\"c"}) to b, for a
 * query over the agents a payload carries. */
void pg_snapshot_names(strbuf *b, const snap_agents *agents);

#endif
