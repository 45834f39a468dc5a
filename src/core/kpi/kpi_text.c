/* kpi_text.c - the normalised view of one turn that every rule works on,
 * built in one pass over the turn: lower-case ASCII, straight quotes, single
 * spaces, fillers ("um", "uh") dropped, a map back to the original bytes so
 * evidence quotes what was really said, and the words, each looked up once
 * in the vocabulary. Then sentences, and the phrase matches (kpi_match.c).
 * Buffers are reused call after call. */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kpi_category.h"
#include "kpi_internal.h"
#include "util.h"

static bool is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
}

/* Bytes (and map entries) kept past the text's end: kpi_key8 loads eight
 * bytes from a word's start, and copy_plain and word_run load and store
 * sixteen from any offset before the end. */
#define KPI_TEXT_SLACK 16
/* Entries kept in word_at past its cap: index_words stores eight at a
 * time and may run seven past the last it fills. */
#define KPI_WORD_AT_SLACK 8

#ifdef __SSE2__
/* 0xFF for each of the sixteen bytes of c that is a word byte (a-z, A-Z,
 * 0-9, the apostrophe), 0 for the others.
 *
 * Every word byte lowered is the byte with bit 0x20 set (digits and the
 * apostrophe have it already), so one OR lowers all sixteen, and a letter
 * of either case is a byte whose OR with 0x20 lies in a-z. A range test
 * takes two operations: the bytes shifted so that the range starts at
 * -128, then one signed compare with where it ends. */
static inline __m128i word_bytes16(__m128i c)
{
    __m128i folded = _mm_or_si128(c, _mm_set1_epi8(0x20));
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8((char)(0x80 - 'a'))),
                                    _mm_set1_epi8((char)(0x80 + 26)));
    __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(c, _mm_set1_epi8((char)(0x80 - '0'))),
                                   _mm_set1_epi8((char)(0x80 + 10)));
    return _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(c, _mm_set1_epi8('\'')));
}

/* Copies the sixteen bytes at s, the turn's bytes from offset i on, into
 * low and map as the tokeniser's byte loop does with word bytes (lower
 * case into low, i + n into map[n]) and returns how many of them, from
 * the first, are word bytes: the copy of a whole word in a few
 * instructions, with no branch per byte to mispredict where the word
 * ends. The bytes past the word are stored too; the caller goes on from
 * the word's end, where they are overwritten. Word bytes are what
 * kpi_rules.word_byte says: a-z, 0-9 and the apostrophe as they are, A-Z
 * lowered; no byte from 0x80 up. */
static inline size_t copy_word16(const char *s, char *low, uint32_t *map, size_t i)
{
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i word = word_bytes16(c), folded = _mm_or_si128(c, _mm_set1_epi8(0x20));
    _mm_storeu_si128((__m128i *)(void *)low, folded);
    __m128i at = _mm_add_epi32(_mm_set1_epi32((int)(uint32_t)i), _mm_setr_epi32(0, 1, 2, 3));
    for (int q = 0; q < 4; q++) {
        _mm_storeu_si128((__m128i *)(void *)(map + 4 * q), at);
        at = _mm_add_epi32(at, _mm_set1_epi32(4));
    }
    unsigned ends = ~(unsigned)_mm_movemask_epi8(word) & 0xFFFFu;
    return ends ? (size_t)__builtin_ctz(ends) : 16;
}
#endif

static void text_reserve(kpi_text *t, size_t n)
{
    if (n + 1 + KPI_TEXT_SLACK > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < n + 1 + KPI_TEXT_SLACK)
            cap *= 2;
        t->low = xrealloc(t->low, cap);
        t->map = xrealloc(t->map, cap * sizeof *t->map);
        t->word_at = xrealloc(t->word_at, (cap + KPI_WORD_AT_SLACK) * sizeof *t->word_at);
        t->cap = cap;
    }
    /* a word needs at least one byte, so there are at most n / 2 + 1 words */
    size_t ntok = n / 2 + 2;
    if (ntok > t->tok_cap) {
        t->tok_cap = ntok < 64 ? 64 : ntok;
        t->tok = xrealloc(t->tok, t->tok_cap * sizeof *t->tok);
    }
}

