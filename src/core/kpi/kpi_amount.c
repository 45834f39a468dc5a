/* kpi_amount.c - money amounts in normalised turn text: "$50", "$49.99",
 * "$1,200", "$4.8k", "50 dollars", "fifty bucks", "twenty-five bucks",
 * "one thousand two hundred dollars", speech-recognition prices such as
 * "forty nine ninety nine a year" (sized by what is being priced: "one
 * forty nine" is 149 for a television), which of them are not sale prices
 * (fees, discounts, refunds, limits, superseded list prices), which bare
 * numbers are no price at all (addresses, times, dates, head counts, names),
 * and how a price relates to a quantity (unit prices, bundles, "for both of
 * us"). Only a number someone states as a price is ever an amount. */
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

static bool is_alpha(char c)
{
    return c >= 'a' && c <= 'z';
}

/* Length of the word at low[i] (letters only; a hyphen ends it). */
static size_t word_len(const char *low, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && is_alpha(low[e]))
        e++;
    return e - i;
}

/* Is the word at low[i] exactly w (letters)? Compared as it goes: no strlen,
 * and most words differ at their first byte. */
static bool word_is(const char *low, size_t len, size_t i, const char *w)
{
    size_t j = 0;
    while (w[j] && i + j < len && low[i + j] == w[j])
        j++;
    return !w[j] && !(i + j < len && is_alpha(low[i + j]));
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
    /* grouped by first letter, so that a word is compared with the few
     * that share its first letter only; no two entries are equal, so the
     * order within a group changes nothing */
    static const struct {
        const char *w;
        unsigned char n;
        unsigned char kind;
        short v;
    } words[] = {
        {"eight", 5, NW_UNIT, 8},      {"eleven", 6, NW_TEEN, 11},    {"eighteen", 8, NW_TEEN, 18},
        {"eighty", 6, NW_TEN, 80}, /* e: 0-3 */
        {"four", 4, NW_UNIT, 4},       {"five", 4, NW_UNIT, 5},       {"fourteen", 8, NW_TEEN, 14},
        {"fifteen", 7, NW_TEEN, 15},   {"forty", 5, NW_TEN, 40},      {"fifty", 5, NW_TEN, 50},
        /* f: 4-9 */
        {"hundred", 7, NW_HUNDRED, 0}, /* h: 10 */
        {"million", 7, NW_MILLION, 0}, /* m: 11 */
        {"nine", 4, NW_UNIT, 9},       {"nineteen", 8, NW_TEEN, 19},  {"ninety", 6, NW_TEN, 90},
        /* n: 12-14 */
        {"one", 3, NW_UNIT, 1}, /* o: 15 */
        {"six", 3, NW_UNIT, 6},        {"seven", 5, NW_UNIT, 7},      {"sixteen", 7, NW_TEEN, 16},
        {"seventeen", 9, NW_TEEN, 17}, {"sixty", 5, NW_TEN, 60},      {"seventy", 7, NW_TEN, 70},
        /* s: 16-21 */
        {"two", 3, NW_UNIT, 2},        {"three", 5, NW_UNIT, 3},      {"ten", 3, NW_TEEN, 10},
        {"twelve", 6, NW_TEEN, 12},    {"thirteen", 8, NW_TEEN, 13},  {"twenty", 6, NW_TEN, 20},
        {"thirty", 6, NW_TEN, 30},     {"thousand", 8, NW_THOUSAND, 0}, /* t: 22-29 */
    };
    *wl = word_len(low, len, i);
    /* number words are 3 to 9 letters */
    if (*wl < 3 || *wl > 9 || (i > 0 && is_alpha(low[i - 1])))
        return NW_NONE;
    size_t from, to;
    switch (low[i]) {
    case 'e': from = 0, to = 4; break;
    case 'f': from = 4, to = 10; break;
    case 'h': from = 10, to = 11; break;
    case 'm': from = 11, to = 12; break;
    case 'n': from = 12, to = 15; break;
    case 'o': from = 15, to = 16; break;
    case 's': from = 16, to = 22; break;
    case 't': from = 22, to = 30; break;
    default: return NW_NONE;
    }
    for (size_t k = from; k < to; k++)
        if (words[k].n == *wl && memcmp(low + i, words[k].w, *wl) == 0) {
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

/* Whether one of the n words in ws is the word at low[i] (word_is). */
static bool word_in(const char *low, size_t len, size_t i, const char *const *ws, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (word_is(low, len, i, ws[k]))
            return true;
    return false;
}

/* Words that make a bare number a price: currency or a price period. Returns
 * the end offset of the suffix, or 0.
 *
 * It runs after every number parse_amount reads, so it goes by the first
 * letter: the currency words start with 'd', 'b' or 'u', the periods with
 * 'a', 'p', 'e', 'm', 'q' or 'o', never both; and a period is "a", "an" or
 * "per", one space, then its unit ("a month", "per person"), or one of four
 * words of its own. A period is found when low[p...] reads it and no letter
 * follows, which is word_is over the whole period, spaces included; which
 * period it is makes no difference to the result. The units: */
static const char *const a_units[] = {"month", "year",  "week",    "night", "line",
                                      "seat",  "day",   "session", "pop",   "quarter",
                                      "visit", "head"};
static const char *const an_units[] = {"hour", "order"};
static const char *const per_units[] = {"month", "year",    "week",    "night", "person",
                                        "user",  "seat",    "line",    "day",   "session",
                                        "quarter", "visit", "hour",    "head",  "order"};
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static size_t price_suffix(const char *low, size_t len, size_t i, bool *currency)
{
    static const char *const cur_words[] = {"dollars", "dollar", "bucks", "buck", "usd"};
    size_t p = i;
    if (p < len && (low[p] == ' ' || low[p] == '-'))
        p++;
    if (p >= len)
        return 0;
    bool period = false;
    switch (low[p]) {
    case 'd':
    case 'b':
    case 'u':
        for (size_t k = 0; k < N_OF(cur_words); k++)
            if (word_is(low, len, p, cur_words[k])) {
                *currency = true;
                return p + strlen(cur_words[k]);
            }
        return 0;
    case 'a':
        if (p + 1 < len && low[p + 1] == ' ')
            period = word_in(low, len, p + 2, a_units, N_OF(a_units));
        else if (p + 2 < len && low[p + 1] == 'n' && low[p + 2] == ' ')
            period = word_in(low, len, p + 3, an_units, N_OF(an_units));
        break;
    case 'p':
        period = p + 3 < len && low[p + 1] == 'e' && low[p + 2] == 'r' && low[p + 3] == ' ' &&
                 word_in(low, len, p + 4, per_units, N_OF(per_units));
        break;
    case 'e':
        period = word_is(low, len, p, "each");
        break;
    case 'm':
        period = word_is(low, len, p, "monthly");
        break;
    case 'q':
        period = word_is(low, len, p, "quarterly");
        break;
    case 'o':
        period = word_is(low, len, p, "one time");
        break;
    default:
        break;
    }
    if (!period)
        return 0;
    *currency = false;
    return p;
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
    if (p >= len || !cz_is_digit(low[p]))
        return 0;
    while (p < len) {
        if (cz_is_digit(low[p])) {
            /* keep reading the digits but stop growing the value */
            if (whole > KPI_PRICE_MAX_CENTS)
                huge = true;
            else
                whole = whole * 10 + (low[p] - '0');
            p++;
        } else if (low[p] == ',' && p + 3 < len + 1 && p + 3 <= len && cz_is_digit(low[p + 1]) &&
                   cz_is_digit(low[p + 2]) && cz_is_digit(low[p + 3]) &&
                   (p + 4 >= len || !cz_is_digit(low[p + 4]))) {
            p++;
        } else {
            break;
        }
    }
    int64_t frac = 0;
    int fd = 0;
    if (p + 1 < len && low[p] == '.' && cz_is_digit(low[p + 1])) {
        size_t q = p + 1;
        while (q < len && cz_is_digit(low[q])) {
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

/* After "forty four dollars": " and forty nine cents" or " 49 cents". Adds
 * the cents to *cents and returns the new end, or returns end unchanged. */
static size_t and_cents(const char *low, size_t len, size_t end, int64_t *cents)
{
    size_t p = end;
    if (p < len && low[p] == ' ')
        p++;
    if (word_is(low, len, p, "and"))
        p += 3;
    if (p < len && low[p] == ' ')
        p++;
    int64_t v = 0;
    size_t e;
    if (p < len && cz_is_digit(low[p])) {
        e = p;
        while (e < len && cz_is_digit(low[e]) && e - p < 3)
            v = v * 10 + (low[e++] - '0');
    } else {
        e = number_group(low, len, p, &v);
    }
    if (!e || v <= 0 || v > 99)
        return end;
    if (e < len && low[e] == ' ')
        e++;
    if (!word_is(low, len, e, "cents") && !word_is(low, len, e, "cent"))
        return end;
    *cents += v;
    return e + word_len(low, len, e);
}

/* How an amount was said, for kpi_amounts_find: a spoken pair ("three
 * fifty") has a size the context decides; a bare number none of the words
 * that make it money. */
typedef struct {
    bool money;        /* '$', "dollars", "bucks" or "cents" */
    bool pair;         /* a spoken pair of numbers ("five ninety nine") */
    int64_t pair_hi;   /* a spoken pair: its reading in whole dollars (cents), else 0 */
    int64_t pair_lo;   /* ... and where what is priced is small, else 0 */
    int64_t read_hi;   /* a spoken pair: both readings, "seven twenty" 720.00 ... */
    int64_t read_lo;   /* ... and 7.20 (cents); 0 otherwise */
    bool clock;        /* a pair that could be a time of day ("ten thirty") */
    bool quarter;      /* ... on the quarter hour, as times are said ("two thirty",
                        * "ten fifteen"); "one fifty" is more often a price */
    bool year;         /* a pair that could be a year ("twenty twenty five") */
} amt_form;

/* "seventy five cents", "50 cents": the word after a number of cents.
 * Returns the end of the word, or 0. */
static size_t cents_word(const char *low, size_t len, size_t e)
{
    if (e < len && low[e] == ' ')
        e++;
    if (word_is(low, len, e, "cents"))
        return e + 5;
    if (word_is(low, len, e, "cent"))
        return e + 4;
    return 0;
}

static size_t parse_amount(const char *low, size_t len, size_t i, int64_t *cents, bool loose,
                           amt_form *f);

/* "a buck fifty", "a dollar twenty five", "a buck": one dollar said with
 * "a", and the cents said after it. Returns the end, or 0. */
static size_t a_dollar(const char *low, size_t len, size_t i, int64_t *cents)
{
    if (!word_is(low, len, i, "a"))
        return 0;
    size_t p = skip_sep(low, len, i + 1), e;
    if (word_is(low, len, p, "buck"))
        e = p + 4;
    else if (word_is(low, len, p, "dollar"))
        e = p + 6;
    else
        return 0;
    *cents = 100;
    size_t q = skip_sep(low, len, e);
    int64_t v;
    size_t e2 = q > e ? number_group(low, len, q, &v) : 0;
    if (e2 && v >= 1 && v <= 99) {
        *cents += v;
        return e2;
    }
    return e;
}

size_t kpi_amount_parse(const char *low, size_t len, size_t i, int64_t *cents, bool loose)
{
    amt_form f;
    return parse_amount(low, len, i, cents, loose, &f);
}

static size_t parse_amount(const char *low, size_t len, size_t i, int64_t *cents, bool loose,
                           amt_form *f)
{
    f->money = false;
    f->pair = false;
    f->pair_hi = f->pair_lo = f->read_hi = f->read_lo = 0;
    f->clock = f->quarter = f->year = false;
    if (i >= len)
        return 0;
    if (low[i] == '$') {
        size_t e = parse_digits(low, len, i + 1, cents);
        if (!e || *cents < 0)
            return 0;
        bool cur;
        size_t s = price_suffix(low, len, e, &cur);
        f->money = true;
        return s && cur ? s : e; /* "$50 dollars" happens in speech */
    }
    /* inside a word, a larger number, a time ("8:25"), a date ("3/14") or a
     * house number ("#208") */
    if (i > 0 && (is_alpha(low[i - 1]) || cz_is_digit(low[i - 1]) || low[i - 1] == '.' ||
                  low[i - 1] == ':' || low[i - 1] == '/' || low[i - 1] == '#'))
        return 0;
    /* "555-0162" of a phone number */
    if (i > 1 && low[i - 1] == '-' && cz_is_digit(low[i - 2]))
        return 0;
    if (cz_is_digit(low[i])) {
        int64_t c;
        size_t e = parse_digits(low, len, i, &c);
        if (!e || c < 0)
            return 0;
        /* "4th", "5pm", "2b", "8:25", "3/14", "503-555-0162": ordinals,
         * times, dates, names, phone numbers */
        if (e < len && (is_alpha(low[e]) || ((low[e] == ':' || low[e] == '/' || low[e] == '-') &&
                                             e + 1 < len && cz_is_digit(low[e + 1]))))
            return 0;
        bool cur = false;
        size_t ce = c % 100 == 0 && c <= 9900 ? cents_word(low, len, e) : 0;
        if (ce) {
            *cents = c / 100; /* "50 cents" */
            f->money = true;
            return ce;
        }
        size_t s = price_suffix(low, len, e, &cur);
        if (loose && (!s || !cur)) {
            *cents = c;
            return e; /* "it's 79.49", answering "how much is it?" */
        }
        if (!s || !cur)
            return 0; /* "8 a month" is too often not money; digits need a currency */
        *cents = c;
        f->money = true;
        return and_cents(low, len, s, cents);
    }
    size_t ad = a_dollar(low, len, i, cents);
    if (ad) {
        f->money = true;
        return ad;
    }
    int64_t v1;
    size_t e1 = number_group(low, len, i, &v1);
    if (!e1 || v1 > KPI_PRICE_MAX_CENTS / 100)
        return 0;
    size_t ce = v1 <= 99 ? cents_word(low, len, e1) : 0;
    if (ce) {
        *cents = v1; /* "seventy five cents" */
        f->money = true;
        return ce;
    }
    bool cur = false;
    size_t s = price_suffix(low, len, e1, &cur);
    if (s) {
        *cents = v1 * 100;
        f->money = cur;
        return cur ? and_cents(low, len, s, cents) : e1;
    }
    /* "thirty four ninety nine (a month)": dollars then cents */
    size_t p2 = skip_sep(low, len, e1);
    int64_t v2;
    size_t e2 = p2 > e1 ? number_group(low, len, p2, &v2) : 0;
    if (e2 && v2 >= 10 && v2 <= 99 && v1 < 100000) {
        s = price_suffix(low, len, e2, &cur);
        if (s || loose) {
            /* "nine ninety nine" and "seven fifty" are 9.99 and 7.50, but
             * "one sixty", "one twenty five" and "two fifty" are said for
             * 160, 125 and 250 (a dollar and cents is "a dollar twenty") */
            bool round = v1 <= 2 && v2 % 10 == 0;
            *cents = round || v1 == 1 ? (v1 * 100 + v2) * 100 : v1 * 100 + v2;
            f->pair = true;
            f->read_hi = (v1 * 100 + v2) * 100;
            f->read_lo = v1 * 100 + v2;
            f->clock = v1 >= 1 && v1 <= 12 && v2 <= 59;
            f->quarter = f->clock && v2 % 15 == 0;
            f->year = v1 == 20 && v2 <= 49;
            if (v1 >= 1 && v1 <= 9) {
                f->pair_hi = (v1 * 100 + v2) * 100;
                /* priced small, "one twenty five" is 1.25; "one sixty" stays */
                f->pair_lo = round ? f->pair_hi : v1 * 100 + v2;
            } else if (v1 >= 10 && v1 <= 99) {
                /* "eleven ninety nine" is 11.99, or 1,199 for a television */
                f->pair_hi = (v1 * 100 + v2) * 100;
                f->pair_lo = v1 * 100 + v2;
            }
            f->money = s && cur;
            return s && cur ? s : e2;
        }
    }
    if (loose) {
        *cents = v1 * 100; /* "it's two hundred" */
        return e1;
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

/* Is word d the "do" of a revision, "I can do" or "I'll do" ("I'll do
 * sixty for you"), or its "doing" ("we're doing ninety this month", "I'm
 * doing eighty for regulars")? */
static bool revises_with_do(const kpi_text *t, size_t d)
{
    static const char *const subj[] = {"can", "i'll", "we'll", "could", "will"};
    static const char *const prog[] = {"we're", "i'm", "were", "im", "are", "am"};
    if (d == 0 || t->tok[d - 1].sent != t->tok[d].sent)
        return false;
    if (KPI_TOK_IS(t, d, "do"))
        return kpi_tok_in(t, d - 1, subj, sizeof subj / sizeof subj[0]);
    return KPI_TOK_IS(t, d, "doing") && kpi_tok_in(t, d - 1, prog, sizeof prog / sizeof prog[0]);
}

/* Is word w a thing's name run into "is" ("the helmet's forty five", "a
 * screen protector's twenty")? The agent states what it costs. Not a
 * pronoun's or a question word's ("he's twelve", "what's two"), nor a
 * person's after "my", "our" ("my son's twelve" is an age). */
static bool noun_is(const kpi_text *t, size_t w)
{
    size_t n = t->tok[w].end - t->tok[w].start;
    const char *p = t->low + t->tok[w].start;
    if (n < 5 || p[n - 2] != '\'' || p[n - 1] != 's' ||
        KPI_TOK_IS(t, w, "he's", "she's", "what's", "who's", "where's", "there's", "here's",
                   "let's", "how's", "why's", "when's", "which's", "everyone's", "everybody's",
                   "someone's", "somebody's", "today's", "tonight's", "tomorrow's"))
        return false;
    return w == 0 || t->tok[w - 1].sent != t->tok[w].sent ||
           !KPI_TOK_IS(t, w - 1, "my", "our", "your", "his", "her", "their");
}

/* Is word f, a "for" before a number, one that counts people or names a
 * time ("a table for twelve", "book you for ten", "booked for two
 * thirty", "in for eleven")? The number is then no price. */
static bool for_people_or_time(const kpi_text *t, size_t f)
{
    return f > 0 && t->tok[f - 1].sent == t->tok[f].sent &&
           KPI_TOK_IS(t, f - 1, "table", "tables", "reservation", "booking", "party", "group",
                      "room", "rooms", "you", "us", "me", "him", "her", "everyone", "everybody",
                      "booked", "book", "scheduled", "schedule", "reserved", "reserve", "time",
                      "appointment", "slot", "dinner", "lunch", "brunch", "tour", "seating");
}

/* How the words before word k state a price (after_price_verb). */
enum {
    PV_NOT = -1, /* they make it no price: "a table for twelve" */
    PV_NONE = 0,
    PV_VERB = 1, /* "it's", "is", "costs", "at" */
    PV_FOR = 2,  /* "for" or "to" in an offer or revision */
    PV_SOLD_FOR = 3, /* "for" after a purchase: "we have vip parking for twenty" */
};

/* Is word k just after a word that states a price: "it's", "is", "costs",
 * "runs", possibly with "just", "only" or "about" between? Returns PV_*. */
static int after_price_verb(const kpi_text *t, size_t k, int mode)
{
    static const char *const verbs[] = {"it's", "that's", "is", "are", "costs", "cost", "runs",
                                        "run", "be", "one's", "its", "thats", "at", "was", "were"};
    /* "is usually ninety": the old price of a revision, read as one */
    /* ... or the price of an extra: "for another thirty five", "for an
     * extra twenty", "it's a flat twenty five" */
    static const char *const softeners[] = {"just", "only", "about", "around", "roughly",
                                            "usually", "normally", "regularly", "another",
                                            "extra", "additional", "an", "flat"};
    /* the agent states a price of things named just before ("they're
     * thirty five per bag", "the helmet's forty five"); a customer's "they're
     * twelve" is more often an age */
    bool agent = mode == KPI_AMT_OFFER || mode == KPI_AMT_SOLD || mode == KPI_AMT_ANSWER ||
                 mode == KPI_AMT_STRICT;
    for (int back = 1; back <= 3 && k >= (size_t)back; back++) {
        size_t w = k - (size_t)back;
        if (t->tok[w].sent != t->tok[k].sent)
            return PV_NONE;
        if (kpi_tok_in(t, w, verbs, sizeof verbs / sizeof verbs[0]) ||
            (agent && (KPI_TOK_IS(t, w, "they're", "theyre") || noun_is(t, w))))
            return (mode == KPI_AMT_SOLD || mode == KPI_AMT_STRICT) && KPI_TOK_IS(t, w, "at")
                       ? PV_NONE
                       : PV_VERB;
        /* "a flat twenty five" */
        if (back > 1 && KPI_TOK_IS(t, w, "a") && KPI_TOK_IS(t, w + 1, "flat"))
            continue;
        /* "a winterizer normally sixty five but ...": the old price of a
         * revision, said without a verb */
        if (mode == KPI_AMT_OFFER && back == 1 &&
            KPI_TOK_IS(t, w, "normally", "usually", "regularly", "originally"))
            return PV_VERB;
        /* "I can do it for forty", "down to thirty" when revising a price */
        if (mode == KPI_AMT_OFFER && KPI_TOK_IS(t, w, "for", "to"))
            return for_people_or_time(t, w) ? PV_NOT : PV_FOR;
        if (mode == KPI_AMT_OFFER && revises_with_do(t, k - (size_t)back))
            return PV_FOR; /* "but I'll do sixty for you" */
        /* after a purchase, what the agent names "for" an amount is priced:
         * "we have vip parking by the gate for twenty", "the rugged cases
         * for twenty five", "three sessions for one fifty" */
        if (mode == KPI_AMT_SOLD && KPI_TOK_IS(t, w, "for"))
            return for_people_or_time(t, w) ? PV_NOT : PV_SOLD_FOR;
        if (!kpi_tok_in(t, w, softeners, sizeof softeners / sizeof softeners[0]))
            return PV_NONE;
    }
    return PV_NONE;
}

/* Does a word that makes the number ending at byte e (in the sentence of
 * word k) a price follow it: "five a user", "six each", "ten more"? */
static bool price_word_after(const kpi_text *t, size_t k, size_t e)
{
    size_t j = kpi_text_tok_at(t, e);
    return j < t->ntok && t->tok[j].sent == t->tok[k].sent &&
           KPI_TOK_IS(t, j, "a", "an", "per", "each", "apiece", "plus", "extra", "more", "off",
                      "flat", "total", "monthly", "weekly", "yearly");
}

/* Is the bare number at word k (ending at e, worth cents, read as f) an
 * hour after "at": "our flight is at ten", "pick it up at four", "at ten
 * fifteen"? A lone number that a clock can show, or a pair on the quarter
 * hour, with no "dollars"; "at one forty nine" is a price, and so is "at
 * five a user a month" or "at six each". */
static bool at_hour(const kpi_text *t, size_t k, size_t e, int64_t cents, const amt_form *f)
{
    if (k == 0 || t->tok[k - 1].sent != t->tok[k].sent || !KPI_TOK_IS(t, k - 1, "at") ||
        f->money || price_word_after(t, k, e))
        return false;
    return f->pair ? f->quarter : cents >= 100 && cents <= 1200;
}

/* Is the bare number at word k (ending at e, worth cents, read as f), said
 * "for" it after a purchase, a price (PV_SOLD_FOR)? Said in words, as
 * speech prices are (written calls write "$20"; "for 20" there counts or
 * tells the time), and neither a year, a time on the quarter hour ("for
 * two thirty"), the party the call counted (s->heads) nor a lone hour
 * ("for ten") unless a price word follows; small numbers are head counts
 * (the caller). */
static bool sold_for_price(const kpi_scratch *s, const kpi_text *t, size_t k, size_t e,
                           int64_t cents, const amt_form *f)
{
    /* "so the taco bar for thirty" after "thirty people": the party */
    if ((t->tok[k].flags & TF_DIGIT) || f->year || f->quarter ||
        (!f->pair && cents == (int64_t)s->heads * 100))
        return false;
    return f->pair || cents > 1200 || price_word_after(t, k, e);
}

/* Is word k just after a word that puts a time after it ("at nine thirty",
 * "by ten fifteen", "around", "until", "from")? */
static bool after_time_word(const kpi_text *t, size_t k)
{
    static const char *const words[] = {"at", "by", "around", "until", "till", "from",
                                        "before", "after", "about"};
    if (k == 0 || t->tok[k - 1].sent != t->tok[k].sent)
        return false;
    return kpi_tok_in(t, k - 1, words, sizeof words / sizeof words[0]);
}

/* Is word k a participle that says what a price covers ("thirty nine
 * ninety nine installed", "fifty nine ninety five delivered")? It counts
 * nothing. Participles that count people or bookings ("twenty booked",
 * "ten signed up") are not among them. */
static bool price_terms(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "installed", "delivered", "shipped", "included", "fitted",
                      "mounted", "assembled");
}

/* Does a question that points back at what was just priced start at word
 * k, run on after the price in unpunctuated speech ("the mats are one
 * fifty do you want those", "they're six ninety nine want some")? "that's
 * sixteen ninety nine want to add garlic knots" goes on to something new,
 * and the number stays unread as before. */
static bool asks_on(const kpi_text *t, size_t k)
{
    size_t j = k;
    if (KPI_TOK_IS(t, j, "do", "did", "would", "should", "shall", "can", "could", "will") &&
        KPI_TOK_IS(t, j + 1, "you", "ya"))
        j += 2;
    if (!KPI_TOK_IS(t, j, "want", "wanna", "need", "like"))
        return false;
    /* "want some", "want to add those", "want me to add it" */
    size_t m = j + 1 + KPI_TOK_IS(t, j + 1, "me");
    if (KPI_TOK_IS(t, m, "to"))
        m += 2;
    return m < t->ntok && t->tok[m].sent == t->tok[k].sent &&
           KPI_TOK_IS(t, m, "one", "ones", "some", "it", "them", "those", "that", "these", "any");
}

/* Is word k a verb in the third person that says what a thing just priced
 * does or holds ("it's forty five serves twenty", "twenty five feeds ten",
 * "fifteen covers the filters")? Unpunctuated speech runs the price on into
 * it; a number is never a count of such verbs. "seats" is left out: "twelve
 * seats" counts them. */
static bool describes_priced(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "serves", "feeds", "covers", "includes", "lasts", "comes",
                      "holds", "fits", "protects", "gets", "gives", "keeps");
}

/* Is the word after a bare number (ending at byte e) what it counts:
 * "three sessions", "two people"? A price is followed by the end of the
 * clause or by words like "a month", "for", "with", "plus", "this month".
 * Unpunctuated speech also runs on into the next clause ("a dental check
 * for twenty five he's due for it"): runon lets a pronoun there end the
 * price, except after a time word ("at ten she's free"). */
static bool counts_things(const kpi_text *t, size_t e, bool runon)
{
    static const char *const ok[] = {"a", "per", "each", "plus", "for", "with", "and", "but",
                                     "if", "so", "total", "extra", "more", "on", "to", "now",
                                     "today", "then", "instead", "after", "before", "which",
                                     "that", "it", "you", "monthly", "yearly", "weekly",
                                     "annually", "including", "or", "is", "was", "in", "off",
                                     "flat", "upfront", "this", "tonight", "tomorrow",
                                     "only"};
    static const char *const clause[] = {"he's", "she's", "it's", "they're", "we're", "i'm",
                                         "he", "she", "they", "we", "i", "that's", "there's",
                                         "since", "because"};
    size_t k = kpi_text_tok_at(t, e);
    if (k >= t->ntok || (t->tok[k].flags & (TF_SENT_START | TF_CLAUSE_START)) ||
        (t->tok[k - 1].flags & TF_PUNCT_AFTER))
        return false;
    if (runon && (kpi_tok_in(t, k, clause, sizeof clause / sizeof clause[0]) ||
                  asks_on(t, k) || describes_priced(t, k)))
        return false;
    return !kpi_tok_in(t, k, ok, sizeof ok / sizeof ok[0]) && !price_terms(t, k);
}

/* Is the bare number at word k (ending at byte e, worth cents, read as f)
 * said right after the name of the thing offered, with no verb between
 * ("we have the matching chairs two hundred for the set", "a whole house
 * surge protector a hundred and twenty five", "a one time add on thirty
 * nine")? Speech puts the price after the thing as a list would. The name
 * runs back from the number, through words that are neither function words
 * nor numbers, to "a", "an", "the" or "our" opening it, and nothing after
 * the number counts. A lone number a clock shows (up to twelve), a time on
 * the quarter hour and a year are left out; after a preposition, a verb
 * or a time word the number is no price named this way. */
static bool priced_after_name(const kpi_text *t, size_t k, size_t e, int64_t cents,
                              const amt_form *f)
{
    static const char *const stop[] = {
        "of", "to", "for", "at", "by", "in", "on", "with", "and", "or", "but", "from", "than",
        "is", "are", "was", "were", "be", "been", "it's", "that's", "its", "thats", "i", "you",
        "we", "they", "he", "she", "it", "about", "around", "until", "till", "into", "over",
        "under", "up", "off", "out", "number", "ending", "ends", "um", "uh", "have", "has",
        "had", "get", "got", "do", "does", "did", "want", "need", "take", "takes", "book",
        "booked", "like", "just", "only", "each", "every", "next", "last", "first", "plus",
        "minus", "times", "age", "aged", "ages", "size", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "people",
        "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sorry", "no",
        "not", "more", "extra", "another", "other", "else", "all", "both", "so", "then"};
    if (f->year || f->quarter || (!f->pair && cents <= 1200) || k < 2 ||
        counts_things(t, e, true))
        return false;
    uint32_t sent = t->tok[k].sent;
    for (size_t j = k; j-- > 0 && k - j <= 6 && t->tok[j].sent == sent;) {
        if (k - j >= 2 && KPI_TOK_IS(t, j, "a", "an", "the", "our"))
            return true;
        /* "add on" names an extra; "one time" describes it */
        bool add_on = KPI_TOK_IS(t, j, "on") && j > 0 && KPI_TOK_IS(t, j - 1, "add");
        bool one_time = KPI_TOK_IS(t, j, "one") && KPI_TOK_IS(t, j + 1, "time");
        if (!add_on && !one_time &&
            ((t->tok[j].flags & (TF_DIGIT | TF_PUNCT_AFTER)) || (t->tok[j].vflags & VF_NUMBER) ||
             (t->tok[j].flags & TF_DOLLAR) || kpi_tok_in(t, j, stop, sizeof stop / sizeof stop[0])))
            return false;
        if (t->tok[j].flags & (TF_SENT_START | TF_CLAUSE_START))
            return false;
    }
    return false;
}

/* Does word k open a sentence of the agent's answer, alone or after a yes
 * or a word that leads into the answer ("six ninety nine for a dozen",
 * "yeah forty each", "so twelve")? */
static bool opens_answer(const kpi_text *t, size_t k)
{
    uint32_t sent = t->tok[k].sent;
    if (k == 0 || t->tok[k - 1].sent != sent)
        return true;
    return (k == 1 || t->tok[k - 2].sent != sent) &&
           KPI_TOK_IS(t, k - 1, "yes", "yeah", "yep", "sure", "so", "well", "oh", "okay", "ok",
                      "uh", "um");
}

/* Does an old price's cue start within two words after a number ending at
 * e, in its sentence: "at three forty nine, it's normally five hundred",
 * "twenty nine usually forty"? Then the number is the price now, not a
 * count or a time, whatever word follows it; the cue must lead to a number
 * ("we open at nine thirty, it's usually quiet" prices nothing). */
static bool old_price_follows(const kpi_text *t, size_t e)
{
    size_t j = kpi_text_tok_at(t, e);
    if (j >= t->ntok || j == 0 || t->tok[j].sent != t->tok[j - 1].sent)
        return false;
    size_t se = t->sent[t->tok[j].sent].end, ms, me;
    size_t to = kpi_text_words_fwd(t, t->tok[j].start, se, 3);
    if (!kpi_find(t, KS_PRICE_OLD, t->tok[j].start, to, &ms, &me))
        return false;
    if (ms != t->tok[j].start &&
        !(j + 1 < t->ntok && ms == t->tok[j + 1].start &&
          KPI_TOK_IS(t, j, "it's", "its", "that's", "thats", "which", "is")))
        return false;
    /* the old price itself comes next: "it's usually quiet then" has none */
    size_t n = kpi_text_tok_at(t, me);
    return n < t->ntok && t->tok[n].sent == t->tok[j].sent &&
           (t->tok[n].flags & (TF_DIGIT | TF_DOLLAR) || (t->tok[n].vflags & VF_NUMBER));
}

/* Is the word after a number ending at e a plural it counts ("twenty five
 * sessions")? Unpunctuated speech runs on into the next clause ("three
 * twenty five want one"), so only a plural says the number counts. */
static bool counts_plural(const kpi_text *t, size_t e)
{
    size_t k = kpi_text_tok_at(t, e);
    if (k >= t->ntok || k == 0 || t->tok[k].sent != t->tok[k - 1].sent ||
        (t->tok[k].flags & TF_CLAUSE_START) || (t->tok[k - 1].flags & TF_PUNCT_AFTER))
        return false;
    size_t n = t->tok[k].end - t->tok[k].start;
    return n > 3 && t->low[t->tok[k].end - 1] == 's' && t->low[t->tok[k].end - 2] != 's';
}

/* Does a match of sec end with word k-1 (just before word k), in the same
 * sentence? */
static bool section_right_before(const kpi_text *t, kpi_section sec, size_t k, size_t ss)
{
    if (k == 0 || t->tok[k - 1].start < ss || !(t->secmask & (1ull << sec)))
        return false;
    size_t from = kpi_text_words_back(t, t->tok[k].start, ss, 5), end = t->tok[k - 1].end;
    for (size_t j = 0; j < t->nm && t->m[j].start < end; j++)
        if (t->m[j].sec == (uint32_t)sec && t->m[j].start >= from && t->m[j].end == end)
            return true;
    return false;
}

/* A small count at word k: a number word "two".."twenty" or digits 2-99;
 * 0 otherwise. "one" is no quantity: it is one item. */
static int count_at(const kpi_text *t, size_t k)
{
    static const char *const words[] = {"two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", "eleven", "twelve"};
    const kpi_tok *w = &t->tok[k];
    size_t n = w->end - w->start;
    const char *p = t->low + w->start;
    if (w->flags & TF_DOLLAR)
        return 0;
    if (w->flags & TF_DIGIT) {
        /* "$19.99", "1,200" are amounts; "for all 20." ends a sentence */
        if (n > 2 || (w->end + 1 < t->len && (t->low[w->end] == '.' || t->low[w->end] == ',') &&
                      t->low[w->end + 1] >= '0' && t->low[w->end + 1] <= '9'))
            return 0;
        int v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * 10 + (p[i] - '0');
        return v >= 2 ? v : 0;
    }
    /* one compare of the word's key8 with a constant per number word
     * (kpi_tok_in), where strlen and memcmp over the list cost a hundred
     * instructions a word: it runs at every "a" and "the" of a turn with a
     * number (kpi_unit_count) */
#pragma GCC unroll 16
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (kpi_tok_in(t, k, words + i, 1))
            return (int)i + 2;
    if (n == 4 && memcmp(p, "pair", 4) == 0)
        return 2;
    /* "a dozen of those" 12, "half a dozen" 6, "two dozen" 24: the count
     * is read at "dozen", where the words that make it a count follow */
    if (n == 5 && memcmp(p, "dozen", 5) == 0) {
        if (k > 0 && (KPI_TOK_IS(t, k - 1, "half") ||
                      (k > 1 && KPI_TOK_IS(t, k - 1, "a") && KPI_TOK_IS(t, k - 2, "half"))))
            return 6;
        /* one step back only: "dozen dozen dozen ..." must not recurse
         * down a hostile sentence */
        int by = k > 0 && t->tok[k - 1].sent == w->sent && !KPI_TOK_IS(t, k - 1, "dozen")
                     ? count_at(t, k - 1)
                     : 0;
        return by >= 2 && by <= 12 ? 12 * by : 12;
    }
    return 0;
}

int kpi_count_word(const kpi_text *t, size_t k)
{
    return k < t->ntok ? count_at(t, k) : 0;
}

int kpi_number_word(const kpi_text *t, size_t k)
{
    if (k >= t->ntok)
        return 0;
    const kpi_tok *w = &t->tok[k];
    int v = 0;
    size_t wl;
    if (number_word(t->low, t->len, w->start, &v, &wl) == NW_NONE || wl != w->end - w->start)
        return 0;
    return v;
}

/* "yeah two my kids fight over them": in unpunctuated speech a count right
 * after a yes, with a new clause starting at the next word (a pronoun or a
 * possessive), ends its sentence as "yeah, two." would ("yeah two weeks
 * ago" counts weeks, not what was offered). */
static bool yes_count_runs_on(const kpi_text *t, size_t k)
{
    static const char *const clause[] = {"my", "our", "i", "we", "they", "he", "she", "his",
                                         "their", "i'm", "we're", "they're", "because", "cause",
                                         "since"};
    uint32_t sent = t->tok[k].sent;
    return k > 0 && t->tok[k - 1].sent == sent && k + 1 < t->ntok &&
           t->tok[k + 1].sent == sent &&
           KPI_TOK_IS(t, k - 1, "yes", "yeah", "yep", "sure", "okay", "ok") &&
           kpi_tok_in(t, k + 1, clause, sizeof clause / sizeof clause[0]);
}

/* "both of us", "both of you": the people an item is for */
static bool both_people(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k + 1, "of") && KPI_TOK_IS(t, k + 2, "us", "you", "them");
}

/* "add five more", "yeah get two more please": the count at word k taken
 * as more of the thing just talked about, after a verb that takes it and
 * with nothing counted after "more" ("two more nights", "ten more minutes"
 * count something else; "for ten more" is a price). */
static bool more_taken(const kpi_text *t, size_t k)
{
    uint32_t sent = t->tok[k].sent;
    if (k == 0 || t->tok[k - 1].sent != sent || k + 1 >= t->ntok ||
        t->tok[k + 1].sent != sent || !KPI_TOK_IS(t, k + 1, "more") ||
        !KPI_TOK_IS(t, k - 1, "add", "take", "get", "order", "grab", "need", "want"))
        return false;
    size_t n = k + 2;
    return n >= t->ntok || t->tok[n].sent != sent || (t->tok[n].flags & TF_CLAUSE_START) ||
           (t->tok[k + 1].flags & TF_PUNCT_AFTER) ||
           KPI_TOK_IS(t, n, "please", "too", "then", "as", "of", "for", "and", "we");
}

static int quantity(const kpi_text *t, size_t from, size_t to, bool plural, bool both_items)
{
    for (size_t k = kpi_text_tok_at(t, from); k < t->ntok && t->tok[k].end <= to; k++) {
        if (KPI_TOK_IS(t, k, "both") && (!both_items || both_people(t, k)))
            return 2;
        int q = count_at(t, k);
        if (!q)
            continue;
        /* what makes a number a count of the items taken: "all four", "the
         * three of us", "two of them", "for 3 people", "2 of those" */
        bool all = k > 0 && (KPI_TOK_IS(t, k - 1, "all") || KPI_TOK_IS(t, k - 1, "the"));
        bool of = KPI_TOK_IS(t, k + 1, "of") &&
                  (KPI_TOK_IS(t, k + 2, "us") || KPI_TOK_IS(t, k + 2, "them") ||
                   KPI_TOK_IS(t, k + 2, "those") || KPI_TOK_IS(t, k + 2, "these") ||
                   KPI_TOK_IS(t, k + 2, "the") || KPI_TOK_IS(t, k + 2, "you"));
        bool heads = KPI_TOK_IS(t, k + 1, "people") || KPI_TOK_IS(t, k + 1, "persons") ||
                     KPI_TOK_IS(t, k + 1, "guests") || KPI_TOK_IS(t, k + 1, "adults") ||
                     KPI_TOK_IS(t, k + 1, "of");
        bool for_ = k > 0 && KPI_TOK_IS(t, k - 1, "for");
        /* "half a dozen please": a dozen is only ever a count */
        bool dozen = KPI_TOK_IS(t, k, "dozen");
        if (all || of || heads || for_ || dozen || more_taken(t, k) || k + 1 >= t->ntok ||
            t->tok[k + 1].sent != t->tok[k].sent || yes_count_runs_on(t, k))
            return q;
        /* "two seats", "3 licenses": a count of a plural thing */
        size_t n = t->tok[k + 1].end - t->tok[k + 1].start;
        if (plural && n > 2 && t->low[t->tok[k + 1].end - 1] == 's' &&
            !(t->tok[k + 1].vflags & VF_NUMBER))
            return q;
    }
    return 0;
}

int kpi_quantity(const kpi_text *t, size_t from, size_t to)
{
    return quantity(t, from, to, true, false);
}

int kpi_quantity_of_items(const kpi_text *t, size_t from, size_t to, bool cued)
{
    return quantity(t, from, to, !cued, true);
}

int kpi_quantity_cued(const kpi_text *t, size_t from, size_t to)
{
    return quantity(t, from, to, false, false);
}

int64_t kpi_amount_total(const kpi_amount *a, int apart)
{
    if (a->bundle || !a->each)
        return a->cents;
    int q = a->qty ? a->qty : apart;
    if (q < 2)
        return a->cents;
    return a->cents <= KPI_PRICE_MAX_CENTS / q ? a->cents * q : KPI_PRICE_MAX_CENTS;
}

/* Is the bare number at word k, followed by word j, the subject of its
 * clause ("usually three is enough for ten kids", "two should do it", "so
 * four would be plenty")? It counts what the clause talks about, it prices
 * nothing: it starts its sentence or follows only an adverb of how often or
 * how likely, and a verb follows it. A price said as a subject ("fifty is
 * the total") names it as such; the sentence is then no count. */
static bool subject_count(const kpi_text *t, size_t k, size_t j)
{
    uint32_t sent = t->tok[k].sent;
    if (k > 0 && t->tok[k - 1].sent == sent &&
        !KPI_TOK_IS(t, k - 1, "usually", "normally", "typically", "generally", "often",
                    "maybe", "probably", "so"))
        return false;
    if (k > 1 && t->tok[k - 1].sent == sent && t->tok[k - 2].sent == sent &&
        !(t->tok[k - 2].flags & TF_DIGIT) && !(t->tok[k - 2].vflags & VF_NUMBER) &&
        KPI_TOK_IS(t, k - 1, "so"))
        return false; /* "that's twenty a night so forty is the total" */
    if (!KPI_TOK_IS(t, j, "is", "are", "should", "would", "will", "does", "do"))
        return false;
    for (size_t m = j + 1; m < t->ntok && t->tok[m].sent == sent && m <= j + 3; m++)
        if (KPI_TOK_IS(t, m, "total", "price", "cost", "fee", "charge", "dollars", "bucks"))
            return false;
    return true;
}

/* Does a street's name start at word j, the word after a bare number, with
 * the street word after it: "eight eighty one lake road", "four twelve maple
 * court"? The name is one word that is not a number or a word said with
 * prices ("forty nine a lane" is no address; "fifty and drive over" no
 * street). */
static bool street_name_after(const kpi_text *t, size_t j)
{
    if (j + 1 >= t->ntok || t->tok[j + 1].sent != t->tok[j].sent ||
        (t->tok[j].vflags & VF_NUMBER) || (t->tok[j].flags & TF_DIGIT) ||
        KPI_TOK_IS(t, j, "a", "an", "per", "each", "for", "and", "plus", "or", "with", "on",
                   "the", "dollars", "bucks", "to", "then", "so"))
        return false;
    return KPI_TOK_IS(t, j + 1, "street", "avenue", "ave", "road", "rd", "boulevard", "blvd",
                      "drive", "lane", "ln", "court", "parkway", "terrace");
}

/* Is the bare number at word k (ending at e) something other than a price:
 * part of an address, a time, a date, a head count, a rating, a name? The
 * words around it say so ([not_price_before], [not_price_after]: word flags,
 * so that checking costs nothing until a number is found). */
static bool not_a_price(const kpi_text *t, size_t k, size_t e)
{
    uint32_t sent = t->tok[k].sent;
    if (k > 0 && t->tok[k - 1].sent == sent) {
        if (t->tok[k - 1].vflags & VF_NOT_PRICE_BEFORE)
            return true; /* "room 412", "march 14", "the 1720" */
        /* "the address is 42", "room number 12", "located at 1", "rated at
         * 4.4": through a
         * link word, for digits only ("the floor model is six ninety nine"
         * is a price said aloud) */
        static const char *const links[] = {"is", "was", "be", "of", "number", "no"};
        bool link = false;
        for (size_t i = 0; i < sizeof links / sizeof links[0]; i++)
            link |= KPI_TOK_IS(t, k - 1, links[i]);
        if (k > 1 && t->tok[k - 2].sent == sent && (t->tok[k].flags & TF_DIGIT) &&
            (t->tok[k - 2].vflags & VF_NOT_PRICE_BEFORE) && !KPI_TOK_IS(t, k - 2, "the") &&
            (link || (KPI_TOK_IS(t, k - 1, "at") &&
                      (KPI_TOK_IS(t, k - 2, "located") || KPI_TOK_IS(t, k - 2, "lives") ||
                       KPI_TOK_IS(t, k - 2, "live") || KPI_TOK_IS(t, k - 2, "rated")))))
            return true;
    }
    /* "the average rating for Viange Hair is 4.4", "the rating of this
     * doctor is 3.7": a score named earlier in its clause */
    if (k > 1 && KPI_TOK_IS(t, k - 1, "is", "was", "of")) {
        for (size_t j = k - 1; j-- > 0 && k - j <= 8 && t->tok[j].sent == sent;)
            if (KPI_TOK_IS(t, j, "rating", "ratings", "rated", "score", "stars"))
                return true;
    }
    /* "checkout is eleven", "boarding at 7": the time of day something
     * happens, said in numbers or words */
    if (k > 1 && t->tok[k - 2].sent == sent && KPI_TOK_IS(t, k - 1, "is", "at", "by") &&
        KPI_TOK_IS(t, k - 2, "checkout", "checkin", "boarding", "departure", "pickup"))
        return true;
    /* "Friday at 10", "tomorrow at nine": a day, then "at", then a time */
    if (k > 1 && t->tok[k - 2].sent == sent && KPI_TOK_IS(t, k - 1, "at") &&
        (KPI_TOK_IS(t, k - 2, "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday") ||
         KPI_TOK_IS(t, k - 2, "today", "tomorrow", "tonight", "weekday", "weekend")))
        return true;
    size_t j = kpi_text_tok_at(t, e);
    if (j >= t->ntok || t->tok[j].sent != sent)
        return false;
    if (subject_count(t, k, j))
        return true;
    if (KPI_TOK_IS(t, j, "in") || KPI_TOK_IS(t, j, "at")) { /* "7 in the evening", "9 at night" */
        j += j + 1 < t->ntok && KPI_TOK_IS(t, j + 1, "the") ? 2 : 1;
        return j < t->ntok && t->tok[j].sent == sent &&
               (KPI_TOK_IS(t, j, "morning") || KPI_TOK_IS(t, j, "afternoon") || KPI_TOK_IS(t, j, "evening") ||
                KPI_TOK_IS(t, j, "night"));
    }
    if (t->tok[j].vflags & VF_NOT_PRICE_AFTER)
        return true;
    return street_name_after(t, j);
}

/* Is the count at word k a time of day: "at 2 p.m.", "until two", "by
 * ten", "three o'clock", "two pm"? ("about four of them" is a count.) */
static bool clock_count(const kpi_text *t, size_t k)
{
    uint32_t sent = t->tok[k].sent;
    if (k > 0 && t->tok[k - 1].sent == sent && KPI_TOK_IS(t, k - 1, "at", "by", "until", "till"))
        return true;
    return k + 1 < t->ntok && t->tok[k + 1].sent == sent &&
           (KPI_TOK_IS(t, k + 1, "pm", "am", "o'clock", "oclock") ||
            (KPI_TOK_IS(t, k + 1, "p", "a") && t->tok[k + 1].end < t->len &&
             t->low[t->tok[k + 1].end] == '.'));
}

/* The quantity said with a unit price, before it in its clause: "two of the
 * nightstands at $240 each", "3 x $15"; never a time of day ("late checkout
 * at 2 p.m. for $30 per room"). */
static int qty_before(const kpi_text *t, size_t k, size_t ss)
{
    size_t cs = kpi_text_clause_start(t, t->tok[k].start);
    if (cs < ss)
        cs = ss;
    for (size_t j = k; j-- > 0 && t->tok[j].start >= cs && k - j <= 6;) {
        int q = count_at(t, j);
        if (q && clock_count(t, j))
            continue;
        /* "three years at $50 each": a term, not the items bought */
        if (q && KPI_TOK_IS(t, j + 1, "years", "months", "weeks"))
            return 0;
        if (q && q <= 50)
            return q;
    }
    return 0;
}

/* Word k names a stretch of a stay or rental ("day", "nights"; "mornings"
 * for what is served once a day: "$18 per person per morning"). */
static bool day_word(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "day", "days", "night", "nights", "morning", "mornings");
}

/* Word k names a member of a party ("person", "guests", "head"). */
static bool head_word(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "person", "persons", "people", "head", "heads", "guest", "guests",
                      "adult", "adults", "pax", "attendee", "attendees") ||
           KPI_TOK_IS(t, k, "rider", "riders", "player", "players", "passenger", "passengers",
                      "diner", "diners", "participant", "participants", "golfer", "golfers");
}

/* Word k names a child of the party ("kid", "children"): a price per child
 * counts the children only, never the adults with them. */
static bool child_word(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "child", "children", "kid", "kids");
}

static bool number_starts(const kpi_text *t, size_t k);
static bool recurs_after(const kpi_text *t, size_t e);

/* What the unit price ending at byte e is per (0 when its words do not
 * say), from the words after it in
 * its sentence: "$25 per person per day" is both, "each way" a leg of a
 * trip, "each" or "per ticket" an item. Another number ends the search: it
 * starts a price or a count of its own. */
static uint8_t unit_per(const kpi_text *t, size_t e, size_t se)
{
    uint8_t per = 0;
    size_t end = kpi_text_words_fwd(t, e, se, 6);
    for (size_t k = kpi_text_tok_at(t, e); k < t->ntok && t->tok[k].end <= end; k++) {
        if ((t->tok[k].vflags & VF_NUMBER) || (t->tok[k].flags & (TF_DIGIT | TF_DOLLAR)))
            break;
        if (KPI_TOK_IS(t, k, "nightly", "daily"))
            per |= KPI_PER_DAY;
        else if (KPI_TOK_IS(t, k, "each", "apiece"))
            per |= KPI_TOK_IS(t, k + 1, "way", "direction") ? KPI_PER_WAY : KPI_PER_ITEM;
        else if (k + 1 < t->ntok && KPI_TOK_IS(t, k, "per", "a", "an")) {
            if (day_word(t, k + 1))
                per |= KPI_PER_DAY;
            else if (head_word(t, k + 1))
                per |= KPI_PER_HEAD;
            else if (child_word(t, k + 1))
                per |= KPI_PER_CHILD;
            else if (KPI_TOK_IS(t, k, "per") && !recurs_after(t, t->tok[k].start))
                per |= KPI_PER_ITEM;
            k++;
        }
    }
    return per;
}

/* The count said at word k (2 to 999, digits or number words: "forty",
 * "fifty four"), setting *next to the word after it; 0 when none starts
 * there or it is money. */
static int count_words_at(const kpi_text *t, size_t k, size_t *next)
{
    *next = k + 1;
    int q = count_at(t, k);
    if (q)
        return q;
    if (!number_starts(t, k) || (t->tok[k].flags & TF_DIGIT))
        return 0;
    int64_t v = 0;
    size_t e = number_group(t->low, t->len, t->tok[k].start, &v);
    if (!e || v < 2 || v > 999)
        return 0;
    *next = kpi_text_tok_at(t, e);
    return (int)v;
}

/* Word k is a plural thing one buys by the piece ("tickets", "chairs"),
 * not a stretch of time, money or people. */
static bool item_plural(const kpi_text *t, size_t k)
{
    size_t n = t->tok[k].end - t->tok[k].start;
    if (n < 4 || t->low[t->tok[k].end - 1] != 's' || t->low[t->tok[k].end - 2] == 's' ||
        (t->tok[k].vflags & VF_NUMBER) || head_word(t, k) || day_word(t, k))
        return false;
    return !KPI_TOK_IS(t, k, "weeks", "months", "years", "hours", "minutes", "seconds", "times",
                       "dollars", "bucks", "cents", "percent", "kids", "children", "ways",
                       "stars", "points", "miles", "pounds", "inches", "feet", "floors",
                       "things", "questions", "options", "calls", "steps");
}

bool kpi_unit_one(const kpi_text *t, unsigned per, size_t from, size_t to)
{
    for (size_t k = kpi_text_tok_at(t, from); k < t->ntok && t->tok[k].end <= to; k++) {
        if (!KPI_TOK_IS(t, k, "one", "single", "1"))
            continue;
        size_t n = k + 1;
        bool other = n < t->ntok && t->tok[n].sent == t->tok[k].sent;
        if ((per == KPI_PER_WAY && other && KPI_TOK_IS(t, n, "way")) ||
            (per == KPI_PER_DAY && other && day_word(t, n)) ||
            (per == KPI_PER_HEAD && other && head_word(t, n)) ||
            (per == KPI_PER_CHILD && other && child_word(t, n)) ||
            (per == KPI_PER_ITEM &&
             !(other && (KPI_TOK_IS(t, n, "way", "each") || day_word(t, n) || head_word(t, n)))))
            return true;
    }
    return false;
}

/* The children counted right after the adults that end at word n: "two
 * adults and three kids" is a party of five. 0 when none follow. */
static int kids_with(const kpi_text *t, size_t n)
{
    if (!KPI_TOK_IS(t, n, "adults", "grownups") || !KPI_TOK_IS(t, n + 1, "and", "plus"))
        return 0;
    size_t m;
    int q = count_words_at(t, n + 2, &m);
    if (!q && KPI_TOK_IS(t, n + 2, "one", "a"))
        q = 1, m = n + 3;
    return q && m < t->ntok && child_word(t, m) && t->tok[m].sent == t->tok[n].sent ? q : 0;
}

/* Can word k start any count kpi_unit_count reads, other than a round
 * trip's? Only digits, number words and the few words its cases open with
 * ("both", "pair", "dozen", and "a"/"the" of "for a week") can: the scan
 * passes over every other word with this test alone, since it runs for
 * every turn that has a number in it. */
static bool may_start_count(const kpi_text *t, size_t k)
{
    const kpi_tok *w = &t->tok[k];
    if ((w->flags & TF_DIGIT) || (w->vflags & VF_NUMBER))
        return true;
    const char *p = t->low + w->start;
    switch (w->end - w->start) {
    case 1:
        return p[0] == 'a';
    case 3:
        return memcmp(p, "the", 3) == 0;
    case 4:
        return memcmp(p, "both", 4) == 0 || memcmp(p, "pair", 4) == 0;
    case 5:
        return memcmp(p, "dozen", 5) == 0;
    default:
        return false;
    }
}

int kpi_unit_count(const kpi_text *t, unsigned per)
{
    int last = 0;
    for (size_t k = 0; k < t->ntok; k++) {
        if (per != KPI_PER_WAY && !may_start_count(t, k))
            continue;
        if (per == KPI_PER_WAY) {
            if ((KPI_TOK_IS(t, k, "round", "return") && KPI_TOK_IS(t, k + 1, "trip", "trips")) ||
                KPI_TOK_IS(t, k, "roundtrip") ||
                (KPI_TOK_IS(t, k, "both") && KPI_TOK_IS(t, k + 1, "ways", "directions")) ||
                (KPI_TOK_IS(t, k, "there") && KPI_TOK_IS(t, k + 1, "and") &&
                 KPI_TOK_IS(t, k + 2, "back")))
                last = 2;
            continue;
        }
        /* "for a week", "for the week": seven days or nights */
        if (per == KPI_PER_DAY && k > 0 && KPI_TOK_IS(t, k - 1, "for") &&
            KPI_TOK_IS(t, k, "a", "the", "one") && KPI_TOK_IS(t, k + 1, "week"))
            last = 7;
        /* "both days", "both of us", "both kids" */
        if (KPI_TOK_IS(t, k, "both") &&
            ((per == KPI_PER_DAY && day_word(t, k + 1)) ||
             (per == KPI_PER_CHILD && child_word(t, k + 1)) ||
             (per == KPI_PER_HEAD && KPI_TOK_IS(t, k + 1, "of") && KPI_TOK_IS(t, k + 2, "us"))))
            last = 2;
        size_t n;
        int q = count_words_at(t, k, &n);
        if (!q)
            continue;
        /* "a party of six", "a group of 12" */
        if (per == KPI_PER_HEAD && k > 1 && KPI_TOK_IS(t, k - 1, "of") &&
            KPI_TOK_IS(t, k - 2, "party", "group") && t->tok[k - 2].sent == t->tok[k].sent) {
            last = q;
            k = n - 1;
            continue;
        }
        /* "a table for four", "a tee time for six": what a party books */
        if (per == KPI_PER_HEAD && k > 1 && KPI_TOK_IS(t, k - 1, "for") &&
            KPI_TOK_IS(t, k - 2, "table", "reservation", "booking", "time", "tour", "dinner",
                       "lunch", "brunch") &&
            t->tok[k - 2].sent == t->tok[k].sent &&
            !(n < t->ntok && t->tok[n].sent == t->tok[k].sent &&
              (day_word(t, n) || item_plural(t, n) || child_word(t, n)))) {
            last = q;
            k = n - 1;
            continue;
        }
        if (n >= t->ntok || t->tok[n].sent != t->tok[k].sent)
            continue;
        /* "five more nights" adds nights to some already counted */
        bool more = KPI_TOK_IS(t, n, "more", "extra", "additional");
        if (per == KPI_PER_DAY && !more && day_word(t, n))
            last = q;
        else if (per == KPI_PER_DAY && !more && KPI_TOK_IS(t, n, "weeks") && q <= 8)
            last = q * 7;
        else if (per == KPI_PER_HEAD && !more &&
                 (head_word(t, n) || (KPI_TOK_IS(t, n, "of") && KPI_TOK_IS(t, n + 1, "us"))))
            last = q + kids_with(t, n);
        else if (per == KPI_PER_CHILD && !more && child_word(t, n))
            last = q;
        /* "two tickets"; "we need two of them": the things just named */
        else if (per == KPI_PER_ITEM &&
                 (item_plural(t, n) ||
                  (KPI_TOK_IS(t, n, "of") && KPI_TOK_IS(t, n + 1, "them", "those", "these"))))
            last = q;
        k = n - 1;
    }
    return last;
}

/* Is the price ending at byte e said per month, year or week ("a month",
 * "per year", "monthly")? */
static bool recurs_after(const kpi_text *t, size_t e)
{
    size_t j = kpi_text_tok_at(t, e);
    if (j >= t->ntok)
        return false;
    if (KPI_TOK_IS(t, j, "monthly", "yearly", "annually", "weekly", "quarterly"))
        return true;
    return j + 1 < t->ntok && KPI_TOK_IS(t, j, "a", "per", "every", "each") &&
           KPI_TOK_IS(t, j + 1, "month", "year", "week", "mo", "yr", "quarter");
}

/* Is the dollars-and-cents reading lo of a spoken pair ending at byte e
 * too small for a service named beside it ([price_small]) to settle it?
 * Under three dollars, with the price told for a term or a party right
 * after it ("the trip protection is one forty nine for both of you", "the
 * plan is one forty nine for three years"), it is a total nobody quotes
 * for a plan or a cleaning: the larger reading. Said alone ("the lens
 * cleaning is one twenty five") or per a stretch of time ("a month", "a
 * day") the word still keeps it small, and so "nine fifty" for a plan. */
static bool small_too_small(const kpi_text *t, size_t e, int64_t lo)
{
    size_t j = kpi_text_tok_at(t, e);
    return lo < 300 && j + 1 < t->ntok && KPI_TOK_IS(t, j, "for") &&
           !KPI_TOK_IS(t, j + 1, "a", "per", "every", "each");
}

/* Is the spoken pair at words [k, end e) priced by the year: "a year",
 * "per year", "yearly", "annually" right after it, or its sentence [ss, se)
 * naming a term of years for a plan ("the two year protection plan", "a
 * five year warranty")? Nothing sold by the year costs a dollar and some
 * cents, so "one forty nine" is 149 there. "two years ago" or "she's three
 * years old" names no term. */
static bool priced_by_year(const kpi_text *t, size_t e, size_t ss, size_t se)
{
    size_t j = kpi_text_tok_at(t, e);
    if (j < t->ntok && t->tok[j].start < se) {
        if (KPI_TOK_IS(t, j, "yearly", "annually"))
            return true;
        if (j + 1 < t->ntok && KPI_TOK_IS(t, j, "a", "per", "every", "each") &&
            KPI_TOK_IS(t, j + 1, "year", "yr"))
            return true;
    }
    for (size_t k = kpi_text_tok_at(t, ss); k + 2 < t->ntok && t->tok[k + 2].start < se; k++) {
        const kpi_tok *w = &t->tok[k];
        if (!(w->flags & TF_DIGIT) && !(w->vflags & VF_NUMBER) && !KPI_TOK_IS(t, k, "a"))
            continue;
        if (KPI_TOK_IS(t, k + 1, "year", "years") &&
            KPI_TOK_IS(t, k + 2, "plan", "protection", "warranty", "contract", "coverage",
                       "membership", "subscription", "service", "agreement", "policy",
                       "extended", "care", "maintenance"))
            return true;
    }
    return false;
}

/* How far, in tenths of a factor of ten, a price lies from what an extra
 * typically costs beside a price ref that costs div times as much: beside
 * the main item's price about a twentieth of it ("a $45 case with a $899
 * phone", div 20), beside another extra about as much (div 1). */
static int64_t size_misfit(int64_t cents, int64_t ref, int64_t div)
{
    /* |log10(cents / (ref / div))| in tenths, by whole steps of 10^0.1 */
    int64_t lo = cents * div, hi = ref;
    if (lo > hi) {
        int64_t x = lo;
        lo = hi;
        hi = x;
    }
    int64_t tenths = 0;
    /* 10^0.1 ~ 1.2589: multiply lo by 1.2589 (as 12589/10000) until it reaches hi */
    while (lo < hi && tenths < 100) {
        lo = lo > KPI_PRICE_MAX_CENTS ? hi : lo * 12589 / 10000 + 1;
        tenths++;
    }
    return tenths;
}

/* The size of a spoken pair where nothing in its sentence says it ("three
 * fifty a month", "one twenty five"): the reading that sits better beside
 * the call's first price, said per the same stretch of time. A business
 * plan at $900 a month makes "three fifty a month" $350; a $4.99 plan makes
 * "two ninety nine a month" $2.99; "one twenty five" with a $4.50 coffee is
 * $1.25. Returns 1 for the larger reading, -1 for the smaller, 0 when the
 * call does not tell them apart by at least a factor of two. */
static int size_by_call(const kpi_scratch *s, int64_t hi, int64_t lo, bool recurring)
{
    if (s->price_ref <= 0 || recurring != s->price_ref_recurring)
        return 0;
    /* an extra's price is the scale for the extras offered after it */
    int64_t div = s->price_ref_addon ? 1 : 20;
    int64_t mh = size_misfit(hi, s->price_ref, div), ml = size_misfit(lo, s->price_ref, div);
    if (mh + 3 <= ml)
        return 1;
    if (ml + 3 <= mh)
        return -1;
    return 0;
}

/* Does the call's scale make the smaller reading of a spoken pair absurd,
 * a hundredth or less of what the call's prices say, where a word of the
 * sentence calls the thing priced small ("the trip protection is one forty
 * nine" on a $2,840 trip is $149, not $1.49)? A mere factor of a few ("the
 * furnace maintenance plan for nine fifty") leaves the word to decide. */
static bool call_outweighs_small(const kpi_scratch *s, int64_t hi, int64_t lo, bool recurring)
{
    if (s->price_ref <= 0 || recurring != s->price_ref_recurring)
        return false;
    int64_t div = s->price_ref_addon ? 1 : 20;
    return size_misfit(hi, s->price_ref, div) + 15 <= size_misfit(lo, s->price_ref, div);
}

/* A spoken pair whose size nothing settled ("uplighting for three fifty
 * and a photo booth for eight hundred"): things offered together in a turn
 * cost about the same, so a price of the turn whose size is known (a
 * digit price, "eight hundred", or "normally five hundred" after a cut)
 * settles it, to the reading nearer it by at least a factor of two; the
 * nearest such price in the turn is the one compared. A reading the call
 * sized already (kpi_amount.guessed false) stays; one sized here stays
 * guessed, as a sibling's size is no scale for the rest of the call. */
static void size_by_turn(kpi_scratch *s)
{
    for (size_t u = 0; u < s->namounts; u++) {
        kpi_amount *a = &s->amounts[u];
        if (!a->guessed || a->alt <= 0 || a->cents <= 0)
            continue;
        const kpi_amount *sib = NULL;
        for (size_t d = 1; d < s->namounts && !sib; d++) {
            if (u + d < s->namounts && !s->amounts[u + d].guessed && !s->amounts[u + d].excluded &&
                s->amounts[u + d].cents > 0)
                sib = &s->amounts[u + d];
            else if (u >= d && !s->amounts[u - d].guessed && !s->amounts[u - d].excluded &&
                     s->amounts[u - d].cents > 0)
                sib = &s->amounts[u - d];
        }
        if (!sib)
            continue;
        int64_t mc = size_misfit(a->cents, sib->cents, 1), ma = size_misfit(a->alt, sib->cents, 1);
        if (ma + 3 <= mc) {
            int64_t x = a->cents;
            a->cents = a->alt;
            a->alt = x;
        }
    }
}

/* Is word k the first word of a number: digits, or a number word not
 * continuing the one before it ("forty" in "two forty" is not)? */
static bool number_starts(const kpi_text *t, size_t k)
{
    const kpi_tok *w = &t->tok[k];
    if (w->flags & TF_DOLLAR)
        return false;
    if (w->flags & TF_DIGIT)
        return true;
    if (!(w->vflags & VF_NUMBER))
        return false;
    return k == 0 || !(t->tok[k - 1].vflags & VF_NUMBER) || t->tok[k - 1].sent != w->sent;
}

/* A price said as a difference, "ten more a month", "it's forty more",
 * "for twenty extra": a number (two or more) just before "more" or "extra",
 * after a word that states a price or "for", or with a price period after
 * it. "two more nights", "ten more minutes" and "at ten more" count things
 * or tell the time. Returns the end of the number (0 if none) and sets
 * *cents and *f. */
static size_t difference_at(const kpi_text *t, size_t k, int64_t *cents, amt_form *f)
{
    if (after_time_word(t, k) || !number_starts(t, k))
        return 0;
    size_t e = parse_amount(t->low, t->len, t->tok[k].start, cents, true, f);
    size_t m = e ? kpi_text_tok_at(t, e) : t->ntok;
    if (m >= t->ntok || t->tok[m].sent != t->tok[k].sent || !KPI_TOK_IS(t, m, "more", "extra") ||
        *cents < 200 || f->year)
        return 0;
    /* "more a month", "more dollars" */
    bool cur = false;
    if (price_suffix(t->low, t->len, t->tok[m].end, &cur))
        return e;
    bool stated = after_price_verb(t, k, KPI_AMT_SOLD) > PV_NONE ||
                  (k > 0 && KPI_TOK_IS(t, k - 1, "for"));
    return stated && !counts_things(t, t->tok[m].end, true) ? e : 0;
}

bool kpi_count_said(const kpi_text *t, int64_t q, size_t xs, size_t xe, size_t ys, size_t ye)
{
    for (size_t k = 0; k < t->ntok; k++) {
        const kpi_tok *w = &t->tok[k];
        if ((w->start >= xs && w->start < xe) || (w->start >= ys && w->start < ye))
            continue;
        int64_t v = 0;
        if (KPI_TOK_IS(t, k, "dozen"))
            v = 12;
        else if (KPI_TOK_IS(t, k, "both", "pair", "couple"))
            v = 2;
        else if (number_starts(t, k) && (w->flags & TF_DIGIT)) {
            /* "40.", "3," end a sentence; "4.5", "1,200" are no counts */
            for (size_t i = w->start; i < w->end && v <= 999; i++)
                v = v * 10 + (t->low[i] - '0');
            if (w->end + 1 < t->len && (t->low[w->end] == '.' || t->low[w->end] == ',') &&
                cz_is_digit(t->low[w->end + 1]))
                v = 0;
        } else if (number_starts(t, k)) {
            size_t e = number_group(t->low, t->len, w->start, &v);
            while (k + 1 < t->ntok && t->tok[k + 1].start < e)
                k++; /* "two hundred" is no "two" */
        }
        if (v == q)
            return true;
    }
    return false;
}

/* How many words a self-correction may lie between the price it takes back
 * and the one it gives. */
#define CORRECTION_SPAN 10

/* Do the words [a, b) of t, between two numbers, take the first back as a
 * slip of the tongue: "seventy nine each way uh sorry seventy nine for the
 * whole trip", "$89 each way... let me correct that, it's $89 for the round
 * trip", "forty, i mean fifty"? An apology ("i'm sorry", "so sorry") takes
 * nothing back, and only a few words may lie between. */
static bool corrected_between(const kpi_text *t, size_t a, size_t b)
{
    size_t k0 = kpi_text_tok_at(t, a);
    for (size_t k = k0; k < t->ntok && t->tok[k].end <= b; k++) {
        if (k - k0 >= CORRECTION_SPAN)
            return false;
        bool after = k > k0;
        if (KPI_TOK_IS(t, k, "correction") ||
            (KPI_TOK_IS(t, k, "sorry") &&
             !(after && KPI_TOK_IS(t, k - 1, "i'm", "im", "am", "so", "very", "really", "i"))) ||
            (after && KPI_TOK_IS(t, k, "correct") && KPI_TOK_IS(t, k - 1, "me")) ||
            (after && KPI_TOK_IS(t, k, "mean") && KPI_TOK_IS(t, k - 1, "i")))
            return true;
    }
    return false;
}

/* Is word k (a number not read as a price by itself) the price a
 * self-correction gives in place of the amount just before it ("seventy nine
 * each way uh sorry seventy nine for the whole trip")? The correction is the
 * evidence, as "normally" is for a cut. Its end, or 0. */
static size_t corrected_price(const kpi_scratch *s, const kpi_text *t, size_t k, int64_t *cents,
                              amt_form *f)
{
    if (!s->namounts || (t->tok[k].flags & TF_DOLLAR) || after_time_word(t, k))
        return 0;
    const kpi_amount *was = &s->amounts[s->namounts - 1];
    size_t i = t->tok[k].start;
    if (was->sent + 1 < kpi_text_sentence_at(t, i) || !corrected_between(t, was->end, i))
        return 0;
    size_t e = parse_amount(t->low, t->len, i, cents, true, f);
    if (!e || f->clock || f->year || counts_things(t, e, true))
        return 0;
    return e;
}

/* Is a number read as tot (or, for a spoken pair, as tot_alt) the unit price
 * of *unit (or its other reading) times a count said elsewhere in the turn?
 * Then the unit price takes that count and the reading that makes the sum
 * work ("two fifty each ... a dozen, so thirty": 2.50, not 250). */
static bool fold_total(const kpi_text *t, kpi_amount *unit, int64_t tot, int64_t tot_alt,
                       size_t ts, size_t te)
{
    const int64_t ur[2] = {unit->cents, unit->alt}, tr[2] = {tot, tot_alt};
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            if (ur[i] <= 0 || tr[j] <= ur[i] || tr[j] % ur[i] != 0 || tr[j] / ur[i] > 999)
                continue;
            int64_t q = tr[j] / ur[i];
            if ((unit->qty && unit->qty != q) ||
                !kpi_count_said(t, q, unit->start, unit->end, ts, te))
                continue;
            unit->cents = ur[i];
            unit->alt = 0;
            unit->qty = (int)q;
            return true;
        }
    return false;
}

