/* test_kpi_upsell_after_priced.c - an offer asked with a price of its own
 * after an earlier agent turn priced something the customer went on with
 * (offer_after_priced in kpi_upsell.c). The customer's answer to the first
 * price need not be a yes the walk knows ("the spring bunch would be
 * okay"): unless it refused, asked or put off something since, what the
 * agent offers next, asked and newly priced, comes on top of it. With the
 * shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style); negatives: the offer declined, and a choice
 * offered in answer to a refusal ("that won't work for me, please search
 * for more options"), which is the purchase, not an extra. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The speech-recognition call up to the card's offer, answered two ways below. */
#define FERN_ASR \
    "agent: fern and petal this is jo\n" \
    "customer: hi i'd like tulips delivered to my sister on friday\n" \
    "agent: i'm sorry tulips are sold out this week we could do a mixed spring bunch " \
    "instead sixty five dollars\n" \
    "customer: oh well the spring bunch would be okay she likes yellow\n" \
    "agent: yellow spring bunch it is would you like a card with a message for six " \
    "dollars\n"

/* A substitute priced, taken with words the walk does not read as a yes,
 * then an extra offered with its own price. */
static void check_after_substitute(void)
{
    kt_call("Agent: Fern and Petal, this is Jo.\n"
            "Customer: Hi, I'd like tulips delivered to my sister on Friday.\n"
            "Agent: I'm sorry, tulips are sold out this week. We could do a mixed spring "
            "bunch instead, $65.\n"
            "Customer: Oh well. The spring bunch would be okay, she likes yellow.\n"
            "Agent: Yellow spring bunch it is. Would you like a card with a message for $6?\n"
            "Customer: Yes please, just say happy birthday.\n"
            "Agent: The yellow spring bunch with a card, Friday. Does that sound right?\n"
            "Customer: Yes, that's right.\n"
            "Agent: It's placed.",
            true, 6, "card offered after a substitute the customer went on with");
    kt_call(FERN_ASR
            "customer: yes please just say happy birthday\n"
            "agent: the yellow spring bunch with a card friday does that sound right\n"
            "customer: yes that's right\n"
            "agent: it's placed",
            true, 6, "ASR: card offered after a substitute the customer went on with");
    kt_call(FERN_ASR
            "customer: no thanks i'll write one myself\n"
            "agent: the yellow spring bunch friday does that sound right\n"
            "customer: yes that's right\n"
            "agent: it's placed",
            true, 0, "negative ASR: the card declined");
}

/* "That won't work for me. Please search for more options." turns the
 * priced choice down: the next one offered is the purchase. */
static void check_after_refusal(void)
{
    kt_call("Customer: I need help finding a bus.\n"
            "Agent: Where are you going?\n"
            "Customer: To Fresno, from Oakland, two of us on the 9th.\n"
            "Agent: I found one that leaves at 7 am with 1 transfer and costs $28.\n"
            "Customer: That won't work for me. Please search for more options.\n"
            "Agent: How about the $36 bus with 0 transfers, leaving at 11:15 am?\n"
            "Customer: Please confirm the stations.\n"
            "Agent: You leave from Oakland Transit Center and arrive at Fresno Central.\n"
            "Customer: That works for me. Please reserve the bus.\n"
            "Agent: Please confirm that you want tickets for 2 people on the Oakland to "
            "Fresno bus at 11:15 am.\n"
            "Customer: Yes, that's correct.\n"
            "Agent: I have confirmed your tickets.",
            true, 0, "negative: another bus after 'that won't work for me' is the purchase");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_after_substitute();
    check_after_refusal();
    kt_free();
    T_END();
}
