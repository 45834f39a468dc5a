/* gen_dialogue_int.h - shared between the dialogue files (gen_dialogue.c,
 * gen_frame.c, gen_deal.c, gen_addon.c, gen_scenes.c): the plan of one call and the building blocks. */
#ifndef CZ_GEN_DIALOGUE_INT_H
#define CZ_GEN_DIALOGUE_INT_H

#include <stdbool.h>

#include "gen_agents.h"
#include "gen_call.h"
#include "gen_industry.h"
#include "gen_rng.h"

typedef enum { GD_SALES, GD_SUPPORT, GD_CANCEL, GD_BOOKING } gd_scene;

/* How the main purchase, booking or retention offer ends. */
typedef enum {
    GD_WIN_EXPLICIT,   /* "Sign me up." */
    GD_WIN_CLOSE_YES,  /* agent's closing question, customer "Yes, please." */
    GD_WIN_QUESTION,   /* "Can I do it over the phone?" then commits */
    GD_WIN_HESITATE,   /* "maybe I should wait" then commits after all */
    GD_LOSE_INTEREST,  /* "I'm interested, email me the details" */
    GD_LOSE_DEFER,     /* "Let me talk to my wife first" */
    GD_LOSE_REFUSE,    /* "No thanks" */
    GD_LOSE_IF,        /* "I'd sign up if it were cheaper" */
    GD_LOSE_QUESTION,  /* only asks how to sign up */
    GD_LOSE_AGENT,     /* agent says "let's get started", customer never agreed */
    GD_LOSE_RETRACT,   /* commits, then "Actually, cancel that" */
    GD_OUTCOME_COUNT
} gd_outcome;

/* What happens to one add-on offer. */
typedef enum {
    GD_UP_ACCEPT,      /* offered with price, accepted */
    GD_UP_REVISED,     /* "normally $30 but I can do $20", accepted at the revised price */
    GD_UP_NAMED,       /* the customer names it with its price */
    GD_UP_ASK_ACCEPT,  /* customer asks the price, then takes it */
    GD_UP_DECLINE,
    GD_UP_ASK_DECLINE, /* customer asks the price, then passes */
    GD_UP_UNANSWERED,  /* mentioned with a price, never answered */
    GD_UP_RETRACT,     /* accepted, then taken back */
    GD_UP_COUNT
} gd_upsell;

/* What the deal is about: signing up for a plan, ordering a product, booking
 * an appointment, or staying instead of cancelling. */
typedef enum { GD_BUY, GD_ORDER, GD_BOOK, GD_STAY } gd_kind;

typedef struct {
    gc_call *c;
    grng *r;
    const gi_industry *ind;
    const ga_agent *agent;
    gd_scene scene;
    gd_kind kind;        /* what the deal is: a purchase, a booking, staying */
    gc_mood start, end;  /* customer's attitude at the start and at the end */
    gc_mood cur;         /* attitude right now */
    gd_outcome outcome;
    bool win;            /* is_conversion */
    bool fixed;          /* support: problem solved on the call */
    size_t nups;
    gd_upsell ups[2];
    unsigned addons_used; /* bit i: industry add-on i already offered */
    int64_t main_cents;   /* price of the main purchase, if any */
} gd_plan;

#define GD_PICK(p, arr) GC_PICK((p)->c, arr)
/* One phrase from the table matching the customer's current mood. */
#define GD_MOOD_PICK(p, neg, neu, pos) \
    ((p)->cur == GC_NEG ? GD_PICK(p, neg) : (p)->cur == GC_POS ? GD_PICK(p, pos) : GD_PICK(p, neu))

/* gen_frame.c: moods and the common frame of every call. */
void gd_react(gd_plan *p);               /* a short customer reaction in the current mood */
void gd_react_maybe(gd_plan *p, double chance);
void gd_turn_mood(gd_plan *p);           /* switch to the end mood, with a line if it changes */
void gd_verify(gd_plan *p, bool existing); /* account check (existing customer) or name and
                                             * email (new one); sometimes a non-purchase "yes" */
void gd_wrapup(gd_plan *p);              /* "anything else?", end-mood lines, goodbye */
void gd_customer_open(gd_plan *p, const char *body); /* mood opener + body as one turn */

/* gen_deal.c: the moment of (non-)commitment. */
void gd_deal(gd_plan *p);                /* plays p->outcome for p->kind */
const char *gd_outcome_name(gd_outcome o);

/* gen_addon.c: add-on offers; accepted prices go into the upsell amount. */
void gd_upsells(gd_plan *p);             /* plays p->ups[0..nups) */
void gd_addon_offer(gd_plan *p, gd_upsell u); /* one add-on exchange */

/* gen_scenes.c: one scenario body each. */
void gd_scene_sales(gd_plan *p);
void gd_scene_support(gd_plan *p);
void gd_scene_cancel(gd_plan *p);
void gd_scene_booking(gd_plan *p);

#endif