/* Whether low[a, b) ends with a question mark, maybe followed by quotes,
 * brackets, '!' or '.': kpi_text_sentence_is_question's answer. */
static inline bool ends_in_question(const char *low, size_t a, size_t b)
{
    for (size_t i = b; i > a; i--) {
        char c = low[i - 1];
        if (c == '?')
            return true;
        if (c != '"' && c != ')' && c != '!' && c != '.')
            return false;
    }
    return false;
}

/* Room for one more sentence; apart, so that add_sentence, which runs
 * twice a turn, is inlined without the call it rarely makes. */
static __attribute__((noinline, cold)) void grow_sentences(kpi_text *t)
{
    t->sent_cap = t->sent_cap ? t->sent_cap * 2 : 16;
    t->sent = xrealloc(t->sent, t->sent_cap * sizeof *t->sent);
}

static inline void add_sentence(kpi_text *t, size_t a, size_t b)
{
    while (a < b && t->low[a] == ' ')
        a++;
    while (b > a && t->low[b - 1] == ' ')
        b--;
    if (a == b)
        return;
    if (t->nsent == t->sent_cap)
        grow_sentences(t);
    size_t i = t->nsent++;
    t->sent[i] = (kpi_span){a, b};
    if (i < 64 && ends_in_question(t->low, a, b))
        t->qsent |= 1ull << i;
}

/* True when the '.' at low[i] ends a title written before a name ("Dr.
 * Hunt", "Mrs. Patel"): the name goes on in capitals, so the lower-case
 * test in split_sentences cannot tell it from a sentence's end. */
static bool after_title(const kpi_text *t, size_t i)
{
    size_t a = i;
    while (a > 0 && t->low[a - 1] >= 'a' && t->low[a - 1] <= 'z')
        a--;
    if (a > 0 && t->low[a - 1] != ' ')
        return false;
    /* by length first: it runs at nearly every full stop, and a loop of
     * strlen and memcmp over the titles cost a hundred instructions */
    const char *w = t->low + a;
    switch (i - a) {
    case 2:
        return !memcmp(w, "dr", 2) || !memcmp(w, "mr", 2) || !memcmp(w, "ms", 2) ||
               !memcmp(w, "st", 2) || !memcmp(w, "jr", 2) || !memcmp(w, "sr", 2) ||
               !memcmp(w, "mt", 2);
    case 3:
        return !memcmp(w, "mrs", 3);
    case 4:
        return !memcmp(w, "prof", 4);
    default:
        return false;
    }
}

/* Sentences end at . ! ? ; followed by a space, but not at "$49.99",
 * "8 a.m. works" (the original continues in lower case) or "Dr. Hunt". */
static void split_sentences(kpi_text *t)
{
    size_t a = 0, from = 0;
    t->nsent = 0;
    t->qsent = 0;
    t->has_qmark_sent = false;
    /* only the stops recorded while tokenising can end a sentence */
    for (size_t k = 0; k < t->nstops; k++) {
        size_t i = t->stops[k];
        if (i < from)
            continue;
        size_t j = i + 1;
        while (j < t->len && (t->low[j] == '.' || t->low[j] == '!' || t->low[j] == '?' ||
                              t->low[j] == '"' || t->low[j] == ')'))
            j++;
        if (j < t->len && t->low[j] != ' ')
            continue;
        if (t->low[i] == '.' && j < t->len) {
            unsigned char next = (unsigned char)t->orig[t->map[j + 1 < t->len ? j + 1 : j]];
            if ((next >= 'a' && next <= 'z') || (j == i + 1 && after_title(t, i)))
                continue;
        }
        for (size_t q = i; q < j; q++)
            if (t->low[q] == '?')
                t->has_qmark_sent = true;
        add_sentence(t, a, j);
        a = j;
        from = j;
    }
    add_sentence(t, a, t->len);
}

/* Ends the word low[ws, o): trims quote marks around it, looks it up, and
 * either keeps it as a token or, for a filler, removes it from the text.
 * Returns the new output length. Inlined: it runs for every word, and
 * passing its arguments cost a sixth of what it does. */
