/* kpi_customer.c - reads one customer turn into events in text order:
 * commitments, requests, yeses, refusals, deferrals, requests for information,
 * retractions and add-on acceptances. A commitment that is negated, asked as a
 * question, made conditional or hypothetical, hedged, or about something that
 * is not a purchase is not one: those scopes are checked here, once, so the
 * dialogue logic only sees what the customer actually agreed to. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

void dlg_customer_free(dlg_customer *c)
{
    free(c->ev);
    memset(c, 0, sizeof *c);
}

static void ev_push(dlg_customer *c, const dlg_event *e)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->ev = xrealloc(c->ev, c->cap * sizeof *c->ev);
    }
    /* keep text order: insertion sort from the back */
    size_t i = c->n++;
    while (i > 0 && c->ev[i - 1].start > e->start) {
        c->ev[i] = c->ev[i - 1];
        i--;
    }
    c->ev[i] = *e;
}

/* Counts the words in low[a, b). */
static int words_between(const kpi_text *t, size_t a, size_t b)
{
    int n = 0;
    bool in = false;
    for (size_t i = a; i < b; i++) {
        bool w = t->low[i] != ' ' && t->low[i] != ',';
        if (w && !in)
            n++;
        in = w;
    }
    return n;
}

typedef struct {
    bool negated, question, conditional, hypothetical, hedged, nonpurchase;
} scope_t;

static bool conditional_in(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, size_t a,
                           size_t b)
{
    size_t ms, me, pos = a;
    while (pos < b && kpi_find(r, s, KS_CONDITIONAL, t, pos, b, &ms, &me)) {
        size_t os, oe;
        /* "if that's okay" is politeness, not a condition */
        if (!(kpi_find(r, s, KS_CONDITIONAL_OK, t, ms, b, &os, &oe) && os == ms))
            return true;
        pos = me > ms ? me : ms + 1;
    }
    return false;
}

static scope_t scope_of(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, size_t ms,
                        size_t me, size_t cs, size_t ce)
{
    scope_t sc = {0};
    size_t sent = kpi_text_sentence_at(t, ms);
    kpi_span sp = t->sent[sent];
    size_t wb = kpi_text_words_back(t, ms, cs, 3);
    sc.negated = kpi_has(r, s, KS_NEGATOR, t, wb, ms);
    size_t qb = kpi_text_words_back(t, ms, sp.start, 3);
    sc.question = kpi_text_sentence_is_question(t, sent) ||
                  kpi_has(r, s, KS_QUESTION_START, t, qb, ms);
    sc.conditional = conditional_in(r, s, t, sp.start, sp.end);
    sc.hypothetical = kpi_has(r, s, KS_HYPOTHETICAL, t, cs, ms);
    sc.hedged = kpi_has(r, s, KS_HEDGE, t, sp.start, ms);
    sc.nonpurchase = kpi_has(r, s, KS_NONPURCHASE, t, ms, ce);
    (void)me;
    return sc;
}

static const kpi_section ev_section[] = {
    [CE_COMMIT] = KS_COMMIT,     [CE_REQUEST] = KS_REQUEST,
    [CE_AFFIRM] = KS_AFFIRM,     [CE_AFFIRM_WEAK] = KS_AFFIRM_WEAK,
    [CE_DECLINE] = KS_DECLINE,   [CE_DEFER] = KS_DEFER,
    [CE_INFO] = KS_INFO_REQUEST, [CE_RETRACT] = KS_RETRACT,
    [CE_ADDON] = KS_ADDON_ACCEPT, [CE_BOTH] = KS_BOTH,
};

