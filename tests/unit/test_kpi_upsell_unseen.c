/* test_kpi_upsell_unseen.c - extras taken without the words the rules knew
 * before: an offer said by whoever does the work ("our fitters can also
 * ...", "while the engineer is there ..."), a suggestion, an offer asked in
 * other words once the purchase is carried out, "go on then" giving in,
 * "just the X" picking one of several extras, a count of part of the
 * party, and a spoken price that cuts a usual one. With the shipped rules
 * file, on short calls written for these tests (clean and speech-
 * recognition style); each mechanism has a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Offers with no "add" or "would you like": the worker who is there
 * anyway, "there are also", a suggestion, ASR "want to add" mid-turn. */
static void check_offer_words(void)
{
    kt_call("Agent: Brightside Boilers, Tomas speaking.\n"
            "Customer: Hi, I'd like to book the annual boiler service.\n"
            "Agent: Sure, that's $110, we can come Monday.\n"
            "Customer: Monday works, book it please.\n"
            "Agent: Our engineers can also flush the radiators for $60 while they're there.\n"
            "Customer: Okay, do that as well.\n"
            "Agent: Booked for Monday.",
            true, 60, "the engineers can also do a priced job");
    kt_call("agent: harbour kayaks pia here\n"
            "customer: hi can i book two kayaks for saturday morning\n"
            "agent: yep that's forty each so eighty\n"
            "customer: great book them\n"
            "agent: done anything else want to add dry bags they're eight each\n"
            "customer: yeah two dry bags\n"
            "agent: lovely all booked",
            true, 16, "ASR: \"want to add\" in the middle of a turn offers");
    kt_call("Agent: City Gym, Rosa speaking.\n"
            "Customer: Hi, I'd like to join, the standard membership.\n"
            "Agent: The standard is $30 a month. There's also a $25 joining fee.\n"
            "Customer: Okay, sign me up.\n"
            "Agent: You're all set.",
            true, 0, "negative: a fee said with \"also\" is no extra");
    kt_call("Agent: Nova Mobile, Lee speaking.\n"
            "Customer: My signal drops at home and I want it fixed.\n"
            "Agent: I can upgrade you to the booster plan for $8 more a month.\n"
            "Customer: Yes, do the upgrade.\n"
            "Agent: Done.",
            true, 0, "negative: an upgrade bought on its own is the purchase");
}

/* Once the purchase is carried out, a question with a new price offers
 * the thing it names, whatever the words; adding up the order does not. */
static void check_settled_offer(void)
{
    kt_call("Agent: Olive Grove restaurant, Marco speaking.\n"
            "Customer: Hi, a table for six on Friday at 8 please.\n"
            "Agent: Certainly, the terrace at 8 for six.\n"
            "Customer: Great, book it.\n"
            "Agent: Done. Would you like us to set out a bottle of prosecco for the table? It's "
            "$38.\n"
            "Customer: Oh yes, lovely.\n"
            "Agent: Noted, see you Friday.",
            true, 38, "a priced question after the booking is carried out");
    kt_call("Agent: Olive Grove restaurant, Marco speaking.\n"
            "Customer: Hi, a table for six on Friday at 8 please, the $40 set menu.\n"
            "Agent: Certainly, the terrace at 8 for six.\n"
            "Customer: Great, book it.\n"
            "Agent: Done. So the total is $240 for six people, is that okay?\n"
            "Customer: Yes.\n"
            "Agent: See you Friday.",
            true, 0, "negative: a total asked about after the booking offers nothing");
}

/* "go on then" gives in to an offer; "just the X" picks one of several. */
static void check_answers(void)
{
    kt_call("agent: bloom salon hi this is kim\n"
            "customer: hi can i book a trim for tuesday\n"
            "agent: sure tuesday at ten\n"
            "customer: perfect book me in\n"
            "agent: would you like to add a scalp massage it's twelve\n"
            "customer: oh go on then\n"
            "agent: done see you tuesday",
            true, 12, "ASR: \"go on then\" takes the offer");
    kt_call("Agent: Sparkle Cleaning, Jo speaking.\n"
            "Customer: Hi, I'd like an end of tenancy clean for a two-bed flat.\n"
            "Agent: That's $280. Would you like the oven and the carpets done as well? They're $45 "
            "each.\n"
            "Customer: Just the carpets.\n"
            "Agent: Sure. When suits you?\n"
            "Customer: Monday, book it.\n"
            "Agent: Booked for Monday.",
            true, 45, "\"just the carpets\" picks one of the extras offered");
    kt_call("Agent: Sparkle Cleaning, Jo speaking.\n"
            "Customer: Hi, I'd like an end of tenancy clean for a two-bed flat.\n"
            "Agent: We do a standard clean at $280 or a deluxe with extra carpet care at $330.\n"
            "Customer: Just the standard.\n"
            "Agent: Sure, Monday?\n"
            "Customer: Monday, book it.\n"
            "Agent: Booked for Monday.",
            true, 0, "negative: \"just the standard\" chooses the purchase, no extra");
}

