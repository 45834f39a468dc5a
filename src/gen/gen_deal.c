/* gen_deal.c - the moment a call is won or lost: commitments, answers to the
 * agent's closing question, deferrals, conditionals, questions only, an agent
 * who jumps ahead, retractions. Phrases differ by what is at stake: signing up
 * for a plan, ordering something, booking an appointment, or staying on a
 * cancellation call. */
#include "gen_dialogue_int.h"

typedef struct {
    const char *const *v;
    size_t n;
} phrases;
#define L(a) {a, sizeof a / sizeof a[0]}

static const char *pick(gd_plan *p, phrases ph)
{
    return gc_pick(p->c, ph.v, ph.n);
}

/* ---- shared ------------------------------------------------------------- */

static const char *const yes_pos[] = {
    "Yes, please! That'd be great.", "Sure, go ahead. Thanks!", "Perfect, I'm interested.", "Yes! Let's do it.",
};
static const char *const yes_neu[] = {
    "Yes, please.", "Sure, go ahead.", "Yep, go ahead.", "Okay, yes.", "Yes, go ahead and do that.",
};
static const char *const yes_neg[] = {"Yeah, fine. Go ahead.", "Yes. Just get it done.", "Fine. Yes."};
static const char *const ans_phone[] = {
    "Absolutely, I can do it right now.", "Yes, I can take care of it on this call.", "Sure can, it only takes a minute.",
};
static const char *const hesitate[] = {
    "Hmm. I'm not sure. Maybe I should wait.", "Let me think... I don't know.",
    "Ugh, I always second-guess these things.", "Hmm, maybe I should hold off.",
};
static const char *const no_pressure[] = {
    "No pressure at all. Take your time.", "Totally understand. There's no rush.",
    "Of course. Happy to answer any questions.",
};
static const char *const email_sent[] = {
    "Of course. I'll send that to {email}.", "Sure thing, it'll be in your inbox at {email} in a few minutes.",
};
static const char *const callback_offer[] = {
    "No problem. Want me to call you back {day}?", "Of course. Should I give you a call {day} to follow up?",
};
static const char *const callback_yes[] = {"Yes, call me back {day}.", "Sure, {day} is fine.", "Yes, that works."};
static const char *const take_time[] = {
    "Of course, take your time.", "No problem at all. The offer will be here.", "Totally understand.",
};
static const char *const ack_refuse[] = {"No problem, I understand.", "Totally fair.", "Understood."};
static const char *const cant_meet[] = {
    "I'm afraid that's the best I can do.", "Unfortunately I can't go any lower than that.",
    "I'm sorry, that's not something I can offer.",
};
static const char *const then_no[] = {
    "Then I'll have to pass.", "Okay, then I'll stick with what I have.", "Then no, not right now.",
};
static const char *const online_ans[] = {
    "Sure, you can do it on our website anytime.", "Yes, it's all in the app under your account.",
};
static const char *const later_maybe[] = {
    "Okay, I'll probably do it that way later.", "Okay, I'll look at it tonight.", "Alright, I might do that.",
};
static const char *const unsure[] = {"Hmm, I don't know.", "Hm. I'm not sure.", "I mean, maybe, I don't know."};
static const char *const stop_jump[] = {
    "Hold on, I didn't say yes to anything.", "Wait, don't do anything yet.", "Whoa, I didn't agree to that.",
};
static const char *const sorry_jump[] = {
    "Of course, my apologies. Nothing's been done.", "Sorry about that! I haven't changed anything.",
};
static const char *const not_now[] = {"I'm not ready to decide today.", "I'll think about it.", "Not right now."};
static const char *const retract_ok[] = {
    "No problem, I haven't submitted anything.", "Okay, I've cancelled that. Nothing's been charged.",
    "Understood, I've taken it off.",
};
static const char *const retract_ok_stay[] = {
    "No problem, I won't make that change.", "Okay, I'll leave the offer off.",
};
static const char *const hold_stay[] = {
    "Of course. I'll leave the account as it is for now, and the offer stands until the end of the week.",
    "No problem. Nothing changes until you call back.",
};
static const char *const stop_jump_stay[] = {"No, I said I want to cancel.", "Wait, no. I still want to cancel."};
static const char *const cancel_done[] = {
    "Alright. I've processed the cancellation, effective at the end of this billing cycle.",
    "Okay. Your cancellation is done, and you'll get a confirmation email.",
};
static const char *const cancel_done_once[] = {
    "Understood. I've cancelled the order, and the refund goes back to your card.",
    "Okay. The order is cancelled, and you'll get a confirmation email.",
};

