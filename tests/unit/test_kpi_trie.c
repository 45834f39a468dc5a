/* test_kpi_trie.c - the phrase trie's compaction (kpi_trie_compact): patterns
 * compiled here into a trie are walked over many word sequences before and
 * after the trie is merged into a DAG, and every walk must find the same
 * accepts in the same order (section, flags, score, the words that must not
 * come before), wildcards with and without exception lists included; the
 * merged trie must also be smaller and keep nodes apart that answer
 * differently. */
#include <stdio.h>
#include <string.h>

#include "../../src/core/kpi/kpi_internal.h"
#include "util.h"
#include "t.h"

/* Patterns whose tails repeat under several prefixes (merged), next to
 * ones that end alike but answer differently (kept apart): another
 * section, another score, another !(...) list, ^ or $, a wildcard with
 * another exception list. */
static const struct {
    int sec;
    const char *pat;
    float score;
} pats[] = {
    {KS_COMMIT, "(i'll|we'll|i will|we will) (take|get|buy) (it|that|them) (please)?", 0},
    {KS_DEFER, "(i'll|we'll|maybe) (think|sleep) (about|on) (it|that) (first)?", 0},
    {KS_DECLINE, "(no|nah) (thanks|thank you) (i'll|we'll) (pass|skip) (it|that)?", 0},
    {KS_READBACK, "(can|could|will) you (please)? (confirm|check) (the|your) (order|booking)", 0},
    {KS_CONFIRM, "(the|your) (order|booking) (is|was) (confirmed|booked) $", 0},
    {KS_RETRACT, "^ (actually|wait) (cancel|drop) (it|that)", 0},
    {KS_SLOT, "(does|would) *{0,2} (monday|tuesday|friday) (work|suit)", 0},
    {KS_FAILURE, "(sorry|afraid) *!(not|never) (that|the) (slot|day) (is|was) (taken|gone)", 0},
    {KS_FAILURE, "(sorry|afraid) *!(no|not) (that|the) (slot|day) (is|was) (taken|gone)", 0},
    {KS_OFFER_CUE, "!(not|never) (would|do) you (like|want) (the|a) (bundle|pair)", 0},
    {KS_OFFER_CUE, "!(never|not) (could|will) you (like|want) (the|a) (bundle|pair)", 0},
    {KS_OFFER_CUE, "!(no) (shall) you (like|want) (the|a) (bundle|pair)", 0},
    {KS_LEXICON, "(not|never) (great|good) (at all)?", -0.5f},
    {KS_LEXICON, "(really|so) (great|good) (at all)?", 0.75f},
    {KS_LEXICON, "(quite|very) (great|good) (at all)?", 0.75f},
    {KS_HEDGE, "(probably|maybe) (take|get) (it|that) (please)?", 0},
    {KS_COMMIT, "(sign|put) me (up|down) (for) * (please)?", 0},
    {KS_COMMIT, "(sign|put) me (up|down) (for) *!(it|that) (please)?", 0},
    {KS_ADDON_ACCEPT, "(add|include) * (too|as well)", 0},
    {KS_ADDON_ACCEPT, "(throw|put) *!(it) (too|as well)", 0},
    {KS_ADDON_ACCEPT, "(toss|slip) *!(them) (too|as well)", 0},
    {KS_BOTH, "!(not) (both|all) (of them|please)", 0},
    {KS_BOTH, "!(no) (each|every) (of them|please)", 0},
    {KS_BOTH, "!(no) (any|either) (of them|please)", 0},
    /* these go on under tails the patterns above share (a word, a new
     * wildcard, an existing wildcard's child): copied for their own
     * prefixes, the other prefixes must not gain them */
    {KS_HEDGE, "(i'll|we will) (take|buy) (it|them) all", 0},
    {KS_DEFER, "(i'll|maybe) sleep on *!(it) tonight", 0},
    {KS_SLOT, "(does) * monday (work|suit) (for you)?", 0},
    {KS_SLOT, "(would) * * friday suit", 0},
};

/* Appends every accept of the walk from node, reading ids[j..n) (the
 * recursion kpi_match.c's walk unrolls: accepts, the word edge, then each
 * wildcard edge in list order), one line per accept. */
