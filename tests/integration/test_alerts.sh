#!/bin/sh
# test_alerts.sh - alert rules of converza.conf(5) evaluated by the worker
# after each batch from the aggregate tables: a threshold rule raises a
# retained alert on PREFIX/alerts for the agent below it (with its value),
# an event on PREFIX/alerts/events and a log line; calls that bring the
# agent back clear it, with a cleared event; hysteresis keeps an alert just
# past its threshold; an anomaly rule fires for the agent whose day is built
# to lie over 3 standard deviations below their own baseline and not for
# the others; a category rate rule over all calls; a bad rule refuses
# start-up naming the file and line, and on SIGHUP keeps the old rules;
# scope=team is refused.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-alerts.XXXXXX)
SUB_PID= ETL_PID=
trap '[ -n "$SUB_PID" ] && kill $SUB_PID 2>/dev/null; [ -n "$ETL_PID" ] && kill -9 $ETL_PID 2>/dev/null; stop_all; [ "$T_FAILED" -gt 0 ] && cat "$T/events" "$T/etl.log" >&2; rm -rf "$T"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
ETL=$BIN/converza-etl
P=cz-test/alerts
TODAY=$(date -u +%F)

cat >"$T/conf" <<EOF
mqtt_host = 127.0.0.1
mqtt_port = $MQTT_PORT
mqtt_prefix = $P
alert = conversion_rate < 25 window=today scope=agent min_calls=4
alert = anomaly conversion_rate sigma=3 baseline=10d scope=agent min_calls=5
alert = category:payment_problem_rate > 10 window=today scope=all
EOF

# calls FILE AGENT DAY N CONVERTING [pay]: N calls, the first CONVERTING of them sales
calls() {
    python3 - "$@" <<'PY'
import json, sys
path, agent, day, n, conv = sys.argv[1:6]
pay = len(sys.argv) > 6
with open(path, "w") as f:
    for i in range(int(n)):
        yes = i < int(conv)
        text = "Agent: Would you like the annual plan? Customer: " + (
            "Yes, sign me up." if yes else "No thanks, just looking.")
        if pay:
            text += " Also my card was declined last week."
        f.write(json.dumps({"call_id": "%s-%s-%s-%d" % (path.split("/")[-1], agent, day, i),
                            "agent_name": agent, "timestamp": day + "T10:%02d:00Z" % (i % 60),
                            "transcript_text": text}) + "\n")
PY
}

mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$P/alerts/events" -v >"$T/events" 2>/dev/null &
SUB_PID=$!
sleep 0.5
retained() { mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$P/alerts" -C 1 -W 3 2>/dev/null; }
run() { : >"$T/events.before"; "$ETL" --once --config "$T/conf" --input "$T/in" --db "$DB" --log-level info 2>>"$T/etl.log"; }
# field JSON EXPR: a Python expression over the payload d
field() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print($2)" "$1" 2>&1; }

mkdir -p "$T/in"
calls "$T/in/ann1.jsonl" "Ann Low" "$TODAY" 5 0
calls "$T/in/bob1.jsonl" "Bob High" "$TODAY" 5 5
run
expect_eq "worker exits 0" "$?" 0
A=$(retained)
expect_eq "retained alert: one, for Ann Low, with value and threshold" \
    "$(field "$A" '[(a["agent"], a["metric"], a["value"], a["threshold"]) for a in d["alerts"] if a["kind"] == "threshold"]')" \
    "[('Ann Low', 'conversion_rate', 0, 25)]"
check "log line names the alert" grep -q "alert raised: 'conversion_rate < 25 window=today scope=agent min_calls=4' for Ann Low" "$T/etl.log"
sleep 0.5
check "raised event" grep -q "\"event\":\"raised\".*\"agent\":\"Ann Low\"" "$T/events"

# Ann's day comes back: 10 sales of 15 calls (66.7 %).
calls "$T/in/ann2.jsonl" "Ann Low" "$TODAY" 10 10
run
A=$(retained)
expect_eq "cleared: no threshold alert left" \
    "$(field "$A" '[a["agent"] for a in d["alerts"] if a["kind"] == "threshold"]')" "[]"
sleep 0.5
check "cleared event" grep -q "\"event\":\"cleared\".*\"agent\":\"Ann Low\"" "$T/events"
check "log line for the clear" grep -q "alert cleared: .* for Ann Low" "$T/etl.log"
expect_eq "one raise and one clear event for Ann" \
    "$(grep -c '"agent":"Ann Low"' "$T/events")" 2

# Hysteresis: a value just above the threshold does not clear an alert.
calls "$T/in/cid1.jsonl" "Cid Edge" "$TODAY" 5 1      # 20 %: raised
run
calls "$T/in/cid2.jsonl" "Cid Edge" "$TODAY" 15 4     # 5/20 = 25 %: within 25 + 1.25
run
A=$(retained)
expect_eq "hysteresis: 25 % keeps the alert raised at 20 %" \
    "$(field "$A" '[(a["agent"], a["value"]) for a in d["alerts"] if a["kind"] == "threshold"]')" \
    "[('Cid Edge', 25)]"
calls "$T/in/cid3.jsonl" "Cid Edge" "$TODAY" 4 4      # 9/24 = 37.5 %: cleared
run
A=$(retained)
expect_eq "hysteresis: 37.5 % clears it" \
    "$(field "$A" '[a["agent"] for a in d["alerts"] if a["kind"] == "threshold"]')" "[]"

# Anomaly: ten baseline days alternating 4 and 6 sales of 10 (mean 50 %,
# sample sd 10.54); today Dee sells 1 of 10 (3.8 sd below), Eve 5 (0 sd),
# Fay 3 (1.9 sd).
for d in 1 2 3 4 5 6 7 8 9 10; do
    day=$(date -u -d "$TODAY - $d day" +%F)
    for a in Dee Eve Fay; do calls "$T/in/base-$a-$d.jsonl" "$a" "$day" 10 $((4 + 2 * (d % 2))); done
done
calls "$T/in/dee.jsonl" Dee "$TODAY" 10 1
calls "$T/in/eve.jsonl" Eve "$TODAY" 10 5
calls "$T/in/fay.jsonl" Fay "$TODAY" 10 3
run
A=$(retained)
expect_eq "anomaly: only Dee, with her baseline" \
    "$(field "$A" '[(a["agent"], a["value"], float(a["baseline_mean"]), round(a["baseline_sd"], 2)) for a in d["alerts"] if a["kind"] == "anomaly"]')" \
    "[('Dee', 10, 50.0, 10.54)]"
expect_eq "the baseline's ten days are in the daily aggregates" \
    "$(sql "SELECT count(*) FROM agent_daily_metrics WHERE agent_name = 'Dee' AND day < '$TODAY'")" 10

# A category rate over all calls today.
expect_eq "no payment alert yet" \
    "$(field "$A" '[a["metric"] for a in d["alerts"] if a["scope"] == "all"]')" "[]"
calls "$T/in/pay.jsonl" "Gus Pay" "$TODAY" 20 10 pay
run
A=$(retained)
expect_eq "category rate alert over all calls" \
    "$(field "$A" '[(a["metric"], a["scope"], a["agent"]) for a in d["alerts"] if a["scope"] == "all"]')" \
    "[('category:payment_problem_rate', 'all', '')]"

# SIGHUP: a broken alert rule keeps the old rules; a good file takes effect.
cp "$T/conf" "$T/live.conf"
"$ETL" --config "$T/live.conf" --input "$T/in" --db "$DB" --interval 1 --log-level info \
    2>"$T/daemon.log" &
ETL_PID=$!
i=0
while [ $i -lt 100 ] && ! grep -q "watching" "$T/daemon.log"; do i=$((i + 1)); sleep 0.1; done
printf 'alert = conversion_rate <> 5\n' >>"$T/live.conf"
kill -HUP $ETL_PID
i=0
while [ $i -lt 50 ] && ! grep -q "keeping the old alert rules" "$T/daemon.log"; do i=$((i + 1)); sleep 0.1; done
check "SIGHUP with a broken rule keeps the old rules, naming the line" \
    grep -q "live.conf:7: alert rule 'conversion_rate <> 5'.*keeping the old alert rules" "$T/daemon.log"
printf 'alert = calls > 1000000\n' >"$T/live.conf"
kill -HUP $ETL_PID
i=0
while [ $i -lt 50 ] && ! grep -q "reload: 1 alert rules" "$T/daemon.log"; do i=$((i + 1)); sleep 0.1; done
check "SIGHUP with good rules takes them" grep -q "reload: 1 alert rules" "$T/daemon.log"
kill -TERM $ETL_PID
wait $ETL_PID 2>/dev/null
ETL_PID=

# Bad rules refuse start-up with the file and line.
printf 'alert = conversion_rate << 25\n' >"$T/bad.conf"
"$ETL" --once --no-mqtt --config "$T/bad.conf" --input "$T/in" --db "$DB" 2>"$T/bad.err"
expect_eq "bad rule: exit 78" "$?" 78
check "bad rule: file and line named" grep -q "$T/bad.conf:1: alert rule 'conversion_rate << 25': expected < or >" "$T/bad.err"
printf 'alert = sentiment_negative_share > 40 window=7d scope=team\n' >"$T/team.conf"
"$ETL" --once --no-mqtt --config "$T/team.conf" --input "$T/in" --db "$DB" 2>"$T/team.err"
expect_eq "scope=team: exit 78" "$?" 78
check "scope=team: says teams are not recorded" grep -q "scope=team needs agent teams" "$T/team.err"
t_end
