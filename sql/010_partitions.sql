-- 010_partitions.sql - bronze_calls, silver_calls and gold_performance_metrics
-- partitioned by month of the call's time (UTC), so that history does not slow
-- down loading and retention drops whole months (converza-etl prune) instead
-- of deleting rows. Converts the existing tables in place: their rows are
-- copied into the new partitioned tables (no input file is read again).
--
-- Partitions are named <table>_YYYY_MM and hold [first of the month, first
-- of the next) in UTC; <table>_default holds what no month partition covers
-- (nothing the worker writes: it creates the months a batch needs first).
--
-- A primary key of a partitioned table must include the partition key, so
-- the keys are (call_id, call_time): the database alone no longer keeps a
-- call_id unique across months. The worker does, as it did for re-delivery:
-- it is the only writer (the worker lock), looks every call_id of a batch up
-- in all months before loading, and deletes a re-delivered call's old rows
-- (whatever month they are in) before inserting the new ones.

-- Bronze did not carry the call's time: it is taken from silver (the same
-- value the worker parsed from the record).
ALTER TABLE bronze_calls RENAME TO bronze_calls_unpartitioned;
ALTER TABLE silver_calls RENAME TO silver_calls_unpartitioned;
ALTER TABLE gold_performance_metrics RENAME TO gold_performance_metrics_unpartitioned;
ALTER INDEX gold_time RENAME TO gold_time_unpartitioned;

