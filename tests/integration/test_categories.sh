#!/bin/sh
# test_categories.sh - call categories end to end: generated calls loaded
# by the worker; each gold row's categories and their evidence; calls per
# category per agent per day (agent_daily_categories) and per agent
# (agent_category_totals), per agent per business hour
# (agent_hourly_categories, the hours kept) and per team per day
# (team_daily_categories) equal a GROUP BY over gold, also after calls are
# replaced (one moving to another hour and team with its categories), after
# `reprocess` with a changed pattern and after the business zone changes;
# hours older than those kept are not kept; `report` prints
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
"$BIN/converza-gen" --calls 600 --seed 5 --agents 6 --teams 3 --out "$IN" >/dev/null 2>&1
# Calls of today (in the hours kept) in two teams, with categories: CAT-2
# moves later to another hour and team.
NOW=$(date -u +%s)
H2=$(date -u -d "@$((NOW - NOW % 3600 - 3600))" +%Y-%m-%dT%H:05:00Z)
H3=$(date -u -d "@$((NOW - NOW % 3600))" +%Y-%m-%dT%H:00:00Z)
planted2() { # ID TEAM TIME
    printf '{"call_id": "%s", "agent_name": "Cy Moss", "team": "%s", "timestamp": "%s", "transcript_text": "Agent: This call is recorded for quality.\\nCustomer: I want to cancel, get me a supervisor."}\n' "$1" "$2" "$3"
}
planted2 CAT-2 North "$H2" >"$IN/planted2.json"
planted2 CAT-3 South "$H2" >"$IN/planted3.json"
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
# The hourly and team category tables against gold: "" when equal (hours:
# the start of the call's local hour in the aggregates' zone, from the
# first hour kept on).
HOUR_OF="call_time - ((call_time AT TIME ZONE z.timezone) - date_trunc('hour', call_time AT TIME ZONE z.timezone))"
CUT="(SELECT (date_trunc('day', now() AT TIME ZONE timezone) - (hourly_days - 1) * interval '1 day') AT TIME ZONE timezone FROM aggregate_zone)"
hour_team_vs_gold() { (
    sql "(SELECT agent_name, $HOUR_OF, c, count(*) FROM gold_performance_metrics, aggregate_zone z,
          unnest(categories) c WHERE call_time >= $CUT GROUP BY 1, 2, 3
          EXCEPT SELECT agent_name, hour, category, calls FROM agent_hourly_categories)
         UNION ALL
         (SELECT agent_name, hour, category, calls FROM agent_hourly_categories
          EXCEPT SELECT agent_name, $HOUR_OF, c, count(*) FROM gold_performance_metrics,
          aggregate_zone z, unnest(categories) c WHERE call_time >= $CUT GROUP BY 1, 2, 3)"
    sql "(SELECT team, call_day, c, count(*) FROM gold_performance_metrics, unnest(categories) c
          GROUP BY 1, 2, 3
          EXCEPT SELECT team, day, category, calls FROM team_daily_categories)
         UNION ALL
         (SELECT team, day, category, calls FROM team_daily_categories
          EXCEPT SELECT team, call_day, c, count(*) FROM gold_performance_metrics, unnest(categories) c
          GROUP BY 1, 2, 3)"
    ) 2>&1
}
expect_eq "per agent per day equals GROUP BY over gold" "$(agg_vs_gold)" ""
expect_eq "per agent per hour and per team per day equal GROUP BY over gold" "$(hour_team_vs_gold)" ""
check "daily category rows exist" test "$(sql "SELECT count(*) FROM agent_daily_categories")" -gt 5
check "team category rows exist for several teams" \
    test "$(sql "SELECT count(DISTINCT team) FROM team_daily_categories")" -ge 3
expect_eq "today's planted calls: their team's and their hour's counts" \
    "$(sql "SELECT string_agg(team || ':' || calls, ' ' ORDER BY team) FROM team_daily_categories WHERE category = 'escalation_request' AND team IN ('North', 'South')")|$(sql "SELECT sum(calls) FROM agent_hourly_categories WHERE agent_name = 'Cy Moss' AND category = 'escalation_request'")" \
    "North:1 South:1|2"
check "calls with categories older than the hours kept exist in gold" \
    test "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE categories <> '{}' AND call_time < $CUT")" -gt 0
expect_eq "no hourly category rows older than the hours kept" \
    "$(sql "SELECT count(*) FROM agent_hourly_categories WHERE hour < $CUT")" 0

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
# CAT-2 delivered again in another hour and team, with the same categories.
planted2 CAT-2 South "$H3" >"$IN/planted2.json"
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --rules "$T/converza.rules" --log-level error
expect_eq "the re-delivered call moved to South and the later hour" \
    "$(sql "SELECT team || ' ' || to_char(call_time AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM gold_performance_metrics WHERE call_id = 'CAT-2'")" \
    "South $H3"
# (summed over days: in the first hour after midnight UTC the two hours,
# and so the two calls' rows, fall on different days)
expect_eq "its categories moved with it: North has none, South two" \
    "$(sql "SELECT coalesce(string_agg(team || ':' || n, ' ' ORDER BY team), '') FROM (SELECT team, sum(calls) AS n FROM team_daily_categories WHERE category = 'escalation_request' AND team IN ('North', 'South') GROUP BY team) s")" \
    "South:2"
expect_eq "its hour's counts moved too" \
    "$(sql "SELECT string_agg(to_char(hour AT TIME ZONE 'UTC', 'HH24') || ':' || calls, ' ' ORDER BY hour) FROM agent_hourly_categories WHERE agent_name = 'Cy Moss' AND category = 'escalation_request'")" \
    "$(date -u -d "$H2" +%H):1 $(date -u -d "$H3" +%H):1"
expect_eq "after moving hour and team: hourly and team counts equal GROUP BY over gold" \
    "$(hour_team_vs_gold)" ""
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
expect_eq "after reprocess: hourly and team counts equal GROUP BY over gold" \
    "$(hour_team_vs_gold)" ""
check "after reprocess: the changed pattern shows in the team counts too" \
    test "$(sql "SELECT coalesce(sum(calls), 0) FROM team_daily_categories WHERE category = 'cancellation_intent'")" -eq "$after"
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

# Another business zone: every category table is recomputed from gold.
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --rules "$T/converza.rules" --timezone Asia/Kolkata --log-level error
expect_eq "zone changed: daily counts equal GROUP BY over gold" "$(agg_vs_gold)" ""
expect_eq "zone changed: hourly and team counts equal GROUP BY over gold" "$(hour_team_vs_gold)" ""

# A bad pattern: the worker refuses to start.
printf '[category broken]\nmatch = (open\n' >>"$T/converza.rules"
line=$(wc -l <"$T/converza.rules")
"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --rules "$T/converza.rules" 2>"$T/bad.err"
expect_eq "bad pattern: exit 78" "$?" 78
check "bad pattern: file, line, PCRE2 message and offset" \
    grep -q "$T/converza.rules:$line: in \[category broken\]: bad pattern '(open': missing closing parenthesis at offset 5" "$T/bad.err"
t_end
