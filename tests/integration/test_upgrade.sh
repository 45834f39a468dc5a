#!/bin/sh
# test_upgrade.sh - a database written by the previous release (schema
# version 2, tests/data/upgrade/schema2.sql) upgraded in place by this worker:
# the migrations fill ingested_files' directory and name columns, build
# agent_totals from the daily rows, move silver's rendered transcript to a
# view and index where every call is (call_index); nothing already loaded is read again, and loading goes on.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-upgrade.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
ETL="$BIN/converza-etl"
# The input the old worker loaded: converza-gen is deterministic.
"$BIN/converza-gen" --calls 20 --seed 21 --agents 4 --out "$IN" >/dev/null 2>&1
"$BIN/converza-gen" --calls 3 --seed 22 --agents 4 --prefix SUB --out "$IN/sub" >/dev/null 2>&1
printf '{"call_id": "BROKEN' >"$IN/broken.json"
sed "s|@IN@|$IN|g" "$TOP/tests/data/upgrade/schema2.sql" |
    psql -X -q -v ON_ERROR_STOP=1 -d converza >"$WORK/restore.log" 2>&1
expect_eq "the old database restored" "$(sql 'SELECT max(version) FROM converza_schema_version')" 2
# The files as the old worker saw them: their recorded modification times.
sql "SELECT path, mtime_ns FROM ingested_files" >"$WORK/mtimes"
while IFS='|' read -r p ns; do
    touch -d "@$((ns / 1000000000)).$(printf %09d $((ns % 1000000000)))" "$p"
done <"$WORK/mtimes"
B=$(sql "SELECT max(batch_id) FROM etl_runs")
NEWEST=$(ls "$TOP"/sql/[0-9]*_*.sql | sed 's|.*/0*\([0-9][0-9]*\)_[^/]*$|\1|' | sort -n | tail -n 1)

"$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level warn 2>"$WORK/etl.log"
expect_eq "the first run after the upgrade exits 0" "$?" 0
expect_eq "schema at the newest migration" "$(sql 'SELECT max(version) FROM converza_schema_version')" "$NEWEST"
expect_eq "every recorded file has its directory and name" \
    "$(sql "SELECT count(*) FROM ingested_files WHERE dir IS NULL OR name IS NULL OR dir || '/' || name <> path")" 0
expect_eq "the subdirectory's files under their directory" \
    "$(sql "SELECT count(*) FROM ingested_files WHERE dir = '$IN/sub'")" 3
expect_eq "nothing already loaded read again" "$(sql "SELECT max(batch_id) FROM etl_runs")" "$B"
expect_eq "agent_totals built from the daily rows, equal to gold" "$(sql "$AGG_EQ")" 0
expect_eq "one agent_totals row per agent" \
    "$(sql "SELECT (SELECT count(*) FROM agent_totals) = (SELECT count(DISTINCT agent_name) FROM gold_performance_metrics)")" t
expect_eq "silver's rendered transcript column is gone" \
    "$(sql "SELECT count(*) FROM information_schema.columns WHERE table_name = 'silver_calls' AND column_name = 'transcript'")" 0
expect_eq "the call layers partitioned by month in place" \
    "$(sql "SELECT string_agg(relkind::text, '' ORDER BY relname) FROM pg_class
            WHERE relname IN ('bronze_calls', 'silver_calls', 'gold_performance_metrics')")" ppp
expect_eq "every old call kept in every layer, none in a default partition" \
    "$(sql "SELECT (SELECT count(*) FROM bronze_calls) || ' ' || (SELECT count(*) FROM silver_calls) || ' '
            || (SELECT count(*) FROM gold_performance_metrics) || ' ' || (SELECT count(*) FROM gold_performance_metrics_default)
            + (SELECT count(*) FROM bronze_calls_default) + (SELECT count(*) FROM silver_calls_default)")" "23 23 23 0"
expect_eq "bronze took each call's time from silver" \
    "$(sql "SELECT count(*) FROM bronze_calls b JOIN silver_calls s USING (call_id) WHERE b.call_time = s.call_time")" 23
expect_eq "call_index built in place: each old call once, at its time in the layers" \
    "$(sql "SELECT count(*) || ' ' || (SELECT count(*) FROM call_index i JOIN gold_performance_metrics g USING (call_id, call_time)
            JOIN silver_calls s USING (call_id, call_time) JOIN bronze_calls b USING (call_id, call_time)) FROM call_index")" "23 23"
expect_eq "silver_transcripts renders every old row" \
    "$(sql "SELECT count(*) FROM silver_transcripts WHERE transcript ~ '^(Agent|Customer): '")" 23

"$BIN/converza-gen" --calls 5 --seed 23 --agents 4 --prefix NEW --out "$WORK/stage" >/dev/null 2>&1
mv "$WORK/stage" "$IN/new"
"$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level warn 2>>"$WORK/etl.log"
expect_eq "new calls load on the upgraded database" "$(sql 'SELECT count(*) FROM gold_performance_metrics')" 28
expect_eq "and are indexed" "$(sql 'SELECT count(*) FROM call_index')" 28
expect_eq "aggregates and totals still equal gold" "$(sql "$AGG_EQ")" 0
expect_eq "only the new files were read" "$(sql "SELECT sum(files_seen) FROM etl_runs WHERE batch_id > $B")" 5
t_end
