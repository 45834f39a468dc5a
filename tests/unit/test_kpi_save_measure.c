/* test_kpi_save_measure.c - a save offer on a cancellation call made of
 * what elsewhere asks for no purchase ([save_measure]: a pause, a freeze,
 * skipped deliveries, a credit): "instead of cancelling we can freeze it for
 * three months" taken by a yes or by "fine, freeze it" keeps the plan, a
 * conversion without upsell. With the shipped rules file, on short calls
 * written for these tests, clean and speech-recognition style; negatives: the
 * same words when the customer asked for the pause (no cancellation), a save
 * offer refused, a save offer's e-mail. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A yes to a save offer that pauses, skips or credits. */
static void check_yes_to_save(void)
{
    kt_call("Customer: I want to cancel my gym membership, I'm working abroad for a while.\n"
            "Agent: Instead of cancelling, we can pause it for up to six months at no charge.\n"
            "Customer: Yes, please.\n"
            "Agent: Done, it's paused from today.",
            true, 0, "pause at no charge instead of cancelling, 'Yes, please.'");
    kt_call("customer: hi i need to cancel my meal kit we're never home\n"
            "agent: rather than cancel i can skip your next three deliveries\n"
            "customer: yes please\n"
            "agent: done",
            true, 0, "ASR: three deliveries skipped rather than cancel, 'yes please'");
    kt_call("Customer: I'd like to cancel the streaming plan, money's tight.\n"
            "Agent: Before you go, I can give you a $10 credit each month for a year.\n"
            "Customer: Okay, do that.\n"
            "Agent: Done.",
            true, 0, "a monthly credit before you go, 'Okay, do that.'");
}

/* The customer takes the save by naming it: "fine, freeze it". */
static void check_names_save(void)
{
    kt_call("customer: i want to cancel my subscription i can't use it right now\n"
            "agent: instead of cancelling we could freeze it for two months no charge\n"
            "customer: hm okay fine freeze it then\n"
            "agent: done its frozen from today",
            true, 0, "ASR: 'fine freeze it then' to a freeze instead of cancelling");
    kt_call("Customer: I need to cancel my wine club, we have too many bottles.\n"
            "Agent: Rather than cancel, I can skip the next two shipments for you.\n"
            "Customer: Does that cost anything?\n"
            "Agent: No, nothing at all.\n"
            "Customer: Alright, skip them then.\n"
            "Agent: Done, your next shipment is in March.",
            true, 0, "'skip them then' after a question about the skip");
}

/* The same words with no cancellation asked, refused, or about an e-mail. */
static void check_not_a_save(void)
{
    kt_call("customer: we're away for a month can you pause my deliveries\n"
            "agent: sure i can pause your subscription for four weeks at no charge\n"
            "customer: yes pause it please\n"
            "agent: done",
            false, 0, "negative: ASR: a pause the customer asked for, no cancellation");
    kt_call("Customer: I hurt my back, I'd like to freeze my membership for a month.\n"
            "Agent: We can freeze it, there's a $10 freeze fee.\n"
            "Customer: Fine, freeze it.\n"
            "Agent: It's frozen from Monday.",
            false, 0, "negative: a freeze asked for, with a fee, no cancellation");
    kt_call("customer: i want to cancel my membership\n"
            "agent: instead of cancelling we can pause it for three months\n"
            "customer: no just cancel it please\n"
            "agent: okay it's cancelled",
            false, 0, "negative: ASR: the pause refused, cancelled");
    kt_call("customer: hi i want to cancel or maybe just pause we're away for three weeks\n"
            "agent: sure you can skip weeks instead of cancelling want me to skip the next three\n"
            "customer: yeah skip the next three weeks\n"
            "agent: done no boxes until the twelfth",
            false, 0, "negative: ASR: the customer asked for the pause with the cancellation");
    kt_call("Customer: I want to cancel my plan.\n"
            "Agent: Before you go, can I email you our new offers?\n"
            "Customer: Yes, that's fine.\n"
            "Agent: Done.",
            false, 0, "negative: an e-mail before you go");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_yes_to_save();
    check_names_save();
    check_not_a_save();
    kt_free();
    T_END();
}
