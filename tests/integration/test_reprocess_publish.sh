#!/bin/sh
# test_reprocess_publish.sh - `converza-etl reprocess` republishes what it
# changed: after a rules change flips a call's conversion, the agent's
# retained drill-down payload (PREFIX/calls/KEY) carries the new conversion
# and its evidence, for a subscriber that was listening and for one that
# comes later, and the retained summary and teams payloads the new counts
# (equal to SQL over gold); the worker's status topic is left alone. prune,
# dropping gold months, republishes the payloads without their calls.
# Without a broker reprocess still exits 0 and says what was not republished.
# Env: BIN = directory with the binaries. Prints PASS/FAIL lines.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-rp.XXXXXX)
SUB_PID=
trap '[ -n "$SUB_PID" ] && kill $SUB_PID 2>/dev/null; stop_all; rm -rf "$T"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
ETL="$BIN/converza-etl"
PFX=cz/rp
MQ="--mqtt-host 127.0.0.1 --mqtt-port $MQTT_PORT --mqtt-prefix $PFX"
cp "$TOP/rules/converza.rules" "$T/my.rules"
cp "$TOP/rules/lexicon.tsv" "$T/"
TODAY=$(date -u +%Y-%m-%d)
mkdir -p "$T/in"
# R1: no commitment the shipped rules know; the changed rules take it as one.
cat >"$T/in/r1.json" <<JSON
{"call_id": "R1", "agent_name": "Ann Lee", "team": "North", "timestamp": "${TODAY}T10:00:00", "transcript_text": "Agent: Thanks for calling, we have the zebra plan for \$30 a month. Customer: The zebra plan sounds nice. Customer: Zebra crossing confirmed. Agent: Great, thank you."}
JSON
cat >"$T/in/b1.json" <<JSON
{"call_id": "B1", "agent_name": "Bo Chen", "team": "South", "timestamp": "${TODAY}T09:00:00", "transcript_text": "Agent: Hello, how can I help? Customer: Just checking my order, thanks."}
JSON
"$ETL" --once --input "$T/in" --db "$DB" --rules "$T/my.rules" $MQ --log-level warn 2>"$T/load.err"
expect_eq "worker loads the calls" "$?" 0

# r1 FILE: "conversion evidence" of R1 in the last Ann Lee payload of FILE
r1() {
    python3 - "$1" <<'PY'
import json, sys
last = None
for line in open(sys.argv[1], encoding="utf-8"):
    topic, _, payload = line.rstrip("\n").partition(" ")
    if not payload: continue
    p = json.loads(payload)
    if p.get("agent") == "Ann Lee": last = p
if last is None: print("none"); sys.exit()
c = [c for c in last["calls"] if c["call_id"] == "R1"]
print("none" if not c else "%s %s" % (str(c[0]["conversion"]).lower(), json.dumps(c[0]["evidence"]["conversion"])))
PY
}
retained() { mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/$1" -v -W 3 -C "${2:-1}" 2>/dev/null; }
retained "calls/+" 2 >"$T/before.txt"
expect_eq "before: R1 is no conversion in the drill-down payload" "$(r1 "$T/before.txt")" "false []"
retained status >"$T/status.before"

# A subscriber listening through the reprocess: the retained payload, then the new one.
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/calls/+" -v -W 60 >"$T/live.txt" 2>/dev/null &
SUB_PID=$!
sleep 0.5
sed -i 's/^version = .*/version = test-rp/' "$T/my.rules"
printf '\n[commit]\nzebra crossing confirmed\n' >>"$T/my.rules"
"$ETL" reprocess --db "$DB" --rules "$T/my.rules" $MQ --log-level warn 2>"$T/rp.err"
expect_eq "reprocess exits 0" "$?" 0
expect_eq "gold: R1 is now a conversion" \
    "$(sql "SELECT is_conversion FROM gold_performance_metrics WHERE call_id = 'R1'")" t
sleep 1
kill $SUB_PID 2>/dev/null
wait $SUB_PID 2>/dev/null
SUB_PID=
expect_eq "a listening subscriber gets R1's new conversion and evidence" "$(r1 "$T/live.txt")" \
    'true ["Zebra crossing confirmed."]'
retained "calls/+" 2 >"$T/after.txt"
expect_eq "the retained payload a later subscriber gets shows the new value" "$(r1 "$T/after.txt")" \
    'true ["Zebra crossing confirmed."]'
expect_eq "both agents' payloads republished (both reprocessed)" \
    "$(grep -c "^$PFX/calls/" "$T/live.txt")" 4

# the summary and the teams follow gold
retained summary >"$T/summary.txt"
expect_eq "the retained summary's conversions today equal gold's" \
    "$(cut -d' ' -f2- "$T/summary.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["windows"]["today"]["conversions"])')" \
    "$(sql "SELECT count(*) FILTER (WHERE is_conversion) FROM gold_performance_metrics")"
