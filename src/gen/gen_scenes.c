/* gen_scenes.c - the body of each call scenario: sales, support, cancellation
 * with a retention offer, and booking an appointment. The frame (moods,
 * wrap-up) lives in gen_dialogue.c, the deal itself in gen_deal.c. */
#include "gen_dialogue_int.h"

static const char *const greet[] = {
    "Thanks for calling {co}, this is {ag}. How can I help you today?",
    "{Co}, this is {ag} speaking. What can I do for you?",
    "Hi, you've reached {co}. My name is {ag}, how can I help?",
    "Thank you for calling {co}. This is {ag}. How may I help you?",
    "{Co} customer care, {ag} here. What's going on today?",
    "Hi there, welcome to {co}! I'm {ag}. What can I do for you?",
};

static void agent_greets(gd_plan *p)
{
    gc_say(p->c, GC_AGENT, GD_PICK(p, greet));
}

/* ---- mood turns with a reason ------------------------------------------- */

static const char *const up_sales[] = {
    "And since you've been with us a while, I can waive the setup fee, which is normally {fee}.",
    "I also went ahead and credited {credit} to your account for the wait today.",
    "Good news, I can get that started today, no waiting.",
    "I've also flagged your account so you go straight to our senior team next time.",
};
static const char *const up_nosale[] = {
    "No pressure at all. I've credited {credit} to your account for the hold time today.",
    "Completely understand. I've locked today's price on your account for thirty days in case you change your mind.",
};
static const char *const down_sales[] = {
    "Oh, one thing I should mention: there's an activation fee of {fee} on the first bill.",
    "Oh, and I should mention the price goes up by {fee} after the first year.",
    "It looks like the promotional price ended yesterday, so anything new would be at the regular rate.",
    "I'm also required to let you know there's a processing fee of {fee} on the account.",
};
static const char *const up_book[] = {
    "Since it's your first visit, I can take {credit} off.",
    "I've also put you on our priority list, so if anything opens up sooner you'll get a text.",
};
static const char *const down_book[] = {
    "I should mention we're running behind lately, so expect a wait when you get here.",
    "Just a heads up, cancelling with less than a day's notice costs {fee}.",
    "Also, after that slot the next opening is more than a month out.",
};
static const char *const up_cancel[] = {
    "I've also refunded {credit} for the rest of this month.",
    "And I've waived the early cancellation fee for you.",
    "I've also noted your account so you get priority help if you ever need us.",
};
static const char *const up_cancel_once[] = {
    "And I've waived the restocking fee for you.",
    "I've also added a store credit of {credit} for the trouble.",
};
static const char *const down_cancel_once[] = {
    "Just so you know, there's a restocking fee of {fee}.",
    "Also, the refund can take up to ten business days to reach your card.",
};
static const char *const down_cancel[] = {
    "Just so you know, there's an early termination fee of {fee}.",
    "Also, the remaining balance, about {fee}, will be billed on the final statement.",
};

/* Moves the customer from the start mood to the end mood with something the
 * agent says that explains it (from up or down), then a reaction or two. */
static void shift_with(gd_plan *p, const char *up, const char *down)
{
    if (p->cur == p->end)
        return;
    gc_set_price(p->c, GS_FEE, (int64_t)(20 + 5 * grng_below(p->r, 12)) * 100, GNUM_ONCE);
    gc_set_price(p->c, GS_CREDIT, (int64_t)(10 + 5 * grng_below(p->r, 9)) * 100, GNUM_ONCE);
    const char *why = p->end > p->cur ? up : down;
    if (gc_last(p->c) == GC_AGENT)
        gc_add(p->c, why);
    else
        gc_say(p->c, GC_AGENT, why);
    gd_turn_mood(p);
    gd_react_maybe(p, 0.6);
}
#define SHIFT(p, up, down) shift_with((p), GD_PICK(p, up), GD_PICK(p, down))

/* ---- sales -------------------------------------------------------------- */

