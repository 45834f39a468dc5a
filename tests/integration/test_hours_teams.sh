#!/bin/sh
# test_hours_teams.sh - business days and hours in a zone other than UTC, and
# teams, against gold:
#   - calls 30 s before and after local midnight in America/Los_Angeles land
#     on the two local days in gold and in every aggregate;
#   - agent_hourly_metrics equals a GROUP BY over gold by agent and local hour
#     (kept hours), team_daily_metrics a GROUP BY by team and day, agent_teams
#     the team of each agent's newest call: after loads (teams from seed JSON,
#     JSON Lines, the text Team: header, none), after a re-delivery that moves
#     a call to another hour, agent and team, with a roster (which overrides
#     the files), after `reprocess`, and after the zone changes (the worker
#     recomputes the aggregates, and says so) and changes back;
#   - report --json says the zone and the local day "today" is.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-hours.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
IN=$WORK/in
mkdir -p "$IN"
ETL="$BIN/converza-etl"
Z=America/Los_Angeles
run() { "$ETL" --once --no-mqtt --db "$DB" --input "$IN" --log-level info "$@" >>"$WORK/etl.log" 2>&1; }
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
# A seed JSON call: id agent epoch team-json-fragment
seed() {
    printf '{"call_id": "%s", "agent_name": "%s", "timestamp": "%s",%s "transcript_text": "Agent: Would you like the premium plan for $20 more? Customer: Yes, sign me up. Thank you."}' \
        "$1" "$2" "$(iso "$3")" "$4"
}
HOUR_OF="call_time - ((call_time AT TIME ZONE z.timezone) - date_trunc('hour', call_time AT TIME ZONE z.timezone))"
CUT="(SELECT (date_trunc('day', now() AT TIME ZONE timezone) - (hourly_days - 1) * interval '1 day') AT TIME ZONE timezone FROM aggregate_zone)"
HOUR_EQ="SELECT count(*) FROM (
  (SELECT agent_name, hour, $AGG_COUNTS FROM agent_hourly_metrics
   EXCEPT SELECT agent_name, $HOUR_OF, $GOLD_COUNTS FROM gold_performance_metrics, aggregate_zone z
          WHERE call_time >= $CUT GROUP BY 1, 2)
  UNION ALL
  (SELECT agent_name, $HOUR_OF, $GOLD_COUNTS FROM gold_performance_metrics, aggregate_zone z
   WHERE call_time >= $CUT GROUP BY 1, 2
   EXCEPT SELECT agent_name, hour, $AGG_COUNTS FROM agent_hourly_metrics)) d"
TEAM_EQ="SELECT count(*) FROM (
  (SELECT team, day, $AGG_COUNTS FROM team_daily_metrics
   EXCEPT SELECT team, call_day, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1, 2)
  UNION ALL
  (SELECT team, call_day, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1, 2
   EXCEPT SELECT team, day, $AGG_COUNTS FROM team_daily_metrics)) d"
NEWEST="SELECT DISTINCT ON (agent_name) agent_name, team FROM gold_performance_metrics
        ORDER BY agent_name, call_time DESC, call_id DESC"
AT_EQ="SELECT count(*) FROM ((SELECT * FROM agent_teams EXCEPT SELECT * FROM ($NEWEST) n) UNION ALL
       (SELECT * FROM ($NEWEST) n EXCEPT SELECT * FROM agent_teams)) d"
DAY_EQ="SELECT count(*) FROM gold_performance_metrics, aggregate_zone z
        WHERE call_day <> (call_time AT TIME ZONE z.timezone)::date"
all_exact() {
    expect_eq "$1: daily aggregates and totals equal a GROUP BY over gold" "$(sql "$AGG_EQ")" 0
    expect_eq "$1: hourly aggregates equal a GROUP BY over gold by local hour" "$(sql "$HOUR_EQ")" 0
    expect_eq "$1: team aggregates equal a GROUP BY over gold by team and day" "$(sql "$TEAM_EQ")" 0
    expect_eq "$1: each agent's team is its newest call's" "$(sql "$AT_EQ")" 0
    expect_eq "$1: every gold call_day is the local day of its call" "$(sql "$DAY_EQ")" 0
}

