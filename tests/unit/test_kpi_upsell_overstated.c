/* test_kpi_upsell_overstated.c - figures the upsell must not take for an
 * extra's price: the price of the purchase the customer said yes to at the
 * closing question, taken again by a later "add it"; a total said as "X
 * plus Y, Z"; the worked total of a unit price said back by the customer
 * counted a second time; the size of "a buck fifty"; and an extra refused
 * as "we're good on X" taken by its "good". With the shipped
 * rules file, on short calls written for these tests (clean and
 * speech-recognition style); each mechanism has a case that must still
 * count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The price of the closing question the customer said yes to is the
 * purchase's own: a later "add it" that takes nothing on the table does
 * not take it. */
static void check_closed_price(void)
{
    kt_call("Agent: Northway Insurance, this is Dana.\n"
            "Customer: Hi, my home policy is up next week and I want to renew it.\n"
            "Agent: Sure. We also have identity theft cover for $6 a month.\n"
            "Customer: Let's do the renewal first.\n"
            "Agent: Of course. The renewal is $890 for the year. Shall I go ahead?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done, it's renewed.\n"
            "Customer: My neighbour had his card cloned last month. Add it.\n"
            "Agent: All set.",
            true, 0, "an add it after the renewal does not take the renewal's price");
    kt_call("agent: city gym this is lee\n"
            "customer: hi i want to renew my membership\n"
            "agent: the annual renewal is four hundred dollars shall i go ahead\n"
            "customer: yes go ahead\n"
            "agent: done and a locker is sixty dollars for the year\n"
            "customer: add that\n"
            "agent: added",
            true, 60, "negative: an add that to a price said after the purchase takes it");
}

/* "so $142 plus $10 in add-ons, $152 a month": the last price is the sum
 * of the two the turn says before it, a total, never one more thing. */
static void check_plus_total(void)
{
    kt_call("Agent: Keystone Auto, this is Ray.\n"
            "Customer: I need a policy on my new car.\n"
            "Agent: Full coverage comes to $120 a month.\n"
            "Customer: Okay, let's go with that.\n"
            "Agent: Would you like glass cover? It's $5 a month.\n"
            "Customer: Sure.\n"
            "Agent: And towing for $3 a month?\n"
            "Customer: Add that too.\n"
            "Agent: So $120 plus $8 in extras, $128 a month. Shall I start it?\n"
            "Customer: Yes.\n"
            "Agent: You're covered from Monday.",
            true, 8, "a total said as X plus Y, Z is no extra");
    kt_call("agent: river tours this is sam\n"
            "customer: hi book me on the noon boat tour please\n"
            "agent: booked and would you like lunch plus a drink for fifteen dollars\n"
            "customer: yes please\n"
            "agent: added",
            true, 15, "negative: an offer that says plus is still an offer");
}

/* "$40 a night, so $120 for the three nights" - "yes, let's do the $120":
 * the customer names the offer by the total it comes to; it is taken
 * once. */
static void check_total_said_back(void)
{
    static const char opening[] =
        "Agent: Harbor Inn, this is Mia.\n"
        "Customer: I'd like a room for three nights from the 4th.\n"
        "Agent: A standard double is $150 a night. Shall I book it?\n"
        "Customer: Yes please.\n"
        "Agent: Done. I can also offer a sea view for $40 a night, so $120 for the three "
        "nights.\n";
    kt_call_after(opening,
                  "Customer: $120 for all three? Yes, let's do the $120.\n"
                  "Agent: Wonderful, the sea view is yours.",
                  true, 120, "the total said back takes the sea view once");
    kt_call_after(opening,
                  "Customer: No, the view doesn't matter. Can you also add the spa pass, I saw "
                  "it's $35?\n"
                  "Agent: Added.",
                  true, 35, "negative: an extra named with a price of its own still counts");
}

/* "a buck fifty" is one dollar fifty, not fifty. */
static void check_a_buck(void)
{
    static const char opening[] =
        "agent: metro auto this is kim\n"
        "customer: hi i want to renew my car insurance same as last year\n"
        "agent: sure that's five twenty for six months\n"
        "customer: fine renew it\n";
    kt_call_after(opening,
                  "agent: done and roadside help is only a buck fifty a month if you want it\n"
                  "customer: yeah okay add it\n"
                  "agent: added roadside at a dollar fifty a month",
                  true, 1.5, "a buck fifty is 1.50");
    kt_call_after(opening,
                  "agent: done and roadside help is a dollar twenty five a month if you want it\n"
                  "customer: yeah okay add it\n"
                  "agent: added",
                  true, 1.25, "a dollar twenty five is 1.25");
    kt_call_after(opening,
                  "agent: done and roadside help is fifty dollars a year if you want it\n"
                  "customer: yeah okay add it\n"
                  "agent: added",
                  true, 50, "negative: fifty dollars stays fifty");
}

/* "we're good on sweets": set for that thing already, a refusal of the
 * extra offered; the order still goes ahead. */
static void check_good_on(void)
{
    static const char opening[] =
        "agent: bayside catering this is jo\n"
        "customer: hi i need sandwiches for twenty people on friday\n"
        "agent: the sandwich platter for twenty is one hundred fifty dollars shall i book it\n"
        "customer: yes book it\n"
        "agent: booked would you like to add a fruit bowl for thirty dollars\n";
    kt_call_after(opening,
                  "customer: we're good on fruit thanks\n"
                  "agent: no problem see you friday",
                  true, 0, "we're good on fruit refuses the fruit bowl");
    kt_call_after(opening,
                  "customer: yeah the fruit sounds good add it\n"
                  "agent: added see you friday",
                  true, 30, "negative: the fruit sounds good takes it");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_closed_price();
    check_plus_total();
    check_total_said_back();
    check_a_buck();
    check_good_on();
    kt_free();
    T_END();
}