retained teams >"$T/teams.txt"
expect_eq "the retained teams payload: North's conversions equal gold's" \
    "$(cut -d' ' -f2- "$T/teams.txt" | python3 -c 'import json,sys; print([t["windows"]["all"]["conversions"] for t in json.load(sys.stdin)["teams"] if t["team"] == "North"][0])')" \
    "$(sql "SELECT count(*) FILTER (WHERE is_conversion) FROM gold_performance_metrics WHERE team = 'North'")"
retained status >"$T/status.after"
expect_eq "reprocess leaves the worker's status topic alone" "$(cat "$T/status.after")" "$(cat "$T/status.before")"

# prune drops gold months: the retained drill-down payloads stop listing
# their calls (retention reaches the broker too).
OLD=$(date -u -d '4 months ago' +%Y-%m-%d)
cat >"$T/in/o1.json" <<JSON
{"call_id": "OLD1", "agent_name": "Ann Lee", "team": "North", "timestamp": "${OLD}T10:00:00", "transcript_text": "Agent: Hello, how can I help? Customer: Just checking my order, thanks."}
JSON
"$ETL" --once --input "$T/in" --db "$DB" --rules "$T/my.rules" $MQ --log-level warn 2>>"$T/load.err"
has_old() { retained "calls/+" 2 | grep -c '"call_id":"OLD1"'; }
expect_eq "before prune: the old call is in Ann Lee's retained payload" "$(has_old)" 1
printf 'retain_bronze_months = 2\nretain_silver_months = 2\nretain_gold_months = 2\n' >"$T/retain.conf"
"$ETL" prune --config "$T/retain.conf" --db "$DB" $MQ --log-level warn >"$T/prune.out" 2>"$T/prune.err"
expect_eq "prune exits 0" "$?" 0
expect_eq "prune dropped the old month from gold" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id = 'OLD1'")" 0
expect_eq "after prune: the retained payload no longer lists the old call" "$(has_old)" 0
expect_eq "after prune: R1 still there" "$(retained "calls/+" 2 >"$T/pruned.txt"; r1 "$T/pruned.txt")" \
    'true ["Zebra crossing confirmed."]'

# Without a broker: exit 0, and the log says what is not republished.
start=$(date +%s)
"$ETL" reprocess --db "$DB" --rules "$T/my.rules" --mqtt-host 127.0.0.1 --mqtt-port 1 \
    --mqtt-prefix $PFX --log-level warn 2>"$T/nobroker.err"
expect_eq "without a broker reprocess exits 0" "$?" 0
grep -q "not republished" "$T/nobroker.err" && pass "without a broker it says the payloads are not republished" ||
    fail "without a broker it says the payloads are not republished" "$(cat "$T/nobroker.err")"
[ $(($(date +%s) - start)) -le 20 ] && pass "without a broker it does not hang" ||
    fail "without a broker it does not hang" "$(($(date +%s) - start)) s"
"$ETL" reprocess --db "$DB" --rules "$T/my.rules" --no-mqtt --log-level warn 2>"$T/nomqtt.err"
expect_eq "--no-mqtt: exits 0" "$?" 0
expect_eq "--no-mqtt: nothing said about MQTT" "$(grep -ci mqtt "$T/nomqtt.err")" 0
t_end
