/* test_kpi_upsell_prices.c - which price an accepted add-on is counted at:
 * never the purchase's own price said in the turn that carries it out, nor
 * that of an upgrade the customer asked for, nor that of a line added to
 * a plan. With the
 * shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style); each mechanism has a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "That's $420, it ships Monday. I'll put the order through?" carries out
 * what the customer asked to buy and prices it: "I'll take it" then takes
 * the purchase, not an extra. */
static void check_priced_when_carried_out(void)
{
    kt_call("Agent: Harbor Home, this is Lee.\n"
            "Customer: Hi, I'd like to order the walnut bookcase from your catalog.\n"
            "Agent: That's $420, and it ships Monday. I'll put the order through?\n"
            "Customer: Yes, I'll take it.\n"
            "Agent: Done. Would you like the anchor kit for $15?\n"
            "Customer: Sure, add it.",
            true, 15, "the price said while carrying the purchase out is its own");
    kt_call("agent: harbor home this is lee\n"
            "customer: hi i wanna order the walnut bookcase from the catalog\n"
            "agent: that's four twenty and it ships monday i'll put the order through\n"
            "customer: yeah i'll take it\n"
            "agent: done you want the anchor kit for fifteen dollars\n"
            "customer: sure add it",
            true, 15, "speech: the price said while carrying the purchase out");
    kt_call("Agent: Harbor Home, this is Lee.\n"
            "Customer: Hi, I'd like to order the walnut bookcase from your catalog.\n"
            "Agent: Your bookcase is ordered and ships Monday.\n"
            "Customer: Great.\n"
            "Agent: We also have the matching side table at $120.\n"
            "Customer: Oh nice, I'll take it.",
            true, 120, "negative: a thing priced after the purchase is carried out is extra");
}

/* "I want to upgrade my internet" - "the upgrade is $20 more a month":
 * the upgrade the customer asked for is the purchase; what comes on top of
 * it is the extra. An upgrade offered on a purchase ordered first is one. */
static void check_upgrade_asked_for(void)
{
    kt_call("Agent: Northwind Internet, this is Sam.\n"
            "Customer: Hi, I want to upgrade my internet to the gig plan.\n"
            "Agent: Sure, the upgrade is $20 more a month.\n"
            "Customer: Okay, go ahead.\n"
            "Agent: Done. Would you like a mesh extender for $5 a month?\n"
            "Customer: Yes, add it.",
            true, 5, "the upgrade asked for is the purchase, the extender the extra");
    kt_call("agent: northwind internet this is sam\n"
            "customer: yeah hi i wanna upgrade my laptop to the pro model\n"
            "agent: sure the upgrade is two hundred more\n"
            "customer: okay do it\n"
            "agent: done we also have a sleeve for thirty dollars want one\n"
            "customer: yeah add the sleeve",
            true, 30, "speech: the upgrade asked for is the purchase");
    kt_call("agent: northwind office this is sam\n"
            "customer: hi i'd like to order the oak desk\n"
            "agent: that's six hundred shall i put it in\n"
            "customer: yes please\n"
            "agent: the standing desk upgrade is a hundred fifty more\n"
            "customer: yeah let's do the upgrade",
            true, 150, "negative: an upgrade offered on the desk ordered is extra");
}

/* "I'd like to add my wife to our account" - "an extra line is $25 a
 * month", "add my new watch to my account" - "a watch line is $10", "get
 * it on my policy": a line, a person or the customer's own device or
 * vehicle added to a plan changes the plan, the purchase, even when
 * the customer asked to "add" it; what is offered on top of the line is the
 * extra. An add-on asked for on a plan held before the call stays one. */
