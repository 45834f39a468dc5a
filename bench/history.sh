# history.sh - the benchmark's history case, sourced by bench.sh (after its
# set-up: servers, helpers, run_timed, sqld, conninfo, etl, verdict...) when
# BENCH_HISTORY=1 (after the other steps) or BENCH_HISTORY=only (alone).
#
# A database with BENCH_HISTORY_CALLS (default 10,000,000) calls of history
# spread over BENCH_HISTORY_MONTHS (36) months up to now, filled by SQL
# (generate_series) rather than the worker: gold rows with their KPIs, short
# bronze and silver rows (the layers' row counts, not their bytes, are what
# the look-ups and indexes see), where each call is (call_index, in the order
# of the calls' times, as a worker loading day after day writes it), and the
# aggregates built from gold as the
# worker keeps them (the daily rows in the order of their days, as a worker
# running day after day writes them). Then, BENCH_HISTORY_ROUNDS (5) times, a
# batch of 1,000 new calls into an empty database and one into the history
# (both partitioned for the same months beforehand, each batch right after a
# CHECKPOINT so that both start from the same state: the set-up's dirty pages
# written, every page's first change a full-page image in the WAL), median
# against median; the delay from each batch's commit to its retained MQTT
# summary reaching a subscriber; and pruning the oldest month of all three
# layers. Sets HIST_FIELD for bench.sh's last line.
HIST_MONTHS=${BENCH_HISTORY_MONTHS:-36}
HB=1000
HR=${BENCH_HISTORY_ROUNDS:-5}
case $HIST_MONTHS in '' | *[!0-9]* | 0) die "BENCH_HISTORY_MONTHS must be a positive integer" ;; esac
case $HR in '' | *[!0-9]* | 0) die "BENCH_HISTORY_ROUNDS must be a positive integer" ;; esac
HDB=cz_hist

step "history: $HIST_N calls over $HIST_MONTHS months in gold and the aggregates"
# BENCH_KEEP: the filled database is kept in the cluster as cz_hist_seed
# (its comment says what it holds) and copied for each run, a file copy
# rather than a fill; the worker's start-up migrates the copy if the schema
# is newer than the seed's.
HSEED=cz_hist_seed HSEED_SAYS="calls $HIST_N months $HIST_MONTHS"
HREUSE=0
if [ -n "${BENCH_KEEP:-}" ]; then
    psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $HDB" -c "DROP DATABASE IF EXISTS cz_hempty" ||
        die "cannot drop the last run's databases"
    [ "$(sqld postgres "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$HSEED'")" = "$HSEED_SAYS" ] &&
        HREUSE=1
fi
if [ $HREUSE = 1 ]; then
    # The seed is migrated first, once, so that no run measures a migration.
    etl --once --no-mqtt --db "$(conninfo $HSEED)" --input "$WORK/nothing" || etl_failed "migrating $HSEED"
    t0=$(now)
    psql -X -q -d postgres -c "CREATE DATABASE $HDB TEMPLATE $HSEED STRATEGY FILE_COPY" ||
        die "cannot copy database $HSEED"
    echo "   copied from the kept $HSEED in $(calc "$(now) - $t0" %.1f) s (BENCH_KEEP=$BENCH_KEEP)"
else
psql -X -q -d postgres -c "CREATE DATABASE $HDB" || die "cannot create database $HDB"
fi
etl --once --no-mqtt --db "$(conninfo $HDB)" --input "$WORK/nothing" || etl_failed "schema"
# Every month of the history and the current one, as the worker makes them.
MONTHS_SQL="SELECT sum(converza_ensure_month((now() - make_interval(months => m))::date))
            FROM generate_series(0, $HIST_MONTHS) m"
"$BIN/converza-etl" counters >"$WORK/counters.tsv" || die "converza-etl counters failed"
hlist() { awk -F '\t' -v f="$1" '{ s = f; gsub(/%c/, $1, s); gsub(/%g/, $4, s); printf "%s%s", (NR > 1 ? ", " : ""), s }' "$WORK/counters.tsv"; }
H_COLS=$(hlist '%c') H_GOLD=$(hlist 'sum(%g)') H_SUMS=$(hlist 'sum(%c)')
if [ $HREUSE = 0 ]; then
t0=$(now)
# Call g: agent g % 200, at a minute spread over the months (7919 is prime to
# the span, so consecutive calls land far apart, in every partition).
SPAN=$((HIST_MONTHS * 30 * 1440))
sqld $HDB "$MONTHS_SQL" >/dev/null || die "cannot create the history's partitions"
# One statement string, one transaction: now() is the same for every layer.
HSRC="FROM generate_series(1, $HIST_N) g, LATERAL (SELECT 'HIST-' || g, 'History Agent ' || (g % 200),
          date_trunc('minute', now()) - (((g::bigint * 7919) % $SPAN) + 60) * interval '1 minute') x(call_id, agent_name, t)"
