/* test_kpi_upsell_checked.c - an extra taken after the customer first
 * checks it: in the same turn, the price said back before the yes ("uh
 * sixty on top yeah alright"), or a question of the customer's own, then a
 * yes or a go-ahead in a sentence or clause of its own ("Ocean view? Oh,
 * it's our honeymoon, yes, do that."); or in the turn after the agent's yes
 * to the check ("wait is that sixty on top" - "yes on top" - "okay sure do
 * it"); a commitment that speech runs on into its reason ("we'll just get
 * it from you that's easier"); the customer's own "add" a few turns after
 * putting the extra off ("I'm not sure" - ... - "okay, let's just add
 * it"); a yes after a supposition in speech without punctuation ("she
 * would lose her mind over the poster um fine add it"). With the shipped
 * rules file, on short calls written for these tests (clean and
 * speech-recognition style); each mechanism has negatives (the check that
 * ends in a refusal, a yes to something other than the offer). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

#define ROOM_ASR                                                                \
    "agent: harbor inn this is dana\n"                                          \
    "customer: hi i need a room for friday night\n"                             \
    "agent: i have a standard queen at one forty\n"                             \
    "customer: okay i'll take it\n"                                             \
    "agent: great and i can move you to the lake suite it's normally ninety "   \
    "more but tonight i can do sixty extra would you like that\n"

/* The price said back before the yes is the customer reacting to it, as
 * "oh wow" would: the yes still opens the answer. Speech without commas
 * needs this; the clean call is a check that nothing else changed. */
static void check_price_echo(void)
{
    kt_call(ROOM_ASR "customer: uh sixty on top yeah alright it's been a long week\n"
                     "agent: lovely the lake suite it is see you friday",
            true, 60, "ASR: 'uh sixty on top yeah alright'");
    kt_call(ROOM_ASR "customer: oh ten more honestly yeah bump me up to the suite\n"
                     "agent: done the lake suite see you friday",
            true, 60, "ASR: 'ten more honestly yeah', a price misheard still reacts");
    kt_call(ROOM_ASR "customer: sixty yeah that's a lot no i'll pass\n"
                     "agent: no problem see you friday",
            true, 0, "negative ASR: the echo and a yes that agrees it is a lot, then no");
    kt_call(ROOM_ASR "customer: sixty no thanks the queen is fine\n"
                     "agent: no problem see you friday",
            true, 0, "negative ASR: the price said back, then a refusal");
    kt_call("Agent: Harbor Inn, this is Dana.\n"
            "Customer: Hi, I need a room for Friday night.\n"
            "Agent: I have a standard queen at $140.\n"
            "Customer: Okay, I'll take it.\n"
            "Agent: Great. I can also move you to the lake suite for $60 more. Would you like "
            "that?\n"
            "Customer: Oh sixty more, sure, I deserve it.\n"
            "Agent: Done, the lake suite.",
            true, 60, "clean: 'Oh sixty more, sure, I deserve it.'");
}

#define SEATS                                                                   \
    "Agent: Palace Theatre, this is Colleen.\n"                                 \
    "Customer: Hi, do you have a seat for Hamlet tonight?\n"                    \
    "Agent: I do, in the rear stalls at $48.\n"                                 \
    "Customer: Okay, I'll take it.\n"                                           \
    "Agent: I can also move you to the front circle. It's normally $25 more, "  \
    "but tonight I can do $15.\n"

/* A question of the customer's own, then a yes or a go-ahead in a sentence
 * of its own: the question only checked the offer. */
static void check_yes_after_own_question(void)
{
    kt_call(SEATS "Customer: $15 on top of the $48? Go on then, the front circle.\n"
                  "Agent: Front circle it is, I'll send the ticket now.",
            true, 15, "a go-ahead after the customer's own question");
    kt_call(SEATS "Customer: The front circle? Oh, it's my birthday, yes, do that.\n"
                  "Agent: Happy birthday! Front circle it is.",
            true, 15, "a yes opening a clause after the customer's own question");
    kt_call(SEATS "Customer: $15 on top of the $48? No, the stalls are fine.\n"
                  "Agent: No problem, rear stalls it is.",
            true, 0, "negative: the question that ends in a refusal");
    kt_call(SEATS "Customer: Is that the last seat up there? Yes? Then no, I'd feel rushed.\n"
                  "Agent: No problem, rear stalls it is.",
            true, 0, "negative: a yes that is a question of its own, then a refusal");
    kt_call(SEATS "Customer: Is the view better up there? Go on, what else do I get?\n"
                  "Agent: A wider seat and a drink at the interval.\n"
                  "Customer: Nah, I'll stay where I am.\n"
                  "Agent: No problem, rear stalls it is.",
            true, 0, "negative: 'go on' opening a second question, then a refusal");
}

