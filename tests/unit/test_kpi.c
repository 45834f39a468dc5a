/* test_kpi.c - KPI extraction (kpi.h) with the shipped rules file, on short
 * calls written for these tests: each rule family of converza-kpi(7), in
 * punctuated, per-line and lower-case speech-recognition styles. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "t.h"
#include "kpi_t.h"

static void conv(const char *transcript, bool want, const char *name)
{
    kt_outcome o = kt_run(transcript, true);
    CHECK(o.conv == want, name);
    free(o.evidence);
}

static void upsell(const char *transcript, double want, const char *name)
{
    kt_outcome o = kt_run(transcript, true);
    char n[256];
    snprintf(n, sizeof n, "%s (got %.2f)", name, o.upsell);
    CHECK(o.upsell > want - 0.001 && o.upsell < want + 0.001, n);
    if (want > 0)
        CHECK(o.conv, "an accepted add-on is a conversion");
    free(o.evidence);
}

static void sentiment(const char *transcript, int want, const char *name)
{
    kt_outcome o = kt_run(transcript, true);
    char n[256];
    snprintf(n, sizeof n, "%s (score %.2f)", name, o.score);
    CHECK(o.sent == want, n);
    CHECK(o.score >= -1 && o.score <= 1 && (o.sent <= 0 || o.score > 0) &&
              (o.sent >= 0 || o.score < 0),
          "score within -1..1 and consistent with the label");
    free(o.evidence);
}

static void check_conversion(void)
{
    conv("Agent: The premium plan is $30 a month. Customer: Great, sign me up.", true,
         "explicit commitment");
    conv("Agent: We have a slot Friday at ten. Customer: Perfect, go ahead and book it.", true,
         "go ahead and book it");
    conv("Agent: Shall I set that up for you? Customer: Yes, please.", true,
         "yes to a closing question");
    conv("Agent: Do you want me to schedule the install? Customer: Sure, go ahead.", true,
         "sure to a closing question");
    conv("Agent: Should I switch you over today? Customer: Perfect, I'm interested.", true,
         "interested as the answer to a closing question");
    conv("Agent: The plan is $40. Customer: I'm interested, can you email me the details?",
         false, "interest with a request for details");
    conv("Agent: Want me to sign you up? Customer: Sounds good, I'll think about it.", false,
         "sounds good but thinking about it");
    conv("Agent: Shall I book it? Customer: Maybe next month.", false, "deferral");
    conv("Agent: Would you like to join today? Customer: Let me talk to my husband first.",
         false, "talk to my husband first");
    conv("Agent: Shall I enrol you? Customer: No thanks, I'm not ready to buy.", false,
         "refusal");
    conv("Agent: It's $60. Customer: I'd sign up if it were cheaper.", false, "conditional");
    conv("Agent: It's $60. Customer: If you could do fifty, I'd switch today.", false,
         "conditional first, hypothetical after");
    conv("Customer: Can I sign up online? Agent: Yes, on our website.", false, "question");
    conv("Agent: Let's get you started today! Customer: Hold on, I was only asking about prices.",
         false, "the agent alone");
    conv("Customer: Okay, I'll take it. Agent: Great. Customer: Actually, cancel that. I found "
         "it cheaper elsewhere.",
         false, "retracted commitment");
    conv("Customer: Book it. Agent: Sure. Customer: Wait, actually, don't book it yet.", false,
         "don't book it yet");
    conv("Customer: Let's do it. Agent: Done. Customer: Hmm, never mind. Customer: No, you know "
         "what, go ahead and do it.",
         true, "recommitment after a retraction");
    conv("Agent: Is this still your email? Customer: Yes, that's my email.", false,
         "yes to an email question");
    conv("Agent: Would you like a callback tomorrow? Customer: Yes, call me back tomorrow.", false,
         "yes to a callback");
    conv("Agent: I'm sorry to see you go. I can offer you 40% off for six months if you stay. "
         "Customer: Okay, I'll stay on the discounted plan.",
         true, "accepting a retention offer");
    conv("Agent: Dr. Lee has Tuesday at 3. Customer: Yes, I'll book that appointment.", true,
         "booking an appointment");
    conv("Customer: I'd like to make an appointment for a cleaning. Agent: Monday at 9 is open. "
         "Customer: Monday at 9, please. Agent: You're booked for Monday at 9.",
         true, "request carried out by the agent");
    conv("Customer: I'd like to book a room. Agent: It's $300 a night. Customer: Oh, that's way "
         "too much. Agent: I've added a note to your profile.",
         false, "request refused before the agent's note");
    conv("Agent: Please go ahead, I can cancel it for you. Customer: Yes, please go ahead with "
         "the cancellation.",
         false, "going ahead with a cancellation is no purchase");
    conv("agent: the plan is forty dollars a month want me to set that up\ncustomer: uh yeah "
         "sure go ahead",
         true, "ASR per line: yes to a closing question");
    conv("agent: want me to book that customer: um no i'll call back later", false,
         "ASR inline: deferral");
    conv("agent: so that's sixty a month customer: um ok yeah sign me up customer: wait "
         "actually scratch that i don't wanna do a contract",
         false, "ASR retraction");
    conv("Customer: I don't want to sign up. Agent: Understood.", false, "negated commitment");
}

static void check_upsell(void)
{
    upsell("Customer: I'll take the laptop. Agent: Would you like to add the extended warranty "
           "for $49.99? Customer: Yes, add that.",
           49.99, "offer with price accepted");
    upsell("Customer: Sign me up for the basic plan. Agent: We can also add express delivery "
           "for $15. Customer: No thanks, just the basic plan.",
           0, "declined offer");
    upsell("Customer: Book the room please. Agent: Breakfast is normally $30, but I can do $20 "
           "for you. Customer: Sure, add breakfast.",
           20, "revised price in the same turn");
    upsell("Customer: Let's do the gold package. Agent: Would you like to add a photo package? "
           "It's $80. Customer: Hmm, that's a bit much. Agent: For you I can do $60. Customer: "
           "Okay, at $60 I'm in.",
           60, "refused, then accepted at a revised price");
    upsell("Customer: I'll take the sofa. Agent: We also have a fabric protection plan for $99 "
           "and a matching ottoman for $250. Customer: Both, please.",
           349, "both add-ons accepted");
    upsell("Customer: I'll take the sofa. Agent: Would you like stain protection? It's $99. "
           "Customer: Yes, please. Agent: And cushions for $40? Customer: Sure, add those too.",
           139, "several accepted add-ons add up");
    upsell("Customer: Go ahead and order the phone. Agent: Want to add a case for $25? Customer: "
           "Sure, add it. Customer: Actually, take the case off, I have one.",
           0, "add-on accepted then retracted");
    upsell("Customer: I'll take the membership, and I'll take the premium package for an extra "
           "$50 too.",
           50, "customer names the add-on with its price");
    upsell("Agent: The membership is $40 a month. Customer: Sign me up.", 0,
           "the main product's price is not upsell");
    upsell("Customer: Let's book it. Agent: There's a $25 booking fee. Customer: Okay, that's "
           "fine.",
           0, "fees are not upsell");
    upsell("Customer: I'll stay. Agent: Great, I'll apply a $20 discount and a $15 credit. "
           "Customer: Thanks.",
           0, "discounts and credits are not upsell");
    upsell("Customer: I want my refund. Agent: I've refunded $45. Customer: Thank you.", 0,
           "refunds are not upsell");
    upsell("Customer: Sign me up. Agent: Would you like to add insurance? Customer: How much is "
           "it? Agent: $12 a month. Customer: No, skip it.",
           0, "price the customer only asks about");
    upsell("Customer: Sign me up. Agent: Would you like to add insurance? Customer: How much is "
           "it? Agent: $12 a month. Customer: Okay, add it.",
           12, "price asked for, then accepted");
    upsell("Customer: Let's do it. Agent: Do you want to add the router rental? It's $1,200 a "
           "year. Customer: Yes.",
           1200, "$1,200");
    upsell("Customer: Let's do it. Agent: Would you like to add support for fifty dollars? "
           "Customer: Yes.",
           50, "fifty dollars");
    upsell("Customer: Let's do it. Agent: We could also add a car wash, twenty-five bucks. "
           "Customer: Sure.",
           25, "twenty-five bucks");
    upsell("Customer: Let's do it. Agent: We also have a backup service at $15 a month. "
           "Customer: Yes, add the backup.",
           15, "$15 a month counts once");
    upsell("customer: ok let's do the plan agent: do you want to add the hotspot it's nineteen "
           "ninety nine a month customer: uh yeah add it",
           19.99, "ASR price in words");
    upsell("customer: let's do it agent: we can add the cloud pack for one thousand two hundred "
           "dollars customer: yeah sure",
           1200, "one thousand two hundred dollars");
    upsell("Customer: Sign me up. Agent: Would you like to add a warranty for $4.8k? Customer: "
           "Yes.",
           4800, "$4.8k");
    upsell("Customer: Book me in. Agent: Would you like to add a checked bag for $35? Customer: "
           "Can you email me the receipt?",
           0, "offer left unanswered");
}

static void check_sentiment(void)
{
    sentiment("Agent: Great news, it's fixed! Customer: Okay. Thanks, bye.", 0,
              "routine politeness is neutral; the agent's words do not count");
    sentiment("Customer: I'm not happy with this at all.", -1, "not happy is negative");
    sentiment("Customer: Honestly, not bad. Customer: It was fine, I'd come back.", 1,
              "not bad is mildly positive");
    sentiment("Customer: No problem. Customer: I'm not sure yet, I'll call back.", 0,
              "no problem and not sure are neutral");
    sentiment("Customer: This is ridiculous, I've been waiting all week. Customer: Oh wow, it "
              "works now. Thank you so much, you've been really helpful!",
              1, "the end of the call weighs more (positive end)");
    sentiment("Customer: Hi! Lovely day, isn't it? Customer: Wait, you charged me twice? This "
              "is ridiculous, I'm done.",
              -1, "the end of the call weighs more (negative end)");
    sentiment("Customer: Oh great, another hour on hold. Customer: Fantastic. Just what I "
              "needed.",
              -1, "sarcasm is negative");
    sentiment("Customer: I need to speak to your supervisor about my bill.", -1,
              "supervisor is not 'super'");
    sentiment("Customer: I'm very unsatisfied with how this was handled.", -1,
              "unsatisfied is not 'satisfied'");
    sentiment("Customer: The superintendent will let you in. Customer: Okay, thanks.", 0,
              "superintendent is not praise");
    sentiment("customer: um yeah this is honestly ridiculous i'm so done with you guys", -1,
              "ASR negative");
    sentiment("customer: oh my gosh it works thank you so much you're amazing", 1,
              "ASR positive");
    sentiment("Customer: I appreciate the offer, but no. Customer: Okay.", 0,
              "polite refusal is neutral");
}

/* Dialogue forms beyond converza-kpi(7)'s own examples: save offers, prices asked
 * for, prices named by the customer, revisions, quantities, and speech
 * recognition text with no punctuation. */
