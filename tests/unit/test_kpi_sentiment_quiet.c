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
 * job. What words mean by what they answer: "more than I expected" said
 * of a claim paid or money back ([windfall]) is a pleasant surprise, of a
 * price a disappointment; a weak "fine" right after "but" concedes the
 * complaint before it; quiet disappointment (a hope or an expectation not
 * met), a fault that goes on or comes back, a burden not borne again,
 * stock praise greeting "another" charge, irritation at being pushed, and
 * a complaint about the customer's own things before buying in the same
 * turn, each with the same words in calm senses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "whatever" as a reply of its own dismisses; heading a clause it picks. */
static void check_dismissal(void)
{
    kt_sentiment("Agent: The next opening is Thursday at nine.\nCustomer: Why so late? Whatever. Nine.\n"
                 "Agent: Booked.\nCustomer: Okay.",
                 -1, "'Whatever.' alone in its sentence is a dismissal");
    kt_sentiment("customer: i need the router swapped\nagent: the earliest visit is friday\n"
                 "customer: yeah whatever thanks\nagent: you're all set",
                 -1, "ASR: 'yeah whatever thanks' dismisses");
    kt_sentiment("customer: can i move my table to eight\nagent: eight fifteen is the closest\n"
                 "customer: okay whatever just put us down",
                 -1, "ASR: 'okay whatever just ...' dismisses");
    kt_sentiment("Agent: Would you like it by mail or e-mail?\n"
                 "Customer: Whatever works for you, I don't mind.\n"
                 "Agent: E-mail then.\nCustomer: Okay, thanks.",
                 0, "'whatever works for you' picks nothing and is easy-going");
    kt_sentiment("customer: we need the leak fixed before the weekend\nagent: that might take two visits\n"
                 "customer: fine whatever it takes\nagent: okay",
                 0, "ASR: 'whatever it takes' is no dismissal");
    kt_sentiment("Agent: Any seat preference?\nCustomer: No, I'll take whatever's left.\nAgent: Done.\n"
                 "Customer: Great, thanks.",
                 0, "'whatever's left' is no dismissal");
}

/* Thanks that turn the agent away, and thanks for the agent's own effort. */
static void check_thanks(void)
{
    kt_sentiment("customer: my bill doubled and nobody can tell me why\n"
                 "agent: i can offer a ten dollar credit\n"
                 "customer: no i think you've done plenty",
                 -1, "ASR: 'you've done plenty' turns the agent away");
    kt_sentiment("Agent: Would you like the extended warranty too?\n"
                 "Customer: No. You've done enough, thanks.",
                 -1, "'you've done enough' is no thanks");
    kt_sentiment("Agent: Everything is fixed, anything else?\n"
                 "Customer: No, I've done enough research for one day. "
                 "Bye.",
                 0, "the customer's own 'done enough' is no verdict");
    kt_sentiment("Agent: The first card didn't go through.\n"
                 "Customer: Oh no. Try the other one, ending 4410.\n"
                 "Agent: That worked, you're booked.\n"
                 "Customer: Phew. Thank you for sticking with me on that.",
                 1, "thanks for sticking with the customer is warm");
    kt_sentiment("customer: can you fit me in today\nagent: i can do two thirty\n"
                 "customer: perfect thanks for squeezing me in",
                 1, "ASR: thanks for squeezing the customer in");
    kt_sentiment("customer: my in laws land tomorrow and the house is a disaster\n"
                 "agent: we can clean it tonight\n"
                 "customer: oh thank you you're saving my life",
                 1, "ASR: 'you're saving my life' is warm praise, the disaster is the customer's own");
    kt_sentiment("Agent: Your order ships on Friday instead of Tuesday.\n"
                 "Customer: Okay, thanks for letting me know.",
                 0, "'thanks for letting me know' is routine");
}

/* A finished switch, with "already" after the other firm. */
static void check_signed_elsewhere(void)
{
    kt_sentiment("Agent: Have you thought about our offer?\n"
                 "Customer: We have. We've signed with them already, "
                 "sorry.\nAgent: I understand.\nCustomer: Bye.",
                 -1, "'we've signed with them already' is a verdict on us");
}

