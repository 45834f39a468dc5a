#!/bin/sh
# test_tui_alerts.sh - alerts and call categories on the dashboard, fed by
# the real worker: when a batch raises an alert the banner (count and
# newest) and the mark on the agent's row appear within one refresh; the
# alerts view lists it; the wallboard shows it large (header and alert read
# back from the big font at 240x67 in UTF-8, NO_COLOR and ASCII; the banner
# line apart from the KPIs at 40x12); when a batch clears it banner, mark and
# the wallboard's big letters go within one refresh; --bell rings the
# terminal bell (tmux's bell flag) on the new alert. The categories view shows
# each category's calls and rate per agent, sorts by a category and shows one
# category at a time. A team's alert (scope=team) names the team in the
# banner and marks its agents' rows, and both go when it clears.
set -u
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/lib_tui.sh"
tui_setup tui-alerts pg
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
if wait_big al "ALERT 1" 5; then pass "wallboard 120x40: the header in the big font"; else
    fail "wallboard 120x40: the header in the big font" "$(screen al)"; fi
keys al w
wait_without al "newest" 3

# The wallboard at 240x67 (switched to with w), in NO_COLOR and in ASCII:
# the header and the newest alert read back from the big font, the alert
# lines above the KPIs' labels and digits, nothing past the width.
tui_start wb 240 67 -- --refresh $REFRESH --wall-pages kpis
expect_screen "240x67: dashboard painted" wb "Today"
keys wb w
wait_big wb "ANN" 5
big_text wb >"$T/wb.big"
expect_eq "wallboard 240x67: header and alert in the big font, above the KPIs" \
    "$(head -3 "$T/wb.big")" "4 ALERT 1
4 ANN ALERT CONVERSION 0%
6 11 | 36.4%"
for variant in nocolor ascii; do
    case $variant in
    nocolor) envs="NO_COLOR=1" ;;
    ascii) envs="LANG=C LC_ALL=C" ;;
    esac
    tui_start wv 240 67 $envs -- --refresh $REFRESH --wallboard --wall-pages kpis
    wait_big wv "ANN" 5
    expect_eq "wallboard 240x67 $variant: header and alert in the big font" \
        "$(big_text wv | sed -n 1,2p)" "4 ALERT 1
4 ANN ALERT CONVERSION 0%"
    if [ "$(width_of wv)" -le 240 ]; then pass "wallboard 240x67 $variant: nothing past the width"; else
        fail "wallboard 240x67 $variant: nothing past the width" "$(screen wv)"; fi
    keys wv q
    wait_gone wv 5 || fail "wallboard 240x67 $variant: q quits"
done

# 60x40: too narrow for the whole name and metric: the short form, first
# word of the name and the brief metric.
tui_start w60 60 40 -- --refresh $REFRESH --wallboard --wall-pages kpis
wait_big w60 "ANN" 5
expect_eq "wallboard 60x40: the alert's short form in the big font" "$(big_text w60 | sed -n 1,2p)" "2 ALERT 1
2 ANN CONV 0%"
keys w60 q
wait_gone w60 5 || fail "wallboard 60x40: q quits"

# 40x12: no room for big letters: the banner line under the header, the
# four KPIs a line each under it, nothing run together or past the width.
for variant in utf8 nocolor ascii; do
    case $variant in
    utf8) envs="" ;;
    nocolor) envs="NO_COLOR=1" ;;
    ascii) envs="LANG=C LC_ALL=C" ;;
    esac
    tui_start w40 40 12 $envs -- --refresh $REFRESH --wallboard --wall-pages kpis
    expect_screen "wallboard 40x12 $variant: the alert banner" w40 "1 ALERT " 5
    sleep 0.3
    S=$(screen w40)
    n=0
    for label in "CALLS" "CONVERSION" "UPSELL REVENUE" "AVG UPSELL / CALL"; do
        if printf '%s\n' "$S" | grep -qE "^ $label +[^ ]"; then n=$((n + 1)); fi
    done
    expect_eq "wallboard 40x12 $variant: four KPIs, each on its own line, beside the banner" "$n" 4
    expect_eq "wallboard 40x12 $variant: the banner has its own line" \
        "$(printf '%s\n' "$S" | grep -c 'ALERT')" 1
    if printf '%s\n' "$S" | grep -q 'ALERT.*CALLS\|CALLS.*ALERT'; then
        fail "wallboard 40x12 $variant: banner and KPIs never share a line" "$S"; else
        pass "wallboard 40x12 $variant: banner and KPIs never share a line"; fi
    if [ "$(width_of w40)" -le 40 ]; then pass "wallboard 40x12 $variant: nothing past the width"; else
        fail "wallboard 40x12 $variant: nothing past the width" "$S"; fi
    keys w40 q
    wait_gone w40 5 || fail "wallboard 40x12 $variant: q quits"
done

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
# The 240x67 wallboard lets the alert go too: no big ALERT left, and the
# KPIs' digits (21 calls, 14 converted) still there.
i=0
# Both within one refresh of the wallboard's own client (the alerts and the
# summary are separate retained topics and may arrive one repaint apart).
big=$(big_text wb)
while { printf '%s\n' "$big" | grep ALERT >/dev/null ||
        ! printf '%s\n' "$big" | grep -qE '^[0-9]+ 21 \| 66\.7%$'; } &&
      [ $i -lt $(((REFRESH + 1) * 5)) ]; do
    i=$((i + 1)); sleep 0.2; big=$(big_text wb)
done
expect_eq "wallboard 240x67: the alert goes from the big font when it clears" \
    "$(printf '%s\n' "$big" | grep -c ALERT)" 0
if printf '%s\n' "$big" | grep -qE '^[0-9]+ 21 \| 66\.7%$'; then pass "wallboard 240x67: the KPIs' digits after the clear"; else
    fail "wallboard 240x67: the KPIs' digits after the clear" "$big"; fi
keys wb q
wait_gone wb 5 || fail "wallboard 240x67: q quits"

# Team Reef: two agents with 3 calls each (under the agent rule's
# min_calls), none sold: the team's alert.
TEAM=Reef calls "$T/in/rob.jsonl" "Rob Reef" 3 0
TEAM=Reef calls "$T/in/rae.jsonl" "Rae Reef" 3 0
run
sleep 0.2
expect_screen "team alert: banner names the team" al "team Reef: conversion_rate 0.00 (threshold 25.00, today)" $((REFRESH + 1))
# The alerts and the agents are separate retained topics: the agents' rows
# (new here) may arrive one repaint after the banner.
check "team alert: its agents' rows are marked" wait_re al '^! *Rob Reef' $((REFRESH + 1))
check "team alert: both of them" has al '^! *Rae Reef'
check "team alert: other agents are not marked" eval "! has al '^! *(Zed Okay|Ann Alert)'"
TEAM=Reef calls "$T/in/rob2.jsonl" "Rob Reef" 10 10
run
sleep 0.2
if wait_without al "team Reef" $((REFRESH + 1)); then pass "team alert: banner goes within one refresh"; else fail "team alert: banner goes within one refresh" "$(screen al)"; fi
check "team alert: marks go" eval "! has al '^! *R(ob|ae) Reef'"
keys al q
wait_gone al 5 || fail "quits"
tui_finish
