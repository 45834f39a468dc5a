#!/bin/sh
# test_calls_bound.sh - the drill-down payloads stay within their bound
# (converza-mqtt(7), LIMITS) with 1,000 agents and 100,000 calls today: gold
# and silver filled straight by SQL (the calls of ten agents with 150 turns
# of 800 characters and 24 evidence phrases of 330 characters each), a
# batch that touches every agent, then one retained payload per agent, each
# at most SNAPSHOT_CALLS_BYTES (384 KiB) with the agent's 50 newest calls,
# the turns of the newest calls while they fit and the others marked as left
# out. Env: BIN = directory with the binaries. Prints PASS/FAIL lines.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-cbound.XXXXXX)
trap 'stop_all; rm -rf "$T"' EXIT
trap 'exit 130' INT TERM HUP
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
mkdir -p "$T/in"
PFX=cz/cbound
worker() {
    "$BIN/converza-etl" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
        --mqtt-prefix "$PFX" --log-level ${LOGLEVEL:-warn} --batch-size 2000
}
worker || fail "worker creates the schema"

long=$(printf 'x%.0s' $(seq 1 300))
sql "WITH ev AS (SELECT jsonb_build_object(
        'conversion', (SELECT jsonb_agg('yes, I will take it $long ' || k) FROM generate_series(1, 8) k),
        'upsell', (SELECT jsonb_agg(jsonb_build_object('text', 'add the warranty $long', 'amount', 19.99))
                   FROM generate_series(1, 8) k),
        'sentiment', (SELECT jsonb_agg('thank you so much $long ' || k) FROM generate_series(1, 8) k)) e)
     INSERT INTO gold_performance_metrics (call_id, agent_name, call_time, call_day, is_conversion,
         upsell_amount, sentiment_label, sentiment_score, evidence, rules_version, batch_id)
     SELECT format('B%s', lpad(i::text, 6, '0')), format('Agent %s', lpad((i % 1000)::text, 4, '0')),
            date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + i * interval '800 ms',
            (now() AT TIME ZONE 'UTC')::date, i % 3 = 0, 39.98, 'positive', 0.5,
            CASE WHEN i % 1000 < 10 THEN ev.e ELSE jsonb_build_object('conversion', jsonb_build_array('yes, go ahead'),
              'upsell', jsonb_build_array(jsonb_build_object('text', 'add the warranty', 'amount', 39.98)),
              'sentiment', jsonb_build_array('thank you so much', 'that is great')) END, 'test', 0
     FROM generate_series(0, 99999) i, ev" >/dev/null || fail "gold filled"
sql "WITH big AS (SELECT json_agg(json_build_object('speaker', CASE WHEN k % 2 = 0 THEN 'agent' ELSE 'customer' END,
                    'text', repeat('word ', 160)))::text AS t FROM generate_series(1, 150) k),
          small AS (SELECT json_agg(json_build_object('speaker', CASE WHEN k % 2 = 0 THEN 'agent' ELSE 'customer' END,
                    'text', 'a short turn of a call, number ' || k))::text AS t FROM generate_series(1, 6) k)
     INSERT INTO silver_calls (call_id, agent_name, call_time, turns, turn_count, batch_id)
     SELECT g.call_id, g.agent_name, g.call_time,
            (CASE WHEN g.agent_name < 'Agent 0010' THEN big.t ELSE small.t END)::json,
            CASE WHEN g.agent_name < 'Agent 0010' THEN 150 ELSE 6 END, 0
     FROM gold_performance_metrics g, big, small" >/dev/null || fail "silver filled"
sql "INSERT INTO agent_totals (agent_name, $AGG_COUNTS)
       SELECT agent_name, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1;
     INSERT INTO agent_daily_metrics (agent_name, day, $AGG_COUNTS)
       SELECT agent_name, call_day, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1, 2;
     ANALYZE" >/dev/null || fail "aggregates filled"
expect_eq "100,000 calls today of 1,000 agents" \
    "$(sql "SELECT count(*), count(DISTINCT agent_name) FROM gold_performance_metrics WHERE call_day = (now() AT TIME ZONE 'UTC')::date")" "100000|1000"

# One new call for every agent: the batch touches them all.
awk -v day="$(date -u +%Y-%m-%d)" -v dir="$T/in" 'BEGIN {
    for (i = 0; i < 1000; i++) {
        f = sprintf("%s/N%04d.json", dir, i)
        printf "{\"call_id\": \"N%04d\", \"agent_name\": \"Agent %04d\", \"timestamp\": \"%sT00:00:00\", \"transcript_text\": \"Agent: Hello, how can I help? Customer: Just checking my order, thanks.\"}\n", i, i, day > f
        close(f)
    }
}'
start=$(date +%s)
worker
expect_eq "the worker loads the batch touching 1,000 agents" "$?" 0
echo "# worker run, publishing all 1,000 agents' payloads: $(($(date +%s) - start)) s"
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/calls/+" -v -C 1000 -W 60 >"$T/calls.txt"
res=$(python3 - "$T/calls.txt" <<'PY'
import json, sys
n, sizes, bad, with_turns_big, cut_big, totals = 0, [], [], [], 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    topic, _, payload = line.rstrip("\n").partition(" ")
    n += 1
    sizes.append(len(payload.encode("utf-8")))
    p = json.loads(payload)
    calls = p["calls"]
    totals.add(p["calls_total"])
    if len(calls) != 50:
        bad.append("%s: %d calls" % (p["agent"], len(calls)))
    times = [c["time"] for c in calls]
    if times != sorted(times, reverse=True):
        bad.append(p["agent"] + ": not newest first")
    for c in calls if p["agent"] < "Agent 0010" else []:
        ev = c["evidence"]
        if any(len(ev[k]) > 5 for k in ev) or any(len(x.encode()) > 160 for x in ev["conversion"] + ev["sentiment"]):
            bad.append(p["agent"] + ": evidence not cut")
            break
    if p["agent"] < "Agent 0010":
        kept = [c for c in calls if c["turns"] is not None]
        with_turns_big.append(len(kept))
        if any(c["turns"] is not None for c in calls[len(kept):]):
            bad.append(p["agent"] + ": turns of an older call kept over a newer one's")
        if kept and kept[0]["turns_total"] == 150 and len(kept[0]["turns"]) == 150 and \
           all(len(t["text"].encode()) <= 600 for t in kept[0]["turns"]):
            cut_big += 1
    elif any(c["turns"] is None for c in calls):
        bad.append(p["agent"] + ": a small agent's turns left out")
print(n, max(sizes), sum(sizes), min(with_turns_big or [0]), max(with_turns_big or [0]), cut_big,
      ",".join(str(t) for t in sorted(totals)), "|".join(bad[:5]) or "ok")
PY
)
set -- $res
expect_eq "one retained calls payload per agent" "$1" 1000
if [ "$2" -le 393216 ]; then pass "every payload within 384 KiB (largest $2 bytes; all 1,000: $3 bytes)"
else fail "every payload within 384 KiB" "largest $2 bytes"; fi
if [ "$4" -ge 1 ] && [ "$5" -lt 50 ]; then
    pass "big calls: turns of the $4..$5 newest calls kept, the older ones marked left out"
else fail "big calls: the newest calls' turns kept, older ones left out" "$4..$5"; fi
expect_eq "each turn cut to 600 bytes, turns_total still 150" "$6" 10
expect_eq "calls_total is the agent's count in agent_totals" "$7" 101
expect_eq "50 newest calls each, newest first, evidence cut to 5 phrases of 160 bytes" "$8" ok
t_end
