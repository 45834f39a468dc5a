#!/bin/sh
# test_s3.sh - S3-compatible object storage as input, against a real
# S3-compatible server (s3rver) on loopback:
#   - more than 1,000 objects (several ListObjectsV2 pages) under nested
#     prefixes load once; a second run loads nothing;
#   - an object replaced with new content replaces its call; one deleted
#     after loading changes nothing; a malformed one is quarantined under its
#     key while the good ones load; temporary names are skipped;
#   - wrong credentials: a clear error, exit 77, nothing loaded, the secret
#     never printed;
#   - the server stopped in the middle of a run: the run retries and ends
#     with everything loaded once; stopped for longer than s3_retry_for: the
#     run exits 69 and the next run loads the rest, nothing twice;
#   - after_load delete and move:s3://... (quarantined objects under
#     quarantined/), and objects left behind by a run stopped between commit
#     and removal are removed by the next run, not loaded again;
#   - local and S3 inputs in one run.
# Aggregates are checked against gold after each step.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-s3.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_s3 calls archive || { fail "start s3rver"; t_end; }
ETL="$BIN/converza-etl"
# A broken test fails in seconds rather than after the default five minutes.
export CONVERZA_S3_RETRY_FOR=20
LOG=$WORK/etl.log
run() { "$ETL" --once --no-mqtt --db "$DB" --log-level info "$@" >>"$LOG" 2>&1; }
bronze() { sql "SELECT count(*) FROM bronze_calls"; }
agg_exact() { expect_eq "$1: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0; }

# 1,150 generated calls: 600 under in/a/, 400 under in/b/c/, 150 under in/.
"$BIN/converza-gen" --calls 1150 --out "$WORK/gen" --seed 7 >/dev/null 2>&1 ||
    { fail "generate calls"; t_end; }
mkdir -p "$WORK/a" "$WORK/bc" "$WORK/top"
i=0
for f in $(ls "$WORK/gen" | sort); do
    i=$((i + 1))
    if [ $i -le 600 ]; then d=a; elif [ $i -le 1000 ]; then d=bc; else d=top; fi
    cp "$WORK/gen/$f" "$WORK/$d/"
done
s3put_dir "$WORK/a" calls/in/a/ && s3put_dir "$WORK/bc" calls/in/b/c/ &&
    s3put_dir "$WORK/top" calls/in/ || { fail "upload objects"; t_end; }
echo partial >"$WORK/partial.json.tmp"
s3cmd PUT calls/in/a/partial.json.tmp "$WORK/partial.json.tmp" >/dev/null
run --input s3://calls/in/
expect_eq "paging: exit 0" $? 0
expect_eq "paging: 1150 calls in bronze" "$(bronze)" 1150
expect_eq "paging: 1150 objects recorded" "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE 's3://calls/in/%'")" 1150
expect_eq "nested prefix: 400 under in/b/c/" \
    "$(sql "SELECT count(*) FROM bronze_calls WHERE source_file LIKE 's3://calls/in/b/c/%'")" 400
expect_eq "temporary name skipped" "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE '%.tmp'")" 0
expect_eq "no quarantine" "$(sql "SELECT count(*) FROM quarantine")" 0
agg_exact "paging"
runs=$(sql "SELECT count(*) FROM etl_runs")
run --input s3://calls/in/
expect_eq "second run: exit 0" $? 0
expect_eq "second run: no new batch" "$(sql "SELECT count(*) FROM etl_runs")" "$runs"

# Replaced content: the first object of in/a/ with another agent.
key=$(ls "$WORK/a" | sort | head -1)
cid=$(sql "SELECT call_id FROM bronze_calls WHERE source_file = 's3://calls/in/a/$key'")
sed 's/"agent_name": *"[^"]*"/"agent_name": "Replaced Agent"/' "$WORK/a/$key" >"$WORK/replaced.json"
grep -q "Replaced Agent" "$WORK/replaced.json" || fail "replaced: test file edited"
s3cmd PUT "calls/in/a/$key" "$WORK/replaced.json" >/dev/null
run --input s3://calls/in/
expect_eq "replaced: exit 0" $? 0
expect_eq "replaced: still 1150 calls" "$(bronze)" 1150
expect_eq "replaced: the call has the new agent" \
    "$(sql "SELECT agent_name FROM gold_performance_metrics WHERE call_id = '$cid'")" "Replaced Agent"
