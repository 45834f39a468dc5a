/* gen_frame.c - what every call shares around its scenario: the customer's
 * opener and mood reactions, mood changes, the account check (with its
 * non-purchase "yes"), and the wrap-up with the agent's polite goodbye. */
#include "gen_dialogue_int.h"

/* ---- moods -------------------------------------------------------------- */

static const char *const open_neg[] = {
    "Finally, a human. I've been on hold forever.",
    "Oh great, another half hour of hold music. Love that.",
    "Hi. I'll be honest, I'm not in a great mood.",
    "Yeah, hi. Your website is useless, so here I am.",
    "Hi. I'm pretty annoyed right now, so bear with me.",
    "Wonderful, the automated menu hung up on me twice before this.",
};
static const char *const open_neg_problem[] = {
    "This is the third time I'm calling about this.",
    "I'm really frustrated right now.",
    "Hi. I'm not happy, so I'll get right to it.",
    "Honestly, I'm fed up.",
};
static const char *const open_pos[] = {
    "Hi! Hope your day's going well.",
    "Hey there, thanks for picking up so fast!",
    "Hi! I've been with you guys for years and I love it.",
    "Oh good, a real person! Hi!",
    "Hi there! You folks were so helpful last time.",
    "Hello! I'm in a great mood today, so let's make this easy.",
};
static const char *const open_neu[] = {
    "Hi.", "Hi there.", "Hello, yes.", "Hi, good morning.", "Yeah, hi.", "Hi, thanks.", "Hey.",
};

static const char *const react_neg[] = {
    "That's ridiculous.",
    "Unbelievable.",
    "Oh, wonderful. Just wonderful.",
    "I'm not happy about this at all.",
    "You've got to be kidding me.",
    "Figures.",
    "This is so frustrating.",
    "Oh great, that's exactly what I needed today.",
    "Honestly, that's terrible.",
    "Why is everything so hard with you guys?",
    "Perfect. Just perfect.",
    "Great. Love that for me.",
    "I'm not impressed.",
};
static const char *const react_pos[] = {
    "Oh nice, that's great.",
    "Awesome, I appreciate that.",
    "That's really helpful, thank you.",
    "Oh, not bad at all.",
    "Oh, I love that.",
    "Wonderful, thank you!",
    "That's good to hear.",
    "You're the best, honestly.",
};
static const char *const react_neu[] = {
    "Okay.", "Alright.", "Got it.", "I see.", "Okay, makes sense.", "Right.", "Mm-hm.",
    "Okay, no problem.", "Hmm, not sure, but okay.", "Uh-huh.",
};

static const char *const shift_up_from_neg[] = {
    "Oh, thank goodness.",
    "Oh wow, okay. That's actually a relief.",
    "Really? Okay, that's so much better.",
    "Oh, that's a huge relief, thank you.",
};
static const char *const shift_up_from_neu[] = {
    "Oh, nice.", "Oh, that's great.", "Oh good, that's a relief.", "Oh wow, that's perfect.",
};
static const char *const shift_down_from_pos[] = {
    "Wait, what? That's not okay.",
    "Hold on. That's really not what I wanted to hear.",
    "Seriously? Wow.",
    "Okay, now I'm annoyed.",
};
static const char *const shift_down_from_neu[] = {
    "Wait, seriously?", "That's really annoying.", "Are you kidding me?", "Ugh. That's terrible.",
};

void gd_react(gd_plan *p)
{
    const char *line;
    if (p->cur == GC_NEG)
        line = GD_PICK(p, react_neg);
    else if (p->cur == GC_POS)
        line = GD_PICK(p, react_pos);
    else
        line = GD_PICK(p, react_neu);
    gc_say(p->c, GC_CUSTOMER, line);
}

void gd_react_maybe(gd_plan *p, double chance)
{
    if (grng_chance(p->r, chance))
        gd_react(p);
}

void gd_turn_mood(gd_plan *p)
{
    if (p->cur == p->end)
        return;
    const char *line;
    if (p->end == GC_POS)
        line = p->cur == GC_NEG ? GD_PICK(p, shift_up_from_neg) : GD_PICK(p, shift_up_from_neu);
    else
        line = p->cur == GC_POS ? GD_PICK(p, shift_down_from_pos) : GD_PICK(p, shift_down_from_neu);
    p->cur = p->end;
    if (gc_last(p->c) == GC_CUSTOMER)
        gc_add(p->c, line);
    else
        gc_say(p->c, GC_CUSTOMER, line);
}

