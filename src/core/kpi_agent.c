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

/* Sentences (a bit set, sentences past 63 share the last bit) that hold a
 * purchase closing question. One scan per section over the whole turn keeps
 * the number of pattern calls per turn small. */
static uint64_t closing_sentences(const kpi_rules *r, kpi_scratch *s, const kpi_text *t)
{
    uint64_t set = 0;
    for (int ref = 0; ref < 2; ref++) {
        size_t pos = 0, ms, me;
        while (pos < t->len &&
               kpi_find(r, s, ref ? KS_CLOSING_REF : KS_CLOSING, t, pos, t->len, &ms, &me)) {
            pos = me > ms ? me : ms + 1;
            size_t i = kpi_text_sentence_at(t, ms);
            kpi_span sp = t->sent[i];
            if (kpi_has(r, s, KS_NONPURCHASE, t, sp.start, sp.end))
                continue;
            /* "I can text you a link. Would you like that?" refers to the
             * sentence before, so that one decides what is on offer. */
            if (ref && i > 0 &&
                kpi_has(r, s, KS_NONPURCHASE, t, t->sent[i - 1].start, t->sent[i - 1].end))
                continue;
            set |= 1ull << (i < 63 ? i : 63);
        }
    }
    return set;
}

/* First sentence with a cue of section sec that is not about a non-purchase
 * ("I'm adding a credit to your account" offers nothing for sale). */
static size_t cue_sentence(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, kpi_section sec)
{
    size_t pos = 0, ms, me;
    while (pos < t->len && kpi_find(r, s, sec, t, pos, t->len, &ms, &me)) {
        size_t i = kpi_text_sentence_at(t, ms);
        kpi_span sp = t->sent[i];
        if (!kpi_has(r, s, KS_NONPURCHASE, t, sp.start, sp.end))
            return i;
        pos = sp.end;
    }
    return t->nsent;
}

void dlg_agent_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, dlg_agent *a)
{
    a->closing = a->question = a->confirm = a->offer = a->upgrade = a->revision = false;
    a->offer_question = a->priced_question = false;
    a->n_offer = a->n_plain = 0;
    if (!t->len)
        return;

    uint64_t closing = closing_sentences(r, s, t);
    a->closing = closing != 0;
    for (size_t i = 0; i < t->nsent; i++)
        if (!(closing & (1ull << (i < 63 ? i : 63))) && kpi_text_sentence_is_question(t, i))
            a->question = true;
    size_t offer_sent = cue_sentence(r, s, t, KS_OFFER_CUE);
    bool cue_offer = offer_sent < t->nsent;
    size_t up_sent = cue_sentence(r, s, t, KS_UPGRADE_CUE);
    bool cue_upgrade = up_sent < t->nsent;
    if (up_sent < offer_sent)
        offer_sent = up_sent;
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
        /* "normally $30, but I can do $20": nothing names the second price,
         * so the sentence's item does */
        if (item_start != ss && !dlg_names_item(r, t, item_start, am->start, t, item_start, am->start))
            item_start = ss;
        if (item_start == ss && am->sent > 0)
            item_start = t->sent[am->sent - 1].start;
        prev_end = am->end;
        prev_sent = am->sent;
        if (am->excluded)
            continue;
        dlg_price p = {am->cents, am->old, am->start, am->end, item_start, am->start};
        if (kpi_text_sentence_is_question(t, am->sent))
            a->priced_question = true;
        if (am->sent >= offer_sent)
            price_push(&a->offer_prices, &a->n_offer, &a->cap_offer, &p);
        else
            price_push(&a->plain_prices, &a->n_plain, &a->cap_plain, &p);
    }
}
