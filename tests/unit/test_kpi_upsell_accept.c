/* test_kpi_upsell_accept.c - extras offered by the price alone, said as an
 * increment over what is being bought ("for $12 more you could have ...",
 * "it's five extra"), and upgrades stepped up from a base the same turn
 * prices: taking one buys the base too, dropping it later leaves the base.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives (a
 * price only asked about, an offer declined, an add-on retracted, the main
 * purchase's own price). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Once something is bought, "for N more" or "N extra" offers what the
 * sentence names, with no offer words. */
static void check_increment_after_purchase(void)
{
    kt_call("Agent: Bayside Gym, Carla speaking.\n"
            "Customer: Hi, I'd like to join. What's the monthly price?\n"
            "Agent: The standard membership is $40 a month.\n"
            "Customer: Okay, sign me up for that.\n"
            "Agent: Great. For $15 more a month you get the pool and the sauna as well.\n"
            "Customer: Yeah, sure, why not.\n"
            "Agent: Done, welcome aboard.",
            true, 15, "an upgrade said as '$15 more a month' after sign-up");
    kt_call("agent: metro cabs this is raj\n"
            "customer: hi i need a taxi to the station on friday at seven\n"
            "agent: that's thirty two for a standard car\n"
            "customer: okay book it\n"
            "agent: booked do you need a bike rack it's eight extra\n"
            "customer: oh yes we're bringing the bikes\n"
            "agent: okay forty altogether see you friday",
            true, 8, "ASR: 'it's eight extra' after a booking, taken with a yes");
    kt_call("agent: sunny paws grooming this is mel\n"
            "customer: hi can i book a wash for my dog on saturday\n"
            "agent: sure a full wash is thirty five\n"
            "customer: great book her in\n"
            "agent: okay and for ten more we can do her nails too\n"
            "customer: um no thanks she hates that\n"
            "agent: no problem see you saturday",
            true, 0, "negative ASR: the increment offer is declined");
    kt_call("Agent: Bayside Gym, Carla speaking.\n"
            "Customer: Hi, I'd like to join.\n"
            "Agent: The standard membership is $40 a month.\n"
            "Customer: Okay, sign me up.\n"
            "Agent: Done. Classes are $10 extra each if you want them later.\n"
            "Customer: How much did you say, $10? No, I'll just use the gym.\n"
            "Agent: Okay, you're all set.",
            true, 0, "negative: an extra only asked about, then refused");
    kt_call("Agent: Bayside Gym, Carla speaking.\n"
            "Customer: Hi, I've been swimming a lot lately. Is there a plan with the pool?\n"
            "Agent: Sure. You're on basic at $30. The pool plan is $45, so $15 more a month.\n"
            "Customer: Yes, let's do the pool plan.\n"
            "Agent: Done, it's active today.",
            true, 0, "negative: the increment restates a plan change, the purchase itself");
}

/* "The frame is $85. For $25 more, museum glass": the upgrade steps up from
 * the base the turn priced; taking it buys the base, so it is an extra. */
static void check_upgrade_on_base(void)
{
    kt_call("Agent: PrintHub, Sam speaking.\n"
            "Customer: Hi, I need 250 flyers printed, the file is uploaded.\n"
            "Agent: Got it. 250 flyers are $60. For only $20 more you could have the glossy paper.\n"
            "Customer: Yes, go with the glossy.\n"
            "Agent: Done, ready on Friday.",
            true, 20, "an upgrade '$20 more' over the base priced in the same turn");
    kt_call("agent: oak and ash framing this is lou\n"
            "customer: hi i left a poster with you on monday i'll go with the black frame\n"
            "agent: sure the black frame is ninety for only thirty dollars more we can use the anti glare glass\n"
            "customer: oh yes let's do the anti glare glass\n"
            "agent: okay ready next tuesday",
            true, 30, "ASR: the upgrade over the priced frame");
    kt_call("Agent: PrintHub, Sam speaking.\n"
            "Customer: Hi, I need 250 flyers printed.\n"
            "Agent: 250 flyers are $60. For only $20 more you could have the glossy paper.\n"
            "Customer: Yes, the glossy please.\n"
            "Agent: Sure, Friday then.\n"
            "Customer: Actually, drop the glossy, the normal paper is fine.\n"
            "Agent: No problem, 250 flyers on normal paper, $60.",
            true, 0, "negative: the upgrade retracted, the base still bought");
    kt_call("Agent: PrintHub, Sam speaking.\n"
            "Customer: Hi, I need 250 flyers printed.\n"
            "Agent: 250 flyers are $60. For only $20 more you could have the glossy paper.\n"
            "Customer: No, the standard paper is fine. Go ahead.\n"
            "Agent: Done, ready Friday.",
            true, 0, "negative: the upgrade declined, the base bought");
}