/* ---- signing up for a plan or subscription ------------------------------ */

static const char *const buy_close_q[] = {
    "Shall I set that up for you?", "Would you like me to go ahead and get that started?",
    "Should I go ahead and switch you over?", "Can I get that set up for you today?",
};
static const char *const buy_commit_pos[] = {
    "That sounds great. Sign me up!", "Love it. I'll take it.", "Awesome, let's do it.",
};
static const char *const buy_commit_neu[] = {
    "Okay. Sign me up.", "Alright, I'll take it.", "Let's do it.", "Go ahead and set that up for me.",
};
static const char *const buy_commit_neg[] = {
    "Fine. Sign me up, I guess.", "Whatever, just set it up.",
    "Fine, I'll take it. I'm not thrilled about the price, though.",
};
static const char *const buy_done[] = {
    "Great! I've got that set up for you.", "Perfect, you're all set. Welcome aboard!",
    "Done! You'll get a confirmation email shortly.",
};
static const char *const buy_ask_phone[] = {
    "Can I sign up over the phone?", "Can you do that for me right now, on this call?",
    "Is that something you can set up from your end?",
};
static const char *const buy_recommit[] = {
    "No, you know what? Let's do it. Sign me up.", "Actually, no, go ahead. I'll take it.",
    "Okay, I've thought about it. Set it up.",
};
static const char *const buy_interest[] = {
    "I'm interested, but can you email me the details first?",
    "I'm definitely interested. Could you email me a quote so I can look it over?",
    "It sounds interesting. Can you send me the info?",
};
static const char *const buy_defer[] = {
    "Maybe next month.", "Let me talk to my wife first.", "I need to run it by my husband before I decide.",
    "I'll hold off until after the holidays.", "Let me sleep on it.", "Not today. Maybe in a few weeks.",
};
static const char *const buy_refuse_neu[] = {
    "No thanks, I'm not ready to buy.", "I'll pass, thanks.", "No, that's more than I want to spend.",
    "No, I don't think so.",
};
static const char *const buy_refuse_pos[] = {
    "That's kind of you, but no thanks. I'm really happy with what I have.", "Oh, no thanks! I'm good for now.",
};
static const char *const buy_refuse_neg[] = {"No. That's a terrible deal.", "Absolutely not.", "No. I'm not paying that."};
static const char *const buy_if[] = {
    "I'd sign up if it were cheaper.", "If you could get it down to {cp}, I'd switch today.",
    "I'd do it if you threw in the first month free.",
};
static const char *const buy_online[] = {
    "Can I sign up online?", "Can I do this through the app instead?", "Is there a way to do this on your website?",
};
static const char *const buy_jump[] = {
    "Great, let's get you signed up today!", "Awesome, let's get started!",
    "Perfect, I'll go ahead and get that going for you!",
};
static const char *const buy_catch[] = {
    "Great! Just so you know, there's a one-time activation fee of {fee} and a twelve-month agreement.",
    "Great, let me get that started... okay, it'll be a twelve-month term, and the first bill includes a setup fee of {fee}.",
};
static const char *const buy_retract[] = {
    "Actually, cancel that. I don't want to be locked in.",
    "Wait, actually, scratch that. I'm not paying an activation fee.",
    "Actually, you know what, let's hold off. Don't put it through.",
};

/* ---- ordering a product ------------------------------------------------- */

