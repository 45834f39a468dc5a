#!/bin/sh
# tests/tui/test_tui.sh - converza-tui end to end in tmux against a private
# Mosquitto broker: retained fixture payloads appear on screen with the right
# numbers; sorting, filtering, window, conversation metric columns, help,
# scrolling, wallboard and quit keys work; resizes (down to "too small")
# redraw; malformed payloads are rejected without harm; STALE shows; a lost
# broker is reported and recovered; several TERM values, ASCII and NO_COLOR
# work; exit codes of the command line.
# Env: BIN = directory with converza-tui. Prints PASS/FAIL lines.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
T=$(mktemp -d /tmp/cz-tui.XXXXXX)
. "$HERE/lib_tui.sh"

cleanup() {
    tm kill-server 2>/dev/null
    stop_mqtt
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Sanitizer reports go to files we check at the end, not onto the screen.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:log_path=$T/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}:log_path=$T/ubsan"
TUI="$BIN/converza-tui"

# ---- command line --------------------------------------------------------

out=$("$TUI" --help 2>/dev/null); rc=$?
if [ $rc -eq 0 ] && printf '%s' "$out" | grep -q -- '--mqtt-password-file'; then
    pass "cli: --help to stdout, exit 0"
else
    fail "cli: --help to stdout, exit 0" "rc=$rc"
fi
expect_eq "cli: --version" "$("$TUI" --version 2>&1; echo "rc=$?")" "converza-tui 0.1.0
rc=0"
"$TUI" --no-such-option >/dev/null 2>&1; expect_eq "cli: unknown option exits 64" $? 64
"$TUI" --refresh soon >/dev/null 2>&1; expect_eq "cli: bad --refresh exits 64" $? 64
"$TUI" extra-arg >/dev/null 2>&1; expect_eq "cli: stray argument exits 64" $? 64
"$TUI" --config "$T/missing.conf" >/dev/null 2>&1; expect_eq "cli: missing config exits 78" $? 78
printf 'mqtt_port = lots\n' >"$T/bad.conf"
"$TUI" --config "$T/bad.conf" >/dev/null 2>&1; expect_eq "cli: bad config value exits 78" $? 78
"$TUI" --mqtt-username u --mqtt-password-file "$T/nope" </dev/null >/dev/null 2>&1
expect_eq "cli: unreadable password file exits 78" $? 78
err=$("$TUI" --mqtt-password s3cret --mqtt-port 1 </dev/null 2>&1 >/dev/null); rc=$?
expect_eq "cli: no terminal exits 69" $rc 69
case $err in
*"visible to other users"*) pass "cli: --mqtt-password warns" ;;
*) fail "cli: --mqtt-password warns" "stderr: $err" ;;
esac

# ---- broker and first paint ----------------------------------------------

start_mqtt || { fail "mosquitto starts" "$(cat "$MQTT_DIR/log" 2>/dev/null)"; t_end; }
write_fixtures
publish_fixtures || fail "publish fixtures"

tui_start main 120 40 -- --refresh 1
expect_screen "first paint from retained messages" main "1,234"
S=$(screen main)
for want in "1,234" "26.0%" '$12,345.67' '$10.00'; do
    case $S in
    *"$want"*) pass "scorecard today shows $want" ;;
    *) fail "scorecard today shows $want" "screen:
$S" ;;
    esac
done
expect_eq "agent row: Alice Smith" "$(row_of main 'Alice Smith' | sed 's/^.*Alice Smith //' | cut -d' ' -f1-5)" \
    '40 12 30.0% $600.00 $15.00'
expect_eq "agent row: Bob Jones" "$(row_of main 'Bob Jones' | sed 's/^.*Bob Jones //' | cut -d' ' -f1-5)" \
    '25 3 12.0% $45.50 $1.82'
expect_eq "agent row: Carol Diaz" "$(row_of main 'Carol Diaz' | sed 's/^.*Carol Diaz //' | cut -d' ' -f1-5)" \
    '33 20 60.6% $1,500.25 $45.46'
expect_eq "best performer marked" "$(row_of main 'Carol Diaz' | cut -c1-3)" "★"
expect_eq "worst performer marked" "$(row_of main 'Bob Jones' | cut -c1-3)" "⚑"
expect_screen "worker online from status topic" main "worker online"
expect_screen "broker state in header" main "broker ok"
expect_screen "trend sparkline values" main '$2,145.75'
expect_screen "overall sentiment bar legend" main "positive 49%"

