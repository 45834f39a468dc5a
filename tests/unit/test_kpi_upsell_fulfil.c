/* test_kpi_upsell_fulfil.c - extras offered in the very turn that carries
 * the purchase out ("Booked. Would you like ... too? It's $45."): the turn
 * makes the purchase before it offers more, so what it offers is an extra.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has a negative
 * case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* An offer in the same turn as "booked" / "done" once the customer asked
 * for or picked something. */
static void check_offer_in_fulfilling_turn(void)
{
    kt_call("Agent: Hillside Garage, Dana speaking.\n"
            "Customer: I need my brakes checked.\n"
            "Agent: I can fit you in Tuesday at ten.\n"
            "Customer: Fine, Tuesday at ten.\n"
            "Agent: Booked. Would you like a wiper blade change too? It's $18.\n"
            "Customer: Sure.\n"
            "Agent: Got it, see you Tuesday.",
            true, 18, "an offer in the turn that books the picked slot");
    kt_call("agent: pine street vets this is omar\n"
            "customer: hi i need to bring my cat in for her jabs\n"
            "agent: i've got monday at two\n"
            "customer: monday at two is fine\n"
            "agent: okay you're booked would you like a flea treatment too it's twelve dollars\n"
            "customer: yes please\n"
            "agent: okay see you monday",
            true, 12, "ASR: \"you're booked\" then an offer in one turn");
    kt_call("Agent: Hillside Garage, Dana speaking.\n"
            "Customer: I need my brakes checked.\n"
            "Agent: I can fit you in Tuesday at ten.\n"
            "Customer: Fine, Tuesday at ten.\n"
            "Agent: Booked. Would you like a wiper blade change too? It's $18.\n"
            "Customer: No thanks, just the brakes.\n"
            "Agent: Got it, see you Tuesday.",
            true, 0, "negative: the extra offered with the booking is refused");
    kt_call("Agent: Hillside Garage, Dana speaking.\n"
            "Customer: I need my brakes checked, what would that cost?\n"
            "Agent: Would you like the full inspection? It's $60.\n"
            "Customer: Sure.\n"
            "Agent: Booked for Tuesday.",
            true, 0, "negative: with nothing carried out, the offer is the purchase");
    kt_call("Agent: Lakeside Cinema, Jo speaking.\n"
            "Customer: Hi, two seats for the nine o'clock, please.\n"
            "Agent: Done, two seats, $40. Would you like a snack box too? It's $9.\n"
            "Customer: Yeah, go on.\n"
            "Agent: Added, enjoy the film.",
            true, 9, "negative: the purchase's own price in the booking turn is no extra");
}

/* Naming one of two priced options picks it: what the agent offers next is
 * on top of the pick. */
static void check_pick_of_priced(void)
{
    kt_call("Agent: Corner Bakery, Ines speaking.\n"
            "Customer: Hi, I need a birthday cake for Sunday.\n"
            "Agent: The sponge cake is $30, or the chocolate torte is $45.\n"
            "Customer: The chocolate torte.\n"
            "Agent: Lovely. Would you like candles for $4?\n"
            "Customer: Yes please.\n"
            "Agent: Done, ready Sunday morning.",
            true, 4, "a pick of one priced option, then an extra");
    kt_call("agent: corner bakery ines speaking\n"
            "customer: hi i need a birthday cake for sunday\n"
            "agent: the sponge is thirty dollars or the chocolate torte is forty five dollars\n"
            "customer: the sponge\n"
            "agent: lovely would you like candles for four dollars\n"
            "customer: yes please\n"
            "agent: done ready sunday morning",
            true, 4, "ASR: a pick of one priced option, then an extra");
    kt_call("Agent: Corner Bakery, Ines speaking.\n"
            "Customer: Hi, I need a birthday cake for Sunday.\n"
            "Agent: The sponge cake is $30, or the chocolate torte is $45.\n"
            "Customer: Hmm, what else do you have?\n"
            "Agent: Would you like the carrot cake for $35?\n"
            "Customer: Yes please.\n"
            "Agent: Done, ready Sunday morning.",
            true, 0, "negative: no pick, the next offer is the purchase");
}

