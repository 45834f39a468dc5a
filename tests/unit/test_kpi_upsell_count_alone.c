/* test_kpi_upsell_count_alone.c - an answer to an extra priced per unit that is a
 * count said on its own ("Two please.", "um two is fine", "three should
 * do") or a count of a measure of it ("two orders of the spring rolls",
 * "three bags of the ice") takes that many; a count that goes on to say
 * something else ("two kids, the morning of the twenty eighth"), a count
 * under a negation or in a question takes none. With the shipped rules
 * file, on short calls written for these tests, clean and
 * speech-recognition style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* An order taken, then an extra priced per unit. */
static const char *const OPENING =
    "Agent: Lotus Kitchen, this is Ana.\n"
    "Customer: Hi, two pad thai with chicken for pickup, please.\n"
    "Agent: Sure, that's $28, ready in twenty minutes.\n"
    "Customer: Great.\n"
    "Agent: Would you like spring rolls with that? They're $6 an order.\n";

static const char *const OPENING_ASR =
    "agent: lotus kitchen this is ana\n"
    "customer: hi two pad thai with chicken for pickup please\n"
    "agent: sure that's twenty eight dollars shall i put the order in\n"
    "customer: yes please\n"
    "agent: would you like spring rolls with that they're six dollars an order\n";

static void check_count_takes(void)
{
    kt_call_after(OPENING,
                  "Customer: Two please.\n"
                  "Agent: Two orders of spring rolls, see you soon.\n"
                  "Customer: Thanks.",
                  true, 12, "two please");
    kt_call_after(OPENING_ASR,
                  "customer: um two is fine\n"
                  "agent: okay see you soon\n"
                  "customer: thanks",
                  true, 12, "ASR: um two is fine");
    kt_call_after(OPENING_ASR,
                  "customer: three should do\n"
                  "agent: okay see you soon\n"
                  "customer: thanks",
                  true, 18, "ASR: three should do");
    kt_call_after(OPENING,
                  "Customer: Two orders of the spring rolls.\n"
                  "Agent: Okay, see you soon.\n"
                  "Customer: Thanks.",
                  true, 12, "two orders of the spring rolls");
    kt_call_after(OPENING_ASR,
                  "customer: uh three orders of spring rolls\n"
                  "agent: okay see you soon\n"
                  "customer: thanks",
                  true, 18, "ASR: three orders of spring rolls");
}

static void check_count_takes_nothing(void)
{
    kt_call_after(OPENING,
                  "Customer: Two kids are eating, so no, they won't eat them.\n"
                  "Agent: Okay, see you soon.\n"
                  "Customer: Thanks.",
                  true, 0, "negative: a count that informs, then no");
    kt_call_after(OPENING_ASR,
                  "customer: do i need two orders of the spring rolls for four people\n"
                  "agent: one is usually enough for two\n"
                  "customer: okay i'll skip them then",
                  true, 0, "negative ASR: a count in a question");
    kt_call_after(OPENING,
                  "Customer: Not two orders of the spring rolls, no. Just the noodles.\n"
                  "Agent: Okay, see you soon.\n"
                  "Customer: Thanks.",
                  true, 0, "negative: a count under a negation");
    kt_call("agent: starlight cinema this is carla\n"
            "customer: hi two tickets for the seven o'clock please\n"
            "agent: sure that's twenty four dollars shall i book them\n"
            "customer: yes book them\n"
            "agent: done how many kids in the group\n"
            "customer: two\n"
            "agent: okay noted\n"
            "customer: thanks",
            true, 0, "negative ASR: a count answering how many, no extra offered");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_count_takes();
    check_count_takes_nothing();
    kt_free();
    T_END();
}
