/* test_redact.c - unit tests of redact_pii: what must be masked, what must
 * stay (money, times, dates, short numbers, order numbers), edge positions,
 * and that long text stays linear. */
#include <stdlib.h>
#include <string.h>

#include "redact.h"
#include "t.h"
#include "util.h"

/* The redacted form of s, or s itself when nothing was masked. Caller frees. */
static char *red(const char *s)
{
    size_t n = 0;
    char *r = redact_pii(s, strlen(s), &n);
    if (!r)
        return xstrdup(s);
    if (n != strlen(r)) {
        free(r);
        return xstrdup("(length mismatch)");
    }
    return r;
}

static void expect(const char *in, const char *want, const char *name)
{
    char *got = red(in);
    CHECK_STR(got, want, name);
    free(got);
}

static void expect_null(const char *in, const char *name)
{
    size_t n = 12345;
    char *r = redact_pii(in, strlen(in), &n);
    CHECK(r == NULL && n == 12345, name);
    free(r);
}

static void cards(void)
{
    expect("card 4111 1111 1111 1111 ok", "card [CARD] ok", "card spaced");
    expect("card 4111-1111-1111-1111.", "card [CARD].", "card dashed");
    expect("4111111111111111", "[CARD]", "card bare whole text");
    expect("amex 378282246310005 thanks", "amex [CARD] thanks", "card 15 digits");
    expect("amex 3782 822463 10005", "amex [CARD]", "card amex grouping");
    expect("visa13 4222222222222", "visa13 [CARD]", "card 13 digits");
    expect("(4111 1111 1111 1111)", "([CARD])", "card in parentheses");
    expect("order 1234567812345678 shipped", "order 1234567812345678 shipped",
           "16-digit non-Luhn order number stays");
    expect("card 4111 1111 1111 1111 2 times", "card [CARD] 2 times",
           "card followed by another number");
    expect("ref 41111111111111112222333", "ref 41111111111111112222333",
           "25-digit run is not a card");
    expect("4111  1111 1111 1111", "4111  1111 1111 1111", "double space breaks a card");
    expect("x4111111111111111", "x4111111111111111", "card glued to a word stays");
    expect("four one one one one one one one one one one one one one one one",
           "[CARD]", "spelled card");
    expect("it is Four, One, one one. one one one one - one one one one one one one one!",
           "it is [CARD]!", "spelled card with punctuation");
    expect("one two three four five six seven eight nine one two three four",
           "one two three four five six seven eight nine one two three four",
           "spelled non-Luhn stays");
    expect("one two three", "one two three", "few spelled digits stay");
    expect("my number is five five five, one two three, four five six seven ok",
           "my number is [PHONE] ok", "spelled phone");
    expect("call one eight hundred", "call one eight hundred", "spelled 1-800 words stay");
    /* the pre-scan reads stretches of letters a digit word can hold: a
     * number right after a word with other letters, with commas and dashes */
    expect("Please ring back: four one five, five five five - oh one three two, thanks",
           "Please ring back: [PHONE], thanks", "spelled phone after other words, with separators");
    expect("lone four one five five five five oh one three two",
           "lone [PHONE]", "spelled phone after a word ending in digit-word letters");
    expect("SEVEN ONE EIGHT FIVE FIVE FIVE ZERO ONE NINE NINE",
           "[PHONE]", "spelled phone in capitals");
    expect("one five five five one two three four five six seven",
           "[PHONE]", "spelled phone with trunk one");
    expect("two five five five one two three four five six seven",
           "two five five five one two three four five six seven", "eleven spelled digits stay");
    expect("nine eight seven six five four three two one", "nine eight seven six five four three two one",
           "nine spelled digits stay");
}

static void ssns(void)
{
    expect("ssn 123-45-6789.", "ssn [SSN].", "ssn dashed");
    expect("ssn is 123 45 6789 ok", "ssn is [SSN] ok", "ssn spaced");
    expect("000-12-3456", "000-12-3456", "ssn area 000 stays");
    expect("666-12-3456", "666-12-3456", "ssn area 666 stays");
    expect("900-12-3456", "900-12-3456", "ssn area 9xx stays");
    expect("123-00-4567", "123-00-4567", "ssn group 00 stays");
    expect("123-45-0000", "123-45-0000", "ssn serial 0000 stays");
    expect("123-45 6789", "123-45 6789", "ssn mixed separators stay");
    expect("123-45-67890", "123-45-67890", "ssn with extra digit stays");
}

static void emails(void)
{
    expect("mail john.smith+cz@example.co.uk.", "mail [EMAIL].", "email with subdomain");
    expect("a@b.io", "[EMAIL]", "email short");
    expect("<jane_doe@mail-host.example.com>", "<[EMAIL]>", "email in brackets");
    expect("me@localhost", "me@localhost", "no TLD stays");
    expect("me@host.c", "me@host.c", "one-letter TLD stays");
    expect("@ alone and x@ y", "@ alone and x@ y", "bare at signs stay");
    expect("two: a@x.com, b@y.org", "two: [EMAIL], [EMAIL]", "two emails");
}

