/* test_kpi_upsell_turns.c - extras decided by the shape of the dialogue
 * rather than by new words: a price stated once the agent has carried the
 * purchase out, a weak "good" that repeats a refusal, a clear yes in a
 * sentence beside the customer's own question, an upgrade of a booking
 * the customer reports having made, and a count that names the extra.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each mechanism has negatives that
 * must not fire. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* A booking carried out with no price said before it: what the agent then
 * prices for something else is on the table for a yes. */
static void check_priced_after_carried_out(void)
{
    /* a booking carried out, then an extra priced on its own */
    static const char garage[] = "agent: lakeside motors service this is ana\n"
                                 "customer: hi i need my brakes looked at they squeak\n"
                                 "agent: sure i have monday at eight or tuesday at noon\n"
                                 "customer: monday at eight\n"
                                 "agent: okay you're booked for monday at eight\n"
                                 "customer: great\n"
                                 "agent: you're also due for an alignment that's eighty nine\n";
    static const char dental[] = "Agent: Harbour Dental, Mia speaking.\n"
                                 "Customer: Hi, I need a check-up for my son.\n"
                                 "Agent: I have Thursday at 3:30. Shall I book it?\n"
                                 "Customer: Yes, please.\n"
                                 "Agent: You're booked for Thursday at 3:30.\n"
                                 "Customer: Thanks.\n"
                                 "Agent: A fluoride treatment is $35 if you want it.\n";
    kt_call_after(garage,
            "customer: yeah go ahead and do that while it's there\n"
            "agent: okay see you monday",
            true, 89, "ASR: a price stated after the booking was carried out, taken with a yes");
    kt_call_after(dental,
            "Customer: Sure, add that.\n"
            "Agent: Added. See you Thursday.",
            true, 35, "a treatment priced after the booking, added");
    kt_call_after(garage,
            "customer: no i'll leave that for now\n"
            "agent: okay see you monday",
            true, 0, "negative ASR: the stated price is refused");
    kt_call_after(dental,
            "Customer: Um, nah, I'm good on the fluoride.\n"
            "Agent: No problem. See you Thursday.",
            true, 0, "negative: 'nah, I'm good on the fluoride' refuses it by name");
    kt_call("Agent: Harbour Dental, Mia speaking.\n"
            "Customer: Hi, I need a check-up for my son.\n"
            "Agent: Booked for Thursday at 3:30. The check-up is $60.\n"
            "Customer: Fine.\n"
            "Agent: See you Thursday.",
            true, 0, "negative: the booking's own price said as it is carried out");
    kt_call("Customer: Put me down for a policy review on Friday at 9.\n"
            "Agent: Great, I've got you down for Friday at 9. We also offer roadside assistance.\n"
            "Customer: What would that run me?\nAgent: That one's $8 per month.\n"
            "Customer: Sure, add it.\n"
            "Agent: Done. Just a heads up, cancelling with less than a day's notice costs $30.\n"
            "Customer: Seriously? Okay.\nAgent: Thanks for calling.\nCustomer: Yeah. Whatever.",
            true, 8.0, "negative: a cancellation charge said after the booking is no extra");
    kt_call("customer: can you book me an oil change monday at ten\n"
            "agent: sure you're booked for monday at ten\ncustomer: thanks\n"
            "agent: to reschedule it's twenty five dollars with less than a day's notice\n"
            "customer: okay fine",
            true, 0, "negative: asr, a rescheduling charge is a policy");
}

/* "nah i'm good on X": the weak yes says the refusal again, even of an
 * extra offered as a question. */
static void check_weak_after_no(void)
{
    kt_call("agent: peak gym front desk this is lou\n"
            "customer: hi i want to sign up for the monthly plan\n"
            "agent: the monthly plan is forty a month shall i set it up\n"
            "customer: yes please\n"
            "agent: done and do you want a locker it's ten a month\n"
            "customer: uh nah i'm good on the locker\n"
            "agent: okay you're all set",
            true, 0, "negative ASR: 'nah i'm good on the locker'");
    kt_call("agent: peak gym front desk this is lou\n"
            "customer: hi i want to sign up for the monthly plan\n"
            "agent: the monthly plan is forty a month shall i set it up\n"
            "customer: yes please\n"
            "agent: done and do you want a locker it's ten a month\n"
            "customer: the locker yeah that's good\n"
            "agent: okay you're all set",
            true, 10, "ASR: the locker named with a yes, 'good' after it");
}

