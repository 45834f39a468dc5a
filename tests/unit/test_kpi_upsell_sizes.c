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

int main(void)
{
    if (!kt_load())
        T_END();
    check_both_items();
    kt_free();
    T_END();
}
