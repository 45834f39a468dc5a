/* test_kpi_price.c - the amount reader (kpi_amount.c) on single sentences,
 * below the dialogue model: which numbers are prices and what they are
 * worth (currency signs and words, spoken prices sized by what is priced),
 * which numbers are never prices (addresses, times, dates, head counts,
 * ratings, names), unit prices, bundles and quantities said apart from the
 * price, superseded and excluded prices. The sentences are our own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/kpi/kpi_internal.h"
#include "t.h"
#include "kpi_t.h"

static kpi_text T;

/* The amounts of one sentence read in loose_mode (0 plain, 1 after a price
 * question, 2 while a price is revised: the most willing reading). */
static size_t amounts(const char *text, int mode)
{
    kpi_text_prepare(R, &T, text, strlen(text));
    kpi_amounts_find(S, &T, mode);
    return S->namounts;
}

/* Exactly one amount, worth want dollars. */
static void price(const char *text, int mode, double want)
{
    size_t n = amounts(text, mode);
    char name[300];
    double got = n ? (double)S->amounts[0].cents / 100.0 : -1;
    snprintf(name, sizeof name, "price %.2f in \"%s\" (got %zu, first %.2f)", want, text, n, got);
    CHECK(n == 1 && got > want - 0.001 && got < want + 0.001, name);
}

/* No amount at all, even in the most willing reading. */
static void none(const char *text)
{
    char name[300];
    size_t n = amounts(text, 2);
    snprintf(name, sizeof name, "no price in \"%s\" (got %zu, first %.2f)", text, n,
             n ? (double)S->amounts[0].cents / 100.0 : 0.0);
    CHECK(n == 0, name);
}

/* The total of the first amount when accepted with the quantity the
 * acceptance says apart from it. */
static void total(const char *offer, const char *answer, double want)
{
    char name[400];
    size_t n = amounts(offer, 1);
    kpi_amount a = n ? S->amounts[0] : (kpi_amount){0};
    kpi_text_prepare(R, &T, answer, strlen(answer));
    int apart = kpi_quantity(&T, 0, T.len);
    double got = n ? (double)kpi_amount_total(&a, apart) / 100.0 : -1;
    snprintf(name, sizeof name, "\"%s\" + \"%s\" comes to %.2f (got %.2f)", offer, answer, want,
             got);
    CHECK(got > want - 0.001 && got < want + 0.001, name);
}

static void quantity(const char *text, int want)
{
    char name[300];
    kpi_text_prepare(R, &T, text, strlen(text));
    int got = kpi_quantity(&T, 0, T.len);
    snprintf(name, sizeof name, "quantity %d in \"%s\" (got %d)", want, text, got);
    CHECK(got == want, name);
}

static void check_forms(void)
{
    price("The cooler bag is $75.", 0, 75);
    price("Gift wrap runs $12.50 per box.", 0, 12.50);
    price("The sectional would be $2,400 delivered.", 0, 2400);
    price("That one is 75 dollars.", 0, 75);
    price("Honestly it's like 30 bucks.", 0, 30);
    price("The deluxe kit is sixty dollars.", 0, 60);
    price("You can add the streaming tier for eighteen ninety-five a month.", 0, 18.95);
    price("it's forty bucks for the cleaning", 0, 40);
    price("the cloud backup is two ninety-nine a month", 0, 2.99);
    price("twenty-five bucks and it's yours", 0, 25);
    price("it comes to ten dollars and fifty cents", 0, 10.50);
    price("the window seat is $8 a month", 0, 8);
    price("it's 79.49", 1, 79.49); /* answering "how much is it?" */
}

