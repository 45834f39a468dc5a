/* kpi_vocab.c - the vocabulary: every word the rules mention, each with an
 * id, its word-list flags and sentiment score, in one open-addressing hash
 * table. A turn's words are looked up here once each; after that everything
 * works with ids and flags. */
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

uint32_t kpi_hash(const char *s, size_t n)
{
    if (n >= 1 && n <= 8) {
        /* kpi_key8 without reading past s[n): the bytes copied into a
         * zeroed number land where kpi_key8's masked load keeps them */
        uint64_t x = 0;
        memcpy(&x, s, n);
        return kpi_hash_key8(x);
    }
    /* FNV-1a: words are short, so a simple byte hash is fast enough and
     * spreads well over a power-of-two table. */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

void kpi_vocab_init(kpi_vocab *v)
{
    memset(v, 0, sizeof *v);
}

void kpi_vocab_free(kpi_vocab *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++)
        free(v->w[i].word);
    free(v->w);
    free(v->slots);
    memset(v, 0, sizeof *v);
}

static void slot_put(kpi_slot *slots, size_t nslots, const kpi_word *w, int32_t id)
{
    size_t i = w->hash & (nslots - 1);
    while (slots[i].id >= 0)
        i = (i + 1) & (nslots - 1);
    /* key is zero-padded to KPI_WORD_INLINE bytes, so eight are readable */
    uint64_t key8 = w->len >= 1 && w->len <= 8 ? kpi_key8(w->key, w->len) : 0;
    slots[i] = (kpi_slot){key8, w->hash, id, id, w->flags, w->lex, w->node};
}

/* A table of n slots starting on a cache line, so that no 32-byte slot
 * straddles two (malloc aligns to 16 only). Should aligned_alloc fail, an
 * ordinary block serves as well, only slower. */
static kpi_slot *slots_alloc(size_t n)
{
    size_t bytes = n * sizeof(kpi_slot); /* n >= 1024: a multiple of 64 */
    kpi_slot *p = aligned_alloc(64, bytes);
    return p ? p : xmalloc(bytes);
}

static void rehash(kpi_vocab *v, size_t nslots)
{
    free(v->slots);
    v->slots = slots_alloc(nslots);
    for (size_t i = 0; i < nslots; i++)
        v->slots[i] = (kpi_slot){.id = -1, .rid = -1, .node = -1};
    v->nslots = nslots;
    for (size_t id = 0; id < v->n; id++)
        slot_put(v->slots, nslots, &v->w[id], (int32_t)id);
}

int32_t kpi_vocab_add(kpi_vocab *v, const char *s, size_t n)
{
    uint32_t h = kpi_hash(s, n);
    int32_t id = kpi_vocab_find(v, s, n, h);
    if (id >= 0)
        return id;
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 256;
        v->w = xrealloc(v->w, v->cap * sizeof *v->w);
    }
    id = (int32_t)v->n++;
    v->w[id] = (kpi_word){.word = xstrndup(s, n), .len = (uint32_t)n, .hash = h,
                          .alias = -1, .node = -1};
    if (n < KPI_WORD_INLINE)
        memcpy(v->w[id].key, s, n);
    /* at most half full: short probe runs in a table small enough to stay
     * in cache */
    if (v->n * 2 > v->nslots)
        rehash(v, v->nslots ? v->nslots * 2 : 1024);
    else
        slot_put(v->slots, v->nslots, &v->w[id], id);
    return id;
}

void kpi_vocab_seal(kpi_vocab *v)
{
    for (size_t i = 0; i < v->nslots; i++) {
        kpi_slot *sl = &v->slots[i];
        if (sl->id < 0)
            continue;
        const kpi_word *w = &v->w[sl->id];
        sl->rid = w->alias >= 0 ? w->alias : sl->id;
        const kpi_word *rw = &v->w[sl->rid];
        sl->flags = rw->flags;
        sl->lex = rw->lex;
        sl->node = rw->node;
    }
}
