#!/bin/sh
# test_tui_drill.sh - the drill-down and the map, through tmux at 80x24 and
# 160x48. With a real worker: Enter on an agent lists exactly the calls that
# SQL over gold says are its newest (today, then all time), each with the
# evidence gold stores; Enter on a call shows its turns masked ([CARD],
# [EMAIL], never the card number or the address); Esc goes back. With
# hand-written payloads: the map puts agents in the quadrants their numbers
# put them in (ASCII and braille), marks agents with few calls, fits the
# width. Env: BIN = directory with the binaries. Prints PASS/FAIL lines.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
. "$HERE/lib_tui.sh"
tui_setup drill pg
PFX=cz/drill

# ---- a worker's calls ------------------------------------------------------
mkdir -p "$T/in"
"$BIN/converza-gen" --calls 400 --seed 7 --agents 4 --out "$T/in" >/dev/null 2>&1 ||
    fail "converza-gen writes calls"
AGENT=$(sed -n 's/.*"agent_name": *"\([^"]*\)".*/\1/p' "$T/in/GEN_000001.json" | head -n 1)
TODAY=$(date -u +%Y-%m-%d)
# The agent's newest call carries a card number and an e-mail address.
cat >"$T/in/PII_0001.json" <<JSON
{"call_id": "PII_0001", "agent_name": "$AGENT", "timestamp": "${TODAY}T23:59:00",
 "transcript_text": "Agent: Thanks for calling, how can I help? Customer: I want the premium plan. My card is 4111 1111 1111 1111 and my e-mail is jane.doe@example.com. Agent: The premium plan is \$40, shall I place the order? Customer: Yes, go ahead. Agent: Done, I've placed the order. Would you also like the extended warranty for \$19.99? Customer: Yes please, add that. Agent: Done, I've added the warranty. Customer: Thank you so much, that's wonderful."}
JSON
"$BIN/converza-etl" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
    --mqtt-prefix "$PFX" --log-level warn --batch-size 150 2>"$T/etl.err"
expect_eq "worker loads the calls" "$?" 0
A_SQL=$(printf '%s' "$AGENT" | sed "s/'/''/g")
newest() { # newest WHERE: the agent's newest 50 call ids, newest first, one line
    sql "SELECT call_id FROM gold_performance_metrics WHERE agent_name = '$A_SQL' $1
         ORDER BY call_time DESC, call_id DESC LIMIT 50" | tr '\n' ' ' | sed 's/ $//'
}
WANT_TODAY=$(newest "AND call_day = '$TODAY'")
WANT_ALL=$(newest "")
n_all=$(echo "$WANT_ALL" | wc -w)
[ "$n_all" -eq 50 ] && pass "the agent has 50 calls to list (of $(sql "SELECT count(*) FROM gold_performance_metrics WHERE agent_name = '$A_SQL'"))" ||
    fail "the agent has 50 calls to list" "$n_all"
case $WANT_ALL in PII_0001\ *) pass "the masked call is the agent's newest" ;;
*) fail "the masked call is the agent's newest" "$WANT_ALL" ;; esac

# ids_on NAME: call ids in the list rows on screen, in order.
ids_on() { screen "$1" | grep -v 'Evidence of' | grep -oE '^  [0-9-]+ [0-9:]+ +(GEN|PII)_[0-9]+' | awk '{print $3}'; }
# collect NAME: every call id of the list, paging down from the top.
collect() {
    : >"$T/ids"
    keys "$1" Home
    sleep 0.3
    i=0
    while [ $i -lt 8 ]; do
        ids_on "$1" >>"$T/ids"
        keys "$1" NPage
        sleep 0.3
        i=$((i + 1))
    done
    awk '!seen[$0]++' "$T/ids" | tr '\n' ' ' | sed 's/ $//'
}
# evidence of call $2 from gold, as the pane words it, one line each
evidence_lines() {
    sql "SELECT 'Commitment: \"' || e || '\"' FROM gold_performance_metrics g,
           jsonb_array_elements_text(g.evidence->'conversion') e WHERE call_id = '$1'
         UNION ALL
         SELECT 'Add-on: \"' || (u->>'text') || '\" \$' || to_char((u->>'amount')::numeric, 'FM999,999,990.00')
           FROM gold_performance_metrics g, jsonb_array_elements(g.evidence->'upsell') u WHERE call_id = '$1'
         UNION ALL
         SELECT 'Sentiment: \"' || e || '\"' FROM gold_performance_metrics g,
           jsonb_array_elements_text(g.evidence->'sentiment') e WHERE call_id = '$1'"
}

