/* test_kpi_upsell_partpick.c - the customer's answer to an extra priced per
 * person or per unit that takes part of it: a single unit ("just for me",
 * "just one, for my side", "one bag", "only on mine") taken at the unit
 * price, and a part of the party ("two of us will do the dinner, the kids
 * won't eat anything fancy") whose refusal of the rest is a clause of its
 * own. With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style), with negatives that take nothing:
 * more people after "just me", a count of something else ("just one
 * question"), a bare "one" to a question, a negation, a question. And one
 * of two extras picked by name, the other refused: a short name in the
 * other number ("the nails, yes"), "just the dolly" before the purchase is
 * settled; negatives "just the van" (what was asked for) and "just the
 * standard" (the purchase's own option, priced first). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

static const char *const show =
    "Customer: Hi, I need three tickets for the jazz night on Friday.\n"
    "Agent: Three in the balcony at $40 each, $120. Shall I book them?\n"
    "Customer: Yes, please.\n"
    "Agent: Done. There's also a backstage tour after the show, $25 per person. "
    "Would you like that for all three?\n";

static const char *const show_asr =
    "customer: hi i need three tickets for the jazz night on friday\n"
    "agent: three in the balcony at forty each that's one twenty shall i book them\n"
    "customer: yes please\n"
    "agent: done there's also a backstage tour after the show twenty five per person "
    "would you like that for all three\n";

/* One unit of a per-person extra: the rest of the party goes without. */
static void check_one_for_me(void)
{
    kt_call_after(show, "Customer: Just for me. The others have seen it.\n"
                        "Agent: One tour for you, then.\n",
                  true, 25, "just for me");
    kt_call_after(show, "Customer: Hmm. Just one, for my daughter. She loves the band.\n"
                        "Agent: One backstage tour, got it.\n",
                  true, 25, "past a filler sentence, just one for someone");
    kt_call_after(show_asr, "customer: um just me my friends won't care\n"
                            "agent: okay one tour for you\n",
                  true, 25, "ASR: just me, the rest refused in the same breath");
    kt_call("customer: hey we're switching two lines me and my husband\n"
            "agent: great two lines on the basic plan is sixty a month\n"
            "customer: yeah that's fine let's do that\n"
            "agent: okay and would you like device protection it's nine a month per phone\n"
            "customer: um just on mine he never breaks anything\n"
            "agent: okay protection on your line only\n",
            true, 9, "ASR: just on mine, to a price a month per phone");
    kt_call_after(show_asr, "customer: yeah just one for me please\n"
                            "agent: one tour added\n",
                  true, 25, "ASR: yeah just one for me");
}

/* "One bag." to a unit price stated, not asked: the count names the extra. */
static void check_one_named(void)
{
    const char *flight =
        "Customer: I'd like two seats to Denver on the 19th.\n"
        "Agent: The 8:05 is $214 per person. Shall I book it?\n"
        "Customer: Yes, book it.\n"
        "Agent: Booked. Checked bags are $35 each if you'd like to prepay.\n";
    kt_call_after(flight, "Customer: One bag. We'll share.\n"
                          "Agent: One checked bag. You're all set.\n",
                  true, 35, "one bag, naming the extra");
    kt_call_after("customer: i'd like two seats to denver on the nineteenth\n"
                  "agent: the eight oh five is two fourteen per person shall i book it\n"
                  "customer: yes book it\n"
                  "agent: booked checked bags are thirty five each if you'd like to prepay\n",
                  "customer: one bag we'll share\n"
                  "agent: okay one bag\n",
                  true, 35, "ASR: one bag");
    kt_call_after(flight, "Customer: One question first, is the 8:05 usually on time?\n"
                          "Agent: Almost always.\n"
                          "Customer: Okay, thanks, that's all.\n",
                  true, 0, "negative: one question, not one bag");
}

