/* kpi_trie.c - storage of the phrase trie: nodes, the word edges between
 * them (a node's only child in the node itself, the children of nodes with
 * several in one hash table keyed by (parent, word id)), and the wildcard
 * edges listed from the node. Built once when the rules load; read-only
 * after. */
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

void kpi_trie_init(kpi_trie *t)
{
    memset(t, 0, sizeof *t);
    t->cap = 64;
    t->nodes = xmalloc(t->cap * sizeof *t->nodes);
    t->nodes[0] = (kpi_node){.any = -1, .acc = -1, .one_id = KPI_NO_EDGES};
    t->nn = 1; /* node 0 is the root */
}

void kpi_trie_free(kpi_trie *t)
{
    if (!t)
        return;
    free(t->nodes);
    free(t->edges);
    free(t->acc);
    free(t->anys);
    free(t->pre);
    memset(t, 0, sizeof *t);
}


/* Moves the edge table to ncap slots (a power of two above its count). */
static void edges_resize(kpi_trie *t, size_t ncap)
{
    kpi_edge *e = xcalloc(ncap, sizeof *e);
    for (size_t i = 0; i < t->ecap; i++) {
        if (!t->edges[i].key)
            continue;
        size_t j = kpi_trie_edge_slot(t->edges[i].key, ncap);
        while (e[j].key)
            j = (j + 1) & (ncap - 1);
        e[j] = t->edges[i];
    }
    free(t->edges);
    t->edges = e;
    t->ecap = ncap;
}

static void edges_grow(kpi_trie *t)
{
    edges_resize(t, t->ecap ? t->ecap * 2 : 4096);
}

void kpi_trie_reserve(kpi_trie *t, size_t nedges)
{
    size_t ncap = t->ecap ? t->ecap : 4096;
    while (nedges * 4 > ncap * 3) /* edge_put's three quarters */
        ncap *= 2;
    if (ncap > t->ecap)
        edges_resize(t, ncap);
}

static int32_t new_node(kpi_trie *t)
{
    if (t->nn == t->cap) {
        t->cap *= 2;
        t->nodes = xrealloc(t->nodes, t->cap * sizeof *t->nodes);
    }
    t->nodes[t->nn] = (kpi_node){.any = -1, .acc = -1, .one_id = KPI_NO_EDGES};
    return (int32_t)t->nn++;
}

/* Files child c of node along id in the edge hash (absent there). */
static void edge_put(kpi_trie *t, int32_t node, int32_t id, int32_t c)
{
    /* grown at three quarters full, not half: fewer fresh pages at start-up
     * (a third of its page faults were the tables) for a few more probes */
    if ((t->en + 1) * 4 > t->ecap * 3)
        edges_grow(t);
    uint64_t key = kpi_trie_edge_key(node, id);
    size_t i = kpi_trie_edge_slot(key, t->ecap);
    while (t->edges[i].key)
        i = (i + 1) & (t->ecap - 1);
    t->edges[i] = (kpi_edge){key, c, 0};
    t->en++;
}

int32_t kpi_trie_child(kpi_trie *t, int32_t node, int32_t id, bool create)
{
    kpi_node *nd = &t->nodes[node];
    if (nd->one_id != KPI_MANY_EDGES) {
        if (nd->one_id == id)
            return nd->one_child;
        if (!create)
            return -1;
        int32_t c = new_node(t);
        nd = &t->nodes[node];
        /* Only the children of nodes with several are in the edge hash: a
         * single child, most nodes' case, is answered from the node itself,
         * so the table holds a fraction of the edges (fewer pages to fault
         * in at start-up, fewer cache misses when matching). The first
         * child joins the table when its second sibling comes. */
        if (nd->one_id == KPI_NO_EDGES) {
            nd->one_id = id;
            nd->one_child = c;
            return c;
        }
        int32_t first_id = nd->one_id, first = nd->one_child;
        edge_put(t, node, first_id, first);
        nd = &t->nodes[node];
        nd->emask = 1u << kpi_trie_emask_bit(first_id);
        nd->one_id = KPI_MANY_EDGES;
        edge_put(t, node, id, c);
        nd->emask |= 1u << kpi_trie_emask_bit(id);
        return c;
    }
    /* A node with several children: as kpi_trie_next, but a search that
     * misses stops at the empty slot where the new edge then goes, so
     * building the trie probes the table once per new edge, not twice
     * (unless the table must grow first, or the mask bit was clear and
     * there was no search). */
    uint32_t bit = 1u << kpi_trie_emask_bit(id);
    uint64_t key = kpi_trie_edge_key(node, id);
    size_t i = kpi_trie_edge_slot(key, t->ecap);
    bool probed = (nd->emask & bit) != 0;
    if (probed) {
        for (; t->edges[i].key; i = (i + 1) & (t->ecap - 1))
            if (t->edges[i].key == key)
                return t->edges[i].child;
    }
    if (!create)
        return -1;
    int32_t c = new_node(t);
    if (probed && (t->en + 1) * 4 <= t->ecap * 3) {
        t->edges[i] = (kpi_edge){key, c, 0};
        t->en++;
    } else {
        edge_put(t, node, id, c);
    }
    t->nodes[node].emask |= bit;
    return c;
}

static bool same_list(const kpi_trie *t, int32_t a, int32_t b)
{
    if (a < 0 || b < 0)
        return a == b;
    return t->pre[a] == t->pre[b] &&
           memcmp(t->pre + a + 1, t->pre + b + 1, (size_t)t->pre[a] * sizeof *t->pre) == 0;
}

int32_t kpi_trie_any(kpi_trie *t, int32_t node, int32_t excl)
{
    for (int32_t e = t->nodes[node].any; e >= 0; e = t->anys[e].next)
        if (same_list(t, t->anys[e].excl, excl))
            return t->anys[e].child;
    int32_t c = new_node(t);
    if (t->nany == t->any_cap) {
        t->any_cap = t->any_cap ? t->any_cap * 2 : 64;
        t->anys = xrealloc(t->anys, t->any_cap * sizeof *t->anys);
    }
    t->anys[t->nany] = (kpi_anyedge){c, excl, t->nodes[node].any};
    t->nodes[node].any = (int32_t)t->nany++;
    return c;
}

bool kpi_trie_excluded(const kpi_trie *t, int32_t excl, int32_t id)
{
    if (excl < 0)
        return false;
    for (int32_t k = 0; k < t->pre[excl]; k++)
        if (t->pre[excl + 1 + k] == id)
            return true;
    return false;
}
