/* kpi_dialog.h - internal to the kpi module: what the agent and the customer
 * do in each turn, and the state of the walk over a call that pairs the
 * agent's questions and offers with the customer's answers.
 *
 * The model: each agent turn leaves the customer something to answer (a
 * closing question, an add-on offer, some other question, or nothing) and
 * may put priced items on the table; each customer turn is a list of events
 * (commitments, yeses, refusals, deferrals, retractions...) that answer it.
 * What the customer accepted, and did not take back, decides conversion and
 * upsell. */
#ifndef CZ_KPI_DIALOG_H
#define CZ_KPI_DIALOG_H

#include "kpi_internal.h"

/* --- the agent's side of a turn (kpi_agent.c) --- */

typedef struct {
    int64_t cents;
    bool old;          /* "normally $150": replaced by a later price in the turn */
    bool each;         /* priced per unit ("each", "per seat"): a quantity multiplies it */
    bool bundle;       /* a price for a set ("the pair for $420"): never multiplied */
    int qty;           /* quantity said with the unit price ("two of them at $240 each"); 0 */
    int64_t alt;       /* a spoken pair's other reading (kpi_amount.alt); 0 */
    uint8_t per;       /* what a unit price is per (kpi_amount.per) */
    bool in_offer;     /* in or after the sentence that offers an add-on */
    bool in_question;  /* in a question sentence ("and cushions for $40?") */
    size_t start, end; /* the amount in the turn's text */
    size_t item_start, item_end; /* words that name what the price is for */
} dlg_price;

/* What an agent turn leaves the customer to answer. */
typedef enum {
    ASK_NONE,    /* a statement */
    ASK_CLOSING, /* a purchase closing question or proposal, or a save offer */
    ASK_OFFER,   /* an add-on offer */
    ASK_OTHER,   /* some other question: email, address, callback... */
} dlg_ask;

typedef struct {
    dlg_ask ask;
    bool asked;       /* ... as a question, not a proposal ("we can also add X") */
    bool retention;   /* a save offer on a cancellation */
    bool confirm;     /* carries out a purchase: "you're booked", "added" */
    bool offer;       /* offers an add-on (cue words) */
    bool offer_named; /* "would you like X?": an add-on once something is bought */
    bool upgrade;     /* the offer is only an upgrade */
    bool revision;    /* revises a price: "i can do $20" */
    bool readback;    /* reads the order back for the customer to confirm */
    bool mentions_readback; /* has a read-back cue anywhere, asked or not */
    bool failure;     /* reports that the purchase could not be made */
    bool offer_addon; /* the offer says it comes on top: "add", "also", "extra" */
    bool asks_more;   /* asks whether the customer wants anything else */
    bool order_prompt; /* asks for the order: "what can I get you?" */
    bool free_service; /* gives something free: "no charge", "I'll credit you" */
    bool increment;   /* offers at a price said as an increment ("for $12 more",
                       * "it's five extra"): increment_at is that price's index */
    size_t increment_at;
    size_t offer_start, offer_end; /* the offer's words, when offer */
    size_t offer_cue;  /* where its cue starts ("do you want to add"), within them */
    dlg_price *prices; /* sale prices (fees, credits, discounts left out), in order */
    size_t n_price, cap_price;
} dlg_agent;

/* Where the words of agent text t naming what the price at offset price is
 * for start, given they may start at from: at the "and" that an "also"
 * after it shows joins one more thing ("two extra seats and there's also
 * priority support at forty"), else at from. */
size_t dlg_item_words_start(const kpi_text *t, size_t from, size_t price);
/* Does text t say the amount cents whole, as a number that starts a word
 * ("three hundred fifty flat", "$60"; the "fifty" of "three fifty" starts
 * none)? */
bool dlg_says_amount(const kpi_text *t, int64_t cents);
/* price_asked: the customer's last turn asked what something costs; sold:
 * something is bought already, so "that's one twenty nine" prices an extra;
 * cancelling: the customer asked to cancel, so a save offer's pause, freeze
 * or credit is the offer itself ([save_measure]), not a non-purchase. */
