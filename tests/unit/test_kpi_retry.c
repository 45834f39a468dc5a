/* test_kpi_retry.c - what a failure leaves of the purchase, and what comes
 * after it: a payment declined and tried again with another card ("that one
 * went through"), which buys what the failure took back, the order and its
 * add-ons; a card named by its brand when declined ("the visa was
 * declined"); the customer giving up, or settling for a waitlist, which buys
 * nothing. With the shipped rules file, on short calls written for these
 * tests, clean and speech-recognition style; each mechanism has cases that
 * must not fire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A declined payment tried again: the notice that the new attempt went
 * through carries out the purchase and the extra taken before it. */
static void check_retry_goes_through(void)
{
    kt_call("Agent: City Ferries, how can I help?\n"
            "Customer: Two return tickets to the island on Sunday.\n"
            "Agent: That's $60. For $8 more you can add priority boarding.\n"
            "Customer: Yes, add priority boarding.\n"
            "Agent: That's $68. Which card?\n"
            "Customer: The debit card ending 1180.\n"
            "Agent: Sorry, it's been declined.\n"
            "Customer: Oh no. Use the credit card ending 5521 then.\n"
            "Agent: That one went through. All confirmed.\n"
            "Customer: Great, thanks.",
            true, 8, "declined, another card, 'that one went through'");
    kt_call("agent: rosa's pizza pickup or delivery\n"
            "customer: pickup please one large margherita\n"
            "agent: sure want to add a side salad for four fifty\n"
            "customer: yeah add the salad\n"
            "agent: okay margherita and a side salad what card\n"
            "customer: visa ending two two one nine\n"
            "agent: hmm that's coming back declined do you have another card\n"
            "customer: ugh okay try the mastercard ending four four zero one\n"
            "agent: that one went through you're all set about twenty minutes\n"
            "customer: okay thanks",
            true, 4.5, "ASR: an order awaiting the agent, declined, then 'went through'");
    kt_call("Agent: Skyway Air, how can I help?\n"
            "Customer: One seat to Boston on the 9 am Friday.\n"
            "Agent: So one seat, Boston, Friday 9 am, $140. Please confirm.\n"
            "Customer: Yes, that's correct.\n"
            "Agent: The payment was declined, I'm afraid.\n"
            "Customer: Hang on, my bank just asked me to approve it. Can you try again?\n"
            "Agent: Trying again... it went through. You're ticketed.\n"
            "Customer: Thank you.",
            true, 0, "the same card tried again: 'you're ticketed'");
}

/* Nothing went through: the customer gave up, or settled for a list. */
static void check_failure_stands(void)
{
    kt_call("Agent: Arena tickets, how can I help?\n"
            "Customer: Two tickets for Saturday's game please.\n"
            "Agent: Section 104, $80 each. Shall I book them?\n"
            "Customer: Yes, go ahead. Use the Visa on file.\n"
            "Agent: I'm sorry, the Visa was declined.\n"
            "Customer: Try it again.\n"
            "Agent: Still declined. Do you have another card?\n"
            "Customer: Not on me. Forget it then.",
            false, 0, "negative: 'the Visa was declined', 'still declined', given up");
    kt_call("agent: lakeside hotel\n"
            "customer: i'd like to book two rooms for the fifth and sixth\n"
            "agent: i'm so sorry we're completely sold out those nights\n"
            "customer: oh no really\n"
            "agent: i can put you on the waitlist\n"
            "customer: um sure put us on the waitlist\n"
            "agent: okay you're on the waitlist\n"
            "customer: thanks",
            false, 0, "negative: ASR: sold out, a waitlist settled for");
    kt_call("Agent: Ticket office.\n"
            "Customer: Three tickets for the matinee on the 4th.\n"
            "Agent: I'm sorry, the 4th is sold out.\n"
            "Customer: Oh. Is there a waitlist?\n"
            "Agent: No, but I can add you to our newsletter.\n"
            "Customer: Yes, that's fine, same email as before.\n"
            "Agent: Done. You're all set on the newsletter.\n"
            "Customer: Thanks anyway.",
            false, 0, "negative: sold out, a newsletter 'all set'");
    kt_call("Agent: Hi, what can I get you?\n"
            "Customer: A large latte please.\n"
            "Agent: That's $5. Card?\n"
            "Customer: Here.\n"
            "Agent: Sorry, the card was declined.\n"
            "Customer: Oh no. I'll go to the cash machine and come back.\n"
            "Agent: Sure. Your latte went through to the bar when you're back.\n"
            "Customer: Thanks.",
            false, 0, "negative: declined, put off ('come back') before any notice");
}

/* "I'll renew when the notice comes", "I'll buy it once I've booked the
 * hotels", "never mind, I'll switch in April": a commitment put off until
 * the customer's own step or a later event is no purchase on this call. */
