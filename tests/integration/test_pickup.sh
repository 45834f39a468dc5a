#!/bin/sh
# test_pickup.sh - the daemon's event-driven pickup (inotify), with interval
# left at its default of 30 s: a file moved into the input reaches the
# retained summary within 2 s, so do files in a new subdirectory and in a
# directory moved in whole; a file still open for writing is not loaded half,
# a temporary name not at all; a burst of 10,000 files loads in batches, each
# call once; the full rescan catches what no event shows (a touch); with the
# watch limit reached the worker says so and scans every interval instead;
# after lost events (queue overflow) it scans in full and watches on; a
# Harper Valley transcript is read again when its metadata arrives; with two
# local inputs the second is picked up by the full scan every interval.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-pickup.XXXXXX)
ETL_PID=
SUB_PID=
trap '[ -n "$ETL_PID" ] && kill -9 $ETL_PID 2>/dev/null; [ -n "$SUB_PID" ] && kill $SUB_PID 2>/dev/null; [ -n "${KEEP_LOG:-}" ] && cp "$WORK/etl.log" "$KEEP_LOG"; [ -n "${KEEP_LOG:-}" ] && sql "SELECT source_file, reason FROM quarantine" >>"$KEEP_LOG"; stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt
IN=$WORK/in
PFX=cz/pickup
gen() { # dir prefix calls seed
    "$BIN/converza-gen" --calls "$3" --seed "$4" --agents 6 --prefix "$2" --out "$1" -q >/dev/null 2>&1
}
# Every summary message, with the time it arrived (a subscriber that stays).
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/summary" -F '%U %p' >"$WORK/sub.txt" 2>/dev/null &
SUB_PID=$!
now_s() { date +%s.%N; }
# arrived N: when the first summary counting N calls arrived (empty: none yet).
arrived() { grep -F "\"all\":{\"calls\":$1," "$WORK/sub.txt" | head -n 1 | cut -d' ' -f1; }
# wait_calls N SECONDS [T0]: waits until a summary counts N calls; prints the
# milliseconds from T0 (default: now) to its arrival, or "timeout".
wait_calls() {
    t0=${3:-$(now_s)}
    i=0
    while [ $i -lt $(($2 * 20)) ]; do
        a=$(arrived "$1")
        [ -n "$a" ] && { awk "BEGIN { printf \"%d\", ($a - $t0) * 1000 }"; return 0; }
        i=$((i + 1)); sleep 0.05
    done
    echo timeout
    return 1
}
within() { # NAME MS LIMIT_MS
    case $2 in
    timeout) fail "$1" "not there after the wait" ;;
    *) if [ "$2" -le "$3" ]; then pass "$1 (${2} ms)"; else fail "$1" "${2} ms > ${3} ms"; fi ;;
    esac
}
start_daemon() { # extra args...
    "$BIN/converza-etl" --input "$IN" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
        --mqtt-prefix "$PFX" --log-level info "$@" 2>>"$WORK/etl.log" &
    ETL_PID=$!
}
stop_daemon() { kill -TERM "$ETL_PID"; wait "$ETL_PID"; rc=$?; ETL_PID=; return $rc; }

gen "$IN" START 20 1
start_daemon
ms=$(wait_calls 20 30)
within "start-up scan loads what is there" "$ms" 30000
check "the worker says it watches the input" grep -q "with inotify" "$WORK/etl.log"

# Moved in: the summary includes it within 2 s (interval is 30 s).
gen "$WORK/s1" MOVED 1 2
sleep 1
T0=$(now_s); mv "$WORK/s1/MOVED_000001.json" "$IN/"
within "a file moved into the input is in the summary within 2 s" "$(wait_calls 21 5 "$T0")" 2000

# A new subdirectory, then a file in it; a directory moved in whole.
mkdir -p "$IN/new/deeper"
sleep 0.3
gen "$WORK/s2" SUB 1 3
T0=$(now_s); mv "$WORK/s2/SUB_000001.json" "$IN/new/deeper/"
within "a file in a new subdirectory, within 2 s" "$(wait_calls 22 5 "$T0")" 2000
gen "$WORK/s3/tree/inner" TREE 3 4
T0=$(now_s); mv "$WORK/s3/tree" "$IN/tree"
within "a directory moved in whole, within 2 s" "$(wait_calls 25 5 "$T0")" 2000

