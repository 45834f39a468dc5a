/* test_kpi_upsell_missed.c - add-ons that were offered and taken but read
 * as the purchase itself or not at all: an offer made right after the
 * customer picked a slot the agent offered (before the agent said the
 * booking back). With the shipped rules file, on short calls written for
 * these tests (clean and speech-recognition style); each mechanism has
 * negatives (an add-on declined, a price of the purchase itself). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A slot the customer picked from the agent's list is the purchase even
 * before the agent books it: an offer in the agent's next turn comes on
 * top of it. */
static void check_offer_after_pick(void)
{
    kt_call("Agent: Green Valley Clinic, this is Ann.\n"
            "Customer: Hi, I need a checkup for my cat.\n"
            "Agent: I have Tuesday at 10 or Thursday at 3.\n"
            "Customer: Thursday at 3 works.\n"
            "Agent: Great. Would you like us to clean her teeth while she's here? It's $40.\n"
            "Customer: Yes please, her breath is awful.\n"
            "Agent: Thursday at 3, checkup and teeth cleaning.",
            true, 40, "an offer right after a picked slot, taken with a yes");
    kt_call("agent: sunny cuts this is dee\n"
            "customer: hey i want a haircut this week\n"
            "agent: i've got friday at two or saturday at eleven\n"
            "customer: um saturday at eleven is good\n"
            "agent: okay and do you want a beard trim with that it's twelve dollars\n"
            "customer: oh yeah sure\n"
            "agent: alright saturday at eleven haircut and beard trim",
            true, 12, "ASR: offer after a picked slot, 'oh yeah sure'");
    kt_call("agent: sunny cuts this is dee\n"
            "customer: hey i want a haircut this week\n"
            "agent: i've got friday at two or saturday at eleven\n"
            "customer: saturday at eleven is good\n"
            "agent: okay and do you want a beard trim with that it's twelve dollars\n"
            "customer: nah just the haircut\n"
            "agent: alright saturday at eleven",
            true, 0, "negative: the offer after the pick declined");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_offer_after_pick();
    kt_free();
    T_END();
}
