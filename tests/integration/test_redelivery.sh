#!/bin/sh
# test_redelivery.sh - reading a file again re-delivers only what changed in
# it, files a call depends on are part of its identity, nothing is dropped in
# silence:
#   - every multi-record format (JSON Lines as *.jsonl, *.ndjson and detected
#     by content): an unrelated line appended, the file touched, one record
#     rewritten, a bad line fixed; a correction from another file survives
#     all but the rewrite of that very record; a call repeated in one file
#     keeps the file's last word;
#   - single-call files (seed, text, Transcribe) touched or rewritten;
#   - Harper Valley: transcripts read before their metadata exists load when
#     it arrives, corrected metadata updates the call, touched metadata
#     delivers nothing; with batches of one file, each metadata file is still
#     recorded in its transcript's batch;
#   - trees deeper than the walk's limit (65 and 100 levels) are quarantined
#     and logged, the good calls beside them load;
#   - quarantine rows of a file read again are those of its current content,
#     and ingested_files' outcome and counts say what each file's read did.
# Aggregates are checked against gold after each step.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-redeliver.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
ETL="$BIN/converza-etl"
run() { "$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level warn >>"$WORK/etl.log" 2>&1; }
last_run() { sql "SELECT calls_loaded || ' ' || replaced || ' ' || duplicates FROM etl_runs ORDER BY batch_id DESC LIMIT 1"; }
agent() { sql "SELECT agent_name FROM gold_performance_metrics WHERE call_id = '$1'"; }
file_row() { # outcome|loaded|duplicates|unchanged|quarantined of a file
    sql "SELECT outcome, loaded, duplicates, unchanged, quarantined FROM ingested_files WHERE path = '$1'"
}
quar() { sql "SELECT count(*) FROM quarantine WHERE source_file = '$1'"; }
agg_exact() { expect_eq "$1: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0; }
# A seed JSON object for call $1 by agent $2 (one line).
call() {
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "2025-06-0%sT10:00:00Z", "transcript_text": "Agent: Would you like the premium plan for $20 more? Customer: %s"}' \
        "$1" "$2" "${3:-1}" "${4:-Yes, sign me up. Thank you, that was helpful.}"
}
batches() { sql "SELECT count(*) FROM etl_runs"; }

# ---- multi-record files: JSON Lines by both names and by content ----------
mkdir -p "$IN/jl" "$IN/fix"
for f in a.jsonl b.ndjson c.log; do
    p=$(echo "$f" | cut -c1 | tr a-z A-Z)
    { call "${p}1" "Ann Lee"; echo; call "${p}2" "Bo Chen" 2; echo
      echo '{"call_id": "broken", "agent_name": '; } >"$IN/jl/$f"
done
check "first run" run
expect_eq "good lines of every JSON Lines file loaded" \
    "$(sql "SELECT string_agg(call_id, ' ' ORDER BY call_id) FROM gold_performance_metrics")" "A1 A2 B1 B2 C1 C2"
expect_eq "c.log read as JSON Lines" "$(sql "SELECT source_format FROM silver_calls WHERE call_id = 'C1'")" jsonl
expect_eq "each bad line quarantined once" "$(sql "SELECT count(*), count(DISTINCT source_file) FROM quarantine")" "3|3"
expect_eq "a file with loaded calls and a bad line says loaded, with counts" "$(file_row "$IN/jl/a.jsonl")" "loaded|2|0|0|1"
# Corrections of the first call of each file, from files of their own.
for p in A B C; do call "${p}1" "Corrected $p" >"$IN/fix/$p.json"; done
check "correction run" run
expect_eq "corrections applied" "$(agent A1) $(agent B1) $(agent C1)" "Corrected A Corrected B Corrected C"
agg_exact "corrections"

# 1. An unrelated line appended: only it is delivered.
for f in a.jsonl b.ndjson c.log; do
    p=$(echo "$f" | cut -c1 | tr a-z A-Z)
    { echo; call "${p}4" "Cy Dorn" 3; } >>"$IN/jl/$f"
done
check "run after appending" run
expect_eq "appending a line keeps every correction" "$(agent A1) $(agent B1) $(agent C1)" "Corrected A Corrected B Corrected C"
expect_eq "the appended lines loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id IN ('A4','B4','C4')")" 3
expect_eq "the appended lines were the only deliveries" "$(sql "SELECT sum(calls_loaded), sum(replaced), sum(duplicates) FROM etl_runs WHERE batch_id = (SELECT max(batch_id) FROM etl_runs)")" "3|0|0"
expect_eq "the appended file: 1 loaded, 2 unchanged, 1 quarantined" "$(file_row "$IN/jl/b.ndjson")" "loaded|1|0|2|1"
expect_eq "the bad line still quarantined, once (no stale copy)" "$(quar "$IN/jl/b.ndjson")" 1
agg_exact "append"

