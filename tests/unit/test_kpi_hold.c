/* test_kpi_hold.c - something held for a later call is no purchase: after a
 * declined card or while the customer thinks it over, "I can hold the
 * basket until tomorrow" - "okay, hold it" buys nothing; a yes to holding
 * the date "for 72 hours" neither. Goods already bought and held for
 * collection ("I'll hold them at the desk for you") stay bought. Clean and
 * speech-recognition style. Calls invented for these tests, scored with the
 * shipped rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A hold for a later call: no purchase. */
static void check_holds(void)
{
    kt_call("Customer: I'd like the two garden benches from your site.\n"
            "Agent: That's $380. Shall I charge the card on your account?\n"
            "Customer: Yes.\n"
            "Agent: Sorry, the card was declined.\n"
            "Customer: Oh no. I'll have to sort that out with my bank.\n"
            "Agent: I can hold the benches until tomorrow evening.\n"
            "Customer: Okay, hold them.\nAgent: Will do.\nCustomer: Bye.",
            false, 0, "declined card, 'Okay, hold them.'");
    kt_call("customer: i love the venue but i have to ask my partner first\n"
            "agent: no problem i can hold the saturday for seventy two hours no deposit\n"
            "customer: yes please do that would be great\n"
            "agent: done it's held\ncustomer: thanks",
            false, 0, "asr: 'hold the saturday for seventy two hours' - 'yes please do'");
}

/* Goods bought and kept for collection stay bought. */
static void check_held_for_collection(void)
{
    kt_call("customer: i need a set of wiper blades for a twenty twenty civic\n"
            "agent: they're twenty four ninety nine\n"
            "customer: okay i'll take them\n"
            "agent: great i'll hold them at the front desk for you\n"
            "customer: see you soon",
            true, 0, "asr: 'i'll take them', 'i'll hold them at the front desk for you'");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_holds();
    check_held_for_collection();
    kt_free();
    T_END();
}
