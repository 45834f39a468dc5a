/* test_kpi_upsell_notice.c - the agent's notice that something is added
 * ("Haul-away added, $40.", "Added.") shows what the customer's answer just
 * before took, however that answer reads; a price stated with "also"
 * offers its thing (kups15).
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The notice names an extra on the table: taken at its price, with the
 * count the notice says, also after the customer put it off first. */
static void check_notice_names(void)
{
    kt_call("Agent: Spoke and Chain, Priya speaking.\n"
            "Customer: I'd like the blue commuter bike, the $640 one.\n"
            "Agent: Great, it's ordered. We also sell helmets, $45 each.\n"
            "Customer: Hmm, let me think about that.\n"
            "Agent: Of course.\n"
            "Customer: Okay, one for me and one for my son.\n"
            "Agent: Two helmets at $45 each, added.\n"
            "Customer: Thanks.",
            true, 90, "a count after a pause, then 'two helmets at $45 each, added'");
    kt_call("agent: northwind air this is leo\n"
            "customer: hi i need to move my return flight to sunday\n"
            "agent: okay you're moved to sunday at nine would you like a blanket kit for twelve\n"
            "customer: yeah sure i always freeze on that plane\n"
            "agent: blanket kit added\n"
            "customer: thanks",
            true, 12, "ASR: 'blanket kit added' after a yes with more words");
    kt_call("Agent: Hill Street Appliances, Omar speaking.\n"
            "Customer: I'll take the white fridge we talked about.\n"
            "Agent: Great, it's ordered. Do you have an old one to remove? Removal is $35.\n"
            "Customer: Please get rid of the old one, it's ancient.\n"
            "Agent: Removal added, $35. Delivery is Friday.\n"
            "Customer: Perfect.",
            true, 35, "'removal added, $35' after an answer with no yes word");
    kt_call("Agent: Hill Street Appliances, Omar speaking.\n"
            "Customer: I'll take the white fridge we talked about.\n"
            "Agent: Great, it's ordered. Do you have an old one to remove? Removal is $35.\n"
            "Customer: No, we'll keep it in the garage.\n"
            "Agent: Okay, nothing added. Delivery is Friday.\n"
            "Customer: Perfect.",
            true, 0, "negative: 'nothing added' after a refusal takes nothing");
    kt_call("Agent: Hill Street Appliances, Omar speaking.\n"
            "Customer: I'll take the white fridge we talked about.\n"
            "Agent: Great, it's ordered. Removal of the old one is $35.\n"
            "Customer: What does that include?\n"
            "Agent: We haul it away and recycle it. Would you like that added?\n"
            "Customer: Let me ask my husband first.\n"
            "Agent: Sure. Delivery is Friday.",
            true, 0, "negative: 'would you like that added?' asks, it adds nothing");
}

/* A notice that names nothing on the table takes the price it says again,
 * or, said alone ("Added."), the latest new price since the purchase. */
static void check_notice_price(void)
{
    kt_call("Agent: Lumen Cameras, Sara speaking.\n"
            "Customer: I want to order the X20 body.\n"
            "Agent: The X20 is $1,299. We also offer a two-year care plan for $90.\n"
            "Customer: I'll think about the plan. Just the camera for now.\n"
            "Agent: Okay, the X20 to your card on file, shall I place it?\n"
            "Customer: Yes, place it.\n"
            "Agent: Placed. Anything else?\n"
            "Customer: Actually, go back to that care plan, put it on.\n"
            "Agent: Done, $90 for the two years, added.\n"
            "Customer: Great.",
            true, 90, "'$90 for the two years, added' repeats the plan's price");
    kt_call("Agent: Harbor Auto Glass, Ben speaking.\n"
            "Customer: I need the windshield replaced on my truck.\n"
            "Agent: That's $380, I can do Monday at nine. Shall I book it?\n"
            "Customer: Yes, book it.\n"
            "Agent: Booked. The rain repellent coating is $25.\n"
            "Customer: Does it last long?\n"
            "Agent: About six months.\n"
            "Customer: Sure.\n"
            "Agent: Added. See you Monday.\n"
            "Customer: Thanks.",
            true, 25, "'Added.' after a question about the offer takes the coating");
    kt_call("agent: harbor auto glass this is ben\n"
            "customer: hi i need a new windshield on my truck\n"
            "agent: that's three eighty and i can do monday at nine should i book it\n"
            "customer: yes book it\n"
            "agent: booked the rain coating is twenty five dollars\n"
            "customer: does it last\n"
            "agent: about six months\n"
            "customer: okay sure\n"
            "agent: added see you monday\n"
            "customer: thanks",
            true, 25, "ASR: 'added' alone takes the coating");
    kt_call("Agent: Harbor Auto Glass, Ben speaking.\n"
            "Customer: I need the windshield replaced on my truck.\n"
            "Agent: That's $380, I can do Monday at nine. Would you like the rain coating too? It's $25.\n"
            "Customer: Yes, add the coating.\n"
            "Agent: Added. See you Monday.\n"
            "Customer: Thanks.",
            true, 25, "negative: 'Added.' after 'add the coating' takes nothing more");
    kt_call("agent: harbor mutual this is sam\n"
            "customer: hi my renters insurance is up and i want to renew it\n"
            "agent: sure it's fourteen a month same as last year shall i renew\n"
            "customer: yes renew it\n"
            "agent: done and we added flood cover to our plans this year it's six dollars a month\n"
            "customer: oh okay good to know\n"
            "agent: anything else\n"
            "customer: no that's all",
            true, 0, "negative: 'we added flood cover to our plans' is news, not a notice");
}