/* A spoken pair that cuts a usual price said just before is read near it. */
static void check_cut_reading(void)
{
    kt_call("agent: shine auto spa dev here\n"
            "customer: hi can i book a full valet for saturday\n"
            "agent: sure the full valet is ninety and saturday at nine works\n"
            "customer: great book it\n"
            "agent: would you like the paint sealant it's normally three hundred but this week "
            "it's "
            "two seventy five\n"
            "customer: yeah go for it\n"
            "agent: done see you saturday",
            true, 275, "ASR: a cut of \"normally three hundred\" is two hundred seventy-five");
    kt_call("agent: shine auto spa dev here\n"
            "customer: hi can i book a full valet for saturday\n"
            "agent: sure the full valet is ninety and saturday at nine works\n"
            "customer: great book it\n"
            "agent: would you like an air freshener it's four fifty\n"
            "customer: yeah sure\n"
            "agent: done see you saturday",
            true, 4.5, "negative: with no usual price a small extra stays small");
}

/* A count of part of the party takes an extra priced each for that many;
 * a count that only tells the agent something takes nothing. */
static void check_partial_count(void)
{
    kt_call("Agent: Summit Zoo, Ines speaking.\n"
            "Customer: Hi, four tickets for Sunday please, two adults and two teenagers.\n"
            "Agent: That's $96 for the four. Would you like the penguin feeding experience? It's "
            "$20 per person.\n"
            "Customer: Three of us would love that, my son is scared of birds.\n"
            "Agent: Booked, see you Sunday.",
            true, 60, "\"three of us\" takes an extra priced per person for three");
    kt_call("agent: bayside bikes hi this is ola\n"
            "customer: hi we want to hire four bikes for tomorrow\n"
            "agent: sure that's twenty five each so a hundred there are also helmets at five each\n"
            "customer: um just two the kids have their own\n"
            "agent: booked for tomorrow at nine",
            true, 10, "ASR: \"just two\" takes a stated extra for two");
    kt_call("Agent: Summit Zoo, Ines speaking.\n"
            "Customer: Hi, I'd like tickets for the family.\n"
            "Agent: Sure. Would you like the penguin feeding experience too? It's $20 per person. "
            "How many are coming, and when?\n"
            "Customer: Two kids, the morning of the 28th.\n"
            "Agent: Great, tickets are $24 each.\n"
            "Customer: Okay, book them.\n"
            "Agent: Booked.",
            true, 0, "negative: a count that answers \"how many\" takes nothing");
}

/* An offer after the customer agreed to something priced, before it is
 * settled, is on top of it; after a refusal it is another purchase. */
static void check_after_agreement(void)
{
    kt_call("Agent: Lumen Energy, Priya speaking.\n"
            "Customer: Hi, I'm moving house and need a new electricity supply.\n"
            "Agent: Our fixed tariff is $90 a month.\n"
            "Customer: That's the one I want.\n"
            "Agent: I'd suggest our boiler cover for $12 a month.\n"
            "Customer: The boiler cover, yes, ours is old.\n"
            "Agent: So the fixed tariff with boiler cover from the 1st. Shall I set it up?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done.",
            true, 12, "a suggestion after \"that's the one I want\" is an extra");
    kt_call("Agent: Lumen Energy, Priya speaking.\n"
            "Customer: Hi, I'm moving house and need a new electricity supply.\n"
            "Agent: Our fixed tariff is $90 a month.\n"
            "Customer: No, that's too much.\n"
            "Agent: I'd suggest our variable tariff for $75 a month.\n"
            "Customer: The variable one, yes.\n"
            "Agent: Shall I set it up from the 1st?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done.",
            true, 0, "negative: a suggestion after a refused price is the purchase");
    kt_call("Agent: Riverside Aquarium, Dana speaking.\n"
            "Customer: Hi, two adult tickets for Saturday please.\n"
            "Agent: Adults are $30, so $60 for the two of you.\n"
            "Customer: Okay, yes.\n"
            "Agent: Would you like the shark tunnel tour? It's $15 per person.\n"
            "Customer: Sure, for both of us.\n"
            "Agent: So two tickets and two tours for Saturday. Shall I book?\n"
            "Customer: Yes please.\n"
            "Agent: Booked.",
            true, 30, "a named offer after \"okay, yes\" to the tickets' price is an extra");
}