static void walk(const kpi_trie *t, int32_t node, const int32_t *ids, size_t n, size_t ts,
                 size_t j, strbuf *out)
{
    const kpi_node *nd = &t->nodes[node];
    for (int32_t a = nd->acc; a >= 0; a = t->acc[a].next) {
        const kpi_accept *ac = &t->acc[a];
        sb_printf(out, "%zu-%zu sec %d flags %d score %g pre", ts, j, ac->sec, ac->flags,
                  (double)ac->score);
        for (const int32_t *p = ac->pre >= 0 ? t->pre + ac->pre : NULL; p && *p; p += *p + 1)
            for (int32_t k = 0; k <= *p; k++)
                sb_printf(out, " %d", p[k]);
        sb_puts(out, "\n");
    }
    if (j >= n)
        return;
    int32_t c = kpi_trie_next(t, node, ids[j]);
    if (c >= 0)
        walk(t, c, ids, n, ts, j + 1, out);
    for (int32_t e = nd->any; e >= 0; e = t->anys[e].next)
        if (!kpi_trie_excluded(t, t->anys[e].excl, ids[j]))
            walk(t, t->anys[e].child, ids, n, ts, j + 1, out);
}

/* Every walk from every start of ids, as one text. */
static char *walk_all(const kpi_trie *t, const int32_t *ids, size_t n)
{
    strbuf out = SB_INIT;
    for (size_t ts = 0; ts < n; ts++) {
        int32_t c = kpi_trie_next(t, 0, ids[ts]);
        if (c >= 0)
            walk(t, c, ids, n, ts, ts + 1, &out);
    }
    sb_puts(&out, "");
    return sb_steal(&out);
}

static uint32_t rnd(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

/* A word sequence that follows the trie from the root for a while (a word
 * edge or, in its place, any word where a wildcard leads on) and then goes
 * on at random: most of it spells patterns, or nearly. */
static size_t phrase(const kpi_trie *t, int32_t nwords, uint32_t *s, int32_t *ids, size_t cap)
{
    size_t n = 4 + rnd(s) % (cap - 3);
    int32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t w = (int32_t)(rnd(s) % (uint32_t)nwords);
        if (node >= 0 && rnd(s) % 8) {
            /* a word that continues, tried from a random start */
            for (int32_t k = 0; k < nwords; k++) {
                int32_t x = (w + k) % nwords;
                if (kpi_trie_next(t, node, x) >= 0) {
                    w = x;
                    break;
                }
            }
        }
        ids[i] = w;
        int32_t next = node >= 0 ? kpi_trie_next(t, node, w) : -1;
        if (next < 0 && node >= 0 && t->nodes[node].any >= 0 && rnd(s) % 2)
            next = t->anys[t->nodes[node].any].child;
        node = next;
    }
    return n;
}

/* Rules holding the test patterns, built with their tails shared or, with
 * tree, expanded under every prefix. */
static kpi_rules *test_rules(bool tree)
{
    kpi_rules *r = xcalloc(1, sizeof *r);
    kpi_vocab_init(&r->vocab);
    kpi_trie_init(&r->trie);
    r->trie.tree = tree;
    int bad_add = 0;
    for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
        char err[200];
        bad_add += kpi_pattern_add(r, pats[i].sec, pats[i].pat, pats[i].score, err, sizeof err) != 0;
    }
    CHECK(bad_add == 0, "the test patterns compile");
    return r;
}

static void free_rules(kpi_rules *r)
{
    kpi_trie_free(&r->trie);
    kpi_vocab_free(&r->vocab);
    free(r);
}

/* Whether a walk over the whole of text (words known to r) ends in an
 * accept of section sec. */
static bool accepts_sec(kpi_rules *r, const char *text, int sec)
{
    int32_t ids[16];
    size_t n = 0;
    for (const char *p = text; *p && n < 16;) {
        size_t len = strcspn(p, " ");
        ids[n++] = kpi_vocab_find(&r->vocab, p, len, kpi_hash(p, len));
        p += len + (p[len] == ' ');
    }
    char *w = walk_all(&r->trie, ids, n), want[40];
    snprintf(want, sizeof want, "0-%zu sec %d ", n, sec);
    bool found = strstr(w, want) == w || (strstr(w, want) && strstr(w, want)[-1] == '\n');
    free(w);
    return found;
}

