/* test_kpi_decide.c - who committed to what, with the shipped rules file, on
 * short calls written for these tests (clean and speech-recognition style):
 * a part removed by name leaves the purchase standing, the price of what the
 * customer asked to buy is never taken as an add-on, and a clear yes to a
 * day or time the agent offered picks it. Each mechanism has a negative
 * case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Checks conversion and upsell of one call. */
static void call(const char *transcript, bool conv, double upsell, const char *name)
{
    kt_outcome o = kt_run(transcript, false);
    char n[256];
    snprintf(n, sizeof n, "%s: conversion %s", name, conv ? "yes" : "no");
    CHECK(o.ok && o.conv == conv, n);
    snprintf(n, sizeof n, "%s: upsell %.2f (got %.2f)", name, upsell, o.upsell);
    CHECK(o.upsell > upsell - 0.001 && o.upsell < upsell + 0.001, n);
}

/* "take off the X" / "drop the X" removes a part, not the purchase. */
static void check_part_removed(void)
{
    call("agent: bayside grooming this is remy\n"
         "customer: hi i want to book a full groom for my poodle\n"
         "agent: a full groom is eighty five i have friday at ten\n"
         "customer: great\n"
         "agent: friday at ten and we can add a blueberry facial for twelve\n"
         "customer: sure\n"
         "agent: so full groom friday at ten with the facial\n"
         "customer: yes actually take off the facial she hates things near her eyes\n"
         "agent: no problem just the groom\n"
         "customer: thanks",
         true, 0, "ASR: the extra taken off by name, the groom stands");
    call("Agent: Your order is a standing desk at $540 with a cable tray for $30. Shall I "
         "place it?\nCustomer: Yes, please.\nAgent: Placed.\n"
         "Customer: Actually, drop the cable tray, I have one at home.\nAgent: Removed.",
         true, 0, "a priced extra dropped by name after the order is placed");
    call("Agent: Shall I place the order for the standing desk?\nCustomer: Yes, please.\n"
         "Agent: Placed.\nCustomer: Actually, drop the whole order, I found one cheaper.\n"
         "Agent: Okay, cancelled.",
         false, 0, "negative: dropping the whole order takes everything back");
    call("Agent: Shall I book the deep tissue massage for Monday?\nCustomer: Yes.\n"
         "Customer: Wait, take the massage off, I can't make Monday.\nAgent: Okay.",
         false, 0, "negative: taking off the purchase itself by its name");
}

/* "can you add X" does not take the price the agent gave for the purchase
 * the customer asked for. */
static void check_request_price_not_extra(void)
{
    call("agent: harbor kayak tours this is jo\n"
         "customer: hi i wanted to book a sunset kayak tour for two\n"
         "agent: the sunset kayak tour is one ten for two people\n"
         "customer: okay and can you add like a photo package\n"
         "agent: sure photos are twenty five\n"
         "customer: yes add that\n"
         "agent: booked the sunset tour for two with photos",
         true, 25, "ASR: the extra priced after it is asked for, not the tour's price");
    call("Customer: I'd like to book a wine tasting for Saturday.\n"
         "Agent: The tasting is $45. Would you like to add a cheese board for $18?\n"
         "Customer: Yes, add that.\nAgent: Booked, tasting and cheese board on Saturday.",
         true, 18, "control: an extra offered with its price");
}

/* A clear yes to an offered slot picks it; the agent saying it back books. */
static void check_yes_to_slot(void)
{
    call("agent: lakeside dental this is mo\n"
         "customer: hi i need to book a cleaning\n"
         "agent: i have thursday at two thirty\n"
         "customer: perfect\n"
         "agent: alright thursday at two thirty with dr patel\n"
         "customer: thanks",
         true, 0, "ASR: 'perfect' to the slot offered, said back by the agent");
    call("agent: the next bus to the airport leaves at seven twenty\n"
         "customer: perfect\n"
         "agent: alright seven twenty from platform four",
         false, 0, "negative: 'perfect' to a timetable, nothing asked to book");
    call("Customer: I'd like to book a haircut.\nAgent: I have Tuesday at 5.\n"
         "Customer: No, Tuesday doesn't work, I'll call back.\nAgent: Okay, Tuesday at 5 is "
         "open if you change your mind.",
         false, 0, "negative: a refusal of the slot offered");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_part_removed();
    check_request_price_not_extra();
    check_yes_to_slot();
    kt_free();
    T_END();
}
