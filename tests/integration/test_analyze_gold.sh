#!/bin/sh
# test_analyze_gold.sh - one path from a call to its KPIs: `converza-etl
# analyze` prints, call by call, what the worker stores in gold. Generated
# calls (about a third name an e-mail address or a phone number), a call whose
# e-mail address holds sentiment words, JSON Lines and plain-text files, and a
# call the worker quarantines are loaded into a private PostgreSQL; gold's
# is_conversion, upsell_amount, sentiment_label, sentiment_score and evidence
# must equal analyze's for every call_id, and both must hold the same calls.
# analyze --no-redact must differ on the planted call (the masking is on
# analyze's path), and agree with a worker run with --no-redact.
set -u
. "$(dirname "$0")/../lib.sh"
T=$(mktemp -d /tmp/cz-anagold.XXXXXX)
trap 'stop_all; rm -rf "$T"' EXIT INT TERM
start_pg || { fail "start postgres"; t_end; }
ETL=$BIN/converza-etl

IN=$T/in
mkdir -p "$IN/gen" "$IN/other"
"$BIN/converza-gen" --calls 400 --seed 11 --agents 6 --out "$IN/gen" >/dev/null 2>&1
expect_eq "generated calls include personal data" \
    "$(grep -l '@' "$IN"/gen/*.json | wc -l | awk '{print ($1 >= 40)}')" 1
# The customer's address is made of sentiment words: masked, it says nothing.
cat >"$IN/other/mail-words.json" <<'EOF'
{"call_id": "AG-MAIL", "agent_name": "Ada Quinn", "timestamp": "2025-10-09T16:19:15Z",
 "transcript_text": "Agent: Can I have an e-mail address for the receipt?\nCustomer: It is awful.terrible.horrible@example.com\nAgent: Thanks, you are all set.\nCustomer: Okay."}
EOF
printf '%s\n' \
 '{"call_id": "AG-L1", "agent_name": "Ada Quinn", "timestamp": "2025-10-09T10:00:00Z", "transcript_text": "Agent: Would you like the annual plan? Customer: Yes, sign me up. My e-mail is kim.hale@example.net"}' \
 '{"call_id": "AG-L2", "agent_name": "Bo Lind", "timestamp": "2025-10-09T11:00:00Z", "transcript_text": "Agent: Hello. Customer: This is ridiculous, call me on 415-555-0199."}' \
 >"$IN/other/two.jsonl"
printf 'Call-Id: AG-TXT\nAgent-Name: Bo Lind\nTimestamp: 2025-10-09T12:00:00Z\nAgent: Shall I add the warranty for $49?\nCustomer: Yes, add it, thank you so much!\n' \
 >"$IN/other/call.txt"
printf '{"call_id": "AG-EMPTY", "agent_name": "Bo Lind", "timestamp": "2025-10-09T12:00:00Z", "transcript_text": ""}\n' \
 >"$IN/other/empty.json"

"$ETL" --once --no-mqtt --input "$IN" --db "$DB" --log-level error
expect_eq "worker exits 0" "$?" 0
"$ETL" analyze "$IN/gen" "$IN/other" >"$T/an.jsonl" 2>"$T/an.err"
expect_eq "analyze reports the call the worker quarantines (exit 1)" "$?" 1
expect_eq "analyze names the quarantined call's file" "$(grep -c 'empty.json' "$T/an.err")" 1
expect_eq "the worker quarantined it" "$(sql "SELECT count(*) FROM quarantine")" 1

sql "SELECT call_id, is_conversion, upsell_amount, sentiment_label, sentiment_score, evidence
     FROM gold_performance_metrics" >"$T/gold.txt"

# compare GOLD ANALYZE: "ok N" or what differs (the first five calls)
cat >"$T/cmp.py" <<'PY'
import json, sys
gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        cid, conv, up, lab, score, ev = line.rstrip("\n").split("|", 5)
        gold[cid] = (conv == "t", round(float(up) * 100), lab, float(score), json.loads(ev))
an = {}
for line in open(sys.argv[2], encoding="utf-8"):
    o = json.loads(line)
    an[o["call_id"]] = (o["is_conversion"], round(o["upsell_amount"] * 100),
                        o["sentiment_label"], o["sentiment_score"], o["evidence"])
bad = sorted(set(gold) ^ set(an))
for cid in sorted(set(gold) & set(an)):
    g, a = gold[cid], an[cid]
    # gold keeps four decimals of the score, analyze prints three
    if g[:3] != a[:3] or abs(g[3] - a[3]) > 0.00051 or g[4] != a[4]:
        bad.append(cid)
print("ok %d" % len(gold) if not bad else "differ %d: %s" % (len(bad), " ".join(bad[:5])))
PY
expect_eq "analyze equals gold call by call (KPIs, score, evidence)" \
    "$(python3 "$T/cmp.py" "$T/gold.txt" "$T/an.jsonl")" "ok 404"
expect_eq "the planted call is neutral once its address is masked" \
    "$(sql "SELECT sentiment_label FROM gold_performance_metrics WHERE call_id = 'AG-MAIL'")" neutral
expect_eq "no address reaches analyze's evidence" "$(grep -c '@example' "$T/an.jsonl")" 0

# Without masking analyze reads the address: it must differ, so the check
# above can fail; a worker run with --no-redact agrees with it again.
"$ETL" analyze --no-redact "$IN/gen" "$IN/other" >"$T/raw.jsonl" 2>/dev/null
check "analyze --no-redact differs from gold on the planted call" \
    sh -c "python3 '$T/cmp.py' '$T/gold.txt' '$T/raw.jsonl' | grep -q AG-MAIL"
sql "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public" >/dev/null
"$ETL" --once --no-mqtt --no-redact --input "$IN" --db "$DB" --log-level error
expect_eq "worker --no-redact exits 0" "$?" 0
sql "SELECT call_id, is_conversion, upsell_amount, sentiment_label, sentiment_score, evidence
     FROM gold_performance_metrics" >"$T/gold-raw.txt"
expect_eq "analyze --no-redact equals the worker's --no-redact gold" \
    "$(python3 "$T/cmp.py" "$T/gold-raw.txt" "$T/raw.jsonl")" "ok 404"
t_end
