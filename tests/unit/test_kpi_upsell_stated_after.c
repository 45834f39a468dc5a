/* test_kpi_upsell_stated_after.c - a price the agent states with no offer
 * word right after the customer commits to a priced purchase ("that's
 * twenty five per person shall i lock that in" - "yes book it" - "done and
 * we rent shoes six per person") is an extra the customer can take, even
 * when the first words asking for the purchase came before any price; and
 * the words tying a stated extra to the purchase ("a meet-and-greet after
 * the concert") do not make its price the purchase's own. Negatives: the
 * purchase's own price said after an unpriced commitment, a fee told, the
 * order summed up or restated, an extra turned down. Clean and
 * speech-recognition style; calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static const char *const CLASS =
    "agent: summit gym this is theo\n"
    "customer: hi i wanna book the intro climbing class for three people on sunday at ten\n";

static const char *const PRICED =
    "agent: summit gym this is theo\n"
    "customer: hi i wanna book the intro climbing class for three people on sunday at ten\n"
    "agent: that's twenty five per person so seventy five shall i lock that in\n"
    "customer: yes book it\n";

/* The extra stated in the turn after the priced commitment, taken. */
static void check_stated_after_commit(void)
{
    kt_call_after(PRICED,
                  "agent: done and we rent shoes six per person\n"
                  "customer: sure the shoes for all three\n"
                  "agent: you're all set for sunday\ncustomer: awesome thanks",
                  true, 18, "asr: 'sure the shoes for all three' after 'yes book it'");
    kt_call_after(PRICED,
                  "agent: done and we rent shoes six per person\n"
                  "customer: oh yes please three pairs\n"
                  "agent: you're all set for sunday\ncustomer: awesome thanks",
                  true, 18, "asr: a yes and a count");
    kt_call("Customer: Hi, I'd like three tickets for the Friday concert.\n"
            "Agent: Sure, three in row D, $50 each.\nCustomer: Great.\n"
            "Agent: So that's three tickets, $150. Shall I go ahead?\nCustomer: Yes, please.\n"
            "Agent: There's also a meet-and-greet after the concert, $20 per ticket.\n"
            "Customer: Yes, the meet-and-greet for all three.\n"
            "Agent: Done, they're in your email.\nCustomer: Thanks!",
            true, 60, "'a meet-and-greet after the concert': the concert is what it goes with");
}

/* Prices that are the purchase's own, told, summed up or turned down. */
static void check_not_extra(void)
{
    kt_call_after(CLASS,
                  "agent: sure sunday at ten is open\ncustomer: great put us down\n"
                  "agent: the intro class is twenty five per person\n"
                  "customer: okay sounds good\nagent: you're all set\ncustomer: thanks",
                  true, 0, "asr: the class's own price after a commitment with no price");
    kt_call_after(PRICED,
                  "agent: done if you cancel late there's a twenty dollar fee\n"
                  "customer: okay good to know\nagent: see you sunday\ncustomer: thanks",
                  true, 0, "asr: a fee told after the booking");
    kt_call_after(CLASS,
                  "agent: that's twenty five per person shall i lock that in\n"
                  "customer: yes book it\n"
                  "agent: so three spots seventy five total on the card on file\n"
                  "customer: yes that's fine\nagent: done\ncustomer: thanks",
                  true, 0, "asr: the order summed up after the commitment");
    kt_call_after(CLASS,
                  "agent: that's twenty five per person shall i lock that in\n"
                  "customer: yes book it\n"
                  "agent: done three spots with coach ana seventy five\n"
                  "customer: yes great thanks\nagent: see you then\ncustomer: bye",
                  true, 0, "asr: the booking restated with its total");
    kt_call("Customer: Hi, I'd like three tickets for the Friday concert.\n"
            "Agent: Sure, three in row D, $50 each.\nCustomer: Great.\n"
            "Agent: So that's three tickets, $150. Shall I go ahead?\nCustomer: Yes, please.\n"
            "Agent: There's also a meet-and-greet after the concert, $20 per ticket.\n"
            "Customer: No thanks, just the tickets.\n"
            "Agent: Done, they're in your email.\nCustomer: Thanks!",
            true, 0, "the meet-and-greet turned down");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_stated_after_commit();
    check_not_extra();
    kt_free();
    T_END();
}