static void check_compact(void)
{
    kpi_rules *r = test_rules(false), *tree = test_rules(true);
    int32_t nwords = (int32_t)r->vocab.n;
    /* word sequences and the walks over them, on the tree as built */
    enum { PHRASES = 4000, LEN = 12 };
    int32_t(*ids)[LEN] = xmalloc(PHRASES * sizeof *ids);
    size_t *len = xmalloc(PHRASES * sizeof *len);
    char **before = xmalloc(PHRASES * sizeof *before);
    uint32_t seed = 13;
    size_t matched = 0;
    int tree_differ = 0;
    for (size_t p = 0; p < PHRASES; p++) {
        len[p] = phrase(&r->trie, nwords, &seed, ids[p], LEN);
        before[p] = walk_all(&r->trie, ids[p], len[p]);
        matched += before[p][0] != '\0';
        char *expanded = walk_all(&tree->trie, ids[p], len[p]);
        if (strcmp(before[p], expanded) != 0 && tree_differ++ == 0)
            printf("# first difference from the tree:\n%s---\n%s", expanded, before[p]);
        free(expanded);
    }
    CHECK(tree_differ == 0,
          "every walk finds the same accepts in the same order in the shared build as in the tree");
    printf("# %zu of %d phrases match\n", matched, PHRASES);
    CHECK(matched > PHRASES / 2, "most test phrases match a pattern before the merge");
    size_t nn = tree->trie.nn, shared = r->trie.nn;
    kpi_trie_compact(&r->trie);
    printf("# %zu nodes as a tree, %zu built shared, merged into %zu\n", nn, shared, r->trie.nn);
    CHECK(shared * 2 < nn, "the repeated tails are built once: half the tree's nodes or fewer");
    CHECK(r->trie.nn * 4 < nn, "the repeated tails merge: a quarter of the nodes or fewer");
    kpi_trie_compact(&tree->trie);
    CHECK(tree->trie.nn == r->trie.nn, "the tree merges into as many nodes as the shared build");
    int differ = 0;
    for (size_t p = 0; p < PHRASES; p++) {
        char *after = walk_all(&r->trie, ids[p], len[p]);
        if (strcmp(before[p], after) != 0 && differ++ == 0)
            printf("# first difference:\n%s---\n%s", before[p], after);
        free(after);
        free(before[p]);
    }
    CHECK(differ == 0, "every walk finds the same accepts in the same order after the merge");

    /* answers that differ stay apart: the two wildcards at "sorry" keep
     * their own exception lists, and "never" passes one but not the other */
    static const char *const probe[] = {"sorry", "never", "the", "day", "is", "gone"};
    int32_t pid[6];
    for (size_t i = 0; i < 6; i++)
        pid[i] = kpi_vocab_find(&r->vocab, probe[i], strlen(probe[i]),
                                kpi_hash(probe[i], strlen(probe[i])));
    char *w = walk_all(&r->trie, pid, 6);
    CHECK_STR(w, "0-6 sec 38 flags 0 score 0 pre\n",
              "a wildcard's exception list survives the merge: one of two failure readings");
    free(w);
    /* a tail shared by prefixes and then grown for some of them: the
     * others do not gain what was added */
    CHECK(accepts_sec(r, "i'll take it all", KS_HEDGE), "i'll take it all: a hedge");
    CHECK(!accepts_sec(r, "we'll take it all", KS_HEDGE), "we'll take it all: no hedge");
    CHECK(accepts_sec(r, "we'll take it", KS_COMMIT), "we'll take it: still a commitment");
    CHECK(accepts_sec(r, "maybe sleep on this tonight", KS_DEFER), "sleep on this tonight");
    CHECK(!accepts_sec(r, "we'll sleep on this tonight", KS_DEFER), "we'll: not in the tonight line");
    CHECK(accepts_sec(r, "does it monday work", KS_SLOT), "does it monday work");
    CHECK(!accepts_sec(r, "would it monday work for you", KS_SLOT), "would: no for you");
    CHECK(accepts_sec(r, "would it be friday suit", KS_SLOT), "would it be friday suit");
    CHECK(!accepts_sec(r, "does it be friday suit for you", KS_SLOT), "friday: no for you");
    free(before);
    free(len);
    free(ids);
    free_rules(r);
    free_rules(tree);
}

/* A trie with nothing in it, or a single pattern, compacts to itself. */
static void check_small(void)
{
    kpi_trie t;
    kpi_trie_init(&t);
    kpi_trie_compact(&t);
    CHECK(t.nn == 1 && t.nodes[0].one_id == KPI_NO_EDGES && t.nodes[0].acc < 0,
          "an empty trie compacts to its root");
    kpi_trie_free(&t);
}

/* The shipped rules fit the edge table kpi_rules_load reserves for a file
 * of their size: past it the table doubles while it is being filled, and the
 * worker's start and every reload peak 30 MB higher (half its memory bound)
 * with every other test passing. One line whose groups multiply out (ten
 * openers x three verbs x ... x sixty ordinals) did that; a wildcard ("for
 * *{0,2} (first|...)") adds a fraction of the edges. Prints the count so
 * that a failure says by how much. */
static void check_shipped_size(void)
{
    cz_err e = {{0}};
    kpi_rules *r = kpi_rules_load("rules/converza.rules", &e);
    CHECK(r != NULL, "load rules/converza.rules");
    if (!r)
        return;
    printf("shipped rules: %zu edges built, edge table doubled %u times past its reserve\n",
           r->trie.built_edges, r->trie.grows);
    CHECK(r->trie.grows == 0, "the shipped rules fit the edge table loading reserves");
    kpi_rules_free(r);
}

int main(void)
{
    check_compact();
    check_small();
    check_shipped_size();
    T_END();
}
