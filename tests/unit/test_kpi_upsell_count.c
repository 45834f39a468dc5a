/* test_kpi_upsell_count.c - a price per unit (per person, per child, per
 * morning, each) taken as an extra is times the count of those units the
 * call establishes, said by either speaker before or after the price; a
 * bundle, a price for the whole, or a unit with no count said counts once.
 * With the shipped rules file, on short calls written for these tests (clean
 * and speech-recognition style); each mechanism has a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/kpi/kpi_upsell_count.h"
#include "t.h"
#include "kpi_t.h"

static kpi_text T;

/* Whether a sentence's counts multiply to q (kpi_counts_make, no span left
 * out). */
static void counts_make(const char *text, int64_t q, bool want)
{
    char name[300];
    kpi_text_prepare(R, &T, text, strlen(text));
    bool got = kpi_counts_make(&T, q, 0, 0, 0, 0);
    snprintf(name, sizeof name, "\"%s\" counts make %lld: %s", text, (long long)q,
             want ? "yes" : "no");
    CHECK(got == want, name);
}

/* Counts read from one sentence: several that multiply. (The count of one
 * unit a sentence says, the party, its children, the mornings and the
 * things named, is tested with kpi_unit_count in test_kpi_price.c.) */
static void check_sentence_counts(void)
{
    counts_make("two child seats for four days comes to", 8, true);
    counts_make("so for the two of you over both mornings that's", 4, true);
    counts_make("three kids two days and two helmets", 12, true);
    counts_make("two seats for four days", 6, false);
    counts_make("we open at two and it's for the two of you", 4, false);
    counts_make("two people at three o'clock", 6, false);
    counts_make("just the two of us", 2, false);
}

/* Something served once a day ("per morning", "an evening") is per day of
 * the stay; "both mornings", "three mornings" count them. */
static void check_mornings(void)
{
    kt_call("Customer: Hi, we need a room for two nights, the 3rd and 4th, two adults.\n"
            "Agent: I have a garden double at $150 a night.\n"
            "Customer: Great, book it.\n"
            "Agent: Would you like to add breakfast? It's $15 per person per morning.\n"
            "Customer: Yes please, for both of us, both mornings.",
            true, 60, "per person per morning: two people, both mornings");
    kt_call("customer: hi um we'd like a cabin for three nights\n"
            "agent: sure the lake cabin is one twenty a night\n"
            "customer: okay yeah book it\n"
            "agent: and would you like to add breakfast it's twelve dollars a morning\n"
            "customer: yeah sure all three mornings",
            true, 36, "asr: a morning, three mornings");
    kt_call("Customer: Hi, a room for tonight please.\n"
            "Agent: I have a double at $120.\n"
            "Customer: Okay, book it.\n"
            "Agent: Would you like to add breakfast? It's $15 per morning.\n"
            "Customer: Yes please.",
            true, 15, "negative: no count of mornings said, the price once");
}

/* A price per child counts the children, not the adults with them; a price
 * per person counts adults and children together. */
static void check_children(void)
{
    kt_call("Customer: Hi, I'd like to sign my three kids up for the weekend camp.\n"
            "Agent: That's $90 per child. Shall I register all three?\n"
            "Customer: Yes, please.\n"
            "Agent: Would you like to add helmet rental? It's $5 per kid per day, for the two "
            "days.\n"
            "Customer: Yes, add helmets.",
            true, 30, "per kid per day: three kids, two days");
    kt_call("customer: hi we want the boat tour saturday two adults and two kids\n"
            "agent: lovely adults are forty and kids are twenty\n"
            "customer: great book it\n"
            "agent: would you like to add the snorkel kit for the kids it's ten per child\n"
            "customer: yeah sure",
            true, 20, "asr: per child counts the two kids, not the four people");
    kt_call("Customer: Hi, a table for Saturday, two adults and two kids.\n"
            "Agent: Booked for Saturday at seven.\n"
            "Customer: Great.\n"
            "Agent: Would you like to add the dessert tasting? It's $9 per person.\n"
            "Customer: Yes, let's do that.",
            true, 36, "per person counts adults and children");
    kt_call("Customer: Hi, I'd like a tent site for Saturday.\n"
            "Agent: Booked, that's $30.\n"
            "Customer: Great.\n"
            "Agent: Would you like to add a kids' activity pack? It's $8 per child.\n"
            "Customer: Yes, sure.",
            true, 8, "negative: no children counted, the price once");
}

