-- 016_call_index.sql - where each call is: call_id -> the call's time, the
-- partition key of its rows in bronze_calls, silver_calls and
-- gold_performance_metrics (migration 010). The layers are partitioned by
-- month, so a look-up by call_id alone probes every month's index, a cost that
-- grows with the years kept; here it is one probe of one index, and the
-- worker then reads, deletes or replaces a re-delivered call's rows in its own
-- month only.
--
-- Kept by the worker in each batch's transaction: a loaded call's row is
-- written with its rows in the layers; a replaced call's row is deleted with
-- its old rows (returning their time) and written again with the new time. A
-- reprocessed call whose time changed has its bronze row moved to the new
-- time, so every layer holding a call holds it at this time. Retention
-- (converza-etl prune) deletes the rows of the months that no layer holds any
-- more. A row whose month a layer has dropped is harmless: the worker finds
-- the call's rows where they still are, and nothing in the dropped month.
CREATE TABLE call_index (
    call_id   text PRIMARY KEY,
    call_time timestamptz NOT NULL
);
-- Retention deletes by time, and the snapshot's newest call reads its end.
CREATE INDEX call_index_time ON call_index (call_time);

-- An existing database: every call in any layer, at its time in gold, else
-- silver, else bronze (the same time in all three, as the worker wrote them),
-- in the order of time, as a worker loading day after day would have written
-- them (retention then deletes contiguous pages).
INSERT INTO call_index (call_id, call_time)
SELECT call_id, call_time FROM (
    SELECT DISTINCT ON (call_id) call_id, call_time
    FROM (SELECT call_id, call_time, 1 AS pref FROM gold_performance_metrics
          UNION ALL SELECT call_id, call_time, 2 FROM silver_calls
          UNION ALL SELECT call_id, call_time, 3 FROM bronze_calls) l
    ORDER BY call_id, pref, call_time DESC) c
ORDER BY call_time;

-- A call whose layers disagree on its time (none is expected: only a
-- reprocess could have moved silver and gold without bronze) is put at one
-- time in all of them, as the worker keeps them from now on.
UPDATE bronze_calls b SET call_time = i.call_time FROM call_index i
WHERE b.call_id = i.call_id AND b.call_time <> i.call_time;
UPDATE silver_calls s SET call_time = i.call_time FROM call_index i
WHERE s.call_id = i.call_id AND s.call_time <> i.call_time;

-- The newest call's time in gold for the snapshot: the end of call_index's
-- time index, at or after gold's retention horizon (every call there is in
-- gold, since gold keeps those months), instead of a walk through gold's
-- partitions in the catalog. Without a call there (or without the right to
-- read call_index: sql/roles.sql grants it to the reader), gold's newest
-- non-empty month answers, as before.
CREATE OR REPLACE FUNCTION converza_last_call_time() RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    m date;
    t timestamptz;
    later timestamptz;
    newest boolean := true;
BEGIN
    IF has_table_privilege('call_index', 'SELECT')
       AND has_table_privilege('converza_pruned', 'SELECT') THEN
        SELECT max(call_time) INTO t FROM call_index
        WHERE call_time >= coalesce((SELECT before FROM converza_pruned
                                     WHERE tbl = 'gold_performance_metrics'), '-infinity');
        IF t IS NOT NULL THEN
            RETURN t;
        END IF;
    END IF;
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

-- The reader keeps what it could read (call ids and times are in gold too).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'converza_readonly')
       AND has_table_privilege('converza_readonly', 'gold_performance_metrics', 'SELECT') THEN
        GRANT SELECT ON call_index TO converza_readonly;
    END IF;
END $$;
