#!/bin/sh
# bench.sh - `make bench`: the reproducible benchmark. On a private PostgreSQL
# and Mosquitto, in one run on one machine:
#   1. converza-gen writes BENCH_CALLS calls (default 200,000);
#   2. the limit: one COPY of the same calls' raw JSON into a bare table
#      (call_id text primary key, raw text), from a file prepared beforehand;
#   3. converza-etl --once over them into an empty database, end to end (its
#      schema made first, untimed, as for the COPYs it is compared with);
#   4. BENCH_INCR (10,000) new calls on top of the loaded database, against the
#      same calls into an empty database, three times (median against median);
#   5. converza-etl --once with nothing new to do;
#   6. the per-row baseline (bench/bench_baseline.c) over 5,000 of the calls;
#   7. converza-etl analyze on one core; converza-tui --bench-render, 500 agents;
#   8. BENCH_S3_CALLS (20,000) of the calls from a local S3 server (s3rver)
#      against the same calls from a directory, each into an empty database;
#   9. the daemon (bench/bench_pickup.sh): idle CPU watching the loaded input,
#      and rename-to-subscriber latency at a trickle of 20 calls/s for a minute;
#   and with BENCH_HISTORY=1, the history case (bench/history.sh): a batch, the
#   snapshot and a prune with 10,000,000 calls of history; BENCH_HISTORY=only
#   runs that case alone.
# It also measures the worker's peak RSS and the delay from each batch's commit
# to its retained MQTT summary reaching a subscriber, and ends with one line
# starting "bench:" that tests/integration/test_bench_smoke.sh checks.
# Environment: BENCH_CALLS, BENCH_INCR (capped at BENCH_CALLS),
# BENCH_BASELINE_CALLS (5,000, capped too), BENCH_HISTORY=1,
# BENCH_HISTORY_CALLS (10,000,000), BENCH_HISTORY_MONTHS (36), BENCH_HISTORY_ROUNDS (5),
# BENCH_FRAMES (200),
# BENCH_ONLY=load (steps 1 to 3 only: the load against the COPYs); BIN names the binaries
# (default build/). BENCH_PG_OPTS adds server options (for example
# "-c log_min_duration_statement=0" to see each statement's time in the
# server's log). BENCH_KEEP=DIR keeps the PostgreSQL cluster in DIR (stopped,
# not removed, and started again by the next run with the same DIR), and in it
# the history case's filled database, so that the history case can be measured
# again without filling it again. The C helpers (bench/bench_*.c) are compiled into
# build/bench/. Every other server, process and file it starts or writes is removed
# on exit, interrupted or not.
set -u
cd "$(dirname "$0")/.." || exit 1
TOP=$PWD
BIN=${BIN:-$TOP/build}
N=${BENCH_CALLS:-200000}
INCR=${BENCH_INCR:-10000}
BASE_N=${BENCH_BASELINE_CALLS:-5000}
HISTORY=${BENCH_HISTORY:-0}
HIST_N=${BENCH_HISTORY_CALLS:-10000000}
FRAMES=${BENCH_FRAMES:-200}
S3_N=${BENCH_S3_CALLS:-20000}
# Byte-order sorting and a dot as the decimal point, whatever the user's locale.
LC_ALL=C
export LC_ALL

die() { echo "bench.sh: $*" >&2; exit 1; }
for v in "$N" "$INCR" "$BASE_N" "$HIST_N" "$FRAMES" "$S3_N"; do
    case $v in '' | *[!0-9]*) die "BENCH_* sizes must be positive integers, got '$v'" ;; esac
    [ "$v" -gt 0 ] || die "BENCH_* sizes must be positive integers, got '$v'"
done
[ "$INCR" -gt "$N" ] && INCR=$N
[ "$BASE_N" -gt "$N" ] && BASE_N=$N
[ "$S3_N" -gt "$N" ] && S3_N=$N
for p in converza-etl converza-gen converza-tui; do
    [ -x "$BIN/$p" ] || die "$BIN/$p is missing: run make first (or make bench)"
done
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is missing: run make deps"
command -v taskset >/dev/null || die "taskset is missing (util-linux)"

. "$TOP/scripts/servers.sh"

WORK=$(mktemp -d "${BASE_TMP:-/tmp}/cz-bench.XXXXXX") || die "cannot create a temporary directory"
SUB_PID=
cleanup() {
    if [ -n "$SUB_PID" ]; then kill "$SUB_PID" 2>/dev/null; wait "$SUB_PID" 2>/dev/null; fi
    if [ -n "${BENCH_KEEP:-}" ] && [ -n "${PGDIR:-}" ]; then # stopped cleanly, kept
        as_pg "$(pg_bindir)/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1
        PGDIR=
    fi
    stop_pg
    stop_mqtt
    stop_s3
    rm -rf "$WORK"
}
trap cleanup EXIT
# The EXIT trap does the cleanup; these make sure an interrupt reaches it.
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- helpers ---------------------------------------------------------------

