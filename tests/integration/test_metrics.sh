#!/bin/sh
# test_metrics.sh - the Prometheus metrics file (metrics_file,
# --metrics-file): after a run it parses as text format (HELP and TYPE for
# every metric, one sample a line) and its values equal what the database
# says about the same run: calls loaded, re-delivered (replaced, duplicate),
# quarantined by kind of reason, batches, the last batch, the KPI totals of
# agent_totals, the rules version, the active role, no lag left. A daemon
# keeps it fresh and counts its reconnects to PostgreSQL and the broker.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-metrics.XXXXXX)
trap 'kill $DPID 2>/dev/null; stop_all; rm -rf "$WORK"' EXIT INT TERM
DPID=
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
M=$WORK/prom/converza.prom
mkdir -p "$WORK/prom"
ETL="$BIN/converza-etl"
"$BIN/converza-gen" --calls 45 --seed 31 --agents 3 --out "$IN/gen" --quiet
printf '{"call_id": "BROKEN' >"$IN/bad1.json"
printf '[1, 2' >"$IN/bad2.json"
head -c 3000 /dev/zero | tr '\0' 'x' >"$IN/big.txt"
printf '{"call_id": "E-1", "agent_name": "Ana", "timestamp": "2026-01-02T10:00:00Z", "transcript_text": ""}' >"$IN/empty.json"

# value SERIES: the sample's value (SERIES exactly as written, labels included).
value() { awk -v s="$1" '$1 == s { print $2 }' "$M"; }
# Every line a comment or "name{labels} value"; every metric sampled has a TYPE.
well_formed() {
    awk '
        /^# HELP [a-z_]+ .+$/ { next }
        /^# TYPE [a-z_]+ (counter|gauge)$/ { typed[$3] = 1; next }
        /^[a-z_]+(\{[a-z_]+="([^"\\]|\\.)*"(,[a-z_]+="([^"\\]|\\.)*")*\})? -?[0-9]+(\.[0-9]+)?$/ {
            n = $1; sub(/\{.*/, "", n); if (!(n in typed)) { print "untyped " n; bad = 1 }; next }
        { print "bad line: " $0; bad = 1 }
        END { exit bad }' "$M"
}

"$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level warn --batch-size 20 \
    --max-file-size 2000 --metrics-file "$M" 2>"$WORK/etl.log"
expect_eq "the run exits 0" "$?" 0
check "the metrics file is written" test -s "$M"
well_formed >"$WORK/format.out"
expect_eq "it is well-formed text format" "$?$(cat "$WORK/format.out")" 0
expect_eq "no temporary file left" "$(ls "$WORK/prom")" converza.prom
expect_eq "calls loaded = etl_runs" "$(value converza_calls_loaded_total)" \
    "$(sql "SELECT sum(calls_loaded) FROM etl_runs")"
expect_eq "45 of them" "$(value converza_calls_loaded_total)" 45
expect_eq "batches committed = etl_runs" "$(value 'converza_batches_total{status="committed"}')" \
    "$(sql "SELECT count(*) FROM etl_runs WHERE status = 'committed'")"
expect_eq "no batch failed" "$(value 'converza_batches_total{status="failed"}')" 0
expect_eq "quarantined invalid JSON = quarantine rows" \
    "$(value 'converza_quarantined_total{reason="invalid_json"}')" \
    "$(sql "SELECT count(*) FROM quarantine WHERE reason LIKE '%JSON%'")"
expect_eq "two of them" "$(value 'converza_quarantined_total{reason="invalid_json"}')" 2
expect_eq "quarantined too large = quarantine rows" \
    "$(value 'converza_quarantined_total{reason="too_large"}')" \
    "$(sql "SELECT count(*) FROM quarantine WHERE reason LIKE '%over the limit%'")"
expect_eq "all quarantined kinds sum to the quarantine table" \
    "$(awk '$1 ~ /^converza_quarantined_total\{/ { s += $2 } END { print s }' "$M")" \
    "$(sql "SELECT count(*) FROM quarantine")"
expect_eq "nothing re-delivered yet" \
    "$(value 'converza_calls_redelivered_total{outcome="replaced"}') $(value 'converza_calls_redelivered_total{outcome="duplicate"}')" "0 0"
LAST="SELECT calls_loaded || ' ' || files_seen FROM etl_runs WHERE batch_id = (SELECT max(batch_id) FROM etl_runs)"
expect_eq "the last batch's calls and files" \
    "$(value converza_last_batch_calls) $(value converza_last_batch_files)" "$(sql "$LAST")"
expect_eq "the last batch's duration is within its run's" \
    "$(awk '$1 == "converza_last_batch_duration_seconds" { print ($2 > 0 && $2 < 60) }' "$M")" 1
expect_eq "KPI total calls = agent_totals" "$(value 'converza_kpi_total{counter="calls"}')" \
    "$(sql "SELECT sum(calls) FROM agent_totals")"
