/* kpi_match.c - finds the phrase matches of one turn: one walk of the trie
 * from each word finds every section's patterns (and the multi-word
 * sentiment phrases) at once, so a turn is scanned a small, fixed number of
 * times however many patterns the rules hold. The queries below answer the
 * scope checks of the dialogue logic from that list without rescanning. */
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

/* The same words may be reached by two patterns of one section: the
 * repeat is dropped once the walk from ts is over (kpi_match_turn), where
 * sorting has put it next to the first, not searched for at each push. */
static void push_match(kpi_text *t, uint32_t sec, size_t ts, size_t te)
{
    if (t->nm == t->m_cap) {
        t->m_cap = t->m_cap ? t->m_cap * 2 : 64;
        t->m = xrealloc(t->m, t->m_cap * sizeof *t->m);
    }
    t->m[t->nm++] = (kpi_match){sec, (uint32_t)ts, (uint32_t)te, t->tok[ts].start,
                                t->tok[te - 1].end};
    t->secmask |= 1ull << sec;
}

/* Do the words just before ts spell one of the pre-sequences at pre? */
static bool pre_blocked(const kpi_trie *tr, int32_t pre, const kpi_text *t, size_t ts)
{
    /* Every sequence (of one word or more) ends with the word just before
     * ts, a known word of ts's sentence: without such a word none can
     * match, and a sequence is passed over on its last word before the
     * others are read (most lists are "!(to|can you|...)" and most words
     * before a match are none of them). */
    if (ts == 0)
        return false;
    const kpi_tok *last = &t->tok[ts - 1];
    if (last->id < 0 || last->sent != t->tok[ts].sent)
        return false;
    for (const int32_t *p = tr->pre + pre; *p; p += *p + 1) {
        size_t n = (size_t)*p;
        if (p[n] != last->id || n > ts)
            continue;
        bool same = true;
        for (size_t k = 0; k + 1 < n && same; k++) {
            const kpi_tok *w = &t->tok[ts - n + k];
            same = w->id == p[1 + k] && w->sent == t->tok[ts].sent;
        }
        if (same)
            return true;
    }
    return false;
}

/* Is word ts's sentiment score still the word's own (VF_LEX), not one a
 * pattern of the lexicon set? */
static bool own_score(const kpi_rules *r, const kpi_text *t, size_t ts)
{
    const kpi_tok *k = &t->tok[ts];
    return k->lex_len == 1 && (k->vflags & VF_LEX) && k->lex == r->vocab.w[k->id].lex;
}

static void accept_all(const kpi_rules *r, kpi_text *t, const kpi_node *nd, size_t ts, size_t te)
{
    const kpi_trie *tr = &r->trie;
    for (int32_t a = nd->acc; a >= 0; a = tr->acc[a].next) {
        const kpi_accept *ac = &tr->acc[a];
        if ((ac->flags & ACC_START) && ts > 0 &&
            !(t->tok[ts].flags & (TF_SENT_START | TF_CLAUSE_START)))
            continue;
        if ((ac->flags & ACC_END) && te < t->ntok && !(t->tok[te - 1].flags & TF_PUNCT_AFTER))
            continue;
        if (ac->pre >= 0 && pre_blocked(tr, ac->pre, t, ts))
            continue;
        if (ac->sec == KS_LEXICON) {
            /* a longer phrase wins; so does a one-word pattern over the
             * word's own score, being more particular ("^ whatever $", a
             * dismissal alone in its clause, over "whatever" anywhere) */
            if (te - ts > t->tok[ts].lex_len || (te - ts == 1 && own_score(r, t, ts))) {
                t->tok[ts].lex_len = (uint8_t)(te - ts > 255 ? 255 : te - ts);
                t->tok[ts].lex = ac->score;
            }
            continue;
        }
        push_match(t, ac->sec, ts, te);
    }
}

/* Depth-first from node, which the words [ts, j) led to. Matches never run
 * across a sentence end. The trie is finite and acyclic, so the depth is
 * bounded by its longest pattern. The pending branches are kept on t's own
 * stack (reused call after call) rather than in recursive calls: most
 * nodes have one word edge and no wildcard, and a call per node cost more
 * than the node itself. The order is the recursion's: a node's accepts, then
 * the subtree along its word edge, then along each wildcard edge in list
 * order, so the same accepts come in the same order. */
typedef struct walk_step {
    int32_t node;
    uint32_t j;
} walk_step;