static void check_not_prices(void)
{
    none("Our showroom is at 1250 Harbor Street.");
    none("we'd like to leave at 9 am on Friday");
    none("The shuttle leaves at 8:25 and arrives at 10:40.");
    none("I'll be arriving on March 14 at the airport.");
    none("Can I move it to the 3rd instead?");
    none("Just a table for one person please.");
    none("It's for 4 people on Saturday.");
    none("We're meeting at the 1720 on Fifth.");
    none("Is that the model 5200 or the newer one?");
    none("It has a rating of 4.5 and free parking.");
    none("The flight is 2 stops and lands around 6.");
    none("We are 3 adults and two kids.");
    none("The apartment is unit 12 on the second floor.");
    none("Is that available at 7 in the evening?");
    none("put me down for 2 nights");
    none("The address is 42, Elm Road.");
    none("Your room is 412, on the fourth floor.");
    none("The rating is 4.5, which is great.");
    none("The house is located at 1, Jalan Indah.");
    none("The party is 6, with the kids.");
    none("We can see you Friday at 10, if that suits.");
    none("okay so tomorrow at nine works");
    /* a street's name between the number and the street word */
    none("they'll ship next monday to eight eighty one lake road");
    none("Delivery goes to 412 Maple Court, is that right?");
    none("its going to four twelve west avenue");
    /* an hour after "at", whatever verb stands before it */
    none("our train home is at ten so no late checkout");
    none("the pickup is at four, after school.");
    CHECK(amounts("um the ferry is at eleven i think", KPI_AMT_ASKED) == 0,
          "no price in 'the ferry is at eleven' after a price question");
    price("you can add the backup pack at five a user a month", 2, 5);
    price("the refills are at six each", 1, 6);
    price("the floor mats are forty nine and I can drive them over", 1, 49);
    price("the rack is two ninety nine or lane assist is extra", 1, 2.99);
}

static void check_spoken_size(void)
{
    price("the business plan is three fifty a month", 0, 350);
    price("the add on is three fifty a month", 0, 3.50);
    price("that television is one forty nine", 1, 149);
    price("that phone case is nine ninety nine", 1, 9.99);
    price("the sofa is seven forty five a month", 0, 745);
    price("the dryer protection plan is nine fifty a month", 0, 9.50);
    price("an umbrella policy is one hundred ninety-nine ninety-nine per year", 0, 199.99);
    /* a spoken pair after "for" is a price, not a head count ("a table for
     * two"); "one twenty five" is said for 125, a dollar and cents being "a
     * dollar twenty five", unless what is priced is small */
    price("we can add a side salad for four ninety five", 2, 4.95);
    price("I can put a garlic dip on for two sixty five", 2, 2.65);
    price("the hedge trimming would be one thirty five", 1, 135);
    price("the gift wrap is one twenty five each", 1, 125);
    price("the lens cleaning service is one twenty five", 1, 1.25);
    price("a refill would be three forty five", 1, 3.45);
    /* a plan by the year or for a term of years is not a dollar and cents,
     * even a service one; a price the year's words do not follow, or a
     * pair of dollars above one, keeps its usual size */
    price("The two-year protection plan is one forty nine.", 1, 149);
    price("the service contract is one twenty nine a year", 1, 129);
    price("uh yeah the three year care plan thats one nineteen", KPI_AMT_SOLD, 119);
    price("the maintenance plan is one fifteen per year and covers both visits", 1, 115);
    price("the lens cleaning service is one twenty five we opened two years ago", 1, 1.25);
    price("the cleaning service is one twenty five and my son is three years old", 1, 1.25);
    price("domain privacy protection is nine ninety nine a year", 1, 9.99);
    price("the cleaning service is one twenty five a month", 1, 1.25);
    /* cents said as cents */
    price("you can go to a bigger cup for sixty five cents more", 2, 0.65);
    price("extra syrup is 40 cents", 0, 0.40);
    price("the stamp is one cent", 0, 0.01);
    price("that's two dollars and fifteen cents", 0, 2.15);
}

