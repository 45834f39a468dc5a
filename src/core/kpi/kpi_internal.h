/* kpi_internal.h - what the kpi_*.c files share and nobody else sees: the
 * vocabulary and phrase trie compiled from the rules file, the per-thread
 * scratch, the normalised and tokenised view of a turn with every phrase
 * match found in it, and money amounts.
 *
 * Speed comes from doing the expensive work once: each turn is lower-cased
 * and split into words in one pass, each word is looked up once in the
 * vocabulary hash, and one walk of the phrase trie from each word finds the
 * matches of every pattern section at once. Everything after that (scope
 * checks, dialogue logic, sentiment) queries those per-turn results. */
#ifndef CZ_KPI_INTERNAL_H
#define CZ_KPI_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "kpi.h"

/* Pattern sections of the rules file; converza-rules(5) says what each means. */
typedef enum {
    KS_COMMIT,          /* customer commits: "sign me up", "i'll take it" */
    KS_COMMIT_REQUEST,  /* commitments phrased as polite questions: "can you book me" */
    KS_REQUEST,         /* customer wants to buy; counts once the agent confirms */
    KS_AFFIRM,          /* strong yes at the start of an answer */
    KS_AFFIRM_WEAK,     /* "okay", "fine": a yes only straight after a closing question */
    KS_DECLINE,         /* "no thanks", "skip it", "too much" */
    KS_DEFER,           /* "maybe next month", "i'll think about it" */
    KS_INFO_REQUEST,    /* "email me the details" */
    KS_RETRACT,         /* "actually, cancel that" */
    KS_ADDON_ACCEPT,    /* "add it", "both", "the X too" */
    KS_CONDITIONAL,     /* "if", "unless" */
    KS_CONDITIONAL_OK,  /* "if that's okay": politeness, not a condition */
    KS_HYPOTHETICAL,    /* "would", "i'd" before a commitment */
    KS_HEDGE,           /* "probably", "maybe" */
    KS_QUESTION_START,  /* question openers, for text without '?' */
    KS_NONPURCHASE,     /* objects that make a yes not a purchase: email, callback */
    KS_CLOSING,         /* agent's closing question or proposal */
    KS_CLOSING_REF,     /* "would you like that?": closing that refers back */
    KS_OFFER_CUE,       /* agent offers an add-on: "would you like to add" */
    KS_OFFER_QUESTION,  /* "would you like travel insurance?": an offer once a purchase is made */
    KS_UPGRADE_CUE,     /* agent offers an upgrade: an add-on only on top of a purchase */
    KS_CONFIRM,         /* agent confirms a transaction: "you're booked" */
    KS_PRICE_OLD,       /* "normally" before a price that a later one replaces */
    KS_PRICE_EXCL_BEFORE, /* "fee of", "credit", "up to" before a price */
    KS_PRICE_EXCL_AFTER,  /* "fee", "off", "credit" after a price */
    KS_REVISION,        /* agent revises a price: "i can do" */
    KS_RETENTION,       /* agent's save offer on a cancellation: "instead of cancelling" */
    KS_SARCASM,         /* sarcastic phrases, always negative */
    KS_SARCASM_CONTEXT, /* complaint markers that make nearby praise sarcastic */
    KS_BOTH,            /* "both", "all of them": every offered item */
    KS_PRICE_QUESTION,  /* customer asks what something costs */
    KS_UNIT_PRICE,      /* "each", "apiece", "per person" after a price: per item */
    KS_BUNDLE,          /* "the pair for", "all three for" before a price: for the set */
    KS_PRICE_LARGE,     /* items priced in hundreds: a spoken "one forty nine" is 149 */
    KS_PRICE_SMALL,     /* services priced small even for large items: "maintenance plan" */
    KS_ASIDE,           /* a sentence about something else: traffic, weather, a competitor */
    KS_EXPECTATION,     /* "i expected to", "instead of": a complaint that did not happen */
    KS_READBACK,        /* agent reads an order back for confirmation: "is that correct?" */
    KS_FAILURE,         /* agent reports the purchase failed: "sold out", "couldn't book" */
    KS_CONFIRM_YES,     /* customer confirms a read-back: "that's correct", "looks good" */
    KS_SLOT,            /* a day or time: "tuesday", "four thirty pm" */
    KS_IDENTITY,        /* details read back that are no order: email, address, name */
    KS_MORE_QUESTION,   /* agent asks if the customer wants more: "anything else?" */
    KS_SEEK,            /* customer looks for something to buy: "i need a rental car" */
    KS_ORDER_PROMPT,    /* agent asks for the order: "what can I get you?" */
    KS_FREE_SERVICE,    /* agent gives something free: "no charge", "I'll credit you" */
    KS_OWNED,           /* customer refers to a purchase made before the call: "my booking" */
    KS_OWNED_CHANGE,    /* what added to a plan changes the plan itself: "a line", "a driver" */
    KS_CORRECTION,      /* a detail given anew after "actually, no": "make it five" */
    KS_APOLOGY,         /* agent apologises: "i'm so sorry", "my apologies" */
    KS_GOODWILL,        /* customer thanks or forgives: "thanks anyway", "no worries" */
    KS_ABOUT_US,        /* words that address the company: "you", "your", "the price" */
    KS_GO_AHEAD,        /* customer tells the agent to go ahead: "yeah, do the chain" */
    KS_ELSEWHERE,       /* customer takes the purchase elsewhere: "I'll try someone else" */
    KS_LITOTES,         /* a negator that negates nothing: "not bad", "no problem", "why not" */
    KS_WINDFALL,        /* agent tells of a gain: "your claim is approved", "i'm refunding" */
    KS_SURPRISE,        /* customer's "more than i expected": good or bad by what it is said of */
    KS_UNDONE,          /* agent undoes what was taken: "I've cancelled it", "I'll take you off Saturday" */
    KS_EMPATHY,         /* agent sympathises with what was just said: "i know", "sorry about that" */
    KS_DELAY_REGRET,    /* customer wishes it had been done sooner: "should've switched years ago" */
    KS_SAVE_MEASURE,    /* what a save offer keeps the customer with: "freeze it", "a credit" */
    KS_COUNT,
    KS_LEXICON = KS_COUNT /* multi-word sentiment phrases share the trie */
} kpi_section;

