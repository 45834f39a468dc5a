/* kpi_upsell.c - pairs the agent's add-on offers with the customer's answers.
 * An offer stays open while the customer asks about it and is re-priced when
 * the agent revises it ("normally $30, but I can do $20"); the customer's yes,
 * "add it", "both" or naming the item accepts it at the price then on the
 * table; a refusal closes it unless the agent comes back with a new price.
 * The customer may also ask for an add-on the agent priced before, or name one
 * with its price. Only accepted add-ons on top of a purchase are upsell. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

static void offer_set_prices(dlg_offer *o, const dlg_price *p, size_t n, int turn)
{
    if (n > o->cap) {
        o->cap = n;
        o->prices = xrealloc(o->prices, n * sizeof *o->prices);
    }
    if (n)
        memcpy(o->prices, p, n * sizeof *p);
    o->n = n;
    o->price_turn = turn;
}

static bool main_accepted(const dlg_state *st)
{
    for (size_t i = 0; i < st->n_acc; i++)
        if (st->acc[i].kind == ACC_MAIN && !st->acc[i].retracted)
            return true;
    return false;
}

/* Whether every price of agent turn `turn` was already said in an earlier
 * agent turn: "So that's $70 a month, shall I schedule it?" restates the
 * purchase, it offers nothing new. */
static bool restated(const dlg_state *st, int turn, const dlg_agent *a)
{
    for (size_t k = 0; k < a->n_plain; k++) {
        bool seen = false;
        for (int t = 0; t < turn && !seen; t++) {
            if (st->turns->v[t].speaker != SPK_AGENT)
                continue;
            const dlg_agent *b = &st->agent[t];
            for (size_t j = 0; j < b->n_plain && !seen; j++)
                seen = b->plain_prices[j].cents == a->plain_prices[k].cents;
            for (size_t j = 0; j < b->n_offer && !seen; j++)
                seen = b->offer_prices[j].cents == a->plain_prices[k].cents;
        }
        if (!seen)
            return false;
    }
    return true;
}

void upsell_on_agent(dlg_state *st, int turn, const dlg_agent *a)
{
    dlg_offer *o = &st->offer;
    if (!a->offer && (a->offer_question || (a->priced_question && !restated(st, turn, a))) &&
        a->n_plain > 0 && main_accepted(st)) {
        /* "Would you like travel insurance? $84.50." once the trip is booked */
        o->active = true;
        o->turn = turn;
        o->declined = false;
        o->upgrade = false;
        o->waited = 0;
        offer_set_prices(o, a->plain_prices, a->n_plain, turn);
        return;
    }
    if (a->offer) {
        if (a->n_offer > 0 || !(o->active && o->n > 0 && !o->declined)) {
            /* a new offer; an offer without a price waits for one */
            o->active = true;
            o->turn = turn;
            o->declined = false;
            o->upgrade = a->upgrade;
            o->waited = 0;
            offer_set_prices(o, a->offer_prices, a->n_offer, turn);
        }
        return;
    }
    if (!o->active)
        return;
    if (a->n_plain > 0 && (o->n == 0 || a->revision)) {
        /* the price asked for, or a revised one: it replaces what was offered */
        offer_set_prices(o, a->plain_prices, a->n_plain, turn);
        o->declined = false;
        o->waited = 0;
        return;
    }
    if (o->declined || (a->question && !a->closing))
        o->active = false; /* refused and not re-priced, or the agent moved on */
}

/* Whether the customer's clause [a, b) names the item of price p. */
static bool names_price(const kpi_rules *r, const dlg_state *st, const kpi_text *ct, size_t a,
                        size_t b, int price_turn, const dlg_price *p)
{
    const kpi_text *at = &st->texts[price_turn];
    return dlg_names_item(r, ct, a, b, at, p->item_start, p->item_end);
}

