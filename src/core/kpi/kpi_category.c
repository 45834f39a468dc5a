/* kpi_category.c - call categories: each a name, PCRE2 patterns of which one
 * must match a turn of the chosen speaker within an optional position, and
 * patterns that must not match that turn. Compiled once with JIT when the
 * rules load. Most patterns begin with a word or a choice of words ("\b(?:
 * cancel|terminate)\b..."): such a pattern cannot match a turn without one
 * of those words, and the turn's words are already looked up in the rules'
 * vocabulary by the tokeniser, so a turn is handed to PCRE2 only for the
 * categories whose words it has. A turn that names no category costs a flag
 * test per word instead of a regex scan per pattern; patterns of any other
 * shape are simply tried on every turn. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "kpi_category.h"
#include "kpi_internal.h"

#include <errno.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"
#include "textfile.h"

#define CAT_EVIDENCE_MAX 120 /* bytes of matching text kept as evidence */
#define CAT_FLAGS (PCRE2_CASELESS | PCRE2_UTF)

typedef struct {
    pcre2_code *re;
    char *src;
} cat_pat;

typedef struct {
    char *name;
    int lineno;            /* of its header */
    unsigned speakers;     /* bit (1u << speaker_t) per speaker it applies to */
    int first_turns;       /* 0: any turn */
    int64_t first_ms;      /* -1: any time */
    cat_pat *match, *nots;
    size_t nmatch, nnot;
    bool filtered;         /* every match pattern needs one of its words */
    char **words;          /* those words, until kpi_cat_index */
    size_t nwords;
} category;

struct kpi_categories {
    category *v;
    size_t n;
    uint64_t unfiltered;   /* categories tried on every turn */
    int32_t *word_id;      /* vocabulary id -> the categories needing it */
    uint64_t *word_cats;
    size_t nword;
};

kpi_categories *kpi_cat_new(void)
{
    return xcalloc(1, sizeof(kpi_categories));
}

static void pats_free(cat_pat *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        pcre2_code_free(p[i].re);
        free(p[i].src);
    }
    free(p);
}

void kpi_cat_free(kpi_categories *cs)
{
    if (!cs)
        return;
    for (size_t i = 0; i < cs->n; i++) {
        free(cs->v[i].name);
        pats_free(cs->v[i].match, cs->v[i].nmatch);
        pats_free(cs->v[i].nots, cs->v[i].nnot);
        for (size_t k = 0; k < cs->v[i].nwords; k++)
            free(cs->v[i].words[k]);
        free(cs->v[i].words);
    }
    free(cs->v);
    free(cs->word_id);
    free(cs->word_cats);
    free(cs);
}

size_t kpi_cat_count(const kpi_categories *cs)
{
    return cs ? cs->n : 0;
}

const char *kpi_cat_name(const kpi_categories *cs, size_t i)
{
    return cs && i < cs->n ? cs->v[i].name : NULL;
}

