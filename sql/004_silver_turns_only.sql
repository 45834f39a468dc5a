-- 004_silver_turns_only.sql - silver keeps the cleaned call once, as its
-- turns. The transcript column held the same text again, rendered as
-- "Agent: ..." lines: a third of the database's size and of the worker's
-- COPY volume. silver_transcripts renders it on demand, as it was.
ALTER TABLE silver_calls DROP COLUMN transcript;
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
