/* test_kpi_text.c - the tokeniser's word copy and the phrase walk's
 * wildcards (kpi_text.c, kpi_match.c), with the shipped rules file:
 *   - a word is copied sixteen bytes at a time where the turn goes on for
 *     sixteen more, byte by byte near its end: both must lower the same
 *     bytes and end the word at the same byte, for every byte value;
 *   - a pattern's wildcard ("sign the * up", "take *!(care|...)") is
 *     followed when no word edge leads on, over one to three words, and
 *     not over an excluded word or more words than the pattern allows;
 *   - a clause's start, found stepping over words whole, is where a
 *     search of every byte finds it;
 *   - the word at an offset (kpi_text_tok_at, one load from the index
 *     the turn keeps) is the first word starting there or after, for
 *     every offset, as a search of the words finds it;
 *   - a plain turn (ASCII, single spaces, none at either end), read
 *     sixteen bytes at a time, gives the text, map, words, sentences and
 *     matches the byte loop gives the same turn with a space after it;
 *   - the object of a verb phrase (kpi_text_object_end) runs the words
 *     allowed and stops at a clause, an "and"/"then"/"plus" or the
 *     sentence's end, in clean and speech-recognition text;
 *   - whether a span names anything (dlg_names_something) is what
 *     dlg_names_item of the span against itself answers, for every span
 *     of whole words of clean and speech-recognition turns. */
#include <stdio.h>
#include <string.h>

#include "../../src/core/kpi/kpi_internal.h"
#include "../../src/core/kpi/kpi_dialog.h"
#include "t.h"
#include "kpi_t.h"

static kpi_text T;

/* The lower-cased text and word count of text as kpi_text_prepare makes
 * them, into low (cap bytes). */
static size_t prepared(const char *text, size_t len, char *low, size_t cap)
{
    kpi_text_prepare(R, &T, text, len);
    snprintf(low, cap, "%.*s", (int)T.len, T.low);
    return T.ntok;
}

/* "ab" X "cd" with X each byte value from 1 to 255: at the start of a long
 * turn (the sixteen-byte copy) and as a short turn's last word (the byte
 * loop), the same lowered bytes and the same words; a letter, a digit or
 * an apostrophe keeps the five bytes one word, lowered. */
