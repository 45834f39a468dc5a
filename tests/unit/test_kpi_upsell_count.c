/* test_kpi_upsell_count.c - a price per unit (per person, per child, per
 * morning, each) taken as an extra is times the count of those units the
 * call establishes, said by either speaker before or after the price; a
 * bundle, a price for the whole, or a unit with no count said counts once.
 * With the shipped rules file, on short calls written for these tests (clean
 * and speech-recognition style); each mechanism has a negative case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

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

int main(void)
{
    if (!kt_load())
        T_END();
    check_mornings();
    check_children();
    check_each_after_bundle_words();
    check_of_them();
    check_containers();
    check_part_left_out();
    kt_free();
    T_END();
}
