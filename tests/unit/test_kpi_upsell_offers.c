/* test_kpi_upsell_offers.c - add-on offers and acceptances that were missed
 * or invented: a service the agent's people would do ("would you like us to
 * haul away the old one? It's $25"), asked rather than named as a thing;
 * a yes that follows a word or two of surprise or praise ("oh my gosh yes",
 * "oh that's awesome okay yeah").
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives (the
 * service declined, a question about the order itself, a free service). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "Would you like us to install it? It's $60": the agent offers work its
 * people would do, priced, on top of the purchase. */
static void check_service_offer(void)
{
    kt_call("Agent: Home Depot appliances, Sam speaking.\n"
            "Customer: I want to order the Bosch dishwasher.\n"
            "Agent: Sure, that's $749 and it's in stock. Would you like us to install it? It's $120.\n"
            "Customer: Yes, please.\n"
            "Agent: Order placed.",
            true, 120, "'would you like us to install it', priced, taken");
    kt_call("Agent: Carpet World, this is Lee.\n"
            "Customer: I'd like to buy the grey berber for the den.\n"
            "Agent: That comes to $980. Do you need us to remove the old carpet? It's $90.\n"
            "Customer: Yes, get rid of it.\n"
            "Agent: Great, all set.",
            true, 90, "'do you need us to remove', taken by a yes");
    kt_call("agent: bike barn this is jo\n"
            "customer: hi i wanna buy the trek hybrid in medium\n"
            "agent: sure thats six forty nine want us to assemble it for you its thirty five dollars\n"
            "customer: yeah sure\n"
            "agent: okay all done",
            true, 35, "ASR: 'want us to assemble it', no '?'");
    kt_call("Agent: Home Depot appliances, Sam speaking.\n"
            "Customer: I want to order the Bosch dishwasher.\n"
            "Agent: Sure, that's $749 and it's in stock. Would you like us to install it? It's $120.\n"
            "Customer: No, my brother will hook it up.\n"
            "Agent: Order placed.",
            true, 0, "negative: the installation declined");
    kt_call("agent: bike barn this is jo\n"
            "customer: hi i wanna buy the trek hybrid in medium\n"
            "agent: sure thats six forty nine want us to assemble it for you its thirty five dollars\n"
            "customer: nah i can do that myself\n"
            "agent: okay all done",
            true, 0, "negative ASR: assembly declined");
    kt_call("Agent: Home Depot appliances, Sam speaking.\n"
            "Customer: I want to order the Bosch dishwasher.\n"
            "Agent: It's $749. Would you like me to place the order?\n"
            "Customer: Yes, please.\n"
            "Agent: Order placed.",
            true, 0, "negative: 'would you like me to place the order' is the purchase");
}

/* "Oh wow, yes, add it", "oh my gosh yes": surprise or praise before the
 * yes reacts to the offer; the yes still opens the answer. */
static void check_yes_after_reaction(void)
{
    kt_call("Agent: Lakeside Inn, this is Rosa.\n"
            "Customer: I'd like to book the lake view room for Friday night.\n"
            "Agent: Booked for Friday. Would you like to add a couples massage for $120?\n"
            "Customer: Oh wow, that's amazing, yes!\n"
            "Agent: Added.",
            true, 120, "'oh wow, that's amazing, yes' takes the offer");
    kt_call("Agent: Lakeside Inn, this is Rosa.\n"
            "Customer: I'd like to book the lake view room for Friday night.\n"
            "Agent: Booked for Friday. Would you like to add the breakfast buffet? It's $25.\n"
            "Customer: Oh my gosh yes we love breakfast.\n"
            "Agent: Added.",
            true, 25, "'oh my gosh yes' with no comma takes the offer");
    kt_call("agent: lakeside inn this is rosa\n"
            "customer: hi i want to book the lake view room for friday\n"
            "agent: booked would you like to add a couples massage for a hundred twenty dollars\n"
            "customer: oh that's awesome okay yeah add it\n"
            "agent: added",
            true, 120, "ASR: 'oh that's awesome okay yeah' takes the offer");
    kt_call("agent: lakeside inn this is rosa\n"
            "customer: hi i want to book the lake view room for friday\n"
            "agent: booked for friday would you like to add the breakfast buffet it's twenty five dollars\n"
            "customer: oh my gosh no we never eat breakfast\n"
            "agent: no problem",
            true, 0, "negative ASR: 'oh my gosh no' declines");
    kt_call("Agent: Lakeside Inn, this is Rosa.\n"
            "Customer: I'd like to book the lake view room for Friday night.\n"
            "Agent: Booked for Friday. Would you like to add a couples massage for $120?\n"
            "Customer: My wife would say yes, but not this time.\n"
            "Agent: Understood.",
            true, 0, "negative: a yes someone else would say takes nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_service_offer();
    check_yes_after_reaction();
    kt_free();
    T_END();
}
