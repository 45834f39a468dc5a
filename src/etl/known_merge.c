/* known_merge.c - one walked file against a sorted page of known rows. */
#include "known_merge.h"

#include <string.h>

int known_merge_step(const known_row *rows, size_t n, size_t *at, const char *name, int64_t size,
                     int64_t mtime_ns, char *state, size_t *gone)
{
    *state = INGESTED_NEW;
    for (; *at < n; ++*at, ++*gone) {
        const known_row *r = &rows[*at];
        int cmp = strcmp(r->name, name);
        if (cmp > 0)
            return 0;
        if (cmp == 0) {
            *state = r->size == size && r->mtime_ns == mtime_ns ? INGESTED_SAME : INGESTED_CHANGED;
            ++*at; /* walked: names come in order, so it is not met again */
            return 0;
        }
    }
    return 1;
}
