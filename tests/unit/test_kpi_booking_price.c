/* test_kpi_booking_price.c - prices and notices around a booking as people
 * and assistants say them: a price question that names nothing ("How much is
 * it?", "what will that cost?") asks what the purchase itself costs, so its
 * answer is no add-on, while a question about something offered on top still
 * prices the extra; "the cab is on it's way" (the common misspelling) carries
 * the ride out; a car "you can pick up from the airport" is shown for hire;
 * "I wasn't able to get tickets" fails, and what is offered in its place is
 * the purchase; read-backs that open a list of statements or are phrased
 * as assistants do ("Can you please confirm that you want ..."). Calls invented for these tests, clean and speech-recognition
 * style, with negatives; scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_price_of_purchase(void)
{
    kt_call("Customer: I'd like a bus ticket to New York for March 12th.\n"
            "Agent: To confirm, 1 ticket from Washington to New York on March 12th at 7:45 pm?\n"
            "Customer: Correct. How much is it?\n"
            "Agent: It leaves from Union Station and will be $35.\n"
            "Customer: That works for me.\nAgent: Your ticket is booked.",
            true, 0, "the price asked for after the read-back is the ticket's own");
    kt_call("customer: i'd like a bus ticket to new york for march twelfth\n"
            "agent: to confirm one ticket from washington to new york on march twelfth\n"
            "customer: correct how much is it\n"
            "agent: it leaves from union station and will be thirty five dollars\n"
            "customer: that works for me\nagent: your ticket is booked",
            true, 0, "asr: the same");
    kt_call("Customer: I want to rent a car.\n"
            "Agent: There is a standard Cruze at the airport next Friday.\n"
            "Customer: How much will it cost?\nAgent: It'll be $102.\nCustomer: Sounds good.\n"
            "Agent: Do you want to reserve the car?\nCustomer: Yes, I'll reserve that car.\n"
            "Agent: Your car has been reserved.",
            true, 0, "the car's price asked before the booking is the purchase's");
    kt_call("Customer: Find me a hotel room in Atlanta please.\n"
            "Agent: The Downtown Inn has 3 stars. Would you like to book a room there?\n"
            "Customer: Yes get me a room please.\nAgent: Your room is reserved.\n"
            "Customer: Wait, how much will that cost and do you have their number?\n"
            "Agent: The room is $180 each night and the number is 404-555-0100.\n"
            "Customer: You sure made everything easier.",
            true, 0, "the price of the room already booked, asked afterwards");
    /* negatives: a question about the extra prices the extra */
    kt_call("Customer: I'd like the 55-inch TV.\nAgent: Great, that's $499. It's in your cart.\n"
            "Agent: We also offer a three-year protection plan.\n"
            "Customer: How much is it?\nAgent: It's $79.\nCustomer: Okay, add it.",
            true, 79, "an offer on top named before the question: its price is the extra");
    kt_call("customer: i'd like the fifty five inch tv\n"
            "agent: great that's four ninety nine it's in your cart\n"
            "agent: we also offer a three year protection plan\n"
            "customer: how much is it\nagent: it's seventy nine dollars\ncustomer: okay add it",
            true, 79, "asr: the same");
    kt_call("Customer: Two tickets for Saturday, please.\nAgent: Done, your tickets are booked.\n"
            "Customer: How much is it to add parking?\nAgent: Parking is $15.\n"
            "Customer: Yes, add parking.",
            true, 15, "a question that asks to add something prices the extra");
}

static void check_ride_on_its_way(void)
{
    kt_call("Customer: Get me a cab to the restaurant.\nAgent: How about a shared ride?\n"
            "Customer: Shared is fine.\n"
            "Agent: Please confirm: a shared ride for 3 people to 257 Grand Avenue.\n"
            "Customer: That's it.\nAgent: Your ride is on it's way.",
            true, 0, "the ride carried out, with the common misspelling");
    kt_call("customer: get me a cab to the restaurant\nagent: how about a shared ride\n"
            "customer: shared is fine\nagent: your ride is on it's way",
            true, 0, "asr: asked for and carried out");
    kt_call("Customer: Is the restaurant on the way to the airport?\n"
            "Agent: Yes, it's on the way.\nCustomer: Thanks, that's all.",
            false, 0, "a place on the way carries nothing out");
}

