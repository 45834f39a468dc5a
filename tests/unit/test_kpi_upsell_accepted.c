/* test_kpi_upsell_accepted.c - extras the customer took that the engine
 * did not see as taken, with the price written plainly: an offer that
 * points back to the sentence that priced it, an offer in a sentence of its
 * own after the notice that carries the purchase out, a price stated after
 * the customer agreed to the purchase's price in words that commit to
 * nothing the rules know, and what must stay untaken (another choice of
 * the same thing, an amount the customer holds, interest beside a request
 * for a quote, a refusal before "but yeah"). With the shipped rules file,
 * on short calls written for these tests (clean and speech-recognition
 * style); each mechanism has negative cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "it's $25 extra. Would you like to add it?": the pronoun points back to
 * the price said just before; the call's first price, with nothing bought
 * before the offer and not said to come on top, is the purchase's own. */
#define GLOSS_OFFERED                                                                          \
    "Agent: Studio Nine, Mia speaking.\n"                                                     \
    "Customer: Hi, can I book a cut with Jo on Friday?\n"                                     \
    "Agent: Jo has 3:00 or 5:30.\n"                                                           \
    "Customer: 5:30 please.\n"                                                                \
    "Agent: We have a gloss treatment this month, it's $30 extra. Would you like to add it?\n"

static void check_points_back(void)
{
    kt_call(GLOSS_OFFERED
            "Customer: Sure, why not.\n"
            "Agent: You're booked, Friday at 5:30.",
            true, 30, "\"add it\" takes the price of the sentence before");
    kt_call(GLOSS_OFFERED
            "Customer: No thanks, just the cut.\n"
            "Agent: You're booked, Friday at 5:30.",
            true, 0, "negative: the pointed-back extra refused");
    kt_call("Agent: Pine Mobile, Sam speaking. You're calling about a second line?\n"
            "Customer: Yes, for my son.\n"
            "Agent: A second line is $20 a month. Want me to add it?\n"
            "Customer: Yes, please add it.\n"
            "Agent: Done, the line is active.",
            true, 0, "negative: the first price, nothing bought before, is the purchase");
}

/* "Booked. We also offer a scan before the visit, $45.": the notice
 * prices nothing; the offer's own sentence keeps its price. */
#define EYE_PHOTO_ASKED                                                                        \
    "Agent: Elm Street Eye Care, Noor speaking.\n"                                            \
    "Customer: Hi, I'd like an eye test next week.\n"                                         \
    "Agent: I have Tuesday at 9 or Thursday at 2.\n"                                          \
    "Customer: Thursday at 2.\n"                                                              \
    "Agent: Booked. We also offer a retinal photo with the test, $35.\n"                      \
    "Customer: What does it show?\n"                                                          \
    "Agent: The back of the eye, so the optician can compare year to year.\n"

static void check_offer_after_notice(void)
{
    kt_call(EYE_PHOTO_ASKED
            "Customer: Okay, yes, add it.\n"
            "Agent: Done, Thursday at 2 with the photo.",
            true, 35, "an offer after the notice keeps its price across a question");
    kt_call(EYE_PHOTO_ASKED
            "Customer: I'll skip it this time.\n"
            "Agent: No problem, see you Thursday.",
            true, 0, "negative: asked about, then refused");
}

/* "The pads are $58 a set." - "Okay, one set." - "Rotors are $65 each.":
 * the customer agreed to the purchase's price in words that commit to
 * nothing the rules know; a price stated after it, for something else, is
 * on the table as an extra. */
