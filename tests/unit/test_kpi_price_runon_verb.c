/* test_kpi_price_runon_verb.c - a spoken price that runs on, unpunctuated,
 * into a verb saying what the priced thing does ("it's thirty serves
 * twelve", "twenty two feeds six") stays a price: the verb is not what the
 * number counts. Counted nouns after a number ("three sessions", "twelve
 * seats") still make it no price. With the shipped rules file, on short
 * calls written for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_serves(void)
{
    kt_call("agent: maple deli this is joy\n"
            "customer: hi i want to order the wrap platter for friday\n"
            "agent: sure the wrap platter is eighty so shall i put it in\n"
            "customer: yes put it in\n"
            "agent: done we also have a fruit bowl it's thirty serves twelve\n"
            "customer: oh yes add the fruit bowl",
            true, 30, "speech: \"it's thirty serves twelve\" prices the bowl");
    kt_call("Agent: Maple Deli, this is Joy.\n"
            "Customer: Hi, I want to order the wrap platter for Friday.\n"
            "Agent: Sure, the wrap platter is $80. Shall I put it in?\n"
            "Customer: Yes, put it in.\n"
            "Agent: Done. We also have a fruit bowl, it's thirty, serves twelve.\n"
            "Customer: Oh yes, add the fruit bowl.",
            true, 30, "clean: \"it's thirty, serves twelve\"");
    kt_call("agent: rosa pizza this is tim\n"
            "customer: hi can i get a large pepperoni for delivery\n"
            "agent: sure that's eighteen anything else\n"
            "customer: no that's it go ahead\n"
            "agent: and a party tray of wings is twenty two feeds six want one\n"
            "customer: yeah add the wings",
            true, 22, "speech: \"twenty two feeds six\"");
}

/* a number that counts what follows it stays no price */
static void check_counts(void)
{
    kt_call("agent: city yoga this is bea\n"
            "customer: hi i want the monthly pass\n"
            "agent: sure the monthly pass is sixty shall i set it up\n"
            "customer: yes set it up\n"
            "agent: done and the pass includes four classes a week the studio is twelve "
            "minutes from the station\n"
            "customer: great thanks",
            true, 0, "negative: counts after a number are no price");
    kt_call("agent: maple deli this is joy\n"
            "customer: hi i want to order the wrap platter for friday\n"
            "agent: sure the wrap platter is eighty so shall i put it in\n"
            "customer: yes put it in\n"
            "agent: done it's twelve wraps serves twelve people\n"
            "customer: great",
            true, 0, "negative: \"it's twelve wraps\" counts wraps");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_serves();
    check_counts();
    kt_free();
    T_END();
}
