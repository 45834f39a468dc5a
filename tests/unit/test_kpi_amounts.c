/* test_kpi_amounts.c - money amounts through the public KPI API: every price
 * form converza-kpi(7) lists, speech-recognition forms, and the bounds that keep
 * amount arithmetic safe (the inputs the fuzzer once crashed on, and numbers
 * too large to be prices). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The upsell of a transcript in dollars; -1 when extraction failed. */
static double upsell_of(const char *transcript)
{
    kt_outcome o = kt_run(transcript, true);
    if (o.ok)
        CHECK(o.evidence && o.evidence[0] == '{', "evidence is a JSON object");
    free(o.evidence);
    return o.upsell;
}

static void expect(const char *transcript, double want, const char *name)
{
    double got = upsell_of(transcript);
    char n[256];
    snprintf(n, sizeof n, "%s (got %.2f)", name, got);
    CHECK(got > want - 0.001 && got < want + 0.001, n);
}

/* An add-on offered at `price` (as the agent says it) and accepted. */
static void offered(const char *price, double want, const char *name)
{
    char buf[512];
    snprintf(buf, sizeof buf,
             "Customer: Sign me up for the plan. Agent: Would you like to add the warranty for "
             "%s? Customer: Yes, add it.",
             price);
    expect(buf, want, name);
}

static void check_forms(void)
{
    offered("$50", 50, "$50");
    offered("$49.99", 49.99, "$49.99");
    offered("$1,200", 1200, "$1,200");
    offered("50 dollars", 50, "50 dollars");
    offered("fifty dollars", 50, "fifty dollars");
    offered("50 bucks", 50, "50 bucks");
    offered("twenty-five bucks", 25, "twenty-five bucks");
    offered("$15 a month", 15, "a recurring price counts once");
    offered("two hundred and fifty dollars", 250, "two hundred and fifty dollars");
    offered("forty four dollars and forty nine cents", 44.49, "dollars and cents in words");
    offered("12 dollars and 5 cents", 12.05, "dollars and cents in digits");
    offered("a hundred and twenty bucks", 120, "a hundred and twenty bucks");
    offered("nine ninety nine a month", 9.99, "speech: nine ninety nine a month");
    offered("one sixty a month", 160, "speech: one sixty a month is whole dollars");
    offered("$9,999,999", 9999999, "the largest price");
}

static void check_bounds(void)
{
    /* The fuzzer's overflow: digits times a million suffix. */
    expect("Agent:888888888888M", 0, "huge number with an m suffix is no price");
    offered("$888888888888M", 0, "huge offered price is no price");
    offered("$10,000,001", 0, "over $10,000,000 is no price");
    offered("$99999999999999999999999999", 0, "more digits than int64 holds");
    offered("eleven million dollars", 0, "number words past the bound");
    offered("a million million million million dollars", 0, "repeated million saturates");
    offered("$4.8k", 4800, "thousands shorthand still works");

    /* Every saved crash input must run clean (ASan and UBSan watch). */
    static const char *const inputs[] = {
        "tests/fuzz/regress/fuzz_kpi/amount-overflow-million-suffix.txt",
        "tests/fuzz/regress/fuzz_kpi/heap-overflow-garbled-upsell.txt",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        FILE *f = fopen(inputs[i], "rb");
        CHECK(f != NULL, inputs[i]);
        if (!f)
            continue;
        char buf[65536];
        size_t n = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
        buf[n] = '\0';
        double got = upsell_of(buf);
        CHECK(got >= 0 && got <= 10000000, "fuzz regression input runs clean");
    }
}

/* Totals and quantities through the dialogue: a total worked out aloud is
 * counted once, a restated total is no second extra, "both" takes every
 * open priced item, and a spoken pair takes its size from the call. */
