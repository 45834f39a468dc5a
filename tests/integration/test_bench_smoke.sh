#!/bin/sh
# test_bench_smoke.sh - the benchmark at a tiny size (BENCH_CALLS=1000): it
# runs to the end, and its last line is the summary with every field present
# and each figure a positive number; then the history case alone
# (BENCH_HISTORY=only, bench/history.sh) on 3,000 calls over 2 months, 2
# rounds: it fills, measures, prunes and checks its aggregates kept every
# call (it dies otherwise), and its summary carries the four figures. Says
# nothing about the figures' size: sanitizer builds on a shared machine are no
# place to judge performance.
set -u
. "$(dirname "$0")/../lib.sh"
OUT=$(mktemp /tmp/cz-bench-smoke.XXXXXX)
trap 'rm -f "$OUT"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Only the size is set; the other BENCH_* knobs get their defaults.
env -u BENCH_INCR -u BENCH_BASELINE_CALLS -u BENCH_HISTORY -u BENCH_HISTORY_CALLS -u BENCH_FRAMES \
    BENCH_CALLS=1000 BIN="$BIN" sh "$TOP/bench/bench.sh" >"$OUT" 2>&1
rc=$?
expect_eq "bench exits 0" "$rc" 0
[ "$rc" -eq 0 ] || tail -n 15 "$OUT" | sed 's/^/# /'

line=$(tail -n 1 "$OUT")
case $line in
"bench: "*) pass "last line is the summary" ;;
*) fail "last line is the summary" "got '$line'" ;;
esac

# field NAME: the figure after NAME in the summary, units stripped; for
# worker and baseline also the ratio in brackets after it ("NAME.ratio").
field() {
    printf '%s\n' "$line" | awk -v want="$1" '{
        for (i = 1; i < NF; i++) {
            if ($i == want) { v = $(i + 1); break }
            if ($i "." "ratio" == want) { v = $(i + 2); break }
        }
        gsub(/[^0-9.]/, "", v); print v }'
}
for f in calls copy worker worker.ratio baseline baseline.ratio incr noop rss publish analyze render pickup-p99 s3; do
    v=$(field "$f")
    if [ -z "$v" ]; then
        fail "summary has $f" "no figure in '$line'"
    elif awk -v v="$v" 'BEGIN { exit !(v + 0 > 0) }'; then
        pass "summary has $f > 0 ($v)"
    else
        fail "summary has $f > 0" "got '$v' in '$line'"
    fi
done
expect_eq "summary counts the calls asked for" "$(field calls)" 1000
# An idle daemon may use no measurable CPU (0.00): present is enough.
case $(field idle) in
[0-9]*) pass "summary has idle ($(field idle))" ;;
*) fail "summary has idle" "no figure in '$line'" ;;
esac

env -u BENCH_INCR -u BENCH_BASELINE_CALLS -u BENCH_FRAMES BENCH_HISTORY=only BENCH_HISTORY_CALLS=3000 \
    BENCH_HISTORY_MONTHS=2 BENCH_HISTORY_ROUNDS=2 BENCH_CALLS=1000 BIN="$BIN" sh "$TOP/bench/bench.sh" >"$OUT" 2>&1
rc=$?
expect_eq "history case exits 0" "$rc" 0
[ "$rc" -eq 0 ] || tail -n 15 "$OUT" | sed 's/^/# /'
line=$(tail -n 1 "$OUT")
expect_eq "history summary counts the history asked for" "$(field history)" 3000
for f in batch snapshot prune; do
    v=$(field "$f")
    if [ -n "$v" ] && awk -v v="$v" 'BEGIN { exit !(v + 0 > 0) }'; then
        pass "history summary has $f > 0 ($v)"
    else
        fail "history summary has $f > 0" "got '$v' in '$line'"
    fi
done
expect_eq "history batches: 2 rounds, each summary at the subscriber" \
    "$(sed -n 's/.*broker.s hop): \([0-9]*\) of \([0-9]*\) batches.*/\1 \2/p' "$OUT")" "2 2"
t_end