NOW=$(date +%s)
MID=$(TZ=$Z date -d "$(TZ=$Z date +%Y-%m-%d) 00:00" +%s)   # local midnight today
TODAY=$(TZ=$Z date -d "@$NOW" +%Y-%m-%d)
YDAY=$(TZ=$Z date -d "@$((MID - 60))" +%Y-%m-%d)
H1=$((NOW - 7200)); H0=$((NOW - 60))
[ "$H1" -lt "$MID" ] && H1=$((MID + 120))    # keep both "hour" calls today
seed M1 "Ann Lee" $((MID - 30)) ' "team": "North",' >"$IN/m1.json"
seed M2 "Ann Lee" $((MID + 30)) ' "team": "North",' >"$IN/m2.json"
seed H1 "Ann Lee" "$H1" ' "team": "North",' >"$IN/h1.json"
{ seed J1 "Bo Chen" "$H0" ' "team": "South",'; echo; seed J2 "Bo Chen" "$H1" ''; echo; } >"$IN/b.jsonl"
printf 'Call-Id: T1\nAgent-Name: Cy Dorn\nTimestamp: %s\nTeam: East\n\nAgent: Hello, how can I help?\nCustomer: Thanks, that was great.\n' \
    "$(iso "$H0")" >"$IN/t1.txt"
seed D1 "Di Fox" "$H0" '' >"$IN/d1.json"
check "load in $Z" run --timezone "$Z"
# A new database starts in UTC: taking another zone before any call is
# loaded recomputes nothing, so nothing says so.
expect_eq "a new database takes the zone without a recomputation's messages" \
    "$(grep -c "recomputing" "$WORK/etl.log")" 0
expect_eq "the zone is recorded" "$(sql "SELECT timezone FROM aggregate_zone")" "$Z"
expect_eq "the call 30 s before local midnight is on the local day before" \
    "$(sql "SELECT call_day FROM gold_performance_metrics WHERE call_id = 'M1'")" "$YDAY"
expect_eq "the call 30 s after local midnight is on the local day" \
    "$(sql "SELECT call_day FROM gold_performance_metrics WHERE call_id = 'M2'")" "$TODAY"
expect_eq "Ann's daily rows: one call on each side of midnight (plus today's)" \
    "$(sql "SELECT string_agg(day || ':' || calls, ' ' ORDER BY day) FROM agent_daily_metrics WHERE agent_name = 'Ann Lee'")" \
    "$YDAY:1 $TODAY:2"
expect_eq "teams from seed JSON, JSON Lines, the text header, and none" \
    "$(sql "SELECT string_agg(call_id || '=' || team, ' ' ORDER BY call_id) FROM gold_performance_metrics")" \
    "D1=unassigned H1=North J1=South J2=unassigned M1=North M2=North T1=East"
expect_eq "the aggregates' zone is recorded" "$(sql "SELECT timezone FROM aggregate_zone")" "$Z"
all_exact "first load"
R=$("$ETL" report --json --db "$DB" 2>/dev/null)
expect_eq "report says the zone and today's local date" \
    "$(printf '%s' "$R" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["timezone"], r["today"], sorted((a["agent_name"], a["team"]) for a in r["agents"]))')" \
    "$Z $TODAY [('Ann Lee', 'North'), ('Bo Chen', 'South'), ('Cy Dorn', 'East'), ('Di Fox', 'unassigned')]"

# A re-delivery moves H1 to another hour, agent and team.
seed H1 "Bo Chen" "$H0" ' "team": "West",' >"$IN/h1.json"
check "re-delivery" run --timezone "$Z"
expect_eq "the re-delivered call moved" \
    "$(sql "SELECT agent_name || '/' || team FROM gold_performance_metrics WHERE call_id = 'H1'")" "Bo Chen/West"
all_exact "re-delivery to another hour, agent and team"

# A roster overrides the files' teams for the calls loaded with it; reprocess
# applies it to the stored calls.
printf 'agent,team\n"Di Fox",Support\nAnn Lee , Retention\n' >"$WORK/roster.csv"
seed D2 "Di Fox" "$H0" ' "team": "Ignored",' >"$IN/d2.json"
check "load with a roster" run --timezone "$Z" --roster "$WORK/roster.csv"
expect_eq "the roster's team wins over the file's" \
    "$(sql "SELECT team FROM gold_performance_metrics WHERE call_id = 'D2'")" "Support"
all_exact "roster"
check "reprocess with the roster" "$ETL" reprocess --db "$DB" --timezone "$Z" --roster "$WORK/roster.csv" --log-level warn
expect_eq "reprocess applies the roster to stored calls" \
    "$(sql "SELECT string_agg(call_id || '=' || team, ' ' ORDER BY call_id) FROM gold_performance_metrics WHERE agent_name IN ('Ann Lee', 'Di Fox')")" \
    "D1=Support D2=Support M1=Retention M2=Retention"