/* A clear yes opening a sentence of its own takes the offer though the
 * customer asks something in another sentence; a liking, a read-back
 * confirmed, a price question or speech with no sentences do not. */
static void check_yes_beside_question(void)
{
    kt_call("Agent: City Cakes, Rosa speaking.\n"
            "Customer: Hi, I'd like to order the chocolate cake for Saturday.\n"
            "Agent: The chocolate cake is $40. Shall I put it down for Saturday?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like a piped message on top? It's $6.\n"
            "Customer: Yes, that's lovely. Can it say Happy 40th?\n"
            "Agent: Of course. See you Saturday.",
            true, 6, "a yes, then a question about the message's words");
    kt_call("Agent: City Cakes, Rosa speaking.\n"
            "Customer: Hi, I'd like to order the chocolate cake for Saturday.\n"
            "Agent: The chocolate cake is $40. Shall I put it down for Saturday?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like candles for it? They're $3 a box.\n"
            "Customer: For the big cake? Hmm. Yeah, go on.\n"
            "Agent: Great. See you Saturday.",
            true, 3, "a question first, then a yes in its own sentence");
    kt_call("Agent: City Cakes, Rosa speaking.\n"
            "Customer: Hi, I'd like to order the chocolate cake for Saturday.\n"
            "Agent: The chocolate cake is $40. Shall I put it down for Saturday?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like a piped message on top? It's $6.\n"
            "Customer: That sounds nice. What colours do you do?\n"
            "Agent: Any colour you like.\n"
            "Customer: I'll think about it and call back.\n"
            "Agent: Sure. See you Saturday.",
            true, 0, "negative: liking the offer and asking about it");
    kt_call("Agent: City Cakes, Rosa speaking.\n"
            "Customer: Hi, I'd like to order the chocolate cake for Saturday.\n"
            "Agent: The chocolate cake is $40. Shall I put it down for Saturday?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Would you like a piped message on top?\n"
            "Customer: Yes. How much is that?\n"
            "Agent: It's $6.\n"
            "Customer: Oh, then no, thanks.\n"
            "Agent: Okay. See you Saturday.",
            true, 0, "negative: a yes beside a price question, then a refusal");
    kt_call("agent: city cakes rosa speaking\n"
            "customer: hi i'd like to order the chocolate cake for saturday\n"
            "agent: the chocolate cake is forty shall i put it down for saturday\n"
            "customer: yes please\n"
            "agent: done would you like candles they're three a box\n"
            "customer: yeah do they come in gold\n"
            "agent: only silver\n"
            "customer: oh then no thanks\n"
            "agent: okay see you saturday",
            true, 0, "negative ASR: no sentences to tell the yes from the question");
}

/* "I reserved a compact for the 27th": a booking made before the call, so
 * an upgrade taken on it is an extra. */
static void check_reserved_before(void)
{
    kt_call("Agent: Swift Rentals, Omar speaking.\n"
            "Customer: Hi, I reserved a compact for pickup on the 12th.\n"
            "Agent: Yes, I see it. I can upgrade you to a full-size for $15 more per day.\n"
            "Customer: Sure, do that.\n"
            "Agent: Done, you're in a full-size.",
            true, 15, "an upgrade of a booking the customer reports");
    kt_call("Agent: Swift Rentals, Omar speaking.\n"
            "Customer: Hi, I'd like to rent a compact for the 12th.\n"
            "Agent: A compact is $40 a day, or a full-size for $15 more per day.\n"
            "Customer: The full-size, please.\n"
            "Agent: Booked.",
            true, 0, "negative: the upgrade picked as the rental itself");
}

/* A count whose next word names the extra just offered or priced takes it
 * that many times, priced each or not; a count that informs ("the house
 * has 20 windows"), is the item's own name ("two pack") or is refused does
 * not. */
