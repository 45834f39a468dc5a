/* test_kpi_value_not_price.c - sums of money that are no price: the sum a
 * recurring premium insures ("$65 a year for $10,000", "for $6,500 that's
 * $7 a month") and what the customer paid for something bought before
 * ("add that, and I bought a new bike, about two thousand dollars"). The
 * extra taken counts at its own price. With the shipped rules file, on
 * short calls written for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_covered_sum(void)
{
    kt_call("Agent: Lakeside Insurance, this is Mo.\n"
            "Customer: Hi, I'd like to renew my home policy.\n"
            "Agent: Sure, the renewal is $980 for the year. Shall I renew it?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. I'd also suggest flood cover, it's $40 a year for $20,000.\n"
            "Customer: Okay, add that.",
            true, 40, "clean: premium then the sum insured");
    kt_call("agent: lakeside insurance this is mo\n"
            "customer: hi i want to renew my home policy\n"
            "agent: sure the renewal is nine hundred eighty for the year shall i renew it\n"
            "customer: yes please\n"
            "agent: done and for three thousand dollars of cover that's eight dollars a month "
            "for the camera\n"
            "customer: okay add that",
            true, 8, "speech: the sum insured before the premium");
    /* negative: a price for a set of things, no premium beside it */
    kt_call("Agent: Oak Furniture, this is Mo.\n"
            "Customer: I'd like the oak table please.\n"
            "Agent: Sure, the table is $600. Shall I order it?\n"
            "Customer: Yes, order it.\n"
            "Agent: Done. The matching bench is usually $300, but with the table it's yours for "
            "$250.\n"
            "Customer: Okay, add the bench.",
            true, 250, "negative: a price after for, no premium: counts");
}

static void check_bought_before(void)
{
    kt_call("Agent: Lakeside Insurance, this is Mo.\n"
            "Customer: Hi, I want to renew my renters policy.\n"
            "Agent: Sure, it's $220 for the year. Shall I renew it?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done. Would you like identity theft cover? It's $5 a month.\n"
            "Customer: Yes, add that. And I bought a new laptop last week, about two thousand "
            "dollars.\n"
            "Agent: Laptops are covered under your contents already.\n"
            "Customer: Great, thanks.",
            true, 5, "clean: the laptop's cost is no price of the extra");
    kt_call("agent: lakeside insurance this is mo\n"
            "customer: hi i want to renew my renters policy\n"
            "agent: sure it's two twenty for the year shall i renew it\n"
            "customer: yes go ahead\n"
            "agent: done would you like identity theft cover it's five dollars a month\n"
            "customer: yes add that we bought a tv in march it was like fifteen hundred dollars\n"
            "agent: that's covered already\n"
            "customer: great thanks",
            true, 5, "speech: what the tv cost is no price of the extra");
    /* negative: the customer names the extra with its own price */
    kt_call("Agent: Lakeside Insurance, this is Mo.\n"
            "Customer: Hi, I want to renew my renters policy.\n"
            "Agent: Sure, it's $220 for the year. Shall I renew it?\n"
            "Customer: Yes, go ahead. And can you also add the identity theft cover? "
            "I saw it's $60 a year.\n"
            "Agent: Added.\n"
            "Customer: Great, thanks.",
            true, 60, "negative: the extra named with its own price counts");
    kt_call("agent: office depot plus this is mo\n"
            "customer: hi i need to reorder paper for our printer\n"
            "agent: sure a case of paper is forty five shall i order it\n"
            "customer: yes please\n"
            "agent: done anything else\n"
            "customer: we bought a new printer last week so also add the toner for sixty dollars\n"
            "agent: added\n"
            "customer: thanks",
            true, 60, "negative: a yes between the purchase told and the price");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_covered_sum();
    check_bought_before();
    kt_free();
    T_END();
}
