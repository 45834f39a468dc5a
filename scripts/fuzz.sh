#!/bin/sh
# fuzz.sh - builds the libFuzzer targets of tests/fuzz/ with clang, ASan and
# UBSan into build/fuzz/, replays every saved crash in tests/fuzz/regress/<target>/,
# then fuzzes each target for FUZZ_SECONDS starting from tests/fuzz/corpus/<target>/.
# Prints "PASS <target>: ..." or "FAIL <target>: <reason>" per target and exits
# non-zero when any failed. New crashes land in $FUZZ_OUT/crashes/<target>/;
# copy them into tests/fuzz/regress/<target>/ once fixed so they stay fixed.
# Env: FUZZ_SECONDS (default 60), FUZZ_TARGETS (default: every tests/fuzz/fuzz_*.c),
#      FUZZ_CC (default clang), FUZZ_FLAGS (extra libFuzzer flags),
#      FUZZ_OUT (build directory, default build/fuzz).
# `make fuzz` runs it; `FUZZ_SECONDS=5 sh scripts/fuzz.sh` is the smoke pass.
set -u
cd "$(dirname "$0")/.." || exit 1

SECONDS_EACH=${FUZZ_SECONDS:-60}
CC_FUZZ=${FUZZ_CC:-clang}
OUT=${FUZZ_OUT:-build/fuzz}
failed=0

case $SECONDS_EACH in
'' | *[!0-9]*) echo "FAIL fuzz: FUZZ_SECONDS must be a whole number, got '$SECONDS_EACH'"; exit 2 ;;
esac

if ! command -v "$CC_FUZZ" >/dev/null 2>&1; then
    echo "FAIL fuzz: $CC_FUZZ not found (install clang and libclang-rt-dev)"
    exit 1
fi
PKG=$(pkg-config --cflags --libs libpq libcjson libmosquitto libpcre2-8 2>/dev/null) || {
    echo "FAIL fuzz: pkg-config cannot find libpq libcjson libmosquitto libpcre2-8"
    exit 1
}
mkdir -p "$OUT/obj" "$OUT/corpus" "$OUT/crashes" || exit 1

# The library sources are compiled with coverage instrumentation but without
# libFuzzer's main; the targets link against an archive so each pulls in only
# what it uses (a half-written module elsewhere breaks only the targets that need it).
CFLAGS_FUZZ="-std=c11 -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Wshadow -Wvla
    -Iinclude -D_GNU_SOURCE -DCZ_VERSION=\"fuzz\" -DCZ_DATADIR=\"/usr/local/share/converza\"
    -DCZ_SYSCONFDIR=\"/etc\" -fno-sanitize-recover=undefined"
SAN_LIB="-fsanitize=fuzzer-no-link,address,undefined"
SAN_BIN="-fsanitize=fuzzer,address,undefined"

# Probe the toolchain first so a missing runtime gives one clear reason.
probe=$OUT/probe.c
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' >"$probe"
if ! "$CC_FUZZ" $SAN_BIN "$probe" -o "$OUT/probe" >"$OUT/probe.log" 2>&1; then
    echo "FAIL fuzz: $CC_FUZZ -fsanitize=fuzzer cannot link (libFuzzer runtime missing?" \
        "try apt-get install libclang-rt-dev): $(head -n 3 "$OUT/probe.log" | tr '\n' ' ')"
    exit 1
fi

lib=$OUT/libconverza-fuzz.a
rm -f "$lib"
broken=
for src in src/core/*.c src/core/*/*.c src/common/*.c; do
    [ -f "$src" ] || continue
    obj=$OUT/obj/$(echo "$src" | tr '/' '_' | sed 's/\.c$/.o/')
    # shellcheck disable=SC2086
    if ! "$CC_FUZZ" $CFLAGS_FUZZ $SAN_LIB $PKG -c "$src" -o "$obj" 2>"$obj.log"; then
        broken="$broken $src"
        rm -f "$obj"
        continue
    fi
    ar rcs "$lib" "$obj" || exit 1
done
[ -n "$broken" ] && echo "note: left out of the fuzz build (do not compile):$broken"

if [ -n "${FUZZ_TARGETS:-}" ]; then
    targets=$FUZZ_TARGETS
else
    targets=$(for f in tests/fuzz/fuzz_*.c; do basename "$f" .c; done)
fi

for t in $targets; do
    src=tests/fuzz/$t.c
    bin=$OUT/$t
    if [ ! -f "$src" ]; then
        echo "FAIL $t: no $src"; failed=$((failed + 1)); continue
    fi
    # shellcheck disable=SC2086
    if ! "$CC_FUZZ" $CFLAGS_FUZZ -Werror $SAN_BIN "$src" "$lib" $PKG -lunistring -lm -lpthread \
        -o "$bin" >"$OUT/$t.build.log" 2>&1; then
        echo "FAIL $t: build failed: $(grep -m 3 -E 'error|undefined' "$OUT/$t.build.log" | tr '\n' ' ')"
        failed=$((failed + 1)); continue
    fi

    # Saved crashes first: each must now run clean.
    regress=tests/fuzz/regress/$t
    if [ -d "$regress" ] && [ -n "$(ls -A "$regress" 2>/dev/null)" ]; then
        # shellcheck disable=SC2046
        if ! "$bin" $(find "$regress" -type f | sort) >"$OUT/$t.regress.log" 2>&1; then
            rlog=$OUT/$t.regress.log
            input=$(sed -n 's/^Running: //p' "$rlog" | tail -n 1)
            why=$(grep -m 1 -E 'ERROR: |runtime error' "$rlog")
            [ -z "$why" ] && why=$(grep -v '^$' "$rlog" | tail -n 1)
            echo "FAIL $t: regression input ${input:-?} fails again: $why"
            failed=$((failed + 1)); continue
        fi
    fi

    [ "$SECONDS_EACH" -eq 0 ] && { echo "PASS $t: built, regressions replayed"; continue; }

    # Fuzz: new inputs go to the build corpus, the committed seeds stay untouched.
    work=$OUT/corpus/$t
    crashes=$OUT/crashes/$t
    mkdir -p "$work" "$crashes" tests/fuzz/corpus/$t
    log=$OUT/$t.log
    # shellcheck disable=SC2086
    "$bin" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$crashes/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
        "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$rc" -ne 0 ]; then
        art=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        why=$(grep -m 1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY' "$log")
        [ -z "$why" ] && why=$(grep -v '^$' "$log" | tail -n 1)
        echo "FAIL $t: exit $rc after ${runs:-?} runs: ${why:-see $log}${art:+ (input saved as $art)}"
        failed=$((failed + 1))
    else
        echo "PASS $t: ${runs:-?} runs in ${SECONDS_EACH}s, no crash"
    fi
done

[ "$failed" -eq 0 ]
