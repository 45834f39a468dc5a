#!/bin/sh
# test_pii.sh - personal data end to end. Two Luhn-valid card numbers (spaced
# and dashed), a social security number, an e-mail address and a phone number
# planted in a call's customer turns reach bronze (the raw record, by design)
# and nothing after it: not silver, not gold (evidence included), not the
# aggregates or the run log, not quarantine reasons, not the worker's log at
# debug level, no MQTT topic, not the dashboard's screen. Reprocess masks again;
# --no-redact keeps them (showing these checks can fail).
# Agent names and call ids are identifiers and are not masked (see README).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../lib.sh"
T=$(mktemp -d /tmp/cz-pii.XXXXXX)
. "$TOP/tests/tui/lib_tui.sh"
trap 'tm kill-server 2>/dev/null; stop_all; rm -rf "$T"' EXIT INT TERM
# Sanitizer reports of the dashboard go to files, not onto the screen.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:log_path=$T/asan"
start_pg || { fail "start postgres"; t_end; }
start_mqtt || { fail "start mosquitto"; t_end; }
ETL=$BIN/converza-etl
PFX=cz/pii

CARD1="4532 0151 1283 0366"
CARD2="5555-5555-5555-4444"
SSN="078-05-1120"
EMAIL="jane.roe@example.org"
PHONE="(415) 555-0132"
expect_eq "planted card numbers are Luhn-valid" "$(python3 -c '
import sys
def luhn(n):
    d = [int(c) for c in n if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (2 * x - 9 if x > 4 else 2 * x) for i, x in enumerate(d)) % 10 == 0
print(all(luhn(a) for a in sys.argv[1:]))' "$CARD1" "$CARD2")" True

# leaks FILE...: names the planted items found in the files, whatever the
# separators between their digits ("" when clean).
cat >"$T/leaks.py" <<'PY'
import re, sys
sep = r"[ \-.()/]*"
pats = {n: re.compile(sep.join(d)) for n, d in
        (("card1", "4532015112830366"), ("card2", "5555555555554444"),
         ("ssn", "078051120"), ("phone", "4155550132"))}
pats["email"] = re.compile(r"jane\.roe@example\.org|jane\.roe", re.I)
text = "".join(open(f, encoding="utf-8", errors="replace").read() for f in sys.argv[1:])
print(" ".join(n for n in ("card1", "card2", "ssn", "email", "phone") if pats[n].search(text)))
PY
leaks() { python3 "$T/leaks.py" "$@"; }
ALL="card1 card2 ssn email phone"

IN=$T/in
mkdir -p "$IN"
"$BIN/converza-gen" --calls 40 --seed 3 --agents 4 --out "$IN" >/dev/null 2>&1
cat >"$IN/pii-1.json" <<EOF
{"call_id": "PII-1", "agent_name": "Maria Lopez", "timestamp": "2025-10-09T16:19:15",
 "transcript_text": "Agent: Thanks for calling, this is Maria. Would you like the premium plan for \$20 more a month?\nCustomer: Yes, sign me up, charge my card $CARD1 today.\nAgent: Let me read that back: $CARD1. Do you have a backup card?\nCustomer: Sure, $CARD2 is the backup, and my social is $SSN if you need it.\nAgent: Where should the receipt go?\nCustomer: Email it to $EMAIL or call me at $PHONE. Thank you so much, this was really helpful!"}
EOF
printf '{"call_id": "PII-2", "agent_name": "Maria Lopez", "timestamp": "card %s", "transcript_text": "Agent: hi"}\n' \
    "$CARD1" >"$IN/pii-bad-field.json"
expect_eq "the planted call holds every item" "$(leaks "$IN/pii-1.json")" "$ALL"

"$ETL" --once --input "$IN" --db "$DB" --mqtt-host 127.0.0.1 --mqtt-port "$MQTT_PORT" \
    --mqtt-prefix "$PFX" --log-level debug 2>"$T/etl.log"
expect_eq "worker exits 0" "$?" 0
expect_eq "the planted call is loaded" "$(sql "SELECT count(*) FROM gold_performance_metrics WHERE call_id = 'PII-1'")" 1

sql "SELECT raw FROM bronze_calls WHERE call_id = 'PII-1'" >"$T/bronze.txt"
expect_eq "bronze keeps the raw record with every item" "$(leaks "$T/bronze.txt")" "$ALL"
sql "SELECT s::text FROM silver_calls s WHERE call_id = 'PII-1'" >"$T/silver.txt"
expect_eq "silver row (its turns) holds none" "$(leaks "$T/silver.txt")" ""
expect_eq "silver transcript (the view) shows where they were" \
    "$(sql "SELECT (SELECT count(*) FROM regexp_matches(transcript, '\[CARD\]', 'g')) || ' ' ||
                   (SELECT count(*) FROM regexp_matches(transcript, '\[SSN\]|\[EMAIL\]|\[PHONE\]', 'g'))
            FROM silver_transcripts WHERE call_id = 'PII-1'")" "3 3"
