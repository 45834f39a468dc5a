/* kpi_dialog.c - walks a call's turns in order, letting each agent turn set
 * up what the customer's next words answer (closing question, add-on offer,
 * prices on the table) and each customer turn answer it; conversion and
 * upsell are read off the list of what the customer accepted and did not
 * take back. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

struct dlg_scratch {
    dlg_agent *agent;
    size_t agent_cap;
    dlg_customer cust;
    dlg_accept *acc;
    size_t acc_cap;
    dlg_item *items;
    size_t item_cap;
};

void kpi_dialog_scratch_free(struct dlg_scratch *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->agent_cap; i++)
        dlg_agent_free(&d->agent[i]);
    free(d->agent);
    dlg_customer_free(&d->cust);
    free(d->acc);
    free(d->items);
    free(d);
}

void dlg_accept_push(dlg_state *st, const dlg_accept *a)
{
    if (st->n_acc == st->cap_acc) {
        st->cap_acc = st->cap_acc ? st->cap_acc * 2 : 8;
        st->acc = xrealloc(st->acc, st->cap_acc * sizeof *st->acc);
    }
    st->acc[st->n_acc] = *a;
    /* a yes to a free remedy ("I'll send them back, no charge"), or the day
     * picked for it, buys nothing: conversion_finish leaves it out */
    st->acc[st->n_acc].free = st->free_turn >= 0 && a->cents == 0;
    st->n_acc++;
}

/* Does the agent's turn carry something out before it offers something
 * free ("done would you like overdraft protection it's free"): a notice, then
 * an offer whose words hold the word of no charge? */
static bool free_on_top(const dlg_agent *a, const kpi_text *t)
{
    size_t cs, ce, fs, fe, os, oe;
    if (!a->confirm || a->retention || t->ntok == 0)
        return false;
    /* no [confirm] match: a notice run into the next words opens the turn */
    if (!kpi_find(t, KS_CONFIRM, 0, t->len, &cs, &ce)) {
        cs = 0;
        ce = t->tok[0].end;
    }
    if (!kpi_find(t, KS_FREE_SERVICE, 0, t->len, &fs, &fe) || fs < ce)
        return false;
    /* an offer between them: "would you like", "we also have" (the
     * notice's match may take the offer's first word: "done would") */
    return kpi_find(t, KS_OFFER_QUESTION, cs + 1, fs, &os, &oe) ||
           kpi_find(t, KS_OFFER_CUE, cs + 1, fs, &os, &oe);
}

/* Is a sale price still on the table: stated in the call, and neither
 * failed since ("sorry, those seats just went") nor refused since ("no, the
 * balcony's pointless, forget it")? Something free given while none is
 * (a waitlist after the show sold out) puts a problem right and sells
 * nothing; given beside one ("$30 a month, installation is free") it comes
 * with the sale. */
static bool price_open(const dlg_state *st)
{
    return st->priced && st->failed_turn < st->priced_turn && st->no_turn < st->priced_turn;
}

/* "That's free. I've got slots on Monday morning or Wednesday afternoon":
 * a day or time offered after the words of no charge offers a booking, and
 * a booking counts even at no charge; "I'll send them back tomorrow, no
 * charge" names the day of the remedy before it and stays free. */
static bool slot_after_free(const kpi_text *t)
{
    size_t fs, fe, ss, se;
    return kpi_find(t, KS_FREE_SERVICE, 0, t->len, &fs, &fe) &&
           kpi_find(t, KS_SLOT, fe, t->len, &ss, &se);
}

/* Follows what the agent put on the table: something free while no sale
 * price is open (price_open: a remedy, a credit, a waitlist) until a sale
 * price or a day or time to book comes (a booking counts even at no
 * charge; so does a day picked for the free remedy, see
 * conversion_on_agent). A save offer is a plan change, and the customer
 * looking for something to buy ends it too. */