static void check_sums(void)
{
    expect("agent: pine lodge this is ana\ncustomer: hi i need a cabin for three nights\n"
           "agent: the lakeside cabin is one ten a night\ncustomer: okay book it\n"
           "agent: want to add a canoe it's fifteen a night so forty five for the three nights\n"
           "customer: yeah add the canoe\nagent: done you're all set\n",
           45, "a canoe at fifteen a night, forty five for the three nights");
    expect("agent: hi this is the corner bakery\ncustomer: i'd like a birthday cake for friday\n"
           "agent: the large cake is forty\ncustomer: great i'll take it\n"
           "agent: would you like to add cupcakes they're two fifty each so a dozen is thirty\n"
           "customer: sure add a dozen cupcakes\nagent: perfect see you friday\n",
           30, "two fifty each, a dozen for thirty: 2.50 a cupcake, not 250");
    expect("agent: sweet spot bakery\ncustomer: i need a cake for sunday\n"
           "agent: the chocolate cake is forty five\ncustomer: yes that one\n"
           "agent: would you like to add some cookies they're two fifty each\n"
           "customer: sure a dozen cookies please\n"
           "agent: okay a dozen so that's thirty for the cookies\ncustomer: perfect thanks\n",
           30, "cookies at two fifty each, then thirty for a dozen: the total bought");
    expect("agent: sweet spot bakery\ncustomer: i need a cake for sunday\n"
           "agent: the chocolate cake is forty five\ncustomer: yes that one\n"
           "agent: would you like to add the cake stand it's two fifty\n"
           "customer: sure add the stand\n"
           "agent: okay that's thirty for the candles too\ncustomer: perfect thanks\n",
           250, "a price that is no count times the other reading leaves the stand at 250");
    expect("Customer: I'd like to join the climbing gym. Agent: Great, you're signed up. We also "
           "have a starter pack, three lessons at $40 each. Customer: I'll take the three "
           "lessons. Agent: Perfect, that's $120 for the pack, on top of your membership. I've "
           "added it. Customer: Great, thanks.",
           120, "$120 restating three lessons at $40 each is not a second extra");
    expect("agent: tidy home cleaning\ncustomer: i want to book a move out clean\n"
           "agent: a move out clean is two hundred dollars\ncustomer: perfect book it\n"
           "agent: great we can also do the windows for thirty and the garage for forty\n"
           "customer: yes please do both the garage is a mess\nagent: done see you monday\n",
           70, "'do both, the garage is a mess' takes the windows and the garage");
    expect("agent: hi this is fastnet\ncustomer: i want to sign up for the internet plan\n"
           "agent: the basic plan is fifty dollars a month\ncustomer: okay sign me up\n"
           "agent: would you like the faster speed for ten more a month\n"
           "customer: yes let's add that\nagent: done you're all set\n",
           10, "the faster speed for ten more a month");
    expect("agent: hello northwind business sales\ncustomer: we need phone service for our office\n"
           "agent: the office plan is nine hundred dollars a month\ncustomer: okay we'll go with that\n"
           "agent: we can add a fiber backup line for three fifty a month\n"
           "customer: yes add the backup line\nagent: great i'll set it up\n",
           350, "three fifty a month beside a $900-a-month plan is $350");
    expect("agent: hi this is photo pro\ncustomer: i'd like to subscribe to the basic plan\n"
           "agent: the basic plan is four dollars a month\ncustomer: okay sign me up\n"
           "agent: would you like to add extra storage it's two ninety nine a month\n"
           "customer: yes add the storage\nagent: you're all set\n",
           2.99, "two ninety nine a month beside a $4-a-month plan is $2.99");
}


/* A unit price whose count the call says apart from it, in another turn:
 * the count of the same unit (days, people, items, legs of a trip) said
 * nearest the acceptance multiplies it; a count of something else, a bundle,
 * a monthly price or a total already worked out does not. */
