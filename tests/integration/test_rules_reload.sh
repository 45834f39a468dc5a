#!/bin/sh
# test_rules_reload.sh - rules are configuration: a broken rules file stops
# start-up with the line named; SIGHUP reloads good rules and keeps the old
# ones when the new file is broken (a bad category pattern too, with PCRE2's
# message); the rules version is stored on every gold
# row; `reprocess` recomputes silver and gold (for a date range or all) and the
# aggregates follow.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-rules.XXXXXX)
ETL_PID=
trap '[ -n "$ETL_PID" ] && kill -9 $ETL_PID 2>/dev/null; stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL="$BIN/converza-etl"
RULES=$WORK/my.rules
cp "$TOP/rules/converza.rules" "$RULES"
# The shipped file names its lexicon relatively: keep it beside the copy.
cp "$TOP/rules/lexicon.tsv" "$WORK/" 2>/dev/null
set_version() { sed -i "s/^version = .*/version = $1/" "$RULES"; }
set_version test-1

printf 'version = broken\n[commit]\n(unclosed\n' >"$WORK/broken.rules"
"$ETL" --once --no-mqtt --input "$WORK" --db "$DB" --rules "$WORK/broken.rules" 2>"$WORK/broken.log"
expect_eq "broken rules refuse start-up with exit 78" "$?" 78
check "the error names the file and line" grep -q "broken.rules:3" "$WORK/broken.log"

mkdir -p "$WORK/in" "$WORK/stage"
"$BIN/converza-gen" --calls 100 --seed 3 --agents 4 --from 2025-06-01 --to 2025-06-10 --out "$WORK/in" --quiet
"$ETL" --no-mqtt --input "$WORK/in" --db "$DB" --rules "$RULES" --interval 1 --log-level info 2>"$WORK/daemon.log" &
ETL_PID=$!
i=0
while [ $i -lt 100 ] && [ "$(sql 'SELECT count(*) FROM gold_performance_metrics' 2>/dev/null)" != 100 ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "first calls carry the first rules version" "$(sql "SELECT DISTINCT rules_version FROM gold_performance_metrics")" test-1

# A broken file on SIGHUP: the old rules stay.
cp "$RULES" "$WORK/good.rules"
printf '[commit]\n(unclosed\n' >>"$RULES"
kill -HUP "$ETL_PID"
i=0
while [ $i -lt 50 ] && ! grep -q "keeping the old rules" "$WORK/daemon.log"; do i=$((i + 1)); sleep 0.1; done
check "a broken reload keeps the old rules and says so" grep -q "keeping the old rules" "$WORK/daemon.log"
check "the worker keeps running after a broken reload" kill -0 "$ETL_PID"
# A bad category pattern on SIGHUP: the same, with PCRE2's message.
cp "$WORK/good.rules" "$RULES"
printf '[category broken]\nmatch = (open\n' >>"$RULES"
kill -HUP "$ETL_PID"
i=0
while [ $i -lt 50 ] && ! grep -q "bad pattern '(open'.*keeping the old rules" "$WORK/daemon.log"; do i=$((i + 1)); sleep 0.1; done
check "a bad category pattern on reload keeps the old rules, with PCRE2's message and offset" \
    grep -q "in \[category broken\]: bad pattern '(open': missing closing parenthesis at offset 5; keeping the old rules" "$WORK/daemon.log"
check "the worker keeps running after it" kill -0 "$ETL_PID"

# Good rules on SIGHUP: new calls carry the new version.
cp "$WORK/good.rules" "$RULES"
set_version test-2
kill -HUP "$ETL_PID"
i=0
while [ $i -lt 50 ] && ! grep -q "version test-2" "$WORK/daemon.log"; do i=$((i + 1)); sleep 0.1; done
"$BIN/converza-gen" --calls 20 --seed 4 --agents 4 --prefix NEW --from 2025-06-11 --to 2025-06-11 --out "$WORK/stage" --quiet
mv "$WORK/stage"/* "$WORK/in/"
i=0
while [ $i -lt 100 ] && [ "$(sql 'SELECT count(*) FROM gold_performance_metrics')" != 120 ]; do i=$((i + 1)); sleep 0.1; done
expect_eq "calls after the reload carry the new rules version" \
    "$(sql "SELECT rules_version, count(*) FROM gold_performance_metrics GROUP BY 1 ORDER BY 1" | tr '\n' ' ')" "test-1|100 test-2|20 "
kill -TERM "$ETL_PID"; wait "$ETL_PID"; ETL_PID=


# Rules that change the outcome: every customer "thank" is now strongly negative.
set_version test-3
printf '\n[lexicon]\nthank\t-5\nthanks\t-5\n' >>"$RULES"
"$ETL" reprocess --db "$DB" --rules "$RULES" --from 2025-06-01 --to 2025-06-05 --log-level warn
expect_eq "reprocess of a date range exits 0" "$?" 0
expect_eq "reprocess touches only the date range" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE rules_version = 'test-3' AND call_day > '2025-06-05'")" 0
expect_eq "reprocess covers the whole date range" \
    "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE rules_version <> 'test-3' AND call_day <= '2025-06-05'")" 0
"$ETL" reprocess --db "$DB" --rules "$RULES" --log-level warn
expect_eq "reprocess of everything exits 0" "$?" 0
expect_eq "every gold row recomputed with the current rules" "$(sql "SELECT DISTINCT rules_version FROM gold_performance_metrics")" test-3
expect_eq "layers keep one row per call" \
    "$(sql "SELECT (SELECT count(*) FROM bronze_calls) || ' ' || (SELECT count(*) FROM silver_calls) || ' ' || (SELECT count(*) FROM gold_performance_metrics)")" "120 120 120"
expect_eq "aggregates follow the reprocess" "$(sql "$AGG_EQ")" 0
t_end
