/* report.h - `converza-etl report`: overall and per-agent KPIs as a table or JSON. */
#ifndef CZ_REPORT_H
#define CZ_REPORT_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdio.h>

/* Writes the report from the aggregates. Returns 0 or -1 (message logged). */
int report_write(PGconn *c, bool json, FILE *out);

/* Lists the KPI counters (counters.h), one line each, tab-separated: the
 * aggregate column, its kind (count, money or score), its path in a payload
 * KPI object (e.g. "talk.interruptions_sum") and its SQL expression over a
 * gold_performance_metrics row. Needs no database. */
void report_counters(FILE *out);

#endif