static void check_call_counts(void)
{
    /* per day x the length of the rental said earlier */
    expect("agent: thanks for calling swift car rental\n"
           "customer: hi i need a car for five days next week\n"
           "agent: sure the midsize is fifty four a day\ncustomer: okay book the midsize\n"
           "agent: booked would you like collision coverage for nineteen a day\n"
           "customer: yes add the coverage\nagent: done you're all set\n",
           95, "nineteen a day for a five day rental");
    expect("Customer: I'd like to book a room for 3 nights from Friday. Agent: The queen room "
           "is $129 per night. Customer: Book it. Agent: Done. Breakfast is $18 a night, want "
           "it? Customer: Sure.",
           54, "$18 a night, three nights said in the first turn");
    /* per person x the party size, said before or after */
    expect("agent: harbor catering good morning\ncustomer: hi we need catering for forty "
           "people on saturday\nagent: the buffet package is nine hundred dollars\n"
           "customer: great let's book it\n"
           "agent: booked would you like dessert too it's six dollars per person\n"
           "customer: yes dessert for everyone\nagent: perfect\n",
           240, "six per person for forty people");
    expect("Agent: Ridgeline Tours. Customer: We'd like the canyon tour on Sunday. Agent: It's "
           "$80 per person. Customer: Great, book it. Agent: Lunch is $15 per person extra. "
           "Customer: Yes please, add lunch. There are four of us. Agent: Done.",
           60, "$15 per person, 'four of us' said after the yes in the next sentence");
    /* each x the count of the order */
    expect("agent: starlight cinema\ncustomer: two tickets for the eight pm show please\n"
           "agent: that's twenty six total\ncustomer: great\n"
           "agent: would you like to add recliners for four more each\n"
           "customer: sure\nagent: done enjoy the show\n",
           8, "four more each on two tickets");
    /* two units at once, and each way on a round trip */
    expect("Agent: Summit Bikes. Customer: We want to rent two bikes for Saturday and Sunday. "
           "Agent: Bikes are $40 a day each. Customer: Book them. Agent: Would you like helmets? "
           "They are $25 per person per day. Customer: Yes, helmets for both of us for both days. Agent: Done.",
           100, "$25 per person per day, both of us, both days");
    expect("agent: metro shuttle service\ncustomer: i need a round trip to the airport on "
           "monday\nagent: the shared van is thirty dollars\ncustomer: okay book it\n"
           "agent: you can upgrade to a private car for twenty more each way\n"
           "customer: yes do that\nagent: done\n",
           40, "twenty more each way on a round trip");
    expect("agent: lakeview inn\ncustomer: hi i'd like a room for five nights starting "
           "june third\nagent: we have a king room at one forty nine a night\n"
           "customer: sounds good book it\nagent: booked do you want parking it's fifteen a "
           "night\ncustomer: uh yeah add parking\nagent: okay done\n",
           75, "fifteen a night, five nights (speech)");
    expect("agent: olive grove restaurant\ncustomer: hi the tasting menu on saturday we're a "
           "party of six\nagent: the tasting menu is eighty five a person\n"
           "customer: perfect book it\nagent: booked would you like the wine pairing "
           "it's thirty a head\ncustomer: yeah let's do the wine pairing\nagent: great\n",
           180, "thirty a head, party of six (speech)");
    expect("Customer: Two pizzas for pickup, please. Agent: Sure, that's $30. Would you like "
           "garlic bread for $5 each? Customer: Yes, just one garlic bread. Agent: Done.",
           5, "'just one' in the acceptance is the count, not the two pizzas");
    expect("agent: metro shuttle service\ncustomer: i need a ride to the airport on monday "
           "one way\nagent: the shared van is thirty dollars\ncustomer: okay book it\n"
           "agent: you can upgrade to a private car for twenty more each way\n"
           "customer: yes do that\nagent: done\n",
           20, "each way on a one way ride counts once");
    expect("Customer: A return trip to Denver, out Friday, back Monday. Agent: $240 round "
           "trip on the 9am. Customer: Book it. Agent: Would you like a seat with extra legroom "
           "for $30 each way? Customer: Yes, one extra legroom seat each way. Agent: Done.",
           60, "'one seat each way' is one item on both legs");
    expect("customer: hi i need a pickup truck for a week starting monday\n"
           "agent: sure the pickup is sixty five a day\ncustomer: okay book it\n"
           "agent: done do you want roadside assistance it's seven a day\n"
           "customer: yeah add roadside\nagent: you're all set\n",
           49, "seven a day for a week's rental (speech)");
    /* negatives: a count of something else, a bundle, a monthly price, a flat price */
    expect("Customer: Hi, a room for two adults and two kids for Saturday. Agent: The family "
           "room is $150. Customer: Book it. Agent: Breakfast is $20 a night. Customer: Yes, "
           "add breakfast. Agent: Done.",
           20, "$20 a night: 'two kids' is no count of nights");
    expect("agent: hi this is brightmart\ncustomer: i'm buying the washer\n"
           "agent: great the washer is six hundred dollars\ncustomer: okay\n"
           "agent: the extended warranty is three years at fifty dollars each\n"
           "customer: sure add the warranty\nagent: done\n",
           50, "fifty each with 'three years': years are no items");
    expect("Customer: I need a car for four days. Agent: The compact is $40 a day. Customer: "
           "Book it. Agent: Satellite radio is $10 a month. Customer: Sure, add it. Agent: Done.",
           10, "a monthly price is not times the days");
    expect("Customer: Hi, I have two things to ask. First, I'd like the deep clean. Agent: "
           "The deep clean is $180. Customer: Book it. Agent: Done. Oven racks are $10 each "
           "to soak, want that? Customer: Sure. Agent: Added.",
           10, "'two things to ask' is no count of oven racks");
    expect("agent: cozy cup cafe\ncustomer: hi i'd like a latte\nagent: sure we have "
           "three sizes the medium is four fifty\ncustomer: medium please\n"
           "agent: would you like an extra shot it's seventy five cents each\n"
           "customer: yeah sure\nagent: coming up\n",
           0.75, "the agent's 'three sizes' is no count of the order");
    expect("Customer: We need a table for four on Friday. Agent: Booked. We have a wine "
           "pairing for $60. Customer: Yes, add the wine pairing. Agent: Done.",
           60, "a flat price with 'table for four' counts once");
    expect("Customer: Two tickets for the matinee please. Agent: Done. Would you like to add "
           "popcorn? The pair for $7. Customer: Sure, add popcorn. Agent: Great.",
           7, "'the pair for $7' is a bundle, two tickets or not");
    expect("Customer: I need the car for five days. Agent: Fine, the sedan. Agent: GPS is $9 "
           "a day, so $45 for the five days. Customer: Yes, add GPS. Agent: Done.",
           45, "a total worked out already is not multiplied again");
}

