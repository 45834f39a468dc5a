#!/bin/sh
# eval-hvb.sh - runs the KPI engine over the Harper Valley Bank sample with no
# database (`converza-etl analyze --format hvb`) and reports:
#   1. how the customer's sentiment relates to the caller's survey rating
#      (partner_rating 0-10): mean sentiment score per rating and the Spearman
#      rank correlation, for our KPI score and for the corpus' own emotion
#      model (source_sentiment) as a reference;
#   2. how KPIs from the machine (ASR) transcript differ from those from the
#      human-corrected one: agreement of conversion and sentiment labels, the
#      mean score difference, and the calls that disagree;
#   3. talk metrics (talk.h) per transcript kind.
#
#   scripts/eval-hvb.sh [DIR]   DIR holds transcript/ and metadata/
#                               (default: ${CONVERZA_SHARED:-../shared}/data/harper-valley)
# Environment: CONVERZA_ETL (default build/converza-etl), CONVERZA_RULES_FILE
# (default rules/converza.rules). Run from the repository root (make eval-hvb).
set -eu

dir=${1:-${CONVERZA_SHARED:-../shared}/data/harper-valley}
etl=${CONVERZA_ETL:-build/converza-etl}
rules=${CONVERZA_RULES_FILE:-rules/converza.rules}

