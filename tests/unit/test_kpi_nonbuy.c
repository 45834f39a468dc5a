/* test_kpi_nonbuy.c - calls where the customer's yes or "put me on it" takes
 * something the agent offered that is no purchase, with the shipped rules
 * file, on short calls written for these tests (clean and speech-recognition
 * style): a place on a waitlist, an e-mail when new dates come, a yes that
 * answers the opening's news ("yes, I got your text"). Priced add-ons, and
 * add-ons whose offer only mentions an e-mail later on, still count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "I can add you to the waitlist." - "Okay, put me on it.": an add-on
 * taken at no price whose offer is about a list, an e-mail or a text buys
 * nothing; one with a price, or whose e-mail is a detail said after the
 * offer, is bought. */
static void check_unpriced_nonpurchase_addon(void)
{
    kt_call("Agent: Lakeside Inn, this is Rob.\n"
            "Customer: Do you have a double room for New Year's Eve?\n"
            "Agent: Sorry, we're full that night. Our other inn has rooms at $160.\n"
            "Customer: No, it has to be this one.\n"
            "Agent: I can add you to the waitlist in case a room opens up.\n"
            "Customer: Okay, put me on it then.\n"
            "Agent: You're on the list.",
            false, 0, "negative: put me on it, to the waitlist");
    kt_call("agent: city theatre box office\n"
            "customer: hi um are there any seats left for friday\n"
            "agent: no sorry friday is gone tickets were forty each\n"
            "customer: oh no\n"
            "agent: i can add you to the waiting list for returns\n"
            "customer: yeah okay sure\n"
            "agent: alright you're on it",
            false, 0, "negative ASR: yeah okay sure, to the waiting list");
    kt_call("Agent: Hi, it's Mia from Greenleaf Classes.\n"
            "Customer: Hi, is the Sunday baking class still open?\n"
            "Agent: It's full, sorry, it was $60. I can email you when we add more dates.\n"
            "Customer: Sure, that's my email on the booking form.\n"
            "Agent: Great.",
            false, 0, "negative: sure, that's my email, to news of dates");
    kt_call("agent: hi this is sam from bolt mobile you are eligible for an upgrade\n"
            "customer: yeah i got your text\n"
            "agent: the new phone is nine hundred\n"
            "customer: no thanks mine is fine",
            false, 0, "negative ASR: yeah i got your text, to the opening's news");
    kt_call("Customer: I'd like to add my daughter to my car insurance.\n"
            "Agent: Adding a new driver will raise the premium, I'll email you the figure.\n"
            "Customer: Okay, add her anyway.\n"
            "Agent: Done, she's added as of today.",
            true, 0, "an e-mail said after the offer, add her anyway");
    kt_call("Agent: Your order of the desk is placed. Can I add a chair mat for $25?\n"
            "Customer: Sure, and email me the receipt.\n"
            "Agent: Done, added.",
            true, 25, "a priced add-on with an e-mail beside it");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_unpriced_nonpurchase_addon();
    kt_free();
    T_END();
}
