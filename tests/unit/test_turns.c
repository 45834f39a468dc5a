/* test_turns.c - transcript splitting and text cleaning (turns.h). */
#include <stdlib.h>

#include "t.h"
#include "turns.h"

static int split(const char *s, turns_t *t)
{
    cz_err e;
    *t = (turns_t)TURNS_INIT;
    return turns_split(s, t, &e);
}

static void check_inline(void)
{
    turns_t t;
    CHECK(split("Agent: Hello, how can I help? Customer: I want to upgrade. Agent: Sure.", &t) == 0,
          "inline: splits");
    CHECK(t.n == 3, "inline: three turns");
    CHECK(t.n == 3 && t.v[0].speaker == SPK_AGENT && t.v[1].speaker == SPK_CUSTOMER,
          "inline: speakers");
    if (t.n == 3)
        CHECK_STR(t.v[1].text, "I want to upgrade.", "inline: label removed, text trimmed");
    turns_free(&t);
}

static void check_per_line(void)
{
    turns_t t;
    split("CUSTOMER: hi there\r\n  agent : hello\ncaller: I'd like to book\n  on Friday\n", &t);
    CHECK(t.n == 3, "per line: three turns");
    if (t.n == 3) {
        CHECK(t.v[0].speaker == SPK_CUSTOMER, "per line: upper-case label");
        CHECK(t.v[1].speaker == SPK_AGENT, "per line: blank before colon");
        CHECK(t.v[2].speaker == SPK_CUSTOMER, "per line: caller is the customer");
        CHECK_STR(t.v[2].text, "I'd like to book on Friday", "per line: continuation line joins");
    }
    turns_free(&t);
}

static void check_synonyms(void)
{
    turns_t t;
    split("Rep: Hi. Client: Hello. Representative: Yes? Caller: Bye.", &t);
    CHECK(t.n == 4 && t.v[0].speaker == SPK_AGENT && t.v[1].speaker == SPK_CUSTOMER &&
              t.v[2].speaker == SPK_AGENT && t.v[3].speaker == SPK_CUSTOMER,
          "synonyms: rep/client/representative/caller");
    turns_free(&t);
}

static void check_label_in_text(void)
{
    turns_t t;
    split("Customer: Last week an agent: told me it was free. Agent: I see.", &t);
    CHECK(t.n == 2, "label inside a sentence after a determiner is text");
    if (t.n == 2)
        CHECK_STR(t.v[0].text, "Last week an agent: told me it was free.",
                  "label inside a sentence kept in the turn");
    turns_free(&t);

    split("Agent: Welcome to customer service: how can I help? Customer: Hi.", &t);
    CHECK(t.n == 2, "'customer service:' is not a label");
    turns_free(&t);

    split("Agent: Call the agents: they know. Customer: Fine.", &t);
    CHECK(t.n == 2, "'agents:' is not a label");
    turns_free(&t);

    split("Customer: My number is 555-0199 Agent: Got it.", &t);
    CHECK(t.n == 2, "capitalised label after a sentence without a full stop");
    turns_free(&t);
}

static void check_asr(void)
{
    turns_t t;
    split("agent: thanks for calling how can i help customer: um yeah i wanna sign up agent: "
          "great",
          &t);
    CHECK(t.n == 3, "ASR inline lower case: three turns");
    if (t.n == 3) {
        CHECK(t.v[1].speaker == SPK_CUSTOMER, "ASR inline: customer turn");
        CHECK_STR(t.v[1].text, "um yeah i wanna sign up", "ASR inline: text");
    }
    turns_free(&t);
    /* "add that agent: done": a demonstrative ends the clause when the
     * label changes the speaker; "the agent:" never is a label */
    split("agent: the case is twenty customer: yeah add that agent: done customer: the agent: "
          "said so",
          &t);
    CHECK(t.n == 4, "ASR inline: a label after 'that' that changes the speaker splits");
    if (t.n == 4) {
        CHECK_STR(t.v[1].text, "yeah add that", "ASR inline: 'add that' ends the turn");
        CHECK_STR(t.v[2].text, "done", "ASR inline: the agent's turn after 'that'");
        CHECK_STR(t.v[3].text, "the agent: said so", "ASR inline: 'the agent:' stays text");
    }
    turns_free(&t);
}

/* Labels are found from their colons: many of them, blanks before the
 * colon, a label inside a time ("at 10:30") or a URL is no label. */
static void check_many_labels(void)
{
    turns_t t;
    char buf[8192];
    size_t o = 0;
    for (int i = 0; i < 150 && o + 40 < sizeof buf; i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s : turn %d at 10:30.\n",
                              i % 2 ? "Caller" : "rep", i);
    CHECK(split(buf, &t) == 0 && t.n == 150, "150 turns, labels with a blank before the colon");
    CHECK(t.n == 150 && t.v[149].speaker == SPK_CUSTOMER && t.v[0].speaker == SPK_AGENT,
          "speakers of many turns");
    if (t.n == 150)
        CHECK_STR(t.v[3].text, "turn 3 at 10:30.", "a time's colon is text");
    turns_free(&t);
    split("Agent:Agent: hello Customer: see https://example.com/agent: ok", &t);
    CHECK(t.n == 2 && t.v[1].speaker == SPK_CUSTOMER, "label words inside text are text");
    turns_free(&t);
}

static void check_preamble_and_empty(void)
{
    turns_t t;
    split("Recording started. Agent: Hi.", &t);
    CHECK(t.n == 2 && t.v[0].speaker == SPK_UNKNOWN, "text before the first label is unknown");
    turns_free(&t);

    split("no labels at all", &t);
    CHECK(t.n == 1 && t.v[0].speaker == SPK_UNKNOWN, "no labels: one unknown turn");
    turns_free(&t);

    CHECK(split("  \n\t ", &t) == -1, "blank transcript is an error");
    turns_free(&t);
    CHECK(split("Agent: Customer:", &t) == -1, "labels without words is an error");
    turns_free(&t);
}