static bool names_offer(const kpi_rules *r, const dlg_state *st, const kpi_text *ct, size_t a,
                        size_t b)
{
    const dlg_offer *o = &st->offer;
    for (size_t i = 0; i < o->n; i++)
        if (names_price(r, st, ct, a, b, o->price_turn, &o->prices[i]))
            return true;
    /* an offer still without a price is named in the cue's turn */
    if (o->n == 0) {
        const kpi_text *at = &st->texts[o->turn];
        return dlg_names_item(r, ct, a, b, at, 0, at->len);
    }
    return false;
}

/* Does the clause have content words of its own ("I'll take the 300 meg
 * plan") rather than only a pronoun ("I'll take it")? */
static bool clause_has_object(const kpi_rules *r, const kpi_text *ct, size_t ms, size_t me,
                              size_t ce)
{
    (void)ms;
    return dlg_names_item(r, ct, me, ce, ct, me, ce);
}

static int64_t amount_in(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, size_t a,
                         size_t b)
{
    kpi_amounts_find(r, s, t);
    for (size_t i = 0; i < s->namounts; i++)
        if (s->amounts[i].start >= a && s->amounts[i].end <= b && !s->amounts[i].excluded)
            return s->amounts[i].cents;
    return 0;
}

static void push_addon(dlg_state *st, int turn, const dlg_event *e, int64_t cents, bool upgrade,
                       int offer_turn, size_t is, size_t ie)
{
    dlg_accept acc = {.kind = ACC_ADDON, .turn = turn, .start = e->start, .end = e->cend,
                      .cents = cents, .upgrade = upgrade, .offer_turn = offer_turn,
                      .item_start = is, .item_end = ie};
    dlg_accept_push(st, &acc);
}

/* The accepted price: every price for "both", the named item's price, else
 * the latest price on the table that no later one replaced. */
static int64_t offer_price(const kpi_rules *r, const dlg_state *st, const kpi_text *ct,
                           const dlg_event *acc, bool both, size_t *is, size_t *ie)
{
    const dlg_offer *o = &st->offer;
    int64_t sum = 0, named = 0, last = 0, any_last = 0;
    bool have_named = false;
    *is = *ie = 0;
    for (size_t i = 0; i < o->n; i++) {
        const dlg_price *p = &o->prices[i];
        any_last = p->cents;
        if (p->old)
            continue;
        sum = kpi_cents_add(sum, p->cents);
        last = p->cents;
        *is = p->item_start;
        *ie = p->item_end;
        if (names_price(r, st, ct, acc->cstart, acc->cend, o->price_turn, p)) {
            named = kpi_cents_add(named, p->cents);
            have_named = true;
        }
    }
    if (both)
        return sum;
    if (have_named && named > 0)
        return named;
    return last ? last : any_last;
}