/* An upgrade alone is the purchase: an extra taken after it does not make
 * it upsell too. */
static void check_upgrade_alone(void)
{
    kt_call("agent: swiftnet support this is jo\n"
            "customer: my wifi is so slow in the evenings\n"
            "agent: i could move you up to the fibre plan for twenty more a month\n"
            "customer: okay yeah do that\n"
            "agent: and a booster for the upstairs would help that's six dollars a month\n"
            "customer: sure add the booster too\n"
            "agent: done both are live tonight",
            true, 6, "ASR: the plan upgrade is the purchase, the booster the extra");
}

/* A read-back that names the upgrade taken, with the order's total, prices
 * the order, not one more thing. */
static void check_readback_of_taken(void)
{
    kt_call("Agent: Roadway Rentals, Pat speaking.\n"
            "Customer: Hi, I need a car for two days from Monday.\n"
            "Agent: An economy car is $40 a day, $80 in all. For only $15 more a day you could "
            "have a convertible, so $30 more in total.\n"
            "Customer: Oh fun, yes, the convertible.\n"
            "Agent: So a convertible, Monday to Wednesday, $110. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked.",
            true, 30, "the read-back total naming the upgrade is no extra");
}

/* "The gift box yes, I'll skip the card.": a yes right after naming an
 * offered thing takes that thing; in unpunctuated text "the x yes ... the y
 * no" answers each by the words before it. */
static void check_named_yes(void)
{
    kt_call("Agent: Petal & Stem, Ana speaking.\n"
            "Customer: Hi, I'd like to order the spring bouquet for Friday.\n"
            "Agent: Lovely, that's $45. Would you like a gift box for $8? We also have cards for $4.\n"
            "Customer: The gift box yes, it's a present. I'll write my own card.\n"
            "Agent: Great, bouquet in a gift box, Friday.",
            true, 8, "a yes right after naming the offered gift box");
    kt_call("agent: petal and stem this is ana\n"
            "customer: hi can i order the spring bouquet for friday\n"
            "agent: sure that's forty five dollars would you like a vase for twelve dollars "
            "and we also do chocolates for nine dollars\n"
            "customer: uh the vase yes she never has one the chocolates no she's on a diet\n"
            "agent: okay bouquet and vase for friday",
            true, 12, "ASR: 'the vase yes ... the chocolates no' in one run");
    kt_call("Agent: Petal & Stem, Ana speaking.\n"
            "Customer: Hi, can I order the spring bouquet for Friday?\n"
            "Agent: Sure, that's $45. Would you like a vase for $12? We also do chocolates for $9.\n"
            "Customer: The vase, no, she has plenty. The chocolates yes, she loves them.\n"
            "Agent: Okay, bouquet and chocolates for Friday.",
            true, 9, "the other way round, the second item taken by name");
    kt_call("Agent: Petal & Stem, Ana speaking.\n"
            "Customer: Hi, I'd like to order the spring bouquet for Friday.\n"
            "Agent: Lovely, that's $45. Would you like a gift box for $8?\n"
            "Customer: The gift box, no, just the flowers. The bouquet yes.\n"
            "Agent: Okay, the bouquet for Friday.",
            true, 0, "negative: the named extra refused, the purchase's own name said with yes");
    kt_call("Agent: Petal & Stem, Ana speaking.\n"
            "Customer: Hi, I'd like to order the spring bouquet for Friday.\n"
            "Agent: Lovely, that's $45. Would you like a gift box for $8?\n"
            "Customer: The gift box, how much was it again?\n"
            "Agent: $8.\n"
            "Customer: Hmm, no, leave it.\n"
            "Agent: Okay, the bouquet for Friday.",
            true, 0, "negative: the price only asked about, then refused");
}

/* "No, I think we're fine." ... "Actually, you know what, add it.": a
 * customer who refused an extra and thinks again in their next words takes
 * it. */
