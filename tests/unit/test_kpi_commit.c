/* test_kpi_commit.c - how a commitment is read from the dialogue, with the
 * shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style): a "that's correct" to a closing question
 * confirms what it proposed, a condition opening a later clause does not
 * condition the commitment before it, and a fulfilment notice whose own
 * verb only a purchase takes ("they've been booked") names the booking;
 * a declined payment or "okay, it's cancelled" undoes the yes before it,
 * someone sent out carries out a go-ahead, the customer going to another
 * company undoes what is not carried out yet, and a price said back picks
 * no time. Each mechanism has negative cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "that's correct" answering a closing question confirms the proposal; to
 * a question about a detail it confirms the detail. */
static void check_confirm_to_closing(void)
{
    kt_call("customer: hi i need the carpets cleaned in three rooms\n"
            "agent: three rooms is one twenty shall i put that through\n"
            "customer: yes thats right\n"
            "agent: great the team will call before they come\n"
            "customer: thanks",
            true, 0, "ASR: yes that's right to 'shall i put that through'");
    kt_call("customer: hi i want new tyres on the front\n"
            "agent: two front tyres fitted is one eighty does that work for you\n"
            "customer: thats correct\n"
            "agent: great bring it in any time tomorrow\n"
            "customer: cheers",
            true, 0, "ASR: that's correct to 'does that work for you'");
    kt_call("Customer: I'd like the deep clean for my oven.\n"
            "Agent: The deep clean is $90 and includes the racks. Does that work for you?\n"
            "Customer: That's correct, yes.\n"
            "Agent: Lovely, our cleaner will text you the day before.\n"
            "Customer: Thanks.",
            true, 0, "that's correct, yes to a priced closing question");
    kt_call("Agent: Greenway Energy, Lisa speaking.\n"
            "Customer: I'm checking on my meter reading.\n"
            "Agent: Is the service address 14 Orchard Lane?\n"
            "Customer: Yes, that's correct.\n"
            "Agent: Thanks, the reading was taken on the 3rd.\n"
            "Customer: Great, thanks.",
            false, 0, "negative: that's correct to a question about the address");
    kt_call("agent: northside dental this is priya\n"
            "customer: hi im calling about my bill\n"
            "agent: is the phone number ending four four one two\n"
            "customer: yeah thats right\n"
            "agent: okay the balance is zero you're all paid up\n"
            "customer: oh good thanks",
            false, 0, "negative ASR: that's right to a number, nothing sold");
}

/* An "if" that opens a later clause ("but if", "so if") conditions that
 * clause; "only if" or an "if" right after the commitment conditions it. */
static void check_later_condition(void)
{
    kt_call("Customer: I want to close my streaming account.\n"
            "Agent: Before I process that, I can move you to the basic plan at $6 a month.\n"
            "Customer: Fine, I'll stay, but if the app freezes again I'm leaving for good.\n"
            "Agent: Done, you're on the basic plan from today.\n"
            "Customer: Okay.",
            true, 0, "a save offer taken, a threat in a later clause");
    kt_call("customer: yeah i wanna cancel the meal kits\n"
            "agent: before you go we can send one box every other week for the same price per "
            "box\n"
            "customer: hmm okay ill stay on that but if the boxes keep coming late im done\n"
            "agent: sure switched you to every other week\n"
            "customer: okay",
            true, 0, "ASR: I'll stay but if ... I'm done");
    kt_call("Customer: I'm thinking of the premium plan.\n"
            "Agent: It's $40 a month.\n"
            "Customer: I'll sign up if you waive the setup fee.\n"
            "Agent: I'm afraid I can't waive it.\n"
            "Customer: Then I'll leave it, thanks.",
            false, 0, "negative: a condition right after the commitment");
    kt_call("customer: id like the big sofa you have in the window\n"
            "agent: the corner sofa is twelve hundred\n"
            "customer: ill take it but only if you can deliver before friday\n"
            "agent: sorry the earliest is next wednesday\n"
            "customer: okay then no thanks",
            false, 0, "negative ASR: but only if ... still conditions it");
}

/* A notice whose verb only a purchase takes ("booked", "reserved") carries
 * out the agreement before it; "done" or "added" to a service does not. */
