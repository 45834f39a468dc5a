/* test_kpi_upsell_proposals.c - add-ons the agent proposes without the
 * offer words the rules knew (kmiss19b): the agent's people providing
 * something ("we can have a bottle of champagne on the table", "we can put
 * a glass protector on"), "can I offer you", a proposal to change the
 * order ("would you like to upgrade to", "do you want to choose seats",
 * "want to switch to that?"), the short "want X with that?", what other
 * customers buy ("some people also send"), "and there's a meet and greet
 * after the show", "also we have", "our chef also does", "we're running",
 * "will you need parking?"; and "with that" making an offer one on top.
 * With the shipped rules file, on short calls written for these tests
 * (clean and speech-recognition style); each has negatives (the proposal
 * declined, the words used for the purchase itself or for no sale). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* "we can have X waiting", "we can put a protector on", "we can print
 * them on thick stock": the agent's people would provide it, priced. */
static void check_we_can_provide(void)
{
    static const char prosecco[] =
        "agent: rosewood grill this is ann\n"
        "customer: hi a table for two on friday at eight please\n"
        "agent: okay friday at eight for two shall i book it\n"
        "customer: yes please book it it's our anniversary actually\n"
        "agent: oh lovely we can have a bottle of prosecco on the table when you arrive it's fifty "
        "dollars\n";
    kt_call_after(prosecco,
                  "customer: oh yes please do that\n"
                  "agent: done see you friday",
                  true, 50, "ASR: 'we can have a bottle of prosecco ... fifty dollars', taken");
    kt_call_after(prosecco,
                  "customer: no thanks she doesn't drink\n"
                  "agent: no problem see you friday",
                  true, 0, "negative ASR: the prosecco declined");
    kt_call("Agent: QuickFix Phones, Dev speaking.\n"
            "Customer: My screen is cracked. Can you replace it today? I'll take the $99 repair.\n"
            "Agent: Yes, I've booked you in for 3 pm. We can put a glass protector on after for $15.\n"
            "Customer: Sure, stick one on.\n"
            "Agent: Great, see you at 3.",
            true, 15, "'we can put a glass protector on ... for $15', taken");
    kt_call("Agent: Riverside Plumbing, this is Kim.\n"
            "Customer: My kitchen sink is blocked. Can someone come?\n"
            "Agent: We can have a plumber there at 10 tomorrow, the call-out is $89.\n"
            "Customer: Yes, book it.\n"
            "Agent: You're booked for 10.",
            true, 0, "negative: 'we can have a plumber there' sends the service itself");
}

/* "can I offer you the protection plan?", "would you like to upgrade to a
 * vase", "do you want to choose seats", "want to switch to that?" */
static void check_proposed_change(void)
{
    kt_call("Agent: Bloomfield Flowers, Ada speaking.\n"
            "Customer: I'd like the spring bouquet for $45, delivered tomorrow.\n"
            "Agent: Done, it's ordered for tomorrow. Would you like to upgrade to a glass vase for $12?\n"
            "Customer: Oh yes, she'd love that.\n"
            "Agent: Lovely, it's added.",
            true, 12, "'would you like to upgrade to a glass vase for $12', taken");
    kt_call("Agent: Bloomfield Flowers, Ada speaking.\n"
            "Customer: I'd like the spring bouquet for $45, delivered tomorrow.\n"
            "Agent: Done, it's ordered for tomorrow. Would you like to upgrade to a glass vase for $12?\n"
            "Customer: No, the bouquet is enough.\n"
            "Agent: No problem.",
            true, 0, "negative: the vase declined");
    kt_call("agent: northwind air this is bo\n"
            "customer: one ticket to denver on the ninth please\n"
            "agent: okay the nine am is one eighty shall i book it\n"
            "customer: yes book it\n"
            "agent: done do you want to choose a seat it's fifteen dollars\n"
            "customer: yeah a window seat please\n"
            "agent: done seat twelve a",
            true, 15, "ASR: 'do you want to choose a seat', taken");
    kt_call("Agent: PetMeds, this is Lou.\n"
            "Customer: I need the three-month heartworm pack again, please.\n"
            "Agent: That's $45, ordered. The six-month pack is only $30 more. Want to switch to that?\n"
            "Customer: Sure, why not.\n"
            "Agent: Switched, it ships today.",
            true, 30, "'want to switch to that?' after an increment, taken");
    kt_call("Agent: TechPoint, Nathan speaking.\n"
            "Customer: I'd like to order the 55-inch TV on sale for $699.\n"
            "Agent: Sure, it's in stock. Can I offer you our two-year protection plan? It's $89.\n"
            "Customer: Yes, please add it.\n"
            "Agent: Done, both are ordered.",
            true, 89, "'can I offer you our protection plan? It's $89', taken");
    kt_call("Agent: TechPoint, Nathan speaking.\n"
            "Customer: I'd like to order the 55-inch TV on sale for $699.\n"
            "Agent: Sure, it's in stock. Can I offer you our two-year protection plan? It's $89.\n"
            "Customer: No, I never use those. Just the TV, please order it.\n"
            "Agent: Okay, the TV is ordered.",
            true, 0, "negative: the protection plan declined");
}