static void check_changed_mind(void)
{
    kt_call("Agent: Harbor Spa, Leo speaking.\n"
            "Customer: Hi, I'd like to book a facial for Saturday.\n"
            "Agent: Sure, the facial is $80. We can also add a hand treatment for $20.\n"
            "Customer: Hmm, no, I think I'm fine.\n"
            "Customer: Actually, wait, go on, add it. It's my birthday.\n"
            "Agent: Lovely, facial and hand treatment, Saturday.",
            true, 20, "a refusal, then 'actually, wait, add it' in the next turn");
    kt_call("agent: harbor spa this is leo\n"
            "customer: hi can i book a facial for saturday\n"
            "agent: sure the facial is eighty dollars\n"
            "customer: great book it\n"
            "agent: done we can also add a hand treatment for twenty dollars\n"
            "customer: uh no i think i'm okay\n"
            "agent: no problem\n"
            "customer: on second thought yeah add it\n"
            "agent: okay both for saturday",
            true, 20, "ASR: 'on second thought yeah add it' past the agent's 'no problem'");
    kt_call("Agent: Harbor Spa, Leo speaking.\n"
            "Customer: Hi, I'd like to book a facial for Saturday.\n"
            "Agent: Sure, the facial is $80. We can also add a hand treatment for $20.\n"
            "Customer: No thanks.\n"
            "Agent: Okay. I have 10 am or 2 pm.\n"
            "Customer: 10 am, please book that.\n"
            "Agent: Booked for 10 am.",
            true, 0, "negative: 'book that' after the refusal takes the booking, not the extra");
    kt_call("Agent: Harbor Spa, Leo speaking.\n"
            "Customer: Hi, I'd like to book a facial for Saturday.\n"
            "Agent: Sure, the facial is $80. We can also add a hand treatment for $20.\n"
            "Customer: No, I'm fine.\n"
            "Customer: Actually, wait, I'll take the facial on Sunday instead.\n"
            "Agent: Sure, the facial on Sunday.",
            true, 0, "negative: thinking again about something else");
}

/* "I want to cancel." - "I can offer you half price, $9.99 a month": a price
 * revised for a customer who asked to cancel is a save offer; taking it
 * keeps the plan and is no extra. */
static void check_save_by_price(void)
{
    kt_call("agent: streamwave support this is dee\n"
            "customer: hi i want to cancel my subscription\n"
            "agent: oh sorry can i ask why\n"
            "customer: it costs too much for what we watch\n"
            "agent: i can offer you half price for six months so nine ninety nine a month\n"
            "customer: hmm okay yeah i'll stay on that\n"
            "agent: great it's applied",
            true, 0, "ASR: a revised price after 'cancel' is a save, not an extra");
    kt_call("Agent: StreamWave support, Dee speaking.\n"
            "Customer: Hi, I'd like to cancel my plan, it's too expensive.\n"
            "Agent: I understand. I can do $12 a month instead of $20 if you stay.\n"
            "Customer: No, please just cancel it.\n"
            "Agent: Okay, it's cancelled.",
            false, 0, "negative: the save offer refused, nothing bought");
    kt_call("Agent: Lakeside Bikes, Tom speaking.\n"
            "Customer: Hi, I'd like to book a tune-up for Saturday.\n"
            "Agent: Sure, a tune-up is $60. New bar tape is normally $30, but I can do $20 with the tune-up.\n"
            "Customer: Sure, do the bar tape too.\n"
            "Agent: Done, see you Saturday.",
            true, 20, "a revised extra's price with no cancellation still counts");
}

/* "okay put one in" to a priced offer takes it. */
static void check_put_one_in(void)
{
    kt_call("agent: warmline heating this is sam your boiler service is due\n"
            "customer: oh right yes book it in\n"
            "agent: okay that's ninety for the service and we can fit a smart thermostat for sixty\n"
            "customer: hm yeah okay put one in\n"
            "agent: great both on tuesday",
            true, 60, "ASR: 'okay put one in' takes the offered thermostat");
    kt_call("Agent: Warmline Heating, Sam speaking. Your boiler service is due.\n"
            "Customer: Oh right, yes, book it in.\n"
            "Agent: Okay, that's $90. We can also fit a smart thermostat for $60.\n"
            "Customer: No, don't put one in, we have one.\n"
            "Agent: Okay, just the service on Tuesday.",
            true, 0, "negative: 'don't put one in' refuses it");
}

/* A yes or a go-ahead after the customer's own question about the offer and
 * the agent's reply that puts nothing new on the table answers the offer. */
