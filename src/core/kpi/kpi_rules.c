/* kpi_rules.c - loads a rules file (converza-rules(5)): settings, spelling
 * variants, word lists, pattern sections compiled into one phrase trie, and
 * the sentiment lexicon. The file is read whole first and its sections are
 * then applied in a fixed order (spellings before anything that uses the
 * words), so sections may appear in any order. Everything a call needs is
 * built here so that extraction itself never parses anything. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kpi_category.h"
#include "kpi_internal.h"
#include "textfile.h"
#include "util.h"

static const char *const section_names[KS_COUNT] = {
    [KS_COMMIT] = "commit",
    [KS_COMMIT_REQUEST] = "commit_request",
    [KS_REQUEST] = "request",
    [KS_AFFIRM] = "affirm",
    [KS_AFFIRM_WEAK] = "affirm_weak",
    [KS_DECLINE] = "decline",
    [KS_DEFER] = "defer",
    [KS_INFO_REQUEST] = "info_request",
    [KS_RETRACT] = "retract",
    [KS_ADDON_ACCEPT] = "addon_accept",
    [KS_CONDITIONAL] = "conditional",
    [KS_CONDITIONAL_OK] = "conditional_ok",
    [KS_HYPOTHETICAL] = "hypothetical",
    [KS_HEDGE] = "hedge",
    [KS_QUESTION_START] = "question_start",
    [KS_NONPURCHASE] = "nonpurchase",
    [KS_CLOSING] = "closing",
    [KS_CLOSING_REF] = "closing_ref",
    [KS_OFFER_CUE] = "offer_cue",
    [KS_OFFER_QUESTION] = "offer_question",
    [KS_UPGRADE_CUE] = "upgrade_cue",
    [KS_CONFIRM] = "confirm",
    [KS_PRICE_OLD] = "price_old",
    [KS_PRICE_EXCL_BEFORE] = "price_excluded_before",
    [KS_PRICE_EXCL_AFTER] = "price_excluded_after",
    [KS_REVISION] = "revision",
    [KS_RETENTION] = "retention",
    [KS_SARCASM] = "sarcasm",
    [KS_SARCASM_CONTEXT] = "sarcasm_context",
    [KS_BOTH] = "both",
    [KS_PRICE_QUESTION] = "price_question",
    [KS_UNIT_PRICE] = "unit_price",
    [KS_BUNDLE] = "bundle",
    [KS_PRICE_LARGE] = "price_large",
    [KS_PRICE_SMALL] = "price_small",
    [KS_ASIDE] = "aside",
    [KS_EXPECTATION] = "expectation",
    [KS_READBACK] = "readback",
    [KS_FAILURE] = "failure",
    [KS_CONFIRM_YES] = "confirm_yes",
    [KS_SLOT] = "slot",
    [KS_IDENTITY] = "identity",
    [KS_MORE_QUESTION] = "more_question",
    [KS_SEEK] = "seek",
    [KS_ORDER_PROMPT] = "order_prompt",
    [KS_GO_AHEAD] = "go_ahead",
    [KS_ELSEWHERE] = "elsewhere",
    [KS_LITOTES] = "litotes",
    [KS_UNDONE] = "undone",
    [KS_FREE_SERVICE] = "free_service",
    [KS_OWNED] = "owned",
    [KS_OWNED_CHANGE] = "owned_change",
    [KS_CORRECTION] = "correction",
    [KS_APOLOGY] = "apology",
    [KS_GOODWILL] = "goodwill",
    [KS_ABOUT_US] = "about_us",
    [KS_WINDFALL] = "windfall",
    [KS_SURPRISE] = "surprise",
    [KS_EMPATHY] = "empathy",
    [KS_DELAY_REGRET] = "delay_regret",
    [KS_SAVE_MEASURE] = "save_measure",
};

/* Word-list and table sections, numbered after the pattern sections, in the
 * order they are applied. */
enum {
    SEC_SPELLING = KS_COUNT + 1,
    SEC_NEGATOR,
    SEC_FILLER,
    SEC_STOPWORD,
    SEC_CLAUSE,
    SEC_CONTRAST,
    SEC_ADDON,
    SEC_INTENSIFIER,
    SEC_SARCASM_PRONE,
    SEC_NOT_PRICE_BEFORE,
    SEC_NOT_PRICE_AFTER,
    SEC_LEXICON,
    SEC_END,
    SEC_NONE = -1
};

