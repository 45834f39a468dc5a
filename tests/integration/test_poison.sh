#!/bin/sh
# test_poison.sh - no single input can stop the worker (issue 17).
#  1. A batch with poison calls in the middle, one of every kind the schema or
#     the readers limit (times past either end, upsell past the per-call
#     bound, a call longer than 24 h, invalid UTF-8 and NUL bytes in several
#     formats, an over-long agent name, a quarantine reason quoting a cut
#     UTF-8 sequence, a bad line inside a JSON Lines file): every good call
#     loads, every bad one is in quarantine with a reason naming its field,
#     the worker exits 0, the aggregates stay exact.
#  2. Rejections the checks cannot foresee, simulated in this test database
#     only: a CHECK constraint on silver, a trigger on bronze that quotes the
#     raw record (card number, e-mail) in its error, a deferred constraint
#     trigger on gold, and an aggregate that would overflow numeric(14,2). The worker splits the batch, quarantines
#     just those calls, loads the rest, and masks the server's text in the
#     log, quarantine.reason and etl_runs.message.
#  3. Session settings: DateStyle 'SQL, DMY' and TimeZone
#     'Pacific/Kiritimati' on the database; a re-delivered (changed) call and
#     reprocess --from/--to pick the right UTC days.
#  4. Agent names differing only in normalisation or invisible characters
#     are one agent.
#  5. A read-only database (a failure of the database, not of the data) holds
#     loading back without quarantining anything.
set -u
. "$(dirname "$0")/../lib.sh"
W=$(mktemp -d /tmp/cz-poison.XXXXXX)
trap 'stop_all; [ -n "${KEEP:-}" ] || rm -rf "$W"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL=$BIN/converza-etl
IN=$W/in
mkdir -p "$IN"
run() { # LOG ARGS...: one --once run, exit code in RC
    log=$1; shift
    timeout -k 5 300 "$ETL" --once --no-mqtt --input "$IN" --db "$DB" --log-level info "$@" 2>"$log"
    RC=$?
}
q() { sql "$1" | tr -d '\r'; }
reason() { q "SELECT reason FROM quarantine WHERE source_file LIKE '%/$1' ORDER BY id LIMIT 1"; }
# has_reason NAME FILE PATTERN: the quarantine reason of FILE matches PATTERN.
has_reason() {
    r=$(reason "$2")
    if printf '%s' "$r" | grep -q -- "$3"; then pass "$1"; else fail "$1" "reason '$r' lacks '$3'"; fi
}

# ---- 1. poison values, good calls around them ---------------------------------
"$BIN/converza-gen" --calls 30 --seed 11 --agents 4 --prefix GOOD --out "$IN" >/dev/null 2>&1
python3 - "$IN" <<'PY'
import json, os, sys
d = sys.argv[1]
T = "Agent: Thanks for calling, would you like the premium plan?\nCustomer: Yes please.\nAgent: Done."
def seed(name, **kw):
    rec = {"call_id": name.upper(), "agent_name": "Poison Agent", "timestamp": "2025-10-09T10:00:00Z",
           "transcript_text": T}
    rec.update(kw)
    open(os.path.join(d, name + ".json"), "w", encoding="utf-8").write(json.dumps(rec))
# Generated calls are GOOD_000001.json ... GOOD_000030.json: these names
# sort the poison among them, and the in-range ones after every poison.
def raw(name, data):
    open(os.path.join(d, name), "wb").write(data)
# times: the issue's call, and one before 1970 in UTC
seed("GOOD_000010a-p-late", call_id="P-LATE", timestamp="9999-12-31T23:59:59-14:00")
seed("GOOD_000020a-p-early", call_id="P-EARLY", timestamp="1970-01-01T00:00:00+14:00")
# the latest and earliest times that are in range still load
seed("zz-ok-last", call_id="OK-LAST", timestamp="9999-12-31T23:59:59Z")
seed("zz-ok-first", call_id="OK-FIRST", timestamp="1970-01-01T00:00:00Z")
# upsell past $10,000,000 per call (gold numeric(12,2) holds 10^10)
seed("p-upsell", transcript_text="Agent: Would you like to add the platinum protection plan for $9,000,000?\n"
     "Customer: Yes, add it.\nAgent: Would you also like the gold support package for $8,000,000?\n"
     "Customer: Yes please, add that too.\nAgent: Done, thank you.")
