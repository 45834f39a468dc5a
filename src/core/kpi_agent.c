/* kpi_agent.c - reads one agent turn: does it ask the closing question, ask
 * something else, confirm a sale, offer an add-on (and at which prices), or
 * revise a price? Only the customer decides a KPI; these facts tell what the
 * customer's next words answer. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

static void price_push(dlg_price **v, size_t *n, size_t *cap, const dlg_price *p)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *v = xrealloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = *p;
}

void dlg_agent_free(dlg_agent *a)
{
    free(a->offer_prices);
    free(a->plain_prices);
    memset(a, 0, sizeof *a);
}

/* Is sentence i a purchase closing question (true), or does it ask about
 * something that is not a purchase? */
static bool closing_in_sentence(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, size_t i)
{
    kpi_span sp = t->sent[i];
    size_t ms, me;
    bool direct = kpi_find(r, s, KS_CLOSING, t, sp.start, sp.end, &ms, &me);
    bool ref = !direct && kpi_find(r, s, KS_CLOSING_REF, t, sp.start, sp.end, &ms, &me);
    if (!direct && !ref)
        return false;
    if (kpi_has(r, s, KS_NONPURCHASE, t, sp.start, sp.end))
        return false;
    /* "I can text you a link. Would you like that?" refers to the sentence
     * before, so that one decides what is on offer. */
    if (ref && i > 0 && kpi_has(r, s, KS_NONPURCHASE, t, t->sent[i - 1].start, t->sent[i - 1].end))
        return false;
    return true;
}

void dlg_agent_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, dlg_agent *a)
{
    a->closing = a->question = a->confirm = a->offer = a->upgrade = a->revision = false;
    a->offer_question = false;
    a->n_offer = a->n_plain = 0;
    if (!t->len)
        return;

    size_t offer_sent = t->nsent; /* first sentence with an add-on cue */
    bool cue_offer = false, cue_upgrade = false;
    for (size_t i = 0; i < t->nsent; i++) {
        kpi_span sp = t->sent[i];
        if (closing_in_sentence(r, s, t, i))
            a->closing = true;
        else if (kpi_text_sentence_is_question(t, i))
            a->question = true;
        /* "I'm adding a credit to your account" offers nothing for sale */
        if (offer_sent == t->nsent && !kpi_has(r, s, KS_NONPURCHASE, t, sp.start, sp.end)) {
            if (kpi_has(r, s, KS_OFFER_CUE, t, sp.start, sp.end)) {
                cue_offer = true;
                offer_sent = i;
            } else if (kpi_has(r, s, KS_UPGRADE_CUE, t, sp.start, sp.end)) {
                cue_upgrade = true;
                offer_sent = i;
            }
        }
    }
    a->confirm = kpi_has(r, s, KS_CONFIRM, t, 0, t->len);
    a->revision = kpi_has(r, s, KS_REVISION, t, 0, t->len);
    a->offer_question = kpi_has(r, s, KS_OFFER_QUESTION, t, 0, t->len);
    a->offer = cue_offer || cue_upgrade;
    a->upgrade = cue_upgrade && !cue_offer;

    kpi_amounts_find(r, s, t);
    bool priced = false;
    for (size_t k = 0; k < s->namounts; k++)
        priced |= !s->amounts[k].excluded && s->amounts[k].sent >= offer_sent;
    /* Without a price, only a question offers: "I'll add that to the order"
     * reports, "Would you like to add trip protection?" asks. */
    if (a->offer && !priced && !a->closing && !a->question && !a->offer_question)
        a->offer = a->upgrade = false;
    size_t prev_end = 0, prev_sent = (size_t)-1;
    for (size_t k = 0; k < s->namounts; k++) {
        const kpi_amount *am = &s->amounts[k];
        /* The item a price is for is named just before it, in its sentence or,
         * for "It's $35.", in the sentence before. */
        size_t ss = t->sent[am->sent].start;
        size_t item_start = am->sent == prev_sent ? prev_end : ss;
        if (item_start == ss && am->sent > 0)
            item_start = t->sent[am->sent - 1].start;
        prev_end = am->end;
        prev_sent = am->sent;
        if (am->excluded)
            continue;
        dlg_price p = {am->cents, am->old, am->start, am->end, item_start, am->start};
        if (am->sent >= offer_sent)
            price_push(&a->offer_prices, &a->n_offer, &a->cap_offer, &p);
        else
            price_push(&a->plain_prices, &a->n_plain, &a->cap_plain, &p);
    }
}
