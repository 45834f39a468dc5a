/* kpi_upsell_scope.c - a turn that narrows the order back to the purchase
 * ("just the laptop", "okay just the tv then", "no problem, just the
 * re-treatment then") takes the add-ons off it, however the refusal
 * before it was worded ("are you kidding me, you want more money?",
 * "One thing at a time."); a drop verb takes back the extra accepted last
 * when its object names nothing else on the table, since customers name
 * an extra in their own words ("scratch the chocolates" for the agent's
 * "box of truffles", "skip the warranty" for "protection plan"). */
#include "kpi_upsell_scope.h"

/* How many words after the determiner may name what is kept. */
#define NP_WORDS 4
/* How many turns back the agent's offer may lie for its acknowledgement
 * to narrow the order. */
#define ACK_TURNS 4
/* How many words before an item's own the agent may name it with. */
#define NAME_BACK 6

static bool determiner(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "the", "that", "this", "my", "our", "these", "those");
}

/* Word k of t may stand between "just" and the determiner as the verb of
 * "just fix the leak", "i'll just take the room": not a preposition, a
 * number or an article, which make "just for the first night", "just one
 * of the", "just a moment" say something else, nor a pronoun: unpunctuated,
 * "just me my friends won't care" counts who takes the extra and then says
 * why, it keeps no "friends". */
static bool verb_slot(const kpi_text *t, size_t k)
{
    return !(t->tok[k].vflags & (VF_NUMBER | VF_NEGATOR)) &&
           !KPI_TOK_IS(t, k, "for", "to", "a", "an", "in", "on", "at", "about", "so", "like",
                       "of", "with", "because", "as", "when", "if", "by", "what", "how") &&
           !KPI_TOK_IS(t, k, "me", "us", "him", "her", "them", "you", "mine", "myself", "i",
                       "we");
}

/* Words that end the name of what is kept ("just the tv then", "just the
 * standard please"). */
static bool np_stop(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "then", "please", "thanks", "but") || (t->tok[k].vflags & VF_CLAUSE);
}

/* A "just/only [verb] the X" at word k of t, X not a count ("just the one",
 * "only the two of us") nor a question's ("is it just the room?"): sets
 * [*ns, *ne) to X's words and *then when "then" closes them. verb: one
 * word may stand before the determiner. */
static bool only_phrase(const kpi_text *t, size_t k, bool verb, size_t *ns, size_t *ne,
                        bool *then)
{
    if (!KPI_TOK_IS(t, k, "just", "only"))
        return false;
    uint32_t sent = t->tok[k].sent;
    if (kpi_text_sentence_is_question(t, sent) ||
        (k > 0 && t->tok[k - 1].sent == sent && (t->tok[k - 1].vflags & VF_NEGATOR)))
        return false;
    size_t d = k + 1;
    if (d < t->ntok && !determiner(t, d) && verb && verb_slot(t, d))
        d++;
    if (d + 1 >= t->ntok || !determiner(t, d) || t->tok[d + 1].sent != sent)
        return false;
    size_t f = d + 1;
    if ((t->tok[f].vflags & VF_NUMBER) ||
        KPI_TOK_IS(t, f, "one", "ones", "same", "first", "once", "rest", "other", "time"))
        return false;
    size_t ce = kpi_text_clause_end(t, t->tok[d].end), e = f;
    *then = false;
    while (e < t->ntok && e < f + NP_WORDS && t->tok[e].sent == sent && t->tok[e].end <= ce &&
           !(e > f && np_stop(t, e)))
        e++;
    *then = e < t->ntok && t->tok[e].sent == sent && KPI_TOK_IS(t, e, "then");
    *ns = t->tok[f].start;
    *ne = t->tok[e - 1].end;
    return true;
}

static bool is_extra(const dlg_item *it)
{
    return it->kind != IT_MAIN;
}

/* Do words [a, b) of t name item it: its words, or the few the agent said
 * before them in their sentence ("A rotation on all four tires is $30":
 * the walk names it by "all four tires")? */