static const struct {
    const char *name;
    int sec;
    uint32_t flag;
} lists[] = {
    {"spelling", SEC_SPELLING, 0},        {"negator", SEC_NEGATOR, VF_NEGATOR},
    {"filler", SEC_FILLER, VF_FILLER},    {"stopword", SEC_STOPWORD, VF_STOPWORD},
    {"clause_word", SEC_CLAUSE, VF_CLAUSE}, {"contrast", SEC_CONTRAST, VF_CONTRAST},
    {"addon_word", SEC_ADDON, VF_ADDON},
    {"intensifier", SEC_INTENSIFIER, VF_INTENS},
    {"sarcasm_prone", SEC_SARCASM_PRONE, VF_SARCASM}, {"lexicon", SEC_LEXICON, VF_LEX},
    {"not_price_before", SEC_NOT_PRICE_BEFORE, VF_NOT_PRICE_BEFORE},
    {"not_price_after", SEC_NOT_PRICE_AFTER, VF_NOT_PRICE_AFTER},
};

/* Words of the number grammar in kpi_amount.c; flagged so that a turn
 * without any of them (or a digit or '$') skips the price scan. */
static const char *const number_words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "thousand", "million",
};

static int section_lookup(const char *name, size_t n)
{
    for (int i = 0; i < KS_COUNT; i++)
        if (strlen(section_names[i]) == n && memcmp(section_names[i], name, n) == 0)
            return i;
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (strlen(lists[i].name) == n && memcmp(lists[i].name, name, n) == 0)
            return lists[i].sec;
    return SEC_NONE;
}

static uint32_t list_flag(int sec)
{
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (lists[i].sec == sec)
            return lists[i].flag;
    return 0;
}

typedef struct {
    const char *name;
    size_t off;
    double lo, hi;
} setting_def;

#define SETTING(field, lo, hi) {#field, offsetof(kpi_rules, field), lo, hi}
static const setting_def settings[] = {
    SETTING(threshold, 0.0, 1.0),     SETTING(end_weight, 1.0, 100.0),
    SETTING(negated_pos, 0.0, 2.0),   SETTING(negated_neg, 0.0, 2.0),
    SETTING(but_before, 0.0, 2.0),    SETTING(but_after, 0.0, 5.0),
    SETTING(scale, 0.01, 100.0),      SETTING(aside, 0.0, 1.0),
    SETTING(end_pull, 0.0, 1.0),      SETTING(unthanked, 0.0, 10.0),
};

/* One entry line of a section, kept until its section's turn comes. */
typedef struct {
    int sec, lineno;
    char *text;
} entry;

typedef struct {
    entry *v;
    size_t n, cap;
} entries;

static void entries_push(entries *e, int sec, int lineno, const char *text)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 512;
        e->v = xrealloc(e->v, e->cap * sizeof *e->v);
    }
    e->v[e->n++] = (entry){sec, lineno, xstrdup(text)};
}

static void entries_free(entries *e)
{
    for (size_t i = 0; i < e->n; i++)
        free(e->v[i].text);
    free(e->v);
}

/* Parses "key<TAB or spaces>number"; the key may contain spaces, so the
 * number is the last field. */
static int split_scored(char *s, char **key, double *val)
{
    char *sep = strrchr(s, '\t');
    char *sp = strrchr(s, ' ');
    if (!sep || (sp && sp > sep))
        sep = sp;
    if (!sep)
        return -1;
    *sep = '\0';
    char *num = tf_trim(sep + 1), *end;
    errno = 0;
    *val = strtod(num, &end);
    if (end == num || *end != '\0' || errno)
        return -1;
    *key = tf_trim(s);
    if (!**key)
        return -1;
    for (char *p = *key; *p; p++)
        if (*p == '\t')
            *p = ' ';
    return 0;
}

static void lower_inplace(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s + 32);
}

/* Is s one plain word (no spaces, hyphens or pattern syntax)? */
static bool single_word(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '\''))
            return false;
    return true;
}

/* The vocabulary id of a single word with spelling variants resolved. */
static int32_t word_id(kpi_rules *r, const char *w)
{
    int32_t id = kpi_vocab_add(&r->vocab, w, strlen(w));
    return r->vocab.w[id].alias >= 0 ? r->vocab.w[id].alias : id;
}

/* Adds a sentiment entry: a single word scores through the vocabulary, a
 * phrase through the trie. The first score given for an entry stands.
 * Returns -1 with msg set when the phrase does not compile. */
