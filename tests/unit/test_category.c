/* test_category.c - call categories of the rules file (converza-rules(5)
 * [category NAME]): speaker, negative patterns, position by turn and by
 * time, evidence with personal data masked, the word index that decides
 * which turns PCRE2 sees (a pattern it cannot index is tried on every turn
 * and finds the same calls), and the errors a bad category gets: file, line,
 * PCRE2's message and the offset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kpi.h"
#include "t.h"
#include "turns.h"

static char g_path[64];

static kpi_rules *load(const char *text, cz_err *e)
{
    snprintf(g_path, sizeof g_path, "/tmp/cz-test-cat.XXXXXX");
    int fd = mkstemp(g_path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        snprintf(e->msg, sizeof e->msg, "cannot write %s", g_path);
        return NULL;
    }
    fputs("version = t1\n", f);
    fputs(text, f);
    fclose(f);
    kpi_rules *r = kpi_rules_load(g_path, e);
    unlink(g_path);
    return r;
}

/* The categories a transcript falls in, as "name=evidence;..." */
static char *cats(const kpi_rules *r, const turns_t *t)
{
    static char out[1024];
    out[0] = '\0';
    kpi_scratch *s = kpi_scratch_new(r);
    kpi_result res;
    cz_err e;
    if (kpi_extract(r, s, t, &res, &e) == 0) {
        for (size_t i = 0; i < res.n_categories; i++) {
            size_t n = strlen(out);
            snprintf(out + n, sizeof out - n, "%s=%s;", res.categories[i].name,
                     res.categories[i].text);
        }
        kpi_result_free(&res);
    } else {
        snprintf(out, sizeof out, "error: %s", e.msg);
    }
    kpi_scratch_free(s);
    return out;
}

static char *cats_of(const kpi_rules *r, const char *transcript)
{
    turns_t t = TURNS_INIT;
    cz_err e;
    if (turns_split(transcript, &t, &e) < 0)
        return "split failed";
    char *c = cats(r, &t);
    turns_free(&t);
    return c;
}

static const char RULES[] =
    "[category escalation]\n"
    "speaker = customer\n"
    "match = \\b(?:supervisor|manager)\\b\n"
    "not = \\bno need\\b\n"
    "[category disclosure]\n"
    "speaker = agent\n"
    "first_turns = 2\n"
    "first_seconds = 60\n"
    "match = \\bcall (?:is|may be) recorded\\b\n"
    "[category any_card]\n"
    "match = \\bcard\\b.{0,40}\\bdeclined\\b\n"
    /* not indexable (no \b, lookbehind): tried on every turn */
    "[category odd]\n"
    "match = (?<=x)yz+\n"
    /* a known word with an apostrophe holds its parts as words */
    "[category dn]\n"
    "match = \\bdon\\b\n"
    "[negator]\n"
    "don't\n";

static void check_matching(void)
{
    cz_err e = {{0}};
    kpi_rules *r = load(RULES, &e);
    CHECK(r != NULL, "category rules load");
    if (!r) {
        printf("# %s\n", e.msg);
        return;
    }
    CHECK(kpi_category_count(r) == 5, "five categories");
    CHECK_STR(kpi_category_name(r, 0), "escalation", "names in file order");
    CHECK_STR(kpi_category_name(r, 3), "odd", "last name");
    CHECK(kpi_category_name(r, 5) == NULL, "no sixth name");
    CHECK_STR(cats_of(r, "Customer: I don't know.\n"), "dn=don;",
              "a known word with an apostrophe: its parts are words for PCRE2");

    CHECK_STR(cats_of(r, "Agent: Hi.\nCustomer: Let me talk to your SUPERVISOR now.\n"),
              "escalation=SUPERVISOR;", "customer asks for a supervisor, any case");
    CHECK_STR(cats_of(r, "Agent: I can get my supervisor.\nCustomer: Fine.\n"), "",
              "speaker: an agent's words do not count for a customer category");
    CHECK_STR(cats_of(r, "Agent: Hi.\nCustomer: No need for a manager, thanks.\n"), "",
              "not: a negative pattern in the turn cancels it");
    CHECK_STR(cats_of(r, "Agent: Hi.\nCustomer: No need.\nCustomer: I want a manager!\n"),
              "escalation=manager;", "not applies to its own turn only");
    CHECK_STR(cats_of(r, "Agent: Hello, this call is recorded.\nCustomer: ok\n"),
              "disclosure=call is recorded;", "position: agent's first turn");
    CHECK_STR(cats_of(r, "Customer: hi\nAgent: Hello.\nCustomer: ok\nAgent: This call may be recorded.\n"),
              "disclosure=call may be recorded;", "position: agent's second turn (customer turns not counted)");
    CHECK_STR(cats_of(r, "Agent: Hello.\nAgent: One moment.\nAgent: This call is recorded.\n"), "",
              "position: agent's third turn is too late");
    CHECK_STR(cats_of(r, "Customer: My card was declined again.\nAgent: Let me check.\n"),
              "any_card=card was declined;", "speaker any");
    CHECK_STR(cats_of(r, "Customer: The card's declined.\n"), "any_card=card's declined;",
              "a word with an apostrophe is read as its parts");
    /* U+017F long s folds to 's' for PCRE2: the ASCII word index cannot see it */
    CHECK_STR(cats_of(r, "Customer: I want a supervi\xc5\xbfor.\n"),
              "escalation=supervi\xc5\xbfor;", "text beyond ASCII is matched by PCRE2 itself");
    CHECK_STR(cats_of(r, "Customer: axyzzz\n"), "odd=yzzz;", "unindexed pattern tried on every turn");
    CHECK_STR(cats_of(r, "Customer: My supervisor said my card was declined.\n"),
              "escalation=supervisor;any_card=card was declined;", "two categories, rules order");
    CHECK_STR(cats_of(r, "Customer: my card 4111 1111 1111 1111 got declined\n"),
              "any_card=card [CARD] got declined;", "evidence masks a card number");

    /* times: first_seconds */
    turns_t t = TURNS_INIT;
    turns_push(&t, SPK_AGENT, "Hi there.", 9, 0, 2000);
    turns_push(&t, SPK_AGENT, "This call is recorded.", 22, 65000, 67000);
    CHECK_STR(cats(r, &t), "", "position: second agent turn after 60 s does not count");
    turns_free(&t);
    turns_push(&t, SPK_AGENT, "Hi there.", 9, 0, 2000);
    turns_push(&t, SPK_AGENT, "This call is recorded.", 22, 5000, 7000);
    CHECK_STR(cats(r, &t), "disclosure=call is recorded;", "position: within 60 s counts");
    turns_free(&t);

    kpi_result res;
    kpi_scratch *s = kpi_scratch_new(r);
    turns_split("Customer: supervisor please\n", &t, &e);
    kpi_extract(r, s, &t, &res, &e);
    char *json = kpi_evidence_json(&res);
    CHECK(strstr(json, "\"categories\":{\"escalation\":\"supervisor\"}") != NULL,
          "evidence JSON names the category and its words");
    free(json);
    kpi_result_free(&res);
    kpi_scratch_free(s);
    turns_free(&t);
    kpi_rules_free(r);
}

