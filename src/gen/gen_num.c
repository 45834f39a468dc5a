/* gen_num.c - spelling numbers and prices for the synthetic transcripts. */
#include "gen_num.h"

#include <inttypes.h>
#include <stdio.h>

static const char *const ones[20] = {
    "zero",    "one",     "two",       "three",    "four",
    "five",    "six",     "seven",     "eight",    "nine",
    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
};
static const char *const tens[10] = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};

/* 1..999 */
static void words_small(strbuf *b, unsigned n, int hyphen)
{
    if (n >= 100) {
        sb_puts(b, ones[n / 100]);
        sb_puts(b, " hundred");
        n %= 100;
        if (!n)
            return;
        sb_putc(b, ' ');
    }
    if (n < 20) {
        sb_puts(b, ones[n]);
        return;
    }
    sb_puts(b, tens[n / 10]);
    if (n % 10) {
        sb_putc(b, hyphen ? '-' : ' ');
        sb_puts(b, ones[n % 10]);
    }
}

void gnum_words(strbuf *b, uint64_t n, int hyphen)
{
    if (n == 0) {
        sb_puts(b, "zero");
        return;
    }
    static const struct {
        uint64_t unit;
        const char *name;
    } scale[] = {{1000000, " million"}, {1000, " thousand"}};
    int first = 1;
    for (size_t i = 0; i < sizeof scale / sizeof scale[0]; i++) {
        if (n >= scale[i].unit) {
            words_small(b, (unsigned)((n / scale[i].unit) % 1000), hyphen);
            sb_puts(b, scale[i].name);
            n %= scale[i].unit;
            first = 0;
            if (n)
                sb_putc(b, ' ');
        }
    }
    if (n || first)
        words_small(b, (unsigned)n, hyphen);
}

/* "twelve hundred" style for 1100..9900 in whole hundreds not divisible by 1000. */
static int words_hundreds(strbuf *b, uint64_t dollars, int hyphen)
{
    if (dollars < 1100 || dollars > 9900 || dollars % 100 || dollars % 1000 == 0)
        return 0;
    words_small(b, (unsigned)(dollars / 100), hyphen);
    sb_puts(b, " hundred");
    return 1;
}

static void digits_grouped(strbuf *b, uint64_t dollars)
{
    char tmp[32];
    int len = snprintf(tmp, sizeof tmp, "%" PRIu64, dollars);
    for (int i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0)
            sb_putc(b, ',');
        sb_putc(b, tmp[i]);
    }
}

/* Appends the period; spoken prices never get the written "/month" form. */
static void period_suffix(strbuf *b, gnum_period per, grng *r, int spoken)
{
    static const char *const month[] = {" a month", " a month", " per month", " monthly", "/month"};
    static const char *const year[] = {" a year", " a year", " per year", " annually", "/year"};
    size_t n = spoken ? 4 : 5;
    if (per == GNUM_MONTH)
        sb_puts(b, month[grng_below(r, (uint32_t)n)]);
    else if (per == GNUM_YEAR)
        sb_puts(b, year[grng_below(r, (uint32_t)n)]);
}

/* Spoken forms: "fifty dollars", "twenty-five bucks", "forty-nine ninety-nine",
 * "forty-nine dollars and ninety-nine cents", "twelve hundred dollars". */
static void price_spoken(strbuf *b, uint64_t dollars, unsigned cents, grng *r, int hyphen)
{
    if (cents == 0) {
        if (!(grng_chance(r, 0.5) && words_hundreds(b, dollars, hyphen)))
            gnum_words(b, dollars, hyphen);
        sb_puts(b, dollars < 200 && grng_chance(r, 0.3) ? " bucks" : " dollars");
        return;
    }
    if (cents >= 10 && dollars > 0 && dollars < 1000 && grng_chance(r, 0.6)) {
        gnum_words(b, dollars, hyphen);
        sb_putc(b, ' ');
        gnum_words(b, cents, hyphen);
        return;
    }
    gnum_words(b, dollars, hyphen);
    sb_puts(b, dollars == 1 ? " dollar and " : " dollars and ");
    gnum_words(b, cents, hyphen);
    sb_puts(b, cents == 1 ? " cent" : " cents");
}

void gnum_price(strbuf *b, int64_t cents, gnum_period per, grng *r, int asr)
{
    if (cents < 0)
        cents = 0;
    uint64_t dollars = (uint64_t)cents / 100;
    unsigned c = (unsigned)((uint64_t)cents % 100);
    int spoken = 1;
    if (asr) {
        price_spoken(b, dollars, c, r, 0);
    } else {
        uint32_t form = grng_below(r, 10);
        if (form < 6) { /* "$1,200", "$49.99" */
            sb_putc(b, '$');
            digits_grouped(b, dollars);
            if (c)
                sb_printf(b, ".%02u", c);
            spoken = 0;
        } else if (form < 8 && c == 0) { /* "50 dollars", "25 bucks" */
            digits_grouped(b, dollars);
            sb_puts(b, dollars < 200 && form == 7 ? " bucks" : " dollars");
        } else if (form < 8) {
            sb_putc(b, '$');
            digits_grouped(b, dollars);
            sb_printf(b, ".%02u", c);
            spoken = 0;
        } else {
            price_spoken(b, dollars, c, r, 1);
        }
    }
    period_suffix(b, per, r, spoken);
}

void gnum_int(strbuf *b, uint64_t n, int asr)
{
    if (asr)
        gnum_words(b, n, 0);
    else
        sb_printf(b, "%" PRIu64, n);
}

void gnum_decimal(strbuf *b, int64_t cents)
{
    const char *sign = cents < 0 ? "-" : "";
    uint64_t v = cents < 0 ? (uint64_t)(-cents) : (uint64_t)cents;
    sb_printf(b, "%s%" PRIu64 ".%02u", sign, v / 100, (unsigned)(v % 100));
}
