/* gen_num.h - numbers and prices as people say and write them: "$1,200",
 * "$49.99 a month", "fifty dollars", "25 bucks", "forty-nine ninety-nine". */
#ifndef CZ_GEN_NUM_H
#define CZ_GEN_NUM_H

#include <stdint.h>

#include "gen_rng.h"
#include "util.h"

typedef enum {
    GNUM_ONCE,  /* a one-off price */
    GNUM_MONTH, /* "... a month" */
    GNUM_YEAR   /* "... a year" */
} gnum_period;

/* Appends n (< one billion) in English words to b: "one thousand two hundred
 * five". With hyphen set, tens and units are joined by '-' ("forty-nine"). */
void gnum_words(strbuf *b, uint64_t n, int hyphen);

/* Appends a price of cents in a form chosen with r. asr restricts the choice
 * to spoken forms with no digits, symbols or hyphens (speech-recognition
 * transcripts). The period, if any, is appended ("a month", "per year"). */
void gnum_price(strbuf *b, int64_t cents, gnum_period per, grng *r, int asr);

/* Appends a small count or clock number as digits, or in words when asr. */
void gnum_int(strbuf *b, uint64_t n, int asr);

/* Appends cents as a plain decimal with two places ("1200.00"). */
void gnum_decimal(strbuf *b, int64_t cents);

#endif
