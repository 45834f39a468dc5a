#!/bin/sh
# test_etl.sh - the worker against a real PostgreSQL: layer counts, idempotence,
# re-delivery, aggregates equal to a GROUP BY over gold, quarantine reasons,
# report --json against SQL, schema version guard, analyze.
set -u
. "$(dirname "$0")/../lib.sh"
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
WORK=$(mktemp -d /tmp/cz-etl.XXXXXX)
IN=$WORK/in
mkdir -p "$IN/sub"
start_pg || { fail "start postgres"; t_end; }
ETL="$BIN/converza-etl"
etl() { "$ETL" --no-mqtt --db "$DB" --log-level warn "$@"; }

"$BIN/converza-gen" --calls 300 --seed 7 --agents 6 --out "$IN" >/dev/null 2>&1
check "generator wrote the input" test "$(ls "$IN" | grep -c '\.json$')" -eq 300
mv "$IN"/GEN_00001*.json "$IN/sub/"  # some files in a subdirectory
printf '{"call_id": "BAD1", "agent_name": ' >"$IN/truncated.json"
printf '{"call_id": "BAD2", "timestamp": "2025-01-01T10:00:00", "transcript_text": "Agent: hi"}' >"$IN/noagent.json"
printf '{"call_id": "BAD3", "agent_name": "Ann", "timestamp": "yesterday", "transcript_text": "Agent: hi"}' >"$IN/badtime.json"
printf '{"call_id": 4, "agent_name": "Ann", "timestamp": "2025-01-01T10:00:00", "transcript_text": "Agent: hi"}' >"$IN/badtype.json"

etl --once --input "$IN" --batch-size 64
expect_eq "first run exits 0" "$?" 0
expect_eq "bronze has every valid call" "$(sql 'SELECT count(*) FROM bronze_calls')" 300
expect_eq "silver has every valid call" "$(sql 'SELECT count(*) FROM silver_calls')" 300
expect_eq "gold has every valid call" "$(sql 'SELECT count(*) FROM gold_performance_metrics')" 300
expect_eq "silver turns split into speakers" \
    "$(sql "SELECT count(*) FROM silver_calls WHERE turns::jsonb @> '[{\"speaker\":\"agent\"}]' AND turns::jsonb @> '[{\"speaker\":\"customer\"}]'")" 300
expect_eq "bronze keeps raw bytes" \
    "$(sql "SELECT count(*) FROM bronze_calls WHERE raw::jsonb->>'call_id' = call_id")" 300
expect_eq "four files quarantined" "$(sql 'SELECT count(*) FROM quarantine')" 4
expect_eq "truncated JSON reason" "$(sql "SELECT reason LIKE 'invalid JSON%' FROM quarantine WHERE source_file LIKE '%/truncated.json'")" t
expect_eq "missing field reason" "$(sql "SELECT reason FROM quarantine WHERE source_file LIKE '%/noagent.json'")" "missing field agent_name"
expect_eq "bad timestamp reason" "$(sql "SELECT reason LIKE 'unparseable timestamp%' FROM quarantine WHERE source_file LIKE '%/badtime.json'")" t
expect_eq "wrong type reason" "$(sql "SELECT reason FROM quarantine WHERE source_file LIKE '%/badtype.json'")" "field call_id must be a string, got number"
expect_eq "run log counts every file" "$(sql "SELECT sum(files_seen), sum(calls_loaded), sum(quarantined) FROM etl_runs WHERE status = 'committed'")" "304|300|4"
expect_eq "batches of at most 64 files" "$(sql 'SELECT max(files_seen) <= 64 FROM etl_runs')" t
expect_eq "rules version stored on gold" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE rules_version <> ''")" 300

expect_eq "aggregates equal GROUP BY over gold" "$(sql "$AGG_EQ")" 0

