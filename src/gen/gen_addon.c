/* gen_addon.c - add-on (upsell) offers: offered with a price and accepted,
 * accepted at a revised price, named by the customer, asked about, declined,
 * left unanswered or taken back; the accepted price is added to the call's
 * upsell amount as the exchange is written. */
#include "gen_dialogue_int.h"

static const char *const offer[] = {
    "Would you like to add {ad} for {ap}?",
    "We can also add {ad} for {ap}. Want me to include that?",
    "A lot of customers add {ad}. It's {ap}. Should I add it?",
    "While I have you, {ad} is {ap}. Interested in adding that?",
    "One more thing: I can add {ad} for just {ap}. Want it?",
};
static const char *const offer_revised[] = {
    "I can also add {ad}. It's normally {ap0}, but I can do {ap} for you today. Want me to add it?",
    "{Ad} usually runs {ap0}, but today it's just {ap}. Should I throw that in?",
    "Oh, and {ad} is {ap0} on its own, but I can give it to you for {ap}. Interested?",
};
static const char *const accept_pos[] = {
    "Oh, that's a good deal. Sure, add it!", "Yes, add that, thanks!", "Ooh, yes please.",
};
static const char *const accept_neu[] = {
    "Yes, add that.", "Sure, go ahead and add it.", "Okay, add it.", "Yeah, include that.",
};
static const char *const accept_neg[] = {
    "Fine, add it.", "Whatever. Add it.", "Fine. Yes, add that too.",
};
static const char *const added[] = {
    "Done, I've added {ad}.", "Added.", "Got it, {ad} is on there now.", "You got it.",
};
static const char *const named[] = {
    "Oh, and I'll take {ad} for the extra {ap}.", "Can you also add {ad}? I saw it's {ap}.",
    "And add {ad} at {ap}, please.",
};
static const char *const named_ok[] = {
    "Absolutely, I've added {ad}.", "Sure thing, {ad} is added.",
};
static const char *const ask_price[] = {
    "How much is {ad}?", "What does {ad} cost?", "And what would {ad} run me?",
};
static const char *const tell_price[] = {
    "{Ad} is {ap}.", "That one's {ap}.", "It's {ap}.",
};
static const char *const decline_pos[] = {
    "That's okay, no thanks! I'm good.", "Oh, I'll pass on that one, but thank you.",
};
static const char *const decline_neu[] = {
    "No thanks, just the basic.", "I'll pass on that.", "No, skip it.", "No, that's okay.",
};
static const char *const decline_neg[] = {
    "No. Stop trying to sell me things.", "No. I'm already paying enough.",
};
static const char *const decline_price[] = {
    "Hmm, no, I'll skip that.", "That's a bit much. No thanks.", "No, not at that price.",
};
static const char *const ack_decline[] = {
    "No problem.", "Totally understand.", "Sure, no worries.",
};
static const char *const mention[] = {
    "And if you ever want {ad}, that's {ap}.", "Just so you know, {ad} is available for {ap}.",
};
/* The customer moves on to something else, with the agent's answer. */
static const char *const change_topic[][2] = {
    {"When will I get the confirmation?", "You'll get it by email within the hour."},
    {"How long does setup usually take?", "Usually a day or two."},
    {"Do I need to do anything else on my end?", "Nope, you're all set."},
    {"Will this show up on my next bill?", "Yes, you'll see it on the next statement."},
};
static const char *const intro[] = {
    "While I have you, have you heard about {ad}?", "By the way, we also offer {ad}.",
    "Have you thought about {ad}? A lot of customers like it.",
};
static const char *const take_off[] = {
    "Actually, take that add-on off. I don't think I need it.", "Wait, on second thought, remove the add-on.",
    "Actually, cancel that add-on. Just the main thing, please.",
};
static const char *const taken_off[] = {
    "No problem, I've removed it.", "Okay, {ad} is off.",
};
static const char *const up_names[GD_UP_COUNT] = {
    "accepted", "accepted at the revised price", "named with its price by the customer",
    "price asked, then accepted", "declined", "price asked, then declined", "offered but never answered",
    "accepted then removed",
};

static void move_on(gd_plan *p)
{
    size_t i = grng_below(p->r, sizeof change_topic / sizeof change_topic[0]);
    gc_say(p->c, GC_CUSTOMER, change_topic[i][0]);
    gc_say(p->c, GC_AGENT, change_topic[i][1]);
}

