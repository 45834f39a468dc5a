/* pg_calls.h - the drill-down payloads read from gold and silver: each named
 * agent's newest calls with their evidence and cleaned, masked turns
 * (snapshot_calls.h), for the worker to publish after a commit. */
#ifndef CZ_PG_CALLS_H
#define CZ_PG_CALLS_H

#include <libpq-fe.h>
#include <stddef.h>
#include <stdint.h>

#include "snapshot_calls.h"
#include "util.h"

/* Agents read per query: the memory held is at most this many agents'
 * SNAPSHOT_CALLS_SENT calls with their first SNAPSHOT_TURNS_MAX turns, each
 * cut by the server to SNAPSHOT_TURN_TEXT characters. */
#define PG_CALLS_CHUNK 8

/* Calls fn(&calls, ud) once per agent of names[0..n), in order, with that
 * agent's newest SNAPSHOT_CALLS_SENT calls (call_time, then call_id,
 * descending; the index of migration 014), evidence and turns, and its
 * number of calls (agent_totals). An agent without calls gets an empty list.
 * calls is freed after fn returns. Returns -1 with err on a database error
 * (fn may have run for some agents). */
int pg_calls_each(PGconn *c, const char *const *names, size_t n, int64_t now,
                  void (*fn)(const snap_calls *calls, void *ud), void *ud, cz_err *err);

#endif