/* Several extras offered in one turn, the customer takes some by name and
 * refuses the others in the same answer. */
static void check_list_picks(void)
{
    kt_call("Agent: Harbor Gym, Leo speaking.\n"
            "Customer: Hi, I'd like to join, the monthly plan.\n"
            "Agent: The monthly plan is $50 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also offer a towel service for $10 a month and personal training for $80 a month.\n"
            "Customer: The towel service, yes. The training I might do later, but not now.\n"
            "Agent: Just the towel service then. See you Monday.",
            true, 10, "\"the X, yes; the Y not now\" takes X only");
    kt_call("agent: harbor gym leo speaking\n"
            "customer: hi i'd like to join the monthly plan\n"
            "agent: the monthly plan is fifty a month shall i sign you up\n"
            "customer: yes sign me up\n"
            "agent: done we also have a towel service for ten a month and personal training at eighty a month\n"
            "customer: the towels yes the training no\n"
            "agent: okay towels added see you monday",
            true, 10, "spoken \"the X yes the Y no\" takes X only");
    kt_call("Agent: Harbor Gym, Leo speaking.\n"
            "Customer: Hi, I'd like to join, the monthly plan.\n"
            "Agent: The monthly plan is $50 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also have a towel service for $10 a month, a locker for $15 a month, and personal training for $80 a month.\n"
            "Customer: Towels and a locker. No training, I have my own coach.\n"
            "Agent: Towels and locker added. See you Monday.",
            true, 25, "\"X and Y. No Z.\" takes X and Y");
    kt_call("Agent: Harbor Gym, Leo speaking.\n"
            "Customer: Hi, I'd like to join, the monthly plan.\n"
            "Agent: The monthly plan is $50 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We can add a towel service for $10 a month, and personal training for $80 a month.\n"
            "Customer: Towels, yes. We don't need the training, thanks.\n"
            "Agent: Okay. See you Monday.",
            true, 10, "\"X, yes. We don't need the Y\" takes X only");
    kt_call("Agent: Harbor Gym, Leo speaking.\n"
            "Customer: Hi, I'd like to join, the monthly plan.\n"
            "Agent: The monthly plan is $50 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also offer a towel service for $10 a month and personal training for $80 a month.\n"
            "Customer: No towels and no training, thanks.\n"
            "Agent: Okay. See you Monday.",
            true, 0, "negative: \"no X and no Y\" takes neither");
    kt_call("agent: harbor gym leo speaking\n"
            "customer: hi i'd like to join the monthly plan\n"
            "agent: the monthly plan is fifty a month shall i sign you up\n"
            "customer: yes sign me up\n"
            "agent: done we also have a towel service for ten a month and a locker for fifteen a month\n"
            "customer: towels and a locker would be too much for me\n"
            "agent: okay see you monday",
            true, 0, "negative: the names in a sentence that says more take nothing");
    kt_call("Agent: Harbor Gym, Leo speaking.\n"
            "Customer: Hi, I'd like to join, the monthly plan.\n"
            "Agent: The monthly plan is $50 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also have a towel service for $10 a month, and a locker for $15 a month.\n"
            "Customer: Towels and a locker.\n"
            "Agent: Both added. See you Monday.",
            true, 25, "\"X and Y.\" alone takes both");
}

/* A compound written as one word on one side and hyphenated on the other
 * still names the extra. */
static void check_compound_names(void)
{
    kt_call("Agent: Bayside Shuttles, Ola speaking.\n"
            "Customer: Hi, I need a minibus to the airport on Friday.\n"
            "Agent: A minibus to the airport is $220. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. We can add onboard wifi for $25, and a child seat for $15.\n"
            "Customer: Wi-Fi, yes. We don't need a child seat.\n"
            "Agent: Okay, see you Friday.",
            true, 25, "\"Wi-Fi\" names the wifi");
    kt_call("Agent: Bayside Shuttles, Ola speaking.\n"
            "Customer: Hi, I need a minibus to the airport on Friday.\n"
            "Agent: A minibus to the airport is $220. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. We can add onboard wifi for $25, and a child seat for $15.\n"
            "Customer: No Wi-Fi and no child seat, thanks.\n"
            "Agent: Okay, see you Friday.",
            true, 0, "negative: \"no Wi-Fi\" refuses the wifi");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_offer_words();
    check_settled_offer();
    check_answers();
    check_cut_reading();
    check_partial_count();
    check_after_agreement();
    check_list_picks();
    check_compound_names();
    kt_free();
    T_END();
}