expect_eq "silver turns masked in every speaker's turns" \
    "$(sql "SELECT count(*) FROM silver_calls, json_array_elements(turns::json) t
            WHERE call_id = 'PII-1' AND t->>'text' LIKE '%[CARD]%'")" 3
sql "SELECT g::text FROM gold_performance_metrics g" >"$T/gold.txt"
expect_eq "gold rows (evidence included) hold none" "$(leaks "$T/gold.txt")" ""
check "gold evidence of the planted call is there" test -n "$(sql "SELECT evidence FROM gold_performance_metrics WHERE call_id = 'PII-1' AND evidence::text <> '{}'")"
expect_eq "quarantine reason masks a card quoted from a bad field" \
    "$(sql "SELECT reason FROM quarantine WHERE source_file LIKE '%/pii-bad-field.json'")" \
    'unparseable timestamp "card [CARD]" (expected ISO 8601, e.g. 2025-10-09T16:19:15Z)'
# bronze and its month partitions (bronze_calls_YYYY_MM) are left out.
"$(pg_bindir)/pg_dump" --data-only --exclude-table='bronze_calls*' -d converza >"$T/dump.sql" 2>"$T/dump.err"
expect_eq "pg_dump of every table but bronze works" "$?" 0
check "the dump holds the silver rows" grep -q "PII-1" "$T/dump.sql"
expect_eq "no table after bronze holds any item" "$(leaks "$T/dump.sql")" ""
check "the worker logged (quarantine included)" grep -q "pii-bad-field.json" "$T/etl.log"
expect_eq "the worker's log holds none" "$(leaks "$T/etl.log")" ""

mosquitto_sub -h 127.0.0.1 -p "$MQTT_PORT" -t "$PFX/#" -v -W 3 >"$T/mqtt.txt" 2>/dev/null
expect_eq "every retained snapshot topic received" \
    "$(cut -d' ' -f1 "$T/mqtt.txt" | grep -v "^$PFX/calls/" | sort | tr '\n' ' ')" \
    "$PFX/agents $PFX/hours $PFX/status $PFX/summary $PFX/teams $PFX/trend "
expect_eq "a drill-down topic per agent" "$(grep -c "^$PFX/calls/" "$T/mqtt.txt")" \
    "$(sql "SELECT count(DISTINCT agent_name) FROM gold_performance_metrics")"
check "the planted call's turns are on MQTT, masked" grep -q '"call_id":"PII-1".*\[CARD\]' "$T/mqtt.txt"
expect_eq "no MQTT payload holds any item" "$(leaks "$T/mqtt.txt")" ""

tui_start pii 160 50 -- --mqtt-prefix "$PFX" --refresh 1
if wait_for pii "Maria Lopez" 15; then pass "dashboard shows the planted call's agent"; else fail "dashboard shows the planted call's agent" "$(screen pii)"; fi
screen pii >"$T/screen.txt"
keys pii q
expect_eq "the dashboard's screen holds none" "$(leaks "$T/screen.txt")" ""

# Reprocess recomputes silver and gold from bronze: masked again.
"$ETL" reprocess --db "$DB" --log-level warn 2>"$T/reprocess.log"
expect_eq "reprocess exits 0" "$?" 0
sql "SELECT s::text FROM silver_calls s" >"$T/silver2.txt"
sql "SELECT g::text FROM gold_performance_metrics g" >>"$T/silver2.txt"
expect_eq "after reprocess silver and gold hold none" "$(leaks "$T/silver2.txt")" ""
check "after reprocess the tags are there" grep -q '\[SSN\]' "$T/silver2.txt"

# --no-redact keeps them: the checks above would catch a leak.
psql -X -q -d postgres -c "CREATE DATABASE converza_raw" >/dev/null
RAW="host=$PGDIR port=$PGPORT user=postgres dbname=converza_raw"
sqlraw() { psql -X -q -A -t -d converza_raw -c "$1"; }
"$ETL" --once --no-redact --no-mqtt --input "$IN" --db "$RAW" --log-level warn 2>"$T/raw.log"
expect_eq "worker with --no-redact exits 0" "$?" 0
sqlraw "SELECT s::text FROM silver_calls s WHERE call_id = 'PII-1'" >"$T/raw-silver.txt"
expect_eq "with --no-redact silver keeps every item" "$(leaks "$T/raw-silver.txt")" "$ALL"
sqlraw "SELECT reason FROM quarantine" >"$T/raw-quar.txt"
expect_eq "with --no-redact the quarantine reason keeps the card" "$(leaks "$T/raw-quar.txt")" card1
"$ETL" reprocess --db "$RAW" --log-level warn 2>>"$T/raw.log"
sqlraw "SELECT s::text FROM silver_calls s WHERE call_id = 'PII-1'" >"$T/raw-silver2.txt"
expect_eq "reprocess with redaction on masks what --no-redact kept" "$(leaks "$T/raw-silver2.txt")" ""
t_end