static void check_put_off_commitment(void)
{
    kt_call("Agent: Garden Monthly subscriptions.\n"
            "Customer: When does my subscription renew?\n"
            "Agent: March 3rd at $39 for the year. Renew now and I can add the app for $6.\n"
            "Customer: I'll renew when the reminder comes, no rush.\n"
            "Agent: Sure.\n"
            "Customer: Thanks.",
            false, 0, "negative: 'I'll renew when the reminder comes'");
    kt_call("customer: how much is the family cover for ten days\n"
            "agent: the family cover is eighty two dollars\n"
            "customer: okay i'll buy it once i've sorted the flights\n"
            "agent: sure just buy within two weeks of booking\n"
            "customer: okay thanks",
            false, 0, "negative: ASR: 'i'll buy it once i've sorted the flights'");
    kt_call("Agent: Northline Mobile.\n"
            "Customer: I want the cheaper plan.\n"
            "Agent: Switching before June costs a $90 fee.\n"
            "Customer: Never mind then. I'll switch in June.\n"
            "Agent: Okay, nothing changed.\n"
            "Customer: Okay.",
            false, 0, "negative: 'I'll switch in June'");
    kt_call("Agent: Garden Monthly subscriptions.\n"
            "Customer: Can I renew my subscription?\n"
            "Agent: Sure, it's $39 for the year.\n"
            "Customer: Great, I'll renew it now.\n"
            "Agent: Done, you're renewed.\n"
            "Customer: Thanks.",
            true, 0, "control: 'I'll renew it now', carried out");
    kt_call("customer: i'd like two tickets for the june show\n"
            "agent: two tickets for june eighth are ninety dollars\n"
            "customer: great i'll take them\n"
            "agent: done your tickets are booked\n"
            "customer: thanks",
            true, 0, "control: ASR: a month named for the show, bought now");
}

/* "Can I put you on a brief hold while I check?" - "Yes, go ahead.": a step
 * of the call, not a purchase. */
static void check_hold_question(void)
{
    kt_call("Agent: Metro Water, this is Sam.\n"
            "Customer: My water pressure is really low today.\n"
            "Agent: Can I put you on a quick hold while I check the area?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Thanks for holding. There's a main repair, done by six.\n"
            "Customer: Okay, thanks.",
            false, 0, "negative: yes to 'a quick hold'");
    kt_call("agent: cityline cable this is ana\n"
            "customer: my internet keeps dropping\n"
            "agent: sorry can i place you on a short hold while i run a check\n"
            "customer: yes fine\n"
            "agent: thanks for holding there's an outage it'll be fixed tonight\n"
            "customer: okay",
            false, 0, "negative: ASR: yes to 'a short hold'");
}

/* A part of the order taken off by name ("take off the wings", "take the
 * duct thing off") leaves the rest of the purchase and its other extras. */
static void check_part_taken_off(void)
{
    kt_call("agent: jade garden what can i get you\n"
            "customer: one kung pao chicken one fried rice and six spring rolls\n"
            "agent: okay do you want to add a soup it's four fifty\n"
            "customer: sure add the soup\n"
            "agent: kung pao fried rice six spring rolls and a soup\n"
            "customer: actually take off the spring rolls\n"
            "agent: no problem kung pao fried rice and the soup ready in twenty minutes\n"
            "customer: great thanks",
            true, 4.5, "ASR: 'take off the spring rolls' from the order, soup kept");
    kt_call("customer: i want to book a boiler service\n"
            "agent: the service is eighty i have tuesday morning\n"
            "customer: tuesday morning is good\n"
            "agent: okay we also do a flue clean for sixty the same visit\n"
            "customer: yeah okay add that\n"
            "agent: service at eighty plus the flue at sixty\n"
            "customer: hmm let's just do the service take the flue thing off\n"
            "agent: sure just the service tuesday morning you're booked\n"
            "customer: thanks",
            true, 0, "ASR: 'take the flue thing off': the extra, not the service");
    kt_call("customer: i want to book a boiler service\n"
            "agent: the service is eighty i have tuesday morning\n"
            "customer: tuesday morning is good\n"
            "agent: okay you're booked tuesday morning\n"
            "customer: actually forget the whole thing i'll call back\n"
            "agent: okay cancelled\n"
            "customer: bye",
            false, 0, "negative: ASR: 'forget the whole thing' takes everything back");
}

/* The agent undoing what was taken, at the customer's word ("I'll take you
 * off Saturday", "I've cancelled it", "okay I won't convert it"), takes
 * back everything so far, booked already or not; "I've removed it" takes
 * off an extra only. */