void gd_customer_open(gd_plan *p, const char *body)
{
    const char *open;
    if (p->start == GC_NEG)
        open = p->scene != GD_SALES && p->scene != GD_BOOKING && grng_chance(p->r, 0.5)
                   ? GD_PICK(p, open_neg_problem)
                   : GD_PICK(p, open_neg);
    else if (p->start == GC_POS)
        open = GD_PICK(p, open_pos);
    else
        open = grng_chance(p->r, 0.6) ? GD_PICK(p, open_neu) : NULL;
    if (open) {
        gc_say(p->c, GC_CUSTOMER, open);
        gc_add(p->c, body);
    } else {
        gc_say(p->c, GC_CUSTOMER, body);
    }
}

/* ---- account check ------------------------------------------------------ */

static const char *const ask_acct[] = {
    "Can I get your {acct}?",
    "Can you verify your {acct} for me?",
    "And what's the {acct}?",
    "Let me pull that up. What's your {acct}, please?",
};
static const char *const give_acct[] = {
    "Sure, it's {acnum}.", "It's {acnum}.", "Yeah, {acnum}.", "{Acnum}.", "Okay, one sec... {acnum}.",
};
static const char *const ask_email[] = {
    "Thanks, {cu}. And is the email on file still {email}?",
    "Got it. Is {email} still the best email for you?",
    "Thank you. I'll send a confirmation to {email}, is that right?",
};
static const char *const yes_email[] = {
    "Yes, that's my email.", "Yep, that's the one.", "Yes, that's right.", "Yes, that's it.",
};
static const char *const thanks_found[] = {
    "Thanks, I've got your account up.", "Perfect, I see it here.", "Great, thank you. One moment.",
    "Okay, I found you.",
};

static const char *const ask_name[] = {
    "Can I get your full name?", "Let me take a few details. What's your name?",
    "Who do I have the pleasure of speaking with?",
};
static const char *const give_name[] = {"{Cu} {cul}.", "It's {cu} {cul}.", "Sure, {cu} {cul}."};
static const char *const ask_new_email[] = {
    "Thanks, {cu}. And a good email for you?", "Great. What's the best email to reach you?",
};
static const char *const give_email[] = {"It's {email}.", "{Email}.", "Sure, {email}."};

void gd_verify(gd_plan *p, bool existing)
{
    if (!existing) {
        gc_say(p->c, GC_AGENT, GD_PICK(p, ask_name));
        gc_say(p->c, GC_CUSTOMER, GD_PICK(p, give_name));
        gc_say(p->c, GC_AGENT, GD_PICK(p, ask_new_email));
        gc_say(p->c, GC_CUSTOMER, GD_PICK(p, give_email));
        gc_say(p->c, GC_AGENT, "Got it.");
        return;
    }
    gc_say(p->c, GC_AGENT, GD_PICK(p, ask_acct));
    gc_say(p->c, GC_CUSTOMER, GD_PICK(p, give_acct));
    if (grng_chance(p->r, 0.35)) {
        gc_say(p->c, GC_AGENT, GD_PICK(p, ask_email));
        gc_say(p->c, GC_CUSTOMER, GD_PICK(p, yes_email));
        gc_note(p->c, "'yes' confirming email is not a purchase");
    } else {
        gc_say(p->c, GC_AGENT, GD_PICK(p, thanks_found));
    }
}

/* ---- wrap-up ------------------------------------------------------------ */

static const char *const anything_else[] = {
    "Is there anything else I can help you with today?",
    "Anything else I can do for you?",
    "Is there anything else on your mind today?",
    "Can I help with anything else?",
};
static const char *const end_pos[] = {
    "No, that's everything. Thank you so much, you've been really helpful!",
    "Nope, that's it. You made this so easy, I really appreciate it.",
    "No, you've been amazing. Thanks so much.",
    "That's all. Honestly, best customer service I've had in a while.",
    "No, I'm all set. Thanks, you're a lifesaver.",
    "No, that's it. I'm really happy with how this went, thank you.",
};
static const char *const end_neg[] = {
    "No. I'm really not happy with how this was handled.",
    "Nope. Honestly, this was an awful experience.",
    "No. This whole thing has been a nightmare.",
    "No. I'm not satisfied, and I want that on record.",
};
/* Negative endings that sound like walking away: only for calls with no sale,
 * so they can never be read as taking a purchase back. */
