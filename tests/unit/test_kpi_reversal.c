/* test_kpi_reversal.c - conversion where the customer's words look like a
 * commitment but are not one, or where one is made and then undone, with the
 * shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style): a day of the month that ends a sentence ("set
 * it up for the first") is no "first" of putting off; a deferral with an
 * adverb before its modal ("i just need to check my budget"); a cancel said
 * with "please" after it; a credit taken as a remedy; the agent's bare
 * "cancelled" notice. Each has a counterpart that must still convert. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "set it up for the first": the first of the month, a day for the
 * service; "let me ask my wife first" still puts it off. */
static void check_day_of_month(void)
{
    kt_call("agent: metro water this is pat\n"
            "customer: hi we're moving and need water service at the new place\n"
            "agent: sure there's a forty dollar connection fee\n"
            "customer: okay fine set it up for the first\n"
            "agent: done service starts on the first",
            true, 0, "positive ASR: set it up for the first");
    kt_call("agent: metro water this is pat\n"
            "customer: hi we're moving and need water service at the new place\n"
            "agent: sure it's forty dollars to connect shall i set it up\n"
            "customer: let me ask my wife first",
            false, 0, "negative ASR: let me ask my wife first");
}

/* "It sounds lovely, I just need to check my budget first.": an adverb
 * before the modal still puts the purchase off. */
static void check_adverb_deferral(void)
{
    kt_call("Agent: Summit Gym, Leo speaking. The monthly plan is $35. Shall I sign you up?\n"
            "Customer: It sounds lovely. I really have to talk it over with my husband.\n"
            "Agent: Of course, take your time.",
            false, 0, "negative: i really have to talk it over");
    kt_call("agent: summit gym leo speaking the monthly plan is thirty five dollars shall i sign you up\n"
            "customer: sounds great we just need to compare a couple of places\n"
            "agent: sure no problem",
            false, 0, "negative ASR: we just need to compare");
    kt_call("Agent: Summit Gym, Leo speaking. The monthly plan is $35. Shall I sign you up?\n"
            "Customer: Yes please, I just need to grab my card.\n"
            "Agent: Great, you're signed up.",
            true, 0, "positive: yes please, then fetching the card");
}

/* "great you're booked" ... "cancel it please" ... "okay cancelled": the
 * booking taken back; the bare notice after the request to cancel. */
static void check_cancel_please(void)
{
    kt_call("agent: lakeside dental this is amy\n"
            "customer: hi i need a cleaning\n"
            "agent: we have monday at ten or wednesday at two\n"
            "customer: monday at ten\n"
            "agent: okay monday at ten you're booked\n"
            "customer: oh wait i'm traveling that week cancel it please\n"
            "agent: okay cancelled",
            false, 0, "negative ASR: cancel it please after the booking");
    kt_call("agent: lakeside dental this is amy\n"
            "customer: hi i need a cleaning\n"
            "agent: we have monday at ten or wednesday at two\n"
            "customer: monday at ten please\n"
            "agent: okay monday at ten you're booked\n"
            "customer: great thanks",
            true, 0, "positive ASR: the same booking kept");
}

/* "Yes, I'll take the credit.": a credit put right is no purchase, also at
 * the end of its sentence. */
static void check_credit(void)
{
    kt_call("Agent: Cloudly support, Mia speaking.\n"
            "Customer: You billed me twice this month.\n"
            "Agent: I'm sorry. I can apply a credit of $25 to your account.\n"
            "Customer: Fine, I'll take the credit.\n"
            "Agent: Applied.",
            false, 0, "negative: i'll take the credit");
    kt_call("Agent: Cloudly support, Mia speaking.\n"
            "Customer: You billed me twice this month.\n"
            "Agent: I'm sorry, that's refunded. Our Pro plan is $12 a month, want it?\n"
            "Customer: Fine, I'll take the Pro plan.\n"
            "Agent: Done, you're on Pro.",
            true, 0, "positive: the plan taken after the refund");
}

/* "Sold out, I'm afraid. I can put you on the waitlist, it's free." -
 * "Sure, put me on it.": once the price on the table failed or was
 * refused, something free sells nothing, even after the read-back was
 * confirmed and the agent says "done"; beside a price still open ("$40 a
 * month, installation is free") it comes with the sale. */