/* clean_text's reference for text of ASCII letters, '.', '~', ' ', '\t',
 * '\n', '\r' and '\x01': white space runs become one space, none at either
 * end, control bytes go. */
static size_t clean_ref(const char *s, size_t n, char *out)
{
    size_t o = 0;
    bool pend = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            pend = true;
        } else if (s[i] != '\x01') {
            if (pend && o > 0)
                out[o++] = ' ';
            pend = false;
            out[o++] = s[i];
        }
    }
    out[o] = '\0';
    return o;
}

/* Whether clean_text gives what clean_ref does for text[0, n) (n < 80),
 * cleaning an exact-size copy so that a read past its end shows under
 * AddressSanitizer. */
static int cleans_as_ref(const char *text, size_t n)
{
    char want[80];
    char *copy = malloc(n ? n : 1);
    memcpy(copy, text, n);
    clean_ref(text, n, want);
    char *got = clean_text(copy, n);
    int same = got && strcmp(got, want) == 0;
    free(got);
    free(copy);
    return same;
}

/* The runs of plain text are passed sixteen and eight bytes at a time:
 * a double space, a tab, a control byte or a space at the end of a block,
 * at every offset of texts of every length up to 72, must come out as the
 * byte-by-byte reading gives them. Exact-size copies, so a read past the
 * end shows under AddressSanitizer. */
static void check_clean_blocks(void)
{
    static const char *const odd[] = {"  ", "\t", "\x01", " ", ".  ."};
    int ok = 0, total = 0;
    for (size_t n = 1; n <= 72; n++) {
        for (size_t k = 0; k < sizeof odd / sizeof odd[0]; k++) {
            for (size_t at = 0; at < n; at++) {
                char text[80];
                for (size_t i = 0; i < n; i++)
                    text[i] = (i % 6 == 5) ? ' ' : (char)('a' + i % 26);
                size_t ol = strlen(odd[k]);
                for (size_t i = 0; i < ol && at + i < n; i++)
                    text[at + i] = odd[k][i];
                total++;
                ok += cleans_as_ref(text, n);
            }
        }
    }
    printf("# clean blocks: %d/%d as the reference\n", ok, total);
    CHECK(ok == total, "clean: odd white space at every offset of every length as byte by byte");
}

/* Text that is plain (printable ASCII, single spaces) once its outer white
 * space is gone is copied whole; anything else takes the byte reading.
 * Random texts, mostly plain, from bytes at both sides of that line, must
 * come out as the reference gives them. */
static void check_clean_plain(void)
{
    static const char alphabet[] = "ab.~ ab  \t\n\r\x01";
    unsigned seed = 12345;
    int ok = 0, total = 0;
    for (int round = 0; round < 20000; round++) {
        char text[80];
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % 72, odd = (seed >> 8) % 4; /* a few odd bytes */
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            text[i] = (r % 8 < odd) ? alphabet[r % (sizeof alphabet - 1)] : "xyz. "[r % 5];
        }
        total++;
        ok += cleans_as_ref(text, n);
    }
    printf("# clean plain: %d/%d as the reference\n", ok, total);
    CHECK(ok == total, "clean: random plain and not quite plain texts as byte by byte");
}

static void check_clean(void)
{
    char *c = clean_text("  a\tb\n\n c  ", 11);
    CHECK_STR(c, "a b c", "clean: folds and trims white space");
    free(c);
    c = clean_text("x\x01y\x7fz", 5);
    CHECK_STR(c, "xyz", "clean: drops control characters");
    free(c);
    c = clean_text("caf\xc3\xa9", 5);
    CHECK_STR(c, "caf\xc3\xa9", "clean: keeps valid UTF-8");
    free(c);
    c = clean_text("a\xff" "b", 3);
    CHECK_STR(c, "a\xef\xbf\xbd" "b", "clean: invalid byte becomes U+FFFD");
    free(c);
    c = clean_text("\xc0\xaf", 2);
    CHECK_STR(c, "\xef\xbf\xbd\xef\xbf\xbd", "clean: overlong form is invalid");
    free(c);
    c = clean_text("\xed\xa0\x80", 3);
    CHECK_STR(c, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "clean: surrogate is invalid");
    free(c);
    c = clean_text("\xe2\x82", 2);
    CHECK_STR(c, "\xef\xbf\xbd\xef\xbf\xbd", "clean: truncated sequence is invalid");
    free(c);
    c = clean_text("a\xc2\x85z", 4);
    CHECK_STR(c, "az", "clean: C1 control dropped");
    free(c);
}

static void check_push(void)
{
    turns_t t = TURNS_INIT;
    turns_push(&t, SPK_AGENT, " hi  there ", 11, 100, 900);
    CHECK(t.n == 1 && t.v[0].start_ms == 100 && t.v[0].end_ms == 900, "push: times kept");
    if (t.n == 1)
        CHECK_STR(t.v[0].text, "hi there", "push: text cleaned");
    turns_free(&t);
    turns_free(&t); /* freeing twice is harmless */
    CHECK_STR(speaker_name(SPK_CUSTOMER), "customer", "speaker_name");
    CHECK_STR(speaker_name(SPK_UNKNOWN), "unknown", "speaker_name unknown");
}

int main(void)
{
    check_inline();
    check_per_line();
    check_synonyms();
    check_label_in_text();
    check_asr();
    check_many_labels();
    check_preamble_and_empty();
    check_clean();
    check_clean_blocks();
    check_clean_plain();
    check_push();
    T_END();
}
