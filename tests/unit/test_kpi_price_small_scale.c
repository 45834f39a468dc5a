/* test_kpi_price_small_scale.c - a word that calls the thing priced small
 * ("protection", "service") keeps a spoken pair as dollars and cents, but
 * not where the call's prices make that reading absurd: trip protection on
 * a $2,400 trip said "one forty nine" is $149. A reading the call's scale
 * only mildly disfavours stays small. With the shipped rules file, on short
 * calls written for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_scale_wins(void)
{
    kt_call("agent: sunny travel this is bo\n"
            "customer: hi i want to book the cancun week we talked about\n"
            "agent: sure the package is two thousand four hundred for both shall i book it\n"
            "customer: yes book it\n"
            "agent: booked and the trip protection is one thirty nine for both of you\n"
            "customer: okay add it",
            true, 139, "speech: trip protection on a $2,400 trip is $139");
    kt_call("Agent: Sunny Travel, this is Bo.\n"
            "Customer: Hi, I want to book the Cancun week we talked about.\n"
            "Agent: Sure, the package is $2,400 for both. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. And the trip protection is one thirty nine for both of you.\n"
            "Customer: Okay, add it.",
            true, 139, "clean: trip protection on a $2,400 trip is $139");
}

static void check_word_wins(void)
{
    kt_call("agent: quick clean this is bo\n"
            "customer: hi i want the window cleaning for my house\n"
            "agent: sure the full house is eighty shall i book it\n"
            "customer: yes book it\n"
            "agent: booked and the screen protection service is four fifty\n"
            "customer: okay add it",
            true, 4.50, "negative: a small service beside an $80 job stays $4.50");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_scale_wins();
    check_word_wins();
    kt_free();
    T_END();
}
