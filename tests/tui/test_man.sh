#!/bin/sh
# tests/tui/test_man.sh - the dashboard's man pages: the KEYS list in
# converza-tui(1) is exactly what the key table in the code prints, every
# --help option is documented, and the section 1 and 7 pages render without
# groff warnings.
# Env: BIN = directory with converza-tui. Prints PASS/FAIL lines.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
MAN1="$TOP/man/converza-tui.1"
MAN7="$TOP/man/converza-mqtt.7"
KPI7="$TOP/man/converza-kpi.7"
T=$(mktemp -d /tmp/cz-man.XXXXXX)
trap 'rm -rf "$T"' EXIT

"$BIN/converza-tui" --man-keys >"$T/keys.code"
sed -n '/^\.\\" keys-begin$/,/^\.\\" keys-end$/p' "$MAN1" | sed '1d;$d' >"$T/keys.man"
if [ -s "$T/keys.code" ] && cmp -s "$T/keys.code" "$T/keys.man"; then
    pass "man: KEYS list matches the key table in the code"
else
    fail "man: KEYS list matches the key table in the code" \
        "regenerate with converza-tui --man-keys; diff:
$(diff "$T/keys.code" "$T/keys.man")"
fi

missing=""
for opt in $("$BIN/converza-tui" --help | grep -oE '^  --[a-z-]+' | sed 's/^ *--//'); do
    esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    grep -q -- "^\.B[I]* \\\\-\\\\-$esc" "$MAN1" || missing="$missing --$opt"
done
if [ -z "$missing" ]; then pass "man: every --help option documented"; else
    fail "man: every --help option documented" "missing:$missing"; fi

for page in "$MAN1" "$MAN7" "$KPI7"; do
    name=$(basename "$page")
    warn=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    if [ -z "$warn" ]; then pass "man: $name renders without warnings"; else
        fail "man: $name renders without warnings" "$warn"; fi
    if MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q "SEE ALSO"; then
        pass "man: $name readable with man -l"
    else
        fail "man: $name readable with man -l"
    fi
done
t_end