void upsell_on_customer(const kpi_rules *r, kpi_scratch *s, dlg_state *st, int turn,
                        dlg_customer *c)
{
    const kpi_text *ct = &st->texts[turn];
    dlg_offer *o = &st->offer;
    if (o->active) {
        dlg_event *accept = NULL;
        bool declined = false, both = false, seen_decline = false;
        for (size_t i = 0; i < c->n; i++) {
            dlg_event *e = &c->ev[i];
            bool names = names_offer(r, st, ct, e->cstart, e->cend);
            switch (e->kind) {
            case CE_DECLINE:
                seen_decline = true;
                declined = true;
                accept = NULL;
                e->consumed = true;
                break;
            case CE_ADDON:
            case CE_BOTH:
                if (!seen_decline || names || e->kind == CE_BOTH) {
                    accept = accept ? accept : e;
                    both = both || e->kind == CE_BOTH;
                    declined = false;
                }
                break;
            case CE_COMMIT:
            case CE_REQUEST:
                if (names || (!seen_decline && !clause_has_object(r, ct, e->start, e->end,
                                                                  e->cend))) {
                    accept = accept ? accept : e;
                    declined = false;
                }
                break;
            case CE_AFFIRM:
            case CE_AFFIRM_WEAK:
                if (i == 0 && e->at_start && (e->kind == CE_AFFIRM || o->waited == 0)) {
                    bool later_decline = false;
                    for (size_t k = i + 1; k < c->n; k++)
                        later_decline |= c->ev[k].kind == CE_DECLINE ||
                                         c->ev[k].kind == CE_DEFER;
                    if (!later_decline && !c->question) {
                        accept = e;
                        declined = false;
                    }
                }
                break;
            default:
                break;
            }
        }
        if (accept) {
            size_t is, ie;
            int64_t cents = offer_price(r, st, ct, accept, both, &is, &ie);
            if (o->n == 0)
                cents = amount_in(r, s, ct, accept->cstart, accept->cend);
            push_addon(st, turn, accept, cents, o->upgrade, o->price_turn, is, ie);
            for (size_t i = 0; i < c->n; i++) {
                dlg_event *e = &c->ev[i];
                if (e == accept || ((e->kind == CE_ADDON || e->kind == CE_BOTH ||
                                     e->kind == CE_AFFIRM || e->kind == CE_AFFIRM_WEAK) &&
                                    e->start <= accept->cend && e->cend >= accept->start))
                    e->consumed = true;
                if ((e->kind == CE_COMMIT || e->kind == CE_ADDON) &&
                    names_offer(r, st, ct, e->cstart, e->cend))
                    e->consumed = true;
            }
            o->active = false;
            return;
        }
        if (declined) {
            o->declined = true;
        } else if (++o->waited >= 3) {
            o->active = false;
        }
    }

    /* Add-ons the customer asks for without an open offer: one the agent
     * priced in the last few turns ("and add Premium Analytics"), or one named
     * with its price ("the premium package for an extra $50"). Either needs a
     * purchase it goes on top of. */
    bool main_before = false;
    for (size_t i = 0; i < st->n_acc; i++)
        main_before |= st->acc[i].kind == ACC_MAIN && !st->acc[i].retracted;
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        if (e->consumed || !(e->kind == CE_ADDON || e->kind == CE_COMMIT))
            continue;
        bool other_main = main_before;
        for (size_t k = 0; k < c->n && !other_main; k++)
            other_main = k != i && c->ev[k].kind == CE_COMMIT && !c->ev[k].consumed &&
                         c->ev[k].cstart != e->cstart;
        if (!other_main)
            continue;
        int64_t cents = amount_in(r, s, ct, e->cstart, e->cend);
        if (cents > 0 && kpi_has(r, s, KS_OFFER_CUE, ct, e->cstart, e->cend)) {
            push_addon(st, turn, e, cents, false, -1, 0, 0);
            e->consumed = true;
            continue;
        }
        if (e->kind != CE_ADDON)
            continue;
        for (int t = turn - 1; t >= 0 && t >= turn - 6; t--) {
            if (st->turns->v[t].speaker != SPK_AGENT)
                continue;
            dlg_agent *a = &st->agent[t];
            for (size_t k = 0; k < a->n_plain; k++) {
                const dlg_price *p = &a->plain_prices[k];
                if (!p->old && names_price(r, st, ct, e->cstart, e->cend, t, p)) {
                    push_addon(st, turn, e, p->cents, false, t, p->item_start, p->item_end);
                    e->consumed = true;
                    goto next;
                }
            }
        }
    next:;
    }
}

void upsell_finish(dlg_state *st, kpi_result *out)
{
    bool main = false, strong_addon = false;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (a->retracted)
            continue;
        if (a->kind == ACC_MAIN)
            main = true;
        else if (!a->upgrade)
            strong_addon = true;
    }
    out->upsell_cents = 0;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_ADDON || a->cents <= 0)
            continue;
        /* An upgrade bought on its own is the purchase itself, not upsell. */
        if (a->upgrade && !main && !strong_addon)
            continue;
        out->upsell_cents = kpi_cents_add(out->upsell_cents, a->cents);
        kpi_evidence_add(&out->upsell, &out->n_upsell,
                         kpi_text_quote(&st->texts[a->turn], a->start, a->end), a->cents,
                         a->turn);
    }
}
