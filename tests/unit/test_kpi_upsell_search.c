/* test_kpi_upsell_search.c - a new, separate search after the purchase is
 * carried out ("can you find me a hotel too?", "what about a return
 * flight?") is answered by the agent with a purchase of its own, not an
 * extra on top of the first; an add-on offered after the booking still is
 * one. And the count an answer gives a unit-priced extra: a count that
 * opens the sentence of the yes ("Three of the lanterns, please."), or one
 * the answer chooses with no yes ("let's do fifteen", "we need three", "okay,
 * a dozen then"). With the shipped rules file, on short calls written for
 * these tests (clean and speech-recognition style), with negative cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_new_search(void)
{
    kt_call("Agent: Northwind Travel, this is Ruth.\n"
            "Customer: Hi, I need a train to Glasgow on Monday morning.\n"
            "Agent: The 7:10 is $64. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Done, you're on the 7:10.\n"
            "Customer: Thanks. What about a return train on Thursday evening?\n"
            "Agent: There's one at 6:30 for $58. Want it?\n"
            "Customer: Yes please.\n"
            "Agent: Booked.",
            true, 0, "a return journey asked for after the booking is a purchase of its own");
    kt_call("Agent: Northwind Travel, this is Ruth.\n"
            "Customer: Hi, I need a train to Glasgow on Monday morning.\n"
            "Agent: The 7:10 is $64. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Done, you're on the 7:10.\n"
            "Customer: Great. Now I need a car for the week up there.\n"
            "Agent: I have a compact for $190. Want it?\n"
            "Customer: Yes, reserve it.\n"
            "Agent: Reserved.",
            true, 0, "a car looked for after the train is booked is no extra");
    kt_call("agent: northwind travel ruth speaking\n"
            "customer: hi i need a train to glasgow monday morning\n"
            "agent: the seven ten is sixty four dollars shall i book it\n"
            "customer: yeah book it\n"
            "agent: done youre on the seven ten\n"
            "customer: cool um i'd also like to book a table somewhere for dinner that night\n"
            "agent: the harbour grill has the set menu at forty five dollars want it\n"
            "customer: yeah sure\n"
            "agent: booked",
            true, 0, "ASR: a restaurant asked for after the booking is no extra");
    kt_call("agent: northwind travel ruth speaking\n"
            "customer: hi i need a train to glasgow monday morning\n"
            "agent: the seven ten is sixty four dollars shall i book it\n"
            "customer: yeah book it\n"
            "agent: done youre on the seven ten\n"
            "customer: okay and we need another ticket on the same train for my brother\n"
            "agent: theres one left its sixty four dollars want it\n"
            "customer: yeah go on\n"
            "agent: booked",
            true, 0, "ASR: another of the same asked for is a purchase, not an extra");
    /* negative: an add-on the agent offers after the booking still counts */
    kt_call("Agent: Northwind Travel, this is Ruth.\n"
            "Customer: Hi, I need a train to Glasgow on Monday morning.\n"
            "Agent: The 7:10 is $64. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Done, you're on the 7:10. Would you like to add a reserved seat with a table "
            "for $6?\n"
            "Customer: Yes please.\n"
            "Agent: Added.",
            true, 6, "negative: a seat offered on top of the booking is an extra");
    kt_call("agent: northwind travel ruth speaking\n"
            "customer: hi i need a train to glasgow monday morning\n"
            "agent: the seven ten is sixty four dollars shall i book it\n"
            "customer: yeah book it\n"
            "agent: done youre on the seven ten\n"
            "customer: great can you find me a hotel near the station\n"
            "agent: sure and since youre on the early train do you also want to add breakfast on "
            "board for twelve dollars\n"
            "customer: yeah add that\n"
            "agent: added",
            true, 12, "negative (ASR): an extra offered with \"also ... add\" after a search "
                      "still counts");
}

