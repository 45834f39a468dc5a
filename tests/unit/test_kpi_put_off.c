/* test_kpi_put_off.c - a commitment the customer puts off until they are
 * back or until someone else approves it ("I'll sign up when I'm back",
 * "I'll get it approved by finance"), a purchase made later somewhere else
 * ("I'll just grab it at the front desk", "I'll just order it there"), and
 * "go ahead and close it out" after a save offer buy nothing; booking now
 * for when the customer is back, and a purchase carried out before the
 * customer names a place, still count. With the shipped rules file, on
 * short calls written for these tests, clean and speech-recognition style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* Put off until the customer is back, or until someone approves it. */
static void check_put_off(void)
{
    kt_call("Agent: Summit Gym, this is Ana.\n"
            "Customer: Hi, what does the monthly membership cost?\n"
            "Agent: It's $45 a month. I can sign you up now.\n"
            "Customer: I'm away next week. I'll sign up when I'm back.\n"
            "Agent: Sure, the rate is good all month.\n"
            "Customer: Thanks.",
            false, 0, "negative: I'll sign up when I'm back");
    kt_call("agent: hi its leo from datavault about your renewal\n"
            "customer: oh right\n"
            "agent: the yearly renewal is nine hundred can i process it\n"
            "customer: i'll get it approved by my manager first\n"
            "agent: okay ill check back friday\n"
            "customer: sounds good",
            false, 0, "negative ASR: i'll get it approved by my manager first");
    kt_call("Agent: Bayview Hotel, this is Ana.\n"
            "Customer: I'm travelling now, but I need a room for when I'm back, the 12th.\n"
            "Agent: A king room on the 12th is $180. Shall I book it?\n"
            "Customer: Yes, book it for when I'm back.\n"
            "Agent: Done, you're booked for the 12th.\n"
            "Customer: Thanks.",
            true, 0, "book it for when I'm back books now");
}

/* A purchase made later somewhere else. */
static void check_bought_elsewhere(void)
{
    kt_call("Agent: Lotus Yoga, this is Kim.\n"
            "Customer: Do you sell a class pack?\n"
            "Agent: Yes, ten classes for $140. I can put it on your account now.\n"
            "Customer: I'll just grab it at the front desk on Sunday.\n"
            "Agent: Sure.\n"
            "Customer: Thanks!",
            false, 0, "negative: I'll just grab it at the front desk");
    kt_call("agent: techworld this is raj\n"
            "customer: is the x two headset really one ninety nine\n"
            "agent: yes one ninety nine\n"
            "customer: the outlet by me has it for one fifty ill just order it there\n"
            "agent: okay\n"
            "customer: bye",
            false, 0, "negative ASR: ill just order it there");
    kt_call("Agent: Lotus Yoga, this is Kim.\n"
            "Customer: Do you sell a class pack?\n"
            "Agent: Yes, ten classes for $140. Shall I put it on your account?\n"
            "Customer: Yes, I'll take it.\n"
            "Agent: Done, it's on your account.\n"
            "Customer: Great, I'll pick up my card at the front desk.",
            true, 0, "taken and carried out, then a card picked up at the desk");
}

/* "Go ahead and close it out" after a save offer ends the service. */
static void check_close_out(void)
{
    kt_call("Agent: Streamly, this is Jo.\n"
            "Customer: I want to cancel my subscription.\n"
            "Agent: Before I do, I can give you three months at half price, $6.99.\n"
            "Customer: Thanks, but I don't use it. Go ahead and close it out.\n"
            "Agent: Understood, it stays active until the 30th.\n"
            "Customer: Fine.",
            false, 0, "negative: go ahead and close it out");
    kt_call("agent: streamly this is jo\n"
            "customer: i want to cancel my subscription\n"
            "agent: before i do i can give you three months at half price six ninety nine\n"
            "customer: oh okay yeah do that instead\n"
            "agent: done its applied\n"
            "customer: thanks",
            true, 0, "ASR: the save offer taken instead");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_put_off();
    check_bought_elsewhere();
    check_close_out();
    kt_free();
    T_END();
}
