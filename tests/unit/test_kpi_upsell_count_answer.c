/* test_kpi_upsell_count_answer.c - an extra priced per unit ("$40 per
 * person", "twelve each") answered with a count said apart from the price:
 * a commitment whose only object is the count ("let's do four", "three of
 * those please", count_takes_each) or a yes with a bare count ("yes, two
 * please", yes_then_count) takes the extra that many times; a price per
 * dozen is times the dozens taken ("give me three dozen", dozens_taken);
 * a yes that says a price again takes the extra priced so, at the revised
 * price ("normally sixty, today forty" - "forty yeah okay", price_echo_takes).
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style), with negatives: the count is the
 * main purchase's (nothing bought yet), a time or a date, a count under a
 * refusal or asked about, dozens said beside a refusal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A lodge booking carried out, then a guided hike priced per person. */
#define LODGE \
    "Agent: Pinecrest Lodge, this is Dana.\n" \
    "Customer: Hi, I'd like a cabin for the 3rd to the 5th, four adults.\n" \
    "Agent: The lakeside cabin is $260 a night. Shall I book it?\n" \
    "Customer: Yes, book it.\n" \
    "Agent: Booked. We also run a guided ridge hike, $40 per person.\n"
#define LODGE_ASR \
    "agent: pinecrest lodge this is dana\n" \
    "customer: hi i'd like a cabin for the third to the fifth four adults\n" \
    "agent: the lakeside cabin is two sixty a night shall i book it\n" \
    "customer: yes book it\n" \
    "agent: booked we also run a guided ridge hike forty per person\n"

/* A commitment whose object is only a count, right away or after the
 * customer tells the agent how many want it. */
static void check_count_commitment(void)
{
    kt_call_after(LODGE,
                  "Customer: Oh fun. Three of those please, my brother hates walking.\n"
                  "Agent: Three hikers, got it.\n"
                  "Customer: Thanks.",
                  true, 120, "'three of those please' to $40 per person");
    kt_call_after(LODGE_ASR,
                  "customer: hmm only three of us would go\n"
                  "agent: so the hike for three\n"
                  "customer: yeah let's do three\n"
                  "agent: done",
                  true, 120, "ASR: 'let's do three' after saying how many would go");
    kt_call_after(LODGE,
                  "Customer: Hmm. Let's do two, the others can sleep in.\n"
                  "Agent: Two hikers.\n"
                  "Customer: Great.",
                  true, 80, "'let's do two' to $40 per person, the party being four");
}

/* A stationery order carried out, then mugs offered at a price each. */
#define MUGS \
    "Agent: Paperleaf, Jo speaking.\n" \
    "Customer: Hi, I'd like to order the A5 planner in green.\n" \
    "Agent: That's $28. Shall I place the order?\n" \
    "Customer: Yes, please.\n" \
    "Agent: Done. Would you like some matching travel mugs? They're $12 each.\n"
#define MUGS_ASR \
    "agent: paperleaf jo speaking\n" \
    "customer: hi i'd like to order the a five planner in green\n" \
    "agent: that's twenty eight shall i place the order\n" \
    "customer: yes please\n" \
    "agent: done would you like some matching travel mugs they're twelve each\n"

/* A yes followed by a bare count multiplies the unit price. */
static void check_yes_count(void)
{
    kt_call_after(MUGS,
                  "Customer: Yes, two please.\n"
                  "Agent: Two mugs added.\n"
                  "Customer: Thanks.",
                  true, 24, "'Yes, two please.' to $12 each");
    kt_call_after(MUGS_ASR,
                  "customer: yeah three\n"
                  "agent: three mugs added\n"
                  "customer: thanks",
                  true, 36, "ASR: 'yeah three' to twelve each");
    kt_call_after(MUGS,
                  "Customer: Yes please.\n"
                  "Agent: One mug added.\n"
                  "Customer: Thanks.",
                  true, 12, "a yes with no count takes one");
}

/* A bakery order, then rolls priced by the dozen. */
#define ROLLS \
    "Agent: Hearth Bakery, Sam speaking.\n" \
    "Customer: Hi, I'd like to order the sourdough loaf for Friday.\n" \
    "Agent: That's $9. Shall I put it down?\n" \
    "Customer: Yes, please.\n" \
    "Agent: Done. We also have cinnamon rolls, $15 a dozen.\n"
#define ROLLS_ASR \
    "agent: hearth bakery sam speaking\n" \
    "customer: hi i'd like to order the sourdough loaf for friday\n" \
    "agent: that's nine dollars shall i put it down\n" \
    "customer: yes please\n" \
    "agent: done we also have cinnamon rolls fifteen dollars a dozen\n"