/* "want garlic knots with that?", "will you need parking?": a question about
 * a thing, asked in few words, priced. */
static void check_short_questions(void)
{
    kt_call("Agent: Luigi's, pickup or delivery?\n"
            "Customer: Pickup. One large pepperoni.\n"
            "Agent: One large pepperoni, $16.99. Shall I put that in?\n"
            "Customer: Yes, put it in.\n"
            "Agent: Done. Want breadsticks with that? $4.99.\n"
            "Customer: Go on then.\n"
            "Agent: Ready in fifteen minutes.",
            true, 4.99, "'want breadsticks with that? $4.99', taken");
    kt_call("agent: lukes pizza pickup or delivery\n"
            "customer: pickup one large cheese\n"
            "agent: one large cheese fourteen ninety nine shall i put that in\n"
            "customer: yeah put it in\n"
            "agent: done want wings with that they're eight ninety nine\n"
            "customer: nah just the pizza\n"
            "agent: okay fifteen minutes",
            true, 0, "negative ASR: the wings declined");
    kt_call("Agent: Harbor Hotel, this is Sue.\n"
            "Customer: I'd like a king room for two nights from the 4th.\n"
            "Agent: That's $150 a night, booked. Will you need parking? It's $20 per night.\n"
            "Customer: Yes, we're driving.\n"
            "Agent: Parking added.",
            true, 40, "'will you need parking? $20 per night', taken for the two nights");
    kt_call("Agent: Harbor Hotel, this is Sue.\n"
            "Customer: I'd like a king room for two nights from the 4th.\n"
            "Agent: How long will you need the room? It's $150 a night.\n"
            "Customer: Two nights, please book it.\n"
            "Agent: Booked.",
            true, 0, "negative: 'how long will you need the room' asks about the purchase");
}

/* "some people also send a plant", "and there's a meet and greet after the
 * show", "also we have a plan", "our chef also does a cake", "we're running
 * whitening this month": the agent names something more, priced. */
