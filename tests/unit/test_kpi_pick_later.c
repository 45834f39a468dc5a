/* test_kpi_pick_later.c - a customer picking one of the slots the agent
 * offered after one exchange about something else ("i have wednesday at
 * noon or thursday at nine" - "what's your rate right now" - "about six
 * point nine" - "ugh fine the wednesday at noon"): the pick answers the
 * offer still open. Negatives: a refusal or a put-off in between closes the
 * offer; a day named for something else is no pick. Clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_pick_after_question(void)
{
    kt_call("agent: i can set you up with a loan officer wednesday at noon or thursday at nine\n"
            "customer: before that what's your rate on a thirty year\n"
            "agent: today it's about six point nine\n"
            "customer: ugh fine the wednesday at noon\n"
            "agent: great wednesday at noon with dan\ncustomer: okay",
            true, 0, "asr: the pick after one question about the rate");
    kt_call("Agent: Ana has Friday at 11 or Saturday at 3:30.\n"
            "Customer: Does she do curly hair?\n"
            "Agent: She does, it's her specialty.\n"
            "Customer: Saturday at 3:30 then.\n"
            "Agent: Saturday at 3:30 with Ana.\nCustomer: Thanks!",
            true, 0, "the pick after one question about the stylist");
}

static void check_no_later_pick(void)
{
    kt_call("agent: i have wednesday at noon or thursday at nine\n"
            "customer: no neither works for me\n"
            "agent: okay\n"
            "customer: thursday i'm at work all day anyway so i'll call back\n"
            "agent: sure\ncustomer: bye",
            false, 0, "asr: refused in between, then a day named for something else");
    kt_call("Agent: We have Tuesday at 10 or Friday at 2.\n"
            "Customer: Let me check with my husband first.\n"
            "Agent: Of course.\n"
            "Customer: Friday he's away, so I'll call you back.\n"
            "Agent: Sure.\nCustomer: Bye.",
            false, 0, "put off in between, then 'Friday he's away'");
    kt_call("Agent: Dr. Lee has Monday at 9 or Thursday at 4.\n"
            "Customer: How much is the consultation?\n"
            "Agent: It's $120.\n"
            "Customer: Oh, that's too much, I'll look elsewhere.\n"
            "Agent: I understand.\nCustomer: Bye.",
            false, 0, "a price asked in between, then a refusal");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_pick_after_question();
    check_no_later_pick();
    kt_free();
    T_END();
}
