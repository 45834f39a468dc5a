/* test_kpi_offer_price.c - the agent's extra and its price put on the table
 * (kmiss21a): a trip's return leg said at a time of day ("the 2:40 pm
 * back, $612") is a leg, not money given back, so the fare is a price and
 * what is priced after it is on top; a commitment after a no ("No, I'll
 * take whatever's free") takes something else, not the price just stated;
 * "it comes to $132" prices what it is said of, like "it's $132" (a sum
 * said back is still found as one by its parts); a voucher sold is priced
 * ("a class voucher for $85", "a mat with the voucher, $45").
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style), with negatives that must not
 * fire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "back" after a time of day names the return flight: the fare beside it
 * is the purchase's price, and the bag offered after it is extra. */
static void check_return_leg(void)
{
    kt_call("Agent: Skylane Air, how can I help?\n"
            "Customer: One seat to Denver on the 3rd, back on the 9th.\n"
            "Agent: I have the 8:10 am out and the 6:25 pm back, $284 round trip. "
            "Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. Checked bags are $30 each. Would you like to add one?\n"
            "Customer: Yes, one bag please.\n"
            "Agent: Added.",
            true, 30, "bag priced before its offer, after a fare said beside 'pm back'");
    kt_call("agent: skylane air how can i help\n"
            "customer: one seat to denver on the third back on the ninth\n"
            "agent: i have the eight ten am out and the six twenty five pm back two eighty "
            "four round trip shall i book it\n"
            "customer: yes book it\n"
            "agent: booked checked bags are thirty each would you like to add one\n"
            "customer: yes one bag please\n"
            "agent: added",
            true, 30, "ASR: bag priced before its offer, after a fare said beside 'pm back'");
    /* money given back is still no price */
    kt_call("Agent: Skylane Air, how can I help?\n"
            "Customer: My flight was cancelled and I want my money.\n"
            "Agent: I'm sorry. You'll get $284 back on your card in five days.\n"
            "Customer: Okay, thanks.",
            false, 0, "negative: '$284 back' is a refund");
}

/* A no, then a commitment to something the customer names, refuses the
 * stated price. */
static void check_no_then_other(void)
{
    kt_call("Agent: Skylane Air, how can I help?\n"
            "Customer: One seat to Denver on the 3rd, back on the 9th.\n"
            "Agent: I have the 8:10 am out and the 6:25 pm back, $284 round trip.\n"
            "Customer: Book that.\n"
            "Agent: Done. Seat selection is $18.\n"
            "Customer: No, I'll take whatever's free.\n"
            "Agent: Okay, you're all set.",
            true, 0, "negative: 'No, I'll take whatever's free' refuses the seat price");
    kt_call("agent: skylane air how can i help\n"
            "customer: one seat to denver on the third back on the ninth\n"
            "agent: i have the eight ten am out and the six twenty five pm back two eighty "
            "four round trip\n"
            "customer: book that\n"
            "agent: done seat selection is eighteen dollars\n"
            "customer: nah i'll take whatever's free\n"
            "agent: okay you're all set",
            true, 0, "negative ASR: 'nah i'll take whatever's free' refuses the seat price");
    kt_call("Agent: Skylane Air, how can I help?\n"
            "Customer: One seat to Denver on the 3rd, back on the 9th.\n"
            "Agent: I have the 8:10 am out and the 6:25 pm back, $284 round trip.\n"
            "Customer: Book that.\n"
            "Agent: Done. Seat selection is $18.\n"
            "Customer: I'll take the seat selection, a window please.\n"
            "Agent: Okay, window seats on both flights.",
            true, 18, "the stated seat price taken by name");
}

/* The speech-recognition call up to the breakfast offer, answered two ways
 * below. */
#define INN_ASR \
    "agent: linden inn maya speaking\n" \
    "customer: hi a double room for two nights from the fourth please\n" \
    "agent: that's one fifty a night shall i book it\n" \
    "customer: yes please\n" \
    "agent: booked would you like breakfast for both of you both mornings that comes " \
    "to fifty six dollars total\n"

/* "comes to" says a price: of the offer when said of it, of the purchase
 * when said of that; the order's sum said back adds nothing. */
static void check_comes_to(void)
{
    kt_call("Agent: The Linden Inn, Maya speaking.\n"
            "Customer: Hi, a double room for two nights from the 4th, please.\n"
            "Agent: That's $150 a night. Shall I book it?\n"
            "Customer: Yes, please.\n"
            "Agent: Booked. Would you like breakfast? For both of you for the two mornings "
            "it comes to $56.\n"
            "Customer: Go on, add breakfast.\n"
            "Agent: Added. So the room and breakfast, that comes to $356. You're all set.",
            true, 56, "breakfast priced with 'it comes to', the sum said back after it");
    kt_call(INN_ASR
            "customer: okay yeah add the breakfast\n"
            "agent: perfect room with breakfast you're all set",
            true, 56, "ASR: breakfast priced with 'that comes to ... total'");
    kt_call(INN_ASR
            "customer: no thanks we'll eat out\n"
            "agent: okay so two nights that comes to three hundred you're all set",
            true, 0, "negative ASR: breakfast declined, the stay's sum said after it");
}

/* A voucher is something sold: its price and the extra priced beside it
 * are prices. */
static void check_voucher(void)
{
    kt_call("Agent: Willow Pottery, Sam speaking.\n"
            "Customer: Hi, I'd like a gift voucher for my sister.\n"
            "Agent: We have a 4-class voucher for $90.\n"
            "Customer: That one, please.\n"
            "Agent: Lovely. We can add a glaze kit with the voucher, $25.\n"
            "Customer: Yes, add the glaze kit.\n"
            "Agent: Done, both ready to collect.",
            true, 25, "glaze kit priced beside 'with the voucher'");
    kt_call("agent: willow pottery sam speaking\n"
            "customer: hi i'd like a gift voucher for my sister\n"
            "agent: we have a four class voucher for ninety dollars\n"
            "customer: okay i'll take that one\n"
            "agent: lovely we can add a glaze kit with the voucher twenty five dollars\n"
            "customer: no thanks just the voucher\n"
            "agent: done ready to collect",
            true, 0, "negative ASR: the glaze kit declined");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_return_leg();
    check_no_then_other();
    check_comes_to();
    check_voucher();
    kt_free();
    T_END();
}