void dlg_agent_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, bool price_asked,
                       bool sold, bool cancelling, dlg_agent *a);
void dlg_agent_free(dlg_agent *a);

/* --- the customer's side of a turn (kpi_customer.c) --- */

typedef enum {
    CE_COMMIT, CE_REQUEST, CE_AFFIRM, CE_AFFIRM_WEAK, CE_DECLINE, CE_DEFER,
    CE_INFO, CE_RETRACT, CE_ADDON, CE_BOTH, CE_CONFIRM, CE_SLOT
} dlg_ev_kind;

typedef struct {
    dlg_ev_kind kind;
    size_t start, end;     /* the matched words */
    size_t cstart, cend;   /* the clause around them */
    bool at_start;         /* among the first words of the turn or a sentence */
    bool polite;           /* a request phrased as a question: "can you add it?" */
    bool add_verb;         /* says "add", "include" or "throw in", or "also", "too", "extra" */
    bool says_add;         /* says "add", "include" or "throw in" itself */
    bool refers_back;      /* "I'll do that": may agree to a task, not a purchase */
    bool consumed;         /* taken as the answer to an add-on offer */
    bool if_price;         /* "I'll stay if it's sixty": its only condition names an amount */
    size_t if_num;         /* that amount's first word, when if_price */
} dlg_event;

typedef struct {
    dlg_event *ev; size_t n, cap;  /* in text order */
    bool question;       /* asks something */
    bool price_question; /* asks what something costs */
    size_t ask_start, ask_end; /* the sentence of the price question */
    bool addon_words;    /* "also", "add", "too", "extra": wants something more */
    bool seek;           /* looks for something to buy: "i need a rental car" */
    bool owned;          /* refers to a purchase made before the call: "my booking" */
    size_t seek_start, seek_end; /* the sentence that says so */
} dlg_customer;

void dlg_customer_analyze(const kpi_text *t, dlg_customer *c);
void dlg_customer_free(dlg_customer *c);
/* Whether a clause of the customer's text [a, b) names the item described by
 * the words [ia, ib) of text at: they share a content word. */
bool dlg_names_item(const kpi_text *ct, size_t a, size_t b, const kpi_text *at, size_t ia,
                    size_t ib);
/* Whether [a, b) of t names anything at all: it holds a word that could name
 * an item (not a stopword, not part of a spoken number), or a hyphenated
 * compound. dlg_names_item of a span against itself, said once and in one
 * pass instead of comparing every word with every other. */
bool dlg_names_something(const kpi_text *t, size_t a, size_t b);
/* Whether the agent's offer [a, b) of text ot names the purchase the
 * customer asked for in [ra, rb) of text rt: as dlg_names_item, but a word
 * in a phrase of place or time on either side ("champagne waiting at the
 * table" after "a table for two", "seats on Pro" after "move to Pro") says
 * where or when, not what is bought, and names nothing. */
bool dlg_names_request(const kpi_text *ot, size_t a, size_t b, const kpi_text *rt, size_t ra,
                       size_t rb);
/* Whether word k of t is an "and" that opens a second request of the
 * customer's own ("book the eighth and put me on the list", "sign me up
 * and text me the details"): what the second asks for (a waitlist, a
 * callback) is not the object of the first. */
bool dlg_second_request(const kpi_text *t, size_t k);
/* Whether the clause [a, b) of t has a non-purchase object (email, callback). */
bool dlg_nonpurchase(const kpi_text *t, size_t a, size_t b);
/* Where the last non-purchase match within [a, b) of t starts, leaving out
 * those that overlap a [save_measure] ("freeze it", "a credit"): said of a
 * save offer on a cancellation call they are the offer itself; -1 if none. */
long dlg_last_nonpurchase_unsaved(const kpi_text *t, size_t a, size_t b);

/* --- the walk (kpi_dialog.c, kpi_conversion.c, kpi_upsell.c) --- */

typedef enum { ACC_MAIN, ACC_ADDON } dlg_acc_kind;

/* Something the customer accepted, in call order, so that a retraction can
 * find what it takes back. */