# 2. Touched: nothing delivered.
sleep 0.01
touch "$IN/jl/a.jsonl" "$IN/jl/b.ndjson" "$IN/jl/c.log"
check "run after touching" run
expect_eq "touching keeps every correction" "$(agent A1) $(agent B1) $(agent C1)" "Corrected A Corrected B Corrected C"
expect_eq "touching delivers no call" "$(last_run)" "0 0 0"
expect_eq "a touched file: all unchanged, the bad line quarantined" "$(file_row "$IN/jl/c.log")" "quarantined|0|0|3|1"
expect_eq "still one quarantine row per bad line" "$(sql "SELECT count(*) FROM quarantine WHERE source_file LIKE '$IN/jl/%'")" 3

# 3. Rewritten with one record changed: only that record is delivered.
for f in a.jsonl b.ndjson c.log; do
    p=$(echo "$f" | cut -c1 | tr a-z A-Z)
    sed "s/\"${p}2\", \"agent_name\": \"Bo Chen\"/\"${p}2\", \"agent_name\": \"Di Eng\"/" "$IN/jl/$f" >"$WORK/tmp" && cat "$WORK/tmp" >"$IN/jl/$f"
done
check "run after rewriting one record" run
expect_eq "the changed records replaced" "$(agent A2) $(agent B2) $(agent C2)" "Di Eng Di Eng Di Eng"
expect_eq "the others keep their corrections" "$(agent A1) $(agent B1) $(agent C1)" "Corrected A Corrected B Corrected C"
expect_eq "three replacements, nothing else" "$(last_run)" "3 3 0"
expect_eq "the rewritten file: 1 loaded, 2 unchanged" "$(file_row "$IN/jl/a.jsonl")" "loaded|1|0|2|1"
agg_exact "rewrite"

# 4. The bad line fixed: it loads and its quarantine row goes.
for f in a.jsonl b.ndjson c.log; do
    p=$(echo "$f" | cut -c1 | tr a-z A-Z)
    python3 - "$IN/jl/$f" "$(call "${p}3" "Eve Fry" 4)" <<'PY'
import sys
path, good = sys.argv[1], sys.argv[2]
lines = open(path).read().split("\n")
open(path, "w").write("\n".join(good if l.startswith('{"call_id": "broken"') else l for l in lines))
PY
done
check "run after fixing the bad lines" run
expect_eq "the fixed lines loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id IN ('A3','B3','C3')")" 3
expect_eq "no stale quarantine row for the fixed files" "$(sql "SELECT count(*) FROM quarantine WHERE source_file LIKE '$IN/jl/%'")" 0
expect_eq "the fixed file: 1 loaded, 3 unchanged, nothing quarantined" "$(file_row "$IN/jl/c.log")" "loaded|1|0|3|0"
expect_eq "corrections survive every re-read" "$(agent A1) $(agent B1) $(agent C1)" "Corrected A Corrected B Corrected C"
agg_exact "fix"

# 5. A call twice in one file: the later line wins, also when only the
# earlier line changes.
{ call R1 "First Take"; echo; call R1 "Last Word" 2; echo; } >"$IN/jl/repeat.jsonl"
check "run with a repeated call" run
expect_eq "the later line of a repeated call wins" "$(agent R1)" "Last Word"
sed 's/First Take/First Take Again/' "$IN/jl/repeat.jsonl" >"$WORK/tmp" && cat "$WORK/tmp" >"$IN/jl/repeat.jsonl"
check "run after changing the earlier line" run
expect_eq "the file's last word on the call still stands" "$(agent R1)" "Last Word"
agg_exact "repeat"

