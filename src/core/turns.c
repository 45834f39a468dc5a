/* turns.c - splits a seed-format transcript into agent and customer turns and
 * normalises turn text (valid UTF-8, no control characters, folded spaces).
 *
 * A speaker label is one of the label words below followed by optional blanks
 * and ':'. Because "an agent: ..." can occur inside ordinary speech, a label
 * is only believed where a person reading the transcript would believe it:
 *   - at the start of the text or of a line (one turn per line);
 *   - after the end of a sentence (inline punctuated transcripts);
 *   - elsewhere only when written capitalised ("Agent:") or when the whole
 *     transcript is unpunctuated speech-recognition text, and then not right
 *     after a determiner ("an agent:", "the rep:"). */
#include "turns.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const struct {
    const char *word;
    size_t len; /* strlen(word), not computed per candidate */
    speaker_t who;
} label_words[] = {
    {"agent", 5, SPK_AGENT},       {"representative", 14, SPK_AGENT}, {"rep", 3, SPK_AGENT},
    {"customer", 8, SPK_CUSTOMER}, {"caller", 6, SPK_CUSTOMER},      {"client", 6, SPK_CUSTOMER},
};

/* Words after which "agent:" is part of a sentence, not a label. The first
 * DEMONSTRATIVES of them also end clauses ("add that agent: done"): after
 * those a label that changes the speaker is believed. */
#define DEMONSTRATIVES 2
static const char *const determiners[] = {
    "this", "that", "a", "an", "the", "my", "your", "our", "their", "his", "her",
    "another", "any", "real", "live", "human", "to", "other", "every",
};

