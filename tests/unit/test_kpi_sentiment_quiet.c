/* test_kpi_sentiment_quiet.c - displeasure and warmth said without strong
 * words, through the public KPI API: a dismissive "whatever" (a one-word
 * pattern of the lexicon over the word's own score), with the negatives
 * where the same words pick something or are easy-going; "you've done
 * plenty" turning the agent away; thanks for what the agent did for the
 * customer in person, against the routine "thanks for letting me know"; a
 * finished switch to another firm with "already" after it. The calls are
 * our own. Stock praise followed by "so" and what the news means for the
 * customer is sarcasm, against a plan, a question or a booking after "so";
 * warm praise of the agent with "actually" before "been"; praise of
 * another firm ("they were super helpful") in a call that sold nothing,
 * against praise of the customer's own people and of us; quiet verdicts:
 * "Naturally.", "of course it has", "not that it'll come to anything",
 * thinking about whether to stay, the customer made to do the company's
 * job. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static void expect(const char *transcript, int want, const char *name)
{
    kt_outcome o = kt_run(transcript, false);
    char n[300];
    int got = o.ok ? o.sent : 9;
    snprintf(n, sizeof n, "%s: %s (got %s, %.3f)", name, kpi_sentiment_label(want),
             got == 9 ? "error" : kpi_sentiment_label(got), o.score);
    CHECK(got == want, n);
}

/* "whatever" as a reply of its own dismisses; heading a clause it picks. */
static void check_dismissal(void)
{
    expect("Agent: The next opening is Thursday at nine.\nCustomer: Why so late? Whatever. Nine.\n"
           "Agent: Booked.\nCustomer: Okay.",
           -1, "'Whatever.' alone in its sentence is a dismissal");
    expect("customer: i need the router swapped\nagent: the earliest visit is friday\n"
           "customer: yeah whatever thanks\nagent: you're all set",
           -1, "ASR: 'yeah whatever thanks' dismisses");
    expect("customer: can i move my table to eight\nagent: eight fifteen is the closest\n"
           "customer: okay whatever just put us down",
           -1, "ASR: 'okay whatever just ...' dismisses");
    expect("Agent: Would you like it by mail or e-mail?\nCustomer: Whatever works for you, I don't mind.\n"
           "Agent: E-mail then.\nCustomer: Okay, thanks.",
           0, "'whatever works for you' picks nothing and is easy-going");
    expect("customer: we need the leak fixed before the weekend\nagent: that might take two visits\n"
           "customer: fine whatever it takes\nagent: okay",
           0, "ASR: 'whatever it takes' is no dismissal");
    expect("Agent: Any seat preference?\nCustomer: No, I'll take whatever's left.\nAgent: Done.\n"
           "Customer: Great, thanks.",
           0, "'whatever's left' is no dismissal");
}

/* Thanks that turn the agent away, and thanks for the agent's own effort. */
static void check_thanks(void)
{
    expect("customer: my bill doubled and nobody can tell me why\nagent: i can offer a ten dollar credit\n"
           "customer: no i think you've done plenty",
           -1, "ASR: 'you've done plenty' turns the agent away");
    expect("Agent: Would you like the extended warranty too?\nCustomer: No. You've done enough, thanks.",
           -1, "'you've done enough' is no thanks");
    expect("Agent: Everything is fixed, anything else?\nCustomer: No, I've done enough research for one day. "
           "Bye.",
           0, "the customer's own 'done enough' is no verdict");
    expect("Agent: The first card didn't go through.\nCustomer: Oh no. Try the other one, ending 4410.\n"
           "Agent: That worked, you're booked.\nCustomer: Phew. Thank you for sticking with me on that.",
           1, "thanks for sticking with the customer is warm");
    expect("customer: can you fit me in today\nagent: i can do two thirty\n"
           "customer: perfect thanks for squeezing me in",
           1, "ASR: thanks for squeezing the customer in");
    expect("customer: my in laws land tomorrow and the house is a disaster\nagent: we can clean it tonight\n"
           "customer: oh thank you you're saving my life",
           1, "ASR: 'you're saving my life' is warm praise, the disaster is the customer's own");
    expect("Agent: Your order ships on Friday instead of Tuesday.\nCustomer: Okay, thanks for letting me know.",
           0, "'thanks for letting me know' is routine");
}

