/* test_kpi_indirect.c - commitments and refusals said in indirect words,
 * with the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style): a yes to an order the agent reads
 * back with "to read that back", "send it over and I'll sign", and a bare
 * "sure" that goes on to ask for a detail, which books nothing yet; going
 * "somewhere else" or "with the other guys" takes the purchase elsewhere;
 * "give me three dozen" orders a count in the unit priced. Each mechanism
 * has negative cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "So, to read that back: ..." reads the order back for the customer to
 * confirm; a yes to it commits. Reading back an e-mail address, or no yes,
 * commits to nothing. */
static void check_read_that_back(void)
{
    kt_call("agent: thanks for calling northwind internet this is sam\n"
            "customer: hi yeah i want faster internet\n"
            "agent: the gig plan is seventy a month so just to read that back you're moving to the gig plan at seventy starting monday\n"
            "customer: yep sounds right when does it start\n"
            "agent: monday morning",
            true, 0, "ASR: yep to 'just to read that back'");
    kt_call("Agent: Luna Bistro, this is Ana.\n"
            "Customer: A table for four on Friday at 8, please.\n"
            "Agent: Let me read it all back: four people, Friday at 8 pm, under Okafor.\n"
            "Customer: Yes, that's right.\n"
            "Agent: Wonderful, see you Friday.",
            true, 0, "yes to 'let me read it all back'");
    kt_call("Agent: Harbor Bank, this is Leo.\n"
            "Customer: I need to update my email.\n"
            "Agent: Sure. To read that back, your email is jo at example dot com?\n"
            "Customer: Yes, that's right.\n"
            "Agent: Updated.",
            false, 0, "negative: yes to an email read back");
    kt_call("agent: so to read that back the premium plan at ninety a month\n"
            "customer: hmm let me think about it and call you back\n"
            "agent: sure",
            false, 0, "negative ASR: read back, then a deferral");
}

/* "Send it over and I'll sign": asking for the papers to sign them commits;
 * asking for them to read, or signing for a delivery, does not. */
static void check_send_and_sign(void)
{
    kt_call("Agent: Hi, this is Dana from Brightdesk, your account manager.\n"
            "Customer: We need ten more seats on our plan.\n"
            "Agent: Seats are $12 per user per month. I'll prepare an amended order form.\n"
            "Customer: Send it over and I'll sign.\n"
            "Agent: Sent.\n"
            "Customer: Signed and returned.",
            true, 0, "send it over and I'll sign");
    kt_call("agent: hi this is raj at coastline solar\n"
            "customer: hi so about that quote for the panels\n"
            "agent: yes twelve thousand installed i can email you the contract\n"
            "customer: yeah email it over and we'll sign it\n"
            "agent: great sending now",
            true, 0, "ASR: email it over and we'll sign it");
    kt_call("Agent: Hi, this is Dana from Brightdesk.\n"
            "Customer: Can you send over the pricing sheet? I'll read it this weekend.\n"
            "Agent: Sure, sending it now.\n"
            "Customer: Thanks.",
            false, 0, "negative: send it over to read it");
    kt_call("agent: hi this is raj at coastline solar\n"
            "customer: hi send me the brochure and ill think about it\n"
            "agent: will do",
            false, 0, "negative ASR: send the brochure and I'll think about it");
}

/* "Sure, can I get your insurance?" written without a question mark: a bare
 * yes that goes on to ask for a detail takes the request in hand and books
 * nothing yet; a yes that prices what was asked for, or says the day back,
 * still books. */
static void check_ack_then_detail(void)
{
    kt_call("agent: valley physio this is kim\n"
            "customer: hi i'd like to start physio next week\n"
            "agent: sure can i get your insurance\n"
            "customer: its blue cross\n"
            "agent: sorry we don't take blue cross\n"
            "customer: oh okay bye",
            false, 0, "negative ASR: sure can i get your insurance");
    kt_call("agent: bright smiles dental this is kim\n"
            "customer: hi i'd like a cleaning on tuesday at ten\n"
            "agent: okay tuesday at ten with doctor lee can i get your date of birth\n"
            "customer: may fifth eighty nine\n"
            "agent: thanks see you then",
            true, 0, "ASR: the day said back, then a detail question");
    kt_call("Customer: I need a car from Monday to Friday.\n"
            "Agent: Okay, a compact is $40 a day.\n"
            "Customer: Great.\n"
            "Agent: See you Monday.",
            true, 0, "okay with a price to a request with days");
}

/* "I'll have to go somewhere else", "I'm gonna go with the other guys" in
 * unpunctuated text: what the customer accepted and the agent has not
 * carried out is not bought; asking about somewhere else, or a purchase
 * carried out before, stands. */
static void check_somewhere_else(void)
{
    kt_call("customer: hi if you can fit me in before friday then go ahead and book it\n"
            "agent: the earliest i have is monday at eight\n"
            "customer: no then i'll have to go somewhere else\n"
            "agent: sorry about that",
            false, 0, "negative ASR: conditional booking, then go somewhere else");
    kt_call("Agent: I could take it down to $1,600.\n"
            "Customer: No, still too much. We're going with the other company, they were nicer.\n"
            "Agent: Understood.",
            false, 0, "negative: going with the other company after a revised price");
    kt_call("customer: nah i'm gonna go with the other guys honestly they were cheaper\n"
            "agent: okay understood",
            false, 0, "negative ASR: gonna go with the other guys");
    kt_call("customer: can you book me a cut for saturday at ten\n"
            "agent: you're booked saturday at ten\n"
            "customer: great do i have to go somewhere else for parking\n"
            "agent: no there's a lot out back",
            true, 0, "ASR: booked, then a question about somewhere else");
    kt_call("Customer: Renew my policy, please.\n"
            "Agent: Done, you're renewed for another year.\n"
            "Customer: Thanks. If it goes up again I'll go with the other company.",
            true, 0, "renewed, then a threat about the other company");
}

/* "Give me three dozen", "get us two boxes please": a count in the unit the
 * agent priced orders it; asking for a minute, or for a count of
 * brochures to read, does not. */
static void check_count_in_unit(void)
{
    kt_call("Agent: Cookies are $18 a dozen.\n"
            "Customer: Give me three dozen.\n"
            "Agent: Three dozen, ready at noon.",
            true, 0, "give me three dozen");
    kt_call("agent: the bagels come in boxes of six for twelve dollars\n"
            "customer: okay get us two boxes please\n"
            "agent: two boxes coming up",
            true, 0, "ASR: get us two boxes please");
    kt_call("Agent: Cookies are $18 a dozen.\n"
            "Customer: Give me a minute to think.\n"
            "Agent: Sure.",
            false, 0, "negative: give me a minute");
    kt_call("agent: the boxes are twelve dollars each\n"
            "customer: can you give me two boxes worth of samples to look at first\n"
            "agent: sure i'll mail them",
            false, 0, "negative ASR: a question asking for samples");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_read_that_back();
    check_send_and_sign();
    check_ack_then_detail();
    check_somewhere_else();
    check_count_in_unit();
    kt_free();
    T_END();
}
