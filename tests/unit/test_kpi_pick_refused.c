/* test_kpi_pick_refused.c - a day or time the agent offered, named again in
 * the customer's answer, is a pick only when the answer takes it: one turned
 * down in its clause ("Sunday won't work", "Thursday, nobody called me",
 * "next Saturday is too late") or a rate said back ("six point nine") picks
 * nothing, so the agent's later "Done" on something free books nothing;
 * negatives keep the picks that stand beside a refusal of the other slot or
 * a remark ("I can't do Monday, but Tuesday works", "six thirty please i'm
 * not a morning person"). Clean and speech-recognition style; calls
 * invented for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The slot named only to turn it down. */
static void check_turned_down(void)
{
    kt_call("Customer: Hi, can I book a tasting for two this Saturday?\n"
            "Agent: I'm sorry, Saturday is full. I have Sunday at 11 or next Saturday.\n"
            "Customer: Sunday won't work, we're away. And next Saturday is too late.\n"
            "Agent: I can put you on the waitlist for this Saturday.\n"
            "Customer: Sure, put me on the list.\nAgent: Done, I'll call if a spot opens.\n"
            "Customer: Okay.",
            false, 0, "'Sunday won't work', 'next Saturday is too late', then a waitlist");
    kt_call("customer: my washer was meant to be delivered today and nobody came\n"
            "agent: sorry the van broke down its been moved to thursday\n"
            "customer: thursday nobody even called me i stayed home all day\n"
            "agent: i can take the delivery charge off\ncustomer: fine do that\n"
            "agent: done\ncustomer: unbelievable",
            false, 0, "asr: 'thursday nobody even called me' complains about the day");
    kt_call("agent: harbor bank lending this is ana\n"
            "customer: i want to ask about a car loan\n"
            "agent: i can book you with an advisor monday at ten or tuesday at nine\n"
            "customer: first what rate are you at\nagent: about seven point nine right now\n"
            "customer: seven point nine hm my bank said seven point two\n"
            "agent: the advisor can go through it\ncustomer: okay thanks bye",
            false, 0, "asr: 'seven point nine' said back is a rate, no time");
}

/* Picks that stand. */
static void check_picks_stand(void)
{
    kt_call("Customer: I'd like to book a massage this week.\n"
            "Agent: I have Monday at 4 or Tuesday at 6.\n"
            "Customer: I can't do Monday, but Tuesday at 6 works.\n"
            "Agent: Tuesday at 6 it is, you're booked.\nCustomer: Thanks.",
            true, 0, "'I can't do Monday, but Tuesday at 6 works'");
    kt_call("customer: can i book a spin class\n"
            "agent: sure i have tomorrow at six am or six thirty pm\n"
            "customer: six thirty pm please i am not a morning person\n"
            "agent: ha youre in for tomorrow at six thirty\ncustomer: great",
            true, 0, "asr: a remark with 'not' further on leaves the pick");
    kt_call("agent: harbor bank lending this is ana\n"
            "customer: i want to book a chat about a car loan\n"
            "agent: i can book you with an advisor monday at ten or tuesday at nine\n"
            "customer: what rate are you at\nagent: about seven point nine right now\n"
            "customer: okay fine tuesday at nine\nagent: great tuesday at nine with raj\n"
            "customer: thanks",
            true, 0, "asr: the slot picked after a rate was asked and said");
    kt_call("Agent: Lakeside Credit Union, this is Ana.\n"
            "Customer: Hi, I'd like to talk to someone about a car loan.\n"
            "Agent: I have Wednesday at noon or Thursday at nine with a loan officer.\n"
            "Customer: What's your rate right now?\nAgent: About six point nine.\n"
            "Customer: Wow, my bank said six point four.\n"
            "Agent: The officer can go over your options.\n"
            "Customer: Ugh, fine, the Wednesday at noon.\n"
            "Agent: Great, Wednesday at noon with Raj.\nCustomer: Thanks.",
            true, 0, "the slot picked two exchanges after it was offered");
    kt_call("Agent: Lakeside Credit Union, this is Ana.\n"
            "Customer: Hi, I'd like to talk to someone about a car loan.\n"
            "Agent: I have Wednesday at noon or Thursday at nine with a loan officer.\n"
            "Customer: What's your rate right now?\nAgent: About six point nine.\n"
            "Customer: Wow, my bank said six point four.\n"
            "Agent: Would you like our rate-match review instead? It's free.\n"
            "Customer: No. Wednesday at noon I'm at work anyway. I'll think about it.\n"
            "Agent: Okay.",
            false, 0, "a day named after an offer since, and put off, picks nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_turned_down();
    check_picks_stand();
    kt_free();
    T_END();
}