static void check_quantities(void)
{
    size_t n = amounts("I'll take two of the nightstands at $240 each.", 0);
    CHECK(n == 1 && S->amounts[0].each && S->amounts[0].qty == 2,
          "two of the nightstands at $240 each: unit price, quantity 2");
    total("I'll take two of the nightstands at $240 each.", "Yes.", 480);
    n = amounts("Or you can have the pair for $420.", 0);
    CHECK(n == 1 && S->amounts[0].bundle && !S->amounts[0].each, "the pair for $420 is a bundle");
    total("Or you can have the pair for $420.", "The pair, both of them.", 420);
    total("The lounge pass is $35 per person.", "Okay, for both of us please.", 70);
    total("The lounge pass is $35 per person.", "Just me, thanks.", 35);
    total("Tickets are $18 each.", "Great, all four then.", 72);
    total("The tasting is $25 a head.", "Book it for the three of us.", 75);
    total("The tasting is $25 a head.", "Yes, for 3 people.", 75);
    total("The extended warranty is $99.", "Yes, for both of us.", 99); /* not a unit price */
    total("All three for $60.", "Sure, all three.", 60);
    total("The lanterns come as a set of four for $96.", "Sure, all four.", 96);
    total("The garden lamps are eleven fifty each.", "Yes, all four.", 46);
    quantity("both please", 2);
    quantity("two of them", 2);
    quantity("just the one", 0);
    quantity("yes add it", 0);
    /* "add five more": more of the thing just priced, counted */
    quantity("Yes, add five more.", 5);
    quantity("yeah get two more please", 2);
    quantity("um okay add three more for the new hires", 3);
    quantity("we need four more, as well", 4);
    quantity("add two more nights", 0);
    quantity("we want ten more minutes on the call", 0);
    quantity("she has three more at home", 0);
}

static void check_revisions(void)
{
    size_t n = amounts("The tasting is normally $45 per person, but tonight it's $35.", 2);
    CHECK(n == 2 && S->amounts[0].old && S->amounts[1].each && S->amounts[1].cents == 3500,
          "a cut of an old price per person is per person too");
    n = amounts("The tasting is normally $45 per person, but the whole table is $300.", 2);
    CHECK(n == 2 && !S->amounts[1].each, "a price above the old unit price is no unit price");
    n = amounts("It's normally $30, but I can do $20 for you.", 2);
    CHECK(n == 2 && S->amounts[0].old && !S->amounts[1].old && S->amounts[1].cents == 2000,
          "normally $30 is superseded, $20 stands");
    /* "we're doing ninety": a revision said in the present, the new price
     * followed by when it holds */
    n = amounts("its normally one twenty but were doing ninety this month", 2);
    CHECK(n == 2 && S->amounts[0].old && !S->amounts[1].old && S->amounts[1].cents == 9000,
          "normally one twenty, were doing ninety this month: ninety stands");
    n = amounts("The wash is usually $40, but I'm doing it for thirty this week.", 2);
    CHECK(n == 2 && S->amounts[1].cents == 3000, "I'm doing it for thirty this week");
    price("but we're doing sixty five for regulars", 2, 65);
    CHECK(amounts("we're doing two this week", 2) == 0, "no price in 'doing two this week'");
    CHECK(amounts("we're doing three sessions", 2) == 0, "no price in 'doing three sessions'");
    CHECK(amounts("I was doing ninety on the highway", 2) == 0,
          "no price in 'I was doing ninety' (no revision)");
    n = amounts("There's a $25 activation fee.", 0);
    CHECK(n == 1 && S->amounts[0].excluded, "an activation fee is not a sale price");
    n = amounts("You get $10 off the first month.", 0);
    CHECK(n == 1 && S->amounts[0].excluded, "a discount is not a sale price");
}

/* How much context a bare spoken number needs: after a purchase "that's" is
 * enough but "at" is a time; in an offer a spoken pair needs no verb. */
