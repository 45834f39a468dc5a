/* test_kpi_change_proposal.c - the agent proposing, without a question
 * mark, to change what the customer already has ("I can extend your stay
 * through Thursday at $149", "I can move you to the Standard plan") or asking
 * to complete the order read back ("Should I complete the order?"): a go
 * ahead to it is a purchase, even when nothing the agent says afterwards
 * reports it done. With the shipped rules file, on short calls written for
 * these tests, clean and speech-recognition style; negatives: more of a free
 * trial, the same proposals refused or put off, a move that is no plan. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "I can extend you / your stay ..." taken. */
static void check_extend(void)
{
    kt_call("Agent: Harbor Hotel front desk.\n"
            "Customer: Hi, I'm in room 310 and my flight got cancelled.\n"
            "Agent: I can extend your stay through Thursday at $149.\n"
            "Customer: Please do.\n"
            "Agent: Great. Anything else?\n"
            "Customer: No, thanks.",
            true, 0, "'I can extend your stay ... at $149' - 'Please do.'");
    kt_call("agent: lakeside inn this is maya\n"
            "customer: hi we check out tomorrow\n"
            "agent: sure i can extend you for saturday night at one twenty\n"
            "customer: oh yes please do that\n"
            "agent: and would you like breakfast added\n"
            "customer: no thanks",
            true, 0, "ASR: 'i can extend you for saturday night' - 'oh yes please do that'");
    kt_call("Agent: Your trial ends Friday. The Team plan is $19 a user.\n"
            "Customer: We're not ready to decide.\n"
            "Agent: No problem. I can extend the trial by a week.\n"
            "Customer: Sure, that would help.\n"
            "Agent: Great, talk soon.",
            false, 0, "negative: 'I can extend the trial' - 'Sure'");
    kt_call("Agent: I can extend you for Saturday night at $120.\n"
            "Customer: No thanks, we'll head home.\n"
            "Agent: Okay, safe travels.",
            false, 0, "negative: extension refused");
}

/* "I can move you to the <plan>" taken, and a threat for later that takes
 * nothing back. */
static void check_move_plan(void)
{
    kt_call("Agent: Streamly, this is Ana.\n"
            "Customer: Why did my bill go up again?\n"
            "Agent: I'm sorry. I can move you to the Standard plan at $12.99, without 4K.\n"
            "Customer: Fine, downgrade me.\n"
            "Agent: Done, you're on Standard from your next bill.\n"
            "Customer: If it goes up again, I'm out.",
            true, 0, "'I can move you to the Standard plan' - 'Fine, downgrade me.'");
    kt_call("agent: flexfit this is raj\n"
            "customer: my membership went up again and i'm not happy\n"
            "agent: if it helps i can move you to the basic plan at nineteen a month no classes "
            "though\n"
            "customer: fine drop me down i never go to classes anyway\n"
            "agent: okay you're on basic from next month\n"
            "customer: and if it goes up again i'm out",
            true, 0, "ASR: 'move you to the basic plan' - 'fine drop me down'");
    kt_call("agent: i can move you to the basic plan at nineteen a month no classes though\n"
            "customer: no i'll keep what i have\n"
            "agent: okay no changes then",
            false, 0, "negative: ASR: plan move refused");
    kt_call("agent: i can move you to the front of the line for the callback\n"
            "customer: okay sure\n"
            "agent: great",
            false, 0, "negative: ASR: moved up a callback queue");
}

/* "Should I complete the order?" answered with a go-ahead. */
static void check_complete_order(void)
{
    kt_call("Agent: So two adult tickets for Saturday, $90 plus fees. Should I complete the "
            "order?\n"
            "Customer: Go ahead.\n"
            "Agent: Thank you for calling.",
            true, 0, "'Should I complete the order?' - 'Go ahead.'");
    kt_call("agent: so one blue hoodie size medium forty five dollars should i complete the order\n"
            "customer: go for it\n"
            "agent: thanks for shopping with us",
            true, 0, "ASR: 'should i complete the order' - 'go for it'");
    kt_call("agent: so two tickets ninety dollars should i complete the order\n"
            "customer: not yet i need to check with my wife first\n"
            "agent: okay no problem",
            false, 0, "negative: ASR: completing the order put off");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_extend();
    check_move_plan();
    check_complete_order();
    kt_free();
    T_END();
}
