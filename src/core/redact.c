/* redact.c - masks personal data in transcript text: payment card numbers,
 * US social security numbers, e-mail addresses, phone numbers, and card and
 * phone numbers read out as words ("four one one one ..."). A hand-written
 * scanner over bytes: one pass, linear time, no regex. Text that cannot hold
 * any of these (too few digits, no '@', no run of digit words) is turned
 * away by a quick pre-scan. */
#include "redact.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util.h"

enum tag { T_NONE, T_CARD, T_SSN, T_EMAIL, T_PHONE };
static const char *const TAG_TEXT[] = {"", "[CARD]", "[SSN]", "[EMAIL]", "[PHONE]"};

#define CARD_MIN 13
#define CARD_MAX 19
#define INTL_MIN 8  /* digits of the shortest international number we mask */
#define INTL_MAX 15 /* E.164 limit */
#define MIN_NUMERIC_DIGITS 8 /* the fewest digits any numeric pattern holds */
#define PHONE_WORDS 10 /* a US number read out digit by digit */
/* Ten two-letter words ("oh") and their separators. */
#define MIN_SPELLED_LEN (PHONE_WORDS * 3 - 1)

static bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool is_alnum(unsigned char c) { return cz_is_digit(c) || is_alpha(c); }

/* Characters of an e-mail address's local part. */
static bool is_local(unsigned char c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* Punctuation that joins digits into one number ("1,200", "3:30", "10/09"). */
static bool is_joiner(unsigned char c)
{
    return c == '.' || c == ',' || c == ':' || c == '/' || c == '-';
}

static bool all_digits(const char *s, size_t len, size_t at, size_t n)
{
    if (at + n > len)
        return false;
    for (size_t k = 0; k < n; k++)
        if (!cz_is_digit((unsigned char)s[at + k]))
            return false;
    return true;
}

static int num3(const char *s, size_t at)
{
    return (s[at] - '0') * 100 + (s[at + 1] - '0') * 10 + (s[at + 2] - '0');
}

/* True when a number may start at i: not inside a word or a larger number,
 * not a money amount. */
static bool num_start_ok(const char *s, size_t i)
{
    if (i == 0)
        return true;
    unsigned char p = (unsigned char)s[i - 1];
    if (is_alnum(p) || p == '$')
        return false;
    if (is_joiner(p) && i >= 2 && cz_is_digit((unsigned char)s[i - 2]))
        return false;
    return true;
}

/* True when a number may end at j (exclusive): the next characters do not
 * continue it. */
static bool num_end_ok(const char *s, size_t len, size_t j)
{
    if (j >= len)
        return true;
    unsigned char c = (unsigned char)s[j];
    if (is_alnum(c))
        return false;
    if (is_joiner(c) && j + 1 < len && cz_is_digit((unsigned char)s[j + 1]))
        return false;
    return true;
}

/* Luhn checksum over n digit values, rightmost is the check digit. */
static bool luhn_ok(const int *d, int n)
{
    int sum = 0;
    for (int k = 0; k < n; k++) {
        int v = d[n - 1 - k];
        if (k & 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0;
}

/* A card number at i: 13-19 digits, single spaces or dashes allowed between
 * digits. The longest Luhn-valid prefix that ends a digit group at a number
 * boundary wins. Returns its end, or 0. */
static size_t match_card(const char *s, size_t len, size_t i)
{
    int dig[CARD_MAX];
    size_t end[CARD_MAX];
    int n = 0;
    size_t j = i;
    while (n < CARD_MAX && j < len && cz_is_digit((unsigned char)s[j])) {
        dig[n] = s[j] - '0';
        end[n++] = ++j;
        if (j + 1 < len && (s[j] == ' ' || s[j] == '-') && cz_is_digit((unsigned char)s[j + 1]))
            j++;
    }
    for (int k = n; k >= CARD_MIN; k--) {
        size_t e = end[k - 1];
        if (num_end_ok(s, len, e) && luhn_ok(dig, k))
            return e;
    }
    return 0;
}

/* A US social security number at i: ddd-dd-dddd or ddd dd dddd, with an
 * area that is ever issued (not 000, 666 or 9xx), group not 00, serial not
 * 0000. Returns its end, or 0. */
static size_t match_ssn(const char *s, size_t len, size_t i)
{
    if (i + 11 > len)
        return 0;
    char sep = s[i + 3];
    if ((sep != '-' && sep != ' ') || s[i + 6] != sep)
        return 0;
    if (!all_digits(s, len, i, 3) || !all_digits(s, len, i + 4, 2) || !all_digits(s, len, i + 7, 4))
        return 0;
    int area = num3(s, i);
    if (area == 0 || area == 666 || area >= 900)
        return 0;
    if (s[i + 4] == '0' && s[i + 5] == '0')
        return 0;
    if (memcmp(s + i + 7, "0000", 4) == 0)
        return 0;
    return num_end_ok(s, len, i + 11) ? i + 11 : 0;
}

static bool is_phone_sep(unsigned char c) { return c == '-' || c == '.' || c == ' '; }

/* The ten digits of a US number at j: "(555) 123-4567", "(555)123-4567",
 * "555-123-4567", "555.123.4567", "555 123 4567" or "5551234567" (area code
 * starting 2-9 when unformatted). Returns the end, or 0. */
static size_t us_number(const char *s, size_t len, size_t j)
{
    size_t k;
    if (j < len && s[j] == '(') {
        if (!all_digits(s, len, j + 1, 3) || j + 4 >= len || s[j + 4] != ')')
            return 0;
        k = j + 5;
        if (k < len && s[k] == ' ')
            k++;
    } else if (all_digits(s, len, j, 10)) {
        return s[j] >= '2' && num_end_ok(s, len, j + 10) ? j + 10 : 0;
    } else if (all_digits(s, len, j, 3) && j + 3 < len && is_phone_sep((unsigned char)s[j + 3])) {
        k = j + 4;
    } else {
        return 0;
    }
    if (!all_digits(s, len, k, 3))
        return 0;
    k += 3;
    if (k < len && is_phone_sep((unsigned char)s[k]))
        k++;
    if (!all_digits(s, len, k, 4))
        return 0;
    k += 4;
    return num_end_ok(s, len, k) ? k : 0;
}

/* A US phone number at i, with or without a leading "1" trunk prefix
 * ("1-800-555-1234", "15551234567"). Returns its end, or 0. */
static size_t match_us_phone(const char *s, size_t len, size_t i)
{
    if (s[i] == '1' && i + 1 < len) {
        size_t e = 0;
        if (is_phone_sep((unsigned char)s[i + 1]))
            e = us_number(s, len, i + 2);
        else if (s[i + 1] == '(' || all_digits(s, len, i + 1, 10))
            e = us_number(s, len, i + 1);
        if (e)
            return e;
    }
    return us_number(s, len, i);
}

/* Separators an international number may hold between digit groups:
 * "+44 20 7946 0958", "+1 (555) 123-4567", "+44 (0)20 7946 0958". */
static bool is_intl_sep(unsigned char c)
{
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

/* An international number at i ('+'): 8-15 digits in groups joined by at
 * most two separator characters. Groups are taken while the total stays
 * within 15 digits. Returns the end, or 0. */
static size_t match_intl(const char *s, size_t len, size_t i)
{
    size_t j = i + 1, end = 0;
    int total = 0;
    if (j < len && s[j] == '(') /* "+(44)" */
        j++;
    for (;;) {
        size_t g = j;
        while (g < len && cz_is_digit((unsigned char)s[g]))
            g++;
        int n = (int)(g - j);
        if (n == 0 || total + n > INTL_MAX)
            break;
        total += n;
        end = g;
        size_t k = g, seps = 0;
        while (k < len && seps < 2 && is_intl_sep((unsigned char)s[k]))
            k++, seps++;
        if (seps == 0 || k >= len || !cz_is_digit((unsigned char)s[k]))
            break;
        j = k;
    }
    if (total < INTL_MIN)
        return 0;
    return num_end_ok(s, len, end) ? end : 0;
}

/* An e-mail address whose local part starts at i. Returns its end, or 0 and
 * sets *skip to the first position where another attempt could succeed. */
static size_t match_email(const char *s, size_t len, size_t i, size_t *skip)
{
    size_t j = i;
    while (j < len && is_local((unsigned char)s[j]))
        j++;
    if (j == i || j >= len || s[j] != '@') {
        *skip = j > i ? j : i + 1;
        return 0;
    }
    size_t k = j + 1, end = 0;
    int labels = 0;
    for (;;) {
        size_t ls = k;
        bool alpha = true;
        while (k < len && (is_alnum((unsigned char)s[k]) || s[k] == '-')) {
            if (!is_alpha((unsigned char)s[k]))
                alpha = false;
            k++;
        }
        if (k == ls)
            break;
        labels++;
        if (labels >= 2 && alpha && k - ls >= 2)
            end = k;
        if (k + 1 < len && s[k] == '.' && is_alnum((unsigned char)s[k + 1]))
            k++;
        else
            break;
    }
    if (!end)
        *skip = j + 1;
    return end;
}

/* The digit a spoken word names ("four" -> 4, "oh" -> 0), case-insensitive,
 * for the alphabetic word at i; -1 if it is not one. *end gets the word end. */
static int digit_word(const char *s, size_t len, size_t i, size_t *end)
{
    size_t j = i;
    while (j < len && is_alpha((unsigned char)s[j]))
        j++;
    *end = j;
    size_t n = j - i;
    if (n == 0 || n > 5)
        return -1;
    const char *w = s + i;
    switch (w[0] | 0x20) { /* dispatch on the first letter: most words fail here */
    case 'o':
        if (n == 1 || (n == 2 && (w[1] | 0x20) == 'h'))
            return 0;
        return n == 3 && strncasecmp(w, "one", 3) == 0 ? 1 : -1;
    case 'z': return n == 4 && strncasecmp(w, "zero", 4) == 0 ? 0 : -1;
    case 't':
        if (n == 3 && strncasecmp(w, "two", 3) == 0)
            return 2;
        return n == 5 && strncasecmp(w, "three", 5) == 0 ? 3 : -1;
    case 'f':
        if (n != 4)
            return -1;
        if (strncasecmp(w, "four", 4) == 0)
            return 4;
        return strncasecmp(w, "five", 4) == 0 ? 5 : -1;
    case 's':
        if (n == 3 && strncasecmp(w, "six", 3) == 0)
            return 6;
        return n == 5 && strncasecmp(w, "seven", 5) == 0 ? 7 : -1;
    case 'e': return n == 5 && strncasecmp(w, "eight", 5) == 0 ? 8 : -1;
    case 'n': return n == 4 && strncasecmp(w, "nine", 4) == 0 ? 9 : -1;
    default: return -1;
    }
}

/* A number read out as words at i ("four one one one, one one ..."), digit
 * words separated by spaces, commas, dashes or periods: 13-19 Luhn-valid
 * digits are a card, a whole run of 10 digits (11 starting with "one") a
 * phone number. Returns its end and the tag in *tag, or 0 and sets *skip to
 * the next position worth trying (past the run when it is too short for any
 * later start to succeed, so the phone case only ever sees whole runs). */
static size_t match_spelled(const char *s, size_t len, size_t i, enum tag *tag, size_t *skip)
{
    int dig[CARD_MAX];
    size_t end[CARD_MAX];
    int n = 0;
    size_t j = i;
    while (n < CARD_MAX) {
        size_t e;
        int v = digit_word(s, len, j, &e);
        if (v < 0)
            break;
        dig[n] = v;
        end[n++] = e;
        size_t k = e;
        while (k < len && k - e < 3 &&
               (s[k] == ' ' || s[k] == ',' || s[k] == '-' || s[k] == '.'))
            k++;
        if (k == e || k >= len || !is_alpha((unsigned char)s[k]))
            break;
        j = k;
    }
    if (n < CARD_MIN) {
        if (n == PHONE_WORDS || (n == PHONE_WORDS + 1 && dig[0] == 1)) {
            *tag = T_PHONE;
            return end[n - 1];
        }
        *skip = n ? end[n - 1] : i + 1;
        return 0;
    }
    for (int k = n; k >= CARD_MIN; k--)
        if (luhn_ok(dig, k)) {
            *tag = T_CARD;
            return end[k - 1];
        }
    *skip = i + 1;
    return 0;
}

/* True when the text holds a run of at least 10 digit words, the least a
 * spelled-out number needs. One cheap pass from word to word. */
static bool has_spelled_run(const char *s, size_t len)
{
    int run = 0;
    size_t i = 0;
    while (i < len) {
        if (!is_alpha((unsigned char)s[i])) {
            unsigned char c = (unsigned char)s[i];
            if (c != ' ' && c != ',' && c != '-' && c != '.')
                run = 0;
            i++;
            continue;
        }
        size_t e;
        if (digit_word(s, len, i, &e) < 0)
            run = 0;
        else if (++run >= PHONE_WORDS)
            return true;
        i = e;
    }
    return false;
}

/* What the pre-scan found worth looking for. */
typedef struct {
    bool numeric, email, spelled;
} wanted;

/* The bytes a run of digit words can hold: the letters of "zero".."nine"
 * and "oh" in either case, and the separators match_spelled allows. A letter
 * outside that set (a, b, c, d, j, k, l, m, p, q, y) cannot be inside such a
 * run, so most text is dismissed with a few table look-ups, and digit_word
 * only reads the stretches long enough to hold ten digit words. */
#define RUN_(c) [c] = 1, [c - 32] = 1
static const unsigned char RUN_BYTE[256] = {
    [' '] = 1, [','] = 1, ['-'] = 1, ['.'] = 1,
    RUN_('e'), RUN_('f'), RUN_('g'), RUN_('h'), RUN_('i'), RUN_('n'), RUN_('o'), RUN_('r'),
    RUN_('s'), RUN_('t'), RUN_('u'), RUN_('v'), RUN_('w'), RUN_('x'), RUN_('z'),
};
#undef RUN_

/* has_spelled_run over the stretch s[from, to) of run bytes, leaving out a
 * word cut at its start (its first letters are outside the set). A word cut
 * at the end may still pass for a digit word: the pre-scan may say yes where
 * the scan proper then finds nothing, never the other way round. */
static bool stretch_has_run(const char *s, size_t from, size_t to)
{
    if (from > 0 && is_alpha((unsigned char)s[from - 1]))
        while (from < to && is_alpha((unsigned char)s[from]))
            from++;
    return to - from >= MIN_SPELLED_LEN && has_spelled_run(s + from, to - from);
}

/* True when text holds a stretch of at least MIN_SPELLED_LEN run bytes with
 * ten digit words in it. The test looks at the last byte of each window
 * first: a byte that cannot be in a run rules out every window holding it, so
 * the scan jumps past it and reads a few bytes per window, not all. */
static bool spelled_candidate(const char *text, size_t len)
{
    const size_t w = MIN_SPELLED_LEN;
    size_t i = 0;
    while (i + w <= len) {
        size_t p = i + w;
        while (p > i && RUN_BYTE[(unsigned char)text[p - 1]])
            p--;
        if (p > i) {
            i = p; /* text[p-1] breaks every window that holds it */
            continue;
        }
        size_t end = i + w; /* text[i, i+w) are all run bytes: extend the stretch */
        while (end < len && RUN_BYTE[(unsigned char)text[end]])
            end++;
        if (stretch_has_run(text, i, end))
            return true;
        i = end + 1;
    }
    return false;
}

/* Quick passes: numeric patterns need enough digits, e-mail needs '@',
 * spelled-out numbers a stretch of run bytes long enough for ten words. */
static wanted prescan(const char *text, size_t len)
{
    size_t digits = 0;
#ifdef __SSE2__
    /* Where the CPU has SSE2 (every x86-64), digits and '@' are found in
     * one pass sixteen bytes at a time; the last few bytes are read as the
     * sixteen that end the text with the ones counted already zeroed (a
     * zero is neither), or, in a text shorter than a block, copied into a
     * zeroed block. Each byte lane counts its digits and the lanes are
     * summed every 8 blocks (no lane passes 255) to stop once there are
     * enough. The same answers as counting byte by byte, with a fraction
     * of the instructions. */
    const __m128i zero = _mm_setzero_si128(), c0 = _mm_set1_epi8('0'), c9 = _mm_set1_epi8(9),
                  cat = _mm_set1_epi8('@');
    __m128i acc = zero, ats = zero;
    size_t i = 0;
    for (unsigned blocks = 0; i < len && digits < MIN_NUMERIC_DIGITS; i += 16) {
        __m128i x;
        if (i + 16 <= len) {
            x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
        } else if (len >= 16) {
            /* the sixteen bytes that end the text, those counted already
             * zeroed: RAMP + r has 0xFF in the lanes of the last r bytes */
            static const unsigned char RAMP[32] = {
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
            x = _mm_and_si128(
                _mm_loadu_si128((const __m128i *)(const void *)(text + len - 16)),
                _mm_loadu_si128((const __m128i *)(const void *)(RAMP + (len - i))));
        } else {
            char last[16] = {0};
            memcpy(last, text + i, len - i);
            x = _mm_loadu_si128((const __m128i *)(const void *)last);
        }
        __m128i d = _mm_sub_epi8(x, c0);
        acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_min_epu8(d, c9), d)); /* '0'..'9' */
        ats = _mm_or_si128(ats, _mm_cmpeq_epi8(x, cat));
        if (++blocks == 8 || i + 16 >= len) {
            __m128i sum = _mm_sad_epu8(acc, zero);
            digits += (size_t)_mm_cvtsi128_si32(sum) +
                      (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
            acc = zero;
            blocks = 0;
        }
    }
    /* the bytes the count did not reach may still hold the '@' */
    bool at = _mm_movemask_epi8(ats) || (i < len && memchr(text + i, '@', len - i));
#else
    for (size_t i = 0; i < len && digits < MIN_NUMERIC_DIGITS; i++)
        digits += (unsigned)((unsigned char)text[i] - '0') < 10u;
    bool at = memchr(text, '@', len) != NULL;
#endif
    wanted w = {digits >= MIN_NUMERIC_DIGITS, at,
                len >= MIN_SPELLED_LEN && spelled_candidate(text, len)};
    return w;
}

char *redact_pii(const char *text, size_t len, size_t *out_len)
{
    if (!text || len == 0)
        return NULL;
    wanted w = prescan(text, len);
    if (!w.numeric && !w.email && !w.spelled)
        return NULL;

    strbuf out = SB_INIT;
    bool any = false;
    size_t emitted = 0, email_skip = 0, spell_skip = 0, i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)text[i];
        unsigned char prev = i ? (unsigned char)text[i - 1] : ' ';
        size_t end = 0, skip = 0;
        enum tag tag = T_NONE;

        if (w.email && i >= email_skip && is_local(c) && !is_local(prev)) {
            if ((end = match_email(text, len, i, &skip)))
                tag = T_EMAIL;
            else
                email_skip = skip;
        }
        if (!tag && w.numeric && (cz_is_digit(c) || c == '+' || c == '(') && num_start_ok(text, i)) {
            if (c == '+') {
                if ((end = match_intl(text, len, i)))
                    tag = T_PHONE;
            } else if (c == '(') {
                if ((end = us_number(text, len, i)))
                    tag = T_PHONE;
            } else if ((end = match_card(text, len, i))) {
                tag = T_CARD;
            } else if ((end = match_ssn(text, len, i))) {
                tag = T_SSN;
            } else if ((end = match_us_phone(text, len, i))) {
                tag = T_PHONE;
            }
        }
        if (!tag && w.spelled && i >= spell_skip && is_alpha(c) && !is_alpha(prev)) {
            if (!(end = match_spelled(text, len, i, &tag, &skip)))
                spell_skip = skip;
        }

        if (!tag) {
            i++;
            continue;
        }
        sb_append(&out, text + emitted, i - emitted);
        sb_puts(&out, TAG_TEXT[tag]);
        any = true;
        emitted = i = end;
    }
    if (!any)
        return NULL;
    sb_append(&out, text + emitted, len - emitted);
    if (out_len)
        *out_len = out.len;
    return sb_steal(&out);
}
