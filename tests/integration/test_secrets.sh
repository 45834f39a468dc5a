#!/bin/sh
# test_secrets.sh - passwords never reach logs, payloads or tables. The
# private cluster requires a SCRAM password for the worker's role and the
# broker requires a user name and password; the worker reads both from files
# at debug level, with right and wrong passwords, and the logs, the MQTT
# payloads and a dump of the database are searched for them. A password on
# the command line draws a warning (worker and dashboard); from the
# environment or the config file it does not.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-secrets.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL=$BIN/converza-etl
PFX=cz/secrets
# Distinctive strings, so that a hit can only be a leak.
DBPW=Db-Pw-$$-q7Zk2
BADDB=Bad-Db-Pw-$$-x9Lr4
MQPW=Mq-Pw-$$-w3Hv8
BADMQ=Bad-Mq-Pw-$$-p5Tn1
ARGPW=Argv-Pw-$$-c2Jm6
ENVPW=Env-Pw-$$-f8Gd3
CONFPW=Conf-Pw-$$-k4Ys7
SECRETS="$DBPW $BADDB $MQPW $BADMQ $ARGPW $ENVPW $CONFPW"
for p in DBPW BADDB MQPW BADMQ; do eval "printf '%s\n' \"\$$p\"" >"$WORK/$p"; done
chmod 600 "$WORK"/*
# leaked FILE...: the secrets found in the files ("" when none).
absent() { ! grep -q "$@"; }
leaked() { for s in $SECRETS; do grep -qsF -- "$s" "$@" && printf '%s ' "$s"; done; }

# PostgreSQL: a role that must log in with a SCRAM password.
sql "CREATE ROLE cz_secret LOGIN PASSWORD '$DBPW'; ALTER DATABASE converza OWNER TO cz_secret" >/dev/null
{ echo "local all cz_secret scram-sha-256"; cat "$PGDIR/data/pg_hba.conf"; } >"$WORK/hba"
cat "$WORK/hba" >"$PGDIR/data/pg_hba.conf"
sql "SELECT pg_reload_conf()" >/dev/null
sleep 0.5
CONN="host=$PGDIR port=$PGPORT user=cz_secret dbname=converza"

# Mosquitto: no anonymous clients; users etl (all four passwords) and reader.
MQTT_DIR=$(mktemp -d /tmp/cz-mqtt.XXXXXX)
MQTT_PORT=$(free_port)
mosquitto_passwd -c -b "$MQTT_DIR/passwd" etl "$MQPW" >/dev/null
for u in argv:"$ARGPW" env:"$ENVPW" conf:"$CONFPW" reader:readerpw; do
    mosquitto_passwd -b "$MQTT_DIR/passwd" "${u%%:*}" "${u#*:}" >/dev/null
done
cat >"$MQTT_DIR/mosquitto.conf" <<EOF
listener $MQTT_PORT 127.0.0.1
allow_anonymous false
password_file $MQTT_DIR/passwd
persistence false
user $(id -un)
log_type all
EOF
/usr/sbin/mosquitto -c "$MQTT_DIR/mosquitto.conf" >"$MQTT_DIR/log" 2>&1 &
MQTT_PID=$! # stop_all stops it
sub() { mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -u reader -P readerpw "$@"; }
i=0
while [ $i -lt 50 ]; do
    sub -t cz/probe -W 1 -C 1 >/dev/null 2>&1
    [ $? -eq 27 ] && break
    i=$((i + 1)); sleep 0.1
done
check "broker with passwords is up" test $i -lt 50
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t cz/probe -W 2 -C 1 >/dev/null 2>&1
check "broker refuses anonymous clients" test $? -ne 27

IN=$WORK/in
"$BIN/converza-gen" --calls 30 --seed 31 --agents 3 --out "$IN" >/dev/null 2>&1
etl() { "$ETL" --input "$IN" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" --log-level debug "$@"; }
state_of() { sub -t "$1/status" -C 1 -W 5 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])' 2>/dev/null; }

# 1. Right passwords from files: loads, publishes, logs neither.
etl --once --db "$CONN" --db-password-file "$WORK/DBPW" --mqtt-username etl \
    --mqtt-password-file "$WORK/MQPW" --mqtt-prefix "$PFX/ok" 2>"$WORK/ok.log"
expect_eq "worker with password files exits 0" "$?" 0
expect_eq "worker logged in to PostgreSQL with the file's password" "$(sql 'SELECT count(*) FROM gold_performance_metrics')" 30
check "worker connected to the broker" grep -q "connected to the MQTT broker" "$WORK/ok.log"
sub -t "$PFX/ok/#" -v -W 3 >"$WORK/ok.mqtt" 2>/dev/null
check "worker published with the file's password" grep -q "^$PFX/ok/summary " "$WORK/ok.mqtt"
expect_eq "no password in the debug log" "$(leaked "$WORK/ok.log")" ""
expect_eq "no password in any payload" "$(leaked "$WORK/ok.mqtt")" ""

# 2. A wrong database password: refused, exit 69, not logged.
etl --once --no-mqtt --db "$CONN" --db-password-file "$WORK/BADDB" --give-up-after 1 2>"$WORK/baddb.log"
expect_eq "wrong database password: exit 69" "$?" 69
check "wrong database password: the refusal is logged" grep -q "password authentication failed" "$WORK/baddb.log"
expect_eq "wrong database password: neither password logged" "$(leaked "$WORK/baddb.log")" ""
# ...and one written into the connection string itself.
etl --once --no-mqtt --db "$CONN password=$BADDB" --give-up-after 1 2>"$WORK/baddb2.log"
expect_eq "wrong password in the conninfo: exit 69" "$?" 69
expect_eq "wrong password in the conninfo: not logged" "$(leaked "$WORK/baddb2.log")" ""
etl --once --no-mqtt --db "$CONN" --db-password-file "$WORK/missing-file" --give-up-after 1 2>"$WORK/nofile.log"
check "missing password file: exit non-zero" test $? -ne 0
check "missing password file: named in the log" grep -q "missing-file" "$WORK/nofile.log"

# 3. A wrong broker password: refused and logged without it; loading goes on.
"$BIN/converza-gen" --calls 5 --seed 32 --agents 3 --prefix BADMQ --out "$IN" >/dev/null 2>&1
etl --once --db "$CONN" --db-password-file "$WORK/DBPW" --mqtt-username etl \
    --mqtt-password-file "$WORK/BADMQ" --mqtt-prefix "$PFX/bad" 2>"$WORK/badmq.log"
expect_eq "wrong broker password: worker still exits 0" "$?" 0
expect_eq "wrong broker password: calls still loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'BADMQ%'")" 5
check "wrong broker password: the refusal is logged" grep -qi "refused" "$WORK/badmq.log"
expect_eq "wrong broker password: nothing published" "$(sub -t "$PFX/bad/#" -W 2 2>/dev/null | wc -l | tr -d ' ')" 0
expect_eq "wrong broker password: neither password logged" "$(leaked "$WORK/badmq.log")" ""

# 4. The password on the command line works but draws a warning; from the
#    environment or the config file it does not.
etl --once --no-mqtt --db "$CONN" --db-password-file "$WORK/DBPW" --mqtt-username argv \
    --mqtt-password "$ARGPW" --mqtt-prefix "$PFX/argv" 2>"$WORK/argv.log"
check "--mqtt-password draws a warning" grep -q "warning: a password on the command line is visible" "$WORK/argv.log"
expect_eq "the warning does not repeat the password" "$(leaked "$WORK/argv.log")" ""
etl --once --db "$CONN" --db-password-file "$WORK/DBPW" --mqtt-username argv \
    --mqtt-password "$ARGPW" --mqtt-prefix "$PFX/argv" 2>"$WORK/argv2.log"
expect_eq "--mqtt-password publishes" "$(state_of "$PFX/argv")" offline
CONVERZA_MQTT_PASSWORD=$ENVPW etl --once --db "$CONN" --db-password-file "$WORK/DBPW" \
    --mqtt-username env --mqtt-prefix "$PFX/env" 2>"$WORK/env.log"
check "CONVERZA_MQTT_PASSWORD draws no warning" absent warning: "$WORK/env.log"
expect_eq "CONVERZA_MQTT_PASSWORD publishes" "$(state_of "$PFX/env")" offline
printf 'mqtt_username = conf\nmqtt_password = "%s"\n' "$CONFPW" >"$WORK/etl.conf"
etl --once --config "$WORK/etl.conf" --db "$CONN" --db-password-file "$WORK/DBPW" \
    --mqtt-prefix "$PFX/conf" 2>"$WORK/conf.log"
check "a password in the config file draws no warning" absent warning: "$WORK/conf.log"
expect_eq "a password in the config file publishes" "$(state_of "$PFX/conf")" offline
expect_eq "no password in any of these logs" "$(leaked "$WORK/argv2.log" "$WORK/env.log" "$WORK/conf.log")" ""
"$BIN/converza-tui" --mqtt-password "$ARGPW" --bench-render 1 </dev/null >/dev/null 2>"$WORK/tui.err"
check "converza-tui --mqtt-password draws a warning" grep -q "warning: --mqtt-password is visible" "$WORK/tui.err"
expect_eq "the dashboard's warning does not repeat the password" "$(leaked "$WORK/tui.err")" ""

# 5. Nothing stored: a dump of the database and the broker's log.
"$(pg_bindir)/pg_dump" -d converza >"$WORK/dump.sql" 2>/dev/null
check "the database dump is not empty" grep -q "COPY public.gold_performance_metrics" "$WORK/dump.sql"
expect_eq "no password in the database" "$(leaked "$WORK/dump.sql")" ""
sub -t "$PFX/#" -v -W 3 >"$WORK/all.mqtt" 2>/dev/null
expect_eq "no password in any retained payload" "$(leaked "$WORK/all.mqtt")" ""
t_end