static void check_context(void)
{
    price("and we can set it up on your desk thats one forty nine", KPI_AMT_SOLD, 149);
    price("we do two seventy five want one", KPI_AMT_OFFER, 2.75);
    price("the oak one, its nineteen ninety nine", KPI_AMT_STRICT, 19.99);
    CHECK(amounts("the show is twenty twenty five", KPI_AMT_STRICT) == 0,
          "no price in a year after 'is'");
    CHECK(amounts("it's ten thirty already", KPI_AMT_STRICT) == 0,
          "no price in a time after 'it's'");
    CHECK(amounts("shall i reserve thursday at 3 for you", KPI_AMT_SOLD) == 0,
          "no price in 'reserve thursday at 3' after a purchase");
    CHECK(amounts("we open at nine thirty want one", KPI_AMT_OFFER) == 0,
          "no price in 'at nine thirty' in an offer");
    CHECK(amounts("and we can set it up on your desk thats one forty nine", KPI_AMT_STRICT) == 0,
          "no price in a bare spoken pair without context");
    CHECK(amounts("we run twenty five sessions want one", KPI_AMT_OFFER) == 0,
          "no price in a count of sessions in an offer");
    /* unpunctuated speech: a bare price runs on into the next clause, and
     * "another" or "an extra" may stand between "for" and it */
    price("would you like a gutter check for thirty five it's worth doing", KPI_AMT_OFFER, 35);
    price("we can add a tire check for twenty she's due for one", KPI_AMT_OFFER, 20);
    price("we can also do the balcony for another forty", KPI_AMT_OFFER, 40);
    price("the window seat is yours for an extra twenty five", KPI_AMT_OFFER, 25);
    CHECK(amounts("we can seat twenty five guests in there", KPI_AMT_OFFER) == 0,
          "no price in a head count of guests in an offer");
    CHECK(amounts("a table for another two would you like that", KPI_AMT_OFFER) == 0,
          "no price in 'for another two' people");
    CHECK(amounts("we can see him saturday at ten he's due for shots", KPI_AMT_OFFER) == 0,
          "no price in 'at ten he's due'");
    /* a word that says what the price covers counts nothing */
    price("do you want a screen protector it's thirty nine ninety nine installed",
          KPI_AMT_OFFER, 39.99);
    price("and the soundbar is sixty nine ninety five delivered", KPI_AMT_OFFER, 69.95);
    price("bait stations around the house it's one fifty installed", KPI_AMT_OFFER, 150);
    price("um that's forty five shipped", KPI_AMT_SOLD, 45);
    CHECK(amounts("it's twenty booked already for that class", KPI_AMT_OFFER) == 0,
          "no price in a count of places booked after 'it's'");
    CHECK(amounts("it's three signed up so far", KPI_AMT_OFFER) == 0,
          "no price in a count of people signed up after 'it's'");
    /* a revision said without a verb: the old price after "normally", the
     * new one ending the sentence */
    CHECK(amounts("the hedge trim is normally forty but since we're out there anyway thirty",
                  KPI_AMT_OFFER) == 2 &&
              S->amounts[0].old && S->amounts[0].cents == 4000 && !S->amounts[1].old &&
              S->amounts[1].cents == 3000,
          "'normally forty but since we're out there anyway thirty': 40 old, 30 new");
    CHECK(amounts("the hedge trim is normally forty but it takes about two", KPI_AMT_OFFER) == 1,
          "no new price in 'but it takes about two' after an old price");
    CHECK(amounts("the hedge trim is normally forty but since we're there ninety", KPI_AMT_OFFER) ==
              1,
          "no new price above the old one ending the sentence");
    /* ... or the new one followed by its condition, not by what it counts */
    CHECK(amounts("the gutter clean is usually seventy but fifty with the roof job",
                  KPI_AMT_OFFER) == 2 &&
              S->amounts[0].old && S->amounts[1].cents == 5000,
          "'usually seventy but fifty with the roof job': 50 new");
    CHECK(amounts("the tasting is normally forty but fifteen for kids", KPI_AMT_OFFER) == 2 &&
              S->amounts[1].cents == 1500,
          "'normally forty but fifteen for kids': 15 new");
    CHECK(amounts("the detail is usually ninety but it takes three hours", KPI_AMT_OFFER) == 1,
          "no new price in 'but it takes three hours' after an old price");
    CHECK(amounts("the detail is usually ninety but thirty people booked it", KPI_AMT_OFFER) == 1,
          "no new price in 'but thirty people' after an old price");
    /* a price followed by when it holds: "tonight", "tomorrow", "only" */
    CHECK(amounts("the garlic knots are normally nine i can do six tonight", KPI_AMT_OFFER) == 2 &&
              S->amounts[1].cents == 600 && S->amounts[0].old,
          "'i can do six tonight': 6 new, 9 old");
    CHECK(amounts("the wash is usually twelve but i can do eight tomorrow", KPI_AMT_OFFER) == 2 &&
              S->amounts[1].cents == 800,
          "'but i can do eight tomorrow': 8 new");
    CHECK(amounts("we can fit two tables tonight", KPI_AMT_OFFER) == 0,
          "no price in 'two tables tonight'");
}