static const gi_item *pick_addon(gd_plan *p)
{
    size_t n = p->ind->n_addons;
    size_t i = grng_below(p->r, (uint32_t)n);
    for (size_t tries = 0; tries < n && (p->addons_used & (1u << i)); tries++)
        i = (i + 1) % n;
    p->addons_used |= 1u << i;
    return &p->ind->addons[i];
}

void gd_addon_offer(gd_plan *p, gd_upsell u)
{
    gc_call *c = p->c;
    const gi_item *item = pick_addon(p);
    int64_t price = gi_price(item, p->r);
    if (price <= 0)
        price = 1000;
    gc_set(c, GS_AD, item->name);
    if (u == GD_UP_REVISED) {
        /* The revised price is 60-85% of the list price, in whole dollars
         * (or half dollars under $20), and always a real discount. */
        int64_t before = price < 200 ? 200 : price;
        int64_t unit = before < 2000 ? 50 : 100;
        price = before * (60 + 5 * grng_below(p->r, 6)) / 100 / unit * unit;
        if (price < before / 2)
            price = (before / 2 + unit - 1) / unit * unit;
        if (price >= before)
            price = before - unit;
        gc_set_price(c, GS_AP0, before, item->per);
    }
    gc_set_price(c, GS_AP, price, item->per);
    const char *accept = GD_MOOD_PICK(p, accept_neg, accept_neu, accept_pos);
    bool counts = false;
    switch (u) {
    case GD_UP_ACCEPT:
    case GD_UP_RETRACT:
        gc_say(c, GC_AGENT, GD_PICK(p, offer));
        gc_say(c, GC_CUSTOMER, accept);
        gc_say(c, GC_AGENT, GD_PICK(p, added));
        if (u == GD_UP_RETRACT) {
            move_on(p);
            gc_say(c, GC_CUSTOMER, GD_PICK(p, take_off));
            gc_say(c, GC_AGENT, GD_PICK(p, taken_off));
        }
        counts = u == GD_UP_ACCEPT;
        break;
    case GD_UP_REVISED:
        gc_say(c, GC_AGENT, GD_PICK(p, offer_revised));
        gc_say(c, GC_CUSTOMER, accept);
        gc_say(c, GC_AGENT, GD_PICK(p, added));
        counts = true;
        break;
    case GD_UP_NAMED:
        gc_say(c, GC_CUSTOMER, GD_PICK(p, named));
        gc_say(c, GC_AGENT, GD_PICK(p, named_ok));
        counts = true;
        break;
    case GD_UP_ASK_ACCEPT:
    case GD_UP_ASK_DECLINE:
        if (p->scene == GD_SUPPORT || grng_chance(p->r, 0.4))
            gc_say(c, GC_AGENT, GD_PICK(p, intro));
        gc_say(c, GC_CUSTOMER, GD_PICK(p, ask_price));
        gc_say(c, GC_AGENT, GD_PICK(p, tell_price));
        if (u == GD_UP_ASK_ACCEPT) {
            gc_say(c, GC_CUSTOMER, accept);
            gc_say(c, GC_AGENT, GD_PICK(p, added));
            counts = true;
        } else {
            gc_say(c, GC_CUSTOMER, GD_PICK(p, decline_price));
            gc_say(c, GC_AGENT, GD_PICK(p, ack_decline));
        }
        break;
    case GD_UP_DECLINE:
        gc_say(c, GC_AGENT, GD_PICK(p, offer));
        gc_say(c, GC_CUSTOMER, GD_MOOD_PICK(p, decline_neg, decline_neu, decline_pos));
        gc_say(c, GC_AGENT, GD_PICK(p, ack_decline));
        break;
    case GD_UP_UNANSWERED:
        gc_say(c, GC_AGENT, GD_PICK(p, mention));
        move_on(p);
        break;
    case GD_UP_COUNT:
        break;
    }
    if (counts)
        c->upsell_cents += price;
    strbuf amt = SB_INIT;
    gnum_decimal(&amt, price);
    gc_note(c, "add-on %s (%s) %s%s", item->name, sb_cstr(&amt), up_names[u], counts ? ", counts" : "");
    sb_free(&amt);
}

void gd_upsells(gd_plan *p)
{
    for (size_t i = 0; i < p->nups; i++)
        gd_addon_offer(p, p->ups[i]);
}
