/* test_kpi_upsell_search.c - a new, separate search after the purchase is
 * carried out ("can you find me a hotel too?", "what about a return
 * flight?") is answered by the agent with a purchase of its own, not an
 * extra on top of the first; an add-on offered after the booking still is
 * one. With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style). */
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

int main(void)
{
    if (!kt_load())
        T_END();
    check_new_search();
    kt_free();
    T_END();
}
