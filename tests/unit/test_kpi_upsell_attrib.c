/* test_kpi_upsell_attrib.c - which price belongs to the extra the customer
 * took, and what a count in the answer multiplies: a price set aside in the
 * same breath ("$99 instead of $179", "$69, not $79", "$35 now versus $45 at
 * the airport"), the thing "one" or "them" points back at, an extra put off
 * by name ("the filter can wait", "i've got one already"), "two of the
 * combos", a number that names a kind ("a 7 candle"), and "just one X"
 * recounting an extra taken before. With the shipped
 * rules file, on short calls written for these tests (clean and
 * speech-recognition style); each mechanism has a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A price said as the one set aside ("instead of", "not", "versus") is not
 * the extra's price; the price it is set against is. */
static void check_set_aside(void)
{
    kt_call("Customer: Please switch me to the green plan.\n"
            "Agent: Done. We also have a smart doorbell this month, it's $89 instead of $149.\n"
            "Customer: Oh nice, add the doorbell.\n"
            "Agent: Added.",
            true, 89, "'$89 instead of $149' prices the doorbell at 89");
    kt_call("customer: yeah switch me to the green plan\n"
            "agent: done and we have a smart doorbell this month it's eighty nine dollars instead "
            "of a hundred forty nine\n"
            "customer: sure add the doorbell\n"
            "agent: added",
            true, 89, "ASR: 'eighty nine dollars instead of a hundred forty nine'");
    kt_call("Customer: Book the Tuesday visit, please.\n"
            "Agent: Booked. The filter service plan is $59.\n"
            "Customer: What does it include?\n"
            "Agent: Two filter changes. Sorry, I misspoke, it's actually $49, not $59.\n"
            "Customer: $49, fine, add the plan.\n"
            "Agent: Added.",
            true, 49, "a price corrected with 'not' before the old one");
    kt_call("Customer: Yes, book the flight please.\n"
            "Agent: Booked. Would you like to add a checked bag? It's $30 now versus $40 at the "
            "counter.\n"
            "Customer: Yes, add a bag.\n"
            "Agent: Done.",
            true, 30, "'$30 now versus $40 at the counter' is one bag at 30");
    kt_call("customer: yeah book the flight\n"
            "agent: booked want to add a checked bag it's thirty dollars if you add it now, forty "
            "dollars at the counter\n"
            "customer: yeah add a bag\n"
            "agent: done",
            true, 30, "ASR: a price for now, then the price later, is one bag");
    kt_call("Customer: Yes, book the flight please.\n"
            "Agent: Booked. Would you like to add a checked bag for $30 and seat selection for "
            "$15?\n"
            "Customer: Both, please.\n"
            "Agent: Done.",
            true, 45, "negative: two things priced in one breath are both taken");
    kt_call("customer: yeah book the flight\n"
            "agent: booked so you're not rushed at the gate priority boarding is twenty five "
            "dollars\n"
            "customer: fine add that too\n"
            "agent: added",
            true, 25, "negative: 'not' further back sets no price aside");
}

/* "The official one's $30", "we can swap them for $29.99": the price's
 * words point back at the thing named the sentence before, so the answer
 * naming that thing takes it. */
static void check_points_back(void)
{
    kt_call("Customer: Yes, reserve the phone please.\n"
            "Agent: Done. Would you like a case with it? The leather one's $40. A charger is $20.\n"
            "Customer: Case yes. Skip the charger.\n"
            "Agent: Okay.",
            true, 40, "'the leather one's $40' is the case's price");
    kt_call("Customer: Tomorrow at 9 works, book it.\n"
            "Agent: Got it. Your floor mats are worn out. We can swap them for $60 the set. And we "
            "can also rotate the tires for $35.\n"
            "Customer: Yeah, do the floor mats. The tires can wait.\n"
            "Agent: Sounds good.",
            true, 60, "'replace them for $60' is the mats'; the tires put off by name");
    kt_call("Customer: Tomorrow at 9 works, book it.\n"
            "Agent: Got it. Your floor mats are worn out. We can swap them for $60 the set. And we "
            "can also rotate the tires for $35.\n"
            "Customer: Yeah, do the floor mats and the tires.\n"
            "Agent: Sounds good.",
            true, 95, "negative: naming both takes both");
}