static inline __attribute__((always_inline)) size_t
end_word(const kpi_rules *r, kpi_text *t, size_t ws, size_t o, uint8_t flags, bool *drop_punct)
{
    size_t a = ws, b = o;
    /* a word is never empty here; quote marks around it are rare */
    if (t->low[a] == '\'' || t->low[b - 1] == '\'') {
        while (a < b && t->low[a] == '\'')
            a++;
        while (b > a && t->low[b - 1] == '\'')
            b--;
        if (a == b)
            return o;
    }
    const kpi_vocab *v = &r->vocab;
    /* most words are short: found and hashed by their key8 (low has the
     * slack for its load); the slot holds all the tokeniser takes from the
     * word, its variant resolved (kpi_vocab_seal), so that nothing else of
     * the vocabulary is read */
    const kpi_slot *sl;
    uint64_t key8 = 0;
    if (b - a <= 8) {
        key8 = kpi_key8(t->low + a, b - a);
        sl = kpi_vocab_slot_short(v, key8, kpi_hash_key8(key8));
    } else {
        sl = kpi_vocab_slot(v, t->low + a, b - a, kpi_hash(t->low + a, b - a));
    }
    int32_t id = sl ? sl->rid : -1;
    uint32_t vf = sl ? sl->flags : 0;
    if (vf & VF_FILLER) {
        /* drop the filler and the space before it; a comma right after it
         * goes too ("it's been, um, a week" reads "it's been, a week") */
        o = ws;
        if (o > 0 && t->low[o - 1] == ' ')
            o--;
        *drop_punct = true;
        return o;
    }
    kpi_tok *k = &t->tok[t->ntok++];
    /* what the phrase walk needs of the entry, read while it is at hand */
    *k = (kpi_tok){.start = (uint32_t)a, .end = (uint32_t)b, .id = id, .vflags = vf,
                   .flags = flags, .lex_len = (vf & VF_LEX) ? 1 : 0,
                   .lex = (vf & VF_LEX) ? sl->lex : 0.0f, .node = sl ? sl->node : -1,
                   .key8 = key8};
    if (vf & VF_CATEGORY)
        t->catmask |= kpi_cat_word_cats(r->cats, id);
    if (cz_is_digit(t->low[a]))
        k->flags |= TF_DIGIT;
    if ((k->flags & TF_DIGIT) || (vf & VF_NUMBER) || (k->flags & TF_DOLLAR))
        t->has_number = true;
    return o;
}

/* Sets word_at[off] = k for off in [from, from + n), n >= 1. Eight at a
 * time, so that most words (a few bytes on from the last) take two
 * stores and no loop; the stores may run seven entries past the range
 * (KPI_WORD_AT_SLACK), which the next range, or nothing, fills. */
static inline void fill_word_at(uint32_t *at, size_t n, uint32_t k)
{
#ifdef __SSE2__
    __m128i v = _mm_set1_epi32((int)k);
    size_t i = 0;
    do {
        _mm_storeu_si128((__m128i *)(void *)(at + i), v);
        _mm_storeu_si128((__m128i *)(void *)(at + i + 4), v);
        i += 8;
    } while (i < n);
#else
    for (size_t i = 0; i < n; i++)
        at[i] = k;
#endif
}

/* Once the sentences are known, in one pass over the words: each word's
 * sentence (the first it starts before the end of, the last taking the
 * rest) and the mark on the first word of each (TF_SENT_START); and
 * word_at, kpi_text_tok_at's index: the offsets after word k - 1's start
 * up to word k's own lead to k, those after the last word's start to
 * ntok. Words start at rising offsets, so each range is filled once, in
 * order. Not inlined: kept out of the tokeniser's loop, whose registers
 * it took. */