# Still being written: half a file, its descriptor kept open for longer than
# the 2 s a file that appears whole must stay unchanged, is not loaded (a file
# written to waits for its close, or 60 s); closed, it loads within 2 s.
gen "$WORK/s4" SLOW 1 5
SRC=$WORK/s4/SLOW_000001.json
size=$(wc -c <"$SRC")
exec 3>"$IN/slow.json"
head -c $((size / 2)) "$SRC" >&3
sleep 3
expect_eq "half a file still open is not loaded" "$(arrived 26)|$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE '%/slow.json'")" "|0"
tail -c +$((size / 2 + 1)) "$SRC" >&3
T0=$(now_s); exec 3>&-
within "closed after writing, it loads within 2 s" "$(wait_calls 26 5 "$T0")" 2000
expect_eq "and nothing of it was quarantined" "$(sql "SELECT count(*) FROM quarantine")" 0

# A temporary name is not read; renamed, the file loads.
gen "$WORK/s5" TMPN 1 6
cp "$WORK/s5/TMPN_000001.json" "$IN/tmpn.json.tmp"
sleep 1.5
expect_eq "a .tmp file is not loaded" "$(sql "SELECT count(*) FROM ingested_files WHERE path LIKE '%.tmp'")" 0
T0=$(now_s); mv "$IN/tmpn.json.tmp" "$IN/tmpn.json"
within "renamed from .tmp, it loads within 2 s" "$(wait_calls 27 5 "$T0")" 2000

# A hard link appears whole, with no write and no close: it loads once it
# stayed unchanged for 2 s.
gen "$WORK/s7" LINK 1 9
T0=$(now_s); ln "$WORK/s7/LINK_000001.json" "$IN/linked.json"
ms=$(wait_calls 28 6 "$T0")
case $ms in
timeout) fail "a hard link loads after settling" "not loaded" ;;
*) if [ "$ms" -ge 1900 ] && [ "$ms" -le 3500 ]; then pass "a hard link loads after 2 s unchanged (${ms} ms)"
   else fail "a hard link loads after 2 s unchanged" "${ms} ms"; fi ;;
esac

# A burst: 10,000 files moved in at once load in batches, each call once.
gen "$WORK/burst" BURST 10000 7
B0=$(sql "SELECT coalesce(max(batch_id), 0) FROM etl_runs")
find "$WORK/burst" -name '*.json' -exec mv -t "$IN/" {} +
ms=$(wait_calls 10028 180)
within "a burst of 10,000 files loads" "$ms" 180000
nb=$(sql "SELECT count(*) FROM etl_runs WHERE batch_id > $B0")
if [ "$nb" -ge 1 ] && [ "$nb" -le 100 ]; then pass "the burst loaded in $nb batches, not one by one"
else fail "the burst loaded in batches" "$nb batches"; fi
expect_eq "every call once" "$(sql 'SELECT count(*), count(DISTINCT call_id) FROM bronze_calls')" "10028|10028"
expect_eq "every file recorded once" "$(sql 'SELECT count(*) - count(DISTINCT path) FROM ingested_files')" 0
expect_eq "aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
check "daemon stops cleanly" stop_daemon

# The full rescan sees what events do not: a touch (mtime only, IN_ATTRIB
# is not watched) is recorded by the next rescan, here after 2 s.
start_daemon --rescan-interval 2
wait_calls 10028 30 >/dev/null
touch -d '2031-01-01 00:00:00' "$IN/START_000003.json"
want=$(date -d '2031-01-01 00:00:00' +%s)
i=0; got=
while [ $i -lt 60 ]; do
    got=$(sql "SELECT mtime_ns / 1000000000 FROM ingested_files WHERE path = '$IN/START_000003.json'")
    [ "$got" = "$want" ] && break
    i=$((i + 1)); sleep 0.1
done
expect_eq "the periodic full rescan records a touched file" "$got" "$want"
check "daemon stops cleanly (rescan)" stop_daemon

# Watch limit reached (simulated with the test hook: one directory): the
# worker warns and scans every interval seconds instead.
: >"$WORK/etl.log"
CONVERZA_TEST_WATCH_LIMIT=1 start_daemon --interval 1
sleep 1
gen "$WORK/s6" LIMIT 1 8
T0=$(now_s); mv "$WORK/s6/LIMIT_000001.json" "$IN/new/deeper/"
within "with the watch limit reached, files still load by scanning" "$(wait_calls 10029 15 "$T0")" 10000
check "the limit is reported with what to do" grep -q "watch limit reached.*max_user_watches.*scanning .* every 1 s" "$WORK/etl.log"
check "daemon stops cleanly (limit)" stop_daemon

