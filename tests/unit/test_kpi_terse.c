/* test_kpi_terse.c - conversion on terse calls, with the shipped rules file,
 * on short calls written for these tests (clean and speech-recognition
 * style): a yes to a priced restatement of the order that the agent then
 * carries out in words that name no booking ("Order's in.", "you're all
 * set", "it'll be right up"); a notice that carries out a cancellation.
 * Each has a counterpart that must not fire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "So that's $38.50 for both." - "Yep." - "You're all set.": the yes agreed
 * to what the agent priced, and the notice carries it out. */
static void check_priced_agreement(void)
{
    kt_call("Agent: Corner Bakery, what can I get you?\n"
            "Customer: A dozen bagels and a tub of cream cheese.\n"
            "Agent: So that's a dozen bagels and the cream cheese, $18.50 altogether.\n"
            "Customer: Yep, that's it.\n"
            "Agent: Order's in.",
            true, 0, "positive: yep to the priced order, order's in");
    kt_call("agent: harbor yoga this is dana\n"
            "customer: hi i'd like to join the studio\n"
            "agent: the unlimited pass is forty nine a month and the ten class card is ninety\n"
            "customer: hmm the ten class card actually no my schedule's too busy let me think\n"
            "agent: no problem just the unlimited pass at forty nine a month then\n"
            "customer: yeah just the pass\n"
            "agent: you're all set grab your key tag at the desk",
            true, 0, "positive ASR: yeah to the priced pass, you're all set");
    kt_call("agent: morning what can i get you\n"
            "customer: large oat latte please\n"
            "agent: large latte whole milk\n"
            "customer: no oat milk\n"
            "agent: sorry large oat latte\n"
            "customer: yes\n"
            "agent: that's five fifty it'll be right up",
            true, 0, "positive ASR: yes to the corrected order, priced notice");
}

/* The same shape where nothing is sold: a support step, a price question,
 * an e-mail asked for, and something free after a price said earlier. */
static void check_unpriced_agreement(void)
{
    kt_call("agent: fastnet support this is ken\n"
            "customer: my router keeps dropping\n"
            "agent: i can reset the line from here want me to do that\n"
            "customer: yes please\n"
            "agent: done give it two minutes",
            false, 0, "negative ASR: yes to a reset, done");
    kt_call("agent: northpeak mobile this is lee\n"
            "customer: yeah how much is the unlimited plan\n"
            "agent: unlimited is sixty a month so i'll put you down for it\n"
            "customer: no i just wanted the price",
            false, 0, "negative ASR: a yeah opening a price question");
    kt_call("Agent: Skyway Travel, Mia speaking.\n"
            "Customer: Can you price a week in Lisbon for two?\n"
            "Agent: Flights and a hotel come to about $2,300.\n"
            "Customer: And a food tour?\n"
            "Agent: The food tour is $89 per person.\n"
            "Customer: Oh, I'd love that. Can you email me everything so I can show my partner?\n"
            "Agent: Absolutely, it's on its way.",
            false, 0, "negative: love that, but email me everything");
    kt_call("Agent: Oak & Pine, Raj speaking.\n"
            "Customer: How much is the corner sofa?\n"
            "Agent: It's $2,100.\n"
            "Customer: I'm not ready to buy yet. Could you mail me fabric samples?\n"
            "Agent: Of course, they're free. They'll go out today to the address on file?\n"
            "Customer: Yes.\n"
            "Agent: Done.",
            false, 0, "negative: yes to free samples after a price");
}

/* "i've put the cancellation in": a notice that ends a service buys
 * nothing; a booking beside a cancellation list still does. */
static void check_cancellation_notice(void)
{
    kt_call("agent: peak fitness member services this is jo\n"
            "customer: i need to cancel my membership i'm moving\n"
            "agent: sorry to hear it there's a thirty day notice so the last charge is the fifteenth\n"
            "customer: thirty days really okay i guess\n"
            "agent: i've put the cancellation in\n"
            "customer: okay thanks",
            false, 0, "negative ASR: the cancellation put in");
    kt_call("Agent: Northline Wireless, Tom speaking.\n"
            "Customer: Cancel my line, please.\n"
            "Agent: I could add 20 GB of hotspot for just $5 more instead.\n"
            "Customer: No thanks. Cancel it, please.\n"
            "Agent: Okay, I've processed the cancellation effective today.",
            false, 0, "negative: the cancellation processed");
    kt_call("Agent: Bright Smile Dental, Ana speaking.\n"
            "Customer: I need a cleaning as soon as possible.\n"
            "Agent: The first opening is Thursday at 11. I can also put you on the cancellation list.\n"
            "Customer: Yes, put me on the list, and book Thursday at 11.\n"
            "Agent: Done, you're booked Thursday at 11 and on the cancellation list.",
            true, 0, "positive: booked beside the cancellation list");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_priced_agreement();
    check_unpriced_agreement();
    check_cancellation_notice();
    kt_free();
    T_END();
}
