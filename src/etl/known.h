/* known.h - which files earlier runs ingested, read from ingested_files one
 * directory at a time in name order and merged with the sorted walk, so that
 * a run over a large, mostly loaded input costs a few range reads rather than
 * a lookup per file; and, for a file read again, what it held last time. */
#ifndef CZ_KNOWN_H
#define CZ_KNOWN_H

#include <libpq-fe.h>
#include <stdint.h>
#include "util.h"

typedef struct known_dirs known_dirs;

/* An empty merge state; free with known_free, giving the connection last
 * used (a page read ahead on it is received and dropped). */
known_dirs *known_new(void);
void known_free(known_dirs *k, PGconn *c);

/* Classifies one walked path as INGESTED_NEW, SAME (recorded with this size
 * and mtime) or CHANGED (recorded otherwise), in *state. Paths must arrive in
 * scan_tree's order: depth first, names sorted bytewise within a directory.
 * Returns -1 with err on a database error; nothing is consumed then, so the
 * caller may reconnect and call again with the same path. Between calls a
 * query may be in flight on c: use c for nothing else meanwhile. */
int known_lookup(known_dirs *k, PGconn *c, const char *path, int64_t size, int64_t mtime_ns,
                 char *state, cz_err *err);

/* The identities of the calls the file at path held when it was last read
 * (ingested_files.record_hashes), sorted ascending, into *ids (malloc'd,
 * caller frees; NULL when none) and *n. For a file known_lookup found
 * CHANGED, before it is read again. Returns -1 with err on a database error. */
int known_records(known_dirs *k, PGconn *c, const char *path, uint64_t **ids, size_t *n,
                  cz_err *err);

#endif
