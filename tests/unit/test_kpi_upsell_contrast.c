/* test_kpi_upsell_contrast.c - a customer who chooses among several extras
 * on the table by naming them: one named plainly and another refused by name
 * in the same turn ("Two of the candles. Skip the vase.", "the mat and the
 * cover, not the lamp", "the lamp we don't need") takes the one and declines
 * the other; and the agent's one-word notice ("Placed.", "Reserved.") that
 * carries out the purchase, so that what it offers next is an extra; "did
 * you want the X?" offering the X. With
 * the shipped rules file, on short calls written for these tests (clean and
 * speech-recognition style), with negatives: a plain name beside no refusal,
 * a name in a question, a name under a condition, every extra refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static const char *const shop =
    "Customer: I'd like to order the garden bench, the teak one.\n"
    "Agent: That's $420. Shall I place the order?\n"
    "Customer: Yes, please.\n"
    "Agent: Done. We also have a rain tarp for $35 and seat cushions at $18 each.\n";

static const char *const shop_asr =
    "customer: hi i want to order the garden bench the teak one\n"
    "agent: that's four hundred twenty dollars shall i place the order\n"
    "customer: yes please\n"
    "agent: done we also have a rain tarp for thirty five dollars and a pair of seat cushions "
    "for eighteen dollars\n";

/* One extra named plainly, another refused by name: the choice. */
static void check_choice(void)
{
    kt_call_after(shop, "Customer: Two cushions then. Skip the tarp, it lives in the shed.\n"
                        "Agent: Two cushions added.\n",
                  true, 36, "a count and a name, the other skipped");
    kt_call_after(shop, "Customer: The tarp, not the cushions.\n"
                        "Agent: Tarp added.\n",
                  true, 35, "a name, then 'not the' other");
    kt_call_after(shop, "Customer: Okay, the tarp makes sense. The cushions we don't need.\n"
                        "Agent: Just the tarp then.\n",
                  true, 35, "a name that makes sense, the other 'we don't need'");
    kt_call_after(shop_asr, "customer: um the tarp yeah the cushions we don't need\n"
                            "agent: okay just the tarp\n",
                  true, 35, "ASR: one named, the other 'we don't need' after it");
    kt_call_after(shop_asr, "customer: uh the cushions not the tarp\n"
                            "agent: cushions added\n",
                  true, 18, "ASR: a name, 'not the' other, unpunctuated");
}

/* No choice made: nothing taken by a bare name. */
static void check_no_choice(void)
{
    kt_call_after(shop, "Customer: The tarp, how long does it last?\n"
                        "Agent: About five years.\n"
                        "Customer: Okay, thanks, that's all.\n",
                  true, 0, "negative: a name beside no refusal");
    kt_call_after(shop, "Customer: Is the tarp waterproof? I don't need the cushions.\n"
                        "Agent: It is.\n"
                        "Customer: Okay, thanks.\n",
                  true, 0, "negative: the name of the one not refused is in a question");
    kt_call_after(shop, "Customer: The tarp if it fits a six foot bench. Not the cushions.\n"
                        "Agent: Let me check the size.\n",
                  true, 0, "negative: the name under a condition");
    kt_call_after(shop_asr, "customer: no cushions and no tarp thanks\n"
                            "agent: no problem\n",
                  true, 0, "ASR negative: both refused by name");
    kt_call_after(shop, "Customer: No problem, I'll think about the tarp. Not the cushions.\n"
                        "Agent: Sure.\n",
                  true, 0, "negative: 'no problem' is no refusal and thinking is no choice");
}

/* "Placed." as a whole sentence carries the purchase out: the offer in
 * the same turn is an extra. */
static void check_one_word_notice(void)
{
    kt_call("Customer: I'm ordering the oak desk, the $640 one.\n"
            "Agent: I can place that now. Shipping to your address on file?\n"
            "Customer: That's right.\n"
            "Agent: Placed. A matching desk lamp is $45 if you'd like one.\n"
            "Customer: Sure, add the lamp.\n"
            "Agent: Added.",
            true, 45, "'Placed.' then an offer taken");
    kt_call("customer: i need a hotel room in denver friday night\n"
            "agent: i have a king room at one thirty nine want me to reserve it\n"
            "customer: yes\n"
            "agent: reserved. breakfast is twelve dollars if you want it\n"
            "customer: no thanks\n"
            "agent: okay",
            true, 0, "ASR negative: 'reserved' then the offer declined");
    kt_call("Customer: Can I get a quote for the oak desk?\n"
            "Agent: It's $640. Confirmed stock in our Dayton store.\n"
            "Customer: Thanks, I'll think about it.\n",
            false, 0, "negative: a word inside a longer sentence is no notice");
}

/* "Did you want the X?" offers the X like "do you want the X?". */
static void check_did_you_want(void)
{
    kt_call("Customer: I'd like to book a deep clean for Saturday.\n"
            "Agent: Booked for Saturday at 9. Did you want the carpet shampoo too? It's $60.\n"
            "Customer: Yes, please.\n"
            "Agent: Added.",
            true, 60, "'did you want' offer taken");
    kt_call("customer: i want to book a deep clean saturday\n"
            "agent: sure saturday at nine is a hundred twenty shall i book it\n"
            "customer: yeah book it\n"
            "agent: you're booked did you want the window wash it's forty dollars\n"
            "customer: no thanks\n"
            "agent: okay",
            true, 0, "ASR negative: 'did you want' offer declined");
    kt_call("Customer: I'd like to book a deep clean for Saturday.\n"
            "Agent: Booked for Saturday at 9. Did you want to give us a gate code?\n"
            "Customer: Yes, it's 4412.\n"
            "Agent: Thanks.",
            true, 0, "negative: 'did you want to' asks no offer");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_choice();
    check_no_choice();
    check_one_word_notice();
    check_did_you_want();
    kt_free();
    T_END();
}
