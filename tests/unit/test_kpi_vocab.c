/* test_kpi_vocab.c - the vocabulary's word lookup (kpi_internal.h): the
 * piecewise byte comparison behind it, at every length it has a case for and
 * with the difference at every position, and lookups of words of those
 * lengths, found and not found, in a vocabulary built here; what
 * kpi_vocab_seal copies into the slots; and the phrase trie's edge table
 * reserved ahead (kpi_trie_reserve). */
#include <stdio.h>
#include <string.h>

#include "../../src/core/kpi/kpi_internal.h"
#include "t.h"

/* kpi_same_bytes for n = 0..40: equal buffers compare equal, and one byte
 * changed at any position (the first, the middle, the overlap of the last
 * piece, the end) compares unequal. The bytes compared are copied to buffers
 * of exactly n bytes, so a read past either end shows under ASan. */
static void check_same_bytes(void)
{
    const char src[] = "abcdefghijklmnopqrstuvwxyz0123456789'abcd";
    int wrong_equal = 0, wrong_differ = 0;
    for (size_t n = 0; n <= 40; n++) {
        char *a = xmalloc(n ? n : 1), *b = xmalloc(n ? n : 1);
        memcpy(a, src, n);
        memcpy(b, src, n);
        if (!kpi_same_bytes(a, b, n))
            wrong_equal++;
        for (size_t i = 0; i < n; i++) {
            b[i] ^= 0x20;
            if (kpi_same_bytes(a, b, n))
                wrong_differ++;
            b[i] ^= 0x20;
        }
        free(a);
        free(b);
    }
    CHECK(wrong_equal == 0, "kpi_same_bytes: equal words of 0 to 40 bytes are equal");
    CHECK(wrong_differ == 0, "kpi_same_bytes: one byte changed anywhere in 1 to 40 bytes differs");
}

/* kpi_vocab_find_short of word (1 to 8 bytes) read, as the tokeniser reads
 * it, from a buffer whose bytes after the word are fill, not zero. */
static int32_t find_short_in(const kpi_vocab *v, const char *word, char fill)
{
    size_t n = strlen(word);
    char buf[16];
    memset(buf, fill, sizeof buf);
    memcpy(buf, word, n);
    return kpi_vocab_find_short(v, kpi_key8(buf, n), kpi_hash(buf, n));
}

static void check_find(void)
{
    static const char *const words[] = {"a",       "ok",        "yes",          "sure",
                                        "deal",    "thanks",    "upgrade",      "absolutely",
                                        "premium", "supervisor", "representative", "i'm"};
    size_t nw = sizeof words / sizeof words[0];
    kpi_vocab v;
    kpi_vocab_init(&v);
    int32_t ids[sizeof words / sizeof words[0]];
    for (size_t i = 0; i < nw; i++)
        ids[i] = kpi_vocab_add(&v, words[i], strlen(words[i]));
    int found = 0;
    for (size_t i = 0; i < nw; i++) {
        size_t n = strlen(words[i]);
        found += kpi_vocab_find(&v, words[i], n, kpi_hash(words[i], n)) == ids[i];
    }
    CHECK(found == (int)nw, "every word added is found under its own id, at lengths 1 to 14");
    /* same lengths, one byte off: first, inside, last */
    static const char *const absent[] = {"b", "oj", "yet", "surf", "upgradf", "absolutelz",
                                         "xupervisor", "representativf", "i'n", "thanks "};
    int missing = 0;
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
        size_t n = strlen(absent[i]);
        missing += kpi_vocab_find(&v, absent[i], n, kpi_hash(absent[i], n)) < 0;
    }
    CHECK(missing == (int)(sizeof absent / sizeof absent[0]),
          "words one byte away from vocabulary words are not found");
    /* the tokeniser's lookup of words of 1 to 8 bytes by their key8, read
     * from a buffer whose bytes after the word are not zero */
    int short_found = 0, short_words = 0, short_missing = 0, short_absent = 0;
    for (size_t i = 0; i < nw; i++) {
        if (strlen(words[i]) > 8)
            continue;
        short_words++;
        short_found += find_short_in(&v, words[i], 'x') == ids[i];
    }
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
        if (strlen(absent[i]) > 8)
            continue;
        short_absent++;
        short_missing += find_short_in(&v, absent[i], 'a') < 0;
    }
    /* "upgrade" plus one byte is eight bytes: its first seven are a word's */
    short_absent++;
    short_missing += kpi_vocab_find_short(&v, kpi_key8("upgrades", 8), kpi_hash("upgrades", 8)) < 0;
    /* the tokeniser hashes a short word from the key8 it loads; kpi_hash,
     * which filled the table, must give the same for every length 1 to 8 */
    int hash_differs = 0;
    for (size_t n = 1; n <= 8; n++) {
        char buf[16];
        memset(buf, 'q', sizeof buf);
        memcpy(buf, "absolutely", n);
        char *exact = xmalloc(n);
        memcpy(exact, buf, n);
        hash_differs += kpi_hash(exact, n) != kpi_hash_key8(kpi_key8(buf, n));
        free(exact);
    }
    CHECK(hash_differs == 0, "kpi_hash of a word of 1 to 8 bytes equals kpi_hash_key8 of its key8");
    CHECK(short_found == short_words && short_words > 0,
          "kpi_vocab_find_short finds every word of 1 to 8 bytes by its key8");
    CHECK(short_missing == short_absent,
          "kpi_vocab_find_short finds no word one byte away, nor a longer one with a word's start");
    /* a word inside a longer text: only its own bytes are compared */
    const char *text = "premiumplan";
    CHECK(kpi_vocab_find(&v, text, 7, kpi_hash(text, 7)) == ids[8],
          "a word read from inside a longer text is found by its own bytes");
    kpi_vocab_free(&v);
}

