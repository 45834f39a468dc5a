/* test_kpi_noconv.c - calls where the customer says words that often commit
 * but buys nothing, with the shipped rules file, on short calls written for
 * these tests (clean and speech-recognition style): the purchase taken to a
 * business named by where it is, buying "next time", "you sold me" in a
 * complaint about an earlier sale, a yes after "sorry to lose you", a refund
 * or credit carried out after a day or option was said back, "then cancel
 * the third" taking a booking back by its day, an "okay" after the agent's
 * "Correct, ..." answer, "i'm in" after a log-in step, and a yes to a
 * hold, a list, a text or keeping a plan as it is. Each mechanism
 * has positive cases that must still count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "I'll go with the garage down the road", "i'll take it to the shop at the
 * mall": a business named by where it is gets the purchase; the agent's own
 * branch or a product named by where it is still counts. */
static void check_elsewhere_by_place(void)
{
    kt_call("Agent: Hi, it's Dana from Northside Motors about the brake quote.\n"
            "Customer: Right, $640 for front and back.\n"
            "Agent: That's it. Shall I book it in for Monday?\n"
            "Customer: Honestly no. I'll go with the garage down the road, they said $450.\n"
            "Agent: Understood.",
            false, 0, "negative: I'll go with the garage down the road");
    kt_call("agent: thanks for calling fixit phones\n"
            "customer: hi my tablet screen cracked how much to fix it\n"
            "agent: its one ninety for that model\n"
            "customer: um no ill take it to the kiosk at the mall theyre cheaper\n"
            "agent: okay no problem",
            false, 0, "negative ASR: ill take it to the kiosk at the mall");
    kt_call("Customer: Do you still have the oak desk for $300?\n"
            "Agent: Yes, shall I reserve it?\n"
            "Customer: Yes, I'll take it.\n"
            "Agent: Done, the desk is reserved for you.\n"
            "Customer: Thanks. I'll use the courier down the street to collect it.",
            true, 0, "the desk reserved, then a courier down the street");
    kt_call("customer: hi id like the sofa in grey\n"
            "agent: sure its nine hundred shall i place the order\n"
            "customer: yes please ill take the one thats next door in your other showroom\n"
            "agent: great your order is placed",
            true, 0, "ASR: yes please, then the one next door (no elsewhere verb)");
}

/* "No, I'll just buy a local one next time": buying on a later occasion
 * commits to nothing now; "I'll take it" now still does. */
static void check_next_time(void)
{
    kt_call("Agent: Your bill shows $90 of roaming. I can take it down to $30 as a courtesy.\n"
            "Customer: Okay, thanks.\n"
            "Agent: Our travel pass is $8 a day. Shall I add it?\n"
            "Customer: No, I'll just buy a SIM card over there next time.\n"
            "Agent: Sure, the credit shows on your next bill.",
            false, 0, "negative: I'll just buy a SIM card over there next time");
    kt_call("agent: we have the big bag of dog food at forty five\n"
            "customer: um ill get the big one next time the small one is fine\n"
            "agent: okay\n"
            "customer: bye",
            false, 0, "negative ASR: ill get the big one next time");
    kt_call("Agent: The big bag is $45 and the small one $25.\n"
            "Customer: I'll take the big one. Next time I'll try the salmon.\n"
            "Agent: Great, that's ordered for you.",
            true, 0, "the big one taken now, the salmon next time");
}

/* "you sold me" inside a relative clause ("the last thing you sold me, the
 * scanner, ...") is a complaint about an earlier sale, not a yes. */
static void check_sold_me_relative(void)
{
    kt_call("Agent: We've got a new card reader for $49 a month.\n"
            "Customer: No. The last thing you sold me, the label printer, never worked.\n"
            "Agent: I'm sorry to hear that.",
            false, 0, "negative: the last thing you sold me, the label printer");
    kt_call("customer: the stuff you sold me, the cables, all broke\n"
            "agent: sorry about that\n"
            "customer: yeah bye",
            false, 0, "negative ASR: the stuff you sold me, the cables");
    kt_call("agent: the annual plan is ninety nine and saves you two months\n"
            "customer: alright you sold me\n"
            "agent: great youre on the annual plan now",
            true, 0, "ASR: alright you sold me");
}

/* "Sorry to lose you" is a goodbye, not a save offer: a "yeah" after it
 * buys nothing; a save offer said after it still counts. */