/* A total worked out aloud after a unit price: "twenty a night, so forty
 * for the two nights", "four dollars per person, so two hundred for fifty
 * people", "eighteen per person, for forty that's seven twenty". The sum
 * shows it: a number after the unit price, in any of its readings, that is
 * the unit price times a count the turn says. It is not a price of its own:
 * the unit price takes the count (so the total is counted once, and a
 * quantity the customer says later does not multiply it again) and the
 * total is left out. A bare number needs no price word for this, as the
 * sum is the evidence; a time of day ("at seven twenty") is never one. */
static void worked_totals(kpi_scratch *s, const kpi_text *t)
{
    for (size_t u = 0; u < s->namounts; u++) {
        kpi_amount *unit = &s->amounts[u];
        if (!unit->each || unit->bundle || unit->excluded || unit->old)
            continue;
        bool done = false;
        for (size_t v = u + 1; v < s->namounts && !done; v++) {
            kpi_amount *tot = &s->amounts[v];
            if (tot->each || tot->excluded || tot->old)
                continue;
            if (fold_total(t, unit, tot->cents, tot->alt, tot->start, tot->end))
                done = tot->excluded = true;
        }
        for (size_t k = kpi_text_tok_at(t, unit->end); k < t->ntok && !done; k++) {
            const kpi_tok *w = &t->tok[k];
            bool taken = false;
            for (size_t v = 0; v < s->namounts && !taken; v++)
                taken = w->start >= s->amounts[v].start && w->start < s->amounts[v].end;
            if (taken || !number_starts(t, k) || after_time_word(t, k))
                continue;
            int64_t c;
            amt_form f;
            size_t e = parse_amount(t->low, t->len, w->start, &c, true, &f);
            if (!e || not_a_price(t, k, e))
                continue;
            int64_t c_alt = f.pair ? (c == f.read_hi ? f.read_lo : f.read_hi) : 0;
            done = fold_total(t, unit, c, c_alt, w->start, e);
            while (k + 1 < t->ntok && t->tok[k + 1].start < e)
                k++;
        }
    }
}