static void check_after_agreed_price(void)
{
    kt_call("Agent: Brakeline Parts, Ivo speaking.\n"
            "Customer: Hi, I need front pads for a 2016 Focus.\n"
            "Agent: The ceramic pads are $58 a set.\n"
            "Customer: Okay, one set.\n"
            "Agent: Your discs may be worn as well. They're $65 each.\n"
            "Customer: Then I'll take two discs.\n"
            "Agent: One set of pads and two discs, shipping tomorrow.\n"
            "Customer: Great.",
            true, 130, "a count of a thing priced after the agreed price");
    kt_call("agent: oak and iron furniture this is dee\n"
            "customer: hi i want to order the long oak table from the window\n"
            "agent: the oak table is nine hundred dollars\n"
            "customer: okay yeah\n"
            "agent: and the benches that go with it are a hundred and twenty dollars each\n"
            "customer: we'll take two benches\n"
            "agent: table and two benches delivery on the ninth\n"
            "customer: cool thanks",
            true, 240, "ASR: benches priced after the table's price was agreed");
    kt_call("Agent: Brakeline Parts, Ivo speaking.\n"
            "Customer: Hi, I need front pads for a 2016 Focus.\n"
            "Agent: The ceramic pads are $58 a set.\n"
            "Customer: Okay, I'll take one set.\n"
            "Agent: Your discs may be worn as well. They're $65 each.\n"
            "Customer: No, just the pads. The discs were done in spring.\n"
            "Agent: One set of pads, shipping tomorrow.\n"
            "Customer: Great.",
            true, 0, "negative: \"no, just the pads\"");
    kt_call("Agent: Coastline Coaches, Rui speaking.\n"
            "Customer: I'm looking for a coach to Leeds on Friday.\n"
            "Agent: There's one at 7:10 am for $31.\n"
            "Customer: That one sounds good. Is there a later one?\n"
            "Agent: There's a coach at 11:40 am for $27.\n"
            "Customer: Sounds good, book that one.\n"
            "Agent: Booked, the 11:40 to Leeds.",
            true, 0, "negative: another coach after the first is another choice");
    kt_call("Agent: First Harbor Bank, Lin speaking.\n"
            "Customer: Can you check my checking balance?\n"
            "Agent: It's $2,140.50 in checking.\n"
            "Customer: That's fine. And my savings?\n"
            "Agent: In savings you have $8,300.\n"
            "Customer: Perfect, thanks.",
            false, 0, "negative: amounts the customer holds are told, not sold");
}

/* Interest beside a request for a quote takes nothing; a refusal said
 * before "but yeah" keeps the name it refused. */
#define LAKES_BOAT_PRICED                                                                      \
    "agent: sunway holidays this is bea\n"                                                    \
    "customer: hi i'm looking at the lakes weekend the cabin package\n"                       \
    "agent: the lakes weekend is three hundred ninety dollars per person\n"                   \
    "customer: okay that's perfect is there a boat thing you can add\n"                       \
    "agent: there's a boat hire it's eighty dollars per person\n"

static void check_not_taken(void)
{
    kt_call("agent: hi this is ana from rotaplan following up on your demo\n"
            "customer: oh hi yes we saw it\n"
            "agent: it's eight dollars per seat per month and you said about thirty seats\n"
            "customer: right thirty or so\n"
            "agent: and for another three dollars a seat you get the time clock module\n"
            "customer: yeah that sounds good can you email me a quote with both options\n"
            "agent: sure i'll send it today\n"
            "customer: thanks i need to show my boss first",
            false, 0, "negative ASR: interest and a quote with both options");
    kt_call(LAKES_BOAT_PRICED
            "customer: oh no that's a lot we'll skip the boat but yeah let's book the weekend "
            "for two\n"
            "agent: great you're booked\n"
            "customer: thanks",
            true, 0, "negative ASR: the boat refused before \"but yeah\"");
    kt_call(LAKES_BOAT_PRICED
            "customer: oh nice yeah the boat too and let's book the weekend for two\n"
            "agent: great you're booked\n"
            "customer: thanks",
            true, 160, "ASR: the boat taken with the weekend for two");
}

/* "skip-the-line entry" names a ticket, not a delivery to skip: the offer
 * stands; "skip the delivery" still asks for no purchase. */
static void check_skip_the_line(void)
{
    kt_call("Agent: Old Town Tours, Kai speaking.\n"
            "Customer: Hi, two tickets for the Saturday walking tour.\n"
            "Agent: Sure, that's $30 each. Would you like to add skip-the-line entry to the "
            "castle? It's $18 per person.\n"
            "Customer: Yes, both of us.\n"
            "Agent: Done, two tour tickets and two castle entries.",
            true, 36, "skip-the-line entry offered and taken for both");
    kt_call("Agent: Fresh Box, Lou speaking.\n"
            "Customer: Hi, I'm away next week.\n"
            "Agent: Would you like me to skip the delivery next week?\n"
            "Customer: Yes please.\n"
            "Agent: Done, see you the week after.",
            false, 0, "negative: skipping a delivery buys nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_points_back();
    check_offer_after_notice();
    check_after_agreed_price();
    check_not_taken();
    check_skip_the_line();
    kt_free();
    T_END();
}
