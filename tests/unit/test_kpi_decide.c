/* test_kpi_decide.c - who committed to what, with the shipped rules file, on
 * short calls written for these tests (clean and speech-recognition style):
 * a part removed by name leaves the purchase standing, the price of what the
 * customer asked to buy is never taken as an add-on, and a clear yes to a
 * day or time the agent offered picks it. Each mechanism has a negative
 * case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "take off the X" / "drop the X" removes a part, not the purchase. */
static void check_part_removed(void)
{
    kt_call("agent: bayside grooming this is remy\n"
            "customer: hi i want to book a full groom for my poodle\n"
            "agent: a full groom is eighty five i have friday at ten\n"
            "customer: great\n"
            "agent: friday at ten and we can add a blueberry facial for twelve\n"
            "customer: sure\n"
            "agent: so full groom friday at ten with the facial\n"
            "customer: yes actually take off the facial she hates things near her eyes\n"
            "agent: no problem just the groom\n"
            "customer: thanks",
            true, 0, "ASR: the extra taken off by name, the groom stands");
    kt_call("Agent: Your order is a standing desk at $540 with a cable tray for $30. Shall I "
            "place it?\nCustomer: Yes, please.\nAgent: Placed.\n"
            "Customer: Actually, drop the cable tray, I have one at home.\nAgent: Removed.",
            true, 0, "a priced extra dropped by name after the order is placed");
    kt_call("Agent: Shall I place the order for the standing desk?\nCustomer: Yes, please.\n"
            "Agent: Placed.\nCustomer: Actually, drop the whole order, I found one cheaper.\n"
            "Agent: Okay, cancelled.",
            false, 0, "negative: dropping the whole order takes everything back");
    kt_call("Agent: Shall I book the deep tissue massage for Monday?\nCustomer: Yes.\n"
            "Customer: Wait, take the massage off, I can't make Monday.\nAgent: Okay.",
            false, 0, "negative: taking off the purchase itself by its name");
}

/* A yes and its retraction in one unpunctuated turn take back only the
 * add-on just offered; a retraction by name later takes back that add-on. */
static void check_yes_then_retraction(void)
{
    kt_call("agent: shall i set up the family plan for you\n"
            "customer: yes please\n"
            "agent: done and would you like to add the music bundle for six dollars a month\n"
            "customer: yeah sure add it actually no never mind\n"
            "agent: okay no problem",
            true, 0, "ASR: yes then never mind to the extra, the plan stands");
    kt_call("Agent: Shall I book the rental car for Friday?\nCustomer: Yes, please.\n"
            "Agent: Booked. Would you like insurance for $12 a day?\nCustomer: Sure, add it.\n"
            "Agent: Added.\nCustomer: Actually, take the insurance off, my card covers it.\n"
            "Agent: Removed.",
            true, 0, "the insurance taken off by name later, the car stands");
    kt_call("Agent: Shall I book the rental car for Friday?\nCustomer: Yes, please.\n"
            "Agent: Booked. Would you like insurance for $12 a day?\nCustomer: Sure, add it.\n"
            "Agent: Added.",
            true, 12, "control: the insurance kept");
}

/* "can you add X" does not take the price the agent gave for the purchase
 * the customer asked for. */
static void check_request_price_not_extra(void)
{
    kt_call("agent: harbor kayak tours this is jo\n"
            "customer: hi i wanted to book a sunset kayak tour for two\n"
            "agent: the sunset kayak tour is one ten for two people\n"
            "customer: okay and can you add like a photo package\n"
            "agent: sure photos are twenty five\n"
            "customer: yes add that\n"
            "agent: booked the sunset tour for two with photos",
            true, 25, "ASR: the extra priced after it is asked for, not the tour's price");
    kt_call("Customer: I'd like to book a wine tasting for Saturday.\n"
            "Agent: The tasting is $45. Would you like to add a cheese board for $18?\n"
            "Customer: Yes, add that.\nAgent: Booked, tasting and cheese board on Saturday.",
            true, 18, "control: an extra offered with its price");
}

