/* test_kpi_change_worked_out.c - two ways the purchase's own price, or an
 * extra turned down, was counted as an add-on:
 * - a plan change the customer asked for ("add two lines", "add my son to
 *   the policy") that the agent prices and then works out in the same
 *   sentence ("so that's $40 a month extra", "from $900 to $1,400"): the
 *   worked-out price is the same purchase, not an extra on top of it; a
 *   price that names something of its own there ("and device protection
 *   for $9") may still be extra;
 * - a weak yes ("fine") after a refusal said earlier in the same turn ("No,
 *   that's more than I want to spend. The plain one is fine.") settles for
 *   what the customer has; it takes nothing.
 * Each with negatives, clean and speech-recognition style. Calls invented
 * for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The plan change worked out in its own sentence is the purchase. */
static void check_change_worked_out(void)
{
    kt_call("Customer: I need to add my wife to our car policy.\n"
            "Agent: Adding a second driver takes your premium from $600 to $840 for the year.\n"
            "Customer: Okay, add her.\n"
            "Agent: Done, she is on the policy.\nCustomer: Thanks.",
            true, 0, "'from $600 to $840' for the driver asked for");
    kt_call("customer: hi we have two new hires so i need to add two seats to our plan\n"
            "agent: sure thing each seat on the plan is nine dollars a month so that would be "
            "eighteen a month extra from the next bill\n"
            "customer: yeah that is fine add them\n"
            "agent: done both seats are added\ncustomer: cool thanks",
            true, 0, "asr: 'nine dollars a month so that would be eighteen a month extra'");
    kt_call("customer: hi i need to add my son to my car insurance he just passed his test\n"
            "agent: adding a new driver takes your premium from nine hundred to fourteen "
            "hundred for the six months\n"
            "customer: ugh okay add him\n"
            "agent: done he's on the policy from today\ncustomer: thanks",
            true, 0, "asr: 'from nine hundred to fourteen hundred' for the driver asked for");
}

/* Something of its own priced in that sentence, or offered after, is extra. */
static void check_change_then_extra(void)
{
    kt_call("Customer: Hi, we have two new hires, so I need to add two seats to our plan.\n"
            "Agent: Sure, each seat on your plan is $9 a month, so that would be $18 a month "
            "extra. We also have priority support for $15 a month.\n"
            "Customer: Okay, add the two seats and the support.\n"
            "Agent: Done.\nCustomer: Thanks.",
            true, 15, "priority support offered after the seats is extra");
    kt_call("customer: i need to add my daughter to our car policy she just got her license\n"
            "agent: adding a new driver brings your premium from seven hundred to eleven hundred "
            "for six months and we have roadside help for six a month\n"
            "customer: okay add her and the roadside\n"
            "agent: done\ncustomer: thanks",
            true, 6, "asr: roadside named in the same sentence is extra");
}

/* A weak yes after a refusal earlier in the turn takes nothing. */
static void check_fine_after_no(void)
{
    kt_call("Customer: Hi, I got a letter saying my fire extinguishers need their yearly "
            "inspection.\n"
            "Agent: Yes, we can handle that. It's $60, and the inspector logs the tags with the "
            "county.\n"
            "Customer: Okay, that's simpler. When's the first slot?\n"
            "Agent: Monday the 9th after lunch, or Wednesday the 11th early.\n"
            "Customer: The Wednesday.\n"
            "Agent: Wednesday the 11th, early slot, $60 on your account. Is that right?\n"
            "Customer: That's right.\n"
            "Agent: Booked. While the inspector is there, we can also do a smoke alarm check for "
            "$20. Older alarms often fail.\n"
            "Customer: I'll pass on that one. The alarm's fine.\n"
            "Agent: No problem.\nCustomer: Okay, thanks.",
            true, 0, "'I'll pass on that one. The alarm's fine.' names the check, takes nothing");
    kt_call("customer: i need the chimney swept before the holidays\n"
            "agent: sure we can come friday morning it's ninety five\n"
            "customer: friday works\n"
            "agent: booked. we can also sweep the dryer vent for thirty while we're there\n"
            "customer: oh no that's more than i want to spend. the vent's fine\n"
            "agent: no problem\ncustomer: okay thanks",
            true, 0, "asr: 'oh no that's more than i want to spend. the vent's fine'");
    kt_call("customer: i'd like a return train ticket to leeds on friday\n"
            "agent: the eight ten is sixty four return do you want it\n"
            "customer: yes please\n"
            "agent: done. first class is available for an extra forty each way\n"
            "customer: oh no that's way more than i want to spend. standard is fine\n"
            "agent: understood one standard return sixty four\ncustomer: great",
            true, 0, "asr: 'standard is fine' after 'oh no' settles for the ticket");
}

/* A yes that takes the extra after a "no" still counts. */
static void check_yes_after_no(void)
{
    kt_call("Customer: I need the chimney swept before the holidays.\n"
            "Agent: Sure, we can come Friday morning, it's $95.\n"
            "Customer: Friday works.\n"
            "Agent: Booked. We can also sweep the dryer vent for $30 while we're there.\n"
            "Customer: Hmm, no. Well, actually, the vent's fine, add it.\n"
            "Agent: Added.\nCustomer: Thanks.",
            true, 30, "'no. Well, actually, ... add it' takes the vent");
    kt_call("Customer: I'd like to book a deep clean for Thursday.\n"
            "Agent: Booked, $150. Would you like the oven cleaned too for $40?\n"
            "Customer: No, wait. Actually yes, add the oven.\n"
            "Agent: Added, see you Thursday.\nCustomer: Thanks.",
            true, 40, "'No, wait. Actually yes, add the oven.' takes it");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_change_worked_out();
    check_change_then_extra();
    check_fine_after_no();
    check_yes_after_no();
    kt_free();
    T_END();
}