static void check_free_after_failure(void)
{
    kt_call("Agent: Harbor Theatre, Sam speaking.\n"
            "Customer: Two seats for Saturday's show, please.\n"
            "Agent: Two stalls seats, Saturday at 7, $80 in total. Is that correct?\n"
            "Customer: Yes, that's right.\n"
            "Agent: One moment... I'm sorry, those just sold and the show is now sold out.\n"
            "Customer: Oh no.\n"
            "Agent: I can put you on the waitlist, it's free.\n"
            "Customer: Okay, put me on it.\n"
            "Agent: Done, we'll email you if seats come back.",
            false, 0, "negative: the waitlist after the read-back failed");
    kt_call("agent: harbor theatre sam speaking\n"
            "customer: two seats for saturday please\n"
            "agent: only the balcony is left at thirty each\n"
            "customer: no the balcony's no good forget it\n"
            "agent: i can add you to the wait list for the stalls no charge\n"
            "customer: sure do that",
            false, 0, "negative ASR: the wait list after the seats were refused");
    kt_call("Agent: Brightline Fiber, Ana speaking. Our 500 meg plan is $40 a month.\n"
            "Customer: Okay.\n"
            "Agent: Installation is free this month. Want me to set it up?\n"
            "Customer: Sure, set it up.\n"
            "Agent: Done, you're all set.",
            true, 0, "positive: free installation beside the plan's price");
}

/* "I can put your name on the interest list for weekend classes." - "sure":
 * the closing's object reaches the list past "your name". */
static void check_list_object(void)
{
    kt_call("agent: lotus yoga this is kim\n"
            "customer: do you have kids classes on weekends\n"
            "agent: not yet i can put your name on the interest list for weekend classes\n"
            "customer: sure\n"
            "agent: okay you're on the list",
            false, 0, "negative ASR: sure, to the interest list");
    kt_call("agent: lotus yoga this is kim\n"
            "customer: do you have kids classes on weekends\n"
            "agent: saturdays at ten it's twelve a class i can put your daughter in this saturday\n"
            "customer: sure\n"
            "agent: okay she's booked for saturday at ten",
            true, 0, "positive ASR: sure, to a class booked");
}

/* "can you unplug the router for thirty seconds" - "yeah i'll do that":
 * a count of seconds is no price, so "i'll do that" agrees to the step. A
 * price said in words still makes it a purchase. */
static void check_step_with_count(void)
{
    kt_call("agent: northline support this is max\n"
            "customer: my internet keeps dropping\n"
            "agent: sorry about that can you unplug the modem for thirty seconds and plug it back in\n"
            "customer: yeah i'll do that now\n"
            "customer: okay it's back up",
            false, 0, "negative ASR: i'll do that, to a step of thirty seconds");
    kt_call("agent: northline support this is max\n"
            "customer: my internet keeps dropping\n"
            "agent: a new modem would fix it it's forty nine dollars we can ship one today\n"
            "customer: okay i'll take it\n"
            "agent: done it ships today",
            true, 0, "positive ASR: i'll take it, to a modem priced in words");
}

/* "so you'll charge me monthly to stop charging me fees": the agent is the
 * subject; the customer takes nothing. "Charge me for it, then." takes it. */
static void check_other_subject(void)
{
    kt_call("agent: first bank this is sam i refunded the fee and we offer overdraft cover for five dollars a month\n"
            "customer: oh wonderful so you'll charge me monthly to stop charging me fees\n"
            "agent: it links to your savings\n"
            "customer: no thanks",
            false, 0, "negative ASR: so you'll charge me monthly");
    kt_call("Agent: First Bank, Sam speaking. Overdraft cover is $5 a month and links to your savings.\n"
            "Customer: Fine. Charge me for it, then.\n"
            "Agent: Done, it's active.",
            true, 0, "positive: charge me for it");
}

/* "Would you like me to hold the fare? It's free." - "No, that's fine,
 * I'll do it through work.": after a refusal that opens the answer, "I'll
 * do it" is the customer doing it elsewhere. "Sure, I'll do it." to a
 * priced offer still takes it. */
static void check_refusal_then_do_it(void)
{
    kt_call("Agent: Bluewing Air, Maria speaking. The nonstop is $289.\n"
            "Customer: I'll book through my company's portal.\n"
            "Agent: Would you like me to hold the fare for a day? That's free.\n"
            "Customer: No, that's fine, I'll do it through work.\n"
            "Agent: Understood.",
            false, 0, "negative: no, i'll do it through work");
    kt_call("Agent: Bluewing Air, Maria speaking. The nonstop is $289. Shall I book it?\n"
            "Customer: Sure, I'll do it.\n"
            "Agent: Booked, your confirmation is on its way.",
            true, 0, "positive: sure, i'll do it, to the fare");
}

