/* test_kpi_second_booking.c - what is no add-on in a call that books one
 * thing, then another: what a failure notice offers or prices stands in for
 * what failed; what the agent finds once the customer looks for something
 * new after a purchase is a purchase of its own, whatever the customer says
 * about it meanwhile; "Also, which day?" asks for a detail and "an Economy
 * extra ticket" names a fare; the price of what was bought, asked afterwards
 * by its own words ("how much does the ride cost?", "per night?"), is no
 * extra; money held in an account and a rating are no prices. Calls
 * invented for these tests, clean and speech-recognition style, with
 * negatives that must still count the add-on; scored with the shipped
 * rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_failure_alternative(void)
{
    kt_call("Customer: I need 3 bus tickets to New York on the 6th at 11 am.\n"
            "Agent: Can you confirm 3 tickets from Washington to New York on March 6th at 11 am?\n"
            "Customer: Yup, that all sounds good.\n"
            "Agent: Sorry, that ticket wasn't available. How about departing at 11:10 am? The "
            "tickets are $37.\n"
            "Customer: Yup, that works.\nAgent: Your tickets have been reserved.\n"
            "Customer: Thanks, now let's buy those 2 concert tickets.\n"
            "Agent: Can you confirm 2 tickets for the show on March 12th?\nCustomer: Yup.\n"
            "Agent: Your reservation is confirmed.",
            true, 0, "the bus priced in the failure notice replaced the one that failed");
    kt_call("customer: i need three bus tickets to new york on the sixth\n"
            "agent: can you confirm three tickets from washington to new york on the sixth\n"
            "customer: yup sounds good\n"
            "agent: sorry that one wasn't available how about the eleven ten the tickets are "
            "thirty seven dollars\n"
            "customer: yup that works\nagent: your tickets have been reserved",
            true, 0, "asr: the same");
    kt_call("Customer: Two tickets on the 9 am bus to Fresno, please.\n"
            "Agent: Please confirm 2 tickets on the 9 am bus to Fresno.\nCustomer: Yes.\n"
            "Agent: I'm sorry but it's not available. How about the one leaving at 9:40 for $21?\n"
            "Customer: Yes, it will be okay.\nAgent: Your ticket is successfully booked.",
            true, 0, "not available, said with regret, fails the first bus");
    /* negative: an add-on offered once the alternative is booked */
    kt_call("Customer: Two tickets on the 9 am bus to Fresno, please.\n"
            "Agent: Please confirm 2 tickets on the 9 am bus to Fresno.\nCustomer: Yes.\n"
            "Agent: Sorry, that bus is sold out. How about the 9:40 for $21?\n"
            "Customer: Yes, that's fine.\nAgent: Your tickets are booked. Would you like to add "
            "travel insurance for $6?\nCustomer: Sure, add it.\nAgent: Added.",
            true, 6, "the insurance offered on top of the booked alternative is extra");
}

static void check_second_search(void)
{
    kt_call("Customer: I'd like 2 tickets for the Mariners game on March 1st.\n"
            "Agent: To confirm, 2 tickets to the Mariners game on March 1st?\n"
            "Customer: Yes please.\nAgent: Reservation confirmed.\n"
            "Customer: Can you find me a rental car?\n"
            "Agent: For what time? Would you like it on March 1st?\n"
            "Customer: I'll need it till Tuesday and can pick it up at 11.\n"
            "Agent: I've found 4 cars. How about a Ford Fusion from King Street Station?\n"
            "Customer: How much?\nAgent: It will be $120.\n"
            "Customer: Perfect. I'd like to reserve it.\nAgent: Your car is booked.",
            true, 0, "the car looked for after the tickets is a purchase of its own");
    kt_call("customer: two tickets for the mariners game on march first\n"
            "agent: to confirm two tickets to the mariners game on march first\n"
            "customer: yes please\nagent: reservation confirmed\n"
            "customer: can you find me a rental car\n"
            "agent: for what time would you like it on march first\n"
            "customer: i'll need it till tuesday\n"
            "agent: i found four cars how about a ford fusion\n"
            "customer: how much\nagent: it'll be a hundred and twenty dollars\n"
            "customer: perfect reserve it\nagent: your car is booked",
            true, 0, "asr: the same");
    kt_call("Customer: Book me a table for two at 7.\nAgent: Your table is booked.\n"
            "Customer: Get an apartment for me.\nAgent: How many bedrooms?\n"
            "Customer: I need 4.\nAgent: What about Casa Pino? It has 4 beds for $4,800 "
            "monthly.\nCustomer: Fine, I like that.\nAgent: Shall we schedule a visit?\n"
            "Customer: Nope, pass on it.",
            true, 0, "an order to find an apartment is a search: its rent is no extra");
    kt_call("Customer: I would like 2 tickets for the Blue Jays game.\n"
            "Agent: Please confirm 2 tickets to the Blue Jays on March 2nd.\n"
            "Customer: Yes, that is correct.\nAgent: Your reservation is successful!\n"
            "Customer: I will also need a car.\nAgent: Would you like to reserve the car "
            "beginning March 2nd, and what pick up time?\n"
            "Customer: That sounds perfect, I will pick up the car at 12:30 pm.\n"
            "Agent: There is a standard Camry at the airport.\nCustomer: What will be my cost?\n"
            "Agent: Your reservation will cost $30.\nCustomer: Yes, please reserve this car.\n"
            "Agent: Your car has been reserved.",
            true, 0, "the car's own price, stated before it is reserved, is no extra");
    /* negative: what the agent offers on top of the booking is extra */
    kt_call("Customer: I'd like to rent a car for the weekend.\n"
            "Agent: Your compact car is reserved for Saturday. Would you like to add a child "
            "seat for $10?\nCustomer: Yes, add the child seat.\nAgent: Done.",
            true, 10, "an add-on offered on the rental, not looked for, is extra");
}