/* A finished switch, with "already" after the other firm. */
static void check_signed_elsewhere(void)
{
    expect("Agent: Have you thought about our offer?\nCustomer: We have. We've signed with them already, "
           "sorry.\nAgent: I understand.\nCustomer: Bye.",
           -1, "'we've signed with them already' is a verdict on us");
}

/* "great so ..." spelling out what the news means. */
static void check_praise_so(void)
{
    expect("customer: my knee is killing me can i see the doctor today\n"
           "agent: the first opening is next thursday\n"
           "customer: great so i just limp around until then\nagent: i can put you on the cancellation list",
           -1, "ASR: 'great so i just limp around' is sarcasm without an earlier complaint");
    expect("Agent: Your bag was sent on to Lisbon by mistake.\n"
           "Customer: Oh, fantastic. So my suitcase is in Portugal and I'm in Chicago.\nAgent: I'm on it.",
           -1, "praise as its own sentence, then 'So ...' the consequence");
    expect("customer: can i get the dryer fixed this week\nagent: the technician can come wednesday morning\n"
           "customer: great so i'll be home from eight\nagent: perfect",
           1, "ASR: a plan after 'great so' takes in the news: the praise is meant");
    expect("Agent: That's two tickets for Friday at eight, booked.\nCustomer: Perfect, so we're all set. "
           "Thanks.",
           1, "'perfect so we're all set' is sincere");
    expect("customer: is the blue one in stock\nagent: yes we have four left\n"
           "customer: great so when can you deliver it\nagent: tomorrow",
           1, "ASR: a question after 'great so' moves on: the praise is meant");
    expect("Agent: Your claim doesn't cover a rental car.\nCustomer: Great. So I'm stuck.\n"
           "Agent: I can add rental cover going forward for six dollars a month.\nCustomer: Yes, add it.\n"
           "Agent: Done.\nCustomer: Okay. You've actually been really kind about all this, thank you.",
           1, "sarcasm early, warm praise of the agent at the end");
}

/* Praise of the firm the customer goes to instead. */
static void check_praise_of_them(void)
{
    expect("customer: hi i'm calling about the quote you sent\nagent: yes did you want to go ahead\n"
           "customer: no i found it cheaper across town and they were super helpful no pressure at all\n"
           "agent: okay\ncustomer: yeah",
           -1, "ASR: praise of the other shop in a call that sold nothing");
    expect("Agent: Did you decide on the policy?\nCustomer: I went with another insurer. Honestly the guy "
           "there was really nice about it.\nAgent: I understand.\nCustomer: Bye.",
           -1, "'the guy there was really nice' praises them");
    expect("Agent: How did the party go?\nCustomer: My kids loved the cake, they were so happy. "
           "Nothing else today, thanks.\nAgent: Glad to hear it.",
           1, "'they' are the customer's kids: the praise is of us");
    expect("Agent: Your refund went through.\nCustomer: Oh good, you were super helpful, thank you.",
           1, "praise of the agent is no praise of them");
}

/* Quiet verdicts without strong words. */
static void check_quiet_verdicts(void)
{
    expect("Agent: The show on the ninth has sold out.\nCustomer: Of course it has.\n"
           "Agent: I can add you to the waitlist.\nCustomer: Sure, put me on it. Not that it'll come to "
           "anything.\nAgent: Done.\nCustomer: Okay. Bye.",
           -1, "'of course it has' and 'not that it'll come to anything'");
    expect("Agent: The renewal is nine hundred this year.\nCustomer: Naturally.\nAgent: Shall I renew it?\n"
           "Customer: Yes.",
           -1, "'Naturally.' alone shrugs at the bad news");
    expect("Agent: Naturally we'd deliver it for free.\nCustomer: Naturally I'd want it by Friday, is that "
           "possible?\nAgent: Yes.\nCustomer: Okay.",
           0, "'naturally' inside a sentence is no shrug");
    expect("customer: the repair is how much\nagent: six hundred and forty\n"
           "customer: okay i'll have to think about whether it's worth it thanks anyway",
           -1, "ASR: thinking about whether it is worth it");
    expect("Agent: Please send a photo of the meter.\nCustomer: So I do your job for you. Fine, I'll send it.",
           -1, "doing the company's job for it");
    expect("Agent: Who should I put down as the contact?\nCustomer: My husband will do the job of "
           "calling you. Thanks.",
           0, "'do the job' of someone in the household is no complaint");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_dismissal();
    check_thanks();
    check_signed_elsewhere();
    check_praise_so();
    check_praise_of_them();
    check_quiet_verdicts();
    kt_free();
    T_END();
}
