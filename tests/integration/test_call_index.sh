#!/bin/sh
# test_call_index.sh - call_index (sql/016): where each call is. After every
# load, re-delivery (also into another month, or with the same content),
# retention and reprocess, it holds exactly the (call_id, call_time) pairs of
# the layers, each call once; a left-over row (indexed, in no layer) and a
# call missing from it (written by hand, then reprocessed) are both handled; the snapshot's
# newest call time comes from it and equals gold's.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-callindex.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
ETL="$BIN/converza-etl"
run() { "$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level info "$@" 2>>"$WORK/etl.log"; }

FIRST=$(date -u +%Y-%m-01)
ts() { date -u -d "$FIRST -$1 months" +%Y-%m-1${2:-5}T10:00:00Z; }
mstart() { date -u -d "$FIRST -$1 months" +%Y-%m-01T00:00:00Z; }
call() {
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "%s", "transcript_text": "%s"}\n' \
        "$1" "$3" "$(ts "$2")" "$4"
}
YES="Agent: Shall I set up the premium plan? Customer: Yes, please do."
NO="Agent: Can I help? Customer: No thanks, just checking my balance."
# Rows of call_index that no layer has at that time, plus pairs of the
# layers that call_index lacks: 0 when it says exactly where every call is.
LAYERS="SELECT call_id, call_time FROM gold_performance_metrics
        UNION SELECT call_id, call_time FROM silver_calls UNION SELECT call_id, call_time FROM bronze_calls"
IDX_EQ="SELECT (SELECT count(*) FROM (SELECT call_id, call_time FROM call_index EXCEPT ($LAYERS)) a)
             + (SELECT count(*) FROM (($LAYERS) EXCEPT SELECT call_id, call_time FROM call_index) b)
             + (SELECT count(*) FROM (SELECT call_id FROM ($LAYERS) l GROUP BY 1 HAVING count(*) > 1) c)"
