/* test_kpi_price_after_name.c - in an offer, speech names the thing and
 * then its price with no verb between, as a list would ("we have the
 * garden lights eighty for the pair", "a one time add on twenty nine"):
 * the bare number is the price. Never a time, a date, a head count, a
 * phone or street number, a lone number a clock shows, or a number that
 * counts what follows it. With the shipped rules file, on short calls
 * written for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

#define SOLD "agent: bright home this is ada\n" \
             "customer: hi i want to order the patio set in grey\n" \
             "agent: sure the patio set is six hundred shall i place it\n" \
             "customer: yes place it\n"

static void check_priced(void)
{
    kt_call(SOLD "agent: done we also have the matching cushions eighty for the set\n"
                 "customer: oh yes add the cushions",
            true, 80, "speech: \"the matching cushions eighty for the set\"");
    kt_call(SOLD "agent: done and we offer a weather cover as a one time add on thirty four\n"
                 "customer: yeah add the cover",
            true, 34, "speech: \"a one time add on thirty four\"");
    kt_call(SOLD "agent: done we can also do an assembly service a hundred and forty five\n"
                 "customer: sure why not",
            true, 145, "speech: \"an assembly service a hundred and forty five\"");
    kt_call("Agent: Bright Home, this is Ada.\n"
            "Customer: Hi, I want to order the patio set in grey.\n"
            "Agent: Sure, the patio set is $600. Shall I place it?\n"
            "Customer: Yes, place it.\n"
            "Agent: Done. We also have the matching cushions eighty for the set.\n"
            "Customer: Oh yes, add the cushions.",
            true, 80, "clean: \"the matching cushions eighty for the set\"");
}

static void check_not_priced(void)
{
    kt_call(SOLD "agent: done delivery comes with the truck team tuesday ten thirty\n"
                 "customer: great",
            true, 0, "negative: a day and a time after a name");
    kt_call(SOLD "agent: done the driver is the one with the van forty two elm road right\n"
                 "customer: yes that's us",
            true, 0, "negative: a street number after a name");
    kt_call(SOLD "agent: done and your order confirmation the reference number four four zero "
                 "one\n"
                 "customer: got it thanks",
            true, 0, "negative: a reference number");
    kt_call(SOLD "agent: done we can also send the install crew twelve people work there\n"
                 "customer: okay",
            true, 0, "negative: a head count that counts what follows");
    kt_call(SOLD "agent: done delivery will be the twenty first the crew eleven\n"
                 "customer: okay",
            true, 0, "negative: a date and a lone number a clock shows");
    kt_call(SOLD "agent: done would you like a delivery slot on the morning of the "
                 "twenty fifth\n"
                 "customer: yes please",
            true, 0, "negative: a date after \"of the\"");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_priced();
    check_not_priced();
    kt_free();
    T_END();
}
