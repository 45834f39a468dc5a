/* metrics.c - the Prometheus text format of the worker's metrics (metrics.h)
 * and its atomic write. */
#include "metrics.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

quarantine_kind metrics_reason_kind(const char *r)
{
    if (!r)
        return QK_OTHER;
    /* The database's refusals quote anything: matched first. */
    if (strstr(r, "refused by the database"))
        return QK_DATABASE;
    if (strstr(r, "over the limit") || strstr(r, "larger than"))
        return QK_TOO_LARGE;
    if (strstr(r, "UTF-8") || strstr(r, "UTF-16") || strstr(r, "NUL"))
        return QK_ENCODING;
    if (strstr(r, "JSON") || strstr(r, "trailing data") || strstr(r, "unexpected data"))
        return QK_JSON;
    if (strstr(r, "field ") || strstr(r, "timestamp"))
        return QK_FIELD;
    if (strstr(r, "empty transcript") || strstr(r, "transcript has no text"))
        return QK_EMPTY;
    if (strstr(r, "regular file") || strstr(r, "cannot read") || strstr(r, "read error") ||
        strstr(r, "deeper") || strstr(r, "symbolic link") || strstr(r, "symlink"))
        return QK_FILE;
    return QK_OTHER;
}

const char *metrics_kind_label(quarantine_kind k)
{
    static const char *const labels[QK_N] = {
#define QK_LABEL(kind, label) label,
        METRIC_QUARANTINE_KINDS(QK_LABEL)
#undef QK_LABEL
    };
    return k >= 0 && k < QK_N ? labels[k] : "other";
}

static void head(strbuf *o, const char *name, const char *type, const char *help)
{
    sb_printf(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* A label value: backslash, double quote and newline escaped. */
static void label_value(strbuf *o, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '"')
            sb_putc(o, '\\');
        if (*v == '\n')
            sb_puts(o, "\\n");
        else
            sb_putc(o, *v);
    }
}

void metrics_format(strbuf *o, const etl_metrics *m, int64_t now)
{
    head(o, "converza_calls_loaded_total", "counter",
         "Calls loaded into bronze, silver and gold (new, or replacing an older version).");
    sb_printf(o, "converza_calls_loaded_total %lld\n", m->calls_loaded);
    head(o, "converza_calls_redelivered_total", "counter",
         "Calls delivered again: replaced (content changed) or duplicate (unchanged, not loaded).");
    sb_printf(o, "converza_calls_redelivered_total{outcome=\"replaced\"} %lld\n", m->calls_replaced);
    sb_printf(o, "converza_calls_redelivered_total{outcome=\"duplicate\"} %lld\n",
              m->calls_duplicate);
    head(o, "converza_quarantined_total", "counter",
         "Input records or files quarantined, by kind of reason.");
    for (int k = 0; k < QK_N; k++)
        sb_printf(o, "converza_quarantined_total{reason=\"%s\"} %lld\n",
                  metrics_kind_label((quarantine_kind)k), m->quarantined[k]);
    head(o, "converza_batches_total", "counter", "Batches by outcome.");
    sb_printf(o, "converza_batches_total{status=\"committed\"} %lld\n", m->batches_committed);
    sb_printf(o, "converza_batches_total{status=\"failed\"} %lld\n", m->batches_failed);
    head(o, "converza_last_batch_duration_seconds", "gauge",
         "Prepare and load time of the last committed batch.");
    sb_printf(o, "converza_last_batch_duration_seconds %.6f\n", m->last_batch_seconds);
    head(o, "converza_last_batch_calls", "gauge", "Calls loaded by the last committed batch.");
    sb_printf(o, "converza_last_batch_calls %lld\n", m->last_batch_calls);
    head(o, "converza_last_batch_files", "gauge", "Files read by the last committed batch.");
    sb_printf(o, "converza_last_batch_files %lld\n", m->last_batch_files);
    head(o, "converza_last_batch_timestamp_seconds", "gauge",
         "Unix time of the last committed batch (0: none since the start).");
    sb_printf(o, "converza_last_batch_timestamp_seconds %lld\n", (long long)m->last_batch_at);
    head(o, "converza_lag_seconds", "gauge",
         "Age (by modification time) of the oldest input file seen and not yet loaded; 0 when"
         " none is pending.");
    int64_t lag = m->oldest_pending_mtime > 0 ? now - m->oldest_pending_mtime : 0;
    sb_printf(o, "converza_lag_seconds %lld\n", (long long)(lag > 0 ? lag : 0));
    head(o, "converza_reconnects_total", "counter",
         "Connections lost and made again, by server.");
    sb_printf(o, "converza_reconnects_total{server=\"postgresql\"} %lld\n", m->pg_reconnects);
    sb_printf(o, "converza_reconnects_total{server=\"mqtt\"} %lld\n", m->mqtt_reconnects);
    head(o, "converza_partitions_pruned_total", "counter",
         "Month partitions dropped by retention.");
    sb_printf(o, "converza_partitions_pruned_total %lld\n", m->partitions_pruned);
    head(o, "converza_active", "gauge", "1 when this worker loads, 0 when it waits as a standby.");
    sb_printf(o, "converza_active %d\n", m->role == ROLE_ACTIVE);
    head(o, "converza_rules_info", "gauge", "The KPI rules version in use (always 1).");
    sb_puts(o, "converza_rules_info{version=\"");
    label_value(o, m->rules_version);
    sb_puts(o, "\"} 1\n");
    if (m->have_totals) {
        head(o, "converza_kpi_total", "gauge",
             "The aggregates' all-time KPI counters (agent_totals summed over agents), one per"
             " counter of converza-etl counters.");
        for (int i = 0; i < KC_N; i++) {
            char v[32];
            sb_printf(o, "converza_kpi_total{counter=\"%s\"} %s\n", KC_TABLE[i].column,
                      kc_format(i, kc_get(&m->totals, i), v));
        }
    }
    head(o, "converza_metrics_timestamp_seconds", "gauge", "Unix time this file was written.");
    sb_printf(o, "converza_metrics_timestamp_seconds %lld\n", (long long)now);
}

int metrics_write(const char *path, const etl_metrics *m, int64_t now, cz_err *err)
{
    strbuf text = SB_INIT, tmp = SB_INIT;
    metrics_format(&text, m, now);
    sb_printf(&tmp, "%s.tmp", path);
    int rc = -1;
    FILE *f = fopen(tmp.s, "w");
    if (!f) {
        cz_err_set(err, "cannot write metrics file %s: %s", tmp.s, strerror(errno));
        goto out;
    }
    size_t n = fwrite(text.s, 1, text.len, f);
    int werr = ferror(f);
    if (fclose(f) != 0 || n != text.len || werr) {
        cz_err_set(err, "cannot write metrics file %s: %s", tmp.s, strerror(errno));
        remove(tmp.s);
        goto out;
    }
    if (rename(tmp.s, path) != 0) {
        cz_err_set(err, "cannot rename %s to %s: %s", tmp.s, path, strerror(errno));
        remove(tmp.s);
        goto out;
    }
    rc = 0;
out:
    sb_free(&text);
    sb_free(&tmp);
    return rc;
}