static const char *const order_close_q[] = {
    "Want me to put the order in for you today?", "Shall I go ahead and place that order?",
    "Would you like me to ring that up for you?",
};
static const char *const order_commit_pos[] = {
    "Love it. I'll take it!", "Perfect, let's proceed with the purchase.", "That's exactly what I wanted. Let's do it!",
};
static const char *const order_commit_neu[] = {
    "Okay, I'll take it.", "Let's proceed with the purchase.", "Alright, go ahead and order it.",
    "Okay, let's do it.",
};
static const char *const order_commit_neg[] = {
    "Fine. I'll take it.", "Whatever. Just order it.", "Fine, order it. I'm not thrilled about the price, though.",
};
static const char *const order_done[] = {
    "Wonderful, I've placed the order.", "Great, the order is in. You'll get a confirmation email shortly.",
    "Done! Your order number is on its way by email.",
};
static const char *const order_ask_phone[] = {
    "Can I order it over the phone?", "Can you place the order for me right now?",
};
static const char *const order_recommit[] = {
    "No, you know what? Let's do it. I'll take it.", "Actually, no, go ahead and order it.",
    "Okay, I've thought about it. Let's proceed with the purchase.",
};
static const char *const order_if[] = {
    "I'd buy it today if it were cheaper.", "If you could get it down to {cp}, I'd order it today.",
    "I'd take it if you could deliver it this week.",
};
static const char *const order_online[] = {
    "Can I just order it online?", "Can I buy it through your website instead?",
};
static const char *const order_jump[] = {
    "Great, I'll go ahead and place that order for you!", "Awesome, let's get that ordered!",
};
static const char *const order_catch[] = {
    "Great! Just so you know, it's about three weeks out, and returns have a restocking fee of {fee}.",
    "Perfect, let me put that in... okay, there's a non-refundable deposit of {fee} today.",
};
static const char *const order_retract[] = {
    "Actually, cancel that. I can't wait that long.", "Wait, actually, scratch that. I need to measure first.",
    "Actually, you know what, let's hold off. Don't put it through.",
};

/* ---- booking an appointment --------------------------------------------- */

static const char *const book_close_q[] = {
    "Shall I put you down for {day} at {time}?", "Want me to lock in {day} at {time} for you?",
    "Should I go ahead and book {day} at {time}?", "Would you like me to book that for {day} at {time}?",
};
static const char *const book_commit_pos[] = {
    "{Day} at {time} is perfect. Go ahead and book it!", "Yes, I'll book that appointment. Thank you!",
    "Great, book me in!",
};
static const char *const book_commit_neu[] = {
    "Okay, go ahead and book it.", "Yes, I'll book that appointment.", "Yep, that works. Book it.",
    "Okay, put me down for {day} at {time}.",
};
static const char *const book_commit_neg[] = {
    "Fine. Book it.", "Whatever works. Just book it.", "Fine, put me down for {day}. Hopefully you actually show up.",
};
static const char *const book_done[] = {
    "You're booked for {day} at {time}.", "Great, I've got you down for {day} at {time}.",
    "All set for {day} at {time}. You'll get a reminder text the day before.",
};
static const char *const book_ask_phone[] = {"Can I book that over the phone?", "Can you book that for me right now?"};
static const char *const book_recommit[] = {
    "Actually, no, book it. I keep putting this off.", "No, let's do it. Go ahead and book it.",
};
static const char *const book_interest[] = {
    "I'm interested, but can you email me the open times? I need to check my calendar.",
    "Maybe. Can you send me the details and I'll look at my schedule?",
};
static const char *const book_defer[] = {
    "Let me check with work and call you back.", "Let me talk to my wife first, she has the calendar.",
    "Maybe next month, my schedule is packed right now.",
};
static const char *const book_refuse[] = {
    "No, I don't think I'll book anything today.", "No thanks, I'll wait.", "No, that's not going to work.",
};
static const char *const book_if[] = {
    "I'd book today if you had something on the weekend.", "If you had an evening slot I'd take it.",
};
static const char *const book_cant[] = {
    "Unfortunately those are full for the next few weeks.", "I'm sorry, we don't have anything like that open.",
};
static const char *const book_online[] = {"Can I book that through your app?", "Can I just book online?"};
static const char *const book_jump[] = {"I'll go ahead and reserve that for you!", "Great, I'll put you down for {day}!"};
static const char *const book_catch[] = {
    "Done, you're on the schedule for {day} at {time}.", "Okay, I've got you in for {day}.",
};
static const char *const book_retract[] = {
    "Actually, don't book it yet. I just remembered I have a work thing.",
    "Wait, actually, cancel that. I need to check with my boss first.",
};