/* What "added" is said of: a notice that asks to go ahead proposes, and
 * the answer decides; "an added line" describes; the notice's words start
 * where the speaker's own clause does, and its numbers name nothing. */
static void check_notice_scope(void)
{
    kt_call("Agent: Oak and Iron, Tessa speaking.\n"
            "Customer: I'll take the walnut desk, the $900 one.\n"
            "Agent: Great, it's ordered. The matching stool is $120.\n"
            "Customer: Hmm, maybe. Two would fit under it.\n"
            "Agent: Two stools at $120 each, so $240 added to the order. Shall I add them?\n"
            "Customer: No, just the desk.\n"
            "Agent: Okay, just the desk.",
            true, 0, "negative: 'so $240 added ... shall I add them?' proposes; a no declines");
    kt_call("agent: brightway dental this is nora\n"
            "customer: hi i need a cleaning next week\n"
            "agent: sure a cleaning is ninety dollars i have tuesday at ten\n"
            "customer: tuesday at ten is good\n"
            "agent: you're booked tuesday at ten and i've added a reminder text for monday\n"
            "customer: thanks",
            true, 0, "negative ASR: 'and i've added a reminder' adds no cleaning again");
    kt_call("Agent: Metro Mobile, Ian speaking.\n"
            "Customer: I want to add a line for my son.\n"
            "Agent: An added line is $25 a month. Shall I set it up?\n"
            "Customer: Yes, please.\n"
            "Agent: Done, his line is active.",
            true, 0, "negative: 'an added line is $25' describes the plan change");
}

/* A price stated after the purchase, in a sentence that says it comes on
 * top ("there's also", "too"), offers the thing: a yes takes it, and its
 * words may share a word with what was asked for ("a workshop in March"
 * after "the conference in March"). Without such a word a plain yes to a
 * stated price still takes nothing. */
static void check_stated_also(void)
{
    kt_call("Agent: Summit Registration, Dee speaking.\n"
            "Customer: I need to register two people for the design summit in May.\n"
            "Agent: Full passes are $400 each. Shall I register both?\n"
            "Customer: Yes, register both.\n"
            "Agent: Registered. There's also a printing workshop on May 2nd, $60 per person.\n"
            "Customer: Sounds useful. Yes, the workshop for both of them.\n"
            "Agent: Done, invoice to follow.",
            true, 120, "'there's also a workshop in May' after 'the summit in May'");
    kt_call("agent: summit registration this is dee\n"
            "customer: hi i need to register two people for the design summit in may\n"
            "agent: full passes are four hundred dollars each shall i register both\n"
            "customer: yes register both\n"
            "agent: registered there's also a printing workshop on may second sixty dollars per person\n"
            "customer: yes the workshop for both of them please\n"
            "agent: done invoice to follow",
            true, 120, "ASR: 'there's also a workshop' offers it");
    kt_call("Agent: Summit Registration, Dee speaking.\n"
            "Customer: I need to register two people for the design summit in May.\n"
            "Agent: Full passes are $400 each. Shall I register both?\n"
            "Customer: Yes, register both.\n"
            "Agent: Registered. There's also a printing workshop on May 2nd, $60 per person.\n"
            "Customer: No, just the passes.\n"
            "Agent: Done, invoice to follow.",
            true, 0, "negative: 'just the passes' turns the workshop down");
    kt_call("Agent: Summit Registration, Dee speaking.\n"
            "Customer: I need to register two people for the design summit in May.\n"
            "Agent: Full passes are $400 each. Shall I register both?\n"
            "Customer: Yes, register both.\n"
            "Agent: Registered. Parking at the venue is $15 a day.\n"
            "Customer: Okay, good to know.\n"
            "Agent: You're all set.",
            true, 0, "negative: a price stated with no 'also', answered 'okay', takes nothing");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_notice_names();
    check_notice_price();
    check_notice_scope();
    check_stated_also();
    kt_free();
    T_END();
}