/* A refused file: the message names the file, the line and what is wrong. */
static void bad(const char *text, const char *line, const char *want, const char *name)
{
    cz_err e = {{0}};
    kpi_rules *r = load(text, &e);
    char where[96];
    snprintf(where, sizeof where, "%s:%s:", g_path, line);
    bool ok = !r && strstr(e.msg, where) && strstr(e.msg, want);
    CHECK(ok, name);
    if (!ok)
        printf("# got: %s\n", r ? "(loaded)" : e.msg);
    kpi_rules_free(r);
}

static void check_errors(void)
{
    bad("[category x]\nmatch = (unclosed\n", "3", "missing closing parenthesis at offset 9",
        "bad pattern: PCRE2 message and offset");
    bad("[category x]\nmatch = ok\nnot = a{2,1}\n", "4", "at offset",
        "bad negative pattern refused");
    bad("[category x]\nspeaker = robot\nmatch = a\n", "3", "speaker must be agent, customer or any",
        "bad speaker");
    bad("[category x]\nfirst_turns = 0\nmatch = a\n", "3", "first_turns", "first_turns 0");
    bad("[category x]\nfirst_seconds = soon\nmatch = a\n", "3", "first_seconds",
        "first_seconds not a number");
    bad("[category x]\nspeaker = agent\n", "2", "has no 'match = PATTERN'", "no match line");
    bad("[category x]\nspeaker = agent\n[category y]\nmatch = a\n", "2",
        "has no 'match = PATTERN'", "no match line before the next category");
    bad("[category Bad-Name]\nmatch = a\n", "2", "category name", "bad name");
    bad("[category x]\nmatch = a\n[category x]\nmatch = b\n", "4", "defined twice", "duplicate");
    bad("[category x]\nwhen = later\n", "3", "unknown key 'when'", "unknown key");
}

int main(void)
{
    check_matching();
    check_errors();
    /* the shipped rules: every category indexable is not required, but the
     * file loads and defines the documented ones */
    cz_err e = {{0}};
    kpi_rules *r = kpi_rules_load("rules/converza.rules", &e);
    CHECK(r && kpi_category_count(r) == 5, "shipped rules define five categories");
    const char *want[] = {"escalation_request", "cancellation_intent", "recording_disclosure",
                          "competitor_mentioned", "payment_problem"};
    for (size_t i = 0; r && i < 5; i++)
        CHECK_STR(kpi_category_name(r, i), want[i], "shipped category name");
    if (r) {
        CHECK_STR(cats_of(r, "Agent: Thanks for calling, this call is recorded for quality.\n"
                             "Customer: I want to cancel my subscription, my card was declined"
                             " and Verizon is cheaper. Get me a supervisor.\n"),
                  "escalation_request=supervisor;cancellation_intent=cancel;"
                  "recording_disclosure=recorded;competitor_mentioned=Verizon;"
                  "payment_problem=card was declined;",
                  "shipped categories all fire");
        CHECK_STR(cats_of(r, "Agent: Would you like that instead of cancelling?\n"
                             "Customer: Yes, instead of cancelling.\n"),
                  "", "shipped cancellation: 'instead of cancelling' is not intent");
    }
    kpi_rules_free(r);
    T_END();
}
