#!/bin/sh
# test_alerts.sh - alert rules of converza.conf(5) evaluated by the worker
# after each batch from the aggregate tables: a threshold rule raises a
# retained alert on PREFIX/alerts for the agent below it (with its value),
# an event on PREFIX/alerts/events and a log line; calls that bring the
# agent back clear it, with a cleared event; hysteresis keeps an alert just
# past its threshold; an anomaly rule fires for the agent whose day is built
# to lie over 3 standard deviations below their own baseline and not for
# the others; a category rate rule over all calls; a bad rule refuses
# start-up naming the file and line, and on SIGHUP keeps the old rules.
# Team rules (scope=team): calls that breach a team threshold raise an
# alert naming the team (event and log line), calls that bring it back clear
# it; an anomaly rule fires for the team built to be 3 sigma below its own
# baseline and not for another; a category rate rule per team; the teams
# and hours payloads carry the category counts.
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
# (of team $TEAM when set)
calls() {
    python3 - "$@" <<'PY'
import json, os, sys
path, agent, day, n, conv = sys.argv[1:6]
pay = len(sys.argv) > 6
with open(path, "w") as f:
    for i in range(int(n)):
        yes = i < int(conv)
        text = "Agent: Would you like the annual plan? Customer: " + (
            "Yes, sign me up." if yes else "No thanks, just looking.")
        if pay:
            text += " Also my card was declined last week."
        call = {"call_id": "%s-%s-%s-%d" % (path.split("/")[-1], agent, day, i),
                "agent_name": agent, "timestamp": day + "T10:%02d:00Z" % (i % 60),
                "transcript_text": text}
        if os.environ.get("TEAM"):
            call["team"] = os.environ["TEAM"]
        f.write(json.dumps(call) + "\n")
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

# ---- scope=team ----------------------------------------------------------
# Team rules only, on their own prefix; the teams of the calls above are all
# "unassigned" (45 % today, z about 0.4 against its baseline: no alert).
P2=cz-test/teams
cat >"$T/team.conf" <<EOF
mqtt_host = 127.0.0.1
mqtt_port = $MQTT_PORT
mqtt_prefix = $P2
alert = conversion_rate < 25 window=today scope=team min_calls=4
alert = anomaly conversion_rate sigma=3 baseline=10d scope=team min_calls=5
alert = category:payment_problem_rate > 30 window=today scope=team min_calls=5
EOF
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$P2/alerts/events" -v >"$T/tevents" 2>/dev/null &
SUB_PID="$SUB_PID $!"
sleep 0.5
trun() { "$ETL" --once --config "$T/team.conf" --input "$T/in" --db "$DB" --log-level info 2>>"$T/etl.log"; }
tretained() { mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$P2/$1" -C 1 -W 3 2>/dev/null; }
# Harbor: 1 sale in 10 calls today (10 %); Summit 8 in 10.
TEAM=Harbor calls "$T/in/hal.jsonl" Hal "$TODAY" 6 0
TEAM=Harbor calls "$T/in/ida1.jsonl" Ida "$TODAY" 4 1
TEAM=Summit calls "$T/in/jo.jsonl" Jo "$TODAY" 10 8
# Delta and Echo: ten baseline days alternating 7 and 9 sales of 10 (mean
# 80 %, sd 10.54); today Delta sells 4 of 10 (3.8 sd below, yet above the
# team threshold), Echo 8.
for d in 1 2 3 4 5 6 7 8 9 10; do
    day=$(date -u -d "$TODAY - $d day" +%F)
    TEAM=Delta calls "$T/in/tb-delta-$d.jsonl" Dan "$day" 10 $((7 + 2 * (d % 2)))
    TEAM=Echo calls "$T/in/tb-echo-$d.jsonl" Eli "$day" 10 $((7 + 2 * (d % 2)))
done
TEAM=Delta calls "$T/in/delta.jsonl" Dan "$TODAY" 10 4
TEAM=Echo calls "$T/in/echo.jsonl" Eli "$TODAY" 10 8
# Pay: every call today names a payment problem (100 %).
TEAM=Pay calls "$T/in/payteam.jsonl" Pia "$TODAY" 10 6 pay
trun
expect_eq "team rules: worker exits 0" "$?" 0
A=$(tretained alerts)
expect_eq "team threshold: one alert, naming Harbor, with its value" \
    "$(field "$A" '[(a["scope"], a["team"], a["agent"], a["value"], a["threshold"]) for a in d["alerts"] if a["kind"] == "threshold" and a["metric"] == "conversion_rate"]')" \
    "[('team', 'Harbor', '', 10, 25)]"
expect_eq "team anomaly: only Delta, with its own baseline" \
    "$(field "$A" '[(a["team"], a["value"], float(a["baseline_mean"]), round(a["baseline_sd"], 2)) for a in d["alerts"] if a["kind"] == "anomaly"]')" \
    "[('Delta', 40, 80.0, 10.54)]"
expect_eq "team category rate: only Pay" \
    "$(field "$A" '[(a["team"], a["value"]) for a in d["alerts"] if a["metric"] == "category:payment_problem_rate"]')" \
    "[('Pay', 100)]"
check "log line names the team" \
    grep -q "alert raised: 'conversion_rate < 25 window=today scope=team min_calls=4' for team Harbor" "$T/etl.log"
sleep 0.5
check "raised event for Harbor" grep -q '"event":"raised".*"scope":"team","agent":"","team":"Harbor"' "$T/tevents"
expect_eq "the baseline's ten days are in the team aggregates" \
    "$(sql "SELECT count(*) FROM team_daily_metrics WHERE team = 'Delta' AND day < '$TODAY'")" 10
TE=$(tretained teams)
expect_eq "teams payload: Pay's payment_problem calls today" \
    "$(field "$TE" '[c["today"] for t in d["teams"] if t["team"] == "Pay" for c in t["categories"] if c["name"] == "payment_problem"]')" \
    "[10]"
HO=$(tretained hours)
expect_eq "hours payload: each hour's payment_problem calls equal gold's" \
    "$(field "$HO" '[(h["start"], h.get("categories", {}).get("payment_problem", 0)) for h in d["hours"] if h.get("categories", {}).get("payment_problem")]')" \
    "$(sql "SELECT '[' || coalesce(string_agg('(' || s || ', ' || n || ')', ', ' ORDER BY s), '') || ']' FROM (SELECT extract(epoch FROM date_trunc('hour', call_time AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')::bigint s, count(*) n FROM gold_performance_metrics WHERE 'payment_problem' = ANY(categories) AND call_day = '$TODAY' GROUP BY 1) x")"

# Harbor comes back: Ida sells 10 of 10 more (11 of 20, 55 %).
TEAM=Harbor calls "$T/in/ida2.jsonl" Ida "$TODAY" 10 10
trun
A=$(tretained alerts)
expect_eq "team threshold cleared" \
    "$(field "$A" '[a["team"] for a in d["alerts"] if a["kind"] == "threshold" and a["metric"] == "conversion_rate"]')" "[]"
expect_eq "the other team alerts stay" \
    "$(field "$A" 'sorted(a["team"] for a in d["alerts"])')" "['Delta', 'Pay']"
sleep 0.5
check "cleared event for Harbor" grep -q '"event":"cleared".*"team":"Harbor"' "$T/tevents"
check "log line for the team's clear" grep -q "alert cleared: .* for team Harbor" "$T/etl.log"
expect_eq "one raise and one clear event for Harbor" "$(grep -c '"team":"Harbor"' "$T/tevents")" 2
t_end