static void check_booking_verb(void)
{
    kt_call("Customer: Could you find me two seats for the jazz night on Friday?\n"
            "Agent: There are two together in row F, $35 each.\n"
            "Customer: Sure, that's great. What time do doors open?\n"
            "Agent: They've been booked. Doors open at 7.\n"
            "Customer: Thanks!",
            true, 0, "they've been booked after the customer agreed");
    kt_call("customer: can you find two seats for the late show\n"
            "agent: there are two together in row c theyre twelve each\n"
            "customer: sure thats great where do we park\n"
            "agent: theyre booked parking is behind the cinema\n"
            "customer: cool thanks",
            true, 0, "ASR: theyre booked after sure that's great");
    kt_call("Customer: I moved house last week.\n"
            "Agent: I have the new address as 5 Hill Road, is that right?\n"
            "Customer: Yes, that's right.\n"
            "Agent: Done, it's updated.\n"
            "Customer: Thanks.",
            false, 0, "negative: done and updated, no verb of buying");
    kt_call("Agent: Northgate Motors, Sam speaking.\n"
            "Customer: My brakes are squeaking again since you fixed them.\n"
            "Agent: Is the email on file still sam.reyes@mailbox.net?\n"
            "Customer: Yes, that's it.\n"
            "Agent: Sorry, the workshop is booked solid this week. I've logged it for "
            "Monday.\n"
            "Customer: Okay.",
            false, 0, "negative: the workshop is booked, someone else's calendar");
    kt_call("customer: are there two seats left for the comedy show tonight\n"
            "agent: let me look sorry those were booked a minute ago by someone else\n"
            "customer: oh well thanks anyway",
            false, 0, "negative ASR: booked by someone else, nothing bought");
}

/* A deferral that reaches over and beyond a commitment in its sentence puts
 * it off: "let's do it another time", "I'll book it online later". */
static void check_put_off_beyond(void)
{
    kt_call("Customer: I'd like two tickets for Sunday.\n"
            "Agent: Sorry, Sunday is sold out. Anything else?\n"
            "Customer: No, let's do it another time.\n"
            "Agent: Okay, have a good day.",
            false, 0, "negative: 'let's do it another time' puts it off");
    kt_call("customer: how much is the deep clean\n"
            "agent: it's one twenty and i have thursday open\n"
            "customer: okay i'll book it online later thanks\n"
            "agent: sure thing",
            false, 0, "negative ASR: 'i'll book it online later'");
    kt_call("Customer: How much is the deep clean?\n"
            "Agent: It's $120, and I have Thursday at ten.\n"
            "Customer: Let's do it, Thursday at ten.\n"
            "Agent: You're booked for Thursday at ten.",
            true, 0, "control: 'let's do it' with the day named books");
}

/* What the agent reports after the customer's yes: a payment declined or
 * the order cancelled (after "okay") undoes it; a cancellation refused or a
 * card that went through does not. */
static void check_failure_after_yes(void)
{
    kt_call("customer: hi can i get two seats for the quiz night on saturday\n"
            "agent: sure theyre twenty each shall i book them\n"
            "customer: yes please\n"
            "agent: hmm the payment's been declined do you have another card\n"
            "customer: no ill sort it out with my bank and ring back\n"
            "agent: okay no worries",
            false, 0, "negative ASR: the payment's been declined, nothing bought");
    kt_call("Customer: I'd like the large hamper for delivery on Friday.\n"
            "Agent: The large hamper is $80. Shall I put it through?\n"
            "Customer: Yes please.\n"
            "Agent: Sorry, that's been declined. Is there another card?\n"
            "Customer: Try the one ending 2231.\n"
            "Agent: That went through, your hamper arrives Friday.\n"
            "Customer: Great.",
            true, 0, "declined, then the other card went through");
    kt_call("customer: hi i ordered a bike rack this morning and i want to change it\n"
            "agent: sure i see the roof rack and the lock\n"
            "customer: actually cancel the whole order\n"
            "agent: okay so the rack and the lock both\n"
            "customer: yeah both ill buy them in the shop with my brother\n"
            "agent: okay its cancelled you wont be charged\n"
            "customer: thanks",
            false, 0, "negative ASR: okay it's cancelled after 'i'll buy them in the shop'");
    kt_call("Customer: Hi, I ordered a bike rack this morning and I'd like to change it.\n"
            "Agent: I see the roof rack and the lock.\n"
            "Customer: Actually, just cancel the whole order, I'll buy both in the shop.\n"
            "Agent: Okay, it's cancelled and you won't be charged.\n"
            "Customer: Thanks.",
            false, 0, "negative: okay, it's cancelled after the whole order is cancelled");
    kt_call("customer: hi um id like to book a window clean for thursday\n"
            "agent: sure thats forty five shall i book it\n"
            "customer: yeah go on\n"
            "agent: okay thats booked for thursday morning\n"
            "customer: cheers",
            true, 0, "ASR: okay that's booked (not cancelled)");
}

