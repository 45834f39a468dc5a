#!/bin/sh
# test_tui_coach.sh - the business day, teams and the shift view end to end:
# the worker (timezone America/Los_Angeles) loads calls 30 s either side of
# local midnight and in the current hour, with teams, and publishes to a
# private broker; the dashboard, at 160x48 and 80x24:
#   - labels the window with the local business day and the zone;
#   - counts the call before local midnight on the previous day (today's
#     calls of the agent equal gold's calls on the local day, the 7-day window
#     has both);
#   - T shows one team at a time: only that team's agents;
#   - H (shift view): the current hour's calls, conversion rate and upsell
#     for the floor equal SQL over gold, and the selected agent's panel too.
# Env: BIN = directory with the programs. Prints PASS/FAIL lines.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
. "$HERE/lib_tui.sh"
tui_setup coach pg
Z=America/Los_Angeles
IN=$T/in
mkdir -p "$IN"
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
seed() { # id agent epoch team text
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "%s", "team": "%s", "transcript_text": "%s"}' \
        "$1" "$2" "$(iso "$3")" "$4" "$5" >"$IN/$1.json"
}
SALE='Agent: Would you like the premium plan for $20 more? Customer: Yes, sign me up. Thank you.'
NOSALE='Agent: Hello, how can I help? Customer: Just checking my bill, thanks.'
NOW=$(date +%s)
MID=$(TZ=$Z date -d "$(TZ=$Z date +%Y-%m-%d) 00:00" +%s)
HSTART=$((NOW - NOW % 3600))
H0=$((HSTART + (NOW - HSTART) / 2))          # in the current hour, in the past
seed M1 Ann $((MID - 30)) North "$SALE"
seed M2 Ann $((MID + 30)) North "$SALE"
seed C1 Ann "$H0" North "$SALE"
seed C2 Bo "$H0" South "$NOSALE"
seed C3 Cy "$H0" East "$SALE"
seed C4 Cy "$H0" East "$NOSALE"
seed C5 Di "$H0" East "$NOSALE"
check "worker loads and publishes in $Z" "$BIN/converza-etl" --once --db "$DB" --input "$IN" \
    --timezone "$Z" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" --log-level warn

DAYLABEL=$(TZ=$Z date -d "@$NOW" '+%a %-d %b')
TODAY=$(TZ=$Z date -d "@$NOW" +%Y-%m-%d)
ann_today=$(sql "SELECT count(*) FROM gold_performance_metrics WHERE agent_name = 'Ann' AND (call_time AT TIME ZONE '$Z')::date = '$TODAY'")
# The current local hour over gold: calls, conversions and upsell.
cur=$(sql "SELECT count(*), to_char(100.0 * sum(is_conversion::int) / count(*), 'FM990.0'), to_char(sum(upsell_amount), 'FM999,990.00') FROM gold_performance_metrics WHERE call_time >= to_timestamp($HSTART) AND call_time < to_timestamp($HSTART + 3600)")
cur_calls=$(echo "$cur" | cut -d'|' -f1); cur_rate=$(echo "$cur" | cut -d'|' -f2); cur_up=$(echo "$cur" | cut -d'|' -f3)
HH=$(TZ=$Z date -d "@$NOW" +%H)

for size in 160x48 80x24; do
    cols=${size%x*} rows=${size#*x}
    s=coach$cols
    tui_start $s "$cols" "$rows" -- --refresh 1
    if [ "$cols" -ge 120 ]; then label="Today, $DAYLABEL, $Z"; else label="$DAYLABEL, $Z"; fi
    expect_screen "$size: the header names the business day and zone" $s "$label"
    # Ann's row in the today window: the call before local midnight is not today.
    if wait_for $s "Ann" 10; then
        got=$(screen $s | awk '$1 == "Ann" || $2 == "Ann" { for (i = 1; i <= NF; i++) if ($i == "Ann") { print $(i + 1); exit } }')
        expect_eq "$size: Ann's calls today equal gold's on the local day ($ann_today)" "$got" "$ann_today"
    else
        fail "$size: Ann's row shown" "$(screen $s)"
    fi
    keys $s t
    sleep 0.5
    got=$(screen $s | awk '{ for (i = 1; i <= NF; i++) if ($i == "Ann") { print $(i + 1); exit } }')
    expect_eq "$size: the 7-day window has the call before local midnight too" "$got" 3
    keys $s t t   # back to today
    # T: grouped, then East only.
    keys $s T
    expect_screen "$size: T groups by team" $s "team: all, grouped"
    keys $s T
    expect_screen "$size: T then shows the first team" $s "team: East"
    sc=$(screen $s)
    if echo "$sc" | grep -qw Cy && echo "$sc" | grep -qw Di && ! echo "$sc" | grep -qw Ann &&
        ! echo "$sc" | grep -qw Bo; then
        pass "$size: the East filter shows only East's agents (Cy, Di)"
    else
        fail "$size: the East filter shows only East's agents (Cy, Di)" "$sc"
    fi
    keys $s T T T T   # North, South, then every team
    expect_screen "$size: T comes back to every team" $s "Bo"
    # H: the shift view, the current hour marked.
    keys $s H
    if wait_for $s "> $HH:00" 10; then
        # the floor's panel starts at the left edge (the agent's is right of
        # it, or below it)
        line=$(screen $s | grep -a -m1 "^> $HH:00")
        set -- $line x x x x x
        expect_eq "$size: the current hour's calls equal gold's ($cur_calls)" "$3" "$cur_calls"
        expect_eq "$size: the current hour's conversion rate equals gold's" "$4" "$cur_rate%"
        expect_eq "$size: the current hour's upsell equals gold's" "$5" "\$$cur_up"
    else
        fail "$size: the shift view marks the current hour" "$(screen $s)"
    fi
    keys $s Escape
    expect_screen "$size: Esc leaves the shift view" $s "Agent"
    if alive $s; then pass "$size: still running after Esc"; else fail "$size: still running after Esc"; fi
    keys $s q
    wait_gone $s 5
done
# The selected agent's panel: Ann (first by name) has one call this hour.
s=coachsel
tui_start $s 160 48 -- --refresh 1
wait_for $s "Ann" 10
keys $s H
expect_screen "shift view: the selected agent's panel is titled with the agent" $s "Ann"
expect_eq "shift view: the right panel is the selected (first) agent's" "$(screen $s | sed -n 2p | cut -c80- | tr -d ' ')" "Ann"
a=$(sql "SELECT count(*) || ' ' || to_char(100.0 * sum(is_conversion::int) / count(*), 'FM990.0') || '%' FROM gold_performance_metrics WHERE agent_name = 'Ann' AND call_time >= to_timestamp($HSTART) AND call_time < to_timestamp($HSTART + 3600)")
line=$(screen $s | sed -n "s/.\\+\\(> $HH:00\\)/\\1/p" | head -1)
set -- $line x x x x x
expect_eq "shift view: Ann's current hour equals gold's ($a)" "$3 $4" "$a"
expect_eq "shift view: the current hour marked in both panels" "$(screen $s | grep -a -o "> $HH:00" | wc -l)" 2
keys $s q
wait_gone $s 5
tui_finish