static void check_sorry_to_lose_you(void)
{
    kt_call("agent: your renewal went up to twelve hundred because of the claim\n"
            "customer: then im done ill let it lapse\n"
            "agent: im sorry to lose you mrs kent\n"
            "customer: yeah well you should have thought of that",
            false, 0, "negative ASR: yeah after im sorry to lose you");
    kt_call("Customer: I want to cancel my gym membership.\n"
            "Agent: Sorry to see you go. Can I ask why?\n"
            "Customer: Yes, I'm moving away.\n"
            "Agent: Okay, it's cancelled from the end of the month.",
            false, 0, "negative: yes after sorry to see you go, can I ask why");
    kt_call("Customer: I'd like to cancel my streaming plan.\n"
            "Agent: Sorry to see you go. Before you do, I can give you three months at half price, $6 a month.\n"
            "Customer: Okay, I'll stay on that.\n"
            "Agent: Done, you're on the half-price plan.",
            true, 0, "a save offer after sorry to see you go, taken");
}

/* A notice that carries out a refund or a credit ("Done, the refund is
 * submitted", "i've applied a credit") books no day or option the customer
 * repeated before it; a notice that names a booking beside the refund
 * still books. */
static void check_remedy_notice(void)
{
    kt_call("Customer: My train to Leeds was cancelled.\n"
            "Agent: Sorry. The next one is tomorrow at 9 am, or I can refund the $80 fare.\n"
            "Customer: 9 am. Brilliant. Just refund it.\n"
            "Agent: Done, the refund is submitted.\n"
            "Customer: I'm not using you again.",
            false, 0, "negative: 9 am said back, then the refund carried out");
    kt_call("customer: my internet is down again\n"
            "agent: sorry theres an outage it should be back by four pm\n"
            "customer: four pm great there goes my whole day\n"
            "agent: ive applied a fifteen dollar credit to your account\n"
            "customer: whatever bye",
            false, 0, "negative ASR: four pm said back, then a credit applied");
    kt_call("Customer: My flight was cancelled.\n"
            "Agent: I can refund it, or move you to Friday at 9 am for $40 more.\n"
            "Customer: Friday at 9, please.\n"
            "Agent: Done, the old fare is refunded and your seat on Friday is booked.",
            true, 0, "Friday picked, refund and seat booked in one notice");
    kt_call("customer: hi id like to book a cleaning on tuesday\n"
            "agent: sure i have tuesday at ten its ninety five\n"
            "customer: tuesday at ten works\n"
            "agent: great youre booked tuesday at ten and ive added a ten dollar credit for the wait last time",
            true, 0, "ASR: booked beside a credit");
}

/* "Then cancel the third": a booking taken back by its day or its name,
 * after a word that follows on from the agent; asked about, or a day that
 * is being moved, it stays. */
static void check_cancel_by_day(void)
{
    kt_call("customer: hi i need to book a filling\n"
            "agent: sure i have the fifth at nine\n"
            "customer: okay put me in for that\n"
            "agent: done and the filling is about two hundred after insurance\n"
            "customer: oh then cancel the fifth ill wait till my plan resets\n"
            "agent: okay ive cancelled it",
            false, 0, "negative ASR: then cancel the fifth");
    kt_call("Customer: I'd like to book a massage.\n"
            "Agent: I have Friday at 4. Shall I book it?\n"
            "Customer: Yes, please.\n"
            "Agent: Done, you're booked Friday at 4. It's $120.\n"
            "Customer: Oh. Then cancel the appointment, that's too much.\n"
            "Agent: Okay, it's cancelled.",
            false, 0, "negative: then cancel the appointment");
    kt_call("Customer: I'd like to book a massage for Friday at 4.\n"
            "Agent: Done, you're booked Friday at 4. It's $120.\n"
            "Customer: Great. If I need to, can I cancel the Friday one later?\n"
            "Agent: Yes, up to a day before.",
            true, 0, "asking whether one could cancel the Friday booking later");
}

/* "Correct, the balance is on hold": a bare "correct" opening the agent's
 * answer to the customer's question reads nothing back, so an "okay" after
 * it buys nothing; "two tickets for Friday, correct." at the end still asks
 * to confirm. */
static void check_correct_answers(void)
{
    kt_call("Customer: So I don't owe the $150 right now?\n"
            "Agent: Correct, the bill is paused until the insurer replies.\n"
            "Customer: Okay. And if they refuse it?\n"
            "Agent: We'll phone you first.\n"
            "Customer: Fine, thanks.",
            false, 0, "negative: okay after 'Correct, the bill is paused'");
    kt_call("customer: so i dont have to pay the late fee\n"
            "agent: right its been taken off your account\n"
            "customer: okay good thanks",
            false, 0, "negative ASR: okay after 'right its been taken off'");
    kt_call("Customer: Two tickets for the Friday show, please.\n"
            "Agent: So that's two tickets for Friday at 8, $90 in total, correct.\n"
            "Customer: Yes.\n"
            "Agent: Great, your tickets are booked.",
            true, 0, "read-back ending in 'correct.' confirmed");
}

/* "okay done i'm in" after a log-in step is in the account, not in on a
 * purchase; "count me in" or "alright, I'm in" to a pitch still commits. */
