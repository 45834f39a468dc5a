/* kpi_amount.c - money amounts in normalised turn text: "$50", "$49.99",
 * "$1,200", "$4.8k", "50 dollars", "fifty bucks", "twenty-five bucks",
 * "one thousand two hundred dollars", speech-recognition prices such as
 * "forty nine ninety nine a year", and which of them are not sale prices
 * (fees, discounts, refunds, limits, superseded list prices). */
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

static bool is_alpha(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Length of the word at low[i] (letters only; a hyphen ends it). */
static size_t word_len(const char *low, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && is_alpha(low[e]))
        e++;
    return e - i;
}

static bool word_is(const char *low, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    return word_len(low, len, i) == n && memcmp(low + i, w, n) == 0;
}

/* Skips one separator between number words: a space or a hyphen. */
static size_t skip_sep(const char *low, size_t len, size_t i)
{
    if (i < len && (low[i] == ' ' || low[i] == '-'))
        return i + 1;
    return i;
}

typedef enum { NW_NONE, NW_UNIT, NW_TEEN, NW_TEN, NW_HUNDRED, NW_THOUSAND, NW_MILLION } nw_kind;

static nw_kind number_word(const char *low, size_t len, size_t i, int *val, size_t *wl)
{
    static const struct {
        const char *w;
        unsigned char n;
        unsigned char kind;
        short v;
    } words[] = {
        {"one", 3, NW_UNIT, 1},       {"two", 3, NW_UNIT, 2},        {"three", 5, NW_UNIT, 3},
        {"four", 4, NW_UNIT, 4},      {"five", 4, NW_UNIT, 5},       {"six", 3, NW_UNIT, 6},
        {"seven", 5, NW_UNIT, 7},     {"eight", 5, NW_UNIT, 8},      {"nine", 4, NW_UNIT, 9},
        {"ten", 3, NW_TEEN, 10},      {"eleven", 6, NW_TEEN, 11},    {"twelve", 6, NW_TEEN, 12},
        {"thirteen", 8, NW_TEEN, 13}, {"fourteen", 8, NW_TEEN, 14},  {"fifteen", 7, NW_TEEN, 15},
        {"sixteen", 7, NW_TEEN, 16},  {"seventeen", 9, NW_TEEN, 17}, {"eighteen", 8, NW_TEEN, 18},
        {"nineteen", 8, NW_TEEN, 19}, {"twenty", 6, NW_TEN, 20},     {"thirty", 6, NW_TEN, 30},
        {"forty", 5, NW_TEN, 40},     {"fifty", 5, NW_TEN, 50},      {"sixty", 5, NW_TEN, 60},
        {"seventy", 7, NW_TEN, 70},   {"eighty", 6, NW_TEN, 80},     {"ninety", 6, NW_TEN, 90},
        {"hundred", 7, NW_HUNDRED, 0}, {"thousand", 8, NW_THOUSAND, 0},
        {"million", 7, NW_MILLION, 0},
    };
    *wl = word_len(low, len, i);
    /* number words are 3 to 9 letters and start with one of "eftnhmos" */
    if (*wl < 3 || *wl > 9 || (i > 0 && is_alpha(low[i - 1])))
        return NW_NONE;
    char c = low[i];
    if (c != 'o' && c != 't' && c != 'f' && c != 's' && c != 'e' && c != 'n' && c != 'h' &&
        c != 'm')
        return NW_NONE;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (words[k].n == *wl && words[k].w[0] == c && memcmp(low + i, words[k].w, *wl) == 0) {
            *val = words[k].v;
            return (nw_kind)words[k].kind;
        }
    return NW_NONE;
}

/* Number words never grow a value past this (dollars); one more "million"
 * step from here still fits in int64_t. */
#define NUM_SATURATE 1000000000000LL

/* Parses one group of number words ("two thousand one hundred ninety nine").
 * Stops where a new number would start ("thirty four | ninety nine").
 * Returns the end offset (0 if none) and the value. */