static void follow_free(dlg_state *st, int turn, const dlg_agent *a, const kpi_text *t,
                        bool free_top)
{
    /* "Done. Would you like overdraft protection? It's free.": the free
     * thing is offered on top of what the notice before it carried out;
     * it makes only what is taken after this turn free (kpi_dialog sets
     * that once conversion_on_agent has recorded the notice) */
    if (free_top)
        return;
    bool sale_price = false;
    for (size_t k = 0; k < a->n_price && !sale_price; k++)
        sale_price = !a->prices[k].old;
    /* "instead of cancelling we can freeze it" ... "no fee after three
     * months": once a save offer is made, what comes at no charge is that
     * offer's terms, a plan kept, not a free remedy */
    if (a->retention || st->save_turn >= 0)
        st->free_turn = -1;
    else if (a->free_service && !price_open(st) && !slot_after_free(t))
        st->free_turn = turn;
    else if (sale_price || kpi_has(t, KS_SLOT, 0, t->len))
        st->free_turn = -1;
    if (sale_price && !a->free_service) {
        st->priced = true;
        st->priced_turn = turn;
    }
}

/* The first sale price the agent states is the scale later spoken prices
 * are sized against (kpi_amounts_find): the amounts of the turn just read.
 * A spoken pair whose size was only guessed ("six ninety nine") sets no
 * scale. */
static void set_price_ref(kpi_scratch *s, const dlg_agent *a, bool sold)
{
    /* a price under a dollar ("eleven point nine cents per kilowatt hour",
     * "seventy five cents a text") is a metered rate or a token charge, no
     * scale for what the call sells */
    for (size_t k = 0; k < s->namounts && s->price_ref == 0; k++)
        if (!s->amounts[k].old && !s->amounts[k].excluded && !s->amounts[k].guessed &&
            s->amounts[k].cents >= 100) {
            s->price_ref = s->amounts[k].cents;
            s->price_ref_recurring = s->amounts[k].recurring;
            /* offered on top of a purchase already made: an extra's price */
            s->price_ref_addon = sold && a->ask == ASK_OFFER && a->offer_start <= s->amounts[k].start &&
                                 (a->offer || a->offer_named);
        }
}

/* The amount whose first word is word k of t ("$60", "sixty", "twenty
 * five", "two fifty"), read whole: "twenty" is not "twenty five". Returns
 * its cents, or -1 when no amount starts there. */
static int64_t amount_at(const kpi_text *t, size_t k)
{
    size_t i = t->tok[k].start;
    if ((t->tok[k].flags & TF_DOLLAR) && i > 0)
        i--; /* the '$' before the word */
    int64_t cents;
    return kpi_amount_parse(t->low, t->len, i, &cents, true) ? cents : -1;
}

bool dlg_says_amount(const kpi_text *t, int64_t cents)
{
    for (size_t k = 0; k < t->ntok; k++) {
        const kpi_tok *w = &t->tok[k];
        /* only where a number starts: "five" of "twenty five" is none */
        if (!(w->flags & (TF_DIGIT | TF_DOLLAR)) && !(w->vflags & VF_NUMBER))
            continue;
        if (k > 0 && (t->tok[k - 1].vflags & VF_NUMBER) && t->tok[k - 1].sent == w->sent)
            continue;
        if (amount_at(t, k) == cents)
            return true;
    }
    return false;
}

/* Did the agent say the amount whose first word starts at byte a of ct in
 * a turn before turn? The amounts are compared whole, so "twenty" in "if
 * it's twenty" is not the "twenty five" offered. */
static bool agent_said(const dlg_state *st, int turn, const kpi_text *ct, size_t a)
{
    size_t ck = kpi_text_tok_at(ct, a);
    if (ck >= ct->ntok)
        return false;
    int64_t want = amount_at(ct, ck);
    if (want < 0)
        return false;
    for (int i = 0; i < turn; i++)
        if (st->turns->v[i].speaker == SPK_AGENT && dlg_says_amount(&st->texts[i], want))
            return true;
    return false;
}

/* "I'll stay if it's sixty", "sure if it's only ten": a condition that
 * restates an amount the agent offered is met as it is said, so the
 * commitment stands; one naming an amount the agent never said ("I'll
 * stay if it's forty" to sixty) bargains, and commits to nothing. */
static void drop_unmet_amounts(const dlg_state *st, int turn, dlg_customer *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++)
        if (!c->ev[i].if_price ||
            agent_said(st, turn, &st->texts[turn], c->ev[i].if_num))
            c->ev[n++] = c->ev[i];
    c->n = n;
}

bool dlg_main_accepted(const dlg_state *st)
{
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && (st->acc[i].kind == ACC_MAIN || !st->acc[i].upgrade))
            return true;
    return false;
}

