/* test_kpi_upsell_sums.c - what a price is attached to, so that the upsell
 * never takes a figure that is not an accepted extra's: a total read back
 * or worked out, the usual price said after the current one, the price of
 * something taken said again, the other price of the same thing, the
 * purchase priced in other words, and a time said after a day. With the
 * shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style); each mechanism has a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Right after an extra is taken, the agent's turn that only restates the
 * order - the extra's price and what it came to, the purchase's price, or
 * the total of both when reading back - offers nothing, and the yes to it
 * takes nothing more; a new price that happens to be a sum still offers. */
static void check_restated_order(void)
{
    kt_call("agent: hi this is dana with ledgerline calling about your license renewal\n"
            "customer: oh right yeah\n"
            "agent: the renewal is nine hundred for ten seats\n"
            "customer: yeah go ahead and renew it\n"
            "agent: great and extra seats are thirty each per year do you need more\n"
            "customer: yeah we hired three people so add three\n"
            "agent: three extra seats at thirty each so ninety dollars on top of the renewal\n"
            "customer: yep that's right\n"
            "agent: perfect",
            true, 90, "ASR: the seats restated with what they come to are taken once");
    kt_call("Customer: Hi, I'd like to book the garden room for Friday night.\n"
            "Agent: The garden room is $150. Shall I book it?\n"
            "Customer: Yes, please.\n"
            "Agent: Booked. Would you like breakfast for $20?\n"
            "Customer: Yes, add breakfast.\n"
            "Agent: So the garden room at $150 plus breakfast at $20, $170 total. Is that right?\n"
            "Customer: Perfect.\n"
            "Agent: Confirmed.",
            true, 20, "a read-back of the room, the breakfast and the total adds nothing");
    kt_call("Customer: Hi, I keep running out of data, I'm on the small plan.\n"
            "Agent: The Unlimited plan is $60 a month.\n"
            "Customer: Okay, move me to Unlimited.\n"
            "Agent: Done. The travel add-on is $8 a month for calls abroad. Want it?\n"
            "Customer: Yes, add that too.\n"
            "Agent: Added. So Unlimited at $60 plus the $8 travel add-on from next month.\n"
            "Customer: Perfect, thanks.",
            true, 8, "the plan's price said back with the extra taken is no second extra");
    kt_call("Customer: Hi, I'd like to order the wool scarf, two of them.\n"
            "Agent: Those are $40 each. Shall I place the order?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like them gift wrapped? It's $4 per item.\n"
            "Customer: Yes, wrap both.\n"
            "Agent: And express shipping is $12. Want it?\n"
            "Customer: Yes, express.\n"
            "Agent: All set.",
            true, 20, "negative: express at $12 is offered, though $12 is wrapping plus $4");
}

/* A read-back total is the sum of the order's prices, never one more
 * extra; a question offering a thing whose price happens to be a sum of
 * two earlier ones still offers it. */
static void check_totals(void)
{
    kt_call("Agent: Lakeside Lodge, this is Ana.\n"
            "Customer: Hi, we'd like to book the lakeview suite for the 3rd.\n"
            "Agent: The lakeview suite is $1,200 for the weekend.\n"
            "Customer: Great. Could we add the canoe rental too?\n"
            "Agent: The canoe rental is $90.\n"
            "Customer: Yes, add the canoe.\n"
            "Agent: Please confirm: the lakeview suite with an extra canoe rental, $1,290, with a "
            "$300 deposit today.\n"
            "Customer: Yes, that's right. Go ahead and charge the deposit.\n"
            "Agent: You're booked!",
            true, 90, "a read-back total of the suite and the canoe is no extra");
    kt_call("Agent: Thanks for calling Pine Ridge Rafting, this is Cal.\n"
            "Customer: Hi, we booked the half-day trip last week and wanted to see about "
            "upgrades.\n"
            "Agent: The full-day trip is $40 more per person.\n"
            "Customer: Yes, let's do that for both of us.\n"
            "Agent: Great. Would you like lunch on the river for $15 per person?\n"
            "Customer: Sure, lunch for both.\n"
            "Agent: So the full day and two lunches, $110 total. Shall I add those?\n"
            "Customer: Yes please.",
            true, 110, "a worked total of an upgrade and lunches on a booking made before");
    kt_call("Agent: Shall I set up the new phone line for you at $30 a month?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like the travel pass for $10 a month?\n"
            "Customer: Sure.\n"
            "Agent: And would you like the device protection for $40 a month?\n"
            "Customer: Yes, add the protection.\n"
            "Agent: Added.",
            true, 50,
            "negative: an offer priced at the sum of two earlier prices is still an offer");
}

/* "$149. It's normally $199.": the usual price, said after the current one,
 * is replaced by it. */