static void check_count_names_item(void)
{
    kt_call("agent: corner bakery this is jo\n"
            "customer: hi i need to order sandwiches for a meeting friday\n"
            "agent: the sandwich platter is sixty dollars shall i put that in\n"
            "customer: yes please\n"
            "agent: done we also have a jug of lemonade for eight dollars it serves six\n"
            "customer: we're about twelve people so two jugs\n"
            "agent: two jugs got it see you friday",
            true, 16, "ASR: 'so two jugs' after a stated price for a jug");
    kt_call("Agent: Webnest, Kim speaking.\n"
            "Customer: Hi, I'd like the Pro hosting plan.\n"
            "Agent: Pro is $20 a month. Shall I set it up?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Extra mailboxes are $4 each per month.\n"
            "Customer: Three mailboxes, one each for the team.\n"
            "Agent: All set.",
            true, 12, "a count naming the mailboxes priced each");
    kt_call("Agent: Webnest, Kim speaking.\n"
            "Customer: Hi, I'd like the Pro hosting plan.\n"
            "Agent: Pro is $20 a month. Shall I set it up?\n"
            "Customer: Yes, please.\n"
            "Agent: Done. Extra mailboxes are $4 each per month.\n"
            "Customer: We have two mailboxes with another company already, so no thanks.\n"
            "Agent: All set.",
            true, 0, "negative: a count of mailboxes held elsewhere, refused");
    kt_call("agent: phone shack this is lee\n"
            "customer: hi i want the black case for my phone\n"
            "agent: that's twenty five should i order it\n"
            "customer: yeah\n"
            "agent: done do you want a screen guard it's ten or the two pack for fifteen\n"
            "customer: two pack\n"
            "agent: okay two pack added",
            true, 15, "ASR: 'two pack' names the pack, not two of them");
}

/* An agent who asks again, by a pronoun, about an extra the customer's
 * last turn took only by a yes heard no yes: the new answer decides. */
static void check_asked_again(void)
{
    static const char *clean =
        "Agent: Westbrook Internet, Pat here.\n"
        "Customer: Hi, I'm calling about faster internet.\n"
        "Agent: I can move you to the 500 meg plan for $10 more a month. Shall I switch you?\n"
        "Customer: Yes, please. Does that come with the mesh extender?\n"
        "Agent: The extender is separate, $8 a month.\n"
        "Customer: Yes, of course it is.\n"
        "Agent: Would you like to add it?\n";
    static const char *asr =
        "agent: westbrook internet pat here\n"
        "customer: hi um i want to switch to the five hundred meg plan\n"
        "agent: done you're on five hundred meg at sixty dollars a month\n"
        "customer: okay does that come with the mesh extender\n"
        "agent: the extender is separate it's eight dollars a month\n"
        "customer: yeah of course it is\n"
        "agent: do you want me to add it\n";
    kt_call_after(clean, "Customer: No, I'll pass.\nAgent: Okay, just the plan then.", true, 0,
                  "negative: asked again after a yes, then refused");
    kt_call_after(asr, "customer: nah not at that price\nagent: okay just the plan then", true, 0,
                  "negative: ASR: asked again after a yes, then refused");
    kt_call_after(clean, "Customer: Yes, add it.\nAgent: Added.", true, 8,
                  "asked again after a yes, then taken at its price");
    kt_call_after(asr, "customer: uh yeah go on then\nagent: added", true, 8,
                  "ASR: asked again after a yes, then taken at its price");
    kt_call("Agent: Westbrook Internet, Pat here.\n"
            "Customer: Hi, I'd like to move to the 500 meg plan.\n"
            "Agent: Done, you're on 500 meg at $60 a month. Would you like the mesh extender "
            "for $8 a month?\n"
            "Customer: Yes, please.\n"
            "Agent: Great, I've added it. Would you like anything else?\n"
            "Customer: No, that's all.",
            true, 8, "negative: 'anything else?' after the extra is taken asks nothing again");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_priced_after_carried_out();
    check_weak_after_no();
    check_yes_beside_question();
    check_reserved_before();
    check_count_names_item();
    check_asked_again();
    kt_free();
    T_END();
}
