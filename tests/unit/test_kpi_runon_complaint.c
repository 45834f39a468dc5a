/* test_kpi_runon_complaint.c - a yes to a closing question that runs on,
 * unpunctuated or in one sentence, into a complaint naming something that
 * is no purchase ("yes just do it your app kept logging me out", "yeah do it
 * last time i was on hold for ages"): what the complaint talks about, the
 * subject of its own verb or told of in the past, is not what the yes
 * agreed to, so the yes still buys. With the shipped rules file, on short
 * calls written for these tests, clean and speech-recognition style;
 * negatives: a yes to a call back, a waitlist or a list, said to be fine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The yes buys; the complaint after it changes nothing. */
static void check_yes_then_complaint(void)
{
    kt_call("agent: the basic policy is twelve a month shall i set it up today\n"
            "customer: yes just do it your app kept logging me out all morning\n"
            "agent: sorry about that\n"
            "customer: whatever",
            true, 0, "ASR: 'yes just do it your app kept logging me out'");
    kt_call("Agent: The Silver plan is $30 a month. Shall I set it up for you today?\n"
            "Customer: Yes, go ahead, your website was useless, I tried twice.\n"
            "Agent: Sorry about that.\n"
            "Customer: Anyway.",
            true, 0, "'Yes, go ahead, your website was useless'");
    kt_call("agent: okay so two large pizzas twenty six dollars shall i place the order\n"
            "customer: yeah do it last time i was on hold for ages\n"
            "agent: sorry about that",
            true, 0, "ASR: 'yeah do it last time i was on hold for ages'");
}

/* A yes whose object is the non-purchase itself buys nothing. */
static void check_yes_to_nonpurchase(void)
{
    kt_call("agent: i can have a manager call you back tomorrow shall i set that up\n"
            "customer: yes a call back is fine\n"
            "agent: okay done",
            false, 0, "negative: ASR: 'yes a call back is fine'");
    kt_call("agent: shall i put you on the waitlist for saturday\n"
            "customer: yes the waitlist is fine\n"
            "agent: done",
            false, 0, "negative: ASR: 'yes the waitlist is fine'");
    kt_call("Agent: Shall I put you on the cancellation list?\n"
            "Customer: Yes please. I was on the list last year too.\n"
            "Agent: Done.",
            false, 0, "negative: a list taken, 'I was on the list last year'");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_yes_then_complaint();
    check_yes_to_nonpurchase();
    kt_free();
    T_END();
}