expect_eq "KPI total upsell revenue = agent_totals" \
    "$(value 'converza_kpi_total{counter="upsell_revenue"}')" \
    "$(sql "SELECT sum(upsell_revenue) FROM agent_totals")"
expect_eq "KPI total conversions = gold" "$(value 'converza_kpi_total{counter="conversions"}')" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE is_conversion")"
expect_eq "a KPI total per counter" "$(grep -c '^converza_kpi_total{' "$M")" \
    "$("$ETL" counters | wc -l)"
expect_eq "the rules version = etl_runs" \
    "$(sed -n 's/^converza_rules_info{version="\(.*\)"} 1$/\1/p' "$M")" \
    "$(sql "SELECT DISTINCT rules_version FROM etl_runs")"
expect_eq "active" "$(value converza_active)" 1
expect_eq "no lag left" "$(value converza_lag_seconds)" 0
expect_eq "no reconnect" \
    "$(value 'converza_reconnects_total{server="postgresql"}') $(value 'converza_reconnects_total{server="mqtt"}')" "0 0"

# Re-delivery: two calls changed, one copied unchanged into a new file.
B=$(sql "SELECT max(batch_id) FROM etl_runs")
set -- "$IN"/gen/*.json
sed -i 's/"transcript_text": "/"transcript_text": "Agent: Well. /' "$1" "$2"
cp "$3" "$IN/copy.json"
"$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level warn --metrics-file "$M" 2>>"$WORK/etl.log"
expect_eq "second run exits 0" "$?" 0
expect_eq "replaced = etl_runs of this run" "$(value 'converza_calls_redelivered_total{outcome="replaced"}')" \
    "$(sql "SELECT sum(replaced) FROM etl_runs WHERE batch_id > $B")"
expect_eq "two replaced" "$(value 'converza_calls_redelivered_total{outcome="replaced"}')" 2
expect_eq "duplicate = etl_runs of this run" "$(value 'converza_calls_redelivered_total{outcome="duplicate"}')" \
    "$(sql "SELECT sum(duplicates) FROM etl_runs WHERE batch_id > $B")"
expect_eq "one duplicate" "$(value 'converza_calls_redelivered_total{outcome="duplicate"}')" 1
expect_eq "calls loaded this run = etl_runs" "$(value converza_calls_loaded_total)" \
    "$(sql "SELECT sum(calls_loaded) FROM etl_runs WHERE batch_id > $B")"

# A daemon: written at its start, after each batch; its lost connections counted.
start_mqtt
rm -f "$M"
"$ETL" --db "$DB" --input "$IN" --interval 1 --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
    --mqtt-prefix cz/metrics --log-level info --metrics-file "$M" 2>"$WORK/daemon.log" &
DPID=$!
wait_for() { # wait_for SERIES VALUE: up to 15 s
    i=0
    while [ $i -lt 150 ] && [ "$(value "$1" 2>/dev/null)" != "$2" ]; do sleep 0.1; i=$((i + 1)); done
}
wait_for converza_active 1
expect_eq "the daemon writes the file" "$(value converza_active)" 1
i=0
while [ $i -lt 100 ] && ! grep -q 'connected to the MQTT broker' "$WORK/daemon.log"; do sleep 0.1; i=$((i + 1)); done
sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = 'converza'" >/dev/null
mqtt_stop_only
mqtt_start_only
"$BIN/converza-gen" --calls 4 --seed 32 --agents 3 --prefix LATE --out "$WORK/stage" --quiet
mv "$WORK/stage" "$IN/late"
wait_for converza_calls_loaded_total 4
expect_eq "the daemon counts the calls it loads" "$(value converza_calls_loaded_total)" 4
expect_eq "one reconnect to PostgreSQL" "$(value 'converza_reconnects_total{server="postgresql"}')" 1
# The broker's reconnect shows at the next write: after the next batch.
i=0
while [ $i -lt 150 ] && [ "$(grep -c 'connected to the MQTT broker' "$WORK/daemon.log")" -lt 2 ]; do
    sleep 0.1; i=$((i + 1))
done
"$BIN/converza-gen" --calls 1 --seed 33 --agents 3 --prefix LAST --out "$WORK/stage" --quiet
mv "$WORK/stage" "$IN/last"
wait_for converza_calls_loaded_total 5
expect_eq "one reconnect to the broker" "$(value 'converza_reconnects_total{server="mqtt"}')" 1
T1=$(value converza_metrics_timestamp_seconds)
well_formed >"$WORK/format.out"
expect_eq "still well-formed" "$?$(cat "$WORK/format.out")" 0
kill -TERM $DPID
wait $DPID
expect_eq "the daemon stops cleanly" "$?" 0
DPID=
check "the file says when it was written" test "$T1" -ge "$(($(date +%s) - 30))"
t_end
