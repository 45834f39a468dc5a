#!/bin/sh
# test_snapshot_sums.sh - the sums the snapshot reads after each batch
# (sql/017_snapshot_sums.sql): floor_daily_metrics and the agents' kept
# windows (the week, the baseline) equal a GROUP BY over gold after a load, a
# call delivered again into another day and agent, reprocess, a business
# zone change and a baseline_days change; each batch keeps the windows for
# its business day; the summary and agents payloads carry the same windows
# as gold; and a snapshot whose windows are not kept (a new day before its
# first batch) is the same payload, summed from the daily rows.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-sums.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
PFX=cz/sums
: >"$WORK/etl.conf"
run() {
    "$BIN/converza-etl" --config "$WORK/etl.conf" --once --input "$IN" --db "$DB" \
        --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" --mqtt-prefix "$PFX" --log-level warn "$@" \
        2>>"$WORK/etl.log"
}
sub1() { mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/$1" -C 1 -W 5; }

# Business days in UTC (the default zone): D0 today, Dk k days ago; each
# call a second after midnight, never in the future.
day() { date -u -d "today -$1 days" +%Y-%m-%d; }
call() { # ID DAYS-AGO AGENT SALE(yes|no)
    if [ "$4" = yes ]; then t="Agent: Shall I set up the premium plan? Customer: Yes, please do."
    else t="Agent: Can I help? Customer: No thanks, just checking my balance."; fi
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "%sT00:00:01Z", "transcript_text": "%s"}\n' \
        "$1" "$3" "$(day "$2")" "$t"
}
# Three agents over twelve days, today included: each window has calls of
# every agent, and some days are outside both.
i=0
for k in 0 0 1 2 3 5 6 7 8 9 11; do
    for a in Ann Bob Cy; do
        i=$((i + 1))
        [ $((i % 3)) = 0 ] && s=yes || s=no
        call "S-$i" "$k" "$a" "$s"
    done
done >"$IN/calls.jsonl"

# gold's counts per window, as "agent:calls:conversions ..." and the floor's
# "calls:conversions": what the payloads must carry.
GOLD_AGENTS="SELECT string_agg(agent_name || ':' || n || ':' || v, ' ' ORDER BY agent_name) FROM
  (SELECT agent_name, count(*) n, sum(is_conversion::int) v FROM gold_performance_metrics
   WHERE call_day BETWEEN \$1 AND \$2 GROUP BY 1) x"
gold_agents() { sql "$(echo "$GOLD_AGENTS" | sed "s/\\\$1/'$1'/; s/\\\$2/'$2'/")"; }
gold_floor() { sql "SELECT count(*) || ':' || coalesce(sum(is_conversion::int), 0) FROM gold_performance_metrics WHERE call_day BETWEEN '$1' AND '$2'"; }
# payload WINDOW: the same from the retained summary and agents payloads
payload() {
    sub1 summary >"$WORK/summary.json"
    sub1 agents >"$WORK/agents.json"
    python3 - "$WORK" "$1" <<'PY'
import json, os, sys
w, win = sys.argv[1], sys.argv[2]
s = json.load(open(os.path.join(w, "summary.json")))["windows"][win]
a = json.load(open(os.path.join(w, "agents.json")))["agents"]
print("%d:%d" % (s["calls"], s["conversions"]))
print(" ".join("%s:%d:%d" % (x["agent_name"], x["windows"][win]["calls"], x["windows"][win]["conversions"])
               for x in sorted(a, key=lambda x: x["agent_name"]) if x["windows"][win]["calls"] > 0))
PY
}
# check_windows WHAT BASELINE_DAYS: the kept windows are today's, the sums
# equal gold, and both payloads carry gold's windows.
check_windows() {
    expect_eq "$1: the week and the baseline window are kept for today" \
        "$(sql "SELECT string_agg(first_day || '..' || last_day, ' ' ORDER BY last_day DESC) FROM agent_windows")" \
        "$(day 6)..$(day 0) $(day "$2")..$(day 1)"
    expect_eq "$1: the kept windows have rows" \
        "$(sql "SELECT count(DISTINCT (first_day, last_day)) FROM agent_window_metrics")" 2
    expect_eq "$1: aggregates, floor days and windows equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
    payload week >"$WORK/p.txt"
    expect_eq "$1: summary's week is gold's" "$(sed -n 1p "$WORK/p.txt")" "$(gold_floor "$(day 6)" "$(day 0)")"
    expect_eq "$1: agents' weeks are gold's" "$(sed -n 2p "$WORK/p.txt")" "$(gold_agents "$(day 6)" "$(day 0)")"
    payload baseline >"$WORK/p.txt"
    expect_eq "$1: summary's baseline is gold's" "$(sed -n 1p "$WORK/p.txt")" \
        "$(gold_floor "$(day "$2")" "$(day 1)")"
    expect_eq "$1: agents' baselines are gold's" "$(sed -n 2p "$WORK/p.txt")" \
        "$(gold_agents "$(day "$2")" "$(day 1)")"
}