/* "Each" right after a price makes it a unit price whatever comes before
 * ("a pack of three for $14 each", "seats together for $4 each"); a price
 * for the set stays as stated. */
static void check_each_after_bundle_words(void)
{
    kt_call("Customer: Hi, I need my furnace tuned up.\n"
            "Agent: The tune up is $89, I have Monday at nine.\n"
            "Customer: Monday works, book it.\n"
            "Agent: Would you like the tech to bring filters? We have a pack of three for $14 "
            "each.\n"
            "Customer: Yes, bring the three.",
            true, 42, "a pack of three at $14 each");
    kt_call("Customer: Hi, I'd like two tickets to Boston on Friday.\n"
            "Agent: Two adults at $38 each, $76 total. Shall I book them?\n"
            "Customer: Yes, book them.\n"
            "Agent: You can also reserve seats together for $4 each.\n"
            "Customer: Yes, reserve two together please.",
            true, 8, "seats together for $4 each, for the two tickets");
    kt_call("Customer: Hi, I need my furnace tuned up.\n"
            "Agent: The tune up is $89, I have Monday at nine.\n"
            "Customer: Monday works, book it.\n"
            "Agent: Would you like the tech to bring filters? We have a pack of three for $36.\n"
            "Customer: Yes, bring the three.",
            true, 36, "negative: three for $36 is the pack's price");
}

/* "We need two of them": the count of the things just named counts items,
 * and it multiplies with the days of a rental. */
static void check_of_them(void)
{
    kt_call("Customer: Hi, I need a car from the airport for four days.\n"
            "Agent: A compact is $40 a day. Shall I reserve it?\n"
            "Customer: Yes, reserve it.\n"
            "Agent: Would you like child seats at $10 a day each?\n"
            "Customer: Child seats, yes, we need two of them.",
            true, 80, "two of them for four days");
    kt_call("customer: hi i need a car for three days from friday\n"
            "agent: okay a midsize is fifty a day want me to book it\n"
            "customer: yeah book it\n"
            "agent: do you want to add a child seat it's ten dollars a day each\n"
            "customer: yeah just one of them",
            true, 30, "asr negative: one of them is one seat, for three days");
}

/* A price "a bundle", "a bottle" is per container: the count the customer
 * takes multiplies it; with no count it is taken once. */
static void check_containers(void)
{
    kt_call("Customer: Hi, I'd like to book the lakeside cabin for Friday.\n"
            "Agent: Booked, that's $95 a night.\n"
            "Customer: Great.\n"
            "Agent: Would you like firewood delivered? It's $7 a bundle.\n"
            "Customer: Three bundles, please.",
            true, 21, "three bundles at $7 a bundle");
    kt_call("customer: hi i want to order the anniversary dinner for saturday\n"
            "agent: sure the dinner for two is ninety dollars want me to book it\n"
            "customer: yes book it\n"
            "agent: would you like to add wine it's thirty a bottle\n"
            "customer: yeah sure",
            true, 30, "asr negative: a bottle with no count is one bottle");
    kt_call("customer: hi i want a tee time for saturday morning\n"
            "agent: i have eight forty green fee is fifty shall i book it\n"
            "customer: yes book it\n"
            "agent: would you like range balls they are six a bucket\n"
            "customer: yeah sure three buckets",
            true, 18, "asr: three buckets at six a bucket");
}

/* "Four of us don't drink, so the pairing for ten of us": a part of the
 * party said to be left out is not the count that takes the extra. */
static void check_part_left_out(void)
{
    kt_call("Customer: Hi, I'd like the private room on Friday for 12 people.\n"
            "Agent: The room comes with the set menu at $60 per person. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Would you like the wine pairing? It's $30 per person.\n"
            "Customer: Three of us don't drink. So the pairing for nine of us.",
            true, 270, "the pairing for nine, not the three who don't drink");
    kt_call("customer: hi i'd like the party room on friday for six of us\n"
            "agent: sure the party room is two hundred shall i book it\n"
            "customer: yes book it\n"
            "agent: would you like the dessert platter it's ten per person\n"
            "customer: sure two of us will have it",
            true, 20, "asr negative: a part of the party with no negation takes it");
}

