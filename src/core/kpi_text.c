/* kpi_text.c - the normalised view of one turn that every rule matches
 * against: lower-case ASCII, straight quotes, fillers ("um", "uh") dropped,
 * single spaces, split into sentences, with a map back to the original bytes
 * so evidence quotes what was really said. Buffers are reused call after call. */
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

static bool is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
}

static void text_reserve(kpi_text *t, size_t n)
{
    if (n + 1 <= t->cap)
        return;
    size_t cap = t->cap ? t->cap : 256;
    while (cap < n + 1)
        cap *= 2;
    t->low = xrealloc(t->low, cap);
    t->map = xrealloc(t->map, cap * sizeof *t->map);
    t->cap = cap;
}

static void add_sentence(kpi_text *t, size_t a, size_t b)
{
    while (a < b && t->low[a] == ' ')
        a++;
    while (b > a && t->low[b - 1] == ' ')
        b--;
    if (a == b)
        return;
    if (t->nsent == t->sent_cap) {
        t->sent_cap = t->sent_cap ? t->sent_cap * 2 : 16;
        t->sent = xrealloc(t->sent, t->sent_cap * sizeof *t->sent);
    }
    t->sent[t->nsent++] = (kpi_span){a, b};
}

/* Sentences end at . ! ? ; followed by a space, but not at "$49.99" or
 * "8 a.m. works" (the original continues in lower case). */
static void split_sentences(kpi_text *t)
{
    size_t a = 0;
    t->nsent = 0;
    t->has_qmark_sent = false;
    for (size_t i = 0; i < t->len; i++) {
        char c = t->low[i];
        if (c != '.' && c != '!' && c != '?' && c != ';')
            continue;
        size_t j = i + 1;
        while (j < t->len && (t->low[j] == '.' || t->low[j] == '!' || t->low[j] == '?' ||
                              t->low[j] == '"' || t->low[j] == ')'))
            j++;
        if (j < t->len && t->low[j] != ' ')
            continue;
        if (c == '.' && j < t->len) {
            unsigned char next = (unsigned char)t->orig[t->map[j + 1 < t->len ? j + 1 : j]];
            if (next >= 'a' && next <= 'z')
                continue;
        }
        for (size_t k = i; k < j; k++)
            if (t->low[k] == '?')
                t->has_qmark_sent = true;
        add_sentence(t, a, j);
        a = j;
        i = j - 1;
    }
    add_sentence(t, a, t->len);
}

void kpi_text_prepare(const kpi_rules *r, kpi_text *t, const char *s, size_t len)
{
    t->orig = s;
    t->orig_len = len;
    text_reserve(t, len + 1);
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t step = 1;
        char out = 0;
        if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            step = 3;
            if (d == 0x98 || d == 0x99)
                out = '\'';
            else if (d == 0x9C || d == 0x9D)
                out = '"';
            else if (d == 0x93 || d == 0x94)
                out = '-';
            else if (d == 0xA6)
                out = '.';
            else
                out = '~'; /* some other punctuation: a non-word byte */
        } else if (c >= 0x80) {
            /* Other non-ASCII: keep it a single non-word byte per character so
             * that words around it stay words. */
            step = 1;
            while (i + step < len && ((unsigned char)s[i + step] & 0xC0) == 0x80)
                step++;
            out = '~';
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            i++;
            continue;
        } else if (c >= 'A' && c <= 'Z') {
            out = (char)(c + 32);
        } else {
            out = (char)c;
        }
        if (space && o > 0) {
            t->low[o] = ' ';
            t->map[o] = (uint32_t)i;
            o++;
        }
        space = false;
        t->low[o] = out;
        t->map[o] = (uint32_t)i;
        o++;
        i += step;
    }
    t->low[o] = '\0';
    t->map[o] = (uint32_t)len;
    t->len = o;

    /* Fillers go in a second pass so that the first stays simple. A filler
     * takes a directly following comma with it ("it's been, um, long"). */
    if (r->filler.n) {
        size_t w = 0;
        for (size_t i = 0; i < t->len;) {
            bool start = i == 0 || !is_word_byte((unsigned char)t->low[i - 1]);
            if (start && is_word_byte((unsigned char)t->low[i])) {
                size_t e = i;
                while (e < t->len && is_word_byte((unsigned char)t->low[e]))
                    e++;
                if (kpi_lex_get(&r->filler, t->low + i, e - i, NULL)) {
                    while (e < t->len && (t->low[e] == ',' || t->low[e] == '.'))
                        e++;
                    while (e < t->len && t->low[e] == ' ')
                        e++;
                    i = e;
                    continue;
                }
                while (i < e) {
                    t->low[w] = t->low[i];
                    t->map[w++] = t->map[i++];
                }
                continue;
            }
            if (t->low[i] == ' ' && (w == 0 || t->low[w - 1] == ' ')) {
                i++;
                continue;
            }
            t->low[w] = t->low[i];
            t->map[w++] = t->map[i++];
        }
        while (w > 0 && t->low[w - 1] == ' ')
            w--;
        t->low[w] = '\0';
        t->map[w] = (uint32_t)len;
        t->len = w;
    }
    split_sentences(t);
}

