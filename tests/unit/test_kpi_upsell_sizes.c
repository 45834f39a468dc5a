/* test_kpi_upsell_sizes.c - the size of an accepted extra: what counts it
 * and what does not. With the shipped rules file, on short calls written
 * for these tests (clean and speech-recognition style); each mechanism has
 * a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "both" that takes two different priced extras names them, and counts
 * neither; said of one extra ("lunch for both", "for both of us") it is
 * still two of it. */
static void check_both_items(void)
{
    kt_call("Agent: Harbor Gifts, this is Nell.\n"
            "Customer: Hi, I'd like the large fruit basket sent to my dad.\n"
            "Agent: That's $60 with delivery. Shall I place it?\n"
            "Customer: Yes, please.\n"
            "Agent: Would you like a card for $4 each and a balloon for $9?\n"
            "Customer: Oh, both. He'll love it.\n"
            "Agent: Both added.",
            true, 13, "both takes a card and a balloon, one of each");
    kt_call("agent: corner bakery this is jo\n"
            "customer: hi um can i get the lemon tart for pickup\n"
            "agent: sure that's twenty two would you like to add a candle set for five ninety nine and "
            "a gift box for eight ninety nine\n"
            "customer: oh yes both it's for my sister\n"
            "agent: both added see you at four",
            true, 14.98, "ASR: both takes a candle set and a gift box");
    kt_call("Agent: Your tee time for two is booked for Saturday.\n"
            "Customer: Great.\n"
            "Agent: Would you like to add a cart for $20 per person?\n"
            "Customer: Yes, add it for both of us.\n"
            "Agent: Added.",
            true, 40, "negative: both of us counts two of one extra");
    kt_call("agent: okay the room for you and your wife is booked for friday\n"
            "customer: perfect\n"
            "agent: would you like to add breakfast it's twelve per person\n"
            "customer: yes both please\n"
            "agent: both added",
            true, 24, "negative ASR: both of a single extra priced each is two of it");
}

/* "a dozen of those", "half a dozen", "two dozen": counts of a price each. */
static void check_dozen(void)
{
    kt_call("Agent: The carrot cake is $38. Shall I box it up for Friday?\n"
            "Customer: Yes, please.\n"
            "Agent: Our oat cookies are $2 each if you'd like some with it.\n"
            "Customer: Oh, a dozen of those, please.\n"
            "Agent: Done.",
            true, 24, "a dozen of those at $2 each");
    kt_call("agent: okay one large coffee cake that's twenty four\n"
            "customer: great\n"
            "agent: want to add muffins they're three each\n"
            "customer: um yeah half a dozen please\n"
            "agent: got it",
            true, 18, "ASR: half a dozen at three each");
    kt_call("agent: sure the party platter is fifty five\n"
            "customer: okay book it\n"
            "agent: want to add donut holes they're two bucks each\n"
            "customer: yeah two dozen please\n"
            "agent: done",
            true, 48, "ASR: two dozen at two bucks each");
    kt_call("Agent: The gift basket is $45. Shall I send it?\n"
            "Customer: Yes.\n"
            "Agent: Would you like to add the cookie tin for $15?\n"
            "Customer: Sure, add the cookie tin. I've ordered from you a dozen times.\n"
            "Agent: Added.",
            true, 15, "negative: a dozen times is no count of the tin");
}

/* "$35 per bag each way" - "one bag each for the three of us, both ways":
 * the acceptance counts the bags, the call the ways. */
static void check_count_and_ways(void)
{
    kt_call("Agent: Your three seats to Denver are booked, out on the 4th and back on the "
            "9th.\n"
            "Customer: Great.\n"
            "Agent: Would you like to add checked bags? They're $30 per bag each way.\n"
            "Customer: Yes, one bag each for the two of us, both ways.\n"
            "Agent: Added.",
            true, 120, "two bags both ways at $30 per bag each way");
    kt_call("agent: okay four seats round trip to tampa booked\n"
            "customer: great\n"
            "agent: bags are twenty five per bag each way want to add any\n"
            "customer: yeah one bag each for the four of us there and back\n"
            "agent: done",
            true, 200, "ASR: four bags there and back at twenty five per bag each way");
    kt_call("Agent: Your room is booked for two nights, for you and your husband.\n"
            "Customer: Thank you.\n"
            "Agent: Would you like to add breakfast? It's $18 per person per stay.\n"
            "Customer: Yes, add it for both of us.\n"
            "Agent: Added.",
            true, 36, "negative: both of us counts the people once, not again as items");
}

/* "two orders of the knots": a count, a measure, "of" and the item's name
 * multiply a price said for one. */
static void check_measure_of(void)
{
    kt_call("agent: sal's pizza what can i get you\n"
            "customer: one large cheese for delivery\n"
            "agent: okay want to add cheesy bread it's six fifty\n"
            "customer: yeah and uh make it two orders of the cheesy bread\n"
            "agent: you got it",
            true, 13, "ASR: two orders of the cheesy bread at six fifty");
    kt_call("Agent: Your dinner for two is booked for 8 pm.\n"
            "Customer: Thank you.\n"
            "Agent: Would you like to add a bottle of prosecco for $40?\n"
            "Customer: Yes, add the prosecco. There will be two of us.\n"
            "Agent: Added.",
            true, 40, "negative: two of us is no count of bottles");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_both_items();
    check_dozen();
    check_count_and_ways();
    check_measure_of();
    kt_free();
    T_END();
}
