/* pg_load.h - loading one prepared batch into bronze, silver, gold, the
 * aggregates, the file log, quarantine and the run log, in one transaction. */
#ifndef CZ_PG_LOAD_H
#define CZ_PG_LOAD_H

#include <libpq-fe.h>
#include <signal.h>
#include "batch.h"
#include "lease.h"
#include "known_merge.h" /* INGESTED_* */
#include "strmap.h"
#include "util.h"

typedef struct {
    long long batch_id;
    int files_seen, calls_loaded, duplicates, replaced, quarantined;
    double load_s, aggregate_s;
} load_stats;

/* Loads b with COPY and commits, in one transaction. When the database
 * refuses the batch for a reason tied to its data (pg_err_is_data), the calls
 * at fault are found by loading halves under savepoints in a transaction that
 * is rolled back; they are rejected into b's quarantine (batch_reject_call)
 * with the server's masked message, and the rest is loaded in one
 * transaction. On any other error (connection, read-only, disk full) the
 * transaction is rolled back and -1 returned with err (the files stay
 * pending). fence (NULL: none) is checked last before COMMIT (lease_fence):
 * a worker that lost the lease commits nothing. Marks each call's status (new / replace / duplicate /
 * superseded) and each file's outcome. months (NULL: none) holds the months
 * ("YYYY-MM-01") whose partitions exist since the caller took the worker
 * lock it still holds (retention drops them only under that lock): the
 * batch asks the server only for its other months, and adds them. With
 * b->stats_due, bronze's planner statistics are refreshed (ANALYZE of its key
 * column) in the batch's transaction before bronze is first read, which is
 * only for calls call_index already holds; b->stats_taken says whether the
 * committed load did. */
int pg_load_batch(PGconn *c, batch_t *b, const char *rules_version, lease *fence,
                  strmap *months, load_stats *st, cz_err *err);

/* Encodes the COPY rows of b's calls not encoded yet (all but the columns
 * only the loader knows: the batch's id, the rules version) into b->rows.
 * The producer thread calls it before handing a batch over, so that this
 * work overlaps the loading of the batch before; pg_load_batch and
 * pg_reload_batch encode what is missing. Touches no connection. */
void pg_load_encode(batch_t *b);

/* Reprocess mode: every call in b is already in bronze; silver and gold are
 * replaced with the batch's values and the aggregates follow. Bronze, the file
 * log and quarantine are left alone; a call the database refuses keeps its
 * old rows (it is marked rejected in b). */
int pg_reload_batch(PGconn *c, batch_t *b, const char *rules_version, load_stats *st, cz_err *err);

/* Takes the session-level worker lock, waiting (and saying why) while another
 * worker holds it, then marks batches left "running" by a dead worker as
 * interrupted. Must be called on every new connection before loading.
 * Returns -1 with err when stopped or on a database error. */
int pg_worker_lock(PGconn *c, volatile sig_atomic_t *stop, cz_err *err);

/* Classifies paths[0..n) against ingested_files: state[i] = INGESTED_SAME
 * when recorded with the same size and mtime (nothing to do), CHANGED when
 * recorded otherwise, NEW when not recorded. Returns -1 with err. */
int pg_filter_ingested(PGconn *c, char *const *paths, const int64_t *size,
                       const int64_t *mtime_ns, size_t n, char *state, cz_err *err);

#endif
