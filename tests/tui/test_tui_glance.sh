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
. "$HERE/lib_tui.sh"
tui_setup glance

pubp() { mosquitto_pub -h 127.0.0.1 -p "$MQTT_PORT" -r -q 1 -t "$1/$2" -f "$3"; }

# gagent NAME TEAM TODAY WEEK ALL BASELINE: an agent row with a team.
gagent() {
    printf '{"agent_name":"%s","team":"%s","windows":{"today":%s,"week":%s,"all":%s,"baseline":%s}}' "$@"
}

# glance_payloads DIR GENERATED_AT: targets conversion 40 % (East 50 %), avg
# upsell $10, calls 100 a day, negative share 20 %, margin 10 %; baseline 7
# days, minimum 5 calls.
#   Ann  (East) 20 calls,  9 conv = 45.0 % (East 50: near; the floor's 40
#        would be on), $300 = $15.00 (on);
#        usual 70 calls 28 conv = 40.0 %, $560 = $8.00: change +5.0, +$7.00
#   Ben  (West) 20 calls,  7 conv = 35.0 % (40: off, 36 is near), $190 = $9.50 (near);
#        usual 70 calls 35 conv = 50.0 %, $840 = $12.00: change -15.0, -$2.50
#   Cat  (West) 40 calls, 15 conv = 37.5 % (near), $200 = $5.00 (off); no usual
#   Dan  (East)  3 calls,  3 conv = 100 %, $900: under the minimum, not ranked
glance_payloads() {
    mkdir -p "$1"
    now=$2
    tot=$(win 83 34 1590.00 40 30 13 0.2)
    base=$(win 140 63 1400.00 70 50 20 0.2)
    {
        printf '{"schema":1,"generated_at":%s,"batch_id":"b-1","last_call_at":%s,"today":"2025-10-09",' "$now" "$now"
        printf '"windows":{"today":%s,"week":%s,"all":%s,"baseline":%s},' "$tot" "$tot" "$tot" "$base"
        printf '"baseline_days":7,"min_calls":5,"targets":{"margin_pct":10,"conversion_rate":40,'
        printf '"avg_upsell":10,"calls":100,"negative_share":20,"teams":[{"team":"East","conversion_rate":50}]}}\n'
    } >"$1/summary.json"
    {
        printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
        gagent "Ann Able" East "$(win 20 9 300.00 10 8 2 0.3)" "$(win 20 9 300.00 10 8 2 0.3)" \
            "$(win 20 9 300.00 10 8 2 0.3)" "$(win 70 28 560.00 35 25 10 0.2)"
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
        day 2025-10-09 83 34 1590.00 40 30 13 0.2
        printf ']}\n'
    } >"$1/trend.json"
    printf '{"schema":1,"generated_at":%s,"state":"online","version":"0.1.0","last_batch":null}\n' \
        "$now" >"$1/status.json"
}
publish_to() { for topic in summary agents trend status; do pubp "$1" $topic "$2/$topic.json"; done; }

glance_payloads "$T/g" "$(date +%s)"
publish_to cz/g "$T/g"

# colour_of NAME TEXT: the foreground colour (red, green, yellow, ... or
# none) in which TEXT is drawn on the first line that shows it.
colour_of() {
    tm capture-pane -e -p -t "$1" | python3 -c '
import re, sys
text = sys.argv[1]
names = {1: "red", 2: "green", 3: "yellow", 4: "blue", 5: "magenta", 6: "cyan", 7: "white", 0: "black"}
for line in sys.stdin:
    fg, chars, cols = None, [], []
    for m in re.finditer(r"\x1b\[([0-9;]*)m|\x1b[^\[]|([^\x1b]+)", line):
        if m.group(2) is not None:
            chars.append(m.group(2))
            cols.extend([fg] * len(m.group(2)))
            continue
        if m.group(1) is None:
            continue
        codes = [int(c) if c else 0 for c in m.group(1).split(";")]
        j = 0
        while j < len(codes):
            c = codes[j]
            if c == 0 or c == 39: fg = None
            elif 30 <= c <= 37: fg = c - 30
            elif 90 <= c <= 97: fg = c - 90
            elif c == 38 and j + 2 < len(codes): fg = codes[j + 2] % 8; j += 2
            j += 1
    i = "".join(chars).find(text)
    if i >= 0:
        print(names[cols[i]] if cols[i] is not None else "none")
        sys.exit(0)
print("absent")
' "$2"
}

