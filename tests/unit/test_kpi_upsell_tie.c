/* test_kpi_upsell_tie.c - tying a customer's answer to an offer and its price
 * when they are not side by side (kmiss19a): an offer with no price of its
 * own ("want me to add it?") offers what the agent priced just before it, in
 * the same turn or a turn or two back with the customer's remarks between.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The offer with no price takes the price said before it. */
static void check_priced_before_offer(void)
{
    kt_call("Agent: Northway Air, Dana speaking.\n"
            "Customer: I need one seat to Boston on the 9th, the early flight.\n"
            "Agent: The 7 a.m. is $240. I can hold it for you.\n"
            "Customer: Please do.\n"
            "Agent: Done. Priority boarding is $15. Would you like to add that?\n"
            "Customer: Sure, why not.\n"
            "Agent: Added.",
            true, 15, "a price, then 'would you like to add that?' in the same turn");
    kt_call("agent: maple mobile this is sam\n"
            "customer: hi i want to switch my number over to you guys\n"
            "agent: sure the starter plan is thirty a month with autopay\n"
            "customer: okay and does it work when i'm in canada\n"
            "agent: so the starter plan doesn't include roaming but there's a travel pass it's eight bucks a month\n"
            "customer: oh nice my brother has that one\n"
            "agent: want me to add the pass to the starter plan and port your number today\n"
            "customer: yeah go for it do both\n"
            "agent: done",
            true, 8, "ASR: the pass priced a turn back, 'want me to add the pass' after a remark");
    kt_call("agent: brightside insurance lee speaking\n"
            "customer: hi i'm closing on a cabin next month so i need a home policy\n"
            "agent: okay with your car discount the home policy would be about eighty five dollars a month\n"
            "customer: oh that's less than i thought\n"
            "agent: and since it's by the lake i'd really suggest wildfire cover it's not included it's eleven a month\n"
            "customer: mhm the inspector said the same\n"
            "agent: want me to add it\n"
            "customer: yes add the wildfire cover and let's get the home policy started\n"
            "agent: perfect i'll send the papers today",
            true, 11, "ASR: 'want me to add it' a turn after the price, the customer's remark between");
}

/* Negatives: the price the offer would point at is the purchase's own, or
 * names something else, or was answered already. */
static void check_not_priced_before(void)
{
    kt_call("Agent: Maple Mobile, Sam speaking. I see you're calling about a new line.\n"
            "Customer: Yes, for my son.\n"
            "Agent: A new line on your plan is $25 a month. Want me to add it?\n"
            "Customer: Yes, please add it.\n"
            "Agent: Done, the line is active.",
            true, 0, "negative: the first price of the call is the purchase 'add it' takes");
    kt_call("Agent: Lakeview Hotel, Ana speaking.\n"
            "Customer: I need a room for Friday night.\n"
            "Agent: I have a king room at $150 and a suite at $220.\n"
            "Customer: Let's do the suite.\n"
            "Agent: Booked. Would you like breakfast with that?\n"
            "Customer: Yes please.\n"
            "Agent: Noted.",
            true, 0, "negative: 'would you like breakfast?' names nothing the earlier prices are for");
    kt_call("agent: lakeview hotel this is ana\n"
            "customer: hi i need a room for friday\n"
            "agent: the lake room is one sixty for the night\n"
            "customer: mhm\n"
            "agent: and parking is twenty a night\n"
            "customer: okay we'll take the lake room\n"
            "agent: booked want me to add a late checkout\n"
            "customer: sure\n"
            "agent: done",
            true, 0, "negative ASR: a late checkout offered, priced nowhere: parking's price is not its own");
}

/* A count the customer says, which the agent says back with the name of
 * what a unit price was said for, takes that many. */
static void check_count_echoed(void)
{
    kt_call("agent: city comedy club this is jo\n"
            "customer: hi i want three tickets for friday's late show\n"
            "agent: sure those are twenty each so sixty\n"
            "customer: yeah book three please\n"
            "agent: great and there's a backstage tour after the show it's fifteen per person\n"
            "customer: oh my daughter would love that so just two of us for the tour\n"
            "agent: two backstage tours at fifteen each\n"
            "customer: yep\n"
            "agent: you're all set",
            true, 30, "ASR: 'just two of us for the tour' - 'two backstage tours at fifteen each'");
    kt_call("Agent: Harbor Inn, Kim speaking.\n"
            "Customer: I'd like two rooms for Saturday night.\n"
            "Agent: Two rooms at $140 each. Shall I book them?\n"
            "Customer: Yes, book them.\n"
            "Agent: Done. Our harbor cruise runs Sunday morning, $25 per person.\n"
            "Customer: There are four of us, but my parents get seasick. Three, I think.\n"
            "Agent: Three cruise tickets, then.\n"
            "Customer: Great, thanks.",
            true, 75, "a count after a remark, said back with the cruise's name");
    kt_call("agent: city comedy club this is jo\n"
            "customer: hi i want three tickets for friday's late show\n"
            "agent: sure those are twenty each so sixty\n"
            "customer: yeah book three please\n"
            "agent: great and there's a backstage tour after the show it's fifteen per person\n"
            "customer: no thanks not this time\n"
            "agent: okay three tickets for friday\n"
            "customer: yep\n"
            "agent: you're all set",
            true, 0, "negative ASR: 'three tickets' said back is the purchase's count, the tour refused");
    kt_call("Agent: Harbor Inn, Kim speaking.\n"
            "Customer: I'd like two rooms for Saturday night.\n"
            "Agent: Two rooms at $140 each. Shall I book them?\n"
            "Customer: Yes, book them.\n"
            "Agent: Done. Our harbor cruise runs Sunday morning, $25 per person.\n"
            "Customer: No, we're not boat people. There are four of us though, is breakfast included?\n"
            "Agent: Yes, breakfast for four is included.\n"
            "Customer: Great, thanks.",
            true, 0, "negative: a count said back for something else, the cruise refused");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_priced_before_offer();
    check_not_priced_before();
    check_count_echoed();
    kt_free();
    T_END();
}