/* A clear yes to an offered slot picks it; the agent saying it back books. */
static void check_yes_to_slot(void)
{
    kt_call("agent: lakeside dental this is mo\n"
            "customer: hi i need to book a cleaning\n"
            "agent: i have thursday at two thirty\n"
            "customer: perfect\n"
            "agent: alright thursday at two thirty with dr patel\n"
            "customer: thanks",
            true, 0, "ASR: 'perfect' to the slot offered, said back by the agent");
    kt_call("agent: the next bus to the airport leaves at seven twenty\n"
            "customer: perfect\n"
            "agent: alright seven twenty from platform four",
            false, 0, "negative: 'perfect' to a timetable, nothing asked to book");
    kt_call("Customer: I'd like to book a haircut.\nAgent: I have Tuesday at 5.\n"
            "Customer: No, Tuesday doesn't work, I'll call back.\nAgent: Okay, Tuesday at 5 is "
            "open if you change your mind.",
            false, 0, "negative: a refusal of the slot offered");
}

/* A purchase made before the call, said in the ways people say it: what is
 * bought on top of it is an add-on even with nothing else bought. */
static void check_owned_forms(void)
{
    kt_call("Agent: Brightside Appliances, this is Nell.\n"
            "Customer: Hi, I bought a dishwasher from your website two weeks ago and I'd like "
            "the haul-away service.\nAgent: Haul-away of the old unit is $40.\n"
            "Customer: Great, I'd like to add that to the order.\nAgent: Done, added.",
            true, 40, "bought weeks ago, an extra added to that order");
    kt_call("customer: hi we placed an order for a bunk bed yesterday and want to add the "
            "mattress protector\n"
            "agent: sure the protector is twenty nine dollars want me to add it\n"
            "customer: yes please add it\nagent: added to your order",
            true, 29, "ASR: placed an order, then an extra on top");
    kt_call("Customer: Hi, we're on the basic cloud plan and want to upgrade to business.\n"
            "Agent: For $15 more a month I can upgrade you to business. Shall I?\n"
            "Customer: Yes, do it.\n"
            "Agent: Upgraded.",
            true, 15, "the plan held now, upgraded for more a month");
    kt_call("Customer: Hi, I bought a kettle last week and it leaks.\n"
            "Agent: Sorry about that, I'll send a replacement free of charge.\n"
            "Customer: Yes, please do.",
            false, 0, "negative: a purchase before the call and a free replacement");
    kt_call("Customer: I'd like a blender.\nAgent: The blender is $89.\n"
            "Customer: I'd like to add that to the order.\nAgent: Done.",
            true, 0, "negative: with nothing bought before, the blender's own price is no extra");
}

/* An add-on offered while the order is said back, or beside what the
 * customer came for, is an extra, not the purchase. */
static void check_offer_beside_order(void)
{
    kt_call("agent: what can i get you\n"
            "customer: two chicken wraps and a large fries\n"
            "agent: got it two wraps and a large fries do you want to add a cookie they're three "
            "dollars each\n"
            "customer: yeah give me two cookies\n"
            "agent: okay that'll be ready in ten minutes",
            true, 6, "ASR: the order said back, then an extra offered in one breath");
    kt_call("Customer: Hi, I need 6 tickets for the Saturday matinee.\n"
            "Agent: 6 tickets at $14 each is $84. Would you like souvenir programs? They're $5 "
            "each.\nCustomer: Let's do two programs.\n"
            "Agent: Please confirm: 6 tickets for Saturday plus two programs?\n"
            "Customer: Yes.\nAgent: You're booked.",
            true, 10, "tickets looked for and priced, programs offered beside them");
    kt_call("Customer: Hi, I need 6 tickets for the Saturday matinee.\n"
            "Agent: 6 tickets at $14 each is $84. Would you like the tickets held at the box "
            "office?\nCustomer: Yes.\nAgent: You're booked.",
            true, 0, "negative: a question about the tickets themselves offers no extra");
}