static __attribute__((noinline)) void index_words(kpi_text *t)
{
    uint32_t *at = t->word_at;
    kpi_tok *tok = t->tok;
    size_t from = 0, n = t->ntok, si = 0;
    size_t last = t->nsent ? t->nsent - 1 : 0;
    size_t end = si < last ? t->sent[si].end : SIZE_MAX;
    bool opens = true; /* the next word is the first of sentence si */
    for (size_t k = 0; k < n; k++) {
        size_t to = tok[k].start;
        while (to >= end) {
            si++;
            end = si < last ? t->sent[si].end : SIZE_MAX;
            opens = true;
        }
        tok[k].sent = (uint32_t)si;
        if (opens) {
            tok[k].flags |= TF_SENT_START;
            opens = false;
        }
        fill_word_at(at + from, to + 1 - from, (uint32_t)k);
        from = to + 1;
    }
    fill_word_at(at + from, t->len + 1 - from, (uint32_t)n);
}

/* The byte loop of kpi_text_prepare, for any text: low, map, the words
 * and the stops; returns the length of low. */
static size_t tokenise(const kpi_rules *r, kpi_text *t, const char *s, size_t len)
{
    size_t o = 0, ws = 0;
    bool space = false, in_word = false, drop_punct = false;
    uint8_t next_flags = 0; /* TF_* for the next word, from what precedes it */
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        /* fast path: letters, digits and apostrophes, most of any turn */
        unsigned char lc = r->word_byte[c];
        if (lc) {
            if (!in_word) {
                drop_punct = false;
                if (space && o > 0) {
                    t->low[o] = ' ';
                    t->map[o] = (uint32_t)i;
                    o++;
                }
                space = false;
                in_word = true;
                ws = o;
            }
            for (;;) {
                /* in locals: the byte stores could alias t's fields, which
                 * would otherwise be read again for every byte */
                char *low = t->low;
                uint32_t *map = t->map;
                do {
#ifdef __SSE2__
                    /* o <= i always (no byte of s yields more than one of
                     * low), so sixteen bytes from i in s fit from o in
                     * low and map */
                    if (i + 16 <= len && o <= i) {
                        size_t n = copy_word16(s + i, low + o, map + o, i);
                        o += n;
                        i += n;
                        if (n < 16)
                            break; /* s[i] is no word byte */
                        continue;
                    }
#endif
                    low[o] = (char)lc;
                    map[o] = (uint32_t)i;
                    o++;
                    i++;
                } while (i < len && (lc = r->word_byte[(unsigned char)s[i]]));
                /* Most words end at one space with the next word right
                 * after it: that goes on here, doing what the white-space
                 * branch and then the word-start branch above would do
                 * (space is false and stays so: the next word takes the
                 * space at once), without a turn of the outer loop for
                 * the space and one for the next word's first byte. */
                if (i + 1 >= len || s[i] != ' ' ||
                    !(lc = r->word_byte[(unsigned char)s[i + 1]]))
                    break;
                o = end_word(r, t, ws, o, next_flags, &drop_punct);
                next_flags = 0;
                i++;
                drop_punct = false;
                if (o > 0) {
                    t->low[o] = ' ';
                    t->map[o] = (uint32_t)i;
                    o++;
                }
                ws = o;
            }
            continue;
        }
        /* white space next, the most common byte after the word bytes */
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word) {
                o = end_word(r, t, ws, o, next_flags, &drop_punct);
                next_flags = 0;
                in_word = false;
            }
            space = true;
            i++;
            continue;
        }
        size_t step = 1;
        char out;
        if (c >= 0x80)
            t->nonascii = true;
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            step = 3;
            out = (d == 0x98 || d == 0x99) ? '\''
                  : (d == 0x9C || d == 0x9D) ? '"'
                  : (d == 0x93 || d == 0x94) ? '-'
                  : d == 0xA6 ? '.'
                  : '~'; /* some other punctuation: a non-word byte */
        } else if (c >= 0x80) {
            /* other non-ASCII: one non-word byte per character, so that the
             * words around it stay words */
            while (i + step < len && ((unsigned char)s[i + step] & 0xC0) == 0x80)
                step++;
            out = '~';
        } else {
            out = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
        }
        /* "1,200", "49.99" and "10:30" stay one word */
        bool word = is_word_byte((unsigned char)out) ||
                    (in_word && (out == ',' || out == '.' || out == ':') && o > 0 &&
                     cz_is_digit(t->low[o - 1]) && i + 1 < len && cz_is_digit(s[i + 1]));
        if (!word && in_word) {
            o = end_word(r, t, ws, o, next_flags, &drop_punct);
            next_flags = 0;
            in_word = false;
        }
        if (drop_punct) {
            drop_punct = false;
            if (!space && (out == ',' || out == '.')) {
                i += step;
                continue;
            }
        }
        if (space && o > 0) {
            t->low[o] = ' ';
            t->map[o] = (uint32_t)i;
            o++;
        }
        space = false;
        if (word && !in_word) {
            in_word = true;
            ws = o;
        } else if (!word) {
            if (out == '$')
                next_flags |= TF_DOLLAR;
            else if (out == ',' || out == ';' || out == ':' ||
                     (out == '-' && (o == 0 || t->low[o - 1] == ' ')))
                next_flags |= TF_CLAUSE_START; /* a hyphen inside "twenty-five" is not */
            if (out != '$' && out != '~' && out != '\'' && t->ntok > 0 &&
                t->tok[t->ntok - 1].end == o)
                t->tok[t->ntok - 1].flags |= TF_PUNCT_AFTER;
            if (out == '$')
                t->has_number = true;
            if (out == '.' || out == '!' || out == '?' || out == ';') {
                if (t->nstops == t->stops_cap) {
                    t->stops_cap *= 2;
                    t->stops = xrealloc(t->stops, t->stops_cap * sizeof *t->stops);
                }
                t->stops[t->nstops++] = (uint32_t)o;
            }
        }
        t->low[o] = out;
        t->map[o] = (uint32_t)i;
        o++;
        i += step;
    }
    if (in_word)
        o = end_word(r, t, ws, o, next_flags, &drop_punct);
    while (o > 0 && t->low[o - 1] == ' ')
        o--;
    return o;
}

