-- 002_conversation.sql - conversation metrics for sources with times (speech-
-- to-text formats), the task and the caller's survey rating. NULL means the
-- source does not say: never zero.

ALTER TABLE gold_performance_metrics
    ADD COLUMN source_format        text,
    ADD COLUMN task                 text,
    ADD COLUMN csat                 smallint CHECK (csat BETWEEN 0 AND 10),
    ADD COLUMN duration_ms          bigint CHECK (duration_ms >= 0),
    ADD COLUMN agent_talk_pct       numeric(5,2) CHECK (agent_talk_pct BETWEEN 0 AND 100),
    ADD COLUMN customer_talk_pct    numeric(5,2) CHECK (customer_talk_pct BETWEEN 0 AND 100),
    ADD COLUMN silence_pct          numeric(5,2) CHECK (silence_pct BETWEEN 0 AND 100),
    ADD COLUMN longest_monologue_ms bigint CHECK (longest_monologue_ms >= 0),
    ADD COLUMN interruptions        integer CHECK (interruptions >= 0),
    ADD COLUMN customer_questions   integer CHECK (customer_questions >= 0);

ALTER TABLE silver_calls
    ADD COLUMN source_format text,
    ADD COLUMN source_line   integer;

-- Per-agent per-day sums behind the averages (timed_calls counts the calls
-- whose source has times; shares are summed in basis points).
ALTER TABLE agent_daily_metrics
    ADD COLUMN timed_calls          bigint NOT NULL DEFAULT 0,
    ADD COLUMN duration_ms_sum      bigint NOT NULL DEFAULT 0,
    ADD COLUMN agent_talk_bp_sum    bigint NOT NULL DEFAULT 0,
    ADD COLUMN customer_talk_bp_sum bigint NOT NULL DEFAULT 0,
    ADD COLUMN silence_bp_sum       bigint NOT NULL DEFAULT 0,
    ADD COLUMN monologue_ms_sum     bigint NOT NULL DEFAULT 0,
    ADD COLUMN interruptions_sum    bigint NOT NULL DEFAULT 0,
    ADD COLUMN questions_sum        bigint NOT NULL DEFAULT 0,
    ADD COLUMN csat_calls           bigint NOT NULL DEFAULT 0,
    ADD COLUMN csat_sum             bigint NOT NULL DEFAULT 0;