static void check_word_bytes(void)
{
    const char *tail = " and then a few more words";
    int same = 0, one_word = 0, word_bytes = 0;
    for (int x = 1; x < 256; x++) {
        char longer[64], shorter[16], la[64], lb[64];
        int n1 = snprintf(longer, sizeof longer, "ab%ccd%s", x, tail);
        int n2 = snprintf(shorter, sizeof shorter, "ab%ccd", x);
        size_t w1 = prepared(longer, (size_t)n1, la, sizeof la);
        size_t w2 = prepared(shorter, (size_t)n2, lb, sizeof lb);
        /* the long turn is the short one and the tail's six words */
        size_t n = strlen(lb);
        if (w1 == w2 + 6 && strncmp(la, lb, n) == 0)
            same++;
        bool word = (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') ||
                    (x >= '0' && x <= '9') || x == '\'';
        if (word) {
            word_bytes++;
            char want[6] = {'a', 'b', (char)(x >= 'A' && x <= 'Z' ? x + 32 : x), 'c', 'd', 0};
            if (w2 == 1 && strcmp(lb, want) == 0)
                one_word++;
        }
    }
    CHECK(same == 255, "every byte: the sixteen-byte copy and the byte loop agree");
    CHECK(word_bytes == 63 && one_word == 63, "a word byte keeps 'abXcd' one lowered word");
    char low[64];
    CHECK(prepared("WHAT'S THE Price", 16, low, sizeof low) == 3 &&
              strcmp(low, "what's the price") == 0,
          "capitals lowered, the apostrophe kept in the word");
    CHECK(prepared("fine-ok then", 12, low, sizeof low) == 3, "a hyphen ends a word");
    CHECK(prepared("caf\xc3\xa9 open", 10, low, sizeof low) == 2,
          "a byte beyond ASCII is no word byte");
}

/* Whether the commit section matches exactly the whole of text. */
static bool commits(const char *text)
{
    size_t ms = 0, me = 0;
    kpi_text_prepare(R, &T, text, strlen(text));
    return kpi_find(&T, KS_COMMIT, 0, T.len, &ms, &me) && ms == 0 && me == T.len;
}

/* "sign (... the *{1,3} ...) up" and "(i'll|we'll) (also)? take
 * *!(care|...)": a wildcard reached where no word edge leads on. */
static void check_wildcards(void)
{
    CHECK(commits("sign the kids up"), "sign the kids up: one word for the wildcard");
    CHECK(commits("sign the three kids up"), "sign the three kids up: two");
    CHECK(commits("sign the three little kids up"), "sign the three little kids up: three");
    CHECK(!commits("sign the three very little kids up"),
          "sign the three very little kids up: four words are more than the pattern takes");
    CHECK(!commits("sign up"), "sign up: the wildcard needs a word");
    CHECK(commits("i'll take two"), "i'll take two: any word after take");
    CHECK(commits("we'll also take both"), "we'll also take both");
    CHECK(!commits("i'll take care"), "i'll take care: an excluded word");
    CHECK(!commits("i'll take note"), "i'll take note: an excluded word");
}

/* The clause start as a byte-by-byte search: every byte from off back to
 * its sentence's start is tested as a separator (, ; : or a dash after a
 * space, not a , or : between digits), and every byte that starts a
 * space-separated chunk as the start of a clause word. kpi_text_clause_start
 * steps over words whole and must agree with it everywhere. */
static bool ref_punct(const kpi_text *t, size_t i, size_t lo)
{
    char c = t->low[i];
    bool digits = i > lo && i + 1 < t->len && t->low[i - 1] >= '0' && t->low[i - 1] <= '9' &&
                  t->low[i + 1] >= '0' && t->low[i + 1] <= '9';
    if (c == ';' || c == ':' || c == ',')
        return !digits;
    return c == '-' && i > lo && t->low[i - 1] == ' ';
}

static size_t ref_clause_start(const kpi_text *t, size_t off)
{
    size_t s = t->nsent ? t->sent[kpi_text_sentence_at(t, off)].start : 0;
    for (size_t i = off; i > s; i--) {
        size_t p = i - 1;
        if (ref_punct(t, p, s))
            return i;
        if (t->low[p] != ' ' && (p == 0 || t->low[p - 1] == ' '))
            for (size_t k = 0; k < t->ntok; k++)
                if (t->tok[k].start == p && (t->tok[k].vflags & VF_CLAUSE))
                    return p;
    }
    return s;
}

/* How many of the offsets 0 to len + extra of each of the n texts, once
 * prepared, got answers other than want's; *tried counts the offsets. */
static int offsets_differ(const char *const *texts, size_t n, size_t extra,
                          size_t (*got)(const kpi_text *, size_t),
                          size_t (*want)(const kpi_text *, size_t), int *tried)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        kpi_text_prepare(R, &T, texts[i], strlen(texts[i]));
        for (size_t off = 0; off <= T.len + extra; off++, (*tried)++)
            if (got(&T, off) != want(&T, off)) {
                printf("# \"%s\" at %zu: %zu, want %zu\n", texts[i], off, got(&T, off),
                       want(&T, off));
                bad++;
            }
    }
    return bad;
}

/* Clause starts at every offset of turns with the separators and clause
 * words, numbers with commas and colons, quotes, dollars, a filler and
 * several sentences. */
static void check_clause_start(void)
{
    static const char *const texts[] = {
        "yes i want it but not the extra one",
        "okay so that's one thousand two hundred, right",
        "we open at 10:30, and it's $1,200 - or so they say",
        "well, um, i think so; but maybe not. ok then so be it",
        "\"but\" he said, 'so what' - fine",
        "no. but yes, because i said so",
        "-dash first, then words",
        "because of that",
        "",
    };
    int n = 0;
    int bad = offsets_differ(texts, sizeof texts / sizeof *texts, 1, kpi_text_clause_start,
                             ref_clause_start, &n);
    CHECK(bad == 0 && n > 250, "clause starts: word by word as the byte-by-byte search");
    const char *x = "i'll take it but not the case";
    kpi_text_prepare(R, &T, x, strlen(x));
    CHECK(kpi_text_clause_start(&T, 21) == 13, "the clause word 'but' starts the clause");
    CHECK(kpi_text_clause_start(&T, 10) == 0, "no separator before: the sentence start");
    const char *y = "it's $1,200, or less";
    kpi_text_prepare(R, &T, y, strlen(y));
    CHECK(kpi_text_clause_start(&T, 15) == 12, "a comma after the number separates");
    CHECK(kpi_text_clause_start(&T, 9) == 0, "the comma inside 1,200 does not");
}

