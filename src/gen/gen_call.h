/* gen_call.h - one synthetic call under construction: its turns, the named
 * slots its phrase templates are filled from, its style and its ground-truth
 * labels. A gc_call is reused from call to call to avoid allocation. */
#ifndef CZ_GEN_CALL_H
#define CZ_GEN_CALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gen_num.h"
#include "gen_rng.h"
#include "util.h"

typedef enum { GC_AGENT, GC_CUSTOMER } gc_who;

/* Template slots, written {name} in phrases; {Name} capitalises the value. */
typedef enum {
    GS_CO,     /* company */
    GS_AG,     /* agent's first name */
    GS_CU,     /* customer's first name */
    GS_CUL,    /* customer's last name */
    GS_PROD,   /* main product (bare: used after "the") */
    GS_PP,     /* main product price */
    GS_AD,     /* add-on being offered */
    GS_AP,     /* add-on price */
    GS_AP0,    /* add-on price before a revision */
    GS_SVC,    /* bookable service (with article) */
    GS_SP,     /* service price */
    GS_DAY,    /* "Thursday", "tomorrow" */
    GS_TIME,   /* "9:30", "two in the afternoon" */
    GS_ISS,    /* support problem, customer's clause */
    GS_CAUSE,  /* what the agent found */
    GS_FIX,    /* what the agent did */
    GS_NOFIX,  /* why it cannot be fixed today */
    GS_SUB,    /* what a cancellation is about: "my plan" */
    GS_WHY,    /* reason for cancelling */
    GS_DOWN,   /* cheaper tier */
    GS_DP,     /* its price */
    GS_ACCT,   /* "account number" */
    GS_ACNUM,  /* its value */
    GS_EMAIL,  /* customer's e-mail as spoken */
    GS_FEE,    /* a fee (never an upsell) */
    GS_CREDIT, /* a credit or refund amount */
    GS_CP,     /* price the customer conditionally asks for */
    GS_PCT,    /* discount percentage as said */
    GS_MONTHS, /* a number of months as said */
    GS_COUNT
} gc_slot;

typedef struct {
    gc_who who;
    size_t off, len;  /* into text */
} gc_turn;

typedef enum { GC_NEG = -1, GC_NEU = 0, GC_POS = 1 } gc_mood;

typedef struct {
    /* content */
    strbuf text;
    gc_turn *turns;
    size_t nturns, cap;
    strbuf slotbuf;
    size_t slot_off[GS_COUNT], slot_len[GS_COUNT];
    grng *rng;           /* the call's random stream (not owned) */
    /* style */
    bool asr;            /* speech-recognition look: lower case, no punctuation, fillers */
    bool inline_turns;   /* all turns on one line instead of one per line */
    int labels;          /* which speaker labels (see gen_style.c) */
    /* ground truth */
    bool conversion;
    int64_t upsell_cents;
    gc_mood sentiment;
    strbuf note;
} gc_call;

/* Zero-initialise before first use; gc_free releases the buffers. */
void gc_init(gc_call *c);
void gc_free(gc_call *c);

/* Empties c for the next call, keeping its buffers. */
void gc_reset(gc_call *c, grng *rng);

/* Sets a slot to a literal value, a price (rendered in a random written or,
 * for ASR calls, spoken form), or an integer (digits, or words for ASR). */
void gc_set(gc_call *c, gc_slot s, const char *value);
void gc_set_price(gc_call *c, gc_slot s, int64_t cents, gnum_period per);
void gc_set_int(gc_call *c, gc_slot s, uint64_t n);

/* Starts a new turn by who with template tmpl expanded; if who spoke the last
 * turn, the text is added to that turn instead. */
void gc_say(gc_call *c, gc_who who, const char *tmpl);

/* Appends " " + tmpl expanded to the current turn (starts one for the agent if
 * there is none). */
void gc_add(gc_call *c, const char *tmpl);

/* Who spoke the last turn; GC_CUSTOMER when there is none. */
gc_who gc_last(const gc_call *c);

/* Appends to the label note, separated by "; ". */
void gc_note(gc_call *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Picks one of n phrases. */
const char *gc_pick(gc_call *c, const char *const *v, size_t n);
#define GC_PICK(c, arr) gc_pick((c), (arr), sizeof(arr) / sizeof((arr)[0]))

#endif
