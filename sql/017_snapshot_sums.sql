-- 017_snapshot_sums.sql - the sums the snapshot reads after every batch, kept
-- small so that reading them costs the same however full the windows are:
--
-- floor_daily_metrics: the whole floor's counters per business day, equal to
--   a GROUP BY day over agent_daily_metrics (one row a day instead of one per
--   agent and day): today, the last 7 days, the 30-day trend and the floor's
--   baseline window.
-- agent_window_metrics: each agent's counters summed over a window of days
--   [first_day, last_day] that agent_windows lists, equal to a GROUP BY
--   agent_name over agent_daily_metrics in that window (one row per agent
--   instead of one per agent and day): the agents' last 7 days and their
--   baseline window.
--
-- Both follow agent_daily_metrics by the exact deltas of every statement that
-- writes it (a statement trigger over its transition tables), whoever writes
-- it: a batch, a call delivered again, reprocess, the recompute for another
-- business zone (retention never touches the aggregates). A group with no
-- calls left has no row, as in a GROUP BY. The windows kept are set by each
-- batch in its transaction (converza_keep_windows, for its business day and
-- the baseline_days setting); a reader whose window is not kept sums
-- agent_daily_metrics instead, as before.
--
-- The counters are agent_daily_metrics' columns after the keys: a migration
-- that adds a counter adds it to these two tables too, then calls
-- converza_define_follow() to rebuild the trigger's function.
CREATE TABLE floor_daily_metrics (LIKE agent_daily_metrics INCLUDING DEFAULTS);
ALTER TABLE floor_daily_metrics DROP COLUMN agent_name;
ALTER TABLE floor_daily_metrics ADD PRIMARY KEY (day);

