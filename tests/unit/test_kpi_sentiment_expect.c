/* test_kpi_sentiment_expect.c - what the customer expected, and stock
 * praise read by what surrounds it, through the public KPI API: "expected a
 * lot better" (a measure of how much between "expected" and "better") is a
 * disappointment, not the praise "a lot better"; an ordeal braced for and
 * spared ("much less stressful than I thought", "I was expecting a
 * fight") is relief; a time offered that does not suit ("nine thirty is
 * too late for us") is no complaint, against a technician who was late
 * and "it's too late, I've signed elsewhere"; thanks beside praise of
 * another kind ("so happy") is meant even after the customer spoke of their
 * own troubles; stock praise tacked bare onto the customer's own words
 * after a complaint ("two hours wonderful can't wait") is sarcasm, against
 * a judgement ("that's great") and a warm close; a complaint in the buying
 * turn that names what we sent ("that mailer was misleading") or asks us to
 * do better ("do it properly this time") is about us, against one about the
 * customer's own house; relief and thanks in figures of speech ("a load off
 * my mind", "that means a lot", "lifesavers", "turned my mood around");
 * the customer's own embarrassment ("that's embarrassing" at a declined
 * card) against a system that embarrasses us.
 * The calls are our own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "expected" with a measure before "better" or "more": let down. */
static void check_expected_better(void)
{
    kt_sentiment("Agent: Your order was delivered this morning.\n"
                 "Customer: I saw. The box was crushed and one leg is bent.\n"
                 "Agent: I can send a replacement leg.\n"
                 "Customer: Fine. Honestly I expected a lot better from you.",
                 -1, "'expected a lot better' is a disappointment");
    kt_sentiment("customer: the new blender came yesterday\nagent: how are you finding it\n"
                 "customer: it's okay i guess i expected way more for the money\nagent: i see",
                 -1, "ASR: 'expected way more for the money' is a disappointment");
    kt_sentiment("Agent: The new router is installed.\n"
                 "Customer: Wow, the signal is a lot better upstairs now. Thanks!",
                 1, "'a lot better' without 'expected' is praise");
}

/* An ordeal the customer braced for and was spared. */
static void check_spared(void)
{
    kt_sentiment("Agent: That's the transfer done, the new card comes Monday.\n"
                 "Customer: Okay. That was much less stressful than I thought, thanks.",
                 1, "'much less stressful than I thought' is relief");
    kt_sentiment("customer: so the claim is approved\nagent: yes the money goes out tomorrow\n"
                 "customer: wow okay i was expecting a real battle thank you",
                 1, "ASR: 'i was expecting a real battle' is relief");
    kt_sentiment("Agent: The switch is done.\n"
                 "Customer: Great, thank you. I expected it to be a headache.",
                 1, "'I expected it to be a headache' is relief");
    kt_sentiment("Agent: The technician can't come until next week.\n"
                 "Customer: This is a headache. I need the heating now.\nAgent: I'm sorry.",
                 -1, "a headache the customer has is no relief");
}

/* A time that does not suit is no complaint. */
static void check_time_slot(void)
{
    kt_sentiment("Agent: For four on Friday I have 6 or 9:45.\n"
                 "Customer: 9:45 is too late for us, and 6 is a bit early.\n"
                 "Agent: Saturday at 7?\nCustomer: Yes, Saturday at 7 please.\nAgent: Booked.\n"
                 "Customer: Okay, bye.",
                 0, "'9:45 is too late for us' is about the time");
    kt_sentiment("customer: do you have anything thursday evening\nagent: only nine fifteen\n"
                 "customer: hmm nine fifteen is really late with the kids we'll leave it\n"
                 "agent: okay\ncustomer: bye",
                 0, "ASR: 'nine fifteen is really late with the kids' is about the time");
    kt_sentiment("Agent: Hello, Brightway Plumbing.\n"
                 "Customer: Your plumber was really late, I lost a morning's pay.\nAgent: I'm sorry.\n"
                 "Customer: Okay.",
                 -1, "a plumber who was really late is a complaint");
    kt_sentiment("Agent: I can offer you twenty percent off to stay.\n"
                 "Customer: It's too late, I've already signed with another company. You had your chance.",
                 -1, "'it's too late, I've signed elsewhere' is a verdict, not a time");
    kt_outcome o = kt_run("customer: the driver was way too late\nagent: i'm sorry\ncustomer: okay", false);
    CHECK(o.ok && o.score < -0.1, "ASR: a driver who was way too late still scores against us");
}

/* Thanks beside praise of another kind: meant, after the customer's own troubles. */
static void check_grateful(void)
{
    kt_sentiment("Agent: Would you like the gift wrap for five dollars?\n"
                 "Customer: Yes please, my wrapping is terrible, honestly.\n"
                 "Agent: Added, it ships Monday.\n"
                 "Customer: Perfect, thank you! He's going to be so excited.",
                 1, "'Perfect, thank you! He's going to be so excited' is meant");
    kt_sentiment("customer: my shoulder has been awful all week\nagent: i can fit you in at four today\n"
                 "customer: perfect thank you i'm so relieved",
                 1, "ASR: 'perfect thank you i'm so relieved' is meant");
    kt_sentiment("Agent: The fee is forty dollars, it's our policy.\n"
                 "Customer: That's ridiculous. Great. Thanks.",
                 -1, "stock praise and thanks after a complaint, with no other praise, stay sour");
}