static int add_lexicon(kpi_rules *r, const char *key, double v, char *msg, size_t msglen)
{
    if (single_word(key)) {
        int32_t id = word_id(r, key); /* may grow the table: look it up after */
        kpi_word *w = &r->vocab.w[id];
        if (!(w->flags & VF_LEX)) {
            w->flags |= VF_LEX;
            w->lex = (float)v;
        }
        return 0;
    }
    return kpi_pattern_add(r, KS_LEXICON, key, (float)v, msg, msglen);
}

/* Applies one section entry. Returns -1 with msg set on error. */
static int apply(kpi_rules *r, const entry *e, char *msg, size_t msglen)
{
    char *s = e->text;
    if (e->sec < KS_COUNT)
        return kpi_pattern_add(r, e->sec, s, 0, msg, msglen);
    if (e->sec == SEC_SPELLING) {
        char *sp = strpbrk(s, " \t");
        char *canon = sp ? tf_trim(sp + 1) : NULL;
        if (sp)
            *sp = '\0';
        if (!canon || !single_word(s) || !single_word(canon) || strcmp(s, canon) == 0) {
            snprintf(msg, msglen, "expected 'variant canonical', two different words");
            return -1;
        }
        int32_t to = word_id(r, canon);
        int32_t from = kpi_vocab_add(&r->vocab, s, strlen(s));
        r->vocab.w[from].alias = to;
        return 0;
    }
    if (e->sec == SEC_LEXICON || e->sec == SEC_INTENSIFIER) {
        char *key;
        double v;
        if (split_scored(s, &key, &v) < 0) {
            snprintf(msg, msglen, "expected word<TAB>number in [%s]",
                     e->sec == SEC_LEXICON ? "lexicon" : "intensifier");
            return -1;
        }
        if (e->sec == SEC_LEXICON)
            return add_lexicon(r, key, v, msg, msglen);
        if (!single_word(key)) {
            snprintf(msg, msglen, "[intensifier] takes single words");
            return -1;
        }
        int32_t id = word_id(r, key);
        kpi_word *w = &r->vocab.w[id];
        w->flags |= VF_INTENS;
        w->intens = (float)v;
        return 0;
    }
    if (e->sec == SEC_SARCASM_PRONE && !single_word(s)) {
        kpi_vocab_add(&r->sarcasm_phrases, s, strlen(s));
        return 0;
    }
    if (!single_word(s)) {
        snprintf(msg, msglen, "this section takes single words");
        return -1;
    }
    int32_t id = word_id(r, s);
    r->vocab.w[id].flags |= list_flag(e->sec);
    return 0;
}

