/* test_kpi_spoken_prices.c - prices said without "$", "dollars" or "bucks"
 * where the dialogue makes them prices: after "they're" or a thing's "'s"
 * ("the helmet's forty five"), after "a flat", "for" an amount once
 * something is bought ("we have valet parking for twenty five"), as the
 * opening of the answer to a price question, before a question that
 * points back at them ("do you want those"); and never a head count, a
 * time ("at ten fifteen", "for two thirty") or an age. With the shipped
 * rules file, on short calls written for these tests (clean and
 * speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "they're twenty four", "the charger's eighteen": the agent prices the
 * things just named; "he's twelve" is an age. */
static void check_contractions(void)
{
    kt_call("agent: volt bikes this is sam\n"
            "customer: hi i want to order the city commuter in blue\n"
            "agent: sure that's six forty nine shall i place it\n"
            "customer: yes please\n"
            "agent: done we also carry rear racks they're thirty two\n"
            "customer: oh yeah add a rack",
            true, 32, "speech: \"they're thirty two\" prices the racks");
    kt_call("agent: volt bikes this is sam\n"
            "customer: hi i want to order the city commuter in blue\n"
            "agent: sure that's six forty nine shall i place it\n"
            "customer: yes please\n"
            "agent: done and the phone mount's eighteen if you want one\n"
            "customer: yeah i'll take the mount",
            true, 18, "speech: a thing's \"'s\" before a number prices it");
    kt_call("Agent: Volt Bikes, this is Sam.\n"
            "Customer: Hi, I want to order the City Commuter in blue.\n"
            "Agent: Sure, that's $649. Shall I place it?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. We also carry rear racks, they're thirty two.\n"
            "Customer: Oh yes, add a rack.",
            true, 32, "clean: \"they're thirty two\" prices the racks");
    kt_call("agent: sky air this is ana\n"
            "customer: hi i need two seats to denver on friday for me and my son\n"
            "agent: okay two seats on the nine am flight shall i book them\n"
            "customer: yes book them\n"
            "agent: booked and your son he's twelve so he can sit by himself would you like "
            "a window\n"
            "customer: yes please",
            true, 0, "negative: \"he's twelve\" is an age");
}

/* "a flat twenty five": the price of the whole rental. */
static void check_flat(void)
{
    kt_call("agent: sunway rentals this is kim\n"
            "customer: hi i need a compact from the airport friday to monday\n"
            "agent: sure a compact is thirty nine a day want me to reserve it\n"
            "customer: yes go ahead\n"
            "agent: reserved do you need a booster seat it's a flat twenty five for the rental\n"
            "customer: yes we need one",
            true, 25, "speech: \"a flat twenty five\" is a price");
}

/* Once something is bought, what the agent names "for" an amount is
 * priced: "we have valet parking for twenty five", "three sessions for one
 * fifty"; not a table for twelve, a time, the party just counted, nor a
 * number in digits ("for 20" in written text). */
static void check_sold_for(void)
{
    kt_call("agent: harbor hotel this is eva\n"
            "customer: hi i'd like the king room for saturday night\n"
            "agent: sure that's one eighty nine shall i book it\n"
            "customer: yes please\n"
            "agent: booked we have valet parking right by the entrance for twenty five\n"
            "customer: oh yes please add the parking",
            true, 25, "speech: valet parking for twenty five after the booking");
    kt_call("agent: iron gym this is lou\n"
            "customer: hey i want to join the monthly plan\n"
            "agent: great the monthly is forty nine no contract\n"
            "customer: yeah sign me up\n"
            "agent: done and new members get a coaching pack three sessions for one fifty\n"
            "customer: oh nice add the pack too",
            true, 150, "speech: three sessions for one fifty is 150, not three times it");
    kt_call("agent: bella cucina this is rio\n"
            "customer: hi i need a table saturday at seven\n"
            "agent: sure how many\n"
            "customer: twelve of us\n"
            "agent: booked i have you down for seven with a table for twelve on the patio\n"
            "customer: yes perfect",
            true, 0, "negative: a table for twelve counts people");
    kt_call("agent: bright smile dental this is noa\n"
            "customer: hi i need a cleaning next week\n"
            "agent: i have tuesday shall i book it\n"
            "customer: yes please\n"
            "agent: booked you're in for two thirty would you like a text reminder\n"
            "customer: yes please",
            true, 0, "negative: \"in for two thirty\" is a time");
    kt_call("agent: la palma catering this is gia\n"
            "customer: hi we need tacos for an office lunch thirty people on friday\n"
            "agent: sure the taco bar is fourteen a head shall i book it\n"
            "customer: yes book it\n"
            "agent: booked so the taco bar for thirty with the salsa bar friday at noon\n"
            "customer: yep that's right",
            true, 0, "negative: the taco bar for thirty is the party the call counted");
    kt_call("Agent: Harbor Hotel, this is Eva.\n"
            "Customer: Hi, I'd like the king room for Saturday night.\n"
            "Agent: Sure, that's $189. Shall I book it?\n"
            "Customer: Yes, please.\n"
            "Agent: Booked. You can bring the group's bags up for 20 minutes before check-in.\n"
            "Customer: Great, thanks.",
            true, 0, "negative: a number in digits after \"for\" is no spoken price");
}

/* "at ten fifteen" in an offer's turn tells the time; the extra is priced
 * by its own words. */
static void check_time_in_offer(void)
{
    kt_call("agent: green vets this is omar\n"
            "customer: hi my dog is limping can you see her today\n"
            "agent: i have ten fifteen this morning shall i book it\n"
            "customer: yes please\n"
            "agent: okay rex at ten fifteen and while he's in do you want his nails done "
            "it's twelve dollars\n"
            "customer: yeah go on then",
            true, 12, "speech: \"at ten fifteen\" is a time, the nails are twelve");
}

/* The agent's answer to "how much are those?" opens with the price. */
static void check_answer(void)
{
    kt_call("agent: tony's pizza pickup or delivery\n"
            "customer: pickup two large pepperoni\n"
            "agent: two large pepperoni anything else\n"
            "customer: yeah maybe the cinnamon sticks how much are those\n"
            "agent: five ninety nine for a dozen\n"
            "customer: sure add those\n"
            "agent: okay ready in twenty minutes",
            true, 5.99, "speech: the answer's opening number is the price asked for");
    kt_call("agent: tony's pizza pickup or delivery\n"
            "customer: pickup two large pepperoni\n"
            "agent: two large pepperoni anything else\n"
            "customer: how long is the wait for those\n"
            "agent: twenty minutes or so\n"
            "customer: okay that's it\n"
            "agent: see you soon",
            false, 0, "negative: twenty minutes answers no price question");
}

/* "the mats are one fifty do you want those": a question pointing back
 * runs on after the price in speech and leaves it a price. */
static void check_question_runs_on(void)
{
    kt_call("agent: crest auto this is lee\n"
            "customer: hi i want the blue civic we drove yesterday\n"
            "agent: great nineteen thousand nine hundred for the civic shall i write it up\n"
            "customer: yes write it up\n"
            "agent: and the all weather floor mats are one fifty do you want those\n"
            "customer: yeah throw those in",
            true, 150, "speech: a price before \"do you want those\"");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_contractions();
    check_flat();
    check_sold_for();
    check_time_in_offer();
    check_answer();
    check_question_runs_on();
    kt_free();
    T_END();
}
