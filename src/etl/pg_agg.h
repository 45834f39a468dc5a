/* pg_agg.h - the counter columns of agent_daily_metrics and agent_totals, in
 * their table order: one list for the statements that add deltas to them and
 * the snapshot queries that read them. */
#ifndef CZ_PG_AGG_H
#define CZ_PG_AGG_H

#include "util.h"

#define PG_AGG_NCOLS 17
extern const char *const PG_AGG_COLS[PG_AGG_NCOLS];

/* Appends "f(c1)SEP f(c2)..." for each counter column c, where fmt holds
 * %1$s for the name, e.g. "a.%1$s + EXCLUDED.%1$s". */
void pg_agg_list(strbuf *b, const char *fmt, const char *sep);

#endif
