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
 * a judgement ("that's great") and a warm close. The calls are our own. */
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

int main(void)
{
    if (!kt_load())
        T_END();
    check_expected_better();
    check_spared();
    check_time_slot();
    check_grateful();
    check_tacked_praise();
    kt_free();
    T_END();
}
