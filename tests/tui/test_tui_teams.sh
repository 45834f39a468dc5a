#!/bin/sh
# test_tui_teams.sh - teams on screen, through tmux at 80x24 and 160x48.
# With a real worker (calls in three teams, per-team targets): the team
# summary (key e) shows for two teams, and for the whole floor, the numbers
# SQL over gold says (GROUP BY team: calls, Conv%, Avg upsell, revenue,
# sentiment, Neg%, agents by their newest call's team), each rate's status
# against its team's target, and Enter on a team shows only its agents;
# `report` lists the same teams. With hand-written payloads: while T shows
# one team the map's quadrant lines are that team's medians (the title says
# so), the lines move, and a chosen agent lands in the quadrant its own
# team's medians put it in. The full frame of each coaching view at 500
# agents renders within 10 ms CPU (--bench-render). Env: BIN = directory
# with the binaries.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
. "$HERE/lib_tui.sh"
tui_setup teams pg
PFX=cz/teams

# ---- a worker's teams --------------------------------------------------------
TODAY=$(date -u +%Y-%m-%d)
"$BIN/converza-gen" --calls 600 --seed 31 --agents 9 --teams 3 \
    --from "$(date -u -d '3 days ago' +%Y-%m-%d)" --to "$TODAY" --out "$T/in" >/dev/null 2>&1 ||
    fail "converza-gen writes calls in teams"
# North judged by its own (easy) target, the others by the floor's (hard) one.
CONVERZA_TARGET_CONVERSION_RATE=99 CONVERZA_TEAM_TARGETS="North: conversion_rate=1" \
    "$BIN/converza-etl" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 \
    --mqtt-port "$MQTT_PORT" --mqtt-prefix "$PFX" --log-level warn 2>"$T/etl.err"
expect_eq "worker loads the calls" "$?" 0
expect_eq "three teams in gold" "$(sql "SELECT string_agg(DISTINCT team, ' ') FROM gold_performance_metrics")" \
    "East North South"

