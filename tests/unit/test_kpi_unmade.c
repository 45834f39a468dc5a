/* test_kpi_unmade.c - conversion on calls where what the customer agreed to
 * was no purchase or was never made, with the shipped rules file, on short
 * calls written for these tests (clean and speech-recognition style): a
 * closing whose object is a list or a free service ("I could put you on the
 * waitlist", "want me to take you off our list?"); a full calendar said
 * with regret ("sorry, 9 am is booked", "everyone is booked Saturday") or a
 * booking that "came back unavailable"; holding a price open; refusing to
 * buy anything now. Closings that do sell ("shall I open it for you?", a
 * read-back ending "shall I confirm") and bookings carried out still count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "I could put you on the waitlist." - "I guess.": the closing's own
 * object is a list, a free service or the customer's removal from a list;
 * a yes to it buys nothing. A closing whose object is the purchase, with a
 * list named later in the turn, still sells. */
static void check_closing_object(void)
{
    kt_call("agent: river kayak tours this is dan\n"
            "customer: hi can we book the sunset paddle for two on friday\n"
            "agent: that's sixty each so one twenty\n"
            "customer: great book it\n"
            "agent: hmm sorry friday just sold out\n"
            "customer: oh man\n"
            "agent: i could put you on the waitlist for friday\n"
            "customer: i guess but that's annoying",
            false, 0, "negative ASR: i guess, to the waitlist closing");
    kt_call("Agent: Hi, this is Ana from BrightRoof Solar. Could I book you a free roof survey?\n"
            "Customer: No, we're selling the house next month.\n"
            "Agent: Understood. Would you like me to take you off our list?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Have a good day.",
            false, 0, "negative: yes please, to taking them off the list");
    kt_call("agent: hi its leo from peak insurance about your quote\n"
            "customer: yeah hi\n"
            "agent: do you want me to take you off the calling list\n"
            "customer: yes please do",
            false, 0, "negative ASR: yes please do, to the calling list");
    kt_call("Agent: Coastline Ferries, Jo speaking.\n"
            "Customer: I'd like two return tickets for Saturday morning.\n"
            "Agent: That's $48 in total. Shall I book them and put you on our text alerts list?\n"
            "Customer: Yes, please.\n"
            "Agent: You're booked.",
            true, 0, "positive: a booking closing, a list named after it");
}

/* "Sorry, 9 am is booked.", "everyone is booked Saturday", "it came back
 * unavailable": the calendar is full or the attempt failed; what the
 * customer asked for is not booked. A booking said back ("your 9 am is
 * booked") still is. */
static void check_full_calendar(void)
{
    kt_call("Agent: Maple Dental, this is Kim.\n"
            "Customer: Hi, I'd like a cleaning at 9 am Thursday.\n"
            "Agent: I'm sorry, 9 am is booked. The next opening is 2:40.\n"
            "Customer: That doesn't work, I'm at work then.\n"
            "Agent: Would Friday work?\n"
            "Customer: No, I'll call back next week.",
            false, 0, "negative: sorry, 9 am is booked, alternatives refused");
    kt_call("agent: hi blade and comb barbers\n"
            "customer: hey can i get a fade tomorrow afternoon\n"
            "agent: oh sorry everyone is booked tomorrow i have monday at ten\n"
            "customer: nah i need it before the weekend\n"
            "agent: sorry about that\n"
            "customer: no worries",
            false, 0, "negative ASR: everyone is booked tomorrow");
    kt_call("agent: metro hotels desk this is raj\n"
            "customer: i want the queen room for the twelfth one night\n"
            "agent: that's one forty\n"
            "customer: yeah go ahead and book it\n"
            "agent: okay trying it now and it came back unavailable the last room went a minute ago\n"
            "customer: oh well never mind then",
            false, 0, "negative ASR: came back unavailable, the last room went");
    kt_call("Agent: Maple Dental, this is Kim.\n"
            "Customer: Hi, I'd like a cleaning at 9 am Thursday.\n"
            "Agent: Let me look. Yes, 9 am is open.\n"
            "Customer: Great, please book it.\n"
            "Agent: Done, your 9 am Thursday is booked.",
            true, 0, "positive: your 9 am is booked, carried out");
}

/* "Shall I open it for you now?" and a read-back ending "shall I confirm"
 * close a sale: a yes to them commits. */