/* ---- staying instead of cancelling -------------------------------------- */

static const char *const stay_close_q[] = {
    "Would you like me to apply that instead of cancelling?",
    "Shall I put that on your account so you can stay with us?",
    "Can I switch you to that instead of closing the account?",
};
static const char *const stay_commit_pos[] = {
    "Oh, that's really generous. Okay, I'll stay!", "You know what, that's great. Keep me on.",
};
static const char *const stay_commit_neu[] = {
    "Okay, I'll stay with that.", "Alright, if you can do that, I'll stay.",
    "Okay, let's do that instead of cancelling.",
};
static const char *const stay_commit_neg[] = {"Fine. I'll stay. For now.", "Fine, do that. But I'm still not happy."};
static const char *const stay_done[] = {
    "Done. I've applied that, and your account stays open.",
    "Great, I've made the change. You're all set and nothing gets cancelled.",
};
static const char *const stay_ask_phone[] = {"If I stay, does that start right away?", "Would that apply to my next bill?"};
static const char *const stay_recommit[] = {"No, okay. I'll stay on that.", "Alright. Let's do that instead of cancelling."};
static const char *const stay_defer[] = {
    "Let me talk it over with my partner first.", "I need to think about it. Don't change anything yet.",
};
static const char *const stay_refuse_neu[] = {
    "No thanks, I just want to cancel.", "That's kind of you, but no.", "No. Please just cancel it.",
};
static const char *const stay_refuse_neg[] = {"No. I've made up my mind. Cancel it.", "No. Stop trying and just cancel it."};
static const char *const stay_if[] = {
    "I'd stay if you could match their price.", "If you could get it down to {cp}, I'd stay.",
};
static const char *const stay_then[] = {"Then please go ahead and cancel.", "Then I'm going to cancel."};
static const char *const stay_jump[] = {
    "Great, I'll keep your account active then!", "Wonderful, I'll apply that and keep you with us!",
};
static const char *const stay_catch[] = {"Great, I'll just need to set up the new term, which runs twelve months."};
static const char *const stay_retract[] = {
    "Actually, no. Twelve months is too long. Please cancel it.",
    "Actually, cancel that. I'd rather just close the account.",
};

typedef struct {
    phrases close_q, commit[3], done, ask_phone, recommit, interest, defer, refuse[3], when_if, cant, then,
        online, jump, catch_, retract;
} kind_phrases;