static void check_after_clarifying(void)
{
    kt_call("Customer: Hi, I'd like to get an oil change this week.\n"
            "Agent: I have Wednesday at 9:30 or Thursday at 2.\n"
            "Customer: Wednesday at 9:30.\n"
            "Agent: Booked. While it's in, your cabin air filter is overdue. Replacing it is "
            "$45.\n"
            "Customer: Is that with labor?\n"
            "Agent: That's all-in, parts and labor.\n"
            "Customer: Fine, do it.\n"
            "Agent: Done.",
            true, 45, "a go-ahead that points back after a question answered");
    kt_call("customer: i'd like to book a deep clean for friday\n"
            "agent: okay you're all set for friday\n"
            "customer: great\n"
            "agent: would you like to add the oven for thirty dollars\n"
            "customer: how long does the oven take\n"
            "agent: about an hour extra\n"
            "customer: yes please\n"
            "agent: great it's added",
            true, 30, "ASR: a bare 'yes please' after the answer");
    kt_call("Customer: Sign me up for the wine club.\n"
            "Agent: Done. We also have a holiday magnum for $45 if you'd like it.\n"
            "Customer: When would the first shipment come?\n"
            "Agent: The week of December 7th.\n"
            "Customer: Perfect, just in time for the holidays. Thanks.",
            true, 0, "negative: 'perfect' answers the reply, not the offer");
    kt_call("Customer: We're renewing our licence for 50 users.\n"
            "Agent: Renewal is $6,000. Would you add premium support for $1,200?\n"
            "Customer: What does premium support get us?\n"
            "Agent: A one-hour response time.\n"
            "Customer: Please go ahead with the renewal.\n"
            "Agent: Done.",
            true, 0, "negative: a go-ahead that names the purchase, not the extra");
    kt_call("Customer: I'd like an oil change this week.\n"
            "Agent: Booked. Your cabin filter is overdue, replacing it is $45.\n"
            "Customer: Is that with labor?\n"
            "Agent: Labor is another $20. Do you want wipers too?\n"
            "Customer: Yes please.",
            true, 0, "negative: the reply offers something new, the yes is for that");
}

/* "scratch the candles": "scratch" with an accepted extra's name after it
 * takes that extra back; the purchase stands, and "scratch" without the
 * name of a taken extra takes nothing. */
static void check_scratch_named(void)
{
    kt_call("Agent: Bloom Bakery, Tess speaking.\n"
            "Customer: Hi, I need a sponge cake for Sunday, please put the order in.\n"
            "Agent: Done, that's $38. Would you like birthday candles for $6?\n"
            "Customer: Sure, add the candles.\n"
            "Agent: Added.\n"
            "Customer: Oh wait, scratch the candles, we have plenty at home.\n"
            "Agent: No problem, just the cake.",
            true, 0, "the candles scratched by name, the cake still bought");
    /* a membership with a locker taken; then the customer's last words */
    const char *gym = "agent: metro gym front desk this is ali\n"
                      "customer: hey i wanna join the monthly plan\n"
                      "agent: sure that's forty a month\n"
                      "customer: ok sign me up\n"
                      "agent: done you're a member would you like a locker it's eight a month\n"
                      "customer: uh yeah ok\n"
                      "agent: locker added\n";
    kt_call_after(gym,
                  "customer: um actually scratch the locker i'll just use my car\n"
                  "agent: no worries just the membership",
                  true, 0, "ASR: the locker scratched by name");
    kt_call_after(gym,
                  "customer: my cat likes to scratch the couch so i'm out a lot\n"
                  "agent: ha okay see you soon",
                  true, 8, "negative: 'scratch' without a taken extra's name keeps it");
}

/* "Can you include plates and cups?" asks for something by name: an
 * earlier price for something else (the main order's) is not its price;
 * the agent's answer prices it, or gives it free. "Can you add that?"
 * still takes what was just priced. */
