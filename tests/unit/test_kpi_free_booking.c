/* test_kpi_free_booking.c - an agent turn that says a service is free and
 * then offers days or times for it offers a booking, and a booking counts
 * even at no charge ("the check-up costs nothing, I can do Tuesday or
 * Thursday" - "Tuesday please"); a day named before the words of no
 * charge ("I'll ship a new one Monday, no charge") is the day of a free
 * remedy and buys nothing. "I'll take it to the other garage instead"
 * takes the business elsewhere. Clean and speech-recognition style, with
 * negatives. Calls invented for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Free, then a day offered, then a day picked: a booking. */
static void check_free_bookings(void)
{
    kt_call("Customer: Hi, my landlord said I should book the free boiler safety check.\n"
            "Agent: Yes, that's free of charge. I have Tuesday in the morning or Thursday "
            "in the afternoon.\n"
            "Customer: I'll take the Tuesday morning.\n"
            "Agent: Great, Tuesday morning it is.\nCustomer: Thanks.",
            true, 0, "'free of charge' then days offered, 'I'll take the Tuesday morning'");
    kt_call("customer: hi i'm calling to set up the eye screening from the letter\n"
            "agent: sure it's completely free i can do next friday or next monday\n"
            "customer: i'll take next friday\n"
            "agent: okay you're down for next friday\ncustomer: thanks bye",
            true, 0, "asr: 'it's completely free i can do next friday or next monday'");
}

/* The day of a free remedy, named before the words of no charge; a
 * customer who takes the work elsewhere. */
static void check_free_remedies(void)
{
    kt_call("Customer: The blender you sent arrived cracked.\n"
            "Agent: I'm so sorry. I'll ship a new one Monday, no charge.\n"
            "Customer: Okay, do that.\nAgent: Done.\nCustomer: Thanks.",
            false, 0, "a replacement's day named before 'no charge': a remedy");
    kt_call("customer: the heater you fixed last week is making the noise again\n"
            "agent: sorry about that we'll come back and look again at no charge i have "
            "tuesday at nine\n"
            "customer: honestly i'll take it to the other shop instead thanks anyway\n"
            "agent: understood sorry again\ncustomer: bye",
            false, 0, "asr: 'i'll take it to the other shop instead'");
    kt_call("Customer: My washer you repaired is leaking again.\n"
            "Agent: Sorry. We'll redo it at no cost. I have Friday at 10.\n"
            "Customer: No, I'll take it to my brother-in-law instead.\n"
            "Agent: Okay.\nCustomer: Bye.",
            false, 0, "'I'll take it to my brother-in-law instead'");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_free_bookings();
    check_free_remedies();
    kt_free();
    T_END();
}