if [ $# -eq 0 ] && [ ! -d "$dir" ]; then
    # The sample lives in the shared evaluation data, not in the project.
    echo "eval-hvb.sh: SKIP: no Harper Valley Bank sample at $dir (set CONVERZA_SHARED)" >&2
    exit 0
fi
if [ ! -d "$dir/transcript" ] || [ ! -d "$dir/metadata" ]; then
    echo "eval-hvb.sh: $dir needs transcript/ and metadata/" >&2
    exit 66
fi
if [ ! -x "$etl" ]; then
    echo "eval-hvb.sh: $etl not built (run make)" >&2
    exit 69
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/converza-eval-hvb.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
status=0
for kind in human machine; do
    "$etl" analyze --rules "$rules" --format hvb --transcript "$kind" "$dir/transcript" \
        >"$work/$kind.jsonl" 2>"$work/$kind.err" || status=$?
    if [ -s "$work/$kind.err" ]; then
        echo "eval-hvb.sh: analyze ($kind) reported:" >&2
        sed 's/^/  /' "$work/$kind.err" >&2
    fi
done

python3 - "$work/human.jsonl" "$work/machine.jsonl" <<'PY'
import json, sys
from collections import defaultdict

def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                out[o["call_id"]] = o
    return out

human, machine = load(sys.argv[1]), load(sys.argv[2])

def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1  # average rank for ties
        i = j + 1
    return r

def pearson(a, b):
    n = len(a)
    if n < 3:
        return None
    ma, mb = sum(a) / n, sum(b) / n
    va = sum((x - ma) ** 2 for x in a)
    vb = sum((y - mb) ** 2 for y in b)
    if va == 0 or vb == 0:
        return None
    return sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (va * vb) ** 0.5

def spearman(a, b):
    return pearson(ranks(a), ranks(b))

def fmt_rho(r):
    return "n/a (no variation)" if r is None else "%+.3f" % r

print("Harper Valley Bank: %d calls analysed (human transcript), %d (machine)"
      % (len(human), len(machine)))
rated = [o for o in human.values() if "csat" in o]
print("caller survey rating present: %d calls, absent: %d" % (len(rated), len(human) - len(rated)))
print()
print("1. customer sentiment vs caller rating (human transcript)")
by = defaultdict(list)
for o in rated:
    by[o["csat"]].append(o)
print("   %-6s %5s  %-16s %-18s %s" % ("rating", "calls", "mean KPI score", "mean source emo.",
                                       "KPI labels pos/neu/neg"))
for r in sorted(by, reverse=True):
    os_ = by[r]
    ks = sum(o["sentiment_score"] for o in os_) / len(os_)
    src = [o["source_sentiment"] for o in os_ if "source_sentiment" in o]
    ss = "%+.3f" % (sum(src) / len(src)) if src else "-"
    lab = [sum(o["sentiment_label"] == l for o in os_) for l in ("positive", "neutral", "negative")]
    print("   %-6d %5d  %+14.3f   %-18s %d/%d/%d" % (r, len(os_), ks, ss, *lab))
cs = [o["csat"] for o in rated]
print("   Spearman(rating, KPI sentiment_score)      = %s (n=%d)"
      % (fmt_rho(spearman(cs, [o["sentiment_score"] for o in rated])), len(rated)))
both = [o for o in rated if "source_sentiment" in o]
print("   Spearman(rating, corpus emotion valence)   = %s (n=%d)"
      % (fmt_rho(spearman([o["csat"] for o in both], [o["source_sentiment"] for o in both])),
         len(both)))
allsrc = [o for o in human.values() if "source_sentiment" in o]
print("   Spearman(KPI score, corpus emotion valence) = %s (n=%d, all calls)"
      % (fmt_rho(spearman([o["sentiment_score"] for o in allsrc],
                          [o["source_sentiment"] for o in allsrc])), len(allsrc)))
print()

print("2. machine (ASR) vs human transcript")
common = sorted(set(human) & set(machine))
n = len(common)
conv = sum(human[c]["is_conversion"] == machine[c]["is_conversion"] for c in common)
sent = sum(human[c]["sentiment_label"] == machine[c]["sentiment_label"] for c in common)
ups = sum(abs(human[c]["upsell_amount"] - machine[c]["upsell_amount"]) < 0.005 for c in common)
mad = sum(abs(human[c]["sentiment_score"] - machine[c]["sentiment_score"]) for c in common) / max(n, 1)
pct = lambda k: 100.0 * k / n if n else 0.0
print("   calls in both: %d" % n)
print("   conversion agrees:      %5.1f%% (%d/%d); conversions human %d, machine %d"
      % (pct(conv), conv, n, sum(human[c]["is_conversion"] for c in common),
         sum(machine[c]["is_conversion"] for c in common)))
print("   sentiment label agrees: %5.1f%% (%d/%d); mean |score difference| %.3f"
      % (pct(sent), sent, n, mad))
print("   upsell amount agrees:   %5.1f%% (%d/%d)" % (pct(ups), ups, n))
dis = [c for c in common if human[c]["is_conversion"] != machine[c]["is_conversion"]
       or human[c]["sentiment_label"] != machine[c]["sentiment_label"]]
if dis:
    print("   disagreements:")
    print("     %-16s %-22s %-13s %-18s %s" % ("call_id", "task", "conv h/m", "sentiment h", "sentiment m"))
    for c in dis:
        h, m = human[c], machine[c]
        print("     %-16s %-22s %-13s %-18s %s"
              % (c, h.get("task", "-"), "%s/%s" % (str(h["is_conversion"]).lower()[0],
                                                  str(m["is_conversion"]).lower()[0]),
                 "%s %+.2f" % (h["sentiment_label"], h["sentiment_score"]),
                 "%s %+.2f" % (m["sentiment_label"], m["sentiment_score"])))
print()

print("3. talk metrics (mean over calls)")
cols = [("duration_ms", "duration s", 0.001), ("agent_talk_pct", "agent %", 1),
        ("customer_talk_pct", "customer %", 1), ("silence_pct", "silence %", 1),
        ("longest_monologue_ms", "monologue s", 0.001), ("interruptions", "interrupts", 1),
        ("customer_questions", "questions", 1)]
print("   %-11s" % "transcript" + "".join("%12s" % label for _, label, _ in cols))
for name, d in (("human", human), ("machine", machine)):
    row = []
    for k, _, scale in cols:
        v = [o[k] * scale for o in d.values() if k in o]
        row.append("%12.1f" % (sum(v) / len(v)) if v else "%12s" % "-")
    print("   %-11s" % name + "".join(row))
tasks = defaultdict(list)
for o in human.values():
    tasks[o.get("task", "-")].append(o)
print()
print("4. by task (human transcript): calls, conversions, mean KPI score, mean rating")
for t in sorted(tasks, key=lambda t: -len(tasks[t])):
    os_ = tasks[t]
    rs = [o["csat"] for o in os_ if "csat" in o]
    print("   %-22s %3d  %3d  %+.3f  %s" % (t, len(os_), sum(o["is_conversion"] for o in os_),
                                           sum(o["sentiment_score"] for o in os_) / len(os_),
                                           "%.1f" % (sum(rs) / len(rs)) if rs else "-"))
PY
if [ "$status" -ne 0 ]; then
    echo "eval-hvb.sh: converza-etl analyze exited with status $status" >&2
    exit "$status"
fi
