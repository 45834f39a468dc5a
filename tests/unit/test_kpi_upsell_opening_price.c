/* test_kpi_upsell_opening_price.c - the price of what the customer called
 * for, said after the purchase was committed to (priced_subject_opening in
 * kpi_upsell.c): "I need my oil changed" ... "go ahead and book it" ... "the
 * oil change is the synthetic at $69.95" states the purchase's own price,
 * not something on top of it, even after an extra was priced. With the
 * shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style); negatives: an extra taken beside it still
 * counts, and a stated price whose subject is something else the customer
 * never asked for ("the cabin filter is forty") stays on the table as an
 * extra the customer takes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The dentist's call up to the booking and a varnish offered (ASR guard: these
 * pass without the check too). */
#define TEETH_ASR \
    "agent: bright smile dental this is nora\n" \
    "customer: hi i need a cleaning for my son sometime next week\n" \
    "agent: i have thursday at four or friday at nine\n" \
    "customer: thursday at four go ahead and book it\n" \
    "agent: you're booked we also have fluoride varnish for twenty dollars\n"

/* The garage call up to the wiper blades priced, answered three ways below. */
#define TIRES \
    "Agent: Harbor Auto Care, this is Sam.\n" \
    "Customer: Hi Sam, it's Dana Reyes. I need my tires checked before the road trip.\n" \
    "Agent: Hi Dana! Still driving the Civic?\n" \
    "Customer: Still the Civic. 98,000 miles now.\n" \
    "Agent: Nice. I have Monday the 3rd at 8 or Thursday the 6th at 1:30.\n" \
    "Customer: Monday at 8 works, go ahead and book it.\n" \
    "Agent: You're in. The tech noted last time that your wiper blades are worn. That's $30.\n" \
    "Customer: Thirty, hm. How long do they last?\n" \
    "Agent: About a year of rain.\n"

static void check_clean(void)
{
    kt_call(TIRES
            "Customer: I'll decide on those when I'm there.\n"
            "Agent: Sure. The tire check is the full inspection at $39.95 as usual.\n"
            "Customer: Sounds good. You've always been good to me.\n"
            "Agent: Thanks, Dana. See you Monday.",
            true, 0, "the tire check asked for, priced after booking, is no extra");
    kt_call(TIRES
            "Customer: Sure, put the blades on too.\n"
            "Agent: Will do. The tire check is the full inspection at $39.95 as usual.\n"
            "Customer: Sounds good. You've always been good to me.\n"
            "Agent: Thanks, Dana. See you Monday.",
            true, 30, "negative: the blades taken count, the tire check not");
    kt_call(TIRES
            "Customer: I'll decide on those when I'm there.\n"
            "Agent: Sure. The alignment is $89 if you want it while it's up.\n"
            "Customer: Sounds good, do the alignment too.\n"
            "Agent: Thanks, Dana. See you Monday.",
            true, 89, "negative: an alignment never asked for, taken, is extra");
}

static void check_asr(void)
{
    kt_call(TEETH_ASR
            "customer: no thanks just the cleaning\n"
            "agent: okay the cleaning is ninety five dollars with his plan\n"
            "customer: great thanks",
            true, 0, "ASR: the cleaning asked for, priced after booking, is no extra");
    kt_call(TEETH_ASR
            "customer: sure add the varnish\n"
            "agent: okay the cleaning is ninety five dollars with his plan\n"
            "customer: great thanks",
            true, 20, "negative ASR: the varnish taken counts, the cleaning not");
    kt_call("agent: bright smile dental this is nora\n"
            "customer: hi i need a cleaning for my son sometime next week\n"
            "agent: i have thursday at four or friday at nine\n"
            "customer: thursday at four go ahead and book it\n"
            "agent: you're booked and the sealant is thirty dollars if you want it\n"
            "customer: yes add the sealant\n"
            "agent: done see you thursday",
            true, 30, "negative ASR: a sealant the customer never asked for, taken, is extra");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_clean();
    check_asr();
    kt_free();
    T_END();
}
