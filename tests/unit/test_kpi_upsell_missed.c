/* test_kpi_upsell_missed.c - add-ons that were offered and taken but read
 * as the purchase itself or not at all: an offer made right after the
 * customer picked a slot the agent offered (before the agent said the
 * booking back); a plain yes that opens a longer answer after the customer
 * asked about the offer and the agent only answered; an unpunctuated
 * question ("what does it do exactly") that makes that exchange. With the shipped rules file, on short calls written for
 * these tests (clean and speech-recognition style); each mechanism has
 * negatives (an add-on declined, a price of the purchase itself). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A slot the customer picked from the agent's list is the purchase even
 * before the agent books it: an offer in the agent's next turn comes on
 * top of it. */
static void check_offer_after_pick(void)
{
    kt_call("Agent: Green Valley Clinic, this is Ann.\n"
            "Customer: Hi, I need a checkup for my cat.\n"
            "Agent: I have Tuesday at 10 or Thursday at 3.\n"
            "Customer: Thursday at 3 works.\n"
            "Agent: Great. Would you like us to clean her teeth while she's here? It's $40.\n"
            "Customer: Yes please, her breath is awful.\n"
            "Agent: Thursday at 3, checkup and teeth cleaning.",
            true, 40, "an offer right after a picked slot, taken with a yes");
    kt_call("agent: sunny cuts this is dee\n"
            "customer: hey i want a haircut this week\n"
            "agent: i've got friday at two or saturday at eleven\n"
            "customer: um saturday at eleven is good\n"
            "agent: okay and do you want a beard trim with that it's twelve dollars\n"
            "customer: oh yeah sure\n"
            "agent: alright saturday at eleven haircut and beard trim",
            true, 12, "ASR: offer after a picked slot, 'oh yeah sure'");
    kt_call("agent: sunny cuts this is dee\n"
            "customer: hey i want a haircut this week\n"
            "agent: i've got friday at two or saturday at eleven\n"
            "customer: saturday at eleven is good\n"
            "agent: okay and do you want a beard trim with that it's twelve dollars\n"
            "customer: nah just the haircut\n"
            "agent: alright saturday at eleven",
            true, 0, "negative: the offer after the pick declined");
}

/* The customer asks about the offer, the agent answers with nothing new,
 * and a plain yes opening a longer answer takes it; a verdict on the reply
 * or a go-ahead for the purchase after turning the extra down does not. */
static void check_yes_after_question(void)
{
    kt_call("Customer: I'd like to book a window clean for Friday.\n"
            "Agent: Booked for Friday. Would you like the gutters cleared too? It's $60.\n"
            "Customer: Does that include the garage roof?\n"
            "Agent: It does, every gutter on the property.\n"
            "Customer: Yes, do it, the garage one is full of leaves.\n"
            "Agent: Added.",
            true, 60, "a plain yes opening a longer answer after a question");
    kt_call("customer: i want to book a wash and cut for saturday\n"
            "agent: sure a wash and cut is forty five dollars\n"
            "customer: okay book me in\n"
            "agent: you're booked for saturday would you like to add a scalp treatment it's twenty five dollars\n"
            "customer: hmm what does it do exactly\n"
            "agent: it calms the skin and helps with dryness\n"
            "customer: oh okay yeah do that my scalp is always itchy\n"
            "agent: added see you saturday",
            true, 25, "ASR: unpunctuated question, then 'oh okay yeah do that ...'");
    kt_call("Customer: We're renewing our team plan for 20 seats.\n"
            "Agent: Renewal is $4,000 for the year. Would you like to add phone support for $500 a year?\n"
            "Customer: What does phone support include?\n"
            "Agent: A direct line during business hours.\n"
            "Customer: We'll keep email support. Please go ahead with the renewal.\n"
            "Agent: Done.",
            true, 0, "negative: a go-ahead after turning the extra down, not opening the answer");
    kt_call("customer: i want to book a wash and cut for saturday\n"
            "agent: sure a wash and cut is forty five dollars\n"
            "customer: okay book me in\n"
            "agent: you're booked for saturday would you like to add a scalp treatment it's twenty five dollars\n"
            "customer: what does it do exactly\n"
            "agent: it calms the skin and helps with dryness\n"
            "customer: perfect thanks for explaining i'll think about it next time\n"
            "agent: no problem see you saturday",
            true, 0, "negative (ASR): a verdict on the reply takes nothing");
    kt_call("Customer: I'd like to book a window clean for Friday.\n"
            "Agent: Booked for Friday. Would you like the gutters cleared too? It's $60.\n"
            "Customer: Can I add that later through the app?\n"
            "Agent: Yes, it's in the app under your booking.\n"
            "Customer: Alright, I might do that.\n"
            "Agent: Sounds good.",
            true, 0, "negative: 'I might do that' hedges the yes");
    kt_call("customer: i want to book a wash and cut for saturday\n"
            "agent: you're booked for saturday would you like to add a scalp treatment it's twenty five dollars\n"
            "customer: what does it do exactly\n"
            "agent: it calms the skin and helps with dryness\n"
            "customer: okay maybe do that next time\n"
            "agent: no problem see you saturday",
            true, 0, "negative (ASR): 'maybe do that' hedges the yes");
}

/* The turn that books what was bought before it can state a price for
 * something more with no offer words; the customer takes it by a yes or
 * by "throw that in". A price beside the booking's own day is not one. */
