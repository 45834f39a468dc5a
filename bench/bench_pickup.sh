#!/bin/sh
# bench_pickup.sh - the daemon's pickup cases of `make bench` (issue 15):
#   idle:    CPU seconds per minute the daemon uses watching an input of
#            BENCH_IDLE_FILES loaded files (default 230,000) with nothing
#            arriving, between full rescans (target <= 0.1 s/min);
#   latency: a trickle of BENCH_TRICKLE_RATE calls/s (20) for
#            BENCH_TRICKLE_SECONDS (60): for each file, from its rename into
#            the input tree to the arrival, at a subscriber, of the first
#            retained summary that includes it (median, p99, max; target
#            p99 <= 1 s). The rename time is taken by the driver just before
#            rename(2), the arrival by build/bench/bench-sub (bench_sub.c),
#            both from the system clock; the file's batch comes from
#            ingested_files.batch_id.
# BENCH_PICKUP=idle or latency runs one case (default: both). Alone it starts
# its own PostgreSQL and Mosquitto, generates and loads the files
# (`BENCH_IDLE_FILES=2000 BENCH_TRICKLE_SECONDS=5 sh bench/bench_pickup.sh` is a
# quick run); bench.sh runs it on its own servers and loaded input by setting
# PICKUP_DB, PICKUP_MQTT_PORT and PICKUP_IN. BIN names the binaries (default
# build/). Ends with one line starting "pickup:".
set -u
cd "$(dirname "$0")/.." || exit 1
TOP=$PWD
BIN=${BIN:-$TOP/build}
CASES=${BENCH_PICKUP:-all}
RATE=${BENCH_TRICKLE_RATE:-20}
SECS=${BENCH_TRICKLE_SECONDS:-60}
IDLE_S=${BENCH_IDLE_SECONDS:-60}
IDLE_N=${BENCH_IDLE_FILES:-230000}
LC_ALL=C
export LC_ALL
die() { echo "bench_pickup.sh: $*" >&2; exit 1; }
for v in "$RATE" "$SECS" "$IDLE_S" "$IDLE_N"; do
    case $v in '' | *[!0-9]* | 0) die "BENCH_* sizes must be positive integers, got '$v'" ;; esac
done
case $CASES in all | idle | latency) ;; *) die "BENCH_PICKUP must be idle, latency or all" ;; esac
. "$TOP/scripts/servers.sh"