static void check_usual_after(void)
{
    kt_call("Agent: Your repair is booked for Tuesday.\n"
            "Customer: Thanks.\n"
            "Agent: While I have you, the two-year care plan is $79. It's normally $120.\n"
            "Customer: Okay, add the care plan.\n"
            "Agent: Done.",
            true, 79, "the usual price after the current one is not a second price");
    kt_call("Agent: Your repair is booked for Tuesday.\n"
            "Customer: Thanks.\n"
            "Agent: The care plan is normally $120, but today it's $79.\n"
            "Customer: Okay, add the care plan.\n"
            "Agent: Done.",
            true, 79, "control: the usual price before the current one");
}

/* "how much is the line again?": a price of something taken said again. */
static void check_asked_again(void)
{
    kt_call("agent: hi this is max at brightwave mobile\n"
            "customer: hi i want to add a tablet plan to my account\n"
            "agent: sure a tablet plan on your account is twenty a month\n"
            "customer: okay add it\n"
            "agent: done and the cloud storage add on is three a month want it\n"
            "customer: yeah add that\n"
            "agent: added\n"
            "customer: sorry how much was the tablet plan again\n"
            "agent: twenty a month\n"
            "customer: okay yeah that's fine",
            true, 23, "ASR: the tablet plan's price asked again is not bought twice");
    kt_call("Agent: Your order of the desk is placed.\n"
            "Customer: Thanks. How much is the matching lamp?\n"
            "Agent: The lamp is $45.\n"
            "Customer: Okay, add the lamp.\n"
            "Agent: Added.",
            true, 45, "negative: the price of a new thing asked for is still an extra's");
}

/* "$35 now, or $45 at the desk": one thing, two prices. */
static void check_other_price(void)
{
    kt_call("Agent: Your ferry crossing is booked.\n"
            "Customer: Great.\n"
            "Agent: Would you like to add a cabin? It's $60 now, or $80 on board.\n"
            "Customer: Yes, add a cabin.\n"
            "Agent: Added.",
            true, 60, "a yes takes one of two prices for the cabin");
    kt_call("Customer: Please book the ferry crossing on Friday.\n"
            "Agent: Booked.\n"
            "Customer: Thanks.\n"
            "Agent: Would you like a cabin for $60, and breakfast for $15?\n"
            "Customer: Yes, both please.\n"
            "Agent: Added.",
            true, 75, "negative: two things priced with 'and' are both taken");
}

/* The purchase the customer asked for, priced by the agent's very next
 * turn in other words, is not an extra. */
static void check_purchase_other_words(void)
{
    kt_call("agent: coastal cruises this is mia\n"
            "customer: hi we want to book the five night alaska cruise for two\n"
            "agent: lovely an ocean view room for two is two thousand four hundred\n"
            "customer: yes we'll take the ocean view room\n"
            "agent: would you like the drinks package it's ninety for the trip\n"
            "customer: yes add it\n"
            "agent: you're booked",
            true, 90, "ASR: the room prices the cruise asked for; only the drinks are extra");
    kt_call("Agent: Welcome to Hillside Bank.\n"
            "Customer: I'd like to open a checking account.\n"
            "Agent: Sure. Shall we open it today?\n"
            "Customer: Yes, let's open it.\n"
            "Agent: Done. We also have a travel card for $50 a year.\n"
            "Customer: Oh yes, I'll take one.\n"
            "Agent: Done.",
            true, 50, "negative: a later price, after a plain yes, still sells an extra");
}

/* "And the bike rack?" - "$120.": a short question naming a thing asks
 * its price. */
static void check_asked_by_name(void)
{
    kt_call("Agent: Northside Motors, this is Lee.\n"
            "Customer: I'm ready to go ahead with the hatchback we test drove.\n"
            "Agent: Great, the hatchback is $21,500.\n"
            "Customer: And the bike rack?\n"
            "Agent: $120.\n"
            "Customer: Put the bike rack on too.\n"
            "Agent: Done.",
            true, 120, "a price answering a question that names the rack is the rack's");
    kt_call("Agent: Northside Motors, this is Lee.\n"
            "Customer: I'm ready to go ahead with the hatchback we test drove.\n"
            "Agent: Great, the hatchback is $21,500.\n"
            "Customer: And the bike rack?\n"
            "Agent: $120.\n"
            "Customer: No, skip the rack.\n"
            "Agent: Okay.",
            true, 0, "negative: the rack priced and refused");
}

/* An offer after the turn has priced what the customer asked for is for
 * something besides it. */
