#!/bin/sh
# test_bounds.sh - every file the programs are pointed at is read whole only
# when it is a regular file within its limit (issue 17: --config /dev/zero
# grew to 24 GB). For the config file, the database and broker password
# files, the rules file, the lexicon it names, Harper Valley Bank metadata and
# a call file given to analyze: /dev/zero, a FIFO with no writer, a directory
# and a file one byte over the limit are each refused at once (under a
# timeout: a FIFO must not block, /dev/zero must not grow) with an error that
# names the file and what is wrong with it. No servers are needed: every
# refusal comes before any connection.
set -u
. "$(dirname "$0")/../lib.sh"
WORK=$(mktemp -d /tmp/cz-bounds.XXXXXX)
trap 'rm -rf "$WORK"' EXIT INT TERM
ETL=$BIN/converza-etl
TUI=$BIN/converza-tui
CALL=$TOP/tests/data/formats/seed-call.json
mkfifo "$WORK/fifo"
mkdir "$WORK/dir"
: >"$WORK/empty.conf"
# over LIMIT NAME: a file of LIMIT+1 bytes of comment lines (valid text, so
# only its size can be refused).
over() { awk -v n="$1" 'BEGIN { l = "#" sprintf("%99s", ""); while (n > 100) { print l; n -= 101 } printf "%" n "s", "" }' | tr ' ' '#' >"$WORK/$2"; }
over 1048577 big.conf      # config: 1 MiB
over 65537 big.secret      # password file: 64 KiB
over 16777217 big.rules    # rules and lexicon: 16 MiB
over 8388609 big.json      # analyze: max_file_size's default, 8 MiB

# refused NAME WANT_RC PATTERN CMD...: CMD ends within 20 s with status WANT_RC
# and its stderr matches PATTERN.
refused() {
    name=$1 want=$2 pat=$3; shift 3
    timeout 20 "$@" >"$WORK/out" 2>"$WORK/err" </dev/null
    rc=$?
    if [ "$rc" -eq 124 ]; then
        fail "$name" "still running after 20 s (blocked or growing)"
    elif [ "$rc" -ne "$want" ]; then
        fail "$name" "exit $rc, want $want: $(head -c 300 "$WORK/err")"
    elif ! grep -q -- "$pat" "$WORK/err"; then
        fail "$name" "stderr does not say '$pat': $(head -c 300 "$WORK/err")"
    else
        pass "$name"
    fi
}

for kind in zero fifo dir big; do
    case $kind in
    zero) f=/dev/zero why="not a regular file (a character device)" ;;
    fifo) f=$WORK/fifo why="not a regular file (a FIFO)" ;;
    dir) f=$WORK/dir why="not a regular file (a directory)" ;;
    big) f= why= ;; # the size and limit of each file below
    esac
    refused "config file, $kind: refused, exit 78" 78 "cannot read config file ${f:-$WORK/big.conf}: ${why:-1048577 bytes, over the limit of 1048576}" \
        "$ETL" report --config "${f:-$WORK/big.conf}"
    refused "dashboard config file, $kind: refused, exit 78" 78 "cannot read config file ${f:-$WORK/big.conf}: ${why:-1048577 bytes, over the limit of 1048576}" \
        "$TUI" --config "${f:-$WORK/big.conf}"
    refused "database password file, $kind: refused, exit 69" 69 "cannot read secret file ${f:-$WORK/big.secret}: ${why:-65537 bytes, over the limit of 65536}" \
        "$ETL" report --config "$WORK/empty.conf" --db "host=/nonexistent" \
        --db-password-file "${f:-$WORK/big.secret}"
    refused "broker password file, $kind: refused, exit 78" 78 "cannot read secret file ${f:-$WORK/big.secret}: ${why:-65537 bytes, over the limit of 65536}" \
        "$TUI" --config "$WORK/empty.conf" --mqtt-username u --mqtt-password-file "${f:-$WORK/big.secret}"
    refused "rules file, $kind: refused, exit 78" 78 "cannot read rules file ${f:-$WORK/big.rules}: ${why:-16777217 bytes, over the limit of 16777216}" \
        "$ETL" analyze --rules "${f:-$WORK/big.rules}" "$CALL"
    sed "s|^lexicon *=.*|lexicon = ${f:-$WORK/big.rules}|" "$TOP/rules/converza.rules" >"$WORK/lex.rules"
    refused "lexicon, $kind: refused, exit 78" 78 "lex.rules: cannot read lexicon ${f:-$WORK/big.rules}: ${why:-16777217 bytes, over the limit of 16777216}" \
        "$ETL" analyze --rules "$WORK/lex.rules" "$CALL"
    if [ "$kind" != dir ]; then # a directory given to analyze is read as one
        refused "analyze call file, $kind: refused, exit 1" 1 "${f:-$WORK/big.json}: cannot read: ${why:-8388609 bytes, over the limit of 8388608}" \
            "$ETL" analyze "${f:-$WORK/big.json}"
    fi
done

# Harper Valley Bank metadata that is a FIFO, a directory or too large: the
# call is reported and the run goes on.
H=$WORK/hvb
mkdir -p "$H/transcript" "$H/metadata"
for sid in fifo dir big; do
    cp "$(ls "$TOP"/tests/data/formats/hvb/transcript/*.json | head -n 1)" "$H/transcript/$sid.json"
done
mkfifo "$H/metadata/fifo.json"
mkdir "$H/metadata/dir.json"
over 8388609 hvb/metadata/big.json
refused "HVB metadata FIFO, directory, too large: each call refused, exit 1" 1 "metadata" \
    "$ETL" analyze --format hvb "$H/transcript"
for why in "fifo.json: .*not a regular file (a FIFO)" "dir.json: .*not a regular file (a directory)" \
    "big.json: .*over the limit of 8388608"; do
    check "HVB metadata: $why" grep -q "$why" "$WORK/err"
done

# Within its limit the config file is read: its bad port is named with its line.
printf 'refresh = 5\nmqtt_port = 0\n' >"$WORK/ok.conf"
refused "a config file within its limit is read" 78 "ok.conf:2: mqtt_port: expected a whole number" \
    "$TUI" --config "$WORK/ok.conf"
t_end
