-- 014_drilldown.sql - the dashboard's drill-down: the worker publishes each
-- agent's newest calls after every batch that touches the agent
-- (converza-mqtt(7), calls topics), so it needs them by agent and time
-- without scanning gold.
CREATE INDEX gold_agent_time ON gold_performance_metrics (agent_name, call_time DESC, call_id DESC);