/* Someone sent out who will arrive carries out a go-ahead for a priced
 * call-out; "thanks for confirming everything" reads nothing back. */
static void check_dispatch(void)
{
    kt_call("customer: hi my boiler's leaking all over the floor\n"
            "agent: i can get someone out this afternoon the call out is ninety plus parts\n"
            "customer: yes please send someone\n"
            "agent: whats the address\n"
            "customer: four mill road\n"
            "agent: okay the engineer will be there around two\n"
            "customer: thank you",
            true, 0, "ASR: the engineer will be there after 'send someone' to a price");
    kt_call("Customer: I've locked my keys in the car.\n"
            "Agent: We can be there in half an hour, it's $95 for the call-out.\n"
            "Customer: Ugh, fine, send someone.\n"
            "Agent: What's the address?\n"
            "Customer: The car park at 12 Bank Street.\n"
            "Agent: He'll be there in thirty minutes.\n"
            "Customer: Okay.",
            true, 0, "ugh, fine, send someone; he'll be there in thirty minutes");
    kt_call("Customer: My internet has been down since this morning.\n"
            "Agent: Sorry about that, there's a fault in your area. A technician will be "
            "there tomorrow to fix the cabinet.\n"
            "Customer: Okay, thanks.",
            false, 0, "negative: a technician for a fault, nothing asked for");
    kt_call("agent: hi this is dana from brightline security just checking your details\n"
            "customer: sure\n"
            "agent: is your address still nine elm close\n"
            "customer: yes\n"
            "agent: we also have glass break sensors at five a month\n"
            "customer: no thanks were fine\n"
            "agent: okay thanks for confirming everything\n"
            "customer: sure bye",
            false, 0, "negative ASR: sure bye to thanks for confirming everything");
}

/* The customer taking the purchase to another company undoes what the agent
 * has not carried out yet; said of the future, asked, or after "to" it
 * does not. */
static void check_elsewhere(void)
{
    kt_call("customer: hi can you service my boiler this week\n"
            "agent: yes a service is seventy five i can do thursday morning\n"
            "customer: yes please book thursday\n"
            "agent: sorry the engineer's off thursday now the next opening is the ninth\n"
            "customer: no thats too late ill have to find someone else\n"
            "agent: sorry about that",
            false, 0, "negative ASR: book thursday, then i'll have to find someone else");
    kt_call("Agent: Hi, it's Marco from Brightway Roofing about your quote.\n"
            "Customer: Right. Another roofer quoted me $3,000 for the same job.\n"
            "Agent: Ours is $4,200, but I could do $3,900.\n"
            "Customer: That's still way more. We're going to go with them.\n"
            "Agent: Understood, good luck with the roof.",
            false, 0, "negative: we're going to go with them after a price objection");
    kt_call("customer: honestly i was going to look elsewhere but that price is fair sign me up\n"
            "agent: great youre signed up from monday\n"
            "customer: thanks",
            true, 0, "ASR: going to look elsewhere, then sign me up");
    kt_call("Customer: I'd like to renew my pet insurance.\n"
            "Agent: It's $310 this year. Shall I renew it?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: You're renewed from the 1st.\n"
            "Customer: Fine, but I'll shop elsewhere next year if it goes up again.",
            true, 0, "renewed, then elsewhere next year: a threat");
    kt_call("customer: can you book me a haircut for saturday at ten\n"
            "agent: youre booked saturday at ten with jo\n"
            "customer: great do i need to go somewhere else for the beard trim\n"
            "agent: no we do that too\n"
            "customer: cool",
            true, 0, "ASR: booked, then a question about somewhere else");
}

/* A price said back ("one dollar a week") picks no time, even when the
 * agent's offer names a period; a time said back still picks the slot. */