static void check_stated_in_booking(void)
{
    kt_call("Customer: I need a lunch buffet for 15 on Friday.\n"
            "Agent: Our buffet is $20 a head.\n"
            "Customer: Great, let's book it.\n"
            "Agent: Booked for Friday. We can add a fruit platter for $30.\n"
            "Customer: Yes to the fruit platter.\n"
            "Agent: Done.",
            true, 30, "a price stated in the booking turn, taken with a yes");
    kt_call("customer: hi i need my car serviced this week\n"
            "agent: a full service is one hundred fifty dollars\n"
            "customer: okay book it\n"
            "agent: okay you're booked and your brake fluid is due it's forty dollars if you want it\n"
            "customer: sure throw that in\n"
            "agent: will do",
            true, 40, "ASR: stated in the booking turn, 'sure throw that in'");
    kt_call("Customer: I'd like the gigabit plan.\n"
            "Agent: It's $70 a month.\n"
            "Customer: Sign me up.\n"
            "Agent: Done. The installer comes Saturday between 8 and 12, and we rent mesh points at $10 a month.\n"
            "Customer: Saturday's perfect.\n"
            "Agent: Great.",
            true, 0, "negative: the booking's day named back, not the rental");
}

/* A purchase bought before any price was said ("the phone is free with a
 * trade in"), an extra taken, and the agent goes on to the next one ("and
 * a case for ..."): that price is one more extra, not the purchase's own. A
 * turn that does not go on from an extra just taken ("the gigabit plan" -
 * "sign me up" - "it's seventy a month") still prices the purchase. */
static void check_next_extra(void)
{
    static const char *const opening =
        "customer: hi i want the new pixel my old one is cracked\n"
        "agent: the pixel is free with a trade in of your old phone\n"
        "customer: great let's do that\n"
        "agent: would you like device insurance it's nine dollars a month\n";
    kt_call_after(opening,
                  "customer: yes add the insurance\n"
                  "agent: and a leather case for thirty four ninety nine\n"
                  "customer: yeah the case too\n"
                  "agent: all set it ships monday",
                  true, 43.99, "ASR: an extra taken, then 'and a case for ...' taken by name");
    kt_call_after(opening,
                  "customer: yes add the insurance\n"
                  "agent: there's also a cloud plan for two ninety nine a month\n"
                  "customer: okay that too\n"
                  "agent: all set it ships monday",
                  true, 11.99, "ASR: 'there's also ...' after an extra taken, 'that too'");
    kt_call_after(opening,
                  "customer: yes add the insurance\n"
                  "agent: and a leather case for thirty four ninety nine\n"
                  "customer: no thanks just the insurance\n"
                  "agent: all set it ships monday",
                  true, 9, "negative: the next extra declined");
    kt_call_after(opening,
                  "customer: no thanks\n"
                  "agent: and a leather case for thirty four ninety nine\n"
                  "customer: okay\n"
                  "agent: all set it ships monday",
                  true, 0, "negative: nothing taken before, an 'okay' to a stated price");
}

/* A drop verb takes away what follows it only up to the words that turn
 * to what is kept ("drop the insurance just keep the gps"): speech
 * recognition gives them no comma, yet the kept extra stays; a drop of both
 * names ("drop the insurance and the gps") still takes both back. */
static void check_drop_then_keep(void)
{
    static const char *const opening =
        "customer: hi i need a car at the airport friday to monday\n"
        "agent: a compact is forty a day does that work\n"
        "customer: yeah the compact is fine\n"
        "agent: want to add collision cover for fifteen a day and a child seat for thirty for the whole rental\n"
        "customer: sure both\n"
        "agent: okay compact with collision cover and the child seat\n";
    kt_call_after(opening,
                  "customer: wait actually drop the collision cover my card covers it just keep the child seat\n"
                  "agent: no problem compact and child seat",
                  true, 30, "ASR: 'drop X ... just keep Y' keeps Y");
    kt_call_after(opening,
                  "customer: actually skip the collision cover but keep the child seat\n"
                  "agent: sure",
                  true, 30, "ASR: 'skip X but keep Y' keeps Y");
    kt_call_after(opening,
                  "customer: actually drop the collision cover and the child seat my sister has one\n"
                  "agent: no problem just the compact",
                  true, 0, "negative: a drop that names both takes both back");
}

/* A read-back that names an extra offered earlier and left unanswered (the
 * customer asked about it instead), confirmed by a yes opening the next
 * turn, takes it; a read-back that leaves something out or names only the
 * purchase takes nothing. */
static void check_readback_takes(void)
{
    static const char *const opening =
        "customer: hi i'm going to lisbon next month and my plan won't work there\n"
        "agent: the travel plan is fifty five a month would you like that\n"
        "customer: yes switch me to that\n"
        "agent: we can also add a data pass for fifteen dollars a month\n"
        "customer: hmm does it cover spain as well\n";
    kt_call_after(opening,
                  "agent: it does so just to read that back the travel plan at fifty five with the data pass at fifteen starting today is that right\n"
                  "customer: yep that's right\n"
                  "agent: done",
                  true, 15, "ASR: read-back naming the extra, confirmed");
    kt_call_after(opening,
                  "agent: it does so just to read that back the travel plan at fifty five without the data pass starting today is that right\n"
                  "customer: yep that's right\n"
                  "agent: done",
                  true, 0, "negative: the read-back leaves the extra out");
    kt_call_after(opening,
                  "agent: it does so just to read that back the travel plan at fifty five starting today is that right\n"
                  "customer: yep that's right\n"
                  "agent: done",
                  true, 0, "negative: the read-back names only the plan");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_offer_after_pick();
    check_yes_after_question();
    check_stated_in_booking();
    check_next_extra();
    check_drop_then_keep();
    check_readback_takes();
    kt_free();
    T_END();
}