/* The first word of t starting at or after off: a search of every word. */
static size_t ref_tok_at(const kpi_text *t, size_t off)
{
    size_t k = 0;
    while (k < t->ntok && t->tok[k].start < off)
        k++;
    return k;
}

/* kpi_text_tok_at at every offset (and past the end) of turns with long
 * and short words, gaps of many bytes, fillers, quotes and several
 * sentences, a turn of one word and an empty one; then a long turn, whose
 * index outgrows the first buffers. */
static void check_tok_at(void)
{
    static const char *const texts[] = {
        "yes i want it but not the extra one",
        "okay um so that's one thousand two hundred, right",
        "we open at 10:30 ...       and it's $1,200 - or so they say",
        "\"'quoted'\" words -- and then representatives, uh, afterwards",
        "no",
        "",
    };
    int n = 0;
    int bad = offsets_differ(texts, sizeof texts / sizeof *texts, 3, kpi_text_tok_at, ref_tok_at,
                             &n);
    char big[4000];
    size_t len = 0;
    for (int w = 0; len + 40 < sizeof big; w++)
        len += (size_t)snprintf(big + len, sizeof big - len, "%s ",
                                w % 3 ? "word" : "a considerably longer word, then");
    kpi_text_prepare(R, &T, big, len);
    for (size_t off = 0; off <= T.len + 3; off++, n++)
        bad += kpi_text_tok_at(&T, off) != ref_tok_at(&T, off);
    CHECK(bad == 0 && n > 3000, "the word at every offset: the index as a search of the words");
    kpi_text_prepare(R, &T, "so um yes", 9);
    CHECK(T.ntok == 2 && kpi_text_tok_at(&T, 0) == 0 && kpi_text_tok_at(&T, 1) == 1 &&
              kpi_text_tok_at(&T, 3) == 1 && kpi_text_tok_at(&T, 4) == 2,
          "a dropped filler leaves no word behind in the index");
}

/* What kpi_text_prepare made of one turn, copied out of T. */
typedef struct {
    char low[512];
    uint32_t map[512];
    kpi_tok tok[128];
    kpi_match m[128];
    kpi_span sent[32];
    size_t len, ntok, nm, nsent;
    bool has_number;
    uint64_t catmask, secmask;
} snapshot;

static void snap(const char *text, size_t len, snapshot *o)
{
    kpi_text_prepare(R, &T, text, len);
    memset(o, 0, sizeof *o);
    o->len = T.len < 511 ? T.len : 511;
    memcpy(o->low, T.low, o->len);
    memcpy(o->map, T.map, o->len * sizeof *T.map);
    o->ntok = T.ntok < 128 ? T.ntok : 128;
    for (size_t k = 0; k < o->ntok; k++) { /* field by field: no padding compared */
        const kpi_tok *w = &T.tok[k];
        kpi_tok *c = &o->tok[k];
        c->start = w->start, c->end = w->end, c->id = w->id, c->vflags = w->vflags;
        c->sent = w->sent, c->flags = w->flags, c->lex_len = w->lex_len, c->lex = w->lex;
        c->node = w->node, c->key8 = w->key8;
    }
    o->nm = T.nm < 128 ? T.nm : 128;
    memcpy(o->m, T.m, o->nm * sizeof *T.m);
    o->nsent = T.nsent < 32 ? T.nsent : 32;
    memcpy(o->sent, T.sent, o->nsent * sizeof *T.sent);
    o->has_number = T.has_number;
    o->catmask = T.catmask;
    o->secmask = T.secmask;
}

/* Plain turns of every kind of punctuation, numbers, capitals, quotes and
 * lengths around sixteen bytes; each against itself with a trailing space,
 * which is not plain and goes through the byte loop. A turn with a filler
 * goes there too, and must come out as the same turn without it. */
