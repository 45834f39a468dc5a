/* test_kpi_upsell_asked.c - add-on offers asked in ways the offer rules
 * missed: "do you need a mat? we rent them for five" (needing a thing the
 * agent names) and speech-recognition questions that drop the "do you"
 * ("want the floor mats they're a hundred fifty"), "we do offer assembly at
 * forty nine", "would you like us to do the oven", "while the crew's there
 * they can clean the gutters". Without an offer the
 * price in words was not read as a price, and the add-on was lost.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); negatives: the offer declined,
 * "do you need anything else" / "any further assistance" offering nothing,
 * and "want a copy of the receipt" being no sale. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "Do you need a helmet? They're $30": asking whether the customer needs a
 * named thing offers it. */
static void check_need_offer(void)
{
    kt_call("Agent: Riverside Bikes, this is Carla.\n"
            "Customer: I'd like to buy the blue city bike, the one for $420.\n"
            "Agent: Great, I've put it through. Do you need a helmet? We sell them for $30.\n"
            "Customer: Yes, I'll take one.\n"
            "Agent: Added.",
            true, 30, "'do you need a helmet', priced, taken");
    kt_call("agent: riverside bikes this is carla\n"
            "customer: hi um i wanna buy the blue city bike the four twenty one\n"
            "agent: okay that's done do you need a lock we do them for twenty five\n"
            "customer: yeah uh i'll grab one\n"
            "agent: okay added",
            true, 25, "ASR: 'do you need a lock we do them for twenty five'");
    kt_call("agent: riverside bikes this is carla\n"
            "customer: hi um i wanna buy the blue city bike the four twenty one\n"
            "agent: okay that's done do you need a lock we do them for twenty five\n"
            "customer: nah i've got one already\n"
            "agent: okay you're all set",
            true, 0, "negative ASR: the lock declined");
    kt_call("Agent: Riverside Bikes, this is Carla.\n"
            "Customer: I'd like to buy the blue city bike, the one for $420.\n"
            "Agent: Great, I've put it through. Do you need any further assistance?\n"
            "Customer: No, that's fine, thanks.\n"
            "Agent: Enjoy the ride.",
            true, 0, "negative: 'do you need any further assistance' offers nothing");
    kt_call("agent: riverside bikes this is carla\n"
            "customer: hi can you tell me if the blue city bike is in stock\n"
            "agent: it is do you need anything else\n"
            "customer: yeah that's fine thanks\n"
            "agent: bye",
            false, 0, "negative ASR: 'do you need anything else' offers nothing");
}

/* "want the floor mats they're a hundred fifty": speech recognition drops
 * "do you" and the question mark; a turn or clause opening with "want" and
 * a named thing still offers it. */
static void check_dropped_do_you(void)
{
    kt_call("agent: city cell this is omar\n"
            "customer: hi i need a case for my phone the black one\n"
            "agent: the black case is twenty four ninety nine\n"
            "customer: okay i'll take it\n"
            "agent: want a screen protector with it it's twelve\n"
            "customer: yeah sure go on\n"
            "agent: okay case and protector",
            true, 12, "ASR: 'want a screen protector with it it's twelve'");
    kt_call("agent: sound shack this is ben\n"
            "customer: hi i'm after the jbl speaker the blue one\n"
            "agent: the blue one's one twenty nine\n"
            "customer: okay i'll take it\n"
            "agent: awesome want the two year warranty on it it's twenty five\n"
            "customer: uh yeah why not\n"
            "agent: okay speaker and warranty",
            true, 25, "ASR: 'awesome want the two year warranty', mid-clause");
    kt_call("agent: sound shack this is ben\n"
            "customer: hi i'm after the jbl speaker the blue one\n"
            "agent: the blue one's one twenty nine\n"
            "customer: okay i'll take it\n"
            "agent: awesome want the two year warranty on it it's twenty five\n"
            "customer: nah i'm good\n"
            "agent: okay just the speaker",
            true, 0, "negative ASR: the warranty declined");
    kt_call("agent: sound shack this is ben\n"
            "customer: hi i'm after the jbl speaker the blue one\n"
            "agent: the blue one's one twenty nine most people want the two year warranty too\n"
            "customer: okay i'll take the speaker\n"
            "agent: great it's yours",
            true, 0, "negative ASR: 'most people want the' asks nothing, not taken");
    kt_call("agent: city cell this is omar\n"
            "customer: hi i need a case for my phone the black one\n"
            "agent: the black case is twenty four ninety nine\n"
            "customer: okay i'll take it\n"
            "agent: want a screen protector with it it's twelve\n"
            "customer: no thanks just the case\n"
            "agent: okay just the case",
            true, 0, "negative ASR: the protector declined");
    kt_call("agent: city cell this is omar\n"
            "customer: hi i need a case for my phone the black one\n"
            "agent: the black case is twenty four ninety nine\n"
            "customer: okay i'll take it\n"
            "agent: want a copy of the receipt by email\n"
            "customer: yes please\n"
            "agent: sent",
            true, 0, "negative ASR: 'want a copy of the receipt' sells nothing");
}

