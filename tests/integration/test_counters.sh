#!/bin/sh
# test_counters.sh - every KPI counter of the table in counters.h, enumerated
# from the table itself (`converza-etl counters`), is carried by every layer:
# for each agent and overall, the sum of its gold expression over gold equals
# agent_daily_metrics summed over days, agent_totals, the value in the
# retained MQTT payloads (agents and summary, window "all") and what
# `report --json` prints. The calls (synthetic ones and Harper Valley calls
# with times and ratings, some of them then replaced) give every counter a
# value other than 0, so an unequal layer cannot hide behind zeros.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-counters.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
start_mqtt
IN=$WORK/in
mkdir -p "$IN/hvb"
"$BIN/converza-gen" --calls 120 --seed 7 --agents 4 --out "$IN/gen" --quiet
cp -r "$TOP/tests/data/formats/hvb/transcript" "$TOP/tests/data/formats/hvb/metadata" "$IN/hvb/"
PFX=cz/counters
run() {
    "$BIN/converza-etl" --once --input "$IN" --db "$DB" --mqtt-host 127.0.0.1 \
        --mqtt-port "$MQTT_PORT" --mqtt-prefix "$PFX" --log-level warn --batch-size 40
}
run
expect_eq "worker loads the calls" "$?" 0

# Replace some calls (new content, same call id): their old contribution must
# leave every counter, the new one come in.
python3 - "$IN" <<'PY'
import json, os, sys
root = sys.argv[1]
tdir = os.path.join(root, "hvb", "transcript")
for f in sorted(os.listdir(tdir))[:2]:
    p = os.path.join(tdir, f)
    segs = json.load(open(p))
    json.dump(segs[:-2], open(p, "w"))
gdir = os.path.join(root, "gen")
for f in sorted(os.listdir(gdir))[:5]:
    p = os.path.join(gdir, f)
    c = json.load(open(p))
    c["transcript_text"] = c["transcript_text"][: len(c["transcript_text"]) // 2]
    json.dump(c, open(p, "w"))
PY
run
expect_eq "worker loads the replacements" "$?" 0
expect_eq "calls replaced" "$(sql "SELECT sum(replaced) FROM etl_runs")" 7
expect_eq "nothing quarantined" "$(sql 'SELECT count(*) FROM quarantine')" 0

"$BIN/converza-etl" counters >"$WORK/counters.tsv"
expect_eq "converza-etl counters lists the table" "$?" 0
COLS=$(awk -F '\t' '{ printf "%s%s", (NR > 1 ? ", " : ""), $1 }' "$WORK/counters.tsv")
sql "SELECT agent_name, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1" >"$WORK/gold.txt"
sql "SELECT agent_name, $(awk -F '\t' '{ printf "%ssum(%s)", (NR > 1 ? ", " : ""), $1 }' "$WORK/counters.tsv")
     FROM agent_daily_metrics GROUP BY 1" >"$WORK/daily.txt"
sql "SELECT agent_name, $COLS FROM agent_totals" >"$WORK/totals.txt"
"$BIN/converza-etl" report --json --db "$DB" >"$WORK/report.json"
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/agents" -C 1 -W 5 >"$WORK/agents.json"
mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/summary" -C 1 -W 5 >"$WORK/summary.json"

python3 - "$WORK" <<'PY'
import json, os, sys
from decimal import Decimal
w = sys.argv[1]
table = [l.rstrip("\n").split("\t") for l in open(os.path.join(w, "counters.tsv")) if l.strip()]
cols = [t[0] for t in table]

def rows(name):
    out = {}
    for line in open(os.path.join(w, name)).read().splitlines():
        if line:
            f = line.split("|")
            out[f[0]] = [Decimal(v) for v in f[1:]]
    return out

gold, daily, totals = rows("gold.txt"), rows("daily.txt"), rows("totals.txt")
report = json.load(open(os.path.join(w, "report.json")))
rep = {a["agent_name"]: a["counters"] for a in report["agents"]}
agents = {a["agent_name"]: a["windows"]["all"] for a in json.load(open(os.path.join(w, "agents.json")))["agents"]}
summary = json.load(open(os.path.join(w, "summary.json")))["windows"]["all"]

def payload(obj, kind, path, calls):
    """The counter as the payload carries it, in the tables' units."""
    v = obj
    for p in path.split("."):
        v = v[p]
    if kind == "score":  # the average per call, 4 decimals
        return ("avg", Decimal(str(v)), calls)
    return Decimal(str(v))

def same(value, want):
    if isinstance(value, tuple):
        _, avg, calls = value
        return calls > 0 and abs(avg - want / calls) <= Decimal("0.00005")
    return value == want

overall = [sum((g[i] for g in gold.values()), Decimal(0)) for i in range(len(cols))]
for i, (col, kind, path, expr) in enumerate(table):
    bad = []
    if set(gold) != set(daily) or set(gold) != set(totals) or set(gold) != set(agents) or set(gold) != set(rep):
        bad.append("agents differ between layers")
    for a, g in gold.items():
        want = g[i]
        calls = g[0]
        if daily.get(a, [None] * len(cols))[i] != want: bad.append(f"{a}: daily {daily.get(a, ['?'] * len(cols))[i]} != gold {want}")
        if totals.get(a, [None] * len(cols))[i] != want: bad.append(f"{a}: totals {totals.get(a, ['?'] * len(cols))[i]} != gold {want}")
        if a in agents and not same(payload(agents[a], kind, path, calls), want): bad.append(f"{a}: payload != gold {want}")
        if a in rep and Decimal(str(rep[a][col])) != want: bad.append(f"{a}: report {rep[a][col]} != gold {want}")
    if not same(payload(summary, kind, path, overall[0]), overall[i]): bad.append(f"summary != gold {overall[i]}")
    if Decimal(str(report["overall"]["counters"][col])) != overall[i]: bad.append(f"report overall != gold {overall[i]}")
    if overall[i] == 0: bad.append("0 over all calls: the test data does not exercise it")
    name = f"counter {col}: gold = daily = totals = payload {path} = report, {len(gold)} agents and overall"
    print(f"PASS {name}" if not bad else f"FAIL {name}: " + "; ".join(bad[:3]))
PY
expect_eq "aggregates equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
t_end