expect_eq "replaced: one replaced in the run" \
    "$(sql "SELECT replaced FROM etl_runs ORDER BY batch_id DESC LIMIT 1")" 1
agg_exact "replaced"

# Deleted after loading: nothing changes.
key2=$(ls "$WORK/bc" | sort | head -1)
s3cmd DELETE "calls/in/b/c/$key2" >/dev/null
runs=$(sql "SELECT count(*) FROM etl_runs")
run --input s3://calls/in/
expect_eq "deleted: exit 0" $? 0
expect_eq "deleted: calls stay" "$(bronze)" 1150
expect_eq "deleted: no batch" "$(sql "SELECT count(*) FROM etl_runs")" "$runs"

# A malformed object beside a good one.
printf '{"call_id": "broken", "agent_name": ' >"$WORK/broken.json"
s3cmd PUT calls/in/bad/broken.json "$WORK/broken.json" >/dev/null
cp "$WORK/gen/$(ls "$WORK/gen" | sort | head -1)" "$WORK/good.json"
sed -i 's/"call_id": *"[^"]*"/"call_id": "s3-good-1"/' "$WORK/good.json"
s3cmd PUT calls/in/bad/good.json "$WORK/good.json" >/dev/null
run --input s3://calls/in/
expect_eq "malformed: exit 0" $? 0
expect_eq "malformed: quarantined with its key" \
    "$(sql "SELECT count(*) FROM quarantine WHERE source_file = 's3://calls/in/bad/broken.json'")" 1
expect_eq "malformed: the good one beside it loads" \
    "$(sql "SELECT count(*) FROM bronze_calls WHERE source_file = 's3://calls/in/bad/good.json'")" 1
agg_exact "malformed"

# Wrong credentials: nothing loaded, exit 77, the secret never printed.
cp "$WORK/gen/$(ls "$WORK/gen" | sort | tail -1)" "$WORK/new.json"
sed -i 's/"call_id": *"[^"]*"/"call_id": "s3-new-1"/' "$WORK/new.json"
s3cmd PUT calls/in/new.json "$WORK/new.json" >/dev/null
before=$(bronze)
AWS_ACCESS_KEY_ID=NOSUCHKEY AWS_SECRET_ACCESS_KEY=sekrit-do-not-print \
    "$ETL" --once --no-mqtt --db "$DB" --input s3://calls/in/ >"$WORK/denied.log" 2>&1
expect_eq "wrong credentials: exit 77" $? 77
check "wrong credentials: the error says why" grep -q "InvalidAccessKeyId" "$WORK/denied.log"
check "wrong credentials: the secret is not printed" sh -c "! grep -q sekrit '$WORK/denied.log'"
expect_eq "wrong credentials: nothing loaded" "$(bronze)" "$before"
CONVERZA_S3_SECRET_ACCESS_KEY=wrong "$ETL" --once --no-mqtt --db "$DB" --input s3://calls/in/ --s3-access-key-id NOSUCHKEY \
    >"$WORK/denied2.log" 2>&1
expect_eq "wrong credentials by flag: exit 77" $? 77
AWS_ACCESS_KEY_ID= AWS_SECRET_ACCESS_KEY= HOME=$WORK "$ETL" --once --no-mqtt --db "$DB" \
    --input s3://calls/in/ >"$WORK/nocred.log" 2>&1
expect_eq "no credentials: exit 78" $? 78
check "no credentials: the error says where to put them" grep -q "no S3 credentials" "$WORK/nocred.log"
run --input s3://calls/in/
expect_eq "right credentials again: the new object loads" "$(bronze)" $((before + 1))