/* A total the agent works out from more than one count ("for the two of
 * you over two days that's $60") is what the extra comes to; counts that do
 * not make the total leave the prices apart. */
static void check_worked_out(void)
{
    kt_call("Customer: Hi, a room for Friday and Saturday please, for my sister and me.\n"
            "Agent: A twin room is $140 a night. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Would you like to add the spa pass? It's $15 per person per day, so for the "
            "two of you over two days that's $60.\n"
            "Customer: Oh yes, we'd love that.",
            true, 60, "per person per day worked out for two people and two days");
    kt_call("customer: hi i need a car for four days starting monday\n"
            "agent: okay a compact is thirty a day want me to reserve it\n"
            "customer: yeah reserve it\n"
            "agent: would you like gps it's five dollars a day each so two units for the four "
            "days is forty\n"
            "customer: yeah sure",
            true, 40, "asr: two units for four days, forty");
    kt_call("Customer: Hi, we'd like a double room for the 20th and 21st, two adults.\n"
            "Agent: A double is $160 a night. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Would you like breakfast? It's $18 per person per morning, that's $72 for "
            "both of you for the two mornings.\n"
            "Customer: Yes, for both of us, both mornings.",
            true, 72, "negative: the total the agent multiplied out is not multiplied again");
    kt_call("Customer: Hi, I'm buying the oak bed frame.\n"
            "Agent: Great, that's $899. Shall I place the order?\n"
            "Customer: Yes, place it.\n"
            "Agent: Would you like the matching nightstands? The pair for $420.\n"
            "Customer: Yes, both of them.",
            true, 420, "negative: the pair for $420 is the set's price");
    kt_call("Customer: Hi, I'm buying the oak bed frame.\n"
            "Agent: Great, that's $899. Shall I place the order?\n"
            "Customer: Yes, place it.\n"
            "Agent: Would you like the matching nightstands? They're $240 each.\n"
            "Customer: Yes, two of the nightstands.",
            true, 480, "two of the nightstands at $240 each");
    kt_call("Customer: Hi, a table for two at seven on Friday.\n"
            "Agent: Booked for two at seven.\n"
            "Customer: Great.\n"
            "Agent: Would you like to add the cheese course? It's $9 per person.\n"
            "Customer: Yes please.",
            true, 18, "a table for two is a party of two");
    kt_call("customer: hi can i get a table on friday at seven\n"
            "agent: sure booked for friday at seven\n"
            "customer: great\n"
            "agent: would you like to add the cheese course it's nine per person\n"
            "customer: yes please",
            true, 9, "asr negative: no party size said, the price once");
}

/* "late checkout at 2 p.m. for $30 per room": a time of day before a unit
 * price counts nothing; the count the customer gives does. */
static void check_clock_not_count(void)
{
    const char *b = "Customer: Hi, I need 4 rooms for Saturday night.\n"
                    "Agent: That's $150 per room. Shall I book all four?\n"
                    "Customer: Yes, book them.\n";
    kt_call_after(b,
                  "Agent: Done. Late checkout at 2 p.m. is $25 per room.\n"
                  "Customer: Add it for all 4.\nAgent: Added.",
                  true, 100, "a time 'at 2 p.m.' before the unit price, 'all 4' counts");
    kt_call_after(b,
                  "Agent: Done. Early check in by ten is $25 per room.\n"
                  "Customer: Yes, add it for all 4.\nAgent: Added.",
                  true, 100, "'by ten' is a time, not ten rooms");
    kt_call("agent: lakeside lodge this is bo\n"
            "customer: hi we booked three rooms for friday\n"
            "agent: yep i see them would you like late checkout until two pm it's twenty per room\n"
            "customer: uh yeah add it for all three\n"
            "agent: done",
            true, 60, "ASR: 'until two pm' is a time, 'all three' counts");
    kt_call("Customer: Hi, I'd like a sofa delivered Friday.\n"
            "Agent: That's $900. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. We also sell two cushions at $20 each.\n"
            "Customer: Sure, add them.\nAgent: Added.",
            true, 40, "negative: 'two cushions at $20 each' still counts two");
}