static const char *const sales_ask[] = {
    "I'm calling about the {prod}. Can you tell me more about it?",
    "I saw the {prod} on your website and had some questions.",
    "My neighbor told me about your {prod}. What's the deal with it?",
    "I'm thinking about getting the {prod}.",
    "I wanted to ask about pricing on the {prod}.",
};
static const char *const outbound_hi[] = {
    "Hi, is this {cu}? This is {ag} calling from {co}.",
    "Hello, may I speak with {cu} {cul}? This is {ag} with {co}.",
};
static const char *const outbound_who[] = {
    "Yes, speaking.", "This is {cu}. What's this about?", "Yeah, that's me.",
};
static const char *const outbound_pitch[] = {
    "I'm calling because you qualify for our {prod} at {pp}.",
    "We're reaching out to customers like you about the {prod}. It's {pp} right now.",
};
static const char *const pitch[] = {
    "Happy to help! The {prod} is {pp}, and it's our most popular option right now.",
    "Sure! The {prod} runs {pp}. It's been really popular this year.",
    "Great question. The {prod} comes in at {pp}, and a lot of customers love it.",
    "Absolutely. You'd be looking at {pp} for the {prod}.",
};
/* Questions about the deal, each with its answer. */
static const char *const q_plan[][2] = {
    {"Are there any other fees?", "There's a one-time setup fee of {fee}, but that's it."},
    {"Is that the full price, or is there more on top?",
     "That's the full price. If you sign up today, you also get {credit} off the first bill."},
    {"Is there any kind of setup charge?", "Just a setup charge of {fee} at the start."},
    {"How soon could it start?", "Pretty much right away, usually within a day."},
};
static const char *const q_order[][2] = {
    {"Are there any other fees?", "There's a service fee of {fee}, but that's it."},
    {"Is that the total?", "That's the price before tax."},
    {"Is that the best price you have?", "That's already the sale price, which is {credit} off the regular one."},
};
static const char *const too_much[] = {
    "That seems expensive.", "Hmm, that's more than I pay now.", "That's a lot.",
};
static const char *const value[] = {
    "I understand. It does include everything we talked about, with no surprises.",
    "Totally fair. Most people find it pays for itself pretty quickly.",
};

void gd_scene_sales(gd_plan *p)
{
    gc_call *c = p->c;
    const gi_item *prod = &p->ind->products[grng_below(p->r, (uint32_t)p->ind->n_products)];
    p->kind = prod->per == GNUM_ONCE ? GD_ORDER : GD_BUY;
    p->main_cents = gi_price(prod, p->r);
    gc_set(c, GS_PROD, prod->name);
    gc_set_price(c, GS_PP, p->main_cents, prod->per);
    gc_set_price(c, GS_FEE, (int64_t)(20 + 5 * grng_below(p->r, 8)) * 100, GNUM_ONCE);
    gc_set_price(c, GS_CREDIT, (int64_t)(10 + 5 * grng_below(p->r, 6)) * 100, GNUM_ONCE);

    bool outbound = grng_chance(p->r, 0.25);
    if (outbound) {
        gc_say(c, GC_AGENT, GD_PICK(p, outbound_hi));
        if (p->start == GC_NEU)
            gc_say(c, GC_CUSTOMER, GD_PICK(p, outbound_who));
        else
            gd_customer_open(p, GD_PICK(p, outbound_who));
        gc_say(c, GC_AGENT, GD_PICK(p, outbound_pitch));
        gc_note(c, "outbound");
    } else {
        agent_greets(p);
        gd_customer_open(p, GD_PICK(p, sales_ask));
        gc_say(c, GC_AGENT, GD_PICK(p, pitch));
    }
    if (p->cur == GC_NEG || grng_chance(p->r, 0.2)) {
        gc_say(c, GC_CUSTOMER, GD_PICK(p, too_much));
        gc_say(c, GC_AGENT, GD_PICK(p, value));
    }
    if (grng_chance(p->r, 0.5)) {
        if (p->kind == GD_ORDER) {
            size_t qi = grng_below(p->r, sizeof q_order / sizeof q_order[0]);
            gc_say(c, GC_CUSTOMER, q_order[qi][0]);
            gc_say(c, GC_AGENT, q_order[qi][1]);
        } else {
            size_t qi = grng_below(p->r, sizeof q_plan / sizeof q_plan[0]);
            gc_say(c, GC_CUSTOMER, q_plan[qi][0]);
            gc_say(c, GC_AGENT, q_plan[qi][1]);
        }
    }
    gd_react_maybe(p, 0.4);
    if (grng_chance(p->r, 0.5))
        gd_verify(p, outbound || grng_chance(p->r, 0.4));
    bool early = grng_chance(p->r, 0.5);
    if (early)
        SHIFT(p, up_sales, down_sales);
    gd_deal(p);
    if (p->win)
        gd_upsells(p);
    if (!early && p->win)
        SHIFT(p, up_sales, down_sales);
    else if (!early)
        SHIFT(p, up_nosale, down_sales);
}

