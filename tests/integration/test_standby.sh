#!/bin/sh
# test_standby.sh - two worker daemons on one database and input: one loads,
# the other waits; the standby takes over, with a backlog pending, when the
# active one is killed (SIGKILL), hangs (SIGSTOP, then SIGCONT: the woken one
# must commit nothing) or its host vanishes, and when the lease is taken
# from it behind its back (the fence alone). Each time: every call exactly
# once, aggregates equal a GROUP BY over gold, the takeover time measured and
# bounded, the status topic naming the active worker.
#
# The vanished host: the worker reaches PostgreSQL through a relay process
# (a small TCP proxy onto the server's socket) that is stopped with SIGSTOP
# at the moment the worker is killed. The server's side of the session then
# stays open and silent, holding whatever the worker held (its advisory lock,
# an open transaction), exactly what a powered-off host leaves behind until
# TCP gives up; nothing is closed, no FIN or RST reaches the server. A network
# namespace with a dropped link would do the same but needs CAP_NET_ADMIN,
# which a CI container may not have; the relay needs nothing.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-standby.XXXXXX)
T=$WORK
. "$TOP/tests/tui/lib_tui.sh"
PIDS=
cleanup() {
    for p in $PIDS; do kill -CONT "$p" 2>/dev/null; kill -9 "$p" 2>/dev/null; done
    tm kill-server 2>/dev/null
    stop_all
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
ETL="$BIN/converza-etl"
PFX=converza/v1
HOST=$(hostname)
N=${STANDBY_CALLS:-1500}
BOUND=10 # seconds: the takeover bound of issue 16

deliver() { # prefix calls seed
    rm -rf "$WORK/stage"; mkdir -p "$WORK/stage"
    "$BIN/converza-gen" --calls "$2" --seed "$3" --agents 8 --prefix "$1" --out "$WORK/stage" >/dev/null 2>&1
    mv "$WORK/stage"/* "$IN"/
}
# start_worker NAME [DB]: a daemon in the background; sets WPID.
start_worker() {
    "$ETL" --input "$IN" --db "${2:-$DB}" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
        --batch-size 20 --interval 1 --log-level info 2>"$WORK/$1.log" &
    WPID=$!
    PIDS="$PIDS $WPID"
}
holder() { sql "SELECT holder FROM worker_lease"; }
loaded() { sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE '$1%'"; }
now() { date +%s.%N; }
# poll SECONDS CMD...: polls every 0.05 s until CMD succeeds.
poll() {
    t=$1; shift
    i=0
    while [ "$i" -lt $((t * 20)) ]; do
        "$@" >/dev/null 2>&1 && return 0
        i=$((i + 1)); sleep 0.05
    done
    return 1
}
holder_is() { [ "$(holder)" = "$HOST:$1" ]; }
loaded_at_least() { [ "$(loaded "$1")" -ge "$2" ]; }
status_worker() {
    mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/status" -C 1 -W 5 |
        python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["state"], d.get("worker",""))'
}
status_is() { [ "$(status_worker)" = "online $HOST:$1" ]; }
# takeover_s T0: seconds from T0 (a now) to the lease's acquisition.
takeover_s() {
    sql "SELECT round((extract(epoch FROM acquired_at) - $1)::numeric, 2) FROM worker_lease"
}
within() { python3 -c "import sys; sys.exit(0 if 0 < float('$1') <= float('$2') else 1)"; }
# exactly_once PREFIX CALLS LABEL
exactly_once() {
    expect_eq "$3: every call once in bronze, silver, gold" \
        "$(sql "SELECT (SELECT count(*) FROM bronze_calls WHERE call_id LIKE '$1%') || ' ' ||
                       (SELECT count(*) FROM silver_calls WHERE call_id LIKE '$1%') || ' ' ||
                       (SELECT count(DISTINCT call_id) FROM gold_performance_metrics WHERE call_id LIKE '$1%')")" \
        "$2 $2 $2"
    expect_eq "$3: committed batches account for every call" \
        "$(sql "SELECT sum(calls_loaded) FROM etl_runs WHERE status = 'committed'")" \
        "$(sql 'SELECT count(*) FROM gold_performance_metrics')"
    expect_eq "$3: aggregates equal GROUP BY over gold" "$(sql "$AGG_EQ")" 0
}

# 0. One active, one standby.
deliver K "$N" 21
start_worker a; A=$WPID
poll 30 holder_is "$A" || fail "worker a takes the lease" "holder $(holder)"
poll 60 loaded_at_least K 60
start_worker b; B=$WPID
poll 10 grep -q "standby: worker $HOST:$A is active" "$WORK/b.log"
check "second daemon waits as a standby, naming the active one" \
    grep -q "standby: worker $HOST:$A is active" "$WORK/b.log"
expect_eq "the standby loads nothing" "$(sql "SELECT count(*) FROM etl_runs WHERE pid = $B")" 0
expect_eq "status names the active worker" "$(status_worker)" "online $HOST:$A"

# 1. SIGKILL of the active worker mid-backlog.
before=$(loaded K)
t0=$(now); kill -9 "$A"
poll 20 holder_is "$B"
t=$(takeover_s "$t0")
echo "SIGKILL: standby took over in $t s (with $before of $N calls loaded)"
check "SIGKILL happened mid-backlog" test "$before" -lt "$N"
check "SIGKILL: standby takes over within $BOUND s ($t s)" within "$t" "$BOUND"
check "SIGKILL: the new active worker says so" grep -q "active: took over from worker $HOST:$A" "$WORK/b.log"
poll 120 loaded_at_least K "$N"
exactly_once K "$N" "SIGKILL"
poll 10 status_is "$B"
expect_eq "SIGKILL: status names the new active worker" "$(status_worker)" "online $HOST:$B"
tui_start dash 200 30 -- --refresh 1
expect_screen "SIGKILL: the dashboard names the new active worker" dash "active $HOST:$B" 15

# 2. SIGSTOP of the active worker mid-backlog, then SIGCONT: fenced.
start_worker c; C=$WPID
poll 10 grep -q "standby:" "$WORK/c.log"
deliver S "$N" 22
poll 60 loaded_at_least S 60
before=$(loaded S)
t0=$(now); kill -STOP "$B"
poll 20 holder_is "$C"
t=$(takeover_s "$t0")
echo "SIGSTOP: standby took over in $t s (with $before of $N calls loaded)"
check "SIGSTOP happened mid-backlog" test "$before" -lt "$N"
check "SIGSTOP: standby takes over within $BOUND s ($t s)" within "$t" "$BOUND"
took=$(sql "SELECT acquired_at FROM worker_lease")
poll 60 loaded_at_least S $((before + 100))
kill -CONT "$B"
poll 30 grep -Eq "fenced|lost the worker lease" "$WORK/b.log"
check "SIGCONT: the woken worker learns it lost the lease" grep -Eq "fenced|lost the worker lease" "$WORK/b.log"
poll 120 loaded_at_least S "$N"
sleep 2 # the woken worker's last chance to commit something
expect_eq "SIGCONT: the woken worker committed nothing after the takeover" \
    "$(sql "SELECT count(*) FROM etl_runs WHERE pid = $B AND status = 'committed' AND finished_at >= '$took'")" 0
check "SIGCONT: the woken worker is still running, as a standby" kill -0 "$B"
expect_eq "SIGCONT: the lease stays with the worker that took over" "$(holder)" "$HOST:$C"
exactly_once S "$N" "SIGSTOP"
poll 10 status_is "$C"
expect_eq "SIGSTOP: status names the new active worker" "$(status_worker)" "online $HOST:$C"
expect_screen "SIGSTOP: the dashboard names the new active worker" dash "active $HOST:$C" 15

# 2b. The fence alone: the lease is taken from the active worker behind its
#     back (no session of it ended, as a takeover whose session ending
#     failed would leave it): its next batch must be refused at COMMIT.
deliver F "$N" 24
poll 60 loaded_at_least F 60
sql "UPDATE worker_lease SET holder = 'intruder:1', token = 'intruder', session_name = 'intruder',
     epoch = epoch + 1, expires_at = clock_timestamp() + interval '1 hour'" >/dev/null
stolen=$(sql "SELECT clock_timestamp()")
sleep 3
at=$(loaded F)
sleep 2
check "stolen lease: it happened mid-backlog" test "$at" -lt "$N"
expect_eq "stolen lease: nothing loaded while another worker holds the lease" "$(loaded F)" "$at"
expect_eq "stolen lease: no batch committed after the lease was taken" \
    "$(sql "SELECT count(*) FROM etl_runs WHERE status = 'committed' AND finished_at > '$stolen'")" 0
check "stolen lease: the active worker's batch was fenced at COMMIT" grep -q "fenced:" "$WORK/c.log"
check "stolen lease: both workers wait as standbys" \
    sh -c "[ \$(grep -c 'standby: worker intruder:1 is active' '$WORK/b.log' '$WORK/c.log' | grep -c ':1\$') = 2 ]"
sql "UPDATE worker_lease SET expires_at = '-infinity'" >/dev/null
poll 10 sh -c "[ \"\$(psql -X -q -A -t -d converza -c 'SELECT holder FROM worker_lease')\" != intruder:1 ]"
poll 120 loaded_at_least F "$N"
exactly_once F "$N" "stolen lease"

# 3. The active worker's host vanishes mid-backlog (see the top).
ACT=$(holder); ACT=${ACT##*:}
if [ "$ACT" = "$B" ]; then STBY=$C; else STBY=$B; fi
kill -TERM "$STBY"; wait "$STBY" 2>/dev/null
cat >"$WORK/relay.py" <<'EOF'
import os, select, socket, sys
lsn = socket.socket(); lsn.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lsn.bind(("127.0.0.1", 0)); lsn.listen(16)
open(sys.argv[2], "w").write(str(lsn.getsockname()[1]))
pairs = {}
while True:
    r, _, _ = select.select([lsn] + list(pairs), [], [])
    for s in r:
        if s is lsn:
            c, _ = lsn.accept()
            u = socket.socket(socket.AF_UNIX); u.connect(sys.argv[1])
            pairs[c] = u; pairs[u] = c
            continue
        if s not in pairs:
            continue  # closed with its peer earlier in this round
        try:
            d = s.recv(65536)
            if d:
                pairs[s].sendall(d)
        except OSError:
            d = b""
        if not d:
            o = pairs.pop(s); pairs.pop(o, None); s.close(); o.close()
EOF
python3 "$WORK/relay.py" "$PGDIR/.s.PGSQL.$PGPORT" "$WORK/relay.port" &
RELAY=$!
PIDS="$PIDS $RELAY"
poll 10 test -s "$WORK/relay.port"
start_worker d "host=127.0.0.1 port=$(cat "$WORK/relay.port") user=postgres dbname=converza"
D=$WPID
poll 10 grep -q "standby:" "$WORK/d.log"
t0=$(now); kill -TERM "$ACT"
poll 20 holder_is "$D"
t=$(takeover_s "$t0")
echo "clean stop: standby took over in $t s"
check "SIGTERM: the active worker hands the lease over at once (within 2 s: $t s)" within "$t" 2
wait "$ACT" 2>/dev/null
start_worker e; E=$WPID
poll 10 grep -q "standby: worker $HOST:$D is active" "$WORK/e.log"
deliver H "$N" 23
poll 60 loaded_at_least H 60
before=$(loaded H)
t0=$(now); kill -STOP "$RELAY"; kill -9 "$D"
poll 20 holder_is "$E"
t=$(takeover_s "$t0")
echo "vanished host: standby took over in $t s (with $before of $N calls loaded)"
check "vanished host happened mid-backlog" test "$before" -lt "$N"
check "vanished host: standby takes over within $BOUND s ($t s)" within "$t" "$BOUND"
check "vanished host: the silent sessions of the lost worker were ended" \
    grep -q "database session(s) of the previous worker $HOST:$D" "$WORK/e.log"
poll 120 loaded_at_least H "$N"
exactly_once H "$N" "vanished host"
poll 10 status_is "$E"
expect_eq "vanished host: status names the new active worker" "$(status_worker)" "online $HOST:$E"
kill -9 "$RELAY"
expect_eq "no batch left marked running" \
    "$(sql "SELECT count(*) FROM etl_runs WHERE status = 'running' AND pid <> $E")" 0
t_end