/* A failed booking and an alternative taken; "you sold me" as a yes and
 * inside a complaint. */
static void check_alternative_and_sold(void)
{
    kt_call("customer: hi i want a twin room for the fourteenth\n"
            "agent: one moment sorry the twin rooms just sold out\n"
            "customer: oh no\n"
            "agent: i do have two queen rooms at ninety each\n"
            "customer: ok book those instead\n"
            "agent: done two queen rooms for the fourteenth",
            true, 0, "ASR: sold out, then 'book those instead'");
    kt_call("Agent: The annual plan saves you two months.\nCustomer: Okay, you sold me.\n"
            "Agent: Great, you're on the annual plan now.",
            true, 0, "'you sold me' closing a pitch");
    kt_call("customer: the router you sold me keeps dropping\n"
            "agent: sorry about that i'll send a new one free of charge\n"
            "customer: okay thanks",
            false, 0, "negative: 'you sold me' inside a complaint");
}

/* A short "we don't" (no verb after it) answering "if you don't have one"
 * ends its negation at the yes that follows; a negation reaching the add
 * still refuses. */
static void check_negation_closed_by_yes(void)
{
    kt_call("agent: green thumb garden center\n"
            "customer: hi i want to order the raised bed kit the cedar one\n"
            "agent: the cedar kit is one twenty want me to order it\n"
            "customer: yes please\n"
            "agent: and a soil scoop is nine if you don't have one\n"
            "customer: i don't yeah add the scoop\n"
            "agent: done",
            true, 9, "ASR: 'i don't yeah add the scoop' takes the scoop");
    kt_call("agent: green thumb garden center\n"
            "customer: hi i want to order the raised bed kit the cedar one\n"
            "agent: the cedar kit is one twenty want me to order it\n"
            "customer: yes please\n"
            "agent: do you want a watering can it's fifteen\n"
            "customer: we haven't got one okay sure add it\n"
            "agent: done",
            true, 15, "ASR: 'we haven't got one okay sure add it' takes the can");
    kt_call("agent: green thumb garden center\n"
            "customer: hi i want to order the raised bed kit the cedar one\n"
            "agent: the cedar kit is one twenty want me to order it\n"
            "customer: yes please\n"
            "agent: and a soil scoop is nine if you don't have one\n"
            "customer: i don't think you should add the scoop\n"
            "agent: okay",
            true, 0, "negative: 'i don't think you should add the scoop' refuses it");
    kt_call("Agent: The cedar kit is $120. Shall I order it?\nCustomer: Yes, please.\n"
            "Agent: Would you like to add a soil scoop for $9?\n"
            "Customer: No, I really don't want to add the scoop.\nAgent: Okay.",
            true, 0, "negative: 'I really don't want to add the scoop' refuses it");
}

/* "drop the X" / "cancel the X" naming an add-on taken earlier takes it
 * back, turns later; negated or asked about, it does not. */