/* A total worked out aloud after a unit price gives the unit price its
 * count and is not a price of its own; the sum also picks the reading of a
 * spoken pair. Nothing is folded without the count said. */
static void check_worked_totals(void)
{
    size_t n = amounts("a canoe is fifteen a night so forty five for the three nights", 2);
    CHECK(n >= 1 && S->amounts[0].cents == 1500 && S->amounts[0].qty == 3 &&
              (n == 1 || S->amounts[1].excluded),
          "fifteen a night so forty five for the three nights: 15 each, quantity 3");
    n = amounts("the coffee bar is three dollars per person so ninety for thirty people", 2);
    CHECK(n >= 1 && S->amounts[0].cents == 300 && S->amounts[0].qty == 30,
          "three dollars per person, ninety for thirty people: quantity 30");
    n = amounts("The mugs are $6 each, so $48 for the eight of them.", 0);
    CHECK(n == 2 && S->amounts[0].qty == 8 && S->amounts[1].excluded,
          "$6 each, $48 for eight: the total is left out");
    n = amounts("the cupcakes are two fifty each so a dozen is thirty", 2);
    CHECK(n >= 1 && S->amounts[0].cents == 250 && S->amounts[0].qty == 12,
          "two fifty each, a dozen is thirty: 2.50 each, quantity 12");
    /* negative: no count said, or the other number is a time */
    n = amounts("the shuttle is eighteen per person and it leaves at seven twenty", 2);
    CHECK(n >= 1 && S->amounts[0].cents == 1800 && S->amounts[0].qty == 0,
          "eighteen per person, leaves at seven twenty: no total");
    n = amounts("The towels are $5 each and $20 buys the robe.", 0);
    CHECK(n == 2 && S->amounts[0].qty == 0 && !S->amounts[1].excluded,
          "$5 each and a $20 robe: no count said, two prices");
}

/* A price said as a difference ("ten more a month"), and the counts and
 * times that look like one. */
static void check_differences(void)
{
    price("for ten more a month you get the faster speed", KPI_AMT_STRICT, 10);
    price("the lake view room is forty more", KPI_AMT_STRICT, 40);
    price("the deluxe wash is twelve more dollars", KPI_AMT_STRICT, 12);
    CHECK(amounts("you could stay two more nights", KPI_AMT_OFFER) == 0,
          "no price in 'two more nights'");
    CHECK(amounts("it takes ten more minutes", KPI_AMT_OFFER) == 0,
          "no price in 'ten more minutes'");
    CHECK(amounts("can i get three more", KPI_AMT_STRICT) == 0, "no price in 'get three more'");
}

/* Price periods and endings said in speech. */
static void check_periods(void)
{
    price("filter delivery is fifteen a quarter", KPI_AMT_STRICT, 15);
    price("aeration is seventy nine one time", KPI_AMT_STRICT, 79);
    price("mowing is forty five a visit", KPI_AMT_STRICT, 45);
    price("we can add a churro station for one fifty flat", KPI_AMT_OFFER, 150);
    CHECK(amounts("we fixed two flat tires", KPI_AMT_OFFER) == 0, "no price in 'two flat tires'");
}