# ---- keys ----------------------------------------------------------------

if wait_order main "Carol Diaz Alice Smith Bob Jones"; then pass "sort: score, best first"; else
    fail "sort: score, best first" "order: $(names_order main)"; fi
keys main '>' '>' '>' # past the two change columns (no baseline here: all -)
if wait_order main "Alice Smith Bob Jones Carol Diaz"; then pass "sort: > wraps to the name column"; else
    fail "sort: > wraps to the name column" "order: $(names_order main)"; fi
keys main i
if wait_order main "Carol Diaz Bob Jones Alice Smith"; then pass "sort: i inverts"; else
    fail "sort: i inverts" "order: $(names_order main)"; fi
keys main '>'
if wait_order main "Alice Smith Carol Diaz Bob Jones"; then pass "sort: by calls"; else
    fail "sort: by calls" "order: $(names_order main)"; fi
keys main '<' '<' '<' '<'
if wait_order main "Carol Diaz Alice Smith Bob Jones"; then pass "sort: < goes back"; else
    fail "sort: < goes back" "order: $(names_order main)"; fi

keys main / b O b
if wait_order main "Bob Jones"; then pass "filter: typing shows only matches"; else
    fail "filter: typing shows only matches" "order: $(names_order main)"; fi
keys main Enter
expect_screen "filter: Enter keeps it" main "1/3 agents"
keys main / Escape
if wait_order main "Carol Diaz Alice Smith Bob Jones"; then pass "filter: Esc clears"; else
    fail "filter: Esc clears" "order: $(names_order main)"; fi
alive main && pass "Esc in the filter does not quit" || fail "Esc in the filter does not quit"

keys main t
expect_screen "window: t shows 7 days" main "5,000"
expect_eq "window: agent row for 7 days" "$(row_of main 'Carol Diaz' | sed 's/^.*Carol Diaz //' | cut -d' ' -f1-4)" \
    '150 70 46.7% $6,000.00'
keys main t
expect_screen "window: then all time" main "20,000"
keys main t
expect_screen "window: back to today" main "window: Today"

keys main '?'
expect_screen "help: ? shows the key table" main "Invert the sort order."
keys main x
if wait_without main "Invert the sort order." 5; then pass "help: any key closes it"; else
    fail "help: any key closes it"; fi
# At 80 columns the help wraps: the score's sentence is whole over two lines
# and no line is cut (no ellipsis, nothing past the width).
tui_start help80 80 24 -- --refresh 1
expect_screen "help 80x24: first paint" help80 "Carol Diaz"
keys help80 '?'
expect_screen "help 80x24: shown" help80 "Score 0-100"
joined=$(screen help80 | sed 's/^ *//; s/ *$//' | tr '\n' ' ')
case $joined in
*"Score 0-100: 50% conversion rate + 30% avg upsell against the team median (the median agent 50, twice the median 100) + 20% sentiment."*)
    pass "help 80x24: the score's sentence wraps whole" ;;
*) fail "help 80x24: the score's sentence wraps whole" "$(screen help80)" ;;
esac
if screen help80 | grep -q '…'; then fail "help 80x24: no line cut short" "$(screen help80)"; else
    pass "help 80x24: no line cut short"; fi
if [ "$(width_of help80)" -le 80 ]; then pass "help 80x24: nothing past the width"; else
    fail "help 80x24: nothing past the width"; fi
keys help80 x
keys help80 q
wait_gone help80 || fail "help80: q quits"

# ---- conversation metrics ------------------------------------------------

# The last six fields of an agent's row: the conversation metric columns.
talk_cols() {
    row_of main "$1" | awk '{ for (i = NF - 5; i <= NF; i++) printf "%s%s", $i, (i < NF ? " " : "\n") }'
}
expect_screen "summary: talk shares and CSAT under the sentiment bar" main \
    "Talk: agent 55.2%  silence 9.7%  CSAT 8.3"
if screen main | grep -q "Silence%"; then fail "talk columns: hidden by default below 140 columns" "$(screen main)"; else
    pass "talk columns: hidden by default below 140 columns"; fi