static void check_price_said_back(void)
{
    kt_call("agent: hi its lena from the daily ledger you read a few of our stories this week\n"
            "customer: um yeah maybe\n"
            "agent: we have digital access at two dollars a week for the first three months\n"
            "customer: hmm two dollars a week\n"
            "agent: yep and you can stop anytime\n"
            "customer: okay ive got too many of these already\n"
            "agent: no problem have a good day\n"
            "customer: you too bye",
            false, 0, "negative ASR: two dollars a week said back, nothing taken");
    kt_call("Agent: City Yoga, Mia speaking.\n"
            "Customer: Do you have a beginners class tomorrow?\n"
            "Agent: Yes, at six or at eight, it's $15 per class.\n"
            "Customer: Fifteen per class, okay.\n"
            "Agent: Yes, and mats are provided.\n"
            "Customer: Alright, thanks for the info.",
            false, 0, "negative: fifteen per class said back picks no class");
    kt_call("customer: hi can i book a kids swim lesson for saturday\n"
            "agent: sure i have nine or ten thirty its twelve dollars each\n"
            "customer: ten thirty please\n"
            "agent: okay ten thirty saturday\n"
            "customer: great thanks",
            true, 0, "ASR: ten thirty picked beside a price each");
}

/* Understatement and reassurance carry a negator that negates only its own
 * word: the commitment after it stands, and its "no" refuses nothing. What
 * follows is still judged on its own. */
static void check_litotes(void)
{
    kt_call("Agent: The walnut desk is $640 with free delivery.\n"
            "Customer: Hm, not bad. I'll order it.\n"
            "Agent: Great, it's ordered.",
            true, 0, "'not bad. I'll order it'");
    kt_call("agent: the desk is six forty with free delivery\n"
            "customer: um okay not too bad ill order it\n"
            "agent: great its ordered",
            true, 0, "ASR: 'not too bad ill order it'");
    kt_call("agent: the window seat is forty five shall i book it for you\n"
            "customer: no worries go ahead\nagent: done",
            true, 0, "ASR: 'no worries go ahead' to a closing question");
    kt_call("Agent: The tune-up is $89. Shall I put you down for Tuesday?\n"
            "Customer: No problem, go ahead and book it.\nAgent: You're booked.",
            true, 0, "'No problem, go ahead and book it.'");
    kt_call("agent: the family plan is ninety a month want me to switch you over\n"
            "customer: oh thats nothing yeah go ahead and switch me\n"
            "agent: you're switched",
            true, 0, "ASR: 'thats nothing yeah go ahead and switch me'");
    kt_call("Agent: The walnut desk is $640. Shall I order it for you?\n"
            "Customer: Not bad, but I'll pass for now.\nAgent: Okay.",
            false, 0, "negative: 'not bad, but I'll pass'");
    kt_call("agent: the desk is six forty shall i order it\n"
            "customer: no problem ill think about it and call back\nagent: sure",
            false, 0, "negative: ASR: 'no problem ill think about it'");
    kt_call("agent: the desk is six forty shall i order it\n"
            "customer: no i don't want it\nagent: okay",
            false, 0, "negative: ASR: a plain 'no' still refuses");
}

/* A condition that only restates the amount the agent offered is met as it
 * is said ("I'll stay if it's sixty"); one naming another amount bargains,
 * and any other condition still conditions. */
