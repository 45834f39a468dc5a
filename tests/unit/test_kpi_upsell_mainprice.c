/* test_kpi_upsell_mainprice.c - the price of the purchase itself, asked
 * for once the customer has agreed to it ("sure, how much will this cost
 * me?", "may I know how much this will be?", "what will that run me?",
 * "how much is it totally?", "what's the cost?"), is the purchase's own
 * price: a yes to it buys nothing more. A price question that names only
 * the asker, the asking or how the sum is put names no thing besides the
 * purchase. With the shipped rules file, on short calls written for these
 * tests (clean and speech-recognition style); negatives: a question that
 * names a thing besides the purchase ("how much would it cost me to add
 * the mats?") and a real add-on offered on top after the purchase's price
 * still count. An agent turn that answers the price question and, in the
 * same turn, offers something more ("it's thirty eight would you like to
 * add parking for ten more") puts that offer on the table: "add the
 * parking" takes the parking, not the price of the booking. A turn that
 * opens with regret right after the customer agreed to a read-back and
 * carries nothing out ("Sorry, that reservation could not me made. How
 * about the 4:50 bus for $38?") reports the purchase failed in whatever
 * words: what it proposes stands in for it, it is not on top. A price
 * stated once the purchase is bought, in the words the customer looked for
 * it with ("I want day passes" ... "Two day passes, $120"), is the
 * purchase's own, restated; an add-on offered after it still counts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The customer agrees, then asks what it costs in words that name only
 * themselves or the asking: the answer prices the purchase. */
static void check_asker_words(void)
{
    kt_call("Customer: I need a shuttle to the stadium for two people.\n"
            "Agent: Please confirm: a shuttle for 2 to the stadium at 6 pm.\n"
            "Customer: Yes, that's right. May I know how much this will cost me?\n"
            "Agent: Your shuttle is booked. It will cost you $38.\n"
            "Customer: Great, thanks a lot.\n"
            "Agent: Enjoy the game.",
            true, 0, "'may I know how much this will cost me' prices the booking");
    kt_call("customer: hi i need a shuttle to the stadium for two\n"
            "agent: okay confirming a shuttle for two to the stadium at six\n"
            "customer: yep that's right what will that run me\n"
            "agent: all booked it's thirty eight dollars\n"
            "customer: perfect thanks\n"
            "agent: enjoy the game",
            true, 0, "ASR: 'what will that run me' prices the booking");
    kt_call("Customer: I'd like to rent a van from Friday to Sunday.\n"
            "Agent: I have a cargo van at the downtown branch for Friday morning.\n"
            "Customer: Sounds good, reserve it. How much is it totally?\n"
            "Agent: It comes to $140.\n"
            "Customer: Okay, great.\n"
            "Agent: You're all set.",
            true, 0, "'how much is it totally' prices the rental");
    kt_call("customer: i'd like to rent a van from friday to sunday\n"
            "agent: there's a cargo van at the downtown branch friday morning\n"
            "customer: sure book that what's the cost\n"
            "agent: it's one forty\n"
            "customer: okay great\n"
            "agent: you're all set",
            true, 0, "ASR: 'what's the cost' prices the rental");
}

/* Negatives: a question naming a thing besides the purchase, and an
 * add-on offered on top after the purchase's price, are still extras. */
static void check_real_addons(void)
{
    kt_call("Customer: I'd like to rent a van from Friday to Sunday.\n"
            "Agent: Done, your cargo van is reserved for $140.\n"
            "Customer: Great. How much would it cost me to add a hand truck?\n"
            "Agent: A hand truck is $15.\n"
            "Customer: Okay, add it please.\n"
            "Agent: Added.",
            true, 15, "negative: 'cost me to add a hand truck' names the extra");
    kt_call("customer: i need a shuttle to the stadium for two\n"
            "agent: okay confirming a shuttle for two to the stadium at six\n"
            "customer: yep that's right what will that run me\n"
            "agent: all booked it's thirty eight dollars would you like to add parking for ten more\n"
            "customer: yeah add the parking\n"
            "agent: done",
            true, 10, "negative ASR: parking offered on top after the booking's price");
    kt_call("Customer: I need a shuttle to the stadium for two people.\n"
            "Agent: Please confirm: a shuttle for 2 to the stadium at 6 pm.\n"
            "Customer: Yes, that's right. How much is it?\n"
            "Agent: It's booked, $38. Would you like to add parking for $10 more?\n"
            "Customer: No thanks, just the shuttle.\n"
            "Agent: Okay, enjoy the game.",
            true, 0, "negative: parking offered with the booking's price and declined");
    kt_call("Customer: I'd like to rent a van from Friday to Sunday.\n"
            "Agent: I have a cargo van at the downtown branch for Friday morning.\n"
            "Customer: Sounds good, reserve it. How much is it totally?\n"
            "Agent: It comes to $140. Would you also like moving blankets for $12?\n"
            "Customer: Sure, I'll take the blankets.\n"
            "Agent: Added.",
            true, 12, "negative: blankets offered on top after the rental's price");
}

