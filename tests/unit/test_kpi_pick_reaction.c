/* test_kpi_pick_reaction.c - a customer picking one of the slots the agent
 * offered after a word or two of reaction ("ugh fine the wednesday at noon",
 * "oh video on wednesday is perfect", "Ugh, well, okay, Friday at 2 then"): the
 * pick still opens the answer; with negatives where the same opening refuses
 * the slot or names none. Clean and speech-recognition style. Calls invented
 * for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_pick_after_reaction(void)
{
    kt_call("agent: i have wednesday at noon or thursday at nine with the advisor\n"
            "customer: ugh fine the wednesday at noon\n"
            "agent: great wednesday at noon with dan\ncustomer: okay",
            true, 0, "asr: 'ugh fine the wednesday at noon'");
    kt_call("agent: i have monday at two in the branch or wednesday at eleven by video\n"
            "customer: oh video on wednesday is perfect\n"
            "agent: booked wednesday at eleven the link comes by email\ncustomer: thanks",
            true, 0, "asr: 'oh video on wednesday is perfect'");
    kt_call("Agent: We have Tuesday at 10 or Friday at 2 for the cleaning.\n"
            "Customer: Ugh, well, okay, Friday at 2 then.\n"
            "Agent: Great, Friday at 2 with Dr. Lin.\nCustomer: Thanks.",
            true, 0, "'Ugh, well, okay, Friday at 2 then.'");
}

static void check_reaction_without_pick(void)
{
    kt_call("agent: i have wednesday at noon or thursday at nine\n"
            "customer: ugh no neither of those work i'll call back\n"
            "agent: okay\ncustomer: bye",
            false, 0, "asr: 'ugh no neither of those work'");
    kt_call("Agent: We have Tuesday at 10 or Friday at 2.\n"
            "Customer: Oh, okay, I need to check with my wife first.\n"
            "Agent: Sure, call us back.\nCustomer: Will do.",
            false, 0, "a reaction, then a deferral: no slot named");
    kt_call("agent: i have monday at two or wednesday at eleven\n"
            "customer: oh well thanks i'll think about it\nagent: sure thing\ncustomer: bye",
            false, 0, "asr: reaction words, then 'i'll think about it'");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_pick_after_reaction();
    check_reaction_without_pick();
    kt_free();
    T_END();
}
