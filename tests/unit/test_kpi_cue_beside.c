/* test_kpi_cue_beside.c - an offer cue, not asked as a question, with its
 * price ("our churros are three fifty each want some") said while the customer's own order awaits the agent
 * offers something besides that order: taken, it is an extra. Negatives: the
 * first price said for a plan change asked for ("adding a line is an extra
 * $30"), for what the customer looked for ("you can get a standard ticket
 * for twenty two"), a price said before the cue ("a standard service is
 * $120, and we have an opening"), and the offer refused. Clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Offered beside the pending order and taken: extra. */
static void check_taken_beside(void)
{
    kt_call("Customer: Hi, I'd like to order the oak bookcase, the tall one.\n"
            "Agent: Good pick. We also carry the matching side tables at $95 each.\n"
            "Customer: I'll take two of the side tables.\n"
            "Agent: Perfect, the bookcase and two side tables, delivered Monday.\n"
            "Customer: Great, thanks.",
            true, 190, "'we also carry' with the price, two taken");
    kt_call("customer: hi can i get two veggie burritos for pickup\n"
            "agent: sure thing and our churros are three fifty each want some\n"
            "customer: oh yeah two churros\n"
            "agent: two veggie burritos and two churros ready in fifteen\ncustomer: thanks",
            true, 7, "asr: 'want some' after the price, 'two churros'");
    kt_call("customer: hi i want to order a large pepperoni for delivery\n"
            "agent: okay and our garlic knots are five ninety nine want some\n"
            "customer: yeah one order\n"
            "agent: okay one large pepperoni and garlic knots thirty minutes\ncustomer: thanks",
            true, 5.99, "asr: 'yeah one order' of the knots");
}

/* The price is the order's own, or the offer is refused: no extra. */
static void check_not_beside(void)
{
    kt_call("customer: hi can i get two veggie burritos for pickup\n"
            "agent: sure thing and our churros are three fifty each want some\n"
            "customer: no thanks just the burritos\n"
            "agent: two veggie burritos ready in fifteen\ncustomer: thanks",
            true, 0, "asr: the churros refused");
    kt_call("Customer: I need to add my son to my phone plan.\n"
            "Agent: Sure, adding a line is an extra $30 a month.\n"
            "Customer: Okay, add him.\nAgent: Done, he's on your plan.\nCustomer: Thanks.",
            true, 0, "the first price of the plan change asked for is the purchase");
    kt_call("customer: i need a bus from boston to new york on friday\nagent: what time\n"
            "customer: morning\n"
            "agent: you can get a standard ticket for twenty two it leaves at nine\n"
            "customer: yes book one ticket\nagent: your ticket is booked\ncustomer: thanks",
            true, 0, "asr: 'you can get' answers what was looked for");
    kt_call("Customer: I'd like someone to service my boiler.\n"
            "Agent: A standard service is $120, and we have an opening Thursday morning.\n"
            "Customer: Thursday works, book it.\nAgent: Booked.\nCustomer: Thanks.",
            true, 0, "the price before 'and we have an opening' is the service's own");
    kt_call("Customer: Hi, I'd like to book a table for four on Saturday at seven.\n"
            "Agent: Sure. We also do a chef's tasting board for $40 if you're interested.\n"
            "Customer: Maybe another time.\n"
            "Agent: No problem, you're booked for Saturday at seven.\nCustomer: Thanks.",
            true, 0, "put off");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_taken_beside();
    check_not_beside();
    kt_free();
    T_END();
}
