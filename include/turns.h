/* turns.h - a transcript split into agent and customer turns. Pure: no I/O. */
#ifndef CZ_TURNS_H
#define CZ_TURNS_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

typedef enum { SPK_UNKNOWN = 0, SPK_AGENT = 1, SPK_CUSTOMER = 2 } speaker_t;

typedef struct {
    speaker_t speaker;
    char *text;       /* cleaned turn text without its label; NUL-terminated, owned by the list */
    size_t len;
    int64_t start_ms; /* -1 when the source has no times */
    int64_t end_ms;   /* -1 when the source has no times */
} turn_t;

/* The texts are owned by the list: each its own allocation, or a slice of
 * pool, the one block turns_split writes the texts of a split into (a
 * malloc and a free per call, not per turn). turns_free frees both kinds;
 * replace a text with turns_set_text, never with free. */
typedef struct {
    turn_t *v;
    size_t n, cap;
    char *pool;      /* NULL when no text is in one */
    size_t pool_len; /* its size in bytes */
} turns_t;

#define TURNS_INIT {NULL, 0, 0, NULL, 0}

/* Splits a transcript in the seed format: "Agent:"/"Customer:" labels, one turn
 * per line or all inline, labels case-insensitive with the synonyms of
 * converza-kpi(7) (Caller/Client = customer, Rep/Representative = agent). Text
 * before the first label becomes a SPK_UNKNOWN turn. Appends to *out
 * (free with turns_free). Returns 0; -1 only for a transcript with no text. */
int turns_split(const char *transcript, turns_t *out, cz_err *err);

/* Appends one turn with a copy of text (cleaned). */
void turns_push(turns_t *t, speaker_t who, const char *text, size_t len,
                int64_t start_ms, int64_t end_ms);

/* Replaces the text of turn i with text (len bytes, taken over: the list
 * frees it), freeing the old one unless it lies in the pool. */
void turns_set_text(turns_t *t, size_t i, char *text, size_t len);

void turns_free(turns_t *t);

const char *speaker_name(speaker_t s); /* "agent", "customer", "unknown" */

/* Normalises text for storage: valid UTF-8 (invalid bytes become U+FFFD),
 * control characters dropped, runs of white space folded to one space,
 * trimmed. Returns a new string the caller frees. */
char *clean_text(const char *s, size_t len);

#endif