static void phones(void)
{
    expect("call (555) 123-4567 now", "call [PHONE] now", "phone parens");
    expect("call (555)123-4567", "call [PHONE]", "phone parens no space");
    expect("555-123-4567", "[PHONE]", "phone dashed");
    expect("555.123.4567", "[PHONE]", "phone dotted");
    expect("555 123 4567", "[PHONE]", "phone spaced");
    expect("at 5551234567.", "at [PHONE].", "phone 10 digits");
    expect("dial +1 555 123 4567", "dial [PHONE]", "phone +1");
    expect("dial +1 (555) 123-4567", "dial [PHONE]", "phone +1 parens");
    expect("dial 1-800-555-1234", "dial [PHONE]", "phone trunk prefix");
    expect("dial 15551234567", "dial [PHONE]", "phone 11 digits");
    expect("london +44 20 7946 0958 today", "london [PHONE] today", "phone international");
    expect("+442079460958", "[PHONE]", "phone international compact");
    expect("+44 (0)20 7946 0958", "[PHONE]", "phone international trunk zero");
    expect("555-1234", "555-1234", "seven digits stay");
    expect("+1 23", "+1 23", "short plus number stays");
    expect("555-123-45678", "555-123-45678", "phone with extra digit stays");
    expect("a 555-123-4567 and b@c.de and 123-45-6789",
           "a [PHONE] and [EMAIL] and [SSN]", "mixed items");
}

static void keeps(void)
{
    expect_null("", "empty text");
    expect_null("hello there, how can I help?", "no digits");
    expect_null("that is $1,200 for 3 months", "money with comma");
    expect_null("it costs $49.99 a month at 3:30 pm", "money and time");
    expect_null("The total is $1,234,567.89 today", "large money");
    expect_null("on 2025-10-09 at 16:19:15", "ISO date");
    expect_null("on 10/09/2025 or 2025/10/09", "slash dates");
    expect_null("2025-10-09T16:19:15Z", "timestamp");
    expect_null("version 1.2.3.4.5.6.7.8", "dotted version");
    expect_null("pay $5551234567 now", "dollar amount of ten digits");
    expect_null("1,234,567,890", "grouped number");
    expect_null("call me at 12:30:45.123456789", "long fraction");
}

static void edges(void)
{
    const char t[] = "x 4111111111111111";
    char *r = redact_pii(t, 6, NULL); /* only "x 4111" in view */
    CHECK(r == NULL, "length limits the scan");
    free(r);

    const char nul[] = "a\0b 555-123-4567";
    size_t n = 0;
    r = redact_pii(nul, sizeof nul - 1, &n);
    CHECK(r && n == 11 && memcmp(r, "a\0b [PHONE]", 11) == 0, "NUL bytes pass through");
    free(r);

    CHECK(redact_pii(NULL, 0, &n) == NULL, "NULL text");

    expect("h\xc3\xa9llo 555-123-4567 \xe2\x82\xac", "h\xc3\xa9llo [PHONE] \xe2\x82\xac",
           "UTF-8 around an item");

    /* Long adversarial inputs: finish quickly and mask what they should. */
    size_t big = 2u << 20;
    char *s = xmalloc(big + 1);
    for (size_t i = 0; i < big; i++)
        s[i] = "1 2-3.4"[i % 7];
    s[big] = 0;
    double t0 = cz_now_mono();
    r = redact_pii(s, big, &n);
    free(r);
    for (size_t i = 0; i < big; i++)
        s[i] = (i % 64 == 63) ? '@' : 'a';
    r = redact_pii(s, big, &n);
    free(r);
    for (size_t i = 0; i < big; i++)
        s[i] = "one "[i % 4];
    r = redact_pii(s, big, &n);
    free(r);
    double dt = cz_now_mono() - t0;
    CHECK(dt < 5.0, "adversarial 2 MiB inputs finish quickly");
    free(s);
}

/* The pre-scan counts digits and looks for '@' sixteen bytes at a time,
 * the last few bytes apart: a phone number or an address at every offset of
 * texts of every length up to 80 (one, two and several blocks, and the
 * bytes after the last) must still be found. Exact-size copies, so a read
 * past the end shows under AddressSanitizer. */
static void prescan_offsets(void)
{
    static const char *const items[] = {"555-123-4567", "ann@mail.com"};
    static const char *const tags[] = {"[PHONE]", "[EMAIL]"};
    int ok = 0, total = 0;
    for (size_t k = 0; k < 2; k++) {
        size_t il = strlen(items[k]);
        for (size_t n = il; n <= 80; n++)
            for (size_t at = 0; at + il <= n; at++) {
                char *text = malloc(n);
                for (size_t i = 0; i < n; i++)
                    text[i] = i % 3 == 2 ? ' ' : 'x';
                if (at > 0)
                    text[at - 1] = ' ';
                memcpy(text + at, items[k], il);
                if (at + il < n)
                    text[at + il] = ' ';
                size_t got_len = 0;
                char *got = redact_pii(text, n, &got_len);
                total++;
                ok += got && strstr(got, tags[k]) != NULL;
                free(got);
                free(text);
            }
    }
    printf("# prescan offsets: %d/%d found\n", ok, total);
    CHECK(ok == total, "redact: a phone number or address at every offset is found");
}

int main(void)
{
    prescan_offsets();
    cards();
    ssns();
    emails();
    phones();
    keeps();
    edges();
    T_END();
}