static bool names(const dlg_state *st, const kpi_text *t, size_t a, size_t b, const dlg_item *it)
{
    const kpi_text *at = &st->texts[it->words_turn];
    size_t ss = at->nsent ? at->sent[kpi_text_sentence_at(at, it->ws)].start : 0;
    size_t ws = kpi_text_words_back(at, it->ws, ss, NAME_BACK);
    return dlg_names_item(t, a, b, at, ws, it->we);
}

/* Do words [a, b) of t name any add-on on the table? */
static bool names_extra(const dlg_state *st, const kpi_text *t, size_t a, size_t b)
{
    for (size_t i = 0; i < st->n_item; i++)
        if (is_extra(&st->items[i]) && names(st, t, a, b, &st->items[i]))
            return true;
    return false;
}

/* The turn the first add-on was offered in; -1 when none was. */
static int first_extra_turn(const dlg_state *st)
{
    for (size_t i = 0; i < st->n_item; i++)
        if (is_extra(&st->items[i]))
            return st->items[i].turn;
    return -1;
}

/* Do words [a, b) of t name the purchase: an item the walk holds for it,
 * the customer's commitment or request for it, what was said in the call
 * before any add-on came up, or the agent's turn just before (turn - 1:
 * "The TV order is still placed" - "okay, just the TV then")? */
static bool names_purchase(const dlg_state *st, int turn, const kpi_text *t, size_t a, size_t b)
{
    for (size_t i = 0; i < st->n_item; i++)
        if (!is_extra(&st->items[i]) && names(st, t, a, b, &st->items[i]))
            return true;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *m = &st->acc[i];
        if (!m->retracted && m->kind == ACC_MAIN &&
            dlg_names_item(t, a, b, &st->texts[m->turn], m->start, m->end))
            return true;
    }
    if (st->request_turn >= 0 && dlg_names_item(t, a, b, &st->texts[st->request_turn],
                                                st->request_start, st->request_end))
        return true;
    int first = first_extra_turn(st);
    for (int k = 0; k < first; k++)
        if (dlg_names_item(t, a, b, &st->texts[k], 0, st->texts[k].len))
            return true;
    return turn > 0 && dlg_names_item(t, a, b, &st->texts[turn - 1], 0, st->texts[turn - 1].len);
}

/* Takes off every add-on offered before turn that words [a, b) of t (in
 * turn) do not name: declined, and its acceptances taken back (in turn
 * itself too: "Just fix the leak, please." makes the "please" no yes).
 * Returns whether it took back an acceptance. */
static bool narrow(dlg_state *st, int turn, const kpi_text *t, size_t a, size_t b)
{
    bool any = false;
    for (size_t i = 0; i < st->n_item; i++) {
        dlg_item *it = &st->items[i];
        if (!is_extra(it) || it->turn >= turn || names(st, t, a, b, it))
            continue;
        it->declined = true;
        it->open = false;
        for (size_t j = 0; j < st->n_acc; j++) {
            dlg_accept *acc = &st->acc[j];
            if (acc->item == (int)i && acc->kind == ACC_ADDON && acc->turn <= turn &&
                !acc->retracted) {
                acc->retracted = true;
                any = true;
            }
        }
    }
    return any;
}

/* Does the sentence go on, after the words kept [.., b) and before se,
 * to list more ("just the laptop, the cover and express")? Then it picks
 * among the items, which the walk reads by their names. */
static bool lists_more(const kpi_text *t, size_t b, size_t se)
{
    return KPI_SPAN_HAS(t, b, se, "and", "plus", "with", "also", "the");
}

/* Where the sentence holding byte off of t ends: "Just the laptop, the
 * cover and express." keeps all it lists. */
static size_t sentence_end(const kpi_text *t, size_t off)
{
    return t->nsent ? t->sent[kpi_text_sentence_at(t, off)].end : t->len;
}

/* Is an add-on offered in the agent's turn just before, not yet taken
 * before this turn: the customer's turn answers it directly? */
static bool answers_offer(const dlg_state *st, int turn)
{
    for (size_t i = 0; i < st->n_item; i++) {
        const dlg_item *it = &st->items[i];
        if (is_extra(it) && it->turn == turn - 1)
            return true;
    }
    return false;
}