static void check_plain(void)
{
    static const char *const texts[] = {
        "Yes, $1,200 is OK - really? Dr. Hunt said 10:30 a.m. works; fine!",
        "i'll take it. i'm not thrilled about the price though",
        "'quoted' words, \"more\" (brackets) and 4.5 stars: 100% sure ~ ok",
        "Sign me up for the premium plan please",
        "no thanks -just the basic one... maybe later?",
        "abcdefghijklmnop",
        "abcdefghijklmnopq rstuvwxyz0123456789 x",
        "a",
        "$",
        "it's 49.99, or $5 each; 1.2.3 is not a price.",
        "WHAT'S THE PRICE OF THE EXTENDED WARRANTY",
        "so yes we can add that too",
    };
    int bad = 0;
    static snapshot a, b;
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        char spaced[256];
        int n = snprintf(spaced, sizeof spaced, "%s ", texts[i]);
        snap(texts[i], strlen(texts[i]), &a);
        snap(spaced, (size_t)n, &b);
        if (memcmp(&a, &b, sizeof a) != 0) {
            printf("# plain and byte loop differ: \"%s\"\n", texts[i]);
            bad++;
        }
    }
    CHECK(bad == 0, "a plain turn: the same text, map, words, sentences and matches as the byte loop");
    snap("so um yes please", 16, &a);
    snap("so yes please", 13, &b);
    CHECK(a.len == b.len && memcmp(a.low, b.low, a.len) == 0 && a.ntok == 3 && b.ntok == 3 &&
              a.map[3] == 6 && b.map[3] == 3,
          "a filler in a plain turn: dropped by the byte loop, the map kept to the original");
}

/* The object after the words `verb` of text, as kpi_text_object_end reads
 * it with `words` words allowed, into out. */
static void object_after(const char *text, const char *verb, int words, char *out, size_t cap)
{
    kpi_text_prepare(R, &T, text, strlen(text));
    const char *at = strstr(T.low, verb);
    size_t off = at ? (size_t)(at - T.low) + strlen(verb) : 0;
    size_t ceil = T.nsent ? T.sent[kpi_text_sentence_at(&T, off)].end : T.len;
    size_t end = kpi_text_object_end(&T, off, ceil, words);
    while (off < end && T.low[off] == ' ')
        off++;
    snprintf(out, cap, "%.*s", (int)(end - off), T.low + off);
}

static void check_object_end(void)
{
    char o[128];
    object_after("Shall I book it and send you the confirmation?", "book", 6, o, sizeof o);
    CHECK_STR(o, "it", "object: stops at an and that starts a second thing");
    object_after("Can I put you on a brief hold while I check?", "put", 5, o, sizeof o);
    CHECK_STR(o, "you on a brief hold", "object: stops at a clause word");
    object_after("I can put your name on the interest list for next month.", "put", 6, o,
                 sizeof o);
    CHECK_STR(o, "your name on the interest list", "object: six words at most");
    object_after("can i add the cleaning then text you the time", "add", 6, o, sizeof o);
    CHECK_STR(o, "the cleaning", "object (ASR): stops at then");
    object_after("Shall I book it, the seven o'clock?", "book", 6, o, sizeof o);
    CHECK_STR(o, "it", "object: stops at a comma");
    object_after("Can I reserve that? And the parking too.", "reserve", 6, o, sizeof o);
    CHECK_STR(o, "that", "object: not past the sentence's end");
}

/* A span names something when it holds a word that could name an item or
 * a hyphenated compound; over every span of whole words, the one-pass
 * predicate answers as the span compared with itself does. */
static void check_names_something(void)
{
    static const struct {
        const char *text;
        bool whole; /* the whole turn names something */
    } turns[] = {
        {"Yes, that is it.", false},
        {"yeah okay do it", false},
        {"twenty nine ninety nine", false},
        {"Add the wi-fi booster for me.", true},
        {"and the wi-fi", true},
        {"Just the wall mount, please.", true},
        {"sure put the floor mats on too for forty nine", true},
        {"It's $89 per person and I can text you the link.", true},
    };
    int agree = 0, spans = 0, whole = 0;
    for (size_t n = 0; n < sizeof turns / sizeof turns[0]; n++) {
        kpi_text_prepare(R, &T, turns[n].text, strlen(turns[n].text));
        if (dlg_names_something(&T, 0, T.len) == turns[n].whole)
            whole++;
        else
            fprintf(stderr, "  names_something(\"%s\") != %d\n", turns[n].text, turns[n].whole);
        for (size_t i = 0; i < T.ntok; i++)
            for (size_t j = i; j < T.ntok; j++) {
                size_t a = T.tok[i].start, b = T.tok[j].end;
                spans++;
                if (dlg_names_something(&T, a, b) == dlg_names_item(&T, a, b, &T, a, b))
                    agree++;
            }
    }
    CHECK(whole == (int)(sizeof turns / sizeof turns[0]),
          "a whole turn names something exactly when it holds a naming word or compound");
    CHECK(spans > 150 && agree == spans,
          "every span of whole words: names_something == the span named by itself");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_word_bytes();
    check_wildcards();
    check_clause_start();
    check_tok_at();
    check_plain();
    check_object_end();
    check_names_something();
    kpi_text_free(&T);
    kt_free();
    T_END();
}