static void check_logged_in(void)
{
    kt_call("customer: i cant log in to my account\n"
            "agent: ive reset it click the link in the email and pick a new password\n"
            "customer: okay done im in\n"
            "agent: great anything else\n"
            "customer: no thats it",
            false, 0, "negative ASR: okay done im in");
    kt_call("Customer: My app says my password is wrong.\n"
            "Agent: I've unlocked the account. Try again now.\n"
            "Customer: Finally, I'm in. Thanks.",
            false, 0, "negative: finally, I'm in");
    kt_call("Agent: The team plan is $30 a month and the first month is free. Shall I set it up?\n"
            "Customer: Alright, I'm in.\n"
            "Agent: Great, you're on the team plan.",
            true, 0, "alright, I'm in to a pitch");
}

/* A yes or go-ahead to an agent's turn that proposes only a hold, a list,
 * a text or keeping what the customer has, at no sale price, buys nothing;
 * a booking proposed with a reminder text beside it, or a priced booking
 * with a confirmation text, still counts. */
static void check_yes_to_nonpurchase(void)
{
    kt_call("Customer: Do you have the blue kettle?\n"
            "Agent: Sorry, the blue one is sold out. I can add you to the restock list.\n"
            "Customer: Sure, put me on it.\n"
            "Agent: Done, we'll email you when it's back.\n"
            "Customer: Thanks.",
            false, 0, "negative: put me on it (a restock list)");
    kt_call("customer: hi is the blue kettle in stock\n"
            "agent: sorry its sold out i can add you to the restock list\n"
            "customer: sure put me on it\n"
            "agent: done well email you when its back\n"
            "customer: okay thanks",
            false, 0, "negative ASR: sure put me on it (a restock list)");
    kt_call("Agent: Thanks for calling Metro Gas. Can I put you on a quick hold while I pull up "
            "your account?\n"
            "Customer: Yes, go ahead.\n"
            "Agent: Thanks for waiting. The reading was estimated, I've corrected it.\n"
            "Customer: Okay, thanks.",
            false, 0, "negative: yes, go ahead to a hold");
    kt_call("Customer: Can I get the form for the rebate?\n"
            "Agent: I can text you the link to the form.\n"
            "Customer: Sure, text it to me.\n"
            "Agent: Sent.",
            false, 0, "negative: text it to me (a link)");
    kt_call("Customer: I sold my car, so I need to cancel the auto policy.\n"
            "Agent: Done, it's cancelled as of today. You have home insurance with us too, do you "
            "want to keep that?\n"
            "Customer: Yes, leave the home one as it is.\n"
            "Agent: Sure.\n"
            "Customer: Thanks.",
            false, 0, "negative: leave the home one as it is");
    kt_call("customer: i need to cancel my tv package\n"
            "agent: okay thats cancelled you still have internet with us do you want to keep that\n"
            "customer: yeah keep the internet the way it is\n"
            "agent: sure thing",
            false, 0, "negative ASR: keep the internet the way it is");
    kt_call("Customer: My back is killing me, can someone see me today?\n"
            "Agent: I have Thursday at 10 open. Can I book you in and send you a reminder text?\n"
            "Customer: Yes please.\n"
            "Agent: You're booked for Thursday at 10.\n"
            "Customer: Thanks.",
            true, 0, "a booking proposed with a reminder text beside it");
    kt_call("customer: hi can i get a haircut this week\n"
            "agent: i have thursday at ten can i book you in and send you a reminder text\n"
            "customer: yes please\n"
            "agent: youre booked thursday at ten",
            true, 0, "ASR: a booking proposed with a reminder text beside it");
    kt_call("Agent: The sunset tour is $89 per person. Shall I book two seats and text you the "
            "confirmation?\n"
            "Customer: Yes please.\n"
            "Agent: Booked, you'll get a text.",
            true, 0, "a priced booking with a confirmation text");
    kt_call("Customer: I want to cancel my subscription.\n"
            "Agent: I'd hate to lose you. I can give you three months at no charge. Would you "
            "like me to apply that instead of cancelling?\n"
            "Customer: Yes, please.\n"
            "Agent: Done, I've applied that and your account stays open.",
            true, 0, "a free save offer taken keeps the customer");
    kt_call("customer: i want to cancel my plan\n"
            "agent: id hate to lose you i can give you three months at no charge would you like "
            "me to apply that instead of cancelling\n"
            "customer: yes please\n"
            "agent: done ive applied that and your account stays open",
            true, 0, "ASR: a free save offer taken keeps the customer");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_elsewhere_by_place();
    check_next_time();
    check_sold_me_relative();
    check_sorry_to_lose_you();
    check_remedy_notice();
    check_cancel_by_day();
    check_correct_answers();
    check_logged_in();
    check_yes_to_nonpurchase();
    kt_free();
    T_END();
}
