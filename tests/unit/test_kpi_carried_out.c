/* test_kpi_carried_out.c - the agent's word that what the customer agreed to
 * is carried out, in the short forms agents use ("booked for the 8th",
 * "repair scheduled", "it's added and active", "you're active again", "it's
 * in production", "you're in the garden suite for Friday"), and a notice
 * tied to the customer's yes to the agent saying back what is being bought
 * (an item priced earlier in the call) though that turn states no price;
 * with negatives (a full calendar, billing told, a status, a free step, a
 * refund), clean and speech-recognition style; and a "no" to "anything to
 * drink?" that leaves the order awaiting its notice. Calls invented for
 * these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Short notices of the act. */
static void check_short_notices(void)
{
    kt_call("agent: hillside tutoring this is dana\n"
            "customer: hi i want to book a maths session for my son\n"
            "agent: sure sessions are forty five we have the eleventh or the thirteenth\n"
            "customer: the eleventh\n"
            "agent: okay booked for the eleventh at four\ncustomer: thanks",
            true, 0, "asr: 'okay booked for the eleventh'");
    kt_call("Customer: I need the carpet in the hall cleaned, can someone come next week?\n"
            "Agent: Yes, hall carpets are $60. There's a cancellation list for sooner too.\n"
            "Customer: Fine, book the earliest day and put me on the list.\n"
            "Agent: Booked for the 9th at ten and you're on the list.\nCustomer: Good.",
            true, 0, "'Booked for the 9th at ten' beside a free list");
    kt_call("Customer: My fridge is leaking, I want the repair you quoted me.\n"
            "Agent: That's the seal replacement, $140. I can send someone Thursday.\n"
            "Customer: Yes, do that.\nAgent: Repair scheduled, Thursday between 8 and 12.\n"
            "Customer: Thanks.",
            true, 0, "'Repair scheduled' opening the notice");
    kt_call("customer: i want the streaming bundle on my plan\n"
            "agent: the bundle is twelve a month\ncustomer: yeah put it on\n"
            "agent: alright its added and active starting tonight\ncustomer: great",
            true, 0, "asr: 'its added and active starting tonight'");
    kt_call("agent: hi this is lee from peak gym your membership lapsed last month\n"
            "customer: oh right my card changed\n"
            "agent: it's thirty nine a month same as before want me to put the new card on\n"
            "customer: sure turn it back on\n"
            "agent: okay card updated youre active again from today\ncustomer: cool",
            true, 0, "asr: 'youre active again'");
    kt_call("Customer: I'd like 200 flyers printed from the file I sent.\n"
            "Agent: 200 flyers on gloss are $65, ready Friday. Shall I go ahead?\n"
            "Customer: Yes please.\nAgent: Great, they're in production now.\n"
            "Customer: Lovely.",
            true, 0, "'they're in production'");
    kt_call("Customer: Hi, is the garden suite free on Friday night?\n"
            "Agent: It is, $180 for the night.\n"
            "Customer: Sounds good, go ahead.\n"
            "Agent: Wonderful, you're in the garden suite for Friday.\nCustomer: Thank you!",
            true, 0, "'you're in the garden suite for Friday'");
}

/* Words like a notice that carry nothing out. */
static void check_not_notices(void)
{
    kt_call("Customer: Can I book a colour for the 24th?\n"
            "Agent: Sorry, we're fully booked for the 24th.\nCustomer: Oh well, thanks.",
            false, 0, "'fully booked for the 24th' is a full day");
    kt_call("customer: why did my bill go up\n"
            "agent: the equipment fee is five a month its added automatically each month\n"
            "customer: okay thanks",
            false, 0, "asr: 'its added automatically' tells billing");
    kt_call("Customer: Is my account still open? I haven't used it in a while.\n"
            "Agent: Yes, your account is active.\nCustomer: Okay, great, thanks.",
            false, 0, "'your account is active' answers a status question");
    kt_call("Customer: Can someone call me back about my bill?\n"
            "Agent: Sure, you're in the queue for a callback this afternoon.\n"
            "Customer: Okay.",
            false, 0, "'you're in the queue for a callback' waits for a call");
}