static void scan(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, dlg_customer *c,
                 dlg_ev_kind kind, kpi_section sec)
{
    size_t pos = 0, ms, me;
    while (pos < t->len && kpi_find(r, s, sec, t, pos, t->len, &ms, &me)) {
        pos = me > ms ? me : ms + 1;
        size_t cs = kpi_text_clause_start(t, ms), ce = kpi_text_clause_end(t, ms);
        if (me > ce)
            ce = me;
        /* refusals, deferrals and requests for information need no scope */
        scope_t sc = {0};
        if (kind == CE_COMMIT || kind == CE_ADDON || kind == CE_REQUEST)
            sc = scope_of(r, s, t, ms, me, cs, ce);
        else if (kind == CE_AFFIRM || kind == CE_AFFIRM_WEAK || kind == CE_BOTH)
            sc.negated = kpi_has(r, s, KS_NEGATOR, t, kpi_text_words_back(t, ms, cs, 3), ms);
        dlg_event e = {.kind = kind, .start = ms, .end = me, .cstart = cs, .cend = ce};
        size_t ss = t->sent[kpi_text_sentence_at(t, ms)].start;
        e.at_start = words_between(t, cs, ms) <= 2 || words_between(t, ss, ms) <= 2;
        bool keep = true;
        switch (kind) {
        case CE_COMMIT:
        case CE_ADDON:
            keep = !(sc.negated || sc.question || sc.conditional || sc.hypothetical ||
                     sc.hedged || sc.nonpurchase);
            break;
        case CE_REQUEST:
            keep = !(sc.negated || sc.question || sc.conditional || sc.hedged || sc.nonpurchase);
            break;
        case CE_AFFIRM:
        case CE_AFFIRM_WEAK:
            keep = e.at_start && !sc.negated && !kpi_text_sentence_is_question(t,
                                                   kpi_text_sentence_at(t, ms));
            break;
        case CE_DECLINE:
        case CE_RETRACT:
        case CE_BOTH:
            keep = !kpi_text_sentence_is_question(t, kpi_text_sentence_at(t, ms)) &&
                   !(kind == CE_BOTH && sc.negated);
            break;
        default:
            break;
        }
        if (!keep) {
            /* "I don't want to add it": a negated acceptance is a refusal. */
            if ((kind == CE_COMMIT || kind == CE_ADDON) && sc.negated && !sc.question) {
                e.kind = CE_DECLINE;
                ev_push(c, &e);
            }
            continue;
        }
        ev_push(c, &e);
    }
}

void dlg_customer_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t,
                          dlg_customer *c)
{
    c->n = 0;
    c->question = t->has_qmark_sent;
    c->nonpurchase = false;
    c->negative_answer = false;
    if (!t->len)
        return;
    for (int k = CE_COMMIT; k <= CE_BOTH; k++) {
        scan(r, s, t, c, (dlg_ev_kind)k, ev_section[k]);
        if (k == CE_COMMIT)
            scan(r, s, t, c, CE_COMMIT, KS_COMMIT_REQUEST);
    }
    c->nonpurchase = kpi_has(r, s, KS_NONPURCHASE, t, 0, t->len);
    for (size_t i = 0; i < t->nsent; i++) {
        size_t ms, me;
        if (kpi_find(r, s, KS_QUESTION_START, t, t->sent[i].start, t->sent[i].end, &ms, &me) &&
            ms == t->sent[i].start)
            c->question = true;
    }
    for (size_t i = 0; i < c->n; i++)
        if (c->ev[i].kind == CE_DECLINE || c->ev[i].kind == CE_DEFER ||
            c->ev[i].kind == CE_INFO)
            c->negative_answer = true;
}

/* Content words: letters, at least three of them, not on the stop list. */
static size_t next_word(const kpi_rules *r, const kpi_text *t, size_t i, size_t b, size_t *ws,
                        size_t *we)
{
    while (i < b) {
        while (i < b && !(t->low[i] >= 'a' && t->low[i] <= 'z'))
            i++;
        size_t s0 = i;
        while (i < b && ((t->low[i] >= 'a' && t->low[i] <= 'z') || t->low[i] == '\''))
            i++;
        if (i - s0 >= 3 && !kpi_lex_get(&r->stopword, t->low + s0, i - s0, NULL)) {
            *ws = s0;
            *we = i;
            return i;
        }
    }
    return 0;
}

static bool same_word(const char *a, size_t an, const char *b, size_t bn)
{
    if (an == bn && memcmp(a, b, an) == 0)
        return true;
    /* "pedestal" / "pedestals", "protect" / "protection" */
    size_t k = 0;
    while (k < an && k < bn && a[k] == b[k])
        k++;
    return k >= 5 && (k == an || k == bn || k >= 6);
}

bool dlg_names_item(const kpi_rules *r, const kpi_text *ct, size_t a, size_t b,
                    const kpi_text *at, size_t ia, size_t ib)
{
    size_t i = a, cs, cw;
    while ((i = next_word(r, ct, i, b, &cs, &cw)) != 0) {
        size_t j = ia, as, aw;
        while ((j = next_word(r, at, j, ib, &as, &aw)) != 0)
            if (same_word(ct->low + cs, cw - cs, at->low + as, aw - as))
                return true;
    }
    return false;
}
