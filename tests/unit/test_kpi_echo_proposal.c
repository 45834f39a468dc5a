/* test_kpi_echo_proposal.c - a customer's answer that repeats the verb of
 * the agent's proposal ("we can freeze it" - "fine, freeze it then", "would
 * you like me to move you?" - "yes, move me to the sixteenth") tells the
 * agent to carry the proposal out; the agent's notice after it ("Done.")
 * makes it a purchase when the proposal was a save offer, priced, or named
 * a day or time. A step on a support call, a pause at no charge, a visit
 * that puts a fault right, a sentence that opens with a subject or a
 * negator, and a proposal about an e-mail are none. With the shipped rules
 * file, on short calls written for these tests, clean and speech-recognition
 * style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A save offer taken by its own verb, then carried out. */
static void check_save_offer_echoed(void)
{
    kt_call("agent: city gym this is sam\n"
            "customer: hi i need to cancel i broke my wrist\n"
            "agent: sorry to hear that instead of cancelling we can pause your membership for "
            "two months and you keep your rate\n"
            "customer: i mean i really dont know how long it takes\n"
            "agent: if you need longer you can call us and we extend it\n"
            "customer: okay fine pause my membership then\n"
            "agent: done its paused from today\n"
            "customer: okay",
            true, 0, "ASR: a save offer's pause taken by its verb, then done");
    kt_call("agent: brightwave fitness this is lee\n"
            "customer: hi i want to cancel my membership\n"
            "agent: can i ask why\n"
            "customer: i'm travelling for work for three months\n"
            "agent: instead of cancelling we can freeze it for eight dollars a month and you keep "
            "your rate\n"
            "customer: hm so i come back at the same price\n"
            "agent: yes the same price\n"
            "customer: alright freeze it then\n"
            "agent: done frozen from the first\n"
            "customer: thanks",
            true, 0, "ASR: alright freeze it then, to a priced freeze, carried out");
    kt_call("Agent: Northbank, this is Priya.\n"
            "Customer: I'd like to close my savings account, the fees are too high.\n"
            "Agent: Before we close it, you'd qualify for our basic account with no monthly fee. "
            "I'd just switch the product, same number.\n"
            "Customer: Okay, switch me to that one then.\n"
            "Agent: Done, you're on the basic account as of today.\n"
            "Customer: Great, thank you.",
            true, 0, "a save offer's switch taken by its verb");
}

/* A booking moved or started by the proposal's verb, with a day or time. */
static void check_slot_proposal_echoed(void)
{
    kt_call("Agent: Skyline Air, this is Jo.\n"
            "Customer: I need to change my flight from the 3rd to the 5th.\n"
            "Agent: The 5th at 9:15 am has seats. Would you like me to move you?\n"
            "Customer: Yes, move me to the 5th.\n"
            "Agent: Done.\n"
            "Customer: Thanks.",
            true, 0, "yes, move me to the 5th, then Done");
    kt_call("agent: city power new connections this is ray\n"
            "customer: hi im moving in on the first and need the power on\n"
            "agent: i can start service on monday the first\n"
            "customer: yeah start it on the first please\n"
            "agent: done\n"
            "customer: thanks",
            true, 0, "ASR: yeah start it on the first, then done");
    kt_call("agent: city power new connections this is ray\n"
            "customer: hi im moving in on the first and need the power on\n"
            "agent: i can start service on monday the first\n"
            "customer: i start a new job on the first so thats good\n"
            "agent: okay\n"
            "customer: bye",
            false, 0, "negative ASR: a statement opening with a subject, nothing carried out");
}

/* What the echo does not sell: a step on a support call, a pause at no
 * charge, a visit that puts a fault right, a refusal, an e-mail. */
static void check_echo_sells_nothing(void)
{
    kt_call("Agent: Fibrenet support, this is Alex.\n"
            "Customer: My internet keeps dropping.\n"
            "Agent: I can restart the line from here.\n"
            "Customer: Okay, restart it.\n"
            "Agent: Done.\n"
            "Customer: Thanks, it's back.",
            false, 0, "negative: a support step taken by its verb");
    kt_call("Agent: FreshBox, this is Mia.\n"
            "Customer: We're away for two weeks. Can I skip my deliveries?\n"
            "Agent: Sure, I can pause your deliveries for two weeks at no charge.\n"
            "Customer: Yes, pause them for two weeks.\n"
            "Agent: Done.\n"
            "Customer: Thanks.",
            false, 0, "negative: a pause at no charge");
    kt_call("agent: sparkle windows this is kim\n"
            "customer: your team was meant to come at nine and nobody showed up\n"
            "agent: im so sorry about that i can send a team at three today\n"
            "customer: fine send them at three\n"
            "agent: done\n"
            "customer: whatever",
            false, 0, "negative ASR: a visit that puts a missed one right");
    kt_call("Agent: Crestline Insurance, this is Noor.\n"
            "Customer: I'm looking at the home policy.\n"
            "Agent: I can email you the quote for Friday's review.\n"
            "Customer: Sure, email it to me.\n"
            "Agent: Done.\n"
            "Customer: Thanks.",
            false, 0, "negative: an e-mail taken by its verb");
    kt_call("Agent: Skyline Air, this is Jo.\n"
            "Customer: I might need to change my flight from the 3rd to the 5th.\n"
            "Agent: The 5th at 9:15 am has seats. Would you like me to move you?\n"
            "Customer: No, don't move me yet.\n"
            "Agent: Okay.\n"
            "Customer: Bye.",
            false, 0, "negative: don't move me yet");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_save_offer_echoed();
    check_slot_proposal_echoed();
    check_echo_sells_nothing();
    kt_free();
    T_END();
}
