/* prune.h - retention: dropping the month partitions of bronze, silver and
 * gold older than their settings keep, and old quarantine rows. The
 * aggregates (agent_daily_metrics, agent_totals) are never touched, so the
 * dashboard's history outlives the rows it was computed from. */
#ifndef CZ_PRUNE_H
#define CZ_PRUNE_H

#include <libpq-fe.h>
#include <stdbool.h>
#include "settings.h"
#include "util.h"

typedef struct {
    int partitions;          /* month partitions dropped (or that would be) */
    long long rows;          /* rows they held (planner estimate: 0 before ANALYZE) */
    long long quarantine;    /* quarantine rows deleted (or that would be) */
} prune_result;

/* True when any retain_* setting is not 0 (keep everything). */
bool prune_enabled(const cz_settings *s);

/* Applies the retain_*_months settings: a setting of N keeps the current
 * month (UTC) and the N - 1 before it; older month partitions of that layer
 * are dropped whole, quarantine rows older than that deleted. Default
 * partitions and future months are never dropped. dry_run: only lists and
 * counts what would go, changing nothing. Each partition is logged (info).
 * Runs in one transaction; the caller holds the worker lock so no batch is
 * loading meanwhile. Returns 0, or -1 with err (nothing changed). */
int pg_prune(PGconn *c, const cz_settings *s, bool dry_run, prune_result *res, cz_err *err);

#endif