/* A spoken pair its sentence does not size is sized against the call's
 * first firm price said per the same stretch of time. */
static void check_size_by_call(void)
{
    S->price_ref = 90000; /* a $900-a-month business plan */
    S->price_ref_recurring = true;
    price("we can add a fiber backup line for three fifty a month", KPI_AMT_OFFER, 350);
    S->price_ref = 499; /* a $4.99-a-month plan */
    price("extra storage is two ninety nine a month", KPI_AMT_STRICT, 2.99);
    price("extra storage is one twenty five a month", KPI_AMT_STRICT, 1.25);
    S->price_ref = 45000; /* a $450 tablet, bought once */
    S->price_ref_recurring = false;
    price("the keyboard case is one twenty nine", KPI_AMT_ASKED, 129);
    /* negative: a monthly price beside a one-off one keeps its usual size */
    price("cloud backup is three fifty a month", KPI_AMT_STRICT, 3.50);
    S->price_ref = 250000; /* a $2,500 laptop */
    price("the docking station is three ninety nine", KPI_AMT_ASKED, 399);
    price("the usb hub is twelve ninety nine", KPI_AMT_ASKED, 12.99);
    S->price_ref = 0;
    price("a backup line is three fifty a month", KPI_AMT_STRICT, 3.50);
    /* a teen or tens pair: its sentence sizes it, else dollars and cents */
    price("the television is eleven ninety nine", KPI_AMT_ASKED, 1199);
    price("the cable is eleven ninety nine", KPI_AMT_ASKED, 11.99);
    /* an extra's price as the scale: the next extra costs about as much,
     * not a twentieth of it */
    S->price_ref = 17900; /* a $179 protection plan offered on top */
    S->price_ref_addon = true;
    price("we also do a wall bracket with setup for one twenty nine", KPI_AMT_OFFER, 129);
    price("the wall bracket is one twenty nine", KPI_AMT_ASKED, 129);
    S->price_ref = 350; /* a $3.50 extra shot */
    price("we can add oat milk for two sixty five", KPI_AMT_OFFER, 2.65);
    /* negative: beside the main item's price the same pair is small */
    S->price_ref = 17900;
    S->price_ref_addon = false;
    price("we also do a wall bracket with setup for one twenty nine", KPI_AMT_OFFER, 1.29);
    S->price_ref = 0;
}

/* The first amount of a sentence is worth want dollars and the sentence
 * has n amounts. */
static void first_of(const char *text, int mode, size_t n, double want)
{
    size_t got_n = amounts(text, mode);
    char name[300];
    double got = got_n ? (double)S->amounts[0].cents / 100.0 : -1;
    snprintf(name, sizeof name, "first price %.2f of %zu in \"%s\" (got %zu, first %.2f)", want, n,
             text, got_n, got);
    CHECK(got_n == n && got > want - 0.001 && got < want + 0.001, name);
}

/* A spoken pair no word or earlier price sizes takes the size of a price
 * of its own turn whose size is known: things offered together cost about
 * the same. */
static void check_size_by_turn(void)
{
    S->price_ref = 0;
    first_of("we also offer uplighting for three fifty and a photo booth for eight hundred",
             KPI_AMT_OFFER, 2, 350);
    first_of("We also offer uplighting for three fifty, and a photo booth for $800.", KPI_AMT_OFFER,
             2, 350);
    first_of("um we can do a gutter guard for four twenty and the downspouts are two hundred",
             KPI_AMT_OFFER, 2, 420);
    /* negative: beside a small price a pair keeps its small size */
    first_of("we can add a muffin for three twenty five and a cookie for $2", KPI_AMT_OFFER, 2,
             3.25);
    first_of("add whipped cream for three fifty and sprinkles for one dollar", KPI_AMT_OFFER, 2,
             3.50);
    /* negative: no sized price in the turn, the usual reading stays */
    first_of("we can add a fruit cup for three fifty", KPI_AMT_OFFER, 1, 3.50);
}