static void check_dialogue(void)
{
    conv("Agent: Before you go, I can pause the account for $3 a month instead of cancelling. "
         "Customer: Yeah, fine. Go ahead.",
         true, "a plain yes to a save offer");
    upsell("Agent: Rather than closing the account, I can move you to the starter tier at $12 a "
           "month. Customer: Okay, I'll stay then.",
           0, "a save offer is the plan itself, not an add-on");
    conv("Agent: It's $90 a month. Let's get you signed up today! Customer: I was only asking "
         "about the price.",
         false, "the agent's own 'let's get you signed up'");
    conv("Agent: Want me to reserve the table? Customer: Absolutely not.", false,
         "an affirmative word negated");
    conv("Agent: I can have a technician call you about it. Would that work? Customer: Yes, "
         "call me tomorrow.",
         false, "yes to a proposed callback");
    conv("caller: can i just sign up online\nrep: sure you can\ncaller: ok ill do it tonight",
         false, "ASR: a question without a question mark, then doing it later");
    upsell("Customer: I'll take the room. Agent: I'm adding a $40 credit to your account for "
           "the trouble. Customer: Oh, great, thank you.",
           0, "a credit is not an add-on");
    upsell("Customer: Book the course for me. Agent: Done. Customer: How much are the printed "
           "workbooks? Agent: They're $45. Customer: Okay, add those.",
           45, "a price the customer asked for, then took");
    upsell("Customer: Book the course for me. Agent: Done. Customer: How much are the printed "
           "workbooks? Agent: They're $45. Customer: Okay, good to know.",
           0, "a price asked for and only acknowledged");
    upsell("Customer: Let's do the cleaning. Agent: Booked. Customer: Can you also add the "
           "window wash? I think it was thirty-five fifty.",
           35.50, "the customer names an add-on with its price");
    upsell("Customer: Sign me up. Agent: Would you like the premium support? It's $80. "
           "Customer: That's more than I hoped. Agent: I can do it for sixty. Customer: Okay, "
           "at sixty I'm in.",
           60, "accepted at the revised price");
    upsell("Customer: We'll take the team plan. Agent: Extra seats are $30 a month each. Want "
           "me to add some? Customer: Yes, add three seats.",
           90, "a quantity of a unit price");
    upsell("caller: lets do the basic package\nrep: great you want to add the pet cleaning for "
           "nineteen ninety nine\ncaller: yeah go for it",
           19.99, "ASR: offer without 'would', answer without punctuation");
    upsell("Customer: I'll take the sofa. Agent: Would you like the throw pillows for $60 and "
           "the rug for $200? Customer: Add the pillows. Skip the rug.",
           60, "one of two offered add-ons, named");
    conv("Customer: What does the family plan cost? Agent: It's $85 a month. Customer: Sure, "
         "okay.",
         false, "a yes to a price is no commitment to the purchase");
    upsell("Customer: Book the tune-up. Agent: Booked. We also sell a detailing package for $50. "
           "Customer: Okay.",
           0, "okay to an offer only stated is an acknowledgement");
    conv("Customer: How much is the gold plan? Agent: It's $70. Customer: I'd switch if it "
         "were fifty. Agent: Sorry, $70 is the price. Customer: Then no.",
         false, "a condition never met");
}