void kpi_dialog(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out)
{
    if (!s->dlg)
        s->dlg = xcalloc(1, sizeof *s->dlg);
    struct dlg_scratch *d = s->dlg;
    if (turns->n > d->agent_cap) {
        d->agent = xrealloc(d->agent, turns->n * sizeof *d->agent);
        memset(d->agent + d->agent_cap, 0, (turns->n - d->agent_cap) * sizeof *d->agent);
        d->agent_cap = turns->n;
    }
    dlg_state st = {
        .turns = turns, .texts = s->texts, .agent = d->agent,
        .acc = d->acc, .cap_acc = d->acc_cap, .items = d->items, .cap_item = d->item_cap,
        .ask = ASK_NONE, .ask_turn = -1, .request_turn = -1, .pick_turn = -1, .asked_turn = -1,
        .fulfil_turn = -1, .slot_turn = -1, .seek_turn = -1, .yes_turn = -1, .free_turn = -1,
        .no_turn = -1, .assent_turn = -1, .decline_turn = -1, .agree_turn = -1, .cancel_turn = -1,
        .failed_turn = -1, .priced_turn = -1, .failed_request = -1, .echo_turn = -1,
        .save_turn = -1, .held_turn = -1, .held_until = -1,
    };

    s->price_ref = 0;
    s->price_ref_recurring = false;
    s->price_ref_addon = false;
    s->heads = 0;
    for (size_t i = 0; i < turns->n; i++) {
        int t = (int)i;
        switch (turns->v[i].speaker) {
        case SPK_AGENT: {
            /* braced: a declaration may not follow a label in C11 */
            bool sold = dlg_main_accepted(&st) || st.request_turn >= 0;
            dlg_agent_analyze(r, s, &s->texts[i], st.asked_turn >= 0, sold, conversion_saving(&st),
                              &d->agent[i]);
            /* read once: the turn's words do not change below, and
             * retention only ever turns on (upsell_on_agent's save offer) */
            bool free_top = free_on_top(&d->agent[i], &s->texts[i]);
            /* "sold out, but I can put you on the waitlist": the failure
             * closes the price before the free remedy in the same turn */
            if (d->agent[i].failure)
                st.failed_turn = t;
            follow_free(&st, t, &d->agent[i], &s->texts[i], free_top);
            set_price_ref(s, &d->agent[i], sold);
            if (d->agent[i].failure)
                conversion_on_failure(&st);
            upsell_on_agent(&st, t, &d->agent[i]);
            /* "I want to cancel" ... "I can do the $40 plan and I'll waive
             * the fee": a save offer found by its price (upsell_on_agent)
             * is a plan change, however much of it comes free */
            if (d->agent[i].retention && st.free_turn == t)
                st.free_turn = -1;
            if (d->agent[i].retention)
                st.save_turn = t;
            conversion_on_agent(&st, t, &d->agent[i]);
            if (free_top && !d->agent[i].retention && !st.priced)
                st.free_turn = t;
            break;
        }
        case SPK_CUSTOMER:
            dlg_customer_analyze(&s->texts[i], &d->cust);
            drop_unmet_amounts(&st, t, &d->cust);
            if (d->cust.seek)
                st.free_turn = -1;
            if (d->cust.owned && st.n_acc == 0)
                st.owned = true;
            /* "add the sports pack to my plan" asks for an extra; "add a
             * line for my daughter" changes the plan, the purchase itself */
            if (st.owned && st.n_acc == 0 &&
                (d->cust.addon_words || kpi_has(&s->texts[i], KS_UPGRADE_CUE, 0, s->texts[i].len)) &&
                !kpi_has(&s->texts[i], KS_OWNED_CHANGE, 0, s->texts[i].len))
                st.owned_add = true;
            upsell_on_customer(s, &st, t, &d->cust);
            conversion_on_customer(&st, t, &d->cust);
            break;
        default:
            break;
        }
        if (s->texts[i].has_number) {
            int heads = kpi_unit_count(&s->texts[i], KPI_PER_HEAD);
            if (heads)
                s->heads = heads;
        }
    }
    upsell_finish(&st, out);
    conversion_finish(&st, out);
    if (out->upsell_cents > 0)
        out->is_conversion = true; /* an accepted add-on is a purchase */

    /* hand the grown buffers back to the scratch for the next call */
    d->acc = st.acc;
    d->acc_cap = st.cap_acc;
    d->items = st.items;
    d->item_cap = st.cap_item;
}