static void check_closings_that_sell(void)
{
    kt_call("Agent: Riverside Credit Union, Tom speaking.\n"
            "Customer: Hi, I'd like to open a savings account.\n"
            "Agent: Our Saver account has no fees. Shall I open it for you now?\n"
            "Customer: Yes, please.\n"
            "Agent: I'll need your ID number.\n"
            "Customer: Sure, it's on my card.",
            true, 0, "positive: yes, to shall I open it for you");
    kt_call("agent: city van rental this is mo\n"
            "customer: hi we need a cargo van saturday\n"
            "agent: the ten foot van is eighty nine for the day\n"
            "customer: the ten foot is fine\n"
            "agent: so the ten foot van saturday pickup at nine shall i confirm\n"
            "customer: yes confirm it\n"
            "agent: you're all set",
            true, 0, "positive ASR: yes confirm it, to a read-back ending shall i confirm");
    kt_call("agent: city van rental this is mo\n"
            "customer: hi we need a cargo van saturday\n"
            "agent: the ten foot van is eighty nine for the day shall i confirm\n"
            "customer: um no let me check with my brother first",
            false, 0, "negative ASR: deferral to shall i confirm");
}

/* "I can hold that price for a week." - "Sure, whatever.", and "I'm not
 * buying anything until it works" to an add-on: no purchase. */
static void check_hold_and_refusal(void)
{
    kt_call("agent: skyline tv this is amy\n"
            "customer: why is my bill so high\n"
            "agent: i could move you to the lite bundle at seventy nine\n"
            "customer: i'll think about it\n"
            "agent: i can hold that price for you until friday\n"
            "customer: sure whatever",
            false, 0, "negative ASR: sure whatever, to holding a price");
    kt_call("Agent: NetWave support, this is Raj.\n"
            "Customer: My internet has been down all day.\n"
            "Agent: There's an outage in your area. I could also add a backup hotspot for $15 a month.\n"
            "Customer: Seriously? I'm not buying anything until my internet works.\n"
            "Agent: Understood, I'll note a credit for today.\n"
            "Customer: Yeah, great, thanks a lot.",
            false, 0, "negative: I'm not buying anything, then a sarcastic yeah");
}

/* "Can I call you back Thursday?" - "Yes, Thursday after five is fine.": a
 * day said for a callback offers nothing to book; a day offered for a
 * visit, picked, still books. */
static void check_callback_day(void)
{
    kt_call("agent: hi its mara from northside insurance about your home quote\n"
            "customer: oh yes hi\n"
            "agent: the policy comes to ninety a month want me to start it on the first\n"
            "customer: hmm i need to talk to my wife first\n"
            "agent: sure can i call you back on friday\n"
            "customer: yeah friday after six is fine\n"
            "agent: perfect i'll call then",
            false, 0, "negative ASR: friday after six, for a callback");
    kt_call("Agent: Greenway Lawn Care, this is Bo.\n"
            "Customer: I'd like someone to aerate my lawn.\n"
            "Agent: That's $80. I have Friday at 10 or Monday at 2.\n"
            "Customer: Friday at 10, please.\n"
            "Agent: Friday at 10 it is.",
            true, 0, "positive: Friday at 10 picked for a visit");
}

/* "Can you confirm the email on the account?" - "Yes, it's ...": a read-back
 * of a detail; the "you're all set" of a password reset buys nothing. A
 * read-back of the order still sells. */
static void check_detail_readback(void)
{
    kt_call("agent: keyline support this is ben\n"
            "customer: hi i can't get into my account at all\n"
            "agent: okay can you confirm the email on the account\n"
            "customer: yes it's sam at maildrop dot com\n"
            "agent: i've sent a reset link\n"
            "customer: okay got it i'm in\n"
            "agent: you're all set",
            false, 0, "negative ASR: yes to confirming the email, then all set");
    kt_call("Agent: Pizza Roma, this is Lu.\n"
            "Customer: A large margherita for delivery, please.\n"
            "Agent: That's $16. Can you confirm the order: one large margherita to 12 Oak Lane?\n"
            "Customer: Yes, that's right.\n"
            "Agent: Your order is placed.",
            true, 0, "positive: yes to a read-back of the order");
}

/* "I can also escalate it for a review." - "Yeah, do that.": a bare yes to
 * an unpriced step on a call with no sale price buys nothing; the
 * customer's own "add him", or a price in the call, still buys. */
static void check_unpriced_step(void)
{
    kt_call("agent: fastnet support this is jo\n"
            "customer: my internet was out for two days\n"
            "agent: i'm sorry i can also escalate it to our network team for a review\n"
            "customer: yeah do that\n"
            "agent: done you'll hear back this week",
            false, 0, "negative ASR: yeah do that, to an escalation");
    kt_call("Agent: SafeDrive Insurance, Pam speaking.\n"
            "Customer: My son just got his licence.\n"
            "Agent: We can add him to your policy as a driver.\n"
            "Customer: Okay, add him then.\n"
            "Agent: He's added, effective today.",
            true, 0, "positive: add him, a plan change in the customer's words");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_closing_object();
    check_full_calendar();
    check_closings_that_sell();
    check_hold_and_refusal();
    check_callback_day();
    check_detail_readback();
    check_unpriced_step();
    kt_free();
    T_END();
}