/* A cut said before the old price ("at three forty nine it's normally five
 * hundred"): the number is the price now, even where the word after it
 * would make it a count or a time. */
static void check_cut_before_old(void)
{
    S->price_ref = 0;
    first_of("we have the adjustable base at three forty nine it's normally five hundred",
             KPI_AMT_OFFER, 2, 349);
    first_of("The reading lamp is at $35, it's normally $60.", KPI_AMT_OFFER, 2, 35);
    first_of("um the cover is at forty nine usually seventy", KPI_AMT_OFFER, 2, 49);
    /* negative: a time with no old price after it is no price */
    first_of("the installer comes at three forty five it's a two hour job for $80", KPI_AMT_OFFER, 1,
             80);
    first_of("we open at nine thirty it's usually quiet then", KPI_AMT_OFFER, 0, -1);
}


/* What the first amount of a sentence is per (KPI_PER_* bits). */
static void per(const char *text, unsigned want)
{
    char name[300];
    size_t n = amounts(text, 2);
    unsigned got = n ? S->amounts[0].per : 99;
    snprintf(name, sizeof name, "\"%s\" is per %u (got %u)", text, want, got);
    CHECK(n >= 1 && got == want, name);
}

/* The count of unit u a sentence says (kpi_unit_count). */
static void unit_count(const char *text, unsigned u, int want)
{
    char name[300];
    kpi_text_prepare(R, &T, text, strlen(text));
    int got = kpi_unit_count(&T, u);
    snprintf(name, sizeof name, "\"%s\" counts %d of unit %u (got %d)", text, want, u, got);
    CHECK(got == want, name);
}

/* The party, its children, the mornings and the things a sentence counts,
 * which multiply an extra's unit price (kpi_unit_count). */
static void check_party_counts(void)
{
    unit_count("we're two adults and three kids", KPI_PER_HEAD, 5);
    unit_count("um two adults and one kid", KPI_PER_HEAD, 3);
    unit_count("my three kids and my husband", KPI_PER_CHILD, 3);
    unit_count("two adults and two children", KPI_PER_CHILD, 2);
    unit_count("both kids need one", KPI_PER_CHILD, 2);
    unit_count("three kids", KPI_PER_HEAD, 0);
    unit_count("four players at eight forty", KPI_PER_HEAD, 4);
    unit_count("hi a table for four on friday", KPI_PER_HEAD, 4);
    unit_count("a tee time for six please", KPI_PER_HEAD, 6);
    unit_count("Hi, a table for two at seven on Friday.", KPI_PER_HEAD, 2);
    unit_count("a table for the weekend for two nights", KPI_PER_HEAD, 0);
    unit_count("a booking for three days", KPI_PER_HEAD, 0);
    unit_count("yes for both mornings", KPI_PER_DAY, 2);
    unit_count("we need two of them", KPI_PER_ITEM, 2);
    unit_count("two of us", KPI_PER_ITEM, 0);
}