static void check_retraction_by_verb(void)
{
    kt_call("Agent: Harbor Bikes.\nCustomer: I'd like to order the Atlas city bike.\n"
            "Agent: That's $640. Shall I place it?\nCustomer: Yes, please.\n"
            "Agent: Would you like a rear rack for $45?\nCustomer: Yes, add the rack.\n"
            "Agent: And a bell for $8?\nCustomer: No thanks. What's the total?\n"
            "Agent: $685 with tax to come.\nCustomer: Hmm, actually drop the rack, just the bike.\n"
            "Agent: Sure, just the Atlas.\nCustomer: Great.",
            true, 0, "'drop the rack' two turns after taking it takes it back");
    kt_call("agent: harbor bikes\ncustomer: i want the atlas city bike\n"
            "agent: that's six forty want me to order it\ncustomer: yes please\n"
            "agent: want a rear rack for forty five\ncustomer: yeah add the rack\n"
            "agent: okay anything else\ncustomer: no wait cancel the rack i'll use a backpack\n"
            "agent: done just the bike\n",
            true, 0, "ASR: 'cancel the rack' a turn later takes it back");
    kt_call("Agent: Harbor Bikes.\nCustomer: I'd like to order the Atlas city bike.\n"
            "Agent: That's $640. Shall I place it?\nCustomer: Yes, please.\n"
            "Agent: Would you like a rear rack for $45?\nCustomer: Yes, add the rack.\n"
            "Agent: Added.\nCustomer: Please don't drop the rack by mistake, I really need it.\n"
            "Agent: It's on the order.",
            true, 45, "negative: 'don't drop the rack' keeps it");
    kt_call("Agent: Harbor Bikes.\nCustomer: I'd like to order the Atlas city bike.\n"
            "Agent: That's $640. Shall I place it?\nCustomer: Yes, please.\n"
            "Agent: Would you like a rear rack for $45?\nCustomer: Yes, add the rack.\n"
            "Agent: Added.\nCustomer: What happens if I cancel the rack later?\n"
            "Agent: You'd get a refund.\nCustomer: Good to know.",
            true, 45, "negative: asking about cancelling the rack keeps it");
}

/* The agent saying back, without asking, the price of the extra the
 * customer just took confirms it: one extra, not two. Asking about a second
 * one at the same price is an offer. */
static void check_confirmed_extra_once(void)
{
    kt_call("Agent: Lakeside Theatre box office.\nCustomer: Two balcony seats for Friday, please.\n"
            "Agent: That's $38 each, $76. Shall I book them?\n"
            "Customer: Yes. And I'll take the parking pass for the extra $15 as well.\n"
            "Agent: The $15 parking pass is good for the whole evening. Adding it now.\n"
            "Customer: Great.",
            true, 15, "the $15 pass said back as it is added counts once");
    kt_call("Agent: Lakeside Theatre box office.\nCustomer: Two balcony seats for Friday, please.\n"
            "Agent: That's $38 each, $76. Shall I book them?\n"
            "Customer: Yes. And I'll take the parking pass for the extra $15 as well.\n"
            "Agent: Done. Would you like a program too? It's also $15.\n"
            "Customer: Sure, add it.",
            true, 30, "negative: a second extra at the same price, offered, counts too");
}

/* Once a priced purchase is bought, a price the agent states for something
 * else, with no offer word, is an extra when the customer takes it up by
 * name, by pointing back or with "add"; never the purchase's own price, a
 * price nobody takes up, or a yes to another question. */