# ---- single-call files: seed, text, Transcribe -----------------------------
# (with the server writing bytea in its old escape format: the identities are
# read the same)
sql "ALTER DATABASE converza SET bytea_output = 'escape'" >/dev/null
mkdir -p "$IN/one"
call S1 "Seed Original" >"$IN/one/S1.json"
printf 'Call-Id: T1\nAgent-Name: Text Original\nTimestamp: 2025-06-02T09:00:00Z\n\nAgent: Shall I book the repair?\nCustomer: Yes, book it.\n' >"$IN/one/T1.txt"
cp "$TOP/tests/data/formats/transcribe-call.json" "$IN/one/X1.json"
check "single-call files load" run
xid=$(sql "SELECT call_id FROM silver_calls WHERE source_format = 'transcribe'")
expect_eq "the Transcribe call loaded" "$(test -n "$xid" && echo yes)" yes
for id in S1 T1 "$xid"; do call "$id" "Fixed Elsewhere" >"$IN/fix/one-$id.json"; done
check "corrections of single-call files" run
expect_eq "corrected" "$(agent S1)|$(agent T1)|$(agent "$xid")" "Fixed Elsewhere|Fixed Elsewhere|Fixed Elsewhere"
sleep 0.01
touch "$IN/one/S1.json" "$IN/one/T1.txt" "$IN/one/X1.json"
check "run after touching them" run
expect_eq "touching a single-call file does not undo its correction" \
    "$(agent S1)|$(agent T1)|$(agent "$xid")" "Fixed Elsewhere|Fixed Elsewhere|Fixed Elsewhere"
expect_eq "touched single-call files deliver nothing" "$(last_run)" "0 0 0"
expect_eq "a touched single-call file says unchanged" "$(file_row "$IN/one/T1.txt")" "unchanged|0|0|1|0"
call S1 "Seed Rewritten" >"$IN/one/S1.json"
check "run after rewriting one" run
expect_eq "a rewritten single-call file is a new delivery" "$(agent S1)|$(agent T1)" "Seed Rewritten|Fixed Elsewhere"
agg_exact "single-call files"

