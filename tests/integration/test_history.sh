#!/bin/sh
# test_history.sh - the call layers partitioned by month (sql/010): calls
# land in their month's partition, created by the worker; a call re-delivered
# with a time in another month moves there and stays once in every layer;
# retention (`converza-etl prune [--dry-run]`, retain_*_months, and the
# daemon's daily pass) drops whole months of each layer on its own setting
# while the aggregates keep every call; a call re-delivered after its bronze
# month was pruned replaces its gold row instead of doubling it; old
# quarantine rows go by their own setting.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-history.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
ETL="$BIN/converza-etl"
run() { "$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level info "$@" 2>>"$WORK/etl.log"; }

# Months relative to the current one (UTC): M0 now, M1 one month ago...
FIRST=$(date -u +%Y-%m-01)
mon() { date -u -d "$FIRST -$1 months" +%Y_%m; }    # partition suffix
ts() { date -u -d "$FIRST -$1 months" +%Y-%m-1${2:-5}T10:00:00Z; }
# call ID MONTHS-AGO AGENT TEXT: one seed record
call() {
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "%s", "transcript_text": "%s"}\n' \
        "$1" "$3" "$(ts "$2")" "$4"
}
YES="Agent: Shall I set up the premium plan? Customer: Yes, please do."
NO="Agent: Can I help? Customer: No thanks, just checking my balance."
{
    call H-1 5 Ana "$YES"; call H-2 5 Ben "$NO"
    call H-3 3 Ana "$NO"; call H-4 3 Ben "$YES"; call H-5 3 Ana "$YES"
    call H-6 1 Ben "$YES"; call H-7 1 Ana "$NO"
    call H-8 0 Ana "$YES"; call H-9 0 Ben "$NO"
} >"$IN/history.jsonl"

run
expect_eq "worker loads calls of four months" "$?" 0
for t in bronze_calls silver_calls gold_performance_metrics; do
    expect_eq "$t is partitioned" "$(sql "SELECT relkind FROM pg_class WHERE relname = '$t'")" p
    expect_eq "$t: a partition per month the calls fall in, and the default" \
        "$(sql "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_inherits i
                JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '$t'::regclass")" \
        "${t}_$(mon 5) ${t}_$(mon 3) ${t}_$(mon 1) ${t}_$(mon 0) ${t}_default"
    expect_eq "$t: each call in its month's partition" \
        "$(sql "SELECT (SELECT count(*) FROM ${t}_$(mon 5)) || ' ' || (SELECT count(*) FROM ${t}_$(mon 3))
                || ' ' || (SELECT count(*) FROM ${t}_$(mon 1)) || ' ' || (SELECT count(*) FROM ${t}_$(mon 0))
                || ' ' || (SELECT count(*) FROM ${t}_default)")" "2 3 2 2 0"
done
expect_eq "bronze carries the call's time" \
    "$(sql "SELECT count(*) FROM bronze_calls b JOIN silver_calls s USING (call_id) WHERE b.call_time = s.call_time")" 9
expect_eq "aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0

# The same file again, untouched, then rewritten with H-1 moved four months
# later (into month 1) and H-2 unchanged.
run
expect_eq "nothing new: no batch" "$(sql "SELECT count(*) FROM etl_runs")" 1
B=$(sql "SELECT max(batch_id) FROM etl_runs")
{ call H-1 1 Ana "$YES Agent: Anything else? Customer: No."; call H-2 5 Ben "$NO"; } >"$IN/history.jsonl"
run
expect_eq "re-delivery: one replaced, one unchanged" \
    "$(sql "SELECT replaced || ' ' || calls_loaded FROM etl_runs WHERE batch_id > $B")" "1 1"
for t in bronze_calls silver_calls gold_performance_metrics; do
    expect_eq "$t: the moved call once, in its new month" \
        "$(sql "SELECT count(*) || ' ' || min(tableoid::regclass::text) FROM $t WHERE call_id = 'H-1'")" \
        "1 ${t}_$(mon 1)"
done
expect_eq "moved call: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
expect_eq "the old day's row went with it" \
    "$(sql "SELECT calls FROM agent_daily_metrics WHERE agent_name = 'Ana' AND day = '$(ts 5 | cut -c1-10)'")" ""

# A call re-delivered into a month with no partition yet: the worker makes it.
B=$(sql "SELECT max(batch_id) FROM etl_runs")
call H-9 7 Ben "$NO" >"$IN/late.jsonl"
run
for t in bronze_calls silver_calls gold_performance_metrics; do
    expect_eq "$t: month 7 created for the moved call, which is there alone" \
        "$(sql "SELECT count(*) FROM ${t}_$(mon 7) WHERE call_id = 'H-9'") $(sql "SELECT count(*) FROM $t WHERE call_id = 'H-9'")" "1 1"
done
grep -q "created 3 month partition(s)" "$WORK/etl.log"
expect_eq "the creation is logged" "$?" 0
expect_eq "new month: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0

# Retention. Nothing is set: prune does nothing.
TOTALS="SELECT string_agg(agent_name || ':' || calls || ':' || conversions, ' ' ORDER BY agent_name) FROM agent_totals"
BEFORE=$(sql "$TOTALS")
DAYS=$(sql "SELECT count(*) FROM agent_daily_metrics")
NPART="SELECT count(*) FROM pg_inherits"
P0=$(sql "$NPART")
"$ETL" prune --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "prune without settings exits 0" "$?" 0
expect_eq "prune without settings says so" "$(grep -c 'nothing to prune' "$WORK/prune.out")" 1
# Bronze keeps 2 months (this one and the last), silver 4.
printf 'retain_bronze_months = 2\nretain_silver_months = 4\n' >"$WORK/conf"
"$ETL" prune --dry-run --config "$WORK/conf" --db "$DB" >"$WORK/prune.out" 2>"$WORK/prune.log"
expect_eq "dry run exits 0" "$?" 0
expect_eq "dry run counts bronze months 3, 5, 7 and silver months 5, 7" \
    "$(cut -d' ' -f1-4 "$WORK/prune.out")" "would drop 5 month"
