-- 001_layers.sql - the medallion layers, the aggregates, the run log and quarantine.
-- Applied by converza-etl in one transaction; the version is recorded in
-- converza_schema_version. Never edit an applied migration: add a new file.

-- bronze: the call exactly as received, one row per call_id.
CREATE TABLE bronze_calls (
    call_id      text PRIMARY KEY,
    raw          text NOT NULL,            -- the file's bytes, unchanged
    source_file  text NOT NULL,
    checksum     text NOT NULL,            -- FNV-1a 64 of raw, hex
    batch_id     bigint NOT NULL,
    ingested_at  timestamptz NOT NULL DEFAULT now()
);

-- silver: normalised call with its turns.
CREATE TABLE silver_calls (
    call_id      text PRIMARY KEY,
    agent_name   text NOT NULL,
    call_time    timestamptz NOT NULL,
    transcript   text NOT NULL,            -- cleaned (and PII-redacted when enabled)
    turns        json NOT NULL,            -- [{"speaker":"agent|customer|unknown","text":...}]
    turn_count   integer NOT NULL,
    batch_id     bigint NOT NULL
);

-- gold: one row per call with its KPIs and the evidence behind them.
CREATE TABLE gold_performance_metrics (
    call_id          text PRIMARY KEY,
    agent_name       text NOT NULL,
    call_time        timestamptz NOT NULL,
    call_day         date NOT NULL,        -- UTC day of call_time
    is_conversion    boolean NOT NULL,
    upsell_amount    numeric(12,2) NOT NULL CHECK (upsell_amount >= 0),
    sentiment_label  text NOT NULL CHECK (sentiment_label IN ('positive','neutral','negative')),
    sentiment_score  numeric(5,4) NOT NULL CHECK (sentiment_score BETWEEN -1 AND 1),
    evidence         jsonb NOT NULL,
    rules_version    text NOT NULL,
    batch_id         bigint NOT NULL
);
CREATE INDEX gold_time ON gold_performance_metrics (call_time);

-- Large text compresses with lz4 where the server has it: several times
-- faster to load than the default pglz. (json, not jsonb, for silver turns:
-- validated text that is cheap to load; cast to jsonb to query it.)
DO $$
BEGIN
    ALTER TABLE bronze_calls ALTER COLUMN raw SET COMPRESSION lz4;
    ALTER TABLE silver_calls ALTER COLUMN transcript SET COMPRESSION lz4;
    ALTER TABLE silver_calls ALTER COLUMN turns SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 compression not available; using the default';
END
$$;

-- Per-agent per-day aggregates, kept equal to a GROUP BY over gold inside each
-- batch's transaction, so dashboards never scan gold.
CREATE TABLE agent_daily_metrics (
    agent_name      text NOT NULL,
    day             date NOT NULL,
    calls           bigint NOT NULL,
    conversions     bigint NOT NULL,
    upsell_revenue  numeric(14,2) NOT NULL,
    positive        bigint NOT NULL,
    neutral         bigint NOT NULL,
    negative        bigint NOT NULL,
    sentiment_sum   numeric(14,4) NOT NULL,
    PRIMARY KEY (agent_name, day)
);
CREATE INDEX agent_daily_day ON agent_daily_metrics (day);

-- One row per batch (committed with it), and failures recorded on their own.
CREATE TABLE etl_runs (
    batch_id        bigserial PRIMARY KEY,
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    host            text NOT NULL,
    pid             integer NOT NULL,
    status          text NOT NULL DEFAULT 'running',  -- running, committed, failed
    files_seen      integer NOT NULL DEFAULT 0,
    calls_loaded    integer NOT NULL DEFAULT 0,
    duplicates      integer NOT NULL DEFAULT 0,
    replaced        integer NOT NULL DEFAULT 0,
    quarantined     integer NOT NULL DEFAULT 0,
    prepare_ms      double precision NOT NULL DEFAULT 0,
    load_ms         double precision NOT NULL DEFAULT 0,
    aggregate_ms    double precision NOT NULL DEFAULT 0,
    rules_version   text,
    message         text
);

-- Input that could not be loaded, with the reason a person can act on.
CREATE TABLE quarantine (
    id              bigserial PRIMARY KEY,
    source_file     text NOT NULL,
    line_no         integer,                 -- for multi-call files
    reason          text NOT NULL,
    raw             bytea,                   -- the bytes (up to the size limit)
    batch_id        bigint NOT NULL,
    quarantined_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quarantine_file ON quarantine (source_file);

-- Every input file processed, so a rerun skips it unless it changed.
CREATE TABLE ingested_files (
    path        text PRIMARY KEY,
    size        bigint NOT NULL,
    mtime_ns    bigint NOT NULL,
    outcome     text NOT NULL,              -- loaded, duplicate, quarantined
    batch_id    bigint NOT NULL
);
