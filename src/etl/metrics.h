/* metrics.h - the worker's operational metrics, written as a Prometheus
 * text-format file for node_exporter's textfile collector (setting
 * metrics_file): what it loaded, quarantined and re-delivered, its batches,
 * its lag, its reconnects, its role and rules. The counters count since the
 * process started (Prometheus handles the reset at a restart); the KPI
 * totals are the aggregates' (agent_totals), one per KPI counter
 * (counters.h). Formatting is pure; only metrics_write touches the disk. */
#ifndef CZ_METRICS_H
#define CZ_METRICS_H

#include <stdbool.h>
#include <stdint.h>
#include "counters.h"
#include "util.h"

/* Quarantine reasons in a few kinds, a bounded label set: the reasons
 * themselves quote data. X(kind, label) */
#define METRIC_QUARANTINE_KINDS(X) \
    X(QK_DATABASE, "refused_by_database")      \
    X(QK_TOO_LARGE, "too_large")               \
    X(QK_ENCODING, "encoding")                 \
    X(QK_JSON, "invalid_json")                 \
    X(QK_FIELD, "invalid_field")               \
    X(QK_EMPTY, "empty_transcript")            \
    X(QK_FILE, "unreadable_file")              \
    X(QK_OTHER, "other")

typedef enum {
#define QK_ENUM(kind, label) kind,
    METRIC_QUARANTINE_KINDS(QK_ENUM)
#undef QK_ENUM
    QK_N
} quarantine_kind;

/* The role this worker plays. One place decides it (worker_role in
 * worker.c): a standby worker waiting for the active one's lease sets
 * standby. */
typedef enum { ROLE_ACTIVE, ROLE_STANDBY } worker_role_t;

typedef struct {
    long long calls_loaded;         /* new or replacing an older version */
    long long calls_replaced;       /* re-delivered with changed content */
    long long calls_duplicate;      /* re-delivered unchanged (not loaded again) */
    long long quarantined[QK_N];    /* quarantine entries recorded, by kind */
    long long batches_committed, batches_failed;
    double last_batch_seconds;      /* prepare + load of the last committed batch */
    long long last_batch_calls, last_batch_files;
    int64_t last_batch_at;          /* unix time of its commit, 0 = none yet */
    int64_t oldest_pending_mtime;   /* unix time of the oldest file seen and not
                                     * yet committed, 0 = none pending */
    long long pg_reconnects, mqtt_reconnects;
    long long partitions_pruned;
    worker_role_t role;
    char rules_version[64];
    bool have_totals;               /* totals read from agent_totals */
    kpi_counts totals;
} etl_metrics;

/* The kind of a quarantine reason (as batch.h records it). */
quarantine_kind metrics_reason_kind(const char *reason);
const char *metrics_kind_label(quarantine_kind k);

/* The whole file's text for m at unix time now, appended to out. */
void metrics_format(strbuf *out, const etl_metrics *m, int64_t now);

/* Writes the file atomically: to "<path>.tmp" in the same directory, then
 * rename(2), so the collector never reads half a file. Returns -1 with err
 * (the path and the system's reason). */
int metrics_write(const char *path, const etl_metrics *m, int64_t now, cz_err *err);

#endif
