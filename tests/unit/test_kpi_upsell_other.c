/* test_kpi_upsell_other.c - another choice asked for is not an extra: before
 * anything is bought, the agent's answer to "do you have any other cars?"
 * offers the purchase in place of the one shown, even in words that would
 * say "on top" elsewhere ("I also have one at 8:30", "also available on the
 * 9th"). Negatives: an extra offered once the purchase is made, or asked for
 * with "add", still counts.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void check_other_choice(void)
{
    kt_call("Customer: I need a rental car for the weekend.\n"
            "Agent: Where would you like to pick it up?\n"
            "Customer: At the airport in Denver.\n"
            "Agent: There's a compact Corolla at the airport on Friday, $80 total.\n"
            "Customer: Do you have any other cars?\n"
            "Agent: I also have a Civic, also available at the airport on Friday. It's $72 total.\n"
            "Customer: Great, reserve that one.\n"
            "Agent: Your car is reserved.",
            true, 0, "another car asked for, answered with 'also': the purchase");
    kt_call("Customer: i need a rental car for the weekend\n"
            "Agent: where would you like to pick it up\n"
            "Customer: at the airport in denver\n"
            "Agent: there is a compact corolla at the airport on friday eighty dollars total\n"
            "Customer: do you have any other cars\n"
            "Agent: i also have a civic also available at the airport on friday it is seventy "
            "two dollars total\n"
            "Customer: great reserve that one\n"
            "Agent: your car is reserved",
            true, 0, "ASR: another car asked for, 'i also have': the purchase");
    kt_call("Customer: i need a rental car for the weekend\n"
            "Agent: there is a compact corolla at the airport on friday eighty dollars total\n"
            "Customer: is it automatic\n"
            "Agent: yes and you can also add a child seat for fifteen dollars\n"
            "Customer: okay add the seat and book it\n"
            "Agent: done the car is booked with the seat",
            true, 15, "negative ASR: no other choice asked for, the seat is on top");
    kt_call("Customer: I'm looking for a two bedroom apartment in Oakland.\n"
            "Agent: Lake Vista at 12 Grand Avenue has one for $2,900 per month.\n"
            "Customer: Can you find me something else in the area?\n"
            "Agent: How about Park Court? It also has 2 bedrooms, and the rent is $2,700 per month.\n"
            "Customer: No, thanks, I'll keep looking.\n"
            "Agent: Okay, have a good day.",
            false, 0, "negative: the other choice refused buys nothing");
}

static void check_real_extra(void)
{
    kt_call("Customer: I need a rental car for the weekend.\n"
            "Agent: A compact Corolla at the airport is $80 total.\n"
            "Customer: Okay, book it.\n"
            "Agent: Your car is booked. Do you want anything else?\n"
            "Customer: Do you have anything else for the trip?\n"
            "Agent: We also have a child seat for $15. Want me to add it?\n"
            "Customer: Yes, add it.\n"
            "Agent: Done, the seat is added.",
            true, 15, "negative: once the car is booked, the seat is extra");
    kt_call("Customer: hi i need a rental car for the weekend\n"
            "Agent: a compact corolla at the airport is eighty dollars total\n"
            "Customer: okay book it\n"
            "Agent: your car is booked\n"
            "Customer: is there anything else i could add for the trip\n"
            "Agent: we also have a child seat for fifteen dollars want me to add it\n"
            "Customer: yeah add it\n"
            "Agent: done the seat is added",
            true, 15, "negative ASR: the extra asked for with 'add' after the booking");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_other_choice();
    check_real_extra();
    kt_free();
    T_END();
}