/* "great so ..." spelling out what the news means. */
static void check_praise_so(void)
{
    kt_sentiment("customer: my knee is killing me can i see the doctor today\n"
                 "agent: the first opening is next thursday\n"
                 "customer: great so i just limp around until then\n"
                 "agent: i can put you on the cancellation list",
                 -1, "ASR: 'great so i just limp around' is sarcasm without an earlier complaint");
    kt_sentiment("Agent: Your bag was sent on to Lisbon by mistake.\n"
                 "Customer: Oh, fantastic. So my suitcase is in Portugal and I'm in Chicago.\n"
                 "Agent: I'm on it.",
                 -1, "praise as its own sentence, then 'So ...' the consequence");
    kt_sentiment("customer: can i get the dryer fixed this week\n"
                 "agent: the technician can come wednesday morning\n"
                 "customer: great so i'll be home from eight\nagent: perfect",
                 1, "ASR: a plan after 'great so' takes in the news: the praise is meant");
    kt_sentiment("Agent: That's two tickets for Friday at eight, booked.\n"
                 "Customer: Perfect, so we're all set. "
                 "Thanks.",
                 1, "'perfect so we're all set' is sincere");
    kt_sentiment("customer: is the blue one in stock\nagent: yes we have four left\n"
                 "customer: great so when can you deliver it\nagent: tomorrow",
                 1, "ASR: a question after 'great so' moves on: the praise is meant");
    kt_sentiment("Agent: Your claim doesn't cover a rental car.\nCustomer: Great. So I'm stuck.\n"
                 "Agent: I can add rental cover going forward for six dollars a month.\n"
                 "Customer: Yes, add it.\n"
                 "Agent: Done.\nCustomer: Okay. You've actually been really kind about all this, thank you.",
                 1, "sarcasm early, warm praise of the agent at the end");
}

/* Praise of the firm the customer goes to instead. */
static void check_praise_of_them(void)
{
    kt_sentiment("customer: hi i'm calling about the quote you sent\nagent: yes did you want to go ahead\n"
                 "customer: no i found it cheaper across town and they were super helpful no pressure at "
                 "all\n"
                 "agent: okay\ncustomer: yeah",
                 -1, "ASR: praise of the other shop in a call that sold nothing");
    kt_sentiment("Agent: Did you decide on the policy?\n"
                 "Customer: I went with another insurer. Honestly the guy "
                 "there was really nice about it.\nAgent: I understand.\nCustomer: Bye.",
                 -1, "'the guy there was really nice' praises them");
    kt_sentiment("Agent: How did the party go?\nCustomer: My kids loved the cake, they were so happy. "
                 "Nothing else today, thanks.\nAgent: Glad to hear it.",
                 1, "'they' are the customer's kids: the praise is of us");
    kt_sentiment("Agent: Your refund went through.\nCustomer: Oh good, you were super helpful, thank you.",
                 1, "praise of the agent is no praise of them");
}

/* Quiet verdicts without strong words. */
static void check_quiet_verdicts(void)
{
    kt_sentiment("Agent: The show on the ninth has sold out.\nCustomer: Of course it has.\n"
                 "Agent: I can add you to the waitlist.\n"
                 "Customer: Sure, put me on it. Not that it'll come to "
                 "anything.\nAgent: Done.\nCustomer: Okay. Bye.",
                 -1, "'of course it has' and 'not that it'll come to anything'");
    kt_sentiment("Agent: The renewal is nine hundred this year.\nCustomer: Naturally.\n"
                 "Agent: Shall I renew it?\n"
                 "Customer: Yes.",
                 -1, "'Naturally.' alone shrugs at the bad news");
    kt_sentiment("Agent: Naturally we'd deliver it for free.\n"
                 "Customer: Naturally I'd want it by Friday, is that "
                 "possible?\nAgent: Yes.\nCustomer: Okay.",
                 0, "'naturally' inside a sentence is no shrug");
    kt_sentiment("customer: the repair is how much\nagent: six hundred and forty\n"
                 "customer: okay i'll have to think about whether it's worth it thanks anyway",
                 -1, "ASR: thinking about whether it is worth it");
    kt_sentiment("Agent: Please send a photo of the meter.\n"
                 "Customer: So I do your job for you. Fine, I'll send it.",
                 -1, "doing the company's job for it");
    kt_sentiment("Agent: Who should I put down as the contact?\nCustomer: My husband will do the job of "
                 "calling you. Thanks.",
                 0, "'do the job' of someone in the household is no complaint");
}