FP="SELECT md5(string_agg(call_id || agent_name || is_conversion || upsell_amount || sentiment_label || batch_id, ',' ORDER BY call_id)) FROM gold_performance_metrics"
before=$(sql "$FP")
runs_before=$(sql 'SELECT count(*) FROM etl_runs')
etl --once --input "$IN" --batch-size 64
expect_eq "second run exits 0" "$?" 0
expect_eq "second run changes no gold row" "$(sql "$FP")" "$before"
expect_eq "second run records no batch" "$(sql 'SELECT count(*) FROM etl_runs')" "$runs_before"
expect_eq "second run quarantines nothing new" "$(sql 'SELECT count(*) FROM quarantine')" 4

# The same call delivered again with different content replaces it everywhere.
victim=$(ls "$IN"/*.json | grep GEN | head -n 1)
vid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["call_id"])' "$victim")
python3 - "$victim" "$IN/redelivered.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["agent_name"] = "Zed Replacement"
d["transcript_text"] = "Agent: Would you like the premium plan? Customer: Yes, sign me up today. Agent: Done. Customer: Thank you so much, this was really helpful."
json.dump(d, open(sys.argv[2], "w"))
PY
cp "$IN/sub/$(ls "$IN/sub" | head -n 1)" "$IN/dupcopy.json" 2>/dev/null || cp "$(ls "$IN"/GEN*.json | tail -n 1)" "$IN/dupcopy.json"
etl --once --input "$IN"
expect_eq "re-delivery run exits 0" "$?" 0
expect_eq "re-delivered call replaced in gold" "$(sql "SELECT agent_name FROM gold_performance_metrics WHERE call_id = '$vid'")" "Zed Replacement"
expect_eq "re-delivered call replaced in silver" "$(sql "SELECT agent_name FROM silver_calls WHERE call_id = '$vid'")" "Zed Replacement"
expect_eq "silver_transcripts renders its turns, a line each" \
    "$(sql "SELECT replace(transcript, E'\\n', '|') FROM silver_transcripts WHERE call_id = '$vid'")" \
    "Agent: Would you like the premium plan?|Customer: Yes, sign me up today.|Agent: Done.|Customer: Thank you so much, this was really helpful."
expect_eq "re-delivered call replaced in bronze" "$(sql "SELECT source_file LIKE '%redelivered.json' FROM bronze_calls WHERE call_id = '$vid'")" t
expect_eq "still one row per call" "$(sql 'SELECT count(*) FROM gold_performance_metrics')" 300
expect_eq "run log shows the replacement and the duplicate" "$(sql "SELECT replaced, duplicates FROM etl_runs ORDER BY batch_id DESC LIMIT 1")" "1|1"
expect_eq "aggregates still equal GROUP BY after replacement" "$(sql "$AGG_EQ")" 0
expect_eq "new agent has an aggregate row" "$(sql "SELECT sum(calls) FROM agent_daily_metrics WHERE agent_name = 'Zed Replacement'")" 1

# report --json against SQL over gold.
"$ETL" report --json --db "$DB" >"$WORK/report.json"
expect_eq "report exits 0" "$?" 0
sql "SELECT agent_name, count(*), count(*) FILTER (WHERE is_conversion), sum(upsell_amount),
            count(*) FILTER (WHERE sentiment_label='positive'), count(*) FILTER (WHERE sentiment_label='neutral'),
            count(*) FILTER (WHERE sentiment_label='negative')
     FROM gold_performance_metrics GROUP BY 1 ORDER BY 1" >"$WORK/gold.txt"
cmp=$(python3 - "$WORK/report.json" "$WORK/gold.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rows = [l.split("|") for l in open(sys.argv[2]).read().split("\n") if l]
bad = []
tot = [0, 0, 0.0, 0, 0, 0]
agents = {a["agent_name"]: a for a in r["agents"]}
for name, calls, conv, rev, pos, neu, neg in rows:
    a = agents.get(name)
    vals = [int(calls), int(conv), float(rev), int(pos), int(neu), int(neg)]
    for i, v in enumerate(vals): tot[i] += v
    if a is None: bad.append("missing " + name); continue
    got = [a["calls"], a["conversions"], a["upsell_revenue"], a["sentiment"]["positive"], a["sentiment"]["neutral"], a["sentiment"]["negative"]]
    if [round(x, 2) for x in got] != [round(x, 2) for x in vals]: bad.append(name)
    if abs(a["conversion_rate"] - round(100.0 * vals[1] / vals[0], 2)) > 0.006: bad.append(name + " rate")
    if abs(a["avg_upsell_per_call"] - round(vals[2] / vals[0], 2)) > 0.006: bad.append(name + " avg")
o = r["overall"]
if [o["calls"], o["conversions"], round(o["upsell_revenue"], 2)] != [tot[0], tot[1], round(tot[2], 2)]: bad.append("overall")
if len(agents) != len(rows): bad.append("agent count")
print("ok" if not bad else " ".join(bad))
PY
)
expect_eq "report --json equals SQL over gold" "$cmp" ok
"$ETL" report --db "$DB" >"$WORK/report.txt"
check "report table has the overall row" grep -q '^OVERALL' "$WORK/report.txt"

# analyze: no database; one JSON line per call; unreadable files named on stderr.
"$ETL" analyze "$victim" "$IN/redelivered.json" >"$WORK/an.jsonl" 2>"$WORK/an.err"
expect_eq "analyze exits 0" "$?" 0
expect_eq "analyze prints one line per call" "$(wc -l <"$WORK/an.jsonl" | tr -d ' ')" 2
expect_eq "analyze finds the commitment" \
    "$(python3 -c 'import json,sys; d=[json.loads(l) for l in open(sys.argv[1])][1]; print(d["is_conversion"], d["sentiment_label"], sorted(d))' "$WORK/an.jsonl")" \
    "True positive ['agent_name', 'call_id', 'evidence', 'is_conversion', 'sentiment_label', 'sentiment_score', 'upsell_amount']"
"$ETL" analyze "$WORK/nope.json" >/dev/null 2>"$WORK/an.err"
rc=$?
check "analyze fails on a missing file" test "$rc" -ne 0
check "analyze names the missing file" grep -q nope.json "$WORK/an.err"

# A database with a newer schema is refused.
sql "INSERT INTO converza_schema_version VALUES (999, '999_future')" >/dev/null
etl --once --input "$IN" 2>"$WORK/future.err"
expect_eq "newer schema refused with exit 78" "$?" 78
check "newer schema message says so" grep -q "upgrade converza-etl" "$WORK/future.err"
sql "DELETE FROM converza_schema_version WHERE version = 999" >/dev/null

# Usage and configuration errors have their own exit codes.
"$ETL" --bogus >/dev/null 2>&1
expect_eq "unknown option exits 64" "$?" 64
echo "batch_size = lots" >"$WORK/bad.conf"
"$ETL" --config "$WORK/bad.conf" --once --input "$IN" >/dev/null 2>&1
expect_eq "bad config exits 78" "$?" 78
"$ETL" --once --input "$IN" --db "host=$PGDIR port=1 user=postgres dbname=converza" --give-up-after 1 --no-mqtt >/dev/null 2>&1
expect_eq "unreachable database exits 69" "$?" 69
"$ETL" --help | grep -q -- '--batch-size'
expect_eq "--help prints usage and exits 0" "$?" 0
# Flags over environment over config file.
printf 'batch_size = 3\nlog_level = debug\n' >"$WORK/ok.conf"
mkdir -p "$WORK/in2" && cp "$IN"/GEN*.json "$WORK/in2/" 2>/dev/null
ls "$WORK/in2" | head -n 10 | sed "s|^|$WORK/in2/|" >"$WORK/keep"; for f in "$WORK"/in2/*; do grep -qx "$f" "$WORK/keep" || rm "$f"; done
sql "TRUNCATE ingested_files" >/dev/null
CONVERZA_BATCH_SIZE=4 "$ETL" --config "$WORK/ok.conf" --no-mqtt --db "$DB" --once --input "$WORK/in2" --log-level warn
expect_eq "environment beats config file (batch of 4)" "$(sql 'SELECT max(files_seen) FROM etl_runs WHERE batch_id > (SELECT max(batch_id) - 3 FROM etl_runs)')" 4
t_end
