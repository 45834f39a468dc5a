#!/bin/sh
# test_hostile.sh - the real worker over the whole hostile corpus
# (tests/data/hostile, outcomes in its EXPECTED.tsv, the 50 MB transcript and
# the deep nesting made by generate.sh) plus input-folder hazards made here: a
# symbolic link to a valid call, a dangling link, a link loop, a FIFO, a socket,
# an unreadable file and directory, a file still being written (.part, then
# renamed), hidden and editor files, duplicate call ids in one batch, file
# names that are not UTF-8 or carry newlines, quotes and terminal escapes, and
# COPY/array metacharacters in ids and names. Every file's outcome is checked
# in the database; the worker must exit 0 and never hang.
# As root the worker runs as "nobody", so that an unreadable file is unreadable.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-hostile.XXXXXX)
trap 'stop_all; chmod -R u+rwX "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT INT TERM
chmod 755 "$WORK"
HOSTILE=$TOP/tests/data/hostile
ETL=$BIN/converza-etl
LIMIT=${HOSTILE_TIMEOUT:-600} # seconds before a run counts as hung

start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
PFX=cz/hostile

RUNAS=
if [ "$(id -u)" = 0 ]; then
    if id nobody >/dev/null 2>&1 && runuser -u nobody -- test -x "$ETL"; then
        RUNAS=nobody
    else
        echo "note: root and no usable unprivileged user: the unreadable-file checks are left out"
    fi
fi
# worker LOG ARGS...: the worker with a time limit, as the unprivileged user.
worker() {
    log=$1; shift
    set -- "$ETL" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" --mqtt-prefix "$PFX" \
        --log-level info "$@"
    [ -n "$RUNAS" ] && set -- runuser -u "$RUNAS" -- "$@"
    timeout -k 10 "$LIMIT" "$@" 2>"$log"
}
q() { sql "$1" | tr -d '\r'; }
absent() { ! grep -q "$@"; } # absent [GREP OPTIONS] PATTERN FILE...
ESC=$(printf '\033')
hexof() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n'; }
# call FILE ID AGENT: a valid call with this id and agent name (JSON-escaped).
call() {
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "2025-10-09T16:19:15", "transcript_text": "Agent: Thanks for calling. Customer: I want the premium plan. Agent: Done."}\n' \
        "$2" "$3" >"$1"
}

