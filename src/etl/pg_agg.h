/* pg_agg.h - the counters (counters.h) in SQL: the columns of
 * agent_daily_metrics and agent_totals in KPI_COUNTERS order, for the
 * statements that add deltas to them and the snapshot queries that read them,
 * and the same counters summed over gold. */
#ifndef CZ_PG_AGG_H
#define CZ_PG_AGG_H

#include <libpq-fe.h>
#include "counters.h"
#include "util.h"

/* Appends "f(c1)SEP f(c2)..." for each counter c, where fmt holds %1$s for
 * its column name, e.g. "a.%1$s + EXCLUDED.%1$s". */
void pg_agg_list(strbuf *b, const char *fmt, const char *sep);

/* The first hour agent_hourly_metrics keeps, as SQL: midnight, in the
 * aggregates' zone, of the first of the last hourly_days business days
 * (both from aggregate_zone, sql/007_hours_teams.sql). */
#define PG_HOURLY_CUTOFF                                                                   \
    "(SELECT (date_trunc('day', now() AT TIME ZONE timezone)"                              \
    " - (hourly_days - 1) * interval '1 day') AT TIME ZONE timezone FROM aggregate_zone)"

/* Appends each counter's gold expression (one call's contribution, over a
 * gold_performance_metrics row) as fmt renders it (%1$s), e.g. "sum(%1$s)". */
void pg_agg_gold_list(strbuf *b, const char *fmt, const char *sep);

/* Reads KC_N counters from columns col.. of row of r, in table order; a
 * count past int64 reads as INT64_MAX. */
void pg_agg_read(const PGresult *r, int row, int col, kpi_counts *k);

/* Appends the counters of k as COPY text fields, each preceded by a tab. */
void pg_agg_copy_fields(strbuf *b, const kpi_counts *k);

#endif