/* "There's a standard car you can pick up from the airport" shows a car for
 * hire; "I wasn't able to get tickets. How about the 10:50 bus for $79?"
 * offers in place of what failed. */
static void check_search_and_failure(void)
{
    kt_call("Customer: I want to rent a car.\nAgent: Where and when do you need it?\n"
            "Customer: Vancouver, from the 8th to the 11th.\n"
            "Agent: There is a standard Accord you can pick up from YVR International Airport "
            "next Friday.\nCustomer: Thanks, I'll think about it.",
            false, 0, "a car shown for hire is no order made");
    kt_call("customer: i want to rent a car\nagent: where and when do you need it\n"
            "customer: vancouver from the eighth to the eleventh\n"
            "agent: there is a standard accord you can pick up from yvr airport next friday\n"
            "customer: thanks i'll think about it",
            false, 0, "asr: the same");
    kt_call("Customer: Can I get a large latte please?\nAgent: Sure, that's $5.\n"
            "Customer: Okay.\nAgent: You can pick it up at the counter in five minutes.\n"
            "Customer: Great, thanks.",
            true, 0, "an order ready to pick up at the counter is carried out");
    kt_call("Customer: I need a bus ticket to San Diego for March 1st.\n"
            "Agent: Just to make sure, you want 1 ticket from Sacramento to San Diego on March 1st "
            "at 10:45 am.\nCustomer: Works for me.\n"
            "Agent: Sorry, I wasn't able to get tickets. How about a 10:50 am bus for $79?\n"
            "Customer: Sounds good, thanks.\nAgent: You're all set.",
            true, 0, "the bus offered in place of the one that failed is the purchase");
    kt_call("customer: i need a bus ticket to san diego for march first\n"
            "agent: just to make sure you want one ticket from sacramento to san diego\n"
            "customer: works for me\n"
            "agent: sorry i wasn't able to get tickets how about a ten fifty bus for seventy nine dollars\n"
            "customer: sounds good thanks\nagent: you're all set",
            true, 0, "asr: the same");
    kt_call("Customer: Two tickets for the 7 pm show, please.\n"
            "Agent: Sorry, I wasn't able to get tickets for that show.\n"
            "Customer: Oh well, never mind then.",
            false, 0, "the failure with a bare noun undoes the request");
}

/* Read-backs as assistants phrase them: a cue that opens a list of
 * statements, "Can you please confirm
 * that you want ...", "You want to visit ... ?". */
