/* test_kpi_self_correction.c - an agent who misspeaks a price and corrects
 * it at once ("seventy nine each way uh sorry seventy nine for the whole
 * trip", "it's forty i mean fifty") has given the second price only: the
 * one taken back is set aside like a usual price, and a bare number right
 * after the correction is a price. An apology ("i'm sorry", "so sorry")
 * takes nothing back. With the shipped rules file, on short calls written
 * for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

#define BOOKED "agent: coastal air this is jo\n" \
               "customer: hi i want to book the flight to boston on friday\n" \
               "agent: sure that's two forty round trip shall i book it\n" \
               "customer: yes book it\n"

static void check_corrected(void)
{
    kt_call(BOOKED "agent: done would you like a window seat upgrade it's thirty each way "
                   "uh sorry thirty for the whole trip\n"
                   "customer: yeah go on",
            true, 30, "speech: \"thirty each way uh sorry thirty for the whole trip\"");
    kt_call(BOOKED "agent: done we can also add a checked bag for forty i mean fifty dollars\n"
                   "customer: sure add the bag",
            true, 50, "speech: \"forty i mean fifty dollars\"");
    kt_call("Agent: Coastal Air, this is Jo.\n"
            "Customer: Hi, I want to book the flight to Boston on Friday.\n"
            "Agent: Sure, that's $240 round trip. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Done. Priority boarding is $25 per person each way... sorry, let me "
            "correct that, it's $25 per person for the round trip. Would you like it?\n"
            "Customer: Yes, for both of us.",
            true, 50, "clean: \"let me correct that\", then a count of two");
}

static void check_not_corrected(void)
{
    kt_call(BOOKED "agent: done a checked bag is thirty five i'm sorry that's the fee now "
                   "and we can add lounge access for forty\n"
                   "customer: just the bag please",
            true, 35, "negative: \"i'm sorry\" is an apology, the bag keeps its price");
    kt_call(BOOKED "agent: done would you like a window seat it's twenty each way\n"
                   "customer: sure",
            true, 40, "negative: no correction, each way counts twice on a round trip");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_corrected();
    check_not_corrected();
    kt_free();
    T_END();
}