static void check_detail_questions(void)
{
    kt_call("Customer: Could you help me find a bus, please?\n"
            "Agent: Sure, where are you headed? Also, which day are you planning to go?\n"
            "Customer: Anaheim to Fresno on the 7th.\n"
            "Agent: There's a bus leaving at 6:40 am with an Economy ticket for $40.\n"
            "Customer: Okay, that sounds fine then.\n"
            "Agent: Do you want me to buy tickets for this bus?\nCustomer: Yes please.\n"
            "Agent: Okay, it's confirmed.",
            true, 0, "an also that asks which day offers nothing");
    kt_call("Customer: I need a bus to Las Vegas on the 14th.\n"
            "Agent: One bus leaves at 10:40 am and the Economy extra ticket will cost $81.\n"
            "Customer: That works for me. I will need 2 tickets.\n"
            "Agent: Your tickets are confirmed.",
            true, 0, "an Economy extra ticket names the fare bought");
    /* negatives */
    kt_call("Customer: Two bus tickets to Fresno, please.\nAgent: Your tickets are booked. "
            "Also, would you like travel insurance for $12?\nCustomer: Yes, please.\n"
            "Agent: Added.",
            true, 12, "an also that offers something still offers it");
    kt_call("Customer: One ticket to Portland, please.\nAgent: Booked. Would you like "
            "extra legroom for $30?\nCustomer: Yes, add it.\nAgent: Added.",
            true, 30, "extra legroom offered on top is extra");
}

static void check_price_of_what_was_bought(void)
{
    kt_call("Customer: I need a flight from Vancouver to Las Vegas on Sunday.\n"
            "Agent: You wish to leave Vancouver for Las Vegas on Sunday, 1 passenger in "
            "Economy.\nCustomer: Yep. That's all correct.\nAgent: Your booking is now confirmed.\n"
            "Customer: When does the flight take off and how much does it cost?\n"
            "Agent: It departs at 12:20 pm and has a price of $230.\n"
            "Customer: Everything sounds good to me.",
            true, 0, "the price of the flight booked, asked after it");
    kt_call("Customer: I want a ride to 336 North Santa Cruz Avenue for two.\n"
            "Agent: Please confirm: a ride for 2.\nCustomer: Correct.\n"
            "Agent: Your ride is booked and the cab is on its way.\n"
            "Customer: What will be the price of the ride?\nAgent: It's going to cost $22.76.\n"
            "Customer: Perfect, that's all I need.",
            true, 0, "the ride's price, named by the customer's own word for it");
    kt_call("customer: book me the room at the harbor inn for two nights\n"
            "agent: your room is booked\ncustomer: how much will it be per night\n"
            "agent: it's going to be sixty three dollars a night\ncustomer: okay sounds good",
            true, 0, "asr: per night asks the room's own price");
    kt_call("Customer: I'd like 1 room at the Best Western, March 10th to 14th.\n"
            "Agent: 1 room at the Best Western from March 10th till March 14th. Do you confirm?\n"
            "Customer: Yes, I confirm! How much does this room cost?\n"
            "Agent: It costs $1,680 in total. Your reservation is confirmed.\n"
            "Customer: Perfect! That's all!",
            true, 0, "the room read back and confirmed, priced after");
    kt_call("Customer: I'd like a shared ride for 3 to 845 Market Street.\n"
            "Agent: So, to be clear: 3 for a cab to 845 Market Street, shared.\n"
            "Customer: That's right. What will my bill total be? How long will the cab take?\n"
            "Agent: Your ride is on the way. It's going to be $20.25 and 17 minutes.\n"
            "Customer: Thanks, that's great.",
            true, 0, "the bill for the cab booked is its own price");
}

static void check_not_prices(void)
{
    kt_call("Customer: Two tickets for Friday's show, please.\nAgent: Your tickets are booked.\n"
            "Customer: Could you also check my account balance?\n"
            "Agent: You currently have $21,094.36 in your checking account.\n"
            "Customer: I see, that's great.",
            true, 0, "money held in an account is no price");
    kt_call("Customer: Book me a cut at the salon at 4:15 on Monday.\n"
            "Agent: Your appointment is booked.\nCustomer: What is their average rating?\n"
            "Agent: The average rating for Viange Hair Saratoga is 4.4.\n"
            "Customer: That sounds good.",
            true, 0, "a rating is no price");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_failure_alternative();
    check_second_search();
    check_detail_questions();
    check_price_of_what_was_bought();
    check_not_prices();
    kt_free();
    T_END();
}
