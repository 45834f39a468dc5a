/* test_kpi_upsell_pay.c - taking an extra by saying one will pay for it
 * ("I'll pay the seventy-five", "happy to pay for that", "I don't mind
 * paying the extra") is a yes to it; paying for what is bought already or
 * for something else ("I'll pay by card", "I'll pay the balance on pickup",
 * "we'll pay the tolls as we go"), refusing to pay, or paying under a
 * condition is not. With the shipped rules file, on short calls written for
 * these tests, clean and speech-recognition style. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The purchase, then an extra offered with its price. */
static const char *const OPENING =
    "Agent: Brightside Heating, this is Leo.\n"
    "Customer: Hi, I'd like to order the smart thermostat from your flyer.\n"
    "Agent: Sure, that's $129. Shall I place the order?\n"
    "Customer: Yes, please.\n"
    "Agent: Done. Would you like professional installation? It's $80.\n";

static const char *const OPENING_ASR =
    "agent: brightside heating this is leo\n"
    "customer: hi i'd like to order the smart thermostat from your flyer\n"
    "agent: sure that's one twenty nine shall i place the order\n"
    "customer: yes please\n"
    "agent: done would you like professional installation it's eighty dollars\n";

static void check_pay_takes(void)
{
    kt_call_after(OPENING,
                  "Customer: I'll pay the eighty, I'm hopeless with wires.\n"
                  "Agent: Great, the installer will call you.\n"
                  "Customer: Thanks.",
                  true, 80, "I'll pay the eighty");
    kt_call_after(OPENING,
                  "Customer: Happy to pay for that.\n"
                  "Agent: Great, the installer will call you.\n"
                  "Customer: Thanks.",
                  true, 80, "happy to pay for that");
    kt_call_after(OPENING,
                  "Customer: I don't mind paying the extra for it.\n"
                  "Agent: Great, the installer will call you.\n"
                  "Customer: Thanks.",
                  true, 80, "I don't mind paying the extra");
    kt_call_after(OPENING_ASR,
                  "customer: okay we'll pay for the installation then\n"
                  "agent: great the installer will call you\n"
                  "customer: thanks",
                  true, 80, "ASR: we'll pay for the installation then");
    kt_call_after(OPENING_ASR,
                  "customer: yeah i'll pay the eighty\n"
                  "agent: great the installer will call you\n"
                  "customer: thanks",
                  true, 80, "ASR: yeah i'll pay the eighty");
}

static void check_pay_takes_nothing(void)
{
    kt_call_after(OPENING,
                  "Customer: No thanks. I'll pay by card when it arrives.\n"
                  "Agent: Sure.\n"
                  "Customer: Bye.",
                  true, 0, "negative: no thanks, I'll pay by card");
    kt_call_after(OPENING,
                  "Customer: I'll pay the balance on delivery.\n"
                  "Agent: Sure.\n"
                  "Customer: Bye.",
                  true, 0, "negative: I'll pay the balance on delivery");
    kt_call_after(OPENING,
                  "Customer: I won't pay for that, my brother is an electrician.\n"
                  "Agent: Sure.\n"
                  "Customer: Bye.",
                  true, 0, "negative: I won't pay for that");
    kt_call_after(OPENING,
                  "Customer: I'd pay for it if it were half that.\n"
                  "Agent: Sorry, that's the price.\n"
                  "Customer: Then no.",
                  true, 0, "negative: I'd pay for it if it were half that");
    kt_call_after(OPENING_ASR,
                  "customer: no we'll pay the electrician we always use\n"
                  "agent: sure\n"
                  "customer: bye",
                  true, 0, "negative ASR: we'll pay the electrician we always use");
    kt_call("agent: coastline car rental this is marcus\n"
            "customer: hi i need a minivan from the airport on the twenty seventh for six days\n"
            "agent: the pacifica is sixty eight a day so four oh eight shall i book it\n"
            "customer: yes book it\n"
            "agent: done and our toll pass is thirty five for the whole trip\n"
            "customer: no we'll pay the tolls as we go\n"
            "agent: okay just the van then\n"
            "customer: thanks",
            true, 0, "negative ASR: we'll pay the tolls as we go");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_pay_takes();
    check_pay_takes_nothing();
    kt_free();
    T_END();
}