static void check_stated_extra(void)
{
    kt_call("Agent: Harbor Kayaks, this is Lena.\n"
            "Customer: Hi, I'd like to rent a double kayak for Saturday.\n"
            "Agent: A double is $70 for the day. Shall I reserve it?\n"
            "Customer: Yes, reserve it.\n"
            "Agent: Done. Dry bags are $8 each.\n"
            "Customer: Good idea, give me two of those.\n"
            "Agent: Two dry bags added. See you Saturday.",
            true, 16, "a stated price taken by pointing back with a count");
    kt_call("agent: northside print shop this is omar\n"
            "customer: hi i need two hundred flyers for my yard sale\n"
            "agent: two hundred full colour flyers are sixty dollars want me to start them\n"
            "customer: yes go ahead\n"
            "agent: great lamination is fifteen for the lot\n"
            "customer: oh yeah add the lamination\n"
            "agent: okay flyers and lamination ready thursday",
            true, 15, "ASR: a stated price taken with 'add' and its name");
    kt_call("Agent: Valley Bikes service, this is Rosa.\n"
            "Customer: Hi, my bike needs a tune-up before the race on Sunday.\n"
            "Agent: A full tune-up is $85. Shall I book it for Thursday?\n"
            "Customer: Yes, book Thursday.\n"
            "Agent: Are your tires okay? If they're worn, new tires are $40 each.\n"
            "Customer: They're bald, yeah. Give me both tires.\n"
            "Agent: Tune-up and two tires, Thursday.",
            true, 80, "a price stated after a question about something else, taken by name");
    kt_call("Agent: Valley Bikes service, this is Rosa.\n"
            "Customer: Hi, my bike needs a tune-up before the race on Sunday.\n"
            "Agent: A full tune-up is $85. Shall I book it for Thursday?\n"
            "Customer: Yes, book Thursday.\n"
            "Agent: Are your tires okay? If they're worn, new tires are $40 each.\n"
            "Customer: They're fine, thanks.\n"
            "Agent: Great, see you Thursday.",
            true, 0, "negative: the same price, the customer does not take it up");
    kt_call("Agent: Harbor Kayaks, this is Lena.\n"
            "Customer: Hi, I'd like to rent a double kayak for Saturday.\n"
            "Agent: A double is $70 for the day. Shall I reserve it?\n"
            "Customer: Yes, reserve it.\n"
            "Agent: Done. Dry bags are $8 each if you need them.\n"
            "Customer: Okay. What time do you open?\n"
            "Agent: Eight o'clock.",
            true, 0, "negative: a stated price nobody takes up");
    kt_call("Agent: Harbor Kayaks, this is Lena.\n"
            "Customer: Hi, I'd like to rent a double kayak for Saturday.\n"
            "Agent: A double is $70 for the day. Shall I reserve it?\n"
            "Customer: Yes, reserve it.\n"
            "Agent: Done. Dry bags are $8 each. Is this number the best one to reach you?\n"
            "Customer: Sure, that's my cell.",
            true, 0, "negative: 'sure' answers a different question");
    kt_call("agent: harbor kayaks this is lena\n"
            "customer: hi i'd like to rent a double kayak for saturday\n"
            "agent: a double is seventy for the day shall i reserve it\n"
            "customer: yes reserve it\n"
            "agent: done dry bags are eight each\n"
            "customer: yeah\n"
            "agent: and the launch is at the north dock see you saturday",
            true, 0, "negative ASR: a backchannel 'yeah' after a stated price takes nothing");
    kt_call("caller: hi we looked at the quote and we want to go ahead\n"
            "rep: great the new roof is fourteen thousand dollars shall i send the contract\n"
            "caller: yes send it over\n"
            "rep: perfect you'll have it today",
            true, 0, "negative: the first price after a purchase agreed unpriced is its own");
    kt_call("customer: hi can you find me a hotel in denver for friday\n"
            "agent: the pine lodge is one twenty a night\n"
            "customer: great book it\n"
            "agent: booked\n"
            "customer: can you find me a rental car too\n"
            "agent: a compact at the airport is forty a day\n"
            "customer: that works",
            true, 0, "negative: the price of what the customer looks for is a purchase");
    kt_call("Agent: Sunrise Air, this is Dev.\n"
            "Customer: I'd like a one way to Denver on the 3rd.\n"
            "Agent: I have a fare at $180. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Okay. A checked bag is $35.\n"
            "Customer: Wait, bags cost extra? Forget it, don't book it.\n"
            "Agent: Understood, nothing is booked.",
            false, 0, "negative: a no to a stated price still takes back the purchase");
}

/* Picking some of several extras offered together in one unpunctuated
 * answer: each item named takes the yes or no nearest its name. */
