/* kpi_trie.c - storage of the phrase trie: nodes, the word edges between
 * them (a node's only child in the node itself, the children of nodes with
 * several in one hash table keyed by (parent, word id) while it is built,
 * then in a small table per node), and the wildcard edges listed from the
 * node. Built once when the rules load; read-only after. */
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

void kpi_trie_init(kpi_trie *t)
{
    memset(t, 0, sizeof *t);
    t->cap = 64;
    t->nodes = xmalloc(t->cap * sizeof *t->nodes);
    t->refs = xmalloc(t->cap * sizeof *t->refs);
    t->first = xmalloc(t->cap * sizeof *t->first);
    t->nodes[0] = (kpi_node){.any = -1, .acc = -1, .one_id = KPI_NO_EDGES};
    t->refs[0] = 1; /* the root is never copied */
    t->first[0] = -1;
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
    free(t->blk);
    free(t->refs);
    free(t->first);
    free(t->kids);
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
        t->refs = xrealloc(t->refs, t->cap * sizeof *t->refs);
        t->first = xrealloc(t->first, t->cap * sizeof *t->first);
    }
    t->nodes[t->nn] = (kpi_node){.any = -1, .acc = -1, .one_id = KPI_NO_EDGES};
    t->refs[t->nn] = 1; /* made for the parent that asks for it */
    t->first[t->nn] = -1;
    return (int32_t)t->nn++;
}

/* Lists child c of node along id among node's children (kpi_trie.kids);
 * returns its index there. */
static int32_t kid_list(kpi_trie *t, int32_t node, int32_t id, int32_t c)
{
    if (t->nkids == t->kids_cap) {
        t->kids_cap = t->kids_cap ? t->kids_cap * 2 : 1024;
        t->kids = xrealloc(t->kids, t->kids_cap * sizeof *t->kids);
    }
    t->kids[t->nkids] = (struct kpi_kid){id, c, t->first[node]};
    t->first[node] = (int32_t)t->nkids;
    return (int32_t)t->nkids++;
}

/* Files child c of node along id in the edge hash (absent there). */
static void edge_put(kpi_trie *t, int32_t node, int32_t id, int32_t c)
{
    /* grown at three quarters full, not half: fewer fresh pages at start-up
     * (a third of its page faults were the tables) for a few more probes */
    if ((t->en + 1) * 4 > t->ecap * 3) {
        if (t->ecap)
            t->grows++;
        edges_grow(t);
    }
    uint64_t key = kpi_trie_edge_key(node, id);
    size_t i = kpi_trie_edge_slot(key, t->ecap);
    while (t->edges[i].key)
        i = (i + 1) & (t->ecap - 1);
    t->edges[i] = (kpi_edge){key, c, kid_list(t, node, id, c)};
    t->en++;
}

/* Makes c the child of node along id (node has none there): in the node
 * itself when it is its first. */
static void link_child(kpi_trie *t, int32_t node, int32_t id, int32_t c)
{
    kpi_node *nd = &t->nodes[node];
    /* Only the children of nodes with several are in the edge hash: a
     * single child, most nodes' case, is answered from the node itself,
     * so the table holds a fraction of the edges (fewer pages to fault
     * in at start-up, fewer cache misses when matching). The first
     * child joins the table when its second sibling comes. */
    if (nd->one_id == KPI_NO_EDGES) {
        nd->one_id = id;
        nd->one_child = c;
        return;
    }
    if (nd->one_id != KPI_MANY_EDGES) {
        int32_t first_id = nd->one_id, first = nd->one_child;
        edge_put(t, node, first_id, first);
        nd = &t->nodes[node];
        nd->emask = 1u << kpi_trie_emask_bit(first_id);
        nd->one_id = KPI_MANY_EDGES;
    }
    edge_put(t, node, id, c);
    t->nodes[node].emask |= 1u << kpi_trie_emask_bit(id);
}

/* A copy of shared node c for one of its parents: the same accepts (their
 * list is only ever prepended to) and children, which gain a parent. */
static int32_t unshare(kpi_trie *t, int32_t c)
{
    int32_t d = new_node(t);
    t->nodes[d].acc = t->nodes[c].acc;
    kpi_trie_share(t, c, d);
    t->refs[c]--;
    return d;
}