#ifdef __SSE2__
/* Whether s[0, len) is plain text: ASCII, no tab or line break, one space
 * between words and none at either end. Most turns are, and for them the
 * byte loop below writes low as s with its capitals lowered, byte for
 * byte, and map as the identity but for a space, which it maps to the
 * byte after it (the next word's first): copy_plain writes both as it checks,
 * sixteen bytes at a time, and words_plain finds the words in low without
 * copying them again. What low and map hold when it returns false is
 * overwritten by the byte loop. */
static bool copy_plain(const char *s, size_t len, char *low, uint32_t *map)
{
    if (!len || s[0] == ' ' || s[len - 1] == ' ')
        return false;
    unsigned prev_space = 0; /* the byte before i is a space */
    for (size_t i = 0; i < len; i += 16) {
        /* the last few bytes from a copy padded with zeros (no space, no
         * byte beyond ASCII): s may end anywhere, low and map have the
         * slack for sixteen, and low's bytes past the end are zeros for
         * word_run's loads */
        char tail[16] = {0};
        const char *p = s + i;
        if (len - i < 16)
            p = memcpy(tail, s + i, len - i);
        __m128i c = _mm_loadu_si128((const __m128i *)(const void *)p);
        /* A-Z: the byte shifted so that 'A' is -128, below -128 + 26 */
        __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(c, _mm_set1_epi8((char)(0x80 - 'A'))),
                                       _mm_set1_epi8((char)(0x80 + 26)));
        __m128i ctl = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('\t')),
                                                _mm_cmpeq_epi8(c, _mm_set1_epi8('\n'))),
                                   _mm_cmpeq_epi8(c, _mm_set1_epi8('\r')));
        __m128i spv = _mm_cmpeq_epi8(c, _mm_set1_epi8(' '));
        /* the top bit: a byte beyond ASCII, or a tab or line break */
        unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(c, ctl));
        unsigned sp = (unsigned)_mm_movemask_epi8(spv);
        if (bad | (sp & (sp << 1 | prev_space)))
            return false;
        prev_space = sp >> 15;
        _mm_storeu_si128((__m128i *)(void *)(low + i),
                         _mm_add_epi8(c, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
        /* a space maps to the next word's first byte, as the byte loop
         * writes it when that word starts: at + 1 where the byte is one
         * (its mask widened to -1 in a 32-bit lane) */
        __m128i lo = _mm_unpacklo_epi8(spv, spv), hi = _mm_unpackhi_epi8(spv, spv);
        __m128i sp32[4] = {_mm_unpacklo_epi16(lo, lo), _mm_unpackhi_epi16(lo, lo),
                           _mm_unpacklo_epi16(hi, hi), _mm_unpackhi_epi16(hi, hi)};
        __m128i at = _mm_add_epi32(_mm_set1_epi32((int)(uint32_t)i), _mm_setr_epi32(0, 1, 2, 3));
        for (int q = 0; q < 4; q++) {
            _mm_storeu_si128((__m128i *)(void *)(map + i + 4 * q), _mm_sub_epi32(at, sp32[q]));
            at = _mm_add_epi32(at, _mm_set1_epi32(4));
        }
    }
    /* zeros after the end: word_run's runs stop there */
    _mm_storeu_si128((__m128i *)(void *)(low + len), _mm_setzero_si128());
    return true;
}