# ---- Harper Valley: metadata arriving late, corrected, touched --------------
HVB=$TOP/tests/data/formats/hvb
mkdir -p "$IN/hv/transcript" "$IN/hv/metadata"
cp "$HVB"/transcript/*.json "$IN/hv/transcript/"
set -- $(ls "$HVB/transcript" | sed 's/\.json$//')
H1=$1 H2=$2 H3=$3
cp "$HVB/metadata/$H1.json" "$IN/hv/metadata/"
check "run with one metadata file of three" run
expect_eq "the transcript with metadata loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE source_format = 'hvb'")" 1
expect_eq "the two without wait in quarantine, naming the metadata" \
    "$(sql "SELECT count(*) FROM quarantine WHERE source_file LIKE '$IN/hv/%' AND reason LIKE 'cannot read its metadata%'")" 2
expect_eq "the metadata recorded as a sibling" "$(file_row "$IN/hv/metadata/$H1.json")" "sibling|0|0|0|0"
cp "$HVB/metadata/$H2.json" "$IN/hv/metadata/"
check "run after the second metadata arrives" run
expect_eq "its transcript loads now" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id = '$H2'")" 1
expect_eq "with the agent the metadata names" "$(agent "$H2")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["agent"]["metadata"]["agent_name"].strip())' "$HVB/metadata/$H2.json")"
expect_eq "its quarantine row is gone, the other stays" \
    "$(quar "$IN/hv/transcript/$H2.json") $(quar "$IN/hv/transcript/$H3.json")" "0 1"
expect_eq "only that call delivered" "$(last_run)" "1 0 0"
agg_exact "late metadata"
python3 - "$IN/hv/metadata/$H1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["agent"]["metadata"]["agent_name"] = "Corrected Agent"
d["caller"]["survey_response"]["data"]["partner_rating"] = "3"
json.dump(d, open(sys.argv[1], "w"))
PY
check "run after correcting metadata" run
expect_eq "corrected metadata updates the call" "$(sql "SELECT agent_name || ' ' || csat FROM gold_performance_metrics WHERE call_id = '$H1'")" "Corrected Agent 3"
expect_eq "silver follows" "$(sql "SELECT agent_name FROM silver_calls WHERE call_id = '$H1'")" "Corrected Agent"
expect_eq "one replacement" "$(last_run)" "1 1 0"
expect_eq "its transcript recorded as loaded" "$(file_row "$IN/hv/transcript/$H1.json")" "loaded|1|0|0|0"
agg_exact "corrected metadata"
sleep 0.01
touch "$IN/hv/metadata/$H1.json" "$IN/hv/transcript/$H2.json"
check "run after touching a metadata file and another call's transcript" run
expect_eq "touched metadata or transcript delivers nothing" "$(last_run)" "0 0 0"
expect_eq "the touched transcript read again says unchanged" "$(file_row "$IN/hv/transcript/$H2.json")" "unchanged|0|0|1|0"
expect_eq "the transcript read again says unchanged" "$(file_row "$IN/hv/transcript/$H1.json")" "unchanged|0|0|1|0"
expect_eq "the call keeps the corrected metadata" "$(agent "$H1")" "Corrected Agent"
b=$(batches)
check "a run with nothing new" run
expect_eq "nothing new: no batch" "$(batches)" "$b"
cp "$HVB/metadata/$H3.json" "$IN/hv/metadata/"
check "run after the last metadata arrives" run
expect_eq "every Harper Valley call loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE source_format = 'hvb'")" 3
expect_eq "no Harper Valley quarantine row left" "$(sql "SELECT count(*) FROM quarantine WHERE source_file LIKE '$IN/hv/%'")" 0
agg_exact "Harper Valley"
# Batches of one file: each metadata file is still recorded with its
# transcript, in the same transaction, so neither can be recorded alone.
mkdir -p "$WORK/hv2"
cp -r "$IN/hv" "$WORK/hv2/in"
"$ETL" --once --no-mqtt --db "$DB" --input "$WORK/hv2/in" --batch-size 1 --log-level error
expect_eq "batches of one: each metadata file in its transcript's batch" \
    "$(sql "SELECT count(*) FROM ingested_files t JOIN ingested_files m ON m.batch_id = t.batch_id
            AND m.path = replace(t.path, '/in/transcript/', '/in/metadata/')
            WHERE t.path LIKE '$WORK/hv2/in/transcript/%' AND m.outcome = 'sibling'")" 3

# ---- deep trees ------------------------------------------------------------
# level ROOT N: the path of the directory N levels below the input in tree ROOT
# ($IN/ROOT is level 1, its d1 level 2, ...).
level() {
    d=$IN/$1; i=1
    while [ "$i" -lt "$2" ]; do d=$d/d$i; i=$((i + 1)); done
    echo "$d"
}
d64=$(level deep64 64) d65=$(level deep65 65) d100=$(level deep100 100)
mkdir -p "$d64" "$d65" "$d100"
call DEEP64 "Deep Agent" >"$d64/deep64.json"
call DEEP65 "Deep Agent" >"$d65/deep65.json"
call DEEP100 "Deep Agent" >"$d100/deep100.json"
call SHALLOW "Deep Agent" >"$IN/deep65/shallow.json"
: >"$WORK/etl.log"
check "run over deep trees" run
expect_eq "a file 64 levels down loads, as does the one beside the deep tree" \
    "$(sql "SELECT string_agg(call_id, ' ' ORDER BY call_id) FROM gold_performance_metrics WHERE agent_name = 'Deep Agent'")" "DEEP64 SHALLOW"
expect_eq "the directory 65 levels down quarantined, in each tree, and nothing else there" \
    "$(sql "SELECT string_agg(source_file, ' ' ORDER BY source_file) FROM quarantine WHERE source_file LIKE '$IN/deep%'")" \
    "$(level deep100 65) $(level deep65 65)"
expect_eq "with the reason" \
    "$(sql "SELECT DISTINCT reason FROM quarantine WHERE source_file LIKE '$IN/deep%'")" \
    "directory more than 64 levels below the input: not read (move its files up)"
expect_eq "the log names both" "$(grep -c 'quarantined .*directory more than 64 levels below the input' "$WORK/etl.log")" 2
b=$(batches)
check "run again" run
expect_eq "a deep tree already reported is not reported again" "$(batches)" "$b"
agg_exact "deep trees"

# ---- ingested_files states ---------------------------------------------------
mkdir -p "$IN/states"
{ call NEWONE "State Agent"; echo; call S1 "Seed Rewritten"; echo; } >"$IN/states/mixed.jsonl"
call S1 "Seed Rewritten" >"$IN/states/copy.json"
printf 'not a call' >"$IN/states/junk.json"
check "run over mixed files" run
expect_eq "a file with a new call and a duplicate says loaded" "$(file_row "$IN/states/mixed.jsonl")" "loaded|1|1|0|0"
expect_eq "a file holding only a stored call says duplicate" "$(file_row "$IN/states/copy.json")" "duplicate|0|1|0|0"
expect_eq "a bad file says quarantined" "$(file_row "$IN/states/junk.json")" "quarantined|0|0|0|1"
call JUNKFIXED "State Agent" >"$IN/states/junk.json"
check "run after fixing the bad file" run
expect_eq "the fixed file loads and leaves no quarantine row" \
    "$(file_row "$IN/states/junk.json") $(quar "$IN/states/junk.json")" "loaded|1|0|0|0 0"
expect_eq "every call once in every layer" \
    "$(sql "SELECT (SELECT count(*) FROM bronze_calls) = (SELECT count(*) FROM silver_calls) AND (SELECT count(*) FROM silver_calls) = (SELECT count(*) FROM gold_performance_metrics)")" t
agg_exact "states"
t_end