sqld $HDB "
    INSERT INTO gold_performance_metrics (call_id, agent_name, call_time, call_day,
        is_conversion, upsell_amount, sentiment_label, sentiment_score, evidence,
        rules_version, batch_id, source_format)
    SELECT call_id, agent_name, t, (t AT TIME ZONE 'UTC')::date,
        g % 4 = 0, CASE WHEN g % 7 = 0 THEN 19.99 ELSE 0 END,
        (ARRAY['positive', 'neutral', 'negative'])[g % 3 + 1], ((g % 3) - 1) * 0.5,
        '{}', 'history', 0, 'seed'
    $HSRC;
    INSERT INTO silver_calls (call_id, agent_name, call_time, turns, turn_count, batch_id)
    SELECT call_id, agent_name, t, '[]', 0, 0 $HSRC;
    INSERT INTO bronze_calls (call_id, raw, source_file, checksum, batch_id, call_time)
    SELECT call_id, '{}', 'history', '0000000000000000', 0, t $HSRC;
    INSERT INTO call_index (call_id, call_time) SELECT call_id, t $HSRC ORDER BY t;
    INSERT INTO agent_daily_metrics (agent_name, day, $H_COLS)
    SELECT agent_name, call_day, $H_GOLD FROM gold_performance_metrics GROUP BY 1, 2 ORDER BY 2, 1;
    INSERT INTO agent_totals (agent_name, $H_COLS)
    SELECT agent_name, $H_SUMS FROM agent_daily_metrics GROUP BY agent_name" ||
    die "cannot insert the history"
# As autovacuum would have left a database that grew over years.
sqld $HDB "VACUUM ANALYZE" || die "cannot vacuum the history"
echo "   inserted and vacuumed in $(calc "$(now) - $t0" %.1f) s: gold $(sqld $HDB 'SELECT count(*) FROM gold_performance_metrics') rows" \
    "in $(sqld $HDB "SELECT count(*) FROM pg_inherits WHERE inhparent = 'gold_performance_metrics'::regclass") partitions," \
    "aggregates $(sqld $HDB 'SELECT count(*) FROM agent_daily_metrics') agent-days," \
    "$(sqld $HDB 'SELECT count(*) FROM agent_totals') agents; database $(sqld $HDB "SELECT pg_size_pretty(pg_database_size('$HDB'))")"
if [ -n "${BENCH_KEEP:-}" ]; then
    t0=$(now)
    psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $HSEED" \
        -c "CREATE DATABASE $HSEED TEMPLATE $HDB STRATEGY FILE_COPY" \
        -c "COMMENT ON DATABASE $HSEED IS '$HSEED_SAYS'" || die "cannot keep the history as $HSEED"
    echo "   kept as $HSEED in $(calc "$(now) - $t0" %.1f) s (BENCH_KEEP=$BENCH_KEEP)"
fi
fi