/* "Would you like to keep the order?" - "No, never mind, cancel it.": a
 * no to whether the purchase carried out stands takes it back; a no to a
 * new offer after it ("do you want a hotel too?") leaves it. */
static void check_keep_the_order(void)
{
    kt_call("agent: sprout baby store this is nina\n"
            "customer: i want to order the grey stroller\n"
            "agent: got it i'll put the order in for the grey stroller\n"
            "customer: yep go ahead\n"
            "agent: oh the grey is backordered until the twenty ninth would you like to keep the order\n"
            "customer: no never mind cancel it\n"
            "agent: cancelled nothing was charged",
            false, 0, "negative ASR: no, cancel it, to keeping the order");
    kt_call("Agent: City Arena, Jo speaking.\n"
            "Customer: I'd like two tickets for Friday's game.\n"
            "Agent: I've booked the tickets.\n"
            "Customer: Great.\n"
            "Agent: Do you want me to book you a room nearby?\n"
            "Customer: No, don't book me a room.\n"
            "Agent: No problem.",
            true, 0, "positive: no to a room, the tickets stand");
}

/* "seats are one hundred and fifty five each" - "one fifty five, last year
 * they were eighty": saying back the only price picks no time; one of two
 * prices said back picks that option. */
static void check_price_said_back(void)
{
    kt_call("agent: lyric theatre this is derek\n"
            "customer: how much are tickets for the twelfth\n"
            "agent: only orchestra seats are left at one hundred and fifty five each\n"
            "customer: oh one fifty five last year they were like eighty\n"
            "agent: yes it's a new production\n"
            "customer: that's too much for us",
            false, 0, "negative ASR: the only price said back");
    kt_call("agent: lyric theatre this is derek\n"
            "customer: two tickets for the twelfth please\n"
            "agent: the balcony is forty five each or the orchestra is sixty each\n"
            "customer: forty five please\n"
            "agent: okay two balcony seats you're booked for the twelfth",
            true, 0, "positive ASR: one of two prices picked");
}

/* "yeah fine do the pump", "okay then yeah turn it on for the trip": a
 * go-ahead after a price, opened by two words of assent or switching on
 * what was priced, bought once the agent carries it out. Without a price
 * it is a step. */
static void check_go_ahead_words(void)
{
    kt_call("agent: precision auto this is mei the water pump is leaking it's six eighty with labor\n"
            "customer: six eighty oh come on\n"
            "agent: i know i'm sorry it's the one you need\n"
            "customer: yeah fine do the pump\n"
            "agent: okay the pump it'll be ready tomorrow by three",
            true, 0, "positive ASR: yeah fine do the pump");
    kt_call("agent: roam mobile this is ana our travel pass is ten dollars a day\n"
            "customer: okay then yeah turn it on for the trip\n"
            "agent: done it's active from sunday",
            true, 0, "positive ASR: turn it on, after the price");
    kt_call("agent: homenet support this is ana the router's light is off\n"
            "customer: okay yeah turn it on then\n"
            "agent: done the light is green",
            false, 0, "negative ASR: turn it on, a step with no price");
}

/* "okay your plan needs authorization and it hasn't come through yet": a
 * bare okay that prices and offers nothing and says what is not so books
 * no day; "okay, see you monday" still does. "does that match?" reads the
 * order back. */
static void check_okay_not_yet(void)
{
    kt_call("agent: valley imaging this is luis\n"
            "customer: i want to schedule my mri\n"
            "agent: sure the doctor's order is here\n"
            "customer: she sent it on monday\n"
            "agent: okay your plan needs authorization and it hasn't come through yet\n"
            "customer: oh okay",
            false, 0, "negative ASR: okay, then what has not come through");
    kt_call("Agent: Crestline Travel Insurance, Elena speaking.\n"
            "Customer: I need cover for a trip next month.\n"
            "Agent: Single trip, one adult, December 3rd to 10th, that comes to $84. Does that match?\n"
            "Customer: That's it.\n"
            "Agent: Your policy is on its way.",
            true, 0, "positive: that's it, to does that match");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_day_of_month();
    check_adverb_deferral();
    check_cancel_please();
    check_credit();
    check_free_after_failure();
    check_list_object();
    check_step_with_count();
    check_other_subject();
    check_refusal_then_do_it();
    check_keep_the_order();
    check_price_said_back();
    check_go_ahead_words();
    check_okay_not_yet();
    kt_free();
    T_END();
}
