/* strmap.h - an open-addressing hash map from strings to size_t values, for
 * per-batch lookups (call ids, agent/day groups). Keys are copied. */
#ifndef CZ_STRMAP_H
#define CZ_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char **keys;
    size_t *vals;
    size_t cap, n;
} strmap;

#define STRMAP_INIT {NULL, NULL, 0, 0}

/* Inserts or overwrites key. */
void strmap_put(strmap *m, const char *key, size_t val);
/* Returns true and sets *val when key is present. */
bool strmap_get(const strmap *m, const char *key, size_t *val);
void strmap_clear(strmap *m); /* empties, keeps capacity */
void strmap_free(strmap *m);

#endif