/* kpi_trie_reserve is a hint: a trie reserved for few edges grows past it,
 * one reserved for many builds without growing, and in both every hashed
 * edge (a node with several children) is found again and no other is. */
static void check_trie_reserve(void)
{
    for (int pass = 0; pass < 2; pass++) {
        kpi_trie t;
        kpi_trie_init(&t);
        kpi_trie_reserve(&t, pass ? 20000 : 10);
        size_t reserved = t.ecap;
        enum { PARENTS = 100, KIDS = 50 };
        int32_t kid[PARENTS][KIDS];
        for (int p = 0; p < PARENTS; p++)
            kpi_trie_child(&t, 0, p + 1, true);
        int bad = 0;
        for (int p = 0; p < PARENTS; p++) {
            int32_t node = kpi_trie_child(&t, 0, p + 1, false);
            for (int k = 0; k < KIDS; k++)
                kid[p][k] = kpi_trie_child(&t, node, k + 1, true);
        }
        for (int p = 0; p < PARENTS; p++) {
            int32_t node = kpi_trie_child(&t, 0, p + 1, false);
            for (int k = 0; k < KIDS; k++)
                bad += kpi_trie_next(&t, node, k + 1) != kid[p][k];
            bad += kpi_trie_next(&t, node, KIDS + 1) != -1;
        }
        CHECK(bad == 0, pass ? "a trie reserved for 20,000 edges finds each of its 5,100"
                             : "a trie reserved for 10 edges grows and finds each of its 5,100");
        CHECK(pass ? t.ecap == reserved : t.ecap > reserved,
              pass ? "reserved enough, the edge table is not grown"
                   : "reserved too little, the edge table grows");
        kpi_trie_free(&t);
    }
}

/* After kpi_vocab_seal, the slot each word is found in holds what the
 * tokeniser used to read from the entries: the variant's target and that
 * word's flags, score and node, for short and long words alike. */
static void check_seal(void)
{
    static const char *const words[] = {"dont", "don't", "great", "representative", "reps"};
    kpi_vocab v;
    kpi_vocab_init(&v);
    int32_t ids[5];
    for (size_t i = 0; i < 5; i++)
        ids[i] = kpi_vocab_add(&v, words[i], strlen(words[i]));
    v.w[ids[0]].alias = ids[1];
    v.w[ids[4]].alias = ids[3];
    for (size_t i = 0; i < 5; i++) {
        v.w[ids[i]].flags = (uint32_t)(1u << i);
        v.w[ids[i]].lex = 0.5f * (float)i;
        v.w[ids[i]].node = 100 + (int32_t)i;
    }
    kpi_vocab_seal(&v);
    int bad = 0;
    for (size_t i = 0; i < 5; i++) {
        size_t n = strlen(words[i]);
        const kpi_slot *sl = kpi_vocab_slot(&v, words[i], n, kpi_hash(words[i], n));
        int32_t rid = v.w[ids[i]].alias >= 0 ? v.w[ids[i]].alias : ids[i];
        bad += !sl || sl->id != ids[i] || sl->rid != rid || sl->flags != v.w[rid].flags ||
               sl->lex != v.w[rid].lex || sl->node != v.w[rid].node;
        if (n <= 8) {
            uint64_t key8 = 0;
            memcpy(&key8, words[i], n);
            bad += kpi_vocab_slot_short(&v, key8, kpi_hash_key8(key8)) != sl;
        }
    }
    CHECK(bad == 0, "a sealed slot holds the resolved id and its flags, score and node");
    kpi_vocab_free(&v);
}

int main(void)
{
    check_same_bytes();
    check_find();
    check_seal();
    check_trie_reserve();
    T_END();
}