WORK=$(mktemp -d "${BASE_TMP:-/tmp}/cz-pickup-bench.XXXXXX") || die "cannot create a temporary directory"
OWN_SERVERS=0
ETL_PID= SUB_PID=
cleanup() {
    for p in $ETL_PID $SUB_PID; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
    if [ "$OWN_SERVERS" = 1 ]; then stop_pg; stop_mqtt; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

TOOLS=$TOP/build/bench
if [ ! -x "$TOOLS/bench-sub" ] || [ -n "$(find bench/bench_sub.c -newer "$TOOLS/bench-sub")" ]; then
    mkdir -p "$TOOLS" || die "cannot create $TOOLS"
    # shellcheck disable=SC2046 # pkg-config prints words
    ${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -o "$TOOLS/bench-sub.$$" bench/bench_sub.c \
        $(pkg-config --cflags --libs libcjson libmosquitto) && mv "$TOOLS/bench-sub.$$" "$TOOLS/bench-sub" ||
        die "cannot compile bench/bench_sub.c"
fi
: >"$WORK/empty.conf"

if [ -n "${PICKUP_DB:-}" ]; then
    DB=$PICKUP_DB MQTT_PORT=$PICKUP_MQTT_PORT IN=$PICKUP_IN
    IDLE_N=$(psql -X -A -t -d "$DB" -c "SELECT count(*) FROM ingested_files")
else
    OWN_SERVERS=1
    start_pg || die "PostgreSQL did not start"
    start_mqtt || die "Mosquitto did not start"
    IN=$WORK/in
    echo "   generating and loading $IDLE_N calls (not measured)"
    "$BIN/converza-gen" --calls "$IDLE_N" --seed 1 --out "$IN" --quiet || die "converza-gen failed"
    "$BIN/converza-etl" --config "$WORK/empty.conf" --once --no-mqtt --db "$DB" --input "$IN" \
        --log-level warn || die "the initial load failed"
fi
sqlq() { psql -X -q -A -t -d "$DB" -c "$1"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
HZ=$(getconf CLK_TCK)

# The daemon, as deployed: defaults (interval 30 s, rescan_interval 600 s).
mkdir -p "$IN/trickle"
"$BIN/converza-etl" --config "$WORK/empty.conf" --input "$IN" --db "$DB" --mqtt-host 127.0.0.1 \
    --mqtt-port "$MQTT_PORT" --mqtt-prefix bench/pickup --log-level debug 2>"$WORK/etl.log" &
ETL_PID=$!
i=0
until grep -q "nothing new under\|run finished" "$WORK/etl.log"; do
    i=$((i + 1))
    [ $i -gt 600 ] && { tail "$WORK/etl.log" >&2; die "the daemon's start-up scan did not finish"; }
    kill -0 "$ETL_PID" 2>/dev/null || { tail "$WORK/etl.log" >&2; die "the daemon died"; }
    sleep 0.1
done
START_CPU=$(cpu_ticks "$ETL_PID")
echo "   daemon up: start-up and full scan of $IDLE_N loaded files took $(awk "BEGIN { printf \"%.2f\", $START_CPU / $HZ }") s of CPU;" \
    "$(sed -n 's/.*(\([0-9]* directories\)) with inotify.*/\1 watched/p' "$WORK/etl.log")"

IDLE_FIELD= LAT_FIELD=
if [ "$CASES" != latency ]; then
    sleep 2
    c0=$(cpu_ticks "$ETL_PID")
    sleep "$IDLE_S"
    c1=$(cpu_ticks "$ETL_PID")
    IDLE=$(awk "BEGIN { printf \"%.3f\", ($c1 - $c0) / $HZ * 60 / $IDLE_S }")
    echo "   idle, $IDLE_N loaded files, nothing arriving: $(awk "BEGIN { printf \"%.2f\", ($c1 - $c0) / $HZ }") s of CPU" \
        "in $IDLE_S s = $IDLE s per minute (user+system, /proc/PID/stat, ${HZ} Hz ticks)"
    IDLE_FIELD=" idle ${IDLE}s/min"
fi

if [ "$CASES" != idle ]; then
    TOTAL=$((RATE * SECS))
    "$BIN/converza-gen" --calls "$TOTAL" --seed 77 --prefix TRICKLE --out "$WORK/stage" --quiet ||
        die "converza-gen failed"
    "$TOOLS/bench-sub" 127.0.0.1 "$MQTT_PORT" bench/pickup/summary "$WORK/sub.txt" 2>"$WORK/sub.log" &
    SUB_PID=$!
    i=0
    until [ "$(head -n 1 "$WORK/sub.txt" 2>/dev/null)" = subscribed ]; do
        i=$((i + 1))
        [ $i -gt 100 ] && die "the MQTT subscriber did not subscribe"
        sleep 0.05
    done
    B0=$(sqlq "SELECT coalesce(max(batch_id), 0) FROM etl_runs")
    python3 - "$WORK/stage" "$IN/trickle" "$RATE" "$WORK/renamed.txt" <<'PY' || die "the trickle driver failed"
import os, sys, time
src, dst, rate, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
names = sorted(os.listdir(src))
start = time.time()
with open(out, "w") as f:
    for i, n in enumerate(names):
        wait = start + i / rate - time.time()
        if wait > 0:
            time.sleep(wait)
        t = time.time()
        os.rename(os.path.join(src, n), os.path.join(dst, n))
        f.write("%s %.6f\n" % (os.path.join(dst, n), t))
PY
    i=0
    until [ "$(sqlq "SELECT count(*) FROM ingested_files WHERE dir = '$IN/trickle'")" = "$TOTAL" ]; do
        i=$((i + 1))
        [ $i -gt 300 ] && die "not every trickled file was loaded within 30 s of the last"
        sleep 0.1
    done
    sleep 1
    kill "$SUB_PID"; wait "$SUB_PID" 2>/dev/null; SUB_PID=
    sqlq "SELECT path, batch_id FROM ingested_files WHERE dir = '$IN/trickle'" >"$WORK/batch.txt"
    # rename time per path, batch per path, first arrival per batch.
    awk -F'[| ]' 'FILENAME == ARGV[1] { t[$1] = $2; next }
        FILENAME == ARGV[2] { if ($1 != "subscribed" && !($2 in arr)) arr[$2] = $1; next }
        { if (($1 in t) && ($2 in arr)) printf "%.1f\n", (arr[$2] - t[$1]) * 1000; else miss++ }
        END { if (miss) print "missing " miss > "/dev/stderr" }' \
        "$WORK/renamed.txt" "$WORK/sub.txt" "$WORK/batch.txt" | sort -n >"$WORK/lat.txt"
    n=$(wc -l <"$WORK/lat.txt")
    [ "$n" -gt 0 ] || die "no latency measured"
    pct() { sed -n "$(awk "BEGIN { i = int($n * $1 + 0.999999); print (i < 1 ? 1 : i) }")p" "$WORK/lat.txt"; }
    MED=$(pct 0.5) P99=$(pct 0.99) MAX=$(tail -n 1 "$WORK/lat.txt")
    NB=$(sqlq "SELECT count(*) FROM etl_runs WHERE batch_id > $B0")
    echo "   trickle of $RATE calls/s for $SECS s ($TOTAL files renamed into the input, $n measured," \
        "$NB batches): rename to summary at a subscriber median $MED ms, p99 $P99 ms, max $MAX ms"
    LAT_FIELD=" latency-median ${MED}ms latency-p99 ${P99}ms"
fi
kill -TERM "$ETL_PID"; wait "$ETL_PID"; ETL_PID=
echo "pickup: files ${IDLE_N}${IDLE_FIELD}${LAT_FIELD}"
