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

/* "There's a snorkel trip for $85. Would you like to add that?": once
 * something is bought, an offer that names nothing and holds no price of
 * its own points back at the price said just before it. "One pillow added.
 * Delivery between 1 and 5.": the agent's notice that takes an extra
 * counts in its own sentence. */
static void check_offer_points_back(void)
{
    kt_call("Agent: Lakeview Lodge, Ana speaking.\n"
            "Customer: I'd like to book two nights from Friday.\n"
            "Agent: The lake room is $180 a night. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. We have a sunset boat tour for $60. Would you like to add that?\n"
            "Customer: Yes please.\n"
            "Agent: Added.",
            true, 60, "'would you like to add that?' takes the tour priced before it");
    kt_call("agent: lakeview lodge this is ana\n"
            "customer: hi i'd like to book two nights from friday\n"
            "agent: the lake room is a hundred eighty a night shall i book it\n"
            "customer: yes book it\n"
            "agent: booked. we have a sunset boat tour for sixty dollars. want to add that?\n"
            "customer: sure\n"
            "agent: added",
            true, 60, "ASR with stops: 'want to add that' takes the tour");
    kt_call("Agent: Lakeview Lodge, Ana speaking.\n"
            "Customer: I'd like to book two nights from Friday.\n"
            "Agent: The lake room is $180 a night. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. We have a sunset boat tour for $60. Would you like to add that?\n"
            "Customer: No, we get seasick.\n"
            "Agent: No problem.",
            true, 0, "negative: the tour pointed back at is refused");
    kt_call("Agent: DreamRest Beds, Omar speaking.\n"
            "Customer: I want to order the Cloud mattress in king.\n"
            "Agent: That's $1,390. Shall I place the order?\n"
            "Customer: Yes.\n"
            "Agent: Done. Our cooling pillows go well with it, they're $40 each. Would you like two?\n"
            "Customer: Just one pillow.\n"
            "Agent: One pillow added. Delivery is Tuesday between 8 and 12.\n"
            "Customer: Great.",
            true, 40, "'one pillow added' counts one, not the hours after it");
}

/* "Your phone is eligible for an upgrade ... $12 more a month" - "fine,
 * put it through" - "and a case is fifteen, want one": an upgrade taken on
 * its own is the call's purchase, so what is offered after it is on top;
 * the upgrade itself is never upsell. */
static void check_after_upgrade(void)
{
    static const char pitch[] =
        "agent: hi this is omar from pulse mobile your phone is eligible for an upgrade\n"
        "customer: oh really what would it cost\n"
        "agent: the new galaxy would be ten dollars a month more on your plan\n"
        "customer: and do i keep my number\n"
        "agent: yep same number same plan\n"
        "customer: okay fine go ahead put it through\n"
        "agent: great and a rugged case is twenty dollars want one\n";
    kt_call_after(pitch, "customer: yes definitely\nagent: done it ships tomorrow", true, 20,
                  "ASR: a case offered after the upgrade taken is an extra");
    kt_call_after(pitch, "customer: nah i have one\nagent: done it ships tomorrow", true, 0,
                  "negative ASR: the case refused, the upgrade alone is the purchase");
}

/* "I need two new tires" - "$180 for the pair, I have Thursday at
 * 9" - "Thursday at 9": the day picked takes up what was looked for, so an
 * offer after it comes on top, even when its words name the thing looked
 * for ("a wheel alignment with new tires"). */
static void check_pick_ends_search(void)
{
    kt_call("Agent: Midtown Auto, Sam speaking.\n"
            "Customer: I need two new tires on my Civic. What do you charge?\n"
            "Agent: $180 for the pair, fitted. I have Thursday at 9.\n"
            "Customer: Thursday at 9.\n"
            "Agent: I'd recommend a wheel alignment with new tires, $60.\n"
            "Customer: Sure, do the alignment.\n"
            "Agent: So two tires plus the alignment, Thursday at 9. Correct?\n"
            "Customer: Correct.",
            true, 60, "an offer after the day picked for what was sought is an extra");
    kt_call("Agent: Midtown Auto, Sam speaking.\n"
            "Customer: I need two new tires on my Civic. What do you charge?\n"
            "Agent: $180 for the pair, fitted. I have Thursday at 9.\n"
            "Customer: Thursday at 9.\n"
            "Agent: I'd recommend a wheel alignment with new tires, $60.\n"
            "Customer: No, just the tires.\n"
            "Agent: So two tires, Thursday at 9. Correct?\n"
            "Customer: Correct.",
            true, 0, "negative: the alignment refused");
}

/* "it's sixty for a bath and cut and we can do a nail trim for ten dollars
 * more", one unpunctuated sentence: the step up is offered after the base
 * price (the purchase's, never revised by "we can do"), as it would be in
 * a sentence of its own; "$75, so $20 more" and "$6 to $8 more" are no
 * step up. */
static void check_run_on_increment(void)
{
    static const char grooming[] =
        "agent: happy paws grooming this is lee\n"
        "customer: hi i need a bath and cut for my poodle\n"
        "agent: we have friday at ten\n"
        "customer: friday at ten\n"
        "agent: great it's sixty for a bath and cut on a poodle his size and we can do a nail trim for ten dollars more\n";
    kt_call_after(grooming,
                  "customer: yeah do the nail trim\n"
                  "agent: okay friday at ten you're all set",
                  true, 10, "ASR: the step up after the base price in one sentence, taken");
    kt_call_after(grooming,
                  "customer: no thanks just the bath\n"
                  "agent: okay friday at ten you're all set",
                  true, 0, "negative ASR: the step up refused");
    kt_call("Agent: Nova Broadband, this is Fatima.\n"
            "Customer: Can we go faster? The kids are streaming all day.\n"
            "Agent: You're on 300 Mbps at $55. The 1 Gig plan is $75, so $20 more a month.\n"
            "Customer: Yes, let's do the 1 Gig.\n"
            "Agent: Done, it's active in an hour.",
            true, 0, "negative: '$75, so $20 more' restates the plan taken");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_worked_total_restates();
    check_offer_asked();
    check_offer_points_back();
    check_after_upgrade();
    check_pick_ends_search();
    check_run_on_increment();
    kt_free();
    T_END();
}