# ---- targets on the dashboard at three sizes -------------------------------

tui_start d160 160 48 -- --mqtt-prefix cz/g --refresh 1
expect_screen "160x48: first paint" d160 "Ann Able"
keys d160 G # the selection to the last row, so the others show their colours
sleep 0.5
S=$(screen d160)
for want in "target 40.0%" "✓ 41.0%" "✗ 83" "target 100" "-17" "+1.0 pts" "target \$10.00" "✓ \$19.16" \
    "negative 16% ✓"; do
    case $S in *"$want"*) pass "160x48: scorecards show $want" ;;
    *) fail "160x48: scorecards show $want" "$S" ;; esac
done
expect_eq "160x48: Ann judged by East's 50 %: near" "$(row_of d160 'Ann Able' | cut -d' ' -f6,8)" '45.0%! $15.00✓'
expect_eq "160x48: Ben off and near" "$(row_of d160 'Ben Bold' | cut -d' ' -f6,8)" '35.0%✗ $9.50!'
expect_eq "160x48: Cat near and off" "$(row_of d160 'Cat Calm' | cut -d' ' -f6,8)" '37.5%! $5.00✗'
expect_eq "160x48: near is amber" "$(colour_of d160 '45.0%!')" yellow
expect_eq "160x48: off is red" "$(colour_of d160 '35.0%✗')" red
expect_eq "160x48: on is green" "$(colour_of d160 '$15.00✓')" green
expect_eq "160x48: the calls card off target in red" "$(colour_of d160 '✗ 83')" red
expect_eq "160x48: change columns, Ann" "$(row_of d160 'Ann Able' | awk '{print $(NF-1), $NF}')" '+5.0▲ +$7.00▲'
expect_eq "160x48: change columns, Ben" "$(row_of d160 'Ben Bold' | awk '{print $(NF-1), $NF}')" '-15.0▼ -$2.50▼'
expect_eq "160x48: no usual, no change" "$(row_of d160 'Cat Calm' | awk '{print $(NF-1), $NF}')" '- -'
expect_eq "160x48: a rise is green" "$(colour_of d160 '+5.0▲')" green
expect_screen "160x48: the usual line, conversion" d160 "7d usual             45.0% ▼ -4.0 pts"
# Dan: 3 calls at 100 % and $300 a call, under the minimum of 5.
expect_eq "160x48: under the minimum calls: dot, no score, no mark" \
    "$(row_of d160 'Dan Dash' | awk '{print $1, $(NF-2), $(NF-1), $NF}')" '· - - -'
# Scores: Ann 59 (upsell $15 against the median $9.50), Ben 44, Cat 38.
expect_eq "160x48: the marks go to the ranked" "$(row_of d160 'Ann Able' | cut -c1-3)$(row_of d160 'Cat Calm' | cut -c1-3)" "★⚑"
expect_screen "160x48: the legend says what the marks mean" d160 "★ top 1, ⚑ bottom 1 by score (score = 50% Conv% + 30% upsell vs median + 20% sentiment)"
expect_screen "160x48: and who is not ranked" d160 "· under 5 calls: not ranked"
keys d160 / A n n Enter
expect_screen "filter kept: the footer shows its text" d160 'filter "Ann"'
if wait_without d160 "Ben Bold" 5; then pass "filter kept: only Ann"; else fail "filter kept: only Ann" "$(screen d160)"; fi
keys d160 Escape
expect_screen "Esc after a kept filter clears it" d160 "Ben Bold"
if screen d160 | grep -qF 'filter "'; then fail "Esc: the footer no longer names a filter"; else
    pass "Esc: the footer no longer names a filter"; fi