/* ---- booking ------------------------------------------------------------ */

static const char *const book_ask[] = {
    "I'm calling to see about {svc}.", "Do you have any openings for {svc} this week?",
    "I was hoping to set up {svc}.", "I need {svc}. What do you have available?",
};
static const char *const slots_paid[] = {
    "Sure! {Svc} is {sp}. The next openings are {day} at {time} or later that afternoon.",
    "We can do that. It's {sp}, and I have {day} at {time} available.",
};
static const char *const slots_free[] = {
    "Sure! There's no charge for that. The next opening is {day} at {time}.",
    "Absolutely, that one's free. I have {day} at {time} open.",
};
static const char *const book_q[][2] = {
    {"How long does it usually take?", "About an hour, give or take."},
    {"Do I need to bring anything?", "Nope, just yourself."},
    {"Do I need to prepare anything?", "No, we'll take care of everything."},
    {"Will I get a reminder?", "Yes, we send a text the day before."},
};

void gd_scene_booking(gd_plan *p)
{
    gc_call *c = p->c;
    const gi_item *svc = &p->ind->services[grng_below(p->r, (uint32_t)p->ind->n_services)];
    p->main_cents = gi_price(svc, p->r);
    gc_set(c, GS_SVC, svc->name);
    if (p->main_cents > 0)
        gc_set_price(c, GS_SP, p->main_cents, svc->per);

    agent_greets(p);
    gd_customer_open(p, GD_PICK(p, book_ask));
    gc_say(c, GC_AGENT, p->main_cents > 0 ? GD_PICK(p, slots_paid) : GD_PICK(p, slots_free));
    if (grng_chance(p->r, 0.4)) {
        size_t qi = grng_below(p->r, sizeof book_q / sizeof book_q[0]);
        gc_say(c, GC_CUSTOMER, book_q[qi][0]);
        gc_say(c, GC_AGENT, book_q[qi][1]);
    }
    gd_react_maybe(p, 0.3);
    if (grng_chance(p->r, 0.5))
        gd_verify(p, grng_chance(p->r, 0.5));
    bool early = grng_chance(p->r, 0.5);
    if (early)
        SHIFT(p, up_book, down_book);
    gd_deal(p);
    if (p->win)
        gd_upsells(p);
    if (!early)
        SHIFT(p, up_book, down_book);
}

/* ---- support ------------------------------------------------------------ */

static const char *const problem[] = {
    "I'm calling because {iss}.", "{Iss}.", "Yeah, so {iss}.", "I need some help. {Iss}.",
};
static const char *const looking[] = {
    "Let me take a look. Okay, it looks like {cause}.",
    "Thanks for your patience. So, I see what happened: {cause}.",
    "One moment... alright, it looks like {cause}.",
    "Okay, I found it. {Cause}.",
};
static const char *const fixed[] = {
    "I've {fix}.", "Good news: I've {fix}.", "Okay, I've {fix}. You should be all set.",
};
static const char *const credit[] = {
    "I've also credited {credit} to your account for the trouble.",
    "And I've taken {credit} off your next bill for the trouble.",
};
static const char *const sour_fix[] = {
    "That said, I'm not able to refund the late fee of {fee} that was already charged.",
    "I should mention it'll take up to two weeks to show on your statement.",
};
static const char *const nofix[] = {
    "Unfortunately, {nofix}. I've opened a ticket for you.",
    "I'm sorry, but {nofix}. I've escalated it.",
};
static const char *const updates_q[] = {
    "Would you like text updates on the ticket?", "Do you want us to call you back {day} with an update?",
};
static const char *const updates_yes[] = {
    "Yes, text me the updates.", "Yes, call me back {day}.", "Yes, please keep me posted.",
};

