#!/bin/sh
# test_tui_glance.sh - the glanceable layer at 80x24, 160x48 and 240x67 from
# hand-written retained payloads that carry targets, teams and baselines:
# scorecards show their target and how far off, with ✓ ! ✗ in colour and
# the same glyphs without colour (NO_COLOR) and in ASCII; agent cells judged
# by their team's targets; the change column against the usual; an agent
# under the minimum calls shown but not ranked or marked (table and
# wallboard); the legend says what the marks mean; the wallboard's digits
# grow with the terminal, its labels never run together at 40x12, it shows a
# clock, a full-width STALE banner and the chosen pages and top N; Esc
# clears a kept filter and never quits; Left/Right sort; the freeze key.
# Env: BIN = directory with converza-tui. Prints PASS/FAIL lines.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
T=$(mktemp -d /tmp/cz-glance.XXXXXX)
. "$HERE/lib_tui.sh"
cleanup() {
    tm kill-server 2>/dev/null
    stop_mqtt
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:log_path=$T/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}:log_path=$T/ubsan"

start_mqtt || { fail "mosquitto starts" "$(cat "$MQTT_DIR/log" 2>/dev/null)"; t_end; }
tm new-session -d -s keep "sleep 3600"

pubp() { mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -r -q 1 -t "$1/$2" -f "$3"; }

# gagent NAME TEAM TODAY WEEK ALL BASELINE: an agent row with a team.
gagent() {
    printf '{"agent_name":"%s","team":"%s","windows":{"today":%s,"week":%s,"all":%s,"baseline":%s}}' "$@"
}

# glance_payloads DIR GENERATED_AT: targets conversion 40 % (East 50 %), avg
# upsell $10, calls 100 a day, negative share 20 %, margin 10 %; baseline 7
# days, minimum 5 calls.
#   Ann  (East) 20 calls, 11 conv = 55.0 % (East 50: on), $300 = $15.00 (on);
#        usual 70 calls 28 conv = 40.0 %, $560 = $8.00: change +15.0, +$7.00
#   Ben  (West) 20 calls,  7 conv = 35.0 % (40: off, 36 is near), $190 = $9.50 (near);
#        usual 70 calls 35 conv = 50.0 %, $840 = $12.00: change -15.0, -$2.50
#   Cat  (West) 40 calls, 15 conv = 37.5 % (near), $200 = $5.00 (off); no usual
#   Dan  (East)  3 calls,  3 conv = 100 %, $900: under the minimum, not ranked
glance_payloads() {
    mkdir -p "$1"
    now=$2
    tot=$(win 83 36 1590.00 40 30 13 0.2)
    base=$(win 140 63 1400.00 70 50 20 0.2)
    {
        printf '{"schema":1,"generated_at":%s,"batch_id":"b-1","last_call_at":%s,"today":"2025-10-09",' "$now" "$now"
        printf '"windows":{"today":%s,"week":%s,"all":%s,"baseline":%s},' "$tot" "$tot" "$tot" "$base"
        printf '"baseline_days":7,"min_calls":5,"targets":{"margin_pct":10,"conversion_rate":40,'
        printf '"avg_upsell":10,"calls":100,"negative_share":20,"teams":[{"team":"East","conversion_rate":50}]}}\n'
    } >"$1/summary.json"
    {
        printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
        gagent "Ann Able" East "$(win 20 11 300.00 10 8 2 0.3)" "$(win 20 11 300.00 10 8 2 0.3)" \
            "$(win 20 11 300.00 10 8 2 0.3)" "$(win 70 28 560.00 35 25 10 0.2)"
        printf ','
        gagent "Ben Bold" West "$(win 20 7 190.00 10 7 3 0.1)" "$(win 20 7 190.00 10 7 3 0.1)" \
            "$(win 20 7 190.00 10 7 3 0.1)" "$(win 70 35 840.00 35 25 10 0.2)"
        printf ','
        gagent "Cat Calm" West "$(win 40 15 200.00 18 14 8 0.1)" "$(win 40 15 200.00 18 14 8 0.1)" \
            "$(win 40 15 200.00 18 14 8 0.1)" "$(win 0 0 0 0 0 0 0)"
        printf ','
        gagent "Dan Dash" East "$(win 3 3 900.00 2 1 0 0.5)" "$(win 3 3 900.00 2 1 0 0.5)" \
            "$(win 3 3 900.00 2 1 0 0.5)" "$(win 0 0 0 0 0 0 0)"
        printf ']}\n'
    } >"$1/agents.json"
    {
        printf '{"schema":1,"generated_at":%s,"days":[' "$now"
        day 2025-10-08 140 63 1400.00 70 50 20 0.2
        printf ','
        day 2025-10-09 83 36 1590.00 40 30 13 0.2
        printf ']}\n'
    } >"$1/trend.json"
    printf '{"schema":1,"generated_at":%s,"state":"online","version":"0.1.0","last_batch":null}\n' \
        "$now" >"$1/status.json"
}
publish_to() { for topic in summary agents trend status; do pubp "$1" $topic "$2/$topic.json"; done; }

glance_payloads "$T/g" "$(date +%s)"
publish_to cz/g "$T/g"