static int lower_ascii(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int is_alnum_ascii(int c)
{
    /* two unsigned range tests (c | 0x20 folds the capitals onto the small
     * letters and leaves no other byte in a..z) */
    return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int is_space(int c)
{
    return is_blank(c) || c == '\n';
}

/* The speaker whose label word s[b, e) is, in any case, else SPK_UNKNOWN.
 * The word is ASCII letters and digits: OR 0x20 folds its capitals to
 * small letters and leaves digits digits, which match no label letter. */
static speaker_t label_word(const char *s, size_t b, size_t e)
{
    /* every label word starts with a, c or r */
    int c0 = s[b] | 0x20;
    if (c0 != 'a' && c0 != 'c' && c0 != 'r')
        return SPK_UNKNOWN;
    for (size_t k = 0; k < sizeof label_words / sizeof label_words[0]; k++) {
        const char *w = label_words[k].word;
        if (w[0] != c0 || label_words[k].len != e - b)
            continue;
        size_t j = 1;
        while (j < e - b && (s[b + j] | 0x20) == w[j])
            j++;
        if (j == e - b)
            return label_words[k].who;
    }
    return SPK_UNKNOWN;
}

typedef enum { POS_NONE, POS_LINE, POS_SENTENCE, POS_WEAK } label_pos;

/* Where the candidate at s[i] stands: start of a line, after a sentence end,
 * or inside running text. */
static label_pos classify(const char *s, size_t i)
{
    if (i > 0 && !is_space((unsigned char)s[i - 1])) {
        char c = s[i - 1];
        /* "...fine.Customer:" - a missing space after a sentence end. */
        return (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ']')
                   ? POS_SENTENCE : POS_NONE;
    }
    size_t j = i;
    while (j > 0 && is_blank((unsigned char)s[j - 1]))
        j--;
    if (j == 0 || s[j - 1] == '\n')
        return POS_LINE;
    unsigned char c = (unsigned char)s[j - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']' ||
        c == ';' || c == '-' || c == 0xA6 /* last byte of U+2026 ... */ || c == 0x9D /* U+201D */)
        return POS_SENTENCE;
    return POS_WEAK;
}

/* Is the word ending just before s[i] (skipping blanks) a determiner? 2 for
 * a demonstrative ("that"), 1 for another one, 0 for none. */
static int after_determiner(const char *s, size_t i)
{
    size_t e = i;
    while (e > 0 && is_space((unsigned char)s[e - 1]))
        e--;
    size_t b = e;
    while (b > 0 && is_alnum_ascii((unsigned char)s[b - 1]))
        b--;
    size_t wl = e - b;
    for (size_t k = 0; k < sizeof determiners / sizeof determiners[0]; k++) {
        const char *d = determiners[k];
        if (wl == 0 || lower_ascii((unsigned char)s[b]) != d[0] || strlen(d) != wl)
            continue;
        size_t m = 0;
        while (m < wl && lower_ascii((unsigned char)s[b + m]) == d[m])
            m++;
        if (m == wl)
            return k < DEMONSTRATIVES ? 2 : 1;
    }
    return 0;
}

static int word_start(const char *s, size_t i)
{
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        return 0;
    return i == 0 || !(is_alnum_ascii((unsigned char)s[i - 1]) || s[i - 1] == '\'' ||
                       s[i - 1] == '_' || s[i - 1] == '-');
}

/* A speaker label found in the transcript: the label word at s[at], the
 * text after its colon at s[end]. */
typedef struct {
    size_t at, end;
    speaker_t who;
    label_pos pos;
} label_t;

/* Finds the label ending at the colon s[colon]: a label word, optional
 * blanks, then the colon. Labels are found from their colons (memchr), so
 * the transcript's other bytes are never inspected one by one. */
static int label_before_colon(const char *s, size_t colon, label_t *l)
{
    size_t e = colon;
    while (e > 0 && is_blank((unsigned char)s[e - 1]))
        e--;
    size_t b = e;
    /* the longest label word, "representative", has 14 letters */
    while (b > 0 && e - b <= 14 && is_alnum_ascii((unsigned char)s[b - 1]))
        b--;
    if (b == e || e - b > 14 || !word_start(s, b))
        return 0;
    /* s[b, e) is a whole word (letters and digits, none before or after)
     * with only blanks between it and the colon: a label when it is one of
     * the label words */
    speaker_t who = label_word(s, b, e);
    if (who == SPK_UNKNOWN)
        return 0;
    *l = (label_t){b, colon + 1, who, classify(s, b)};
    return 1;
}

/* Whole-transcript style, decided before splitting so that the same words get
 * the same treatment everywhere in one call. */
typedef struct {
    size_t line_labels, sentence_labels;
    int punctuated; /* has sentence punctuation anywhere */
} style_t;

/* s[n] is the NUL that ends s (turns_split), so strpbrk, which libc scans
 * many bytes at a time, reads the same bytes the loop over s[0, n) would. */
static int has_punctuation(const char *s)
{
    return strpbrk(s, ".?!,") != NULL;
}

static int accept_label(const char *s, size_t i, label_pos p, const style_t *st, int turn_taking)
{
    switch (p) {
    case POS_LINE:
    case POS_SENTENCE:
        return 1;
    case POS_WEAK: {
        int det = after_determiner(s, i);
        if (det == 1 || (det == 2 && !turn_taking))
            return 0;
        if (s[i] >= 'A' && s[i] <= 'Z')
            return 1;
        /* Lower-case mid-sentence labels are believed only in unpunctuated
         * text, where nothing else could separate the turns. */
        return !st->punctuated || (st->line_labels <= 1 && st->sentence_labels == 0);
    }
    default:
        return 0;
    }
}

static char *clean_len(const char *s, size_t len, size_t *outlen);
static bool plain_span(const char *s, size_t len, size_t *a, size_t *b);

/* Appends the cleaned s[0, len) as a turn of who, unless it is empty. Plain
 * text (plain_span) goes into the pool at *pool_at when there is one. */
static void push_segment(turns_t *out, char **pool_at, speaker_t who, const char *s, size_t len)
{
    size_t a, b, n;
    char *t;
    if (*pool_at && plain_span(s, len, &a, &b)) {
        if (a == b)
            return; /* as below */
        n = b - a;
        t = *pool_at;
        memcpy(t, s + a, n);
        t[n] = '\0';
        *pool_at += n + 1;
    } else {
        t = clean_len(s, len, &n);
        if (t[0] == '\0') {
            /* A label with nothing after it carries no words worth a turn. */
            free(t);
            return;
        }
    }
    if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 16;
        out->v = xrealloc(out->v, out->cap * sizeof *out->v);
    }
    turn_t *tt = &out->v[out->n++];
    tt->speaker = who;
    tt->text = t;
    tt->len = n;
    tt->start_ms = -1;
    tt->end_ms = -1;
}

int turns_split(const char *transcript, turns_t *out, cz_err *err)
{
    if (!transcript) {
        cz_err_set(err, "empty transcript");
        return -1;
    }
    size_t n = strlen(transcript);
    const char *s = transcript;
    size_t k = 0;
    while (k < n && is_space((unsigned char)s[k]))
        k++;
    if (k == n) {
        cz_err_set(err, "empty transcript");
        return -1;
    }

    /* every candidate label, in text order */
    label_t stack_labels[64], *labels = stack_labels;
    size_t nl = 0, cap = sizeof stack_labels / sizeof stack_labels[0];
    style_t st = {0, 0, has_punctuation(s)};
    for (const char *c = memchr(s, ':', n); c; c = memchr(c + 1, ':', n - (size_t)(c + 1 - s))) {
        label_t l;
        if (!label_before_colon(s, (size_t)(c - s), &l))
            continue;
        if (nl == cap) {
            cap *= 2;
            if (labels == stack_labels) {
                labels = xmalloc(cap * sizeof *labels);
                memcpy(labels, stack_labels, sizeof stack_labels);
            } else {
                labels = xrealloc(labels, cap * sizeof *labels);
            }
        }
        labels[nl++] = l;
        if (l.pos == POS_LINE)
            st.line_labels++;
        else if (l.pos == POS_SENTENCE)
            st.sentence_labels++;
        if ((size_t)(c + 1 - s) >= n)
            break;
    }

    /* The plain texts of the nl + 1 segments at most, each no longer than
     * its segment plus a NUL, fit in n + nl + 1 bytes. A list that has a
     * pool already (turns_split twice) gets separate texts. */
    size_t before = out->n;
    bool own_pool = out->pool == NULL;
    if (own_pool) {
        out->pool_len = n + nl + 1;
        out->pool = xmalloc(out->pool_len);
    }
    char *pool_at = own_pool ? out->pool : NULL;
    speaker_t cur = SPK_UNKNOWN;
    size_t seg = 0;
    for (size_t i = 0; i < nl; i++) {
        const label_t *l = &labels[i];
        /* a label inside the previous label's words ("Agent:Agent:") is text */
        if (l->at < seg ||
            !accept_label(s, l->at, l->pos, &st, cur != SPK_UNKNOWN && l->who != cur))
            continue;
        push_segment(out, &pool_at, cur, s + seg, l->at - seg);
        cur = l->who;
        seg = l->end;
    }
    push_segment(out, &pool_at, cur, s + seg, n - seg);
    if (labels != stack_labels)
        free(labels);
    if (own_pool && pool_at == out->pool) { /* no text went there */
        free(out->pool);
        out->pool = NULL;
        out->pool_len = 0;
    }
    if (out->n == before) {
        cz_err_set(err, "transcript has no text");
        return -1;
    }
    return 0;
}

void turns_push(turns_t *t, speaker_t who, const char *text, size_t len, int64_t start_ms,
                int64_t end_ms)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 16;
        t->v = xrealloc(t->v, t->cap * sizeof *t->v);
    }
    turn_t *tt = &t->v[t->n++];
    tt->speaker = who;
    tt->text = clean_text(text ? text : "", text ? len : 0);
    tt->len = strlen(tt->text);
    tt->start_ms = start_ms;
    tt->end_ms = end_ms;
}