/* Is amount v the sum a recurring premium u covers, tied to it by "for" in
 * the same sentence? "water backup is $65 a year for $10,000", "for $6,500
 * that's $7 a month": the larger sum is what is insured, no price. The
 * premium is recurring, the sum is not and is many times it, and the two
 * stand within a few words with "for" right before the sum. */
static bool covered_sum(const kpi_text *t, const kpi_amount *u, const kpi_amount *v)
{
    if (u->sent != v->sent || !u->recurring || v->recurring || v->cents < 10 * u->cents)
        return false;
    size_t k = kpi_text_tok_at(t, v->start);
    if (k == 0 || !KPI_TOK_IS(t, k - 1, "for"))
        return false;
    size_t lo = u->end < v->end ? u->end : v->end, hi = u->start > v->start ? u->start : v->start;
    int between = 0;
    for (size_t j = kpi_text_tok_at(t, lo); j < t->ntok && t->tok[j].end <= hi; j++)
        between++;
    return between <= 4;
}

/* Sets aside the sums insured beside their premium (covered_sum). */
static void covered_sums(kpi_scratch *s, const kpi_text *t)
{
    for (size_t k = 0; k + 1 < s->namounts; k++) {
        kpi_amount *a = &s->amounts[k], *b = &s->amounts[k + 1];
        if (covered_sum(t, a, b))
            b->excluded = true;
        else if (covered_sum(t, b, a))
            a->excluded = true;
    }
}