# want TEAM: the row the summary should show for TEAM ("" = the floor), all
# time, from gold: agents calls conv% avg revenue sentiment neg%.
want() {
    if [ -n "$1" ]; then w="WHERE team = '$1'"; else w=""; fi
    sql "SELECT (SELECT count(*) FROM (SELECT DISTINCT ON (agent_name) team FROM gold_performance_metrics
                 ORDER BY agent_name, call_time DESC, call_id DESC) n $w),
                count(*), sum(is_conversion::int), sum(upsell_amount * 100)::bigint, sum(sentiment_score),
                sum((sentiment_label = 'negative')::int)
         FROM gold_performance_metrics $w" | tr '|' ' '
}
# compare SCREEN-ROW SQL-ROW FLOOR: "ok" or what differs; the sentiment to
# within the payload's four decimals.
compare() {
    python3 - "$1" "$2" "$3" <<'PY'
import sys, math
row, sqlrow, floor = sys.argv[1], sys.argv[2].split(), sys.argv[3] == "1"
agents, calls, conv, cents, sent, neg = int(sqlrow[0]), int(sqlrow[1]), int(sqlrow[2]), int(sqlrow[3]), float(sqlrow[4]), int(sqlrow[5])
def money(c):
    return "$" + "{:,}".format(c // 100) + ".%02d" % (c % 100)
want = ["{:,}".format(calls), "%.1f%%" % (100.0 * conv / calls),
        money(int(math.floor(cents / 100.0 / calls * 100.0 + 0.5))), money(cents),
        None, "%.1f%%" % (100.0 * neg / calls)]
if not floor:
    want.insert(0, "{:,}".format(agents))
toks = [t.rstrip("\u2713!\u2717x+") for t in row.split()]
# the name is the leading words; the numbers the last len(want)(+targets) ones
nums = [t for t in toks if t and (t[0].isdigit() or t[0] in "$+-")]
nums = nums[:len(want)]
bad = []
for i, (g, w) in enumerate(zip(nums, want)):
    if w is None:
        if abs(float(g) - sent / calls) > 0.0051: bad.append("sentiment %s != %.4f" % (g, sent / calls))
    elif g != w: bad.append("%s != %s" % (g, w))
if len(nums) != len(want): bad.append("row %r" % row)
print("ok" if not bad else "; ".join(bad))
PY
}
team_row() { screen "$1" | grep -E "^ *$2 " | head -n 1; }

for size in 160x48 80x24; do
    cols=${size%x*} rows=${size#*x}
    s=t$cols
    tui_start "$s" "$cols" "$rows" -- --mqtt-prefix "$PFX"
    wait_for "$s" "9/9 agents" 10 || fail "$size: the table shows the 9 agents" "$(screen "$s")"
    keys "$s" e
    expect_screen "$size: e opens the team summary" "$s" "Teams, Today"
    keys "$s" t t
    expect_screen "$size: t switches it to all time" "$s" "Teams, All time"
    wait_for "$s" "South " 5
    for team in North South; do
        expect_eq "$size: $team's row equals SQL over gold" \
            "$(compare "$(team_row "$s" "$team")" "$(want "$team")" 0)" ok
    done
    expect_eq "$size: the whole floor's row equals SQL over gold" \
        "$(compare "$(team_row "$s" "Whole floor")" "$(want "")" 1)" ok
    # North meets its own target of 1%; South misses the floor's 99%.
    ok='✓' off='✗'
    team_row "$s" North | grep -qE "%$ok" && pass "$size: North is on its own target" ||
        fail "$size: North is on its own target" "$(team_row "$s" North)"
    team_row "$s" South | grep -qE "%$off" && pass "$size: South is off the floor's target" ||
        fail "$size: South is off the floor's target" "$(team_row "$s" South)"
    if [ "$cols" -ge 120 ]; then
        expect_screen "$size: the targets column names North's own" "$s" "conv>=1.0%"
    fi
    [ "$(width_of "$s")" -le "$cols" ] && pass "$size: the summary fits the width" ||
        fail "$size: the summary fits the width" "$(width_of "$s")"
    # Enter on South: the table with only South's agents
    keys "$s" Home Down Down
    sleep 0.3
    keys "$s" Enter
    n_south=$(sql "SELECT count(*) FROM agent_teams WHERE team = 'South'")
    expect_screen "$size: Enter on a team filters the table to it" "$s" "team: South"
    expect_screen "$size: the table shows South's $n_south agents" "$s" "$n_south/9 agents"
    keys "$s" q
    wait_gone "$s" 10 || fail "$size: q quits" "$(screen "$s")"
    expect_eq "$size: exits 0" "$(cat "$T/$s.exit" 2>/dev/null)" 0
done

# report: the same teams, in the table and the JSON
"$BIN/converza-etl" report --db "$DB" >"$T/report.txt" 2>&1
expect_eq "report exits 0" "$?" 0
expect_eq "report lists the teams with their calls" \
    "$(awk '$1 == "TEAM" {on=1; next} on && NF == 0 {exit} on {print $1, $2}' "$T/report.txt" | tr '\n' ' ')" \
    "$(sql "SELECT string_agg(team || ' ' || n, ' ' ORDER BY team) || ' ' FROM
            (SELECT team, count(*) n FROM gold_performance_metrics GROUP BY team) t")"
"$BIN/converza-etl" report --json --db "$DB" >"$T/report.json" 2>&1
expect_eq "report --json: teams with calls, conversions and revenue as gold" \
    "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join("%s/%d/%d/%.2f" % (t["team"], t["calls"], t["conversions"], t["upsell_revenue"]) for t in d["teams"]))' "$T/report.json")" \
    "$(sql "SELECT string_agg(team || '/' || count || '/' || conv || '/' || rev, ' ' ORDER BY team) FROM
            (SELECT team, count(*), sum(is_conversion::int) conv, sum(upsell_amount) rev
             FROM gold_performance_metrics GROUP BY team) t")"

# ---- the map's medians by team ---------------------------------------------
# Alpha: 20 %/$5, 30 %/$8, 40 %/$10 (medians 30 %, $8); Beta: 60 %/$30,
# 70 %/$40, 80 %/$50 (medians 70 %, $40); the floor: 50 %, $20.
# Beta One (60 %, $30) is top right of the floor's lines, bottom left of
# Beta's; Alpha Three (40 %, $10) bottom left of the floor's, top right of
# Alpha's.
now=$(date +%s)
W0=$(win 0 0 0.00 0 0 0 0)
tagent() { printf '{"agent_name":"%s","team":"%s","windows":{"today":%s,"week":%s,"all":%s}}' \
    "$1" "$2" "$(win 10 "$3" "$4" 5 3 2 0.1)" "$W0" "$W0"; }
write_fixtures "$now"
{
    printf '{"schema":1,"generated_at":%s,"agents":[' "$now"
    tagent "Alpha One" Alpha 2 50.00; printf ','
    tagent "Alpha Two" Alpha 3 80.00; printf ','
    tagent "Alpha Three" Alpha 4 100.00; printf ','
    tagent "Beta One" Beta 6 300.00; printf ','
    tagent "Beta Two" Beta 7 400.00; printf ','
    tagent "Beta Three" Beta 8 500.00
    printf ']}\n'
} >"$T/agents.json"
publish_fixtures

# lines NAME V H P: "ROW COL QUADRANT": the row with most H glyphs, the
# column with most V glyphs, and where P (the selected agent) is relative to them.
lines() {
    screen "$1" | python3 -c '
import sys
v, h, p = sys.argv[1], sys.argv[2], sys.argv[3]
rows = sys.stdin.read().split("\n")[2:-2]
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
print(best_row, vc, ("T" if pr < best_row else "B" if pr > best_row else "=") + ("R" if pc > vc else "L" if pc < vc else "="))
' "$2" "$3" "$4"
}
# pick NAME WHO: select WHO with the name filter
pick() { keys "$1" / C-u && keys "$1" -l "$2" && keys "$1" Enter; sleep 0.5; }

for mode in ascii utf8; do
    if [ $mode = ascii ]; then cols=80 rows=24 opt=--ascii V='|' H='-' P='@'
    else cols=160 rows=48 opt= V='┊' H='┈' P='◆'; fi
    s=m$cols
    tui_start "$s" "$cols" "$rows" -- $opt
    wait_for "$s" "Beta Three" 10 || fail "$mode: fixture agents shown" "$(screen "$s")"
    keys "$s" v
    expect_screen "$mode: without a team filter the lines are the floor's medians" "$s" \
        'floor medians 50.0%, $20.00'
    pick "$s" "Beta One"
    floor_b=$(lines "$s" "$V" "$H" "$P")
    expect_eq "$mode: Beta One is top right of the floor's medians" "${floor_b##* }" TR
    pick "$s" "Alpha Three"
    floor_a=$(lines "$s" "$V" "$H" "$P")
    expect_eq "$mode: Alpha Three is bottom left of the floor's medians" "${floor_a##* }" BL
    # T: grouped, then Alpha, then Beta
    keys "$s" Escape
    keys "$s" / C-u Enter
    keys "$s" T T T
    expect_screen "$mode: T shows team Beta" "$s" "team: Beta"
    keys "$s" v
    expect_screen "$mode: with team Beta the lines are Beta's medians" "$s" 'team Beta medians 70.0%, $40.00'
    pick "$s" "Beta One"
    team_b=$(lines "$s" "$V" "$H" "$P")
    expect_eq "$mode: Beta One is bottom left of its team's medians" "${team_b##* }" BL
    [ "${team_b% *}" != "${floor_b% *}" ] && pass "$mode: the quadrant lines moved (${floor_b% *} -> ${team_b% *})" ||
        fail "$mode: the quadrant lines moved" "$floor_b / $team_b"
    keys "$s" Escape
    keys "$s" / C-u Enter
    keys "$s" T T T
    expect_screen "$mode: T again goes to team Alpha" "$s" "team: Alpha"
    keys "$s" v
    expect_screen "$mode: with team Alpha the lines are Alpha's medians" "$s" 'team Alpha medians 30.0%, $8.00'
    pick "$s" "Alpha Three"
    team_a=$(lines "$s" "$V" "$H" "$P")
    expect_eq "$mode: Alpha Three is top right of its team's medians" "${team_a##* }" TR
    [ "$(width_of "$s")" -le "$cols" ] && pass "$mode: the team map fits the width" ||
        fail "$mode: the team map fits the width" "$(width_of "$s")"
    keys "$s" q
done

# ---- each view's full frame at 500 agents within 10 ms CPU ------------------
"$BIN/converza-tui" --bench-render 30 --bench-agents 500 >"$T/bench.txt" 2>&1
expect_eq "bench-render exits 0" "$?" 0
for view in "frame (full repaint)" "map frame" "team map frame" "teams view frame" "calls list frame" \
    "call view frame" "hours view frame"; do
    ms=$(awk -F': *' -v v="$view" '$1 == v { split($2, f, " "); print f[1] }' "$T/bench.txt")
    if [ -n "$ms" ] && awk -v m="$ms" 'BEGIN { exit !(m <= 10) }'; then
        pass "500 agents: $view $ms ms CPU (at most 10)"
    else fail "500 agents: $view within 10 ms CPU" "$(cat "$T/bench.txt")"; fi
done

tui_finish