static const kind_phrases kinds[] = {
    [GD_BUY] = {L(buy_close_q), {L(buy_commit_neg), L(buy_commit_neu), L(buy_commit_pos)}, L(buy_done),
                L(buy_ask_phone), L(buy_recommit), L(buy_interest), L(buy_defer),
                {L(buy_refuse_neg), L(buy_refuse_neu), L(buy_refuse_pos)}, L(buy_if), L(cant_meet), L(then_no),
                L(buy_online), L(buy_jump), L(buy_catch), L(buy_retract)},
    [GD_ORDER] = {L(order_close_q), {L(order_commit_neg), L(order_commit_neu), L(order_commit_pos)}, L(order_done),
                  L(order_ask_phone), L(order_recommit), L(buy_interest), L(buy_defer),
                  {L(buy_refuse_neg), L(buy_refuse_neu), L(buy_refuse_pos)}, L(order_if), L(cant_meet),
                  L(then_no), L(order_online), L(order_jump), L(order_catch), L(order_retract)},
    [GD_BOOK] = {L(book_close_q), {L(book_commit_neg), L(book_commit_neu), L(book_commit_pos)}, L(book_done),
                 L(book_ask_phone), L(book_recommit), L(book_interest), L(book_defer),
                 {L(book_refuse), L(book_refuse), L(book_refuse)}, L(book_if), L(book_cant), L(then_no),
                 L(book_online), L(book_jump), L(book_catch), L(book_retract)},
    [GD_STAY] = {L(stay_close_q), {L(stay_commit_neg), L(stay_commit_neu), L(stay_commit_pos)}, L(stay_done),
                 L(stay_ask_phone), L(stay_recommit), L(stay_defer), L(stay_defer),
                 {L(stay_refuse_neg), L(stay_refuse_neu), L(stay_refuse_neu)}, L(stay_if), L(cant_meet),
                 L(stay_then), L(stay_refuse_neu), L(stay_jump), L(stay_catch), L(stay_retract)},
};

const char *gd_outcome_name(gd_outcome o)
{
    static const char *const names[GD_OUTCOME_COUNT] = {
        [GD_WIN_EXPLICIT] = "explicit commitment",
        [GD_WIN_CLOSE_YES] = "yes to the agent's closing question",
        [GD_WIN_QUESTION] = "asked how, then committed",
        [GD_WIN_HESITATE] = "hesitated, then committed",
        [GD_LOSE_INTEREST] = "interest only, asked for details",
        [GD_LOSE_DEFER] = "deferred",
        [GD_LOSE_REFUSE] = "refused",
        [GD_LOSE_IF] = "conditional, condition not met",
        [GD_LOSE_QUESTION] = "only asked how to do it",
        [GD_LOSE_AGENT] = "agent pushed ahead without agreement",
        [GD_LOSE_RETRACT] = "committed then retracted",
    };
    return names[o];
}

static void agent_says(gd_plan *p, const char *line)
{
    if (gc_last(p->c) == GC_AGENT)
        gc_add(p->c, line);
    else
        gc_say(p->c, GC_AGENT, line);
}

static void set_cp(gd_plan *p)
{
    int64_t base = p->main_cents > 0 ? p->main_cents : 5000;
    int64_t cp = base * 7 / 10 / 100 * 100; /* about 30% off, whole dollars */
    if (cp < 100)
        cp = 100;
    gc_set_price(p->c, GS_CP, cp, GNUM_ONCE);
}