/* ---------------------------------------------------------------- vocabulary */

/* Word flags, from the rules file's word lists (and a few structural words
 * the logic itself knows, such as "but"). */
enum {
    VF_NEGATOR = 1u << 0,   /* [negator] */
    VF_FILLER = 1u << 1,    /* [filler]: dropped from the text */
    VF_STOPWORD = 1u << 2,  /* [stopword]: never names an offered item */
    VF_SARCASM = 1u << 3,   /* [sarcasm_prone] single words */
    VF_INTENS = 1u << 4,    /* [intensifier] */
    VF_LEX = 1u << 5,       /* has a single-word sentiment score */
    VF_CONTRAST = 1u << 6,  /* "but", "however": later words weigh more */
    VF_CLAUSE = 1u << 7,    /* starts a new clause: but, so, because ... */
    VF_NUMBER = 1u << 8,    /* a number word: one, twenty, hundred */
    VF_ADDON = 1u << 9,     /* [addon_word]: "also", "extra", "too" */
    VF_NOT_PRICE_BEFORE = 1u << 10, /* [not_price_before]: "room", "flight", "march" */
    VF_NOT_PRICE_AFTER = 1u << 11,  /* [not_price_after]: "people", "street", "pm" */
    VF_CATEGORY = 1u << 12, /* a word some category pattern needs (kpi_category.c) */
};

#define KPI_WORD_INLINE 24

typedef struct {
    char *word;      /* lower case, as written in the rules */
    uint32_t len, hash;
    int32_t alias;   /* for a spelling variant ("dont"), the word it stands for; else -1 */
    uint32_t flags;  /* VF_* */
    float lex;       /* single-word sentiment score (VF_LEX) */
    float intens;    /* intensifier factor (VF_INTENS) */
    int32_t node;    /* trie node reached from the root with this word; -1 */
    /* the word again for len < KPI_WORD_INLINE, so a lookup compares within
     * the entry's own cache line instead of following word */
    char key[KPI_WORD_INLINE];
} kpi_word;

/* A hash slot: the word's hash beside its id, so that a probe that misses
 * never touches the word itself; and for a word of at most eight bytes the
 * word itself, so that the tokeniser's lookup (kpi_vocab_find_short) never
 * leaves the slot. */
typedef struct {
    uint64_t key8; /* a word of 1 to 8 bytes, zero-padded (kpi_key8); else 0 */
    uint32_t hash;
    int32_t id; /* -1 empty */
    /* What the tokeniser takes from the word, spelling variant resolved:
     * copied here by kpi_vocab_seal once the rules are loaded, so that
     * reading a word costs the slot's one cache line instead of that and
     * two entries of kpi_word (the variant's alias, then its target). 32
     * bytes, two to a line in a table aligned to lines. */
    int32_t rid;    /* w[id].alias if >= 0, else id */
    uint32_t flags; /* w[rid].flags */
    float lex;      /* w[rid].lex */
    int32_t node;   /* w[rid].node */
} kpi_slot;

typedef struct {
    kpi_word *w;
    size_t n, cap;
    kpi_slot *slots; /* open addressing */
    size_t nslots;
} kpi_vocab;

/* kpi_hash: FNV-1a over the bytes, except that a word of 1 to 8 bytes is
 * hashed from its key8 (below) in a few instructions, so that the
 * tokeniser, which loads the key8 for the lookup anyway, never hashes
 * byte by byte. Either way it spreads over a power-of-two table. */
uint32_t kpi_hash(const char *s, size_t n);
void kpi_vocab_init(kpi_vocab *v);
void kpi_vocab_free(kpi_vocab *v);
/* Whether a[0, n) and b[0, n) hold the same bytes. Words are short and a
 * hash has already matched, so nearly every call is a hit: compared in
 * overlapping 8-, 4- or 2-byte pieces, never reading past either end, in a
 * few loads instead of a loop over the bytes. */
static inline bool kpi_same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t x, y;
        for (size_t j = 0; j + 8 < n; j += 8) {
            memcpy(&x, a + j, 8);
            memcpy(&y, b + j, 8);
            if (x != y)
                return false;
        }
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return x0 == y0 && x1 == y1;
    }
    if (n >= 2) {
        uint16_t x0, y0, x1, y1;
        memcpy(&x0, a, 2);
        memcpy(&y0, b, 2);
        memcpy(&x1, a + n - 2, 2);
        memcpy(&y1, b + n - 2, 2);
        return x0 == y0 && x1 == y1;
    }
    return n == 0 || a[0] == b[0];
}

/* The slot of word s (n bytes, hash h = kpi_hash(s, n)), or NULL. Inline:
 * the tokeniser looks up every word of every turn. */