void gd_scene_support(gd_plan *p)
{
    gc_call *c = p->c;
    const gi_issue *is = &p->ind->issues[grng_below(p->r, (uint32_t)p->ind->n_issues)];
    gc_set(c, GS_ISS, is->problem);
    gc_set(c, GS_CAUSE, is->cause);
    gc_set(c, GS_FIX, is->fix);
    gc_set(c, GS_NOFIX, is->nofix);
    gc_set_price(c, GS_CREDIT, (int64_t)(10 + 5 * grng_below(p->r, 15)) * 100, GNUM_ONCE);
    gc_set_price(c, GS_FEE, (int64_t)(15 + 5 * grng_below(p->r, 8)) * 100, GNUM_ONCE);
    if (p->end == GC_POS)
        p->fixed = true;
    else if (p->end == GC_NEG)
        p->fixed = grng_chance(p->r, 0.3);
    else
        p->fixed = grng_chance(p->r, 0.65);

    agent_greets(p);
    gd_customer_open(p, GD_PICK(p, problem));
    gd_react_maybe(p, p->cur == GC_NEG ? 0.5 : 0.1);
    if (grng_chance(p->r, 0.8))
        gd_verify(p, true);
    gc_say(c, GC_AGENT, GD_PICK(p, looking));
    gd_react_maybe(p, 0.5);
    if (p->fixed) {
        gc_say(c, GC_AGENT, GD_PICK(p, fixed));
        gc_note(c, "problem fixed");
        if (grng_chance(p->r, 0.35)) {
            gc_add(c, GD_PICK(p, credit));
            gc_note(c, "a credit is not a sale");
        }
        if (p->end == GC_NEG && p->cur != GC_NEG)
            gc_add(c, GD_PICK(p, sour_fix));
    } else {
        gc_say(c, GC_AGENT, GD_PICK(p, nofix));
        gc_note(c, "problem not fixed on the call");
    }
    gd_turn_mood(p);
    gd_react_maybe(p, 0.5);
    if (!p->fixed && grng_chance(p->r, 0.5)) {
        gc_say(c, GC_AGENT, GD_PICK(p, updates_q));
        gc_say(c, GC_CUSTOMER, GD_PICK(p, updates_yes));
        gc_note(c, "'yes' to updates is not a purchase");
    }
    if (grng_chance(p->r, 0.1 + 0.4 * p->agent->upsell)) {
        static const double yes_w[] = {50, 25, 0, 25};
        static const double no_w[] = {60, 25, 15, 0};
        gd_upsell u;
        if (grng_chance(p->r, 0.15 + 0.45 * p->agent->upsell)) {
            u = (gd_upsell)(GD_UP_ACCEPT + grng_weighted(p->r, yes_w, 4));
            p->win = true;
            p->outcome = GD_WIN_CLOSE_YES;
        } else {
            u = (gd_upsell)(GD_UP_DECLINE + grng_weighted(p->r, no_w, 4));
        }
        gd_addon_offer(p, u);
        if (p->win)
            gc_note(c, "an accepted add-on is a purchase, so a conversion");
    }
}

/* ---- cancellation ------------------------------------------------------- */