keys main m
expect_screen "talk columns: m shows them" main "Silence%"
expect_eq "talk columns: Alice Smith" "$(talk_cols 'Alice Smith')" "60.0% 10.0% 1.5 45s 8.5 3:20"
expect_eq "talk columns: Carol Diaz" "$(talk_cols 'Carol Diaz')" "45.0% 7.5% 0.5 20s 9.2 2:30"
expect_eq "talk columns: payload without metrics shows -" "$(talk_cols 'Bob Jones')" "- - - - - -"
expect_eq "talk columns: the KPI columns stay" \
    "$(row_of main 'Alice Smith' | sed 's/^.*Alice Smith //' | cut -d' ' -f1-5)" '40 12 30.0% $600.00 $15.00'
if [ "$(width_of main)" -le 120 ]; then pass "talk columns: nothing drawn past the width"; else
    fail "talk columns: nothing drawn past the width" "$(screen main)"; fi
keys main '>' '>' '>'
if wait_order main "Alice Smith Carol Diaz Bob Jones"; then pass "talk columns: > sorts by Talk%"; else
    fail "talk columns: > sorts by Talk%" "order: $(names_order main)"; fi
keys main i
if wait_order main "Carol Diaz Alice Smith Bob Jones"; then pass "talk columns: unknown last when inverted"; else
    fail "talk columns: unknown last when inverted" "order: $(names_order main)"; fi
keys main '>' '>' '>' '>'
if wait_order main "Carol Diaz Alice Smith Bob Jones" && wait_sorted_by main CSAT; then
    pass "talk columns: sort by CSAT"; else
    fail "talk columns: sort by CSAT" "order: $(names_order main)
$(screen main | tail -n 1)"; fi
keys main '>'
if wait_order main "Alice Smith Carol Diaz Bob Jones" && wait_sorted_by main Dur; then
    pass "talk columns: sort by Dur"; else
    fail "talk columns: sort by Dur" "order: $(names_order main)
$(screen main | tail -n 1)"; fi
keys main m
if wait_without main "Silence%" 5; then pass "talk columns: m hides them again"; else
    fail "talk columns: m hides them again" "$(screen main)"; fi
if wait_order main "Carol Diaz Alice Smith Bob Jones"; then pass "talk columns: hidden, the sort is the score again"; else
    fail "talk columns: hidden, the sort is the score again" "order: $(names_order main)"; fi
keys main '>' '>' '>'
if wait_order main "Alice Smith Bob Jones Carol Diaz"; then pass "talk columns: hidden ones are not sort columns"; else
    fail "talk columns: hidden ones are not sort columns" "order: $(names_order main)"; fi
keys main '<' '<' '<'
wait_order main "Carol Diaz Alice Smith Bob Jones" >/dev/null
keys main '?'
expect_screen "help: m is listed" main "Conversation metric columns"
keys main x
wait_without main "Conversation metric columns" 5 >/dev/null
tui_start wide 150 40 -- --refresh 1
expect_screen "150 columns: talk columns shown by default" wide "Silence%"
expect_eq "150 columns: Carol Diaz's talk columns" "$(row_of wide 'Carol Diaz' | awk '{ print $(NF-5), $(NF-4), $NF }')" \
    "45.0% 7.5% 2:30"
keys wide m
if wait_without wide "Silence%" 5; then pass "150 columns: m hides them"; else
    fail "150 columns: m hides them" "$(screen wide)"; fi
keys wide q

# Agents without a timed or rated call: the columns would be all "-", so a
# wide table leaves them out until m asks for them.
many_agents 30 "$T/plain.json"
pub agents "$T/plain.json"
tui_start plain 150 40 -- --refresh 1
expect_screen "150 columns, no conversation data: agents drawn" plain "Agent 0000"
case $(screen plain) in
*Silence%*) fail "150 columns, no conversation data: talk columns left out" "$(screen plain)" ;;
*) pass "150 columns, no conversation data: talk columns left out" ;;
esac
keys plain m
expect_screen "150 columns, no conversation data: m shows them" plain "Silence%"
keys plain q
pub agents "$T/agents.json"
# The dashboard shows a new payload at its next repaint (--refresh 1): wait
# for it, or the checks below may read the 30 plain agents still on screen.
wait_for main "Carol Diaz"

# ---- resizing ------------------------------------------------------------

tm resize-window -t main -x 100 -y 30
if wait_for main "1,234" && screen main | sed -n 30p | grep -q "agents"; then
    pass "resize 100x30: footer on the new last line"
else
    fail "resize 100x30: footer on the new last line" "$(screen main)"