# The server stopped in the middle of a run and started again.
"$BIN/converza-gen" --calls 1000 --out "$WORK/gen2" --seed 8 >/dev/null 2>&1 || fail "outage: generate"
for f in "$WORK"/gen2/*; do
    n=$(basename "$f" .json)
    sed -i "s/\"call_id\": *\"[^\"]*\"/\"call_id\": \"out-$n\"/" "$f"
done
s3put_dir "$WORK/gen2" calls/out/ || fail "outage: upload"
: >"$WORK/outage.log"
"$ETL" --once --no-mqtt --db "$DB" --input s3://calls/out/ --batch-size 20 >"$WORK/outage.log" 2>&1 &
pid=$!
i=0
while [ $i -lt 300 ] && [ "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE 's3://calls/out/%'")" -lt 40 ]; do
    i=$((i + 1)); sleep 0.05
done
s3_stop_only
sleep 2
s3_start_only || fail "outage: restart s3rver"
wait $pid
expect_eq "outage: the run ends with exit 0" $? 0
check "outage: the run met the outage and retried" grep -q "retrying" "$WORK/outage.log"
expect_eq "outage: every object loaded once" \
    "$(sql "SELECT count(*) || ' ' || count(DISTINCT call_id) FROM bronze_calls WHERE source_file LIKE 's3://calls/out/%'")" "1000 1000"
expect_eq "outage: every object recorded" \
    "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE 's3://calls/out/%'")" 1000
agg_exact "outage"

# Stopped for longer than s3_retry_for: exit 69, the next run loads the rest.
for f in "$WORK"/gen2/*; do sed -i 's/"call_id": *"out-/"call_id": "out2-/' "$f"; done
s3put_dir "$WORK/gen2" calls/out2/ || fail "give up: upload"
"$ETL" --once --no-mqtt --db "$DB" --input s3://calls/out2/ --batch-size 20 --s3-retry-for 1 \
    >"$WORK/giveup.log" 2>&1 &
pid=$!
i=0
while [ $i -lt 300 ] && [ "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE 's3://calls/out2/%'")" -lt 40 ]; do
    i=$((i + 1)); sleep 0.05
done
s3_stop_only
wait $pid
expect_eq "give up: exit 69" $? 69
part=$(sql "SELECT count(*) FROM bronze_calls WHERE source_file LIKE 's3://calls/out2/%'")
check "give up: stopped part way ($part of 1000)" test "$part" -gt 0 -a "$part" -lt 1000
s3_start_only || fail "give up: restart s3rver"
run --input s3://calls/out2/
expect_eq "give up: the next run ends with exit 0" $? 0
expect_eq "give up: every object loaded once" \
    "$(sql "SELECT count(*) || ' ' || count(DISTINCT call_id) FROM bronze_calls WHERE source_file LIKE 's3://calls/out2/%'")" "1000 1000"
agg_exact "give up"

# after_load = delete.
mkdir -p "$WORK/al"
for n in 1 2 3; do
    sed "s/\"call_id\": *\"[^\"]*\"/\"call_id\": \"al-$n\"/" "$WORK/good.json" >"$WORK/al/c$n.json"
done
s3put_dir "$WORK/al" calls/del/x/ || fail "after_load delete: upload"
run --input s3://calls/del/ --after-load delete
expect_eq "after_load delete: exit 0" $? 0
expect_eq "after_load delete: loaded" "$(sql "SELECT count(*) FROM bronze_calls WHERE call_id LIKE 'al-%'")" 3
expect_eq "after_load delete: objects gone" "$(s3count calls del/)" 0

# after_load = move: loaded under done/, quarantined under done/quarantined/.
for n in 1 2; do
    sed "s/\"call_id\": *\"[^\"]*\"/\"call_id\": \"mv-$n\"/" "$WORK/good.json" >"$WORK/al/c$n.json"
done
rm -f "$WORK/al/c3.json"
cp "$WORK/broken.json" "$WORK/al/broken.json"
s3put_dir "$WORK/al" calls/mv/y/ || fail "after_load move: upload"
run --input s3://calls/mv/ --after-load move:s3://archive/done/
expect_eq "after_load move: exit 0" $? 0
expect_eq "after_load move: loaded" "$(sql "SELECT count(*) FROM bronze_calls WHERE call_id LIKE 'mv-%'")" 2
expect_eq "after_load move: source emptied" "$(s3count calls mv/)" 0
expect_eq "after_load move: loaded objects under done/y/" "$(s3count archive done/y/)" 2
expect_eq "after_load move: quarantined under done/quarantined/y/" \
    "$(s3count archive done/quarantined/y/)" 1
got=$(curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user S3RVER:S3RVER \
    -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$S3_ENDPOINT/archive/done/y/c1.json" | grep -c '"mv-1"')
expect_eq "after_load move: moved object's bytes" "$got" 1

# Left behind between commit and removal (loaded with keep): the next run
# with delete removes them without loading them again.
sed 's/"call_id": *"[^"]*"/"call_id": "left-1"/' "$WORK/good.json" >"$WORK/left.json"
s3cmd PUT calls/left/l.json "$WORK/left.json" >/dev/null
run --input s3://calls/left/
runs=$(sql "SELECT count(*) FROM etl_runs")
run --input s3://calls/left/ --after-load delete
expect_eq "leftover: removed" "$(s3count calls left/)" 0
expect_eq "leftover: not loaded again" "$(sql "SELECT count(*) FROM etl_runs")" "$runs"
expect_eq "leftover: loaded once" "$(sql "SELECT count(*) FROM bronze_calls WHERE call_id = 'left-1'")" 1

# Local and S3 inputs in one run.
mkdir -p "$WORK/local"
sed 's/"call_id": *"[^"]*"/"call_id": "mix-local"/' "$WORK/good.json" >"$WORK/local/l.json"
sed 's/"call_id": *"[^"]*"/"call_id": "mix-s3"/' "$WORK/good.json" >"$WORK/mix.json"
s3cmd PUT calls/mix/m.json "$WORK/mix.json" >/dev/null
run --input "$WORK/local" --input s3://calls/mix/
expect_eq "mixed inputs: exit 0" $? 0
expect_eq "mixed inputs: both loaded" \
    "$(sql "SELECT string_agg(call_id, ',' ORDER BY call_id) FROM bronze_calls WHERE call_id LIKE 'mix-%'")" "mix-local,mix-s3"

# One after_load for both kinds of input: delete acts on the local file and the
# object; a move destination of one kind is refused with inputs of the other.
mkdir -p "$WORK/local2"
sed 's/"call_id": *"[^"]*"/"call_id": "mixdel-local"/' "$WORK/good.json" >"$WORK/local2/l.json"
sed 's/"call_id": *"[^"]*"/"call_id": "mixdel-s3"/' "$WORK/good.json" >"$WORK/mixdel.json"
s3cmd PUT calls/mixdel/m.json "$WORK/mixdel.json" >/dev/null
run --input "$WORK/local2" --input s3://calls/mixdel/ --after-load delete
expect_eq "mixed inputs, after_load delete: exit 0" $? 0
expect_eq "mixed inputs, after_load delete: both loaded" \
    "$(sql "SELECT count(*) FROM bronze_calls WHERE call_id LIKE 'mixdel-%'")" 2
expect_eq "mixed inputs, after_load delete: local file and object gone" \
    "$(find "$WORK/local2" -type f | wc -l | tr -d ' ')|$(s3count calls mixdel/)" "0|0"
run --input "$WORK/local2" --input s3://calls/mixdel/ --after-load "move:$WORK/arch"
expect_eq "mixed inputs: move:DIR refused with an S3 input (exit 78)" $? 78
run --input "$WORK/local2" --input s3://calls/mixdel/ --after-load move:s3://archive/x/
expect_eq "mixed inputs: move:s3:// refused with a local input (exit 78)" $? 78
check "and the message names move:DIR for local inputs" grep -q "move:DIR for local inputs" "$LOG"
agg_exact "end"
t_end
