#!/bin/sh
# tests/run.sh - runs every test: unit test binaries, then integration and
# terminal test scripts; counts their PASS/FAIL lines and ends with
# "N passed, N failed". Exits non-zero when anything failed or a test crashed.
# Env: BIN (binaries), ONLY=unit|integration|tui to run one kind.
set -u
: "${BIN:?set BIN to the build directory}"
export BIN
cd "$(dirname "$0")/.." || exit 1
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
LOG=$(mktemp -d /tmp/cz-tests.XXXXXX)
passed=0 failed=0 skipped=0

run_one() { # name, command...
    name=$1; shift
    out="$LOG/$(echo "$name" | tr '/ ' '__').log"
    "$@" >"$out" 2>&1
    rc=$?
    p=$(grep -c '^PASS ' "$out")
    f=$(grep -c '^FAIL ' "$out")
    s=$(grep -c '^SKIP ' "$out")
    grep '^FAIL \|^SKIP ' "$out" | sed "s|^|  $name: |"
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1
        echo "  $name: FAIL exited with status $rc; last output:"
        tail -n 20 "$out" | sed 's/^/    /'
    fi
    echo "$name: $p passed, $f failed"
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

if [ "${ONLY:-unit}" = unit ] || [ -z "${ONLY:-}" ]; then
    for t in "$BIN"/tests/test_*; do
        [ -x "$t" ] && run_one "unit/$(basename "$t")" "$t"
    done
fi
for kind in integration tui; do
    [ -n "${ONLY:-}" ] && [ "$ONLY" != "$kind" ] && continue
    for t in tests/$kind/test_*.sh; do
        [ -f "$t" ] && run_one "$kind/$(basename "$t" .sh)" sh "$t"
    done
done
rm -rf "$LOG"
[ "$skipped" -eq 0 ] || echo "$skipped skipped for want of data (SKIP lines above)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