static inline const kpi_slot *kpi_vocab_slot(const kpi_vocab *v, const char *s, size_t n,
                                             uint32_t h)
{
    if (!v->nslots)
        return NULL;
    size_t mask = v->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const kpi_slot *sl = &v->slots[i];
        if (sl->id < 0)
            return NULL;
        if (sl->hash != h)
            continue;
        const kpi_word *w = &v->w[sl->id];
        if (w->len == n && kpi_same_bytes(n < KPI_WORD_INLINE ? w->key : w->word, s, n))
            return sl;
    }
}
/* The id of word s (as kpi_vocab_slot), or -1. */
static inline int32_t kpi_vocab_find(const kpi_vocab *v, const char *s, size_t n, uint32_t h)
{
    const kpi_slot *sl = kpi_vocab_slot(v, s, n, h);
    return sl ? sl->id : -1;
}
/* The id of word s, added when missing. */
int32_t kpi_vocab_add(kpi_vocab *v, const char *s, size_t n);
/* Copies each word's resolved id, flags, score and node into its slot
 * (kpi_slot); called once the rules are loaded, after the last change to
 * any of them. Adding a word afterwards leaves its slot unsealed. */
void kpi_vocab_seal(kpi_vocab *v);

/* The first n bytes (1 to 8) of an eight-byte load from p, the others
 * zero: the key8 of a word of n bytes. All eight bytes p[0, 8) must be
 * readable; those past n may hold anything. */
static inline uint64_t kpi_key8(const char *p, size_t n)
{
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return x & (~UINT64_C(0) << (64 - 8 * n));
#else
    return x & (~UINT64_C(0) >> (64 - 8 * n));
#endif
}

/* kpi_hash of a word of 1 to 8 bytes from its key8: the high half folded
 * onto the low so that every byte reaches the bits the multiply carries
 * into the top half, which the table index is taken from. */
static inline uint32_t kpi_hash_key8(uint64_t key8)
{
    return (uint32_t)(((key8 ^ (key8 >> 32)) * UINT64_C(0x9E3779B97F4A7C15)) >> 32);
}

/* kpi_vocab_find for a word of 1 to 8 bytes given as its key8 (and its
 * kpi_hash h): words hold no zero byte, so equal key8s are equal words,
 * and one compare in the slot replaces the hash compare, the length
 * compare and the look at the entry's bytes. */
static inline const kpi_slot *kpi_vocab_slot_short(const kpi_vocab *v, uint64_t key8,
                                                   uint32_t h)
{
    if (!v->nslots)
        return NULL;
    size_t mask = v->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const kpi_slot *sl = &v->slots[i];
        if (sl->key8 == key8)
            return sl;
        if (sl->id < 0)
            return NULL; /* an empty slot: key8 0, never a word's */
    }
}
static inline int32_t kpi_vocab_find_short(const kpi_vocab *v, uint64_t key8, uint32_t h)
{
    const kpi_slot *sl = kpi_vocab_slot_short(v, key8, h);
    return sl ? sl->id : -1;
}

/* ---------------------------------------------------------------- phrase trie */

/* What a pattern accepts at the trie node where it ends. */
enum { ACC_END = 1, ACC_START = 2 };
typedef struct {
    uint8_t sec;     /* kpi_section */
    uint8_t flags;   /* ACC_END: must end a clause; ACC_START: must start one */
    int32_t pre;     /* offset in kpi_trie.pre of word sequences that must not
                      * come just before the match; -1 for none */
    float score;     /* KS_LEXICON: the phrase's sentiment score */
    int32_t next;    /* next accept at the same node; -1 */
} kpi_accept;

typedef struct {
    int32_t any;     /* first wildcard edge (kpi_trie.anys); -1 */
    int32_t acc;     /* first accept; -1 */
    int32_t one_id;  /* with one word child: its word id; with none
                      * KPI_NO_EDGES; with several KPI_MANY_EDGES while the
                      * trie is built (the edge hash), and once it is
                      * compacted KPI_BLOCK(offset of its block in
                      * kpi_trie.blk, log2 of its slots). No flag of its own: 16 bytes a node,
                      * four to a cache line, and a word id (>= 0) never
                      * equals any of these marks */
    union {
        int32_t one_child; /* with one word child, that child: most nodes
                            * below the root have one, and this answers
                            * them without the edge hash */
        uint32_t emask;    /* with several: bit kpi_trie_emask_bit(id) set
                            * for each child's word; most words after such
                            * a node continue none of them, and a clear bit
                            * says so without a probe of the edge hash or
                            * of the node's block, one cache line more */
    };
} kpi_node;
#define KPI_NO_EDGES (-1)
#define KPI_MANY_EDGES (-2)
/* one_id of a compacted node whose children are in the block of 2^bits
 * slots at offset off of kpi_trie.blk, and back: the node says where its
 * block is and how large, so that a lookup reads no more than its slot */
#define KPI_BLOCK(off, bits) (KPI_MANY_EDGES - 1 - (int32_t)((off) << 5 | (bits)))
#define KPI_BLOCK_OFF(one_id) ((size_t)(KPI_MANY_EDGES - 1 - (one_id)) >> 5)
#define KPI_BLOCK_MASK(one_id) ((int32_t)((1u << ((KPI_MANY_EDGES - 1 - (one_id)) & 31)) - 1))

/* A wildcard edge: any one word except those listed ("*!(me|us)"). A node
 * may have several, one per distinct exception list. */
