# tests/lib.sh - shared helpers for the shell tests: PASS/FAIL reporting and
# private PostgreSQL and Mosquitto servers in temporary directories on free ports.
# Source it; it expects BIN (the directory holding the binaries) to be set.

: "${BIN:?BIN must name the directory holding the converza binaries}"
T_FAILED=0
TOP=$(cd "$(dirname "$0")/../.." && pwd)

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1${2:+: $2}"; T_FAILED=$((T_FAILED + 1)); }

# check NAME CMD...: passes when CMD succeeds.
check() {
    name=$1; shift
    if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name" "command failed: $*"; fi
}

# expect_eq NAME GOT WANT
expect_eq() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got '$2', want '$3'"; fi
}

# Every counter of the table in counters.h, as `converza-etl counters` lists it:
# its sum over gold rows, and its aggregate column.
GOLD_COUNTS=$("$BIN/converza-etl" counters | awk -F '\t' '{ printf "%ssum(%s)", (NR > 1 ? ", " : ""), $4 }')
AGG_COUNTS=$("$BIN/converza-etl" counters | awk -F '\t' '{ printf "%s%s", (NR > 1 ? ", " : ""), $1 }')
# symdiff KEPT COMPUTED: the rows of either query's result missing from the
# other's.
symdiff() { printf '(SELECT count(*) FROM ((%s EXCEPT %s) UNION ALL (%s EXCEPT %s)) x)' "$1" "$2" "$2" "$1"; }
# The number of (agent, day) groups where agent_daily_metrics differs from a
# GROUP BY over gold in any counter, in either direction, plus the number of
# agents whose agent_totals differ from a GROUP BY over gold, plus the days
# where floor_daily_metrics differs, plus the (window, agent) groups where
# agent_window_metrics differs for the windows agent_windows keeps: 0 when
# the aggregates are exact.
AGG_WINDOWS="FROM agent_windows JOIN gold_performance_metrics ON call_day BETWEEN first_day AND last_day"
AGG_EQ="SELECT $(symdiff "SELECT agent_name, day, $AGG_COUNTS FROM agent_daily_metrics" \
    "SELECT agent_name, call_day, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1, 2")
 + $(symdiff "SELECT agent_name, $AGG_COUNTS FROM agent_totals" \
    "SELECT agent_name, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1")
 + $(symdiff "SELECT day, $AGG_COUNTS FROM floor_daily_metrics" \
    "SELECT call_day, $GOLD_COUNTS FROM gold_performance_metrics GROUP BY 1")
 + $(symdiff "SELECT first_day, last_day, agent_name, $AGG_COUNTS FROM agent_window_metrics" \
    "SELECT first_day, last_day, agent_name, $GOLD_COUNTS $AGG_WINDOWS GROUP BY 1, 2, 3")"

t_end() { [ "$T_FAILED" -eq 0 ]; exit $?; }

# The evaluation data the project reads but does not hold (eval sets, the Harper
# Valley Bank sample): $CONVERZA_SHARED, by default ../shared beside the checkout.
shared_dir() { echo "${CONVERZA_SHARED:-$TOP/../shared}"; }

# skip WHAT WHERE: says that a part of a test did not run because WHERE is
# missing (tests/run.sh counts these lines). Not a failure.
skip() { echo "SKIP $1: $2 not found (set CONVERZA_SHARED to the shared data)"; }

. "$TOP/scripts/servers.sh"

stop_all() {
    stop_pg
    stop_mqtt
    stop_s3
}