static void check_amount_condition(void)
{
    kt_call("Customer: I want to cancel my gym membership, it's too expensive.\n"
            "Agent: Before you go, I can drop you to $30 a month for the next year.\n"
            "Customer: Alright, I'll stay if it's $30.\n"
            "Agent: Done, it's applied.",
            true, 0, "'I'll stay if it's $30' to $30 offered");
    kt_call("customer: yeah i want to cancel the streaming plan\n"
            "agent: i can keep you on for nine a month instead of fifteen\n"
            "customer: um okay ill stay then if its really nine\n"
            "agent: okay you're all set",
            true, 0, "ASR: 'ill stay then if its really nine' to nine offered");
    kt_call("customer: yeah i want to cancel the streaming plan\n"
            "agent: i can keep you on for twelve a month instead of fifteen\n"
            "customer: ill stay if its nine\n"
            "agent: sorry twelve is the lowest i can go",
            false, 0, "negative: ASR: 'ill stay if its nine' to twelve offered bargains");
    kt_call("Customer: I want to cancel my gym membership.\n"
            "Agent: I can drop you to $30 a month.\n"
            "Customer: I'll stay if it's cheaper than that.\n"
            "Agent: That's the best I have.",
            false, 0, "negative: 'if it's cheaper than that' names no amount");
    /* the amounts are compared whole: "twenty" is not "twenty five" */
    kt_call("customer: hi i want to cancel my internet\n"
            "agent: i can drop you to twenty five a month for a year\n"
            "customer: ill stay if its twenty\n"
            "agent: sorry twenty five is the lowest",
            false, 0, "negative: ASR: 'if its twenty' to twenty five offered bargains");
    kt_call("customer: hi i want to cancel my internet\n"
            "agent: i can drop you to twenty five a month for a year\n"
            "customer: okay ill stay if its twenty five\n"
            "agent: done youre all set",
            true, 0, "ASR: 'if its twenty five' to twenty five offered");
    kt_call("Customer: I want to cancel my gym membership.\n"
            "Agent: I can drop you to thirty dollars a month.\n"
            "Customer: Alright, I'll stay if it's $30.\n"
            "Agent: Done, it's applied.",
            true, 0, "'if it's $30' to 'thirty dollars' offered: the same amount in other words");
}

/* "please put the order in": putting the order in or through commits to
 * what the agent priced; "when did I put my order in?" asks, and buys
 * nothing. */
static void check_put_order_in(void)
{
    kt_call("Agent: Corner Print, Mo speaking.\n"
            "Customer: Hi, I need 100 business cards, matte finish.\n"
            "Agent: Sure, that's $45 for a hundred.\n"
            "Customer: Great, please put the order in.\n"
            "Agent: Will do, ready Thursday.",
            true, 0, "put the order in after the price");
    kt_call("agent: corner print this is mo\n"
            "customer: hey i need a hundred business cards\n"
            "agent: that's forty five for a hundred\n"
            "customer: ok cool um go on and put my order through\n"
            "agent: will do ready thursday",
            true, 0, "ASR: put my order through");
    kt_call("Agent: Corner Print, Mo speaking.\n"
            "Customer: Hi, when did I put my order in? It still hasn't arrived.\n"
            "Agent: Let me check, it shipped yesterday.\n"
            "Customer: Okay, thanks.",
            false, 0, "negative: asks when the order was put in");
}

/* Staying put said with a negator ("I'm not going anywhere") negates
 * nothing after it: the switch asked for in the same breath stands. */
static void check_not_going_anywhere(void)
{
    kt_call("Agent: You're on monthly; the annual plan is $99 for the year.\n"
            "Customer: Nice. I'm not going anywhere, switch me to annual.\n"
            "Agent: Done, you're on annual now.",
            true, 0, "'I'm not going anywhere, switch me to annual'");
    kt_call("agent: the yearly plan is ninety nine for the year\n"
            "customer: oh yeah we're not going anywhere um switch us to the yearly one\n"
            "agent: done you're switched",
            true, 0, "ASR: 'we're not going anywhere um switch us to the yearly one'");
    kt_call("agent: the yearly plan is ninety nine for the year\n"
            "customer: i'm not going anywhere yet i'll think about it\n"
            "agent: sure",
            false, 0, "negative: ASR: 'not going anywhere yet i'll think about it'");
    kt_call("Agent: The annual plan is $99 for the year.\n"
            "Customer: Don't switch me to annual, I'm fine on monthly.\n"
            "Agent: Okay.",
            false, 0, "negative: 'Don't switch me to annual'");
}

/* "Shall I make the switch?", "shall I extend the stay?" close as "shall I
 * switch you?" does; "yes, switch me" is the customer's own go-ahead. */
