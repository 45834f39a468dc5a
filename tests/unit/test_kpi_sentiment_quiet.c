/* test_kpi_sentiment_quiet.c - displeasure and warmth said without strong
 * words, through the public KPI API: a dismissive "whatever" (a one-word
 * pattern of the lexicon over the word's own score), with the negatives
 * where the same words pick something or are easy-going. The calls are our
 * own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void expect(const char *transcript, int want, const char *name)
{
    kt_outcome o = kt_run(transcript, false);
    char n[300];
    int got = o.ok ? o.sent : 9;
    snprintf(n, sizeof n, "%s: %s (got %s, %.3f)", name, kpi_sentiment_label(want),
             got == 9 ? "error" : kpi_sentiment_label(got), o.score);
    CHECK(got == want, n);
}

/* "whatever" as a reply of its own dismisses; heading a clause it picks. */
static void check_dismissal(void)
{
    expect("Agent: The next opening is Thursday at nine.\nCustomer: Why so late? Whatever. Nine.\n"
           "Agent: Booked.\nCustomer: Okay.",
           -1, "'Whatever.' alone in its sentence is a dismissal");
    expect("customer: i need the router swapped\nagent: the earliest visit is friday\n"
           "customer: yeah whatever thanks\nagent: you're all set",
           -1, "ASR: 'yeah whatever thanks' dismisses");
    expect("customer: can i move my table to eight\nagent: eight fifteen is the closest\n"
           "customer: okay whatever just put us down",
           -1, "ASR: 'okay whatever just ...' dismisses");
    expect("Agent: Would you like it by mail or e-mail?\nCustomer: Whatever works for you, I don't mind.\n"
           "Agent: E-mail then.\nCustomer: Okay, thanks.",
           0, "'whatever works for you' picks nothing and is easy-going");
    expect("customer: we need the leak fixed before the weekend\nagent: that might take two visits\n"
           "customer: fine whatever it takes\nagent: okay",
           0, "ASR: 'whatever it takes' is no dismissal");
    expect("Agent: Any seat preference?\nCustomer: No, I'll take whatever's left.\nAgent: Done.\n"
           "Customer: Great, thanks.",
           0, "'whatever's left' is no dismissal");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_dismissal();
    kt_free();
    T_END();
}
