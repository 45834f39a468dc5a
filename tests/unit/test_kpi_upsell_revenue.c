/* test_kpi_upsell_revenue.c - which price an accepted extra is worth: not
 * the price of the purchase itself (a driver, a car or a line added to a
 * plan is the purchase, whatever words of adding it comes in), not a total
 * or a price said again for what was taken, and every extra a turn takes.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "I need to add him to my policy" - "adding a teen driver raises the
 * premium by $90": the change asked for is the purchase, "add him" takes
 * it; what is offered on top of it is the upsell. */
static void check_plan_change_asked(void)
{
    kt_call("agent: lakeside insurance this is tom\n"
            "customer: hi my son just passed his test i need to add him to my auto policy\n"
            "agent: congrats adding a seventeen year old driver raises your premium by ninety "
            "a month\n"
            "customer: ouch okay add him\n"
            "agent: done would you like roadside assistance for five a month\n"
            "customer: yes please\n"
            "agent: added",
            true, 5, "ASR: the driver asked for is the purchase, roadside the upsell");
    kt_call("Agent: Lakeside Insurance, Tom speaking.\n"
            "Customer: Hi, my daughter bought her first car. I need to add her car.\n"
            "Agent: Sure. Adding a 2018 Civic would be an extra $28 a month.\n"
            "Customer: Okay, add it.\n"
            "Agent: Done, she's covered from today.",
            true, 0, "a car added to the policy is the purchase, no upsell");
    kt_call("Agent: Lakeside Insurance, Tom speaking.\n"
            "Customer: I need to add my wife to our policy, she just moved in.\n"
            "Agent: Adding a second driver is $35 a month. We can also add glass cover for "
            "$4 a month.\n"
            "Customer: Yes, add her, and the glass cover too.\n"
            "Agent: Both done.",
            true, 4, "the extra priced after the change in the same turn is still upsell");
    kt_call("agent: cloudpad this is ana\n"
            "customer: hi our plan renews on the first and we want to renew\n"
            "agent: great you're on pro for four users\n"
            "customer: yeah and we hired two people so we need two more seats\n"
            "agent: okay extra seats are ten dollars a month each\n"
            "customer: okay add the two seats and renew\n"
            "agent: done renewed with two more seats",
            true, 20, "negative ASR: seats added to a renewal come on top of it");
}

/* The turn that carries a purchase out may price it; a price after the
 * words that offer something more, unpunctuated in the same run, prices the
 * offer, even when its words share one with the request ("her car"). */
static void check_price_after_offer_cue(void)
{
    kt_call("customer: hi my wife just got her license i need to add her to our car insurance\n"
            "agent: sure adding her raises the premium by fifty a month\n"
            "customer: fine add her\n"
            "agent: done she's on the car policy now and do you want windshield cover on her "
            "car it's three dollars a month\n"
            "customer: yeah add the windshield cover\n"
            "agent: added",
            true, 3, "ASR: the price after 'do you want' is the offer's");
    kt_call("customer: hi can i get two tickets for the hawks game friday\n"
            "agent: done two tickets for the hawks game friday sixty dollars want a parking "
            "pass with that it's ten\n"
            "customer: sure\n"
            "agent: added",
            true, 10, "negative ASR: the tickets' price before the offer is the purchase's");
    kt_call("customer: hi can i get two tickets for the hawks game friday\n"
            "agent: done two tickets for the hawks game friday sixty dollars want a parking "
            "pass with that it's ten\n"
            "customer: no thanks\n"
            "agent: okay enjoy the game",
            true, 0, "negative ASR: the offer refused");
}

/* "Then yes, express.": a plain yes takes the extra its sentence names
 * after it, in a clause of its own; a price per item taken for two counts
 * in a later sum as its total, so "$9" after "$3 per item" for two ($6) is
 * a price of its own, not $6 + $3. */
