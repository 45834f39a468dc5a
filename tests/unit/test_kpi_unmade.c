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

int main(void)
{
    if (!kt_load())
        T_END();
    check_closing_object();
    check_full_calendar();
    check_closings_that_sell();
    check_hold_and_refusal();
    kt_free();
    T_END();
}