keys d160 Escape
sleep 0.5
alive d160 && pass "Esc never quits" || fail "Esc never quits" "$(cat "$T/d160.exit" 2>/dev/null)"
keys d160 Right
if wait_sorted_by d160 ChgConv; then pass "Right sorts by the next column"; else
    fail "Right sorts by the next column" "$(screen d160 | tail -n 1)"; fi
expect_eq "sorted by change: rise first, no change last" \
    "$(screen d160 | grep -oE 'Ann Able|Ben Bold|Cat Calm|Dan Dash' | tr '\n' ' ')" "Ann Able Ben Bold Cat Calm Dan Dash "
keys d160 Left
if wait_sorted_by d160 Score; then pass "Left sorts by the column before"; else
    fail "Left sorts by the column before" "$(screen d160 | tail -n 1)"; fi
keys d160 f
expect_screen "f freezes the row order (footer says so)" d160 "FROZEN (f)"
keys d160 i # score ascending would put Cat first
sleep 0.5
expect_eq "frozen: inverting the sort keeps the rows" \
    "$(screen d160 | grep -oE 'Ann Able|Ben Bold|Cat Calm|Dan Dash' | tr '\n' ' ')" "Ann Able Ben Bold Cat Calm Dan Dash "
keys d160 f
sleep 0.5
expect_eq "unfrozen: the inverted sort applies" \
    "$(screen d160 | grep -oE 'Ann Able|Ben Bold|Cat Calm|Dan Dash' | tr '\n' ' ')" "Cat Calm Ben Bold Ann Able Dan Dash "
# A click on the Calls header (X10 mouse report: button 1 at column, row).
hdr=$(screen d160 | grep -n "Agent .*Calls" | head -n 1)
row=$(( ${hdr%%:*} )) col=$(screen d160 | grep "Agent .*Calls" | head -n 1 | awk '{print index($0, "Calls") + 1}')
tm send-keys -t d160 -l "$(printf '\033[M %s%s' "$(printf "\\$(printf %o $((32 + col)))")" "$(printf "\\$(printf %o $((32 + row)))")")"
if wait_sorted_by d160 Calls; then pass "mouse: a click on a column header sorts by it"; else
    fail "mouse: a click on a column header sorts by it" "$(screen d160 | tail -n 1)"; fi
keys d160 q
wait_gone d160 || fail "q quits"

tui_start nc 160 48 NO_COLOR=1 -- --mqtt-prefix cz/g --refresh 1
expect_screen "NO_COLOR: first paint" nc "Ann Able"
keys nc G
sleep 0.5
expect_eq "NO_COLOR: the glyphs carry the status" "$(row_of nc 'Ben Bold' | cut -d' ' -f6,8)" '35.0%✗ $9.50!'
expect_eq "NO_COLOR: no colour on an off cell" "$(colour_of nc '35.0%✗')" none
expect_screen "NO_COLOR: scorecards keep the glyphs" nc "✗ 83"
keys nc q

tui_start a80 80 24 -- --mqtt-prefix cz/g --refresh 1 --ascii
expect_screen "80x24 ASCII: first paint" a80 "Ann Able"
keys a80 G
sleep 0.5
S=$(screen a80)
case $S in *"ok 41.0%"*) pass "80x24 ASCII: conversion on target, ok" ;;
*) fail "80x24 ASCII: conversion on target, ok" "$S" ;; esac
case $S in *"x 83"*) pass "80x24 ASCII: calls off target, x" ;; *) fail "80x24 ASCII: calls off target, x" "$S" ;; esac
expect_eq "80x24 ASCII: Ben's cells" "$(row_of a80 'Ben Bold' | cut -d' ' -f6,8)" '35.0%x $9.50!'
expect_eq "80x24 ASCII: marks" "$(row_of a80 'Ann Able' | cut -c1)$(row_of a80 'Cat Calm' | cut -c1)$(row_of a80 'Dan Dash' | cut -c1)" "*#."
if [ "$(width_of a80)" -le 80 ]; then pass "80x24: nothing past the width"; else fail "80x24: nothing past the width" "$S"; fi
keys a80 q

