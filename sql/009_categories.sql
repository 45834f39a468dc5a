-- 009_categories.sql - call categories (converza-rules(5) [category NAME]):
-- the categories each gold row's call matched (their matching words are in
-- its evidence, under "categories"), and calls per category per agent per
-- day and per agent in all, kept by the same exact deltas as
-- agent_daily_metrics and agent_totals in the batch's transaction, so that
-- snapshots and alert rules never scan gold. A group with no calls left has
-- no row, as in a GROUP BY over gold.
ALTER TABLE gold_performance_metrics
    ADD COLUMN categories text[] NOT NULL DEFAULT '{}';

CREATE TABLE agent_daily_categories (
    agent_name text NOT NULL,
    day        date NOT NULL,
    category   text NOT NULL,
    calls      bigint NOT NULL,
    PRIMARY KEY (agent_name, day, category)
);
CREATE INDEX agent_daily_categories_day ON agent_daily_categories (day);

CREATE TABLE agent_category_totals (
    agent_name text NOT NULL,
    category   text NOT NULL,
    calls      bigint NOT NULL,
    PRIMARY KEY (agent_name, category)
);

-- The worker's active alerts (converza.conf(5) alert rules), as the JSON it
-- publishes retained on PREFIX/alerts, so a restarted worker knows which
-- alerts were raised and since when instead of raising them again.
CREATE TABLE alerts_state (
    id      integer PRIMARY KEY CHECK (id = 1),
    payload text NOT NULL,
    updated timestamptz NOT NULL DEFAULT now()
);
