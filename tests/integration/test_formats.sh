#!/bin/sh
# test_formats.sh - real transcript formats through the worker: Harper Valley
# Bank-layout calls, our own fixtures and, where ../shared is present
# (CONVERZA_SHARED), the corpus's 60-call sample (agent, time, duration, task,
# CSAT; nothing quarantined; talk shares at most 100%; a hand-checked call's
# interruptions and silence), JSON Lines with a bad line, plain text and
# Transcribe files.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-formats.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
HVB=$(shared_dir)/data/harper-valley
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
mkdir -p "$IN/own" "$IN/hvb"
cp -r "$TOP/tests/data/formats/hvb/transcript" "$TOP/tests/data/formats/hvb/metadata" "$IN/own/"
if [ -d "$HVB/transcript" ]; then
    cp -r "$HVB/transcript" "$HVB/metadata" "$IN/hvb/"
else
    skip "the Harper Valley Bank sample" "$HVB"
fi
n_hvb=$(ls "$IN"/*/transcript | grep -c '\.json$')

"$BIN/converza-etl" --once --no-mqtt --input "$IN" --db "$DB" --log-level warn
expect_eq "worker loads the Harper Valley sample" "$?" 0
expect_eq "every Harper Valley call in gold" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE source_format = 'hvb'")" "$n_hvb"
expect_eq "no Harper Valley file quarantined" "$(sql 'SELECT count(*) FROM quarantine')" 0
expect_eq "metadata files are not calls" "$(sql "SELECT count(*) FROM bronze_calls WHERE source_file LIKE '%/metadata/%'")" 0
expect_eq "each metadata file recorded as its transcript's sibling" \
    "$(sql "SELECT count(*), count(*) FILTER (WHERE outcome = 'sibling') FROM ingested_files WHERE path LIKE '%/metadata/%'")" "$n_hvb|$n_hvb"

# Agent, time, duration and task against the metadata files.
sql "SELECT call_id, agent_name, extract(epoch FROM call_time)::bigint, duration_ms, task, coalesce(csat::text, '')
     FROM gold_performance_metrics ORDER BY 1" >"$WORK/gold.txt"
res=$(python3 - "$WORK/gold.txt" "$IN"/*/metadata <<'PY'
import json, os, sys
gold, meta_dirs = sys.argv[1], sys.argv[2:]
bad = []
rows = {l.split("|")[0]: l.split("|") for l in open(gold).read().splitlines() if l}
for meta_dir, f in sorted((d, f) for d in meta_dirs for f in os.listdir(d)):
    sid = f[:-5]
    m = json.load(open(os.path.join(meta_dir, f)))
    r = rows.get(sid)
    if not r: bad.append(sid + " missing"); continue
    _, agent, epoch, dur, task, csat = r
    if agent != m["agent"]["metadata"]["agent_name"].strip(): bad.append(sid + " agent")
    if int(epoch) != m["start_time_ms"] // 1000: bad.append(sid + " time")
    if int(dur) != m["end_time_ms"] - m["start_time_ms"]: bad.append(sid + " duration " + dur)
    if task != m["tasks"][0]["task_type"]: bad.append(sid + " task")
    sv = (m["caller"].get("survey_response") or {}).get("data") or {}
    want = sv.get("partner_rating", "")
    if csat != str(want).strip(): bad.append(sid + " csat")
print("ok" if not bad else " ".join(bad[:5]))
PY
)
expect_eq "agent, time, duration, task and CSAT match the metadata" "$res" ok
expect_eq "talk shares add up to at most 100%" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE agent_talk_pct + customer_talk_pct + silence_pct > 100.005")" 0
# tests/unit/test_formats.c works these out by hand for our fixture; the
# corpus's call 0002f70f7386445b was checked by hand the same way.
expect_eq "hand-checked call: interruptions and silence" \
    "$(sql "SELECT interruptions || ' ' || silence_pct FROM gold_performance_metrics WHERE call_id = 'a1c4e7f0b2d5e8f1'")" "3 43.11"
if [ -d "$HVB/transcript" ]; then
    expect_eq "hand-checked corpus call: interruptions and silence" \
        "$(sql "SELECT interruptions || ' ' || silence_pct FROM gold_performance_metrics WHERE call_id = '0002f70f7386445b'")" "2 61.32"
fi
expect_eq "turn times kept in silver" \
    "$(sql "SELECT count(*) FROM silver_calls WHERE source_format = 'hvb' AND turns::jsonb->0 ? 'start_ms'")" "$n_hvb"
AGG_EQ="SELECT count(*) FROM (
  SELECT agent_name, day, timed_calls, duration_ms_sum, agent_talk_bp_sum, silence_bp_sum, interruptions_sum, csat_calls, csat_sum FROM agent_daily_metrics
  EXCEPT SELECT agent_name, call_day, count(duration_ms), coalesce(sum(duration_ms), 0), coalesce(sum(agent_talk_pct * 100), 0)::bigint,
         coalesce(sum(silence_pct * 100), 0)::bigint, coalesce(sum(interruptions), 0), count(csat), coalesce(sum(csat), 0)
  FROM gold_performance_metrics GROUP BY 1, 2) d"
expect_eq "conversation aggregates equal GROUP BY over gold" "$(sql "$AGG_EQ")" 0

# JSON Lines: a bad line is quarantined alone with its line number.
mkdir -p "$IN/jl"
{
    echo '{"call_id":"JL1","agent_name":"Ann Lee","timestamp":"2025-05-01T10:00:00Z","transcript_text":"Agent: Hi. Customer: Sign me up please."}'
    echo '{"call_id":"JL2","agent_name":"Ann Lee","timestamp":"2025-05-01T11:00:00Z"'
    echo '{"call_id":"JL3","agent_name":"Bo Chen","timestamp":"2025-05-01T12:00:00Z","transcript_text":"Agent: Hello. Customer: Thanks, bye."}'
} >"$IN/jl/calls.jsonl"
# Plain text with header lines.
printf 'Agent-Name: Cara Diaz\nTimestamp: 2025-05-02T09:30:00Z\n\nAgent: Would you like to book the repair for Friday?\nCustomer: Yes, book it.\n' >"$IN/jl/TXT1.txt"
"$BIN/converza-etl" --once --no-mqtt --input "$IN" --db "$DB" --log-level error
expect_eq "second run exits 0" "$?" 0
expect_eq "JSON Lines good lines loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id IN ('JL1','JL3')")" 2
expect_eq "JSON Lines bad line quarantined with its line number" \
    "$(sql "SELECT line_no FROM quarantine WHERE source_file LIKE '%calls.jsonl'")" 2
expect_eq "JSON Lines line recorded in silver" "$(sql "SELECT source_line FROM silver_calls WHERE call_id = 'JL3'")" 3
expect_eq "text transcript loaded with its header" \
    "$(sql "SELECT agent_name || '|' || source_format FROM gold_performance_metrics WHERE call_id = 'TXT1'")" "Cara Diaz|text"
expect_eq "seed-format calls have no conversation times" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE source_format = 'jsonl' AND duration_ms IS NULL")" 2
"$BIN/converza-etl" report --json --db "$DB" >"$WORK/report.json"
expect_eq "report exits 0" "$?" 0
t_end