for size in 160x48 80x24; do
    cols=${size%x*} rows=${size#*x}
    s=d$cols
    tui_start "$s" "$cols" "$rows" -- --mqtt-prefix "$PFX"
    # (at 80 columns the table may shorten the name)
    wait_for "$s" "4/4 agents" 10 || fail "$size: the table shows the 4 agents" "$(screen "$s")"
    keys "$s" / && keys "$s" -l "$AGENT" && keys "$s" Enter && sleep 0.3 && keys "$s" Enter
    expect_screen "$size: Enter opens $AGENT's recent calls" "$s" "Recent calls of $AGENT - Today"
    wait_for "$s" "PII_0001" 10
    expect_eq "$size: today's list is SQL's newest calls of today ($(echo "$WANT_TODAY" | wc -w))" "$(collect "$s")" "$WANT_TODAY"
    keys "$s" t t
    expect_screen "$size: t switches the list to all time" "$s" "Recent calls of $AGENT - All time"
    expect_eq "$size: all time, the 50 newest calls SQL says, newest first" "$(collect "$s")" "$WANT_ALL"
    # the evidence of the first three calls, as gold stores it
    keys "$s" Home
    sleep 0.3
    for k in 1 2 3; do
        id=$(echo "$WANT_ALL" | cut -d' ' -f$k)
        wait_for "$s" "Evidence of $id" 5 || fail "$size: the pane shows call $k's evidence" "$(screen "$s")"
        evidence_lines "$id" >"$T/ev"
        missing=""
        while IFS= read -r line; do
            # the pane shows at most 9 lines; at 80 columns long phrases end in an ellipsis
            short=$(printf '%s' "$line" | cut -c1-$((cols - 6)))
            screen "$s" | grep -qF -- "$short" || missing="$missing [$line]"
        done <"$T/ev"
        nev=$(wc -l <"$T/ev")
        if [ "$nev" -gt 8 ]; then
            pass "$size: call $id has $nev evidence lines (pane shows the first)"
        elif [ -z "$missing" ]; then pass "$size: $id's evidence as gold has it ($nev lines)"
        else fail "$size: $id's evidence as gold has it" "missing:$missing
$(screen "$s")"; fi
        keys "$s" Down
        sleep 0.2
    done
    keys "$s" Home
    sleep 0.2
    screen "$s" | grep -qF 'Add-on: "' && pass "$size: the masked call's add-on with its price" ||
        fail "$size: the masked call's add-on with its price" "$(screen "$s")"
    # the call view
    keys "$s" Enter
    expect_screen "$size: Enter opens the call" "$s" "Call PII_0001"
    expect_screen "$size: the card number is masked" "$s" "[CARD]"
    expect_screen "$size: the e-mail address is masked" "$s" "[EMAIL]"
    if screen "$s" | grep -qE '4111|jane\.doe|example\.com'; then
        fail "$size: no personal data on screen" "$(screen "$s")"
    else pass "$size: no personal data on screen"; fi
    expect_screen "$size: the turns name their speakers" "$s" "Customer:"
    [ "$(width_of "$s")" -le "$cols" ] && pass "$size: the call view fits the width" ||
        fail "$size: the call view fits the width" "$(width_of "$s")"
    keys "$s" Escape
    expect_screen "$size: Esc goes back to the list" "$s" "Recent calls of $AGENT"
    keys "$s" Escape
    if wait_without "$s" "Recent calls of" 5 && wait_for "$s" "Agent" 5; then
        pass "$size: Esc goes back to the table"
    else fail "$size: Esc goes back to the table" "$(screen "$s")"; fi
    keys "$s" q
    wait_gone "$s" 10 || fail "$size: q quits" "$(screen "$s")"
    expect_eq "$size: exits 0" "$(cat "$T/$s.exit" 2>/dev/null)" 0
done

# A dashboard opened later gets the calls at once (retained), without a
# worker running.
tui_start late 100 30 -- --mqtt-prefix "$PFX"
wait_for late "4/4 agents" 10
keys late / && keys late -l "$AGENT" && keys late Enter && sleep 0.3 && keys late Enter
expect_screen "a dashboard opened later sees the same newest call at once" late "PII_0001" 5
# The global keys work in the calls list too: ? opens the help (any key
# returns to the list), q quits.
keys late '?'
expect_screen "calls list: ? opens the help" late "help (j/k scroll, any other key returns)" 3
keys late x
expect_screen "calls list: a key returns from the help" late "Recent calls of" 3
keys late q
if wait_gone late 5; then pass "calls list: q quits"; else fail "calls list: q quits" "$(screen late)"; fi

# ---- the map ---------------------------------------------------------------
# today: rate, upsell per call. Medians over the five with calls: 50 %, $10.
#   Alice 75 %, $50 (closes & upsells)   Bob 12.5 %, $1 (neither)
#   Carol 50 %, $10 (the medians)       Dan 80 %, $0 (closes, no upsell)
#   Eve 15 %, $40 (upsells the few it closes)   Fay 2 calls (few)
now=$(date +%s)
W0=$(win 0 0 0.00 0 0 0 0)
{
    printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
    agent "Alice Smith" "$(win 40 30 2000.00 20 10 10 0.2)" "$W0" "$W0"; printf ','
    agent "Bob Jones" "$(win 40 5 40.00 20 10 10 0.2)" "$W0" "$W0"; printf ','
    agent "Carol Diaz" "$(win 40 20 400.00 20 10 10 0.2)" "$W0" "$W0"; printf ','
    agent "Dan Brown" "$(win 40 32 0.00 20 10 10 0.2)" "$W0" "$W0"; printf ','
    agent "Eve Stone" "$(win 40 6 1600.00 20 10 10 0.2)" "$W0" "$W0"; printf ','
    agent "Fay Few" "$(win 2 1 5.00 1 1 0 0.2)" "$W0" "$W0"
    printf ']}\n'
} >"$T/agents.mine"
write_fixtures "$now" && cp "$T/agents.mine" "$T/agents.json"
publish_fixtures

# quadrant NAME VLINE HLINE POINT: where POINT is relative to the median
# lines: TR, TL, BR, BL (the column with the most VLINE glyphs, the row with
# the most HLINE glyphs).
quadrant() {
    screen "$1" | python3 -c '
import sys
v, h, p = sys.argv[1], sys.argv[2], sys.argv[3]
rows = sys.stdin.read().split("\n")[2:-2]   # below the header and title, above the footer
cols = {}
best_row, best_n, pr, pc = -1, 0, -1, -1
for y, line in enumerate(rows):
    n = line.count(h)
    if n > best_n: best_row, best_n = y, n
    for x, ch in enumerate(line):
        if ch == v: cols[x] = cols.get(x, 0) + 1
        if ch == p: pr, pc = y, x
vc = max(cols, key=cols.get) if cols else -1
if pr < 0 or vc < 0 or best_row < 0: print("none"); sys.exit()
print(("T" if pr < best_row else "B" if pr > best_row else "=") + ("R" if pc > vc else "L" if pc < vc else "="))
' "$2" "$3" "$4"
}

for mode in ascii utf8; do
    if [ $mode = ascii ]; then cols=80 rows=24 opt=--ascii V='|' H='-' P='@'
    else cols=160 rows=48 opt= V='┊' H='┈' P='◆'; fi
    s=map$cols
    tui_start "$s" "$cols" "$rows" -- $opt
    wait_for "$s" "Alice Smith" 10 || fail "$mode: fixture agents shown" "$(screen "$s")"
    keys "$s" v
    expect_screen "$mode: v opens the map" "$s" "Conversion vs upsell per call"
    expect_screen "$mode: the medians are the middle agent's" "$s" 'medians 50.0%, $10.00'
    [ "$(width_of "$s")" -le "$cols" ] && pass "$mode ${cols}x$rows: the map fits the width" ||
        fail "$mode: the map fits the width" "$(width_of "$s")"
    if [ $mode = ascii ]; then
        screen "$s" | sed -n '3,20p' | grep -qE 'o[0-9]' && pass "$mode: an agent with few calls is hollow (o)" ||
            fail "$mode: an agent with few calls is hollow (o)" "$(screen "$s")"
    else
        expect_screen "$mode: the legend says Fay Few has 2 calls" "$s" "2 calls"
        screen "$s" | python3 -c 'import sys; sys.exit(not any(0x2801 <= ord(c) <= 0x28ff for c in sys.stdin.read()))' && pass "$mode: points are braille dots" ||
            fail "$mode: points are braille dots" "$(screen "$s")"
    fi
    for pair in "Alice Smith:TR" "Bob Jones:BL" "Dan Brown:BR" "Eve Stone:TL"; do
        who=${pair%:*} want=${pair#*:}
        keys "$s" / C-u && keys "$s" -l "$who" && keys "$s" Enter
        sleep 0.5
        got=$(quadrant "$s" "$V" "$H" "$P")
        expect_eq "$mode: $who's point is in the $want quadrant" "$got" "$want"
    done
    # Enter on the map opens the selected agent's calls; Esc returns to the map
    keys "$s" Enter
    expect_screen "$mode: Enter on the map opens the agent's calls" "$s" "Recent calls of Eve Stone"
    keys "$s" Escape
    expect_screen "$mode: Esc returns to the map" "$s" "Conversion vs upsell per call"
    keys "$s" Escape
    wait_without "$s" "Conversion vs upsell" 5 && pass "$mode: Esc closes the map" ||
        fail "$mode: Esc closes the map" "$(screen "$s")"
    keys "$s" q
done

tui_finish