/* Stock praise tacked bare onto the customer's own words after a complaint. */
static void check_tacked_praise(void)
{
    kt_sentiment("customer: i've been on hold for ages this is ridiculous\n"
                 "agent: sorry about that the delivery will be there in three hours\n"
                 "customer: three hours wonderful can't wait",
                 -1, "ASR: 'three hours wonderful can't wait' after a complaint is sarcasm");
    kt_sentiment("Agent: The part is back-ordered, so it's next month.\n"
                 "Customer: That's absurd. I paid for express.\nAgent: I know.\n"
                 "Customer: So another month without a dryer. Fantastic.",
                 -1, "'So another month without a dryer. Fantastic.' after a complaint is sarcasm");
    kt_sentiment("customer: i've been on hold for ages this is ridiculous\n"
                 "agent: sorry about that i've booked you for tomorrow morning\n"
                 "customer: oh okay tomorrow morning that's great\n"
                 "agent: you're all set\ncustomer: thanks you've been really helpful",
                 1, "ASR: 'that's great' is a judgement, then warm thanks");
    kt_sentiment("customer: the last tech broke my fence and that was awful\n"
                 "agent: i'm sorry we'll send someone else friday\n"
                 "customer: friday works my dog will love it",
                 1, "ASR: praise after 'will' is no bare exclamation");
}

/* A complaint in the turn that buys is about us when it names what we sent
 * or asks us to do better than before. */
static void check_about_us_when_buying(void)
{
    kt_sentiment("Agent: The repaint is $300, I can do Monday.\n"
                 "Customer: Okay, book Monday. And do it properly this time, the last job was sloppy.\n"
                 "Agent: Booked.\nCustomer: Okay.",
                 -1, "'do it properly this time' in the buying turn is about us");
    kt_sentiment("customer: i'll keep the old plan then honestly that mailer was misleading\n"
                 "agent: okay i'll leave it as it is\ncustomer: yeah bye",
                 -1, "ASR: 'that mailer was misleading' in the keeping turn is about us");
    kt_sentiment("Agent: The extender is $60.\nCustomer: Yes, add it, the back bedroom signal is terrible.\n"
                 "Agent: Added.\nCustomer: Okay, thanks.",
                 0, "a complaint about the customer's own house in the buying turn is the reason to buy");
}

/* Relief and thanks in figures of speech. */
static void check_relief_figures(void)
{
    kt_sentiment("Agent: I've set up the payment plan, sixty a month.\n"
                 "Customer: Thank you. That takes a real weight off, I was dreading this call.",
                 1, "'that takes a real weight off' is relief");
    kt_sentiment("customer: okay do both then\nagent: done both start next month\n"
                 "customer: great thanks that's a load off my mind",
                 1, "ASR: 'a load off my mind' is relief");
    kt_sentiment("Agent: I've waived the fee.\nCustomer: Really? Thank you, that means a lot.",
                 1, "'that means a lot' is warm thanks");
    kt_sentiment("customer: can you get them printed by friday\nagent: yes they'll be ready thursday\n"
                 "customer: you guys are lifesavers",
                 1, "ASR: 'you guys are lifesavers' is praise");
    kt_sentiment("Agent: The order is in.\nCustomer: Honestly this call turned my mood around, thanks.",
                 1, "'turned my mood around' is praise");
    kt_sentiment("Agent: The price is $40 a month.\nCustomer: Okay. What does that mean for the contract?\n"
                 "Agent: Twelve months.\nCustomer: Okay.",
                 0, "'what does that mean' is no thanks");
}

/* The customer's own embarrassment is no complaint about us. */
static void check_own_embarrassment(void)
{
    kt_sentiment("Agent: Hmm, that card has been declined.\n"
                 "Customer: Oh. That's embarrassing. Let me call my bank and ring you back.\n"
                 "Agent: No problem.\nCustomer: Okay, bye.",
                 0, "'That's embarrassing' after a declined card is the customer's own");
    kt_sentiment("customer: oh no wrong card i'm so embarrassed try the one ending four four\n"
                 "agent: that went through\ncustomer: okay bye",
                 0, "ASR: 'i'm so embarrassed' at the customer's own mix-up");
    kt_sentiment("Agent: The technician didn't come because the job was never booked.\n"
                 "Customer: Your booking system is embarrassing. Three calls for one visit.",
                 -1, "'your booking system is embarrassing' is a complaint");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_expected_better();
    check_spared();
    check_time_slot();
    check_grateful();
    check_tacked_praise();
    check_about_us_when_buying();
    check_relief_figures();
    check_own_embarrassment();
    kt_free();
    T_END();
}
