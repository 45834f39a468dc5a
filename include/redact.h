/* redact.h - masking personal data in transcript text before it leaves
 * bronze: payment card numbers (13-19 digits, spaced or dashed, Luhn-valid),
 * US social security numbers, e-mail addresses and phone numbers. Pure. */
#ifndef CZ_REDACT_H
#define CZ_REDACT_H

#include <stddef.h>

/* Returns a new string (caller frees) with each item replaced by a tag such as
 * "[CARD]", "[SSN]", "[EMAIL]", "[PHONE]", and its length in *out_len; or NULL
 * when there was nothing to mask (the text is unchanged). */
char *redact_pii(const char *text, size_t len, size_t *out_len);

#endif