static void check_plan_change(void)
{
    kt_call("Agent: Crestline Mobile, this is Tia.\n"
            "Customer: Hi, I'd like to add my wife to our account.\n"
            "Agent: Sure. An extra line is $25 a month.\n"
            "Customer: Sounds good.\n"
            "Agent: Done. Would you like the travel pass on her line for $10 a month?\n"
            "Customer: Sure, add it.",
            true, 10, "a line added to the account is the purchase, the travel pass the extra");
    kt_call("agent: crestline mobile this is tia\n"
            "customer: hi i want to add my son to my plan he just got his first phone\n"
            "agent: sure a new line is thirty a month\n"
            "customer: okay let's do it\n"
            "agent: done would you like insurance for his phone for eight dollars a month\n"
            "customer: yeah add that",
            true, 8, "speech: a new line is the purchase, the insurance the extra");
    kt_call("Agent: Crestline TV, this is Tia.\n"
            "Customer: Hi, I want to add the sports pack to my plan.\n"
            "Agent: The sports pack is $12 a month.\n"
            "Customer: Great, add it.",
            true, 12, "negative: a pack added to a plan held before the call is extra");
    kt_call("Customer: Hi, I need to add my new watch to my account.\n"
            "Agent: Sure. A watch line is $10 a month. Shall I add it?\n"
            "Customer: Yes, add it.\n"
            "Agent: Done. Would you like screen cover for it for $4 a month?\n"
            "Customer: Sure, add that too.",
            true, 4, "a device of the customer's own added to the account is the purchase");
    kt_call("customer: hi i just bought a pickup and i need to get it on my policy\n"
            "agent: sure i can add it it'll be forty eight a month\n"
            "customer: okay add it\n"
            "agent: done and glass cover is three a month want that too\n"
            "customer: sure",
            true, 3, "ASR: 'get it on my policy' asks for the policy change, the purchase");
    kt_call("Customer: Hi, I want to add a movie channel to my account.\n"
            "Agent: The movie channel is $9 a month.\n"
            "Customer: Great, add it.",
            true, 9, "negative: a channel added to the account, not the customer's own, is extra");
}

/* "three extra users and there's also a backup add-on at $30 a month": the
 * price is the backup's, and the users named before the "and ... also" do
 * not name it, so taking the users takes only them. Without "also" the
 * "and" joins one thing ("a wash and wax for $20"). */
static void check_and_also(void)
{
    kt_call("Agent: The studio plan is $80 a month.\n"
            "Customer: Okay, let's sign up.\n"
            "Agent: Extra users are $10 a month each.\n"
            "Customer: Right.\n"
            "Agent: So that's three extra users, and there's also a backup add-on at $30 a "
            "month.\n"
            "Customer: We'll skip the backup, but go ahead with the three extra users.",
            true, 30, "the users taken are not the backup priced after 'and there's also'");
    kt_call("agent: the studio plan is eighty a month\n"
            "customer: okay let's sign up\n"
            "agent: extra users are ten a month each\n"
            "customer: mhm\n"
            "agent: so you'd have three extra users and there's also a backup add on at thirty "
            "a month\n"
            "customer: no backup for now but yeah go ahead with the three extra users",
            true, 30, "speech: the users taken are not the backup");
    kt_call("Agent: Your oil change is booked for Friday at nine.\n"
            "Customer: Great, thanks.\n"
            "Agent: We also do a wash and wax for $20, want it?\n"
            "Customer: Yes, the wax please.",
            true, 20, "negative: 'and' without 'also' joins the words of one thing");
}

/* "Yes, both." then "No card. Just the wrap.": a "no" said of an accepted
 * extra's name takes it back; "No, the card is fine" keeps it. */
