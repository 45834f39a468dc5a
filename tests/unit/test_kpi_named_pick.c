/* test_kpi_named_pick.c - an answer to an add-on offer that names the extra
 * before its yes ("oh the leather case definitely", "ooh the picnic basket
 * yeah") or picks one extra with "just" ("just the bracket, I can set it up
 * myself"): the extra named is taken, the rest of the offer is not, and a
 * "just" pick of an extra priced each takes the units it counts, one when
 * it counts none. Negatives: the name with a refusal, a question, a "just"
 * that keeps the purchase alone. Clean and speech-recognition style. Calls
 * invented for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_yes_after_name(void)
{
    kt_call("Customer: I'd like to order the Tab 11 tablet.\nAgent: That's $329. Shall I place it?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. We also have a leather case for $35.\n"
            "Customer: Oh, the leather case, definitely.\n"
            "Agent: Great, it ships with the tablet.\nCustomer: Thanks.",
            true, 35, "'Oh, the leather case, definitely.'");
    kt_call("customer: can i book the lake cabin for saturday\nagent: sure it's one eighty for the night\n"
            "customer: great book it\n"
            "agent: okay you're booked and we can add a picnic basket for forty two\n"
            "customer: ooh the picnic basket yeah\n"
            "agent: lovely it'll be on the porch\ncustomer: perfect",
            true, 42, "asr: 'ooh the picnic basket yeah'");
    kt_call("customer: hi can i get a double room from the fifth for three nights\n"
            "agent: sure that's ninety a night shall i book it\ncustomer: yes please\n"
            "agent: you're all set we can also do a sea view for twenty more a night so sixty for "
            "the stay\n"
            "customer: oh sea view for sure yeah\n"
            "agent: lovely you'll have the top floor\ncustomer: great",
            true, 60, "asr: 'oh sea view for sure yeah'");
}

static void check_yes_after_name_negatives(void)
{
    kt_call("Customer: I'd like to order the Tab 11 tablet.\nAgent: That's $329. Shall I place it?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. We also have a leather case for $35.\n"
            "Customer: Oh, the leather case, no thanks.\n"
            "Agent: No problem.\nCustomer: Bye.",
            true, 0, "the name, then a refusal");
    kt_call("customer: hi can i get a double room from the fifth for three nights\n"
            "agent: sure that's ninety a night shall i book it\ncustomer: yes please\n"
            "agent: you're all set we can also do a sea view for twenty more a night so sixty for "
            "the stay\n"
            "customer: oh sea view yeah nah we're good with the garden\n"
            "agent: no problem\ncustomer: okay thanks",
            true, 0, "asr: the name and a yes, then a refusal in the sentence");
    kt_call("customer: hi can i get a double room from the fifth for three nights\n"
            "agent: sure that's ninety a night shall i book it\ncustomer: yes please\n"
            "agent: you're all set we can also do a sea view for twenty more a night so sixty for "
            "the stay\n"
            "customer: oh my wife yeah she gets seasick just looking at it\n"
            "agent: ha no problem\ncustomer: okay thanks",
            true, 0, "asr: a yes after words that name no extra");
    kt_call("customer: can i book the lake cabin for saturday\nagent: sure it's one eighty for the night\n"
            "customer: great book it\n"
            "agent: okay you're booked and we can add a picnic basket for forty two\n"
            "customer: we won't need the picnic basket yeah we're bringing food\n"
            "agent: sure thing\ncustomer: thanks",
            true, 0, "asr: a negation before the yes");
}

static void check_just_pick(void)
{
    kt_call("Customer: I want to order the 55-inch TV.\nAgent: That's $899. Shall I order it?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done. Would you like a wall bracket? It's $40, and we also do setup for $60.\n"
            "Customer: Just the bracket, I can set it up myself.\n"
            "Agent: Okay, bracket added.\nCustomer: Thanks.",
            true, 40, "'Just the bracket, I can set it up myself.'");
    kt_call("customer: i'd like the fifty five inch tv\nagent: that's five forty nine want me to "
            "order it\ncustomer: yeah go ahead\n"
            "agent: done would you like a wall mount it's seventy nine and we also do installation "
            "for one twenty\n"
            "customer: just the mount i can install it myself\n"
            "agent: got it\ncustomer: thanks",
            true, 79, "asr: 'just the mount i can install it myself', the other extra named after");
    kt_call("customer: i need a deep clean for my flat on the ninth\nagent: that's two twenty shall i "
            "book it\ncustomer: yes book it\n"
            "agent: booked we can also do inside the fridge and inside the oven for thirty each\n"
            "customer: just the oven please\n"
            "agent: okay see you on the ninth\ncustomer: thanks",
            true, 30, "asr: 'just the oven please' of two at thirty each");
    kt_call("Customer: My wife and I want the Cloud mattress in queen.\nAgent: That's $1,249. Shall I "
            "order it?\nCustomer: Yes.\n"
            "Agent: Done. Our cooling pillows pair well with it, $45 each. Would you like two?\n"
            "Customer: Hmm, just one pillow.\n"
            "Agent: Sure thing.\nCustomer: Bye.",
            true, 45, "'just one pillow' of a pair offered at $45 each");
}

static void check_just_pick_negatives(void)
{
    kt_call("Customer: I want to order the 55-inch TV.\nAgent: That's $899. Shall I order it?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done. Would you like a wall bracket? It's $40, and we also do setup for $60.\n"
            "Customer: Just the TV, thanks.\n"
            "Agent: Okay.\nCustomer: Bye.",
            true, 0, "'Just the TV': the purchase alone");
    kt_call("customer: i need a deep clean for my flat on the ninth\nagent: that's two twenty shall i "
            "book it\ncustomer: yes book it\n"
            "agent: booked we can also do inside the fridge and inside the oven for thirty each\n"
            "customer: just the oven is that extra too\n"
            "agent: yes thirty\ncustomer: okay never mind",
            true, 0, "asr: a 'just' pick in a question");
    kt_call("customer: i need a deep clean for my flat on the ninth\nagent: that's two twenty shall i "
            "book it\ncustomer: yes book it\n"
            "agent: booked we can also do inside the oven for thirty\n"
            "customer: just not the oven it's fine\n"
            "agent: okay\ncustomer: thanks",
            true, 0, "asr: 'just not the oven'");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_yes_after_name();
    check_yes_after_name_negatives();
    check_just_pick();
    check_just_pick_negatives();
    kt_free();
    T_END();
}