static int load_lexicon_tsv(kpi_rules *r, const char *rules_path, const char *file,
                            double weight, cz_err *err)
{
    char *path;
    if (file[0] == '/') {
        path = xstrdup(file);
    } else {
        const char *slash = strrchr(rules_path, '/');
        strbuf b = SB_INIT;
        if (slash)
            sb_append(&b, rules_path, (size_t)(slash - rules_path) + 1);
        sb_puts(&b, file);
        path = sb_steal(&b);
    }
    size_t len;
    cz_err why;
    char *text = tf_read(path, "lexicon", TF_MAX_RULES, &len, &why);
    if (!text) {
        cz_err_set(err, "%s: %s", rules_path, why.msg);
        free(path);
        return -1;
    }
    tf_lines it;
    tf_lines_init(&it, text, len);
    int lineno = 0, rc = 0;
    for (char *s; (s = tf_line(&it));) {
        lineno = it.lineno;
        if (!*s || *s == '#')
            continue;
        char *key;
        double v;
        if (split_scored(s, &key, &v) < 0) {
            cz_err_set(err, "%s:%d: expected word<TAB>score", path, lineno);
            rc = -1;
            break;
        }
        lower_inplace(key);
        /* The published list has a few entries no transcript word can spell
         * ("naïve"); they are skipped rather than refused. */
        char msg[160];
        bool plain = true;
        for (const char *p = key; *p; p++)
            plain &= (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '\'' ||
                     *p == ' ' || *p == '-';
        if (plain)
            (void)add_lexicon(r, key, v * weight, msg, sizeof msg);
    }
    free(text);
    free(path);
    return rc;
}

/* Reads settings and collects section entries. Returns 0 or -1 with err. */
static int read_file(kpi_rules *r, char *text, size_t len, const char *path, entries *ents,
                     char **lexicon_file, double *lexicon_weight, cz_err *err)
{
    int section = SEC_NONE, lineno = 0, rc = 0;
    bool in_section = false, in_category = false;
    tf_lines it;
    tf_lines_init(&it, text, len);
    for (char *s; rc == 0 && (s = tf_line(&it));) {
        lineno = it.lineno;
        if (!*s || *s == '#')
            continue;
        if (*s == '[') {
            char *close = strchr(s, ']');
            if (!close || close[1] != '\0') {
                cz_err_set(err, "%s:%d: malformed section header '%s'", path, lineno, s);
                rc = -1;
                break;
            }
            in_category = strncmp(s + 1, "category ", 9) == 0;
            if (in_category) {
                char *name = s + 10;
                while (*name == ' ')
                    name++;
                in_section = true;
                rc = kpi_cat_begin(r->cats, name, (size_t)(close - name), path, lineno, err);
                continue;
            }
            section = section_lookup(s + 1, (size_t)(close - s - 1));
            if (section == SEC_NONE) {
                cz_err_set(err, "%s:%d: unknown section '%s'", path, lineno, s);
                rc = -1;
            }
            in_section = true;
            continue;
        }
        if (in_category) {
            /* patterns keep their case: \S is not \s */
            rc = kpi_cat_line(r->cats, s, path, lineno, err);
            continue;
        }
        if (in_section) {
            lower_inplace(s);
            entries_push(ents, section, lineno, s);
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            cz_err_set(err, "%s:%d: expected 'key = value' or a [section] header", path, lineno);
            rc = -1;
            break;
        }
        *eq = '\0';
        char *key = tf_trim(s), *val = tf_trim(eq + 1);
        if (!*val) {
            cz_err_set(err, "%s:%d: setting '%s' has no value", path, lineno, key);
            rc = -1;
        } else if (strcmp(key, "version") == 0) {
            free(r->version);
            r->version = xstrdup(val);
        } else if (strcmp(key, "lexicon") == 0) {
            free(*lexicon_file);
            *lexicon_file = xstrdup(val);
        } else {
            char *end;
            errno = 0;
            double v = strtod(val, &end);
            if (end == val || *end || errno) {
                cz_err_set(err, "%s:%d: setting '%s' needs a number, not '%s'", path, lineno,
                           key, val);
                rc = -1;
                break;
            }
            if (strcmp(key, "lexicon_weight") == 0) {
                *lexicon_weight = v;
                continue;
            }
            const setting_def *d = NULL;
            for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++)
                if (strcmp(settings[i].name, key) == 0)
                    d = &settings[i];
            if (!d) {
                cz_err_set(err, "%s:%d: unknown setting '%s'", path, lineno, key);
                rc = -1;
            } else if (v < d->lo || v > d->hi) {
                cz_err_set(err, "%s:%d: setting '%s' must be between %g and %g", path, lineno,
                           key, d->lo, d->hi);
                rc = -1;
            } else {
                *(double *)((char *)r + d->off) = v;
            }
        }
    }
    if (rc == 0)
        rc = kpi_cat_finish(r->cats, path, err);
    return rc;
}

/* The order sections are applied in: spellings first, so every later word
 * resolves its variants; word flags before patterns; the lexicon last. */
static int apply_rank(int sec)
{
    if (sec < KS_COUNT)
        return SEC_LEXICON - 1; /* patterns: after the word lists, before the lexicon */
    return sec;
}