/* A bare number that is the subject of its clause counts what the clause is
 * about and prices nothing; one after 'it's' is still a price. */
static void check_subject_counts(void)
{
    expect("agent: sunny lanes bowling\ncustomer: i want a lane for my son's party saturday\n"
           "agent: a lane for two hours is eighty\ncustomer: great book it\n"
           "agent: would you like nachos they're nine fifty each usually two is plenty\n"
           "customer: yeah two nachos\nagent: booked see you saturday\n",
           19, "'usually two is plenty' counts trays: two at nine fifty, no $2 extra");
    expect("Agent: Harbor Kayaks. Customer: I'd like to rent a double kayak Sunday. "
           "Agent: That's $70 for the day. Customer: Book it. Agent: Would you like dry bags? "
           "They're $6 each. Two should do it for two of you. Customer: Yes, two dry bags. "
           "Agent: Done.",
           12, "'Two should do it' is a count: two dry bags at $6 each");
    expect("agent: maple inn front desk\ncustomer: i need a room for tonight\n"
           "agent: the queen room is one twenty\ncustomer: okay book it\n"
           "agent: want late checkout it's fifteen. three is when the room has to be out\n"
           "customer: sure add late checkout\nagent: done\n",
           15, "'three is when' names a time, the checkout stays fifteen");
    expect("agent: maple inn front desk\ncustomer: i need a room for tonight\n"
           "agent: the queen room is one twenty\ncustomer: okay book it\n"
           "agent: want parking it's twenty is that okay\n"
           "customer: yes add parking\nagent: done\n",
           20, "negative: 'it's twenty is that okay' is a price, not a subject");
}

/* A rate under a dollar ("eleven point nine cents per kilowatt hour") is no
 * scale for the size of a spoken price said later in the call: "one forty
 * nine" for a thermostat is 149. A price of a dollar or more still is:
 * "two ninety nine a month" beside a $4.99 plan is 2.99. */
static void check_rate_no_scale(void)
{
    expect("customer: hi i want to switch to the fixed rate plan\n"
           "agent: sure that's twelve point four cents per kilowatt hour locked for a year "
           "shall i switch you\n"
           "customer: yes please\n"
           "agent: done we also have a smart thermostat for one forty nine installed\n"
           "customer: yeah throw it in",
           149, "ASR: a rate in cents does not size 'one forty nine'");
    expect("Customer: I'd like to switch to the fixed plan.\n"
           "Agent: That's 9.5 cents per kWh. Shall I switch you?\n"
           "Customer: Yes.\n"
           "Agent: Done. Would you like the smart plug bundle for one twenty nine?\n"
           "Customer: Sure, add it.",
           129, "a rate in cents does not size 'one twenty nine'");
    expect("customer: i want the basic streaming plan\n"
           "agent: the basic plan is four ninety nine a month shall i set it up\n"
           "customer: yes\n"
           "agent: done and the ad free add on is two ninety nine a month want it\n"
           "customer: sure add it",
           2.99, "negative: a plan of a few dollars still sizes 'two ninety nine'");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_forms();
    check_bounds();
    check_sums();
    check_call_counts();
    check_subject_counts();
    check_rate_no_scale();
    kt_free();
    T_END();
}