/* Does the determiner after "just [verb]" (word k of t) bring in a thing
 * of its own ("just fix the heater", "just do my oil change"), not point
 * at the business in hand ("sure add it just get this done", "just make
 * that quick")? */
static bool names_a_thing(const kpi_text *t, size_t k)
{
    size_t d = k + 1;
    if (d < t->ntok && !determiner(t, d))
        d++;
    return d < t->ntok && KPI_TOK_IS(t, d, "the", "my", "our");
}

/* "just fix the leak, please" opening the answer to an add-on offer: what
 * it keeps names nothing on the table, and nothing but the purchase is
 * left to keep; "Sure, add it. Just get this done." keeps nothing, it
 * hurries the agent on. */
static bool opens_answer(const dlg_state *st, int turn, const kpi_text *t, size_t k)
{
    return (k == 0 || (t->tok[k].flags & TF_SENT_START)) && answers_offer(st, turn) &&
           names_a_thing(t, k);
}

static bool scope_by_only(dlg_state *st, int turn)
{
    const kpi_text *t = &st->texts[turn];
    bool any = false;
    for (size_t k = 0; k < t->ntok; k++) {
        size_t a, b;
        bool then;
        if (!only_phrase(t, k, true, &a, &b, &then))
            continue;
        size_t se = sentence_end(t, a);
        if (names_extra(st, t, a, se) || lists_more(t, b, se))
            continue;
        if (names_purchase(st, turn, t, a, b) || opens_answer(st, turn, t, k))
            any |= narrow(st, turn, t, a, se);
    }
    return any;
}

/* The customer's turn before turn; -1 when none. */
static int customer_before(const dlg_state *st, int turn)
{
    for (int k = turn - 1; k >= 0; k--)
        if (st->turns->v[k].speaker == SPK_CUSTOMER)
            return k;
    return -1;
}

/* Takes back the add-on accepted last, in turn before byte off or in the
 * customer's turn before, unless an extra was offered after it: "skip
 * the wipers" then answers that newer offer. Returns whether it did. */
static bool retract_latest(dlg_state *st, int turn, size_t off)
{
    int prev = customer_before(st, turn);
    for (size_t j = st->n_acc; j-- > 0;) {
        dlg_accept *acc = &st->acc[j];
        if (acc->retracted || acc->kind != ACC_ADDON || acc->item < 0)
            continue;
        if (!((acc->turn == turn && acc->start < off) || (acc->turn == prev && prev >= 0)))
            return false;
        for (size_t i = (size_t)acc->item + 1; i < st->n_item; i++)
            if (is_extra(&st->items[i]) && !st->items[i].accepted)
                return false;
        acc->retracted = true;
        return true;
    }
    return false;
}

size_t upsell_drop_object_end(const kpi_text *t, size_t k, size_t ce)
{
    for (size_t j = k + 1; j < t->ntok && t->tok[j].end <= ce; j++)
        if (KPI_TOK_IS(t, j, "just", "only", "keep", "but"))
            return t->tok[j].start;
    return ce;
}

/* Is word k of t a drop verb said as a request: not negated ("don't drop
 * the plan"), not told of with a subject ("i drop my phone all the time",
 * "my cat likes to scratch the couch"; "i'd like to skip the..." asks),
 * not asked about unless the question is a polite request ("what if i
 * cancel the warranty later?" - "could you drop the insurance")? */
static bool drop_request(const kpi_text *t, size_t k)
{
    if (!KPI_TOK_IS(t, k, "skip", "drop", "scratch", "scrap", "ditch", "remove", "cancel"))
        return false;
    uint32_t sent = t->tok[k].sent;
    bool told = k > 0 && t->tok[k - 1].sent == sent &&
                (KPI_TOK_IS(t, k - 1, "i", "we", "you", "they", "he", "she", "it") ||
                 (KPI_TOK_IS(t, k - 1, "to") &&
                  !(k > 1 && KPI_TOK_IS(t, k - 2, "want", "like", "need", "wanna", "going"))));
    size_t f = kpi_text_tok_at(t, t->sent[sent].start);
    bool polite = f < t->ntok && KPI_TOK_IS(t, f, "can", "could", "would", "please");
    if (polite) /* "could you drop the insurance": "you" asked, not told of */
        return !kpi_text_negated_before(t, k);
    return !told && !kpi_text_negated_before(t, k) && !kpi_text_sentence_is_question(t, sent);
}

