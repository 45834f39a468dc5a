/* test_kpi_price_cut.c - an extra the customer balks at ("thirty is more
 * than i want to spend on that") and the agent then prices lower in words
 * that name it ("the early bird price on the workshop is twenty") is
 * revised, as "i can do twenty" would revise it: the customer's yes takes
 * the lower price. A lower price for another thing after the customer's
 * question ("what time does it start?" - "it starts at six and the
 * recording is twenty five") is no cut. With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_cut(void)
{
    kt_call("agent: summit events this is lee\n"
            "customer: hi i want to register for the design conference the day pass\n"
            "agent: sure the day pass is two hundred would you like to add the evening "
            "workshop it's sixty\n"
            "customer: hmm sixty is more than i wanted to spend on extras\n"
            "agent: if you sign up today the early bird price on the workshop is forty five\n"
            "customer: oh forty five works add the workshop\n"
            "agent: great shall i charge the card on file\n"
            "customer: yes go ahead",
            true, 45, "speech: balked at sixty, the workshop repriced at forty five");
    kt_call("Agent: Summit Events, this is Lee.\n"
            "Customer: Hi, I want to register for the design conference, the day pass.\n"
            "Agent: Sure, the day pass is $200. Would you like to add the evening workshop? "
            "It's $60.\n"
            "Customer: $60 is a bit much for me.\n"
            "Agent: This week the workshop is $45 for early registrations.\n"
            "Customer: Okay, add the workshop then.\n"
            "Agent: Great. Shall I charge the card on file?\n"
            "Customer: Yes, go ahead.",
            true, 45, "clean: balked at $60, the workshop repriced at $45");
}

static void check_no_cut(void)
{
    kt_call("agent: summit events this is lee\n"
            "customer: hi i want to register for the design conference the day pass\n"
            "agent: sure the day pass is two hundred would you like to add the evening "
            "workshop it's sixty\n"
            "customer: what time does the workshop start\n"
            "agent: it starts at six and the workshop recording is twenty five\n"
            "customer: okay add the workshop",
            true, 60, "negative: a lower price after a question prices another thing");
    kt_call("agent: pixelworks sales this is dan\n"
            "customer: hi i'm on the free plan what does the upgrade cost\n"
            "agent: sure pro is twenty a month\n"
            "customer: and what about the photo kit thing\n"
            "agent: the photo kit comes with pro or it's six a month on its own\n"
            "customer: okay let me think about it and call back",
            false, 0, "negative: a cheaper other thing asked about, then a deferral");
    kt_call("agent: summit events this is lee\n"
            "customer: hi i want to register for the design conference the day pass\n"
            "agent: sure the day pass is two hundred would you like to add the evening "
            "workshop it's sixty\n"
            "customer: okay sure add it\n"
            "agent: done and the parking pass for the workshop evening is fifteen\n"
            "customer: no thanks",
            true, 60, "negative: a lower price for something else after a yes");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_cut();
    check_no_cut();
    kt_free();
    T_END();
}