# a call of 10^11 ms (Amazon Transcribe, timed turns)
json.dump({"JobName": "P-LONG", "Transcript": [
    {"ParticipantRole": "AGENT", "Content": "Hello, how can I help?", "BeginOffsetMillis": 0, "EndOffsetMillis": 2000},
    {"ParticipantRole": "CUSTOMER", "Content": "Just checking.", "BeginOffsetMillis": 2500,
     "EndOffsetMillis": 100000000000}],
    "Metadata": {"call_id": "P-LONG", "agent_name": "Poison Agent", "timestamp": "2025-10-09T10:00:00Z"}},
    open(os.path.join(d, "p-long.json"), "w"))
# a plausible timed call loads
json.dump({"JobName": "OK-TIMED", "Transcript": [
    {"ParticipantRole": "AGENT", "Content": "Hello, how can I help?", "BeginOffsetMillis": 0, "EndOffsetMillis": 2000},
    {"ParticipantRole": "CUSTOMER", "Content": "Just checking.", "BeginOffsetMillis": 2500, "EndOffsetMillis": 4000}],
    "Metadata": {"call_id": "OK-TIMED", "agent_name": "Poison Agent", "timestamp": "2025-10-09T10:00:00Z"}},
    open(os.path.join(d, "zz-ok-timed.json"), "w"))
# invalid UTF-8 and NUL bytes in a text transcript and in Transcribe JSON
raw("p-text-utf8.txt", b"Call-Id: P-TEXT-UTF8\nAgent-Name: Poison Agent\nTimestamp: 2025-10-09T10:00:00Z\n"
    b"Agent: Hello \xff\xfe there.\nCustomer: Fine.\n")
raw("p-text-nul.txt", b"Call-Id: P-TEXT-NUL\nAgent-Name: Poison Agent\nTimestamp: 2025-10-09T10:00:00Z\n"
    b"Agent: Hello \x00 there.\nCustomer: Fine.\n")
raw("p-tr-utf8.json", b'{"JobName": "P-TR-UTF8", "Transcript": [{"ParticipantRole": "AGENT", "Content": "Hi \xc3\x28 there",'
    b' "BeginOffsetMillis": 0, "EndOffsetMillis": 900}], "Metadata": {"agent_name": "Poison Agent",'
    b' "timestamp": "2025-10-09T10:00:00Z"}}')
raw("p-seed-overlong.json", b'{"call_id": "P-OVERLONG", "agent_name": "Poison \xc0\xaf Agent", "timestamp": "2025-10-09T10:00:00Z", "transcript_text": "Agent: hi"}')
# an agent name past the 200 bytes the keys allow
seed("p-longname", agent_name="A" * 201)
# a reason that quotes a field cut inside a UTF-8 sequence (19 + 2k bytes)
seed("p-cutreason", timestamp="2025-10-09T10:00:00" + "\u00e9" * 30)
# JSON Lines: a bad line between good ones
with open(os.path.join(d, "mixed.jsonl"), "w") as f:
    for i, ts in enumerate(["2025-10-09T11:00:00Z", "9999-12-31T23:00:00-10:00", "2025-10-09T12:00:00Z"]):
        f.write(json.dumps({"call_id": "JL-%d" % i, "agent_name": "Poison Agent", "timestamp": ts,
                            "transcript_text": T}) + "\n")
PY
run "$W/run1.log" --batch-size 1000
expect_eq "poison batch: worker exits 0" "$RC" 0
expect_eq "poison batch: every good call loaded" \
    "$(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'GOOD%' OR call_id IN ('OK-LAST','OK-FIRST','OK-TIMED','JL-0','JL-2')")" 35
expect_eq "poison batch: no poison call in bronze, silver or gold" \
    "$(q "SELECT (SELECT count(*) FROM bronze_calls WHERE call_id LIKE 'P-%' OR call_id = 'JL-1') + (SELECT count(*) FROM silver_calls WHERE call_id LIKE 'P-%') + (SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'P-%')")" 0