static void walk(const kpi_rules *r, kpi_text *t, int32_t node, size_t ts, size_t j)
{
    const kpi_trie *tr = &r->trie;
    size_t sp = 0; /* pending branches on t->wstack */
    for (;;) {
        const kpi_node *nd = &tr->nodes[node];
        if (nd->acc >= 0)
            accept_all(r, t, nd, ts, j);
        int32_t c = -1;
        if (j < t->ntok && !(t->tok[j].flags & TF_SENT_START)) {
            int32_t id = t->tok[j].id;
            if (id >= 0)
                /* a node with one word child (or none) answers without the
                 * edge hash */
                c = nd->one_id >= KPI_NO_EDGES ? (nd->one_id == id ? nd->one_child : -1)
                                               : kpi_trie_next(tr, node, id);
            if (nd->any >= 0) {
                /* the wildcards after the word edge, all to word j + 1 as
                 * it is: the first of them is the next node when no word
                 * edge is (most wildcards are a node's only way on, and
                 * going there at once saves its push and pop), the others
                 * are pushed last first */
                size_t first = sp;
                for (int32_t e = nd->any; e >= 0; e = tr->anys[e].next) {
                    const kpi_anyedge *ae = &tr->anys[e];
                    if (kpi_trie_excluded(tr, ae->excl, id))
                        continue;
                    if (c < 0) {
                        c = ae->child;
                        continue;
                    }
                    if (sp == t->wstack_cap) {
                        t->wstack_cap = t->wstack_cap ? t->wstack_cap * 2 : 64;
                        t->wstack = xrealloc(t->wstack, t->wstack_cap * sizeof *t->wstack);
                    }
                    t->wstack[sp++] = (walk_step){ae->child, (uint32_t)(j + 1)};
                }
                for (size_t a = first, b = sp; a + 1 < b; a++, b--) {
                    walk_step x = t->wstack[a];
                    t->wstack[a] = t->wstack[b - 1];
                    t->wstack[b - 1] = x;
                }
            }
        }
        if (c >= 0) {
            node = c;
            j++;
            continue;
        }
        if (!sp)
            return;
        sp--;
        node = t->wstack[sp].node;
        j = t->wstack[sp].j;
    }
}

static int cmp_match(const void *a, const void *b)
{
    const kpi_match *x = a, *y = b;
    if (x->ts != y->ts)
        return x->ts < y->ts ? -1 : 1;
    /* longest first at one start, so a query takes the fullest reading */
    if (x->te != y->te)
        return x->te > y->te ? -1 : 1;
    return (x->sec > y->sec) - (x->sec < y->sec);
}

void kpi_match_turn(const kpi_rules *r, kpi_text *t)
{
    /* each word's single-word sentiment score and trie node were taken
     * from its vocabulary entry when it was read (kpi_text.c) */
    for (size_t i = 0; i < t->ntok; i++) {
        if (t->tok[i].node < 0)
            continue;
        size_t before = t->nm;
        walk(r, t, t->tok[i].node, i, i + 1);
        /* matches from one start are few: keep them longest first by
         * insertion sort, which keeps a repeat of the same section and
         * words right after the first, where it is dropped */
        if (t->nm - before < 2)
            continue;
        for (size_t a = before + 1; a < t->nm; a++) {
            kpi_match m = t->m[a];
            size_t b = a;
            while (b > before && cmp_match(&t->m[b - 1], &m) > 0) {
                t->m[b] = t->m[b - 1];
                b--;
            }
            t->m[b] = m;
        }
        size_t w = before + 1;
        for (size_t a = before + 1; a < t->nm; a++)
            if (t->m[a].te != t->m[w - 1].te || t->m[a].sec != t->m[w - 1].sec)
                t->m[w++] = t->m[a];
        t->nm = w;
    }
}

bool kpi_find_scan(const kpi_text *t, kpi_section sec, size_t from, size_t to, size_t *ms,
                   size_t *me)
{
    for (size_t k = 0; k < t->nm; k++) {
        const kpi_match *m = &t->m[k];
        if (m->start >= to)
            break;
        if (m->sec == (uint32_t)sec && m->start >= from && m->end <= to) {
            *ms = m->start;
            *me = m->end;
            return true;
        }
    }
    return false;
}

bool kpi_find_last_scan(const kpi_text *t, kpi_section sec, size_t from, size_t to,
                        size_t *ms, size_t *me)
{
    bool found = false;
    for (size_t k = 0; k < t->nm; k++) {
        const kpi_match *m = &t->m[k];
        if (m->start >= to)
            break;
        if (m->sec == (uint32_t)sec && m->start >= from && m->end <= to) {
            *ms = m->start;
            *me = m->end;
            found = true;
        }
    }
    return found;
}