int32_t kpi_trie_child(kpi_trie *t, int32_t node, int32_t id, bool create)
{
    kpi_node *nd = &t->nodes[node];
    if (nd->one_id < KPI_MANY_EDGES) /* compacted: never grown, only read */
        return kpi_trie_next(t, node, id);
    if (nd->one_id != KPI_MANY_EDGES) {
        if (nd->one_id == id) {
            int32_t c = nd->one_child;
            if (create && t->refs[c] > 1) {
                c = unshare(t, c);
                t->nodes[node].one_child = c;
            }
            return c;
        }
        if (!create)
            return -1;
        int32_t c = new_node(t);
        link_child(t, node, id, c);
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
        for (; t->edges[i].key; i = (i + 1) & (t->ecap - 1)) {
            if (t->edges[i].key != key)
                continue;
            int32_t c = t->edges[i].child;
            if (create && t->refs[c] > 1) {
                c = unshare(t, c); /* the table does not move: no edge added */
                t->edges[i].child = c;
                t->kids[t->edges[i].kid].child = c;
            }
            return c;
        }
    }
    if (!create)
        return -1;
    int32_t c = new_node(t);
    if (probed && (t->en + 1) * 4 <= t->ecap * 3) {
        t->edges[i] = (kpi_edge){key, c, kid_list(t, node, id, c)};
        t->en++;
    } else {
        edge_put(t, node, id, c);
    }
    t->nodes[node].emask |= bit;
    return c;
}

/* A new wildcard edge to child c, linked to next: the index of it. */
static int32_t any_new(kpi_trie *t, int32_t c, int32_t excl, int32_t next)
{
    if (t->nany == t->any_cap) {
        t->any_cap = t->any_cap ? t->any_cap * 2 : 64;
        t->anys = xrealloc(t->anys, t->any_cap * sizeof *t->anys);
    }
    t->anys[t->nany] = (kpi_anyedge){c, excl, next};
    return (int32_t)t->nany++;
}

bool kpi_trie_childless(const kpi_trie *t, int32_t node)
{
    return t->nodes[node].one_id == KPI_NO_EDGES && t->nodes[node].any < 0;
}

/* The word and wildcard children of from go to childless node to too,
 * each counting one parent more (kpi_internal.h). */