/* A part of the party; the rest left out in a clause of its own. */
static void check_part_of_party(void)
{
    kt_call_after(show, "Customer: Two of us will do the tour, my dad won't last that late.\n"
                        "Agent: Two tours, $50.\n",
                  true, 50, "two of us, the rest refused in its own clause");
    kt_call_after(show, "Customer: Two of us don't like crowds. Thanks though.\n"
                        "Agent: No problem.\n",
                  true, 0, "negative: the part named is the part that refuses");
}

/* What takes nothing. */
static void check_not_a_pick(void)
{
    kt_call_after(show, "Customer: Just me and my two friends, so all three, yes.\n"
                        "Agent: Three tours, $75.\n",
                  true, 75, "negative: just me and others is the whole party");
    kt_call_after(show, "Customer: Just one question, how long is the tour?\n"
                        "Agent: About forty minutes.\n"
                        "Customer: Okay, no thanks then.\n",
                  true, 0, "negative: just one question");
    kt_call_after(show, "Customer: No, not even for me. Thanks.\n"
                        "Agent: No problem.\n",
                  true, 0, "negative: refused for me");
    kt_call_after(show, "Customer: Just for me? Is that possible?\n"
                        "Agent: Sure, it's per person.\n"
                        "Customer: Hmm, I'll think about it.\n",
                  true, 0, "negative: a question about one, then a deferral");
    kt_call_after(show_asr, "customer: no just me thanks i'm good\n"
                            "agent: okay no tour\n",
                  true, 0, "ASR negative: no before just me");
}

/* One of two extras on the table picked by name, the other refused: a
 * short name said in the other number ("the nails" for "a nail trim"), and
 * "just the dolly" before the purchase is settled, once it was priced. */
static void check_pick_by_name(void)
{
    const char *groom =
        "Customer: I'd like a full groom for my spaniel.\n"
        "Agent: That's $70. I have Friday at ten.\n"
        "Customer: Friday at ten, please.\n"
        "Agent: Booked. Would you like to add a nail trim for $15 or ear cleaning for $12?\n";
    kt_call_after(groom, "Customer: The nails, yes. He hates anyone near his ears, so skip that.\n"
                         "Agent: Groom plus nail trim, Friday at ten.\n",
                  true, 15, "the nails, yes, the other skipped");
    kt_call_after("customer: i'd like a full groom for my spaniel\n"
                  "agent: that's seventy i have friday at ten\n"
                  "customer: friday at ten please\n"
                  "agent: booked would you like to add a nail trim for fifteen or ear cleaning "
                  "for twelve\n",
                  "customer: the nails yes skip the ears\n"
                  "agent: okay nail trim added\n",
                  true, 15, "ASR: the nails yes, skip the ears");
    const char *van =
        "Customer: I need a cargo van on Saturday.\n"
        "Agent: A cargo van is $59 for the day.\n"
        "Customer: Okay.\n"
        "Agent: Can I add a pack of moving blankets for $15 or a hand dolly for $10?\n";
    kt_call_after(van, "Customer: Just the dolly.\n"
                       "Agent: Cargo van and a dolly, Saturday at eight. Shall I book it?\n"
                       "Customer: Yes, book it.\n"
                       "Agent: Booked.\n",
                  true, 10, "just the dolly, before the van is booked");
    kt_call_after(van, "Customer: Just the van.\n"
                       "Agent: Cargo van, Saturday at eight. Shall I book it?\n"
                       "Customer: Yes, book it.\n"
                       "Agent: Booked.\n",
                  true, 0, "negative: just the van asked for");
    kt_call("customer: hi i wanna preorder the new console\n"
            "agent: we have the standard edition at four ninety nine or the bundle with the "
            "extra controller for five seventy nine\n"
            "customer: just the standard\n"
            "agent: okay standard edition four ninety nine shall i put it through\n"
            "customer: yeah do it\n"
            "agent: done\n",
            true, 0, "ASR negative: just the purchase's own option, priced first");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_one_for_me();
    check_one_named();
    check_part_of_party();
    check_not_a_pick();
    check_pick_by_name();
    kt_free();
    T_END();
}