tui_start d240 240 67 -- --mqtt-prefix cz/g --refresh 1
expect_screen "240x67: first paint" d240 "Ann Able"
S=$(screen d240)
for want in "target 40.0%" "+1.0 pts ✓ 41.0%" "7d usual" "▼ -4.0 pts" "ChgConv"; do
    case $S in *"$want"*) pass "240x67: shows $want" ;; *) fail "240x67: shows $want" "$S" ;; esac
done
# The names are 8 wide: the column keeps its minimum of 10, not 32 or more.
expect_eq "240x67: the agent column as wide as the longest name" \
    "$(screen d240 | grep -E '^  Agent' | sed 's/Calls.*//' | wc -c)" 16
keys d240 q

# ---- wallboard -------------------------------------------------------------

# The longest run of consecutive screen lines with a block of a big digit.
digit_rows() { screen "$1" | awk '/█/ { run++; if (run > best) best = run; next } { run = 0 } END { print best + 0 }'; }
tui_start w120 120 40 -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages kpis
tui_start w240 240 67 -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages kpis
expect_screen "wallboard 120x40: KPI page" w120 "7d usual 45.0%"
expect_screen "wallboard 240x67: KPI page" w240 "7d usual 45.0%"
sleep 0.5
h120=$(digit_rows w120) h240=$(digit_rows w240)
if [ "$h240" -gt "$h120" ] && [ "$h120" -ge 5 ]; then pass "wallboard: digits taller at 240x67 ($h240 rows) than at 120x40 ($h120)"; else
    fail "wallboard: digits taller at 240x67 than at 120x40" "$h240 vs $h120"; fi
expect_screen "wallboard: status in words and glyph" w240 "✓ ON TARGET 40.0%"
expect_screen "wallboard: calls off target" w240 "✗ OFF TARGET 100"
expect_screen "wallboard: the usual under the number" w240 "7d usual 45.0%  ▼ -4.0 pts"
expect_eq "wallboard: the status in its colour" "$(colour_of w240 '✓ ON TARGET 40.0%')" green
if screen w240 | tail -n 1 | grep -qE '^ [0-9]{2}:[0-9]{2}:[0-9]{2} .*page 1/1'; then pass "wallboard: a clock instead of key hints"; else
    fail "wallboard: a clock instead of key hints" "$(screen w240 | tail -n 1)"; fi
if screen w240 | grep -q "Quit"; then fail "wallboard: no key hints" "$(screen w240 | tail -n 1)"; else pass "wallboard: no key hints"; fi

# wall_big TEST NAME WANT: the big font read back from the screen (big_text)
# is WANT, the labels' rows are fewer than the digits' (the numbers stay the
# main thing) and no label is left as a word of plain text.
wall_big() {
    got=$(big_text "$2")
    expect_eq "$1: labels and numbers in the big font" "$got" "$3"
    smaller=$(printf '%s\n' "$got" | awk '$2 ~ /^[A-Z]/ { l = $1; next } { d = $1 } END { print (l > 0 && l < d) ? "yes" : "no: " l " vs " d }')
    expect_eq "$1: the labels smaller than the digits" "$smaller" yes
    if screen "$2" | grep -qE 'CALLS|CONVERSION|UPSELL|AVG'; then fail "$1: no label as plain text" "$(screen "$2")"; else
        pass "$1: no label as plain text"; fi
    if [ "$(width_of "$2")" -le "$4" ]; then pass "$1: nothing past the width"; else fail "$1: nothing past the width"; fi
}
# At 240x67 the labels in 5-row letters over 20-row digits, full labels; at
# 120x40 half-height letters (UTF-8), AVG UPSELL / CALL in its short form.
BIG240="2 CALLS | CONVERSION
8 83 | 41.0%
2 UPSELL REVENUE | AVG UPSELL / CALL
8 \$1.59k | \$19.16"
BIG120="1 CALLS | CONVERSION
4 83 | 41.0%
1 UPSELL REVENUE | AVG/CALL
4 \$1.59k | \$19.16"
wall_big "wallboard 240x67" w240 "$BIG240" 240
wall_big "wallboard 120x40" w120 "$BIG120" 120
keys w120 q
keys w240 q
tui_start wn 240 67 NO_COLOR=1 -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages kpis
expect_screen "wallboard 240x67 NO_COLOR: KPI page" wn "7d usual 45.0%"
wall_big "wallboard 240x67 NO_COLOR" wn "$BIG240" 240
if tm capture-pane -e -p -t wn | grep -qE "$(printf '\033')\\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]"; then
    fail "wallboard NO_COLOR: no colour attributes"; else pass "wallboard NO_COLOR: no colour attributes"; fi