/* Bit n set for each of the sixteen bytes at p that is a word byte (a
 * plain turn's low has no capitals left for word_bytes16 to fold). */
static inline unsigned word_mask16(const char *p)
{
    return (unsigned)_mm_movemask_epi8(word_bytes16(_mm_loadu_si128((const __m128i *)(const void *)p)));
}

/* How many bytes from low[i] on (low[i] a word byte) are word bytes:
 * sixteen at a time, the zeros copy_plain wrote after the text's end
 * ending a run there, and low's slack holding the loads. */
static inline size_t word_run(const char *low, size_t i)
{
    for (size_t n = 0;; n += 16) {
        unsigned ends = ~word_mask16(low + i + n) & 0xFFFFu;
        if (ends)
            return n + (size_t)__builtin_ctz(ends);
    }
}

/* The words of a plain text (copy_plain), with the flags, stops and
 * number mark the byte loop gives them: a word is a run of word bytes,
 * joined over a , . or : between digits ("1,200", "10:30"); a byte of
 * punctuation marks the next word (TF_DOLLAR, TF_CLAUSE_START), the word
 * it follows (TF_PUNCT_AFTER) and a possible sentence end. Returns false
 * at a filler, whose removal would move the text after it. */
static bool words_plain(const kpi_rules *r, kpi_text *t, size_t len)
{
    const char *low = t->low;
    const unsigned char *wb = r->word_byte;
    uint8_t next_flags = 0;
    bool drop_punct = false; /* end_word's: only a filler sets it */
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)low[i];
        if (wb[c]) {
            for (;;) {
                size_t ws = i;
                for (;;) {
                    i += word_run(low, i);
                    if ((low[i] == ',' || low[i] == '.' || low[i] == ':') && i + 1 < len &&
                        cz_is_digit(low[i - 1]) && cz_is_digit(low[i + 1])) {
                        i++;
                        continue;
                    }
                    break;
                }
                if (end_word(r, t, ws, i, next_flags, &drop_punct) != i)
                    return false;
                next_flags = 0;
                /* most words end at one space with the next word after it */
                if (i + 1 < len && low[i] == ' ' && wb[(unsigned char)low[i + 1]])
                    i++;
                else
                    break;
            }
            continue;
        }
        size_t p = i++;
        if (c == ' ')
            continue;
        if (c == '$') {
            next_flags |= TF_DOLLAR;
            t->has_number = true;
        } else {
            if (c == ',' || c == ';' || c == ':' || (c == '-' && (p == 0 || low[p - 1] == ' ')))
                next_flags |= TF_CLAUSE_START;
            if (c != '~' && t->ntok > 0 && t->tok[t->ntok - 1].end == p)
                t->tok[t->ntok - 1].flags |= TF_PUNCT_AFTER;
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                if (t->nstops == t->stops_cap) {
                    t->stops_cap *= 2;
                    t->stops = xrealloc(t->stops, t->stops_cap * sizeof *t->stops);
                }
                t->stops[t->nstops++] = (uint32_t)p;
            }
        }
    }
    return true;
}

