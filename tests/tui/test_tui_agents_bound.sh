#!/bin/sh
# test_tui_agents_bound.sh - hostile numbers of agents: 10,001, 30,000 and
# 100,000 agents put straight into the aggregate tables. Every payload the
# worker publishes stays within its bound in converza-mqtt(7) (LIMITS), the
# agents payload carries the top and bottom of the rankings and says how many
# agents there are, the dashboard shows the agents it has and how many it
# was not sent, and the worker's peak RSS with 100,000 agents is at most 64 MB
# (measured on the optimised build with /usr/bin/time -v: a sanitizer build's
# shadow memory says nothing about the program's own).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
. "$HERE/lib_tui.sh"
tui_setup bound pg
mkdir -p "$T/in"
PFX=cz/bound

worker() { # worker ETL_BINARY: one --once run publishing what the tables hold
    "$1" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
        --mqtt-prefix "$PFX" --log-level warn
}
sub1() { mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/$1" -C 1 -W 10; }

worker "$BIN/converza-etl" || fail "worker creates the schema"

# add_agents FROM TO: agents FROM..TO-1 with calls today, in the last days and
# all time; agent i converts i mod 97 of 100 calls, so the rankings differ.
# Agent 0 has one enormous day (1,234,567 calls).
add_agents() {
    sql "INSERT INTO agent_daily_metrics (agent_name, day, calls, conversions, upsell_revenue,
            positive, neutral, negative, sentiment_sum)
         SELECT format('Agent %s', lpad(i::text, 6, '0')), d.day,
                CASE WHEN i = 0 THEN 1234567 ELSE 100 END, (i % 97) * CASE WHEN i = 0 THEN 12345 ELSE 1 END,
                (i % 89) * 10.25, 50, 30, 20, 5.5
         FROM generate_series($1, $2 - 1) i,
              (VALUES (current_date), (current_date - 3), (current_date - 40)) d(day)" >/dev/null &&
    sql "INSERT INTO agent_totals SELECT agent_name, sum(calls), sum(conversions), sum(upsell_revenue),
            sum(positive), sum(neutral), sum(negative), sum(sentiment_sum), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
         FROM agent_daily_metrics WHERE agent_name >= format('Agent %s', lpad('$1', 6, '0'))
         GROUP BY agent_name ON CONFLICT DO NOTHING" >/dev/null
}

# check_payloads N: the retained payloads after a worker run with N agents.
check_payloads() {
    n=$1
    for topic in summary agents trend status; do sub1 $topic >"$T/$topic.json"; done
    res=$(python3 - "$T" "$n" <<'PY'
import json, os, sys
t, n = sys.argv[1], int(sys.argv[2])
bounds = {"summary": 16384, "agents": 4 << 20, "trend": 65536, "status": 4096}
out = []
for topic, limit in bounds.items():
    size = os.path.getsize(os.path.join(t, topic + ".json"))
    out.append("%s_size_ok=%s" % (topic, size <= limit))
a = json.load(open(os.path.join(t, "agents.json")))
names = [x["agent_name"] for x in a["agents"]]
out.append("sent=%d" % len(names))
out.append("total=%s" % a.get("agents_total"))
out.append("sorted=%s" % (names == sorted(names)))
# Agent i converts (i % 97)% of its calls: among agents 1.. the best rate is
# agent 96, the worst agent 97 (0%); agent 0 has the most calls.
for who in ("Agent 000096", "Agent 000097", "Agent 000000"):
    out.append("has_%s=%s" % (who.split()[1], who in names))
s = json.load(open(os.path.join(t, "summary.json")))
out.append("summary_calls=%d" % s["windows"]["all"]["calls"])
print(" ".join(out))
PY
)
    printf '%s\n' "$res" >"$T/res.$n"
    echo "# $n agents: payload bytes: summary $(wc -c <"$T/summary.json"), agents $(wc -c <"$T/agents.json")," \
        "trend $(wc -c <"$T/trend.json"), status $(wc -c <"$T/status.json")"
    for topic in summary agents trend status; do
        case $res in *"${topic}_size_ok=True"*) pass "$n agents: $topic payload within its bound" ;;
        *) fail "$n agents: $topic payload within its bound" "$res" ;; esac
    done
    case $res in *"sent=1000 "*) pass "$n agents: 1000 agents sent" ;;
    *) fail "$n agents: 1000 agents sent" "$res" ;; esac
    case $res in *"total=$n "*) pass "$n agents: agents_total says $n" ;;
    *) fail "$n agents: agents_total says $n" "$res" ;; esac
    case $res in *"sorted=True"*) pass "$n agents: sent by name" ;;
    *) fail "$n agents: sent by name" "$res" ;; esac
    case $res in *"has_000096=True has_000097=True has_000000=True"*)
        pass "$n agents: best and worst conversion rate and most calls are sent" ;;
    *) fail "$n agents: best and worst conversion rate and most calls are sent" "$res" ;; esac
    want=$(sql "SELECT sum(calls) FROM agent_totals")
    case $res in *"summary_calls=$want"*) pass "$n agents: summary counts every agent's calls" ;;
    *) fail "$n agents: summary counts every agent's calls" "$res; want $want" ;; esac
}

add_agents 0 10001 && pass "10001 agents inserted" || fail "10001 agents inserted"
worker "$BIN/converza-etl"
expect_eq "10001 agents: worker exits 0" $? 0
check_payloads 10001

tui_start bound 120 30 -- --mqtt-prefix "$PFX" --refresh 1
expect_screen "10001 agents: the dashboard shows the agents it has" bound "1000/1000 agents"
expect_screen "10001 agents: the dashboard says how many it was not sent" bound "9,001 not sent"
keys bound End
expect_screen "10001 agents: the table says so on its last line" bound "9,001 more agents not sent by the worker"

add_agents 10001 30000
worker "$BIN/converza-etl"
expect_eq "30000 agents: worker exits 0" $? 0
check_payloads 30000
expect_screen "30000 agents: the dashboard says 29,000 not sent" bound "29,000 not sent"

add_agents 30000 100000
# The peak RSS of the optimised worker (built here if it is not yet).
make -s -C "$TOP" build/converza-etl >"$T/make.log" 2>&1 || fail "optimised worker builds" "$(tail -n 5 "$T/make.log")"
/usr/bin/time -v "$TOP/build/converza-etl" --once --input "$T/in" --db "$DB" --mqtt-host 127.0.0.1 \
    --mqtt-port "$MQTT_PORT" --mqtt-prefix "$PFX" --log-level warn 2>"$T/time.log"
expect_eq "100000 agents: worker exits 0" $? 0
rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$T/time.log")
echo "# worker peak RSS with 100,000 agents: ${rss:-?} kB;" \
    "$(grep 'Elapsed (wall clock)' "$T/time.log" | sed 's/^[[:space:]]*//')"
if [ -n "$rss" ] && [ "$rss" -le 65536 ]; then pass "100000 agents: worker peak RSS ${rss} kB <= 64 MB"; else
    fail "100000 agents: worker peak RSS <= 64 MB" "${rss:-?} kB"; fi
check_payloads 100000
expect_screen "100000 agents: the dashboard says 99,000 not sent" bound "99,000 not sent"
expect_screen "100000 agents: 1,234,567 calls shown whole in a wide table" bound "1,234,567"
alive bound && pass "100000 agents: dashboard still running" || fail "100000 agents: dashboard still running"
keys bound q
wait_gone bound 5 || fail "dashboard quits"
tui_finish