#define FLUSH_ASR                                                               \
    "agent: rossi plumbing this is elena\n"                                     \
    "customer: hi my water heater is leaking can someone come today\n"          \
    "agent: we have a tech free at one the call out is eighty nine\n"           \
    "customer: yes please book it\n"                                            \
    "agent: booked and while he's there we can also do a full tank flush for "  \
    "sixty\n"                                                                   \
    "customer: mhm\n"                                                           \
    "agent: it clears the sediment that causes most leaks\n"                    \
    "customer: wait is that sixty on top of the eighty nine\n"                  \
    "agent: yes on top\n"

#define UPGRADE                                                                 \
    "Agent: Coastline Rail, this is Mei.\n"                                     \
    "Customer: Hi, I need a ticket to Los Angeles on Saturday morning.\n"       \
    "Agent: The 8:15 is $41 in coach.\n"                                        \
    "Customer: Okay, book the 8:15.\n"                                          \
    "Agent: Booked. I can upgrade you to business class for $40 more.\n"        \
    "Customer: Is the $40 on top of the fare?\n"

/* The agent's yes to the customer's check of an extra (its price said
 * back, or its name) offers nothing new: the extra stays on the table, and
 * the customer's next turn answers it, however many turns ago it was made. */
static void check_answered_check(void)
{
    kt_call(FLUSH_ASR "customer: okay sure do it\n"
                      "agent: perfect he'll call when he's on the way",
            true, 60, "ASR: 'yes on top' answers the check, 'okay sure do it' takes the flush");
    kt_call(FLUSH_ASR "customer: nah leave it then\n"
                      "agent: no problem just the call out",
            true, 0, "negative ASR: the check answered, then a refusal");
    kt_call("agent: coastline rail this is mei\n"
            "customer: hi i need a ticket to los angeles on saturday morning\n"
            "agent: the eight fifteen is forty one dollars in coach\n"
            "customer: okay book the eight fifteen\n"
            "agent: booked and i can upgrade you to business class it's normally sixty but "
            "today it's forty\n"
            "customer: uh forty on top\n"
            "agent: yes forty on top of the fare and you get the bigger seat and a snack\n"
            "customer: forty yeah okay why not i deserve it\n"
            "agent: done business class on the eight fifteen",
            true, 40, "ASR: 'uh forty on top' - 'yes forty on top' - 'forty yeah okay why not'");
    kt_call(UPGRADE "Agent: Yes, on top of the fare, and you get a bigger seat.\n"
                    "Customer: Okay, yes.\n"
                    "Agent: Done, business class on the 8:15.",
            true, 40, "clean: the check answered, then 'Okay, yes.'");
    kt_call(UPGRADE "Agent: Yes, on top of the fare. Can I get an email for the ticket?\n"
                    "Customer: Yes, it is jo at mail dot com.\n"
                    "Agent: Thanks, the ticket is on its way.",
            true, 0, "negative: the agent answers, then asks something else; the yes is to that");
}

#define KIT_ASR                                                                 \
    "agent: riverside pottery this is lena\n"                                   \
    "customer: hi my son wants to start the wheel class on saturdays\n"         \
    "agent: great the saturday class is ninety a month\n"                       \
    "customer: that sounds good let us sign him up\n"                           \
    "agent: wonderful he will need a tool kit we sell it here for thirty or "   \
    "you can buy one anywhere\n"

/* "we'll just get it from you that's easier": speech without punctuation
 * runs the commitment on into a sentence with a subject of its own, a
 * reason, not what is taken; the commitment points back at the offer. */
static void check_runon_reason(void)
{
    kt_call(KIT_ASR "customer: oh we'll just get it from you that's easier\n"
                    "agent: great it will be ready on saturday",
            true, 30, "ASR: a commitment run on into its reason takes the kit");
    kt_call(KIT_ASR "customer: oh we'll just get one online that's easier\n"
                    "agent: sure any kit works",
            true, 0, "negative ASR: the commitment names somewhere else to buy it");
    kt_call(KIT_ASR "customer: no we'll take whatever they give him in class\n"
                    "agent: sure",
            true, 0, "negative ASR: a refusal, then a subject inside the object ('whatever they')");
    kt_call("Agent: Riverside Pottery, this is Lena.\n"
            "Customer: Hi, my son wants to start the wheel class on Saturdays.\n"
            "Agent: Great, the Saturday class is $90 a month.\n"
            "Customer: That sounds good, let us sign him up.\n"
            "Agent: Wonderful. He will need a tool kit. We sell it here for $30, or you can buy "
            "one anywhere.\n"
            "Customer: Oh, we will just get it from you, that is easier.\n"
            "Agent: Great, it will be ready on Saturday.",
            true, 30, "clean: the same commitment with the reason after a comma");
}