/* A category name: a lower-case letter, then letters, digits or '_'. */
static bool valid_name(const char *s, size_t n)
{
    if (n == 0 || n > KPI_CATEGORY_NAME_MAX || !(s[0] >= 'a' && s[0] <= 'z'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

/* The incomplete category before a new header or the end of the file. */
static int check_done(const kpi_categories *cs, const char *path, cz_err *err)
{
    if (cs->n && cs->v[cs->n - 1].nmatch == 0) {
        const category *c = &cs->v[cs->n - 1];
        cz_err_set(err, "%s:%d: [category %s] has no 'match = PATTERN' line", path, c->lineno,
                   c->name);
        return -1;
    }
    return 0;
}

int kpi_cat_begin(kpi_categories *cs, const char *name, size_t len, const char *path, int lineno,
                  cz_err *err)
{
    if (check_done(cs, path, err) < 0)
        return -1;
    if (!valid_name(name, len)) {
        cz_err_set(err,
                   "%s:%d: category name '%.*s' must be a lower-case letter followed by at most"
                   " %d letters, digits or '_'",
                   path, lineno, (int)len, name, KPI_CATEGORY_NAME_MAX - 1);
        return -1;
    }
    for (size_t i = 0; i < cs->n; i++)
        if (strlen(cs->v[i].name) == len && memcmp(cs->v[i].name, name, len) == 0) {
            cz_err_set(err, "%s:%d: category '%.*s' is defined twice (first on line %d)", path,
                       lineno, (int)len, name, cs->v[i].lineno);
            return -1;
        }
    if (cs->n == KPI_MAX_CATEGORIES) {
        cz_err_set(err, "%s:%d: more than %d categories", path, lineno, KPI_MAX_CATEGORIES);
        return -1;
    }
    cs->v = xrealloc(cs->v, (cs->n + 1) * sizeof *cs->v);
    category *c = &cs->v[cs->n++];
    memset(c, 0, sizeof *c);
    c->name = xstrndup(name, len);
    c->lineno = lineno;
    c->speakers = ~0u;
    c->first_ms = -1;
    c->filtered = true;
    return 0;
}

/* Compiles src with JIT. Returns NULL with err naming PCRE2's message and
 * the offset in the pattern. */
static pcre2_code *compile(const char *src, uint32_t extra, char *msg, size_t msglen)
{
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, CAT_FLAGS | extra,
                                   &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR why[160];
        if (pcre2_get_error_message(code, why, sizeof why) < 0)
            snprintf((char *)why, sizeof why, "error %d", code);
        snprintf(msg, msglen, "%s at offset %zu", (const char *)why, (size_t)off);
        return NULL;
    }
    /* Without JIT support (some architectures) the interpreter still works. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

static void note_words(category *c, const char *src);

static int parse_count(const char *v, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (end == v || *end || errno || n < lo || n > hi)
        return -1;
    *out = n;
    return 0;
}

int kpi_cat_line(kpi_categories *cs, char *line, const char *path, int lineno, cz_err *err)
{
    category *c = &cs->v[cs->n - 1];
    char *eq = strchr(line, '=');
    if (!eq) {
        cz_err_set(err, "%s:%d: in [category %s]: expected 'key = value'", path, lineno, c->name);
        return -1;
    }
    *eq = '\0';
    char *key = tf_trim(line), *val = tf_trim(eq + 1);
    if (!*val) {
        cz_err_set(err, "%s:%d: in [category %s]: '%s' has no value", path, lineno, c->name, key);
        return -1;
    }
    if (strcmp(key, "match") == 0 || strcmp(key, "not") == 0) {
        char msg[256];
        pcre2_code *re = compile(val, 0, msg, sizeof msg);
        if (!re) {
            cz_err_set(err, "%s:%d: in [category %s]: bad pattern '%s': %s", path, lineno,
                       c->name, val, msg);
            return -1;
        }
        bool is_match = key[0] == 'm';
        if (is_match)
            note_words(c, val);
        cat_pat **v = is_match ? &c->match : &c->nots;
        size_t *n = is_match ? &c->nmatch : &c->nnot;
        *v = xrealloc(*v, (*n + 1) * sizeof **v);
        (*v)[(*n)++] = (cat_pat){re, xstrdup(val)};
        return 0;
    }
    if (strcmp(key, "speaker") == 0) {
        if (strcmp(val, "agent") == 0)
            c->speakers = 1u << SPK_AGENT;
        else if (strcmp(val, "customer") == 0)
            c->speakers = 1u << SPK_CUSTOMER;
        else if (strcmp(val, "any") == 0)
            c->speakers = ~0u;
        else {
            cz_err_set(err, "%s:%d: in [category %s]: speaker must be agent, customer or any,"
                       " not '%s'", path, lineno, c->name, val);
            return -1;
        }
        return 0;
    }
    long n;
    if (strcmp(key, "first_turns") == 0) {
        if (parse_count(val, 1, 100000, &n) < 0) {
            cz_err_set(err, "%s:%d: in [category %s]: first_turns must be a whole number from 1"
                       " to 100000, not '%s'", path, lineno, c->name, val);
            return -1;
        }
        c->first_turns = (int)n;
        return 0;
    }
    if (strcmp(key, "first_seconds") == 0) {
        if (parse_count(val, 1, 86400, &n) < 0) {
            cz_err_set(err, "%s:%d: in [category %s]: first_seconds must be a whole number from 1"
                       " to 86400, not '%s'", path, lineno, c->name, val);
            return -1;
        }
        c->first_ms = (int64_t)n * 1000;
        return 0;
    }
    cz_err_set(err, "%s:%d: in [category %s]: unknown key '%s' (match, not, speaker,"
               " first_turns, first_seconds)", path, lineno, c->name, key);
    return -1;
}

/* ------------------------------------------------ the words a pattern needs */

#define MAX_VARIANTS 32

static bool word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '\'';
}

/* A plain word at p: word characters, each optionally followed by '?'
 * ("cancell?ing"). Appends its spellings (lower-cased) to v and returns the
 * end, or NULL when p holds anything else or the spellings are too many. */
static const char *plain_word(const char *p, const char *end, strbuf *v, size_t *nv)
{
    strbuf cur[MAX_VARIANTS];
    size_t n = 1;
    memset(cur, 0, sizeof cur);
    sb_puts(&cur[0], "");
    const char *q = p;
    while (q < end && word_char(*q)) {
        char c = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
        bool opt = q + 1 < end && q[1] == '?';
        size_t m = n;
        if (opt) {
            if (2 * n > MAX_VARIANTS)
                goto fail;
            for (size_t i = 0; i < n; i++) {
                cur[n + i] = (strbuf)SB_INIT;
                sb_puts(&cur[n + i], sb_cstr(&cur[i]));
            }
            m = 2 * n;
        }
        for (size_t i = 0; i < n; i++)
            sb_putc(&cur[i], c);
        n = m;
        q += opt ? 2 : 1;
    }
    if (q == p || *nv + n > MAX_VARIANTS)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        if (!cur[i].len)
            goto fail;
        v[(*nv)++] = cur[i];
    }
    return q;
fail:
    for (size_t i = 0; i < n; i++)
        sb_free(&cur[i]);
    return NULL;
}

/* Whether p (up to end) begins with something that ends a word and is not
 * quantified: \b, \s, \W, a space, or punctuation that is no regex syntax. */
static bool word_end(const char *p, const char *end)
{
    size_t n;
    if (end - p >= 2 && p[0] == '\\' && (p[1] == 'b' || p[1] == 's' || p[1] == 'W'))
        n = 2;
    else if (p < end && strchr(" ,;:&/-!", *p))
        n = 1;
    else
        return false;
    return p + n == end || !strchr("?*+{", p[n]);
}

/* The words one alternative (without top-level '|') needs: it must open
 * with \b and a plain word or a group of plain words, followed by a word
 * end. */
static bool alt_words(const char *p, const char *end, strbuf *v, size_t *nv)
{
    if (end - p < 3 || p[0] != '\\' || p[1] != 'b')
        return false;
    p += 2;
    if (*p == '(') {
        if (end - p < 3 || p[1] != '?' || p[2] != ':')
            return false;
        p += 3;
        for (;;) {
            p = plain_word(p, end, v, nv);
            if (!p || p >= end)
                return false;
            if (*p == ')') {
                p++;
                break;
            }
            if (*p++ != '|')
                return false;
        }
    } else if (!(p = plain_word(p, end, v, nv))) {
        return false;
    }
    return word_end(p, end);
}

/* The words a match pattern needs, one of which any match contains as a
 * whole word: false when the pattern's shape does not say. */
static bool pattern_words(const char *src, strbuf *v, size_t *nv)
{
    const char *a = src, *p = src;
    int depth = 0;
    bool in_class = false;
    for (;; p++) {
        if (*p == '\\' && p[1]) {
            p++;
            continue;
        }
        if (in_class) {
            in_class = *p != ']';
            if (!*p)
                return false;
            continue;
        }
        if (*p == '[')
            in_class = true;
        else if (*p == '(')
            depth++;
        else if (*p == ')')
            depth--;
        else if ((*p == '|' && depth == 0) || !*p) {
            if (!alt_words(a, p, v, nv))
                return false;
            if (!*p)
                return true;
            a = p + 1;
        }
    }
}

static void note_words(category *c, const char *src)
{
    if (!c->filtered)
        return;
    strbuf v[MAX_VARIANTS];
    size_t nv = 0;
    if (!pattern_words(src, v, &nv))
        c->filtered = false;
    for (size_t i = 0; i < nv; i++) {
        if (c->filtered) {
            c->words = xrealloc(c->words, (c->nwords + 1) * sizeof *c->words);
            c->words[c->nwords++] = sb_steal(&v[i]);
        }
        sb_free(&v[i]);
    }
}

int kpi_cat_finish(kpi_categories *cs, const char *path, cz_err *err)
{
    return check_done(cs, path, err);
}

void kpi_cat_index(kpi_rules *r)
{
    kpi_categories *cs = r->cats;
    for (size_t ci = 0; ci < cs->n; ci++) {
        category *c = &cs->v[ci];
        for (size_t k = 0; c->filtered && k < c->nwords; k++) {
            int32_t id = kpi_vocab_add(&r->vocab, c->words[k], strlen(c->words[k]));
            if (r->vocab.w[id].alias >= 0)
                id = r->vocab.w[id].alias;
            /* a filler is dropped from the text and never seen as a word */
            if (r->vocab.w[id].flags & VF_FILLER) {
                c->filtered = false;
                break;
            }
            r->vocab.w[id].flags |= VF_CATEGORY;
            size_t j = 0;
            while (j < cs->nword && cs->word_id[j] != id)
                j++;
            if (j == cs->nword) {
                cs->word_id = xrealloc(cs->word_id, (j + 1) * sizeof *cs->word_id);
                cs->word_cats = xrealloc(cs->word_cats, (j + 1) * sizeof *cs->word_cats);
                cs->word_id[j] = id;
                cs->word_cats[j] = 0;
                cs->nword++;
            }
            cs->word_cats[j] |= UINT64_C(1) << ci;
        }
        if (!c->filtered)
            cs->unfiltered |= UINT64_C(1) << ci;
        for (size_t k = 0; k < c->nwords; k++)
            free(c->words[k]);
        free(c->words);
        c->words = NULL;
        c->nwords = 0;
    }
    /* A category whose words were flagged before it turned out unfiltered
     * keeps them flagged: a few more lookups, never a missed match. */

    /* For PCRE2 an apostrophe ends a word ("cancel's" holds \bcancel\b):
     * a known word with an apostrophe gets the categories of its parts here,
     * so only unknown words need splitting while matching. */
    size_t nbase = cs->nword;
    for (size_t id = 0; nbase && id < r->vocab.n; id++) {
        const kpi_word *w = &r->vocab.w[id];
        if (w->alias >= 0 || !strchr(w->word, '\''))
            continue;
        uint64_t m = 0;
        for (const char *p = w->word; *p;) {
            size_t n = strcspn(p, "'");
            int32_t pid = n ? kpi_vocab_find(&r->vocab, p, n, kpi_hash(p, n)) : -1;
            if (pid >= 0 && r->vocab.w[pid].alias >= 0)
                pid = r->vocab.w[pid].alias;
            for (size_t j = 0; pid >= 0 && j < nbase; j++)
                if (cs->word_id[j] == pid)
                    m |= cs->word_cats[j];
            p += n + (p[n] == '\'');
        }
        if (!m)
            continue;
        r->vocab.w[id].flags |= VF_CATEGORY;
        cs->word_id = xrealloc(cs->word_id, (cs->nword + 1) * sizeof *cs->word_id);
        cs->word_cats = xrealloc(cs->word_cats, (cs->nword + 1) * sizeof *cs->word_cats);
        cs->word_id[cs->nword] = (int32_t)id;
        cs->word_cats[cs->nword++] = m;
    }
}

/* The categories whose words id names. */
static uint64_t cats_of(const kpi_categories *cs, int32_t id)
{
    if (!cs)
        return 0;
    for (size_t j = 0; j < cs->nword; j++)
        if (cs->word_id[j] == id)
            return cs->word_cats[j];
    return 0;
}

uint64_t kpi_cat_word_cats(const kpi_categories *cs, int32_t id)
{
    return cats_of(cs, id);
}

/* The categories worth trying on a turn: those of its words, those tried on
 * every turn, and all of them for text with bytes beyond ASCII (PCRE2 folds
 * case for those in ways the ASCII tokeniser does not: the Kelvin sign is a
 * 'k'). A word with an apostrophe is also read as its parts, since for
 * PCRE2 the apostrophe ends a word ("cancel's" holds \bcancel\b): known
 * words through the index, unknown ones here. */
static uint64_t turn_cats(const kpi_rules *r, const kpi_text *t)
{
    const kpi_categories *cs = r->cats;
    /* the tokeniser noted the bytes beyond ASCII and the categories of the
     * known words (kpi_text.nonascii, kpi_text.catmask) */
    if (t->nonascii)
        return ~UINT64_C(0);
    uint64_t m = cs->unfiltered | t->catmask;
    if (!memchr(t->low, '\'', t->len))
        return m;
    /* from apostrophe to apostrophe (a turn has a few), not word by word:
     * the word that holds each one is read once; an apostrophe outside
     * every word (a quote mark) is passed over */
    const char *lo = t->low, *end = t->low + t->len;
    for (const char *ap = memchr(lo, '\'', t->len); ap; ap = memchr(ap, '\'', (size_t)(end - ap))) {
        size_t off = (size_t)(ap - lo), j = kpi_text_tok_at(t, off);
        /* j: the first word starting at or after the apostrophe; the word
         * holding it is that word when it starts there ("'cause"), else
         * the one before when that reaches past it */
        if (j < t->ntok && t->tok[j].start == off)
            j++;
        if (j == 0 || t->tok[j - 1].end <= off) {
            ap++;
            continue;
        }
        const kpi_tok *k = &t->tok[j - 1];
        const char *w = t->low + k->start, *e = t->low + k->end;
        ap = e; /* the word's other apostrophes are read with it */
        /* known words with apostrophes were indexed with their parts */
        if (k->id >= 0)
            continue;
        while (w < e) {
            const char *q = memchr(w, '\'', (size_t)(e - w));
            if (!q)
                q = e;
            if (q > w) {
                int32_t id = kpi_vocab_find(&r->vocab, w, (size_t)(q - w), kpi_hash(w, (size_t)(q - w)));
                if (id >= 0 && r->vocab.w[id].alias >= 0)
                    id = r->vocab.w[id].alias;
                if (id >= 0 && (r->vocab.w[id].flags & VF_CATEGORY))
                    m |= cats_of(cs, id);
            }
            w = q + 1;
        }
    }
    return m;
}

static bool matches(const pcre2_code *re, const turn_t *t, pcre2_match_data *md)
{
    int rc = pcre2_match(re, (PCRE2_SPTR)t->text, t->len, 0, PCRE2_NO_UTF_CHECK, md, NULL);
    /* 0: matched, with more groups than the one-pair match data holds. A
     * limit reached (a pattern that backtracks without end) is no match. */
    return rc >= 0;
}

void kpi_cat_md_free(void *md)
{
    pcre2_match_data_free(md);
}

/* The matching words as evidence: at most CAT_EVIDENCE_MAX bytes cut on a
 * character boundary, with personal data masked whatever the worker's
 * redaction setting, as evidence is shown on dashboards and reports. */
static char *evidence(const turn_t *t, pcre2_match_data *md)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    size_t s = ov[0] <= t->len ? ov[0] : t->len;
    size_t e = ov[1] <= t->len && ov[1] >= s ? ov[1] : s;
    if (e - s > CAT_EVIDENCE_MAX) {
        e = s + CAT_EVIDENCE_MAX;
        while (e > s && ((unsigned char)t->text[e] & 0xC0) == 0x80)
            e--;
    }
    size_t n;
    char *masked = redact_pii(t->text + s, e - s, &n);
    return masked ? masked : xstrndup(t->text + s, e - s);
}