static bool in_pool(const turns_t *t, const char *text)
{
    return t->pool && (uintptr_t)text - (uintptr_t)t->pool < t->pool_len;
}

void turns_set_text(turns_t *t, size_t i, char *text, size_t len)
{
    if (!in_pool(t, t->v[i].text))
        free(t->v[i].text);
    t->v[i].text = text;
    t->v[i].len = len;
}

void turns_free(turns_t *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        if (!in_pool(t, t->v[i].text))
            free(t->v[i].text);
    free(t->v);
    free(t->pool);
    t->v = NULL;
    t->pool = NULL;
    t->n = t->cap = t->pool_len = 0;
}

const char *speaker_name(speaker_t s)
{
    switch (s) {
    case SPK_AGENT:
        return "agent";
    case SPK_CUSTOMER:
        return "customer";
    default:
        return "unknown";
    }
}

/* Length of the valid UTF-8 sequence at p (at most n bytes), or 0 if the bytes
 * there are not one: overlong forms, surrogates and values past U+10FFFF are
 * invalid, so that stored text is always safe to hand to a terminal or JSON. */
static size_t utf8_valid_len(const unsigned char *p, size_t n, uint32_t *cp)
{
    unsigned char c = p[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2; v = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; v = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t k = 1; k < len; k++) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[k] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

char *clean_text(const char *s, size_t len)
{
    size_t n;
    return clean_len(s, len, &n);
}

/* Are all n bytes at p printable ASCII (0x20..0x7E) with no two spaces side
 * by side? Such text is what clean_len leaves as it is once its leading and
 * trailing spaces are gone: nearly every turn of a transcript. */
static bool plain_text(const unsigned char *p, size_t n)
{
    size_t i = 0;
    unsigned carry = 0; /* 1: the byte before p[i] is a space */
#ifdef __SSE2__
    /* sixteen at a time where the CPU has SSE2 (every x86-64); a last
     * partial block is read as the sixteen bytes that end the text, whose
     * pairs are all inside it or were checked before; a text shorter than
     * a block is read padded with 'x' (printable, no space) */
    if (n < 16) {
        char pad[16];
        memset(pad, 'x', sizeof pad);
        memcpy(pad, p, n);
        return n == 0 || plain_text((const unsigned char *)pad, 16);
    }
    for (bool last = false; !last; i += 16) {
        if (i + 16 > n) {
            if (i >= n)
                break;
            i = n - 16, carry = 0, last = true;
        }
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        unsigned ok = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)),
                          _mm_cmplt_epi8(x, _mm_set1_epi8(0x7F))));
        unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
        if (ok != 0xFFFF || (sp & ((sp << 1) | carry)))
            return false;
        carry = sp >> 15;
    }
    return true;
