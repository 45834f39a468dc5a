/* test_kpi_upsell_carried_more.c - the agent's turn that carries out a
 * purchase priced before the customer committed to it ("Front pads and
 * rotors are $340." - "Okay, put me down." - "Done. You're also due for a
 * cabin filter, $45.") may go on to state an extra with its price and no
 * offer question, after a first sentence, with "also" or in a clause of
 * its own ("done and we have a filter for forty five"); the customer's
 * acceptance takes it, though the commitment itself is recorded only
 * with that turn. Negatives: the
 * purchase's own price said again as it is carried out, an extra turned
 * down, a fee told, a carrying-out turn pricing a purchase that had no price before.
 * A price said as an increment ("a balcony cabin for another $300") is
 * on top of the request even when it names the same kind of thing.
 * Clean and speech-recognition style; calls invented for these tests,
 * scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static const char *const BRAKES =
    "Agent: Hillside Auto, this is Dana.\n"
    "Customer: Hi, my brakes are grinding. What does a brake job cost?\n"
    "Agent: Front pads and rotors are $340. I can get you in Wednesday at 8.\n"
    "Customer: Okay, Wednesday at 8, put me down.\n";

static const char *const BRAKES_ASR =
    "agent: hillside auto this is dana\n"
    "customer: hi my brakes are grinding what does a brake job cost\n"
    "agent: front pads and rotors are three hundred and forty dollars i can get you in "
    "wednesday at eight\n"
    "customer: okay wednesday at eight put me down\n";

/* The extra stated after the carrying out, taken. */
static void check_extra_taken(void)
{
    kt_call_after(BRAKES,
                  "Agent: Done. You're also due for a cabin air filter, $45.\n"
                  "Customer: Sure, add the filter.\n"
                  "Agent: Added, see you Wednesday.\nCustomer: Thanks.",
                  true, 45, "'Done. You're also due for a filter, $45' - 'add the filter'");
    kt_call_after(BRAKES_ASR,
                  "agent: done you're also due for a cabin air filter forty five dollars\n"
                  "customer: sure add the filter\n"
                  "agent: added see you wednesday\ncustomer: thanks",
                  true, 45, "asr: 'done you're also due for a filter forty five dollars'");
    kt_call_after(BRAKES_ASR,
                  "agent: done and we have a cabin air filter for forty five dollars\n"
                  "customer: sure do the filter too\n"
                  "agent: added see you wednesday\ncustomer: thanks",
                  true, 45, "asr: 'done and we have a filter for forty five dollars'");
}

/* The purchase's own price, an extra declined, an unpriced purchase. */
static void check_not_extra(void)
{
    kt_call_after(BRAKES,
                  "Agent: Done. You're booked for Wednesday at 8, that's $340.\n"
                  "Customer: Great, thanks.\nAgent: See you then.\nCustomer: Bye.",
                  true, 0, "the purchase's own price said again as it is booked");
    kt_call_after(BRAKES,
                  "Agent: Done. You're also due for a cabin air filter, $45.\n"
                  "Customer: No thanks, just the brakes.\n"
                  "Agent: No problem, see you Wednesday.\nCustomer: Thanks.",
                  true, 0, "the stated extra turned down");
    kt_call_after(BRAKES_ASR,
                  "agent: done you're also due for a cabin air filter forty five dollars\n"
                  "customer: no just the brakes\n"
                  "agent: okay see you wednesday\ncustomer: thanks",
                  true, 0, "asr: the stated extra turned down");
    kt_call_after(BRAKES_ASR,
                  "agent: done you're booked wednesday at eight three hundred and forty dollars\n"
                  "customer: great\nagent: see you wednesday\ncustomer: thanks",
                  true, 0, "asr: the purchase's own price said again as it is booked");
    kt_call_after(BRAKES_ASR,
                  "agent: done and we charge a twenty dollar fee if you cancel late\n"
                  "customer: okay good to know\n"
                  "agent: see you wednesday\ncustomer: thanks",
                  true, 0, "asr: 'and we charge a fee': a fee told, nothing taken");
    kt_call("agent: clip joint this is sam\n"
            "customer: hi can i get a haircut saturday morning\n"
            "agent: i have saturday at ten\n"
            "customer: ten works book me\n"
            "agent: done you're booked that's thirty five\n"
            "customer: great see you then\nagent: bye\ncustomer: bye",
            true, 0, "asr: a purchase with no price before: the carrying out prices it");
}

static const char *const CRUISE =
    "Agent: Bluewave Cruises, this is Marta.\n"
    "Customer: Hi, we'd like to book the 5-night Bahamas cruise in March, two adults, an "
    "inside cabin.\n"
    "Agent: The inside cabin is $900 per person, $1,800 for both. Shall I reserve it?\n"
    "Customer: Yes, please book it.\n";

static const char *const CRUISE_ASR =
    "agent: bluewave cruises this is marta\n"
    "customer: hi we want to book the bahamas cruise in march two adults an inside cabin\n"
    "agent: the inside cabin is nine hundred dollars per person shall i reserve it\n"
    "customer: yes please book it\n";

/* A price said as an increment ("another $200", "$200 more") for the same
 * kind of thing the customer asked for is on top of the request, not its
 * price. */
static void check_increment(void)
{
    kt_call_after(CRUISE,
                  "Agent: Reserved. For that cruise I can move you to an ocean view cabin "
                  "for another $200 total.\n"
                  "Customer: Okay, the ocean view cabin then.\n"
                  "Agent: Done, you're in the ocean view.\nCustomer: Thank you!",
                  true, 200, "'an ocean view cabin for another $200' taken");
    kt_call_after(CRUISE_ASR,
                  "agent: reserved for that cruise i can move you to an ocean view cabin "
                  "for two hundred dollars more\n"
                  "customer: okay the ocean view cabin then\n"
                  "agent: done you're in the ocean view\ncustomer: thank you",
                  true, 200, "asr: 'a cabin for two hundred dollars more' taken");
    kt_call_after(CRUISE,
                  "Agent: Reserved. For that cruise I can move you to an ocean view cabin "
                  "for another $200 total.\n"
                  "Customer: No, the inside cabin is fine.\n"
                  "Agent: No problem, you're all set.\nCustomer: Thank you!",
                  true, 0, "the increment turned down");
    kt_call_after(CRUISE_ASR,
                  "agent: reserved your inside cabin is nine hundred dollars per person\n"
                  "customer: okay great\n"
                  "agent: you're all set\ncustomer: thank you",
                  true, 0, "asr: the request's own price said again, no increment");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_extra_taken();
    check_not_extra();
    check_increment();
    kt_free();
    T_END();
}
