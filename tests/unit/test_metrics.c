/* test_metrics.c - the metrics file's text (metrics.h): every sample with
 * its value, the label escaping of the rules version, the lag from the
 * oldest pending file, the kinds of quarantine reasons as the worker writes
 * them, and the atomic write leaving no temporary file. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "metrics.h"
#include "t.h"
#include "util.h"

/* The line of text starting with prefix, without its newline, or "". */
static const char *line_of(const char *text, const char *prefix, char out[256])
{
    out[0] = '\0';
    size_t n = strlen(prefix);
    for (const char *p = text; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len >= n && memcmp(p, prefix, n) == 0 && len < 256) {
            memcpy(out, p, len);
            out[len] = '\0';
            return out;
        }
        p = nl ? nl + 1 : NULL;
    }
    return out;
}

int main(void)
{
    etl_metrics m;
    memset(&m, 0, sizeof m);
    m.calls_loaded = 1234;
    m.calls_replaced = 5;
    m.calls_duplicate = 7;
    m.quarantined[QK_JSON] = 3;
    m.quarantined[QK_DATABASE] = 1;
    m.batches_committed = 9;
    m.batches_failed = 2;
    m.last_batch_seconds = 0.25;
    m.last_batch_calls = 1000;
    m.last_batch_files = 998;
    m.last_batch_at = 1700000000;
    m.oldest_pending_mtime = 1700000000 - 90;
    m.pg_reconnects = 4;
    m.mqtt_reconnects = 6;
    m.role = ROLE_ACTIVE;
    snprintf(m.rules_version, sizeof m.rules_version, "2026.12 \"x\\y\"");
    m.have_totals = true;
    m.totals.calls = 42;
    m.totals.upsell_cents = 123456;
    m.totals.sentiment_e4 = -5000;
    strbuf t = SB_INIT;
    metrics_format(&t, &m, 1700000000);
    char l[256];
    CHECK_STR(line_of(t.s, "converza_calls_loaded_total ", l), "converza_calls_loaded_total 1234",
              "calls loaded");
    CHECK_STR(line_of(t.s, "converza_calls_redelivered_total{outcome=\"replaced\"}", l),
              "converza_calls_redelivered_total{outcome=\"replaced\"} 5", "replaced");
    CHECK_STR(line_of(t.s, "converza_calls_redelivered_total{outcome=\"duplicate\"}", l),
              "converza_calls_redelivered_total{outcome=\"duplicate\"} 7", "duplicate");
    CHECK_STR(line_of(t.s, "converza_quarantined_total{reason=\"invalid_json\"}", l),
              "converza_quarantined_total{reason=\"invalid_json\"} 3", "quarantined by kind");
    CHECK_STR(line_of(t.s, "converza_quarantined_total{reason=\"other\"}", l),
              "converza_quarantined_total{reason=\"other\"} 0", "every kind sampled, 0 too");
    CHECK_STR(line_of(t.s, "converza_batches_total{status=\"failed\"}", l),
              "converza_batches_total{status=\"failed\"} 2", "failed batches");
    CHECK_STR(line_of(t.s, "converza_last_batch_duration_seconds ", l),
              "converza_last_batch_duration_seconds 0.250000", "last batch duration");
    CHECK_STR(line_of(t.s, "converza_lag_seconds ", l), "converza_lag_seconds 90",
              "lag: age of the oldest pending file");
    CHECK_STR(line_of(t.s, "converza_reconnects_total{server=\"mqtt\"}", l),
              "converza_reconnects_total{server=\"mqtt\"} 6", "broker reconnects");
    CHECK_STR(line_of(t.s, "converza_active ", l), "converza_active 1", "active");
    CHECK_STR(line_of(t.s, "converza_rules_info", l),
              "converza_rules_info{version=\"2026.12 \\\"x\\\\y\\\"\"} 1",
              "rules version escaped as a label value");
    CHECK_STR(line_of(t.s, "converza_kpi_total{counter=\"upsell_revenue\"}", l),
              "converza_kpi_total{counter=\"upsell_revenue\"} 1234.56", "money in dollars");
    CHECK_STR(line_of(t.s, "converza_kpi_total{counter=\"sentiment_sum\"}", l),
              "converza_kpi_total{counter=\"sentiment_sum\"} -0.5000", "score sum, 4 decimals");
    CHECK_STR(line_of(t.s, "# TYPE converza_calls_loaded_total", l),
              "# TYPE converza_calls_loaded_total counter", "typed counter");
    CHECK_STR(line_of(t.s, "# TYPE converza_lag_seconds", l), "# TYPE converza_lag_seconds gauge",
              "typed gauge");
    sb_clear(&t);
    m.role = ROLE_STANDBY;
    m.oldest_pending_mtime = 1700000100; /* a file from the future: no negative lag */
    m.have_totals = false;
    metrics_format(&t, &m, 1700000000);
    CHECK_STR(line_of(t.s, "converza_active ", l), "converza_active 0", "standby");
    CHECK_STR(line_of(t.s, "converza_lag_seconds ", l), "converza_lag_seconds 0", "lag never < 0");
    CHECK(strstr(t.s, "converza_kpi_total") == NULL, "no totals when they were not read");
    sb_free(&t);

    /* Reasons as batch.c, produce.c and the loader word them. */
    CHECK(metrics_reason_kind("invalid JSON near byte 13 (line 1, column 14)") == QK_JSON, "json");
    CHECK(metrics_reason_kind("file is 3000 bytes, over the limit of 2000 (max_file_size)") ==
              QK_TOO_LARGE, "too large");
    CHECK(metrics_reason_kind("record is not valid UTF-8 at byte 4 (bronze_calls.raw is text)") ==
              QK_ENCODING, "encoding");
    CHECK(metrics_reason_kind("missing field agent_name") == QK_FIELD, "missing field");
    CHECK(metrics_reason_kind("unparseable timestamp \"x\"") == QK_FIELD, "timestamp");
    CHECK(metrics_reason_kind("empty transcript") == QK_EMPTY, "empty");
    CHECK(metrics_reason_kind("symbolic link: not followed") == QK_FILE, "symlink");
    CHECK(metrics_reason_kind("refused by the database: loading gold: invalid JSON in field x") ==
              QK_DATABASE, "the database's refusal wins over the words it quotes");
    CHECK(metrics_reason_kind("something new") == QK_OTHER, "other");

    /* The write: the file replaced whole, no temporary left. */
    char dir[] = "/tmp/cz-metrics.XXXXXX";
    CHECK(mkdtemp(dir) != NULL, "temp dir");
    strbuf path = SB_INIT, tmp = SB_INIT;
    sb_printf(&path, "%s/converza.prom", dir);
    sb_printf(&tmp, "%s/converza.prom.tmp", dir);
    cz_err err;
    CHECK(metrics_write(path.s, &m, 1700000000, &err) == 0, "write");
    struct stat st;
    CHECK(stat(path.s, &st) == 0 && st.st_size > 500, "file written whole");
    CHECK(stat(tmp.s, &st) != 0, "no temporary file left");
    strbuf bad = SB_INIT;
    sb_printf(&bad, "%s/missing/converza.prom", dir);
    CHECK(metrics_write(bad.s, &m, 1700000000, &err) < 0 && strstr(err.msg, "missing/converza.prom"),
          "an unwritable path is an error naming it");
    remove(path.s);
    rmdir(dir);
    sb_free(&path);
    sb_free(&tmp);
    sb_free(&bad);
    T_END();
}