expect_eq "poison batch: one quarantine entry per poison record" "$(q "SELECT count(*) FROM quarantine")" 11
has_reason "time after 9999 in UTC names the timestamp" GOOD_000010a-p-late.json "field timestamp .*after 9999"
has_reason "time before 1970 in UTC names the timestamp" GOOD_000020a-p-early.json "field timestamp .*before 1970"
has_reason "upsell over the per-call bound names upsell_amount" p-upsell.json "field upsell_amount: 17000000.00"
has_reason "a call of 10^11 ms names duration_ms" p-long.json "field duration_ms"
has_reason "invalid UTF-8 in a text transcript" p-text-utf8.txt "invalid UTF-8 at byte"
has_reason "NUL byte in a text transcript" p-text-nul.txt "NUL byte at"
has_reason "invalid UTF-8 in Transcribe JSON" p-tr-utf8.json "not valid UTF-8 at byte"
has_reason "overlong UTF-8 form in seed JSON" p-seed-overlong.json "invalid UTF-8"
has_reason "agent name over 200 bytes" p-longname.json "agent_name is longer than 200"
has_reason "reason quoting a cut UTF-8 sequence is stored" p-cutreason.json "unparseable timestamp"
expect_eq "the JSON Lines bad line is quarantined by line number" \
    "$(q "SELECT line_no || ' ' || (reason LIKE 'field timestamp%after 9999%') FROM quarantine WHERE source_file LIKE '%/mixed.jsonl'")" "2 true"
expect_eq "last and first in-range times load with their UTC days" \
    "$(q "SELECT string_agg(call_day::text, ' ' ORDER BY call_day) FROM gold_performance_metrics WHERE call_id IN ('OK-LAST','OK-FIRST')")" \
    "1970-01-01 9999-12-31"
expect_eq "every quarantine reason is valid UTF-8 text" \
    "$(q "SELECT count(*) FROM quarantine WHERE reason IS NULL OR reason = ''")" 0
expect_eq "aggregates equal GROUP BY over gold after poison" "$(q "$AGG_EQ")" 0
expect_eq "one committed batch, none failed" \
    "$(q "SELECT count(*) FILTER (WHERE status = 'committed') || ' ' || count(*) FILTER (WHERE status <> 'committed') FROM etl_runs")" "1 0"

# ---- 2. rejections the checks do not foresee ---------------------------------
# Each part reads a directory of its own, so that each shows its own faults.
IN=$W/in2
mkdir -p "$IN"
# Test-only rules in this database: the worker knows nothing of them.
sql "ALTER TABLE silver_calls ADD CONSTRAINT test_no_forbidden CHECK (agent_name <> 'Forbidden Agent')" >/dev/null
sql "CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  IF NEW.raw LIKE '%TRIGGER-ME%' THEN RAISE EXCEPTION 'test trigger refuses %', NEW.raw; END IF;
  RETURN NEW;
END \$\$" >/dev/null
sql "CREATE TRIGGER test_refuse BEFORE INSERT ON bronze_calls FOR EACH ROW EXECUTE FUNCTION test_refuse()" >/dev/null
# and a check deferred to the end of the transaction (a constraint trigger)
sql "CREATE FUNCTION test_deferred() RETURNS trigger LANGUAGE plpgsql AS \$\$
BEGIN
  IF NEW.agent_name = 'Deferred Agent' THEN RAISE EXCEPTION 'test deferred check refuses %', NEW.call_id; END IF;
  RETURN NULL;
END \$\$" >/dev/null
sql "CREATE CONSTRAINT TRIGGER test_deferred AFTER INSERT ON gold_performance_metrics
     DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_deferred()" >/dev/null
# An agent-day whose revenue sits at the top of numeric(14,2): 100 gold rows of
# 9,999,999,999.99 put in directly, aggregates made to match.
sql "INSERT INTO gold_performance_metrics (call_id, agent_name, call_time, call_day, is_conversion,
       upsell_amount, sentiment_label, sentiment_score, evidence, rules_version, batch_id)
     SELECT 'BIG-' || g, 'Big Spender', '2025-10-01 12:00:00+00', '2025-10-01', true, 9999999999.99,
            'neutral', 0, '{}', 'test', 0 FROM generate_series(1, 100) g" >/dev/null
sql "INSERT INTO agent_daily_metrics (agent_name, day, calls, conversions, upsell_revenue, positive,
       neutral, negative, sentiment_sum) VALUES ('Big Spender', '2025-10-01', 100, 100, 999999999999.00, 0, 100, 0, 0)" >/dev/null
sql "INSERT INTO agent_totals SELECT agent_name, calls, conversions, upsell_revenue, positive, neutral, negative,
       sentiment_sum, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM agent_daily_metrics WHERE agent_name = 'Big Spender'" >/dev/null