static void check_switch_and_extend(void)
{
    kt_call("Agent: Pro is $29 a month. Shall I make the switch?\n"
            "Customer: Yes, switch me.\n"
            "Agent: Done.",
            true, 0, "'Shall I make the switch?' - 'Yes, switch me.' - 'Done.'");
    kt_call("agent: pro is twenty nine a month should i make the change\n"
            "customer: yeah please\n"
            "agent: done",
            true, 0, "ASR: 'should i make the change' - 'yeah please'");
    kt_call("Customer: Hi, I have a reservation through the 16th. Could I stay one more night?\n"
            "Agent: The extra night is $139. Shall I extend the stay to the 17th?\n"
            "Customer: Yes, please do.\n"
            "Agent: Done, you now check out on the 17th.",
            true, 139, "'Shall I extend the stay?' - 'Yes, please do.' on a booking held");
    kt_call("agent: the family plan is one twenty a month\n"
            "customer: okay switch us\n"
            "agent: done you're on family",
            true, 0, "ASR: 'okay switch us' to a priced plan");
    kt_call("Agent: Pro is $29 a month. Shall I make the switch?\n"
            "Customer: No, not yet. I'll check with my partner.\n"
            "Agent: Sure, call us back.",
            false, 0, "negative: 'No, not yet' to 'Shall I make the switch?'");
    kt_call("agent: shall i extend the warranty check for you it's free\n"
            "customer: no don't switch us to anything\n"
            "agent: okay",
            false, 0, "negative: ASR: 'don't switch us'");
    kt_call("agent: i've sent the code to the number ending four four one two\n"
            "customer: yes got it i'm in\n"
            "agent: great",
            false, 0, "negative: ASR: 'got it i'm in' after a log-in code");
}

/* "Just the Pro for now" after an extra that came with the plan bought
 * keeps the plan; it picks no extra by the plan's own name. "Just the
 * storage" still picks the extra it names. */
static void check_just_the_purchase(void)
{
    kt_call("agent: pro is twenty nine a month shall i switch you\n"
            "customer: yes\n"
            "agent: done pro comes with fifty gigs and extra storage is five a month\n"
            "customer: how much was that\n"
            "agent: five a month\n"
            "customer: okay just the pro for now\n"
            "agent: sure",
            true, 0, "ASR: 'okay just the pro for now' keeps the plan only");
    kt_call("Agent: Pro is $29 a month. Shall I make the switch?\n"
            "Customer: Yes, switch me.\n"
            "Agent: Done. Pro comes with 50 GB, and extra storage is $5 a month or daily "
            "backup is $3 a month.\n"
            "Customer: How much was the storage again?\n"
            "Agent: $5 a month.\n"
            "Customer: Okay. Just the storage then.\n"
            "Agent: Added.",
            true, 5, "'Just the storage then' picks the extra it names");
}

/* "Do it", "do that" tell the agent to go ahead; "do you ..." and "do the
 * rooms ..." ask. */
static void check_do_it_not_asked(void)
{
    kt_call("agent: i can move you to an ocean view room for thirty five more per night "
            "shall i\n"
            "customer: do it it's our anniversary\n"
            "agent: done you're in the ocean view room now",
            true, 0, "ASR: 'do it it's our anniversary'");
    kt_call("Agent: The ocean view room is $35 more per night. Shall I move you?\n"
            "Customer: Do that, please.\n"
            "Agent: Done, you're in the ocean view room now.",
            true, 0, "'Do that, please.'");
    kt_call("agent: the ocean view room is thirty five more per night shall i move you\n"
            "customer: do the rooms have a balcony\n"
            "agent: yes they all do\n"
            "customer: okay thanks i'll think about it",
            false, 0, "negative: ASR: 'do the rooms have a balcony' asks");
}

/* "Can I cancel that whenever?" asks about the terms of what is being
 * bought; it takes nothing back. "Can you cancel it?" and "cancel that"
 * still do. */
static void check_cancel_terms(void)
{
    kt_call("agent: the family plan is one twenty a month should i switch you\n"
            "customer: yes switch us\n"
            "agent: done you're on family\n"
            "customer: oh but can i cancel that anytime\n"
            "agent: yes no contract\n"
            "customer: great thanks",
            true, 0, "ASR: 'can i cancel that anytime' asks about the terms");
    kt_call("Agent: The family plan is $120 a month. Should I switch you?\n"
            "Customer: Yes.\n"
            "Agent: Done, you're on family.\n"
            "Customer: Could we cancel it later if it doesn't work out?\n"
            "Agent: Yes, any time.\n"
            "Customer: Great, thanks.",
            true, 0, "'Could we cancel it later if ...?' asks about the terms");
    kt_call("agent: the family plan is one twenty a month should i switch you\n"
            "customer: yes switch us\n"
            "agent: done you're on family\n"
            "customer: actually no cancel that my wife says no\n"
            "agent: okay i've put you back on the two line plan",
            false, 0, "negative: ASR: 'actually no cancel that' takes it back");
    kt_call("Agent: The family plan is $120 a month. Should I switch you?\n"
            "Customer: Yes.\n"
            "Agent: Done, you're on family.\n"
            "Customer: Hmm, can you cancel that? I changed my mind.\n"
            "Agent: Sure, it's cancelled.",
            false, 0, "negative: 'can you cancel that?' takes it back");
}

