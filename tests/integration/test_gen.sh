#!/bin/sh
# test_gen.sh - integration test for converza-gen: file count, JSON shape,
# determinism, labels, per-agent differences, option handling.
set -u
. "$(dirname "$0")/../lib.sh"
GEN=$BIN/converza-gen
T=$(mktemp -d "${TMPDIR:-/tmp}/test_gen.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT INT TERM

count_files() { find "$1" -name '*.json' -type f | wc -l | tr -d ' '; }
same_tree() { diff -r "$1" "$2" >/dev/null 2>&1; }

if [ ! -x "$GEN" ]; then
    fail gen_binary "$GEN not found or not executable (set BIN)"
    t_end
fi
RANGE="--from 2025-10-01 --to 2025-10-14"

# --- basic run --------------------------------------------------------------
if "$GEN" --calls 200 --seed 42 --out "$T/a" --labels "$T/a.csv" $RANGE --quiet 2>"$T/err"; then
    pass gen_runs
else
    fail gen_runs "exit $?: $(cat "$T/err")"
fi
n=$(count_files "$T/a")
expect_eq gen_writes_n_files "$n" 200
check gen_first_file_name [ -f "$T/a/GEN_000001.json" ]

if out=$(python3 - "$T/a" <<'PY' 2>&1
import json, os, re, sys
d = sys.argv[1]
bad = []
for name in sorted(os.listdir(d)):
    try:
        with open(os.path.join(d, name)) as f:
            doc = json.load(f)
    except Exception as e:
        bad.append("%s: %s" % (name, e)); continue
    if not isinstance(doc, dict) or set(doc) != {"call_id", "agent_name", "timestamp", "transcript_text"}:
        bad.append("%s: fields %s" % (name, sorted(doc) if isinstance(doc, dict) else type(doc))); continue
    if not all(isinstance(v, str) and v for v in doc.values()):
        bad.append("%s: empty or non-string field" % name)
    if doc["call_id"] + ".json" != name:
        bad.append("%s: call_id %s" % (name, doc["call_id"]))
    if not re.fullmatch(r"2025-10-(0[1-9]|1[0-4])T\d\d:\d\d:\d\d", doc["timestamp"]):
        bad.append("%s: timestamp %s" % (name, doc["timestamp"]))
    if not re.match(r"(?i)(agent|rep|representative|customer|caller|client):", doc["transcript_text"]):
        bad.append("%s: transcript does not start with a speaker label" % name)
if bad:
    print("; ".join(bad[:3])); sys.exit(1)
PY
); then
    pass gen_files_valid_json
else
    fail gen_files_valid_json "$out"
fi

# --- determinism -----------------------------------------------------------
"$GEN" --calls 200 --seed 42 --out "$T/b" --labels "$T/b.csv" $RANGE --quiet --jobs 1 2>/dev/null
check gen_same_seed_identical same_tree "$T/a" "$T/b"
check gen_same_seed_same_labels cmp -s "$T/a.csv" "$T/b.csv"
"$GEN" --calls 200 --seed 43 --out "$T/c" $RANGE --quiet 2>/dev/null
if same_tree "$T/a" "$T/c"; then
    fail gen_other_seed_differs "seed 43 gave the same output as seed 42"
else
    pass gen_other_seed_differs
fi

# --- appending with --start-index ------------------------------------------
"$GEN" --calls 20 --seed 42 --start-index 201 --out "$T/a" $RANGE --quiet 2>/dev/null
n=$(count_files "$T/a")
expect_eq gen_start_index_appends "$n" 220
"$GEN" --calls 10 --seed 42 --start-index 11 --out "$T/d" $RANGE --quiet 2>/dev/null
check gen_start_index_stable cmp -s "$T/a/GEN_000011.json" "$T/d/GEN_000011.json"
"$GEN" --calls 3 --seed 42 --prefix DEMO --out "$T/e" $RANGE --quiet 2>/dev/null
check gen_prefix [ -f "$T/e/DEMO_000001.json" ]

# --- labels ----------------------------------------------------------------
lines=$(wc -l <"$T/a.csv" | tr -d ' ')
expect_eq gen_labels_line_count "$lines" 201
header=$(head -n 1 "$T/a.csv")
expect_eq gen_labels_header "$header" "call_id,is_conversion,upsell_amount,sentiment_label,note"
if out=$(python3 - "$T/a.csv" <<'PY' 2>&1
import csv, re, sys
bad = []
for row in csv.DictReader(open(sys.argv[1], newline="")):
    if row["is_conversion"] not in ("true", "false"): bad.append(row["call_id"] + " is_conversion")
    if not re.fullmatch(r"\d+\.\d\d", row["upsell_amount"]): bad.append(row["call_id"] + " upsell_amount")
    elif float(row["upsell_amount"]) > 0 and row["is_conversion"] != "true": bad.append(row["call_id"] + " upsell without conversion")
    if row["sentiment_label"] not in ("positive", "neutral", "negative"): bad.append(row["call_id"] + " sentiment")
if bad:
    print("; ".join(bad[:3])); sys.exit(1)
PY
); then
    pass gen_labels_values
else
    fail gen_labels_values "$out"
fi

# --- agents really differ --------------------------------------------------
"$GEN" --calls 2000 --seed 7 --agents 12 --out "$T/f" --labels "$T/f.csv" $RANGE --quiet 2>/dev/null
if out=$(python3 - "$T/f" "$T/f.csv" <<'PY' 2>&1
import csv, json, os, sys
d, labels = sys.argv[1], sys.argv[2]
agent = {}
for name in os.listdir(d):
    doc = json.load(open(os.path.join(d, name)))
    agent[doc["call_id"]] = doc["agent_name"]
calls, conv = {}, {}
for row in csv.DictReader(open(labels, newline="")):
    a = agent[row["call_id"]]
    calls[a] = calls.get(a, 0) + 1
    conv[a] = conv.get(a, 0) + (row["is_conversion"] == "true")
rates = sorted(conv[a] / calls[a] for a in calls if calls[a] >= 50)
if len(calls) != 12:
    print("expected 12 agents, found %d" % len(calls)); sys.exit(1)
if len(rates) < 6 or rates[-1] - rates[0] < 0.10:
    print("conversion rates too similar: %s" % ", ".join("%.2f" % r for r in rates)); sys.exit(1)
print("conversion rates %.0f%%-%.0f%%" % (100 * rates[0], 100 * rates[-1]))
PY
); then
    pass gen_agent_rates_differ
else
    fail gen_agent_rates_differ "$out"
fi

# --- options ---------------------------------------------------------------
"$GEN" --help >"$T/help" 2>&1
rc=$?
expect_eq gen_help_exit_0 "$rc" 0
check gen_help_mentions_calls grep -q -- '--calls' "$T/help"
"$GEN" --version >"$T/ver" 2>&1
rc=$?
expect_eq gen_version_exit_0 "$rc" 0
"$GEN" --no-such-flag >/dev/null 2>"$T/err"
rc=$?
expect_eq gen_bad_flag_exit_64 "$rc" 64
"$GEN" --calls abc --out "$T/g" >/dev/null 2>&1
rc=$?
expect_eq gen_bad_number_exit_64 "$rc" 64
"$GEN" --calls 5 --out "$T/g" --from 2025-02-30 >/dev/null 2>&1
rc=$?
expect_eq gen_bad_date_exit_64 "$rc" 64
"$GEN" --calls 5 >/dev/null 2>&1
rc=$?
expect_eq gen_missing_out_exit_64 "$rc" 64
: >"$T/file"
"$GEN" --calls 5 --out "$T/file/sub" >/dev/null 2>"$T/err"
rc=$?
if [ "$rc" -eq 73 ] && grep -q "$T/file/sub" "$T/err"; then
    pass gen_unwritable_out_exit_73
else
    fail gen_unwritable_out_exit_73 "exit $rc: $(cat "$T/err")"
fi
"$GEN" --calls 50 --seed 1 --out "$T/h" $RANGE 2>"$T/err" >/dev/null
check gen_summary_on_stderr grep -q 'calls/s' "$T/err"

t_end
