/* test_kpi_upsell_placed.c - whether the agent's offer names the purchase
 * the customer asked for (dlg_names_request, placed_at_request in
 * kpi_upsell.c). A word of the request that the offer says only in a
 * phrase of place or time ("a cake waiting at the table" after "a table
 * for four", "extra users on Business" after "move us to Business") says
 * where the offer goes, not what it is: the offer comes on top of the
 * purchase. With the shipped rules file, on short calls written for these
 * tests (clean and speech-recognition style); negatives: an offer that
 * names the request outside such a phrase ("a table by the window at
 * eight") is the purchase, and the extra declined. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The speech-recognition call up to the cake's offer, answered two ways below. */
#define CAKE_ASR \
    "agent: harbor grill this is sam\n" \
    "customer: hi i'd like to book a table for four on saturday for my dad\n" \
    "agent: oh nice i have six thirty or eight\n" \
    "customer: eight please\n" \
    "agent: we can have a birthday cake waiting at the table for thirty dollars would you " \
    "like that\n"

/* An extra placed at the table asked for, on a reservation. */
static void check_at_the_table(void)
{
    kt_call("Agent: Harbor Grill, this is Sam.\n"
            "Customer: Hi, can I book a table for four on Saturday? It's my dad's birthday.\n"
            "Agent: Oh nice. I have 6:30 or 8.\n"
            "Customer: Eight, please.\n"
            "Agent: We can have a birthday cake waiting at the table for $30. Would you like "
            "that?\n"
            "Customer: Oh, he'd love that, yes.\n"
            "Agent: So a table for four Saturday at 8 with the cake. Name?\n"
            "Customer: Moreno. That's all correct.\n"
            "Agent: You're booked.",
            true, 30, "cake waiting at the table booked");
    kt_call(CAKE_ASR
            "customer: oh that would be perfect yes\n"
            "agent: so a table for four saturday at eight with the cake under what name\n"
            "customer: moreno that's all correct\n"
            "agent: you're booked",
            true, 30, "ASR: cake waiting at the table booked");
    kt_call(CAKE_ASR
            "customer: no thanks we'll bring our own\n"
            "agent: so a table for four saturday at eight name\n"
            "customer: moreno that's all correct\n"
            "agent: you're booked",
            true, 0, "negative ASR: the cake declined");
}

/* A table offered in answer to the request is the purchase: "table" is
 * what the offer is, not where it goes. */
static void check_names_request(void)
{
    kt_call("customer: hi i'd like a table for two tonight\n"
            "agent: i have a window table at eight for two it's a tasting menu at sixty "
            "dollars a person would you like that\n"
            "customer: yes please\n"
            "agent: great you're booked for eight",
            true, 0, "negative ASR: a table offered for a table asked for is the purchase");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_at_the_table();
    check_names_request();
    kt_free();
    T_END();
}