typedef struct {
    dlg_acc_kind kind;
    int turn;
    size_t start, end;   /* the customer's words */
    int64_t cents;       /* add-ons */
    bool upgrade;        /* an add-on offered only as an upgrade */
    int item;            /* index in dlg_state.items; -1 */
    bool retracted;
    bool by_yes;         /* a yes to a question or a pick, not the customer's own words */
    bool tentative;      /* ... that the agent answered with a closing question */
    bool unsure;         /* not carried out when the agent then asked to close:
                          * "not right now" to that question takes it back */
    bool free;           /* ... while what the agent put on the table was free */
    bool choice;         /* ... to a question that proposed no purchase ("how
                          * does that sound?" after a listing): a choice until
                          * the agent carries something out */
    bool beside_no;      /* the same turn refuses something too ("forget the wine,
                          * we'll order a bottle"): no plain yes to an extra */
    bool count_said;     /* the customer said how many ("just one for me", "two
                          * of us"): a read-back's other numbers count nothing */
    bool failed;         /* taken back by the agent's report that the purchase
                          * failed; a later notice that it went through, with
                          * nothing refused since, gives it back */
} dlg_accept;

typedef enum { IT_ADDON, IT_UPGRADE, IT_MAIN } dlg_item_kind;

/* Something priced or offered on the table. */
typedef struct {
    dlg_item_kind kind;
    int turn;            /* agent turn that offered or priced it */
    int words_turn;      /* turn whose words [ws, we) name it */
    size_t ws, we;
    int64_t cents;       /* 0 while the price is not known */
    bool each, bundle;   /* as dlg_price */
    int qty;
    int64_t alt;         /* as dlg_price */
    uint8_t per;         /* as dlg_price */
    bool open;           /* a plain yes still answers it */
    bool stated;         /* priced with no offer word: a refusal of it still
                          * speaks to the purchase as well */
    bool declined;
    bool accepted;
    int waited;          /* customer turns since it was offered */
    signed char verdict; /* the current customer turn's answer: 0, 1 yes, 2 no */
    bool on_base;        /* an upgrade priced as an increment over a base the same
                          * turn priced ("the oak frame is $85. For $25 more, museum
                          * glass"): taking it buys the base too */
    int alt_of;          /* "$35 now, or $45 at the airport": 1 + the index of
                          * the item this one is the other price of; 0 */
    const void *why;     /* the dlg_event that gave it */
    bool on_choice;      /* read as the purchase, but offered with on-top words
                          * ("add", "also", "with that") after the customer chose
                          * something (picked, agreed to a price, asked for it):
                          * taking it adds to that choice (upsell_finish) */
} dlg_item;

