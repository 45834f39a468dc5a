/* test_kpi_worked_total.c - a total the agent states that is the
 * purchase's unit price, said before the customer committed, times a count
 * the turn says ("Three tickets, row K, $105" after "$35 each") works out
 * what was bought; it states no extra. A unit price said after the
 * commitment is an extra's, and its worked total still counts ("evening
 * workshops at $50 per person" - "two workshop seats, $100"). Clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The purchase's unit price worked out for a count is no extra. */
static void check_purchase_worked_out(void)
{
    kt_call("Agent: Grand Playhouse, this is Tom.\n"
            "Customer: Hi, four tickets for the Saturday evening show of Hamlet, please.\n"
            "Agent: I have row K, $35 each. Let me confirm: four tickets, Saturday 7 pm, row K, "
            "$140.\n"
            "Customer: Yes, great.\nAgent: You're booked.\n"
            "Customer: Oh, hang on, my brother can't make it. Can we make it three?\n"
            "Agent: Of course. Three tickets, row K, $105.\nCustomer: Yes.\nAgent: Done.",
            true, 0, "'Three tickets, row K, $105' after '$35 each' is the purchase");
    kt_call("agent: grand playhouse this is tom\n"
            "customer: hi four tickets for the saturday evening show of hamlet please\n"
            "agent: i have row k thirty five each let me confirm four tickets saturday seven pm "
            "row k one forty\n"
            "customer: yes great\nagent: you're booked\n"
            "customer: oh hang on my brother can't make it can we make it three\n"
            "agent: of course three tickets row k one oh five\ncustomer: yes\nagent: done",
            true, 0, "asr: 'three tickets row k one oh five' is the purchase");
    kt_call("customer: hi two tickets for the saturday jazz night please\n"
            "agent: i have two together in the balcony at forty five each\n"
            "customer: great i'll take those two\n"
            "agent: okay so that's two balcony seats saturday at eight ninety dollars total\n"
            "customer: yep that's right\nagent: booked enjoy the show\ncustomer: thanks",
            true, 0, "asr: 'two balcony seats ... ninety dollars total' reads the purchase back");
}

/* An extra's unit price, said after the commitment, worked out still counts. */
static void check_extra_worked_out(void)
{
    kt_call("Customer: I'd like to register two people for the design summit.\n"
            "Agent: Sure, passes are $300 each. Shall I register both?\n"
            "Customer: Yes, both.\n"
            "Agent: Registered. We also have evening workshops at $50 per person.\n"
            "Customer: Yes, we'd both like the workshop.\n"
            "Agent: Two workshop seats, $100. Total $700.\nCustomer: Yes, that's right.",
            true, 100, "'two workshop seats, $100' works out the workshop taken");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_purchase_worked_out();
    check_extra_worked_out();
    kt_free();
    T_END();
}
