/* snapshot_internal.h - the codec's shared parts (snapshot.c encoders,
 * snapshot_decode.c decoders) for the payloads in other files of this
 * directory. Same contracts as their static originals there. */
#ifndef CZ_SNAPSHOT_INTERNAL_H
#define CZ_SNAPSHOT_INTERNAL_H

#include <cJSON.h>
#include <stdbool.h>
#include "snapshot.h"

cJSON *snap_begin(int64_t generated_at);
char *snap_finish(cJSON *o, int rc);
int snap_put_windows(cJSON *o, const kpi_windows *w);
int snap_add_int(cJSON *o, const char *name, int64_t v);
int snap_add_money(cJSON *o, const char *name, int64_t cents);
int snap_add_fixed(cJSON *o, const char *name, double v, int decimals);

cJSON *snap_parse_root(const char *buf, size_t len, cz_err *err);
int snap_get_header(const cJSON *root, int *schema, int64_t *generated_at, cz_err *err);
int snap_get_string(const cJSON *o, const char *key, const char *path, char **out, cz_err *err);
/* A string that may be absent or null (older workers): then a copy of def. */
int snap_get_optional_string(const cJSON *o, const char *key, const char *path, const char *def,
                             char **out, cz_err *err);
int snap_get_day(const cJSON *o, const char *key, const char *path, char out[11], cz_err *err);
int snap_get_count(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err);
int snap_get_epoch(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err);
int snap_get_number(const cJSON *o, const char *key, const char *path, double min, double max,
                    bool whole, double *out, cz_err *err);
int snap_get_windows(const cJSON *o, const char *path, kpi_windows *w, cz_err *err);

/* Reads one element e of an array of objects into slot (zeroed); path names
 * it ("agents[3]") for messages, i is its index (slot - i is the first of
 * the array, so an element can be checked against the one before). On
 * failure it may leave slot partly filled: the reader's free_one frees it. */
typedef int (*snap_read_fn)(const cJSON *e, const char *path, size_t i, void *slot, cz_err *err);

/* The count of elements there are in all beside an array that may carry
 * fewer ("agents_total"): at least those sent, else error `what`. Optional:
 * absent or null (older workers) means the number sent. */
typedef struct {
    const char *key;
    bool optional;
    const char *what;
    int64_t *out;
} snap_total;

/* The one reader of an array of objects: o's array key (path: where o is,
 * "" for the root), at most max elements and each an object, read in order
 * by read_one into a new array of elem_size-byte slots; then, when total is
 * not NULL, its count checked against the elements. Returns 0 with *v
 * (caller frees, with what read_one put in the slots) and *n; on any failure
 * -1 with err, every slot read so far freed with free_one (NULL: nothing to
 * free in a slot), the array freed, *v NULL and *n 0. */
int snap_get_objects(const cJSON *o, const char *key, const char *path, size_t max,
                     size_t elem_size, snap_read_fn read_one, void (*free_one)(void *slot),
                     const snap_total *total, void **v, size_t *n, cz_err *err);

#endif