fi
if [ "$(width_of main)" -le 100 ]; then pass "resize 100x30: nothing drawn past the width"; else
    fail "resize 100x30: nothing drawn past the width" "$(screen main)"; fi
tm resize-window -t main -x 80 -y 24
expect_screen "80x24: scorecards" main '$12,345.67'
# The scorecards read the same before the resize is drawn: wait for the row.
i=0
while [ $i -lt 50 ] && [ "$(row_of main 'Carol Diaz' | sed 's/^.*Carol Diaz //' | cut -d' ' -f1-4)" != '33 20 60.6% $1,500.25' ]; do
    i=$((i + 1))
    sleep 0.1
done
expect_eq "80x24: agent numbers" "$(row_of main 'Carol Diaz' | sed 's/^.*Carol Diaz //' | cut -d' ' -f1-4)" \
    '33 20 60.6% $1,500.25'
expect_screen "80x24: talk line under the sentiment bar" main \
    "Talk: agent 55.2%  customer 35.1%  silence 9.7%  CSAT 8.3"
tm resize-window -t main -x 50 -y 15
expect_screen "50x15: compact view" main "Today: 1,234 calls"
tm resize-window -t main -x 20 -y 5
expect_screen "20x5: still drawn" main "Converza"
tm resize-window -t main -x 18 -y 4
expect_screen "18x4: terminal too small" main "too small"
tm resize-window -t main -x 120 -y 40
expect_screen "back to 120x40" main "Avg upsell / call"
alive main && pass "resizes: still running" || fail "resizes: still running" "$(cat "$T/main.err")"

# ---- scrolling through many agents (own topic prefix) --------------------

many_agents 500 "$T/many.json"
mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -r -q 1 -t cz/many/agents -f "$T/many.json"
tui_start many 100 30 -- --mqtt-prefix cz/many --refresh 1
expect_screen "500 agents: table fills" many "500/500 agents"
keys many '>'
expect_screen "500 agents: sorted by name" many "Agent 0000"
keys many End
expect_screen "scroll: End shows the last agent" many "Agent 0499"
screen many | grep -q "Agent 0000" && fail "scroll: first agent scrolled away" || pass "scroll: first agent scrolled away"
keys many Home
expect_screen "scroll: Home shows the first again" many "Agent 0000"
keys many NPage
expect_screen "scroll: PgDn moves a page" many "Agent 0030"
keys many PPage
expect_screen "scroll: PgUp moves back" many "Agent 0000"
# The wheel (X10 mouse reports: button 4 up, 5 down) moves the selection
# three rows a notch: 15 notches down take Agent 0045 into view.
wheel() { # wheel NAME up|down
    b=$([ "$2" = up ] && echo 140 || echo 141) # octal of 32 + 64, 32 + 65
    tm send-keys -t "$1" -l "$(printf "\033[M\\$b%s%s" "$(printf '\050')" "$(printf '\050')")"
}
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do wheel many down; done
expect_screen "mouse: the wheel scrolls down" many "Agent 0045"
screen many | grep -q "Agent 0000" && fail "mouse: the wheel scrolled the first agent away" ||
    pass "mouse: the wheel scrolled the first agent away"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do wheel many up; done
expect_screen "mouse: the wheel scrolls back up" many "Agent 0000"
keys many q
wait_gone many && pass "many: q quits" || fail "many: q quits"

# ---- malformed payloads --------------------------------------------------

printf '{"schema":1,"agents":[' >"$T/bad1.json"
pub agents "$T/bad1.json"
expect_screen "bad JSON: rejected with a message" main "ignored bad agents payload: invalid JSON"
expect_eq "bad JSON: old agent data kept" "$(row_of main 'Carol Diaz' | sed 's/^.*Carol Diaz //' | cut -d' ' -f1-2)" "33 20"

now=$(date +%s)
sed 's/"calls":1234/"calls":"1234"/' "$T/summary.json" >"$T/bad2.json"
pub summary "$T/bad2.json"
expect_screen "wrong type: rejected with a message" main "windows.today.calls: expected a number"
sed 's/"calls":1234/"calls":1e999/' "$T/summary.json" >"$T/bad3.json"
pub summary "$T/bad3.json"
expect_screen "non-finite number: rejected" main "expected a finite number"
sed 's/"calls":1234/"calls":-4/' "$T/summary.json" >"$T/bad4.json"
pub summary "$T/bad4.json"
expect_screen "negative count: rejected" main "out of range"
expect_screen "rejected summaries keep the old numbers" main '$12,345.67'
printf '[1,2,3]' >"$T/bad5.json"
pub trend "$T/bad5.json"
expect_screen "non-object payload: rejected" main "not a JSON object"

awk -v now="$now" 'BEGIN { printf "{\"schema\":1,\"generated_at\":%s,\"agents\":[", now;
    for (i = 0; i <= 10000; i++) printf "%s{}", (i ? "," : ""); printf "]}\n" }' >"$T/huge.json"
