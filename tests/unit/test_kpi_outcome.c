/* test_kpi_outcome.c - the agent's notice that says the outcome of what the
 * customer agreed to in the passive ("it was booked", "they were booked",
 * "your film has been rented", "your kayak was reserved"), with negatives: a timetable ("the
 * concert is scheduled to start at 6 pm"), a full day ("all the tickets are booked
 * that day"), a notice denied ("it was not booked"). Clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* An agreement, then the outcome said of the thing in the passive. */
static void check_passive_outcome(void)
{
    kt_call("agent: two fifteen pm on march ninth with doctor alvarez\n"
            "customer: yes that is fine\nagent: it was booked\ncustomer: thanks",
            true, 0, "asr: 'it was booked' after a yes to a slot said back");
    kt_call("Agent: You'd like the pottery class on Saturday at 10 am for two.\n"
            "Customer: Yes, that's right.\nAgent: It was confirmed.\nCustomer: Lovely.",
            true, 0, "'It was confirmed.'");
    kt_call("Agent: You want Paddington in French for three days.\n"
            "Customer: Yes. Who's in it?\n"
            "Agent: Your film has been rented, Ben Whishaw voices the bear.",
            true, 0, "'your film has been rented': the subject four words back");
    kt_call("Agent: Your tickets for the Lakers game on Friday, two of them.\n"
            "Customer: Correct.\nAgent: They were booked, enjoy the game.\nCustomer: Thanks!",
            true, 0, "'They were booked'");
    kt_call("agent: a kayak for two on sunday at nine\ncustomer: yep that works\n"
            "agent: your kayak was reserved see you sunday\ncustomer: great",
            true, 0, "asr: 'your kayak was reserved'");
}

/* The same words that tell no outcome of the customer's purchase. */
static void check_not_outcome(void)
{
    kt_call("Customer: Any concerts on Friday?\n"
            "Agent: Would you like to hear about the jazz night?\nCustomer: Yes.\n"
            "Agent: The concert is scheduled to start at 6 pm.\nCustomer: Thanks, bye.",
            false, 0, "'the concert is scheduled to start at 6 pm' is a timetable");
    kt_call("Customer: Any concerts in Paris on the 5th?\nAgent: Would you like the jazz one?\n"
            "Customer: Sure.\nAgent: I'm afraid all the tickets are booked that day.\n"
            "Customer: Oh well.",
            false, 0, "'all the tickets are booked that day': nothing left");
    kt_call("agent: a table for four at eight at luigi's\ncustomer: yes that's right\n"
            "agent: sorry it was not booked the system is down\ncustomer: okay",
            false, 0, "asr: 'it was not booked' denies the outcome");
    kt_call("Customer: Is my car service still on?\nAgent: Is it the Honda?\nCustomer: Yes.\n"
            "Agent: Your service was scheduled by your husband last week.\n"
            "Customer: Oh, okay, thanks.",
            false, 0, "a yes to a detail: 'your service was scheduled' before the call");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_passive_outcome();
    check_not_outcome();
    kt_free();
    T_END();
}