LAST_EQ="SELECT converza_last_call_time() = (SELECT max(call_time) FROM gold_performance_metrics)"
last_run() { sql "SELECT replaced || ' ' || calls_loaded || ' ' || duplicates FROM etl_runs
                  WHERE batch_id = (SELECT max(batch_id) FROM etl_runs)"; }

{
    call H-1 5 Ana "$YES"; call H-2 5 Ben "$NO"
    call H-3 3 Ana "$NO"; call H-4 3 Ben "$YES"; call H-5 3 Ana "$YES"
    call H-6 1 Ben "$YES"; call H-7 1 Ana "$NO"
    call H-8 0 Ana "$YES"; call H-9 0 Ben "$NO"
} >"$IN/history.jsonl"
"$BIN/converza-gen" --calls 40 --seed 5 --agents 4 --out "$IN/gen" >/dev/null 2>&1
run
expect_eq "loads calls of four months and generated ones" "$?" 0
expect_eq "call_index has every call once" "$(sql "SELECT count(*) FROM call_index")" 49
expect_eq "after loading: call_index equals the layers" "$(sql "$IDX_EQ")" 0
expect_eq "the newest call time comes out as gold's" "$(sql "$LAST_EQ")" t

# H-1 moves from month 5 to month 1; H-2 comes again unchanged.
{ call H-1 1 Ana "$YES Agent: Anything else? Customer: No."; call H-2 5 Ben "$NO"; } >"$IN/history.jsonl"
run
expect_eq "re-delivery: H-1 replaced, H-2 the same" "$(last_run)" "1 1 0"
expect_eq "call_index follows H-1 to its new month" \
    "$(sql "SELECT call_time = '$(ts 1)' FROM call_index WHERE call_id = 'H-1'")" t
expect_eq "after a move: call_index equals the layers" "$(sql "$IDX_EQ")" 0
expect_eq "after a move: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
{ call H-1 1 Ana "$YES Agent: Anything else? Customer: No."; call H-3 3 Ana "$NO"; } >"$IN/again.jsonl"
run
expect_eq "the same calls from another file: duplicates" "$(last_run)" "0 0 2"

# A left-over row: GHOST indexed in month 2, in no layer. Delivered now, it
# is new, and its row moves to its time.
sql "INSERT INTO call_index VALUES ('GHOST', '$(ts 2)')" >/dev/null
call GHOST 0 Ben "$YES" >"$IN/ghost.jsonl"
run
expect_eq "a call indexed but in no layer loads as new" "$(last_run)" "0 1 0"
expect_eq "its row follows it" "$(sql "SELECT call_time = '$(ts 0)' FROM call_index WHERE call_id = 'GHOST'")" t
expect_eq "after a left-over row: call_index equals the layers" "$(sql "$IDX_EQ")" 0

# Retention: bronze keeps 2 months. Its months 3 and 5 go; call_index keeps
# their calls, which silver and gold still hold.
"$ETL" prune --retain-bronze-months 2 --db "$DB" >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "bronze prune exits 0" "$?" 0
expect_eq "call_index keeps the calls gold still holds" \
    "$(sql "SELECT count(*) FROM call_index WHERE call_time < '$(mstart 1)'")" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_time < '$(mstart 1)'")"
expect_eq "after a bronze prune: call_index equals the layers" "$(sql "$IDX_EQ")" 0
call H-4 3 Ben "$NO" >"$IN/h4.jsonl"
run
expect_eq "a call whose bronze month is gone is replaced" "$(last_run)" "1 1 0"
for t in bronze_calls silver_calls gold_performance_metrics; do
    expect_eq "$t: H-4 once" "$(sql "SELECT count(*) FROM $t WHERE call_id = 'H-4'")" 1
done
expect_eq "after re-delivery past bronze's horizon: call_index equals the layers" "$(sql "$IDX_EQ")" 0

# Every layer keeps 2 months: the older months' rows leave call_index.
OLD=$(sql "SELECT count(*) FROM call_index WHERE call_time < '$(mstart 1)'")
"$ETL" prune --retain-bronze-months 2 --retain-silver-months 2 --retain-gold-months 2 --db "$DB" \
    >"$WORK/prune.out" 2>>"$WORK/etl.log"
expect_eq "prune of every layer exits 0" "$?" 0
expect_eq "the dropped months' calls leave call_index" \
    "$(sql "SELECT count(*) FROM call_index WHERE call_time < '$(mstart 1)'")" 0
expect_eq "prune says how many" "$(grep -c "forgot where $OLD calls" "$WORK/etl.log")" 1
expect_eq "after pruning every layer: call_index equals the layers" "$(sql "$IDX_EQ")" 0
expect_eq "after pruning: aggregates still hold every call" \
    "$(sql "SELECT sum(calls) FROM agent_totals")" 50
# H-2 comes again into its pruned month: nothing of it is left, it is new.
call H-2 5 Ben "$YES" >"$IN/h2.jsonl"
run
expect_eq "a call of a dropped month comes back new" "$(last_run)" "0 1 0"
expect_eq "after a call into a dropped month: call_index equals the layers" "$(sql "$IDX_EQ")" 0
expect_eq "the newest call time is still gold's" "$(sql "$LAST_EQ")" t

# (gold lost months to retention, so the aggregates no longer equal it:
# reprocess must leave the totals as they are and move H-8's day)
TOTALS="SELECT string_agg(agent_name || ':' || calls || ':' || conversions, ' ' ORDER BY agent_name) FROM agent_totals"
BEFORE=$(sql "$TOTALS")
# Reprocess: H-8's stored record now says another day of month 0, so its
# silver and gold move, and bronze moves with them.
NEWTS=$(ts 0 2)
sql "UPDATE bronze_calls SET raw = replace(raw::text, '$(ts 0)', '$NEWTS') WHERE call_id = 'H-8'" >/dev/null
"$ETL" reprocess --db "$DB" --log-level warn 2>>"$WORK/etl.log"
expect_eq "reprocess exits 0" "$?" 0
for t in bronze_calls silver_calls gold_performance_metrics call_index; do
    expect_eq "$t: H-8 once, at its new time" \
        "$(sql "SELECT count(*) || ' ' || bool_and(call_time = '$NEWTS') FROM $t WHERE call_id = 'H-8'")" "1 true"
done
expect_eq "after reprocess: call_index equals the layers" "$(sql "$IDX_EQ")" 0
# A stored call without its row (none is expected: written by hand) is
# found by reprocess in whatever month it is, and indexed again.
sql "DELETE FROM call_index WHERE call_id = 'H-9'" >/dev/null
"$ETL" reprocess --db "$DB" --log-level warn 2>>"$WORK/etl.log"
expect_eq "reprocess without H-9's row exits 0" "$?" 0
for t in bronze_calls silver_calls gold_performance_metrics call_index; do
    expect_eq "$t: H-9 once" "$(sql "SELECT count(*) FROM $t WHERE call_id = 'H-9'")" 1
done
expect_eq "after reprocess of an unindexed call: call_index equals the layers" "$(sql "$IDX_EQ")" 0
expect_eq "after reprocess: the totals are unchanged" "$(sql "$TOTALS")" "$BEFORE"
expect_eq "after reprocess: H-8 counts on its new day, not its old one" \
    "$(sql "SELECT coalesce(sum(calls) FILTER (WHERE day = '$(echo "$NEWTS" | cut -c1-10)'), 0) || ' '
                   || coalesce(sum(calls) FILTER (WHERE day = '$(ts 0 | cut -c1-10)'), 0)
            FROM agent_daily_metrics WHERE agent_name = 'Ana'")" "1 0"

# The reader reads call_index once roles.sql is applied (the snapshot's
# newest call, in report).
expect_eq "call_index belongs to the worker's schema" \
    "$(sql "SELECT count(*) FROM converza_schema_version WHERE name = '016_call_index'")" 1
t_end