static const char *const end_neg_leave[] = {
    "No. This is ridiculous, I'm done.",
    "No. Thanks for nothing.",
    "No. I'll be looking for another company.",
};
static const char *const end_neu[] = {
    "No, that's it.", "No, that's all, thanks.", "Nope, that's everything.", "No, I think that covers it.",
    "No, that's it for now.",
};
static const char *const end_direct_pos[] = {
    "Okay, that's all I needed. Thank you so much, really!",
    "Great, that's everything. You've been wonderful.",
    "Perfect. Thanks a ton, you really made my day.",
};
static const char *const end_direct_neg[] = {
    "Fine. This was a total waste of my afternoon.",
    "Okay. I'm still not happy about any of this.",
};
static const char *const end_direct_neg_leave[] = {
    "Whatever. I'm done with this.",
    "This is ridiculous. I'm done.",
};
static const char *const end_direct_neu[] = {
    "Okay. Thanks.", "Alright, thank you.", "Okay, got it. Thanks.", "Alright, that's all I needed.",
};
static const char *const bye_agent[] = {
    "Thanks for calling {co}, {cu}. Have a great day!",
    "Alright! Have a great day.",
    "Thank you for choosing {co}. Have a wonderful day!",
    "Alright, take care and have a great day!",
    "My pleasure. Have a great rest of your day!",
    "Thanks, {cu}. Have a good one!",
};
static const char *const bye_agent_sorry[] = {
    "I understand, and I'm sorry for the trouble. I hope you still have a great day.",
    "I'm sorry again, {cu}. Have a great day.",
    "I hear you, and I apologize. Thank you for calling {co}, have a good day.",
};
static const char *const bye_agent_plain[] = {
    "Okay. Thanks for calling.", "Alright, bye now.", "Thank you, goodbye.",
};
static const char *const bye_cust_pos[] = {"You too! Bye.", "Bye!", "Thanks, you too!"};
static const char *const bye_cust_neu[] = {"You too. Bye.", "Bye.", "Thanks, bye."};
static const char *const bye_cust_neg[] = {"Yeah. Whatever.", "Bye.", "Mm. Bye."};

void gd_wrapup(gd_plan *p)
{
    gd_turn_mood(p);
    if (grng_chance(p->r, 0.7)) {
        gc_say(p->c, GC_AGENT, GD_PICK(p, anything_else));
        if (p->end == GC_NEG)
            gc_say(p->c, GC_CUSTOMER,
                   !p->win && grng_chance(p->r, 0.5) ? GD_PICK(p, end_neg_leave) : GD_PICK(p, end_neg));
        else
            gc_say(p->c, GC_CUSTOMER, p->end == GC_POS ? GD_PICK(p, end_pos) : GD_PICK(p, end_neu));
    } else {
        if (p->end == GC_NEG)
            gc_say(p->c, GC_CUSTOMER,
                   !p->win && grng_chance(p->r, 0.5) ? GD_PICK(p, end_direct_neg_leave)
                                                     : GD_PICK(p, end_direct_neg));
        else
            gc_say(p->c, GC_CUSTOMER, p->end == GC_POS ? GD_PICK(p, end_direct_pos) : GD_PICK(p, end_direct_neu));
    }
    if (grng_chance(p->r, 0.95))
        gc_say(p->c, GC_AGENT, p->end == GC_NEG ? GD_PICK(p, bye_agent_sorry) : GD_PICK(p, bye_agent));
    else
        gc_say(p->c, GC_AGENT, GD_PICK(p, bye_agent_plain));
    if (grng_chance(p->r, 0.4))
        gc_say(p->c, GC_CUSTOMER,
               p->end == GC_POS ? GD_PICK(p, bye_cust_pos) : p->end == GC_NEG ? GD_PICK(p, bye_cust_neg) : GD_PICK(p, bye_cust_neu));
}