CREATE TABLE agent_windows (
    first_day date NOT NULL,
    last_day  date NOT NULL,
    PRIMARY KEY (first_day, last_day)
);
CREATE TABLE agent_window_metrics (LIKE agent_daily_metrics INCLUDING DEFAULTS);
ALTER TABLE agent_window_metrics DROP COLUMN day;
ALTER TABLE agent_window_metrics ADD COLUMN first_day date NOT NULL;
ALTER TABLE agent_window_metrics ADD COLUMN last_day date NOT NULL;
ALTER TABLE agent_window_metrics ADD PRIMARY KEY (first_day, last_day, agent_name);
-- Sums over many agents or days: numeric without the daily rows' precision
-- limit, so that no sum refuses what the daily rows hold (the scale stays
-- the daily rows': a sum of numeric(14,2) has two decimals).
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT a.attrelid::regclass AS t, a.attname FROM pg_attribute a
             WHERE a.attrelid IN ('floor_daily_metrics'::regclass, 'agent_window_metrics'::regclass)
               AND a.atttypid = 'numeric'::regtype AND NOT a.attisdropped LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE numeric', c.t, c.attname);
    END LOOP;
END $$;

-- The counter columns of agent_daily_metrics, each as fmt renders it (%1$s
-- for the column's name), joined by sep.
CREATE FUNCTION converza_counter_list(fmt text, sep text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT string_agg(format(fmt, a.attname), sep ORDER BY a.attnum)
    FROM pg_attribute a
    WHERE a.attrelid = 'agent_daily_metrics'::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname NOT IN ('agent_name', 'day')
$$;

-- (Re)creates converza_daily_follow(), the trigger's function, with the
-- counters spelt out (static SQL, planned once per session).
CREATE FUNCTION converza_define_follow() RETURNS void
LANGUAGE plpgsql AS $def$
DECLARE
    cols text := converza_counter_list('%1$s', ', ');
    neg text := converza_counter_list('-%1$s', ', ');
    sums text := converza_counter_list('sum(%1$s)', ', ');
    adds text := converza_counter_list('%1$s = t.%1$s + EXCLUDED.%1$s', ', ');
BEGIN
    EXECUTE format($f$
CREATE OR REPLACE FUNCTION converza_daily_follow() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    -- The statement's change per agent and day: rows written minus rows
    -- replaced or deleted.
    IF to_regclass('pg_temp.daily_follow') IS NULL THEN
        CREATE TEMP TABLE daily_follow
            (LIKE agent_daily_metrics INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO daily_follow (agent_name, day, %1$s)
        SELECT agent_name, day, %1$s FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO daily_follow (agent_name, day, %1$s)
        SELECT agent_name, day, %1$s FROM new_rows
        UNION ALL SELECT agent_name, day, %2$s FROM old_rows;
    ELSE
        INSERT INTO daily_follow (agent_name, day, %1$s)
        SELECT agent_name, day, %2$s FROM old_rows;
    END IF;
    INSERT INTO floor_daily_metrics AS t (day, %1$s)
    SELECT day, %3$s FROM daily_follow GROUP BY day
    ON CONFLICT (day) DO UPDATE SET %4$s;
    DELETE FROM floor_daily_metrics t
    WHERE t.calls = 0 AND t.day IN (SELECT day FROM daily_follow);
    INSERT INTO agent_window_metrics AS t (first_day, last_day, agent_name, %1$s)
    SELECT w.first_day, w.last_day, d.agent_name, %3$s
    FROM daily_follow d JOIN agent_windows w ON d.day BETWEEN w.first_day AND w.last_day
    GROUP BY 1, 2, 3
    ON CONFLICT (first_day, last_day, agent_name) DO UPDATE SET %4$s;
    DELETE FROM agent_window_metrics t USING daily_follow d
    WHERE t.calls = 0 AND t.agent_name = d.agent_name
      AND d.day BETWEEN t.first_day AND t.last_day;
    DELETE FROM daily_follow;
    RETURN NULL;
END $body$
$f$, cols, neg, sums, adds);
END $def$;
SELECT converza_define_follow();

CREATE TRIGGER agent_daily_follow_insert AFTER INSERT ON agent_daily_metrics
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION converza_daily_follow();
CREATE TRIGGER agent_daily_follow_update AFTER UPDATE ON agent_daily_metrics
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION converza_daily_follow();
CREATE TRIGGER agent_daily_follow_delete AFTER DELETE ON agent_daily_metrics
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION converza_daily_follow();

-- Makes the windows kept exactly [firsts[i], lasts[i]]: those no longer
-- wanted go with their rows, new ones are summed from agent_daily_metrics
-- (once a business day, by the day's first batch); windows already kept are
-- left as the trigger keeps them. Called in the batch's transaction, under
-- the worker lock.
CREATE FUNCTION converza_keep_windows(firsts date[], lasts date[]) RETURNS void
LANGUAGE plpgsql AS $def$
BEGIN
    DELETE FROM agent_windows w WHERE NOT EXISTS
        (SELECT 1 FROM unnest(firsts, lasts) k(f, l) WHERE k.f = w.first_day AND k.l = w.last_day);
    DELETE FROM agent_window_metrics m WHERE NOT EXISTS
        (SELECT 1 FROM agent_windows w WHERE w.first_day = m.first_day AND w.last_day = m.last_day);
    EXECUTE format($q$
        WITH k AS (INSERT INTO agent_windows (first_day, last_day)
                   SELECT DISTINCT f, l FROM unnest($1::date[], $2::date[]) u(f, l)
                   ON CONFLICT DO NOTHING RETURNING first_day, last_day)
        INSERT INTO agent_window_metrics (first_day, last_day, agent_name, %1$s)
        SELECT k.first_day, k.last_day, d.agent_name, %2$s
        FROM k JOIN agent_daily_metrics d ON d.day BETWEEN k.first_day AND k.last_day
        GROUP BY 1, 2, 3$q$,
        converza_counter_list('%1$s', ', '), converza_counter_list('sum(d.%1$s)', ', '))
        USING firsts, lasts;
END $def$;

-- The floor's days so far.
DO $$
BEGIN
    EXECUTE format('INSERT INTO floor_daily_metrics (day, %s) SELECT day, %s'
                   ' FROM agent_daily_metrics GROUP BY day',
                   converza_counter_list('%1$s', ', '), converza_counter_list('sum(%1$s)', ', '));
END $$;

-- A database set up with sql/roles.sql: the read-only role reads these as it
-- reads the other aggregates (running roles.sql again would do the same).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'converza_readonly')
       AND has_table_privilege('converza_readonly', 'agent_daily_metrics', 'SELECT') THEN
        GRANT SELECT ON floor_daily_metrics, agent_windows, agent_window_metrics TO converza_readonly;
    END IF;
END $$;
