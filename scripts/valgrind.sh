#!/bin/sh
# valgrind.sh - the integration path under Valgrind (make valgrind): private
# PostgreSQL and Mosquitto, 300 generated calls plus malformed and hostile
# files, then `converza-etl --once` (loading, quarantine, MQTT), a second
# --once (nothing new), `reprocess`, `report`, `report --json` and `analyze`,
# each under memcheck. Fails on any memory error or definite leak.
# Env: BIN (default build/, the plain build), VALGRIND_OPTS (extra options),
# KEEP=1 keeps the logs in the temporary directory.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BIN=${BIN:-$TOP/build}
command -v valgrind >/dev/null || { echo "valgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
for p in converza-etl converza-gen; do
    [ -x "$BIN/$p" ] || { echo "valgrind.sh: $BIN/$p missing: run make first" >&2; exit 1; }
done
. "$TOP/scripts/servers.sh"
W=$(mktemp -d /tmp/cz-valgrind.XXXXXX)
chmod 755 "$W"
cleanup() {
    stop_pg
    stop_mqtt
    if [ "${KEEP:-0}" = 1 ]; then echo "logs kept in $W"; else rm -rf "$W"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_pg >/dev/null || { echo "valgrind.sh: cannot start PostgreSQL" >&2; exit 1; }
start_mqtt || { echo "valgrind.sh: cannot start Mosquitto" >&2; exit 1; }
IN=$W/in
mkdir -p "$IN/hostile"
"$BIN/converza-gen" --calls 300 --seed 9 --agents 6 --out "$IN" >/dev/null 2>&1
printf '{"call_id": "BAD1", "agent_name": ' >"$IN/truncated.json"
printf '{"call_id": "BAD2", "timestamp": "2025-01-01T10:00:00", "transcript_text": "Agent: hi"}' >"$IN/noagent.json"
printf '{"call_id": "BAD3", "agent_name": "Ann", "timestamp": "yesterday", "transcript_text": "Agent: hi"}' >"$IN/badtime.json"
printf '{"call_id": 4, "agent_name": "Ann", "timestamp": "2025-01-01T10:00:00", "transcript_text": "Agent: hi"}' >"$IN/badtype.json"
: >"$IN/empty.json"
cp "$TOP"/tests/data/hostile/*.json "$IN/hostile/"
mkfifo "$IN/fifo.json"
ln -s "$IN/noagent.json" "$IN/link.json"

VG="valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite
    --error-exitcode=99 --num-callers=40 --suppressions=$TOP/scripts/valgrind.supp ${VALGRIND_OPTS:-}"
failed=0
# run NAME CMD...: runs CMD under valgrind, its stderr and the report in $W/NAME.log.
run() {
    name=$1; shift
    # shellcheck disable=SC2086
    $VG --log-file="$W/$name.vg" "$@" >"$W/$name.out" 2>"$W/$name.err"
    rc=$?
    errs=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$W/$name.vg" | tail -n 1)
    lost=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$W/$name.vg" | tail -n 1)
    if [ "$rc" -eq 99 ] || [ "${errs:-0}" != 0 ] || [ "${lost:-0}" != 0 ]; then
        echo "FAIL $name: exit $rc, ${errs:-?} errors, ${lost:-0} bytes definitely lost"
        sed -n '/^==[0-9]*== .*\(Invalid\|uninitialised\|Mismatched\|are definitely lost\|overlap\|Syscall param\)/,/^==[0-9]*== $/p' \
            "$W/$name.vg" | head -n 120
        failed=$((failed + 1))
    elif [ "$rc" -ne "${EXPECT_RC:-0}" ]; then
        echo "FAIL $name: exit $rc (valgrind clean); stderr:"
        tail -n 20 "$W/$name.err"
        failed=$((failed + 1))
    else
        echo "ok   $name: ${errs:-0} errors, ${lost:-0} bytes definitely lost"
    fi
}

ETL="$BIN/converza-etl"
MQ="--mqtt-host 127.0.0.1 --mqtt-port $MQTT_PORT --mqtt-prefix cz/valgrind"
# shellcheck disable=SC2086
run etl-once "$ETL" --once --input "$IN" --db "$DB" $MQ --batch-size 64 --log-level info
loaded=$(sql "SELECT count(*) FROM gold_performance_metrics")
quar=$(sql "SELECT count(*) FROM quarantine")
echo "     loaded $loaded calls, quarantined $quar files"
[ "$loaded" -ge 300 ] && [ "$quar" -ge 7 ] || { echo "FAIL etl-once: expected >= 300 calls and >= 7 quarantined"; failed=$((failed + 1)); }
# shellcheck disable=SC2086
run etl-again "$ETL" --once --input "$IN" --db "$DB" $MQ --log-level info
run reprocess "$ETL" reprocess --db "$DB" --log-level warn
run report "$ETL" report --db "$DB"
run report-json "$ETL" report --json --db "$DB"
"$BIN/converza-gen" --calls 50 --seed 10 --agents 3 --out "$W/good" >/dev/null 2>&1
run analyze "$ETL" analyze "$W/good"
EXPECT_RC=1 run analyze-bad "$ETL" analyze "$IN/truncated.json" "$IN/hostile"
run help "$ETL" --help

if [ "$failed" -eq 0 ]; then
    echo "valgrind: all runs clean"
else
    echo "valgrind: $failed run(s) failed; logs in $W (set KEEP=1 to keep them)"
    exit 1
fi