expect_screen "wallboard 240x67 NO_COLOR: the status in words" wn "✓ ON TARGET 40.0%"
keys wn q
# ASCII (LANG=C): 240x67 draws the letters in #; at 120x40 there are no half
# blocks, so the labels are text, each in its own card.
tui_start wa240 240 67 LANG=C LC_ALL=C -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages kpis
tui_start wa120 120 40 LANG=C LC_ALL=C -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages kpis
expect_screen "wallboard 240x67 ASCII: KPI page" wa240 "7d usual 45.0%"
expect_screen "wallboard 120x40 ASCII: KPI page" wa120 "7d usual 45.0%"
if screen wa240 | grep -q '█'; then fail "wallboard 240x67 ASCII: no block glyphs" "$(screen wa240)"; else
    pass "wallboard 240x67 ASCII: no block glyphs"; fi
wall_big "wallboard 240x67 ASCII" wa240 "$BIG240" 240
expect_screen "wallboard 240x67 ASCII: the status in words" wa240 "ok ON TARGET 40.0%"
expect_eq "wallboard 120x40 ASCII: the numbers in #" "$(big_text wa120)" "4 83 | 41.0%
4 \$1.59k | \$19.16"
# Each label of a row of cards in its own half of the screen, not run together.
halves=$(screen wa120 | awk '
    /CALLS .*CONVERSION/ { print (index($0, "CALLS  x OFF TARGET 100") && index($0, "CONVERSION  ok ON TARGET 40.0%") > 60 && index($0, "100 ") < 60) ? "ok" : "bad: " $0 }
    /UPSELL REVENUE.*AVG/ { print (index($0, "UPSELL REVENUE") < 60 && index($0, "AVG UPSELL / CALL  ok ON TARGET $10.00") > 60) ? "ok" : "bad: " $0 }')
expect_eq "wallboard 120x40 ASCII: text labels, each in its own card" "$halves" "ok
ok"
keys wa240 q
keys wa120 q

# 40x12: a line per KPI, label left, number right; in UTF-8, NO_COLOR and ASCII.
for variant in utf8 nocolor ascii; do
    case $variant in
    utf8) envs="" bad="✗ 83" good="✓ 41.0%" ;;
    nocolor) envs="NO_COLOR=1" bad="✗ 83" good="✓ 41.0%" ;;
    ascii) envs="LANG=C LC_ALL=C" bad="x 83" good="ok 41.0%" ;;
    esac
    tui_start w40 40 12 $envs -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages kpis
    expect_screen "wallboard 40x12 $variant: KPI page" w40 "CALLS"
    sleep 0.3
    S=$(screen w40)
    n=0
    for label in "CALLS" "CONVERSION" "UPSELL REVENUE" "AVG UPSELL / CALL"; do
        if printf '%s\n' "$S" | grep -qE "^ $label +[^ ]"; then n=$((n + 1)); fi
    done
    expect_eq "wallboard 40x12 $variant: four labels, each on its own line with its number" "$n" 4
    if printf '%s\n' "$S" | grep -qE 'CALLS.*CONV|CONV.*UPSELL|UPSELL.*AVG|[A-Z][A-Z]CONV|[A-Z]UPSELL'; then
        fail "wallboard 40x12 $variant: labels never run together" "$S"; else pass "wallboard 40x12 $variant: labels never run together"; fi
    case $S in *"$bad"*"$good"*) pass "wallboard 40x12 $variant: numbers keep their glyphs" ;;
    *) fail "wallboard 40x12 $variant: numbers keep their glyphs" "$S" ;; esac
    if [ "$(width_of w40)" -le 40 ]; then pass "wallboard 40x12 $variant: nothing past the width"; else
        fail "wallboard 40x12 $variant: nothing past the width" "$S"; fi
    keys w40 q
    wait_gone w40 || fail "wallboard 40x12 $variant: q quits"
