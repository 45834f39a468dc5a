/* test_kpi_echoed_count.c - an add-on taken with a count ("yes add two",
 * "how about three", "make it two") that the agent says back with the
 * add-on's name ("so two coffee carafes") is taken that many times at its
 * single price. Not when the offer priced the set ("two tanks for fifty
 * five"), not for a number naming a size ("a 7 candle"), and not for an
 * offer made turns before. With the shipped rules file, on short calls
 * written for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_count_echoed(void)
{
    kt_call("Agent: Green Oven catering, this is Lea.\n"
            "Customer: Hi, I need a sandwich platter for twelve people on Monday.\n"
            "Agent: Our deli platter serves twelve, $90. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Would you like lemonade with it? $9 a jug.\n"
            "Customer: Yes, add three.\n"
            "Agent: So the deli platter and three jugs of lemonade for Monday.\n"
            "Customer: Perfect, thanks.",
            true, 27, "clean: three jugs at $9");
    kt_call("agent: pet pantry this is lea\n"
            "customer: hi i want to order the big bag of the chicken cat food\n"
            "agent: sure that one is thirty two dollars shall i order it\n"
            "customer: yes please\n"
            "agent: we also have catnip mice at four dollars want some\n"
            "customer: yeah how about two she loses them\n"
            "agent: two catnip mice added\n"
            "customer: great thanks",
            true, 8, "speech: two mice at four dollars");
}

static void check_not_multiplied(void)
{
    kt_call("agent: pet pantry this is lea\n"
            "customer: hi i want to order the big bag of the chicken cat food\n"
            "agent: sure that one is thirty two dollars shall i order it\n"
            "customer: yes please\n"
            "agent: we also have two catnip mice for six dollars want them\n"
            "customer: yeah the two mice\n"
            "agent: two catnip mice added\n"
            "customer: great thanks",
            true, 6, "negative: the offer priced the two");
    kt_call("Agent: Sweet Crumb bakery, this is Lea.\n"
            "Customer: Hi, I'd like a vanilla cake for Sunday.\n"
            "Agent: Sure, the vanilla cake is $38. Shall I order it?\n"
            "Customer: Yes, please.\n"
            "Agent: Would you like a number candle? They're $3.\n"
            "Customer: Yes, add a 6 candle.\n"
            "Agent: So the vanilla cake and a number 6 candle for Sunday.\n"
            "Customer: Great.",
            true, 3, "negative: a 6 candle is one candle");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_count_echoed();
    check_not_multiplied();
    kt_free();
    T_END();
}
