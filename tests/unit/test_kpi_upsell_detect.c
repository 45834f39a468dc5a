/* test_kpi_upsell_detect.c - add-ons the dialogue shows taken that were
 * missed, and prices taken for add-ons that were none (kups14): what the
 * agent's words restate rather than offer, who the customer's answer speaks
 * to, and which purchase an extra comes on top of.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "Dessert is $4 a head" - "yes, for everyone" - "so dessert for 25,
 * that's $100 more": the agent working out what a taken extra comes to
 * restates it; it neither offers it again nor takes the yes back. */
static void check_worked_total_restates(void)
{
    kt_call("Agent: Green Fork Catering, Dana speaking.\n"
            "Customer: I need lunch for 30 people on Friday.\n"
            "Agent: The taco bar is $16 per person, so $480.\n"
            "Customer: Great, book it.\n"
            "Agent: Done. Would you like to add churros? They're $3 per person.\n"
            "Customer: Yes, for the whole group.\n"
            "Agent: So churros for 30, that's $90 more. What's the delivery address?\n"
            "Customer: 12 Oak Street, second floor.\n"
            "Agent: All set.",
            true, 90, "'so churros for 30, that's $90 more' restates the churros taken");
    kt_call("agent: green fork catering this is dana\n"
            "customer: hi i need lunch for thirty people on friday\n"
            "agent: the taco bar is sixteen dollars per person so four eighty\n"
            "customer: great book it\n"
            "agent: done would you like to add churros they're three dollars per person\n"
            "customer: yeah for everybody\n"
            "agent: so churros for thirty that's ninety dollars more what's the address\n"
            "customer: twelve oak street second floor\n"
            "agent: all set",
            true, 90, "ASR: the worked total restates the churros taken");
    kt_call("Agent: Green Fork Catering, Dana speaking.\n"
            "Customer: I need lunch for 30 people on Friday.\n"
            "Agent: The taco bar is $16 per person, so $480.\n"
            "Customer: Great, book it.\n"
            "Agent: Done. Would you like to add churros? They're $3 per person.\n"
            "Customer: No, we're fine.\n"
            "Agent: Drinks are another $2 per person, would you like those?\n"
            "Customer: No thanks.\n"
            "Agent: All set.",
            true, 0, "negative: a new extra offered after a refusal is refused too");
}

/* "Would either of you need a checked bag? It's $35 a bag if you add it
 * now": the question the offer's words start with asks about the offer,
 * though its own words hold no offer cue; a question about something else
 * before an offer asks about that. "would you like that as well" points
 * back at the extra just named, like "would you like that". */
static void check_offer_asked(void)
{
    kt_call("Agent: Bluebird Air, Maya speaking.\n"
            "Customer: I'd like to book one seat on the Friday flight to Reno.\n"
            "Agent: That's $149. Shall I book it?\n"
            "Customer: Yes please.\n"
            "Agent: Booked. Will you be needing a checked bag? It's $30 if you add it now.\n"
            "Customer: Oh yes, I will.\n"
            "Agent: Done.",
            true, 30, "the question before 'if you add it now' offers the bag");
    kt_call("Agent: Polished Nail Studio, Kim speaking.\n"
            "Customer: I'd like to book a manicure for Saturday at ten.\n"
            "Agent: Booked for Saturday at ten. Is this your first visit with us? We can also add a gel finish for $15.\n"
            "Customer: Yes, it is.\n"
            "Agent: Welcome then, see you Saturday.",
            true, 0, "negative: a yes to a question about the visit takes no gel finish");
    kt_call("agent: green lawn care this is omar\n"
            "customer: hi i want to book a lawn treatment for next week\n"
            "agent: sure that's sixty dollars i can do tuesday\n"
            "customer: tuesday works\n"
            "agent: great and our grub guard is twenty five a season would you like that as well\n"
            "customer: yes put me down for that too\n"
            "agent: done you're set for tuesday",
            true, 25, "ASR: 'would you like that as well' offers the grub guard");
    kt_call("agent: green lawn care this is omar\n"
            "customer: hi i want to book a lawn treatment for next week\n"
            "agent: sure that's sixty dollars i can do tuesday\n"
            "customer: tuesday works\n"
            "agent: great and our grub guard is twenty five a season would you like that as well\n"
            "customer: no we're good thanks\n"
            "agent: done you're set for tuesday",
            true, 0, "negative ASR: 'would you like that as well' refused");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_worked_total_restates();
    check_offer_asked();
    kt_free();
    T_END();
}