done

tui_start wa 120 40 -- --mqtt-prefix cz/g --refresh 1 --wallboard --wall-pages agents,trends \
    --wall-interval 2 --wall-top 2
expect_screen "wallboard: --wall-pages starts with the agent page" wa "Top 2 agents by score, Today"
expect_screen "wallboard: the agent page says the formula and the minimum" wa "agents with at least 5 calls"
S=$(screen wa)
case $S in *"Ann Able"*"Ben Bold"*) pass "wallboard: --wall-top 2 shows the best two ranked" ;;
*) fail "wallboard: --wall-top 2 shows the best two ranked" "$S" ;; esac
case $S in *"Dan Dash"* | *"Cat Calm"*) fail "wallboard: not ranked and third place left out" "$S" ;;
*) pass "wallboard: not ranked and third place left out" ;; esac
expect_screen "wallboard: --wall-interval 2 flips to the second of two pages" wa "page 2/2" 5
expect_screen "wallboard: the second page is the trends" wa "Calls per day"
keys wa q
"$BIN/converza-tui" --wall-pages kpis,clock </dev/null >/dev/null 2>"$T/wp.err"
expect_eq "wallboard: an unknown page is a configuration error (78)" "$?" 78
grep -q 'wall_pages: "clock" is not a page' "$T/wp.err" && pass "wallboard: the error names the page" ||
    fail "wallboard: the error names the page" "$(cat "$T/wp.err")"