-- LIKE copies the columns (including any later migration's), defaults,
-- CHECK constraints, compression, storage and comments; not the indexes (the
-- old keys lack the partition key).
CREATE TABLE bronze_calls (
    LIKE bronze_calls_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS
        INCLUDING COMPRESSION INCLUDING STORAGE INCLUDING COMMENTS,
    call_time timestamptz NOT NULL,
    PRIMARY KEY (call_id, call_time)
) PARTITION BY RANGE (call_time);
CREATE TABLE silver_calls (
    LIKE silver_calls_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS
        INCLUDING COMPRESSION INCLUDING STORAGE INCLUDING COMMENTS,
    PRIMARY KEY (call_id, call_time)
) PARTITION BY RANGE (call_time);
CREATE TABLE gold_performance_metrics (
    LIKE gold_performance_metrics_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS
        INCLUDING COMPRESSION INCLUDING STORAGE INCLUDING COMMENTS,
    PRIMARY KEY (call_id, call_time)
) PARTITION BY RANGE (call_time);
-- (call_id leads each key: re-delivery looks calls up by call_id alone, in
-- every month, through them.)
CREATE INDEX gold_time ON gold_performance_metrics (call_time);

CREATE TABLE bronze_calls_default PARTITION OF bronze_calls DEFAULT;
CREATE TABLE silver_calls_default PARTITION OF silver_calls DEFAULT;
CREATE TABLE gold_performance_metrics_default PARTITION OF gold_performance_metrics DEFAULT;

-- The month partitions of the three tables for month m (any day of it),
-- created when missing. Rows of that month sitting in a default partition
-- (written by hand) are moved into the new partition, since PostgreSQL
-- refuses to create a partition whose rows are in the default one. Returns
-- how many partitions it created. Called by the worker, outside the batch's
-- transaction, for every month a batch touches.
CREATE FUNCTION converza_ensure_month(m date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    t text;
    first timestamp := date_trunc('month', m::timestamp);
    part text;
    lo text := quote_literal(to_char(first, 'YYYY-MM-DD') || ' 00:00:00+00');
    hi text := quote_literal(to_char(first + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00');
    made integer := 0;
BEGIN
    FOREACH t IN ARRAY ARRAY['bronze_calls', 'silver_calls', 'gold_performance_metrics'] LOOP
        part := t || '_' || to_char(first, 'YYYY_MM');
        IF to_regclass(part) IS NOT NULL THEN
            CONTINUE;
        END IF;
        EXECUTE format('CREATE TEMP TABLE converza_moved (LIKE %I) ON COMMIT DROP', t);
        EXECUTE format('WITH d AS (DELETE FROM %I WHERE call_time >= %s AND call_time < %s'
                       ' RETURNING *) INSERT INTO converza_moved SELECT * FROM d',
                       t || '_default', lo, hi);
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)',
                       part, t, lo, hi);
        EXECUTE format('INSERT INTO %I SELECT * FROM converza_moved', t);
        DROP TABLE converza_moved;
        made := made + 1;
    END LOOP;
    RETURN made;
END $$;

-- How far retention has pruned each layer: every month partition of tbl
-- before `before` was dropped by converza-etl prune (one may be made again
-- later for a call re-delivered into it). The worker looks a call up in
-- silver and gold before bronze's horizon, where bronze no longer has it.
CREATE TABLE converza_pruned (
    tbl     text PRIMARY KEY,
    before  timestamptz NOT NULL
);

-- The newest call's time in gold (NULL when empty) for the dashboard
-- snapshot: max(call_time) over the partitioned table is planned across every
-- partition, a cost that grows with the years kept; the newest month holding
-- a call answers alone. Each month is read through the parent with its
-- bounds (pruned to one partition when planned), so a role allowed to read
-- gold needs nothing on the partitions; what lies past the newest month can
-- only be in the default partition.
CREATE FUNCTION converza_last_call_time() RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    m date;
    t timestamptz;
    later timestamptz;
    newest boolean := true;
BEGIN
    FOR m IN SELECT to_date(right(c.relname, 7), 'YYYY_MM')
             FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
             WHERE i.inhparent = 'gold_performance_metrics'::regclass
               AND c.relname ~ '_[0-9]{4}_[0-9]{2}$'
             ORDER BY 1 DESC LOOP
        IF newest THEN
            SELECT max(call_time) INTO later FROM gold_performance_metrics
            WHERE call_time >= (m + interval '1 month')::timestamp AT TIME ZONE 'UTC';
            newest := false;
        END IF;
        EXECUTE format('SELECT max(call_time) FROM gold_performance_metrics'
                       ' WHERE call_time >= %L AND call_time < %L',
                       m::timestamp AT TIME ZONE 'UTC',
                       (m + interval '1 month')::timestamp AT TIME ZONE 'UTC') INTO t;
        IF t IS NOT NULL OR later IS NOT NULL THEN
            RETURN greatest(t, later);
        END IF;
    END LOOP;
    RETURN (SELECT max(call_time) FROM gold_performance_metrics);
END $$;

-- Every month the old rows fall in, then the rows themselves. A bronze row
-- without silver (none is expected) takes the time it was ingested.
SELECT converza_ensure_month(m)
FROM (SELECT DISTINCT date_trunc('month', call_time AT TIME ZONE 'UTC')::date AS m
      FROM silver_calls_unpartitioned
      UNION
      SELECT DISTINCT date_trunc('month', call_time AT TIME ZONE 'UTC')::date
      FROM gold_performance_metrics_unpartitioned) months;
INSERT INTO silver_calls SELECT * FROM silver_calls_unpartitioned;
INSERT INTO gold_performance_metrics SELECT * FROM gold_performance_metrics_unpartitioned;
INSERT INTO bronze_calls
SELECT b.*, coalesce(s.call_time, b.ingested_at)
FROM bronze_calls_unpartitioned b LEFT JOIN silver_calls_unpartitioned s USING (call_id);

-- The view over silver is rebuilt on the new table, as 004 made it.
DROP VIEW silver_transcripts;
CREATE VIEW silver_transcripts AS
SELECT s.call_id,
       coalesce(string_agg(CASE t.turn->>'speaker'
                               WHEN 'agent' THEN 'Agent: '
                               WHEN 'customer' THEN 'Customer: '
                               ELSE '' END || (t.turn->>'text'),
                           E'\n' ORDER BY t.n), '') AS transcript
FROM silver_calls s
LEFT JOIN LATERAL json_array_elements(s.turns) WITH ORDINALITY AS t(turn, n) ON true
GROUP BY s.call_id;

-- The reader keeps its rights on gold (sql/roles.sql grants them; applying
-- it again after this upgrade is not needed for that).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'converza_readonly')
       AND has_table_privilege('converza_readonly', 'gold_performance_metrics_unpartitioned', 'SELECT') THEN
        GRANT SELECT ON gold_performance_metrics TO converza_readonly;
    END IF;
END $$;

DROP TABLE bronze_calls_unpartitioned, silver_calls_unpartitioned,
           gold_performance_metrics_unpartitioned;