#define COVER                                                                   \
    "Agent: Apex Rent-a-Car, this is Sam.\n"                                    \
    "Customer: Hi, I need a midsize car in Phoenix from the 9th to the 16th.\n" \
    "Agent: I have a Camry or similar for $312 for the week.\n"                 \
    "Customer: That is fine, reserve it.\n"                                     \
    "Agent: Would you like our collision coverage? It is $60 for the week.\n"   \
    "Customer: Does my credit card cover it? I am not sure.\n"                  \
    "Agent: Some cards do, but it is secondary coverage.\n"

#define COVER_ASR                                                               \
    "agent: apex rent a car this is sam\n"                                      \
    "customer: hi i need a midsize car in phoenix from the ninth to the "       \
    "sixteenth\n"                                                               \
    "agent: i have a camry or similar for three twelve for the week\n"          \
    "customer: that is fine reserve it\n"                                       \
    "agent: would you like our collision coverage it is sixty for the week\n"   \
    "customer: hmm does my credit card cover it i am not sure\n"                \
    "agent: some cards do but it is secondary coverage\n"

/* The customer's own "add" a few turns after putting the extra off or
 * turning it down, pointing back at it, with nothing offered since: the
 * customer changed their mind. */
static void check_mind_changed(void)
{
    kt_call(COVER "Customer: Okay, let us just add it then.\n"
                  "Agent: Done.",
            true, 60, "clean: 'not sure', the agent answers, 'let us just add it'");
    kt_call(COVER_ASR "customer: okay let us just add it then\n"
                      "agent: done",
            true, 60, "ASR: 'i am not sure', the agent answers, 'let us just add it'");
    kt_call(COVER "Customer: Okay, then just add a second driver.\n"
                  "Agent: Done.",
            true, 0, "negative: the later 'add' names something else");
    kt_call(COVER_ASR "customer: okay no leave it then\n"
                      "agent: done",
            true, 0, "negative ASR: the answer ends in a refusal");
}

#define VIP_ASR                                                                 \
    "agent: ticket line this is ben\n"                                          \
    "customer: hi i want a ticket for the lumen show on the twenty eighth\n"    \
    "agent: sure general admission is sixty five\n"                             \
    "customer: yep book that please\n"                                          \
    "agent: done and there is a vip upgrade with early entry and a signed "     \
    "poster it is thirty five on top\n"

/* "she would lose her mind over the poster um fine add it": a yes word
 * after a supposition opens a new answer the supposition does not reach,
 * in speech without punctuation as after a full stop. */
static void check_supposition_closed(void)
{
    kt_call(VIP_ASR "customer: oh my god she would lose her mind over the poster um fine add it\n"
                    "agent: lovely the vip upgrade is on",
            true, 35, "ASR: 'would' before 'fine add it' supposes nothing about the add");
    kt_call("Agent: Ticket line, this is Ben.\n"
            "Customer: Hi, I want a ticket for the Lumen show on the 28th.\n"
            "Agent: Sure, general admission is $65.\n"
            "Customer: Yep, book that please.\n"
            "Agent: Done. There is a VIP upgrade with early entry and a signed poster, $35 on "
            "top.\n"
            "Customer: Oh my god, she would lose her mind over the poster. Fine, add it.\n"
            "Agent: Lovely, the VIP upgrade is on.",
            true, 35, "clean: the same with a full stop");
    kt_call(VIP_ASR "customer: she would love the poster but i would add it next time\n"
                    "agent: no problem",
            true, 0, "negative ASR: the add itself supposed ('i would add it next time')");
    kt_call(VIP_ASR "customer: i would add it if it were twenty\n"
                    "agent: sorry it is thirty five",
            true, 0, "negative ASR: a supposition with a condition, no yes word after it");
    kt_call(VIP_ASR "customer: she would lose her mind yeah but no we will skip it\n"
                    "agent: no problem",
            true, 0, "negative ASR: the yes after the supposition, then a refusal");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_price_echo();
    check_yes_after_own_question();
    check_answered_check();
    check_runon_reason();
    check_mind_changed();
    check_supposition_closed();
    kt_free();
    T_END();
}
