#!/bin/sh
# test_after_load.sh - after_load = delete and move:DIR, each with the worker
# killed (SIGKILL, through the test-only hook CONVERZA_TEST_CRASH_AFTER_COMMIT)
# right after its first batch committed and before any file was touched: the
# run after it loads nothing twice and loses nothing, deletes or archives the
# files the dead run had committed, and the aggregates equal a GROUP BY over
# gold. Quarantined files go to their own folder (move) or are deleted when
# the quarantine holds their bytes; a file too large to keep stays. Also: the
# daemon archives a file moved in, a name used again is archived beside the
# first, and an archive inside the input is refused.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-afterload.XXXXXX)
ETL_PID=
trap '[ -n "$ETL_PID" ] && kill -9 $ETL_PID 2>/dev/null; stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL="$BIN/converza-etl"
gen() { # dir prefix calls seed
    "$BIN/converza-gen" --calls "$3" --seed "$4" --agents 6 --prefix "$2" --out "$1" -q >/dev/null 2>&1
}
# An input of 300 calls in two directories, a file that is not JSON
# (quarantined, its bytes kept) and one over max_file_size (quarantined, its
# bytes not kept); a pristine copy in $1.orig.
make_input() { # dir prefix seed
    gen "$1/a" "$2A" 150 "$3"
    gen "$1/b/c" "$2B" 150 "$(($3 + 1))"
    printf 'this is not a call\n' >"$1/b/bad.json"
    head -c 300000 /dev/zero | tr '\0' 'x' >"$1/big.json"
    cp -a "$1" "$1.orig"
}
run() { # input extra-args...: a --once run, batches of 50 files
    in=$1; shift
    "$ETL" --once --no-mqtt --db "$DB" --input "$in" --batch-size 50 --max-file-size 200000 \
        --log-level info "$@" >>"$WORK/etl.log" 2>&1
}
files_in() { find "$1" -type f | wc -l | tr -d ' '; }
calls() { sql "SELECT count(*) || '|' || count(DISTINCT call_id) FROM bronze_calls WHERE call_id LIKE '$1%'"; }
loaded_sum() { sql "SELECT coalesce(sum(calls_loaded), 0) FROM etl_runs"; }

# ---- delete ----------------------------------------------------------------
IN=$WORK/del
make_input "$IN" DEL 1
CONVERZA_TEST_CRASH_AFTER_COMMIT=1 run "$IN" --after-load delete
expect_eq "delete: the hook kills the worker after its first commit" "$?" 137
expect_eq "delete: one batch committed" "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE '$IN/%'")" 50
expect_eq "delete: no file deleted before or at the kill" "$(files_in "$IN")" 302
run "$IN" --after-load delete
expect_eq "delete: the next run exits 0" "$?" 0
expect_eq "delete: every call loaded once" "$(calls DEL)" "300|300"
expect_eq "delete: nothing loaded twice (calls loaded over all runs)" "$(loaded_sum)" 300
expect_eq "delete: every file recorded once" \
    "$(sql "SELECT count(*) || '|' || count(DISTINCT path) FROM ingested_files WHERE path LIKE '$IN/%'")" "302|302"
expect_eq "delete: only the file whose bytes the quarantine lacks is left" "$(find "$IN" -type f)" "$IN/big.json"
expect_eq "delete: the not-JSON file's bytes are in quarantine" \
    "$(sql "SELECT convert_from(raw, 'UTF8') FROM quarantine WHERE source_file = '$IN/b/bad.json'")" "this is not a call"
check "delete: the files the killed run committed were handled by the next" \
    grep -q "50 files recorded as loaded are still in the input" "$WORK/etl.log"
expect_eq "delete: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
run "$IN" --after-load delete
expect_eq "delete: a third run loads nothing" "$(loaded_sum)|$(calls DEL)" "300|300|300"