void gd_deal(gd_plan *p)
{
    gc_call *c = p->c;
    const kind_phrases *k = &kinds[p->kind];
    int mood = p->cur + 1;
    switch (p->outcome) {
    case GD_WIN_EXPLICIT:
        gc_say(c, GC_CUSTOMER, pick(p, k->commit[mood]));
        gc_say(c, GC_AGENT, pick(p, k->done));
        break;
    case GD_WIN_CLOSE_YES:
        agent_says(p, pick(p, k->close_q));
        gc_say(c, GC_CUSTOMER, GD_MOOD_PICK(p, yes_neg, yes_neu, yes_pos));
        gc_say(c, GC_AGENT, pick(p, k->done));
        break;
    case GD_WIN_QUESTION:
        gc_say(c, GC_CUSTOMER, pick(p, k->ask_phone));
        gc_say(c, GC_AGENT, GD_PICK(p, ans_phone));
        gc_say(c, GC_CUSTOMER, pick(p, k->commit[mood]));
        gc_say(c, GC_AGENT, pick(p, k->done));
        break;
    case GD_WIN_HESITATE:
        gc_say(c, GC_CUSTOMER, GD_PICK(p, hesitate));
        gc_say(c, GC_AGENT, GD_PICK(p, no_pressure));
        gc_say(c, GC_CUSTOMER, pick(p, k->recommit));
        gc_say(c, GC_AGENT, pick(p, k->done));
        break;
    case GD_LOSE_INTEREST:
        if (p->kind == GD_STAY) {
            gc_say(c, GC_CUSTOMER, pick(p, k->interest));
            gc_say(c, GC_AGENT, GD_PICK(p, hold_stay));
            break;
        }
        if (grng_chance(p->r, 0.5))
            agent_says(p, pick(p, k->close_q));
        if (p->cur == GC_POS && p->kind != GD_BOOK && grng_chance(p->r, 0.5))
            gc_say(c, GC_CUSTOMER, "Sounds good, I'll think about it.");
        else
            gc_say(c, GC_CUSTOMER, pick(p, k->interest));
        gc_say(c, GC_AGENT, GD_PICK(p, email_sent));
        break;
    case GD_LOSE_DEFER:
        gc_say(c, GC_CUSTOMER, pick(p, k->defer));
        if (grng_chance(p->r, 0.5)) {
            gc_say(c, GC_AGENT, GD_PICK(p, callback_offer));
            gc_say(c, GC_CUSTOMER, GD_PICK(p, callback_yes));
            gc_note(c, "'yes' to a callback is not a purchase");
        } else {
            gc_say(c, GC_AGENT, p->kind == GD_STAY ? GD_PICK(p, hold_stay) : GD_PICK(p, take_time));
        }
        break;
    case GD_LOSE_REFUSE:
        if (grng_chance(p->r, 0.6))
            agent_says(p, pick(p, k->close_q));
        gc_say(c, GC_CUSTOMER, pick(p, k->refuse[mood]));
        if (p->kind != GD_STAY)
            gc_say(c, GC_AGENT, GD_PICK(p, ack_refuse));
        break;
    case GD_LOSE_IF:
        set_cp(p);
        gc_say(c, GC_CUSTOMER, pick(p, k->when_if));
        gc_say(c, GC_AGENT, pick(p, k->cant));
        gc_say(c, GC_CUSTOMER, pick(p, k->then));
        break;
    case GD_LOSE_QUESTION:
        gc_say(c, GC_CUSTOMER, pick(p, k->online));
        if (p->kind == GD_STAY)
            break; /* "can I do it online" makes no sense here: the customer just refuses */
        gc_say(c, GC_AGENT, GD_PICK(p, online_ans));
        gc_say(c, GC_CUSTOMER, GD_PICK(p, later_maybe));
        break;
    case GD_LOSE_AGENT:
        gc_say(c, GC_CUSTOMER, GD_PICK(p, unsure));
        gc_say(c, GC_AGENT, pick(p, k->jump));
        if (p->kind == GD_STAY) {
            gc_say(c, GC_CUSTOMER, GD_PICK(p, stop_jump_stay));
            break;
        }
        gc_say(c, GC_CUSTOMER, GD_PICK(p, stop_jump));
        gc_say(c, GC_AGENT, GD_PICK(p, sorry_jump));
        gc_say(c, GC_CUSTOMER, GD_PICK(p, not_now));
        break;
    case GD_LOSE_RETRACT:
        gc_set_price(c, GS_FEE, (int64_t)(25 + 5 * grng_below(p->r, 6)) * 100, GNUM_ONCE);
        gc_say(c, GC_CUSTOMER, pick(p, k->commit[mood]));
        gc_say(c, GC_AGENT, pick(p, k->catch_));
        gc_say(c, GC_CUSTOMER, pick(p, k->retract));
        gc_say(c, GC_AGENT, p->kind == GD_STAY ? GD_PICK(p, retract_ok_stay) : GD_PICK(p, retract_ok));
        break;
    case GD_OUTCOME_COUNT:
        break;
    }
    if (p->kind == GD_STAY && !p->win && p->outcome != GD_LOSE_DEFER && p->outcome != GD_LOSE_INTEREST)
        gc_say(c, GC_AGENT, p->ind->recurring ? GD_PICK(p, cancel_done) : GD_PICK(p, cancel_done_once));
    gc_note(c, "%s: %s", p->win ? "conversion" : "no conversion", gd_outcome_name(p->outcome));
}
