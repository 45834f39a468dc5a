/* test_kpi_order_after_no.c - a no to the extra, then a commitment that
 * places the order in the same turn ("No thanks, please order it", "no
 * just book it"), buys the purchase the extra was offered on and not the
 * extra: the "it" after the no is the order. A change of mind ("no,
 * actually, I'll take it") or an explicit add ("add it and order it") still
 * takes the extra. Calls invented for these tests, scored with the shipped
 * rules, clean and speech-recognition style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_order_placed(void)
{
    kt_call("Customer: Hi, I'd like to order the 55 inch TV from your website.\n"
            "Agent: Sure, that model is $499. Can I offer you our protection plan? It's $89.\n"
            "Customer: No thanks, please order it.\nAgent: Done, it's ordered.\n"
            "Customer: Thanks.",
            true, 0, "'No thanks, please order it' orders the TV, not the plan");
    kt_call("Customer: I want to order the walnut desk.\n"
            "Agent: It's $640. Would you like the matching chair? It's $150.\n"
            "Customer: No, just the desk, please order it.\nAgent: Done, it's ordered.\n"
            "Customer: Great.",
            true, 0, "'No, just the desk, please order it'");
    kt_call("customer: hi i need a room for friday night\n"
            "agent: sure the queen room is one twenty nine would you like breakfast for fifteen\n"
            "customer: nah just book it\nagent: okay you're booked\ncustomer: thanks",
            true, 0, "asr: 'nah just book it' books the room");
    kt_call("customer: can i order the blue running shoes\n"
            "agent: they're eighty nine dollars want the insoles too they're twenty\n"
            "customer: no thanks go ahead and process it\nagent: done it's placed\n"
            "customer: cool",
            true, 0, "asr: 'no thanks go ahead and process it'");
}

/* The extra still taken: a change of mind, an explicit add. */
static void check_extra_still_taken(void)
{
    kt_call("Customer: Hi, I'd like to order the 55 inch TV from your website.\n"
            "Agent: Sure, that model is $499. Can I offer you our protection plan? It's $89.\n"
            "Customer: Hmm, no. Actually, I'll take it.\nAgent: Done, it's ordered.\n"
            "Customer: Thanks.",
            true, 89, "'no. Actually, I'll take it' changes the answer");
    kt_call("customer: i want to order the walnut desk\n"
            "agent: it's six forty would you like the matching chair it's a hundred fifty\n"
            "customer: no wait yes add it and order it\nagent: done both are ordered\n"
            "customer: great",
            true, 150, "asr: 'add it and order it' adds the chair");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_order_placed();
    check_extra_still_taken();
    kt_free();
    T_END();
}