static void check_pick_some(void)
{
    kt_call("agent: lakeside hall this is aaron\n"
            "customer: hi i need a room for ten people on friday\n"
            "agent: the oak room is three hundred for the day want me to hold it\n"
            "customer: okay book it\n"
            "agent: would you like a whiteboard it's twenty and lunch is nine a person\n"
            "customer: whiteboard yes lunch no\n"
            "agent: okay oak room friday with a whiteboard",
            true, 20, "ASR: 'X yes Y no' takes X only");
    kt_call("agent: lakeside hall this is aaron\n"
            "customer: hi i need a room for ten people on friday\n"
            "agent: the oak room is three hundred for the day want me to hold it\n"
            "customer: okay book it\n"
            "agent: would you like a whiteboard it's twenty and a flip chart is fifteen\n"
            "customer: um no whiteboard but yes the flip chart\n"
            "agent: okay oak room friday with a flip chart",
            true, 15, "ASR: 'no X but yes Y' takes Y only");
    kt_call("agent: lakeside hall this is aaron\n"
            "customer: hi i need a room for ten people on friday\n"
            "agent: the oak room is three hundred for the day want me to hold it\n"
            "customer: okay book it\n"
            "agent: would you like a whiteboard it's twenty and a flip chart is fifteen\n"
            "customer: whiteboard no flip chart no we have our own\n"
            "agent: okay just the room",
            true, 0, "negative: no to each item named takes none");
}

/* A notice said with regret ("booked until May, I'm afraid") reports that
 * nothing is left; an agent turn that apologises or is still looking
 * ("sure, let me open the calendar") acknowledges no day; a tool that is
 * "not letting me book" fails the booking. Regret undone by "but" books. */
static void check_regret_and_search(void)
{
    kt_call("Agent: Harbour Physio, this is Dana.\n"
            "Customer: Hi, I need to book a massage. Is there anything after six?\n"
            "Agent: Our late evenings are Thursdays, and those are booked until May, I'm afraid.\n"
            "Customer: Okay, I'll look at my rota and ring you back.\nAgent: Of course.",
            false, 0, "a notice said with regret books nothing");
    kt_call("Agent: Harbour Physio, this is Dana.\n"
            "Customer: Hi, I need to book a massage on Tuesday.\n"
            "Agent: Unfortunately the morning is gone, but you're booked for Tuesday at six.\n"
            "Customer: Great, thanks.",
            true, 0, "negative: regret undone by 'but', the booking stands");
    kt_call("agent: northside kayaks this is tom\n"
            "customer: hi i'd like to book two kayaks for sunday afternoon\n"
            "agent: i'm sorry sunday afternoon there's a storm warning so we're shut\n"
            "customer: that's a pity we leave monday\nagent: sorry about that",
            false, 0, "ASR: the day said back with an apology books nothing");
    kt_call("agent: northside kayaks this is tom\n"
            "customer: hi i'd like to book two kayaks for sunday afternoon\n"
            "agent: sure let me open the calendar\ncustomer: mhm\n"
            "agent: sorry the calendar's not letting me book anything today\n"
            "customer: oh never mind then",
            false, 0, "ASR: 'sure, let me look' then a tool that is not letting me book");
    kt_call("agent: northside kayaks this is tom\n"
            "customer: hi i'd like to book two kayaks for sunday afternoon\n"
            "agent: sure sunday afternoon two kayaks\ncustomer: lovely thanks",
            true, 0, "control: the day said back without regret books");
}

/* Clock times offered as alternatives with no day said ("i could do six
 * fifteen or nine thirty", "at 3:40 or at 5:20") are slots the customer may
 * pick, also in a later sentence of the answer ("In person, please. 5:20.");
 * the agent then carrying it out books it. A count ("one or two") is no
 * time, and a pick the agent never carries out books nothing. */