/* "We do offer assembly for $49", "would you like us to do the oven for
 * thirty five": an offer said with an emphatic "do", and work on a named
 * part of the job that the agent's people would do. */
static void check_do_offer(void)
{
    kt_call("Agent: Pine & Oak, this is Nora.\n"
            "Customer: I'll take the oak desk, the one for $340.\n"
            "Agent: Great, it's ordered. We do offer assembly for $45.\n"
            "Customer: Oh yes, do that, please.\n"
            "Agent: Assembly added.",
            true, 45, "'we do offer assembly for $45', taken");
    kt_call("agent: pine and oak this is nora\n"
            "customer: yeah i'll take the oak desk the three forty one\n"
            "agent: great it's ordered we do offer assembly at forty five\n"
            "customer: forty five yeah do that\n"
            "agent: okay assembly added",
            true, 45, "ASR: 'we do offer assembly at forty five', taken");
    kt_call("agent: pine and oak this is nora\n"
            "customer: yeah i'll take the oak desk the three forty one\n"
            "agent: great it's ordered we do offer assembly at forty five\n"
            "customer: nah i'll build it myself\n"
            "agent: okay all set",
            true, 0, "negative ASR: assembly declined");
    kt_call("Agent: Pine & Oak, this is Nora.\n"
            "Customer: I'll take the oak desk, the one for $340.\n"
            "Agent: Great, it's ordered. We do offer refunds within 30 days.\n"
            "Customer: Okay, good to know.\n"
            "Agent: Have a nice day.",
            true, 0, "negative: 'we do offer refunds' sells nothing");
    kt_call("agent: tidy home cleaning this is sam\n"
            "customer: hi can i book a deep clean for friday\n"
            "agent: sure that's two hundred friday at ten\n"
            "customer: yes book it\n"
            "agent: booked would you like us to do the windows for forty\n"
            "customer: oh yes please they're filthy\n"
            "agent: windows added",
            true, 40, "ASR: 'would you like us to do the windows for forty'");
    kt_call("agent: tidy home cleaning this is sam\n"
            "customer: hi can i book a deep clean for friday\n"
            "agent: sure that's two hundred friday at ten\n"
            "customer: yes book it\n"
            "agent: booked would you like us to do the windows for forty\n"
            "customer: no thanks just the clean\n"
            "agent: okay see you friday",
            true, 0, "negative ASR: the windows declined");
}

/* "while the crew's there they can clean the gutters, it's one twenty":
 * the "while ... there" offer with the verb joined to its noun. */
static void check_while_there(void)
{
    kt_call("agent: hilltop roofing this is max\n"
            "customer: hi the storm took some shingles can someone look\n"
            "agent: sure the inspection is free i have monday at ten\n"
            "customer: monday at ten works\n"
            "agent: got it while the crew's there they can clean the gutters it's one twenty\n"
            "customer: oh yeah might as well\n"
            "agent: okay inspection and gutters monday at ten",
            true, 120, "ASR: 'while the crew's there they can clean the gutters', taken");
    kt_call("agent: hilltop roofing this is max\n"
            "customer: hi the storm took some shingles can someone look\n"
            "agent: sure the inspection is free i have monday at ten\n"
            "customer: monday at ten works\n"
            "agent: got it while the crew's there they can clean the gutters it's one twenty\n"
            "customer: no the gutters are fine\n"
            "agent: okay see you monday",
            true, 0, "negative ASR: the gutter cleaning declined");
    kt_call("Agent: Hilltop Roofing, this is Max.\n"
            "Customer: Hi, the storm took some shingles, can someone look?\n"
            "Agent: Sure, the inspection is free. I have Monday at 10.\n"
            "Customer: Monday at 10 works.\n"
            "Agent: Got it. While the crew's out, they can clean the gutters. It's $120.\n"
            "Customer: Yes, might as well.\n"
            "Agent: Okay, inspection and gutters Monday at 10.",
            true, 120, "'while the crew's out, they can clean the gutters', taken");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_need_offer();
    check_dropped_do_you();
    check_do_offer();
    check_while_there();
    kt_free();
    T_END();
}