all_exact "reprocess"
printf 'only one field\n' >"$WORK/bad.csv"
"$ETL" --once --no-mqtt --db "$DB" --input "$IN" --roster "$WORK/bad.csv" >"$WORK/bad.log" 2>&1
expect_eq "a bad roster stops the worker with exit 78 (EX_CONFIG)" "$?" 78
expect_eq "the message names the file and line" \
    "$(grep -c "roster $WORK/bad.csv: line 1: no comma" "$WORK/bad.log")" 1

# The zone changes: the worker recomputes the aggregates, and says so.
check "run in UTC" run --timezone UTC
expect_eq "the recomputation is logged with both zones" \
    "$(grep -c "built with business days in $Z; recomputing them for UTC" "$WORK/etl.log")" 1
UD1=$(date -u -d "@$((MID - 30))" +%Y-%m-%d); UD2=$(date -u -d "@$((MID + 30))" +%Y-%m-%d)
expect_eq "the midnight calls are on their UTC days now" \
    "$(sql "SELECT string_agg(call_day::text, ' ' ORDER BY call_id) FROM gold_performance_metrics WHERE call_id IN ('M1', 'M2')")" \
    "$UD1 $UD2"
all_exact "zone changed to UTC"
check "back to $Z" run --timezone "$Z" --hourly-days 3
all_exact "zone changed back"
expect_eq "hourly days recorded" "$(sql "SELECT hourly_days FROM aggregate_zone")" 3
# A call older than the hours kept: in the daily aggregates, not the hourly.
seed OLD "Cy Dorn" $((MID - 5 * 86400)) '' >"$IN/old.json"
check "load an old call" run --timezone "$Z" --hourly-days 3
expect_eq "the old call is in the daily aggregates" \
    "$(sql "SELECT count(*) FROM agent_daily_metrics WHERE agent_name = 'Cy Dorn' AND day = '$(TZ=$Z date -d "@$((MID - 5 * 86400))" +%Y-%m-%d)'")" 1
expect_eq "no hour older than the hourly_days business days is kept" \
    "$(sql "SELECT count(*) FROM agent_hourly_metrics WHERE hour < $CUT")" 0
expect_eq "the hours kept start at local midnight two days before today" \
    "$(sql "SELECT to_char($CUT AT TIME ZONE '$Z', 'YYYY-MM-DD HH24:MI')")" \
    "$(TZ=$Z date -d "$(TZ=$Z date +%Y-%m-%d) -2 days" '+%Y-%m-%d 00:00')"
all_exact "an old call outside the hours kept"

# SIGHUP reloads the roster: calls loaded after it get the new team.
printf 'Di Fox,Nights\n' >"$WORK/roster2.csv"
cp "$WORK/roster.csv" "$WORK/live.csv"
"$ETL" --no-mqtt --db "$DB" --input "$IN" --interval 1 --timezone "$Z" --hourly-days 3 \
    --roster "$WORK/live.csv" >"$WORK/daemon.log" 2>&1 &
DPID=$!
i=0; while [ $i -lt 100 ] && ! grep -q "watching" "$WORK/daemon.log"; do sleep 0.1; i=$((i + 1)); done
cp "$WORK/roster2.csv" "$WORK/live.csv"
kill -HUP "$DPID"
i=0; while [ $i -lt 100 ] && ! grep -q "roster $WORK/live.csv: 1 agents" "$WORK/daemon.log"; do sleep 0.1; i=$((i + 1)); done
seed D3 "Di Fox" "$H0" ' "team": "Ignored",' >"$IN/d3.json"
i=0; while [ $i -lt 100 ] && [ "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id = 'D3'")" != 1 ]; do
    sleep 0.1; i=$((i + 1)); done
kill -TERM "$DPID"; wait "$DPID"
expect_eq "after SIGHUP the reloaded roster's team applies to new calls" \
    "$(sql "SELECT team FROM gold_performance_metrics WHERE call_id = 'D3'")" "Nights"
expect_eq "Di's team is now the newest call's" "$(sql "SELECT team FROM agent_teams WHERE agent_name = 'Di Fox'")" "Nights"
all_exact "roster reloaded"
"$ETL" --once --no-mqtt --db "$DB" --input "$IN" --timezone "Mars/Olympus_Mons" >"$WORK/tz.log" 2>&1
expect_eq "an unknown zone is a configuration error" "$?" 78
expect_eq "and its message says what to give" "$(grep -c 'no such zone' "$WORK/tz.log")" 1
t_end