static size_t number_group(const char *low, size_t len, size_t i, int64_t *value)
{
    int64_t total = 0, cur = 0;
    nw_kind last = NW_NONE;
    size_t end = 0, p = i;
    for (;;) {
        int v = 0;
        size_t wl;
        /* "a hundred", "and" inside a number. */
        if (last == NW_NONE && word_is(low, len, p, "a")) {
            size_t q = skip_sep(low, len, p + 1), wl2;
            nw_kind k2 = number_word(low, len, q, &v, &wl2);
            if (k2 == NW_HUNDRED || k2 == NW_THOUSAND) {
                cur = 1;
                last = NW_UNIT;
                p = q;
                continue;
            }
            break;
        }
        if ((last == NW_HUNDRED || last == NW_THOUSAND) && word_is(low, len, p, "and")) {
            size_t q = skip_sep(low, len, p + 3), wl2;
            nw_kind k2 = number_word(low, len, q, &v, &wl2);
            if (k2 == NW_UNIT || k2 == NW_TEEN || k2 == NW_TEN) {
                p = q;
                continue;
            }
            break;
        }
        nw_kind k = number_word(low, len, p, &v, &wl);
        if (k == NW_NONE)
            break;
        if (k == NW_UNIT && (last == NW_UNIT || last == NW_TEEN))
            break;
        if ((k == NW_TEEN || k == NW_TEN) && (last == NW_UNIT || last == NW_TEEN || last == NW_TEN))
            break;
        switch (k) {
        case NW_UNIT:
        case NW_TEEN:
        case NW_TEN:
            cur += v;
            break;
        case NW_HUNDRED:
            if (last == NW_HUNDRED)
                goto done;
            cur = (cur ? cur : 1) * 100;
            break;
        case NW_THOUSAND:
            total += (cur ? cur : 1) * 1000;
            cur = 0;
            break;
        case NW_MILLION:
            total = (total + (cur ? cur : 1)) * 1000000;
            cur = 0;
            break;
        default:
            break;
        }
        /* "million million million ...": saturate long before int64 overflows */
        if (total > NUM_SATURATE)
            total = NUM_SATURATE;
        if (cur > NUM_SATURATE)
            cur = NUM_SATURATE;
        last = k;
        end = p + wl;
        p = skip_sep(low, len, end);
    }
done:
    if (!end)
        return 0;
    *value = total + cur;
    return end;
}

/* Words that make a bare number a price: currency or a price period. Returns
 * the end offset of the suffix, or 0. */
static size_t price_suffix(const char *low, size_t len, size_t i, bool *currency)
{
    static const char *const cur_words[] = {"dollars", "dollar", "bucks", "buck", "usd"};
    static const char *const periods[] = {
        "a month", "per month", "a year", "per year", "a week", "per week", "a night",
        "per night", "per person", "per user", "per seat", "per line", "a line", "a seat",
        "each", "a day", "per day", "a session", "per session", "monthly", "a pop"};
    size_t p = i;
    if (p < len && (low[p] == ' ' || low[p] == '-'))
        p++;
    for (size_t k = 0; k < sizeof cur_words / sizeof cur_words[0]; k++)
        if (word_is(low, len, p, cur_words[k])) {
            *currency = true;
            return p + strlen(cur_words[k]);
        }
    for (size_t k = 0; k < sizeof periods / sizeof periods[0]; k++) {
        size_t n = strlen(periods[k]);
        if (p + n <= len && memcmp(low + p, periods[k], n) == 0 &&
            (p + n == len || !is_alpha(low[p + n]))) {
            *currency = false;
            return p;
        }
    }
    return 0;
}

/* Digits with thousands commas and an optional fraction: "1,200", "49.99".
 * Sets *cents to -1 for a number too large to be a price (over
 * KPI_PRICE_MAX_CENTS), so that nothing downstream can overflow; the end
 * offset is still returned so the caller skips the digits. */
static size_t parse_digits(const char *low, size_t len, size_t i, int64_t *cents)
{
    size_t p = i;
    int64_t whole = 0;
    bool huge = false;
    if (p >= len || !is_digit(low[p]))
        return 0;
    while (p < len) {
        if (is_digit(low[p])) {
            /* keep reading the digits but stop growing the value */
            if (whole > KPI_PRICE_MAX_CENTS)
                huge = true;
            else
                whole = whole * 10 + (low[p] - '0');
            p++;
        } else if (low[p] == ',' && p + 3 < len + 1 && p + 3 <= len && is_digit(low[p + 1]) &&
                   is_digit(low[p + 2]) && is_digit(low[p + 3]) &&
                   (p + 4 >= len || !is_digit(low[p + 4]))) {
            p++;
        } else {
            break;
        }
    }
    int64_t frac = 0;
    int fd = 0;
    if (p + 1 < len && low[p] == '.' && is_digit(low[p + 1])) {
        size_t q = p + 1;
        while (q < len && is_digit(low[q])) {
            if (fd < 3) {
                frac = frac * 10 + (low[q] - '0');
                fd++;
            }
            q++;
        }
        p = q;
    }
    /* thousands or millions shorthand: "$4.8k", "$2m", "$1.5 million" */
    int64_t mult = 1;
    if (p < len && low[p] == 'k' && (p + 1 >= len || !is_alpha(low[p + 1]))) {
        mult = 1000;
        p++;
    } else if (p < len && low[p] == 'm' && (p + 1 >= len || !is_alpha(low[p + 1]))) {
        mult = 1000000;
        p++;
    } else if (word_is(low, len, p + 1, "thousand") && low[p] == ' ') {
        mult = 1000;
        p += 9;
    } else if (word_is(low, len, p + 1, "million") && low[p] == ' ') {
        mult = 1000000;
        p += 8;
    }
    /* whole <= KPI_PRICE_MAX_CENTS / (100 * mult) keeps whole * 100 * mult in
     * range; the fraction adds less than one more unit of mult dollars. */
    if (huge || whole > KPI_PRICE_MAX_CENTS / (100 * mult)) {
        *cents = -1;
        return p;
    }
    int64_t scale = 1;
    for (int k = 0; k < fd; k++)
        scale *= 10;
    int64_t c = whole * 100 * mult + (frac * 100 * mult + scale / 2) / scale;
    *cents = c <= KPI_PRICE_MAX_CENTS ? c : -1;
    return p;
}