/* A count in the answer to an extra priced each is how many are taken. */
static void check_count_answer(void)
{
    kt_call("Agent: Fernhill Garden Centre, Oskar speaking.\n"
            "Customer: Hi, I'd like the cedar pergola kit you have on the website.\n"
            "Agent: That's $1,450 delivered.\n"
            "Customer: Great, I'll take it.\n"
            "Agent: Would you like solar lanterns to hang from it? They're $22 each.\n"
            "Customer: Three of the lanterns, please.\n"
            "Agent: Noted, delivery next Tuesday.",
            true, 66, "a count opening the sentence of the yes");
    kt_call("agent: fernhill garden centre oskar speaking\n"
            "customer: hi i'd like the cedar pergola kit from the website\n"
            "agent: that's fourteen fifty delivered\n"
            "customer: great i'll take it\n"
            "agent: would you like solar lanterns to hang from it they're twenty two dollars each\n"
            "customer: hmm let's do fifteen we want it really bright\n"
            "agent: noted delivery next tuesday",
            true, 330, "ASR: \"let's do fifteen\" takes fifteen");
    kt_call("agent: fernhill garden centre oskar speaking\n"
            "customer: hi i'd like the cedar pergola kit from the website\n"
            "agent: that's fourteen fifty delivered\n"
            "customer: great i'll take it\n"
            "agent: would you like solar lanterns to hang from it they're twenty two dollars each\n"
            "customer: okay a dozen then\n"
            "agent: noted delivery next tuesday",
            true, 264, "ASR: \"okay a dozen then\" takes twelve");
    kt_call("Agent: Fernhill Garden Centre, Oskar speaking.\n"
            "Customer: Hi, I'd like the cedar pergola kit you have on the website.\n"
            "Agent: That's $1,450 delivered.\n"
            "Customer: Great, I'll take it.\n"
            "Agent: Would you like solar lanterns to hang from it? They're $22 each.\n"
            "Customer: We don't need three, it's a small garden.\n"
            "Agent: Okay, delivery next Tuesday.",
            true, 0, "negative: a count under a negation takes nothing");
    kt_call("Agent: Fernhill Garden Centre, Oskar speaking.\n"
            "Customer: Hi, I'd like the cedar pergola kit you have on the website.\n"
            "Agent: That's $1,450 delivered.\n"
            "Customer: Great, I'll take it.\n"
            "Agent: Would you like solar lanterns to hang from it? They're $22 each.\n"
            "Customer: Two neighbours asked me the same thing last week.\n"
            "Agent: Okay, delivery next Tuesday.",
            true, 0, "negative: a count no word chooses only informs");
    kt_call("agent: fernhill garden centre oskar speaking\n"
            "customer: hi i'd like the cedar pergola kit from the website\n"
            "agent: that's fourteen fifty delivered\n"
            "customer: great i'll take it\n"
            "agent: would you like solar lanterns to hang from it they're twenty two dollars each\n"
            "customer: do i need three for that size\n"
            "agent: okay delivery next tuesday",
            true, 0, "negative (ASR): a count in a question takes nothing");
}

/* "How many would I need?" between the offer and the count: the count still
 * answers the offer. */
static void check_count_after_question(void)
{
    kt_call("Agent: Lakeside Marquees, Ivo speaking.\n"
            "Customer: Hi, I'd like to hire the large marquee for the 14th.\n"
            "Agent: That's $900 for the weekend.\n"
            "Customer: Great, book it.\n"
            "Agent: Lovely. We also hire patio heaters at $35 each.\n"
            "Customer: How many would we need for sixty guests?\n"
            "Agent: Usually four for that size.\n"
            "Customer: Okay, put in the four heaters then.\n"
            "Agent: Done.",
            true, 140, "a count after the customer's how-many question takes the extra");
    kt_call("agent: lakeside marquees ivo speaking\n"
            "customer: hi i'd like to hire the large marquee for the fourteenth\n"
            "agent: thats nine hundred dollars for the weekend\n"
            "customer: great book it\n"
            "agent: booked we also hire patio heaters at thirty five dollars each\n"
            "customer: um how many would we need for sixty people\n"
            "agent: usually four for that size\n"
            "customer: okay just do three then\n"
            "agent: done",
            true, 105, "ASR: \"just do three\" after a how-many question");
    kt_call("Agent: Lakeside Marquees, Ivo speaking.\n"
            "Customer: Hi, I'd like to hire the large marquee for the 14th.\n"
            "Agent: That's $900 for the weekend.\n"
            "Customer: Great, book it.\n"
            "Agent: Booked. We also hire patio heaters at $35 each.\n"
            "Customer: How many would we need for sixty guests?\n"
            "Agent: Usually four for that size.\n"
            "Customer: No, we don't need four, it's June.\n"
            "Agent: Fair enough.",
            true, 0, "negative: a refused count after a how-many question takes nothing");
    kt_call("agent: lakeside marquees ivo speaking\n"
            "customer: hi i'd like to hire the large marquee for the fourteenth\n"
            "agent: thats nine hundred dollars for the weekend\n"
            "customer: great book it\n"
            "agent: booked we also hire patio heaters at thirty five dollars each\n"
            "customer: how many tables fit inside\n"
            "agent: ten round tables fit\n"
            "customer: okay ten then we'll bring our own\n"
            "agent: done",
            true, 0, "negative (ASR): a count of something the agent named in between is no "
                     "count of the extra");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_new_search();
    check_count_answer();
    check_count_after_question();
    kt_free();
    T_END();
}