static void check_more_on_offer(void)
{
    kt_call("agent: petal shop this is mia\n"
            "customer: i'd like the white lily basket sent to the funeral home on friday\n"
            "agent: the lily basket is ninety dollars and it'll go out friday morning\n"
            "customer: yes please do that\n"
            "agent: some people also send a small plant to the family it's thirty dollars\n"
            "customer: oh that's kind yeah send one of those too\n"
            "agent: both will go out friday",
            true, 30, "ASR: 'some people also send a small plant', taken");
    kt_call("agent: comedy cellar tickets this is rob\n"
            "customer: two tickets for saturday's late show\n"
            "agent: sure thirty each shall i book them\n"
            "customer: yes book them\n"
            "agent: done and there's a meet and greet after the show it's twenty per person\n"
            "customer: oh yes both of us\n"
            "agent: great you're all set",
            true, 40, "ASR: 'and there's a meet and greet after the show', taken for two");
    kt_call("Agent: Casa Rosa, this is Tim.\n"
            "Customer: I'd like to book the private room for ten people on Saturday.\n"
            "Agent: Booked for Saturday at 7. Our pastry chef also does a celebration cake for $40.\n"
            "Customer: Oh yes, please.\n"
            "Agent: Lovely, it's noted.",
            true, 40, "'our pastry chef also does a cake for $40', taken");
    kt_call("Agent: Casa Rosa, this is Tim.\n"
            "Customer: I'd like to book the private room for ten people on Saturday.\n"
            "Agent: Booked for Saturday at 7. Our pastry chef also does a celebration cake for $40.\n"
            "Customer: No thanks, my sister is baking one.\n"
            "Agent: Lovely, see you Saturday.",
            true, 0, "negative: the cake declined");
    kt_call("agent: weather line\n"
            "customer: what's it like in boston tomorrow\n"
            "agent: mild and there's a twenty percent chance of rain in the morning\n"
            "customer: okay thanks",
            false, 0, "negative ASR: 'and there's a chance of rain' offers nothing");
}

/* "We also do hedge trimming for $60 a month. Is that something you
 * need?": a question right after the offer that points back at it asks
 * about the offer (asks_back), so a yes to it takes the offer. */
static void check_question_points_back(void)
{
    kt_call("Agent: GreenLeaf Lawns, Sam speaking.\n"
            "Customer: I'd like weekly mowing, please.\n"
            "Agent: That's $120 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also do leaf clearing in the autumn for $40 a month. Is that something "
            "you'd want?\n"
            "Customer: Oh, go on then.\n"
            "Agent: Great, mowing plus leaf clearing.",
            true, 40, "'... for $40 a month. Is that something you'd want?' - 'go on then'");
    kt_call("Agent: GreenLeaf Lawns, Sam speaking.\n"
            "Customer: I'd like weekly mowing, please.\n"
            "Agent: That's $120 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also do leaf clearing in the autumn for $40 a month. Would that help?\n"
            "Customer: No, I've got a leaf blower.\n"
            "Agent: No problem.",
            true, 0, "negative: the question pointing back is answered no");
    kt_call("Agent: GreenLeaf Lawns, Sam speaking.\n"
            "Customer: I'd like weekly mowing, please.\n"
            "Agent: That's $120 a month. Shall I sign you up?\n"
            "Customer: Yes, sign me up.\n"
            "Agent: Done. We also do leaf clearing in the autumn for $40 a month. What's the best "
            "number for the crew?\n"
            "Customer: Yes, this one is fine.\n"
            "Agent: Great.",
            true, 0, "negative: a question about a detail after the offer; the yes answers it");
}

/* "two large pepperoni, want garlic knots with that? $5.99": offered
 * before the order is settled, "with that" says it goes on top of what the
 * customer is ordering (goes_with), so it is an extra, not the order. */
static void check_goes_with(void)
{
    static const char order[] =
        "Agent: Tony's Pizza, delivery or pickup?\n"
        "Customer: Delivery. Two large pizzas, one pepperoni and one veggie.\n"
        "Agent: Got it. Two large, one pepperoni, one veggie. Want garlic knots with that? $5.99.\n";
    kt_call_after(order,
                  "Customer: Go on then.\n"
                  "Agent: So that's $41.97 with the knots, about 40 minutes.\n"
                  "Customer: Yep, that's it.",
                  true, 5.99, "'Want garlic knots with that? $5.99.' - 'Go on then.'");
    kt_call_after(order,
                  "Customer: No thanks.\n"
                  "Agent: So that's $35.98, about 40 minutes. Shall I put it through?\n"
                  "Customer: Yes, put it through.",
                  true, 0, "negative: the knots declined");
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_we_can_provide();
    check_proposed_change();
    check_short_questions();
    check_more_on_offer();
    check_question_points_back();
    check_goes_with();
    kt_free();
    T_END();
}