/* Regret after the customer agreed to a read-back: the alternative
 * replaces the purchase that failed; negatives: an add-on offered with an
 * apology once the purchase is carried out, or said to come on top. */
static void check_regret_after_readback(void)
{
    kt_call("Customer: I need two bus tickets to Portland on Friday.\n"
            "Agent: Please confirm 2 tickets on the 3:45 pm bus to Portland on Friday.\n"
            "Customer: Yes, that is right.\n"
            "Agent: Sorry, I did not manage to get those. How about the 4:10 pm bus at $20 a ticket?\n"
            "Customer: That works.\n"
            "Agent: Your tickets are purchased.",
            true, 0, "regret after the read-back: the 4:10 bus replaces the 3:45");
    kt_call("customer: i need two bus tickets to portland on friday\n"
            "agent: okay please confirm two tickets on the three forty five bus to portland friday\n"
            "customer: yep that's right\n"
            "agent: unfortunately i can not buy that one how about the four ten bus for twenty dollars\n"
            "customer: yeah that works\n"
            "agent: okay your tickets are purchased",
            true, 0, "ASR: 'unfortunately i can not buy that one' then an alternative");
    kt_call("Customer: I need two bus tickets to Portland on Friday.\n"
            "Agent: Please confirm 2 tickets on the 3:45 pm bus to Portland on Friday.\n"
            "Customer: Yes, that is right.\n"
            "Agent: Sorry for the wait, your tickets are booked. Would you like to add a reserved seat for $5?\n"
            "Customer: Yes, add the seat.\n"
            "Agent: Added.",
            true, 5, "negative: apology with the booking carried out, then an add-on");
    kt_call("customer: i need two bus tickets to portland on friday\n"
            "agent: okay please confirm two tickets on the three forty five bus to portland friday\n"
            "customer: yep that's right\n"
            "agent: sorry one more thing would you like to add travel insurance for ten dollars extra\n"
            "customer: yeah add the insurance\n"
            "agent: okay your tickets and insurance are purchased",
            true, 10, "negative ASR: regret opening an offer said to come on top");
}

/* The purchase restated with its price in the words the customer looked
 * for it with; the add-on offered after it is the only extra. */
static void check_restated_in_sought_words(void)
{
    kt_call("Customer: Hi, I want day passes for the county fair. Are they $60 each?\n"
            "Agent: Yes, $60 per day pass.\n"
            "Customer: Let's do three. Wait, my brother has his already. Two.\n"
            "Agent: Two day passes, $120. Shall I put them through?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Done. Do you need parking? It's $15 for the day.\n"
            "Customer: Yes, add the parking.\n"
            "Agent: Added.",
            true, 15, "'two day passes, $120' restates the passes; parking is the extra");
    kt_call("customer: hi i want day passes for the county fair they're sixty each right\n"
            "agent: yep sixty per day pass\n"
            "customer: let's do three actually wait my brother has his two\n"
            "agent: okay two day passes that's one twenty want me to put them through\n"
            "customer: yeah go ahead\n"
            "agent: done do you need parking it's fifteen for the day\n"
            "customer: yeah add the parking\n"
            "agent: added",
            true, 15, "ASR: the passes restated at one twenty; parking is the extra");
    kt_call("Customer: Hi, I need a new phone, the Pixel.\n"
            "Agent: Sure, shall I order the Pixel for you?\n"
            "Customer: Yes, order it.\n"
            "Agent: Done. Phone cases are $29.\n"
            "Customer: Okay, I'll take a phone case.\n"
            "Agent: Added.",
            true, 29, "negative: a case for the phone sought is still an extra");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_asker_words();
    check_real_addons();
    check_regret_after_readback();
    check_restated_in_sought_words();
    kt_free();
    T_END();
}
