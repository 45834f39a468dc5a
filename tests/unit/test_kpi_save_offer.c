/* test_kpi_save_offer.c - a save offer on a cancellation call that gives
 * something free beside its price ("I can do $30 a month and I'll waive the
 * fee", "a loyalty discount and a credit, that brings you down $200"): the
 * customer staying on it changes the plan, a conversion without upsell,
 * however much of the offer comes free. With the shipped rules file, on
 * short calls written for these tests, clean and speech-recognition style;
 * negatives: the same words as a remedy with no cancellation asked, a refund
 * on a cancellation call, a save offer refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A price revised for a customer who asked to cancel, with a waiver or a
 * credit in the same turn, taken by "I'll stay". */
static void check_save_offer_with_waiver(void)
{
    kt_call("Customer: I'd like to cancel my membership, it's too expensive.\n"
            "Agent: I'm sorry to hear that. I can do the Basic plan at $30 a month, and I'll "
            "waive the annual fee.\n"
            "Customer: Okay, that works, I'll stay.\n"
            "Agent: Great, you're on Basic from today.",
            true, 0, "save offer at $30 with the fee waived, 'I'll stay'");
    kt_call("customer: hi i need to cancel my phone plan its way too much\n"
            "agent: i understand i can do thirty five a month and waive the upgrade fee\n"
            "customer: okay fine i'll stay\n"
            "agent: perfect thats done",
            true, 0, "ASR: 'thirty five a month and waive the upgrade fee', 'okay fine i'll stay'");
    kt_call("customer: hi i need to cancel my phone plan its way too much\n"
            "agent: i understand i can do thirty five a month and waive the upgrade fee\n"
            "customer: okay yeah i'll stay on that\n"
            "agent: perfect thats done",
            true, 0, "ASR: save offer with a waiver, 'i'll stay on that'");
    kt_call("Customer: I want to cancel my home policy, I found it cheaper.\n"
            "Agent: Let me see. I can give you a loyalty discount and a bundling credit, that "
            "brings you down $200 a year.\n"
            "Customer: Fine. I'll stay on the lower rate.\n"
            "Agent: Understood, it applies from your renewal.",
            true, 0, "discount and a credit that brings the price down, 'I'll stay'");
}

/* The same free words where nothing is kept or sold: no cancellation asked
 * (a remedy), money handed back on a cancellation call, a save offer
 * refused. */
static void check_not_a_save(void)
{
    kt_call("customer: my bill is wrong this month\n"
            "agent: sorry about that i can do a twenty dollar credit and waive the late fee\n"
            "customer: okay thanks\n"
            "agent: done",
            false, 0, "negative: ASR: credit and waiver on a billing complaint");
    kt_call("Customer: I want to cancel, the internet was out all week.\n"
            "Agent: I'm sorry. I can do a $40 refund for the week and I'll waive this month's "
            "fee.\n"
            "Customer: Okay, thanks.\n"
            "Agent: Done.",
            false, 0, "negative: a refund and a waiver on a cancellation call");
    kt_call("customer: i wanna cancel my subscription the app keeps crashing\n"
            "agent: sorry about that i can do a ten dollar credit and waive next months fee\n"
            "customer: okay thanks\n"
            "agent: done",
            false, 0, "negative: ASR: a credit and a waiver, only 'okay thanks'");
    kt_call("Customer: I'd like to cancel my membership.\n"
            "Agent: I can do the Basic plan at $30 a month, and I'll waive the annual fee.\n"
            "Customer: No thanks, please just cancel it.\n"
            "Agent: Okay, it's cancelled.",
            false, 0, "negative: save offer with a waiver refused");
    kt_call("customer: i wanna cancel my gym membership\n"
            "agent: i can do twenty a month and waive the annual fee\n"
            "customer: nah just cancel it please\n"
            "agent: okay done",
            false, 0, "negative: ASR: save offer with a waiver refused");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_save_offer_with_waiver();
    check_not_a_save();
    kt_free();
    T_END();
}