static const char *const want_cancel[] = {
    "I want to cancel {sub}.", "I'm calling to cancel {sub}.", "I need to close out {sub}, please.",
    "I'd like to cancel {sub}, effective today.",
};
static const char *const ask_why[] = {
    "I'm sorry to hear that. Can I ask why?",
    "I can help with that. May I ask what's prompting the cancellation?",
    "Oh no, sorry to hear it. What's going on?",
};
static const char *const give_why_neu[] = {"{Why}.", "Honestly, {why}.", "It's just that {why}."};
static const char *const give_why_pos[] = {
    "I've really liked it, but {why}.", "You guys have been great, honestly. It's just that {why}.",
};
static const char *const offer_pct_once[] = {
    "Before I process that, I can take {pct} off the order if you keep it.",
    "I'd hate to lose you. What if I took {pct} off the price?",
};
static const char *const offer_pct[] = {
    "Before I process that, I can offer you {pct} off for the next {months} months.",
    "I'd hate to lose you. What if I took {pct} off your bill for {months} months?",
};
static const char *const offer_free[] = {
    "If you stay, I can give you {months} months at no charge.",
    "How about this: I can waive the next {months} months if you stay with us.",
};
static const char *const offer_down[] = {
    "Instead of cancelling, would you consider the {down}? It's {dp}, and nothing else changes.",
    "Another option is switching to the {down} at {dp}.",
};
static const char *const first_no[] = {
    "No thanks.", "No, I don't think that helps.", "I'm not interested in that.",
};
static const char *const second_try[] = {
    "Understood. Let me try one more thing.", "Okay. Let me see what else I can do.",
};

static void set_offer_numbers(gd_plan *p)
{
    static const unsigned pcts[] = {20, 25, 30, 40, 50};
    static const unsigned months[] = {2, 3, 6, 12};
    unsigned pct = pcts[grng_below(p->r, 5)];
    strbuf tmp = SB_INIT;
    gnum_int(&tmp, pct, p->c->asr);
    sb_puts(&tmp, p->c->asr || grng_chance(p->r, 0.5) ? " percent" : "%");
    gc_set(p->c, GS_PCT, sb_cstr(&tmp));
    sb_free(&tmp);
    gc_set_int(p->c, GS_MONTHS, months[grng_below(p->r, 4)]);
}

static void retention_offer(gd_plan *p, unsigned kind)
{
    const char *line;
    if (!p->ind->recurring)
        line = kind == 2 ? GD_PICK(p, offer_down) : GD_PICK(p, offer_pct_once);
    else
        line = kind == 0 ? GD_PICK(p, offer_pct) : kind == 1 ? GD_PICK(p, offer_free) : GD_PICK(p, offer_down);
    if (gc_last(p->c) == GC_AGENT)
        gc_add(p->c, line);
    else
        gc_say(p->c, GC_AGENT, line);
}

void gd_scene_cancel(gd_plan *p)
{
    gc_call *c = p->c;
    if (p->cur == GC_NEG && grng_chance(p->r, 0.7)) /* only unhappy callers complain */
        gc_set(c, GS_WHY, p->ind->cancel_gripes[grng_below(p->r, (uint32_t)p->ind->n_cancel_gripes)]);
    else
        gc_set(c, GS_WHY, p->ind->cancel_reasons[grng_below(p->r, (uint32_t)p->ind->n_cancel_reasons)]);
    gc_set(c, GS_DOWN, p->ind->downgrade.name);
    p->main_cents = gi_price(&p->ind->downgrade, p->r);
    gc_set_price(c, GS_DP, p->main_cents, p->ind->downgrade.per);
    set_offer_numbers(p);

    agent_greets(p);
    gd_customer_open(p, GD_PICK(p, want_cancel));
    gc_say(c, GC_AGENT, GD_PICK(p, ask_why));
    gc_say(c, GC_CUSTOMER, p->cur == GC_POS ? GD_PICK(p, give_why_pos) : GD_PICK(p, give_why_neu));
    if (grng_chance(p->r, 0.7))
        gd_verify(p, true);
    unsigned first = grng_below(p->r, 3), second = (first + 1 + grng_below(p->r, 2)) % 3;
    if (grng_chance(p->r, 0.35)) {
        retention_offer(p, first);
        gc_say(c, GC_CUSTOMER, GD_PICK(p, first_no));
        gc_say(c, GC_AGENT, GD_PICK(p, second_try));
        retention_offer(p, second);
        gc_note(c, "first retention offer refused");
    } else {
        retention_offer(p, first);
    }
    gd_deal(p);
    if (p->win)
        gc_note(c, "accepting a retention offer counts; discounts are not upsell");
    if (p->ind->recurring)
        SHIFT(p, up_cancel, down_cancel);
    else
        SHIFT(p, up_cancel_once, down_cancel_once);
}
