/* test_kpi_failure.c - the agent reports that what the customer asked for
 * could not be had, in the words people type and say rather than a fixed
 * "the booking failed": a failure that governs the words which would
 * otherwise report a booking ("I couldn't get you the tickets reserved"),
 * an empty search ("no rooms match", "that's not available"), an adverb
 * before the verb ("I still couldn't book it"), a subject left out. With
 * the shipped rules file, on short calls written for these tests, clean and
 * speech-recognition style; each mechanism has a case that must still
 * book. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A failure earlier in the clause governs a booking word after it; a
 * failure in another clause ("..., but I've booked you at 7:30") does not. */
static void check_failure_governs(void)
{
    kt_call("Customer: I'd like to reserve two tickets for the concert on Friday.\n"
            "Agent: Two tickets for Friday, is that right?\n"
            "Customer: Yes, that's right.\n"
            "Agent: I couldn't get you the tickets reserved. Anything else?\n"
            "Customer: No, thanks anyway.",
            false, 0, "the words 'tickets reserved' are what could not be done");
    kt_call("customer: can you book me a table for four at eight\n"
            "agent: a table for four at eight is that correct\n"
            "customer: yeah\n"
            "agent: sorry we weren't able to get that table booked tonight\n"
            "customer: okay never mind",
            false, 0, "ASR: 'weren't able to get that table booked'");
    kt_call("Customer: Please book me in with Dr. Lee at 4 pm.\n"
            "Agent: 4 pm with Dr. Lee, correct?\n"
            "Customer: Yes.\n"
            "Agent: I'm sorry, but they're all booked for that time. Would 3:30 work?\n"
            "Customer: No, I can't do 3:30.",
            false, 0, "an apology with 'they're all booked for that time'");
    kt_call("Customer: I'd like a table for two at 7.\n"
            "Agent: The 7 pm is sold out, but I've booked you at 7:30.\n"
            "Customer: Thanks.",
            true, 0, "control: the failure's clause ends before the booking");
    kt_call("Customer: Can you book my son's tutoring session for Thursday at 4?\n"
            "Agent: Done, he's booked for Thursday at 4.\n"
            "Customer: Thank you.",
            true, 0, "control: 'he's booked for Thursday' without an apology books");
}

/* A search that came back empty for the thing asked for. */
static void check_empty_search(void)
{
    kt_call("Customer: I want an appointment with Dr. Fong at 4 pm.\n"
            "Agent: So an appointment with Dr. Fong at 4 pm?\n"
            "Customer: Yes.\n"
            "Agent: Sorry, that's not available. Anything else?\n"
            "Customer: No, that's it.",
            false, 0, "'that's not available' after the yes");
    kt_call("Customer: Book me a room near the airport for Friday night.\n"
            "Agent: Please confirm: one room near the airport, Friday night.\n"
            "Customer: Yes, perfect.\n"
            "Agent: There are no matching rooms. Can I help with anything else?\n"
            "Customer: No.",
            false, 0, "'no matching rooms'");
    kt_call("customer: i need a room for one night on the third\n"
            "agent: one room for one night on the third right\n"
            "customer: yes that's good\n"
            "agent: i'm sorry no room is matched with your requirement\n"
            "customer: okay thanks anyway",
            false, 0, "ASR: 'no room is matched'");
    kt_call("Customer: Can I book the 6 pm yoga class?\n"
            "Agent: The 6 pm class on Monday, right?\n"
            "Customer: Yes.\n"
            "Agent: Sorry, that class is full. There's a 7 pm one.\n"
            "Customer: Book the 7 pm then.\n"
            "Agent: Done, you're booked for 7 pm.",
            true, 0, "control: the failure, then an alternative booked");
    kt_call("Customer: Do you have the blue one in a medium?\n"
            "Agent: That one's not available in blue, but the green is in stock.\n"
            "Customer: I'll take the green one then.\n"
            "Agent: Great, it's ordered.",
            true, 0, "control: not available in one colour, another bought");
}