run --batch-size 1000
expect_eq "worker loads the calls" "$?" 0
expect_eq "floor_daily_metrics: a row per day with calls" "$(sql "SELECT count(*) FROM floor_daily_metrics")" 10
check_windows "load" 7
expect_eq "the trend is the floor's days" \
    "$(sub1 trend | python3 -c 'import json,sys; print(" ".join("%s:%d" % (d["day"], d["calls"]) for d in json.load(sys.stdin)["days"]))')" \
    "$(sql "SELECT string_agg(call_day || ':' || count, ' ' ORDER BY call_day) FROM (SELECT call_day, count(*) FROM gold_performance_metrics WHERE call_day > current_date - 30 GROUP BY 1) x")"

# Delivered again: S-1 (Ann, today) moves to Cy eight days ago, out of the
# week into the baseline; S-4 (Ann, yesterday) becomes a sale.
{ call S-1 8 Cy yes; call S-4 1 Ann yes; } >"$IN/again.jsonl"
run
expect_eq "re-delivery loads" "$?" 0
check_windows "re-delivery" 7

# Reprocess goes through the same deltas.
"$BIN/converza-etl" reprocess --config "$WORK/etl.conf" --db "$DB" --log-level warn 2>>"$WORK/etl.log"
expect_eq "reprocess exits 0" "$?" 0
expect_eq "reprocess: aggregates, floor days and windows equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0

# Another business zone: every daily row is summed again from gold (a DELETE
# and an INSERT of agent_daily_metrics), the floor and windows follow.
call S-90 0 Bob yes >"$IN/zone.jsonl"
run --timezone Pacific/Kiritimati
expect_eq "zone change exits 0" "$?" 0
expect_eq "zone change: aggregates, floor days and windows equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
expect_eq "zone change: days moved (calls at 00:00:01 UTC are 14:00 in UTC+14)" \
    "$(sql "SELECT count(*) FROM floor_daily_metrics WHERE day = '$(day 0)'")" 1
call S-91 0 Cy no >"$IN/zone2.jsonl"
run
expect_eq "back to UTC exits 0" "$?" 0
check_windows "back to UTC" 7

# A window not kept (a new business day before its first batch, or one the
# worker dropped): the same payloads, summed from the daily rows.
sub1 summary >"$WORK/kept-summary.json"
sub1 agents >"$WORK/kept-agents.json"
sql "DELETE FROM agent_window_metrics; DELETE FROM agent_windows" >/dev/null
run
expect_eq "a run with nothing new exits 0" "$?" 0
expect_eq "nothing loaded: no window kept" "$(sql "SELECT count(*) FROM agent_windows")" 0
sub1 summary >"$WORK/summed-summary.json"
sub1 agents >"$WORK/summed-agents.json"
expect_eq "summary and agents payloads the same whether the windows are kept or summed" \
    "$(python3 - "$WORK" <<'PY'
import json, os, sys
w = sys.argv[1]
def load(n):
    d = json.load(open(os.path.join(w, n)))
    for k in ("generated_at", "generated_at_iso", "batch_id"):
        d.pop(k, None)
    return d
same = load("kept-summary.json") == load("summed-summary.json") and load("kept-agents.json") == load("summed-agents.json")
base = load("summed-summary.json")["windows"]["baseline"]["calls"]
def diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        return [x for k in sorted(set(a) | set(b)) for x in diff(a.get(k), b.get(k), path + "." + k)]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [x for i in range(len(a)) for x in diff(a[i], b[i], path + "[%d]" % i)]
    return [] if a == b else ["%s: %r != %r" % (path, a, b)]
d = diff(load("kept-summary.json"), load("summed-summary.json")) + diff(load("kept-agents.json"), load("summed-agents.json"))
print("same" if same and base > 0 else "differ (baseline calls %d): %s" % (base, "; ".join(d[:6])))
PY
)" same

# baseline_days 3: the next batch keeps that window instead.
echo "baseline_days = 3" >"$WORK/etl.conf"
call S-92 0 Ann yes >"$IN/days.jsonl"
run
expect_eq "baseline_days 3 exits 0" "$?" 0
check_windows "baseline_days 3" 3
expect_eq "the old baseline window went" \
    "$(sql "SELECT count(*) FROM agent_window_metrics WHERE first_day = '$(day 7)'")" 0

# AGG_EQ, which every loading test trusts, sees one wrong counter in each of
# the four tables it compares (each change rolled back): the row differs both
# ways (2), and a daily row's change also moves the floor's day and the
# windows through the trigger.
for t in agent_daily_metrics agent_totals floor_daily_metrics agent_window_metrics; do
    n=$(psql -X -q -A -t -d converza -c "BEGIN" \
        -c "UPDATE $t SET calls = calls + 1 WHERE ctid = (SELECT min(ctid) FROM $t)" \
        -c "$AGG_EQ" -c "ROLLBACK")
    expect_eq "AGG_EQ sees one call too many in $t ($n)" "$([ "${n:-0}" -ge 2 ] && echo seen)" seen
done
expect_eq "AGG_EQ is 0 again after the rollbacks" "$(sql "$AGG_EQ")" 0
t_end