size_t kpi_amount_parse(const char *low, size_t len, size_t i, int64_t *cents)
{
    if (i >= len)
        return 0;
    if (low[i] == '$') {
        size_t e = parse_digits(low, len, i + 1, cents);
        if (!e || *cents < 0)
            return 0;
        bool cur;
        size_t s = price_suffix(low, len, e, &cur);
        return s && cur ? s : e; /* "$50 dollars" happens in speech */
    }
    if (i > 0 && (is_alpha(low[i - 1]) || is_digit(low[i - 1]) || low[i - 1] == '.'))
        return 0;
    if (is_digit(low[i])) {
        int64_t c;
        size_t e = parse_digits(low, len, i, &c);
        if (!e || c < 0)
            return 0;
        bool cur = false;
        size_t s = price_suffix(low, len, e, &cur);
        if (!s || !cur)
            return 0; /* "8 a month" is too often not money; digits need a currency */
        *cents = c;
        return s;
    }
    int64_t v1;
    size_t e1 = number_group(low, len, i, &v1);
    if (!e1 || v1 > KPI_PRICE_MAX_CENTS / 100)
        return 0;
    bool cur = false;
    size_t s = price_suffix(low, len, e1, &cur);
    if (s) {
        *cents = v1 * 100;
        return cur ? s : e1;
    }
    /* "thirty four ninety nine (a month)": dollars then cents */
    size_t p2 = skip_sep(low, len, e1);
    int64_t v2;
    size_t e2 = p2 > e1 ? number_group(low, len, p2, &v2) : 0;
    if (e2 && v2 >= 10 && v2 <= 99 && v1 < 100000) {
        s = price_suffix(low, len, e2, &cur);
        if (s) {
            *cents = v1 * 100 + v2;
            return cur ? s : e2;
        }
    }
    return 0;
}

static void amounts_push(kpi_scratch *s, const kpi_amount *a)
{
    if (s->namounts == s->amounts_cap) {
        s->amounts_cap = s->amounts_cap ? s->amounts_cap * 2 : 16;
        s->amounts = xrealloc(s->amounts, s->amounts_cap * sizeof *s->amounts);
    }
    s->amounts[s->namounts++] = *a;
}

void kpi_amounts_find(const kpi_rules *r, kpi_scratch *s, const kpi_text *t)
{
    s->namounts = 0;
    const char *low = t->low;
    for (size_t i = 0; i < t->len; i++) {
        char c = low[i];
        if (c != '$' && !is_digit(c) && !is_alpha(c))
            continue;
        if (c != '$' && i > 0 && (is_alpha(low[i - 1]) || is_digit(low[i - 1])))
            continue;
        if (is_alpha(c)) {
            int v;
            size_t wl;
            /* "a hundred" is the only number not starting with a number word */
            if (number_word(low, t->len, i, &v, &wl) == NW_NONE &&
                !(c == 'a' && i + 1 < t->len && low[i + 1] == ' ' &&
                  number_word(low, t->len, i + 2, &v, &wl) == NW_HUNDRED)) {
                while (i + 1 < t->len && is_alpha(low[i + 1]))
                    i++;
                continue;
            }
        }
        int64_t cents;
        size_t e = kpi_amount_parse(low, t->len, i, &cents);
        if (!e)
            continue;
        kpi_amount a = {.start = i, .end = e, .cents = cents};
        a.sent = kpi_text_sentence_at(t, i);
        size_t ss = t->sent[a.sent].start, se = t->sent[a.sent].end;
        size_t wb = kpi_text_words_back(t, i, ss, 4);
        size_t wf = kpi_text_words_fwd(t, e, se, 4);
        a.old = kpi_has(r, s, KS_PRICE_OLD, t, wb, i);
        a.excluded = kpi_has(r, s, KS_PRICE_EXCL_BEFORE, t, wb, i) ||
                     kpi_has(r, s, KS_PRICE_EXCL_AFTER, t, e, wf);
        amounts_push(s, &a);
        i = e - 1;
    }
}
