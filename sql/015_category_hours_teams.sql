-- 015_category_hours_teams.sql - calls per call category per agent per
-- business hour and per team per business day, kept by the same exact
-- deltas as agent_daily_categories in the batch's transaction (a call
-- delivered again that moves to another hour or team moves its categories
-- with it), so that snapshots and team alert rules never scan gold. Hours
-- are kept as long as agent_hourly_metrics keeps them (aggregate_zone
-- .hourly_days business days). A group with no calls left has no row, as in
-- a GROUP BY over gold.
CREATE TABLE agent_hourly_categories (
    agent_name text NOT NULL,
    hour       timestamptz NOT NULL,
    category   text NOT NULL,
    calls      bigint NOT NULL,
    PRIMARY KEY (agent_name, hour, category)
);
CREATE INDEX agent_hourly_categories_hour ON agent_hourly_categories (hour);

CREATE TABLE team_daily_categories (
    team     text NOT NULL,
    day      date NOT NULL,
    category text NOT NULL,
    calls    bigint NOT NULL,
    PRIMARY KEY (team, day, category)
);
CREATE INDEX team_daily_categories_day ON team_daily_categories (day);

-- The history so far, from gold (the hour of a call: the start of its local
-- hour in the aggregates' zone, as agent_hourly_metrics has it).
INSERT INTO team_daily_categories (team, day, category, calls)
SELECT g.team, g.call_day, c.category, count(*)
FROM gold_performance_metrics g, unnest(g.categories) AS c(category)
GROUP BY 1, 2, 3;

INSERT INTO agent_hourly_categories (agent_name, hour, category, calls)
SELECT g.agent_name,
       g.call_time - ((g.call_time AT TIME ZONE z.timezone)
                      - date_trunc('hour', g.call_time AT TIME ZONE z.timezone)),
       c.category, count(*)
FROM gold_performance_metrics g CROSS JOIN aggregate_zone z, unnest(g.categories) AS c(category)
WHERE g.call_time >= (date_trunc('day', now() AT TIME ZONE z.timezone)
                      - (z.hourly_days - 1) * interval '1 day') AT TIME ZONE z.timezone
GROUP BY 1, 2, 3;

-- A database set up with sql/roles.sql: the read-only role reads these as it
-- reads the other aggregates (running roles.sql again would do the same).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'converza_readonly')
       AND has_table_privilege('converza_readonly', 'agent_daily_categories', 'SELECT') THEN
        GRANT SELECT ON agent_hourly_categories, team_daily_categories TO converza_readonly;
    END IF;
END $$;