/* A yes to the agent saying back what is being bought, then the notice. */
static void check_restated_then_done(void)
{
    kt_call("agent: riverside bowling this is max\n"
            "customer: hi two lanes for saturday at six\n"
            "agent: lanes are thirty an hour and shoe hire is four each\n"
            "customer: six people so six shoe hires\n"
            "agent: so two lanes saturday six plus six shoe hires\ncustomer: yep\n"
            "agent: booked see you saturday\ncustomer: cheers",
            true, 0, "asr: lanes and shoes said back, 'yep', 'booked'");
    kt_call("Agent: Garden Depot, Sam speaking.\n"
            "Customer: Hi, I want to order bark mulch for delivery.\n"
            "Agent: Sure, mulch is $45 a cubic yard. How many?\nCustomer: Two yards.\n"
            "Agent: We also have edging for $20. Want it?\nCustomer: No, I have some.\n"
            "Agent: Okay, so just the two yards of mulch for Thursday.\n"
            "Customer: Yes, go ahead.\nAgent: They'll be ready for the truck Thursday morning.\n"
            "Customer: Great.",
            true, 0, "the mulch said back after an extra refused, 'It'll be there'");
    kt_call("agent: bayside pharmacy\n"
            "customer: can you renew my inhaler prescription\n"
            "agent: the inhaler is twenty with your plan want it delivered\n"
            "customer: no i'll pick it up\n"
            "agent: okay so the inhaler for pickup this afternoon\ncustomer: yep\n"
            "agent: it'll be ready after three\ncustomer: thanks",
            true, 0, "asr: the inhaler said back for pickup, 'it'll be ready'");
}

/* A notice after a yes to something that is no purchase. */
static void check_not_restated(void)
{
    kt_call("Customer: I bought the $90 lamp last week and the switch is loose.\n"
            "Agent: Sorry about that. Can you send me a photo so I can log it?\n"
            "Customer: Yes, I'll do that now.\nAgent: Done, I've logged it.\n"
            "Customer: Thanks.",
            false, 0, "a yes to sending a photo, then 'Done'");
    kt_call("Customer: I'd like to return the jacket, it doesn't fit.\n"
            "Agent: Of course. Return postage is $6, taken from the refund. The jacket goes "
            "back in its bag.\nCustomer: Fine, just process the return.\n"
            "Agent: Done. Your refund of $84 will reach your card in five days.\n"
            "Customer: Okay.",
            false, 0, "'Done.' told by the refund in the next sentence");
    kt_call("Customer: I need knee physio, can I book with someone this week?\n"
            "Agent: Our in-network therapists are full, but an out-of-network therapist is $140 "
            "a session.\nCustomer: That's too much.\n"
            "Agent: I can put you on the cancellation list for in-network therapists.\n"
            "Customer: Yes, please put me on the list.\nAgent: Done.\nCustomer: Thanks.",
            false, 0, "a yes to a list that names the therapists priced before");
    kt_call("customer: the router you sold me for sixty keeps dropping\n"
            "agent: sorry about that shall i reset the router from here\n"
            "customer: yes please\nagent: done it should come back in a minute\n"
            "customer: okay thanks",
            false, 0, "asr: a reset of the router priced before is a step");
}

/* "nah" to more for the same order keeps the order asked for. */
static void check_no_to_more(void)
{
    kt_call("agent: golden bowl pickup or delivery\ncustomer: pickup\n"
            "agent: what can i get you\ncustomer: two pad thai\n"
            "agent: two pad thai anything to drink\ncustomer: nah\n"
            "agent: so two pad thai twenty four about fifteen minutes\ncustomer: cool",
            true, 0, "asr: 'nah' to 'anything to drink' keeps the order");
    kt_call("Agent: Luigi's, what can I get you?\nCustomer: One large margherita.\n"
            "Agent: Sure. Any sides?\nCustomer: No thanks.\n"
            "Agent: One large margherita, $16, ready in twenty minutes.\nCustomer: Great.",
            true, 0, "'No thanks' to 'Any sides?' keeps the order");
    kt_call("Agent: Luigi's, what can I get you?\nCustomer: One large margherita.\n"
            "Agent: Sure, that's $16. Shall I put it through?\n"
            "Customer: No, forget it, that's too much.\nAgent: Okay.",
            false, 0, "a no to putting the order through drops it");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_short_notices();
    check_not_notices();
    check_restated_then_done();
    check_not_restated();
    check_no_to_more();
    kt_free();
    T_END();
}