void kpi_text_free(kpi_text *t)
{
    if (!t)
        return;
    free(t->low);
    free(t->map);
    free(t->sent);
    memset(t, 0, sizeof *t);
}

size_t kpi_text_sentence_at(const kpi_text *t, size_t off)
{
    for (size_t i = 0; i < t->nsent; i++)
        if (off < t->sent[i].end)
            return i;
    return t->nsent ? t->nsent - 1 : 0;
}

bool kpi_text_sentence_is_question(const kpi_text *t, size_t sent)
{
    if (sent >= t->nsent)
        return false;
    for (size_t i = t->sent[sent].end; i > t->sent[sent].start; i--) {
        char c = t->low[i - 1];
        if (c == '?')
            return true;
        if (c != '"' && c != ')' && c != '!' && c != '.')
            return false;
    }
    return false;
}

static bool word_at(const kpi_text *t, size_t i, const char *w)
{
    size_t n = strlen(w);
    if (i + n > t->len || memcmp(t->low + i, w, n) != 0)
        return false;
    if (i > 0 && is_word_byte((unsigned char)t->low[i - 1]))
        return false;
    return i + n == t->len || !is_word_byte((unsigned char)t->low[i + n]);
}

/* Words that start a new clause inside a sentence. */
static bool clause_word(const kpi_text *t, size_t i)
{
    return word_at(t, i, "but") || word_at(t, i, "so") || word_at(t, i, "though") ||
           word_at(t, i, "although") || word_at(t, i, "however") || word_at(t, i, "because");
}

size_t kpi_text_clause_start(const kpi_text *t, size_t off)
{
    size_t s = t->sent[kpi_text_sentence_at(t, off)].start;
    for (size_t i = off; i > s; i--) {
        char c = t->low[i - 1];
        if (c == ',' || c == ';' || c == ':' || (c == '-' && i >= 2 && t->low[i - 2] == ' '))
            return i;
        if (i - 1 < off && clause_word(t, i - 1) && i - 1 != off)
            return i - 1;
    }
    return s;
}

size_t kpi_text_clause_end(const kpi_text *t, size_t off)
{
    size_t e = t->sent[kpi_text_sentence_at(t, off)].end;
    for (size_t i = off; i < e; i++) {
        char c = t->low[i];
        if (c == ',' || c == ';' || c == ':' || (c == '-' && i + 1 < e && t->low[i + 1] == ' '))
            return i;
        if (i > off && clause_word(t, i))
            return i;
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
    /* map[end] may point at a filler's start; the last kept byte is safer. */
    size_t b = t->map[end - 1] + 1;
    while (b < t->orig_len && ((unsigned char)t->orig[b] & 0xC0) == 0x80)
        b++;
    if (b > t->orig_len)
        b = t->orig_len;
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