kpi_rules *kpi_rules_load(const char *path, cz_err *err)
{
    size_t len;
    char *text = tf_read(path, "rules file", TF_MAX_RULES, &len, err);
    if (!text)
        return NULL;
    kpi_rules *r = xcalloc(1, sizeof *r);
    r->path = xstrdup(path);
    r->threshold = 0.2;
    r->end_weight = 3.0;
    r->negated_pos = 0.75;
    r->negated_neg = 0.3;
    r->but_before = 0.5;
    r->but_after = 1.5;
    r->scale = 3.0;
    r->aside = 0.25;
    r->end_pull = 0.0;
    r->unthanked = 0.0;
    kpi_vocab_init(&r->vocab);
    kpi_vocab_init(&r->sarcasm_phrases);
    kpi_trie_init(&r->trie);
    /* The shipped rules and lexicon build about 1.2 hashed edges per byte
     * of the rules file (213,000 from 180 KB in 2026.12, their tails shared
     * as they are built; 3.2 a byte when every tail was expanded): sized
     * for 1.5 up front, the table is not rehashed on the way, nor are the
     * abandoned smaller tables faulted in, and it is half the size it was
     * (8 MB, not 16, of the load's peak). Capped at a million edges (24 MB
     * of table): a large file of comments must not reserve a table it never
     * fills; past the cap the table doubles as it fills, as before. */
    size_t edges = len / 2 * 3;
    kpi_trie_reserve(&r->trie, edges < (1u << 20) ? edges : (1u << 20));
    r->cats = kpi_cat_new();

    entries ents = {0};
    char *lexicon_file = NULL;
    double lexicon_weight = 1.0;
    int bad = read_file(r, text, len, path, &ents, &lexicon_file, &lexicon_weight, err) < 0;
    free(text);
    for (size_t k = 0; !bad && k < sizeof number_words / sizeof number_words[0]; k++) {
        int32_t id = word_id(r, number_words[k]);
        r->vocab.w[id].flags |= VF_NUMBER;
    }
    for (int rank = SEC_SPELLING; !bad && rank < SEC_END; rank++) {
        for (size_t i = 0; !bad && i < ents.n; i++) {
            if (apply_rank(ents.v[i].sec) != rank)
                continue;
            char msg[200];
            if (apply(r, &ents.v[i], msg, sizeof msg) < 0) {
                const char *name = ents.v[i].sec < KS_COUNT ? section_names[ents.v[i].sec] : NULL;
                for (size_t k = 0; !name && k < sizeof lists / sizeof lists[0]; k++)
                    if (lists[k].sec == ents.v[i].sec)
                        name = lists[k].name;
                cz_err_set(err, "%s:%d: in [%s]: %s", path, ents.v[i].lineno, name ? name : "?",
                           msg);
                bad = 1;
            }
        }
    }
    if (!bad && lexicon_file &&
        load_lexicon_tsv(r, path, lexicon_file, lexicon_weight, err) < 0)
        bad = 1;
    if (!bad && !r->version) {
        cz_err_set(err, "%s: missing 'version = ...' setting", path);
        bad = 1;
    }
    entries_free(&ents);
    free(lexicon_file);
    if (bad) {
        kpi_rules_free(r);
        return NULL;
    }
    /* the tails shared as the patterns were built still leave nodes that
     * answer alike (a tail under a prefix that had children is built
     * again; patterns that end alike): merged here */
    kpi_trie_compact(&r->trie);
    kpi_cat_index(r); /* may add words: before the walks' first steps */
    /* the first step of every walk comes straight from the word */
    for (size_t id = 0; id < r->vocab.n; id++)
        r->vocab.w[id].node = kpi_trie_next(&r->trie, 0, (int32_t)id);
    kpi_vocab_seal(&r->vocab); /* the words are final */
    for (int c = 0; c < 256; c++)
        r->word_byte[c] = (unsigned char)((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                                  c == '\''
                                              ? c
                                          : c >= 'A' && c <= 'Z' ? c + 32
                                                                 : 0);
    return r;
}

void kpi_rules_free(kpi_rules *r)
{
    if (!r)
        return;
    kpi_vocab_free(&r->vocab);
    kpi_vocab_free(&r->sarcasm_phrases);
    kpi_trie_free(&r->trie);
    kpi_cat_free(r->cats);
    free(r->path);
    free(r->version);
    free(r);
}

const char *kpi_rules_version(const kpi_rules *r)
{
    return r && r->version ? r->version : "";
}

size_t kpi_category_count(const kpi_rules *r)
{
    return r ? kpi_cat_count(r->cats) : 0;
}

const char *kpi_category_name(const kpi_rules *r, size_t i)
{
    return r ? kpi_cat_name(r->cats, i) : NULL;
}

/* True when path names a readable file. */
static int readable(const char *path)
{
    return access(path, R_OK) == 0;
}

char *kpi_rules_path(const char *configured)
{
    if (configured && *configured)
        return xstrdup(configured);
    const char *env = getenv("CONVERZA_RULES");
    if (env && *env)
        return xstrdup(env);
    /* A binary run from the build tree (build/ or build/san/) uses the rules
     * beside its sources, so a rules edit takes effect without installing. */
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            static const char *const rel[] = {"/../rules/converza.rules",
                                              "/../../rules/converza.rules"};
            for (size_t i = 0; i < 2; i++) {
                strbuf b = SB_INIT;
                sb_puts(&b, exe);
                sb_puts(&b, rel[i]);
                if (readable(b.s))
                    return sb_steal(&b);
                sb_free(&b);
            }
        }
    }
    return xstrdup(CZ_DATADIR "/converza.rules");
}