pub agents "$T/huge.json"
expect_screen "huge array: rejected" main "more than 10000 elements"
alive main && pass "malformed payloads: still running" || fail "malformed payloads: still running" "$(cat "$T/main.err")"

w=$(win 5 1 10.00 2 2 1 0.1)
{
    printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
    agent '\u001b[31mEvil\u001b]0;pwned\u0007 Agent\u001b[2J' "$w" "$w" "$w"
    printf ','
    agent 'C1\u009b2J Agent\u0085' "$w" "$w" "$w"
    printf ','
    agent 'Wide \u674e\u5c0f\u9f8d Name' "$w" "$w" "$w"
    printf ','
    agent "$(printf 'L%.0s' $(seq 1 400))" "$w" "$w" "$w"
    printf ']}\n'
} >"$T/evil.json"
pub agents "$T/evil.json"
expect_screen "escape sequences in names are shown as text" main "[31mEvil]0;pwned Agent[2J"
expect_screen "C1 controls removed from names" main "C12J Agent"
expect_screen "wide characters in names" main "Wide 李小龍 Name"
title=$(tm display-message -p -t main '#{pane_title}')
case $title in
*pwned*) fail "names cannot set the terminal title" "title: $title" ;;
*) pass "names cannot set the terminal title" ;;
esac
S=$(screen main)
if printf '%s\n' "$S" | sed -n 1p | grep -q Converza && printf '%s\n' "$S" | sed -n 40p | grep -q agents &&
    [ "$(width_of main)" -le 120 ]; then
    pass "evil names: screen layout intact"
else
    fail "evil names: screen layout intact" "$S"
fi
write_fixtures
publish_fixtures
expect_screen "good data again after bad" main "Carol Diaz"

# ---- STALE ---------------------------------------------------------------

tui_start stale 100 30 -- --refresh 1 --stale-after 3
expect_screen "stale: fresh data shows no warning first" stale "1,234"
expect_screen "stale: STALE after stale-after seconds" stale "STALE" 8
write_fixtures
pub summary "$T/summary.json"
if wait_without stale "STALE" 5; then pass "stale: new data clears STALE"; else
    fail "stale: new data clears STALE" "$(screen stale)"; fi
keys stale q

# ---- broker lost and back ------------------------------------------------

mqtt_stop_only
expect_screen "broker stopped: lost-broker message" main "BROKER LOST" 10
expect_screen "broker stopped: last data kept" main '$12,345.67'
tui_start late 100 30 -- --refresh 1
expect_screen "broker down at start: says so" late "BROKER LOST" 10
alive late && pass "broker down at start: keeps running" || fail "broker down at start: keeps running"
mqtt_start_only
write_fixtures
publish_fixtures
expect_screen "broker back: reconnects by itself" main "broker ok" 30
expect_screen "broker back: client started while down gets data" late "Carol Diaz" 30

now=$(date +%s)
printf '{"schema":1,"generated_at":%s,"state":"offline","version":"0.1.0","last_batch":null}' "$now" >"$T/offline.json"
pub status "$T/offline.json"
expect_screen "worker offline status shown as an alert" main "worker OFFLINE"
pub status "$T/status.json"
expect_screen "worker online again" main "worker online"

# ---- terminals, ASCII, NO_COLOR ------------------------------------------

for term in screen tmux-256color linux vt100 xterm-256color; do
    tui_start "t-$term" 100 30 "TERM=$term" -- --refresh 1
    expect_screen "TERM=$term: draws the data" "t-$term" "Carol Diaz"
    keys "t-$term" q
done
tui_start ascii 100 30 LANG=C LC_ALL=C -- --refresh 1
expect_screen "C locale: draws the data" ascii "Carol Diaz"
if screen ascii | grep -q '█'; then fail "C locale: ASCII glyphs only" "$(screen ascii)"; else
    pass "C locale: ASCII glyphs only"; fi
