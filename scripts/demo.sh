#!/bin/sh
# demo.sh - `make demo`: a private PostgreSQL and Mosquitto under .demo/, a few
# thousand generated calls over two weeks for a dozen agents, the worker as a
# daemon, a trickle of new calls so the numbers move, and the dashboard.
# Quitting the dashboard stops everything this script started. S3=1 puts the
# calls in a local S3 server and has the worker read them from there.
set -u
cd "$(dirname "$0")/.." || exit 1
TOP=$PWD
BIN=${BIN:-$TOP/build}
DEMO=${DEMO_DIR:-$TOP/.demo}
CALLS=${DEMO_CALLS:-3000}
mkdir -p "$DEMO"
# PostgreSQL runs as the postgres user when we are root: it needs a directory
# it can reach, which the checkout may not be.
BASE_TMP=$DEMO
if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$DEMO"; then BASE_TMP=/tmp; fi
export BASE_TMP
. "$TOP/scripts/servers.sh"

FEED_PID= ETL_PID=
cleanup() {
    [ -n "$FEED_PID" ] && kill "$FEED_PID" 2>/dev/null
    [ -n "$ETL_PID" ] && kill -TERM "$ETL_PID" 2>/dev/null && wait "$ETL_PID" 2>/dev/null
    stop_pg
    stop_mqtt
    stop_s3
    echo "demo: stopped everything it started (logs were in $DEMO)"
}
trap cleanup EXIT INT TERM

echo "demo: starting PostgreSQL and Mosquitto under $BASE_TMP"
start_pg || { echo "demo: PostgreSQL did not start" >&2; exit 1; }
start_mqtt || { echo "demo: Mosquitto did not start" >&2; exit 1; }
IN=$DEMO/input
rm -rf "$IN"
mkdir -p "$IN"
echo "demo: generating $CALLS calls for 12 agents over the last 14 days"
"$BIN/converza-gen" --calls "$CALLS" --seed 42 --agents 12 --teams 4 --out "$IN"
# S3=1 (make demo S3=1): the calls go to a local S3 server (s3rver) and the
# worker reads them from there.
SRC=$IN
if [ "${S3:-0}" = 1 ]; then
    echo "demo: starting a local S3 server (s3rver) and uploading the calls to s3://demo/calls/"
    start_s3 demo || { echo "demo: s3rver did not start (sh scripts/deps.sh installs it)" >&2; exit 1; }
    s3put_dir "$IN" demo/calls/ || { echo "demo: upload to s3rver failed" >&2; exit 1; }
    SRC=s3://demo/calls/
fi
"$BIN/converza-etl" --config "$TOP/etc/demo.conf" --input "$SRC" --db "$DB" --interval 2 --batch-size 1000 \
    --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" 2>"$DEMO/etl.log" &
ETL_PID=$!

# The trickle: a few new calls dated today every few seconds, written under a
# temporary name and renamed, as a real producer should.
(
    i=0
    while sleep 5; do
        i=$((i + 1))
        tmp=$DEMO/feed.tmp
        rm -rf "$tmp"; mkdir -p "$tmp"
        today=$(date -u +%Y-%m-%d)
        # Same seed and team, next indices: the same twelve agents keep working.
        "$BIN/converza-gen" --calls 8 --seed 42 --agents 12 --teams 4 --start-index $((CALLS + 1 + (i - 1) * 8)) \
            --from "$today" --to "$today" --out "$tmp" --quiet
        if [ "$SRC" = "$IN" ]; then
            for f in "$tmp"/*.json; do mv "$f" "$IN/"; done
        else
            s3put_dir "$tmp" demo/calls/
        fi
    done
) &
FEED_PID=$!

sleep 2
echo "demo: opening the dashboard (q quits, ? help)"
"$BIN/converza-tui" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" --refresh 5 "$@"