expect_eq "the near-limit aggregate is exact before the run" "$(q "$AGG_EQ")" 0
"$BIN/converza-gen" --calls 40 --seed 12 --agents 4 --prefix MORE --out "$W/more" >/dev/null 2>&1
python3 - "$W/more" <<'PY'
import json, os, sys
d = sys.argv[1]
T = "Agent: Would you like the premium plan for $20 more a month?\nCustomer: Yes, sign me up.\nAgent: Done."
def seed(name, **kw):
    rec = {"call_id": name.upper(), "agent_name": "Some Agent", "timestamp": "2025-10-02T10:00:00Z",
           "transcript_text": T}
    rec.update(kw)
    open(os.path.join(d, name + ".json"), "w").write(json.dumps(rec))
seed("MORE_000010a-u-forbidden", call_id="U-FORBIDDEN", agent_name="Forbidden Agent")
seed("MORE_000020a-u-trigger", call_id="U-TRIGGER", transcript_text="Agent: TRIGGER-ME, card 4532 0151 1283 0366 and mail jane.roe@example.org\nCustomer: ok")
seed("MORE_000025a-u-deferred", call_id="U-DEFERRED", agent_name="Deferred Agent")
seed("MORE_000030a-u-overflow", call_id="U-OVERFLOW", agent_name="Big Spender", timestamp="2025-10-01T15:00:00Z",
     transcript_text="Agent: Would you also like to add the gold support package for $800?\n"
     "Customer: Yes please, add that too.\nAgent: Done, thank you.")