static void check_agent_undoes(void)
{
    kt_call("Agent: Lakeside Honda, this is Tom.\n"
            "Customer: I'd like to test drive the Civic on the lot.\n"
            "Agent: I can do Friday at 3. Shall I put you down?\n"
            "Customer: Yes, Friday at 3.\n"
            "Agent: You're down for Friday at 3.\n"
            "Customer: Actually, my hours aren't out yet. Can we leave it open?\n"
            "Agent: Sure, I'll take you off Friday. Call me when you know.\n"
            "Customer: Will do.",
            false, 0, "negative: booked, then 'I'll take you off Friday'");
    kt_call("agent: hi this is jo with streamly your free trial ends this week\n"
            "customer: oh right it's been fine\n"
            "agent: would you like to continue with the full plan\n"
            "customer: yeah sure sign me up\n"
            "agent: great i'll convert that now\n"
            "customer: wait how much is it\n"
            "agent: fifteen a month\n"
            "customer: oh no then forget it\n"
            "agent: okay i won't convert it the trial ends friday\n"
            "customer: okay",
            false, 0, "negative: ASR: 'okay i won't convert it'");
    kt_call("Agent: Bolt Hardware.\n"
            "Customer: I'd like to order the cordless sander for pickup.\n"
            "Agent: Sure, that's $89. I'll put it under your name.\n"
            "Customer: Great. Actually, no. I found it cheaper elsewhere.\n"
            "Agent: Understood, I've cancelled it.\n"
            "Customer: Bye.",
            false, 0, "negative: ordered, then 'I've cancelled it'");
    kt_call("Agent: Lakeside Honda, this is Tom.\n"
            "Customer: I'd like to test drive the Civic.\n"
            "Agent: I can do Friday at 3. Shall I put you down?\n"
            "Customer: Yes, Friday at 3.\n"
            "Agent: You're down for Friday at 3.\n"
            "Customer: Actually, can we make it Saturday?\n"
            "Agent: Sure, I've cancelled Friday and booked you Saturday at 3.\n"
            "Customer: Thanks.",
            true, 0, "control: the undoing turn also books the new day");
    kt_call("Agent: Voltline, this is Sam.\n"
            "Customer: I'd like to order the 13-inch tablet.\n"
            "Agent: Sure, I've placed the order. Would you like the case for $30?\n"
            "Customer: Yes, add it.\n"
            "Agent: Added.\n"
            "Customer: Actually, take the case off.\n"
            "Agent: No problem, I've removed it.\n"
            "Customer: Thanks.",
            true, 0, "control: 'I've removed it' takes off the extra only");
}

/* Notices in few words after a yes: "all booked enjoy", "it'll be active
 * within two hours". */
static void check_short_notices(void)
{
    kt_call("agent: starlight cinemas\n"
            "customer: two tickets for the eight pm show\n"
            "agent: two adults eight pm that's thirty dollars sound good\n"
            "customer: yeah that's good\n"
            "agent: all booked enjoy\n"
            "customer: thanks",
            true, 0, "ASR: 'all booked enjoy'");
    kt_call("Agent: Brightline Mobile.\n"
            "Customer: We want to move our two lines over to you.\n"
            "Agent: Two lines on the basic plan are $70 a month. Shall I set that up?\n"
            "Customer: Yes, please. When does it start?\n"
            "Agent: It'll be active within two hours.\n"
            "Customer: Great.",
            true, 0, "'it'll be active within two hours'");
    kt_call("agent: starlight cinemas\n"
            "customer: are there tickets for the eight pm show\n"
            "agent: all booked sorry it's sold out\n"
            "customer: oh okay",
            false, 0, "negative: ASR: 'all booked sorry' reports nothing left");
}

/* "Would you like paperless statements? It's free." - "Yes, set that up.":
 * a commitment pointing back at a free or non-purchase offer buys nothing;
 * pointing back at a priced one, it buys. */
static void check_free_offer_taken(void)
{
    kt_call("Agent: Harbor Bank, this is Lee.\n"
            "Customer: Why was I charged a late fee?\n"
            "Agent: The payment posted a day late. I'm refunding the fee.\n"
            "Customer: Oh, thank you.\n"
            "Agent: Would you like text alerts before due dates? It's free.\n"
            "Customer: Yes, set that up.\n"
            "Agent: Done. Anything else?\n"
            "Customer: No, thanks.",
            false, 0, "negative: 'set that up' to free alerts");
    kt_call("agent: northside gym this is kim\n"
            "customer: hi i'm a member and i wanted to check my class times\n"
            "agent: sure tuesdays at six also would you like our newsletter it's free\n"
            "customer: yeah sign me up for it\n"
            "agent: done\n"
            "customer: thanks",
            false, 0, "negative: ASR: 'sign me up for it' to a free newsletter");
    kt_call("Agent: Harbor Bank, this is Lee.\n"
            "Customer: I'm asking about your card protection.\n"
            "Agent: Card protection is $4 a month. Would you like it?\n"
            "Customer: Yes, set that up.\n"
            "Agent: Done, it's on your account.\n"
            "Customer: Thanks.",
            true, 0, "control: 'set that up' to a priced service");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_retry_goes_through();
    check_failure_stands();
    check_put_off_commitment();
    check_hold_question();
    check_part_taken_off();
    check_agent_undoes();
    check_short_notices();
    check_free_offer_taken();
    kt_free();
    T_END();
}
