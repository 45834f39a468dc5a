/* test_kpi_sentiment_sense.c - what a customer's words mean by what they
 * answer, through the public KPI API: "more than I expected" said of a
 * claim paid or money back ([windfall]) is a pleasant surprise, said of a
 * price a disappointment; a weak "fine" right after "but" concedes the
 * complaint before it and does not take it back, while a "but fine" after
 * no complaint stays calm; quiet disappointment (a hope or an expectation
 * not met), a fault that goes on or comes back, stock praise greeting
 * "another" charge, and irritation at being pushed, with the same words
 * in calm senses; a complaint about the customer's own things before the
 * purchase in the same turn is the reason to buy. The calls are our own, written and in
 * speech-recognition style. */
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
    expect("Agent: The adjuster approved it, eleven thousand after the deductible.\n"
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
    expect("Agent: There's a forty dollar fee to change the date.\n"
           "Customer: That's a rip off, but fine, move it to the ninth.\nAgent: Done.\nCustomer: Okay.",
           -1, "'but fine' after a complaint concedes it");
    expect("customer: i paid for the premium plan last month\nagent: how is it going\n"
           "customer: honestly i expected more from it but fine\nagent: anything else\ncustomer: no bye",
           -1, "ASR: disappointment conceded with 'but fine'");
    expect("Agent: The only slot left is eight fifteen.\nCustomer: That's early, but fine, book it.\n"
           "Agent: Booked for eight fifteen.\nCustomer: Thanks.",
           0, "'but fine' after no complaint word is calm");
}

static void check_unmet_hope(void)
{
    expect("Agent: Your new monthly premium is one hundred and ten.\nCustomer: Oh. I was expecting something "
           "closer to eighty.\nAgent: Shall I go ahead?\nCustomer: Go ahead.\nAgent: Done.\n"
           "Customer: Okay. I was hoping for better, honestly.",
           -1, "an expectation and a hope not met, said quietly");
    expect("customer: the physio said to book four more sessions\nagent: sure when suits you\n"
           "customer: hm i'm not sure it's helping much i still can't lift my arm\n"
           "customer: i'll call you back next week",
           -1, "ASR: doubt that the service is doing much");
    expect("customer: i was expecting your call actually\nagent: great the fitting is on friday at ten\n"
           "customer: perfect see you then",
           1, "expecting a call is no unmet expectation");
}

static void check_recurring_fault(void)
{
    expect("Customer: I picked the van up yesterday after the brake job.\nAgent: How is it?\n"
           "Customer: It's still grinding when I stop. Same story as in March.\nAgent: Bring it in.\n"
           "Customer: Okay.",
           -1, "a fault that goes on after the repair");
    expect_leans_negative("customer: the app keeps crashing when i open my statements\n"
                          "agent: i can reset your profile\ncustomer: okay do that\nagent: done\n"
                          "customer: okay bye",
                          "ASR: a fault that keeps coming back");
    expect("customer: is the store still doing the spring sale\nagent: yes until sunday\n"
           "customer: okay thanks",
           0, "'still doing' a sale is no fault");
}

static void check_another(void)
{
    expect("agent: that repair also needs a new gasket for forty\ncustomer: great another thing to pay for\n"
           "agent: shall i add it\ncustomer: yeah add it",
           -1, "ASR: stock praise greeting another charge");
    expect("Agent: Your table is ready at seven.\nCustomer: Great, another quick question, is there "
           "parking?\nAgent: Yes, behind the building.\nCustomer: Thanks.",
           1, "'great, another quick question' moves on, no sarcasm");
    expect("customer: my speeds have been bad since spring\nagent: you need the new modem\n"
           "customer: great it only took a year for someone to tell me that\nagent: shall i send one\n"
           "customer: yes",
           -1, "ASR: 'it only took a year' praised");
    expect("agent: adding your son raises the premium by sixty a month\n"
           "customer: oh great love that love paying more\nagent: shall i add him\ncustomer: yes add him",
           -1, "ASR: 'love paying more' in the middle of a sentence");
}

static void check_pushed(void)
{
    expect("customer: you called about the solar panels\nagent: yes would you like a site survey\n"
           "customer: honestly your last rep pushed so hard i almost hung up so i'll call you if i want it",
           -1, "ASR: irritation at being pushed");
    expect("Customer: I pushed the button hard and nothing happened.\nAgent: Try holding it for five "
           "seconds.\nCustomer: That worked, thanks.",
           0, "pushing a button hard is no pressure");
}

static void check_need_before_buying(void)
{
    expect("Agent: Would you like the GPS unit for nine a day?\nCustomer: Yeah, my phone's maps are useless "
           "up there. Add it.\nAgent: Added.\nCustomer: Okay, got it.",
           0, "a complaint about the customer's own things before buying is the reason to buy");
    expect("Agent: The GPS unit is nine a day.\nCustomer: Your prices are useless to me. Add it anyway.\n"
           "Agent: Added.\nCustomer: Okay.",
           -1, "a complaint about our prices in the buying turn counts");
}

int main(void)
{
    if (!kt_load())
        T_END();
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