static void check_offer_after_price(void)
{
    kt_call("Agent: Hilltop Bikes, Sam speaking.\n"
            "Customer: Hi, I'd like to book a full tune-up for my bike.\n"
            "Agent: Sure, I have Monday or Tuesday.\n"
            "Customer: Monday works.\n"
            "Agent: The full tune-up is $89. We also do a chain wax for $15 with any tune-up, want "
            "me to add it?\n"
            "Customer: Sure, why not.\n"
            "Agent: See you Monday.",
            true, 15, "an offer after the tune-up's price is an extra");
    kt_call("Agent: Hilltop Bikes, Sam speaking.\n"
            "Customer: Hi, I'd like to book a full tune-up for my bike.\n"
            "Agent: Sure, I have Monday or Tuesday.\n"
            "Customer: Monday works.\n"
            "Agent: The full tune-up is $89. We also do a chain wax for $15 with any tune-up, want "
            "me to add it?\n"
            "Customer: No thanks, just the tune-up.\n"
            "Agent: See you Monday.",
            true, 0, "negative: the same offer refused");
}

/* "Make it two, not four": the count of an extra taken at a price each
 * changed by the customer. */
static void check_recount(void)
{
    kt_call("Customer: Please place my usual order of printer paper.\n"
            "Agent: Placed. We also have ink cartridges on offer at $30 each.\n"
            "Customer: I'll take four cartridges.\n"
            "Agent: Added.\n"
            "Customer: Actually, make it two cartridges, not four.\n"
            "Agent: Sure, two.",
            true, 60, "the count of the cartridges changed to two");
    kt_call("customer: please place my usual order of printer paper\n"
            "agent: placed we also have ink cartridges on offer at thirty each\n"
            "customer: i'll take four cartridges\n"
            "agent: added and delivery is tomorrow between one and five\n"
            "customer: can you make it two o'clock instead\n"
            "agent: sure",
            true, 120, "negative: 'make it two o'clock' moves a time, the count stands");
}

/* "We booked a cabin for the weekend and we wanted to see about an upgrade":
 * a purchase reported in the past, before anything is bought in the call, is
 * what an upgrade goes on top of. */
static void check_owned_reported(void)
{
    kt_call("Agent: Pinewood Cabins, this is Jo.\n"
            "Customer: Hi, we booked a cabin for the weekend and we wanted to see about an "
            "upgrade.\n"
            "Agent: Sure, the lakeside cabin upgrade is $40 more.\n"
            "Customer: Yes, let's do that.\n"
            "Agent: Done.",
            true, 40, "an upgrade on a cabin booked before the call is an extra");
    kt_call("Agent: Pinewood Cabins, this is Jo.\n"
            "Customer: Hi, we wanted to see about a cabin upgrade.\n"
            "Agent: Sure, the lakeside cabin upgrade is $40 more.\n"
            "Customer: Yes, let's do that.\n"
            "Agent: Done.",
            true, 0, "negative: an upgrade bought on its own is the purchase");
}

/* "Friday at 10" is a time. */
static void check_day_time(void)
{
    kt_call("Agent: The portrait session is $200.\n"
            "Customer: Okay, book it.\n"
            "Agent: Would you like to add prints? They're $15 each.\n"
            "Customer: Let's add four.\n"
            "Agent: Great. So the session Friday at 10, plus four extra prints. Shall I book it?\n"
            "Customer: Yes please.",
            true, 60, "the time after a day is no price and the read-back re-offers nothing");
    kt_call("Agent: Your session is booked for Friday.\n"
            "Customer: Great.\n"
            "Agent: Prints are 10 each, want some?\n"
            "Customer: Yes, add three.",
            true, 30, "negative: a bare number priced each is still a price");
}

/* "okay three at twenty each yeah put them on": a count said with the unit
 * price the customer restates is how many were taken. */
static void check_restated_count(void)
{
    kt_call("Agent: The lawn plan is $40 a visit.\n"
            "Customer: Sign me up.\n"
            "Agent: We also sell bird feeders, $25 each.\n"
            "Customer: Two at $25 each? Sure, put them on.\n"
            "Agent: Done.",
            true, 50, "two at $25 each restated: two feeders");
    kt_call("agent: the lawn plan is forty a visit\n"
            "customer: sign me up\n"
            "agent: we also sell bird feeders twenty five each\n"
            "customer: uh okay three at twenty five each yeah put them on\n"
            "agent: done",
            true, 75, "speech: three at twenty five each restated");
    kt_call("agent: the lawn plan is forty a visit\n"
            "customer: sign me up\n"
            "agent: we also sell bird feeders twenty five each\n"
            "customer: the neighbor got three at thirty each but yeah one for me\n"
            "agent: done",
            true, 25, "negative: a count with another unit price counts nothing taken here");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_totals();
    check_restated_order();
    check_usual_after();
    check_asked_again();
    check_other_price();
    check_purchase_other_words();
    check_day_time();
    check_asked_by_name();
    check_offer_after_price();
    check_recount();
    check_owned_reported();
    check_restated_count();
    kt_free();
    T_END();
}
