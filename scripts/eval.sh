#!/bin/sh
# eval.sh - scores `converza-etl analyze` against a labelled call set
# (converza-kpi(7)): conversion precision/recall/F1, exact upsell amounts, upsell
# revenue, sentiment accuracy and macro-F1, and the calls it gets wrong.
#
#   scripts/eval.sh [DIR]   DIR holds calls/ and labels.csv
#                           (default: ${CONVERZA_SHARED:-../shared}/eval/dev)
# Environment: CONVERZA_ETL (default build/converza-etl), CONVERZA_RULES_FILE
# (default rules/converza.rules). Run from the repository root (make eval).
set -eu

dir=${1:-${CONVERZA_SHARED:-../shared}/eval/dev}
etl=${CONVERZA_ETL:-build/converza-etl}
rules=${CONVERZA_RULES_FILE:-rules/converza.rules}

if [ $# -eq 0 ] && [ ! -d "$dir" ]; then
    # The dev set lives in the shared evaluation data, not in the project.
    echo "eval.sh: SKIP: no labelled dev set at $dir (set CONVERZA_SHARED)" >&2
    exit 0
fi
if [ ! -d "$dir/calls" ] || [ ! -f "$dir/labels.csv" ]; then
    echo "eval.sh: $dir needs calls/ and labels.csv" >&2
    exit 66
fi
if [ ! -x "$etl" ]; then
    echo "eval.sh: $etl not built (run make)" >&2
    exit 69
fi

out=$(mktemp "${TMPDIR:-/tmp}/converza-eval.XXXXXX")
trap 'rm -f "$out"' EXIT INT TERM
status=0
"$etl" analyze --rules "$rules" "$dir/calls" >"$out" || status=$?

python3 - "$out" "$dir/labels.csv" <<'PY'
import csv, json, sys

preds = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line:
            o = json.loads(line)
            preds[o["call_id"]] = o

labels = {}
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        labels[row["call_id"]] = row

def cents(x):
    return int(round(float(x) * 100))

wrong = []
tp = fp = fn = 0
up_ok = up_n = 0
up_any_ok = up_any_n = 0
rev_got = rev_want = 0
sent_ok = 0
classes = ["positive", "neutral", "negative"]
conf = {(a, b): 0 for a in classes for b in classes}
missing = 0
for cid in sorted(labels):
    lab = labels[cid]
    p = preds.get(cid)
    if p is None:
        missing += 1
        wrong.append((cid, "missing", "-", "-"))
        continue
    want_c = lab["is_conversion"].strip().lower() == "true"
    got_c = bool(p["is_conversion"])
    tp += got_c and want_c
    fp += got_c and not want_c
    fn += want_c and not got_c
    if got_c != want_c:
        wrong.append((cid, "is_conversion", str(got_c).lower(), str(want_c).lower()))
    wu, gu = cents(lab["upsell_amount"]), cents(p["upsell_amount"])
    rev_want += wu
    rev_got += gu
    up_n += 1
    up_ok += wu == gu
    if wu or gu:
        up_any_n += 1
        up_any_ok += wu == gu
    if wu != gu:
        wrong.append((cid, "upsell_amount", "%.2f" % (gu / 100), "%.2f" % (wu / 100)))
    ws, gs = lab["sentiment_label"].strip(), p["sentiment_label"]
    if ws in classes and gs in classes:
        conf[(gs, ws)] += 1
    sent_ok += ws == gs
    if ws != gs:
        wrong.append((cid, "sentiment_label", "%s (%.2f)" % (gs, p["sentiment_score"]), ws))

n = len(labels)
prec = tp / (tp + fp) if tp + fp else 0.0
rec = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
f1s = []
for c in classes:
    ctp = conf[(c, c)]
    cfp = sum(conf[(c, o)] for o in classes if o != c)
    cfn = sum(conf[(o, c)] for o in classes if o != c)
    cp = ctp / (ctp + cfp) if ctp + cfp else 0.0
    cr = ctp / (ctp + cfn) if ctp + cfn else 0.0
    f1s.append(2 * cp * cr / (cp + cr) if cp + cr else 0.0)
macro = sum(f1s) / len(f1s)
up_all = up_ok / up_n if up_n else 0.0
up_any = up_any_ok / up_any_n if up_any_n else 1.0
acc = sent_ok / n if n else 0.0

def mark(ok):
    return "ok" if ok else "BELOW TARGET"

print("calls: %d labelled, %d analysed" % (n, len(preds)))
print("conversion: precision %.3f  recall %.3f  F1 %.3f   [target F1 >= 0.95: %s]"
      % (prec, rec, f1, mark(f1 >= 0.95)))
print("upsell exact: %.1f%% of all calls (%d/%d)   [target >= 95%%: %s]"
      % (100 * up_all, up_ok, up_n, mark(up_all >= 0.95)))
print("upsell exact: %.1f%% of calls with an upsell either side (%d/%d)   [target >= 90%%: %s]"
      % (100 * up_any, up_any_ok, up_any_n, mark(up_any >= 0.90)))
print("upsell revenue: found %.2f, labelled %.2f" % (rev_got / 100, rev_want / 100))
print("sentiment: accuracy %.3f  macro-F1 %.3f (pos %.2f neu %.2f neg %.2f)   [target macro-F1 >= 0.85: %s]"
      % (acc, macro, f1s[0], f1s[1], f1s[2], mark(macro >= 0.85)))
if wrong:
    print("wrong (%d):" % len(wrong))
    print("  %-12s %-16s %-22s %s" % ("call_id", "field", "got", "want"))
    for cid, field, got, want in wrong:
        print("  %-12s %-16s %-22s %s" % (cid, field, got, want))
PY
if [ "$status" -ne 0 ]; then
    echo "eval.sh: converza-etl analyze exited with status $status" >&2
    exit "$status"
fi
