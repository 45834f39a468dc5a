#!/bin/sh
# test_categories.sh - call categories end to end: generated calls loaded
# by the worker; each gold row's categories and their evidence; calls per
# category per agent per day (agent_daily_categories) and per agent
# (agent_category_totals) equal a GROUP BY over gold, also after calls are
# replaced and after `reprocess` with a changed pattern; `report` prints
# the counts and rates; a bad pattern stops the worker at start-up naming
# file, line, PCRE2's message and offset.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-cat.XXXXXX)
trap 'stop_all; rm -rf "$T"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL=$BIN/converza-etl
IN=$T/in
mkdir -p "$IN"
"$BIN/converza-gen" --calls 600 --seed 5 --agents 6 --out "$IN" >/dev/null 2>&1
cat >"$IN/planted.json" <<'JSON'
{"call_id": "CAT-1", "agent_name": "Ada Quinn", "timestamp": "2025-10-09T16:19:15Z",
 "transcript_text": "Agent: Hi, this call is recorded for quality.\nCustomer: My card 4111 1111 1111 1111 was declined, I want to cancel my plan, get me a supervisor."}
JSON
cp "$TOP/rules/converza.rules" "$TOP/rules/lexicon.tsv" "$T/"
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --rules "$T/converza.rules" --log-level error
expect_eq "worker exits 0" "$?" 0

expect_eq "planted call's categories in gold" \
    "$(sql "SELECT array_to_string(categories, ',') FROM gold_performance_metrics WHERE call_id = 'CAT-1'")" \
    "escalation_request,cancellation_intent,recording_disclosure,payment_problem"
expect_eq "evidence names the matching words, card number masked" \
    "$(sql "SELECT evidence->'categories'->>'payment_problem' FROM gold_performance_metrics WHERE call_id = 'CAT-1'")" \
    "card [CARD] was declined"
check "generated calls fall in categories" \
    test "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE categories <> '{}'")" -gt 20

# The aggregates against a GROUP BY over gold: "" when equal.
agg_vs_gold() { (
    sql "(SELECT agent_name, call_day, c, count(*) FROM gold_performance_metrics, unnest(categories) c
          GROUP BY 1, 2, 3
          EXCEPT SELECT agent_name, day, category, calls FROM agent_daily_categories)
         UNION ALL
         (SELECT agent_name, day, category, calls FROM agent_daily_categories
          EXCEPT SELECT agent_name, call_day, c, count(*) FROM gold_performance_metrics, unnest(categories) c
          GROUP BY 1, 2, 3)
         UNION ALL
         (SELECT agent_name, NULL::date, c, count(*) FROM gold_performance_metrics, unnest(categories) c GROUP BY 1, 3
          EXCEPT SELECT agent_name, NULL::date, category, calls FROM agent_category_totals)
         UNION ALL
         (SELECT agent_name, NULL::date, category, calls FROM agent_category_totals
          EXCEPT SELECT agent_name, NULL::date, c, count(*) FROM gold_performance_metrics, unnest(categories) c GROUP BY 1, 3)"
    ) 2>&1
}
expect_eq "per agent per day equals GROUP BY over gold" "$(agg_vs_gold)" ""
check "daily category rows exist" test "$(sql "SELECT count(*) FROM agent_daily_categories")" -gt 5

# A replaced call moves its categories: the planted call corrected to none.
sleep 1
cat >"$IN/planted.json" <<'JSON'
{"call_id": "CAT-1", "agent_name": "Bo Lind", "timestamp": "2025-10-10T16:19:15Z",
 "transcript_text": "Agent: Hi.\nCustomer: All good, thanks."}
JSON
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --rules "$T/converza.rules" --log-level error
expect_eq "replaced call has no categories" \
    "$(sql "SELECT categories FROM gold_performance_metrics WHERE call_id = 'CAT-1'")" "{}"
expect_eq "after a replacement: equals GROUP BY over gold" "$(agg_vs_gold)" ""
expect_eq "no zero rows kept" \
    "$(sql "SELECT count(*) FROM agent_daily_categories WHERE calls <= 0")" 0

before=$(sql "SELECT coalesce(sum(calls), 0) FROM agent_category_totals WHERE category = 'cancellation_intent'")
# Reprocess with a changed pattern: cancellation now needs 'cancellation'.
python3 - "$T/converza.rules" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read()
s = s.replace(r"match = \b(?:cancel|cancelling|canceling|cancellation)\b", r"match = \bcancellation\b")
s = s.replace("version = ", "version = changed-", 1)
open(p, "w").write(s)
PY
"$ETL" reprocess --db "$DB" --rules "$T/converza.rules" --log-level warn 2>"$T/re.log"
expect_eq "reprocess exits 0" "$?" 0
after=$(sql "SELECT coalesce(sum(calls), 0) FROM agent_category_totals WHERE category = 'cancellation_intent'")
check "the changed pattern changes the counts ($before -> $after)" test "$after" -lt "$before"
expect_eq "after reprocess: equals GROUP BY over gold" "$(agg_vs_gold)" ""
expect_eq "gold counts after reprocess" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE 'cancellation_intent' = ANY(categories)")" "$after"

# report prints the categories with their counts
"$ETL" report --db "$DB" --rules "$T/converza.rules" >"$T/report.txt" 2>&1
expect_eq "report exits 0" "$?" 0
expect_eq "report: overall cancellation_intent calls equal gold's" \
    "$(awk '$1 == "OVERALL" && $2 == "cancellation_intent" {print $3}' "$T/report.txt")" "$after"
"$ETL" report --json --db "$DB" --rules "$T/converza.rules" >"$T/report.json" 2>&1
expect_eq "report --json: categories with counts" \
    "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([c["calls"] for c in d["categories"] if c["category"]=="cancellation_intent"][0])' "$T/report.json")" "$after"

# A bad pattern: the worker refuses to start.
printf '[category broken]\nmatch = (open\n' >>"$T/converza.rules"
line=$(wc -l <"$T/converza.rules")
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --rules "$T/converza.rules" 2>"$T/bad.err"
expect_eq "bad pattern: exit 78" "$?" 78
check "bad pattern: file, line, PCRE2 message and offset" \
    grep -q "$T/converza.rules:$line: in \[category broken\]: bad pattern '(open': missing closing parenthesis at offset 5" "$T/bad.err"
t_end
