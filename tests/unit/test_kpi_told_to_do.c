/* test_kpi_told_to_do.c - how a customer commits without a word of
 * commitment, and one way a purchase goes elsewhere:
 *  - a weak yes ("fine", "okay") that opens the turn, then an order or an
 *    imperative ("Fine. Move it to Friday.", "okay two small trays"),
 *    after a sale price, carried out by the agent's notice;
 *  - an agreement that names what the agent priced in its own words
 *    ("Solo at $9, please."), carried out by a bare "Done.";
 *  - buying it at a shop of another kind or a marketplace ("i'll just get
 *    some traps from the hardware store") takes back what was agreed.
 * Each with negatives, clean and speech-recognition style. Calls invented
 * for these tests, scored with the shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A weak yes followed by an order or an imperative agrees. */
static void check_weak_yes_orders(void)
{
    kt_call("Agent: Moving the delivery to Friday costs $20.\n"
            "Customer: Twenty dollars to move a delivery?\n"
            "Agent: It's the rebooking fee.\n"
            "Customer: Fine. Move it to Friday.\n"
            "Agent: Done. Your sofa comes Friday.\nCustomer: Great.",
            true, 0, "'Fine. Move it to Friday.' then 'Done'");
    kt_call("Agent: The express wash is $15 and the deluxe is $25.\n"
            "Customer: That's steep for a wash.\n"
            "Agent: It's the going rate.\n"
            "Customer: Okay. Two express washes.\n"
            "Agent: Done, pull into bay two.\nCustomer: Okay.",
            true, 0, "'Okay. Two express washes.' then 'Done'");
    kt_call("agent: the small tray is thirty dollars and the large is fifty\n"
            "customer: hm that's pricey\n"
            "agent: they're made fresh\n"
            "customer: okay two small trays\n"
            "agent: done ready at noon\ncustomer: thanks",
            true, 0, "asr: 'okay two small trays' then 'done ready at noon'");
}

/* A weak yes alone, one that reads out a code, sarcasm, or one that takes
 * a remedy after an apology buys nothing. */
static void check_weak_yes_not_orders(void)
{
    kt_call("Agent: Moving the delivery to Friday costs $20.\n"
            "Customer: Twenty dollars to move a delivery?\n"
            "Agent: It's the rebooking fee.\n"
            "Customer: Fine.\n"
            "Agent: Done. I've noted it.\nCustomer: Bye.",
            false, 0, "a bare 'Fine.' only acknowledges");
    kt_call("agent: moving the delivery to friday is twenty dollars\n"
            "customer: twenty dollars just to move it\n"
            "agent: it's the rebooking fee sorry\n"
            "customer: fine move it to friday\n"
            "agent: done your sofa comes friday\ncustomer: great",
            false, 0, "asr: after an apology, 'fine move it' takes a remedy");
    kt_call("agent: city rail support this is omar what's your booking code\n"
            "customer: okay one sec seven three three nine\n"
            "agent: thanks i've moved you to the next train at no charge\n"
            "customer: thanks",
            false, 0, "asr: 'okay one sec' reads out a code, no price");
    kt_call("agent: the premium plan is twenty a month\n"
            "customer: oh great another price hike love that\n"
            "agent: done i've noted that\ncustomer: bye",
            false, 0, "asr: sarcastic 'oh great' is no yes");
}

/* An agreement naming in its own words what the agent priced. */
static void check_names_own_sale(void)
{
    kt_call("Agent: I can move you from Family to Solo at $9, and you could keep the "
            "music bundle for $4.\n"
            "Customer: Will I lose my playlists?\n"
            "Agent: No, they stay.\n"
            "Customer: Drop the bundle. Solo at $9, please.\n"
            "Agent: Done, from the next bill.\nCustomer: Thanks.",
            true, 0, "'Solo at $9, please.' then 'Done'");
    kt_call("agent: the garden plan is thirty a month or the lawn plan is twenty\n"
            "customer: can you email me the garden plan details\n"
            "agent: done sent it over\ncustomer: thanks",
            false, 0, "asr: names the plan but asks for an e-mail");
    kt_call("Agent: The Basic tier is $45 a month.\n"
            "Customer: How much is the Basic tier with the router?\n"
            "Agent: Done, I've checked: $50.\nCustomer: Okay, bye.",
            false, 0, "a price question naming the item buys nothing");
}

/* Buying it elsewhere takes back what was agreed and not carried out. */
static void check_elsewhere_shops(void)
{
    kt_call("agent: the trap package is ninety dollars\n"
            "customer: okay i'll take it\n"
            "agent: there's also a call out fee of forty\n"
            "customer: forty on top no i'll just get some traps from the hardware store\n"
            "agent: okay",
            false, 0, "asr: 'i'll just get some traps from the hardware store'");
    kt_call("Agent: The charger is $45.\n"
            "Customer: Okay, I'll take it.\n"
            "Agent: There's also $12 shipping.\n"
            "Customer: Twelve for shipping? No, I'll just get it at Walmart.\n"
            "Agent: Understood.",
            false, 0, "'I'll just get it at Walmart'");
    kt_call("agent: the new phone is twenty a month\n"
            "customer: okay i'll take it\n"
            "agent: done and a case is thirty\n"
            "customer: the case no i'll get one on amazon\n"
            "agent: okay phone only shipping tomorrow\ncustomer: great",
            true, 0, "asr: 'i'll get one on amazon' is another item; the phone stands");
    kt_call("Customer: Can I get it at the hardware store instead?\n"
            "Agent: No, we're the only stockist. It's $35.\n"
            "Customer: Okay, I'll take it.\nAgent: Done, it ships today.",
            true, 0, "a question about another shop takes nothing elsewhere");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_weak_yes_orders();
    check_weak_yes_not_orders();
    check_names_own_sale();
    check_elsewhere_shops();
    kt_free();
    T_END();
}
