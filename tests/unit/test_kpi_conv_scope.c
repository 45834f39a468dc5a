/* test_kpi_conv_scope.c - what a customer's words of assent reach, for
 * conversion (kconv21): a "both" that a refusal or deferral governs ("I'll
 * skip both", "I'll think about both") takes neither item; a save offer's
 * credit taken by a go-ahead ("fine. do the credit.") is a kept customer,
 * carried out by a notice of the credit, even after an earlier "go ahead"
 * that only let the agent look for an offer, and even when the go-ahead
 * opens a sentence with "do the", which elsewhere asks ("do the rooms have
 * wifi?"); a proposal's own word of a text or e-mail echoed ("sure, text it
 * to this number") takes up no purchase though the turn states a price;
 * "then no. forget the upgrade." drops what was taken by its kind; "the gig
 * plan is active within the hour", "the tech's booked for friday" carry a
 * go-ahead out. With the
 * shipped rules file, on short calls written for these tests, clean and
 * speech-recognition style, with negatives that must not fire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "both" under a refusal or deferral takes nothing. */
static void check_both_refused(void)
{
    kt_call("Agent: The late checkout is $30, and the spa pass is $45 if you'd like either.\n"
            "Customer: Hm, pricey. I'll skip both, thanks.\n"
            "Agent: No problem.",
            false, 0, "'I'll skip both' refuses the two extras");
    kt_call("agent: we have the annual plan at ninety nine or the family plan at one forty\n"
            "customer: okay i'll think about both and call you next week\n"
            "agent: sure thing",
            false, 0, "ASR: 'i'll think about both' puts both off");
    kt_call("customer: i'll pass on both to be honest\n", false, 0,
            "ASR: 'pass on both' with nothing offered");
    /* negatives: a "both" that takes, and a refusal of something else in
     * the same run-on clause */
    kt_call("Customer: I'd like to book the garden room for Friday.\n"
            "Agent: You're booked. Would you like to add the late checkout for $30 or the spa "
            "pass for $45?\n"
            "Customer: Oh nice, both please.\n"
            "Agent: Done, both are on your booking.",
            true, 75, "negative: 'both please' takes the two extras");
    kt_call("agent: your tour is booked we rent cameras for thirty and a picnic lunch is twenty "
            "two per person\n"
            "customer: camera no picnic lunch for both of us\n"
            "agent: lunch for two added",
            true, 44, "negative: ASR: 'camera no' refuses the camera, not the lunch for both");
}

/* A credit offered to keep a cancelling customer, taken by a go-ahead. */
static void check_credit_save(void)
{
    kt_call("Customer: I want to cancel, the bill keeps going up.\n"
            "Agent: Let me see what I can do before you go.\n"
            "Customer: Go ahead, I guess.\n"
            "Agent: I can give you a $20 monthly credit for a year, which brings you to $55.\n"
            "Customer: Fine. Do the credit.\n"
            "Agent: Done. The credit will show on your next bill.",
            true, 0, "'Fine. Do the credit.' after 'Go ahead, I guess.' let the agent look");
    kt_call("customer: hi i need to cancel my internet it's too expensive\n"
            "agent: instead of cancelling i can give you a fifteen dollar credit every month for "
            "a year\n"
            "customer: okay fine do the credit\n"
            "agent: the credit is on your account now",
            true, 0, "ASR: 'okay fine do the credit', 'the credit is on'");
    /* negatives: a credit as a remedy, no cancellation; a question */
    kt_call("Customer: I was charged twice for October.\n"
            "Agent: I'm sorry, I can give you a $20 credit for the duplicate charge.\n"
            "Customer: Fine. Do the credit.\n"
            "Agent: Done. The credit will show on your next bill.",
            false, 0, "negative: a credit for a double charge, nothing cancelled");
    kt_call("Customer: I want to cancel, the bill keeps going up.\n"
            "Agent: I can give you a $20 monthly credit for a year, which brings you to $55.\n"
            "Customer: Fine. Do the credit. Does it end after a year?\n"
            "Agent: Yes, after twelve months.",
            false, 0, "negative: the go-ahead then a question, nothing carried out");
    kt_call("Customer: I want to cancel, the bill keeps going up.\n"
            "Agent: I can give you a $20 monthly credit for a year, which brings you to $55.\n"
            "Customer: No, just cancel it.\n"
            "Agent: Done. Your cancellation is processed and the credit is removed.",
            false, 0, "negative: the credit refused, the cancellation processed");
}

