/* test_kpi_second_request.c - a commitment joined by "and" to a second
 * request of its own ("book the eighth and put me on the list", "put me
 * down for the fifteenth and call me if anything opens"): the waitlist or
 * callback the second asks for is not the object of the first, which still
 * books; with negatives where the only request is the list or the callback.
 * Clean and speech-recognition style. Calls invented for these tests,
 * scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_booking_and_list(void)
{
    kt_call("agent: the first opening with the vet is march third\n"
            "customer: fine book the third and put me on the list in case something opens\n"
            "agent: booked for the third at ten and you're on the list\ncustomer: thanks",
            true, 0, "asr: 'book the third and put me on the list'");
    kt_call("Agent: The earliest we can fit the recall repair in is the 15th.\n"
            "Customer: Put me down for the 15th and call me if anything opens sooner.\n"
            "Agent: You're booked for the 15th at 8 am.\nCustomer: Okay.",
            true, 0, "'put me down for the 15th and call me if anything opens'");
    kt_call("agent: the next class with space is saturday at nine\n"
            "customer: okay sign me up for saturday and text me the details\n"
            "agent: done you're in for saturday\ncustomer: great",
            true, 0, "asr: 'sign me up for saturday and text me the details'");
}

static void check_list_only(void)
{
    kt_call("Agent: Saturday's full, but I can put you on the cancellation list.\n"
            "Customer: Sure, put me on the list and call me if something opens.\n"
            "Agent: Done, you're on the list.\nCustomer: Thanks.",
            false, 0, "the list and a callback are all that is asked");
    kt_call("agent: we're booked solid this week i can call you if a slot opens\n"
            "customer: yeah call me and text me too\nagent: will do\ncustomer: bye",
            false, 0, "asr: 'call me and text me too' asks for no booking");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_booking_and_list();
    check_list_only();
    kt_free();
    T_END();
}