static void check_asks_by_name(void)
{
    const char *order = "Customer: Hi, I need sandwich trays for a staff meeting, 30 people.\n"
                        "Agent: Our trays are $9 per person. We also do a fruit bowl for $25.\n"
                        "Customer: The fruit bowl, yes please.\n"
                        "Agent: Please confirm: 30 sandwich trays at $9 each, plus the fruit "
                        "bowl, delivered Tuesday at noon.\n";
    kt_call_after(order,
                  "Customer: Yes, that's right. Can you include plates and cups?\n"
                  "Agent: Of course, no charge.\n"
                  "Customer: Great, thanks.",
                  true, 25, "'can you include plates and cups' takes no earlier price");
    kt_call_after("customer: hi i wanna book the party room for saturday twenty kids\n"
                  "agent: sure the party room is two hundred for the afternoon\n"
                  "customer: okay book it\n"
                  "agent: booked\n",
                  "customer: can you add balloons\n"
                  "agent: balloons are thirty for a bunch\n"
                  "customer: yeah add them",
                  true, 30, "ASR: 'can you add balloons' takes the balloons' price, not the room's");
    kt_call("Customer: I'd like to renew my car insurance.\n"
            "Agent: Sure, that's $640 for the year. Roadside assistance is $45 extra.\n"
            "Customer: Okay, renew it. And can you add that?\n"
            "Agent: Done, both are on the policy.",
            true, 45, "negative: 'can you add that?' still takes what was priced");
}

/* "A nail trim for $12, or teeth brushing for $15?" - "Both.": two things
 * offered with "or" between them, both taken; a yes to two prices of one
 * thing ("$35 now, or $45 at the counter") still takes one of them. */
static void check_both_of_or(void)
{
    const char *booked = "Customer: I'd like to book a wash for my dog on Friday.\n"
                         "Agent: Sure, a wash is $40. Shall I book it?\n"
                         "Customer: Yes, please.\n"
                         "Agent: Booked.\n";
    kt_call_after(booked,
                  "Agent: Would you like a nail trim for $10, or ear cleaning for $8?\n"
                  "Customer: Both, please.\n"
                  "Agent: Done.",
                  true, 18, "'both' to two extras offered with 'or' takes both");
    kt_call_after(booked,
                  "Agent: Would you like a nail trim for $10, or ear cleaning for $8?\n"
                  "Customer: Just the nail trim.\n"
                  "Agent: Done.",
                  true, 10, "negative: one of two extras offered with 'or' picked");
    kt_call_after("customer: hi can i book a full service for my bike saturday\n"
                  "agent: yep full service is sixty five want me to book it\n"
                  "customer: yeah book it\n"
                  "agent: booked\n",
                  "agent: do you want new brake pads for twenty or a chain clean for fifteen\n"
                  "customer: uh yeah both\n"
                  "agent: okay both added",
                  true, 35, "ASR: 'yeah both' to two extras offered with 'or'");
    kt_call("Customer: I'd like to book the 9 am flight to Denver on Monday.\n"
            "Agent: That's $189. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. A checked bag is $35 now, or $45 at the airport.\n"
            "Customer: Yes, add one bag.\n"
            "Agent: Added.",
            true, 35, "negative: two prices of one extra with 'or', one taken");
}

/* "I want to add a line for my son" asks for a change to the plan
 * ([owned_change]): the line's price is the purchase's own, and only what
 * is offered on top of it is upsell; "add the sports pack" still asks for
 * an extra. */
static void check_plan_change_request(void)
{
    kt_call("customer: hi i want to add a line for my son\n"
            "agent: sure a new line on your plan is thirty a month do you want to go ahead\n"
            "customer: yeah go ahead add the line\n"
            "agent: done would you like a case for his phone it's twenty\n"
            "customer: sure\n"
            "agent: added",
            true, 20, "ASR: the line asked for is the purchase, the case the upsell");
    kt_call("Customer: Hi, we need to add three more seats, we hired two people.\n"
            "Agent: Three seats at $10 per seat per month, so $30 more a month.\n"
            "Customer: Fine, add them.\n"
            "Agent: Done, they're active.",
            true, 0, "seats the customer asked to add are the purchase");
    kt_call("Customer: Hi, I'd like to add the sports pack to my plan.\n"
            "Agent: The sports pack is $12 a month.\n"
            "Customer: Okay, add it.\n"
            "Agent: Done.",
            true, 12, "negative: an extra asked for by name is still upsell");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_increment_after_purchase();
    check_upgrade_on_base();
    check_upgrade_alone();
    check_readback_of_taken();
    check_named_yes();
    check_changed_mind();
    check_save_by_price();
    check_put_one_in();
    check_after_clarifying();
    check_scratch_named();
    check_asks_by_name();
    check_both_of_or();
    check_plan_change_request();
    kt_free();
    T_END();
}