/* Typed without a subject or with an adverb before the verb. */
static void check_failure_wording(void)
{
    kt_call("Customer: Try again for Sunday then.\n"
            "Agent: OK, 3 tickets for Sunday?\n"
            "Customer: Yup, that's right.\n"
            "Agent: Sorry, I still couldn't book it. Anything else?\n"
            "Customer: No, let's do it another time.",
            false, 0, "'I still couldn't book it'");
    kt_call("Customer: Book the hotel in London from the 9th to the 12th.\n"
            "Agent: Please confirm: 3 people in London from the 9th to the 12th.\n"
            "Customer: You got it.\n"
            "Agent: Can't get that one either. Anything else?\n"
            "Customer: No. Thanks for trying.",
            false, 0, "no subject: 'can't get that one either'");
    kt_call("customer: please reserve the car for saturday\n"
            "agent: the compact for saturday confirm\n"
            "customer: yes\n"
            "agent: it didn't go thru sorry\n"
            "customer: oh okay",
            false, 0, "ASR: 'didn't go thru'");
    kt_call("Customer: I need three tickets for the game on Saturday.\n"
            "Agent: Please confirm 3 tickets for Saturday.\n"
            "Customer: Yes please. Where is it?\n"
            "Agent: I could not find those tickets. Anything else?\n"
            "Customer: No.",
            false, 0, "'I could not find those tickets'");
    kt_call("customer: can i get a cleaning on monday at nine\n"
            "agent: monday at nine for a cleaning correct\n"
            "customer: yes\n"
            "agent: i'm sorry but the appointment is unable to be booked\n"
            "customer: okay",
            false, 0, "ASR: 'the appointment is unable to be booked'");
    kt_call("Customer: Four tickets for the show tonight, please.\n"
            "Agent: Four for tonight, right?\n"
            "Customer: Right.\n"
            "Agent: There was an issue securing your tickets. So sorry about that.\n"
            "Customer: Oh well.",
            false, 0, "'an issue securing your tickets'");
    kt_call("Customer: Book the hotel in London from the 9th to the 12th.\n"
            "Agent: Please confirm: 3 people in London from the 9th to the 12th.\n"
            "Customer: You got it.\n"
            "Agent: Your booking is confirmed.\n"
            "Customer: Great, I can't get there before noon though.",
            true, 0, "control: the customer's 'can't get' is no failure of the agent's");
}

/* An order handed over at a counter, in the words of a coffee bar or a
 * take-away: the yes to "is your order correct?" is a purchase once the
 * agent says it is being made or can be collected. */
static void check_order_handover(void)
{
    kt_call("Customer: I'd like a flat white with oat milk.\n"
            "Agent: Is your order correct on the screen?\n"
            "Customer: Yes, that's the right order.\n"
            "Agent: Great, please proceed to the counter to pick up your order.",
            true, 0, "'that's the right order', then 'pick up your order'");
    kt_call("customer: can i get two iced teas\n"
            "agent: before i send it off to the kitchen does this order look right\n"
            "customer: it sure is\n"
            "agent: okay i'm sending it over to the kitchen now",
            true, 0, "ASR: 'it sure is', then 'sending it over to the kitchen'");
    kt_call("Customer: A large mocha, please.\n"
            "Agent: Are you ready for me to place the order?\n"
            "Customer: Yes.\n"
            "Agent: I'll have that order for you in a minute.",
            true, 0, "'ready for me to place the order?', 'I'll have that for you in a minute'");
    kt_call("Customer: A large mocha, please.\n"
            "Agent: Is your order correct?\n"
            "Customer: Yes, that's the right number, but I'd rather not order yet.\n"
            "Agent: Okay.",
            false, 0, "negative: the right number confirms a detail, and no order is made");
    kt_call("Customer: Two standing tickets for Saturday, please.\n"
            "Agent: I'm putting that through now.\n"
            "Customer: Great.\n"
            "Agent: I'm sorry, that didn't go through. The show is now sold out.\n"
            "Customer: Oh. Bye.",
            false, 0, "negative: 'putting that through' is still under way when it fails");
}

/* "done" opening the agent's turn reports the work carried out, whatever
 * follows it; "done with ...?" asks, and a "done" that goes on to offer
 * something else carries out nothing of its own. */
static void check_done_opens_report(void)
{
    kt_call("customer: hi i want to switch to the bigger storage plan\n"
            "agent: sure the two terabyte plan is twelve a month\n"
            "customer: okay sounds good\n"
            "agent: done it kicks in right away\n"
            "customer: cool thanks",
            true, 0, "ASR: 'done it kicks in right away' carries out the plan asked for");
    kt_call("Customer: I need an oil change on my van.\n"
            "Agent: I can fit you in Friday at eight, it's fifty five.\n"
            "Customer: Okay, do the oil change then.\n"
            "Agent: Done, oil change Friday at eight.\n"
            "Customer: See you then.",
            true, 0, "'Done, oil change Friday at eight' after a priced go-ahead");
    kt_call("customer: i want to switch to the family plan\n"
            "agent: the family plan is ninety a month\n"
            "customer: hmm\n"
            "agent: done with the paperwork on your side\n"
            "customer: not yet i'll call back",
            false, 0, "negative: ASR: 'done with the paperwork' asks, nothing carried out");
    kt_call("customer: what does the family plan cost\n"
            "agent: ninety a month\n"
            "customer: okay\n"
            "agent: done would you like me to email the details\n"
            "customer: sure thanks",
            false, 0, "negative: ASR: 'done would you like ...' goes on to ask, nothing bought");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_failure_governs();
    check_empty_search();
    check_failure_wording();
    check_order_handover();
    check_done_opens_report();
    kt_free();
    T_END();
}