static void check_units(void)
{
    per("The kayak is $30 a day.", KPI_PER_DAY);
    per("breakfast is twelve dollars per night", KPI_PER_DAY);
    per("Dessert is $6 per person.", KPI_PER_HEAD);
    per("it's thirty a head", KPI_PER_HEAD);
    per("Helmets are $25 per person per day.", KPI_PER_HEAD | KPI_PER_DAY);
    per("Chairs are $45 each.", KPI_PER_ITEM);
    per("a private car for $20 more each way", KPI_PER_WAY);
    per("The pair for $420.", 0);
    per("The plan is $15 a month.", 0);
    unit_count("I need the car for five days next week.", KPI_PER_DAY, 5);
    unit_count("we're staying three nights", KPI_PER_DAY, 3);
    unit_count("helmets for both of us for both days", KPI_PER_DAY, 2);
    unit_count("helmets for both of us for both days", KPI_PER_HEAD, 2);
    unit_count("catering for forty people on saturday", KPI_PER_HEAD, 40);
    unit_count("a table saturday we're a party of six", KPI_PER_HEAD, 6);
    unit_count("Two tickets for the 8pm show.", KPI_PER_ITEM, 2);
    unit_count("i need a round trip to the airport", KPI_PER_WAY, 2);
    unit_count("we need the van for a week", KPI_PER_DAY, 7);
    unit_count("a cabin for two weeks in july", KPI_PER_DAY, 14);
    /* counts of something else */
    unit_count("I have two things to ask first.", KPI_PER_ITEM, 0);
    unit_count("it ships in five business days", KPI_PER_DAY, 0);
    unit_count("A room for two adults and two kids.", KPI_PER_DAY, 0);
    unit_count("Can I add two more nights?", KPI_PER_DAY, 0);
    unit_count("the warranty runs three years", KPI_PER_ITEM, 0);
    unit_count("a table for four on friday", KPI_PER_ITEM, 0);
    unit_count("I need a car for five days.", KPI_PER_HEAD, 0);
    unit_count("i need a ride one way", KPI_PER_WAY, 0);
}

/* Every price period and every number word is read, whichever letter it
 * starts with (price_suffix and number_word look words up by their first
 * letter), and a near miss of a period makes no price. */
static void check_every_word(void)
{
    static const char *const periods[] = {
        "a month", "per month", "a year", "per year", "a week", "per week", "a night",
        "per night", "per person", "per user", "per seat", "per line", "a line", "a seat",
        "each", "a day", "per day", "a session", "per session", "monthly", "a pop",
        "a quarter", "per quarter", "quarterly", "a visit", "per visit", "an hour", "per hour",
        "one time", "a head", "per head", "an order", "per order"};
    int read = 0;
    for (size_t k = 0; k < sizeof periods / sizeof periods[0]; k++) {
        char text[80];
        snprintf(text, sizeof text, "mowing is forty five %s", periods[k]);
        read += amounts(text, KPI_AMT_STRICT) == 1 && S->amounts[0].cents == 4500;
    }
    CHECK(read == (int)(sizeof periods / sizeof periods[0]), "forty five and each of the 33 price periods is a price");
    static const char *const near[] = {"a months", "per mon", "an hours", "eachother", "a minute",
                                       "per cent", "quarterlyish", "one timer", "a headset"};
    int none = 0;
    for (size_t k = 0; k < sizeof near / sizeof near[0]; k++) {
        char text[80];
        snprintf(text, sizeof text, "mowing is forty five %s", near[k]);
        none += amounts(text, KPI_AMT_STRICT) == 0;
    }
    CHECK(none == (int)(sizeof near / sizeof near[0]), "forty five before a word that only starts like a period is no price");
    static const char *const words[] = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    static const int values[] = {1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14,
                                 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90};
    int said = 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        char text[80];
        snprintf(text, sizeof text, "the fee is %s dollars", words[k]);
        said += amounts(text, KPI_AMT_STRICT) == 1 && S->amounts[0].cents == values[k] * 100;
    }
    CHECK(said == (int)(sizeof words / sizeof words[0]), "each number word from one to ninety before 'dollars' is its value");
    price("the fee is one hundred dollars", KPI_AMT_STRICT, 100);
    price("the fee is two thousand dollars", KPI_AMT_STRICT, 2000);
    price("the prize is one million dollars", KPI_AMT_STRICT, 1000000);
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_forms();
    check_not_prices();
    check_spoken_size();
    check_quantities();
    check_revisions();
    check_context();
    check_worked_totals();
    check_differences();
    check_periods();
    check_every_word();
    check_size_by_call();
    check_size_by_turn();
    check_cut_before_old();
    check_units();
    check_party_counts();
    kpi_text_free(&T);
    kt_free();
    T_END();
}
