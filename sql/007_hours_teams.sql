-- 007_hours_teams.sql - business hours and teams.
--
-- gold_performance_metrics.team: the team the call counts for (the roster's
-- team for its agent when it was loaded, else the team its file names, else
-- 'unassigned'). call_day is from now on the business day of call_time in the
-- zone aggregate_zone names (before this migration: UTC, which is what the
-- row below records).
ALTER TABLE gold_performance_metrics ADD COLUMN team text NOT NULL DEFAULT 'unassigned';
COMMENT ON COLUMN gold_performance_metrics.call_day IS
    'business day of call_time in the zone aggregate_zone.timezone names';
-- Each agent's newest call (its team, agent_teams below) by one index probe.
CREATE INDEX gold_agent_time ON gold_performance_metrics (agent_name, call_time DESC, call_id DESC);

-- The zone the day and hour keys of the aggregates were computed in, and the
-- business days of hours kept. The worker compares them with its settings at
-- start-up and recomputes the aggregates from gold when they differ
-- (converza-etl(1), BUSINESS DAY): days are never mixed across zones.
CREATE TABLE aggregate_zone (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    timezone    text NOT NULL,
    hourly_days integer NOT NULL
);
INSERT INTO aggregate_zone VALUES (true, 'UTC', 0);

-- Per agent per business hour (hour = the instant the local hour began), kept
-- by the same exact deltas as agent_daily_metrics for the hours of the last
-- aggregate_zone.hourly_days business days; older hours are deleted.
CREATE TABLE agent_hourly_metrics (LIKE agent_daily_metrics INCLUDING DEFAULTS);
ALTER TABLE agent_hourly_metrics DROP COLUMN day;
ALTER TABLE agent_hourly_metrics ADD COLUMN hour timestamptz NOT NULL;
ALTER TABLE agent_hourly_metrics ADD PRIMARY KEY (agent_name, hour);
CREATE INDEX agent_hourly_hour ON agent_hourly_metrics (hour);

-- Per team per business day, by the same deltas.
CREATE TABLE team_daily_metrics (LIKE agent_daily_metrics INCLUDING DEFAULTS);
ALTER TABLE team_daily_metrics RENAME COLUMN agent_name TO team;
ALTER TABLE team_daily_metrics ADD PRIMARY KEY (team, day);
DO $$
DECLARE cols text;
BEGIN
    SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
    FROM information_schema.columns
    WHERE table_name = 'agent_daily_metrics' AND table_schema = current_schema()
      AND column_name NOT IN ('agent_name', 'day');
    EXECUTE format('INSERT INTO team_daily_metrics (team, day, %s) SELECT ''unassigned'', day, %s'
                   ' FROM agent_daily_metrics GROUP BY day',
                   cols, (SELECT string_agg(format('sum(%s)', c), ', ')
                          FROM unnest(string_to_array(cols, ', ')) c));
END
$$;

-- Each agent's team: the team of its newest call.
CREATE TABLE agent_teams (
    agent_name text PRIMARY KEY,
    team       text NOT NULL
);
INSERT INTO agent_teams SELECT agent_name, 'unassigned' FROM agent_totals;