typedef struct {
    int32_t child;
    int32_t excl;    /* offset in kpi_trie.pre of: count, word ids...; -1 none */
    int32_t next;    /* next wildcard edge of the same node; -1 */
} kpi_anyedge;

/* An edge of the edge hash: key and child side by side, so that the probe
 * that finds the key has the child in the same cache line (16 bytes, four
 * to a line) instead of missing again in a second table. */
typedef struct {
    uint64_t key;    /* (parent << 32 | word id) + 1; 0 empty */
    int32_t child;
    int32_t kid;     /* the same edge in kpi_trie.kids */
} kpi_edge;

/* A slot of a compacted node's block: a small hash table of its own
 * children alone, an empty slot with id -1. One node's children lie
 * together (a block of up to eight slots within one cache line), where the
 * edge hash scattered them over a megabyte: the walk meets the same few
 * nodes over and over, and their lines stay in cache. */
typedef struct {
    int32_t id;
    int32_t child;
} kpi_blkent;

typedef struct {
    kpi_node *nodes;
    size_t nn, cap;
    kpi_edge *edges; /* edge hash, for the children of nodes with several
                      * (kpi_node.one_id KPI_MANY_EDGES) only, while the
                      * trie is built; NULL once it is compacted */
    size_t ecap, en;
    kpi_blkent *blk; /* once compacted: the blocks of nodes with several
                      * children (kpi_node.one_id KPI_BLOCK(offset)) */
    size_t nblk;
    kpi_accept *acc;
    size_t nacc, acc_cap;
    kpi_anyedge *anys;
    size_t nany, any_cap;
    /* While the trie is built it is a DAG: a pattern's tail is built once
     * and shared by the nodes it follows (kpi_trie_share), and a shared
     * node is copied before a later pattern grows it (kpi_trie_child and
     * kpi_trie_any with create). These are NULL once it is compacted. */
    int32_t *refs;   /* node -> its parents' edges to it */
    int32_t *first;  /* node with several children -> its first in kids */
    struct kpi_kid {
        int32_t id, child, next; /* next child of the same node; -1 */
    } *kids;         /* the children of nodes with several, listed */
    size_t nkids, kids_cap;
    bool tree;       /* set before the first pattern: no tail shared, each
                      * expanded under every prefix (what the shared build
                      * must answer alike; tests compare the two) */
    int32_t *pre;    /* sequences: len, words..., ...; each list ends with 0 */
    size_t npre, pre_cap;
    size_t built_edges; /* edges in the edge hash when kpi_trie_compact
                         * began: the size of the table loading peaked with */
    unsigned grows;     /* times edge_put doubled the edge hash past the size
                         * kpi_trie_reserve gave it (each doubling holds the
                         * old table and the new at once) */
} kpi_trie;

void kpi_trie_init(kpi_trie *t);
void kpi_trie_free(kpi_trie *t);
/* Sizes the edge table for about nedges edges of nodes with several
 * children, so that building the trie does not rehash it at each doubling
 * (a hint: the table still grows past it). */
void kpi_trie_reserve(kpi_trie *t, size_t nedges);
/* The child of node along word id, created when create is true; -1 when
 * absent. With create, a child shared with other parents is first copied
 * for node alone, so that what is added under it reaches through node
 * only. */
int32_t kpi_trie_child(kpi_trie *t, int32_t node, int32_t id, bool create);
/* The child of node along the wildcard whose exception list is excl (an
 * offset in t->pre, or -1), created when missing, copied for node alone
 * when shared. */
int32_t kpi_trie_any(kpi_trie *t, int32_t node, int32_t excl);
/* Whether node has no word or wildcard child (it may accept). */
bool kpi_trie_childless(const kpi_trie *t, int32_t node);
/* Gives childless node to the children of from (the same nodes, now shared
 * by both): what a pattern's tail builds under one childless node it would
 * build alike under another. */
void kpi_trie_share(kpi_trie *t, int32_t from, int32_t to);
/* Merges the nodes that answer every walk alike (the same accepts, the
 * same wildcard exceptions and word ids leading to merged-alike nodes) into
 * one, lays the rest out afresh (the root stays node 0) and files each
 * node's several children in a block of its own (kpi_blkent) in place of
 * the edge hash, turning the trie into a DAG. The walk's answers are
 * unchanged; the trie must not be grown (kpi_trie_child with create,
 * kpi_trie_any) after. Not thread-safe: once, before the trie is shared. */
void kpi_trie_compact(kpi_trie *t);
/* Whether word id is in the exception list at offset excl of t->pre. */
bool kpi_trie_excluded(const kpi_trie *t, int32_t excl, int32_t id);
static inline uint64_t kpi_trie_edge_key(int32_t node, int32_t id)
{
    return (((uint64_t)(uint32_t)node << 32) | (uint32_t)id) + 1;
}

