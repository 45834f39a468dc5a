/* strmap.c - string-keyed hash map with linear probing, grown at 70% load. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static size_t slot_of(const strmap *m, const char *key)
{
    size_t i = (size_t)cz_fnv1a64(key, strlen(key)) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & (m->cap - 1);
    return i;
}

static void grow(strmap *m)
{
    strmap g = {NULL, NULL, m->cap ? m->cap * 2 : 64, 0};
    g.keys = xcalloc(g.cap, sizeof *g.keys);
    g.vals = xcalloc(g.cap, sizeof *g.vals);
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            size_t s = slot_of(&g, m->keys[i]);
            g.keys[s] = m->keys[i];
            g.vals[s] = m->vals[i];
            g.n++;
        }
    free(m->keys);
    free(m->vals);
    *m = g;
}

void strmap_put(strmap *m, const char *key, size_t val)
{
    if ((m->n + 1) * 10 >= m->cap * 7)
        grow(m);
    size_t s = slot_of(m, key);
    if (!m->keys[s]) {
        m->keys[s] = xstrdup(key);
        m->n++;
    }
    m->vals[s] = val;
}

bool strmap_get(const strmap *m, const char *key, size_t *val)
{
    if (!m->cap)
        return false;
    size_t s = slot_of(m, key);
    if (!m->keys[s])
        return false;
    if (val)
        *val = m->vals[s];
    return true;
}

void strmap_clear(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++) {
        free(m->keys[i]);
        m->keys[i] = NULL;
    }
    m->n = 0;
}

void strmap_free(strmap *m)
{
    strmap_clear(m);
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = 0;
}