# The batch's own time in the database's clock: its etl_runs row (first
# statement to the last before COMMIT), in ms.
batch_ms() { sqld "$1" "SELECT round(extract(epoch FROM finished_at - started_at)::numeric * 1000, 1)
                        FROM etl_runs WHERE batch_id = (SELECT max(batch_id) FROM etl_runs)"; }
start_sub bench/hist/summary hsub
HSUB_PID=$SUBPID
# The same delay for the batches into the empty database (its runs' etl_runs
# go with it, so each is read before the drop): the reference without history,
# at the same moment's load.
start_sub bench/hempty/summary hesub
HESUB_PID=$SUBPID
mkdir -p "$WORK/hin"
H_FIRST=$(($(sqld $HDB "SELECT coalesce(max(batch_id), 0) FROM etl_runs") + 1))
# checkpoint DB: the batch that follows starts from a written-out database.
checkpoint() { sqld "$1" "CHECKPOINT" >/dev/null || die "CHECKPOINT failed"; }
for r in $(seq 1 $HR); do
    "$BIN/converza-gen" --calls $HB --seed $((r + 40)) --prefix "HNEW$r" --out "$WORK/hnew$r" --quiet ||
        die "converza-gen failed"
    psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS cz_hempty" -c "CREATE DATABASE cz_hempty" || die "cannot create database cz_hempty"
    etl --once --no-mqtt --db "$(conninfo cz_hempty)" --input "$WORK/nothing" || etl_failed "schema"
    sqld cz_hempty "$MONTHS_SQL" >/dev/null || die "cannot create partitions"
    checkpoint cz_hempty
    run_timed "hempty$r" "$WORK/etl" --once --db "$(conninfo cz_hempty)" --mqtt-host 127.0.0.1 \
        --mqtt-port "$MQTT_PORT" --mqtt-prefix bench/hempty --batch-size $HB --input "$WORK/hnew$r" ||
        etl_failed "empty database"
    expect_count cz_hempty gold_performance_metrics $HB "empty-database batch"
    echo "$(batch_ms cz_hempty)" >"$WORK/hempty$r.ms"
    HE_FIN=$(sqld cz_hempty "SELECT extract(epoch FROM finished_at) FROM etl_runs
                             WHERE status = 'committed' ORDER BY batch_id DESC LIMIT 1")
    i=0 # its summary: the r-th of batch 1 (each empty database's first batch)
    while [ "$(awk '$2 == "1"' "$WORK/hesub.txt" | wc -l)" -lt $r ] && [ $i -lt 40 ]; do
        i=$((i + 1)); sleep 0.05
    done
    awk -v r=$r -v fin="$HE_FIN" '$2 == "1" && ++n == r { printf "%.1f\n", ($1 - fin) * 1000 }' \
        "$WORK/hesub.txt" >"$WORK/hempty$r.pub"
    psql -X -q -d postgres -c "DROP DATABASE cz_hempty"
    mv "$WORK/hnew$r" "$WORK/hin/" || die "cannot move the new calls"
    checkpoint $HDB
    run_timed "hfull$r" "$WORK/etl" --once --db "$(conninfo $HDB)" --mqtt-host 127.0.0.1 \
        --mqtt-port "$MQTT_PORT" --mqtt-prefix bench/hist --batch-size $HB --input "$WORK/hin" ||
        etl_failed "history batch"
    expect_count $HDB gold_performance_metrics $((HIST_N + r * HB)) "history batch"
    echo "$(batch_ms $HDB)" >"$WORK/hfull$r.ms"
done
kill "$HSUB_PID" "$HESUB_PID" 2>/dev/null
wait "$HSUB_PID" "$HESUB_PID" 2>/dev/null
# median NAME: the median of the rounds' NAME1.ms ... (the lower middle one
# for an even count); each NAME [EXT] lists NAME1.EXT ... (.ms) in the
# rounds' order.
median() { for r in $(seq 1 $HR); do cat "$WORK/$1$r.ms"; done | sort -n | sed -n "$(((HR + 1) / 2))p"; }
each() { for r in $(seq 1 $HR); do printf '%s ' "$(cat "$WORK/$1$r.${2:-ms}")"; done; }
HE=$(median hempty) HF=$(median hfull)
echo "   batch of $HB new calls (etl_runs start to the last statement before COMMIT), each after a CHECKPOINT, median of $HR:"
echo "     empty database:   $HE ms ($(each hempty)ms); whole run $(wall hempty1 | cut -c1-5) s"
echo "     with the history: $HF ms ($(each hfull)ms); whole run $(wall hfull1 | cut -c1-5) s"
HRATIO=$(calc "$HF / $HE" %.2f)
echo "     history / empty: ${HRATIO}x"
# Commit to subscriber, per batch, as bench.sh's publish delay.
sqld $HDB "SELECT batch_id, extract(epoch FROM finished_at) FROM etl_runs
           WHERE status = 'committed' AND batch_id >= $H_FIRST" >"$WORK/hruns.txt"
HPUB=$(awk -F'[| ]' 'NR == FNR { fin[$1] = $2; next }
    $1 != "subscribed" && ($2 in fin) && !($2 in seen) { seen[$2] = 1; d = ($1 - fin[$2]) * 1000
        n++; if (d > max) max = d; each = each sprintf("%.1f ", d) }
    END { printf "%d %.1f %s", n, max, each }' "$WORK/hruns.txt" "$WORK/hsub.txt")
HPUB_N=$(echo "$HPUB" | cut -d' ' -f1) HPUB_MAX=$(echo "$HPUB" | cut -d' ' -f2) HPUB_EACH=$(echo "$HPUB" | cut -d' ' -f3-)
echo "   snapshot after commit (the batch's last statement before COMMIT to the retained summary at a"
echo "   subscriber: the COMMIT's WAL flush, the snapshot's reads and the broker's hop): $HPUB_N of $HR batches, max $HPUB_MAX ms (${HPUB_EACH}ms)"
HEPUB=$(each hempty pub)
echo "   the same after the batches into the empty database (no history, same load): ${HEPUB}ms"

# Pruning the oldest month of every layer: keep HIST_MONTHS months, drop
# the month HIST_MONTHS ago.
ROWS_OLD=$(sqld $HDB "SELECT count(*) FROM gold_performance_metrics
                      WHERE call_time < date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
                                        - make_interval(months => $((HIST_MONTHS - 1)))")
run_timed hprune "$BIN/converza-etl" prune --config "$WORK/empty.conf" --log-level warn --db "$(conninfo $HDB)" \
    --retain-bronze-months "$HIST_MONTHS" --retain-silver-months "$HIST_MONTHS" \
    --retain-gold-months "$HIST_MONTHS" >"$WORK/hprune.out" 2>>"$WORK/etl.log" || etl_failed "prune"
HPRUNE=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$WORK/hprune.out")
echo "   prune: $(cat "$WORK/hprune.out") ($ROWS_OLD calls of gold in the oldest month; whole command $(wall hprune | cut -c1-5) s)"
[ "$(sqld $HDB "SELECT sum(calls) FROM agent_totals")" = "$((HIST_N + HR * HB))" ] ||
    die "the aggregates lost calls in the prune"
psql -X -q -d postgres -c "DROP DATABASE $HDB"
HIST_FIELD=" history ${HIST_N} batch ${HRATIO}x snapshot ${HPUB_MAX}ms prune ${HPRUNE}s"
hverdict() { # TEXT OK(awk condition), as bench.sh's verdict
    if awk "BEGIN { exit !($2) }"; then echo "   ok      $1"; else echo "   MISSED  $1"; fi
}
hist_verdicts() {
    hverdict "batch of $HB with $HIST_N calls of history <= 1.25x an empty database: ${HRATIO}x" "$HRATIO <= 1.25"
    hverdict "snapshot after commit <= 50 ms with the history (COMMIT included): max $HPUB_MAX ms" "$HPUB_MAX <= 50 && $HPUB_N == $HR"
    hverdict "pruning a month <= 1 s: $HPRUNE s" "$HPRUNE <= 1"
}