/* An extra put off or refused by name beside one taken: only the taken one
 * counts. */
static void check_put_off(void)
{
    kt_call("customer: great i'll take the bike\n"
            "agent: nice and do you want a bell and a pump the bell is ten dollars and the pump is "
            "twenty dollars\n"
            "customer: bell yeah pump i've got one already\n"
            "agent: sure",
            true, 10, "ASR: 'pump i've got one already' refuses the pump");
    kt_call("Customer: Go ahead and book the cleaning.\n"
            "Agent: Booked. Would you like to add a window wash for $40 or an oven clean for $50?\n"
            "Customer: The window wash, yes. The oven can wait.\n"
            "Agent: Great.",
            true, 40, "'the oven can wait' puts the oven off");
    kt_call("Customer: Go ahead and book the cleaning.\n"
            "Agent: Booked. Would you like to add a window wash for $40 and an oven clean for $50?\n"
            "Customer: Yes, the window wash and the oven too. I can wait in the kitchen while you "
            "do it.\n"
            "Agent: Great.",
            true, 90, "negative: 'I can wait' puts nothing off");
}

/* What a number in the answer multiplies. */
static void check_counts(void)
{
    kt_call("Customer: Yes, that's right, book the tickets.\n"
            "Agent: Done. A nachos combo is $9.50.\n"
            "Customer: Oh yes, two of the combos at $9.50 each.\n"
            "Agent: Two combos added.",
            true, 19, "'two of the combos' counts two");
    kt_call("customer: yeah that's right book the tickets\n"
            "agent: done a nachos combo is nine fifty\n"
            "customer: oh yeah three of those combos please\n"
            "agent: three combos added",
            true, 28.5, "ASR: 'three of those combos' counts three");
    kt_call("Customer: Yes, the chocolate cake, please.\n"
            "Agent: Lovely. Would you like a number candle? They're $3.50.\n"
            "Customer: Oh yes, add a 5 candle.\n"
            "Agent: Added.",
            true, 3.5, "'a 5 candle' is one candle shaped 5");
    kt_call("customer: yeah the chocolate cake please\n"
            "agent: would you like a number candle they're three fifty\n"
            "customer: yeah add a five candle\n"
            "agent: added",
            true, 3.5, "ASR: 'a five candle' is one candle");
    kt_call("Customer: Yes, the chocolate cake, please.\n"
            "Agent: Lovely. Would you like number candles? They're $3.50 each.\n"
            "Customer: Yes, add 2 candles.\n"
            "Agent: Added.",
            true, 7, "negative: '2 candles' counts two");
}

/* "Actually, just one cushion": a count after "just" or "only" that names
 * an extra taken at a price each, in a later turn, recounts it. */
static void check_just_one(void)
{
    kt_call("Customer: I'd like to order the corner sofa.\n"
            "Agent: Lovely. That's $1,200. Would you like matching cushions? They're $30 each.\n"
            "Customer: Oh yes, two of the cushions please.\n"
            "Agent: Two cushions, $60. Anything else?\n"
            "Customer: Hmm, actually, just one cushion. I have an old one.\n"
            "Agent: No problem, one cushion. Is that all correct?\n"
            "Customer: Yes, that's correct.",
            true, 30, "'just one cushion' recounts the cushions");
    kt_call("customer: i'll take the oak desk\n"
            "agent: sure that's four hundred would you like desk lamps they're forty dollars each\n"
            "customer: yeah two lamps please\n"
            "agent: two lamps eighty dollars\n"
            "customer: actually wait just one lamp my wife has one\n"
            "agent: sure one lamp\n"
            "customer: great thanks",
            true, 40, "ASR: 'just one lamp' recounts the lamps");
    kt_call("customer: i'll take the oak desk\n"
            "agent: sure that's four hundred would you like desk lamps they're forty dollars each\n"
            "customer: yeah two lamps please\n"
            "agent: two lamps eighty dollars\n"
            "customer: just one question when does it ship\n"
            "agent: next week\n"
            "customer: great thanks",
            true, 80, "negative: 'just one question' recounts nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_set_aside();
    check_points_back();
    check_put_off();
    check_counts();
    check_just_one();
    kt_free();
    T_END();
}