/* The call's score has the sign of want: the words lean that way, whatever
 * the label. */
static void expect_leans(const char *transcript, int want, const char *name)
{
    kt_outcome o = kt_run(transcript, false);
    char n[300];
    snprintf(n, sizeof n, "%s: score %s zero (got %.3f)", name, want > 0 ? "above" : "below", o.score);
    CHECK(o.ok && o.score * want > 0, n);
}

static void expect_leans_negative(const char *transcript, const char *name)
{
    expect_leans(transcript, -1, name);
}

static void check_windfall(void)
{
    expect_leans("Agent: Good news, the insurer approved your claim for nine thousand.\n"
                 "Customer: Oh, that's more than I expected.\nAgent: It will be paid by Friday.\n"
                 "Customer: Okay, thank you.",
                 1, "a claim paid beyond what was hoped");
    kt_sentiment("Agent: The adjuster approved it, eleven thousand after the deductible.\n"
                 "Customer: Oh! That's more than I expected. You folks really came through.\n"
                 "Agent: Glad to hear it.\nCustomer: Thanks so much.",
                 1, "a claim paid beyond what was hoped, with thanks");
    expect_leans("agent: i'm refunding the two nights and crediting you fifty for the trouble\n"
                 "customer: oh wow that's more than i thought\nagent: anything else\n"
                 "customer: no that's it thanks",
                 1, "ASR: money back beyond what was hoped");
    expect_leans_negative("Agent: The deck repair comes to nine thousand.\nCustomer: Oh, that's more than I "
                          "expected.\nAgent: Shall I book it?\nCustomer: Not yet, thanks.",
                          "a price beyond what was expected stays a disappointment");
    expect_leans_negative("agent: the new tires come to eight hundred installed\ncustomer: hm that's more "
                          "than i expected\nagent: want me to hold them\ncustomer: no we'll wait",
                          "ASR: a price beyond what was expected");
    expect_leans_negative("agent: good news the tires are in stock they come to eight hundred\n"
                          "customer: hm that's more than i expected\nagent: want me to hold them\n"
                          "customer: no we'll wait",
                          "ASR: 'good news' of a price is no windfall for the price");
}

static void check_concession(void)
{
    kt_sentiment("Agent: There's a forty dollar fee to change the date.\n"
                 "Customer: That's a rip off, but fine, move it to the ninth.\nAgent: Done.\nCustomer: Okay.",
                 -1, "'but fine' after a complaint concedes it");
    kt_sentiment("customer: i paid for the premium plan last month\nagent: how is it going\n"
                 "customer: honestly i expected more from it but fine\nagent: anything else\n"
                 "customer: no bye",
                 -1, "ASR: disappointment conceded with 'but fine'");
    kt_sentiment("Agent: The only slot left is eight fifteen.\nCustomer: That's early, but fine, book it.\n"
                 "Agent: Booked for eight fifteen.\nCustomer: Thanks.",
                 0, "'but fine' after no complaint word is calm");
}

static void check_unmet_hope(void)
{
    kt_sentiment("Agent: Your new monthly premium is one hundred and ten.\n"
                 "Customer: Oh. I was expecting something "
                 "closer to eighty.\nAgent: Shall I go ahead?\nCustomer: Go ahead.\nAgent: Done.\n"
                 "Customer: Okay. I was hoping for better, honestly.",
                 -1, "an expectation and a hope not met, said quietly");
    kt_sentiment("customer: the physio said to book four more sessions\nagent: sure when suits you\n"
                 "customer: hm i'm not sure it's helping much i still can't lift my arm\n"
                 "customer: i'll call you back next week",
                 -1, "ASR: doubt that the service is doing much");
    kt_sentiment("customer: i was expecting your call actually\n"
                 "agent: great the fitting is on friday at ten\n"
                 "customer: perfect see you then",
                 1, "expecting a call is no unmet expectation");
}