/* The agent's notice in other common words: "I've set up service at ...",
 * "it's placed"; "forget the whole thing" takes back everything; "I'll
 * take it there" goes to another shop; "I'll give you one more shot"
 * stays after a save offer. */
static void check_more_phrases(void)
{
    kt_call("customer: hi i'm moving so i need to start electric at my new place\n"
            "agent: sure what's the new address\n"
            "customer: forty one elm court\n"
            "agent: okay i've set up service at forty one elm court starting the first\n"
            "customer: great thanks",
            true, 0, "ASR: 'i've set up service at ...' carries out the request");
    kt_call("Customer: Hi, I need to set up internet at my new apartment.\n"
            "Agent: Sure. What's the address?\n"
            "Customer: 12 Oak Street.\n"
            "Agent: Thanks. Let me check whether we cover it... we do.\n"
            "Customer: Okay, thanks.",
            false, 0, "negative: coverage checked, nothing set up");
    kt_call("agent: ten cases of oil that's three fifteen want me to put it in\n"
            "customer: yeah\n"
            "agent: perfect it's placed thanks",
            true, 0, "ASR: 'perfect it's placed'");
    kt_call("agent: three tickets for friday at twenty eight each\n"
            "customer: okay yeah book those\n"
            "agent: done three tickets friday\n"
            "customer: oh wait my friend can't come forget the whole thing\n"
            "agent: no problem i'll cancel the order",
            false, 0, "negative: ASR: 'forget the whole thing' after the booking");
    kt_call("Agent: Three tickets for Friday are $84. Shall I book them?\n"
            "Customer: Yes.\n"
            "Agent: Done.\n"
            "Customer: Forget the whole thing about parking, I'll take the bus.\n"
            "Agent: Sure, enjoy the show.",
            true, 0, "'forget the whole thing about parking' takes back no tickets");
    kt_call("agent: the brake job comes to eight forty\n"
            "customer: the shop down the road quoted five ten so i'll just take it there\n"
            "agent: okay",
            false, 0, "negative: ASR: 'i'll just take it there'");
    kt_call("customer: i want to cancel the last boxes were bad\n"
            "agent: before you go i can send your next box free\n"
            "customer: okay fine i'll give you one more shot\n"
            "agent: thank you i've kept you active",
            true, 0, "ASR: 'i'll give you one more shot' to a save offer");
    kt_call("customer: i want to cancel the last boxes were bad\n"
            "agent: before you go i can send your next box free\n"
            "customer: no i gave you one more shot last month just cancel it\n"
            "agent: okay it's cancelled",
            false, 0, "negative: ASR: 'i gave you one more shot last month'");
}

/* "I'll do that" to advice the agent just gave, with nothing priced in the
 * call, agrees to a step; after a price it still commits. */
static void check_do_that_to_advice(void)
{
    kt_call("agent: your router just needs a reset you can bring it to any store walk in is fine\n"
            "customer: oh okay i'll do that thanks\n"
            "agent: have a good day",
            false, 0, "negative: ASR: 'i'll do that' to advice, nothing priced");
    kt_call("Agent: The best fix is to restart it and leave it off for a minute.\n"
            "Customer: Okay, I'll do that.\n"
            "Agent: Great, call back if it persists.",
            false, 0, "negative: 'I'll do that' to a troubleshooting step");
    kt_call("agent: we have an intro month of unlimited classes for forty nine dollars\n"
            "customer: oh nice i'll do that\n"
            "agent: awesome you're all set",
            true, 0, "ASR: 'i'll do that' to a priced offer still commits");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_confirm_to_closing();
    check_later_condition();
    check_booking_verb();
    check_put_off_beyond();
    check_failure_after_yes();
    check_dispatch();
    check_elsewhere();
    check_price_said_back();
    check_litotes();
    check_amount_condition();
    check_put_order_in();
    check_not_going_anywhere();
    check_switch_and_extend();
    check_just_the_purchase();
    check_do_it_not_asked();
    check_cancel_terms();
    check_more_phrases();
    check_do_that_to_advice();
    kt_free();
    T_END();
}
