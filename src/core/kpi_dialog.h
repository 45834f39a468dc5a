/* kpi_dialog.h - internal to the kpi module: what the agent and the customer
 * do in each turn, and the state of the walk over a call that pairs the
 * agent's closing questions and add-on offers with the customer's answers. */
#ifndef CZ_KPI_DIALOG_H
#define CZ_KPI_DIALOG_H

#include "kpi_internal.h"

/* --- the agent's side of a turn (kpi_agent.c) --- */

typedef struct {
    int64_t cents;
    bool old;                      /* "normally $150": replaced by a later price */
    size_t start, end;             /* the amount in the turn's text */
    size_t item_start, item_end;   /* words that name what the price is for */
} dlg_price;

typedef struct {
    bool closing;    /* a purchase closing question or proposal */
    bool question;   /* asks something else (address, email, ...) */
    bool confirm;    /* confirms a transaction: "you're booked" */
    bool offer;      /* offers an add-on */
    bool upgrade;    /* ... and the offer is only an upgrade */
    bool revision;   /* revises a price: "i can do $20" */
    bool offer_question; /* offers a thing by name: "would you like X?" */
    bool priced_question; /* asks a question with a price in it: "and cushions for $40?" */
    dlg_price *offer_prices; size_t n_offer, cap_offer;  /* in the offer's sentences */
    dlg_price *plain_prices; size_t n_plain, cap_plain;  /* other sale prices */
} dlg_agent;

void dlg_agent_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, dlg_agent *a);
void dlg_agent_free(dlg_agent *a);

/* --- the customer's side of a turn (kpi_customer.c) --- */

typedef enum {
    CE_COMMIT, CE_REQUEST, CE_AFFIRM, CE_AFFIRM_WEAK, CE_DECLINE, CE_DEFER,
    CE_INFO, CE_RETRACT, CE_ADDON, CE_BOTH
} dlg_ev_kind;

typedef struct {
    dlg_ev_kind kind;
    size_t start, end;     /* the matched words */
    size_t cstart, cend;   /* the clause around them */
    bool at_start;         /* among the first words of the turn or a sentence */
    bool consumed;         /* taken as an answer to an add-on offer */
} dlg_event;

typedef struct {
    dlg_event *ev; size_t n, cap;  /* in text order */
    bool question;      /* asks something */
    bool nonpurchase;   /* talks about email, callbacks, addresses... */
    bool negative_answer; /* declines, defers or asks for information */
} dlg_customer;

void dlg_customer_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t,
                          dlg_customer *c);
void dlg_customer_free(dlg_customer *c);
/* Whether a clause of the customer's text [a, b) names the item described by
 * the agent's words [ia, ib) in text at: shares a content word with it. */
bool dlg_names_item(const kpi_rules *r, const kpi_text *ct, size_t a, size_t b,
                    const kpi_text *at, size_t ia, size_t ib);

/* --- the walk (kpi_dialog.c, kpi_conversion.c, kpi_upsell.c) --- */

typedef enum { ACC_MAIN, ACC_ADDON } dlg_acc_kind;

/* Something the customer accepted, in call order, so that a retraction can
 * find what it takes back. */
typedef struct {
    dlg_acc_kind kind;
    int turn;
    size_t start, end;   /* the customer's words */
    int64_t cents;       /* add-ons */
    bool upgrade;        /* add-on offered as an upgrade */
    int offer_turn;      /* agent turn of the offer; -1 */
    size_t item_start, item_end; /* the offer's item words in that turn */
    bool retracted;
} dlg_accept;

typedef struct {
    bool active;
    int turn;            /* agent turn that made the offer */
    bool declined;       /* customer said no; a revised price may reopen it */
    bool upgrade;
    int waited;          /* customer turns without an answer */
    dlg_price *prices; size_t n, cap;
    int price_turn;      /* agent turn the prices come from */
} dlg_offer;

typedef struct {
    const turns_t *turns;
    kpi_text *texts;
    int closing_turn;    /* last agent turn with an open closing question; -1 */
    int closing_wait;    /* customer turns since */
    int request_turn;    /* customer asked to buy, awaiting the agent; -1 */
    size_t request_start, request_end;
    dlg_offer offer;
    dlg_agent *agent;    /* per turn; filled for agent turns */
    dlg_accept *acc; size_t n_acc, cap_acc;
} dlg_state;

void dlg_accept_push(dlg_state *st, const dlg_accept *a);

/* kpi_upsell.c: agent turns update the open offer; customer turns answer it.
 * Events taken as the answer are marked consumed. */
void upsell_on_agent(dlg_state *st, int turn, const dlg_agent *a);
void upsell_on_customer(const kpi_rules *r, kpi_scratch *s, dlg_state *st, int turn,
                        dlg_customer *c);
void upsell_finish(dlg_state *st, kpi_result *out);

/* kpi_conversion.c */
void conversion_on_agent(dlg_state *st, int turn, const dlg_agent *a);
void conversion_on_customer(const kpi_rules *r, dlg_state *st, int turn, dlg_customer *c);
void conversion_finish(dlg_state *st, kpi_result *out);

#endif