now() { date +%s.%N; }
# calc EXPR [FORMAT]: floating-point arithmetic, which sh lacks.
calc() { awk "BEGIN { printf \"${2:-%.6f}\", $1 }"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
step() { printf '\n== %s  (load average %s)\n' "$1" "$(loadavg)"; }

# cpu_busy: busy and total jiffies of the whole machine, to show how much of
# it other work took during a measurement (the machine is shared).
cpu_busy() { awk '/^cpu / { print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9; exit }' /proc/stat; }

# run_timed NAME CMD...: runs CMD and records "wall user sys maxrss_kb
# machine_busy_fraction" in $WORK/NAME.t. Wall time comes from the nanosecond
# clock (GNU time prints centiseconds); user, system and peak RSS from GNU time.
run_timed() {
    _name=$1; shift
    _c0=$(cpu_busy)
    _t0=$(now)
    /usr/bin/time -f '%U %S %M' -o "$WORK/$_name.rus" "$@"
    _rc=$?
    _t1=$(now)
    _c1=$(cpu_busy)
    _busy=$(echo "$_c0 $_c1" | awk '{ d = $4 - $2; printf "%.3f", (d > 0 ? ($3 - $1) / d : 0) }')
    echo "$(calc "$_t1 - $_t0") $(tail -n 1 "$WORK/$_name.rus") $_busy" >"$WORK/$_name.t"
    return $_rc
}
field() { cut -d' ' -f"$2" "$WORK/$1.t"; }
# median_of NAME RUN...: keeps the run with the median wall time as NAME,
# for the short measurements a busy neighbour can spoil.
median_of() {
    _name=$1; shift
    _mid=$(for r in "$@"; do echo "$(cut -d' ' -f1 "$WORK/$r.t") $r"; done | sort -n |
        sed -n "$((($# + 1) / 2))p" | cut -d' ' -f2)
    cp "$WORK/$_mid.t" "$WORK/$_name.t"
}
wall() { field "$1" 1; }
cpu() { calc "$(field "$1" 2) + $(field "$1" 3)" %.2f; }
rss_mb() { calc "$(field "$1" 4) / 1024" %.1f; }
rate() { calc "$1 / $(wall "$2")" %.0f; }
# describe NAME CALLS: one line with the measurement's figures.
describe() {
    printf '   %d calls in %.3f s = %s calls/s; CPU %s s (user %s, sys %s), peak RSS %s MB;' \
        "$2" "$(wall "$1")" "$(rate "$2" "$1")" "$(cpu "$1")" "$(field "$1" 2)" "$(field "$1" 3)" \
        "$(rss_mb "$1")"
    printf ' machine busy %s%% of %s cores\n' "$(calc "$(field "$1" 5) * 100" %.0f)" "$(nproc)"
}

# sqld DB QUERY: like servers.sh's sql, for another database of the cluster.
sqld() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
conninfo() { echo "host=$PGDIR port=$PGPORT user=postgres dbname=$1"; }

# The worker with the defaults, whatever the local configuration file says
# (CONVERZA_* variables still apply and are shown in the header). Wrapper
# scripts rather than functions, so that GNU time can run them; exec keeps the
# measured process the worker itself. etl-main is the worker on the main
# database, publishing under bench/main; it is written once the servers run.
: >"$WORK/empty.conf"
cat >"$WORK/etl" <<EOF
#!/bin/sh
exec "$BIN/converza-etl" --config "$WORK/empty.conf" --log-level warn "\$@" 2>>"$WORK/etl.log"
EOF
chmod +x "$WORK/etl"
etl() { "$WORK/etl" "$@"; }
# start_sub TOPIC NAME: a subscriber to TOPIC writing "time batch" lines to
# $WORK/NAME.txt (after a first line "subscribed"), started in the background
# and waited for until it has subscribed; its pid in SUBPID.
start_sub() {
    "$TOOLS/bench-sub" 127.0.0.1 "$MQTT_PORT" "$1" "$WORK/$2.txt" 2>"$WORK/$2.log" &
    SUBPID=$!
    _i=0
    until [ "$(head -n 1 "$WORK/$2.txt" 2>/dev/null)" = subscribed ]; do
        _i=$((_i + 1))
        [ $_i -gt 100 ] && { cat "$WORK/$2.log" >&2; die "the MQTT subscriber did not subscribe"; }
        sleep 0.05
    done
}
write_etl_main() {
    cat >"$WORK/etl-main" <<EOF
#!/bin/sh
exec "$WORK/etl" --once --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port $MQTT_PORT --mqtt-prefix bench/main "\$@"
EOF
    chmod +x "$WORK/etl-main"
}
etl_failed() { tail -n 20 "$WORK/etl.log" >&2; die "converza-etl failed ($1)"; }
# with_schema DB: the worker's schema in database DB (made by a worker run on
# an empty input), outside every timed run: a deployment makes its schema
# once, and the COPYs the worker is compared with start from it too.
with_schema() { etl --once --no-mqtt --db "$(conninfo "$1")" --input "$WORK/nothing" || etl_failed "schema"; }
expect_count() { # DB TABLE WANT WHAT
    got=$(sqld "$1" "SELECT count(*) FROM $2")
    [ "$got" = "$3" ] || die "$4: $2 has $got rows, expected $3"
}

# The helpers are rebuilt only when their source (or bench_files.h) is newer; built under a
# temporary name and renamed, so a concurrent run never sees half a binary.
TOOLS=$TOP/build/bench
build_tools() {
    mkdir -p "$TOOLS" || return 1
    flags=$(pkg-config --cflags --libs libpq libcjson libmosquitto) || return 1
    for t in copyprep sub baseline; do
        src=$TOP/bench/bench_$t.c
        exe=$TOOLS/bench-$t
        [ -x "$exe" ] && [ -z "$(find "$src" "$TOP/bench/bench_files.h" -newer "$exe")" ] && continue
        # shellcheck disable=SC2086 # flags are words
        ${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -D_GNU_SOURCE -o "$exe.$$" "$src" $flags &&
            mv "$exe.$$" "$exe" || { rm -f "$exe.$$"; return 1; }
    done
}

# ---- set-up ----------------------------------------------------------------

build_tools || die "cannot compile the benchmark helpers in $TOOLS"
echo "Converza benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "revision:   $(git -C "$TOP" describe --always --dirty 2>/dev/null || echo unknown)"
echo "machine:    $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
    "$(awk '/^MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo), load average $(loadavg)"
# Settings from the environment change what is measured, so they are shown;
# secrets only by name.
env | grep '^CONVERZA_' | sed 's/^\([A-Z_]*\(PASSWORD\|SECRET\|TOKEN\)[A-Z_]*\)=.*/\1=(hidden)/; s/^/settings:   /'
# PostgreSQL at its defaults (fsync, full_page_writes, synchronous_commit on),
# as a user runs it; BENCH_FAST=1 for the test servers' fsync=off.
if [ "${BENCH_FAST:-0}" = 1 ]; then PG_OPTS="-c fsync=off -c full_page_writes=off"; else PG_OPTS=; fi
PG_OPTS="$PG_OPTS ${BENCH_PG_OPTS:-}"
# start_kept_pg DIR: start_pg's cluster, in DIR and kept (BENCH_KEEP): made
# the first time, started again after that (on a free port).
start_kept_pg() {
    PGBIN=$(pg_bindir)
    mkdir -p "$1" && PGDIR=$(cd "$1" && pwd) || return 1
    chmod 755 "$PGDIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
    PGPORT=$(free_port)
    if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
        as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust --no-sync -E UTF8 \
            >"$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log"; return 1; }
    fi
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 300 \
        -o "-k $PGDIR -p $PGPORT -c listen_addresses='' $PG_OPTS" start >/dev/null ||
        { tail -n 20 "$PGDIR/log"; return 1; }
    PGHOST=$PGDIR
    export PGHOST PGPORT
    export PGUSER=postgres
    psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS converza" -c "CREATE DATABASE converza" \
        >/dev/null || return 1
    DB="host=$PGDIR port=$PGPORT user=postgres dbname=converza"
}
if [ -n "${BENCH_KEEP:-}" ]; then
    start_kept_pg "$BENCH_KEEP" || die "PostgreSQL did not start in $BENCH_KEEP"
else
    start_pg || die "PostgreSQL did not start"
fi
start_mqtt || die "Mosquitto did not start"
write_etl_main
echo "servers:    $(psql -X -A -t -d postgres -c 'SHOW server_version' | cut -d' ' -f1)" \
    "(private, fsync=$(psql -X -A -t -d postgres -c 'SHOW fsync'), full_page_writes=$(psql -X -A -t -d postgres -c 'SHOW full_page_writes'), synchronous_commit=$(psql -X -A -t -d postgres -c 'SHOW synchronous_commit'), shared_buffers $(psql -X -A -t -d postgres -c 'SHOW shared_buffers')),"\
    "$(/usr/sbin/mosquitto -h 2>/dev/null | sed -n '1s/.*version \([0-9.]*\).*/mosquitto \1/p')"
echo "sizes:      $N calls, $INCR incremental, $BASE_N baseline; all input files are in the page cache"
IN=$WORK/in
# An empty input: the worker run on it just creates the schema in a database.
mkdir -p "$WORK/nothing"
if [ "$HISTORY" = only ]; then
    . "$TOP/bench/history.sh"
    step "targets"
    hist_verdicts
    echo
    echo "bench:$HIST_FIELD"
    exit 0
fi

# ---- 1. generate -----------------------------------------------------------

step "1. converza-gen: $N calls"
run_timed gen "$BIN/converza-gen" --calls "$N" --seed 1 --out "$IN" --quiet ||
    die "converza-gen failed"
describe gen "$N"
echo "   $(du -sm "$IN" | cut -f1) MB on disk"

# ---- 2. the limit: COPY into a bare table ----------------------------------

step "2. limit: COPY of the raw JSON into (call_id text primary key, raw text)"
psql -X -q -d postgres -c "CREATE DATABASE cz_copy" || die "cannot create database cz_copy"
sqld cz_copy "CREATE TABLE copy_limit (call_id text PRIMARY KEY, raw text);
              CREATE TABLE copy_piped (call_id text PRIMARY KEY, raw text)" || die "cannot create tables"
run_timed prep "$TOOLS/bench-copyprep" "$IN" "$WORK/copy.txt" 2>"$WORK/copyprep.log" ||
    { cat "$WORK/copyprep.log" >&2; die "bench-copyprep failed"; }
echo "   reading the files into COPY text format (not counted): $(wall prep | cut -c1-5) s," \
    "$(calc "$(wc -c <"$WORK/copy.txt") / 1048576" %.0f) MB"
for i in 1 2 3; do
    sqld cz_copy "TRUNCATE copy_limit" || die "cannot truncate"
    run_timed "copy$i" psql -X -q -v ON_ERROR_STOP=1 -d cz_copy -c "\\copy copy_limit FROM '$WORK/copy.txt'" ||
        die "COPY failed"
    expect_count cz_copy copy_limit "$N" "COPY"
done
median_of copy copy1 copy2 copy3
printf '   %s\n' 'COPY from the prepared file in one transaction (psql \copy: client side, as the worker),' \
    "median of 3 ($(wall copy1 | cut -c1-5), $(wall copy2 | cut -c1-5), $(wall copy3 | cut -c1-5) s):"
describe copy "$N"
# The same with the reading included: the helper piped straight into psql.
run_timed piped sh -c "'$TOOLS/bench-copyprep' '$IN' - 2>/dev/null |
    psql -X -q -v ON_ERROR_STOP=1 -d cz_copy -c '\\copy copy_piped FROM pstdin'" || die "piped COPY failed"
expect_count cz_copy copy_piped "$N" "piped COPY"
echo "   including reading the files (helper | psql, 2 processes): $(rate "$N" piped) calls/s" \
    "in $(wall piped | cut -c1-6) s"
rm -f "$WORK/copy.txt"
psql -X -q -d postgres -c "DROP DATABASE cz_copy"
COPY_RATE=$(rate "$N" copy)

# ---- 3. the worker into an empty database ----------------------------------

step "3. converza-etl --once: $N calls into an empty database (bronze, silver, gold, aggregates, publish)"
# The schema is made first and timed on its own: the COPYs below start from it.
run_timed schema "$WORK/etl" --once --no-mqtt --db "$DB" --input "$WORK/nothing" || etl_failed "schema"
echo "   the schema made first, not counted (as for the COPYs below): $(wall schema | cut -c1-5) s"
# The subscriber measures commit-to-subscriber delays from here to step 5.
start_sub bench/main/summary sub
SUB_PID=$SUBPID
wal() { psql -X -A -t -d postgres -c "SELECT pg_current_wal_lsn()"; }
walsince() { psql -X -A -t -d postgres -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$1')"; }
WAL0=$(wal)
run_timed full "$WORK/etl-main" --input "$IN" || etl_failed "full load"
expect_count converza gold_performance_metrics "$N" "full load"
describe full "$N"
sql "SELECT '   ' || count(*) || ' batches; first start to last commit '
         || round(extract(epoch FROM max(finished_at) - min(started_at))::numeric, 3)
         || ' s; in the batches: prepare ' || round(sum(prepare_ms)::numeric / 1000, 2)
         || ' s, load ' || round(sum(load_ms)::numeric / 1000, 2)
         || ' s (of which aggregates ' || round(sum(aggregate_ms)::numeric / 1000, 2) || ' s)'
     FROM etl_runs WHERE status = 'committed'"
FULL_WAL=$(walsince "$WAL0")
FULL_RATE=$(rate "$N" full)
echo "   WAL written: $(calc "$FULL_WAL / 1048576" %.0f) MB = $(calc "$FULL_WAL / $N" %.0f) bytes per call;" \
    "table and index bytes per call: $(sql "SELECT string_agg(t || ' ' || round(coalesce((SELECT sum(pg_total_relation_size(relid))
          FROM pg_partition_tree(t::regclass)), pg_total_relation_size(t::regclass))::numeric / $N), ', ')
      FROM unnest(ARRAY['bronze_calls', 'silver_calls', 'gold_performance_metrics', 'ingested_files', 'etl_runs']) t")"
echo "   database size after the load: $(sql "SELECT pg_size_pretty(pg_database_size('converza'))")"

# Context for the ratio to the limit, which loads bronze only: the same COPY
# of every row the worker wrote into the worker's own schema, in one
# transaction. This is the database's share of the worker's work; what the
# worker takes beyond it is parsing, KPIs, commits and waiting between the
# two. "All" is every table the worker filled that a fresh schema leaves
# empty (call_index, the hourly, team and category aggregates, agent_teams
# and etl_runs too); "six" is the six tables the figures before 2026-12-05
# used (bronze, silver, gold, agent_daily_metrics, agent_totals,
# ingested_files), kept so that old and new runs compare.
# copy_rows NAME TABLES...: COPYs TABLES' rows from the worker's database into
# a fresh one; sets COPIED_RATE, COPIED_WAL and COPIED_MB.
copy_rows() {
    _name=$1; shift
    psql -X -q -d postgres -c "CREATE DATABASE cz_layers" || die "cannot create database cz_layers"
    with_schema cz_layers
    for t in "$@"; do
        psql -X -q -v ON_ERROR_STOP=1 -d converza -c "\\copy (SELECT * FROM $t) TO '$WORK/layer.$t'" ||
            die "cannot export $t"
    done
    COPIED_MB=$(cat "$WORK"/layer.* | wc -c | awk '{ printf "%.0f", $1 / 1048576 }')
    _t=$*
    set --
    for t in $_t; do set -- "$@" -c "\\copy $t FROM '$WORK/layer.$t'"; done
    _w0=$(wal)
    run_timed "$_name" psql -X -q -1 -v ON_ERROR_STOP=1 -d cz_layers "$@" || die "the $_name COPY failed"
    COPIED_WAL=$(walsince "$_w0")
    expect_count cz_layers gold_performance_metrics "$N" "$_name COPY"
    rm -f "$WORK"/layer.*
    psql -X -q -d postgres -c "DROP DATABASE cz_layers"
    COPIED_RATE=$(rate "$N" "$_name")
}
# The tables the worker filled and a fresh schema leaves empty (top-level
# only: a partitioned table's rows are copied through it).
psql -X -q -d postgres -c "CREATE DATABASE cz_fresh" || die "cannot create database cz_fresh"
with_schema cz_fresh
tables_with_rows() { # DB
    for t in $(sqld "$1" "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                          ORDER BY 1"); do
        [ "$(sqld "$1" "SELECT EXISTS (SELECT 1 FROM $t)")" = t ] && echo "$t"
    done
}
tables_with_rows cz_fresh >"$WORK/fresh.tables"
# floor_daily_metrics is left out: the COPY of agent_daily_metrics fills it
# through the statement trigger that fills it for the worker (migration 017),
# so copying its rows as well would only collide with those.
echo floor_daily_metrics >>"$WORK/fresh.tables"
LAYERS_ALL=$(tables_with_rows converza | grep -vxF -f "$WORK/fresh.tables" | tr '\n' ' ')
psql -X -q -d postgres -c "DROP DATABASE cz_fresh"
copy_rows layers $LAYERS_ALL
LAYERS_RATE=$COPIED_RATE LAYERS_WAL=$COPIED_WAL
echo "   for comparison, COPY of all the rows the worker wrote ($COPIED_MB MB, same schema and indexes;" \
    "$(echo $LAYERS_ALL | wc -w) tables: $(echo $LAYERS_ALL)) in one transaction:" \
    "$LAYERS_RATE calls/s in $(wall layers | cut -c1-6) s; WAL $(calc "$LAYERS_WAL / $N" %.0f) bytes per call"
copy_rows six bronze_calls silver_calls gold_performance_metrics agent_daily_metrics agent_totals ingested_files
SIX_RATE=$COPIED_RATE
echo "   the six tables of the earlier figures only ($COPIED_MB MB): $SIX_RATE calls/s in $(wall six | cut -c1-6) s"
LAYERS_PCT=$(calc "100 * $FULL_RATE / $LAYERS_RATE" %.0f)
echo "   worker / COPY of all its rows: $LAYERS_PCT% (target >= 66%: $(awk "BEGIN { print ($LAYERS_PCT >= 66 ? \"met\" : \"MISSED\") }"));" \
    "worker / the six tables' COPY: $(calc "100 * $FULL_RATE / $SIX_RATE" %.0f)%;" \
    "WAL per call $(calc "$FULL_WAL / $N" %.0f) against $(calc "$LAYERS_WAL / $N" %.0f) bytes"
if [ "${BENCH_ONLY:-}" = load ]; then
    echo
    echo "bench: calls $N copy ${COPY_RATE}/s worker ${FULL_RATE}/s layers ${LAYERS_RATE}/s" \
        "(${LAYERS_PCT}%) six ${SIX_RATE}/s wal $(calc "$FULL_WAL / $N" %.0f)/$(calc "$LAYERS_WAL / $N" %.0f)"
    exit 0
fi

# ---- 4. incremental --------------------------------------------------------

step "4. $INCR new calls, three times: into an empty database, then on top of the $N loaded"
# Three sets, each measured both ways, compared median to median: a single
# run of half a second moves by a fifth when a neighbour wakes up.
for r in 1 2 3; do
    "$BIN/converza-gen" --calls "$INCR" --seed $((r + 1)) --prefix "NEW$r" --out "$WORK/new$r" --quiet ||
        die "converza-gen failed"
    psql -X -q -d postgres -c "CREATE DATABASE cz_empty" || die "cannot create database cz_empty"
    with_schema cz_empty
    run_timed "empty$r" "$WORK/etl" --once --db "$(conninfo cz_empty)" --mqtt-host 127.0.0.1 \
        --mqtt-port "$MQTT_PORT" --mqtt-prefix bench/empty --input "$WORK/new$r" || etl_failed "empty database"
    expect_count cz_empty gold_performance_metrics "$INCR" "empty-database run"
    psql -X -q -d postgres -c "DROP DATABASE cz_empty"
done
median_of empty empty1 empty2 empty3
echo "   empty database, median of 3 ($(wall empty1 | cut -c1-5), $(wall empty2 | cut -c1-5)," \
    "$(wall empty3 | cut -c1-5) s):"
describe empty "$INCR"
LOADED=$N
for r in 1 2 3; do
    # Moved into the input tree as a producer would: same files, same mtimes.
    mv "$WORK/new$r" "$IN/new$r" || die "cannot move the new calls into the input"
    run_timed "incr$r" "$WORK/etl-main" --input "$IN" || etl_failed "incremental"
    LOADED=$((LOADED + INCR))
    expect_count converza gold_performance_metrics "$LOADED" "incremental run"
done
median_of incr incr1 incr2 incr3
echo "   on top of $N, $((N + INCR)) and $((N + 2 * INCR)) calls (each run scans all the files)," \
    "median of 3 ($(wall incr1 | cut -c1-5), $(wall incr2 | cut -c1-5), $(wall incr3 | cut -c1-5) s):"
describe incr "$INCR"
INCR_RATIO=$(calc "$(wall incr) / $(wall empty)" %.2f)
echo "   incremental / empty: ${INCR_RATIO}x"
LAST_BATCH=$(sql "SELECT max(batch_id) FROM etl_runs")

# ---- 5. nothing to do ------------------------------------------------------

step "5. converza-etl --once with nothing new ($LOADED files already processed)"
for i in 1 2 3; do
    run_timed "noop$i" "$WORK/etl-main" --input "$IN" || etl_failed "no-op"
done
[ "$(sql "SELECT max(batch_id) FROM etl_runs")" = "$LAST_BATCH" ] || die "a no-op run loaded a batch"
median_of noop noop1 noop2 noop3
echo "   median of 3 ($(wall noop1 | cut -c1-5), $(wall noop2 | cut -c1-5), $(wall noop3 | cut -c1-5) s):" \
    "$(wall noop | cut -c1-5) s wall, CPU $(cpu noop) s, peak RSS $(rss_mb noop) MB"
NOOP=$(calc "$(wall noop)" %.2f)

# ---- publish delay ---------------------------------------------------------

# Joins each summary message (receive time, batch id) with the batch's
# etl_runs.finished_at: clock_timestamp() in the statement just before COMMIT,
# so the delay covers the COMMIT, the snapshot queries, encoding and the
# broker hop. Prints "count median p90 max worst_batch", times in ms.
publish_delays() { # FIRST_BATCH LAST_BATCH
    sql "SELECT batch_id, extract(epoch FROM finished_at) FROM etl_runs
         WHERE status = 'committed' AND batch_id BETWEEN $1 AND $2" >"$WORK/runs.txt"
    awk -F'[| ]' 'NR == FNR { fin[$1] = $2; next }
        $1 != "subscribed" && ($2 in fin) && !($2 in seen) {
            seen[$2] = 1; printf "%.3f %s\n", ($1 - fin[$2]) * 1000, $2 }' \
        "$WORK/runs.txt" "$WORK/sub.txt" | sort -n >"$WORK/delays.txt"
    awk '{ v[NR] = $1; b[NR] = $2 }
        END { if (NR) printf "%d %.1f %.1f %.1f %s", NR, v[int((NR + 1) / 2)], v[int((NR * 9 + 9) / 10)], v[NR], b[NR]
              else print "0 0 0 0 none" }' "$WORK/delays.txt"
}
step "commit-to-subscriber delay of the retained summary (steps 3 and 4)"
# shellcheck disable=SC2046 # split into the five figures on purpose
set -- $(publish_delays 1 "$LAST_BATCH")
echo "   $1 of $LAST_BATCH batches measured: median $2 ms, p90 $3 ms, max $4 ms (batch $5)"
# A batch loaded while the next one waited may have no summary of its own:
# the worker then builds the snapshot once a second at most (converza-mqtt(7)).
[ "$1" -eq "$LAST_BATCH" ] || echo "   (the others' summaries were deferred while the next batch waited, or lost:" \
    "the subscriber log says: $(cat "$WORK/sub.log"))"
PUB_MED=$2 PUB_MAX=$4

# ---- 6. per-row baseline ---------------------------------------------------

step "6. per-row baseline over $BASE_N calls (BEGIN/INSERT/COMMIT per call per layer)"
mkdir -p "$WORK/base"
# The generator's file names have no blanks, so xargs may split on them.
find "$IN" -maxdepth 1 -name '*.json' | sort | head -n "$BASE_N" | xargs cp -t "$WORK/base" ||
    die "cannot copy the baseline subset"
psql -X -q -d postgres -c "CREATE DATABASE cz_base" || die "cannot create database cz_base"
# The worker creates its schema, so the baseline writes into the same tables.
with_schema cz_base
run_timed base_kpi "$BIN/converza-etl" analyze "$WORK/base" >"$WORK/base.jsonl" || die "analyze failed"
run_timed base "$TOOLS/bench-baseline" "$(conninfo cz_base)" "$WORK/base" "$WORK/base.jsonl" >/dev/null ||
    die "the baseline failed"
expect_count cz_base gold_performance_metrics "$BASE_N" "baseline"
BASE_S=$(calc "$(wall base_kpi) + $(wall base)")
BASE_RATE=$(calc "$BASE_N / $BASE_S" %.0f)
echo "   KPIs by converza-analyze $(wall base_kpi | cut -c1-5) s + inserts $(wall base | cut -c1-6) s" \
    "= $BASE_RATE calls/s (baseline CPU $(cpu base) s; the rest is waiting on round trips)"
psql -X -q -d postgres -c "DROP DATABASE cz_base"

# ---- 7. analyze and render -------------------------------------------------

step "7. converza-etl analyze over $N calls on one core (taskset -c 0), output to /dev/null"
run_timed analyze taskset -c 0 "$BIN/converza-etl" analyze "$IN" >/dev/null || die "analyze failed"
AN_WALL=$(rate "$N" analyze)
# The target is a rate on one core: the CPU time analyze itself spends (user
# for the parsing and the KPIs, system for opening and reading the files),
# which other work on a shared machine does not inflate as it does the wall
# time. A time of 0.00 (a tiny run) counts as 0.01 s.
AN_USER=$(awk -v n="$N" -v u="$(field analyze 2)" 'BEGIN { printf "%.0f", n / (u > 0 ? u : 0.01) }')
AN_CPU=$(awk -v n="$N" -v c="$(cpu analyze)" 'BEGIN { printf "%.0f", n / (c > 0 ? c : 0.01) }')
echo "   $(wall analyze | cut -c1-6) s wall = $AN_WALL calls/s; user $(field analyze 2) s = $AN_USER calls/s;" \
    "user+sys $(cpu analyze) s = $AN_CPU calls/s; peak RSS $(rss_mb analyze) MB;" \
    "machine busy $(calc "$(field analyze 5) * 100" %.0f)% of $(nproc) cores"

# ---- 8. S3: the same calls from a local S3 server and from a directory ------

S3_FIELD=
if [ -x "$TOP/tests/s3/node_modules/.bin/s3rver" ]; then
    step "8. $S3_N calls from a local S3 server (s3rver) against the same calls from a directory"
    mkdir -p "$WORK/s3in"
    find "$IN" -maxdepth 1 -name '*.json' | sort | head -n "$S3_N" | xargs cp -t "$WORK/s3in" ||
        die "cannot copy calls for the S3 case"
    start_s3 bench || die "s3rver did not start"
    t0=$(now)
    s3put_dir "$WORK/s3in" bench/calls/ || die "cannot upload the calls to s3rver"
    echo "   uploaded in $(calc "$(now) - $t0" %.1f) s (not counted)"
    for kind in dir s3; do
        psql -X -q -d postgres -c "CREATE DATABASE cz_$kind" || die "cannot create database cz_$kind"
        with_schema "cz_$kind"
        src=$WORK/s3in
        [ $kind = s3 ] && src=s3://bench/calls/
        run_timed "s3_$kind" "$WORK/etl" --once --no-mqtt --db "$(conninfo cz_$kind)" --input "$src" ||
            etl_failed "S3 case ($kind)"
        expect_count "cz_$kind" gold_performance_metrics "$S3_N" "S3 case ($kind)"
        psql -X -q -d postgres -c "DROP DATABASE cz_$kind"
    done
    stop_s3
    printf '   from a directory: '; describe s3_dir "$S3_N"
    printf '   from S3:          '; describe s3_s3 "$S3_N"
    S3_RATE=$(rate "$S3_N" s3_s3)
    echo "   S3 loads at $(calc "100 * $S3_RATE / $(rate "$S3_N" s3_dir)" %.0f)% of the directory's rate" \
        "(one GET per object, one connection, in the producer thread)"
    S3_FIELD=" s3 ${S3_RATE}/s"
else
    step "8. S3 case skipped: s3rver is not installed (sh scripts/deps.sh)"
fi

step "converza-tui --bench-render $FRAMES --bench-agents 500"
# In a UTF-8 locale, as on a real terminal: the glyphs are then multibyte.
LC_ALL=C.UTF-8 "$BIN/converza-tui" --bench-render "$FRAMES" --bench-agents 500 >"$WORK/tui.txt" 2>&1 ||
    { cat "$WORK/tui.txt" >&2; die "converza-tui --bench-render failed"; }
sed 's/^/   /' "$WORK/tui.txt"
RENDER=$(sed -n 's/^frame (full repaint): *\([0-9.]*\) ms.*/\1/p' "$WORK/tui.txt")
[ -n "$RENDER" ] || die "no frame time in the converza-tui output"

# ---- optional: a long history ----------------------------------------------

HIST_FIELD=
[ "$HISTORY" = 1 ] && . "$TOP/bench/history.sh"

# ---- 9. daemon pickup ------------------------------------------------------

step "9. daemon pickup (bench/bench_pickup.sh): idle with the $LOADED loaded files, then a trickle"
# The full minute each at the full size; a tiny run (the smoke test) measures briefly.
if [ "$N" -lt 100000 ]; then
    BENCH_IDLE_SECONDS=${BENCH_IDLE_SECONDS:-10} BENCH_TRICKLE_SECONDS=${BENCH_TRICKLE_SECONDS:-5}
    export BENCH_IDLE_SECONDS BENCH_TRICKLE_SECONDS
fi
PICKUP_DB=$DB PICKUP_MQTT_PORT=$MQTT_PORT PICKUP_IN=$IN BIN=$BIN sh "$TOP/bench/bench_pickup.sh" \
    >"$WORK/pickup.txt" 2>&1 || { cat "$WORK/pickup.txt" >&2; die "the pickup cases failed"; }
grep -v '^pickup:' "$WORK/pickup.txt"
IDLE_CPU=$(sed -n 's/^pickup:.* idle \([0-9.]*\)s\/min.*/\1/p' "$WORK/pickup.txt")
LAT_MED=$(sed -n 's/^pickup:.* latency-median \([0-9.]*\)ms.*/\1/p' "$WORK/pickup.txt")
LAT_P99=$(sed -n 's/^pickup:.* latency-p99 \([0-9.]*\)ms.*/\1/p' "$WORK/pickup.txt")

# ---- verdict ---------------------------------------------------------------

RSS=$(calc "$(field full 4) / 1024" %.0f)
PCT=$(calc "100 * $FULL_RATE / $COPY_RATE" %.0f)
# One decimal below 10x, so that a tiny run never shows a ratio of 0.
XBASE=$(awk -v a="$FULL_RATE" -v b="$BASE_RATE" 'BEGIN { r = a / b; printf (r < 10 ? "%.1f" : "%.0f"), r }')
step "targets"
verdict() { # TEXT OK(awk condition)
    if awk "BEGIN { exit !($2) }"; then echo "   ok      $1"; else echo "   MISSED  $1"; fi
}
verdict "worker >= 50% of COPY: $PCT%" "$PCT >= 50"
verdict "worker >= 66% of the COPY of all its own rows (PostgreSQL at its defaults): $LAYERS_PCT%" \
    "$LAYERS_PCT >= 66"
verdict "worker >= 50x the per-row baseline: ${XBASE}x" "$XBASE >= 50"
verdict "incremental <= 1.5x an empty database: ${INCR_RATIO}x" "$INCR_RATIO <= 1.5"
verdict "no-op < 1 s: ${NOOP} s at $LOADED files" "$NOOP < 1"
verdict "peak RSS <= 64 MB: $RSS MB" "$RSS <= 64"
verdict "publish <= 50 ms after commit: median $PUB_MED ms, max $PUB_MAX ms" "$PUB_MAX <= 50"
[ "$HISTORY" = 1 ] && hist_verdicts
verdict "tui frame <= 10 ms: $RENDER ms" "$RENDER <= 10"
verdict "idle daemon <= 0.1 s CPU per minute at $LOADED files: $IDLE_CPU s" "$IDLE_CPU <= 0.1"
verdict "file to subscriber p99 <= 1 s at a trickle: median $LAT_MED ms, p99 $LAT_P99 ms" "$LAT_P99 <= 1000"
verdict "analyze >= 50,000 calls/s on one core: $AN_CPU/s of CPU time (user+sys; $AN_USER/s user alone, $AN_WALL/s wall)" \
    "$AN_CPU >= 50000"
echo "   load average at the end: $(loadavg)"
echo
echo "bench: calls $N copy ${COPY_RATE}/s worker ${FULL_RATE}/s (${PCT}%) baseline ${BASE_RATE}/s (${XBASE}x)" \
    "incr ${INCR_RATIO}x noop ${NOOP}s rss ${RSS}MB publish ${PUB_MED}ms analyze ${AN_CPU}/s analyze-user ${AN_USER}/s analyze-wall ${AN_WALL}/s render ${RENDER}ms idle ${IDLE_CPU}s/min pickup-p99 ${LAT_P99}ms$HIST_FIELD$S3_FIELD"
