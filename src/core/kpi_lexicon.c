/* kpi_lexicon.c - a small string -> number hash table for the sentiment
 * lexicon, intensifiers and word lists. Open addressing keeps each lookup to
 * one or two cache lines, which matters at ~1,000 lookups per call. */
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

static uint32_t lex_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void kpi_lex_init(kpi_lex *l)
{
    memset(l, 0, sizeof *l);
}

void kpi_lex_free(kpi_lex *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->cap; i++)
        free(l->slots[i].key);
    free(l->slots);
    memset(l, 0, sizeof *l);
}

static kpi_lex_entry *lex_slot(kpi_lex_entry *slots, size_t cap, const char *key, size_t n,
                               uint32_t h)
{
    size_t i = h & (cap - 1);
    for (;;) {
        kpi_lex_entry *e = &slots[i];
        if (!e->key || (e->hash == h && strlen(e->key) == n && memcmp(e->key, key, n) == 0))
            return e;
        i = (i + 1) & (cap - 1);
    }
}

static void lex_grow(kpi_lex *l)
{
    size_t cap = l->cap ? l->cap * 2 : 64;
    kpi_lex_entry *slots = xcalloc(cap, sizeof *slots);
    for (size_t i = 0; i < l->cap; i++) {
        kpi_lex_entry *e = &l->slots[i];
        if (e->key)
            *lex_slot(slots, cap, e->key, strlen(e->key), e->hash) = *e;
    }
    free(l->slots);
    l->slots = slots;
    l->cap = cap;
}

void kpi_lex_put(kpi_lex *l, const char *key, size_t n, float score)
{
    if ((l->n + 1) * 2 > l->cap)
        lex_grow(l);
    uint32_t h = lex_hash(key, n);
    kpi_lex_entry *e = lex_slot(l->slots, l->cap, key, n, h);
    if (!e->key) {
        e->key = xstrndup(key, n);
        e->hash = h;
        l->n++;
    }
    e->score = score;
    int words = 1;
    for (size_t i = 0; i < n; i++)
        words += key[i] == ' ';
    e->nwords = (uint8_t)(words > 255 ? 255 : words);
    if (words > l->max_words)
        l->max_words = words;
}

bool kpi_lex_get(const kpi_lex *l, const char *key, size_t n, float *score)
{
    if (!l->cap)
        return false;
    uint32_t h = lex_hash(key, n);
    size_t i = h & (l->cap - 1);
    for (;;) {
        const kpi_lex_entry *e = &l->slots[i];
        if (!e->key)
            return false;
        if (e->hash == h && memcmp(e->key, key, n) == 0 && e->key[n] == '\0') {
            if (score)
                *score = e->score;
            return true;
        }
        i = (i + 1) & (l->cap - 1);
    }
}