#endif

/* Tokenises s as the byte loop does when it is plain text (copy_plain)
 * without a filler; false, with t's words unfinished, otherwise. */
static bool tokenise_plain(const kpi_rules *r, kpi_text *t, const char *s, size_t len)
{
#ifdef __SSE2__
    return copy_plain(s, len, t->low, t->map) && words_plain(r, t, len);
#else
    (void)r, (void)t, (void)s, (void)len;
    return false;
#endif
}

__attribute__((noinline)) void kpi_text_prepare(const kpi_rules *r, kpi_text *t, const char *s, size_t len)
{
    t->orig = s;
    t->orig_len = len;
    t->ntok = 0;
    t->nm = 0;
    t->secmask = 0;
    t->has_number = false;
    t->nonascii = false;
    t->catmask = 0;
    text_reserve(t, len + 1);
    t->nstops = 0;
    if (t->stops_cap < 16) {
        t->stops_cap = 16;
        t->stops = xrealloc(t->stops, t->stops_cap * sizeof *t->stops);
    }
    size_t o;
    if (tokenise_plain(r, t, s, len)) {
        o = len;
    } else {
        /* not plain, or a filler to drop: again from the start */
        t->ntok = 0;
        t->nstops = 0;
        t->has_number = false;
        t->catmask = 0;
        o = tokenise(r, t, s, len);
    }
    t->low[o] = '\0';
    t->map[o] = (uint32_t)len;
    t->len = o;
    split_sentences(t);
    index_words(t);
    kpi_match_turn(r, t);
}

void kpi_text_free(kpi_text *t)
{
    if (!t)
        return;
    free(t->low);
    free(t->map);
    free(t->word_at);
    free(t->sent);
    free(t->tok);
    free(t->m);
    free(t->stops);
    free(t->wstack);
    memset(t, 0, sizeof *t);
}

size_t kpi_text_sentence_at(const kpi_text *t, size_t off)
{
    for (size_t i = 0; i < t->nsent; i++)
        if (off < t->sent[i].end)
            return i;
    return t->nsent ? t->nsent - 1 : 0;
}

bool kpi_text_question_scan(const kpi_text *t, size_t sent)
{
    return sent < t->nsent && ends_in_question(t->low, t->sent[sent].start, t->sent[sent].end);
}

bool kpi_text_negated_before(const kpi_text *t, size_t k)
{
    uint32_t sent = t->tok[k].sent;
    for (size_t j = k >= 2 ? k - 2 : 0; j < k; j++)
        if (t->tok[j].sent == sent && (t->tok[j].vflags & VF_NEGATOR))
            return true;
    return false;
}

bool kpi_text_has_flag(const kpi_text *t, uint32_t flags, size_t from, size_t to)
{
    for (size_t k = kpi_text_tok_at(t, from); k < t->ntok && t->tok[k].start < to; k++)
        if (t->tok[k].vflags & flags)
            return true;
    return false;
}

/* Is low[i] a clause separator: , ; : or a dash between spaces? A comma
 * inside a number ("1,200") is not. */
static bool clause_punct(const kpi_text *t, size_t i, size_t lo, size_t hi)
{
    char c = t->low[i];
    if (c == ';' || c == ':')
        return !(i > lo && i + 1 < hi && cz_is_digit(t->low[i - 1]) && cz_is_digit(t->low[i + 1]));
    if (c == ',')
        return !(i > lo && i + 1 < hi && cz_is_digit(t->low[i - 1]) && cz_is_digit(t->low[i + 1]));
    if (c == '-')
        return i > lo && t->low[i - 1] == ' ';
    return false;
}