static void check_recurring_fault(void)
{
    kt_sentiment("Customer: I picked the van up yesterday after the brake job.\nAgent: How is it?\n"
                 "Customer: It's still grinding when I stop. Same story as in March.\nAgent: Bring it in.\n"
                 "Customer: Okay.",
                 -1, "a fault that goes on after the repair");
    expect_leans_negative("customer: the app keeps crashing when i open my statements\n"
                          "agent: i can reset your profile\ncustomer: okay do that\nagent: done\n"
                          "customer: okay bye",
                          "ASR: a fault that keeps coming back");
    kt_sentiment("customer: is the store still doing the spring sale\nagent: yes until sunday\n"
                 "customer: okay thanks",
                 0, "'still doing' a sale is no fault");
    kt_sentiment("Customer: The car is still rattling after the repair.\n"
                 "Agent: You can bring it back Wednesday.\n"
                 "Customer: I took a day off last time. I can't keep doing that. I'll buy one somewhere else "
                 "next time.\nAgent: I understand.\nCustomer: Okay.",
                 -1, "a burden not borne again and buying elsewhere");
    kt_sentiment("Customer: Can I keep paying monthly after the first year?\nAgent: Yes, you can.\n"
                 "Customer: Great, thanks.",
                 0, "keeping monthly payments is a question, no burden");
}

static void check_another(void)
{
    kt_sentiment("agent: that repair also needs a new gasket for forty\n"
                 "customer: great another thing to pay for\n"
                 "agent: shall i add it\ncustomer: yeah add it",
                 -1, "ASR: stock praise greeting another charge");
    kt_sentiment("Agent: Your table is ready at seven.\nCustomer: Great, another quick question, is there "
                 "parking?\nAgent: Yes, behind the building.\nCustomer: Thanks.",
                 1, "'great, another quick question' moves on, no sarcasm");
    kt_sentiment("customer: my speeds have been bad since spring\nagent: you need the new modem\n"
                 "customer: great it only took a year for someone to tell me that\nagent: shall i send one\n"
                 "customer: yes",
                 -1, "ASR: 'it only took a year' praised");
    kt_sentiment("agent: adding your son raises the premium by sixty a month\n"
                 "customer: oh great love that love paying more\nagent: shall i add him\n"
                 "customer: yes add him",
                 -1, "ASR: 'love paying more' in the middle of a sentence");
}

static void check_pushed(void)
{
    kt_sentiment("customer: you called about the solar panels\nagent: yes would you like a site survey\n"
                 "customer: honestly your last rep pushed so hard i almost hung up so i'll call you if i "
                 "want it",
                 -1, "ASR: irritation at being pushed");
    kt_sentiment("Customer: I pushed the button hard and nothing happened.\nAgent: Try holding it for five "
                 "seconds.\nCustomer: That worked, thanks.",
                 0, "pushing a button hard is no pressure");
}

static void check_need_before_buying(void)
{
    kt_sentiment("Agent: Would you like the GPS unit for nine a day?\n"
                 "Customer: Yeah, my phone's maps are useless "
                 "up there. Add it.\nAgent: Added.\nCustomer: Okay, got it.",
                 0, "a complaint about the customer's own things before buying is the reason to buy");
    kt_sentiment("Agent: The GPS unit is nine a day.\n"
                 "Customer: Your prices are useless to me. Add it anyway.\n"
                 "Agent: Added.\nCustomer: Okay.",
                 -1, "a complaint about our prices in the buying turn counts");
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
    check_windfall();
    check_concession();
    check_unmet_hope();
    check_recurring_fault();
    check_another();
    check_pushed();
    check_need_before_buying();
    kt_free();
    T_END();
}