static inline size_t kpi_trie_edge_slot(uint64_t key, size_t cap)
{
    /* multiplicative mixing: parents and ids are small consecutive numbers */
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

/* Which of the 32 bits of kpi_node.emask word id sets: Fibonacci hashing
 * spreads the vocabulary's consecutive ids. */
static inline unsigned kpi_trie_emask_bit(int32_t id)
{
    return (unsigned)(((uint32_t)id * 0x9E3779B1u) >> 27);
}

/* Where word id's probe starts in a block of mask + 1 slots: bits below
 * those of kpi_trie_emask_bit, so that the children a node's mask lets
 * through are not crowded together. */
static inline size_t kpi_trie_blk_slot(int32_t id, int32_t mask)
{
    return (size_t)((((uint32_t)id * 0x9E3779B1u) >> 12) & (uint32_t)mask);
}

/* The child along word id in the block of mask + 1 slots at slots; -1
 * when absent. */
static inline int32_t kpi_trie_blk_find(const kpi_blkent *slots, int32_t mask, int32_t id)
{
    for (size_t i = kpi_trie_blk_slot(id, mask);; i = (i + 1) & (size_t)mask) {
        if (slots[i].id == id)
            return slots[i].child;
        if (slots[i].id < 0)
            return -1;
    }
}

/* The child of node along word id (>= 0) at match time; -1 when absent.
 * Inline: the trie walk asks it for every word after a node with several
 * word edges. */
static inline int32_t kpi_trie_next(const kpi_trie *t, int32_t node, int32_t id)
{
    const kpi_node *nd = &t->nodes[node];
    if (nd->one_id >= KPI_NO_EDGES) /* one child or none */
        return nd->one_id == id ? nd->one_child : -1;
    if (!(nd->emask >> kpi_trie_emask_bit(id) & 1))
        return -1;
    if (nd->one_id != KPI_MANY_EDGES)
        return kpi_trie_blk_find(t->blk + KPI_BLOCK_OFF(nd->one_id), KPI_BLOCK_MASK(nd->one_id),
                                 id);
    uint64_t key = kpi_trie_edge_key(node, id);
    for (size_t i = kpi_trie_edge_slot(key, t->ecap);; i = (i + 1) & (t->ecap - 1)) {
        if (t->edges[i].key == key)
            return t->edges[i].child;
        if (!t->edges[i].key)
            return -1;
    }
}

/* ---------------------------------------------------------------- rules */

struct kpi_rules {
    char *path;
    char *version;
    kpi_vocab vocab;
    kpi_trie trie;
    kpi_vocab sarcasm_phrases; /* multi-word [sarcasm_prone] entries */
    struct kpi_categories *cats; /* [category NAME] sections (kpi_category.h) */
    /* byte -> its lower-case form when it belongs to a word (letters,
     * digits, apostrophe), else 0: the tokeniser's inner loop */
    unsigned char word_byte[256];
    /* tunables from the rules file's settings */
    double threshold;     /* |score| at or above which the label is not neutral */
    double end_weight;    /* weight of the last customer turn relative to the first */
    double negated_pos;   /* factor applied to a negated positive word */
    double negated_neg;   /* factor applied to a negated negative word */
    double but_before;    /* weight of words before "but" in a sentence */
    double but_after;     /* weight of words after "but" */
    double scale;         /* raw -> -1..1 squashing scale */
    double aside;         /* weight of feelings in a sentence about something else */
    double end_pull;      /* share of the score the last clear turn takes when the
                           * customer's attitude turned during the call */
    double unthanked;     /* the raw score a call gets at most when the customer
                           * met the agent's bad news without thanks (negated) */
};

/* Compiles one pattern line into the trie: words, (a|b c) groups, ? and
 * {m,n} repeats, * for any word, a leading !(...) for words that must not come
 * just before, a leading ^ (starts a clause) and a trailing $ (ends a clause).
 * Returns 0, or -1 with a message in err (no file or line: the caller adds
 * them). */
int kpi_pattern_add(kpi_rules *r, int sec, const char *pat, float score, char *err,
                    size_t errlen);

/* ---------------------------------------------------------------- one turn */

typedef struct {
    size_t start, end; /* byte offsets into kpi_text.low */
} kpi_span;

enum {
    TF_SENT_START = 1,   /* first word of a sentence */
    TF_CLAUSE_START = 2, /* first word after , ; : or a dash */
    TF_PUNCT_AFTER = 4,  /* punctuation follows the word */
    TF_DIGIT = 8,        /* digits */
    TF_DOLLAR = 16,      /* right after a '$' */
};

typedef struct {
    uint32_t start, end; /* bytes of the word in low */
    int32_t id;          /* vocabulary id with spelling variants resolved; -1 unknown */
    uint32_t vflags;     /* the word's VF_* flags */
    uint32_t sent;       /* sentence index */
    uint8_t flags;       /* TF_* */
    uint8_t lex_len;     /* words of the longest sentiment entry starting here; 0 none */
    float lex;           /* its score */
    int32_t node;        /* the trie node the word leads to from the root; -1 */
    uint64_t key8;       /* for a word of at most 8 bytes its kpi_key8, else 0: a
                          * word of the code's lists (kpi_tok_in) is told by one
                          * compare with a constant */
} kpi_tok;

typedef struct {
    uint32_t sec;
    uint32_t ts, te;     /* words [ts, te) */
    uint32_t start, end; /* bytes in low */
} kpi_match;

/* A turn lower-cased and cleaned once, with a map back to the original so
 * that evidence can quote the speaker's own words, its words and every
 * phrase match in it. */
typedef struct {
    const char *orig;
    size_t orig_len;
    char *low;      /* lower-case ASCII, curly quotes straightened, fillers dropped */
    uint32_t *map;  /* map[i] = offset in orig of low[i]; map[len] = orig_len */
    size_t len, cap;
    /* word_at[off], off in [0, len]: the index of the first word starting
     * at or after low[off] (ntok if none), filled once the words are known:
     * the rules ask kpi_text_tok_at about a hundred times a call, and a
     * load answers what a binary search over the words did (cap entries,
     * like map, and KPI_WORD_AT_SLACK more) */
    uint32_t *word_at;
    kpi_span *sent; /* sentences */
    size_t nsent, sent_cap;
    uint32_t *stops; /* offsets of . ! ? ; in low: where sentences may end */
    size_t nstops, stops_cap;
    bool has_qmark_sent; /* any sentence ends in '?' */
    uint64_t qsent;      /* bit i set: sentence i < 64 ends with a question mark
                          * (kpi_text_sentence_is_question) */
    bool has_number;     /* digits, '$' or a number word: amounts worth looking for */
    bool nonascii;       /* the turn has bytes beyond ASCII (kpi_cat_match tries every
                          * category on it) */
    uint64_t catmask;    /* categories named by its words (kpi_cat_word_cats), gathered
                          * as the words are looked up, so that the categories need no
                          * pass of their own over the turn */
    kpi_tok *tok;
    size_t ntok, tok_cap;
    kpi_match *m;   /* in order of start, then end */
    size_t nm, m_cap;
    uint64_t secmask; /* sections with at least one match */
    struct walk_step *wstack; /* the trie walk's pending branches (kpi_match.c) */
    size_t wstack_cap;
} kpi_text;

/* A price found in text. */
typedef struct {
    size_t start, end; /* in kpi_text.low */
    int64_t cents;     /* as stated: per item for a unit price */
    size_t sent;       /* sentence index */
    bool old;          /* "normally $30": superseded by a later price */
    bool excluded;     /* fee, discount, refund, credit, limit, total */
    bool each;         /* a unit price: "$240 each", "$35 per person" */
    bool bundle;       /* a price for a set: "the pair for $420": never multiplied */
    int qty;           /* quantity said with the price: "two of them at $240 each" -> 2;
                        * 0 when none */
    bool recurring;    /* said per month, year or week ("$10 a month") */
    bool guessed;      /* a spoken pair whose size nothing said ("six ninety nine") */
    int64_t alt;       /* a spoken pair's other reading ("two fifty": 250.00 or 2.50),
                        * 0 when the words say one size only */
    uint8_t per;       /* for a unit price, what it is per: KPI_PER_* bits; 0 none */
} kpi_amount;

/* What a unit price is per (kpi_amount.per): the unit whose count, said
 * anywhere in the call, multiplies it ("$25 per person per day" is both). */
enum {
    KPI_PER_DAY = 1,  /* "a day", "per night", "nightly": the length of a stay or rental */
    KPI_PER_HEAD = 2, /* "per person", "a guest", "a head": the party size */
    KPI_PER_ITEM = 4, /* "each", "apiece", "per ticket": the items bought */
    KPI_PER_WAY = 8,  /* "each way": a round trip is two */
    KPI_PER_CHILD = 16, /* "per child", "a kid": the children of the party */
    KPI_PER_LAST = KPI_PER_CHILD,
};

/* The largest amount read as a price: $10,000,000. Anything bigger is a
 * phone number, an account number or noise, and bounding every amount keeps
 * all money arithmetic far from int64_t overflow. */
#define KPI_PRICE_MAX_CENTS 1000000000LL

/* a + b for amounts in cents (both >= 0), saturating instead of overflowing. */
static inline int64_t kpi_cents_add(int64_t a, int64_t b)
{
    return a > INT64_MAX - b ? INT64_MAX : a + b;
}

struct dlg_scratch; /* kpi_dialog.c */

/* Per-thread working memory, reused call after call. */
struct kpi_scratch {
    struct dlg_scratch *dlg;
    kpi_text *texts; /* one per turn */
    size_t ntexts_cap;
    kpi_amount *amounts;
    size_t namounts, amounts_cap;
    void *cat_md;    /* PCRE2 match data of the categories, made on first use */
    /* The call's first sale price said by the agent (cents; 0 before one or
     * outside a call) and whether it recurs ("a month"): the scale a spoken
     * pair said later is sized against (kpi_amounts_find). kpi_dialog sets
     * it as it walks a call. */
    int64_t price_ref;
    bool price_ref_recurring;
    /* ... and whether it was an extra offered once something was bought:
     * then the extras after it cost about as much, not a twentieth of it */
    bool price_ref_addon;
    /* The size of the party the call last counted ("thirty people", "a
     * table for six"; 0 before one): "the taco bar for thirty" names the
     * party, not a price (kpi_amounts_find). kpi_dialog sets it. */
    int heads;
};

/* --- kpi_text.c --- */
/* Normalises and tokenises turn text into t (reusing its buffers) and finds
 * every phrase match in it. */
void kpi_text_prepare(const kpi_rules *r, kpi_text *t, const char *s, size_t len);
void kpi_text_free(kpi_text *t);
/* Index of the sentence containing offset off. */
size_t kpi_text_sentence_at(const kpi_text *t, size_t off);
/* Start of the clause that contains off: the sentence start, or just after
 * the last comma, semicolon, dash or "but"/"so" before off in that sentence. */
size_t kpi_text_clause_start(const kpi_text *t, size_t off);
/* End of the clause that contains off. */
size_t kpi_text_clause_end(const kpi_text *t, size_t off);
/* The scan behind kpi_text_sentence_is_question, for any sentence. */
bool kpi_text_question_scan(const kpi_text *t, size_t sent);
/* Whether the sentence ends with a question mark in the original. Inline:
 * the dialogue asks it about forty times a call, and the first 64
 * sentences of a turn are answered from the bits kpi_text_prepare set. */
static inline bool kpi_text_sentence_is_question(const kpi_text *t, size_t sent)
{
    if (sent >= t->nsent)
        return false;
    if (sent < 64)
        return t->qsent >> sent & 1;
    return kpi_text_question_scan(t, sent);
}
/* Copies the original words of low[start, end) into a new string. */
char *kpi_text_quote(const kpi_text *t, size_t start, size_t end);
/* Offset of the n-th word (n >= 1) before off, not crossing floor; returns
 * floor when there are fewer words. */
size_t kpi_text_words_back(const kpi_text *t, size_t off, size_t floor, int n);
/* Offset just past the n-th word after off, not crossing ceil. */
size_t kpi_text_words_fwd(const kpi_text *t, size_t off, size_t ceil, int n);
/* Where the object of a verb phrase ending at off stops: at most `words`
 * words on, not past ceil (the sentence's end), a clause's start or an
 * "and", "then" or "plus" that begins a second thing ("shall I book it |
 * and send you the confirmation", "can I put you on a brief hold | while
 * I check"). Returns off when the object is empty. */
size_t kpi_text_object_end(const kpi_text *t, size_t off, size_t ceil, int words);
/* Index of the first word starting at or after byte off (ntok if none).
 * Inline: one load from the index kpi_text_prepare made (word_at). */
static inline size_t kpi_text_tok_at(const kpi_text *t, size_t off)
{
    return off <= t->len ? t->word_at[off] : t->ntok;
}
/* Whether a word with any of the VF_* flags starts in low[from, to). */
bool kpi_text_has_flag(const kpi_text *t, uint32_t flags, size_t from, size_t to);
/* Whether one of the two words before word k, in k's sentence, is a
 * negator ("don't drop the plan", "i wouldn't skip it"): what is said at
 * word k is then not asked for. */
bool kpi_text_negated_before(const kpi_text *t, size_t k);
/* kpi_key8 of the word w of wl bytes (1 to 8). For a literal word, and
 * wl its strlen, the compiler folds it to a constant (kpi_tok_in). */
static inline uint64_t kpi_lit_key8(const char *w, size_t wl)
{
    uint64_t x = 0;
#pragma GCC unroll 8
    for (size_t j = 0; j < 8; j++)
        if (j < wl)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            x |= (uint64_t)(unsigned char)w[j] << (56 - 8 * j);
#else
            x |= (uint64_t)(unsigned char)w[j] << (8 * j);
#endif
    return x;
}

/* Whether word k exists (k < ntok) and reads exactly one of the n
 * NUL-terminated lower-case words: the one comparison of a word with
 * literal words in the KPI code. KPI_TOK_IS(t, k, "a", "b") lists them
 * inline.
 *
 * Always inlined, called 240 times a call: every site's list is literal
 * words (KPI_TOK_IS) or a static table, and inlined and unrolled
 * (#pragma GCC unroll) each listed word is a constant there: a word of at
 * most 8 bytes costs one compare of the word's key8 with a constant (equal
 * key8s are equal words, no word holding a NUL; a word longer than 8 has
 * key8 0), a longer one a length compare first. Left to itself the
 * compiler kept the loop, built the list on the stack and read it word by
 * word, for every word of a turn. A list not known at compile time still
 * gets the right answer, at a strlen per listed word. */
static inline __attribute__((always_inline)) bool
kpi_tok_in(const kpi_text *t, size_t k, const char *const *words, size_t n)
{
    if (k >= t->ntok)
        return false;
    uint64_t key8 = t->tok[k].key8;
#pragma GCC unroll 32
    for (size_t i = 0; i < n; i++) {
        const char *w = words[i];
        size_t wl = strlen(w);
        if (wl == 0)
            continue; /* no word is empty */
        if (wl <= 8) {
            if (key8 == kpi_lit_key8(w, wl))
                return true;
            continue;
        }
        if (t->tok[k].end - t->tok[k].start == wl && !memcmp(t->low + t->tok[k].start, w, wl))
            return true;
    }
    return false;
}
#define KPI_TOK_IS(t, k, ...)                                                                     \
    kpi_tok_in((t), (k), (const char *const[]){__VA_ARGS__},                                      \
               sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* Whether a word of t that lies within [a, b) is one of the n words. */
static inline __attribute__((always_inline)) bool
kpi_span_has_word(const kpi_text *t, size_t a, size_t b, const char *const *words, size_t n)
{
    for (size_t k = kpi_text_tok_at(t, a); k < t->ntok && t->tok[k].end <= b; k++)
        if (kpi_tok_in(t, k, words, n))
            return true;
    return false;
}
#define KPI_SPAN_HAS(t, a, b, ...)                                                                \
    kpi_span_has_word((t), (a), (b), (const char *const[]){__VA_ARGS__},                          \
                      sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* --- kpi_match.c: the trie walk and queries over its results --- */
/* Finds every section match in t's words; fills t->m and the words' lexicon
 * scores. */
void kpi_match_turn(const kpi_rules *r, kpi_text *t);
/* The scans behind the three queries below (kpi_match.c). */
bool kpi_find_scan(const kpi_text *t, kpi_section sec, size_t from, size_t to, size_t *ms,
                   size_t *me);
bool kpi_find_last_scan(const kpi_text *t, kpi_section sec, size_t from, size_t to,
                        size_t *ms, size_t *me);
/* First match of section sec lying within low[from, to): sets *ms, *me.
 * Inline, like the two below: the dialogue asks about a hundred of these
 * per call, and most are answered by the turn's section mask alone. */
static inline bool kpi_find(const kpi_text *t, kpi_section sec, size_t from, size_t to,
                            size_t *ms, size_t *me)
{
    if (!(t->secmask & (1ull << sec)) || from >= to)
        return false;
    return kpi_find_scan(t, sec, from, to, ms, me);
}
/* Whether section sec matches within low[from, to). */
static inline bool kpi_has(const kpi_text *t, kpi_section sec, size_t from, size_t to)
{
    size_t a, b;
    return kpi_find(t, sec, from, to, &a, &b);
}
/* Last match of sec that starts in [from, to) and ends by to. */
static inline bool kpi_find_last(const kpi_text *t, kpi_section sec, size_t from, size_t to,
                                 size_t *ms, size_t *me)
{
    if (!(t->secmask & (1ull << sec)))
        return false;
    return kpi_find_last_scan(t, sec, from, to, ms, me);
}

/* --- kpi_amount.c --- */
/* Parses a money amount starting at low[i] ("$49.99", "$1,200", "$4.8k",
 * "50 dollars", "fifty bucks", "forty nine ninety nine a year"). Returns the
 * end offset and sets *cents (0 < cents <= KPI_PRICE_MAX_CENTS), or returns 0
 * when no amount starts there. Without '$', "dollars" or a price period a
 * number is no price unless loose (the context already says it is one). */
size_t kpi_amount_parse(const char *low, size_t len, size_t i, int64_t *cents, bool loose);
/* How much context says a bare number is a price (kpi_amounts_find). */
enum {
    KPI_AMT_STRICT = 0, /* only '$', "dollars", "cents" or a price period */
    KPI_AMT_ASKED = 1,  /* the customer just asked a price: also after "it's", "costs" */
    KPI_AMT_OFFER = 2,  /* an offer or a revision: also after "for" and "to" */
    KPI_AMT_SOLD = 3,   /* the agent talks after a purchase: after "it's", "that's",
                         * "costs", "for" (never a head count or a time), but not
                         * "at" ("Wednesday at 2" is a time) */
    KPI_AMT_ANSWER = 4, /* the agent answers the customer's price question: as
                         * KPI_AMT_ASKED, and a number opening the answer */
};
/* Finds every amount in t, classifying each with the price_old and
 * price_excluded sections; loose_mode is one of KPI_AMT_*. Results replace
 * s->amounts. */
void kpi_amounts_find(kpi_scratch *s, const kpi_text *t, int loose_mode);
/* The number of items a customer asks for in low[from, to), said apart from
 * any price: "for both of us" 2, "all four" 4, "the three of us" 3, "two of
 * them" 2, "for 3 people" 3. 0 when no quantity is said. */
int kpi_quantity(const kpi_text *t, size_t from, size_t to);
/* kpi_quantity (or, cued, kpi_quantity_cued) where "both" takes two
 * different items ("a vase for $15 and chocolates for $12.95?" - "oh yes,
 * both"; "both added"): there a bare "both" is no count of either; "both of
 * us" still is. */
int kpi_quantity_of_items(const kpi_text *t, size_t from, size_t to, bool cued);
/* The same, only where the words around the number make it a count ("all",
 * "the", "for", "of us", "people"), not a bare plural ("3 questions"): for
 * words said after the acceptance itself. */
int kpi_quantity_cued(const kpi_text *t, size_t from, size_t to);
/* Whether t says the count q (2 to 999) as a number of its own outside the
 * byte spans [xs, xe) and [ys, ye): "for the two nights", "fifty people",
 * "a dozen", "both". */
bool kpi_count_said(const kpi_text *t, int64_t q, size_t xs, size_t xe, size_t ys, size_t ye);
/* The count word k of t says, 2 to 12 ("two", "3", "pair"), or 0. */
int kpi_count_word(const kpi_text *t, size_t k);
/* The value of token k of t when it is one number word ("fifteen",
 * "twenty"; none of "hundred" and above), or 0. */
int kpi_number_word(const kpi_text *t, size_t k);
/* The count of the unit `per` (one KPI_PER_* bit) that t says last
 * ("five days", "three nights"; "forty people", "both of us", "party of
 * six"; "two tickets"; "round trip"), 2 to 999, or 0 when t says none. A count
 * of something else ("two kids" for days, "three years" for items) is none. */
int kpi_unit_count(const kpi_text *t, unsigned per);
/* Whether low[from, to) of t says one of the unit `per` (one KPI_PER_*
 * bit): "one way", "one night", "one person", "just one" or "one bag" for an
 * item ("one bag each way" is one item, not one way). */
bool kpi_unit_one(const kpi_text *t, unsigned per, size_t from, size_t to);
/* What an accepted amount comes to: a unit price times the quantity said
 * with it, else times `apart` (kpi_quantity of the acceptance; 0 or 1 for
 * one item); a bundle or any other price as stated. Saturates at
 * KPI_PRICE_MAX_CENTS. */
int64_t kpi_amount_total(const kpi_amount *a, int apart);

/* --- kpi_sentiment.c --- */
/* Sets out's sentiment label, score and evidence; reads out->is_conversion,
 * so it runs after kpi_dialog. */
void kpi_sentiment(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out);

/* --- kpi_dialog.c: conversion and upsell over the dialogue --- */
void kpi_dialog(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out);
void kpi_dialog_scratch_free(struct dlg_scratch *d);

/* --- kpi_evidence.c --- */
void kpi_evidence_add(kpi_evidence **v, size_t *n, char *text, int64_t cents, int turn);

#endif