size_t kpi_text_clause_start(const kpi_text *t, size_t off)
{
    size_t s = t->nsent ? t->sent[kpi_text_sentence_at(t, off)].start : 0;
    /* Backwards from off, a byte at a time between the words and a word at
     * a time over them: a word's bytes after its first are letters, digits,
     * apostrophes and a , . or : only between digits, none of which ends a
     * clause, and none of them follows a space. At a word's first byte, a
     * clause word (but, so, because...) after a space or at the text's
     * start ends the search there. k is the number of words starting at
     * or before the byte looked at, moved back as it is. */
    size_t k = kpi_text_tok_at(t, off), p = off;
    while (p > s) {
        p--;
        while (k > 0 && t->tok[k - 1].start > p)
            k--;
        if (k > 0 && p < t->tok[k - 1].end) {
            const kpi_tok *w = &t->tok[k - 1];
            if (w->start < s)
                return s; /* bytes of one word down to the sentence start */
            p = w->start;
            if ((p == 0 || t->low[p - 1] == ' ') && (w->vflags & VF_CLAUSE))
                return p;
            continue;
        }
        if (clause_punct(t, p, s, t->len))
            return p + 1;
    }
    return s;
}

size_t kpi_text_clause_end(const kpi_text *t, size_t off)
{
    size_t e = t->nsent ? t->sent[kpi_text_sentence_at(t, off)].end : t->len;
    const char *low = t->low;
    /* the words are met in order: k is the first word starting at or after
     * i, moved on as i is, instead of a search at each word */
    size_t k = kpi_text_tok_at(t, off);
    for (size_t i = off; i < e; i++) {
        if (k < t->ntok && t->tok[k].start == i) {
            /* a word: the clause word test, then past its bytes at once
             * (letters, digits, apostrophes, and a , . or : only between
             * digits, so none of them separates clauses) */
            if (i > off && low[i - 1] == ' ' && (t->tok[k].vflags & VF_CLAUSE))
                return i;
            i = t->tok[k++].end - 1;
            continue;
        }
        char c = low[i];
        /* clause_punct's separators; a dash only with a space either side */
        if (c == ',' || c == ';' || c == ':') {
            if (!(i > 0 && i + 1 < e && cz_is_digit(low[i - 1]) && cz_is_digit(low[i + 1])))
                return i;
        } else if (c == '-') {
            if (i > 0 && low[i - 1] == ' ' && i + 1 < e && low[i + 1] == ' ')
                return i;
        }
    }
    return e;
}

char *kpi_text_quote(const kpi_text *t, size_t start, size_t end)
{
    if (end > t->len)
        end = t->len;
    if (start >= end)
        return xstrdup("");
    size_t a = t->map[start];
    /* map[end] may point at a filler's start; the last kept byte is safer */
    size_t b = t->map[end - 1] + 1;
    while (b < t->orig_len && ((unsigned char)t->orig[b] & 0xC0) == 0x80)
        b++;
    if (b > t->orig_len)
        b = t->orig_len;
    if (a > b)
        a = b;
    return xstrndup(t->orig + a, b - a);
}

size_t kpi_text_words_back(const kpi_text *t, size_t off, size_t floor, int n)
{
    size_t i = off;
    while (n-- > 0) {
        while (i > floor && t->low[i - 1] == ' ')
            i--;
        if (i == floor)
            return floor;
        while (i > floor && t->low[i - 1] != ' ')
            i--;
    }
    return i;
}

size_t kpi_text_words_fwd(const kpi_text *t, size_t off, size_t ceil, int n)
{
    size_t i = off;
    while (n-- > 0) {
        while (i < ceil && t->low[i] == ' ')
            i++;
        if (i == ceil)
            return ceil;
        while (i < ceil && t->low[i] != ' ')
            i++;
    }
    return i;
}

size_t kpi_text_object_end(const kpi_text *t, size_t off, size_t ceil, int words)
{
    size_t end = off;
    for (size_t k = kpi_text_tok_at(t, off), n = 0; k < t->ntok && n < (size_t)words; k++, n++) {
        if (t->tok[k].start >= ceil || (n > 0 && (t->tok[k].flags & TF_CLAUSE_START)) ||
            (t->tok[k].vflags & VF_CLAUSE) || KPI_TOK_IS(t, k, "and", "then", "plus") ||
            (k > 0 && t->tok[k].start > off && (t->tok[k - 1].flags & TF_PUNCT_AFTER)))
            break;
        end = t->tok[k].end;
    }
    return end;
}
