#!/bin/sh
# test_rescan.sh - how a run tells new and changed files from those already
# ingested (each directory's sorted listing merged with ingested_files, read a
# page of 10,000 names at a time): a directory larger than a page, with
# subdirectories sorting between its files, sibling and nested directories,
# files changed in place (before and after the first page), a file only
# touched, and new files sorting into the middle of a listing.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-rescan.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
ETL="$BIN/converza-etl"
gen() { # dir prefix calls seed
    "$BIN/converza-gen" --calls "$3" --seed "$4" --agents 6 --prefix "$2" --out "$1" >/dev/null 2>&1
}
run() { "$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level warn >>"$WORK/etl.log" 2>&1; }
last_batch() { sql "SELECT coalesce(max(batch_id), 0) FROM etl_runs"; }

# flat/ holds more names than one page; flat/A_005000.d sorts among its files.
gen "$IN/flat" A 10050 11
gen "$IN/flat/A_005000.d" M 5 12
gen "$IN/flat/zz/deeper" Z 3 13
gen "$IN/day1" D1 4 14
gen "$IN/day2" D2 4 15
TOTAL=10066
check "first run loads" run
expect_eq "every call loaded" "$(sql 'SELECT count(*) FROM gold_performance_metrics')" "$TOTAL"
expect_eq "every file recorded once" "$(sql 'SELECT count(*), count(DISTINCT path) FROM ingested_files')" "$TOTAL|$TOTAL"
expect_eq "dir and name make up the path" \
    "$(sql "SELECT count(*) FROM ingested_files WHERE dir || '/' || name <> path")" 0
B=$(last_batch)
check "second run" run
expect_eq "nothing loaded again" "$(last_batch)" "$B"

# Changed in place: the same call, another agent (so another size and mtime).
# A_010040 is on the listing's second page; M_000002 in the subdirectory.
for f in "$IN/flat/A_010040.json" "$IN/flat/A_005000.d/M_000002.json" "$IN/day2/D2_000003.json"; do
    sed 's/"agent_name": *"[^"]*"/"agent_name": "Rescan Changed"/' "$f" >"$WORK/tmp.json" &&
        cat "$WORK/tmp.json" >"$f"
done
# Touched only: re-read, the same bytes, so nothing is delivered again.
touch -d '2030-01-01 00:00:00' "$IN/flat/A_000007.json"
# New names sorting into the middle of the listings.
gen "$WORK/stage" A_004999x 1 16 && mv "$WORK/stage"/*.json "$IN/flat/"
gen "$WORK/stage2" D1_000002x 1 17 && mv "$WORK/stage2"/*.json "$IN/day1/"
check "third run" run
expect_eq "three changed files reloaded" \
    "$(sql "SELECT string_agg(call_id, ' ' ORDER BY call_id) FROM silver_calls WHERE agent_name = 'Rescan Changed'")" \
    "A_010040 D2_000003 M_000002"
expect_eq "their gold rows follow" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE agent_name = 'Rescan Changed'")" 3
expect_eq "two new calls, no copies" "$(sql 'SELECT count(*), count(DISTINCT call_id) FROM bronze_calls')" \
    "$((TOTAL + 2))|$((TOTAL + 2))"
expect_eq "the touched file recorded with its new mtime, as unchanged" \
    "$(sql "SELECT outcome, unchanged, mtime_ns / 1000000000 FROM ingested_files WHERE path = '$IN/flat/A_000007.json'")" \
    "unchanged|1|$(date -d '2030-01-01 00:00:00' +%s)"
expect_eq "the run read only the changed and new files" \
    "$(sql "SELECT sum(files_seen) FROM etl_runs WHERE batch_id > $B")" 6
expect_eq "aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
B=$(last_batch)
check "fourth run" run
expect_eq "nothing loaded again after the changes" "$(last_batch)" "$B"
# Names that test the listing's sort against PostgreSQL's byte order: equal
# first 8 and 16 bytes, a name that is another's prefix, multibyte UTF-8, and
# 3,000 names in hash order (the same call in every file: duplicates are
# recorded like any file).
python3 - "$IN/flat/A_000001.json" "$IN/names" <<'PY'
import hashlib, os, shutil, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
names = ["abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmno", "abcdefghijklmnoa",
         "abcdefghijklmnop.json", "abcdefgh", "abcdefghi", "abcdefgh.json", "b", "Z", "~tilde",
         "\u00e9t\u00e9.json", "\u00e9", "e\u0301", "abcdefghijklmnopqrstuvwxyz-1.json",
         "abcdefghijklmnopqrstuvwxyz-10.json", "abcdefghijklmnopqrstuvwxyz-2.json"]
names += [hashlib.md5(str(i).encode()).hexdigest()[:8 + i % 24] + ".json" for i in range(3000)]
for n in names:
    shutil.copyfile(src, os.path.join(out, n))
PY
check "a run over the sort test names" run
B=$(last_batch)
expect_eq "every name recorded once" "$(sql "SELECT count(*), count(DISTINCT name) FROM ingested_files WHERE dir = '$IN/names'")" "3017|3017"
check "and again" run
expect_eq "the merge matched every name (nothing read again)" "$(last_batch)" "$B"
rm -f "$IN/day1/D1_000001.json"
check "a run after a deletion" run
expect_eq "a deleted file loads nothing" "$(last_batch)" "$B"
t_end