static void check_no_of_name(void)
{
    kt_call("Agent: Maple Goods, this is Ray.\n"
            "Customer: I'd like to order the wool scarf in grey.\n"
            "Agent: Done, the grey scarf is ordered. Would you like gift wrap for $5, and a "
            "greeting card for $3?\n"
            "Customer: Yes, both.\n"
            "Agent: Okay, the scarf with gift wrap and a card.\n"
            "Customer: Hmm, she hates cards. No card. Just the wrap.",
            true, 5, "'No card.' takes the card back");
    kt_call("agent: maple goods this is ray\n"
            "customer: hi i'd like to order the wool scarf in grey\n"
            "agent: done it's ordered\n"
            "customer: great\n"
            "agent: would you like gift wrap for five dollars and a card for three dollars\n"
            "customer: yeah both\n"
            "agent: okay the scarf with gift wrap and a card\n"
            "customer: oh wait she hates cards no card just the wrap",
            true, 5, "speech: 'no card' takes the card back");
    kt_call("Agent: Maple Goods, this is Ray.\n"
            "Customer: I'd like to order the wool scarf in grey.\n"
            "Agent: Done, the grey scarf is ordered. Would you like gift wrap for $5, and a "
            "greeting card for $3?\n"
            "Customer: Yes, both.\n"
            "Agent: Okay, the scarf with gift wrap and a card. Any changes?\n"
            "Customer: No, the card is fine. Thanks.",
            true, 8, "negative: 'No, the card is fine' keeps the card");
}

/* "it's four fifty" - "for the hour, not per guest?" - "yes, four hundred
 * fifty flat": the agent saying one reading of a spoken pair in words that
 * have no other settles its size. A price said in digits has one size,
 * whatever amount is said after it. */
static void check_size_restated(void)
{
    kt_call("agent: willow farm venue this is jo\n"
            "customer: hi so we saw the barn last week and we want october third\n"
            "agent: october third is free the fall package is six thousand and we take a "
            "thousand to hold it\n"
            "customer: okay let's hold it\n"
            "agent: great i'll email the contract and did you want to add the extra hour of dj "
            "service we talked about it's four fifty\n"
            "customer: four fifty for the hour not per guest right\n"
            "agent: for the hour yes four hundred fifty flat\n"
            "customer: oh then yes add that",
            true, 450, "speech: 'four hundred fifty flat' sizes the 'four fifty' offered");
    kt_call("Agent: Willow Farm Venue, this is Jo.\n"
            "Customer: Hi, we want to book the barn for October 3rd.\n"
            "Agent: October 3rd is open. The fall package is $6,000.\n"
            "Customer: Okay, let's book it.\n"
            "Agent: Booked. Would you like welcome lemonade for the guests? It's $4.50 a jug.\n"
            "Customer: How many jugs would we need?\n"
            "Agent: For your group, maybe ten. The damage deposit is four hundred fifty, "
            "refundable.\n"
            "Customer: Okay, add one jug for the table.",
            true, 4.5, "negative: a digit price keeps its size beside a later deposit");
}

/* "$30 per couple" is the price of two: the two tickets bought do not
 * multiply it; "$30 each" they do. */
static void check_per_couple(void)
{
    kt_call("Agent: Blue Room Jazz, this is Mo.\n"
            "Customer: Two tickets for the Friday show, please.\n"
            "Agent: Two tickets, $80 total. Shall I book them?\n"
            "Customer: Yes, please.\n"
            "Agent: Booked. Would you like the wine tasting before the show? It's normally $40 "
            "per couple, but $30 this week.\n"
            "Customer: Yes, add it.",
            true, 30, "a cut price per couple is not multiplied by the two tickets");
    kt_call("agent: blue room jazz this is mo\n"
            "customer: two tickets for the friday show please\n"
            "agent: two tickets eighty dollars total shall i book them\n"
            "customer: yes please\n"
            "agent: booked would you like the wine tasting before the show it's thirty dollars "
            "per couple\n"
            "customer: yeah add it",
            true, 30, "speech: a price per couple is not multiplied by the two tickets");
    kt_call("Agent: Blue Room Jazz, this is Mo.\n"
            "Customer: Two tickets for the Friday show, please.\n"
            "Agent: Two tickets, $80 total. Shall I book them?\n"
            "Customer: Yes, please.\n"
            "Agent: Booked. Would you like the wine tasting before the show? It's $30 each.\n"
            "Customer: Yes, add it.",
            true, 60, "negative: a price each is multiplied by the two tickets");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_priced_when_carried_out();
    check_upgrade_asked_for();
    check_plan_change();
    check_and_also();
    check_no_of_name();
    check_size_restated();
    check_per_couple();
    kt_free();
    T_END();
}
