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

typedef struct {
    turn_t *v;
    size_t n, cap;
} turns_t;

#define TURNS_INIT {NULL, 0, 0}

/* Splits a transcript in the seed format: "Agent:"/"Customer:" labels, one turn
 * per line or all inline, labels case-insensitive with the synonyms of
 * converza-kpi(7) (Caller/Client = customer, Rep/Representative = agent). Text
 * before the first label becomes a SPK_UNKNOWN turn. Appends to *out
 * (free with turns_free). Returns 0; -1 only for a transcript with no text. */
int turns_split(const char *transcript, turns_t *out, cz_err *err);

/* Appends one turn with a copy of text (cleaned). */
void turns_push(turns_t *t, speaker_t who, const char *text, size_t len,
                int64_t start_ms, int64_t end_ms);

void turns_free(turns_t *t);

const char *speaker_name(speaker_t s); /* "agent", "customer", "unknown" */

/* Normalises text for storage: valid UTF-8 (invalid bytes become U+FFFD),
 * control characters dropped, runs of white space folded to one space,
 * trimmed. Returns a new string the caller frees. */
char *clean_text(const char *s, size_t len);

#endif
