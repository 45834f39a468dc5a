/* test_kpi_upsell_onchoice.c - an extra taken while the purchase it comes
 * on top of was chosen in words the walk does not take as a commitment
 * ("perfect" or "yes that is right" to the agent's price): the agent's
 * offer says it comes on top ("for $5 more per ticket", "add", "also"), so
 * the customer's yes to it, or words that name it, buy the extra and the
 * choice is the purchase (takes_on_choice). With the shipped rules file,
 * on short calls written for these tests (clean and speech-recognition
 * style), with negatives: the extra turned down and the plain purchase
 * kept, the extra refused in the same breath as a commitment, the whole
 * thing put off after the yes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The customer agrees to the agent's price ("perfect"), and the agent
 * offers an upgrade "for $5 more per ticket". */
#define CINEMA \
    "Agent: Starlight Cinema, Ray speaking.\n" \
    "Customer: Hey, I want three tickets for the 9 pm show.\n" \
    "Agent: Sure, standard seats are $14 each, so $42 for three.\n" \
    "Customer: Perfect.\n" \
    "Agent: For $5 more per ticket, you can upgrade to the recliners, which come with a free popcorn.\n"
#define CINEMA_ASR \
    "agent: starlight cinema this is ray\n" \
    "customer: hey i want three tickets for the nine pm show\n" \
    "agent: sure standard seats are fourteen each so forty two for three\n" \
    "customer: perfect\n" \
    "agent: for five more per ticket you can upgrade to the recliners they come with a free popcorn\n"

/* Agreed to the agent's price, then an upgrade "for $N more" taken. */
static void check_after_priced_choice(void)
{
    kt_call_after(CINEMA,
                  "Customer: Oh, nice. Yeah, do the recliners for all three.\n"
                  "Agent: Okay, three recliner tickets, 9 pm, $57 total. Good to go?\n"
                  "Customer: Good to go.",
                  true, 15, "'perfect' to a price, then '$5 more per ticket' taken for three");
    kt_call_after(CINEMA_ASR,
                  "customer: oh nice yeah do the recliners for all three\n"
                  "agent: okay three recliner tickets nine pm fifty seven total good to go\n"
                  "customer: good to go",
                  true, 15, "ASR: 'perfect', then 'five more per ticket' taken for three");
    kt_call("agent: lakeview marina this is pat\n"
            "customer: hi we want two boat slips for the weekend\n"
            "agent: two standard slips at eighty each that is one sixty\n"
            "customer: yes that is right\n"
            "agent: you can upgrade both to covered slips for twenty more per slip\n"
            "customer: oh does that keep the rain off\n"
            "agent: it does\n"
            "customer: then yes upgrade both\n"
            "agent: done two covered slips",
            true, 40, "ASR: read-back confirmed, upgrade taken after a question");
}

/* Negatives: the extra declined and the purchase kept; refused in the
 * breath that commits; the whole thing put off after the yes. */
static void check_negatives(void)
{
    kt_call_after(CINEMA,
                  "Customer: Hmm, no thanks. Just do the standard seats for all three.\n"
                  "Agent: Okay, three standard tickets, 9 pm, $42 total. Good to go?\n"
                  "Customer: Good to go.",
                  true, 0, "negative: the upgrade declined, the plain seats kept");
    kt_call_after(CINEMA,
                  "Customer: Oh, nice. Yeah, do the recliners for all three.\n"
                  "Agent: Okay, three recliner tickets, 9 pm, $57 total. Good to go?\n"
                  "Customer: Actually, let me check with my friends first. I will call you back.\n"
                  "Agent: No problem.",
                  false, 0, "negative: the purchase put off after the extra's yes");
    kt_call_after(CINEMA_ASR,
                  "customer: no thanks we will take the regular seats for all three\n"
                  "agent: okay three standard tickets nine pm forty two total good to go\n"
                  "customer: good to go",
                  true, 0, "negative (ASR): refused while committing to the plain seats");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_after_priced_choice();
    check_negatives();
    T_END();
}