# Old data: a full-width banner, the numbers dimmed.
glance_payloads "$T/old" "$(date +%s)"
publish_to cz/old "$T/old"
tui_start ws 120 40 -- --mqtt-prefix cz/old --refresh 1 --wallboard --wall-pages kpis --stale-after 2
expect_screen "wallboard: STALE banner" ws "STALE: no update for" 8
# The banner: one alert-coloured run from the first column to the last.
banner=$(tm capture-pane -e -N -p -t ws | python3 -c '
import re, sys
for line in sys.stdin:
    line = line.rstrip("\n")
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    if "STALE: no update" not in plain or plain.startswith(" Converza"):
        continue
    first = re.match(r"((?:\x1b\[[0-9;]*m)+)", line)
    rest = line[first.end():] if first else line
    alert = first is not None and re.search(r"[;\[]41m|\[7m", first.group(1)) is not None
    print("full" if alert and len(plain) == int(sys.argv[1]) and "\x1b" not in rest else "partial")
    sys.exit(0)
print("absent")
' 120)
expect_eq "wallboard: a STALE banner across the full width" "$banner" full
if tm capture-pane -e -p -t ws | grep -a '█' | grep -aq "$(printf '\033')\[2m"; then pass "wallboard: stale numbers dimmed"; else
    fail "wallboard: stale numbers dimmed" "$(tm capture-pane -e -p -t ws | grep -a '█' | head -n 2 | cat -v)"; fi
printf '{"schema":1,"generated_at":%s,"state":"offline","version":"0.1.0","last_batch":null}\n' "$(date +%s)" >"$T/off.json"
pubp cz/old status "$T/off.json"
expect_screen "wallboard: OFFLINE banner when the worker stops" ws "OFFLINE: the worker is not running" 5
keys ws q

# ---- the worker: targets from its configuration, change = SQL ------------

start_pg || { fail "postgres starts"; t_end; }
today_utc=$(date -u +%Y-%m-%d)
"$BIN/converza-gen" --calls 900 --seed 18 --agents 4 --from "$(date -u -d '10 days ago' +%Y-%m-%d)" \
    --to "$today_utc" --out "$T/calls" >/dev/null 2>&1
CONVERZA_TEAM_TARGETS="East conversion_rate=4" "$BIN/converza-etl" --once --input "$T/calls" --db "$DB" \
    --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" --mqtt-prefix cz/real >/dev/null 2>"$T/bad.err"
expect_eq "worker: a bad team_targets is a configuration error (78)" "$?" 78
grep -q 'team_targets: expected "TEAM: key=value' "$T/bad.err" && pass "worker: the error shows the syntax" ||
    fail "worker: the error shows the syntax" "$(cat "$T/bad.err")"
CONVERZA_TARGET_CONVERSION_RATE=30 CONVERZA_TARGET_AVG_UPSELL=12.5 CONVERZA_TARGET_MARGIN=10 \
    CONVERZA_TEAM_TARGETS="East: conversion_rate=35" CONVERZA_MIN_CALLS=5 \
    "$BIN/converza-etl" --once --input "$T/calls" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
    --mqtt-prefix cz/real --log-level warn >"$T/etl.out" 2>&1
expect_eq "worker: loads and publishes" "$?" 0
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t cz/real/summary -C 1 -W 5 >"$T/real-summary.json"
res=$(python3 - "$T/real-summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
t = s.get("targets", {})
ok = (t.get("conversion_rate") == 30 and t.get("avg_upsell") == 12.5 and t.get("calls") is None
      and t.get("margin_pct") == 10 and t.get("teams") == [{"team": "East", "conversion_rate": 35,
      "avg_upsell": None, "calls": None, "negative_share": None}]
      and s.get("baseline_days") == 7 and s.get("min_calls") == 5
      and s["windows"]["baseline"]["calls"] > 0)
print(("ok " if ok else "bad ") + s["today"])
PY
)
expect_eq "worker: the summary carries the configured targets and the baseline" "${res%% *}" ok
today=${res#* }
# Two agents with at least 5 calls today and in the 7 days before, by name.
sql "SELECT t.agent_name || '|' || (100.0 * t.v / t.c - 100.0 * b.v / b.c) || '|' || (t.u / t.c - b.u / b.c)
     FROM (SELECT agent_name, sum(calls) c, sum(conversions) v, sum(upsell_revenue) u
           FROM agent_daily_metrics WHERE day = '$today' GROUP BY 1) t
     JOIN (SELECT agent_name, sum(calls) c, sum(conversions) v, sum(upsell_revenue) u
           FROM agent_daily_metrics WHERE day >= '$today'::date - 7 AND day < '$today' GROUP BY 1) b
     USING (agent_name) WHERE t.c >= 5 AND b.c >= 5 ORDER BY 1 LIMIT 2" >"$T/want.txt"
expect_eq "SQL: two agents to compare" "$(wc -l <"$T/want.txt" | tr -d ' ')" 2
tui_start real 160 48 -- --mqtt-prefix cz/real --refresh 1
first=$(head -n 1 "$T/want.txt" | cut -d'|' -f1)
expect_screen "real data: $first on screen" real "$first"
while IFS='|' read -r name dconv davg; do
    got=$(row_of real "$name" | awk '{print $(NF-1), $NF}')
    verdict=$(printf '%s\n' "$got" | awk -v dc="$dconv" -v da="$davg" '{
        c = $1; a = $2; gsub(/[^-+0-9.]/, "", c); gsub(/[^-+0-9.]/, "", a)
        ok = (c - dc < 0.051 && dc - c < 0.051 && a - da < 0.0051 && da - a < 0.0051)
        print (ok ? "equal" : "differ")
    }')
    expect_eq "change column of $name equals SQL over the aggregates ($got; SQL $dconv, $davg)" "$verdict" equal
done <"$T/want.txt"
keys real q
wait_gone real

tui_finish
