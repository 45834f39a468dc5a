/* test_kpi_agreed_beside.c - once the customer agreed to what the agent
 * priced, an offer pricing only something new is on top of that purchase,
 * though it shares a word with what the customer first asked for ("a
 * lesson" asked, "a video lesson" offered); a turn that says the purchase's
 * price again still speaks of the purchase. And "forget the X" in a clause
 * of its own drops the extra X. Each with negatives, clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The extra shares a word with the request, after the priced purchase was
 * agreed to: it is an upsell. */
static void check_extra_after_agreement(void)
{
    kt_call("Customer: Hi, I'd like to book a golf lesson for my son.\n"
            "Agent: A lesson is $70 and we have Tuesday at four or Thursday at five.\n"
            "Customer: Tuesday at four.\n"
            "Agent: Would you like a video lesson review with the coach as well? It's $30.\n"
            "Customer: Yes, let's do that.\n"
            "Agent: Great, Tuesday at four with the video review.\nCustomer: Thanks!",
            true, 30, "video lesson review after the lesson slot was picked");
    kt_call("customer: hi i want to book a yoga class for saturday\n"
            "agent: sure the class is twenty five and there's a spot at nine or eleven\n"
            "customer: nine please\n"
            "agent: would you like a mat rental for the class it's five dollars\n"
            "customer: yes please\n"
            "agent: okay saturday at nine with a mat\ncustomer: thank you",
            true, 5, "asr: mat rental for the class after 'nine please'");
}

/* Not on top: the agreed purchase priced again, or the extra refused. */
static void check_not_extra(void)
{
    kt_call("customer: hi i'd like tickets for the wine tasting on friday\n"
            "agent: yes it's forty per person\n"
            "customer: okay book two of us please\n"
            "agent: sure two at forty and for ten more each you get the cheese plate\n"
            "customer: no thanks just the two tickets\n"
            "agent: done you're booked for friday\ncustomer: great thanks",
            true, 0, "asr: the purchase priced again, the plate refused");
    kt_call("Customer: Hi, I want to book the sunset cruise for two on Friday.\n"
            "Agent: The cruise is $80 per person, and the 6 pm sailing has room.\n"
            "Customer: 6 pm is good.\n"
            "Agent: We also offer a dinner with the cruise, it's $45 per person.\n"
            "Customer: Hmm, that's a lot. Forget the dinner, we'll eat in town.\n"
            "Agent: Sure, two for the 6 pm cruise on Friday.\nCustomer: Thanks.",
            true, 0, "'forget the dinner' drops the extra");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_extra_after_agreement();
    check_not_extra();
    kt_free();
    T_END();
}