void kpi_cat_match(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out)
{
    const kpi_categories *cs = r->cats;
    if (!cs || !cs->n || !turns->n)
        return;
    if (!s->cat_md)
        s->cat_md = pcre2_match_data_create(1, NULL);
    pcre2_match_data *md = s->cat_md;
    uint64_t hit = 0, all = cs->n == 64 ? ~UINT64_C(0) : (UINT64_C(1) << cs->n) - 1;
    char *ev[KPI_MAX_CATEGORIES];
    int evturn[KPI_MAX_CATEGORIES];
    int seen[3] = {0, 0, 0}, seen_all = 0; /* turns so far, per speaker and in all */
    for (size_t ti = 0; ti < turns->n && hit != all; ti++) {
        const turn_t *t = &turns->v[ti];
        int spk = t->speaker <= SPK_CUSTOMER ? (int)t->speaker : 0;
        int nth_spk = ++seen[spk], nth = ++seen_all;
        if (!t->text)
            continue;
        uint64_t want = turn_cats(r, &s->texts[ti]) & all & ~hit;
        for (size_t ci = 0; ci < cs->n && want >> ci; ci++) {
            const category *c = &cs->v[ci];
            if (!((want >> ci) & 1) || !((c->speakers >> spk) & 1))
                continue;
            if (c->first_turns && (c->speakers == ~0u ? nth : nth_spk) > c->first_turns)
                continue;
            if (c->first_ms >= 0 && t->start_ms >= 0 && t->start_ms >= c->first_ms)
                continue;
            size_t k = 0;
            while (k < c->nmatch && !matches(c->match[k].re, t, md))
                k++;
            if (k == c->nmatch)
                continue;
            char *text = evidence(t, md);
            bool negated = false;
            for (size_t j = 0; j < c->nnot && !negated; j++)
                negated = matches(c->nots[j].re, t, md);
            if (negated) {
                free(text);
                continue;
            }
            hit |= UINT64_C(1) << ci;
            ev[ci] = text;
            evturn[ci] = (int)ti;
        }
    }
    if (!hit)
        return;
    size_t n = 0;
    for (size_t ci = 0; ci < cs->n; ci++)
        n += (hit >> ci) & 1;
    out->categories = xcalloc(n, sizeof *out->categories);
    for (size_t ci = 0; ci < cs->n; ci++)
        if ((hit >> ci) & 1)
            out->categories[out->n_categories++] =
                (kpi_category_hit){xstrdup(cs->v[ci].name), ev[ci], evturn[ci]};
}