expect_eq "dry run names them" "$(grep -c 'would drop' "$WORK/prune.log")" 5
expect_eq "dry run drops nothing" "$(sql "$NPART")" "$P0"
"$ETL" prune --config "$WORK/conf" --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "prune exits 0" "$?" 0
expect_eq "prune says what it dropped" "$(cut -d' ' -f1-3 "$WORK/prune.out")" "dropped 5 month"
expect_eq "bronze keeps months 0 and 1" \
    "$(sql "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'bronze_calls'::regclass")" \
    "bronze_calls_$(mon 1) bronze_calls_$(mon 0) bronze_calls_default"
expect_eq "silver keeps months 0 to 3" \
    "$(sql "SELECT count(*) FROM pg_inherits WHERE inhparent = 'silver_calls'::regclass")" 4
expect_eq "gold keeps everything" "$(sql "SELECT count(*) FROM gold_performance_metrics")" 9
expect_eq "the aggregates keep every call" "$(sql "$TOTALS")" "$BEFORE"
expect_eq "and every day" "$(sql "SELECT count(*) FROM agent_daily_metrics")" "$DAYS"
"$ETL" prune --config "$WORK/conf" --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "pruning again drops nothing" "$(cut -d' ' -f1-2 "$WORK/prune.out")" "dropped 0"

# H-4 (month 3): its bronze is gone, its silver and gold are not. Delivered
# again with new content it replaces them; it does not count twice.
B=$(sql "SELECT max(batch_id) FROM etl_runs")
call H-4 3 Ben "$NO" >"$IN/h4.jsonl"
run
expect_eq "a call whose bronze was pruned is replaced" \
    "$(sql "SELECT replaced || ' ' || calls_loaded FROM etl_runs WHERE batch_id > $B")" "1 1"
for t in bronze_calls silver_calls gold_performance_metrics; do
    expect_eq "$t: H-4 once" "$(sql "SELECT count(*) FROM $t WHERE call_id = 'H-4'")" 1
done
expect_eq "H-4 no longer a conversion" \
    "$(sql "SELECT is_conversion FROM gold_performance_metrics WHERE call_id = 'H-4'")" f
expect_eq "after pruned bronze: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
# The same for H-6 (month 1, bronze kept) delivered again unchanged: a duplicate.
B=$(sql "SELECT max(batch_id) FROM etl_runs")
{ call H-6 1 Ben "$YES"; call H-10 0 Ben "$YES"; } >"$IN/h6.jsonl"
run
expect_eq "an unchanged call is a duplicate" \
    "$(sql "SELECT duplicates || ' ' || calls_loaded FROM etl_runs WHERE batch_id > $B")" "1 1"

# Gold keeps 2 months: its old months go, the aggregates stay.
BEFORE=$(sql "$TOTALS")
"$ETL" prune --retain-gold-months 2 --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "gold months 3, 5 and 7 dropped" \
    "$(sql "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'gold_performance_metrics'::regclass")" \
    "gold_performance_metrics_$(mon 1) gold_performance_metrics_$(mon 0) gold_performance_metrics_default"
expect_eq "the aggregates outlive gold" "$(sql "$TOTALS")" "$BEFORE"
expect_eq "gold holds the calls of months 0 and 1 only" \
    "$(sql "SELECT string_agg(call_id, ' ' ORDER BY call_id) FROM gold_performance_metrics")" "H-1 H-10 H-6 H-7 H-8"

# Quarantine: rows older than the setting go, recent ones stay.
printf '{"call_id": "BROKEN' >"$IN/bad1.json"
run
sql "UPDATE quarantine SET quarantined_at = now() - interval '400 days'" >/dev/null
printf '{"call_id": "BROKEN2' >"$IN/bad2.json"
run
expect_eq "two quarantine rows" "$(sql "SELECT count(*) FROM quarantine")" 2
"$ETL" prune --retain-quarantine-months 12 --dry-run --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "dry run counts the old quarantine row" "$(grep -c 'and 1 quarantine row' "$WORK/prune.out")" 1
expect_eq "and keeps it" "$(sql "SELECT count(*) FROM quarantine")" 2
"$ETL" prune --retain-quarantine-months 12 --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "the old quarantine row deleted, the recent one kept" \
    "$(sql "SELECT string_agg(source_file, ' ') FROM quarantine")" "$IN/bad2.json"

# The daemon prunes at its start (then once a day) under its lock.
"$ETL" --no-mqtt --db "$DB" --input "$IN" --interval 1 --retain-silver-months 1 \
    --log-level info 2>"$WORK/daemon.log" &
PID=$!
i=0
while [ $i -lt 100 ] && ! grep -q 'retention: dropped' "$WORK/daemon.log"; do sleep 0.1; i=$((i + 1)); done
kill -TERM $PID
wait $PID
expect_eq "the daemon stops cleanly" "$?" 0
expect_eq "the daemon applied retention at its start" "$(grep -c 'retention: dropped 2 month' "$WORK/daemon.log")" 1
expect_eq "silver keeps the current month only" \
    "$(sql "SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'silver_calls'::regclass")" \
    "silver_calls_$(mon 0) silver_calls_default"
expect_eq "no partition pruned in its default partition" \
    "$(sql "SELECT count(*) FROM bronze_calls_default") $(sql "SELECT count(*) FROM gold_performance_metrics_default")" "0 0"
t_end
