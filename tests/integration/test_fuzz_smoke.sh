#!/bin/sh
# test_fuzz_smoke.sh - the fuzzing smoke pass: builds every libFuzzer target in
# tests/fuzz/ with clang, replays the saved regression inputs and fuzzes each
# target for FUZZ_SMOKE_SECONDS (default 5). One PASS/FAIL line per target.
# A missing clang or libFuzzer runtime is a failure with the reason, not a skip.
# Crash inputs stay in build/fuzz-smoke/crashes/<target>/.
set -u
. "$(dirname "$0")/../lib.sh"
cd "$TOP" || exit 1

if ! command -v clang >/dev/null 2>&1; then
    fail fuzz_toolchain "clang not found (apt-get install clang libclang-rt-14-dev)"
    t_end
fi

# Kept under build/ so a crash input found here can be looked at afterwards.
out=build/fuzz-smoke
mkdir -p "$out" || exit 1
FUZZ_OUT=$out FUZZ_SECONDS=${FUZZ_SMOKE_SECONDS:-5} sh scripts/fuzz.sh >"$out/log" 2>&1
rc=$?
grep -E '^(PASS|FAIL) ' "$out/log"
grep '^note: ' "$out/log"
T_FAILED=$((T_FAILED + $(grep -c '^FAIL ' "$out/log")))

# Every target must have reported, whatever stopped the script.
for f in tests/fuzz/fuzz_*.c; do
    t=$(basename "$f" .c)
    grep -Eq "^(PASS|FAIL) $t:" "$out/log" || fail "$t" "no result from scripts/fuzz.sh (exit $rc): $(tail -n 1 "$out/log")"
done
[ "$rc" -ne 0 ] && [ "$T_FAILED" -eq 0 ] && fail fuzz_script "scripts/fuzz.sh exited $rc: $(tail -n 1 "$out/log")"
t_end
