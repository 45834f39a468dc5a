#!/bin/sh
# test_roles.sh - least privilege with sql/roles.sql: the file sets no
# password and is no migration; applied by the administrator (postgres) it
# makes converza_worker (owns and writes the tables, nothing more) and
# converza_readonly (SELECT on gold and the aggregates, nothing else). The
# private cluster is switched to SCRAM passwords for both roles, so the worker
# logs in with --db-password-file. Both documented orders are tried: roles
# first on an empty database, and roles after the tables exist.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-roles.XXXXXX)
trap 'stop_all; rm -rf "$WORK"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL=$BIN/converza-etl
ROLES=$TOP/sql/roles.sql
WPW=worker-test-only-$$-pw
RPW=reader-test-only-$$-pw
printf '%s\n' "$WPW" >"$WORK/worker.pw"
printf '%s\n' "$RPW" >"$WORK/reader.pw"
chmod 600 "$WORK"/*.pw

apply_roles() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$ROLES" >"$WORK/apply.log" 2>&1; }
conn() { echo "host=$PGDIR port=$PGPORT user=$1 dbname=${2:-converza}"; }
# as ROLE PASSWORD DB SQL: runs SQL as ROLE, printing the result or the error.
as() { PGPASSWORD=$2 psql -X -q -A -t -v ON_ERROR_STOP=1 -U "$1" -d "$3" -c "$4" 2>&1; }
ro() { as converza_readonly "$RPW" "${2:-converza}" "$1"; }
wk() { as converza_worker "$WPW" "${2:-converza}" "$1"; }
# denied NAME OUTPUT: passes when OUTPUT is PostgreSQL refusing for lack of rights.
denied() {
    case "$2" in
    *"permission denied"* | *"must be owner"*) pass "$1" ;;
    *) fail "$1" "not refused: $2" ;;
    esac
}

# ---- the file itself ---------------------------------------------------------
absent() { ! grep -q "$@"; }
check "roles.sql sets no password" absent -iE "password[[:space:]]+'" "$ROLES"
"$BIN/converza-gen" --calls 60 --seed 21 --agents 4 --out "$WORK/in" >/dev/null 2>&1
printf '{"call_id": 1}' >"$WORK/in/bad.json"

# ---- order 1: roles first, on an empty database --------------------------------
apply_roles converza
expect_eq "roles.sql applies to an empty database" "$?" 0
expect_eq "roles made with LOGIN and no SUPERUSER, CREATEROLE, CREATEDB, REPLICATION, BYPASSRLS" \
    "$(sql "SELECT string_agg(rolname || ':' || rolcanlogin || rolsuper || rolcreaterole || rolcreatedb || rolreplication || rolbypassrls, ' ' ORDER BY rolname)
            FROM pg_roles WHERE rolname LIKE 'converza\_%'")" \
    "converza_readonly:truefalsefalsefalsefalsefalse converza_worker:truefalsefalsefalsefalsefalse"
expect_eq "no password set by roles.sql" \
    "$(sql "SELECT count(*) FROM pg_authid WHERE rolname LIKE 'converza\_%' AND rolpassword IS NOT NULL")" 0

# The test, not the file, sets passwords; SCRAM is required for both roles.
sql "ALTER ROLE converza_worker PASSWORD '$WPW'; ALTER ROLE converza_readonly PASSWORD '$RPW'" >/dev/null
{
    echo "local all converza_worker scram-sha-256"
    echo "local all converza_readonly scram-sha-256"
    cat "$PGDIR/data/pg_hba.conf"
} >"$WORK/hba" && cat "$WORK/hba" >"$PGDIR/data/pg_hba.conf"
sql "SELECT pg_reload_conf()" >/dev/null
sleep 0.5
case "$(PGPASSWORD=wrong psql -X -q -A -t -U converza_worker -d converza -c 'SELECT 1' 2>&1)" in
*"password authentication failed"*) pass "a wrong password is refused (SCRAM in force)" ;;
*) fail "a wrong password is refused (SCRAM in force)" ;;
esac

"$ETL" --once --no-mqtt --input "$WORK/in" --db "$(conn converza_worker)" --give-up-after 1 \
    --log-level warn 2>"$WORK/nopw.log"
expect_eq "worker without its password: exit 69" "$?" 69
"$ETL" --once --no-mqtt --input "$WORK/in" --db "$(conn converza_worker)" \
    --db-password-file "$WORK/worker.pw" --log-level warn 2>"$WORK/w1.log"
expect_eq "worker as converza_worker creates the schema and loads: exit 0" "$?" 0
expect_eq "worker loaded every call and quarantined the bad one" \
    "$(sql "SELECT (SELECT count(*) FROM gold_performance_metrics) || ' ' || (SELECT count(*) FROM quarantine)")" "60 1"
expect_eq "every table is owned by converza_worker" \
    "$(sql "SELECT string_agg(tablename || ':' || tableowner, ' ') FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'converza_worker'")" ""
expect_eq "roles.sql is not a migration" \
    "$(sql "SELECT string_agg(name, ' ') FROM converza_schema_version WHERE name NOT SIMILAR TO '[0-9]+\_%'")" ""
denied "before roles.sql runs again the reader has no gold" \
    "$(ro 'SELECT count(*) FROM gold_performance_metrics')"
apply_roles converza
expect_eq "roles.sql applies again over the worker's tables" "$?" 0

# The reader: gold and the aggregates, nothing else, no writes.
expect_eq "reader SELECTs gold" "$(ro 'SELECT count(*) FROM gold_performance_metrics')" 60
expect_eq "reader SELECTs the aggregates" "$(ro 'SELECT sum(calls) FROM agent_daily_metrics')" 60
expect_eq "reader SELECTs the agent totals" "$(ro 'SELECT sum(calls) FROM agent_totals')" 60
for t in bronze_calls silver_calls silver_transcripts quarantine etl_runs ingested_files; do
    denied "reader cannot SELECT $t" "$(ro "SELECT count(*) FROM $t")"
done
denied "reader cannot INSERT into gold" "$(ro "INSERT INTO gold_performance_metrics SELECT * FROM gold_performance_metrics LIMIT 1")"
denied "reader cannot UPDATE the aggregates" "$(ro "UPDATE agent_daily_metrics SET calls = calls + 1")"
denied "reader cannot DELETE from gold" "$(ro "DELETE FROM gold_performance_metrics")"
denied "reader cannot TRUNCATE gold" "$(ro "TRUNCATE gold_performance_metrics")"
denied "reader cannot create a table" "$(ro "CREATE TABLE mine (x int)")"
denied "reader cannot create a temporary table" "$(ro "CREATE TEMP TABLE mine (x int)")"
"$ETL" report --json --db "$(conn converza_readonly)" --db-password-file "$WORK/reader.pw" \
    >"$WORK/report.json" 2>"$WORK/report.err"
expect_eq "converza-etl report runs as the reader" "$?" 0
expect_eq "report as the reader counts every call" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["overall"]["calls"])' "$WORK/report.json" 2>&1)" 60
"$BIN/converza-gen" --calls 5 --seed 22 --agents 2 --prefix RO --out "$WORK/in" >/dev/null 2>&1
"$ETL" --once --no-mqtt --input "$WORK/in" --db "$(conn converza_readonly)" \
    --db-password-file "$WORK/reader.pw" --give-up-after 1 --log-level error 2>"$WORK/ro-load.log"
rc=$?
check "the worker cannot load as the reader (exit $rc)" test "$rc" -ne 0
expect_eq "nothing loaded as the reader" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'RO%'")" 0

# The worker: writes its tables, no more.
denied "worker role cannot create roles" "$(wk "CREATE ROLE intruder")"
denied "worker role cannot create databases" "$(wk "CREATE DATABASE other")"
expect_eq "worker role reads bronze" "$(wk "SELECT count(*) FROM bronze_calls")" 60
"$ETL" --once --no-mqtt --input "$WORK/in" --db "$(conn converza_worker)" \
    --db-password-file "$WORK/worker.pw" --log-level warn 2>"$WORK/w2.log"
expect_eq "worker goes on loading after roles.sql ran again" "$(sql "SELECT count(*) FROM gold_performance_metrics")" 65
sql "CREATE ROLE someone LOGIN" >/dev/null
denied "any other role cannot connect to the database" "$(as someone x converza 'SELECT 1')"

# ---- order 2: tables made first by another role, then roles.sql -----------------
psql -X -q -d postgres -c "CREATE DATABASE converza2" >/dev/null
"$ETL" --once --no-mqtt --input "$WORK/in" --db "$(conn postgres converza2)" --log-level warn 2>"$WORK/pg.log"
expect_eq "worker as postgres makes the tables in a second database" "$?" 0
apply_roles converza2
expect_eq "roles.sql applies over existing tables (roles already there)" "$?" 0
expect_eq "the tables were handed to converza_worker" \
    "$(psql -X -q -A -t -d converza2 -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'converza_worker'")" 0
"$BIN/converza-gen" --calls 7 --seed 23 --agents 2 --prefix TWO --out "$WORK/in" >/dev/null 2>&1
"$ETL" --once --no-mqtt --input "$WORK/in" --db "$(conn converza_worker converza2)" \
    --db-password-file "$WORK/worker.pw" --log-level warn 2>"$WORK/w3.log"
expect_eq "worker as converza_worker goes on where postgres left off" "$?" 0
expect_eq "reader SELECTs gold in the second database" "$(ro 'SELECT count(*) FROM gold_performance_metrics' converza2)" 72
denied "reader cannot SELECT bronze in the second database" "$(ro 'SELECT count(*) FROM bronze_calls' converza2)"
# Retention as converza_worker over month partitions postgres made: handed over too.
"$ETL" prune --retain-bronze-months 1 --db "$(conn converza_worker converza2)" \
    --db-password-file "$WORK/worker.pw" --log-level warn >"$WORK/prune.out" 2>"$WORK/prune.err"
expect_eq "converza_worker prunes the partitions postgres made" "$?" 0
expect_eq "bronze keeps only the current month" \
    "$(psql -X -q -A -t -d converza2 -c "SELECT count(*) FROM bronze_calls WHERE call_time < date_trunc('month', now())")" 0
t_end
