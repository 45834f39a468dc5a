#!/bin/sh
# test_mqtt_auth.sh - the worker and the dashboard against a Mosquitto that
# requires TLS, a user name and password, and an ACL: a CA and server
# certificates are made here (one day valid, subjectAltName IP:127.0.0.1, and
# one for another name); user etl may write the topics, user tui may only read
# them. Shown: the worker publishes with the right credentials and CA; with a
# wrong password, without TLS, with another CA or against a certificate for
# another host name it publishes nothing, says so, and keeps loading; the
# dashboard connects with credentials over TLS and shows the data; the
# dashboard never publishes (the broker logs every PUBLISH it receives, and
# the ACL would deny it anyway).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
T=$(mktemp -d /tmp/cz-mqtt-auth.XXXXXX)
. "$TOP/tests/tui/lib_tui.sh"
trap 'tm kill-server 2>/dev/null; stop_all; rm -rf "$T"' EXIT INT TERM
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:log_path=$T/asan"
start_pg || { fail "start postgres"; t_end; }
ETL=$BIN/converza-etl
PFX=cz/auth
ETLPW=etl-$$-Rk39
TUIPW=tui-$$-Vn27
printf '%s\n' "$ETLPW" >"$T/etl.pw"
printf '%s\n' "$TUIPW" >"$T/tui.pw"
printf 'wrong-%s\n' "$$" >"$T/wrong.pw"
chmod 600 "$T"/*.pw

# ---- certificates --------------------------------------------------------------
absent() { ! grep -q "$@"; }
ssl() { openssl "$@" >>"$T/openssl.log" 2>&1; }
# ca NAME: a self-signed CA, one day valid.
ca() {
    ssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
        -keyout "$T/$1.key" -out "$T/$1.pem" -subj "/CN=Converza test $1" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
}
# server NAME CN SAN: a server certificate signed by the CA "ca".
server() {
    ssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$T/$1.key" \
        -out "$T/$1.csr" -subj "/CN=$2" &&
        printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$3" >"$T/$1.ext" &&
        ssl x509 -req -in "$T/$1.csr" -CA "$T/ca.pem" -CAkey "$T/ca.key" -CAcreateserial \
            -days 1 -out "$T/$1.pem" -extfile "$T/$1.ext"
}
ca ca && ca rogue && server srv 127.0.0.1 IP:127.0.0.1 && server wrongname wrong.example DNS:wrong.example
check "certificates made" test -s "$T/srv.pem" -a -s "$T/wrongname.pem" -a -s "$T/rogue.pem"
check "server certificate names 127.0.0.1" sh -c "openssl x509 -in '$T/srv.pem' -noout -ext subjectAltName | grep -q 'IP Address:127.0.0.1'"

# ---- broker --------------------------------------------------------------------
MQTT_DIR=$(mktemp -d /tmp/cz-mqtt.XXXXXX)
PORT=$(free_port)
PORT_WRONG=$(free_port)
mosquitto_passwd -c -b "$MQTT_DIR/passwd" etl "$ETLPW" >/dev/null
mosquitto_passwd -b "$MQTT_DIR/passwd" tui "$TUIPW" >/dev/null
cat >"$MQTT_DIR/acl" <<EOF
user etl
topic readwrite $PFX/#
user tui
topic read $PFX/#
EOF
cat >"$MQTT_DIR/mosquitto.conf" <<EOF
per_listener_settings false
allow_anonymous false
password_file $MQTT_DIR/passwd
acl_file $MQTT_DIR/acl
persistence false
user $(id -un)
log_type all
listener $PORT 127.0.0.1
cafile $T/ca.pem
certfile $T/srv.pem
keyfile $T/srv.key
listener $PORT_WRONG 127.0.0.1
cafile $T/ca.pem
certfile $T/wrongname.pem
keyfile $T/wrongname.key
EOF
/usr/sbin/mosquitto -c "$MQTT_DIR/mosquitto.conf" >"$MQTT_DIR/log" 2>&1 &
MQTT_PID=$! # stop_all stops it
MQTT_PORT=$PORT # for lib_tui.sh
# sub ARGS...: mosquitto_sub over TLS as the read-only user.
sub() { mosquitto_sub -h 127.0.0.1 -p "$PORT" --cafile "$T/ca.pem" -u tui -P "$TUIPW" "$@"; }
i=0
while [ $i -lt 50 ]; do
    sub -t "$PFX/probe" -W 1 -C 1 >/dev/null 2>&1
    [ $? -eq 27 ] && break
    i=$((i + 1)); sleep 0.1
done
check "broker with TLS, passwords and ACL is up" test $i -lt 50
mosquitto_sub -h 127.0.0.1 -p "$PORT" --cafile "$T/ca.pem" -t "$PFX/probe" -W 2 -C 1 >/dev/null 2>&1
check "broker refuses anonymous clients" test $? -ne 27
mosquitto_sub -h 127.0.0.1 -p "$PORT" -u tui -P "$TUIPW" -t "$PFX/probe" -W 2 -C 1 >/dev/null 2>&1
check "broker refuses clients without TLS" test $? -ne 27

IN=$T/in
"$BIN/converza-gen" --calls 80 --seed 41 --agents 4 --out "$IN" >/dev/null 2>&1
# etl LOG ARGS...: one run of the worker against the TLS listener.
etl() {
    log=$1; shift
    "$ETL" --once --input "$IN" --db "$DB" --mqtt-host 127.0.0.1 --log-level info "$@" 2>"$log"
}
calls_of() { sub -t "$1/summary" -C 1 -W 5 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["windows"]["all"]["calls"])' 2>/dev/null; }
nothing_on() { sub -t "$1/#" -W 2 2>/dev/null | wc -l | tr -d ' '; }
more() { "$BIN/converza-gen" --calls 3 --seed "$1" --agents 4 --prefix "$2" --out "$IN" >/dev/null 2>&1; }

# ---- the worker ------------------------------------------------------------------
etl "$T/ok.log" --mqtt-port "$PORT" --mqtt-username etl --mqtt-password-file "$T/etl.pw" \
    --mqtt-cafile "$T/ca.pem" --mqtt-prefix "$PFX"
expect_eq "worker with credentials and CA exits 0" "$?" 0
check "worker connected over TLS" grep -q "connected to the MQTT broker" "$T/ok.log"
expect_eq "its summary arrives (read over TLS as the read-only user)" "$(calls_of "$PFX")" 80
expect_eq "its status says it left cleanly" \
    "$(sub -t "$PFX/status" -C 1 -W 5 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])' 2>/dev/null)" offline

more 42 WRONGPW
etl "$T/wrongpw.log" --mqtt-port "$PORT" --mqtt-username etl --mqtt-password-file "$T/wrong.pw" \
    --mqtt-cafile "$T/ca.pem" --mqtt-prefix "$PFX/wrongpw"
expect_eq "wrong password: worker exits 0" "$?" 0
check "wrong password: logged as refused" grep -q "refused the connection: Connection Refused: not authorised" "$T/wrongpw.log"
check "wrong password: the exit does not wait for a broker that said no" \
    grep -q "did not reach the broker before exit (it refused the connection)" "$T/wrongpw.log"
expect_eq "wrong password: still loads" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'WRONGPW%'")" 3
expect_eq "wrong password: nothing published" "$(nothing_on "$PFX/wrongpw")" 0

more 43 NOTLS
etl "$T/notls.log" --mqtt-port "$PORT" --mqtt-username etl --mqtt-password-file "$T/etl.pw" \
    --mqtt-prefix "$PFX/notls"
expect_eq "no TLS options: worker exits 0" "$?" 0
expect_eq "no TLS options: still loads" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'NOTLS%'")" 3
expect_eq "no TLS options: nothing published" "$(nothing_on "$PFX/notls")" 0
check "no TLS options: never connected" absent "connected to the MQTT broker" "$T/notls.log"
check "no TLS options: the undelivered snapshot is logged" grep -q "did not reach the broker before exit" "$T/notls.log"

more 44 ROGUE
etl "$T/rogue.log" --mqtt-port "$PORT" --mqtt-username etl --mqtt-password-file "$T/etl.pw" \
    --mqtt-cafile "$T/rogue.pem" --mqtt-prefix "$PFX/rogue"
expect_eq "another CA: worker exits 0" "$?" 0
check "another CA: the TLS failure is logged" grep -qi "unavailable.*TLS" "$T/rogue.log"
expect_eq "another CA: still loads" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'ROGUE%'")" 3
expect_eq "another CA: nothing published" "$(nothing_on "$PFX/rogue")" 0

more 45 WRONGNAME
etl "$T/wrongname.log" --mqtt-port "$PORT_WRONG" --mqtt-username etl --mqtt-password-file "$T/etl.pw" \
    --mqtt-cafile "$T/ca.pem" --mqtt-prefix "$PFX/wrongname"
expect_eq "certificate for another host name: worker exits 0" "$?" 0
check "certificate for another host name: the TLS failure is logged" grep -qi "unavailable.*TLS" "$T/wrongname.log"
check "certificate for another host name: the undelivered snapshot is logged" grep -q "did not reach the broker before exit" "$T/wrongname.log"
expect_eq "certificate for another host name: still loads" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'WRONGNAME%'")" 3
expect_eq "certificate for another host name: nothing published" "$(nothing_on "$PFX/wrongname")" 0
mosquitto_sub -h 127.0.0.1 -p "$PORT_WRONG" --cafile "$T/ca.pem" -u tui -P "$TUIPW" -t "$PFX/probe" -W 2 -C 1 >/dev/null 2>&1
check "mosquitto_sub refuses that certificate too (the check is real)" test $? -ne 27

# The latest state, published again with the right credentials.
etl "$T/ok2.log" --mqtt-port "$PORT" --mqtt-username etl --mqtt-password-file "$T/etl.pw" \
    --mqtt-cafile "$T/ca.pem" --mqtt-prefix "$PFX"
expect_eq "worker publishes again with the right credentials" "$(calls_of "$PFX")" 92

# ---- the ACL: the read-only user cannot publish ------------------------------
printf '{"schema":1,"generated_at":1,"windows":{}}' >"$T/forged.json"
mosquitto_pub -h 127.0.0.1 -p "$PORT" --cafile "$T/ca.pem" -u tui -P "$TUIPW" -i cz-forger \
    -r -q 1 -t "$PFX/summary" -f "$T/forged.json" 2>/dev/null
sleep 0.5
expect_eq "a PUBLISH by the read-only user does not replace the summary" "$(calls_of "$PFX")" 92
check "the broker denied it" grep -q "Denied PUBLISH from cz-forger" "$MQTT_DIR/log"

# ---- the dashboard --------------------------------------------------------------
agent=$(sql "SELECT agent_name FROM agent_daily_metrics ORDER BY agent_name LIMIT 1")
tui_start dash 140 40 -- --mqtt-username tui --mqtt-password-file "$T/tui.pw" --mqtt-cafile "$T/ca.pem" \
    --mqtt-prefix "$PFX" --mqtt-client-id cz-tui-test --refresh 1
expect_screen "dashboard connects with credentials over TLS and shows the agents" dash "$agent" 20
i=0
while [ $i -lt 3 ] && ! screen dash | grep -q "window: All"; do keys dash t; sleep 0.5; i=$((i + 1)); done
expect_screen "dashboard shows the worker's call count (window All)" dash "92" 10
sleep 2
keys dash q
wait_gone dash 10
expect_eq "dashboard exits 0" "$(cat "$T/dash.exit" 2>/dev/null)" 0
check "the broker saw the dashboard subscribe" grep -q "Received SUBSCRIBE from cz-tui-test" "$MQTT_DIR/log"
expect_eq "the dashboard never sent a PUBLISH" "$(grep -c "PUBLISH from cz-tui-test" "$MQTT_DIR/log")" 0
t_end
