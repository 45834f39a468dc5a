#!/bin/sh
# test_tui_truth.sh - what the dashboard shows is true: 1,234,567 calls are
# shown whole or plainly abbreviated (1.23M), never cut to "1,234,5"; STALE is
# measured on this machine's clock, so a worker whose clock is an hour ahead
# or five minutes behind neither hides nor fakes it; every warning is on
# screen at 20 columns; TERM=dumb is refused with a way out; the wallboard at
# 20x5 keeps its footer; a payload over 32 MiB is named in the footer.
# Env: BIN = directory with converza-tui. Prints PASS/FAIL lines.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
. "$HERE/lib_tui.sh"
tui_setup truth

# pubp PREFIX TOPIC FILE: a retained payload under a prefix of its own.
pubp() { mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -r -q 1 -t "$1/$2" -f "$3"; }

# payloads DIR GENERATED_AT [BATCH]: the fixture payloads with one agent of
# 1,234,567 calls today, made at GENERATED_AT by the sender's clock.
payloads() {
    mkdir -p "$1"
    now=$2 batch=${3:-b-1}
    big=$(win 1234567 123456 98765.43 600000 400000 234567 0.2)
    {
        printf '{"schema":1,"generated_at":%s,"batch_id":"%s","last_call_at":%s,"today":"2025-10-09","windows":{' \
            "$now" "$batch" "$now"
        printf '"today":%s,"week":%s,"all":%s}}\n' "$big" "$big" "$big"
    } >"$1/summary.json"
    {
        printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
        agent "Big Caller" "$big" "$big" "$big"
        printf ','
        agent "Small Caller" "$(win 25 3 45.50 5 10 10 -0.2)" "$(win 25 3 45.50 5 10 10 -0.2)" \
            "$(win 25 3 45.50 5 10 10 -0.2)"
        printf ']}\n'
    } >"$1/agents.json"
    {
        printf '{"schema":1,"generated_at":%s,"days":[' "$now"
        day 2025-10-09 1234567 123456 98765.43 600000 400000 234567 0.2
        printf ']}\n'
    } >"$1/trend.json"
    printf '{"schema":1,"generated_at":%s,"state":"online","version":"0.1.0","last_batch":null}\n' \
        "$now" >"$1/status.json"
}
publish_to() { # publish_to PREFIX DIR
    for topic in summary agents trend status; do pubp "$1" $topic "$2/$topic.json"; done
}

# ---- 1,234,567 calls -----------------------------------------------------

payloads "$T/big" "$(date +%s)"
publish_to cz/big "$T/big"
cut_number() { screen "$1" | grep -qE '1,234,5([^6]|$)|1,234,56([^7]|$)'; }
for size in 120x40 80x24 66x20 50x15 28x10; do
    cols=${size%x*} rows=${size#*x}
    s=big$cols
    tui_start "$s" "$cols" "$rows" -- --mqtt-prefix cz/big --refresh 1
    expect_screen "$size: the table shows Big Caller" "$s" "Big Caller"
    row=$(row_of "$s" "Big Caller")
    case $row in
    *" 1,234,567 "* | *" 1.23M "*) pass "$size: Big Caller's calls whole or abbreviated ($(printf '%s' "$row" | cut -c1-60))" ;;
    *) fail "$size: Big Caller's calls whole or abbreviated" "row: $row" ;;
    esac
    if cut_number "$s"; then fail "$size: no number cut short" "$(screen "$s")"; else
        pass "$size: no number cut short"; fi
    if [ "$(width_of "$s")" -le "$cols" ]; then pass "$size: nothing drawn past the width"; else
        fail "$size: nothing drawn past the width" "$(screen "$s")"; fi
done
expect_eq "120x40: calls shown whole" "$(row_of big120 'Big Caller' | sed 's/^.*Big Caller //' | cut -d' ' -f1-2)" \
    "1,234,567 123,456"
case $(row_of big28 "Big Caller") in
*" 1.23M "*) pass "28x10: calls abbreviated as 1.23M" ;;
*) fail "28x10: calls abbreviated as 1.23M" "$(screen big28)" ;;
esac
expect_screen "120x40: the trend's upsell is not cut" big120 '$98,765.43'
for s in big120 big80 big66 big50 big28; do keys $s q; done

# ---- STALE from this machine's clock ---------------------------------------

# A worker whose clock is an hour ahead: its data still goes STALE.
payloads "$T/ahead" "$(($(date +%s) + 3600))"
publish_to cz/ahead "$T/ahead"
tui_start ahead 120 30 -- --mqtt-prefix cz/ahead --refresh 1 --stale-after 3
expect_screen "clock an hour ahead: data shown" ahead "Big Caller"
S=$(screen ahead)
case $S in *STALE*) fail "clock an hour ahead: fresh at first" "$S" ;; *) pass "clock an hour ahead: fresh at first" ;; esac
expect_screen "clock an hour ahead: STALE after --stale-after seconds" ahead "STALE: no update for" 10
expect_screen "clock an hour ahead: the sender's time shown as information" ahead "worker time"
payloads "$T/ahead" "$(($(date +%s) + 3600))" b-2
pubp cz/ahead summary "$T/ahead/summary.json"
if wait_without ahead "STALE" 5; then pass "clock an hour ahead: a new snapshot clears STALE"; else
    fail "clock an hour ahead: a new snapshot clears STALE" "$(screen ahead)"; fi
