/* test_kpi_choose.c - a customer choosing one of the things the agent just
 * put up for sale ("that one, please", "we'll do the galaxy", "the roses
 * would be okay") agrees to buy it, so the extra the agent offers next is
 * an add-on (choose_offered in kpi_dialog.c, [choose] in the rules). With
 * the shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style); negatives: a preference in a search, a choice
 * among search results never booked, a choice refused later, a choice that
 * asks, a choice turned on a "but", a yes to a survey. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "That one" points at what the agent priced. */
static void check_that_one(void)
{
    kt_call("Agent: Lakeside Bakery, this is Jo.\n"
            "Customer: Hi, I need a birthday cake for Sunday.\n"
            "Agent: Our lemon sponge serves twelve and is $48.\n"
            "Customer: That one, please. Can it be ready by ten?\n"
            "Agent: Yes. Would you like to upgrade to a gift box for $6?\n"
            "Customer: Oh yes, she'd like that.\n"
            "Agent: Lemon sponge in a gift box, Sunday at ten. Correct?\n"
            "Customer: Yes!",
            true, 6, "'That one, please.' then a question, then an upgrade taken");
    kt_call("agent: lakeside bakery this is jo\n"
            "customer: hi i need a birthday cake for sunday\n"
            "agent: our lemon sponge serves twelve and it's forty eight dollars\n"
            "customer: okay that one\n"
            "agent: would you like to upgrade to a gift box for six dollars\n"
            "customer: oh yes she'd like that\n"
            "agent: lemon sponge in a gift box sunday correct\n"
            "customer: yes",
            true, 6, "ASR: 'okay that one' then 'oh yes' to the upgrade");
    kt_call("agent: lakeside bakery this is jo\n"
            "customer: hi i need a birthday cake for sunday\n"
            "agent: our lemon sponge serves twelve and it's forty eight dollars\n"
            "customer: that one please could it be ready by ten\n"
            "agent: yes would you like to upgrade to a gift box for six dollars\n"
            "customer: oh yes she'd like that\n"
            "agent: lemon sponge in a gift box sunday at ten correct\n"
            "customer: yes",
            true, 6, "ASR: 'that one please could it be ready by ten' (no punctuation)");
    kt_call("Agent: Lakeside Bakery, this is Jo.\n"
            "Customer: Hi, I need a birthday cake for Sunday.\n"
            "Agent: Our lemon sponge serves twelve and is $48.\n"
            "Customer: That one, please. Can you write a name on it?\n"
            "Agent: Yes, free of charge. Would you like candles too? They're $6.\n"
            "Customer: No thanks.\n"
            "Agent: Lemon sponge for Sunday, it's ordered.",
            true, 0, "negative: the extra after the choice declined");
    kt_call("agent: hilltop nursery this is sam\n"
            "customer: hi i want a lemon tree for the patio\n"
            "agent: the dwarf meyer lemon in a ten inch pot is forty two dollars\n"
            "customer: is that one hardy enough for frost\n"
            "agent: it needs covering below freezing and a frost cloth is nine dollars\n"
            "customer: yeah okay\n"
            "agent: alright",
            false, 0, "negative: 'is that one hardy' asks, chooses nothing");
}

/* The thing chosen by name: "we'll do X", "X would be okay". */
static void check_named_choice(void)
{
    kt_call("Agent: Northside Flowers, this is Kim.\n"
            "Customer: I'd like to send tulips to my sister in Leeds on Friday.\n"
            "Agent: I'm sorry, tulips are sold out this week. We have the same bouquet with ranunculus, same price, $55.\n"
            "Customer: Oh well. Ranunculus would be okay, she likes yellow.\n"
            "Agent: Would you like a box of chocolates with them for $14?\n"
            "Customer: Yes, please.\n"
            "Agent: Yellow ranunculus and chocolates to Leeds on Friday, your order is placed.",
            true, 14, "'Ranunculus would be okay' after the stand-in, then an extra");
    kt_call("agent: metro mobile this is lee\n"
            "customer: hi i want to add a line for my son with the new iphone\n"
            "agent: sorry that iphone is out of stock until march but i do have the moto edge in stock today\n"
            "customer: hmm okay we'll do the moto\n"
            "agent: new line with the moto edge and do you want a screen protector for it nineteen ninety nine\n"
            "customer: yeah might as well\n"
            "agent: done it ships tomorrow",
            true, 19.99, "ASR: 'okay we'll do the moto' then the protector taken");
    kt_call("agent: metro mobile this is lee\n"
            "customer: hi i want to add a line for my son with the new iphone\n"
            "agent: sorry that iphone is out of stock until march but i do have the moto edge in stock today\n"
            "customer: the moto would be okay but not at full price\n"
            "agent: and a screen protector is nineteen ninety nine\n"
            "customer: okay\n"
            "agent: alright",
            false, 0, "negative: a choice turned on a 'but'");
}

/* Preferences in a search, choices among what a search found that are
 * never booked, and choices refused later buy nothing. */
static void check_not_chosen(void)
{
    kt_call("Customer: Can you find me a flight to Denver on Friday?\n"
            "Agent: I found one on Frontier leaving at 7:10 am, $129.\n"
            "Customer: That flight is good.\n"
            "Agent: Would you like to buy a ticket?\n"
            "Customer: No, not now. I'll think about it.\n"
            "Agent: Okay, anything else?",
            false, 0, "negative: a search result liked, then the purchase refused");
    kt_call("agent: riverside dental this is pat\n"
            "customer: hi i need a cleaning\n"
            "agent: a cleaning is ninety five we have mornings or afternoons next week\n"
            "customer: the morning would be fine\n"
            "agent: and would you like fluoride with that it's twenty\n"
            "customer: um let me check my calendar first and call you back\n"
            "agent: sure",
            false, 0, "negative: a time of day preferred in a search, then put off");
    kt_call("Agent: Lakeside Bakery, this is Jo.\n"
            "Customer: Hi, I need a birthday cake for Sunday.\n"
            "Agent: Our lemon sponge serves twelve and is $48.\n"
            "Customer: That one, please.\n"
            "Agent: Would you like candles with it? They're $6.\n"
            "Customer: Actually, cancel the whole thing, my sister already ordered one.\n"
            "Agent: No problem, nothing's ordered.",
            false, 0, "negative: the choice refused later");
    kt_call("Agent: Hi, this is Ana from Brightwave. You bought our 65 inch TV last month. Would you take a two-minute survey?\n"
            "Customer: Sure, I'll do the survey.\n"
            "Agent: Thanks. How would you rate the picture?\n"
            "Customer: It's great.",
            false, 0, "negative: a yes to a survey");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_that_one();
    check_named_choice();
    check_not_chosen();
    kt_free();
    T_END();
}