/* A day of the month said in words is a date, not a name: the turn that
 * books "the seventeenth" the customer picked and offers an extra in the
 * same breath prices the extra, not the booking. */
static void check_date_is_no_name(void)
{
    kt_call("agent: parkside grooming this is lou\n"
            "customer: hi i'd like a bath for my dog\n"
            "agent: a full bath is forty dollars we have the seventeenth or the eighteenth\n"
            "customer: um the seventeenth please\n"
            "agent: okay you're booked on the seventeenth would you like a nail trim too "
            "it's fifteen dollars\n"
            "customer: yeah sure\n"
            "agent: added see you then",
            true, 15, "ASR: the extra offered in the turn that books the picked date");
    kt_call("Agent: Parkside Grooming, Lou speaking.\n"
            "Customer: Hi, I'd like a bath for my dog.\n"
            "Agent: A full bath is $40. We have the fourteenth or the fifteenth.\n"
            "Customer: The fourteenth, please.\n"
            "Agent: You're booked on the fourteenth. Would you like a nail trim too? It's $15.\n"
            "Customer: Yes, please.\n"
            "Agent: Added.",
            true, 15, "the extra offered in the turn that books the picked date");
    kt_call("agent: parkside grooming this is lou\n"
            "customer: hi can i book a bath for my dog on the seventeenth\n"
            "agent: sure you're booked for a bath on the seventeenth that's forty dollars "
            "would you like anything else\n"
            "customer: no that's all thanks\n"
            "agent: see you then",
            true, 0, "negative: the booking's own price, the date said in words");
    kt_call("Agent: Parkside Grooming, Lou speaking.\n"
            "Customer: Hi, I'd like a bath for my dog.\n"
            "Agent: A full bath is $40. We have the fourteenth or the fifteenth.\n"
            "Customer: The fourteenth, please.\n"
            "Agent: You're booked on the fourteenth. Would you like a nail trim too? It's $15.\n"
            "Customer: No, just the bath.\n"
            "Agent: Sure.",
            true, 0, "negative: the extra offered with the date is refused");
}

/* "back" before a price is money returned ("you get back $20"), but not a
 * thing's back side ("front and back, $120", "engrave the back"). */
static void check_back_side(void)
{
    kt_call("Agent: Ridge Motors, Sam speaking.\n"
            "Customer: Hi, I'm ready to buy the blue hatchback we talked about.\n"
            "Agent: Great, it's $18,500. Do you want seat covers with it?\n"
            "Customer: What do they cost?\n"
            "Agent: A full set, front and back, is $120.\n"
            "Customer: Fine, add them.\n"
            "Agent: Added.",
            true, 120, "the price of a set 'front and back'");
    kt_call("agent: maple jewelers this is kim\n"
            "customer: hi i want to order the silver locket the one for ninety dollars\n"
            "agent: lovely would you like us to engrave the back it is twenty five dollars\n"
            "customer: oh yes please do that\n"
            "agent: done it ships tomorrow",
            true, 25, "ASR: the price to engrave the back");
    kt_call("Agent: Ridge Motors, Sam speaking.\n"
            "Customer: Hi, I'm ready to buy the blue hatchback we talked about.\n"
            "Agent: Great, it's $18,500. Bring the old floor mats in and you get back $20.\n"
            "Customer: Oh nice, I will.\n"
            "Agent: See you Thursday.",
            true, 0, "negative: money you get back is no sale");
    kt_call("agent: maple jewelers this is kim\n"
            "customer: hi i want to order the silver locket the one for ninety dollars\n"
            "agent: lovely done and since it's on sale we'll put back fifteen dollars on your "
            "card\n"
            "customer: oh great thanks\n"
            "agent: it ships tomorrow",
            true, 0, "negative: ASR: money put back on the card is no sale");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_offer_in_fulfilling_turn();
    check_pick_of_priced();
    check_date_is_no_name();
    check_back_side();
    kt_free();
    T_END();
}