# Events lost (queue overflow, simulated with the test hook): the worker says
# so, sets the watch up again and scans in full, so the file still loads, and
# files arriving afterwards are seen by the new watch.
: >"$WORK/etl.log"
CONVERZA_TEST_WATCH_OVERFLOW=1 start_daemon --log-level debug
# After its start-up scan, so that the file comes by an event.
i=0
while [ $i -lt 300 ] && ! grep -q "nothing new under\|run finished" "$WORK/etl.log"; do i=$((i + 1)); sleep 0.1; done
gen "$WORK/s8" OVF 2 10
T0=$(now_s); mv "$WORK/s8/OVF_000001.json" "$IN/new/"
within "after lost events a full scan loads the file" "$(wait_calls 10030 15 "$T0")" 8000
check "the overflow is logged" grep -q "inotify events were lost (queue overflow)" "$WORK/etl.log"
T0=$(now_s); mv "$WORK/s8/OVF_000002.json" "$IN/new/deeper/"
within "and the watch goes on afterwards" "$(wait_calls 10031 5 "$T0")" 2000
check "daemon stops cleanly (overflow)" stop_daemon

# Harper Valley: a transcript that arrives before its metadata cannot load
# (quarantined); when the metadata arrives, the transcript is read again with
# it, as a scan would, without waiting for the next full scan.
H=$TOP/tests/data/formats/hvb
SID=a1c4e7f0b2d5e8f1
mkdir -p "$IN/hvb/metadata" "$IN/hvb/transcript"
start_daemon
sleep 1
cp "$H/transcript/$SID.json" "$WORK/t.json" && mv "$WORK/t.json" "$IN/hvb/transcript/$SID.json"
hvb_rows() { sql "SELECT (SELECT count(*) FROM bronze_calls WHERE source_file = '$IN/hvb/transcript/$SID.json') || '|' || (SELECT count(*) FROM ingested_files WHERE dir = '$IN/hvb/transcript')"; }
i=0
while [ $i -lt 40 ] && [ "$(hvb_rows)" != "0|1" ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "a Harper Valley transcript without its metadata is recorded, not loaded" "$(hvb_rows)" "0|1"
cp "$H/metadata/$SID.json" "$WORK/m.json" && mv "$WORK/m.json" "$IN/hvb/metadata/$SID.json"
i=0
while [ $i -lt 40 ] && [ "$(hvb_rows)" != "1|1" ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "its metadata arriving makes it load within 4 s" "$(hvb_rows)" "1|1"
check "daemon stops cleanly (hvb)" stop_daemon

# Two local inputs: the first is watched, the second is not (the worker says
# so) and is picked up by the full scan, which then comes every interval.
IN2=$WORK/in2
mkdir -p "$IN2"
: >"$WORK/etl.log"
start_daemon --input "$IN2" --interval 3
i=0
while [ $i -lt 300 ] && ! grep -q "nothing new under\|run finished" "$WORK/etl.log"; do i=$((i + 1)); sleep 0.1; done
check "with two inputs the worker says the second is not watched" \
    grep -q "1 input not watched.*full scan every 3 s" "$WORK/etl.log"
gen "$WORK/s9" TWO 2 11
rows_of() { sql "SELECT count(*) FROM bronze_calls WHERE source_file = '$1'"; }
mv "$WORK/s9/TWO_000001.json" "$IN/new/two1.json"
mv "$WORK/s9/TWO_000002.json" "$IN2/two2.json"
i=0
while [ $i -lt 20 ] && [ "$(rows_of "$IN/new/two1.json")" != 1 ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "two inputs: a file in the watched input loads within 2 s" "$(rows_of "$IN/new/two1.json")" 1
i=0
while [ $i -lt 80 ] && [ "$(rows_of "$IN2/two2.json")" != 1 ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "two inputs: a file in the other loads by the full scan within 8 s" "$(rows_of "$IN2/two2.json")" 1
check "daemon stops cleanly (two inputs)" stop_daemon
t_end
