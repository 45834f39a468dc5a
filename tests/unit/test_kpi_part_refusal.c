/* test_kpi_part_refusal.c - a refusal after the purchase is agreed that
 * names a part of the order or keeps the order ("let's hold off on the
 * rear ones", "never mind then, just the massage", "forget about the gift
 * wrap") takes back that part, not the purchase; a refusal of the whole
 * ("hold off on the whole thing", "never mind the booking", "cancel
 * everything") or one naming the purchase itself still takes it back.
 * With the shipped rules file, on short calls written for these tests,
 * clean and speech-recognition style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A refusal that names an extra or a detail leaves the purchase. */
static void check_part_refused(void)
{
    kt_call("Agent: Hillside Auto, this is Dana.\n"
            "Customer: Hi, you have my van in for the squeak. What did you find?\n"
            "Agent: The front pads are worn out, that's $240 for pads and rotors up front.\n"
            "Customer: Okay, go ahead and do the front.\n"
            "Agent: Will do. The rear pads still have some life, we could do them now for $180.\n"
            "Customer: Let's hold off on the rear ones.\n"
            "Agent: Sure, we'll check them next time.\n"
            "Customer: When will it be ready?",
            true, 0, "hold off on the rear ones leaves the front brakes");
    kt_call("agent: hillside auto this is dana\n"
            "customer: hi you have my van in what did you find\n"
            "agent: the front pads are worn out two forty for pads and rotors up front\n"
            "customer: yeah okay go ahead and do the front\n"
            "agent: will do the rear ones have some life we could do them now for one eighty\n"
            "customer: uh lets hold off on the rear ones\n"
            "agent: sure\n"
            "customer: okay when will it be ready",
            true, 0, "ASR: lets hold off on the rear ones");
    kt_call("Agent: Willow Spa, this is Mia.\n"
            "Customer: Can I book a massage on Saturday at 2?\n"
            "Agent: Saturday at 2 works. Oh, and can I offer hot stones too?\n"
            "Customer: How much is that?\n"
            "Agent: That's $20 added to the massage.\n"
            "Customer: Oh, never mind then, just the massage.\n"
            "Agent: No problem, a massage on Saturday at 2 is booked.\n"
            "Customer: Thanks!",
            true, 0, "never mind then, just the massage keeps the booking");
}

/* A refusal of the whole, or naming the purchase, takes it back. */
static void check_whole_refused(void)
{
    kt_call("Agent: Hillside Auto, this is Dana.\n"
            "Customer: Hi, what did you find on my van?\n"
            "Agent: The front pads are worn out, that's $240 for pads and rotors up front.\n"
            "Customer: Okay, go ahead and do the front.\n"
            "Agent: The rear pads could be done now too for $180.\n"
            "Customer: Actually, let's hold off on the whole thing.\n"
            "Agent: Okay, nothing done then.\n"
            "Customer: Thanks.",
            false, 0, "negative: hold off on the whole thing");
    kt_call("agent: hillside auto this is dana\n"
            "customer: hi what did you find on my van\n"
            "agent: the front pads are worn out two forty for pads and rotors up front\n"
            "customer: okay go ahead and do the front pads\n"
            "agent: and the rear ones could be done now for one eighty\n"
            "customer: actually lets hold off on the front pads too\n"
            "agent: okay\n"
            "customer: thanks",
            false, 0, "negative ASR: hold off on the purchase itself");
    kt_call("Agent: Willow Spa, this is Mia.\n"
            "Customer: Can I book a massage on Saturday at 2?\n"
            "Agent: Saturday at 2 works. Hot stones are $20 more.\n"
            "Customer: Oh, never mind the booking then.\n"
            "Agent: Okay.\n"
            "Customer: Bye.",
            false, 0, "negative: never mind the booking");
    kt_call("agent: willow spa this is mia\n"
            "customer: can i book a massage saturday at two\n"
            "agent: saturday at two works hot stones are twenty more\n"
            "customer: oh never mind just forget all of it\n"
            "agent: okay\n"
            "customer: bye",
            false, 0, "negative ASR: never mind, forget all of it");
    kt_call("agent: willow spa the massage is ninety shall i book it for saturday\n"
            "customer: yes please\n"
            "agent: okay the massage on saturday\n"
            "customer: actually forget it the party got moved\n"
            "agent: okay\n"
            "customer: bye",
            false, 0, "negative ASR: forget it, then another clause");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_part_refused();
    check_whole_refused();
    kt_free();
    T_END();
}