static void check_clock_alternatives(void)
{
    kt_call("customer: hi can we get a table for four on friday at seven\n"
            "agent: seven's gone i could do five forty five or eight fifteen\n"
            "customer: eight fifteen then\n"
            "agent: lovely that's booked for friday at eight fifteen\ncustomer: cheers",
            true, 0, "ASR: a clock time picked among the alternatives after a failure");
    kt_call("Agent: Westside Clinic.\nCustomer: My son has a rash. Anything this afternoon?\n"
            "Agent: I have a phone call at 2:10 or a visit at 4:45.\n"
            "Customer: A visit, please. 4:45.\nAgent: Booked. His name?\n"
            "Customer: Theo Marsh.\nAgent: You're all set for 4:45.",
            true, 0, "the time picked in the second sentence of the answer");
    kt_call("Agent: Westside Clinic.\nCustomer: My son has a rash. Anything this afternoon?\n"
            "Agent: I have a phone call at 2:10 or a visit at 4:45.\n"
            "Customer: A visit, please. 4:45.\nAgent: Let me just check with the nurse.\n"
            "Customer: Okay.\nAgent: Sorry, she says he should go to the ER instead.",
            false, 0, "negative: the pick is never carried out");
    kt_call("customer: hi can we get a table for four on friday at seven\n"
            "agent: seven's gone i could do five forty five or eight fifteen\n"
            "customer: neither works we'll try somewhere else\nagent: no worries",
            false, 0, "negative: ASR: no time picked");
}

/* Telling the agent to go ahead with a service just priced ("yeah, do the
 * brakes", "fine, send someone", "great, put us down") is a request: bought
 * once the agent carries it out ("he's on his way", "done"), not before. */
static void check_go_ahead_service(void)
{
    kt_call("agent: northgate garage sam here\n"
            "customer: hi just checking on my van you had it for the mot\n"
            "agent: it passed but the front pads are worn it's ninety for the pads fitted\n"
            "customer: yeah do the pads\nagent: no bother we'll fit them now it'll be ready by four\n"
            "customer: great thanks",
            true, 0, "ASR: 'do the pads' after the price, carried out");
    kt_call("Agent: Dry Basement Co., this is Ray.\n"
            "Customer: Water is coming through my cellar wall.\n"
            "Agent: We can have someone out in an hour. The call-out is $120.\n"
            "Customer: Fine, send someone.\nAgent: Okay, she's on her way.",
            true, 0, "'send someone' after the call-out price, carried out");
    kt_call("agent: paws and claws this is jo\n"
            "customer: hi milo's due his jabs\nagent: i've got monday at ten\n"
            "customer: perfect put us down\nagent: done see you monday",
            true, 0, "ASR: 'put us down' for the slot offered, carried out");
    kt_call("Agent: Dry Basement Co., this is Ray.\n"
            "Customer: Water is coming through my cellar wall.\n"
            "Agent: We can have someone out in an hour. The call-out is $120.\n"
            "Customer: Send someone? At that price? No, I'll ask my brother.\n"
            "Agent: Okay.",
            false, 0, "negative: 'send someone' asked back and refused");
    kt_call("agent: northgate garage sam here\n"
            "customer: hi just checking on my van you had it for the mot\n"
            "agent: it passed but the front pads are worn it's ninety for the pads fitted\n"
            "customer: yeah do the pads\nagent: ah sorry we've no pads in stock till next week\n"
            "customer: okay never mind",
            false, 0, "negative: ASR: the go-ahead the agent cannot carry out");
    kt_call("agent: brightdesk support this is ana\n"
            "customer: my laptop won't start at all\n"
            "agent: i can reinstall the system remotely it wipes your files though\n"
            "customer: okay do the reinstall\nagent: done it's rebooting now\n"
            "customer: thanks",
            false, 0, "negative: ASR: a go-ahead for a support step with no price or day");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_part_removed();
    check_yes_then_retraction();
    check_request_price_not_extra();
    check_yes_to_slot();
    check_owned_forms();
    check_offer_beside_order();
    check_alternative_and_sold();
    check_negation_closed_by_yes();
    check_retraction_by_verb();
    check_confirmed_extra_once();
    check_stated_extra();
    check_pick_some();
    check_regret_and_search();
    check_clock_alternatives();
    check_go_ahead_service();
    kt_free();
    T_END();
}