#else
    for (; i < n; i++) {
        unsigned sp = p[i] == ' ';
        if ((unsigned char)(p[i] - 0x20) > 0x5E || (sp & carry))
            return false;
        carry = sp;
    }
    return true;
#endif
}

/* Is s[0, len) plain text once its outer white space is gone? Then
 * clean_len's result is s[*a, *b) as it is: the loop below writes no ASCII
 * blank or line end (\t to \r and ' ') before the first word or after the
 * last, and leaves printable ASCII with single spaces unchanged. */
static bool plain_span(const char *s, size_t len, size_t *a, size_t *b)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, j = len;
    while (i < j && (u[i] == ' ' || (u[i] >= '\t' && u[i] <= '\r')))
        i++;
    while (j > i && (u[j - 1] == ' ' || (u[j - 1] >= '\t' && u[j - 1] <= '\r')))
        j--;
    *a = i;
    *b = j;
    return plain_text(u + i, j - i);
}

/* clean_text, also giving the length of the result. */
static char *clean_len(const char *s, size_t len, size_t *outlen)
{
    size_t a, b;
    if (s && plain_span(s, len, &a, &b)) { /* copied whole */
        char *t = xmalloc(b - a + 1);
        memcpy(t, s + a, b - a);
        t[b - a] = '\0';
        *outlen = b - a;
        return t;
    }
    /* Worst case every byte becomes a 3-byte U+FFFD. */
    char *out = xmalloc(len * 3 + 1);
    size_t o = 0;
    int pending_space = 0;
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    if (!s)
        len = 0;
    size_t i = 0;
    while (i < len) {
        /* runs of plain printable ASCII words with single spaces between
         * them, nearly every byte of a transcript, are copied whole without
         * the decoder: what it would write for them is the same bytes */
        size_t run = i;
        for (;;) {
#ifdef __SSE2__
            /* sixteen at a time where the CPU has SSE2 (every x86-64), on
             * the same conditions as the eight below */
            while (run > i && run + 16 <= len) {
                __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + run));
                unsigned ok = (unsigned)_mm_movemask_epi8(
                    _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)),
                                  _mm_cmplt_epi8(x, _mm_set1_epi8(0x7F))));
                unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
                if (ok != 0xFFFF || (sp & (sp << 1)) || (sp & 0x8000))
                    break;
                run += 16;
            }
#endif
            /* eight bytes at a time once inside a run (the byte before is
             * printable and no space): all printable, no two spaces side by
             * side and no space last is what the byte loop below accepts */
            while (run > i && run + 8 <= len) {
                const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
                uint64_t x;
                memcpy(&x, p + run, 8);
                if (((x - ones * 0x20) & ~x & ~low7) | (((x + ones) | x) & ~low7))
                    break; /* a byte below 0x20 or above 0x7E */
                uint64_t sp = x ^ (ones * ' ');
                sp = ~(((sp & low7) + low7) | sp | low7); /* 0x80 in each space byte */
                if ((sp & (sp << 8)) || (sp >> 63))
                    break;
                run += 8;
            }
            while (run < len && (unsigned char)(p[run] - 0x21) < 0x5E)
                run++;
            if (run > i && run + 1 < len && p[run] == ' ' &&
                (unsigned char)(p[run + 1] - 0x21) < 0x5E) {
                run++;
                continue;
            }
            break;
        }
        if (run > i) {
            if (pending_space && o > 0)
                out[o++] = ' ';
            pending_space = 0;
            memcpy(out + o, p + i, run - i);
            o += run - i;
            i = run;
            continue;
        }
        if (p[i] == ' ') {
            pending_space = 1;
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = utf8_valid_len(p + i, len - i, &cp);
        if (l == 0) {
            if (pending_space && o > 0)
                out[o++] = ' ';
            pending_space = 0;
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
            cp == 0xA0 || cp == 0x2028 || cp == 0x2029) {
            pending_space = 1;
            i += l;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            i += l;
            continue;
        }
        if (pending_space && o > 0)
            out[o++] = ' ';
        pending_space = 0;
        memcpy(out + o, p + i, l);
        o += l;
        i += l;
    }
    out[o] = '\0';
    *outlen = o;
    return out;
}
