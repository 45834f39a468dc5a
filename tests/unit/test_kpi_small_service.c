/* test_kpi_small_service.c - a service named beside a spoken pair
 * ([price_small]: a protection plan, a cleaning, a warranty) keeps the pair
 * as dollars and cents unless that reading is under three dollars and the
 * price is told for a term or a party right after it ("the warranty is one
 * twenty nine for two years" is $129); "nine fifty" for a care package, or
 * a small reading said per month, stays small (said alone, too:
 * test_kpi_price). Clean and speech-recognition style; calls invented for
 * these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Told for a term or a party: the larger reading. */
static void check_one_off_service(void)
{
    kt_call("customer: hi i want to order the blue road bike the one in the window\n"
            "agent: sure i can ship that this week\n"
            "customer: great order it\n"
            "agent: done and the extended warranty is one twenty nine for two years\n"
            "customer: okay yeah add the warranty\nagent: added",
            true, 129, "asr: 'the extended warranty is one twenty nine for two years'");
    kt_call("Customer: Hi, I'd like to book the cruise we talked about.\n"
            "Agent: Sure, the ten nights come to $2,400 for the two of you.\n"
            "Customer: Fine, book it.\n"
            "Agent: Booked. The travel protection is one seventy nine for both of you.\n"
            "Customer: Yes, add the protection, please.\nAgent: Added.",
            true, 179, "'the travel protection is one seventy nine' on a $2,400 cruise");
}

/* Small readings a service may well cost: kept. */
static void check_small_kept(void)
{
    kt_call("customer: hi i want to order the blue road bike the one in the window\n"
            "agent: sure i can ship that this week\n"
            "customer: great order it\n"
            "agent: done and the theft protection is one twenty nine a month\n"
            "customer: okay yeah add the protection\nagent: added",
            true, 1.29, "asr: 'one twenty nine a month' for protection stays small");
    kt_call("customer: hi i want to order the blue road bike the one in the window\n"
            "agent: sure i can ship that this week\n"
            "customer: great order it\n"
            "agent: done and the care package is nine fifty\n"
            "customer: okay yeah add the care package\nagent: added",
            true, 9.50, "asr: 'the care package is nine fifty' stays small");
}

/* Declined: nothing, whatever the reading. */
static void check_declined(void)
{
    kt_call("customer: hi i want to order the blue road bike the one in the window\n"
            "agent: sure i can ship that this week\n"
            "customer: great order it\n"
            "agent: done and the extended warranty is one twenty nine for two years\n"
            "customer: no thanks just the bike\nagent: okay",
            true, 0, "asr: warranty declined");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_one_off_service();
    check_small_kept();
    check_declined();
    kt_free();
    T_END();
}
