/* known_merge.h - the pure step of the listing merge (known.c): one walked
 * file against its directory's known rows, both sorted bytewise by name.
 * No database: the rows are whatever page of ingested_files known.c holds. */
#ifndef CZ_KNOWN_MERGE_H
#define CZ_KNOWN_MERGE_H

#include <stddef.h>
#include <stdint.h>

/* A file's state against what earlier runs recorded. */
enum { INGESTED_NEW = 0, INGESTED_SAME = 1, INGESTED_CHANGED = 2 };

/* One recorded file of a directory; name is borrowed. */
typedef struct {
    const char *name;
    int64_t size, mtime_ns;
} known_row;

/* Merges the walked file (name, size, mtime_ns) into rows[*at..n): rows named
 * before it were not walked (gone: deleted or moved since) and are passed,
 * counted into *gone. *state is INGESTED_SAME when a row is name with this
 * size and mtime, INGESTED_CHANGED when it is name otherwise (that row is
 * passed too, not counted), INGESTED_NEW when there is none. Returns 1 when
 * the rows ran out before a row after name (*state NEW): the answer may be in
 * the directory's next page, if it has one, so call again with that; else 0.
 * Calls must come in name order. */
int known_merge_step(const known_row *rows, size_t n, size_t *at, const char *name, int64_t size,
                     int64_t mtime_ns, char *state, size_t *gone);

#endif