void kpi_trie_share(kpi_trie *t, int32_t from, int32_t to)
{
    const kpi_node *f = &t->nodes[from];
    if (f->one_id >= 0) {
        link_child(t, to, f->one_id, f->one_child);
        t->refs[f->one_child]++;
    } else if (f->one_id == KPI_MANY_EDGES) {
        for (int32_t k = t->first[from]; k >= 0; k = t->kids[k].next) {
            struct kpi_kid kd = t->kids[k]; /* kids may move as it grows */
            link_child(t, to, kd.id, kd.child);
            t->refs[kd.child]++;
        }
    }
    /* in the same order: the walk meets them in it */
    int32_t last = -1;
    for (int32_t e = t->nodes[from].any; e >= 0; e = t->anys[e].next) {
        int32_t c = t->anys[e].child, a = any_new(t, c, t->anys[e].excl, -1);
        if (last < 0)
            t->nodes[to].any = a;
        else
            t->anys[last].next = a;
        last = a;
        t->refs[c]++;
    }
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
    for (int32_t e = t->nodes[node].any; e >= 0; e = t->anys[e].next) {
        if (!same_list(t, t->anys[e].excl, excl))
            continue;
        int32_t c = t->anys[e].child;
        if (t->refs[c] > 1) {
            c = unshare(t, c);
            t->anys[e].child = c;
        }
        return c;
    }
    int32_t c = new_node(t);
    t->nodes[node].any = any_new(t, c, excl, t->nodes[node].any);
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

/* ------------------------------------------------------------ compaction */

/* The rules' alternations expand into a tree whose subtrees repeat: in
 * "(a|b|c) (x|y) z" the "(x|y) z" tail hangs under each of a, b and c, and
 * the largest patterns repeat a tail of thousands of nodes hundreds of
 * times. The walk reads a node only through its accepts, its wildcard edges
 * and its word edges, so two nodes that agree on all three (the children
 * compared by what they lead to) answer every walk alike; compaction keeps
 * one of each such class, bottom-up, and lays the survivors out afresh. */

typedef struct {
    int32_t id, child;
} cmp_kid;

typedef struct {
    const kpi_trie *t;
    int32_t *off;     /* node -> its first word child in kid; nn + 1 entries */
    cmp_kid *kid;     /* every node's word children, by word id */
    uint64_t *pre_hash; /* t->pre offset -> hash_pre of the list there; 0 not
                         * yet: each pattern's list is read once, not at
                         * every node its accepts reach */
    int32_t *canon;   /* node -> the kept node of its class (kept nodes only
                       * where the children are: done bottom-up) */
    struct cmp_slot {
        uint64_t hash;
        int32_t node; /* a kept node; -1 empty */
    } *slot;          /* hash of the kept nodes, few: a node's hash is
                       * kept here, not for every node */
    size_t scap, sn;
} compactor;

static int cmp_kid_id(const void *a, const void *b)
{
    const cmp_kid *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

/* Lists every node's word children (one_child, or edges[0..ne), the edge
 * hash's packed) by parent and word id, from which classes are compared. */
static void list_kids(compactor *c, const kpi_edge *edges, size_t ne)
{
    const kpi_trie *t = c->t;
    size_t n = t->nn;
    c->off = xcalloc(n + 1, sizeof *c->off);
    for (size_t v = 0; v < n; v++)
        if (t->nodes[v].one_id >= 0)
            c->off[v + 1]++;
    for (size_t i = 0; i < ne; i++)
        c->off[((edges[i].key - 1) >> 32) + 1]++;
    /* off[v + 1] ends v's run; filled from the end, off[v] becomes its
     * start (no second array of positions beside the edge hash) */
    for (size_t v = 0; v < n; v++)
        c->off[v + 1] += c->off[v];
    c->kid = xmalloc(((size_t)c->off[n] + 1) * sizeof *c->kid);
    for (size_t v = 0; v < n; v++)
        c->off[v] = c->off[v + 1];
    for (size_t v = 0; v < n; v++)
        if (t->nodes[v].one_id >= 0)
            c->kid[--c->off[v]] = (cmp_kid){t->nodes[v].one_id, t->nodes[v].one_child};
    for (size_t i = 0; i < ne; i++) {
        uint64_t k = edges[i].key;
        c->kid[--c->off[(k - 1) >> 32]] = (cmp_kid){(int32_t)(uint32_t)(k - 1), edges[i].child};
    }
    for (size_t v = 0; v < n; v++) {
        size_t a = (size_t)c->off[v], b = (size_t)c->off[v + 1];
        if (b - a < 2)
            continue;
        if (b - a > 16) {
            qsort(c->kid + a, b - a, sizeof *c->kid, cmp_kid_id);
            continue;
        }
        for (size_t i = a + 1; i < b; i++) {
            cmp_kid x = c->kid[i];
            size_t j = i;
            for (; j > a && c->kid[j - 1].id > x.id; j--)
                c->kid[j] = c->kid[j - 1];
            c->kid[j] = x;
        }
    }
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xFF51AFD7ED558CCDull;
}

/* Hashes a pre list (multi: word sequences up to a 0) or an exception list
 * (one count and its words) by content: the offsets differ from pattern to
 * pattern for the same words. */
static uint64_t hash_pre(const kpi_trie *t, int32_t at, bool multi)
{
    if (at < 0)
        return 1;
    uint64_t h = 2;
    const int32_t *p = t->pre + at;
    if (!multi)
        return mix(h, (uint64_t)(uint32_t)p[0] << 32 | (uint32_t)(p[0] ? p[1] : 0));
    for (; *p; p += *p + 1)
        for (int32_t k = 0; k <= p[0]; k++)
            h = mix(h, (uint32_t)p[k]);
    return h;
}

/* Whether two pre lists (multi) or exception lists hold the same words in
 * the same order. */
static bool same_pre(const kpi_trie *t, int32_t a, int32_t b, bool multi)
{
    if (a < 0 || b < 0)
        return a == b;
    const int32_t *p = t->pre + a, *q = t->pre + b;
    for (;;) {
        if (p[0] != q[0] || memcmp(p + 1, q + 1, (size_t)p[0] * sizeof *p) != 0)
            return false;
        if (!multi || !p[0])
            return true;
        p += p[0] + 1;
        q += q[0] + 1;
    }
}

static uint64_t pre_hash(const compactor *c, int32_t at, bool multi)
{
    if (at < 0)
        return 1;
    uint64_t *h = &c->pre_hash[at];
    if (!*h)
        *h = hash_pre(c->t, at, multi) | 1;
    return *h;
}

static uint64_t hash_node(const compactor *c, int32_t v)
{
    const kpi_trie *t = c->t;
    uint64_t h = 0;
    for (int32_t a = t->nodes[v].acc; a >= 0; a = t->acc[a].next) {
        const kpi_accept *ac = &t->acc[a];
        uint32_t score;
        memcpy(&score, &ac->score, sizeof score);
        h = mix(h, (uint64_t)ac->sec << 40 | (uint64_t)ac->flags << 32 | score);
        h = mix(h, pre_hash(c, ac->pre, true));
    }
    h = mix(h, 3);
    for (int32_t e = t->nodes[v].any; e >= 0; e = t->anys[e].next)
        h = mix(mix(h, pre_hash(c, t->anys[e].excl, false)), (uint32_t)c->canon[t->anys[e].child]);
    h = mix(h, 4);
    for (int32_t k = c->off[v]; k < c->off[v + 1]; k++)
        h = mix(h, (uint64_t)(uint32_t)c->kid[k].id << 32 | (uint32_t)c->canon[c->kid[k].child]);
    return h;
}

static bool same_node(const compactor *c, int32_t v, int32_t w)
{
    const kpi_trie *t = c->t;
    int32_t a = t->nodes[v].acc, b = t->nodes[w].acc;
    for (; a >= 0 && b >= 0; a = t->acc[a].next, b = t->acc[b].next) {
        const kpi_accept *x = &t->acc[a], *y = &t->acc[b];
        if (x->sec != y->sec || x->flags != y->flags || memcmp(&x->score, &y->score, sizeof x->score) ||
            !same_pre(t, x->pre, y->pre, true))
            return false;
    }
    if (a >= 0 || b >= 0)
        return false;
    a = t->nodes[v].any;
    b = t->nodes[w].any;
    for (; a >= 0 && b >= 0; a = t->anys[a].next, b = t->anys[b].next)
        if (c->canon[t->anys[a].child] != c->canon[t->anys[b].child] ||
            !same_pre(t, t->anys[a].excl, t->anys[b].excl, false))
            return false;
    if (a >= 0 || b >= 0)
        return false;
    int32_t n = c->off[v + 1] - c->off[v];
    if (n != c->off[w + 1] - c->off[w])
        return false;
    for (int32_t k = 0; k < n; k++) {
        const cmp_kid *x = &c->kid[c->off[v] + k], *y = &c->kid[c->off[w] + k];
        if (x->id != y->id || c->canon[x->child] != c->canon[y->child])
            return false;
    }
    return true;
}

/* The kept node of v's class, v itself when it is the first of it. */
static int32_t intern(compactor *c, int32_t v)
{
    if ((c->sn + 1) * 2 > c->scap) {
        size_t ncap = c->scap ? c->scap * 2 : 4096;
        struct cmp_slot *s = xmalloc(ncap * sizeof *s);
        for (size_t i = 0; i < ncap; i++)
            s[i].node = -1;
        for (size_t i = 0; i < c->scap; i++) {
            if (c->slot[i].node < 0)
                continue;
            size_t j = (size_t)(c->slot[i].hash >> 32) & (ncap - 1);
            while (s[j].node >= 0)
                j = (j + 1) & (ncap - 1);
            s[j] = c->slot[i];
        }
        free(c->slot);
        c->slot = s;
        c->scap = ncap;
    }
    uint64_t h = hash_node(c, v);
    /* the high half: a product's low bits depend on the low bits alone, and
     * kept nodes crowded into runs of slots cost most of the load */
    size_t i = (size_t)(h >> 32) & (c->scap - 1);
    for (; c->slot[i].node >= 0; i = (i + 1) & (c->scap - 1))
        if (c->slot[i].hash == h && same_node(c, v, c->slot[i].node))
            return c->slot[i].node;
    c->slot[i] = (struct cmp_slot){h, v};
    c->sn++;
    return v;
}

/* log2 of the slots of a block for n children: a power of two at most
 * three quarters full, so that a probe that misses stops soon. */
static unsigned blk_bits(size_t n)
{
    unsigned bits = 2;
    while (((size_t)3 << bits) < n * 4)
        bits++;
    return bits;
}

/* Places the block of a node with n children at the end of the *nblk
 * slots placed so far; returns the node's one_id for it. A block is
 * aligned to its size up to a cache line's, so that one of up to eight
 * slots never straddles two: one lookup, one line. */
static int32_t blk_place(size_t *nblk, size_t n)
{
    unsigned bits = blk_bits(n);
    size_t len = (size_t)1 << bits, per_line = 64 / sizeof(kpi_blkent);
    size_t align = len < per_line ? len : per_line;
    size_t at = (*nblk + align - 1) / align * align;
    *nblk = at + len;
    return KPI_BLOCK(at, bits);
}

/* The blocks' table of n slots, on a cache line (blk_place counts lines
 * from its start), every slot empty. Should aligned_alloc fail, an
 * ordinary block serves as well, only slower. */
static kpi_blkent *blk_alloc(size_t n)
{
    size_t bytes = (n ? n : 1) * sizeof(kpi_blkent);
    bytes = (bytes + 63) / 64 * 64;
    kpi_blkent *b = aligned_alloc(64, bytes);
    if (!b)
        b = xmalloc(bytes);
    for (size_t i = 0; i < n; i++)
        b[i] = (kpi_blkent){-1, -1};
    return b;
}

/* Lays the kept nodes out depth-first from the root (a pattern's path in
 * consecutive nodes, as the walk reads it) and rebuilds the arrays; newid
 * maps a kept node to its place. */
static void relayout(kpi_trie *t, const compactor *c, int32_t *newid)
{
    size_t n = t->nn;
    for (size_t v = 0; v < n; v++)
        newid[v] = -1;
    int32_t *order = xmalloc(c->sn * sizeof *order), *stack = xmalloc(n * sizeof *stack);
    size_t nn = 0, sp = 0;
    stack[sp++] = c->canon[0];
    newid[c->canon[0]] = 0;
    while (sp) {
        int32_t v = stack[--sp];
        order[nn++] = v;
        /* pushed in reverse: the first word child comes next */
        for (int32_t e = t->nodes[v].any; e >= 0; e = t->anys[e].next) {
            int32_t w = c->canon[t->anys[e].child];
            if (newid[w] < 0) {
                newid[w] = 0;
                stack[sp++] = w;
            }
        }
        for (int32_t k = c->off[v + 1] - 1; k >= c->off[v]; k--) {
            int32_t w = c->canon[c->kid[k].child];
            if (newid[w] < 0) {
                newid[w] = 0;
                stack[sp++] = w;
            }
        }
    }
    free(stack);
    for (size_t i = 0; i < nn; i++)
        newid[order[i]] = (int32_t)i;

    kpi_node *nodes = xmalloc(nn * sizeof *nodes);
    kpi_accept *acc = xmalloc((t->nacc ? t->nacc : 1) * sizeof *acc);
    kpi_anyedge *anys = xmalloc((t->nany ? t->nany : 1) * sizeof *anys);
    size_t nacc = 0, nany = 0, en = 0, nblk = 0;
    for (size_t i = 0; i < nn; i++) {
        int32_t v = order[i];
        const kpi_node *od = &t->nodes[v];
        kpi_node *nd = &nodes[i];
        *nd = (kpi_node){.any = -1, .acc = -1, .one_id = KPI_NO_EDGES};
        /* lists copied in order: the walk's accepts come in the same order */
        int32_t *link = &nd->acc;
        for (int32_t a = od->acc; a >= 0; a = t->acc[a].next) {
            acc[nacc] = t->acc[a];
            acc[nacc].next = -1;
            *link = (int32_t)nacc;
            link = &acc[nacc++].next;
        }
        link = &nd->any;
        for (int32_t e = od->any; e >= 0; e = t->anys[e].next) {
            anys[nany] = (kpi_anyedge){newid[c->canon[t->anys[e].child]], t->anys[e].excl, -1};
            *link = (int32_t)nany;
            link = &anys[nany++].next;
        }
        int32_t k0 = c->off[v], nk = c->off[v + 1] - k0;
        if (nk == 1) {
            nd->one_id = c->kid[k0].id;
            nd->one_child = newid[c->canon[c->kid[k0].child]];
        } else if (nk > 1) {
            nd->emask = 0;
            for (int32_t k = 0; k < nk; k++)
                nd->emask |= 1u << kpi_trie_emask_bit(c->kid[k0 + k].id);
            nd->one_id = blk_place(&nblk, (size_t)nk);
            en += (size_t)nk;
        }
    }
    kpi_blkent *blk = blk_alloc(nblk);
    for (size_t i = 0; i < nn; i++) {
        if (nodes[i].one_id >= KPI_MANY_EDGES)
            continue;
        int32_t v = order[i];
        kpi_blkent *b = blk + KPI_BLOCK_OFF(nodes[i].one_id);
        int32_t mask = KPI_BLOCK_MASK(nodes[i].one_id);
        for (int32_t k = c->off[v]; k < c->off[v + 1]; k++) {
            int32_t id = c->kid[k].id;
            size_t j = kpi_trie_blk_slot(id, mask);
            while (b[j].id >= 0)
                j = (j + 1) & (size_t)mask;
            b[j] = (kpi_blkent){id, newid[c->canon[c->kid[k].child]]};
        }
    }
    free(order);
    free(t->nodes);
    free(t->acc);
    free(t->anys);
    t->nodes = nodes;
    t->nn = t->cap = nn;
    free(t->edges);
    t->edges = NULL;
    t->ecap = 0;
    t->en = en;
    t->blk = blk;
    t->nblk = nblk;
    t->acc = acc;
    t->nacc = t->acc_cap = nacc;
    t->anys = anys;
    t->nany = t->any_cap = nany;
}

/* Classes every node the root reaches, each after its children: depth
 * first, a node's second visit (pushed as ~v under its children) classes
 * it. A node made before its children is no longer the rule (a shared node
 * copied, kpi_trie_share), so the order comes from the edges. A node is
 * expanded once; one pushed again by another parent before its first
 * expansion is expanded above that parent, and the stale entry skipped. */
static void intern_all(compactor *c)
{
    const kpi_trie *t = c->t;
    uint8_t *seen = xcalloc(t->nn, 1);
    size_t sp = 0, cap = 1024;
    int32_t *stack = xmalloc(cap * sizeof *stack);
    stack[sp++] = 0;
    while (sp) {
        int32_t v = stack[--sp];
        if (v < 0) {
            c->canon[~v] = intern(c, ~v);
            continue;
        }
        if (seen[v])
            continue;
        seen[v] = 1;
        size_t need = sp + 1 + (size_t)(c->off[v + 1] - c->off[v]);
        for (int32_t e = t->nodes[v].any; e >= 0; e = t->anys[e].next)
            need++;
        if (need > cap) {
            while (need > cap)
                cap *= 2;
            stack = xrealloc(stack, cap * sizeof *stack);
        }
        stack[sp++] = ~v;
        for (int32_t e = t->nodes[v].any; e >= 0; e = t->anys[e].next)
            if (!seen[t->anys[e].child])
                stack[sp++] = t->anys[e].child;
        for (int32_t k = c->off[v]; k < c->off[v + 1]; k++)
            if (!seen[c->kid[k].child])
                stack[sp++] = c->kid[k].child;
    }
    free(stack);
    free(seen);
}

void kpi_trie_compact(kpi_trie *t)
{
    compactor c = {.t = t};
    size_t n = t->nn;
    t->built_edges = t->en;
    /* The edge hash is packed to its front and cut to its edges first (a
     * large block: the tail goes back to the system), so the lists below
     * are made beside 7 MB rather than 16: loading peaks no higher than it
     * did while the trie was built. */
    size_t ne = 0;
    for (size_t i = 0; i < t->ecap; i++)
        if (t->edges[i].key)
            t->edges[ne++] = t->edges[i];
    t->edges = xrealloc(t->edges, (ne ? ne : 1) * sizeof *t->edges);
    list_kids(&c, t->edges, ne);
    free(t->edges);
    t->edges = NULL;
    t->ecap = t->en = 0;
    free(t->refs);
    free(t->first);
    free(t->kids);
    t->refs = t->first = NULL;
    t->kids = NULL;
    t->nkids = t->kids_cap = 0;
    c.canon = xmalloc(n * sizeof *c.canon);
    c.pre_hash = xcalloc(t->npre + 1, sizeof *c.pre_hash);
    intern_all(&c);
    free(c.slot);
    free(c.pre_hash);
    int32_t *newid = xmalloc(n * sizeof *newid);
    relayout(t, &c, newid);
    free(newid);
    free(c.canon);
    free(c.off);
    free(c.kid);
}