keys ahead q

# A worker whose clock is five minutes behind: fresh data is not STALE.
payloads "$T/behind" "$(($(date +%s) - 300))"
publish_to cz/behind "$T/behind"
tui_start behind 120 30 -- --mqtt-prefix cz/behind --refresh 1 --stale-after 6
expect_screen "clock 5 minutes behind: data shown" behind "Big Caller"
i=0 seen=""
while [ $i -lt 8 ]; do # a new snapshot every second for 8 s: never STALE
    payloads "$T/behind" "$(($(date +%s) - 300))" "b-$i"
    pubp cz/behind summary "$T/behind/summary.json"
    screen behind | grep -q STALE && seen=yes
    i=$((i + 1))
    sleep 1
done
if [ -z "$seen" ]; then pass "clock 5 minutes behind: fresh updates never STALE"; else
    fail "clock 5 minutes behind: fresh updates never STALE" "$(screen behind)"; fi
expect_screen "clock 5 minutes behind: STALE once updates stop" behind "STALE" 12
# The same retained message again (a reconnect) is no update.
pubp cz/behind summary "$T/behind/summary.json"
sleep 2
case $(screen behind) in *STALE*) pass "the same payload again does not clear STALE" ;;
*) fail "the same payload again does not clear STALE" "$(screen behind)" ;; esac
keys behind q

# ---- a payload over 32 MiB -------------------------------------------------

payloads "$T/huge" "$(date +%s)"
publish_to cz/huge "$T/huge"
tui_start huge 120 30 -- --mqtt-prefix cz/huge --refresh 1
expect_screen "over 32 MiB: good data first" huge "Big Caller"
python3 -c 'import sys; sys.stdout.write("{\"schema\":1,\"agents\":[" + " " * 34000000 + "]}")' >"$T/huge.json"
pubp cz/huge agents "$T/huge.json"
expect_screen "over 32 MiB: the footer names it" huge \
    "ignored bad agents payload: 34000024 bytes, larger than the 32 MiB limit" 20
expect_screen "over 32 MiB: the old agents stay" huge "Big Caller"
alive huge && pass "over 32 MiB: still running" || fail "over 32 MiB: still running" "$(cat "$T/huge.err")"
mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -r -q 1 -t cz/huge/agents -n
keys huge q

# ---- TERM=dumb ---------------------------------------------------------------

tui_start dumb 80 24 TERM=dumb -- --mqtt-prefix cz/big
wait_gone dumb 10 || fail "TERM=dumb: exits"
expect_eq "TERM=dumb: exit status 69" "$(cat "$T/dumb.exit" 2>/dev/null)" 69
if grep -q 'terminal type "dumb" cannot move the cursor.*TERM=xterm-256color' "$T/dumb.err"; then
    pass "TERM=dumb: says why and what to do"
else
    fail "TERM=dumb: says why and what to do" "$(cat "$T/dumb.err")"
fi
rm -f "$T/dumb.exit"

# ---- the wallboard at 20x5 -------------------------------------------------

publish_to cz/big "$T/big"
tui_start wall 20 5 -- --mqtt-prefix cz/big --wallboard --refresh 1
expect_screen "wallboard 20x5: KPI page" wall "1.23M calls"
for page in 1 2 3; do
    last=$(screen wall | sed -n 5p)
    case $last in
    " "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]*) pass "wallboard 20x5 page $page: the footer (its clock) is the last line" ;;
    *) fail "wallboard 20x5 page $page: the footer is the last line" "$(screen wall)" ;;
    esac
    keys wall j
    sleep 0.5
done
expect_screen "wallboard 20x5: top agents page" wall "Big Caller" 12
keys wall q

# ---- every warning at 20 columns ---------------------------------------------

now=$(date +%s)
printf '{"schema":1,"generated_at":%s,"state":"offline","version":"0.1.0","last_batch":null}' "$now" \
    >"$T/offline.json"
pubp cz/big status "$T/offline.json"
tui_start narrow 20 5 -- --mqtt-prefix cz/big --refresh 1 --stale-after 2
expect_screen "20 columns: worker OFFLINE whole" narrow "OFFLINE"
expect_screen "20 columns: STALE whole" narrow "STALE" 8
mqtt_stop_only
expect_screen "20 columns: broker lost whole" narrow "NO BROKER" 10
S=$(screen narrow)
if printf '%s' "$S" | grep -q "OFFLINE" && printf '%s' "$S" | grep -qE "STALE [0-9]+s"; then
    pass "20 columns: all three warnings on screen at once"
else
    fail "20 columns: all three warnings on screen at once" "$S"
fi
if [ "$(width_of narrow)" -le 20 ] && [ -n "$(printf '%s\n' "$S" | sed -n 5p)" ]; then
    pass "20 columns: within the width, footer kept"; else
    fail "20 columns: within the width, footer kept" "$S"; fi
keys narrow q
wait_gone narrow 5

tui_finish
