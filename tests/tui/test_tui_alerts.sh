#!/bin/sh
# test_tui_alerts.sh - alerts and call categories on the dashboard, fed by
# the real worker: when a batch raises an alert the banner (count and
# newest) and the mark on the agent's row appear within one refresh; the
# alerts view lists it; the wallboard shows it large; when a batch clears it
# banner and mark go within one refresh; --bell rings the terminal bell
# (tmux's bell flag) on the new alert. The categories view shows each
# category's calls and rate per agent, sorts by a category and shows one
# category at a time. A team's alert (scope=team) names the team in the
# banner and marks its agents' rows, and both go when it clears.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-tui-alerts.XXXXXX)
. "$(dirname "$0")/lib_tui.sh"
trap 'tm kill-server 2>/dev/null; stop_all; rm -rf "$T"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
TODAY=$(date -u +%F)
REFRESH=3
mkdir -p "$T/in"
calls() { # FILE AGENT N CONVERTING [pay]
    python3 - "$@" <<'PY'
import json, os, sys
path, agent, n, conv = sys.argv[1:5]
with open(path, "w") as f:
    for i in range(int(n)):
        text = "Agent: Would you like the annual plan? Customer: " + (
            "Yes, sign me up." if i < int(conv) else "No thanks, just looking.")
        if len(sys.argv) > 5 and i % 2 == 0:
            text += " My card was declined yesterday."
        call = {"call_id": "%s-%d" % (path.split("/")[-1], i), "agent_name": agent,
                "timestamp": "%sT09:%02d:00Z" % (os.environ["TODAY"], i),
                "transcript_text": text}
        if os.environ.get("TEAM"):
            call["team"] = os.environ["TEAM"]
        f.write(json.dumps(call) + "\n")
PY
}
export TODAY
# has NAME REGEX: the screen holds a line matching REGEX (extended)
has() { screen "$1" | grep -Eq -- "$2"; }
# wait_re NAME REGEX SECONDS: true once a screen line matches REGEX
wait_re() {
    i=0
    while [ $i -lt $(($3 * 10)) ]; do has "$1" "$2" && return 0; i=$((i + 1)); sleep 0.1; done
    return 1
}
run() {
    "$BIN/converza-etl" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 \
        --mqtt-port "$MQTT_PORT" --log-level warn \
        --alert "conversion_rate < 25 window=today scope=agent min_calls=4" \
        --alert "conversion_rate < 25 window=today scope=team min_calls=4" 2>>"$T/etl.log"
}
calls "$T/in/zed.jsonl" "Zed Okay" 6 4 pay
run
expect_eq "worker loads the first calls" "$?" 0

tui_start al 120 40 -- --refresh $REFRESH --bell
expect_screen "dashboard painted" al "Today"
check "no banner without alerts" eval '! has al ALERT' 
bell() { tm display-message -p -t al '#{window_bell_flag}'; }
expect_eq "--bell: no bell before an alert" "$(bell)" 0

calls "$T/in/ann.jsonl" "Ann Alert" 5 0
run
sleep 0.2
expect_screen "banner with the count within one refresh" al "1 ALERT " $((REFRESH + 1))
expect_screen "banner names the newest alert" al "Ann Alert: conversion_rate 0.00 (threshold 25.00, today)" 1
check "the agent's row is marked within one refresh" wait_re al '^! *Ann Alert' $((REFRESH + 1))
expect_eq "--bell: the new alert rang the terminal bell" "$(bell)" 1
check "the other agent's row is not" eval "! has al '^! *Zed Okay'"
check "the other agent is on screen" has al 'Zed Okay' 

keys al a
expect_screen "alerts view lists the alert" al "Active alerts: 1" 3
expect_screen "alerts view shows the rule" al "rule: conversion_rate < 25 window=today scope=agent min_calls=4" 2
keys al a
keys al w
expect_screen "wallboard shows the alert" al "ACTIVE ALERT" 3
keys al w
wait_without al "ACTIVE ALERT" 3

keys al c
expect_screen "categories view" al "Call categories, Today" 3
expect_screen "categories view: a category column" al "payment_problem" 2
shot=$(screen al)
check "categories view: Zed's payment_problem calls and rate (3 of 6)" \
    sh -c "printf '%s\n' \"\$1\" | grep -E '^Zed Okay' | grep -q '3  50.0%'" sh "$shot"
keys al f
expect_screen "f shows one category" al "Call categories, Today: escalation_request" 2
check "f: agents without calls in it are left out" eval "! has al '^Zed Okay'"
keys al c

calls "$T/in/ann2.jsonl" "Ann Alert" 10 10
run
sleep 0.2
if wait_without al "1 ALERT" $((REFRESH + 1)); then pass "banner goes within one refresh"; else fail "banner goes within one refresh" "$(screen al)"; fi
check "mark goes" eval "! has al '^! *Ann Alert'"
check "the agent is still listed" has al 'Ann Alert' 

# Team Reef: two agents with 3 calls each (under the agent rule's
# min_calls), none sold: the team's alert.
TEAM=Reef calls "$T/in/rob.jsonl" "Rob Reef" 3 0
TEAM=Reef calls "$T/in/rae.jsonl" "Rae Reef" 3 0
run
sleep 0.2
expect_screen "team alert: banner names the team" al "team Reef: conversion_rate 0.00 (threshold 25.00, today)" $((REFRESH + 1))
check "team alert: its agents' rows are marked" wait_re al '^! *Rob Reef' 2
check "team alert: both of them" has al '^! *Rae Reef'
check "team alert: other agents are not marked" eval "! has al '^! *(Zed Okay|Ann Alert)'"
TEAM=Reef calls "$T/in/rob2.jsonl" "Rob Reef" 10 10
run
sleep 0.2
if wait_without al "team Reef" $((REFRESH + 1)); then pass "team alert: banner goes within one refresh"; else fail "team alert: banner goes within one refresh" "$(screen al)"; fi
check "team alert: marks go" eval "! has al '^! *R(ob|ae) Reef'"
keys al q
wait_gone al 5 || fail "quits"
t_end