/* "yeah two my kids fight over them": a count right after a yes, with a
 * new clause after it, is how many of the thing priced each. */
static void check_yes_count_runs_on(void)
{
    const char *b = "agent: pixel games this is ron\n"
                    "customer: hi i want the new console for delivery\n"
                    "agent: that's four ninety nine\n"
                    "customer: ok i'll take it\n";
    kt_call_after(b,
                  "agent: done do you want extra controllers they're fifty each\n"
                  "customer: yeah two my boys share it\nagent: added",
                  true, 100, "ASR: 'yeah two my boys' takes two");
    kt_call_after(b,
                  "agent: done do you want extra controllers they're fifty each\n"
                  "customer: yep three because we have guests\nagent: added",
                  true, 150, "ASR: 'yep three because' takes three");
    kt_call_after(b,
                  "agent: done do you want an extra controller it's fifty each\n"
                  "customer: sure my son turns two soon so he can have one\nagent: added",
                  true, 50, "negative: 'turns two' after no yes counts nothing");
}

/* "add five more": the count of the extra taken, not the count the call
 * said before of what the customer already has ("we're on 10 seats"). */
static void check_more_taken(void)
{
    kt_call("Customer: We're on 10 seats and want to renew the team plan.\n"
            "Agent: Sure, same price. Shall I renew it?\n"
            "Customer: Yes, renew it.\n"
            "Agent: Done. Do you want extra seats? They're $15 each.\n"
            "Customer: Yes, add four more.\n"
            "Agent: Four seats added.",
            true, 60, "'add four more' counts four, not the 10 seats held");
    kt_call("customer: we have twelve licenses and want to renew them\n"
            "agent: sure shall i renew all twelve\n"
            "customer: yes renew them\n"
            "agent: done do you want extra licenses they're twenty each\n"
            "customer: yeah get two more please\n"
            "agent: two added",
            true, 40, "ASR: 'get two more please' counts two");
    kt_call("Customer: We're on 10 seats and want to renew the team plan.\n"
            "Agent: Sure, same price. Shall I renew it?\n"
            "Customer: Yes, renew it.\n"
            "Agent: Done. Do you want extra seats? They're $15 each.\n"
            "Customer: Not now, maybe two more next quarter.\n"
            "Agent: No problem.",
            true, 0, "negative: 'two more next quarter' takes nothing");
}

/* "do it for four of us": the party a per-person extra is for, said again
 * after a first answer counted it otherwise; "could you do it for ten?"
 * bargains and counts nothing. */
static void check_party_said_again(void)
{
    const char *booked = "Customer: A table for six on Friday at 8, please.\n"
                         "Agent: Done, Friday at 8 for six. Would you like the wine pairing? "
                         "It's $30 per person.\n";
    kt_call_after(booked,
                  "Customer: Okay, two of us don't drink though.\n"
                  "Agent: I can do it just for those who want it.\n"
                  "Customer: Then do it for four of us.\n"
                  "Agent: Four pairings added.",
                  true, 120, "'do it for four of us' counts the party again");
    kt_call_after("customer: hi can i book a table for five saturday at seven\n"
                  "agent: sure shall i book it\n"
                  "customer: yes please\n"
                  "agent: booked the tasting flight is twenty per person want it\n",
                  "customer: yeah add it for all five\n"
                  "agent: sure\n"
                  "customer: oh wait two of us are driving so make it for three people\n"
                  "agent: three flights then",
                  true, 60, "ASR: 'make it for three people' counts the party again");
    kt_call_after(booked,
                  "Customer: Yes, for all six of us.\n"
                  "Agent: Added. Could I interest you in dessert?\n"
                  "Customer: Could you do it for ten?\n"
                  "Agent: Sorry, no.",
                  true, 180, "negative: 'could you do it for ten?' recounts nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_sentence_counts();
    check_mornings();
    check_children();
    check_each_after_bundle_words();
    check_of_them();
    check_containers();
    check_part_left_out();
    check_worked_out();
    check_clock_not_count();
    check_yes_count_runs_on();
    check_more_taken();
    check_party_said_again();
    kpi_text_free(&T);
    kt_free();
    T_END();
}
