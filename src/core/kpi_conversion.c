/* kpi_conversion.c - decides whether the customer committed to a purchase:
 * their own commitment, a yes to the agent's closing question (not to a
 * question about email or callbacks), or a request to buy that the agent then
 * carries out; anything taken back later ("actually, cancel that") no longer
 * counts, and a later recommitment counts again. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

void conversion_on_agent(dlg_state *st, int turn, const dlg_agent *a)
{
    if (a->closing) {
        st->closing_turn = turn;
        st->closing_wait = 0;
    } else if (a->question) {
        st->closing_turn = -1;
    }
    if (a->confirm && st->request_turn >= 0) {
        /* "I'd like to book a cleaning" ... "You're booked." */
        dlg_accept acc = {.kind = ACC_MAIN, .turn = st->request_turn,
                          .start = st->request_start, .end = st->request_end,
                          .offer_turn = -1};
        dlg_accept_push(st, &acc);
        st->request_turn = -1;
    }
}

static bool before(const dlg_accept *a, int turn, size_t pos)
{
    return a->turn < turn || (a->turn == turn && a->start < pos);
}

static void retract(const kpi_rules *r, dlg_state *st, int turn, const dlg_event *e)
{
    const kpi_text *ct = &st->texts[turn];
    dlg_accept *target = NULL;
    size_t se = ct->sent[kpi_text_sentence_at(ct, e->start)].end;
    /* "take the backup one off" names what goes */
    for (size_t i = st->n_acc; i-- > 0 && !target;) {
        dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_ADDON || a->offer_turn < 0 || !before(a, turn, e->start))
            continue;
        if (dlg_names_item(r, ct, e->start, se, &st->texts[a->offer_turn], a->item_start,
                           a->item_end))
            target = a;
    }
    for (size_t i = st->n_acc; i-- > 0 && !target;) {
        dlg_accept *a = &st->acc[i];
        if (!a->retracted && before(a, turn, e->start))
            target = a;
    }
    st->request_turn = -1;
    if (!target)
        return;
    if (target->kind == ACC_ADDON) {
        target->retracted = true;
        return;
    }
    /* The purchase itself is off, and whatever went on top of it. */
    for (size_t i = 0; i < st->n_acc; i++)
        if (before(&st->acc[i], turn, e->start))
            st->acc[i].retracted = true;
}

void conversion_on_customer(const kpi_rules *r, dlg_state *st, int turn, dlg_customer *c)
{
    bool answered = false;
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        dlg_accept main = {.kind = ACC_MAIN, .turn = turn, .start = e->start, .end = e->cend,
                           .offer_turn = -1};
        switch (e->kind) {
        case CE_COMMIT:
            answered = true;
            if (!e->consumed)
                dlg_accept_push(st, &main);
            break;
        case CE_REQUEST:
            if (st->request_turn < 0) {
                st->request_turn = turn;
                st->request_start = e->start;
                st->request_end = e->cend;
            }
            break;
        case CE_AFFIRM:
        case CE_AFFIRM_WEAK: {
            answered = true;
            bool in_time = st->closing_turn >= 0 &&
                           (e->kind == CE_AFFIRM ? st->closing_wait <= 1 : st->closing_wait == 0);
            if (!e->consumed && in_time && e->at_start && !c->negative_answer &&
                !c->nonpurchase) {
                main.end = e->cend > e->end ? e->cend : e->end;
                dlg_accept_push(st, &main);
                st->closing_turn = -1;
            }
            break;
        }
        case CE_RETRACT:
            answered = true;
            retract(r, st, turn, e);
            break;
        case CE_DECLINE:
        case CE_DEFER:
        case CE_INFO:
            answered = true;
            if (!e->consumed)
                st->request_turn = -1;
            break;
        default:
            break;
        }
    }
    if (st->closing_turn >= 0) {
        if (answered || !c->question)
            st->closing_turn = -1;
        else
            st->closing_wait++;
    }
}

void conversion_finish(dlg_state *st, kpi_result *out)
{
    out->is_conversion = false;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted)
            out->is_conversion = true;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < st->n_acc; i++) {
            const dlg_accept *a = &st->acc[i];
            if (a->retracted || (pass == 0) != (a->kind == ACC_MAIN))
                continue;
            kpi_evidence_add(&out->conversion, &out->n_conversion,
                             kpi_text_quote(&st->texts[a->turn], a->start, a->end), 0, a->turn);
        }
        if (out->n_conversion)
            break;
    }
}