/* Do words [a, b) of t name item it by its own words? A drop's clause
 * runs on past its object ("scratch the protection plan my credit card
 * covers that"), so the words the agent said before the item's would
 * name the one kept too. */
static bool names_own(const dlg_state *st, const kpi_text *t, size_t a, size_t b,
                      const dlg_item *it)
{
    return dlg_names_item(t, a, b, &st->texts[it->words_turn], it->ws, it->we);
}

/* Takes back every add-on accepted before turn that words [a, b) of t
 * name by their own words. Returns whether it took one back. */
static bool retract_named_in(dlg_state *st, int turn, const kpi_text *t, size_t a, size_t b)
{
    bool any = false;
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *acc = &st->acc[i];
        if (!acc->retracted && acc->kind == ACC_ADDON && acc->item >= 0 && acc->turn < turn &&
            names_own(st, t, a, b, &st->items[acc->item])) {
            acc->retracted = true;
            any = true;
        }
    }
    return any;
}

/* The object of the drop verb at word k as a thing of its own ("the
 * chocolates", "my warranty"; not "the one", "the whole thing"): sets
 * [*a, *b) to its words, up to what is kept. */
static bool drop_object(const kpi_text *t, size_t k, size_t *a, size_t *b)
{
    size_t f = k + 2;
    uint32_t sent = t->tok[k].sent;
    if (f >= t->ntok || !KPI_TOK_IS(t, k + 1, "the", "my") || t->tok[f].sent != sent ||
        KPI_TOK_IS(t, f, "one", "ones", "it", "whole"))
        return false;
    size_t e = f, ce = kpi_text_clause_end(t, t->tok[k + 1].end);
    while (e < t->ntok && e < f + NP_WORDS && t->tok[e].sent == sent && t->tok[e].end <= ce &&
           !np_stop(t, e) && !KPI_TOK_IS(t, e, "just", "only", "keep"))
        e++;
    if (e == f)
        return false;
    *a = t->tok[f].start;
    *b = t->tok[e - 1].end;
    return true;
}

/* Does words [a, b) of t name any item on the table, extra or purchase? */
static bool names_any_item(const dlg_state *st, const kpi_text *t, size_t a, size_t b)
{
    for (size_t i = 0; i < st->n_item; i++)
        if (names(st, t, a, b, &st->items[i]))
            return true;
    return false;
}

/* Is an add-on accepted, and not taken back, yet? */
static bool addon_taken(const dlg_state *st)
{
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].kind == ACC_ADDON && st->acc[i].item >= 0)
            return true;
    return false;
}

/* The one reading of a drop verb in the customer's words ("actually drop
 * the protection plan, just the laptop", "scratch the chocolates", "skip
 * the warranty" for the agent's "protection plan"): said as a request, it
 * takes back the add-ons accepted in earlier turns that its clause names
 * up to what is kept; when its object names nothing on the table and not
 * the purchase, the add-on accepted last (retract_latest). Returns
 * whether it took one back. */
static bool drop_by_verb(dlg_state *st, int turn)
{
    if (!addon_taken(st))
        return false; /* most calls: nothing to take back */
    const kpi_text *t = &st->texts[turn];
    bool any = false;
    for (size_t k = 0; k + 1 < t->ntok; k++) {
        if (!drop_request(t, k))
            continue;
        size_t ce = upsell_drop_object_end(t, k, kpi_text_clause_end(t, t->tok[k].end));
        if (retract_named_in(st, turn, t, t->tok[k].end, ce)) {
            any = true;
            continue;
        }
        size_t a, b;
        if (drop_object(t, k, &a, &b) && !names_any_item(st, t, a, b) &&
            !names_purchase(st, turn, t, a, b))
            any |= retract_latest(st, turn, t->tok[k].start);
    }
    return any;
}