static void check_readback_forms(void)
{
    kt_call("Customer: I need a flight from Seattle to Las Vegas next Friday.\n"
            "Agent: Please confirm the following: the flight is from Seattle to Las Vegas. The "
            "airline is Delta Airlines. The departure date will be next Friday. The seating is "
            "economy class and there is 1 passenger.\nCustomer: Yes.",
            true, 0, "a read-back cue opening a list of statements asks for the yes");
    kt_call("Customer: I need a flight from Seattle to Las Vegas next Friday.\n"
            "Agent: I found a Delta flight. It leaves at 8 am. Please confirm your email on file. "
            "It arrives at 10 am. The fare is $120.\nCustomer: Yes.",
            false, 0, "an e-mail to confirm among statements reads back no booking");
    kt_call("Customer: I want 4 tickets for next Thursday.\n"
            "Agent: Can you please confirm that you want 4 tickets for next Thursday.\n"
            "Customer: Yes.",
            true, 0, "can you please confirm that you want, said as a statement");
    kt_call("customer: i want four tickets for next thursday\n"
            "agent: can you please confirm that you want four tickets for next thursday\n"
            "customer: yes",
            true, 0, "asr: the same");
    kt_call("Customer: I'd like to see an apartment in San Jose.\n"
            "Agent: You want to visit Jefferson At Emerald Park the day after tomorrow?\n"
            "Customer: Yes, that's right.",
            true, 0, "you want to visit ...? reads the visit back");
    kt_call("Customer: Two tickets for Laura Osnes next Friday.\n"
            "Agent: Ok so that's 2 tickets for the event next Friday.\nCustomer: Yes please.",
            true, 0, "so that's 2 tickets reads back");
    kt_call("Customer: I booked a room last week.\n"
            "Agent: Do you want your confirmation number again?\nCustomer: Yes.",
            false, 0, "a confirmation number is no booking");
    kt_call("Customer: I'd like to get a mocha for Julie.\n"
            "Agent: Does everything look right to you?\n"
            "Customer: No, I'm sorry, I meant order that decaf.\nAgent: Okay, is that better?\n"
            "Customer: Yes, thank you.\n"
            "Agent: Good, they should have that ready over at the coffee bar momentarily.",
            true, 0, "a no to a read-back that corrects the order refuses nothing");
    kt_call("Customer: I'd like to order the blue sofa.\n"
            "Agent: Great, that's $900. Shall I place it?\nCustomer: Hmm.\n"
            "Agent: Your order is placed. So an email will come shortly. Thanks for calling. "
            "Have a nice day.\nCustomer: Thanks.",
            true, 0, "a later sentence of a notice reads nothing back");
    kt_call("Customer: I need a salon in Sunnyvale.\n"
            "Agent: In Sunnyvale, I have A+ Haircuts for Men.\nCustomer: That sounds good.\n"
            "Agent: Do you want to add an event to your calendar?\n"
            "Customer: No, just book the salon.\nAgent: What time do you want?\n"
            "Customer: 11 in the morning.\nAgent: You are confirmed for 11 am on March 13th.",
            true, 0, "a no to something else, then 'just book the salon' asks the agent");
    kt_call("Customer: Get me a cab to the restaurant.\nAgent: How about a shared ride?\n"
            "Customer: Shared is fine.\n"
            "Agent: Booking a shared ride for 3 now. Your ride is on its way.\n"
            "Customer: Thanks.",
            true, 0, "booking a ride now, with the notice, carries it out");
    kt_call("Customer: Can you find me a hotel with wifi?\n"
            "Agent: There is the Ac Hotel, 2 stars. Do you wish to stay here?\n"
            "Customer: Might be, it sounds good.\nAgent: Do you wish to book a room?\n"
            "Customer: Not right now, thanks.",
            false, 0, "do you wish to stay here only asks; the booking refused");
}

/* "Do you want to depart on March 2nd?" asks a detail of a trip searched
 * for; "I couldn't find any open seats" fails. */
static void check_details_and_no_seats(void)
{
    kt_call("Customer: Can you find round trip flights from Los Angeles?\n"
            "Agent: Do you want to depart on March 2nd?\nCustomer: Yes, I do.\n"
            "Agent: When are you returning?\nCustomer: On the 5th.",
            false, 0, "a yes to the departure date buys nothing");
    kt_call("customer: can you find round trip flights from los angeles\n"
            "agent: do you want to leave on march second\ncustomer: yes i do\n"
            "agent: when are you returning\ncustomer: on the fifth",
            false, 0, "asr: the same");
    kt_call("Customer: I'd like the premium seats for Friday.\nAgent: They're $80 each. "
            "Do you want to go ahead?\nCustomer: Yes, I do.",
            true, 0, "do you want to go ahead still closes");
    kt_call("Customer: Two tickets for the Cardinals game.\n"
            "Agent: So 2 tickets for the Diamondbacks Vs Cardinals?\nCustomer: Yes, that's right.\n"
            "Agent: I couldn't find any open seats for that game.\nCustomer: No, thanks anyway.",
            false, 0, "no open seats found fails the booking");
    kt_call("Customer: I would like to book a house in Sydney for 3 people.\n"
            "Agent: The booking is for 3 people. Check in is next Wednesday and check out is "
            "March 10th.\nCustomer: Perfect. That would be fine.\n"
            "Agent: We have successfully done your reservation.\nCustomer: Thanks.",
            true, 0, "we have successfully done your reservation carries it out");
    kt_call("Customer: Three tickets for the Cubs game, please.\n"
            "Agent: Here is what I have: 3 tickets for March 3rd.\nCustomer: Fine.\n"
            "Agent: Your tickets have successfully been purchased.",
            true, 0, "the adverb before been");
    kt_call("Customer: Can I get a room on Friday?\nAgent: We have one at $120.\n"
            "Customer: Let me think about it.\n"
            "Agent: Okay. I have completed the search for you.",
            false, 0, "a search completed carries no booking out");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_price_of_purchase();
    check_ride_on_its_way();
    check_search_and_failure();
    check_readback_forms();
    check_details_and_no_seats();
    kt_free();
    T_END();
}
