/* test_kpi_offered_again.c - an extra the agent offers again, at the price
 * it had and in words that name it, after the customer talked about it
 * ("a second car is eight ninety nine" - "my wife's car has one" - "i can
 * add her car at eight ninety nine") is the same extra, counted once when
 * taken. The same name at a new price revises it: the new price counts,
 * once. With the shipped rules file, on short calls written
 * for these tests (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

#define RENEWED "agent: orbit radio this is kay\n" \
                "customer: hi i want to renew my subscription\n" \
                "agent: sure it's five a month shall i renew it\n" \
                "customer: yes renew it\n"

static void check_once(void)
{
    kt_call(RENEWED "agent: done a second car is eight ninety nine a month\n"
                    "customer: my wife's car has one\n"
                    "agent: i can add her car at eight ninety nine\n"
                    "customer: sure add her car",
            true, 8.99, "speech: the car offered twice at one price, taken once");
    kt_call("Agent: Orbit Radio, this is Kay.\n"
            "Customer: Hi, I want to renew my subscription.\n"
            "Agent: Sure, it's $5 a month. Shall I renew it?\n"
            "Customer: Yes, renew it.\n"
            "Agent: Done. A second car is $8.99 a month.\n"
            "Customer: My wife's car has a radio too.\n"
            "Agent: I can add her car at $8.99.\n"
            "Customer: Sure, add her car.",
            true, 8.99, "clean: the car offered twice at one price, taken once");
}

static void check_not_again(void)
{
    kt_call(RENEWED "agent: done a second car is eight ninety nine a month\n"
                    "customer: that's a bit much\n"
                    "agent: i can add her car at six ninety nine\n"
                    "customer: sure add her car",
            true, 6.99, "negative: the same extra at a new price is taken at that price");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_once();
    check_not_again();
    kt_free();
    T_END();
}