IN=$WORK/in
mkdir -p "$IN" "$WORK/outside"
cp "$HOSTILE"/*.json "$IN"/
sh "$HOSTILE/generate.sh" "$IN"
check "generate.sh made the 50 MB transcript" test "$(wc -c <"$IN/huge-transcript.json")" -gt 50000000

# ---- hazards made at test time -----------------------------------------------
call "$WORK/outside/target.json" LINK-1 "Link Target"
ln -s "$WORK/outside/target.json" "$IN/symlink.json"
ln -s "$WORK/outside/missing.json" "$IN/dangling.json"
ln -s . "$IN/loop"
mkfifo "$IN/fifo.json"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$IN/socket.json"
call "$IN/unreadable.json" SECRET-1 "Unreadable File"
chmod 000 "$IN/unreadable.json"
mkdir "$IN/locked"
call "$IN/locked/inside.json" LOCKED-1 "Locked Dir"
chmod 000 "$IN/locked"
# A producer still writing: the name ends in .part until it is complete.
printf '{"call_id": "PART-1", "agent_name": "Part Writer", "timestamp": "2025-10-09T16:19:15", "transcript_text": "Agent: hel' \
    >"$IN/arriving.json.part"
call "$IN/.hidden.json" HIDDEN-1 "Hidden File"
call "$IN/editor.json.swp" SWP-1 "Swap File"
call "$IN/scratch.json.tmp" TMP-1 "Temp File"
# The same call id three times in one batch: the last file (by name) wins.
call "$IN/dup-1.json" DUP-1 "Dup First"
call "$IN/dup-2.json" DUP-1 "Dup Second"
cp "$IN/dup-2.json" "$IN/dup-3.json"
# File names: not UTF-8; newline, tab, quotes, backslash, braces and commas;
# forged log lines and terminal escapes in names of quarantined files.
NONUTF=$IN/$(printf 'name-\377\376.json')
call "$NONUTF" NONUTF-1 "Latin Name"
: >"$IN/$(printf 'empty-\351t\351.json')"
WEIRD=$IN/$(printf 'we\\ird "q" {a,b}\t\nname.json')
call "$WEIRD" WEIRD-1 "Weird Name"
: >"$IN/$(printf 'inject\n<3>2026-01-01T00:00:00Z error: FORGED.json')"
: >"$IN/$(printf 'title-\033]0;pwned\007-\033[2J.json')"
# COPY and array-literal metacharacters in the id and name; C1 and C0 controls.
printf '{"call_id": "M\\"1\\\\N,{x}\\t\\\\.", "agent_name": "Tab\\there \\\\. \\\\N {\\"a\\",b} \\u009b31m\\u0001", "timestamp": "2025-10-09T16:19:15", "transcript_text": "Agent: hi. Customer: yes please."}\n' \
    >"$IN/copy-meta.json"

chmod -R a+rX "$IN" "$WORK/outside"
chmod 000 "$IN/unreadable.json" "$IN/locked"

# ---- run 1: everything, with the 50 MB file under the limit -----------------
t0=$(date +%s)
worker "$WORK/run1.log" --once --input "$IN" --max-file-size 60000000
rc=$?
echo "run 1 took $(($(date +%s) - t0)) s"
if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    fail "run 1 finishes (no hang on the FIFO or anything else)" "killed after $LIMIT s"
else
    pass "run 1 finishes (no hang on the FIFO or anything else)"
fi
expect_eq "run 1 exits 0" "$rc" 0

# Every corpus file as EXPECTED.tsv says: loaded -> a gold row with its call_id;
# quarantined -> a quarantine row whose reason holds the expected words.
python3 - "$IN" "$HOSTILE/EXPECTED.tsv" >"$WORK/expected" <<'PY'
import json, sys
d, exp = sys.argv[1], sys.argv[2]
for line in open(exp, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    name, outcome, reason = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    if outcome == "load":
        raw = open(d + "/" + name, "rb").read().decode("utf-8-sig")
        print("%s\tload\t%s" % (name, json.loads(raw, strict=False)["call_id"]))
    else:
        print("%s\tquarantine\t%s" % (name, reason))
PY
check "EXPECTED.tsv lists the corpus" test "$(wc -l <"$WORK/expected")" -ge 70
listed=$(cut -f1 "$WORK/expected" | sort | tr '\n' ' ')
for f in "$HOSTILE"/*.json; do
    case " $listed " in *" $(basename "$f") "*) ;; *) fail "corpus file $(basename "$f") has an expected outcome" ;; esac
done
while IFS='	' read -r name outcome what; do
    if [ "$outcome" = load ]; then
        expect_eq "corpus $name: loaded into gold as $what" \
            "$(q "SELECT count(*) FROM gold_performance_metrics g JOIN bronze_calls b USING (call_id)
                  WHERE g.call_id = '$what' AND b.source_file = '$IN/$name'")" 1
    else
        reason=$(q "SELECT reason FROM quarantine WHERE source_file = '$IN/$name'")
        case "$reason" in
        *"$what"*) pass "corpus $name: quarantined ($reason)" ;;
        *) fail "corpus $name: quarantined with \"$what\"" "reason '$reason'" ;;
        esac
    fi
done <"$WORK/expected"
expect_eq "every corpus file recorded once in ingested_files" \
    "$(q "SELECT count(DISTINCT path) FROM ingested_files WHERE path IN ($(cut -f1 "$WORK/expected" | sed "s|.*|'$IN/&'|" | paste -sd,))")" \
    "$(wc -l <"$WORK/expected" | tr -d ' ')"
expect_eq "the 50 MB transcript is whole in bronze" \
    "$(q "SELECT octet_length(raw) FROM bronze_calls WHERE call_id = 'H-901'")" "$(wc -c <"$IN/huge-transcript.json" | tr -d ' ')"
expect_eq "the 50 MB transcript is split into turns" \
    "$(q "SELECT turn_count > 900000 FROM silver_calls WHERE call_id = 'H-901'")" t

# Folder hazards.
reason_of() { q "SELECT reason FROM quarantine WHERE source_file = '$1'"; }
expect_eq "symlink to a valid call quarantined" "$(reason_of "$IN/symlink.json")" "symbolic link: not followed"
expect_eq "symlink target not loaded" "$(q "SELECT count(*) FROM bronze_calls WHERE call_id = 'LINK-1'")" 0
expect_eq "dangling symlink quarantined" "$(reason_of "$IN/dangling.json")" "symbolic link: not followed"
expect_eq "symlink loop quarantined, not walked" "$(reason_of "$IN/loop")" "symbolic link: not followed"
expect_eq "nothing read through the loop" "$(q "SELECT count(*) FROM ingested_files WHERE path LIKE '$IN/loop/%'")" 0
expect_eq "FIFO quarantined" "$(reason_of "$IN/fifo.json")" "not a regular file"
expect_eq "socket quarantined" "$(reason_of "$IN/socket.json")" "not a regular file"
if [ "$(id -u)" != 0 ] || [ -n "$RUNAS" ]; then
    r=$(reason_of "$IN/unreadable.json")
    case "$r" in
    "cannot open: Permission denied") pass "unreadable file quarantined ($r)" ;;
    *) fail "unreadable file quarantined" "reason '$r'" ;;
    esac
    expect_eq "unreadable file's call not loaded" "$(q "SELECT count(*) FROM bronze_calls WHERE call_id = 'SECRET-1'")" 0
    check "unreadable directory skipped with a warning" grep -q "skipping unreadable directory $IN/locked" "$WORK/run1.log"
    expect_eq "unreadable directory's call not loaded" "$(q "SELECT count(*) FROM bronze_calls WHERE call_id = 'LOCKED-1'")" 0
fi
expect_eq ".part file skipped (not loaded, not quarantined, not recorded)" \
    "$(q "SELECT (SELECT count(*) FROM ingested_files WHERE path LIKE '%.part')
               + (SELECT count(*) FROM quarantine WHERE source_file LIKE '%.part')
               + (SELECT count(*) FROM bronze_calls WHERE call_id = 'PART-1')")" 0
expect_eq "hidden, .swp and .tmp files skipped" \
    "$(q "SELECT count(*) FROM ingested_files WHERE path LIKE '%hidden%' OR path LIKE '%.swp' OR path LIKE '%.tmp'")" 0
expect_eq "duplicate call id: one row in every layer" \
    "$(q "SELECT (SELECT count(*) FROM bronze_calls WHERE call_id = 'DUP-1') || ' ' || (SELECT count(*) FROM silver_calls WHERE call_id = 'DUP-1')
          || ' ' || (SELECT count(*) FROM gold_performance_metrics WHERE call_id = 'DUP-1')")" "1 1 1"
expect_eq "duplicate call id: the last file wins" \
    "$(q "SELECT g.agent_name || ' ' || b.source_file FROM gold_performance_metrics g JOIN bronze_calls b USING (call_id) WHERE call_id = 'DUP-1'")" \
    "Dup Second $IN/dup-3.json"
expect_eq "duplicate call id: the run counts two duplicates" "$(q "SELECT sum(duplicates) FROM etl_runs")" 2
expect_eq "duplicate call id: earlier files recorded as duplicates" \
    "$(q "SELECT string_agg(outcome, ' ' ORDER BY path) FROM ingested_files WHERE path LIKE '$IN/dup-%'")" "duplicate duplicate loaded"
expect_eq "duplicate call id counted once in the aggregates" \
    "$(q "SELECT sum(calls) FROM agent_daily_metrics WHERE agent_name LIKE 'Dup %'")" 1

# File names.
expect_eq "non-UTF-8 file name: loaded" "$(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id = 'NONUTF-1'")" 1
expect_eq "non-UTF-8 file name: stored with the bad bytes as \\xHH" \
    "$(q "SELECT source_file FROM bronze_calls WHERE call_id = 'NONUTF-1'")" "$IN/name-\\xff\\xfe.json"
expect_eq "non-UTF-8 name of a quarantined file" \
    "$(q "SELECT reason FROM quarantine WHERE source_file = '$IN/empty-\\xe9t\\xe9.json'")" "empty file"
expect_eq "newline, tab, quotes, backslash, braces in a file name: stored exactly" \
    "$(q "SELECT encode(convert_to(source_file, 'UTF8'), 'hex') FROM bronze_calls WHERE call_id = 'WEIRD-1'")" "$(hexof "$WEIRD")"
check "a newline in a file name forges no log line" absent '^<3>2026-01-01T00:00:00Z error: FORGED' "$WORK/run1.log"
check "file names with newlines stay on one log line" grep -q 'inject\\n<3>2026-01-01T00:00:00Z error: FORGED.json: empty file' "$WORK/run1.log"
check "no terminal escape reaches the log" absent -F "$ESC" "$WORK/run1.log"

# Names and ids: terminal escapes cleaned, SQL and COPY metacharacters verbatim.
expect_eq "agent name with colour escapes and BEL arrives cleaned" \
    "$(q "SELECT agent_name FROM gold_performance_metrics WHERE call_id = 'H-050'")" "Maria Lopez"
expect_eq "agent name with a raw OSC title escape arrives cleaned" \
    "$(q "SELECT agent_name FROM gold_performance_metrics WHERE call_id = 'H-051'")" "Maria Lopez"
expect_eq "agent name with white space folded" \
    "$(q "SELECT agent_name FROM silver_calls WHERE call_id = 'H-053'")" "Maria Lopez"
expect_eq "agent name with SQL metacharacters verbatim in gold" \
    "$(q "SELECT agent_name FROM gold_performance_metrics WHERE call_id = 'H-052'")" "O'Brien; DROP TABLE x;--"
expect_eq "agent name with SQL metacharacters verbatim in silver and the aggregates" \
    "$(q "SELECT (SELECT agent_name FROM silver_calls WHERE call_id = 'H-052') = (SELECT agent_name FROM agent_daily_metrics WHERE agent_name LIKE 'O''Brien%')")" t
meta_id=$(printf 'M"1\\N,{x} \\.') # the tab folded to a space like all white space
expect_eq "call id with COPY and array metacharacters verbatim" \
    "$(q "SELECT encode(convert_to(call_id, 'UTF8'), 'hex') FROM gold_performance_metrics WHERE agent_name LIKE 'Tab%'")" "$(hexof "$meta_id")"
expect_eq "agent name with COPY metacharacters kept, C0 and C1 controls removed" \
    "$(q "SELECT agent_name FROM gold_performance_metrics WHERE agent_name LIKE 'Tab%'")" 'Tab here \. \N {"a",b}'
expect_eq "no control character in any stored agent name" \
    "$(q "SELECT count(*) FROM (SELECT agent_name FROM gold_performance_metrics UNION ALL SELECT agent_name FROM silver_calls
          UNION ALL SELECT agent_name FROM agent_daily_metrics) a WHERE agent_name ~ '[\\x01-\\x1f\\x7f\\u0080-\\u009f]'")" 0
expect_eq "unicode agent names kept" \
    "$(q "SELECT agent_name FROM gold_performance_metrics WHERE call_id = 'H-034'")" "Zoë 李"
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/agents" -C 1 -W 10 >"$WORK/agents.json"
check "agents payload published" test -s "$WORK/agents.json"
check "agents payload carries the SQL name verbatim" grep -qF "O'Brien; DROP TABLE x;--" "$WORK/agents.json"
expect_eq "agents payload carries no control character in any name" "$(python3 -c '
import json, sys, unicodedata
names = [a["agent_name"] for a in json.load(open(sys.argv[1]))["agents"]]
print(sum(1 for n in names for ch in n if unicodedata.category(ch) == "Cc"))' "$WORK/agents.json")" 0

# Run 1 left nothing behind: the same folder again is a no-op (the FIFO is
# still there and must not block).
before=$(q "SELECT count(*) FROM etl_runs")
worker "$WORK/run1b.log" --once --input "$IN" --max-file-size 60000000
expect_eq "second run over the same folder exits 0" "$?" 0
expect_eq "second run loads and quarantines nothing" "$(q "SELECT count(*) FROM etl_runs")" "$before"

# ---- the .part file completed and renamed; copies of loaded calls -----------
printf 'lo. Customer: yes."}\n' >>"$IN/arriving.json.part"
mv "$IN/arriving.json.part" "$IN/arriving.json"
chmod a+r "$IN/arriving.json"
cp "$IN/copy-meta.json" "$IN/copy-meta-again.json"
gold_before=$(q "SELECT md5(string_agg(call_id || agent_name || batch_id, ',' ORDER BY call_id)) FROM gold_performance_metrics WHERE call_id <> 'PART-1'")
worker "$WORK/run2.log" --once --input "$IN" --max-file-size 60000000
expect_eq "run after the rename exits 0" "$?" 0
expect_eq "renamed .part file loaded" "$(q "SELECT b.source_file FROM bronze_calls b JOIN gold_performance_metrics USING (call_id) WHERE call_id = 'PART-1'")" "$IN/arriving.json"
expect_eq "a copy of the metacharacter call is a duplicate (array literal escaping)" \
    "$(q "SELECT duplicates || ' ' || calls_loaded FROM etl_runs ORDER BY batch_id DESC LIMIT 1")" "1 1"
expect_eq "no other gold row changed" \
    "$(q "SELECT md5(string_agg(call_id || agent_name || batch_id, ',' ORDER BY call_id)) FROM gold_performance_metrics WHERE call_id <> 'PART-1'")" "$gold_before"

# ---- run 3: the 50 MB file over a lower limit --------------------------------
mkdir -p "$WORK/in2"
cp "$IN/huge-transcript.json" "$WORK/in2/"
chmod -R a+rX "$WORK/in2"
worker "$WORK/run3.log" --once --input "$WORK/in2" --max-file-size 10000000
rc=$?
expect_eq "run with a 10 MB limit exits 0" "$rc" 0
r=$(reason_of "$WORK/in2/huge-transcript.json")
case "$r" in
*"over the limit"*) pass "50 MB file over a 10 MB limit quarantined ($r)" ;;
*) fail "50 MB file over a 10 MB limit quarantined" "reason '$r'" ;;
esac
expect_eq "an over-limit file keeps no raw bytes in quarantine" \
    "$(q "SELECT raw IS NULL FROM quarantine WHERE source_file = '$WORK/in2/huge-transcript.json'")" t

# Sanity over everything: the aggregates still equal a GROUP BY over gold.
expect_eq "aggregates equal GROUP BY over gold after the hostile runs" "$(q "SELECT count(*) FROM (
  (SELECT agent_name, day, calls, conversions, upsell_revenue FROM agent_daily_metrics
   EXCEPT SELECT agent_name, call_day, count(*), count(*) FILTER (WHERE is_conversion), sum(upsell_amount)
   FROM gold_performance_metrics GROUP BY 1, 2)
  UNION ALL
  (SELECT agent_name, call_day, count(*), count(*) FILTER (WHERE is_conversion), sum(upsell_amount)
   FROM gold_performance_metrics GROUP BY 1, 2
   EXCEPT SELECT agent_name, day, calls, conversions, upsell_revenue FROM agent_daily_metrics)) d")" 0
t_end
