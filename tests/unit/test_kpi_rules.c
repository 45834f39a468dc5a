/* test_kpi_rules.c - the rules file format of converza-rules(5): pattern
 * syntax (groups, optional and repeated elements, wildcards with exceptions,
 * "not right after" prefixes, clause anchors), spelling variants, fillers,
 * the order-independence of sections, and the errors a broken file gets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpi.h"
#include <unistd.h>

#include "t.h"
#include "turns.h"

/* Writes text as a temporary rules file and loads it; NULL with e set on
 * error. The file is removed again. */
static kpi_rules *load(const char *text, cz_err *e)
{
    char path[] = "/tmp/cz-test-rules.XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        snprintf(e->msg, sizeof e->msg, "cannot write %s", path);
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    fputs(text, f);
    fclose(f);
    kpi_rules *r = kpi_rules_load(path, e);
    unlink(path);
    return r;
}

/* Whether the customer's words commit, under rules r. */
static bool commits(const kpi_rules *r, const char *customer)
{
    char buf[512];
    snprintf(buf, sizeof buf, "Agent: Hello.\nCustomer: %s\n", customer);
    turns_t t = TURNS_INIT;
    cz_err e;
    kpi_result res;
    bool yes = false;
    kpi_scratch *s = kpi_scratch_new(r);
    if (turns_split(buf, &t, &e) == 0 && kpi_extract(r, s, &t, &res, &e) == 0) {
        yes = res.is_conversion;
        kpi_result_free(&res);
    }
    kpi_scratch_free(s);
    turns_free(&t);
    return yes;
}

static void check_syntax(void)
{
    cz_err e = {{0}};
    /* [spelling] comes after [commit] here: sections apply in a fixed order */
    kpi_rules *r = load("version = t1\n"
                        "[commit]\n"
                        "sign (me|us|my (wife|husband)) up\n"
                        "(i'll|we'll) (definitely)? take (it|that)\n"
                        "book *!(nothing|never) (today|now)\n"
                        "!(to|want to) order it\n"
                        "^ count me in $\n"
                        "lock it in{1,2} now\n"
                        "[filler]\n"
                        "um\n"
                        "[spelling]\n"
                        "ill i'll\n",
                        &e);
    CHECK(r != NULL, "a rules file in the pattern syntax loads");
    if (!r) {
        printf("# %s\n", e.msg);
        return;
    }
    CHECK_STR(kpi_rules_version(r), "t1", "version");
    CHECK(commits(r, "Sign me up."), "word sequence");
    CHECK(commits(r, "Okay, sign my husband up."), "nested group");
    CHECK(commits(r, "Sure, we'll definitely take that."), "optional element present");
    CHECK(commits(r, "I'll take it."), "optional element absent");
    CHECK(commits(r, "ill take it"), "spelling variant: ill reads as i'll");
    CHECK(commits(r, "I'll, um, take it."), "fillers are dropped before matching");
    CHECK(commits(r, "Book it today."), "wildcard");
    CHECK(!commits(r, "Book nothing today."), "wildcard exception");
    CHECK(commits(r, "Order it."), "not-after prefix allows the plain phrase");
    CHECK(!commits(r, "I want to order it."), "not-after prefix blocks 'want to order it'");
    CHECK(commits(r, "Well, count me in."), "clause anchors at a clause");
    CHECK(!commits(r, "You can count me in the survey."), "clause anchors refuse mid-clause");
    CHECK(commits(r, "Lock it in in now."), "repeat {1,2}");
    CHECK(!commits(r, "Sign them up."), "words outside the group do not match");
    kpi_rules_free(r);
}

static void bad(const char *section_line, const char *want, const char *name)
{
    char text[512];
    snprintf(text, sizeof text, "version = t\n[commit]\nsign me up\n%s\n", section_line);
    cz_err e = {{0}};
    kpi_rules *r = load(text, &e);
    char n[sizeof e.msg + 128];
    snprintf(n, sizeof n, "%.100s (%s)", name, e.msg);
    CHECK(r == NULL && strstr(e.msg, ":4:") && strstr(e.msg, want), n);
    kpi_rules_free(r);
}

static void check_errors(void)
{
    bad("(unclosed", "missing ')'", "unclosed group");
    bad("extra)", "unbalanced ')'", "stray ')'");
    bad("* first", "may not begin with '*'", "leading wildcard");
    bad("take it{0,9}", "repeat", "repeat bound");
    bad("take *!(a b) it", "'*!'", "wildcard exception of two words");
    bad("take, it", "unexpected character", "punctuation in a pattern");

    cz_err e = {{0}};
    kpi_rules *r = load("version = t\n[spelling]\ndont\n", &e);
    CHECK(r == NULL && strstr(e.msg, ":3:"), "a spelling line needs two words");
    kpi_rules_free(r);
    r = load("version = t\n[negator]\nnot at all\n", &e);
    CHECK(r == NULL && strstr(e.msg, ":3:"), "a word list takes single words");
    kpi_rules_free(r);
}

int main(void)
{
    check_syntax();
    check_errors();
    T_END();
}