PY
# The unforeseen calls sit among the good ones (their names sort them between
# MORE_000010, MORE_000020 and MORE_000030).
mv "$W/more"/* "$IN"/
run "$W/run2.log" --batch-size 1000
expect_eq "unforeseen rejections: worker exits 0" "$RC" 0
expect_eq "unforeseen rejections: every good call of the batch loaded" \
    "$(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'MORE%'")" 40
expect_eq "unforeseen rejections: the four calls are not loaded" \
    "$(q "SELECT count(*) FROM bronze_calls WHERE call_id LIKE 'U-%'")" 0
has_reason "a CHECK constraint refusal is quarantined with the constraint's name" MORE_000010a-u-forbidden.json \
    "refused by the database: loading silver_calls.*test_no_forbidden"
has_reason "a trigger's refusal is quarantined with its message" MORE_000020a-u-trigger.json \
    "refused by the database: loading bronze_calls.*test trigger refuses"
has_reason "an aggregate overflow is quarantined naming the aggregate tables" MORE_000030a-u-overflow.json \
    "updating agent_daily_metrics and agent_totals.*numeric field overflow"
has_reason "a deferred check's refusal is found too" MORE_000025a-u-deferred.json \
    "refused by the database: .*test deferred check refuses U-DEFERRED"
expect_eq "the run's batch records what was set aside" \
    "$(q "SELECT count(*) FROM etl_runs WHERE status = 'committed' AND message LIKE '%refused by the database were set aside%'")" 1
expect_eq "aggregates equal GROUP BY over gold after the split" "$(q "$AGG_EQ")" 0
# Personal data the server quoted: masked in the log, quarantine and run log.
check "the server quoted the planted record" grep -q "test trigger refuses" "$W/run2.log"
check "no card number in the worker's log" sh -c "! grep -Eq '4532[ -]?0151' '$W/run2.log'"
check "no e-mail address in the worker's log" sh -c "! grep -q 'jane.roe@example.org' '$W/run2.log'"
check "the log shows the masks" grep -q "\[CARD\]" "$W/run2.log"
expect_eq "no card number or e-mail in etl_runs.message" \
    "$(q "SELECT count(*) FROM etl_runs WHERE message ~ '4532[ -]?0151|jane\.roe@'")" 0
expect_eq "no card number or e-mail in quarantine.reason" \
    "$(q "SELECT count(*) FROM quarantine WHERE reason ~ '4532[ -]?0151|jane\.roe@'")" 0
expect_eq "the masks are in quarantine.reason" \
    "$(q "SELECT count(*) FROM quarantine WHERE reason LIKE '%[CARD]%[EMAIL]%'")" 1
# A run over the same files does nothing more and still exits 0.
run "$W/run3.log"
expect_eq "a rerun exits 0" "$RC" 0
expect_eq "a rerun loads nothing twice" "$(q "SELECT count(*) FROM gold_performance_metrics")" \
    "$(q "SELECT count(DISTINCT call_id) FROM gold_performance_metrics")"

# ---- 3. session settings of the database --------------------------------------
IN=$W/in3
mkdir -p "$IN"
sql "ALTER DATABASE converza SET DateStyle = 'SQL, DMY'" >/dev/null
sql "ALTER DATABASE converza SET TimeZone = 'Pacific/Kiritimati'" >/dev/null
expect_eq "a new session sees the odd settings" "$(q "SHOW DateStyle") $(q "SHOW TimeZone")" "SQL, DMY Pacific/Kiritimati"
tz_call() { # FILE ID TIME TEXT
    python3 -c 'import json,sys; print(json.dumps({"call_id": sys.argv[1], "agent_name": "Zone Agent", "timestamp": sys.argv[2], "transcript_text": sys.argv[3]}))' \
        "$2" "$3" "$4" >"$W/stage.json" && mv "$W/stage.json" "$IN/$1"
}
tz_call tz-a.json TZ-A 2025-10-08T23:59:59Z "Agent: Hello.\nCustomer: Thanks, bye."
tz_call tz-b.json TZ-B 2025-10-09T00:00:00Z "Agent: Hello.\nCustomer: Thanks, bye."
tz_call tz-c.json TZ-C 2025-10-09T23:59:59Z "Agent: Hello.\nCustomer: Thanks, bye."
tz_call tz-d.json TZ-D 2025-10-10T00:00:00Z "Agent: Hello.\nCustomer: Thanks, bye."
run "$W/run4.log"
expect_eq "settings: new calls load" "$RC $(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'TZ-%'")" "0 4"
expect_eq "settings: days are UTC days" \
    "$(q "SELECT string_agg(to_char(call_day, 'YYYY-MM-DD'), ' ' ORDER BY call_id) FROM gold_performance_metrics WHERE call_id LIKE 'TZ-%'")" \
    "2025-10-08 2025-10-09 2025-10-09 2025-10-10"
# Re-delivery: TZ-A changes on its day (its old and new day must be one
# aggregate key), TZ-B changes and moves a day.
sleep 1
tz_call tz-a.json TZ-A 2025-10-08T23:59:59Z "Agent: Hello.\nCustomer: This is awful, I am very angry."
tz_call tz-b.json TZ-B 2025-10-10T08:00:00Z "Agent: Hello.\nCustomer: This is wonderful, thank you so much, I love it!"
run "$W/run5.log"
expect_eq "settings: re-delivered calls replace the old ones" \
    "$RC $(q "SELECT replaced FROM etl_runs ORDER BY batch_id DESC LIMIT 1") $(q "SELECT string_agg(to_char(call_day, 'YYYY-MM-DD'), ' ' ORDER BY call_id) FROM gold_performance_metrics WHERE call_id IN ('TZ-A', 'TZ-B')")" \
    "0 2 2025-10-08 2025-10-10"
expect_eq "settings: aggregates exact after the re-delivery" "$(q "$AGG_EQ")" 0
expect_eq "settings: no agent-day left from the moved call" \
    "$(q "SELECT count(*) FROM agent_daily_metrics WHERE agent_name = 'Zone Agent' AND day = '2025-10-09'::date")" 1
timeout 120 "$ETL" reprocess --db "$DB" --from 2025-10-09 --to 2025-10-09 --log-level info 2>"$W/rep.log"
expect_eq "settings: reprocess --from/--to exits 0" "$?" 0
expect_eq "settings: reprocess picks the calls of that UTC day only" \
    "$(q "SELECT string_agg(call_id, ' ' ORDER BY call_id) FROM gold_performance_metrics WHERE call_id LIKE 'TZ-%' AND batch_id = (SELECT max(batch_id) FROM etl_runs WHERE message LIKE 'reprocess%')")" \
    "TZ-C"
timeout 120 "$ETL" reprocess --db "$DB" --from 2025-10-08 --to 2025-10-10 --log-level info 2>"$W/rep2.log"
expect_eq "settings: reprocess over three days picks four calls" \
    "$(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'TZ-%' AND batch_id = (SELECT max(batch_id) FROM etl_runs WHERE message LIKE 'reprocess%')")" 4
expect_eq "settings: aggregates exact after reprocess" "$(q "$AGG_EQ")" 0
# Reprocess of a call the database now refuses: it keeps its old rows.
before=$(q "SELECT batch_id || ' ' || agent_name FROM gold_performance_metrics WHERE call_id = 'TZ-C'")
sql "ALTER TABLE gold_performance_metrics ADD CONSTRAINT test_no_tzc CHECK (call_id <> 'TZ-C') NOT VALID" >/dev/null
timeout 120 "$ETL" reprocess --db "$DB" --from 2025-10-08 --to 2025-10-10 --log-level info 2>"$W/rep3.log"
expect_eq "reprocess: a refused call does not stop it" "$?" 0
expect_eq "reprocess: the refused call keeps its old rows" \
    "$(q "SELECT batch_id || ' ' || agent_name FROM gold_performance_metrics WHERE call_id = 'TZ-C'")" "$before"
expect_eq "reprocess: the other calls are reprocessed" \
    "$(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'TZ-%' AND batch_id = (SELECT max(batch_id) FROM etl_runs WHERE message LIKE 'reprocess%')")" 3
check "reprocess: the refusal is counted" grep -q "1 could not be parsed or were refused" "$W/rep3.log"
expect_eq "reprocess: aggregates exact after a refusal" "$(q "$AGG_EQ")" 0
sql "ALTER TABLE gold_performance_metrics DROP CONSTRAINT test_no_tzc" >/dev/null
sql "ALTER DATABASE converza RESET DateStyle" >/dev/null
sql "ALTER DATABASE converza RESET TimeZone" >/dev/null

# ---- 4. agent names: one agent whatever the invisible differences ------------
IN=$W/in4
mkdir -p "$IN"
python3 - "$IN" <<'PY'
import json, os, sys
d = sys.argv[1]
names = {"nm-nfc": "Jos\u00e9 N\u00fa\u00f1ez", "nm-nfd": "Jose\u0301 Nu\u0301n\u0303ez",
         "nm-zwj": "Jos\u00e9 N\u00fa\u200d\u00f1ez", "nm-zwsp": "\u200bJos\u00e9\u00a0\u00a0N\u00fa\u00f1ez\ufeff",
         "nm-bidi": "\u202aJos\u00e9 N\u00fa\u00f1ez\u202c", "nm-shy": "Jos\u00e9 N\u00fa\u00ad\u00f1ez"}
for f, n in names.items():
    open(os.path.join(d, f + ".json"), "w").write(json.dumps(
        {"call_id": f.upper(), "agent_name": n, "timestamp": "2025-10-11T10:00:00Z",
         "transcript_text": "Agent: Hello.\nCustomer: Thanks."}))
# the same in a text transcript: one path for every format
open(os.path.join(d, "nm-text.txt"), "w").write(
    "Call-Id: NM-TEXT\nAgent-Name: Jose\u0301\u200b N\u00fa\u00f1ez\nTimestamp: 2025-10-11T10:00:00Z\nAgent: Hello.\nCustomer: Thanks.\n")
PY
run "$W/run6.log"
expect_eq "names: all seven calls loaded" "$(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'NM-%'")" 7
expect_eq "names: NFD, NFC, zero-width and bidi variants are one agent" \
    "$(q "SELECT count(DISTINCT agent_name) || ' ' || min(agent_name) FROM gold_performance_metrics WHERE call_id LIKE 'NM-%'")" \
    "1 $(printf 'Jos\303\251 N\303\272\303\261ez')"
expect_eq "names: one aggregate row for that agent" \
    "$(q "SELECT calls FROM agent_totals WHERE agent_name LIKE 'Jos%'")" 7

# ---- 5. a failure of the database itself is not blamed on the data -----------
IN=$W/in5
mkdir -p "$IN"
"$BIN/converza-gen" --calls 20 --seed 13 --agents 3 --prefix RO --out "$IN" >/dev/null 2>&1
quar0=$(q "SELECT count(*) FROM quarantine")
sql "ALTER DATABASE converza SET default_transaction_read_only = on" >/dev/null
run "$W/run7.log"
check "read-only database: the run stops with an error" test "$RC" -ne 0
expect_eq "read-only database: no call quarantined for it" "$(q "SELECT count(*) FROM quarantine")" "$quar0"
expect_eq "read-only database: the files stay pending" \
    "$(q "SELECT count(*) FROM ingested_files WHERE path LIKE '%/RO_%'")" 0
sql "BEGIN READ WRITE; ALTER DATABASE converza RESET default_transaction_read_only; COMMIT" >/dev/null
run "$W/run8.log"
expect_eq "read-only database: once writable, every call loads" \
    "$RC $(q "SELECT count(*) FROM gold_performance_metrics WHERE call_id LIKE 'RO%'")" "0 20"
expect_eq "aggregates equal GROUP BY over gold at the end" "$(q "$AGG_EQ")" 0
t_end