static void check_yes_then_name(void)
{
    kt_call("Agent: Loom and Lace, Dana speaking.\n"
            "Customer: Hi, I'd like to order two of the wool scarves, one grey and one navy.\n"
            "Agent: They're $40 each. Shall I place the order?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like them in gift boxes? It's $3 per item.\n"
            "Customer: Yes, box both, they're gifts.\n"
            "Agent: And express shipping is $9.\n"
            "Customer: Only if it arrives by Friday.\n"
            "Agent: Express would arrive Thursday.\n"
            "Customer: Then yes, express.\n"
            "Agent: All set.",
            true, 15, "'yes, express' after a condition met takes the express");
    kt_call("Agent: Loom and Lace, Dana speaking.\n"
            "Customer: Hi, I'd like to order two of the wool scarves, one grey and one navy.\n"
            "Agent: They're $40 each. Shall I place the order?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. And express shipping is $9.\n"
            "Customer: Does it come by Friday?\n"
            "Agent: Express would arrive Thursday.\n"
            "Customer: Yes, thanks, but no express, Friday is fine.\n"
            "Agent: All set.",
            true, 0, "negative: the name after the yes is refused");
}

/* "So the lamp, the warranty and one extra bulb. Shall I place it?" reads
 * the order asked for back; it offers nothing again, and the extras taken
 * stay taken. A read-back that says a taken extra's price again ("extra
 * legroom, $30 ... is that right?") counts it once. */
static void check_readback_of_order(void)
{
    kt_call("Agent: Brightside Home, Leo speaking.\n"
            "Customer: Hi, I want to order the Atlas desk lamp, the $60 one.\n"
            "Agent: Sure. Do you want the two-year warranty for $12?\n"
            "Customer: Yes.\n"
            "Agent: And a spare bulb is $8.\n"
            "Customer: Add one.\n"
            "Agent: So the desk lamp, the warranty and one extra bulb. Shall I place it?\n"
            "Customer: Sure.\n"
            "Agent: Placed.",
            true, 20, "the read-back of the order keeps both extras");
    kt_call("Agent: Northway Air, Mia speaking.\n"
            "Customer: My flight was cancelled. Can you rebook me on the 9:10 to Austin?\n"
            "Agent: I can. The only seats left are middle seats, unless you'd like extra "
            "legroom for $30.\n"
            "Customer: Yes, I'll take the legroom.\n"
            "Agent: So the 9:10 to Austin, seat 14C, extra legroom, $30 on the card on file. "
            "Is that right?\n"
            "Customer: Yes, that's right.\n"
            "Agent: You're confirmed.",
            true, 30, "the taken extra's price read back is counted once");
    kt_call("Agent: Northway Air, Mia speaking.\n"
            "Customer: Can you book me on the 9:10 to Austin tomorrow?\n"
            "Agent: Sure, that's $140. Shall I book it?\n"
            "Customer: Yes.\n"
            "Agent: Booked. Extra legroom is $30, would you like it?\n"
            "Customer: Yes, I'll take the legroom.\n"
            "Agent: Priority boarding is also $30, do you want that too?\n"
            "Customer: Sure, why not.\n"
            "Agent: Both added.",
            true, 60, "negative: a new extra at the same price, offered by a question, is new");
}

/* A time of day ("checkout is eleven", "boarding at 7") and a phone number
 * ("503-555-0162") are no prices. */
static void check_not_prices(void)
{
    kt_call("agent: harbor inn this is jo\n"
            "customer: hi i need a room for friday and saturday\n"
            "agent: a queen room is one twenty a night want me to book it\n"
            "customer: yes book it\n"
            "agent: booked our checkout is eleven but late checkout till two is twenty\n"
            "customer: yeah let's do the late checkout\n"
            "agent: added",
            true, 20, "ASR: 'checkout is eleven' is a time, the late checkout $20");
    kt_call("Agent: Pine Dental, Sara speaking.\n"
            "Customer: Hi, I need a cleaning next week.\n"
            "Agent: Tuesday at 10 works. Shall I book that?\n"
            "Customer: Yes, book it.\n"
            "Agent: Done. Is 503-555-0162 still the best number for the reminder?\n"
            "Customer: Yes, that's my cell.\n"
            "Agent: Great, see you Tuesday.",
            true, 0, "negative: a phone number read back is no price");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_plan_change_asked();
    check_price_after_offer_cue();
    check_yes_then_name();
    check_readback_of_order();
    check_not_prices();
    kt_free();
    T_END();
}