/* A refusal or retraction in turn spoke to the add-ons taken off: it
 * leaves the purchase standing (conversion reads it no more). */
static void consume_refusals(dlg_customer *c)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->ev[i].kind == CE_RETRACT || c->ev[i].kind == CE_DECLINE)
            c->ev[i].consumed = true;
}

void upsell_scope_customer(dlg_state *st, int turn, dlg_customer *c)
{
    bool dropped = drop_by_verb(st, turn);
    if (first_extra_turn(st) < 0)
        return; /* most calls: no add-on was ever offered */
    if (scope_by_only(st, turn) || dropped)
        consume_refusals(c);
}

/* Was an add-on offered in the last few turns before turn? */
static bool offered_lately(const dlg_state *st, int turn)
{
    for (size_t i = 0; i < st->n_item; i++) {
        const dlg_item *it = &st->items[i];
        if (is_extra(it) && it->turn < turn && it->turn >= turn - ACK_TURNS)
            return true;
    }
    return false;
}

/* Does agent text t, from its apology or "unfortunately" on, say the
 * thing cannot be had: a negator and, within the three words after it, what
 * is not ("isn't available", "can't add", "we don't offer")? "Sorry, I
 * didn't catch that" says nothing of the kind. */
static bool regrets_unavailable(const kpi_text *t)
{
    size_t from = t->len, ms, me;
    if (kpi_find(t, KS_APOLOGY, 0, t->len, &ms, &me))
        from = ms;
    for (size_t k = 0; k < t->ntok && t->tok[k].start < from; k++)
        if (KPI_TOK_IS(t, k, "unfortunately", "afraid"))
            from = t->tok[k].start;
    for (size_t k = kpi_text_tok_at(t, from); k < t->ntok; k++) {
        if (!(t->tok[k].vflags & VF_NEGATOR))
            continue;
        for (size_t j = k + 1; j < t->ntok && j <= k + 3 && t->tok[j].sent == t->tok[k].sent; j++)
            if (KPI_TOK_IS(t, j, "available", "possible", "able", "offer", "add", "include",
                           "provide", "do", "carry", "stock", "install"))
                return true;
    }
    return false;
}

/* "Yes, please." - "Let me add that... oh, I'm sorry. Installation isn't
 * available in your zip code yet.": the agent's regret that what the
 * customer took in the turn just before cannot be had takes it back. */
static void extra_unavailable(dlg_state *st, int turn)
{
    int prev = customer_before(st, turn);
    if (prev < 0 || prev != turn - 1)
        return;
    bool any = false;
    for (size_t j = 0; j < st->n_acc && !any; j++)
        any = st->acc[j].turn == prev && st->acc[j].kind == ACC_ADDON && !st->acc[j].retracted;
    if (!any || !regrets_unavailable(&st->texts[turn]))
        return;
    for (size_t j = 0; j < st->n_acc; j++) {
        dlg_accept *acc = &st->acc[j];
        if (acc->turn == prev && acc->kind == ACC_ADDON && !acc->retracted) {
            acc->retracted = true;
            if (acc->item >= 0)
                st->items[acc->item].declined = true;
        }
    }
}

void upsell_scope_agent(dlg_state *st, int turn)
{
    if (!offered_lately(st, turn))
        return;
    extra_unavailable(st, turn);
    const kpi_text *t = &st->texts[turn];
    for (size_t k = 0; k < t->ntok; k++) {
        size_t a, b;
        bool then;
        if (!only_phrase(t, k, false, &a, &b, &then))
            continue;
        bool opens = k == 0 || (t->tok[k].flags & TF_SENT_START);
        size_t se = sentence_end(t, a);
        if ((then || opens) && !names_extra(st, t, a, se) && !lists_more(t, b, se) &&
            names_purchase(st, turn, t, a, b))
            (void)narrow(st, turn, t, a, se);
    }
}
