/* test_kpi_nonbuy.c - calls where the customer's yes or "put me on it" takes
 * something the agent offered that is no purchase, with the shipped rules
 * file, on short calls written for these tests (clean and speech-recognition
 * style): a place on a waitlist, an e-mail when new dates come, a yes that
 * answers the opening's news ("yes, I got your text"); a booking cancelled
 * in speech-recognition text that runs the reason into "cancel monday"; the
 * work taken to someone the customer knows ("my neighbor's guy"); "my
 * schedule for the fall", a noun and no booking. Priced
 * add-ons, add-ons whose offer only mentions an e-mail later on, a cancel
 * that is asked about or negated, and choosing one's own plan still count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "I can add you to the waitlist." - "Okay, put me on it.": an add-on
 * taken at no price whose offer is about a list, an e-mail or a text buys
 * nothing; one with a price, or whose e-mail is a detail said after the
 * offer, is bought. */
static void check_unpriced_nonpurchase_addon(void)
{
    kt_call("Agent: Lakeside Inn, this is Rob.\n"
            "Customer: Do you have a double room for New Year's Eve?\n"
            "Agent: Sorry, we're full that night. Our other inn has rooms at $160.\n"
            "Customer: No, it has to be this one.\n"
            "Agent: I can add you to the waitlist in case a room opens up.\n"
            "Customer: Okay, put me on it then.\n"
            "Agent: You're on the list.",
            false, 0, "negative: put me on it, to the waitlist");
    kt_call("agent: city theatre box office\n"
            "customer: hi um are there any seats left for friday\n"
            "agent: no sorry friday is gone tickets were forty each\n"
            "customer: oh no\n"
            "agent: i can add you to the waiting list for returns\n"
            "customer: yeah okay sure\n"
            "agent: alright you're on it",
            false, 0, "negative ASR: yeah okay sure, to the waiting list");
    kt_call("Agent: Hi, it's Mia from Greenleaf Classes.\n"
            "Customer: Hi, is the Sunday baking class still open?\n"
            "Agent: It's full, sorry, it was $60. I can email you when we add more dates.\n"
            "Customer: Sure, that's my email on the booking form.\n"
            "Agent: Great.",
            false, 0, "negative: sure, that's my email, to news of dates");
    kt_call("agent: hi this is sam from bolt mobile you are eligible for an upgrade\n"
            "customer: yeah i got your text\n"
            "agent: the new phone is nine hundred\n"
            "customer: no thanks mine is fine",
            false, 0, "negative ASR: yeah i got your text, to the opening's news");
    kt_call("Customer: I'd like to add my daughter to my car insurance.\n"
            "Agent: Adding a new driver will raise the premium, I'll email you the figure.\n"
            "Customer: Okay, add her anyway.\n"
            "Agent: Done, she's added as of today.",
            true, 0, "an e-mail said after the offer, add her anyway");
    kt_call("Agent: Your order of the desk is placed. Can I add a chair mat for $25?\n"
            "Customer: Sure, and email me the receipt.\n"
            "Agent: Done, added.",
            true, 25, "a priced add-on with an e-mail beside it");
}

/* "six fifty are you kidding cancel monday": a cancel of the booking by
 * its day, or of "it", that ends the clause, after the reason, takes the
 * booking back even once the agent booked it; "don't cancel it" and a
 * question about cancelling do not. */
static void check_cancel_run_on(void)
{
    kt_call("agent: maple garage tom speaking\n"
            "customer: hi my car is making a grinding noise can i bring it in\n"
            "agent: sure i have tuesday at ten\n"
            "customer: tuesday at ten works book me in\n"
            "agent: done and it will probably be around five hundred for the brakes\n"
            "customer: five hundred no way the other place said two hundred cancel tuesday\n"
            "agent: okay i've cancelled it",
            false, 0, "negative ASR: reason then cancel tuesday");
    kt_call("agent: bright smiles dental\n"
            "customer: hi can i book a cleaning\n"
            "agent: i have friday at two it's ninety dollars\n"
            "customer: friday at two is fine book it\n"
            "agent: you're booked for friday at two\n"
            "customer: hmm ninety is more than i thought for a cleaning cancel it\n"
            "agent: alright it's cancelled",
            false, 0, "negative ASR: cancel it at the turn's end");
    kt_call("agent: bright smiles dental\n"
            "customer: hi can i book a cleaning\n"
            "agent: i have friday at two it's ninety dollars\n"
            "customer: friday at two is fine book it\n"
            "agent: you're booked for friday at two\n"
            "customer: great please don't cancel it if i'm five minutes late\n"
            "agent: we won't",
            true, 0, "ASR: don't cancel it keeps the booking");
    kt_call("Customer: I'd like to book a haircut for Saturday at 11.\n"
            "Agent: Saturday at 11 is $40. You're booked.\n"
            "Customer: Great. And if something comes up, can I cancel Saturday?\n"
            "Agent: Yes, up to a day before.",
            true, 0, "a question about cancelling keeps the booking");
}

/* "actually no cancel that, I'll go with my neighbor's guy": taking the
 * work to someone the customer knows is taking it elsewhere, not a choice
 * of the agent's options; "I'll go with the basic plan" still is one. */
static void check_elsewhere_known(void)
{
    kt_call("Agent: Your quote for the fence is $3,800.\n"
            "Customer: Okay, go ahead and schedule it.\n"
            "Agent: Great, I have the 12th.\n"
            "Customer: Actually no, cancel that. I'll go with my brother's contractor.\n"
            "Agent: Understood, I've removed it.",
            false, 0, "negative: cancel that, I'll go with my brother's contractor");
    kt_call("agent: the rewire will be about two thousand\n"
            "customer: um thats a lot i think well just use our own electrician\n"
            "agent: okay no problem",
            false, 0, "negative ASR: we'll just use our own electrician");
    kt_call("Agent: The premium plan is $60 a month and the basic plan is $35.\n"
            "Customer: Let's do the premium.\n"
            "Agent: Sure.\n"
            "Customer: Actually no, cancel that. I'll go with the basic plan.\n"
            "Agent: Done, you're on the basic plan.",
            true, 0, "cancel that, then I'll go with the basic plan");
}

/* "I still need to check my schedule for the fall": "schedule" as a noun,
 * after "my", "our", "the", "busy", books nothing; "then schedule it for
 * Monday" still does. */
static void check_schedule_noun(void)
{
    kt_call("Agent: Our promo is $29 a month with no joining fee. Want me to sign you up?\n"
            "Customer: I'll think about it. I need to check my schedule for the spring.\n"
            "Agent: Sure, the promo runs all month.",
            false, 0, "negative: check my schedule for the spring");
    kt_call("agent: the lessons are forty a week want to start\n"
            "customer: um maybe my work schedule for next month isnt out yet\n"
            "agent: okay call us when it is",
            false, 0, "negative ASR: my work schedule for next month");
    kt_call("Agent: The inspection is $120. Shall I book it?\n"
            "Customer: Yes, then schedule it for Monday morning.\n"
            "Agent: Done, you're booked Monday at 9.",
            true, 0, "then schedule it for Monday");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_unpriced_nonpurchase_addon();
    check_cancel_run_on();
    check_elsewhere_known();
    check_schedule_noun();
    kt_free();
    T_END();
}