# ---- move ------------------------------------------------------------------
IN=$WORK/mv
ARCH=$WORK/archive
make_input "$IN" MV 3
: >"$WORK/etl.log"
CONVERZA_TEST_CRASH_AFTER_COMMIT=1 run "$IN" --after-load "move:$ARCH"
expect_eq "move: the hook kills the worker after its first commit" "$?" 137
expect_eq "move: no file moved before or at the kill" "$(files_in "$IN")|$(files_in "$ARCH")" "302|0"
run "$IN" --after-load "move:$ARCH"
expect_eq "move: the next run exits 0" "$?" 0
expect_eq "move: every call loaded once" "$(calls MV)" "300|300"
expect_eq "move: nothing loaded twice (calls loaded over all runs)" "$(loaded_sum)" 600
expect_eq "move: the input holds no file" "$(files_in "$IN")" 0
expect_eq "move: loaded files archived under loaded/, mirroring the input" \
    "$(files_in "$ARCH/loaded/a")|$(files_in "$ARCH/loaded/b/c")" "150|150"
check "move: archived bytes unchanged" diff -r "$IN.orig/a" "$ARCH/loaded/a"
check "move: archived bytes unchanged (nested)" diff -r "$IN.orig/b/c" "$ARCH/loaded/b/c"
expect_eq "move: quarantined files under quarantined/" \
    "$(cd "$ARCH/quarantined" && find . -type f | sort | tr '\n' ' ')" "./b/bad.json ./big.json "
check "move: the files the killed run committed were moved by the next" \
    grep -q "50 files recorded as loaded are still in the input" "$WORK/etl.log"
expect_eq "move: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0

# The daemon archives a file moved in, after its commit; the same name again
# (another call) is archived beside the first, not over it.
"$ETL" --no-mqtt --db "$DB" --input "$IN" --after-load "move:$ARCH" --log-level info \
    2>>"$WORK/etl.log" &
ETL_PID=$!
sleep 1
gen "$WORK/s1" LATE 2 9
mv "$WORK/s1/LATE_000001.json" "$IN/a/late.json"
i=0
while [ $i -lt 50 ] && [ ! -f "$ARCH/loaded/a/late.json" ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "daemon: a file moved in is loaded and archived" \
    "$(calls LATE_000001)|$(files_in "$IN")|$(test -f "$ARCH/loaded/a/late.json" && echo archived)" "1|1|0|archived"
cp "$WORK/s1/LATE_000002.json" "$WORK/late2.orig"
mv "$WORK/s1/LATE_000002.json" "$IN/a/late.json"
i=0
while [ $i -lt 50 ] && [ ! -f "$ARCH/loaded/a/late.json.1" ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "daemon: the same name again is archived beside the first" \
    "$(calls LATE_000002)|$(cmp -s "$ARCH/loaded/a/late.json.1" "$WORK/late2.orig" 2>/dev/null || echo differs)$(grep -c LATE_000001 "$ARCH/loaded/a/late.json")" "1|1|1"
kill -TERM "$ETL_PID"; wait "$ETL_PID"; ETL_PID=
expect_eq "daemon: aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0

# ---- refused settings ------------------------------------------------------
run "$IN" --after-load "move:$IN/archive"
expect_eq "an archive inside the input is refused (exit 78)" "$?" 78
check "and the message says why" grep -q "is inside the input directory" "$WORK/etl.log"
run "$IN" --after-load "shred"
expect_eq "an unknown policy is refused (exit 78)" "$?" 78
run "$IN" --after-load "move:s3://archive/done"
expect_eq "an S3 destination for a local input is refused (exit 78)" "$?" 78

# ---- two local inputs, one after_load --------------------------------------
mkdir -p "$WORK/two1/x" "$WORK/two2/y"
gen "$WORK/two1/x" TWOA 20 71
gen "$WORK/two2/y" TWOB 20 72
n1=$(files_in "$WORK/two1"); n2=$(files_in "$WORK/two2")
run "$WORK/two1" --input "$WORK/two2" --after-load "move:$WORK/two-arch"
expect_eq "two inputs, move: exit 0" "$?" 0
expect_eq "two inputs, move: every call loaded once" "$(calls TWO)" "40|40"
expect_eq "two inputs, move: each file under its own path below its input" \
    "$(files_in "$WORK/two1")|$(files_in "$WORK/two2")|$(files_in "$WORK/two-arch/loaded/x")|$(files_in "$WORK/two-arch/loaded/y")" \
    "0|0|$n1|$n2"
run "$WORK/two1" --input "$WORK/two2" --after-load "move:$WORK/two2/arch"
expect_eq "two inputs: an archive inside the second input is refused (exit 78)" "$?" 78
t_end
