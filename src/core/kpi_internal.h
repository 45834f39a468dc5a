/* kpi_internal.h - what the kpi_*.c files share and nobody else sees: the
 * compiled rules, the per-thread scratch, the normalised view of a turn and
 * the state of the walk over a call's turns. */
#ifndef CZ_KPI_INTERNAL_H
#define CZ_KPI_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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
    KS_NEGATOR,         /* words that negate what follows */
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
    KS_SARCASM,         /* sarcastic phrases, always negative */
    KS_SARCASM_CONTEXT, /* complaint markers that make nearby praise sarcastic */
    KS_BOTH,            /* "both", "all of them": every offered item */
    KS_COUNT
} kpi_section;

/* One word or phrase of the sentiment lexicon, in an open-addressing table. */
typedef struct {
    char *key; /* NULL for an empty slot */
    uint32_t hash;
    float score;
    uint8_t nwords;
} kpi_lex_entry;

typedef struct {
    kpi_lex_entry *slots;
    size_t cap, n;
    int max_words; /* longest phrase, in words */
} kpi_lex;

struct kpi_rules {
    char *path;
    char *version;
    pcre2_code *re[KS_COUNT];
    bool jit[KS_COUNT]; /* JIT-compiled: matched through the fast path */
    kpi_lex lexicon;     /* word or phrase -> score, -5 .. 5 */
    kpi_lex intensifier; /* word -> factor */
    kpi_lex filler;      /* words dropped before matching: um, uh */
    kpi_lex stopword;    /* words that never identify an offered item */
    kpi_lex sarcasm_prone; /* praise words that turn negative in a complaint */
    kpi_lex phrase_first;  /* first words of the lexicon's multi-word entries */
    /* tunables from the rules file's settings */
    double threshold;     /* |score| at or above which the label is not neutral */
    double end_weight;    /* weight of the last customer turn relative to the first */
    double negated_pos;   /* factor applied to a negated positive word */
    double negated_neg;   /* factor applied to a negated negative word */
    double but_before;    /* weight of words before "but" in a sentence */
    double but_after;     /* weight of words after "but" */
    double scale;         /* raw -> -1..1 squashing scale */
};

typedef struct {
    size_t start, end; /* byte offsets into kpi_text.low */
} kpi_span;

/* A turn lower-cased and cleaned once, with a map back to the original so
 * that evidence can quote the speaker's own words. */
typedef struct {
    const char *orig;
    size_t orig_len;
    char *low;      /* lower-case ASCII, curly quotes straightened, fillers dropped */
    uint32_t *map;  /* map[i] = offset in orig of low[i]; map[len] = orig_len */
    size_t len;
    kpi_span *sent; /* sentences */
    size_t nsent;
    bool has_qmark_sent; /* any sentence ends in '?' */
    size_t cap, sent_cap;
} kpi_text;

/* The largest amount read as a price: $10,000,000. Anything bigger is a
 * phone number, an account number or noise, and bounding every amount keeps
 * all money arithmetic far from int64_t overflow. */
#define KPI_PRICE_MAX_CENTS 1000000000LL

/* a + b for amounts in cents, saturating instead of overflowing. */
static inline int64_t kpi_cents_add(int64_t a, int64_t b)
{
    return a > INT64_MAX - b ? INT64_MAX : a + b;
}

/* A price found in text. */
typedef struct {
    size_t start, end; /* in kpi_text.low */
    int64_t cents;
    size_t sent;       /* sentence index */
    bool old;          /* "normally $30": superseded by a later price */
    bool excluded;     /* fee, discount, refund, credit, limit, total */
} kpi_amount;

struct dlg_scratch; /* kpi_dialog.c */

/* Per-thread working memory, reused call after call. */
struct kpi_scratch {
    struct dlg_scratch *dlg;
    pcre2_match_data *md;
    kpi_text *texts; /* one per turn */
    size_t ntexts_cap;
    kpi_amount *amounts;
    size_t namounts, amounts_cap;
};

/* --- kpi_text.c --- */
/* Normalises turn text into t (reusing its buffers). */
void kpi_text_prepare(const kpi_rules *r, kpi_text *t, const char *s, size_t len);
void kpi_text_free(kpi_text *t);
/* Index of the sentence containing offset off. */
size_t kpi_text_sentence_at(const kpi_text *t, size_t off);
/* Start of the clause that contains off: the sentence start, or just after
 * the last comma, semicolon, dash or "but"/"so" before off in that sentence. */
size_t kpi_text_clause_start(const kpi_text *t, size_t off);
/* End of the clause that contains off. */
size_t kpi_text_clause_end(const kpi_text *t, size_t off);
/* Whether the sentence ends with a question mark in the original. */
bool kpi_text_sentence_is_question(const kpi_text *t, size_t sent);
/* Copies the original words of low[start, end) into a new string. */
char *kpi_text_quote(const kpi_text *t, size_t start, size_t end);
/* Offset of the n-th word (n >= 1) before off, not crossing floor; returns
 * floor when there are fewer words. */
size_t kpi_text_words_back(const kpi_text *t, size_t off, size_t floor, int n);
/* Offset just past the n-th word after off, not crossing ceil. */
size_t kpi_text_words_fwd(const kpi_text *t, size_t off, size_t ceil, int n);

/* --- kpi_match.c --- */
/* Finds the first match of section sec in low[from, to). Returns true and
 * sets *ms and *me, or false. Boundaries are words: a match never starts or ends
 * inside a word. */
bool kpi_find(const kpi_rules *r, kpi_scratch *s, kpi_section sec, const kpi_text *t,
              size_t from, size_t to, size_t *ms, size_t *me);
/* Whether section sec matches anywhere in low[from, to). */
bool kpi_has(const kpi_rules *r, kpi_scratch *s, kpi_section sec, const kpi_text *t,
             size_t from, size_t to);
/* Last match of sec that starts in [from, to). */
bool kpi_find_last(const kpi_rules *r, kpi_scratch *s, kpi_section sec, const kpi_text *t,
                   size_t from, size_t to, size_t *ms, size_t *me);

/* --- kpi_amount.c --- */
/* Parses a money amount starting at low[i] ("$49.99", "$1,200", "$4.8k",
 * "50 dollars", "fifty bucks", "forty nine ninety nine a year"). Returns the
 * end offset and sets *cents, or returns 0 when no amount starts there. */
size_t kpi_amount_parse(const char *low, size_t len, size_t i, int64_t *cents);
/* Finds every amount in t, classifying each with the price_old and
 * price_excluded sections. Results replace s->amounts. */
void kpi_amounts_find(const kpi_rules *r, kpi_scratch *s, const kpi_text *t);

/* --- kpi_lexicon.c --- */
void kpi_lex_init(kpi_lex *l);
void kpi_lex_free(kpi_lex *l);
/* Adds or replaces key (n bytes) -> score. */
void kpi_lex_put(kpi_lex *l, const char *key, size_t n, float score);
/* Looks key (n bytes) up; returns true and sets *score when present. */
bool kpi_lex_get(const kpi_lex *l, const char *key, size_t n, float *score);

/* --- kpi_sentiment.c --- */
void kpi_sentiment(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out);

/* --- kpi_dialog.c: conversion and upsell over the dialogue --- */
void kpi_dialog(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out);
void kpi_dialog_scratch_free(struct dlg_scratch *d);

/* --- kpi_evidence.c --- */
void kpi_evidence_add(kpi_evidence **v, size_t *n, char *text, int64_t cents, int turn);

#endif
