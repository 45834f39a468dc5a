#!/bin/sh
# test_tui_live.sh - the dashboard fed by the real worker: after a batch, the
# scorecard and agent numbers on screen at 120x40 and 80x24 equal
# `converza-etl report --json`.
set -u
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/lib_tui.sh"
tui_setup tui-live pg
"$BIN/converza-gen" --calls 400 --seed 21 --agents 7 --from 2025-03-01 --to 2025-03-10 \
    --out "$T/in" --quiet
"$BIN/converza-etl" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 \
    --mqtt-port "$MQTT_PORT" --log-level warn
expect_eq "worker loads the calls" "$?" 0
"$BIN/converza-etl" report --json --db "$DB" >"$T/report.json"

# Expected strings, formatted the way the dashboard prints them.
python3 - "$T/report.json" >"$T/expect" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
o = r["overall"]
print("TOTAL %d" % o["calls"])
# rates from the counters, as the dashboard computes them (the report's
# two-decimal rate rounded again could differ: 33.846 -> 33.85 -> 33.9)
def rate(x): return 100.0 * x["conversions"] / x["calls"] if x["calls"] else 0.0
print("RATE %.1f%%" % rate(o))
print("REVENUE $%s" % format(o["upsell_revenue"], ",.2f"))
# narrow cards abbreviate thousands
print("REVSHORT $%.2fk" % (o["upsell_revenue"] / 1000.0))
for a in r["agents"]:
    print("AGENT %s|%d|%d|%.1f%%" % (a["agent_name"], a["calls"], a["conversions"], rate(a)))
PY

for size in 120x40 80x24; do
    cols=${size%x*} rows=${size#*x}
    s=live$cols
    tui_start "$s" "$cols" "$rows" -- --refresh 1
    wait_for "$s" "Today" 10 || fail "$size: dashboard painted"
    # The calls are from March 2025: switch the window to all calls.
    for k in 1 2 3; do
        screen "$s" | grep -q "All" && break
        keys "$s" t; sleep 0.5
    done
    wait_for "$s" "$(sed -n 's/^TOTAL //p' "$T/expect")" 5
    shot=$(screen "$s")
    printf '%s\n' "$shot" >"$T/$s.screen"
    total=$(sed -n 's/^TOTAL //p' "$T/expect")
    rate=$(sed -n 's/^RATE //p' "$T/expect")
    rev=$(sed -n 's/^REVENUE //p' "$T/expect")
    check "$size: total calls $total on screen" grep -Eq "All time +$total( |$)" "$T/$s.screen"
    check "$size: conversion rate $rate on screen" grep -qF "$rate" "$T/$s.screen"
    short=$(sed -n 's/^REVSHORT //p' "$T/expect")
    check "$size: upsell revenue $rev on screen" grep -qF -e "$rev" -e "$short" "$T/$s.screen"
    ok=0 n=0
    while IFS='|' read -r name calls conv pct; do
        n=$((n + 1))
        # Narrow tables shorten long names with an ellipsis.
        short=$(printf '%s' "$name" | cut -c1-12)
        line=$(grep -F "$short" "$T/$s.screen" | head -n 1 | tr -s ' ')
        case "$line" in
            *" $calls $conv $pct"*) ok=$((ok + 1)) ;;
            *) echo "  $size: row for $name: '$line' (want $calls $conv $pct)" ;;
        esac
    done <<EOF2
$(sed -n 's/^AGENT //p' "$T/expect")
EOF2
    expect_eq "$size: every agent's calls, conversions and rate equal the report" "$ok" "$n"
    keys "$s" q
    wait_gone "$s" 5 || fail "$size: q quits"
done
tui_finish
