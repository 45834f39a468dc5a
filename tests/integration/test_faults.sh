#!/bin/sh
# test_faults.sh - faults injected into a loading worker: SIGKILL at random
# moments (several times), PostgreSQL stopped and restarted mid-run, SIGTERM
# during a batch, and two workers started on the same input and database.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-faults.XXXXXX)
PIDS=
trap 'for p in $PIDS; do kill -9 $p 2>/dev/null; done; stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
N=${FAULT_CALLS:-20000}
"$BIN/converza-gen" --calls "$N" --seed 5 --agents 8 --out "$IN" >/dev/null 2>&1
ETL="$BIN/converza-etl"
# New calls arrive the way a producer should deliver them: written elsewhere,
# then renamed into the input directory.
deliver() { # prefix calls seed
    rm -rf "$WORK/stage"; mkdir -p "$WORK/stage"
    "$BIN/converza-gen" --calls "$2" --seed "$3" --agents 8 --prefix "$1" --out "$WORK/stage" >/dev/null 2>&1
    mv "$WORK/stage"/* "$IN"/
}
count() { sql "SELECT (SELECT count(*) FROM bronze_calls) || ' ' || (SELECT count(*) FROM silver_calls) || ' ' || (SELECT count(*) FROM gold_performance_metrics)"; }

# 1. SIGKILL at random moments, four times, each restart going on where the
#    last one stopped.
for round in 1 2 3 4; do
    "$ETL" --once --no-mqtt --input "$IN" --db "$DB" --batch-size 150 --log-level error &
    pid=$!
    PIDS="$PIDS $pid"
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 1.0), 2))')"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    echo "round $round: $(count) after SIGKILL"
done
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --batch-size 150 --log-level warn 2>"$WORK/final.log"
expect_eq "run after four SIGKILLs exits 0" "$?" 0
expect_eq "every call exactly once in bronze, silver, gold after crashes" "$(count)" "$N $N $N"
expect_eq "no duplicate call ids anywhere" "$(sql 'SELECT count(*) - count(DISTINCT call_id) FROM gold_performance_metrics')" 0
expect_eq "aggregates equal GROUP BY over gold after crashes" "$(sql "$AGG_EQ")" 0
expect_eq "every file recorded once" "$(sql 'SELECT count(*) FROM ingested_files')" "$N"
expect_eq "committed batches account for every call" "$(sql "SELECT sum(calls_loaded) FROM etl_runs WHERE status = 'committed'")" "$N"
expect_eq "no batch left marked running" "$(sql "SELECT count(*) FROM etl_runs WHERE status = 'running'")" 0
echo "run log: $(sql "SELECT status || '=' || count(*) FROM etl_runs GROUP BY status ORDER BY 1" | tr '\n' ' ')"

# 2. Database outage mid-run: stopped, then started again; nothing lost,
#    no busy loop, no exit.
deliver OUT 3000 6
"$ETL" --no-mqtt --input "$IN" --db "$DB" --batch-size 100 --interval 1 --log-level info 2>"$WORK/outage.log" &
pid=$!
PIDS="$PIDS $pid"
i=0
while [ $i -lt 100 ] && [ "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'OUT%'")" -lt 300 ]; do
    i=$((i + 1)); sleep 0.05
done
pg_stop_only
cpu0=$(awk '{print $14 + $15}' /proc/$pid/stat)
sleep 4
cpu1=$(awk '{print $14 + $15}' /proc/$pid/stat 2>/dev/null)
check "worker still running while the database is down" kill -0 "$pid"
# 4 s of waiting should cost well under one second of CPU (clock ticks of 10 ms).
check "no busy loop while the database is down" test "$((cpu1 - cpu0))" -lt 50
pg_start_only
i=0
while [ $i -lt 300 ] && [ "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'OUT%'" 2>/dev/null)" != 3000 ]; do
    i=$((i + 1)); sleep 0.1
done
expect_eq "all calls loaded after the database returns" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'OUT%'")" 3000
check "outage was logged" grep -q "retrying in" "$WORK/outage.log"
expect_eq "aggregates equal GROUP BY after the outage" "$(sql "$AGG_EQ")" 0

# 3. SIGTERM during a batch: the batch commits or rolls back, exit 0 promptly.
deliver TERM 3000 8
i=0
while [ $i -lt 100 ] && [ "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'TERM%'")" -lt 100 ]; do
    i=$((i + 1)); sleep 0.05
done
kill -TERM "$pid"
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
check "SIGTERM stops the worker within 10 s" test "$i" -lt 100
wait "$pid"
expect_eq "SIGTERM exit status 0" "$?" 0
expect_eq "SIGTERM leaves whole batches only: every committed batch has all its rows" \
    "$(sql "SELECT count(*) FROM etl_runs r WHERE r.status = 'committed' AND r.calls_loaded <>
            (SELECT count(*) FROM gold_performance_metrics g WHERE g.batch_id = r.batch_id)")" 0
expect_eq "SIGTERM leaves whole batches only: no row from an uncommitted batch" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE batch_id NOT IN
            (SELECT batch_id FROM etl_runs WHERE status = 'committed')")" 0
expect_eq "aggregates equal GROUP BY after SIGTERM" "$(sql "$AGG_EQ")" 0

# 4. Two workers on the same input and database: no double counting.
deliver TWO 2000 9
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --batch-size 100 --log-level warn 2>"$WORK/w1.log" &
p1=$!
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --batch-size 100 --log-level warn 2>"$WORK/w2.log" &
p2=$!
PIDS="$PIDS $p1 $p2"
wait "$p1"; r1=$?
wait "$p2"; r2=$?
expect_eq "both workers exit 0" "$r1 $r2" "0 0"
total=$(sql "SELECT count(*) FROM gold_performance_metrics")
expect_eq "two workers load every call once" "$total" "$(sql 'SELECT count(*) FROM bronze_calls')"
expect_eq "two workers: TERM and TWO calls all there" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'TWO%' OR call_id LIKE 'TERM%'")" 5000
check "the second worker said why it waited" grep -q "another converza-etl" "$WORK/w1.log" "$WORK/w2.log"
expect_eq "aggregates equal GROUP BY after two workers" "$(sql "$AGG_EQ")" 0
t_end
