#!/bin/sh
# test_eval.sh - `make eval` (scripts/eval.sh) over a private CONVERZA_SHARED:
# every set in one table, sets that are absent named as such while the others
# are scored, the figures computed from analyze's output against the labels
# (a label we flip shows up as one conversion error, in the figures and in
# the EVAL_VERBOSE listing), JSON Lines sets without sentiment labels and a
# Harper Valley-style set whose conversions come from the task type.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-eval.XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
SH=$T/shared
mkdir -p "$SH/eval/dev" "$SH/data/sgd-dev"
"$BIN/converza-gen" --calls 60 --seed 5 --agents 3 --out "$SH/eval/dev/calls" \
    --labels "$T/labels.csv" >/dev/null 2>&1
# The generator's labels are its ground truth; analyze agrees with it on
# these calls except where it does not. Use analyze's own answers as the
# labels, then flip one conversion: exactly that call must be reported.
"$BIN/converza-etl" analyze "$SH/eval/dev/calls" >"$T/an.jsonl"
python3 - "$T/an.jsonl" "$SH/eval/dev/labels.csv" "$SH/data/sgd-dev" <<'PY'
import json, sys, os
rows = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as f:
    f.write("call_id,is_conversion,upsell_amount,sentiment_label,note\n")
    for i, o in enumerate(rows):
        conv = o["is_conversion"] if i else not o["is_conversion"]
        f.write("%s,%s,%.2f,%s,x\n" % (o["call_id"], str(conv).lower(), o["upsell_amount"],
                                       o["sentiment_label"]))
# a JSON Lines set without sentiment: the same calls, one per line
d = sys.argv[3]
with open(os.path.join(d, "labels.csv"), "w") as lf, open(os.path.join(d, "calls.jsonl"), "w") as cf:
    lf.write("call_id,is_conversion,upsell_amount\n")
    calls = os.path.join(os.path.dirname(os.path.dirname(sys.argv[2])), "dev", "calls")
    for o in rows[:20]:
        cf.write(json.dumps(json.load(open(os.path.join(calls, o["call_id"] + ".json")))) + "\n")
        lf.write("%s,%s,%.2f\n" % (o["call_id"], str(o["is_conversion"]).lower(), o["upsell_amount"]))
PY
first=$(head -2 "$SH/eval/dev/labels.csv" | tail -1 | cut -d, -f1)
mkdir -p "$SH/data/harper-valley"
cp -r "$TOP/tests/data/formats/hvb/transcript" "$TOP/tests/data/formats/hvb/metadata" "$SH/data/harper-valley/"
hv_calls=$(ls "$SH/data/harper-valley/transcript" | wc -l | tr -d ' ')
hv_appts=$(cat "$SH"/data/harper-valley/metadata/*.json | grep -o '"task_type": *"schedule appointment"' | wc -l | tr -d ' ')

cd "$TOP"
CONVERZA_SHARED=$SH CONVERZA_ETL=$BIN/converza-etl sh scripts/eval.sh >"$T/out" 2>"$T/err"
expect_eq "eval exits 0 with sets absent" "$?" 0
n_absent=2 # dev2, tm4-coffee-dev; kpi-fresh too where main has not got it
[ -d tests/data/kpi-fresh ] || n_absent=3
expect_eq "absent shared sets are named" "$(grep -c 'absent:' "$T/out")" "$n_absent"
check "an absent set is named with its path" grep -q "^dev2  *absent: $SH/eval/dev2" "$T/out"
check "the project's own set is scored" grep -q '^kpi-holdout  *166 ' "$T/out"
row=$(grep '^dev ' "$T/out")
expect_eq "dev row: 60 calls, sentiment F1 1.000" "$(echo "$row" | awk '{print $2, $(NF-2)}')" "60 1.000"
expect_eq "dev row: upsell exact on every call" "$(echo "$row" | grep -c '100.0 % (60/60)')" 1
check "dev row: one flipped label lowers conversion F1 below 1" \
    sh -c "echo '$row' | awk '{exit !(\$5 < 1.0)}'"
sgd=$(grep '^sgd-dev ' "$T/out")
expect_eq "JSON Lines set scored, no sentiment column" "$(echo "$sgd" | awk '{print $2, $5, $(NF-2)}')" "20 1.000 -"

hv=$(grep '^harper-valley ' "$T/out")
expect_eq "Harper Valley row: its calls, appointment calls counted from the metadata" \
    "$(echo "$hv" | awk '{print $2, $(NF-1)}' | sed 's|/| |')" "$hv_calls $(echo "$hv" | awk '{print $(NF-1)}' | cut -d/ -f1) $hv_appts"
expect_eq "Harper Valley row: false conversions over the other calls" \
    "$(echo "$hv" | awk '{print $NF}' | cut -d/ -f2)" "$((hv_calls - hv_appts))"

EVAL_VERBOSE=1 CONVERZA_SHARED=$SH CONVERZA_ETL=$BIN/converza-etl sh scripts/eval.sh "$SH/eval/dev" >"$T/v" 2>&1
expect_eq "verbose lists exactly the flipped call" \
    "$(grep -c 'is_conversion' "$T/v") $(grep -c "$first" "$T/v")" "1 1"
expect_eq "one set named on the command line gives one row" "$(grep -c '^dev  *[0-9]' "$T/v")" 1

CONVERZA_SHARED=$T/none CONVERZA_ETL=$BIN/converza-etl sh scripts/eval.sh "$T/none" >/dev/null 2>"$T/err2"
expect_eq "no set at all exits 66" "$?" 66
t_end
