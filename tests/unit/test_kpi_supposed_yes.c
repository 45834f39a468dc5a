/* test_kpi_supposed_yes.c - a yes phrase under a supposition with a
 * condition ("i'd do it if it were cheaper", "we would do that if it was
 * half the price") supposes; it takes nothing (the spec's "I'd sign up if it
 * were cheaper"). The agent's counter-price then decides. A plain "yeah
 * i'd do that", and "do it if that's okay" (politeness), still agree. With
 * the shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

#define GYM "agent: peak fitness this is rae\n" \
            "customer: hi i want to join the monthly membership\n" \
            "agent: the monthly is forty nine want me to set that up\n" \
            "customer: yes sign me up\n" \
            "agent: you're in would you like to add three training sessions for one twenty\n"

static void check_supposed(void)
{
    kt_call(GYM "customer: hmm i'd do it if it were cheaper\n"
                "agent: okay no problem\n"
                "customer: thanks",
            true, 0, "speech: \"i'd do it if it were cheaper\" takes nothing");
    kt_call(GYM "customer: i'd do it if it were like ninety\n"
                "agent: i can't go to ninety but i can do ninety nine for the three\n"
                "customer: deal ninety nine works",
            true, 99, "speech: the counter-price taken, not the first price");
    kt_call("Agent: Peak Fitness, this is Rae.\n"
            "Customer: Hi, I want to join the monthly membership.\n"
            "Agent: The monthly is $49. Want me to set that up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: You're in. Would you like to add three training sessions for $120?\n"
            "Customer: We would do that if it was half the price.\n"
            "Agent: Sorry, that's the best price.\n"
            "Customer: Okay, thanks.",
            true, 0, "clean: \"we would do that if it was half the price\"");
}

static void check_agreed(void)
{
    kt_call(GYM "customer: yeah i'd do that\n"
                "agent: great\n"
                "customer: thanks",
            true, 120, "negative: \"yeah i'd do that\" with no condition agrees");
    kt_call(GYM "customer: sure do it if that's okay\n"
                "agent: great\n"
                "customer: thanks",
            true, 120, "negative: \"if that's okay\" is politeness");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_supposed();
    check_agreed();
    kt_free();
    T_END();
}