/* "Sure, text it to this number." takes up the agent's text, not the
 * price said beside it. */
static void check_echoed_text(void)
{
    kt_call("Customer: Hi, I'm looking at the harbour cruise. Can I book it online?\n"
            "Agent: You can, yes. It's $65 per person, and I can text you the link.\n"
            "Customer: Sure, text it to this number.\n"
            "Agent: Done. You should have it now.\n"
            "Customer: Got it, thanks.",
            false, 0, "'Sure, text it to this number.' to a link beside a price");
    kt_call("customer: can i do the booking on your website\n"
            "agent: yes it's forty a person and i can email you the link\n"
            "customer: okay email it to me\n"
            "agent: done it's sent",
            false, 0, "ASR: 'okay email it to me' to a link beside a price");
    /* negatives: the proposal's own purchase echoed, and a save offer's
     * pause */
    kt_call("Customer: Do you have the harbour cruise on Saturday?\n"
            "Agent: Yes, it's $65 per person. I can book you two seats.\n"
            "Customer: Sure, book them.\n"
            "Agent: Done, two seats on Saturday.",
            true, 0, "negative: 'Sure, book them.' echoes a priced booking");
    kt_call("customer: i want to cancel my box we're away all summer\n"
            "agent: instead of cancelling we can pause it for three months\n"
            "customer: okay pause it then\n"
            "agent: done it's paused",
            true, 0, "negative: ASR: 'okay pause it then' takes the save offer");
}

/* "Then no. Forget the upgrade.": what was taken, dropped by its kind. */
static void check_forget_kind(void)
{
    kt_call("Agent: The Business plan is $24 per user, so $216 a month.\n"
            "Customer: Okay. Let's do it.\n"
            "Agent: Just so you know, it's a twelve-month commitment.\n"
            "Customer: Then no. Forget the upgrade.\n"
            "Agent: Understood.",
            false, 0, "'Then no. Forget the upgrade.' after 'Let's do it.'");
    kt_call("agent: the business plan is twenty four per user so two sixteen a month\n"
            "customer: okay let's do it\n"
            "agent: just so you know it's a twelve month commitment\n"
            "customer: oh then forget the upgrade\n"
            "agent: understood",
            false, 0, "ASR: 'oh then forget the upgrade'");
    /* negatives: an extra refused by its kind, the purchase then taken; a
     * reminder not to forget */
    kt_call("agent: we can add the premium seat upgrade for forty\n"
            "customer: forget the upgrade\n"
            "agent: sure\n"
            "customer: but i'll take the two tickets\n"
            "agent: done",
            true, 0, "negative: ASR: the upgrade refused, the tickets taken");
    kt_call("Agent: The Business plan is $24 per user, so $216 a month.\n"
            "Customer: Okay. Let's do it. Don't forget the upgrade discount we talked about.\n"
            "Agent: Done, you're on Business with the discount.",
            true, 0, "negative: 'don't forget the upgrade discount' keeps it");
}

/* A notice that what was taken is on now ("the gig plan is active within
 * the hour") or that the visit is booked ("the tech's booked for friday")
 * carries out a go-ahead. */
static void check_state_notice(void)
{
    kt_call("customer: our three hundred meg plan isn't cutting it anymore\n"
            "agent: i can bump you to the gig plan that's twenty more a month so eighty five total\n"
            "customer: okay yeah do that\n"
            "agent: no problem the gig plan is active within the hour",
            true, 0, "ASR: 'okay yeah do that', 'the gig plan is active within the hour'");
    kt_call("customer: my dryer stopped heating can someone look at it\n"
            "agent: a repair visit is one twenty nine and we have friday morning open\n"
            "customer: okay fine do the visit\n"
            "agent: great the tech's booked for friday morning",
            true, 0, "ASR: 'okay fine do the visit', 'the tech's booked for friday'");
    /* negatives: a state told, not carried out; nothing taken */
    kt_call("customer: my internet keeps dropping\n"
            "agent: i can see your plan is active now so let me reset the line\n"
            "customer: okay\n"
            "agent: done give it ten minutes",
            false, 0, "negative: ASR: 'your plan is active now' on a support call");
    kt_call("Customer: Is the tech still coming today?\n"
            "Agent: Yes, the tech is booked for 2 pm, he'll call ahead.\n"
            "Customer: Great, thanks.",
            false, 0, "negative: a visit booked before the call, asked about");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_both_refused();
    check_credit_save();
    check_echoed_text();
    check_forget_kind();
    check_state_notice();
    kt_free();
    T_END();
}