static void check_evidence(void)
{
    kt_outcome o = kt_run("Customer: Sign me up. Agent: Would you like to add a warranty for $20? "
                    "Customer: Yes, add the warranty. Customer: You've been really helpful.", true);
    CHECK(o.evidence && strstr(o.evidence, "\"conversion\":[\"Sign me up.\"]"),
          "evidence names the commitment");
    CHECK(o.evidence && strstr(o.evidence, "\"amount\":20.00"), "evidence has the add-on price");
    CHECK(o.evidence && strstr(o.evidence, "helpful"), "evidence has the sentiment phrase");
    free(o.evidence);
}

static void check_rules_errors(void)
{
    cz_err e = {{0}};
    char dir[] = "/tmp/cz-test-kpi.XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0, "make a temporary directory");
        return;
    }
    char path[64];
    snprintf(path, sizeof path, "%s/broken.rules", dir);
    FILE *f = fopen(path, "w");
    if (!f) {
        CHECK(0, "write a broken rules file");
        rmdir(dir);
        return;
    }
    fputs("version = test\n\n[commit]\nsign me up\n(unclosed\n", f);
    fclose(f);
    kpi_rules *r = kpi_rules_load(path, &e);
    CHECK(r == NULL, "a bad pattern rejects the rules file");
    CHECK(strstr(e.msg, "broken.rules:5:") != NULL, "the error names the file and line");
    kpi_rules_free(r);

    f = fopen(path, "w");
    fputs("version = test\n[nosuch]\n", f);
    fclose(f);
    r = kpi_rules_load(path, &e);
    CHECK(r == NULL && strstr(e.msg, ":2:") && strstr(e.msg, "nosuch"),
          "an unknown section is named with its line");
    kpi_rules_free(r);

    f = fopen(path, "w");
    fputs("[lexicon]\ngood\tvery\n", f);
    fclose(f);
    r = kpi_rules_load(path, &e);
    CHECK(r == NULL && strstr(e.msg, ":2:"), "a lexicon line without a number is an error");
    kpi_rules_free(r);

    f = fopen(path, "w");
    fputs("threshold = 0.2\n", f);
    fclose(f);
    r = kpi_rules_load(path, &e);
    CHECK(r == NULL && strstr(e.msg, "version"), "a missing version is an error");
    kpi_rules_free(r);
    remove(path);
    rmdir(dir);

    r = kpi_rules_load("no/such/file.rules", &e);
    CHECK(r == NULL && strstr(e.msg, "no/such/file.rules"), "a missing file is named");
    CHECK(strlen(kpi_rules_version(R)) > 0, "version from the rules file");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_conversion();
    check_upsell();
    check_sentiment();
    check_dialogue();
    check_evidence();
    check_rules_errors();
    kt_free();
    T_END();
}