void kpi_amounts_find(kpi_scratch *s, const kpi_text *t, int loose_mode)
{
    s->namounts = 0;
    /* most turns name no number at all: skip them without looking */
    if (!t->has_number)
        return;
    const char *low = t->low;
    /* a spoken "one forty nine" is 149 where its sentence is about something
     * priced in hundreds */
    bool large_turn = t->secmask & (1ull << KS_PRICE_LARGE);
    for (size_t k = 0; k < t->ntok; k++) {
        const kpi_tok *w = &t->tok[k];
        size_t i = w->start;
        if (w->flags & TF_DOLLAR)
            i--; /* the '$' just before the word */
        else if (!(w->flags & TF_DIGIT) && !(w->vflags & VF_NUMBER) &&
                 !(k + 1 < t->ntok && w->end - w->start == 1 && low[w->start] == 'a' &&
                   ((t->tok[k + 1].vflags & VF_NUMBER) || KPI_TOK_IS(t, k + 1, "buck", "dollar"))))
            continue; /* "a hundred" and "a buck fifty" are the only numbers not starting
                       * with a number word */
        int64_t cents;
        amt_form f;
        /* after "how much is it?", "it's thirty one ninety nine" is a price
         * even without "dollars" */
        size_t e = parse_amount(low, t->len, i, &cents, false, &f);
        /* "... normally sixty five but since we're already there fifty": a
         * bare number that ends the sentence of an old price in a revision,
         * or that no word after it counts ("usually eighty but sixty with a
         * visit"), below it, is the new price */
        bool revised = false;
        if (!e && loose_mode == KPI_AMT_OFFER && !(w->flags & TF_DOLLAR) &&
            !after_time_word(t, k) && s->namounts > 0 &&
            s->amounts[s->namounts - 1].old &&
            s->amounts[s->namounts - 1].sent == kpi_text_sentence_at(t, i)) {
            size_t re = parse_amount(low, t->len, i, &cents, true, &f);
            size_t j = re ? kpi_text_tok_at(t, re) : 0;
            /* a cut, not a count: below the old price and not far below it */
            int64_t was = s->amounts[s->namounts - 1].cents;
            if (re && !f.clock && !f.year && cents < was && cents * 4 >= was &&
                (j >= t->ntok || t->tok[j].sent != w->sent || !counts_things(t, re, true)))
                e = re, revised = true;
        }
        int verb = !e && loose_mode && !(w->flags & TF_DOLLAR) ? after_price_verb(t, k, loose_mode)
                                                               : 0;
        if (revised) {
            /* taken above */
        } else if (verb == PV_NOT) {
            e = 0;
        } else if (verb) {
            /* a bare number where the talk is of prices; but "it's three
             * sessions a week" counts things, and after "for" a small
             * number is a head count ("breakfast for two") */
            e = parse_amount(low, t->len, i, &cents, true, &f);
            if (e && ((counts_things(t, e, !after_time_word(t, k)) && !old_price_follows(t, e)) ||
                      (verb >= PV_FOR && cents < 1000 && !f.pair) || at_hour(t, k, e, cents, &f) ||
                      (verb == PV_SOLD_FOR && !sold_for_price(s, t, k, e, cents, &f))))
                e = 0;
        } else if (!e && loose_mode == KPI_AMT_ANSWER && !(w->flags & TF_DOLLAR) &&
                   opens_answer(t, k)) {
            /* "how much are those?" - "six ninety nine for a dozen": the
             * answer's opening number is the price asked for, unless a word
             * after it says what it counts or a clock would show it */
            e = parse_amount(low, t->len, i, &cents, true, &f);
            if (e && (counts_things(t, e, true) || f.quarter || f.year || cents < 100))
                e = 0;
        } else if (!e && loose_mode == KPI_AMT_STRICT && !(w->flags & TF_DOLLAR) &&
                   after_price_verb(t, k, KPI_AMT_STRICT)) {
            /* "it's twelve ninety nine" is a price wherever it is said: a
             * spoken pair no clock or calendar shows, after "it's", "is" */
            e = parse_amount(low, t->len, i, &cents, true, &f);
            if (e && (!f.pair || f.clock || f.year))
                e = 0; /* a count is one number: "twelve ninety nine seats six" runs on */
        } else if (!e && (loose_mode == KPI_AMT_OFFER || loose_mode == KPI_AMT_SOLD) &&
                   !(w->flags & TF_DOLLAR) && !after_time_word(t, k)) {
            /* in an offer, a spoken pair is said the way prices are: "we do
             * three twenty five, want one?" ("at nine thirty" is a time);
             * after a purchase, one that no clock shows ("the case for it,
             * twenty nine ninety nine") */
            e = parse_amount(low, t->len, i, &cents, true, &f);
            if (e && (!f.pair || counts_plural(t, e) ||
                      (loose_mode == KPI_AMT_SOLD && f.clock)))
                e = 0;
        }
        if (!e && loose_mode == KPI_AMT_OFFER && !(w->flags & (TF_DOLLAR | TF_DIGIT)) &&
            !verb) {
            /* "the matching chairs two hundred for the set of four" */
            e = parse_amount(low, t->len, i, &cents, true, &f);
            if (e && !priced_after_name(t, k, e, cents, &f))
                e = 0;
        }
        if (!e && loose_mode == KPI_AMT_OFFER && !verb)
            e = corrected_price(s, t, k, &cents, &f);
        if (!e && !(w->flags & TF_DOLLAR))
            e = difference_at(t, k, &cents, &f);
        size_t sent = e ? kpi_text_sentence_at(t, i) : 0;
        size_t ss = e ? t->sent[sent].start : 0, se = e ? t->sent[sent].end : 0;
        if (e && !f.money && not_a_price(t, k, e))
            e = 0;
        if (!e) {
            /* no price here, and none inside the same number either: "eleven
             * million dollars" is too big, not "million dollars" */
            while (k + 1 < t->ntok && (t->tok[k + 1].vflags & VF_NUMBER) &&
                   t->tok[k + 1].sent == w->sent)
                k++;
            continue;
        }
        bool guessed = false;
        if (f.pair_hi) {
            bool large = large_turn && kpi_has(t, KS_PRICE_LARGE, ss, se);
            bool small = kpi_has(t, KS_PRICE_SMALL, ss, se) && !small_too_small(t, e, f.pair_lo);
            int call_size = size_by_call(s, f.pair_hi, f.pair_lo, recurs_after(t, e));
            int by_call = large == small ? call_size : 0;
            /* a plan by the year is never a dollar and cents a year, unless
             * the call's prices are that small; "nine ninety nine a year"
             * may well be $9.99 (a domain's privacy protection) */
            bool yearly = f.pair_lo < 200 && call_size >= 0 && priced_by_year(t, e, ss, se);
            if (yearly || (large && !small) || by_call > 0 ||
                (small && !large && call_outweighs_small(s, f.pair_hi, f.pair_lo,
                                                         recurs_after(t, e))))
                cents = f.pair_hi;
            else if ((small && !large) || by_call < 0)
                cents = f.pair_lo;
            else
                guessed = !f.money && f.pair_hi != f.pair_lo;
            /* "usually four hundred, but this month it's three fifty": a
             * cut of the usual price said just before is near it, never a
             * hundredth of it */
            const kpi_amount *was = s->namounts ? &s->amounts[s->namounts - 1] : NULL;
            if (!f.money && was && was->old && was->cents > 0 && sent <= was->sent + 1) {
                int64_t dh = was->cents - f.pair_hi, dl = was->cents - f.pair_lo;
                cents = (dh < 0 ? -dh : dh) <= (dl < 0 ? -dl : dl) ? f.pair_hi : f.pair_lo;
                guessed = false;
            }
        }
        kpi_amount a = {.start = i, .end = e, .cents = cents, .sent = sent,
                        .recurring = recurs_after(t, e), .guessed = guessed};
        if (f.pair && !f.money) /* "seven twenty": the other size it may have */
            a.alt = cents == f.read_hi ? f.read_lo : f.read_hi;
        size_t wb = kpi_text_words_back(t, i, ss, 4);
        size_t wf = kpi_text_words_fwd(t, e, se, 4);
        /* "it's actually $69, not $79": the price a correction sets aside */
        a.old = kpi_has(t, KS_PRICE_OLD, wb, i) || (k > 0 && KPI_TOK_IS(t, k - 1, "not"));
        a.excluded = kpi_has(t, KS_PRICE_EXCL_BEFORE, wb, i) ||
                     kpi_has(t, KS_PRICE_EXCL_AFTER, e, wf);
        /* "$240 each", "$120 a year each", "$35 per person" */
        size_t ms, me;
        a.each = kpi_find(t, KS_UNIT_PRICE, e, kpi_text_words_fwd(t, e, se, 3), &ms, &me);
        /* "a pack of three for fourteen each", "seats together for $4 each":
         * "each" right after the price makes it per item whatever the words
         * before it say */
        size_t after = kpi_text_tok_at(t, e);
        a.bundle = section_right_before(t, KS_BUNDLE, k, ss) &&
                   !(after < t->ntok && KPI_TOK_IS(t, after, "each", "apiece"));
        /* "normally $45 per person, but for you it's $35": a cut of an old
         * unit price, with no unit of its own, is per unit too */
        const kpi_amount *prev = s->namounts ? &s->amounts[s->namounts - 1] : NULL;
        if (!a.each && !a.bundle && !a.old && prev && prev->old && prev->each && !prev->bundle &&
            a.cents < prev->cents && a.sent <= prev->sent + 1)
            a.each = true;
        if (a.each && !a.bundle) {
            a.qty = qty_before(t, k, ss);
            a.per = unit_per(t, e, se);
            if (!a.per) /* a cut of an old unit price is per the same unit */
                a.per = prev && prev->old && prev->each ? prev->per : KPI_PER_ITEM;
        }
        /* "seventy nine each way uh sorry seventy nine for the whole trip":
         * the price taken back is set aside like a usual one */
        if (!a.old && s->namounts && corrected_between(t, s->amounts[s->namounts - 1].end, i))
            s->amounts[s->namounts - 1].old = true;
        amounts_push(s, &a);
        /* continue after the amount's words */
        while (k + 1 < t->ntok && t->tok[k + 1].start < e)
            k++;
    }
    size_by_turn(s);
    worked_totals(s, t);
    covered_sums(s, t);
}