tui_start asciiflag 100 30 -- --ascii --refresh 1
expect_screen "--ascii: draws the data" asciiflag "Carol Diaz"
if screen asciiflag | grep -q '█'; then fail "--ascii: ASCII glyphs only"; else pass "--ascii: ASCII glyphs only"; fi
tui_start nocolor 100 30 NO_COLOR=1 -- --refresh 1
expect_screen "NO_COLOR: draws the data" nocolor "Carol Diaz"
if tm capture-pane -e -p -t nocolor | grep -qE "$(printf '\033')\\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"; then
    fail "NO_COLOR: no colour attributes"
else
    pass "NO_COLOR: no colour attributes"
fi
if tm capture-pane -e -p -t main | grep -qE "$(printf '\033')\\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"; then
    pass "colour terminal: colours used"
else
    fail "colour terminal: colours used"
fi
for s in ascii asciiflag nocolor; do keys $s q; done

# ---- wallboard -----------------------------------------------------------

tui_start wall 120 40 -- --wallboard --refresh 1
if wait_big wall "UPSELL REVENUE"; then pass "wallboard: KPI page (labels in the big font)"; else
    fail "wallboard: KPI page (labels in the big font)" "$(big_text wall; screen wall)"; fi
expect_screen "wallboard: big digits" wall "███"
keys wall j
expect_screen "wallboard: top agents page" wall "agents by score"
expect_screen "wallboard: pages cycle by themselves" wall "page 3/3" 12
keys wall w
expect_screen "wallboard: w returns to the dashboard" wall "Avg upsell"
keys wall q

# ---- quitting ------------------------------------------------------------

keys main q
if wait_gone main; then pass "q quits"; else fail "q quits"; fi
expect_eq "q: exit status 0" "$(cat "$T/main.exit" 2>/dev/null)" 0
if grep -q -- ' icanon' "$T/main.stty" 2>/dev/null && grep -q -- ' echo ' "$T/main.stty"; then
    pass "q: terminal modes restored"
else
    fail "q: terminal modes restored" "$(cat "$T/main.stty" 2>/dev/null)"
fi
keys late Escape
sleep 0.5
if alive late; then pass "Esc does not quit (q does)"; else fail "Esc does not quit (q does)"; fi
keys late q
wait_gone late || fail "q quits late"
tui_start term 80 24 -- --refresh 1
wait_for term "Carol Diaz" >/dev/null
shpid=$(tm display-message -p -t term '#{pane_pid}')
tuipid=$(ps -o pid= --ppid "$shpid" | tr -d ' ' | head -n 1)
[ -n "$tuipid" ] && kill -TERM "$tuipid"
if wait_gone term; then pass "SIGTERM quits cleanly"; else fail "SIGTERM quits cleanly"; fi
expect_eq "SIGTERM: exit status 0" "$(cat "$T/term.exit" 2>/dev/null)" 0
grep -q -- ' icanon' "$T/term.stty" 2>/dev/null && pass "SIGTERM: terminal modes restored" ||
    fail "SIGTERM: terminal modes restored"

tui_start hup 80 24 -- --refresh 1
wait_for hup "Carol Diaz" >/dev/null
shpid=$(tm display-message -p -t hup '#{pane_pid}')
tuipid=$(ps -o pid= --ppid "$shpid" | tr -d ' ' | head -n 1)
t0=$(cut -d' ' -f14,15 "/proc/$tuipid/stat" 2>/dev/null | tr ' ' '+')
sleep 3
t1=$(cut -d' ' -f14,15 "/proc/$tuipid/stat" 2>/dev/null | tr ' ' '+')
ticks=$(( (${t1:-0}) - (${t0:-0}) ))
if [ -n "$t0" ] && [ "$ticks" -lt 100 ]; then pass "idle: no busy loop ($ticks ticks in 3 s)"; else
    fail "idle: no busy loop" "$ticks clock ticks of CPU in 3 s"; fi
tm kill-session -t hup
i=0
while [ -n "$tuipid" ] && kill -0 "$tuipid" 2>/dev/null && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
if [ -n "$tuipid" ] && ! kill -0 "$tuipid" 2>/dev/null; then pass "terminal closed: exits"; else
    fail "terminal closed: exits" "pid $tuipid still running"
    [ -n "$tuipid" ] && kill -KILL "$tuipid" 2>/dev/null
fi

tui_finish
