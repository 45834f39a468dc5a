-- 005_agent_totals.sql - each agent's all-time counters, kept by the same
-- exact deltas as agent_daily_metrics in the batch's transaction, so the
-- dashboard snapshot reads one row per agent instead of summing every day of
-- history (agents x days grows without end; agents do not).
CREATE TABLE agent_totals (
    agent_name           text PRIMARY KEY,
    calls                bigint NOT NULL,
    conversions          bigint NOT NULL,
    upsell_revenue       numeric(16,2) NOT NULL,
    positive             bigint NOT NULL,
    neutral              bigint NOT NULL,
    negative             bigint NOT NULL,
    sentiment_sum        numeric(16,4) NOT NULL,
    timed_calls          bigint NOT NULL,
    duration_ms_sum      bigint NOT NULL,
    agent_talk_bp_sum    bigint NOT NULL,
    customer_talk_bp_sum bigint NOT NULL,
    silence_bp_sum       bigint NOT NULL,
    monologue_ms_sum     bigint NOT NULL,
    interruptions_sum    bigint NOT NULL,
    questions_sum        bigint NOT NULL,
    csat_calls           bigint NOT NULL,
    csat_sum             bigint NOT NULL
);
INSERT INTO agent_totals
SELECT agent_name, sum(calls), sum(conversions), sum(upsell_revenue), sum(positive), sum(neutral),
       sum(negative), sum(sentiment_sum), sum(timed_calls), sum(duration_ms_sum),
       sum(agent_talk_bp_sum), sum(customer_talk_bp_sum), sum(silence_bp_sum),
       sum(monologue_ms_sum), sum(interruptions_sum), sum(questions_sum), sum(csat_calls),
       sum(csat_sum)
FROM agent_daily_metrics GROUP BY agent_name;