typedef struct {
    const turns_t *turns;
    kpi_text *texts;
    dlg_agent *agent;    /* per turn; filled for agent turns */
    dlg_accept *acc; size_t n_acc, cap_acc;
    dlg_item *items; size_t n_item, cap_item;
    dlg_ask ask;         /* what the last agent turn asked */
    bool asked;          /* ... as a question */
    bool readback;       /* ... by reading the order back */
    bool readback_cue;   /* ... or has a read-back cue somewhere in the turn */
    bool asks_more;      /* ... or asked whether the customer wants anything else */
    bool order_prompt;   /* ... or asked for the order */
    int fulfil_turn;     /* the agent's last notice that a purchase is made; -1 */
    int slot_turn;       /* the customer named a day or time for a request; -1 */
    int ask_turn;        /* that turn; -1 */
    int ask_wait;        /* customer turns since */
    int request_turn;    /* customer asked to buy, awaiting the agent; -1 */
    int pick_turn;       /* customer picked a slot the agent offered, awaiting it; -1 */
    int pick_words;      /* turn whose words name the slot picked: pick_turn, or the
                          * agent's offer that a bare "perfect" took */
    const dlg_customer *cust_now; /* the customer turn being read by upsell; NULL */
    const kpi_scratch *amt_now;   /* ... and its amounts (kpi_amounts_find); NULL */
    size_t pick_start, pick_end;
    size_t request_start, request_end;
    int asked_turn;      /* customer asked a price, awaiting the agent's; -1 */
    size_t asked_start, asked_end;
    bool asked_addon;    /* ... for something extra ("also", "add") */
    int seek_turn;       /* customer last looked for something to buy; -1 */
    bool owned;          /* before accepting anything the customer referred to a
                          * purchase made before the call: what is bought on
                          * top of it is an add-on even with nothing else bought */
    bool owned_add;      /* ... and asked, before buying anything, to add to it or
                          * upgrade it ("add the snorkel tour", "a seat upgrade") */
    size_t seek_start, seek_end;
    int free_turn;       /* agent's turn that gave something free with nothing sold yet; -1 */
    bool priced;         /* the agent has stated a sale price */
    int priced_turn;     /* ... last in this turn; -1 */
    int yes_turn;        /* customer said a yes that took nothing, after a purchase; -1 */
    int no_turn;         /* customer's last turn with a refusal or deferral; -1 */
    int assent_turn;     /* customer's last turn with a yes of any kind; -1 */
    int decline_turn;    /* customer's last turn that opened with a refusal; -1 */
    int agree_turn;      /* customer's last turn that agreed (a yes, a commitment,
                          * a request) and nothing refused since; -1 */
    dlg_event yes_ev;    /* ... that yes */
    bool priced_ok;      /* the customer's answer to the agent's last priced turn
                          * agreed in some way ("that's the one", "Wednesday is
                          * fine") and refused nothing */
    int failed_turn;     /* the agent's last report that a purchase failed; -1 */
    int failed_request;  /* the request that failure found awaiting the agent
                          * (a purchase asked for, not yet carried out); -1 */
    size_t failed_start, failed_end;
    bool fail_refused;   /* the customer refused or put off something since it */
    int cancel_turn;     /* the customer asked to cancel, with nothing bought in the
                          * call; -1 */
    bool cust_asked;     /* the customer's last turn asked or refused something */
    int echo_turn;       /* the agent turn whose proposal the agreement (agree_turn)
                          * took up by repeating its verb ("we can freeze it" -
                          * "okay, freeze it then"); -1 */
    int save_turn;       /* the agent's last save offer (dlg_agent.retention); -1 */
    int held_turn;       /* the offer (its agent turn) the customer's questions about it,
                          * and the agent's answers that offer nothing new, keep open
                          * (kpi_upsell.c note_held); -1 */
    int held_until;      /* ... the customer's last turn that asked about it; -1 */
} dlg_state;

void dlg_accept_push(dlg_state *st, const dlg_accept *a);
/* Whether the customer has accepted a purchase not taken back. */
bool dlg_main_accepted(const dlg_state *st);

/* kpi_upsell.c: agent turns put items on the table; customer turns accept
 * or refuse them, in named steps (price question, items named, the open
 * item, a price only mentioned, settling). Events taken as the answer are
 * marked consumed, so conversion does not read them again: a yes taken by an
 * add-on, or a refusal of an extra, which leaves the purchase standing. */
/* upsell_on_agent sets a->ask to ASK_OFFER when the turn prices or re-prices
 * an item the customer is now to answer. */
void upsell_on_agent(dlg_state *st, int turn, dlg_agent *a);
void upsell_on_customer(kpi_scratch *s, dlg_state *st, int turn, dlg_customer *c);
void upsell_finish(dlg_state *st, kpi_result *out);

/* kpi_conversion.c */
/* The agent reports the purchase failed (dlg_agent.failure): what the
 * customer accepted since the agent last carried a purchase out is not
 * bought. Called before the turn's offers are read, so that an alternative
 * offered in the same breath is a purchase of its own, not an add-on. */
void conversion_on_failure(dlg_state *st);
/* Whether a save offer may keep the customer now: they asked to cancel
 * without asking for a pause, freeze or skip themselves ("I want to cancel
 * or maybe pause": their own pause keeps nothing new). */
bool conversion_saving(const dlg_state *st);
void conversion_on_agent(dlg_state *st, int turn, const dlg_agent *a);
void conversion_on_customer(dlg_state *st, int turn, dlg_customer *c);
void conversion_finish(dlg_state *st, kpi_result *out);

#endif