/* A price per dozen times the dozens taken, said at once or changed later. */
static void check_dozens(void)
{
    kt_call_after(ROLLS,
                  "Customer: Oh nice, give me two dozen.\n"
                  "Agent: Two dozen rolls, added.\n"
                  "Customer: Thanks.",
                  true, 30, "'give me two dozen' at $15 a dozen");
    kt_call_after(ROLLS_ASR,
                  "customer: yeah add a dozen\n"
                  "agent: okay a dozen rolls\n"
                  "customer: actually make it three dozen the whole office will want some\n"
                  "agent: three dozen got it",
                  true, 45, "ASR: a dozen taken, then 'make it three dozen'");
    kt_call_after(ROLLS,
                  "Customer: Yes, add a dozen.\n"
                  "Agent: One dozen rolls.\n"
                  "Customer: Thanks.",
                  true, 15, "one dozen taken at $15 a dozen");
    kt_call_after(ROLLS,
                  "Customer: No thanks. We ate two dozen last week.\n"
                  "Agent: Ha, fair enough.\n"
                  "Customer: Bye.",
                  true, 0, "negative: dozens said beside a refusal");
}

/* A hotel room booked, then an upgrade whose price the agent revises. */
#define SUITE \
    "Agent: Harbor Lights Hotel, Kim speaking.\n" \
    "Customer: Hi, I need a room for Friday night.\n" \
    "Agent: A standard queen is $140. Shall I book it?\n" \
    "Customer: Yes, book it.\n" \
    "Agent: Booked. I can also move you to a harbor-view room, normally $50 more, but tonight I can do $30.\n"
#define SPA_ASR \
    "agent: harbor lights hotel kim speaking\n" \
    "customer: hi i need a room for friday night\n" \
    "agent: a standard queen is one forty shall i book it\n" \
    "customer: yes book it\n" \
    "agent: booked and i can add the spa pass it's usually forty five but this week it's thirty five\n"

/* A yes that says the revised price again takes the extra at that price. */
static void check_price_echo(void)
{
    kt_call_after(SUITE,
                  "Customer: Oh nice. Okay, at $30 I'll do it.\n"
                  "Agent: Done, harbor view it is.\n"
                  "Customer: Thanks.",
                  true, 30, "'at $30 I'll do it' to a price revised from $50");
    kt_call_after(SPA_ASR,
                  "customer: thirty five yeah okay go on\n"
                  "agent: done the spa pass is on the room\n"
                  "customer: thanks",
                  true, 35, "ASR: 'thirty five yeah okay go on' to a revised price");
    kt_call_after(SPA_ASR,
                  "customer: hmm i'd do it if it were twenty\n"
                  "agent: sorry thirty five is the best i can do\n"
                  "customer: okay then just the room thanks",
                  true, 0, "negative (ASR): a price in a condition, then dropped");
    kt_call_after(SUITE,
                  "Customer: $30? No thanks, the standard is fine.\n"
                  "Agent: No problem.\n"
                  "Customer: Bye.",
                  true, 0, "negative: the revised price said back, then refused");
    kt_call("agent: harbor lights hotel kim speaking\n"
            "customer: hi i need a room for friday night\n"
            "agent: a standard queen is one forty\n"
            "customer: one forty okay yes book it\n"
            "agent: booked see you friday\n"
            "customer: thanks",
            true, 0, "negative (ASR): the main purchase's price said back");
}

/* Negatives: a count of the main purchase, a time, a date, a refusal, a
 * count asked about. */
static void check_negatives(void)
{
    kt_call("Agent: Riverside Theatre box office.\n"
            "Customer: Hi, what do tickets for Friday cost?\n"
            "Agent: They're $30 each. How many would you like?\n"
            "Customer: Let's do four.\n"
            "Agent: Four tickets for Friday, booked.\n"
            "Customer: Thanks.",
            true, 0, "negative: the count buys the main purchase");
    kt_call("agent: riverside theatre box office\n"
            "customer: hi what do tickets for friday cost\n"
            "agent: they're thirty each how many would you like\n"
            "customer: yeah let's do four please\n"
            "agent: four tickets for friday booked\n"
            "customer: thanks",
            true, 0, "negative (ASR): 'yeah let's do four please' buys the main purchase");
    kt_call_after(LODGE,
                  "Customer: No thanks, the four of us will just do the lake.\n"
                  "Agent: No problem.\n"
                  "Customer: Bye.",
                  true, 0, "negative: a count under a refusal");
    kt_call_after(LODGE,
                  "Customer: Do we need two guides for a group of four?\n"
                  "Agent: One guide takes up to eight.\n"
                  "Customer: Okay, thanks, bye.",
                  true, 0, "negative: a count asked about");
    kt_call_after(LODGE_ASR,
                  "customer: what time does it leave\n"
                  "agent: at eight from the main lodge\n"
                  "customer: okay we'll get there at eight thanks\n"
                  "agent: see you then",
                  true, 0, "negative (ASR): a time, not a count of hikers");
    kt_call_after(MUGS,
                  "Customer: Maybe later. Can it ship by the 12th?\n"
                  "Agent: Yes, it ships on the 10th.\n"
                  "Customer: Great, thanks.",
                  true, 0, "negative: a date, the mugs put off");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_count_commitment();
    check_yes_count();
    check_dozens();
    check_price_echo();
    check_negatives();
    T_END();
}
