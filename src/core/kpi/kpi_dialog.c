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
    st->acc[st->n_acc++] = *a;
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
        .fulfil_turn = -1, .slot_turn = -1, .seek_turn = -1, .yes_turn = -1,
        .no_turn = -1,
    };

    for (size_t i = 0; i < turns->n; i++) {
        int t = (int)i;
        switch (turns->v[i].speaker) {
        case SPK_AGENT:
            dlg_agent_analyze(r, s, &s->texts[i], st.asked_turn >= 0,
                              dlg_main_accepted(&st) || st.request_turn >= 0,
                              &d->agent[i]);
            if (d->agent[i].failure)
                conversion_on_failure(&st);
            upsell_on_agent(&st, t, &d->agent[i]);
            conversion_on_agent(&st, t, &d->agent[i]);
            break;
        case SPK_CUSTOMER:
            dlg_customer_analyze(&s->texts[i], &d->cust);
            upsell_on_customer(s, &st, t, &d->cust);
            conversion_on_customer(&st, t, &d->cust);
            break;
        default:
            break;
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
