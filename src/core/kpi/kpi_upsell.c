/* kpi_upsell.c - the items on the table and the customer's answers to them.
 * An agent's offer puts items on the table, priced or not; a price the
 * customer asked for ("how much is trip protection?") prices one; a revision
 * ("normally $30, but I can do $20") re-prices the latest. The customer's
 * yes, "add it", "both" or naming an item accepts it at the price then on the
 * table; a refusal or deferral sets it aside until a new price, and "skip the
 * X" drops it once taken. The customer may also name an add-on with its own
 * price ("can you also add the workshop? I saw it's $730").
 *
 * The dialogue, not the size of a price, tells the purchase from its
 * add-ons: what is offered on top ("add", "also", "extra", "on top", an
 * upgrade, or anything once something is bought) is an add-on; what the
 * agent shows before anything is bought, or what names what the customer
 * asked for or looked for ("I also need a rental car"), is a purchase. Only
 * accepted add-ons are upsell; an upgrade bought on its own is the purchase
 * itself. A purchase made before the call counts as bought: "I booked the
 * package last week and want to add the snorkel tour" - "$65 per person"
 * prices an extra, and so does a seat upgrade on a flight the customer is
 * on; a line or a driver added to a plan changes the plan itself. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "kpi_upsell_count.h"
#include "kpi_upsell_scope.h"
#include "util.h"

/* How many customer turns a plain yes still answers an offer. */
#define OPEN_TURNS 2
/* How many turns back a customer may name an item to take it. */
#define NAME_TURNS 8
/* What a customer event says about an item: yes, no, or nothing. */
enum { NONE, YES, NO };

static dlg_item *item_new(dlg_state *st, dlg_item_kind kind, int turn, int words_turn, size_t ws,
                          size_t we, int64_t cents, bool each)
{
    if (st->n_item == st->cap_item) {
        st->cap_item = st->cap_item ? st->cap_item * 2 : 8;
        st->items = xrealloc(st->items, st->cap_item * sizeof *st->items);
    }
    dlg_item *it = &st->items[st->n_item++];
    *it = (dlg_item){.kind = kind, .turn = turn, .words_turn = words_turn, .ws = ws, .we = we,
                     .cents = cents, .each = each, .open = true};
    return it;
}

/* Gives an item the price p: its amount and how a quantity applies to it. */
static void item_price(dlg_item *it, const dlg_price *p)
{
    it->cents = p->cents;
    it->each = p->each;
    it->bundle = p->bundle;
    it->qty = p->qty;
    it->alt = p->alt;
    it->per = p->per;
}

/* Gives item it the price, and how a quantity applies to it, of item from. */
static void item_price_from(dlg_item *it, const dlg_item *from)
{
    it->cents = from->cents;
    it->each = from->each;
    it->bundle = from->bundle;
    it->qty = from->qty;
    it->alt = from->alt;
    it->per = from->per;
}

/* Prices item it anew in agent turn `turn` and opens it again for an
 * answer: a price the agent gives for an item already on the table (the
 * answer to the customer's price question, a revised price, the price of
 * an offer made without one). */
static void item_reprice(dlg_item *it, const dlg_price *p, int turn)
{
    item_price(it, p);
    it->open = true;
    it->declined = false;
    it->waited = 0;
    it->turn = turn;
}

static void close_open(dlg_state *st)
{
    for (size_t i = 0; i < st->n_item; i++)
        st->items[i].open = false;
}

static bool item_named(const dlg_state *st, const kpi_text *ct, size_t a, size_t b,
                       const dlg_item *it)
{
    return dlg_names_item(ct, a, b, &st->texts[it->words_turn], it->ws, it->we);
}

/* The latest item not yet taken that the agent offered or priced in the last
 * few turns; open_only for one a plain yes still answers. */
static dlg_item *latest(dlg_state *st, int turn, bool open_only)
{
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->accepted || it->turn < turn - NAME_TURNS)
            continue;
        if (!open_only || it->open)
            return it;
    }
    return NULL;
}

/* Was a price of this many cents said by the agent before turn? Then "So
 * that's $70 a month, shall I schedule it?" restates, it offers nothing new. */
static bool said_before(const dlg_state *st, int turn, int64_t cents)
{
    for (int t = 0; t < turn; t++) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        const dlg_agent *b = &st->agent[t];
        for (size_t j = 0; j < b->n_price; j++)
            if (b->prices[j].cents == cents)
                return true;
    }
    return false;
}

/* The add-ons the customer has taken and not taken back, in cents. */
static int64_t taken_sum(const dlg_state *st)
{
    int64_t sum = 0;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].kind == ACC_ADDON)
            sum += st->acc[i].cents;
    return sum;
}

/* Does price cents of agent turn `turn` only restate the order: a price said
 * before, what the extras taken come to, or, when the turn reads the order
 * back, that plus a price said before (the order's total: "the flight at
 * $286 ... extra legroom both ways, $384 total")? Not a new price that
 * happens to be a sum ("wrapping is $5" - "And express is $15"). */
static bool restated_price(const dlg_state *st, int turn, const dlg_agent *a, int64_t cents,
                           int64_t taken)
{
    if (said_before(st, turn, cents) || (taken > 0 && cents == taken))
        return true;
    return a->readback && taken > 0 && cents > taken && said_before(st, turn, cents - taken);
}

/* "two extra seats at forty five each so ninety dollars on top of the
 * renewal", "So Unlimited Plus at $55 plus the $10 add-on", "extra legroom
 * both ways, $384 total. Shall I book it?": once the purchase is made and
 * right after the customer took an extra, an agent turn whose every price
 * restates the order offers nothing new; the yes to it confirms what was
 * taken. */
static bool restates_order(const dlg_state *st, int turn, const dlg_agent *a)
{
    bool just_taken = false;
    for (size_t i = 0; i < st->n_acc && !just_taken; i++)
        just_taken = !st->acc[i].retracted && st->acc[i].kind == ACC_ADDON &&
                     st->acc[i].turn == turn - 1;
    /* "Would you also like a foot soak for $40?" asks about a new thing */
    if (!just_taken || !a->n_price || (a->asked && !a->readback))
        return false;
    int64_t taken = taken_sum(st);
    for (size_t k = 0; k < a->n_price; k++)
        if (!restated_price(st, turn, a, a->prices[k].cents, taken))
            return false;
    return true;
}

/* The price a turn gives for one thing: the first that no later price in the
 * same breath replaces. */
static const dlg_price *current_price(const dlg_agent *a)
{
    if (a->revision) {
        /* "normally $30, but I can do $20": the last word on the price */
        for (size_t k = a->n_price; k-- > 0;)
            if (!a->prices[k].old || k == 0)
                return &a->prices[k];
        return NULL;
    }
    for (size_t k = 0; k < a->n_price; k++)
        if (!a->prices[k].old || k + 1 == a->n_price)
            return &a->prices[k];
    return NULL;
}

/* "The sports pack is $12.99 a month." - "Of course it's extra." - "Would
 * you like to add it?": asked again in the very next turn, by a pronoun and
 * with no new price, about an extra the customer's last turn took only by a
 * yes, the agent shows it heard no yes; that yes is set aside and the new
 * answer decides, at the price the extra had. */
static void asked_again(dlg_state *st, dlg_item *it)
{
    for (size_t i = st->n_acc; i-- > 0;) {
        dlg_accept *a = &st->acc[i];
        if (a->turn != it->turn - 1)
            return; /* only what the customer's last turn took */
        if (a->retracted || a->kind != ACC_ADDON || !a->by_yes || a->item < 0 ||
            st->items[a->item].kind == IT_MAIN || st->items[a->item].cents <= 0)
            continue;
        a->retracted = true;
        if (!it->cents)
            item_price_from(it, &st->items[a->item]);
        return;
    }
}

/* "yeah" to a pitch, then "would you like me to add the tutoring?": asking
 * again, without a new price, about an extra taken before shows it was not
 * taken; the new answer decides, at the price it had. */
static void reoffered(dlg_state *st, dlg_item *it)
{
    if (it->kind == IT_MAIN)
        return;
    const kpi_text *at = &st->texts[it->words_turn];
    if (!dlg_names_something(at, it->ws, it->we)) {
        asked_again(st, it);
        return;
    }
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_ADDON || a->item < 0)
            continue;
        const dlg_item *old = &st->items[a->item];
        if (old == it || !item_named(st, &st->texts[it->words_turn], it->ws, it->we, old))
            continue;
        a->retracted = true;
    }
    /* the price just said for what is asked about again */
    for (size_t i = st->n_item; i-- > 0 && !it->cents;) {
        const dlg_item *old = &st->items[i];
        if (old != it && old->cents > 0 && old->kind != IT_MAIN && old->words_turn == it->turn - 2 &&
            item_named(st, &st->texts[it->words_turn], it->ws, it->we, old))
            item_price_from(it, old);
    }
}

/* Does the agent's turn say the count k ("three days", "20 tiramisu",
 * "two nightstands") outside its prices? */
static bool says_count(const kpi_text *t, const dlg_agent *a, int k)
{
    for (size_t j = 0; j < t->ntok; j++) {
        bool in_price = false;
        for (size_t p = 0; p < a->n_price && !in_price; p++)
            in_price = t->tok[j].start >= a->prices[p].start && t->tok[j].end <= a->prices[p].end;
        if (!in_price && kpi_count_word(t, j) == k)
            return true;
    }
    return false;
}

/* The total the agent works out for a unit price: a price of the turn, from
 * index from on, that is k times unit where the turn also says the count k
 * ("twenty two a day for three days, sixty six total"; "$24 per night, so
 * $48 for your two nights"). 0 when there is none. */
static int64_t stated_total(const kpi_text *t, const dlg_agent *a, size_t from, int64_t unit)
{
    if (unit <= 0)
        return 0;
    for (size_t k = from; k < a->n_price; k++) {
        int64_t c = a->prices[k].cents;
        /* the unit price again with the count its worked total gave it
         * ("two at $240 each, $480 total"; kpi_amount.c folds the total) */
        if (c == unit && a->prices[k].each && !a->prices[k].bundle && a->prices[k].qty >= 2)
            return unit <= KPI_PRICE_MAX_CENTS / a->prices[k].qty ? unit * a->prices[k].qty : 0;
        if (c <= unit || c % unit != 0 || c / unit > 99)
            continue;
        /* "two seats for four days, $96": counts that multiply to it */
        if (says_count(t, a, (int)(c / unit)) || upsell_counts_make(t, a, c / unit))
            return c;
    }
    return 0;
}

/* The sum of the extras taken so far when there are two or more: "hot
 * stones and aromatherapy, the $35 extra is due at the spa" sums them, it
 * offers nothing new (a question may offer a third extra at that price).
 * 0 otherwise. */
static int64_t extras_sum(const dlg_state *st)
{
    int64_t sum = 0;
    int n = 0;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].kind == ACC_ADDON && st->acc[i].cents > 0) {
            sum = kpi_cents_add(sum, st->acc[i].cents);
            n++;
        }
    return n >= 2 ? sum : 0;
}

/* Is cents what an extra taken at a unit price came to with its count
 * ("four sessions at $50 each" taken, then "that's $200 for the pack, I've
 * added it")? That restates it; it offers nothing new. */
/* So is the same price of an extra the customer took in the turn just
 * before, said back by an agent who asks nothing ("I'll grab the VIP
 * upgrade for the extra $60" - "The $60 VIP upgrade covers both tickets.
 * Adding it now."): confirmed, not offered again. */
static bool restates_taken(const dlg_state *st, int turn, const dlg_agent *ag, int64_t cents)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (!a->retracted && a->kind == ACC_ADDON && a->item >= 0 && a->cents == cents &&
            (st->items[a->item].cents != cents ||
             (a->turn == turn - 1 && (!ag->asked || ag->readback || ag->mentions_readback))))
            return true;
    }
    return false;
}

/* Was an extra taken at the unit price cents for a total of its own ("gift
 * wrap at $5 per item" taken for two sweaters, $10)? */
static bool counted_as_total(const dlg_state *st, int64_t cents)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (!a->retracted && a->item >= 0 && st->items[a->item].cents == cents &&
            a->cents != cents)
            return true;
    }
    return false;
}

/* Is cents the sum of two or more prices said before turn, or of what was
 * taken at them ("the package is $8,500" ... "the extra hour, $750" -
 * "please confirm: ..., $9,250")? A total adds up what is on the order; it
 * is never one more thing on it. The latest SUM_PARTS distinct prices are
 * tried, which bounds the work per price. */
#define SUM_PARTS 10
static bool sum_of_earlier(const dlg_state *st, int turn, int64_t cents)
{
    int64_t part[SUM_PARTS];
    int n = 0;
    for (size_t i = st->n_acc; i-- > 0 && n < SUM_PARTS;)
        if (!st->acc[i].retracted && st->acc[i].cents > 0 && st->acc[i].cents < cents)
            part[n++] = st->acc[i].cents;
    for (int t = turn; t-- > 0 && n < SUM_PARTS;) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        const dlg_agent *b = &st->agent[t];
        for (size_t j = b->n_price; j-- > 0 && n < SUM_PARTS;) {
            int64_t c = b->prices[j].cents;
            /* "$5 per item" taken for two is in the sum as $10, not as both */
            bool seen = c <= 0 || c >= cents || counted_as_total(st, c);
            for (int i = 0; i < n && !seen; i++)
                seen = part[i] == c;
            if (!seen)
                part[n++] = c;
        }
    }
    for (unsigned m = 1; m < (1u << n); m++) {
        if (!(m & (m - 1)))
            continue; /* one price alone is a restatement, said_before's case */
        int64_t sum = 0;
        for (int i = 0; i < n && sum <= cents; i++)
            if (m & (1u << i))
                sum += part[i];
        if (sum == cents)
            return true;
    }
    return false;
}

/* Is price k of the turn the sum of the two or more prices the turn says
 * before it ("so $142 plus $10 in add-ons, $152 a month")? */
static bool sum_in_turn(const dlg_agent *a, size_t k)
{
    int64_t sum = 0;
    size_t n = 0;
    for (size_t j = 0; j < k; j++)
        if (!a->prices[j].old) {
            sum = kpi_cents_add(sum, a->prices[j].cents);
            n++;
        }
    return n >= 2 && sum == a->prices[k].cents;
}

/* Does the agent's turn add things up: reads the order back, carries it
 * out, states a price without asking, or says "total" / "altogether"? A
 * question offering something for a price that happens to equal two
 * earlier ones ("a line is $25, controls $5" - "a case bundle for $30?")
 * still offers it. */
static bool sums_up(const dlg_state *st, int turn, const dlg_agent *a)
{
    if (a->readback || a->mentions_readback || a->confirm || !a->asked)
        return true;
    /* "so $142 plus $10 in add-ons, $152 a month, shall I bind it?" adds
     * up with "plus" as well */
    const kpi_text *t = &st->texts[turn];
    for (size_t k = 0; k < t->ntok; k++)
        if (KPI_TOK_IS(t, k, "total", "altogether", "combined", "overall", "plus"))
            return true;
    return false;
}

/* Was something taken, and not taken back, at this price (its unit price
 * or what it came to)? */
static bool taken_at(const dlg_state *st, int64_t cents)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (!a->retracted && (a->cents == cents ||
                              (a->item >= 0 && st->items[a->item].cents == cents)))
            return true;
    }
    return false;
}

/* Does the agent's turn name the purchase the customer committed to in
 * their own words? */
static bool names_main(const dlg_state *st, int turn)
{
    const kpi_text *at = &st->texts[turn];
    /* "I want to order the blender" ... "So the blender, the protection and
     * one extra jar. Shall I place it?": the order asked for, not yet placed */
    if (st->request_turn >= 0 && st->request_turn < turn &&
        dlg_names_item(at, 0, at->len, &st->texts[st->request_turn], st->request_start,
                       st->request_end))
        return true;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *m = &st->acc[i];
        if (!m->retracted && m->kind == ACC_MAIN && !m->by_yes &&
            dlg_names_item(at, 0, at->len, &st->texts[m->turn], m->start, m->end))
            return true;
    }
    return false;
}

/* Is the price k of the turn said as the other price of the offered one
 * before it, in the same sentence: "or" or "versus" between them ("$35
 * now, or $45 at the airport", "$35 now versus $45 at the airport"), or
 * the first one's clause ending on when it holds ("$35 if you add it now,
 * $45 at the airport")? */
static bool or_between(const kpi_text *t, const dlg_agent *a, size_t k)
{
    if (k == 0)
        return false;
    size_t from = kpi_text_tok_at(t, a->prices[k - 1].end);
    size_t j = from;
    for (; j < t->ntok && t->tok[j].end <= a->prices[k].start; j++) {
        if (j > from && (t->tok[j].flags & TF_SENT_START))
            return false;
        if (KPI_TOK_IS(t, j, "or", "versus", "vs"))
            return true;
    }
    /* j: the second price's own word, which opens its clause */
    return j > from && j < t->ntok && !(t->tok[j].flags & TF_SENT_START) &&
           (t->tok[j].flags & TF_CLAUSE_START) && KPI_TOK_IS(t, j - 1, "now", "today");
}

static bool prices_request(const dlg_state *st, int t, const dlg_price *p);

/* Does agent turn a carry out, with nothing bought yet, what the customer
 * asked for, picked or agreed to ("Booked.", "Done, two tickets, $60.")?
 * conversion_on_agent records that purchase after upsell_on_agent. */
static bool fulfils_now(const dlg_state *st, const dlg_agent *a)
{
    return a->confirm && !a->readback && !a->failure && !dlg_main_accepted(st) &&
           (st->request_turn >= 0 || st->pick_turn >= 0 || st->agree_turn > st->fulfil_turn);
}

/* "In Cozumel there's a snorkel excursion for $85 per person. Would you
 * like to add that?": once something is bought, an offer whose words name
 * nothing and hold no price points back at the price the turn said just
 * before it, for the thing that price's words name; that is put on the
 * table. Not a price said before in the call, nor one that restates what
 * was taken or adds up the order. */
static bool named_before_offer(dlg_state *st, int turn, const dlg_agent *a, dlg_item_kind kind)
{
    const kpi_text *at = &st->texts[turn];
    if (!dlg_main_accepted(st) || kind == IT_MAIN ||
        dlg_names_something(at, a->offer_start, a->offer_end))
        return false;
    const dlg_price *p = NULL;
    for (size_t k = 0; k < a->n_price && a->prices[k].end <= a->offer_start; k++)
        p = a->prices[k].old ? p : &a->prices[k];
    if (!p || said_before(st, turn, p->cents) || restates_taken(st, turn, a, p->cents) ||
        sum_of_earlier(st, turn, p->cents) ||
        !dlg_names_something(at, p->item_start, p->item_end))
        return false;
    dlg_item *it = item_new(st, kind, turn, turn, p->item_start, a->offer_end, p->cents, p->each);
    item_price(it, p);
    return true;
}

static bool priced_before(const dlg_state *st, int turn);
static bool priced_between(const dlg_state *st, int from, int to);

/* How many agent turns back an offer with no price of its own may find the
 * price the agent stated for what it offers. */
#define PRICED_BACK 2

/* Is price p, said in agent turn t (bd, its analysis), one an offer with no
 * price may take: a first mention of a price for something the words name,
 * not a sum of what was priced before, not what was taken already? Not the
 * first price of the call ("a new line is $25 a month, want me to add
 * it?"), nor one the customer committed to as the purchase: right after
 * it, or in words that name it ("let's do the spa resort then"). */
static bool price_for_later(const dlg_state *st, int t, const dlg_agent *bd, const dlg_price *p)
{
    const kpi_text *bt = &st->texts[t];
    if (p->old || p->cents <= 0 || said_before(st, t, p->cents) ||
        restates_taken(st, t, bd, p->cents) || sum_of_earlier(st, t, p->cents) ||
        !dlg_names_something(bt, p->item_start, p->item_end))
        return false;
    if (p == &bd->prices[0] && !priced_before(st, t))
        return false;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *m = &st->acc[i];
        if (m->retracted || m->kind != ACC_MAIN || m->turn <= t)
            continue;
        if (m->turn == t + 1 ||
            dlg_names_item(&st->texts[m->turn], m->start, m->end, bt, p->item_start, p->item_end))
            return false;
    }
    return true;
}

/* The price in agent turn t, before offset end, that an offer with the
 * words [os, oe) of turn `turn` points at: the last one whose words the
 * offer names; when the offer names nothing ("want me to add it?"), the
 * last one. NULL when the offer names something no price there is for. */
static const dlg_price *price_pointed_at(const dlg_state *st, int turn, size_t os, size_t oe,
                                         int t, size_t end)
{
    const kpi_text *at = &st->texts[turn], *bt = &st->texts[t];
    const dlg_agent *bd = &st->agent[t];
    bool named = dlg_names_something(at, os, oe);
    const dlg_price *found = NULL;
    for (size_t k = 0; k < bd->n_price && bd->prices[k].end <= end; k++) {
        const dlg_price *p = &bd->prices[k];
        if (!price_for_later(st, t, bd, p))
            continue;
        if (!named || dlg_names_item(at, os, oe, bt, p->item_start, p->item_end))
            found = p;
    }
    return found;
}

/* "Checked bags are $35 each. Would you like to add any?", "the north
 * america pass is ten a month" - "oh nice" - "want me to add the pass?",
 * "it's twenty two a month" - "mhm the inspector said so" - "want me to
 * add it?": an offer of something on top that holds no price of its own
 * offers what the agent priced just before it, in the same turn or a turn
 * or two back with the customer's remarks between. That price goes on the
 * table, for the words of the offer. Not when an item was put on the table
 * since (its answer settled that price), nor for a price the customer
 * committed to as the purchase. */
static bool priced_before_in_talk(dlg_state *st, int turn, const dlg_agent *a, dlg_item_kind kind)
{
    if (kind == IT_MAIN || !(a->offer_addon || dlg_main_accepted(st)) || a->readback ||
        a->confirm)
        return false;
    int latest_item = st->n_item ? st->items[st->n_item - 1].turn : -1;
    const dlg_price *p = price_pointed_at(st, turn, a->offer_start, a->offer_end, turn,
                                          a->offer_start);
    int back = 0;
    for (int t = turn - 1; !p && t > latest_item && t >= 0 && back < PRICED_BACK; t--) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        back++;
        p = price_pointed_at(st, turn, a->offer_start, a->offer_end, t, st->texts[t].len);
    }
    if (!p)
        return false;
    const kpi_text *at = &st->texts[turn];
    dlg_item *it = item_new(st, kind, turn, turn, a->offer_start,
                            a->offer_end > a->offer_start ? a->offer_end : at->len, p->cents,
                            p->each);
    item_price(it, p);
    return true;
}

/* "A second car is $8.99 a month." - "My wife's car has one." - "I can add
 * her car at $8.99.": the extra offered again, at the price it had, in
 * words that name it, within a few turns and not yet taken, is the same
 * extra, open to an answer again, not a second one beside it. */
static dlg_item *offered_again(dlg_state *st, int turn, dlg_item_kind kind, size_t ws,
                               size_t we, int64_t cents)
{
    const kpi_text *at = &st->texts[turn];
    if (kind == IT_MAIN || !dlg_names_something(at, ws, we))
        return NULL;
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->turn >= turn || it->turn < turn - NAME_TURNS)
            continue;
        if (!it->accepted && it->kind == kind && it->cents == cents && !it->alt_of &&
            item_named(st, at, ws, we, it))
            return it;
    }
    return NULL;
}

/* Does agent turn `turn` carry out what the customer committed to, at a
 * price the agent said before that commitment and none since ("Front pads
 * and rotors are $340." - "Okay, put me down." - "Done. You're also due
 * for a cabin filter, $45")? The commitment waits for the agent's turn to
 * be recorded, but the purchase it carries out is priced already: a price
 * the turn goes on to state is something more. */
static bool carries_out_priced(const dlg_state *st, int turn)
{
    int c = st->agree_turn > st->request_turn ? st->agree_turn : st->request_turn;
    if (st->pick_turn > c)
        c = st->pick_turn;
    if (c <= 0 || !priced_before(st, c))
        return false;
    for (int t = c + 1; t < turn; t++)
        if (st->turns->v[t].speaker == SPK_AGENT && st->agent[t].n_price > 0)
            return false;
    return true;
}

/* Puts the prices of an add-on offer on the table, one item each. */
static void put_offer(dlg_state *st, int turn, const dlg_agent *a, dlg_item_kind kind,
                      bool all_prices)
{
    const kpi_text *at = &st->texts[turn];
    close_open(st);
    size_t n = 0, offered = 0, totals = 0, restated = 0;
    for (size_t k = 0; k < a->n_price; k++)
        offered += (all_prices || a->prices[k].in_offer) && !a->prices[k].old;
    bool single = offered == 1;
    for (size_t k = 0; k < a->n_price; k++) {
        const dlg_price *p = &a->prices[k];
        if (!(all_prices || p->in_offer))
            continue;
        /* "usually $39, but I can do $29" and "$29, it's normally $39": the
         * price said as the usual one is replaced by the current one, said
         * before or after it */
        bool replaced = false;
        for (size_t j = 0; j < a->n_price && p->old; j++)
            replaced |= (j > k || (j < k && !a->prices[j].old)) &&
                        (a->prices[j].in_offer || all_prices);
        /* "$24 per night, so $48 for your stay": the total of the price
         * before, not a second item */
        for (size_t j = 0; j < k && !replaced; j++)
            replaced = (all_prices || a->prices[j].in_offer) && !a->prices[j].old &&
                       stated_total(at, a, k, a->prices[j].cents) == p->cents;
        if (sums_up(st, turn, a) &&
            (sum_of_earlier(st, turn, p->cents) || sum_in_turn(a, k))) {
            totals++;
            continue;
        }
        if (restates_taken(st, turn, a, p->cents)) {
            restated++;
            continue;
        }
        if (replaced || (!a->asked && !p->old && p->cents == extras_sum(st)))
            continue;
        /* the turn that carries the purchase out may price it too; not
         * with a price after the words that offer, which run on from the
         * notice unpunctuated ("done she's covered and do you want
         * roadside on her car it's four a month") */
        bool after_cue = a->offer_cue > a->offer_start && p->start >= a->offer_cue;
        /* ... nor in an offer that is a sentence of its own after the
         * notice ("Booked. We also offer a skin analysis, $45.") */
        after_cue = after_cue || (a->offer_start > 0 && p->start >= a->offer_start &&
                                  kpi_text_sentence_at(at, a->offer_start) > 0);
        if (kind != IT_MAIN && !after_cue && fulfils_now(st, a) && prices_request(st, turn, p))
            continue;
        /* "that's gone through, you're set for Saturday's fight, $69.99":
         * carrying out a purchase priced before, its price said again */
        if (kind != IT_MAIN && a->confirm && !dlg_main_accepted(st) &&
            carries_out_priced(st, turn) && said_before(st, turn, p->cents))
            continue;
        size_t ws = p->item_start, we = p->item_end;
        bool unnamed = !dlg_names_something(at, ws, we);
        /* a single price: everything the offer says before it describes
         * the item ("an ocean-view suite with a lanai ... the upgrade is") */
        if (single && a->offer_start < ws)
            ws = dlg_item_words_start(at, a->offer_start, p->start);
        /* "that's $60 a week, want to add desserts for $14?": a price no
         * words name, before the offered one, is the purchase's own */
        bool later = false;
        for (size_t j = k + 1; j < a->n_price; j++)
            later |= all_prices || a->prices[j].in_offer;
        if (unnamed && later)
            continue;
        if (unnamed) {
            ws = a->offer_start;
            we = a->offer_end;
        }
        dlg_item *again = offered_again(st, turn, kind, ws, we, p->cents);
        if (again) {
            item_reprice(again, p, turn);
            n++;
            continue;
        }
        size_t prev = st->n_item;
        dlg_item *it = item_new(st, kind, turn, turn, ws, we, p->cents, p->each);
        if (n && or_between(at, a, k))
            it->alt_of = (int)prev; /* the item just put, plus one */
        item_price(it, p);
        int64_t total = stated_total(at, a, k + 1, p->cents);
        if (total) {
            it->cents = total;
            it->each = false;
            it->bundle = true;
            it->qty = 0;
        }
        n++;
    }
    /* "so the upgrade and the tour, $439 total, shall I add those?" reads
     * back what is on the order: nothing new is on the table; so does "so
     * dessert for 25, that's $100 more" after the dessert was taken at $4
     * a head: the price of what was taken, worked out, offers it no more */
    if (!n && (totals || restated))
        return;
    if (!n && (named_before_offer(st, turn, a, kind) || priced_before_in_talk(st, turn, a, kind)))
        return;
    if (!n) {
        dlg_item *it = item_new(st, kind, turn, turn, a->offer_start,
                                a->offer_end > a->offer_start ? a->offer_end : at->len, 0, false);
        /* asked again, not "I've added the add-on", nor "the session
         * Friday, plus five extra images, shall I book it?" reading back
         * the purchase with it */
        if (a->asked && !a->confirm && !names_main(st, turn))
            reoffered(st, it);
    }
}

/* Does a question of the turn ask about something more ("too", "also",
 * "extra", "add")? */
static bool asks_for_more(const kpi_text *t)
{
    for (size_t i = 0; i < t->nsent; i++)
        if (kpi_text_sentence_is_question(t, i) &&
            kpi_text_has_flag(t, VF_ADDON, t->sent[i].start, t->sent[i].end))
            return true;
    return false;
}

/* Has the customer asked to buy something ("I also need a flight") that
 * nothing accepted or carried out has answered yet, and does the agent's
 * offer at turn name it ("a Delta flight at 6 pm")? A bed frame asked for
 * and nightstands offered: the nightstands are extra. */
static bool request_pending(const dlg_state *st, const dlg_agent *a)
{
    if (st->request_turn < 0 || a->confirm)
        return false;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].turn >= st->request_turn)
            return false;
    return true;
}

/* The words of the agent's offer that name what it offers: from its cue on
 * when it says it comes on top and its price follows the cue ("got it,
 * three larges, do you want to add garlic knots, five ninety nine": the
 * larges are the order said back, the knots the offer), else the whole
 * offer. */
static size_t offer_words_start(const dlg_agent *a)
{
    if (!a->offer_addon || a->offer_cue <= a->offer_start)
        return a->offer_start;
    for (size_t k = 0; k < a->n_price; k++)
        if (a->prices[k].in_offer && a->prices[k].start >= a->offer_cue)
            return a->offer_cue;
    return a->offer_start;
}

static bool offer_names_request(const dlg_state *st, int turn, const dlg_agent *a)
{
    return dlg_names_request(&st->texts[turn], offer_words_start(a), a->offer_end,
                             &st->texts[st->request_turn], st->request_start, st->request_end);
}

/* "We can have champagne waiting at the table" after "a table for two",
 * "extra seats on Pro" after "move us to Pro": an offer that names the
 * pending request only in a phrase of place or time puts something else
 * there, on top of the purchase. */
static bool placed_at_request(const dlg_state *st, int turn, const dlg_agent *a)
{
    return (a->offer || a->offer_named) && request_pending(st, a) &&
           dlg_names_item(&st->texts[turn], offer_words_start(a), a->offer_end,
                          &st->texts[st->request_turn], st->request_start, st->request_end) &&
           !offer_names_request(st, turn, a);
}

static bool open_request(const dlg_state *st, int turn, const dlg_agent *a)
{
    return request_pending(st, a) && offer_names_request(st, turn, a);
}

/* Has the customer looked for something to buy ("I also need a rental
 * car") since the last thing accepted? */
static bool seeking(const dlg_state *st)
{
    /* "I need four new tires" - "$145 each" - "Tomorrow at 10.": a day or
     * time picked since takes up what was found; an offer then comes on
     * top of it */
    if (st->seek_turn < 0 || st->pick_turn > st->seek_turn)
        return false;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].turn > st->seek_turn)
            return false;
    return true;
}

/* Does the agent's offer at turn, words [ws, we), find what the customer
 * looked for ("a compact car is $45 a day")? That is a second purchase. */
static bool sought(const dlg_state *st, int turn, size_t ws, size_t we)
{
    return seeking(st) && dlg_names_item(&st->texts[turn], ws, we, &st->texts[st->seek_turn],
                                         st->seek_start, st->seek_end);
}

/* Has the customer looked for something to buy since the agent last
 * carried a purchase out ("Your tickets are booked." - "Can you find me a
 * rental car?" - "I'll need it till Tuesday." - "I've found 4 cars. How
 * about a Ford Fusion?")? Until the agent carries the next purchase out,
 * what it offers without saying it comes on top is that purchase, whatever
 * the customer said about it meanwhile. */
static bool sought_anew(const dlg_state *st)
{
    return st->fulfil_turn >= 0 && st->seek_turn > st->fulfil_turn;
}

/* "Do you have any other cars?", "Is there anything else available?":
 * before anything is bought, a customer turn that asks for another choice,
 * and for nothing on top ("also", "add", "extra") nor on something bought
 * before the call ("my booking"), wants something in place of what was
 * shown ("more seats" or "more legroom" asks for more of a thing, not for
 * another). The agent's answer offers the purchase again, however it words
 * the new choice ("I also have a bus at 8:30", "a Fit, also available on
 * the 9th", "it also has 2 baths"). */
static bool asks_for_other(const dlg_state *st, int turn)
{
    if (turn < 1 || st->turns->v[turn - 1].speaker != SPK_CUSTOMER)
        return false;
    const kpi_text *ct = &st->texts[turn - 1];
    if (st->owned || kpi_text_has_flag(ct, VF_ADDON, 0, ct->len))
        return false;
    /* asked, not said: "fifteen is steep when we pay twelve for the others";
     * unpunctuated speech asks with the words that open its sentence ("do
     * you have any other cars") */
    for (size_t i = 0; i < ct->nsent; i++) {
        size_t ss = ct->sent[i].start, se = ct->sent[i].end, ms, me;
        bool asked = kpi_text_sentence_is_question(ct, i) ||
                     (kpi_find(ct, KS_QUESTION_START, ss, se, &ms, &me) && ms == ss);
        if (asked && KPI_SPAN_HAS(ct, ss, se, "other", "another", "else", "others"))
            return true;
    }
    return false;
}

/* "You're booked on the 8 am flight." - "Great, can you find me a hotel for
 * that night?" - "The Airport Inn has one for $129, want it?": the agent's
 * reply to a search the customer started in the turn just before answers
 * that search, a new purchase of its own, whether or not it names what was
 * sought; only an offer that says it comes on top ("add", "also", "extra")
 * is an extra. */
static bool answers_search(const dlg_state *st, int turn, const dlg_agent *a)
{
    return st->seek_turn == turn - 1 && seeking(st) && !a->offer_addon;
}

/* "I need 12 tickets for Friday." - "12 tickets at $11 each comes to $132.
 * Would you like popcorn combos?": the agent prices what the customer looked
 * for, before the offer, and offers something else beside it: an extra. */
static bool beside_sought(const dlg_state *st, int turn, const dlg_agent *a)
{
    const kpi_text *at = &st->texts[turn];
    size_t ws = offer_words_start(a);
    if (!seeking(st) || sought(st, turn, ws, a->offer_end))
        return false;
    for (size_t k = 0; k < a->n_price; k++) {
        const dlg_price *p = &a->prices[k];
        if (p->start < a->offer_start && !p->old &&
            dlg_names_item(at, p->item_start, p->item_end, &st->texts[st->seek_turn],
                           st->seek_start, st->seek_end))
            return true;
    }
    return false;
}

/* Does the turn say "added" ("Added.", "I've added International Talk")? */
static bool says_added(const kpi_text *t)
{
    return KPI_SPAN_HAS(t, 0, t->len, "added");
}

/* The count of unit per that turn t says. Items are counted in the
 * customer's words only, the order: the agent counts kinds on offer ("we
 * have three sizes"), not items bought. */
static int turn_count(const dlg_state *st, int t, unsigned per)
{
    if (per == KPI_PER_ITEM && st->turns->v[t].speaker != SPK_CUSTOMER)
        return 0;
    return kpi_unit_count(&st->texts[t], per);
}

/* The count of one unit of a unit price (a KPI_PER_* bit) that the call
 * says nearest the acceptance in turn `turn`: that turn, then the turns
 * before it, nearest first ("five days next week" ... "fifty four a day" ...
 * "sure"), then the turns after it (items: the customer's turns only). 0
 * when the call says none. */
static int call_count(const dlg_state *st, int turn, unsigned per)
{
    int n = (int)st->turns->n;
    for (int t = turn; t >= 0; t--) {
        int q = turn_count(st, t, per);
        if (q)
            return q;
    }
    for (int t = turn + 1; t < n; t++) {
        int q = turn_count(st, t, per);
        if (q)
            return q;
    }
    return 0;
}

/* Takes acc at `unit` cents times q, the count the customer said ("two
 * please", "just the two mounts"), when the product stays within
 * KPI_PRICE_MAX_CENTS; returns whether it did. The one place an accepted
 * extra becomes so many of it. */
static bool count_taken(dlg_accept *acc, int64_t unit, int q)
{
    if (unit > KPI_PRICE_MAX_CENTS / q)
        return false;
    acc->cents = unit * q;
    acc->count_said = true;
    return true;
}

/* "Collision coverage is nineteen a day" - "yes please", with "five days"
 * said when the car was booked: a unit price that neither its own words nor
 * the acceptance gave a count is times the count of its unit the call says
 * (days or nights of the stay, the party, the items ordered, both legs of a
 * round trip), of every unit it is per ("$25 per person per day"). A unit
 * the call gives no count, or the acceptance says one of, counts once
 * ([as, ae) of turn `turn` is the acceptance; apart, when 2 or more, the
 * count it said, of the first of its units that is items or people).
 * Returns cents unchanged when the call counts none of its units. */
static int64_t counted_by_call(const dlg_state *st, int turn, const dlg_item *it, int64_t cents,
                               size_t as, size_t ae, int apart)
{
    if (!it->each || it->bundle || it->qty || !it->per || cents <= 0)
        return cents;
    int64_t q = 1;
    for (unsigned bit = 1; bit <= KPI_PER_LAST; bit <<= 1)
        if (it->per & bit) {
            /* "yes, just one garlic bread", "one bag each way": one said in
             * the acceptance is that unit's count */
            bool one = kpi_unit_one(&st->texts[turn], bit, as, ae);
            int c = one ? 0 : call_count(st, turn, bit);
            /* "$35 per bag each way" - "one bag each for the three of us,
             * both ways": with no count of the things or the people of its
             * own (or one each), the first of those units takes the count
             * the acceptance said; that count is then spent */
            if (bit == KPI_PER_ITEM || bit == KPI_PER_HEAD) {
                if (c < 2 && apart >= 2)
                    c = apart;
                apart = 0;
            }
            if (c >= 2)
                q *= c;
        }
    if (q < 2 || q > 9999)
        return cents;
    return cents <= KPI_PRICE_MAX_CENTS / q ? cents * q : KPI_PRICE_MAX_CENTS;
}

/* "okay three at twenty each yeah put them on": the customer restating the
 * item's unit price with a count before it says how many were taken. The
 * count is the one said with the same unit price in the customer's turn
 * (kpi_amount.qty), 0 when none is. */
static int restated_count(const dlg_state *st, const dlg_item *it)
{
    const kpi_scratch *s = st->amt_now;
    for (size_t k = 0; s && k < s->namounts; k++) {
        const kpi_amount *a = &s->amounts[k];
        if (a->each && !a->bundle && !a->old && !a->excluded && a->qty >= 2 &&
            (a->cents == it->cents || (a->alt && a->alt == it->cents)))
            return a->qty;
    }
    return 0;
}

static void take(dlg_state *st, int turn, dlg_item *it, const dlg_event *e);

/* "We also do inside windows at $6 per window." - "Just the 5 in the
 * living room." - "Sure, 5 windows added.": with no yes and no refusal
 * between, the agent adding the extra just offered, by its name, shows the
 * customer took it; a count the notice says multiplies a price each. */
static bool added_as_told(dlg_state *st, int turn, int pt)
{
    const kpi_text *at = &st->texts[turn];
    if (st->no_turn == turn - 1 || st->turns->v[turn - 1].speaker != SPK_CUSTOMER)
        return false;
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->turn != pt || it->accepted || it->declined || it->cents <= 0 ||
            !item_named(st, at, 0, at->len, it))
            continue;
        /* the notice's count is in the sentence that names the extra: "One
         * pillow added. Delivery between 1 and 5." adds one */
        size_t a = 0, b = at->len;
        for (size_t si = 0; si < at->nsent; si++)
            if (item_named(st, at, at->sent[si].start, at->sent[si].end, it)) {
                a = at->sent[si].start;
                b = at->sent[si].end;
                break;
            }
        dlg_event told = {.kind = CE_CONFIRM, .start = a, .end = b, .cstart = a, .cend = b};
        take(st, turn, it, &told);
        return true;
    }
    return false;
}

/* "Cupcakes are two fifty each." - "Sure, a dozen." - "So that's thirty
 * for the cupcakes.": a spoken pair taken at one reading, whose other
 * reading times a count the customer or the agent says is a price of the
 * agent's next turn, had that other reading; the worked total is what was
 * bought. Returns that total, or cents unchanged. */
static int64_t other_reading_total(const dlg_state *st, int turn, const dlg_agent *a,
                                   const dlg_accept *acc, int64_t alt, int64_t cents)
{
    const kpi_text *at = &st->texts[turn], *ct = &st->texts[acc->turn];
    for (size_t k = 0; k < a->n_price; k++) {
        int64_t c = a->prices[k].cents;
        if (c <= alt || c % alt != 0 || c / alt > 999)
            continue;
        int64_t q = c / alt;
        if (kpi_count_said(ct, q, 0, 0, 0, 0) ||
            kpi_count_said(at, q, a->prices[k].start, a->prices[k].end, 0, 0))
            return c;
    }
    return cents;
}

/* Did the customer's turn that made acceptance i take another priced extra
 * too? Then "both added" in the read-back names the two, counting neither. */
static bool turn_took_two(const dlg_state *st, size_t i)
{
    for (size_t j = 0; j < st->n_acc; j++)
        if (j != i && st->acc[j].turn == st->acc[i].turn && !st->acc[j].retracted &&
            st->acc[j].kind == ACC_ADDON && st->acc[j].item != st->acc[i].item &&
            st->acc[j].cents > 0)
            return true;
    return false;
}

/* "Yeah, I'll take the waiver." - "Got it, the waiver at twenty two a day
 * for three days, sixty six total added.": the agent's turn right after an
 * extra is taken may work out its total from the count; that total is what
 * was bought. */
static void total_after_take(dlg_state *st, int turn, const dlg_agent *a)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *acc = &st->acc[i];
        if (acc->retracted || acc->kind != ACC_ADDON || acc->item < 0 || acc->turn != turn - 1)
            continue;
        const dlg_item *it = &st->items[acc->item];
        int64_t total = stated_total(&st->texts[turn], a, 0, it->cents);
        /* "ten dollars a day" - "yeah" - "so playtime all seven days": a
         * read-back that counts a price each taken once */
        if (!total && it->each && !it->bundle && !it->qty && acc->cents == it->cents &&
            !acc->count_said) {
            const kpi_text *at = &st->texts[turn];
            int q = turn_took_two(st, i) ? kpi_quantity_of_items(at, 0, at->len, true)
                                         : kpi_quantity_cued(at, 0, at->len);
            if (q >= 2 && it->cents <= KPI_PRICE_MAX_CENTS / q)
                total = it->cents * q;
        }
        if (total > acc->cents)
            acc->cents = total;
        else if (!total && it->alt)
            acc->cents = other_reading_total(st, turn, a, acc, it->alt, acc->cents);
    }
}

/* "Our Talk pack is $10 a month." - "Sure." - "I've added Talk at $10 a
 * month.": the agent carrying out an extra priced just before, which the
 * customer's plain yes did not take as an answer to an offer, shows the yes
 * took it. The price is the one the notice repeats or names, or the only
 * new one. */
static bool added_after_yes(dlg_state *st, int turn, const dlg_agent *a)
{
    int yes = st->yes_turn, pt = turn - 2;
    st->yes_turn = -1;
    if (pt < 0 || st->turns->v[pt].speaker != SPK_AGENT || !says_added(&st->texts[turn]))
        return false;
    if (yes != turn - 1)
        return added_as_told(st, turn, pt); /* "5 windows added" */
    if (!a->confirm)
        return false;
    const dlg_agent *pa = &st->agent[pt];
    const kpi_text *at = &st->texts[turn];
    /* offered on the table and not answered */
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->turn == pt && !it->accepted && !it->declined && it->cents > 0) {
            take(st, yes, it, &st->yes_ev);
            return true;
        }
    }
    const dlg_price *pick = NULL, *only = NULL;
    int fresh = 0;
    for (size_t k = 0; k < pa->n_price && !pick; k++) {
        const dlg_price *p = &pa->prices[k];
        bool known = false;
        for (size_t i = 0; i < st->n_item && !known; i++)
            known = st->items[i].cents == p->cents;
        if (known || (p->old && k + 1 < pa->n_price) || said_before(st, pt, p->cents))
            continue;
        fresh++;
        only = p;
        for (size_t j = 0; j < a->n_price && !pick; j++)
            if (a->prices[j].cents == p->cents)
                pick = p;
        if (!pick && dlg_names_item(at, 0, at->len, &st->texts[pt], p->item_start, p->item_end))
            pick = p;
    }
    if (!pick && fresh == 1)
        pick = only;
    if (!pick)
        return false;
    dlg_item *it = item_new(st, IT_ADDON, pt, pt, pick->item_start, pick->item_end, pick->cents,
                            pick->each);
    item_price(it, pick);
    take(st, yes, it, &st->yes_ev);
    return true;
}

/* Where the words of a notice that something is added end: at the end of
 * the sentence of the word "added" (word k of t), or before "and" or a
 * clause that turns to something else ("three bags added and seat selection
 * is fifteen each" adds no seats); a price straight after a comma still
 * belongs to it ("Haul-away added, $40."). */
static size_t notice_end(const kpi_text *t, size_t k)
{
    size_t j = k + 1;
    for (; j < t->ntok && t->tok[j].sent == t->tok[k].sent; j++) {
        const kpi_tok *w = &t->tok[j];
        bool number = (w->flags & (TF_DIGIT | TF_DOLLAR)) || (w->vflags & VF_NUMBER);
        if (KPI_TOK_IS(t, j, "and") || (w->vflags & VF_CLAUSE) ||
            ((w->flags & TF_CLAUSE_START) && !number))
            break;
    }
    return t->tok[j - 1].end;
}

/* Where the words of a notice that something is added (its "added" is word
 * k of t) start: at the start of the sentence ("four chairs at $85 each,
 * so $340 added"), or where "and" starts the speaker's own clause
 * ("you're booked Tuesday at ten and I've added a credit"). */
static size_t notice_start(const kpi_text *t, size_t k)
{
    for (size_t j = k; j-- > 0 && t->tok[j].sent == t->tok[k].sent;)
        if (KPI_TOK_IS(t, j, "and") && j + 1 < k &&
            KPI_TOK_IS(t, j + 1, "i", "i've", "ive", "we've", "weve", "i'll", "ill"))
            return t->tok[j + 1].start;
    return t->sent[t->tok[k].sent].start;
}

/* notice_word for a word k that is "added". */
static bool notice_added(const kpi_text *t, size_t k)
{
    /* "an added line is $30" describes a thing; "we added roadside
     * assistance this year" (the business's own news) offers it */
    if (k > 0 && KPI_TOK_IS(t, k - 1, "a", "an", "the", "any", "no", "your", "our", "we", "they"))
        return false;
    size_t ss = t->sent[t->tok[k].sent].start;
    for (size_t j = kpi_text_tok_at(t, ss); j < k; j++)
        if ((t->tok[j].vflags & VF_NEGATOR) ||
            KPI_TOK_IS(t, j, "would", "shall", "should", "can", "could", "may", "might", "want",
                       "like", "if", "will"))
            return false;
    return !kpi_text_sentence_is_question(t, t->tok[k].sent);
}

/* Is word k of agent text t the "added" of a notice: said of something done
 * ("Haul-away added", "I've added the ottoman"), not asked or proposed
 * ("would you like it added?", "it can be added for $20", "if you want it
 * added") nor denied ("I haven't added it")? Asked of every word of every
 * agent turn: inline, the one compare that turns away all the other words
 * is made in the caller's loop, without a call. */
static inline bool notice_word(const kpi_text *t, size_t k)
{
    return KPI_TOK_IS(t, k, "added") && notice_added(t, k);
}

/* Does a question of agent text t ask to add ("Shall I add it?", "want me
 * to add those?")? */
static bool asks_to_add(const kpi_text *t)
{
    for (size_t i = 0; i < t->nsent; i++)
        if (kpi_text_sentence_is_question(t, i) &&
            KPI_SPAN_HAS(t, t->sent[i].start, t->sent[i].end, "add"))
            return true;
    return false;
}

/* Do the words of the notice, [ns, ne) of t, name the thing that words
 * [os, oe) of text ot describe? Its "added" (word k) and its numbers are
 * left out: "a ten dollar credit added" names nothing of "Tuesday at ten". */
static bool notice_names(const kpi_text *t, size_t ns, size_t ne, size_t k, const kpi_text *ot,
                         size_t os, size_t oe)
{
    for (size_t j = kpi_text_tok_at(t, ns); j < t->ntok && t->tok[j].end <= ne; j++)
        if (j != k && !(t->tok[j].vflags & VF_NUMBER) && !(t->tok[j].flags & TF_DIGIT) &&
            dlg_names_item(t, t->tok[j].start, t->tok[j].end, ot, os, oe))
            return true;
    return false;
}

/* Agent turn `turn` takes item it by its notice [ns, ne), whose words count
 * it ("two helmets at $45 each, added"). */
static void notice_take(dlg_state *st, int turn, dlg_item *it, size_t ns, size_t ne)
{
    dlg_event told = {.kind = CE_CONFIRM, .start = ns, .end = ne, .cstart = ns, .cend = ne};
    take(st, turn, it, &told);
}

/* Takes, for the notice [ns, ne) of agent turn `turn` (its "added" word k),
 * what it names on the table: an extra offered or priced in the last few
 * turns, not taken yet, even one the customer's words seemed to put off
 * ("yeah sure at that hour i want to sleep" - "extra legroom added").
 * Returns whether it named any. */
static bool notice_takes_named(dlg_state *st, int turn, size_t ns, size_t ne, size_t k)
{
    const kpi_text *at = &st->texts[turn];
    bool took = false;
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->accepted || it->kind == IT_MAIN || it->cents <= 0 || it->turn >= turn ||
            it->turn < turn - NAME_TURNS ||
            !notice_names(at, ns, ne, k, &st->texts[it->words_turn], it->ws, it->we))
            continue;
        notice_take(st, turn, it, ns, ne);
        took = true;
    }
    return took;
}

/* Is price p, said by the agent in turn pt, a new price for something
 * besides the purchase: not a usual price replaced, not one taken already,
 * nor the sum of earlier ones? */
static bool new_extra_price(const dlg_state *st, int pt, const dlg_price *p)
{
    return !p->old && p->cents > 0 && !taken_at(st, p->cents) &&
           !sum_of_earlier(st, pt, p->cents) && !(extras_sum(st) && p->cents == extras_sum(st));
}

/* Puts price p of agent turn pt on the table as an extra and takes it by
 * the notice [ns, ne) of turn `turn`. */
static void notice_takes_price(dlg_state *st, int turn, int pt, const dlg_price *p, size_t ns,
                               size_t ne)
{
    dlg_item *it = item_new(st, IT_ADDON, pt, pt, p->item_start, p->item_end, p->cents, p->each);
    item_price(it, p);
    notice_take(st, turn, it, ns, ne);
}

/* The turn of the customer's first purchase not taken back; -1. */
static int first_main_turn(const dlg_state *st)
{
    int first = -1;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].kind == ACC_MAIN &&
            (first < 0 || st->acc[i].turn < first))
            first = st->acc[i].turn;
    return first;
}

/* With nothing on the table that the notice names, a price: the one the
 * notice itself says again ("Added, $150 for the year.", "added the ottoman
 * one eighty nine"), else one the agent said in the last few turns for
 * something the notice names ("a glass vase for twenty" - "vase added"),
 * else, for a notice that names nothing ("Added."), the latest new price
 * said after the purchase was accepted, unless the customer's last words
 * bought the purchase itself ("Tuesday at ten works" - "booked, and I've
 * added ..."). */
static void notice_takes_price_said(dlg_state *st, int turn, const dlg_agent *a, size_t ns,
                                    size_t ne, size_t k)
{
    const kpi_text *at = &st->texts[turn];
    for (size_t j = 0; j < a->n_price; j++) {
        const dlg_price *p = &a->prices[j];
        if (p->start >= ns && p->end <= ne && new_extra_price(st, turn, p) &&
            said_before(st, turn, p->cents) && (dlg_main_accepted(st) || st->owned)) {
            notice_takes_price(st, turn, turn, p, ns, ne);
            return;
        }
    }
    bool names = notice_names(at, ns, ne, k, at, ns, ne);
    int main_turn = first_main_turn(st);
    bool bought_now = false;
    for (size_t i = 0; i < st->n_acc && !bought_now; i++)
        bought_now = !st->acc[i].retracted && st->acc[i].kind == ACC_MAIN && st->acc[i].turn == turn - 1;
    for (int pt = turn - 2; pt >= 0 && pt >= turn - 6; pt--) {
        if (st->turns->v[pt].speaker != SPK_AGENT)
            continue;
        const dlg_agent *pa = &st->agent[pt];
        for (size_t j = pa->n_price; j-- > 0;) {
            const dlg_price *p = &pa->prices[j];
            /* the purchase's own price was said before it was accepted */
            if (!new_extra_price(st, pt, p) || (main_turn >= 0 && pt < main_turn))
                continue;
            if ((names && notice_names(at, ns, ne, k, &st->texts[pt], p->item_start, p->item_end)) ||
                (!names && !bought_now && main_turn >= 0 && main_turn < pt)) {
                notice_takes_price(st, turn, pt, p, ns, ne);
                return;
            }
        }
    }
}

/* "Haul-away added, $40.", "Two workshop seats at $75 each, added.",
 * "vase added", "Added. Policy number TR-7731 is on its way.": the agent
 * saying something is added, right after a customer turn that said a yes
 * or refused nothing, shows what the customer's answer took, however its
 * words read (a count, "get rid of the old ones", a yes after a question
 * about the offer). A count the notice says multiplies a price each. */
static void added_notice(dlg_state *st, int turn, const dlg_agent *a)
{
    int ct = turn - 1;
    const kpi_text *at = &st->texts[turn];
    /* "three days at $40, that's $120 added to your booking. Shall I add
     * it?" proposes; the customer's answer decides */
    if (ct < 0 || st->turns->v[ct].speaker != SPK_CUSTOMER ||
        (st->no_turn == ct && st->assent_turn != ct) || asks_to_add(at))
        return;
    /* "add that" - "Added.": the notice of what the answer took already */
    for (size_t i = 0; i < st->n_acc; i++)
        if (st->acc[i].turn == ct && st->acc[i].item >= 0)
            return;
    for (size_t k = 0; k < at->ntok; k++) {
        if (!notice_word(at, k))
            continue;
        size_t ns = notice_start(at, k), ne = notice_end(at, k), fs, fe;
        /* "I've added a ten dollar credit" gives something back */
        if (kpi_find(at, KS_FREE_SERVICE, ns, ne, &fs, &fe))
            continue;
        if (!notice_takes_named(st, turn, ns, ne, k))
            notice_takes_price_said(st, turn, a, ns, ne, k);
    }
}

/* "Can you take the doorbell off?" - "Sure, removed.": the agent's notice
 * that something is removed takes back the extras that a sentence of the
 * customer's turn just before names with a word of removal ("take the
 * purifier off. Keep the surge protector." keeps the protector). */
static void removed_on_request(dlg_state *st, int turn)
{
    static const char *const words[] = {"removed", "dropped", "deleted", "cancelled", "canceled"};
    const kpi_text *at = &st->texts[turn];
    int ct = turn - 1;
    if (ct < 0 || st->turns->v[ct].speaker != SPK_CUSTOMER)
        return;
    bool any = false; /* most calls have no extra to take back: look no further */
    for (size_t i = 0; i < st->n_acc && !any; i++)
        any = !st->acc[i].retracted && st->acc[i].kind == ACC_ADDON;
    if (!any)
        return;
    bool said = false;
    for (size_t k = 0; k < at->ntok && !said; k++)
        said = kpi_tok_in(at, k, words, sizeof words / sizeof words[0]);
    if (!said)
        return;
    static const char *const drop[] = {"off", "remove", "drop", "skip", "without", "cancel",
                                       "minus", "lose", "ditch"};
    const kpi_text *t = &st->texts[ct];
    for (size_t si = 0; si < t->nsent; si++) {
        size_t a = t->sent[si].start, b = t->sent[si].end;
        bool drops = false;
        for (size_t k = kpi_text_tok_at(t, a); k < t->ntok && t->tok[k].end <= b && !drops; k++)
            drops = kpi_tok_in(t, k, drop, sizeof drop / sizeof drop[0]);
        for (size_t i = 0; drops && i < st->n_acc; i++) {
            dlg_accept *acc = &st->acc[i];
            if (!acc->retracted && acc->kind == ACC_ADDON && acc->item >= 0 && acc->turn < ct &&
                item_named(st, t, a, b, &st->items[acc->item]))
                acc->retracted = true;
        }
    }
}

/* Did the agent, in the last few turns, say a usual price ("normally
 * $149") above cents? Then a lower price now cuts it; "the service is $389,
 * I can do Monday at 8" cuts nothing. */
static bool cut_from_old(const dlg_state *st, int turn, int64_t cents)
{
    for (int t = turn - 1; t >= 0 && t >= turn - 4; t--) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        for (size_t k = 0; k < st->agent[t].n_price; k++)
            if (st->agent[t].prices[k].old && st->agent[t].prices[k].cents > cents)
                return true;
    }
    return false;
}

/* Does the agent's turn, once something is bought, state a sale price for
 * something new: not a read-back, confirmation, free remedy or save offer,
 * a price never said before, that no words of the purchase or of what the
 * customer asked for name ("the 8:40 tee time is $65 per player" after
 * "book it" prices the purchase)? */

/* Do the words of price p name an extra the customer took ("So a mid-size
 * SUV from the 17th, $156" after the SUV upgrade was taken)? The price is
 * then the order's, said back with what is on it, not one more thing. */
static bool names_taken(const dlg_state *st, const kpi_text *at, const dlg_price *p)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (!a->retracted && a->kind == ACC_ADDON && a->item >= 0 &&
            item_named(st, at, p->item_start, p->item_end, &st->items[a->item]))
            return true;
    }
    return false;
}

/* Does the sentence of price p of agent text t say, before the price, that
 * it comes on top ("There's also a workshop, $75 per person.", "your rotors
 * are worn too, they're $65 each")? */
static bool said_also(const kpi_text *t, const dlg_price *p)
{
    size_t ss = t->sent[kpi_text_sentence_at(t, p->start)].start;
    return KPI_SPAN_HAS(t, ss, p->start, "also", "too");
}

/* Is price p of text t said as an increment on what is had: "another
 * $300", "an extra twenty", "$15 more"? */
static bool said_more(const kpi_text *t, const dlg_price *p)
{
    size_t k = kpi_text_tok_at(t, p->start);
    bool before = k > 0 && KPI_TOK_IS(t, k - 1, "another", "extra", "additional");
    size_t after = kpi_text_tok_at(t, p->end);
    return before || (after < t->ntok && KPI_TOK_IS(t, after, "more"));
}

/* "yes add the insurance" - "and a rugged case for twenty nine ninety
 * nine": did the customer's last turn take a priced extra, and does the
 * agent's turn go on to the next one, opening with "and" or saying "also"
 * or "too" before its price p? The purchase's own price is then behind. */
static bool next_extra(const dlg_state *st, int turn, const kpi_text *at, const dlg_price *p)
{
    bool took = false;
    for (size_t i = 0; i < st->n_acc && !took; i++) {
        const dlg_accept *a = &st->acc[i];
        took = !a->retracted && a->kind == ACC_ADDON && a->cents > 0 && a->turn == turn - 1;
    }
    return took && ((at->ntok > 0 && KPI_TOK_IS(at, 0, "and")) || said_also(at, p));
}

/* Does agent turn a, of text at, close or sum up the order ("so thirty day
 * intro plus the mat", "$1,294 total. Shall I book it?")? Unlike adds_up,
 * a turn that carries the purchase out ("done, want the photo package for
 * twenty") may still state something more. */
static bool sums_order(const dlg_agent *a, const kpi_text *at)
{
    return a->ask == ASK_CLOSING ||
           KPI_SPAN_HAS(at, 0, at->len, "total", "altogether", "plus", "comes", "so");
}

/* Does agent turn a close or add up the order ("So that's Unlimited at $55
 * plus World Connect at $10. Shall I set up the line?", "$1,294 total")
 * rather than state something more? */
static bool adds_up(const dlg_agent *a, int turn, const dlg_state *st)
{
    return a->confirm || sums_order(a, &st->texts[turn]);
}

/* Does the sentence of price p of agent text t say, before it, that the
 * amount is what the customer holds ("in savings you have $11,262.64",
 * "your balance is $96")? It is told, not sold. */
static bool says_held(const kpi_text *t, const dlg_price *p)
{
    size_t ss = t->sent[kpi_text_sentence_at(t, p->start)].start;
    size_t k0 = kpi_text_tok_at(t, ss), kp = kpi_text_tok_at(t, p->start);
    for (size_t k = k0; k < kp && k < t->ntok; k++)
        if ((KPI_TOK_IS(t, k, "you") && k + 1 < kp && KPI_TOK_IS(t, k + 1, "have")) ||
            KPI_TOK_IS(t, k, "balance"))
            return true;
    return false;
}

/* Do the words of price p of agent turn `turn` name what an earlier agent
 * turn priced (a second flight after the first)? */
static bool priced_alike(const dlg_state *st, int turn, const dlg_price *p)
{
    const kpi_text *at = &st->texts[turn];
    /* "What about the chairs?" - "the Harlow side chairs, $85 each": what
     * the customer just asked about by a name of its own is that thing,
     * whatever words it shares with the table priced before */
    const kpi_text *ct = turn > 0 && st->turns->v[turn - 1].speaker == SPK_CUSTOMER
                             ? &st->texts[turn - 1] : NULL;
    bool asked = ct && dlg_names_item(ct, 0, ct->len, at, p->item_start, p->item_end);
    for (int t = 0; t < turn; t++) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        const dlg_agent *b = &st->agent[t];
        for (size_t k = 0; k < b->n_price; k++) {
            const dlg_price *q = &b->prices[k];
            if (dlg_names_item(at, p->item_start, p->item_end, &st->texts[t], q->item_start,
                               q->item_end) &&
                !(asked && !dlg_names_item(ct, 0, ct->len, &st->texts[t], q->item_start,
                                           q->item_end)))
                return true;
        }
    }
    return false;
}

/* Did the customer turn just before agent turn `turn` commit to the
 * purchase after a price was said ("three tickets please" - "$45 each" -
 * "so that's $135, shall I go ahead?" - "yes please" - "there's also a VIP
 * upgrade, $30 per ticket")? The purchase then has its price and the
 * customer's word on it: the price the agent states next is not the
 * purchase's own, even though the first words asking for it came before
 * any price. Only the turn right after the commitment: later ones go on to
 * read the order back ("so thirty nine plus ten"), which states nothing. */
static bool committed_priced(const dlg_state *st, int turn)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *m = &st->acc[i];
        if (!m->retracted && m->kind == ACC_MAIN && m->turn == turn - 1 &&
            priced_before(st, m->turn))
            return true;
    }
    return false;
}

/* Where, in the words [a, b) of agent text t that a price is for, does a
 * phrase tying the thing to something else begin ("a meet and greet |after
 * the show", "a snorkel trip |with the guide")? What it names there is what
 * the thing goes with, not the thing: the purchase it came on, named after
 * "after" or "with", does not make the price the purchase's own. b when
 * nothing ties it, or the tie comes before any word of the thing. */
static size_t attached_at(const kpi_text *t, size_t a, size_t b)
{
    size_t k0 = kpi_text_tok_at(t, a);
    for (size_t k = k0 + 1; k < t->ntok && t->tok[k].end <= b; k++)
        if (KPI_TOK_IS(t, k, "after", "before", "during", "with"))
            return t->tok[k].start;
    return b;
}

/* "I need my oil changed before Thanksgiving" - "go ahead and book it" -
 * ... - "the oil change is the synthetic at $69.95 as usual": what the
 * customer called for, in their own words up to committing to it, is the
 * purchase; a price the agent later says with that thing as its subject is
 * the purchase's own, not something stated on top. Does word [ws, we) of
 * agent text at name something a customer turn said before the first
 * purchase committed to (at turn first)? */
static bool names_opening(const dlg_state *st, int first, const kpi_text *at, size_t ws,
                          size_t we)
{
    for (int t = 0; t <= first; t++) {
        const kpi_text *ct = &st->texts[t];
        if (st->turns->v[t].speaker == SPK_CUSTOMER && dlg_names_item(ct, 0, ct->len, at, ws, we))
            return true;
    }
    return false;
}

/* The head of the subject of price p's clause, "change" of "the oil change
 * is the synthetic at $69.95": the word just before its first "is" or
 * "costs" ahead of the price. Does it name what the customer called for
 * (names_opening)? A clause with no such verb ("four chairs at $85 each")
 * has no subject to name. */
static bool priced_subject_opening(const dlg_state *st, int first, const kpi_text *at,
                                   const dlg_price *p)
{
    if (at->nsent == 0 || first < 0)
        return false;
    size_t ss = at->sent[kpi_text_sentence_at(at, p->start)].start;
    size_t j0 = kpi_text_tok_at(at, ss);
    for (size_t j = j0; j < at->ntok && at->tok[j].end <= p->start; j++) {
        if (KPI_TOK_IS(at, j, "is", "are", "costs", "cost"))
            return j > j0 && !(at->tok[j].flags & (TF_CLAUSE_START | TF_SENT_START)) &&
                   names_opening(st, first, at, at->tok[j - 1].start, at->tok[j - 1].end);
    }
    return false;
}

/* Is price p of agent text at said beyond the turn's carrying out: after
 * its first sentence ("Done. You're due for a filter, $45"), with "also"
 * or "too" before it, or in a clause of its own that says what the business
 * has ("you're booked and we do have a shuttle, $15 each way", "done and
 * there's a parking pass for twelve")? "Done, two tickets, $60" prices what
 * it carries out. */
static bool beyond_carrying_out(const kpi_text *at, const dlg_price *p)
{
    if (kpi_text_sentence_at(at, p->start) > 0 || said_also(at, p))
        return true;
    size_t ss = at->sent[kpi_text_sentence_at(at, p->start)].start;
    size_t k0 = kpi_text_tok_at(at, ss);
    for (size_t k = k0; k + 1 < at->ntok && at->tok[k + 1].end <= p->start; k++)
        if (KPI_TOK_IS(at, k, "and") && KPI_TOK_IS(at, k + 1, "we", "we've", "there's", "there"))
            return true;
    return false;
}

/* "two in the mezzanine at $54 each" - "yes, I'll take those two" - "so
 * that's two mezzanine seats, $108 total": is cents, a price of agent turn
 * `turn`, a unit price said before the purchase was committed to (the
 * purchase's own) times a count this turn says (stated_total)? It works
 * out what was bought; it states nothing new. A unit price said after the
 * commitment may be an extra's ("workshops at $199 per person" - "two
 * workshop seats, $398"). */
static bool worked_from_earlier(const dlg_state *st, int turn, const dlg_agent *a, int64_t cents)
{
    int first = first_main_turn(st);
    for (int t = first >= 0 && first < turn ? first : turn; t-- > 0;) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        const dlg_agent *b = &st->agent[t];
        for (size_t j = 0; j < b->n_price; j++)
            if (!b->prices[j].old && stated_total(&st->texts[turn], a, 0, b->prices[j].cents) == cents)
                return true;
    }
    return false;
}

static bool stated_extra(const dlg_state *st, int turn, const dlg_agent *a)
{
    /* "Done, two tickets, $60." prices what the turn carries out; "Booked
     * for Thursday. We can do fresh juices for $4 a head." carries out
     * what was bought before it and states something more, as does a
     * turn carrying out a purchase priced before it was committed to */
    bool more = a->confirm && !dlg_main_accepted(st) && carries_out_priced(st, turn);
    if (a->readback || a->mentions_readback || (a->confirm && !dlg_main_accepted(st) && !more) ||
        a->failure || a->free_service || a->retention || a->revision)
        return false;
    /* "we want to move forward" - "the system is $22,000": bought before
     * any price was said, the first price is the purchase's own */
    /* (an extra taken first was priced before it: what follows it is on
     * top of what it came on, "yes add the insurance" - "and a case for
     * twenty nine ninety nine") */
    int first = -1;
    for (size_t i = 0; i < st->n_acc && first < 0; i++)
        if (!st->acc[i].retracted && st->acc[i].kind == ACC_MAIN)
            first = st->acc[i].turn;
    /* ... unless an earlier agent turn carried the purchase out ("you're
     * booked for Thursday" - "then you're due for a rotation too, that's
     * $29.95"): what is priced after that is not the purchase's own */
    bool carried_out = first >= 0 && st->fulfil_turn > first && st->fulfil_turn < turn;
    /* ... or the agent goes on from an extra just taken to the next one
     * (next_extra) */
    bool next = a->n_price > 0 && next_extra(st, turn, &st->texts[turn], &a->prices[0]);
    /* "The table is $1,200." - "Okay, the table." - "Chairs are $85 each.":
     * the customer agreed to what was priced before, in words that commit
     * to nothing the rules know; what is priced after it is on top */
    bool agreed =
        first < 0 && st->priced_ok && priced_before(st, turn) && !adds_up(a, turn, st);
    bool committed = committed_priced(st, turn) && !sums_order(a, &st->texts[turn]);
    if (!next && !agreed && !more &&
        (first < 0 || (!priced_before(st, first) && !carried_out && !committed)))
        return false;
    /* "can you find me an apartment too?" - "a 3 bedroom at $3,900 a month":
     * what the customer looks for is a purchase of its own, until the agent
     * carries it out ("I'll also need a car." ... "That sounds perfect." -
     * "Your reservation will cost $30.") */
    if (seeking(st) || sought_anew(st))
        return false;
    const kpi_text *at = &st->texts[turn];
    for (size_t k = 0; k < a->n_price; k++) {
        const dlg_price *p = &a->prices[k];
        if (p->old || said_before(st, turn, p->cents) || restates_taken(st, turn, a, p->cents) ||
            (extras_sum(st) && p->cents == extras_sum(st)) ||
            worked_from_earlier(st, turn, a, p->cents))
            continue;
        if (!dlg_names_something(at, p->item_start, p->item_end))
            continue; /* "that's $85": nothing names what it is for */
        if (more && !beyond_carrying_out(at, p))
            continue;
        /* "Done, the installer comes Saturday 8 to 12, and we rent mesh
         * points at $10": the words of a price beside the booking carried
         * out may name the booking's day ("Saturday's perfect") */
        if (a->confirm && kpi_has(at, KS_SLOT, at->sent[kpi_text_sentence_at(at, p->start)].start,
                                  p->start))
            continue;
        /* "there's also a workshop on March 3rd" after "DevCon in March"
         * was asked for: said to come on top, it is no price of the request,
         * nor is a price said as an increment ("a balcony cabin for another
         * $300") */
        if (st->request_turn >= 0 && !said_also(at, p) && !said_more(at, p) &&
            dlg_names_item(at, p->item_start, p->item_end, &st->texts[st->request_turn],
                           st->request_start, st->request_end))
            continue;
        /* "I want day passes for the fair" ... "Two day passes, $120.
         * Shall I put them through?": a price in the words the customer
         * looked for the purchase with, before buying it, is the
         * purchase's own, restated, not something stated on top */
        /* (an order added up, "so the package with the ocean view, $2,550",
         * names what it holds in its tie) */
        size_t ie = adds_up(a, turn, st) ? p->item_end : attached_at(at, p->item_start, p->item_end);
        bool of_main = st->seek_turn >= 0 && st->seek_turn <= first &&
                       dlg_names_item(at, p->item_start, ie, &st->texts[st->seek_turn],
                                      st->seek_start, st->seek_end);
        of_main = of_main || (!said_also(at, p) && priced_subject_opening(st, first, at, p));
        for (size_t i = 0; i < st->n_acc && !of_main; i++) {
            const dlg_accept *m = &st->acc[i];
            of_main = !m->retracted && m->kind == ACC_MAIN && !m->by_yes &&
                      dlg_names_item(at, p->item_start, ie, &st->texts[m->turn], m->start, m->end);
        }
        /* "a flight at 9:50 pm for $171" - "that one sounds great" - "a
         * one-way flight for $189": with only that agreement behind it, a
         * price for the same kind of thing as one priced before is another
         * choice, not something on top */
        if (agreed && !next && !more && first < 0 &&
            (priced_alike(st, turn, p) || says_held(at, p)))
            continue;
        if (!of_main && !names_taken(st, at, p))
            return true;
    }
    return false;
}

static bool settled_offer(const dlg_state *st, int turn, const dlg_agent *a)
{
    if (!a->asked || (a->ask != ASK_OTHER && a->ask != ASK_CLOSING) ||
        !(a->confirm || st->fulfil_turn >= 0) ||
        a->readback || a->mentions_readback || a->free_service || a->retention || a->failure ||
        seeking(st))
        return false;
    const kpi_text *at = &st->texts[turn];
    /* "so the total is $389 plus $35, $424, on the card on file?" adds up
     * the order; it offers nothing */
    for (size_t k = 0; k < at->ntok; k++)
        if (KPI_TOK_IS(at, k, "total", "altogether", "plus"))
            return false;
    for (size_t k = 0; k < a->n_price; k++) {
        const dlg_price *p = &a->prices[k];
        /* the price is asked about or follows the question that asks
         * ("... for the table? It's $45."); "Dry bags are $8 each. Is this
         * number best to reach you?" asks something else */
        size_t ps = kpi_text_sentence_at(at, p->start);
        if (!p->in_question && !(ps > 0 && kpi_text_sentence_is_question(at, ps - 1)))
            continue;
        if (!p->old && !said_before(st, turn, p->cents) &&
            !restates_taken(st, turn, a, p->cents) && !sum_of_earlier(st, turn, p->cents) &&
            dlg_names_something(at, p->item_start, p->item_end))
            return true;
    }
    return false;
}

/* Does the turn state a price, outside the offer, before its offered price
 * ("A deep clean is $320. Would you like the oven done too? It's $35.")? */
static bool priced_before_offer(const dlg_agent *a)
{
    bool before = false;
    for (size_t k = 0; k < a->n_price; k++) {
        if (!a->prices[k].in_offer && !a->prices[k].old && a->prices[k].end <= a->offer_start)
            before = true;
        else if (a->prices[k].in_offer && before)
            return true;
    }
    return false;
}

/* Is the increment the difference of two other prices of the turn ("you're
 * on $55; the 1 Gig plan is $75, so $20 more a month")? Then it restates a
 * change from what the customer has to what is offered, not a step up from
 * a purchase. */
static bool increment_restates(const dlg_agent *a)
{
    int64_t inc = a->prices[a->increment_at].cents;
    for (size_t i = 0; i < a->n_price; i++)
        for (size_t j = 0; j < a->n_price; j++)
            if (i != a->increment_at && j != a->increment_at &&
                a->prices[j].cents - a->prices[i].cents == inc)
                return true;
    return false;
}

/* "The oak frame is $85. For only $25 more we can use museum glass": an
 * upgrade said as an increment over a base the same turn prices just before
 * it steps up from that base; the items put from first on are taken with it
 * (take_base). */
static void increment_on_base(dlg_state *st, size_t first, const dlg_agent *a)
{
    if (!a->increment || !a->upgrade || !priced_before_offer(a) || increment_restates(a))
        return;
    for (size_t i = first; i < st->n_item; i++)
        if (st->items[i].kind == IT_UPGRADE)
            st->items[i].on_base = true;
}

/* "I want to cancel my subscription" ... "I can offer you half price, so
 * $7.49 a month": a price the agent revises after the customer asked to
 * cancel, with nothing bought, is a save offer whatever its words; taking
 * it keeps the plan (conversion reads it so, dlg_agent.retention). */
static bool save_by_price(const dlg_state *st, dlg_agent *a)
{
    if (st->cancel_turn < 0 || !a->revision || !a->n_price || dlg_main_accepted(st))
        return false;
    a->retention = true;
    return true;
}

/* Notes a customer turn that asks to cancel ("I want to cancel", "cancel my
 * membership") while nothing is bought in the call. */
static void note_cancel(dlg_state *st, int turn)
{
    const kpi_text *ct = &st->texts[turn];
    if (st->n_acc)
        return;
    for (size_t k = 0; k < ct->ntok; k++)
        if (KPI_TOK_IS(ct, k, "cancel", "cancelling", "canceling", "cancellation")) {
            st->cancel_turn = turn;
            return;
        }
}

/* "I want to add my daughter to my plan" - "a new line is twenty a month":
 * the price of a line, a driver or seats ([owned_change]) added to a plan
 * is the price of changing the plan itself, the purchase, however the
 * customer asked for it. */
static bool prices_plan_change(const kpi_text *at, const dlg_price *p)
{
    const kpi_span *sn = &at->sent[kpi_text_sentence_at(at, p->start)];
    return kpi_has(at, KS_OWNED_CHANGE, sn->start, sn->end);
}

/* Is the customer's request still waiting for the agent, made before turn,
 * a change to the plan ([owned_change]: "I need to add him to my auto
 * policy", "add a line for my son")? */
static bool plan_change_asked(const dlg_state *st, int turn)
{
    return st->request_turn >= 0 && st->request_turn < turn &&
           kpi_has(&st->texts[st->request_turn], KS_OWNED_CHANGE, st->request_start,
                   st->request_end);
}

/* Does item it price a plan change: its words say one ("a new line is $25
 * a month"), or it was priced, with nothing bought, in answer to a request
 * for one ("add him to my policy" - "adding a teen driver raises the premium
 * by $88")? With nothing else bought it is the purchase: "add him" takes
 * it, it adds nothing on top ("add the two seats and renew" adds them to
 * the renewal). */
static bool prices_change(const dlg_state *st, const dlg_item *it)
{
    return kpi_has(&st->texts[it->words_turn], KS_OWNED_CHANGE, it->ws, it->we) ||
           (it->kind == IT_MAIN && plan_change_asked(st, it->turn));
}

/* "each seat is $12 a month, so that'd be $36 a month extra", "adding her
 * brings your premium from $780 to $1,410": the plan change asked for,
 * priced first as item first of turn, worked out in the same sentence -
 * its total, the premium it comes to. A later price of that sentence whose
 * words run into the first one's or say a total ("so", "total") is the same
 * purchase; one that names something of its own ("and roadside for $7")
 * may still be extra. */
static void change_worked_out(dlg_state *st, int turn, size_t first)
{
    const dlg_item *f = &st->items[first];
    const kpi_text *at = &st->texts[f->words_turn];
    size_t fs = kpi_text_sentence_at(at, f->we);
    for (size_t i = first + 1; i < st->n_item; i++) {
        dlg_item *it = &st->items[i];
        if (it->turn != turn || it->words_turn != f->words_turn ||
            kpi_text_sentence_at(at, it->we) != fs)
            continue;
        if (it->ws < f->we || KPI_SPAN_HAS(at, it->ws, it->we, "so", "total", "altogether"))
            it->kind = IT_MAIN;
    }
}

/* "the extra bar hour is three fifty" - "three fifty for the whole hour?" -
 * "yes, three hundred fifty flat": the agent saying one reading of a spoken
 * pair in words that have only that reading settles its size. */
static void sized_by_restatement(dlg_state *st, int turn)
{
    for (size_t i = 0; i < st->n_item; i++) {
        dlg_item *it = &st->items[i];
        /* the two readings of the pair, not a total worked out from one */
        bool pair = it->alt == it->cents * 100 || it->cents == it->alt * 100;
        if (it->accepted || !pair || it->alt <= 0 || it->turn >= turn || it->turn < turn - 4 ||
            !dlg_says_amount(&st->texts[turn], it->alt))
            continue;
        int64_t x = it->cents;
        it->cents = it->alt;
        it->alt = x;
    }
}

/* Has the customer taken an upgrade, not taken back ("your phone is
 * eligible for an upgrade" - "fine, put it through")? Bought on its own it
 * is the call's purchase, so what is offered after it comes on top. */
static bool upgrade_taken(const dlg_state *st)
{
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].upgrade)
            return true;
    return false;
}

/* Does the price question between bytes a and b name nothing ("How much is
 * it?", "and what will that cost?")? Said once the purchase is agreed or
 * being arranged, it asks what that purchase costs, not for something more. */
static bool names_nothing(const kpi_text *qt, size_t a, size_t b)
{
    size_t first = kpi_text_tok_at(qt, a);
    /* "When does the flight leave and how much does it cost?": the price
     * question is what follows the last "and" before its price word */
    for (size_t k = first; k < qt->ntok && qt->tok[k].end <= b; k++) {
        if (KPI_TOK_IS(qt, k, "much", "cost", "costs", "price"))
            break;
        if (KPI_TOK_IS(qt, k, "and"))
            first = k + 1;
    }
    for (size_t k = first; k < qt->ntok && qt->tok[k].end <= b; k++) {
        /* "how much will that cost and do you have their number?": the
         * price question ends where another begins */
        if (k > first + 2 && KPI_TOK_IS(qt, k, "and"))
            break;
        if (qt->tok[k].vflags & (VF_STOPWORD | VF_FILLER))
            continue;
        if (!KPI_TOK_IS(qt, k, "it", "that", "this", "how", "much", "what", "will", "would", "be",
                        "is", "does", "do", "cost", "costs", "price", "the", "total", "come",
                        "comes", "to", "of", "going", "so", "again", "exactly", "in", "wait",
                        "correct", "oh", "um", "uh") &&
            /* "what's the cost?", "how's that priced": the same question
             * with its verb run into the question word */
            !KPI_TOK_IS(qt, k, "what's", "whats", "how's", "hows", "it's", "that's", "thats",
                        "it'll", "that'll", "that'd", "it'd") &&
            /* "sure, may I know how much this will cost me?", "what will
             * that run me?", "how much is it totally?": the asker, the
             * asking and how the sum is put name no thing either */
            !KPI_TOK_IS(qt, k, "i", "me", "my", "we", "us", "our", "you", "your", "may", "can",
                        "could", "know", "tell", "sure", "yes", "yeah", "yep", "okay", "ok",
                        "run", "set", "back", "totally", "roughly", "approximately", "about",
                        "around", "overall", "final") &&
            /* "how much will it be per night?", "what's that in total?" */
            !KPI_TOK_IS(qt, k, "per", "a", "each", "night", "day", "week", "month", "person",
                        "altogether", "overall", "all", "together") &&
            /* "how much is a ticket?", "what's the fare?": the words for any
             * purchase of the kind, not for a thing besides it */
            !KPI_TOK_IS(qt, k, "ticket", "tickets", "fare", "booking", "reservation", "rental",
                        "ride", "trip", "stay", "cab", "taxi", "car", "room", "flight", "seat",
                        "seats", "bill"))
            return false;
    }
    return true;
}

/* Does the price question [a, b) of qt name what the customer has bought,
 * in the words they looked for it or took it with ("I need a ride to the
 * airport" ... "Booked." - "What will the ride cost?")? It asks what the
 * purchase costs, not for something more. */
static bool names_bought(const dlg_state *st, const kpi_text *qt, size_t a, size_t b)
{
    if (!dlg_main_accepted(st))
        return false;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *m = &st->acc[i];
        if (m->retracted || m->kind != ACC_MAIN)
            continue;
        if (dlg_names_item(qt, a, b, &st->texts[m->turn], m->start, m->end))
            return true;
        /* "1 room at the Best Western, March 10th to 14th. Do you
         * confirm?" - "Yes! How much does this room cost?": a yes took what
         * the agent's turn before it said */
        const kpi_text *at = m->turn > 0 ? &st->texts[m->turn - 1] : NULL;
        if (m->by_yes && at && st->turns->v[m->turn - 1].speaker == SPK_AGENT &&
            dlg_names_item(qt, a, b, at, 0, at->len))
            return true;
    }
    return st->seek_turn >= 0 && dlg_names_item(qt, a, b, &st->texts[st->seek_turn],
                                                st->seek_start, st->seek_end);
}

/* Does agent turn a, after its price p, offer something at a price of its
 * own ("it's $38. Would you like to add parking for $10?")? A turn that
 * reports a failure offers in place of what failed, not on top. */
static bool offers_after(const dlg_agent *a, const dlg_price *p)
{
    if (!a->offer || a->failure)
        return false;
    for (size_t k = (size_t)(p - a->prices) + 1; k < a->n_price; k++)
        if (a->prices[k].in_offer && !a->prices[k].old && a->prices[k].start >= a->offer_start)
            return true;
    return false;
}

/* The price that answers the customer's price question, of an item
 * already offered or of a new one. Whether the turn is done with: not
 * when nothing was asked, no price given, or the turn offers something
 * more after the answer. */
static bool answer_price_asked(dlg_state *st, int turn, dlg_agent *a, const dlg_price *p)
{
    if (st->asked_turn < 0)
        return false;
    int asked = st->asked_turn;
    st->asked_turn = -1;
    if (p) {
        /* the price the customer asked for: of an item already offered,
         * or of a new one */
        const kpi_text *qt = &st->texts[asked];
        dlg_item *it = NULL;
        for (size_t i = st->n_item; i-- > 0 && !it;) {
            dlg_item *c = &st->items[i];
            if (!c->accepted && c->turn >= turn - NAME_TURNS &&
                (item_named(st, qt, st->asked_start, st->asked_end, c) ||
                 (c->cents == 0 && c->open)))
                it = c;
        }
        close_open(st);
        /* "how much is the line again?" - "thirty a month": the price of
         * something already taken, said again; a yes to it buys nothing
         * more */
        if (!it && taken_at(st, p->cents))
            return true;
        if (!it) {
            /* "what's the cost of that?" after looking for a car asks
             * the car's price, a purchase of its own */
            /* "I wasn't able to get tickets. How about a 10:50 bus for
             * $79?" offers in place of what failed, not on top of it */
            bool offer = a->offer && !a->failure;
            bool extra = st->asked_addon ||
                         ((dlg_main_accepted(st) || offer) && !seeking(st) &&
                          !sought_anew(st) &&
                          !(!offer && (names_nothing(qt, st->asked_start, st->asked_end) ||
                                      names_bought(st, qt, st->asked_start,
                                                   st->asked_end))));
            it = item_new(st, extra ? IT_ADDON : IT_MAIN, turn, asked, st->asked_start,
                          st->asked_end, 0, false);
        }
        item_reprice(it, p, turn);
        /* "it's thirty eight, would you like to add parking for ten
         * more?": the answer prices what was asked about, and the
         * offer after it is read as any other offer, so that "add the
         * parking" takes the parking, not the price answered */
        if (offers_after(a, p))
            return false;
        /* a price is an answer, not a question: only the agent's own
         * question ("want to add it?") lets a plain yes take it */
        if (a->ask == ASK_CLOSING)
            a->ask = ASK_OFFER;
        return true;
    }
    return false;
}

/* "we can also do a full tank flush for sixty" - "wait is that sixty on
 * top of the eighty nine" - "yes on top" - "okay sure do it": once
 * something is bought, a turn that opens with a yes, asks nothing and
 * prices nothing but the open extra answers the customer's check of it
 * (its price said back, or its name); the offer stands as it was made, and
 * the customer's next turn answers it as if it came right after it. */
static bool answers_check(dlg_state *st, int turn, dlg_agent *a)
{
    const kpi_text *at = &st->texts[turn];
    if (turn < 1 || st->turns->v[turn - 1].speaker != SPK_CUSTOMER || at->ntok == 0 ||
        !KPI_TOK_IS(at, 0, "yes", "yeah", "yep", "yup", "correct", "exactly") || a->asked ||
        a->confirm || a->failure || a->retention || a->readback)
        return false;
    dlg_item *open = latest(st, turn, true);
    if (!open || open->kind == IT_MAIN || open->cents <= 0 || open->declined ||
        !dlg_main_accepted(st))
        return false;
    for (size_t k = 0; k < a->n_price; k++)
        if (a->prices[k].cents != open->cents)
            return false;
    /* the customer checked this extra: said its price back or named it
     * ("can it go on a purchase order?" checks something else) */
    const kpi_text *ct = &st->texts[turn - 1];
    if (!dlg_says_amount(ct, open->cents) && !item_named(st, ct, 0, ct->len, open))
        return false;
    open->waited = 0;
    a->ask = ASK_OFFER;
    return true;
}

/* "Would you like to add the workshop? It's $150." - "$150 is more than
 * my budget allows" - "the early-bird price on the workshop is $120": a
 * lower price, the only one of the turn, for the extra just offered, in
 * words that name it, after the customer turned it down, put it off or
 * said its price back, revises its price as "I can do $120" would, whatever
 * words say so. The extra is open to an answer again. After a question
 * ("what's the difference?", "what time does it start?") a lower price
 * names another choice ("fixed is forty nine") or another thing, not a
 * cut. */
static bool cut_for_offer(dlg_state *st, int turn, dlg_agent *a, const dlg_price *p)
{
    dlg_item *last = latest(st, turn, false);
    if (!p || p->old || a->n_price != 1 || a->revision || a->readback || a->confirm || !last ||
        last->kind == IT_MAIN || last->turn < turn - 4 || p->cents >= last->cents ||
        !(last->declined || st->no_turn == turn - 1 ||
          dlg_says_amount(&st->texts[turn - 1], last->cents)) ||
        !item_named(st, &st->texts[turn], p->item_start, p->item_end, last))
        return false;
    item_reprice(last, p, turn);
    if (a->ask != ASK_OTHER) {
        a->ask = ASK_OFFER;
        a->asked = true;
    }
    return true;
}

/* "Tulips are sold out; we could do a spring bunch instead, $65." - "The
 * spring bunch would be okay." - "Spring bunch it is. Would you like a card
 * for $6?": an offer asked with a new price of its own, after an earlier
 * agent turn priced something the customer went on with (answered, but
 * never refused or put off since), is for something besides it, however
 * the customer's answer to that price was worded. Not an upgrade (a step
 * from the priced thing to another is a choice between them), nor a
 * read-back, nor an answer to the customer's search. */
static bool offer_after_priced(const dlg_state *st, int turn, const dlg_agent *a,
                               const dlg_price *p)
{
    if (!(a->offer || a->offer_named) || !a->asked || a->upgrade || a->readback || !p ||
        p->old || !p->in_offer || said_before(st, turn, p->cents))
        return false;
    /* "What else is available?" - "Would you like the 8:40? It's $35": the
     * answer to a question or a refusal offers another choice in place of
     * the one priced, not something on top of it */
    if (st->cust_asked)
        return false;
    for (int t = turn - 2; t >= 0; t--)
        if (st->turns->v[t].speaker == SPK_AGENT && st->agent[t].n_price > 0)
            return st->no_turn < t;
    return false;
}

/* Is the customer looking for something (seeking) with no price said
 * since the search began, so that what the agent's turn prices answers
 * the search ("I need a room there also" - "the Inn, $216 a night")? */
static bool searching_unpriced(const dlg_state *st, int turn)
{
    return seeking(st) && !priced_between(st, st->seek_turn, turn);
}

/* "two large pho" - "and our brownies are four fifty each, want some",
 * "I need an oil change" - "While it's in, I'd recommend a cabin filter,
 * $25": an offer cue said, not asked, with its price, while the customer's
 * request awaits the agent, offers something besides the request, as
 * "would you like X?" does (besides in agent_items). Not a cue asked as a
 * question (it was tried: "Can I offer you our protection plan? It's
 * $89." - "No ... just the TV, please order it" then lost the TV; the
 * answer's side now keeps it (places_order), the question path here was
 * not tried again), not an upgrade (it replaces the request), not a price
 * said before the cue ("a tuning is $140, and we have an opening Tuesday"
 * prices the request), nor
 * the first price said for a plan change asked for ("add my daughter" -
 * "adding her is an extra $62 a month" prices the change itself) or for
 * what the customer looked for ("I need a bus to San Diego" - "you can get
 * an economy ticket for $26" is the purchase found). */
static bool cue_beside_request(const dlg_state *st, int turn, const dlg_agent *a)
{
    if (!a->offer || a->upgrade || a->asked || searching_unpriced(st, turn) ||
        (plan_change_asked(st, turn) && !priced_before(st, turn)))
        return false;
    /* "..., if you're interested", "..., want some": a cue naming nothing
     * after it proposes what the turn priced before it */
    const kpi_text *at = &st->texts[turn];
    bool bare = !dlg_names_something(at, a->offer_cue, at->len);
    for (size_t k = 0; k < a->n_price; k++)
        if (!a->prices[k].old && (bare || a->prices[k].start >= a->offer_cue))
            return true;
    return false;
}

/* "A golf lesson, please." - "A lesson is $70, Tuesday or Thursday?" -
 * "Tuesday." - "Would you like a video lesson review as well? It's $30.":
 * once the customer agreed to what the agent priced, an offer that prices
 * only something new is on top of that purchase, though it shares a word
 * with what the customer first asked for ("lesson") or looked for; a turn
 * that says a price of the purchase again ("two at $40, and for $10 more
 * each ...")
 * still speaks of the purchase itself, and an offer that answers a new
 * search is the next purchase. */
static bool agreed_beside(const dlg_state *st, int turn, const dlg_agent *a)
{
    if (!(a->offer || a->offer_named) || !st->priced_ok || a->upgrade)
        return false;
    /* "sounds good" - "I need a room there also" - "the Inn, $216 a night":
     * what answers a search begun since the agreement is a purchase */
    if (searching_unpriced(st, turn))
        return false;
    for (size_t k = 0; k < a->n_price; k++)
        if (said_before(st, turn, a->prices[k].cents))
            return false;
    return true;
}

static void agent_items(dlg_state *st, int turn, dlg_agent *a)
{
    sized_by_restatement(st, turn);
    total_after_take(st, turn, a);
    removed_on_request(st, turn);
    if (added_after_yes(st, turn, a))
        return;
    added_notice(st, turn, a);
    const dlg_price *p = current_price(a);
    if (answer_price_asked(st, turn, a, p))
        return;
    if (a->retention || save_by_price(st, a)) {
        /* a save offer's price is the plan the customer keeps, never extra */
        close_open(st);
        return;
    }
    if (answers_check(st, turn, a) || cut_for_offer(st, turn, a, p))
        return;
    /* "Booked. Would you like a wiper change too? It's $18.": a turn that
     * carries out what the customer asked for or picked makes the purchase
     * before it offers more (conversion_on_agent records it after this), so
     * what it offers is on top (put_offer leaves out the purchase's own
     * price in it: "Done, two tickets, $60. A popcorn combo? It's $12.") */
    bool main = dlg_main_accepted(st) || fulfils_now(st, a) || st->pick_turn >= 0 ||
                upgrade_taken(st);
    /* "I booked the package last week and want to add the snorkel tour" -
     * "the tour is $65 per person": with nothing bought in the call, what
     * the agent prices is the extra asked for on top of what the customer
     * already has */
    if (st->owned_add && !main && p && !a->free_service && !a->readback) {
        dlg_item_kind kind = a->upgrade ? IT_UPGRADE : IT_ADDON;
        put_offer(st, turn, a, prices_plan_change(&st->texts[turn], p) ? IT_MAIN : kind, true);
        if (a->ask != ASK_OTHER)
            a->ask = ASK_OFFER;
        return;
    }
    /* "would you like the matching nightstands?" while the bed asked for is
     * being sold offers something besides it */
    bool besides = (a->offer_named || cue_beside_request(st, turn, a)) && request_pending(st, a) &&
                   !offer_names_request(st, turn, a);
    besides = besides || (a->offer_named && beside_sought(st, turn, a));
    besides = besides || placed_at_request(st, turn, a);
    /* "The oil change is $79. We're also running a rotation for $25, want
     * it?": an offer after the turn has priced something else is for
     * something besides it */
    bool after_priced = (a->offer || a->offer_named) && priced_before_offer(a);
    besides = besides || after_priced;
    /* "The plan is $55." - "That's the one I want." - "We also offer a
     * mesh extender for $5": an offer after the customer agreed to
     * something priced is on top of it, settled or not */
    besides = besides || ((a->offer || a->offer_named) && st->priced_ok && !a->upgrade);
    besides = besides || offer_after_priced(st, turn, a, p);
    if (dlg_main_accepted(st) && restates_order(st, turn, a)) {
        close_open(st);
        return;
    }
    if (a->offer || (a->offer_named && main) || besides) {
        /* What is offered on top ("add", "also", "extra", an upgrade) is an
         * add-on; what the agent shows before anything is bought ("you
         * might like the 8:25 flight, $287"), or in answer to something
         * the customer asked to buy, is a purchase */
        dlg_item_kind kind = a->upgrade ? IT_UPGRADE : IT_ADDON;
        if ((!a->offer_addon && !besides && !main) ||
            (!after_priced && !agreed_beside(st, turn, a) &&
             (open_request(st, turn, a) || answers_search(st, turn, a) ||
              sought(st, turn, offer_words_start(a), a->offer_end))))
            kind = IT_MAIN; /* also what answers the customer's new request */
        /* "Can you find me a rental car?" ... "How about a Ford Fusion?":
         * what answers a search begun after the last purchase was carried
         * out is the next purchase, unless it says it comes on top */
        if (!a->offer_addon && !a->upgrade && sought_anew(st))
            kind = IT_MAIN;
        /* "any other buses?" - "I also have one at 8:30, $23": a choice
         * in place of the one shown, not on top of it */
        if (!main && !a->upgrade && asks_for_other(st, turn))
            kind = IT_MAIN;
        size_t first = st->n_item;
        put_offer(st, turn, a, kind, false);
        /* "I need to add him to my policy" - "adding a teen driver is an
         * extra $80 a month": the first price said for the change asked
         * for is its own, however the agent words it; what the turn prices
         * after it ("and insurance for $7") may still be extra */
        if (!main && !besides && first < st->n_item && !priced_before(st, turn) &&
            plan_change_asked(st, turn)) {
            st->items[first].kind = IT_MAIN;
            change_worked_out(st, turn, first);
        }
        increment_on_base(st, first, a);
        if (a->ask == ASK_NONE || a->ask == ASK_CLOSING)
            a->ask = ASK_OFFER;
        return;
    }
    /* "And cushions for $40?" once something is bought, or "Want the
     * screens washed too? It's $25." */
    bool more = main && a->asked && asks_for_more(&st->texts[turn]);
    /* "Please confirm: coffee for 12 and donuts, $60?" reads the order and
     * its total back; it offers nothing new */
    if (main && !a->readback && (a->ask != ASK_OTHER || more)) {
        for (size_t k = 0; k < a->n_price; k++)
            if ((a->prices[k].in_question || more) && !said_before(st, turn, a->prices[k].cents)) {
                put_offer(st, turn, a, IT_ADDON, true);
                a->ask = ASK_OFFER;
                return;
            }
    }
    /* "Done. Would you like us to prepare a cake for the table? It's $45.":
     * once the purchase is carried out, a question with a new price for
     * something named offers that thing, whatever words ask it */
    if (main && settled_offer(st, turn, a)) {
        put_offer(st, turn, a, IT_ADDON, true);
        a->ask = ASK_OFFER;
        return;
    }
    /* "Carts are $20 per player.", "do you need parking, the lot pass is
     * twenty": once something is bought, a new price the agent states for
     * something that is not the purchase puts it on the table with no
     * offer word; only the customer's answer makes it an extra (it names
     * it, "add that", a yes opening the answer), never a turn that moves on */
    if ((main || st->priced_ok) && stated_extra(st, turn, a)) {
        size_t first = st->n_item;
        put_offer(st, turn, a, IT_ADDON, true);
        /* ... unless its sentence says it comes on top: "There's also a
         * pre-conference workshop, $75 per person." offers it like a
         * question would */
        bool also = false;
        for (size_t k = 0; k < a->n_price && !also; k++)
            also = !a->prices[k].old && said_also(&st->texts[turn], &a->prices[k]);
        for (size_t i = first; i < st->n_item; i++)
            st->items[i].stated = !also;
        if (also && a->ask == ASK_NONE)
            a->ask = ASK_OFFER;
        /* the statement offers nothing to say yes to ("Are your tires
         * okay? New tires are $40 each." - "They're fine"): the customer
         * must take it up by name, pointing back or "add" */
        return;
    }
    dlg_item *last = latest(st, turn, false);
    /* "I'd like the sofa." - "$1,450. White-glove delivery is normally
     * $149." - "I can do white-glove for $99": a revised price for something
     * besides what the customer asked to buy is an extra even before the
     * purchase is settled */
    bool besides_request = request_pending(st, a) && p && cut_from_old(st, turn, p->cents) &&
                           !dlg_names_item(&st->texts[turn], p->item_start, p->item_end,
                                           &st->texts[st->request_turn], st->request_start,
                                           st->request_end);
    if ((main || besides_request) && a->revision && p && !p->old &&
        !(last && last->turn >= turn - 4) && !said_before(st, turn, p->cents)) {
        /* "A glass protector is usually $39, but I can do $29 with the repair" */
        put_offer(st, turn, a, IT_ADDON, true);
        if (a->ask != ASK_OTHER)
            a->ask = ASK_OFFER;
        return;
    }
    if (p && last && last->turn >= turn - 4 && (a->revision || (last->cents == 0 && last->open))) {
        /* a revised price, or the price of an offer made without one; a
         * price for what the customer asked to buy ("the Pixel 9 is $799")
         * is the purchase's own */
        if (request_pending(st, a) &&
            dlg_names_item(&st->texts[turn], p->item_start, p->item_end,
                           &st->texts[st->request_turn], st->request_start, st->request_end))
            last->kind = IT_MAIN;
        item_reprice(last, p, turn);
        if (a->ask != ASK_OTHER) {
            a->ask = ASK_OFFER;
            a->asked = a->asked || a->revision; /* "I can do $60" proposes again */
        }
        return;
    }
    if (a->ask == ASK_OTHER || a->ask == ASK_CLOSING)
        close_open(st); /* the agent moved on to something else */
}

/* How many agent turns back the unit price of what a count echo names may
 * have been said. */
#define ECHO_BACK 3

/* The count word k of t says on its own, 0 when it is none or runs into a
 * number beside it ("forty five" is one number, not a count). */
static int lone_count(const kpi_text *t, size_t k)
{
    if ((k + 1 < t->ntok && kpi_count_word(t, k + 1) > 0) || (k > 0 && kpi_count_word(t, k - 1) > 0))
        return 0;
    return kpi_count_word(t, k);
}

/* Where in agent text at does a count of 2 or more start that is followed by
 * words naming what unit price p of turn t is for ("two meet and greets",
 * "four sessions at forty five each")? Its value, with *k its word; 0 when
 * none. A count word run into another number ("forty five") is a price. */
static int echoed_count(const dlg_state *st, const kpi_text *at, int t, const dlg_price *p,
                        size_t *k)
{
    const kpi_text *bt = &st->texts[t];
    for (size_t j = 0; j + 1 < at->ntok; j++) {
        int q = lone_count(at, j);
        if (q < 2 || q > 20)
            continue;
        size_t ws = at->tok[j + 1].start, we = at->tok[j + 1 + (j + 2 < at->ntok)].end;
        if (dlg_names_item(at, ws, we, bt, p->item_start, p->item_end)) {
            *k = j;
            return q;
        }
    }
    return 0;
}

/* Does customer text ct say the count q as a word of its own? */
static bool says_count_word(const kpi_text *ct, int q)
{
    for (size_t j = 0; j < ct->ntok; j++)
        if (lone_count(ct, j) == q)
            return true;
    return false;
}

/* The item not yet taken that agent turn t or a later one put on the table
 * at cents; NULL. */
static dlg_item *on_table(dlg_state *st, int t, int64_t cents)
{
    for (size_t i = st->n_item; i-- > 0;)
        if (st->items[i].turn >= t && st->items[i].cents == cents && !st->items[i].accepted)
            return &st->items[i];
    return NULL;
}

/* Does agent text at say that something is added ("5 windows added")?
 * added_notice reads that. */
static bool has_notice(const kpi_text *at)
{
    for (size_t k = 0; k < at->ntok; k++)
        if (notice_word(at, k))
            return true;
    return false;
}

/* "there's a meet and greet after the show, twenty five per person" - "my
 * kids are huge fans so just two of them" - "two meet and greets at twenty
 * five each": a customer's answer that says a count, in words that accept
 * nothing the rules know, shows what it took when the agent says that count
 * back with the name of the thing a unit price was said for a few turns
 * before. That many are taken at that price, the acceptance the customer's
 * words. Not when the customer refused anything in that turn, nor for a
 * price taken already or the purchase's own (price_for_later). */
static void count_echoed(dlg_state *st, int turn, const dlg_agent *a)
{
    int c = turn - 1;
    if (c < 1 || st->turns->v[c].speaker != SPK_CUSTOMER || st->no_turn == c || a->failure ||
        !dlg_main_accepted(st) || has_notice(&st->texts[turn]))
        return;
    const kpi_text *at = &st->texts[turn], *ct = &st->texts[c];
    int back = 0;
    for (int t = c - 1; t >= 0 && back < ECHO_BACK; t--) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        back++;
        const dlg_agent *bd = &st->agent[t];
        for (size_t i = 0; i < bd->n_price; i++) {
            const dlg_price *p = &bd->prices[i];
            size_t k;
            int q;
            if (!p->each || p->qty || taken_at(st, p->cents) || !price_for_later(st, t, bd, p) ||
                (q = echoed_count(st, at, t, p, &k)) == 0 || !says_count_word(ct, q))
                continue;
            dlg_item *it = on_table(st, t, p->cents);
            if (!it) {
                it = item_new(st, IT_ADDON, t, t, p->item_start, p->item_end, p->cents, true);
                item_price(it, p);
            }
            dlg_accept acc = {.kind = ACC_ADDON, .turn = c, .start = 0, .end = ct->len,
                              .cents = p->cents * q, .item = (int)(it - st->items),
                              .count_said = true};
            dlg_accept_push(st, &acc);
            it->accepted = true;
            it->open = false;
            return;
        }
    }
}

/* The lone count of 2 to 20 that text ct says ("yes add two", "how about
 * three"); 0 when it says none or more than one. A number after "a" or
 * "number" names a size or a figure ("add a 7 candle"), no count. */
static int said_count(const kpi_text *ct)
{
    int q = 0;
    for (size_t j = 0; j < ct->ntok; j++) {
        int v = lone_count(ct, j);
        if (v < 2 || v > 20 || (j > 0 && KPI_TOK_IS(ct, j - 1, "a", "an", "number", "size")))
            continue;
        if (q && v != q)
            return 0;
        q = v;
    }
    return q;
}

/* "would you like coffee with it, $18 a carafe" - "yes, add two" - "so two
 * coffee carafes": an add-on taken at its single price in the customer's
 * last turn, which said a count the agent now says back with the name of
 * that add-on, is taken that many times when the agent's turn before offered
 * it. The count said and echoed is the
 * quantity whatever words took it ("make it two", "how about three"). Not
 * for a price of a set ("the pair for $420") nor one the customer's count
 * has multiplied already, nor when the offer said that count ("two full
 * tanks for fifty five" prices the two). */
static void echoed_count_multiplies(dlg_state *st, int turn, const dlg_agent *a)
{
    int c = turn - 1;
    if (c < 1 || st->turns->v[c].speaker != SPK_CUSTOMER || a->failure)
        return;
    const kpi_text *at = &st->texts[turn];
    int q = -1; /* the customer's count, read once an add-on of that turn needs it */
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *acc = &st->acc[i];
        if (acc->turn != c || acc->kind != ACC_ADDON || acc->retracted || acc->item < 0 ||
            acc->count_said)
            continue;
        if (q < 0)
            q = said_count(&st->texts[c]);
        if (q == 0)
            return;
        const dlg_item *it = &st->items[acc->item];
        /* the count answers the offer just made; "two full tanks for fifty
         * five": a count in the offer prices the set */
        if (it->turn != c - 1 || it->bundle || it->cents <= 0 || acc->cents != it->cents ||
            it->cents > KPI_PRICE_MAX_CENTS / q || says_count_word(&st->texts[it->turn], q))
            continue;
        const kpi_text *bt = &st->texts[it->words_turn];
        for (size_t j = 0; j + 1 < at->ntok; j++) {
            if (lone_count(at, j) != q)
                continue;
            /* "three jugs of lemonade": the name within three words */
            size_t last = j + 3 < at->ntok ? j + 3 : at->ntok - 1;
            if (dlg_names_item(at, at->tok[j + 1].start, at->tok[last].end, bt, it->ws, it->we)) {
                count_taken(acc, it->cents, q);
                break;
            }
        }
    }
}

/* "seven please" (to two times) or "two of those" (to a price) - "we can
 * also have champagne waiting for $65": what the turn reads as the
 * purchase, because nothing is carried out yet, but offers on top ("add",
 * "also", "extra", "for $10 more") while the customer's agreement to what
 * the agent priced or listed awaits the agent, is on top of that choice.
 * Marks the turn's items from first on; takes_on_choice decides when the
 * call is over. A request alone ("I want two tickets") is no such choice:
 * the first price answers it. */
static void mark_on_choice(dlg_state *st, size_t first, const dlg_agent *a, bool chosen)
{
    if (!chosen || !(a->offer_addon || a->upgrade) || a->failure)
        return;
    for (size_t i = first; i < st->n_item; i++)
        if (st->items[i].kind == IT_MAIN)
            st->items[i].on_choice = true;
}

/* "Please confirm 2 tickets on the 3:45 bus." - "Yes." - "Sorry, how about
 * the 4:10 bus for $20?": a turn that opens with regret right after the
 * customer agreed to a read-back, and carries nothing out, says in
 * whatever words that the purchase read back could not be made. */
static bool regret_after_readback(const dlg_state *st, int turn, const dlg_agent *a)
{
    const kpi_text *at = &st->texts[turn];
    if (!st->readback || a->confirm || st->agree_turn != turn - 1 || at->nsent == 0)
        return false;
    size_t k = kpi_text_tok_at(at, at->sent[0].start);
    return kpi_has(at, KS_APOLOGY, at->sent[0].start, at->sent[0].end) ||
           (k < at->ntok && KPI_TOK_IS(at, k, "unfortunately"));
}

void upsell_on_agent(dlg_state *st, int turn, dlg_agent *a)
{
    size_t first = st->n_item;
    bool chosen = st->priced_ok || st->pick_turn >= 0;
    bool failed = a->failure || regret_after_readback(st, turn, a);
    count_echoed(st, turn, a);
    echoed_count_multiplies(st, turn, a);
    agent_items(st, turn, a);
    mark_on_choice(st, first, a, chosen);
    /* "I was unable to book that time. There's a bus at 12:30 for $38,
     * interested?", "Sorry, that one sold out. The 11:10 is $37.": what a
     * failure notice offers or prices stands in for what failed, unless it
     * says it comes on top */
    if (failed && !a->offer_addon && !a->upgrade)
        for (size_t i = first; i < st->n_item; i++)
            st->items[i].kind = IT_MAIN;
    upsell_scope_agent(st, turn);
}

/* Does the clause have content words of its own ("I'll take the 300 meg
 * plan") rather than only a pronoun ("I'll take it")? */
static bool clause_has_object(const kpi_text *ct, size_t me, size_t ce)
{
    return dlg_names_something(ct, me, ce);
}

/* Where the clause that words ending at me continue ends, given it ends at
 * ce by punctuation: "i'll do it i've been meaning to sort my form out",
 * unpunctuated, runs on into a sentence with a subject of its own, which
 * gives a reason, not an object. */
static size_t own_clause_end(const kpi_text *ct, size_t me, size_t ce)
{
    static const char *const subj[] = {"i",     "i'm",  "i've", "i'd",   "i'll", "we",
                                       "we're", "we've", "she",  "she's", "he",   "he's",
                                       "they",  "they're", "it's", "that's"};
    /* "i'll take whatever they give me": a subject after a relative word
     * belongs to the object */
    static const char *const rel[] = {"whatever", "whichever", "what", "which", "that", "who"};
    for (size_t k = kpi_text_tok_at(ct, me); k < ct->ntok && ct->tok[k].end <= ce; k++)
        if (kpi_tok_in(ct, k, subj, sizeof subj / sizeof subj[0]) &&
            !(k > 0 && kpi_tok_in(ct, k - 1, rel, sizeof rel / sizeof rel[0])))
            return ct->tok[k].start;
    return ce;
}

/* Whether word k of ct is a word of [ia, ib) in at, its plural ("tub",
 * "tubs"; "box", "boxes") or its singular ("lamp", "lamps"). Local on purpose: item naming (dlg_names_item)
 * matches stems of five letters or more only. */
static bool names_in_plural(const kpi_text *ct, size_t k, const kpi_text *at, size_t ia,
                            size_t ib)
{
    const char *w = ct->low + ct->tok[k].start;
    size_t n = ct->tok[k].end - ct->tok[k].start;
    for (size_t j = kpi_text_tok_at(at, ia); j < at->ntok && at->tok[j].end <= ib; j++) {
        const char *x = at->low + at->tok[j].start;
        size_t m = at->tok[j].end - at->tok[j].start;
        if (m < 3 || (at->tok[j].vflags & VF_STOPWORD))
            continue;
        if ((n == m + 1 && w[m] == 's' && memcmp(w, x, m) == 0) ||
            (n == m + 2 && w[m] == 'e' && w[m + 1] == 's' && memcmp(w, x, m) == 0) ||
            (m == n + 1 && x[n] == 's' && memcmp(w, x, n) == 0) || /* "one lamp", "lamps" */
            (n == m && memcmp(w, x, m) == 0))
            return true;
    }
    return false;
}

static bool count_in_name(const dlg_state *st, const kpi_text *ct, size_t k, const dlg_item *it);

/* "The nails, yes." to "a nail trim for $15 or teeth brushing for $10":
 * do words [a, b) of the customer's turn name the extra it, by a word of
 * its name or that word's plural or singular? Item naming (item_named)
 * matches stems of five letters or more only; a short word said in the
 * other number ("nails", "bags", "mats") names the extra as well, a word
 * said exactly alike is left to item naming. */
static bool named_either_number(const dlg_state *st, const kpi_text *ct, size_t a, size_t b,
                                const dlg_item *it)
{
    if (item_named(st, ct, a, b, it))
        return true;
    const kpi_text *at = &st->texts[it->words_turn];
    for (size_t k = kpi_text_tok_at(ct, a); k < ct->ntok && ct->tok[k].end <= b; k++)
        if (!(ct->tok[k].vflags & VF_STOPWORD) && names_in_plural(ct, k, at, it->ws, it->we) &&
            !count_in_name(st, ct, k, it))
            return true;
    return false;
}

/* "Would you like a tub of cream cheese for six fifty?" - "yeah, two tubs":
 * a count said right before a word that names the item multiplies a price
 * stated for one of it ("lemonade is $4 each" - "fine, two lemonades"
 * too). Not for a unit price whose quantity is read already (counted), a
 * bundle, or an item whose own words hold a number ("the set of four for
 * $640"). */
static int64_t counted_units(const dlg_state *st, const kpi_text *ct, const dlg_event *e,
                             const dlg_item *it, int64_t cents, bool counted, size_t qend)
{
    if ((it->each && counted) || it->bundle || it->qty || cents <= 0)
        return cents;
    const kpi_text *at = &st->texts[it->words_turn];
    for (size_t j = kpi_text_tok_at(at, it->ws); j < at->ntok && at->tok[j].end <= it->we; j++)
        if ((at->tok[j].vflags & VF_NUMBER) || (at->tok[j].flags & TF_DIGIT))
            return cents;
    size_t end = e->cend > e->end ? e->cend : e->end;
    if (qend > end)
        end = qend; /* "Fine, two lemonades." */
    for (size_t k = kpi_text_tok_at(ct, e->start); k + 1 < ct->ntok && ct->tok[k + 1].end <= end;
         k++) {
        /* "add a 7 candle", "a two liter coke": a number after "a" names
         * the kind of thing, it counts nothing */
        int q = k > 0 && KPI_TOK_IS(ct, k - 1, "a", "an") ? 0 : kpi_count_word(ct, k);
        /* "two orders of the knots", "three bottles of that wine": a
         * measure, then the item's name; "two of the combos": "of", then
         * the name */
        size_t m = k + 1;
        if (m + 1 < ct->ntok && KPI_TOK_IS(ct, m, "of") && ct->tok[m + 1].sent == ct->tok[k].sent)
            m += KPI_TOK_IS(ct, m + 1, "the", "those", "these", "your") ? 2 : 1;
        else if (m + 2 < ct->ntok && KPI_TOK_IS(ct, m + 1, "of") &&
                 ct->tok[m + 2].sent == ct->tok[k].sent)
            m += KPI_TOK_IS(ct, m + 2, "the", "that", "those", "your") ? 3 : 2;
        if (m >= ct->ntok || ct->tok[m].sent != ct->tok[k].sent || ct->tok[m].end > end)
            m = k + 1;
        if (q >= 2 && ct->tok[k + 1].sent == ct->tok[k].sent &&
            (names_in_plural(ct, m, at, it->ws, it->we) ||
             dlg_names_item(ct, ct->tok[m].start, ct->tok[m].end, at, it->ws, it->we)))
            return cents <= KPI_PRICE_MAX_CENTS / q ? cents * q : KPI_PRICE_MAX_CENTS;
    }
    return cents;
}

/* Taking an upgrade stepped up from a base (dlg_item.on_base) buys the base
 * as well: the base is the purchase, so the upgrade is on top of it, and
 * when the customer later drops the upgrade ("drop the museum glass, the
 * standard is fine") the base still stands. */
static void take_base(dlg_state *st, const dlg_item *it, const dlg_accept *up)
{
    if (!it->on_base || it->kind != IT_UPGRADE)
        return;
    dlg_accept base = {.kind = ACC_MAIN, .turn = up->turn, .start = up->start, .end = up->end,
                       .item = -1, .by_yes = true};
    dlg_accept_push(st, &base);
}

/* Does the "both" that takes it take another priced item as well (a "both"
 * only ever gives a yes, so the items it gave a verdict)? Then it names the
 * two items, and counts neither. */
static bool both_takes_two(const dlg_state *st, const dlg_item *it, const dlg_event *e)
{
    if (e->kind != CE_BOTH)
        return false;
    for (size_t k = 0; k < st->n_item; k++)
        if (&st->items[k] != it && st->items[k].why == e && st->items[k].cents > 0)
            return true;
    return false;
}

/* Does the customer's turn c say "both" (a CE_BOTH event)? */
static bool says_both(const dlg_customer *c)
{
    for (size_t i = 0; c && i < c->n; i++)
        if (c->ev[i].kind == CE_BOTH)
            return true;
    return false;
}

/* "Checked bags are $35 each. Would you like to add any?", "it's $25 extra.
 * Would you like to add it?": an add-on offer that names nothing but points
 * back by a pronoun offers what the sentence just before it prices. Gives
 * the unpriced item it that price, when that sentence holds exactly one
 * price, new in the call, not one of something already taken, and said for
 * something its words name. */
static void priced_just_before(const dlg_state *st, dlg_item *it)
{
    if (it->cents != 0 || it->kind == IT_MAIN || it->turn < 0 ||
        st->turns->v[it->turn].speaker != SPK_AGENT)
        return;
    const kpi_text *at = &st->texts[it->turn];
    const dlg_agent *a = &st->agent[it->turn];
    size_t os = kpi_text_sentence_at(at, a->offer_start);
    if (os == 0 || os >= at->nsent ||
        !KPI_SPAN_HAS(at, at->sent[os].start, at->sent[os].end, "it", "them", "any", "one",
                      "some", "that", "those"))
        return;
    const dlg_price *found = NULL;
    for (size_t k = 0; k < a->n_price; k++) {
        const dlg_price *p = &a->prices[k];
        if (kpi_text_sentence_at(at, p->start) != os - 1)
            continue;
        if (found || p->old)
            return; /* two prices: which one the pronoun means is not said */
        found = p;
    }
    if (!found || said_before(st, it->turn, found->cents) || taken_at(st, found->cents) ||
        !dlg_names_something(at, found->item_start, found->item_end))
        return;
    /* "A new line is $25 a month. Want me to add it?": the first price of
     * the call, with nothing bought before the offer, is the purchase's
     * own, unless said to come on top ("it's $25 extra") */
    bool bought = false;
    for (size_t i = 0; i < st->n_acc && !bought; i++)
        bought = !st->acc[i].retracted && st->acc[i].kind == ACC_MAIN &&
                 st->acc[i].turn < it->turn;
    size_t ps = kpi_text_sentence_at(at, found->start);
    bool on_top = said_also(at, found) ||
                  kpi_text_has_flag(at, VF_ADDON, found->end, at->sent[ps].end);
    if (!bought && !on_top && !priced_before(st, it->turn))
        return;
    item_price(it, found);
}

/* "let's do two", "we'll take three please": a count right after a verb
 * that chooses, closing the clause [a, b) of ct or followed only by
 * "please" - how many the customer takes, whatever the party's size. 0
 * when none ("do two o'clock", "take two kids to the zoo" say more). */
static int chosen_count(const kpi_text *ct, size_t a, size_t b)
{
    for (size_t k = kpi_text_tok_at(ct, a) + 1; k < ct->ntok && ct->tok[k].end <= b; k++) {
        int q = kpi_count_word(ct, k);
        if (q < 2 || !KPI_TOK_IS(ct, k - 1, "do", "take", "get", "need", "grab") ||
            ct->tok[k - 1].start < a)
            continue;
        size_t n = k + 1;
        if (n < ct->ntok && ct->tok[n].end <= b && KPI_TOK_IS(ct, n, "please"))
            n++;
        if (n < ct->ntok && ct->tok[n].end <= b && ct->tok[n].sent == ct->tok[k].sent)
            return 0;
        return q;
    }
    return 0;
}

static void take(dlg_state *st, int turn, dlg_item *it, const dlg_event *e)
{
    const kpi_text *ct = &st->texts[turn];
    priced_just_before(st, it);
    /* "$35 now, or $45 at the airport" - "yes, add one bag" - "added": of
     * two prices for the same thing one is taken, the first */
    /* ... unless the customer takes "both" of them in one turn ("a nail
     * trim for $12, or teeth brushing for $15?" - "yep, both"): two
     * things, then, not two prices of one */
    if (it->alt_of && st->items[it->alt_of - 1].accepted &&
        !(st->items[it->alt_of - 1].verdict == YES && says_both(st->cust_now))) {
        it->open = false;
        return;
    }
    /* a unit price times the quantity said with it or in the acceptance
     * ("for both of us"); a bundle's price as stated */
    kpi_amount am = {.cents = it->cents, .each = it->each, .bundle = it->bundle, .qty = it->qty};
    /* the count may follow the yes in the same or the next sentence ("Yes,
     * pizza for all 12 kids.", "Sure. For the three of us."), there only
     * with words that make it a count */
    size_t qend = e->cend;
    if (ct->nsent > 0) {
        size_t si = kpi_text_sentence_at(ct, e->start);
        /* a yes that is its whole sentence: the next one says how many;
         * the agent's notice (added_as_told) counts in its own sentence */
        if (si + 1 < ct->nsent && e->kind != CE_CONFIRM &&
            kpi_text_tok_at(ct, e->cend) >= kpi_text_tok_at(ct, ct->sent[si].end))
            si++;
        if (ct->sent[si].end > qend)
            qend = ct->sent[si].end;
    }
    int apart = both_takes_two(st, it, e) ? kpi_quantity_of_items(ct, e->cstart, e->cend, false)
                                          : kpi_quantity(ct, e->cstart, e->cend);
    if (!apart && qend > e->cend)
        apart = kpi_quantity_cued(ct, e->cend, qend);
    /* or it opens the sentence, before the words that accept: "Four of the
     * chairs, please.", "two of those yes" */
    if (!apart && ct->nsent > 0) {
        size_t ss = ct->sent[kpi_text_sentence_at(ct, e->start)].start;
        if (ss < e->cstart)
            apart = kpi_quantity(ct, ss, e->cstart);
    }
    if (!apart && it->each && !it->qty)
        apart = chosen_count(ct, e->cstart, e->cend);
    if (!apart && it->each && !it->qty)
        apart = restated_count(st, it);
    int64_t cents = it->each ? kpi_amount_total(&am, apart) : it->cents;
    cents = counted_units(st, ct, e, it, cents, apart > 0, qend);
    /* a unit price the acceptance counted for one unit of two ("for both of
     * us" with "$25 per person per day") or not at all: the call's counts */
    if (it->kind != IT_MAIN && it->each && !it->qty &&
        (cents == it->cents || (it->per & (it->per - 1)))) {
        int64_t by_call = counted_by_call(st, turn, it, it->cents, e->cstart, qend, apart);
        if (by_call > cents)
            cents = by_call;
    }
    /* "add it": on top of what the customer already has; "I'll take the
     * plan, and the TV bundle for the extra $50 too": on top of a purchase
     * the same turn commits to first */
    if (it->kind == IT_MAIN && e->says_add && (!prices_change(st, it) || dlg_main_accepted(st)))
        it->kind = IT_ADDON;
    if (it->kind == IT_MAIN && kpi_text_has_flag(ct, VF_ADDON, e->start, e->cend)) {
        const dlg_customer *c = st->cust_now;
        for (size_t i = 0; c && i < c->n; i++)
            if (c->ev[i].kind == CE_COMMIT && c->ev[i].end <= e->start && &c->ev[i] != e)
                it->kind = IT_ADDON;
    }
    dlg_accept acc = {.kind = it->kind == IT_MAIN ? ACC_MAIN : ACC_ADDON, .turn = turn,
                      .start = e->start, .end = e->cend > e->end ? e->cend : e->end,
                      .cents = cents, .upgrade = it->kind == IT_UPGRADE,
                      .item = (int)(it - st->items),
                      .by_yes = e->kind == CE_AFFIRM || e->kind == CE_AFFIRM_WEAK ||
                                e->kind == CE_CONFIRM};
    dlg_accept_push(st, &acc);
    take_base(st, it, &acc);
    it->accepted = true;
    it->open = false;
}

/* Is cents the price of item it, or, for a unit price said with its count
 * ("$40 a night, so $120 for the three nights"), what that count comes to?
 * "Yes, let's do the $120" then names the item on the table. */
static bool said_total(const dlg_item *it, int64_t cents)
{
    if (it->cents == cents)
        return true;
    return it->each && !it->bundle && it->qty >= 2 && it->cents <= KPI_PRICE_MAX_CENTS / it->qty &&
           it->cents * it->qty == cents;
}

/* The customer names an add-on with its own price: "can you also add the
 * workshop? I saw it's $730", "and the premium package for an extra $50". */
static bool named_with_price(kpi_scratch *s, dlg_state *st, int turn, dlg_event *e)
{
    const kpi_text *ct = &st->texts[turn];
    bool extra = e->kind == CE_ADDON || kpi_text_has_flag(ct, VF_ADDON, e->cstart, e->cend);
    if (!extra)
        return false;
    size_t si = kpi_text_sentence_at(ct, e->start);
    size_t lim = si + 1 < ct->nsent ? ct->sent[si + 1].end : ct->sent[si].end;
    for (size_t k = 0; k < s->namounts; k++) {
        const kpi_amount *am = &s->amounts[k];
        if (am->start < e->start || am->end > lim || am->excluded)
            continue;
        /* the price of an item already on the table (or just taken) is
         * answered below */
        for (size_t i = 0; i < st->n_item; i++)
            if (st->items[i].turn >= turn - NAME_TURNS && said_total(&st->items[i], am->cents))
                return false;
        dlg_item *it = item_new(st, IT_ADDON, turn, turn, e->start, am->start, am->cents, false);
        take(st, turn, it, e);
        e->consumed = true;
        return true;
    }
    return false;
}

/* Does low[a, b) of t say "add" or "include"? */
static bool says_add_word(const kpi_text *t, size_t a, size_t b)
{
    return KPI_SPAN_HAS(t, a, b, "add", "adding", "include");
}

/* Do the words that price p of agent turn t name what the customer asked to
 * buy and has not been sold yet ("I'd like to book a couples massage" -
 * "the couples massage is two forty")? That price is the purchase's own:
 * "can you add champagne?" then asks for something new, it does not take
 * it. */
/* Do the words of price p (in turn text at) name the customer's words [a, b)
 * of turn ct by a word that is no day or time? "Booked Monday, and a nail
 * trim for twelve" shares only the day with "Monday please"; "you're booked
 * on the nineteenth, would you like window cleaning too, it's $120" only
 * the date with "the nineteenth please". */
static bool names_beside_slot(const kpi_text *at, const dlg_price *p, const kpi_text *ct, size_t a,
                              size_t b)
{
    for (size_t k = kpi_text_tok_at(at, p->item_start);
         k < at->ntok && at->tok[k].end <= p->item_end; k++) {
        size_t ms, me;
        if (kpi_find(at, KS_SLOT, at->tok[k].start, at->tok[k].end, &ms, &me))
            continue;
        if (dlg_names_item(at, at->tok[k].start, at->tok[k].end, ct, a, b))
            return true;
    }
    return false;
}

static bool prices_request(const dlg_state *st, int t, const dlg_price *p)
{
    const kpi_text *at = &st->texts[t];
    /* with a purchase made before the call and nothing bought in it, what
     * the customer asks for comes on top of that purchase */
    if (st->owned && !dlg_main_accepted(st))
        return false;
    /* "can you add the photo package?" asks for an extra, to be added to
     * something: its price is one ("can I get a kit too?" may be all that
     * is bought); but "we need to add ten more seats" changes the plan
     * ([owned_change]): the seats are the purchase, their price its own */
    const kpi_text *rt = st->request_turn >= 0 ? &st->texts[st->request_turn] : NULL;
    if (rt && st->request_turn < t &&
        (!says_add_word(rt, st->request_start, st->request_end) ||
         kpi_has(rt, KS_OWNED_CHANGE, st->request_start, st->request_end)) &&
        names_beside_slot(at, p, rt, st->request_start, st->request_end))
        return true;
    /* ... or bought in the customer's own words before the price */
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_MAIN || a->by_yes || a->turn >= t)
            continue;
        if (names_beside_slot(at, p, &st->texts[a->turn], a->start, a->end))
            return true;
    }
    return false;
}

/* Did the customer's next turn say yes to the closing question of agent
 * turn t ("Renewal at $1,146, shall I go ahead?" - "Yes, go ahead.")? Its
 * price is the purchase's own: a later "add it" does not take it. */
static bool closed_at(const dlg_state *st, int t)
{
    if (st->agent[t].ask != ASK_CLOSING)
        return false;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && st->acc[i].kind == ACC_MAIN && st->acc[i].turn == t + 1)
            return true;
    return false;
}

/* For an "add it" with nothing on the table: the latest price the agent said
 * in the last few turns that is not already an item, preferring one whose
 * words the customer names (need_name: only such a one), said after turn
 * after, and not the price of the purchase asked for (prices_request). Puts
 * it on the table. */
static dlg_item *priced_recently(dlg_state *st, int turn, const kpi_text *ct, const dlg_event *e,
                                 bool need_name, int after)
{
    for (int t = turn - 1; t > after && t >= turn - 4; t--) {
        if (st->turns->v[t].speaker != SPK_AGENT)
            continue;
        const dlg_agent *a = &st->agent[t];
        const dlg_price *pick = NULL;
        for (size_t k = 0; k < a->n_price; k++) {
            const dlg_price *p = &a->prices[k];
            bool known = false;
            for (size_t i = 0; i < st->n_item && !known; i++)
                known = st->items[i].cents == p->cents;
            if (known || (p->old && k + 1 < a->n_price) || prices_request(st, t, p) ||
                closed_at(st, t))
                continue;
            /* a turn's only price is for what the turn talks about: "the
             * wipers were streaking; blades are $35 installed" */
            bool named = dlg_names_item(ct, e->cstart, e->cend, &st->texts[t], p->item_start,
                                        p->item_end) ||
                         (a->n_price == 1 &&
                          dlg_names_item(ct, e->cstart, e->cend, &st->texts[t], 0, p->start));
            if ((!pick && !need_name) || named)
                pick = p;
        }
        if (pick) {
            dlg_item *it = item_new(st, IT_ADDON, t, t, pick->item_start, pick->item_end,
                                    pick->cents, pick->each);
            item_price(it, pick);
            return it;
        }
    }
    return NULL;
}

/* Does the customer's clause name a different price than the item's ("I
 * want the gig plan at fifty")? That is a counter-offer, not a yes. Uses the
 * turn's amounts, found at the start of upsell_on_customer. */
static bool counter_offer(const kpi_scratch *s, const dlg_event *e, const dlg_item *it)
{
    for (size_t k = 0; k < s->namounts; k++) {
        const kpi_amount *am = &s->amounts[k];
        if (am->start >= e->cstart && am->end <= e->cend && !am->excluded &&
            am->cents != it->cents && it->cents > 0)
            return true;
    }
    return false;
}

/* What a customer event says about an item (dlg_item.verdict). */
static int event_answer(dlg_ev_kind k)
{
    switch (k) {
    case CE_DECLINE:
    case CE_DEFER:
        return NO;
    case CE_ADDON:
    case CE_BOTH:
    case CE_COMMIT:
    case CE_REQUEST:
    case CE_AFFIRM:
    case CE_AFFIRM_WEAK:
        return YES;
    default:
        return NONE;
    }
}

static void set_verdict(dlg_item *it, int v, const dlg_event *e)
{
    it->verdict = (signed char)v;
    it->why = e;
}

/* "And the ridge vent upgrade?", "What about the wreath?": a short question
 * (six words at most) that starts "and", "what about" or "how about" and
 * names a thing asks about that thing; a price the agent answers with is
 * the thing's. Sets [*as, *ae) to the question. */
static bool asks_about(const kpi_text *ct, size_t *as, size_t *ae)
{
    for (size_t i = 0; i < ct->nsent; i++) {
        if (!kpi_text_sentence_is_question(ct, i))
            continue;
        size_t k = kpi_text_tok_at(ct, ct->sent[i].start);
        bool about = k < ct->ntok && (KPI_TOK_IS(ct, k, "and") ||
                                      (k + 1 < ct->ntok && KPI_TOK_IS(ct, k, "what", "how") &&
                                       KPI_TOK_IS(ct, k + 1, "about")));
        if (about && dlg_names_something(ct, ct->sent[i].start, ct->sent[i].end)) {
            size_t n = 0;
            for (size_t j = k; j < ct->ntok && ct->tok[j].end <= ct->sent[i].end; j++)
                n++;
            if (n > 6)
                continue;
            *as = ct->sent[i].start;
            *ae = ct->sent[i].end;
            return true;
        }
    }
    return false;
}

/* Step 1: the customer asks what something costs; the agent's next price
 * answers it. An add-on only when the question itself asks for something
 * more ("and how much to add the mats?"). A customer who looks for
 * something ("I also need a rental car") asks for a purchase of its own. */
static void note_price_question(dlg_state *st, int turn, const dlg_customer *c)
{
    if (c->seek) {
        st->seek_turn = turn;
        st->seek_start = c->seek_start;
        st->seek_end = c->seek_end;
    }
    const kpi_text *ct = &st->texts[turn];
    size_t as = c->ask_start, ae = c->ask_end;
    if (!c->price_question && !asks_about(ct, &as, &ae))
        return;
    st->asked_turn = turn;
    st->asked_start = as;
    st->asked_end = ae;
    /* "Also, how much would a ticket cost?": an "also" that opens the
     * question goes on to another question, it asks for nothing more */
    size_t k = kpi_text_tok_at(ct, as);
    if (k < ct->ntok && ct->tok[k].start < ae && KPI_TOK_IS(ct, k, "also") &&
        k + 1 < ct->ntok && KPI_TOK_IS(ct, k + 1, "how", "what", "what's", "whats"))
        as = ct->tok[k].end;
    st->asked_addon = kpi_text_has_flag(ct, VF_ADDON, as, ae);
}

/* Is word k of ct a "no" said of the next word, with no pause between
 * ("no chocolates", "no insurance after all"), not "no, the cake is fine"? */
static bool no_of_next(const kpi_text *ct, size_t k)
{
    return KPI_TOK_IS(ct, k, "no") && k + 1 < ct->ntok && ct->tok[k + 1].sent == ct->tok[k].sent &&
           ct->tok[k + 1].start == ct->tok[k].end + 1 && ct->low[ct->tok[k].end] == ' ';
}

/* A refusal that drops an add-on already accepted by name takes it back:
 * "Actually, skip the carry case.", "no chocolates" ("No, I'm all set"
 * drops nothing). */
static bool retract_named(dlg_state *st, int turn, const dlg_event *e)
{
    static const char *const drop[] = {"skip", "drop", "remove", "without", "lose", "ditch",
                                       "forget", "cancel"};
    const kpi_text *ct = &st->texts[turn];
    bool any = false, drops = false;
    size_t no_at = ct->ntok; /* "no chocolates": the word the "no" is said of */
    size_t ce = e->cend;     /* ... and where what a drop verb takes away ends */
    for (size_t k = kpi_text_tok_at(ct, e->start); k < ct->ntok && ct->tok[k].end <= e->end; k++) {
        if (!drops && kpi_tok_in(ct, k, drop, sizeof drop / sizeof drop[0])) {
            drops = true;
            ce = upsell_drop_object_end(ct, k, e->cend);
        }
        if (no_at == ct->ntok && no_of_next(ct, k))
            no_at = k + 1;
    }
    if (!drops && no_at == ct->ntok)
        return false;
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_ADDON || a->item < 0 || a->turn >= turn)
            continue;
        bool named = drops ? item_named(st, ct, e->cstart, ce, &st->items[a->item])
                           : item_named(st, ct, ct->tok[no_at].start, ct->tok[no_at].end,
                                        &st->items[a->item]);
        if (named) {
            a->retracted = true;
            any = true;
        }
    }
    return any;
}

/* Does the commitment take a thing ("I'll take the case", "I'll get the
 * mats") rather than proceed with the purchase ("let's go ahead with the
 * Business tier")? */
static bool takes_a_thing(const kpi_text *ct, const dlg_event *e)
{
    static const char *const verbs[] = {"take", "get", "have", "grab", "buy", "give"};
    for (size_t k = kpi_text_tok_at(ct, e->start); k < ct->ntok && ct->tok[k].end <= e->end; k++)
        if (kpi_tok_in(ct, k, verbs, sizeof verbs / sizeof verbs[0]))
            return true;
    return false;
}

/* Does a word of [a, b) name the extra it other than by a word of the
 * purchase the customer accepted (their own words, or the agent's turn
 * their yes answered)? "Pro comes with 50 GB, and extra storage is $5" -
 * "just the Pro for now" keeps the plan bought; it picks no storage. */
static bool names_beside_main(const dlg_state *st, const kpi_text *ct, size_t a, size_t b,
                              const dlg_item *it)
{
    for (size_t k = kpi_text_tok_at(ct, a); k < ct->ntok && ct->tok[k].end <= b; k++) {
        size_t ws = ct->tok[k].start, we = ct->tok[k].end;
        if (!item_named(st, ct, ws, we, it))
            continue;
        bool main_word = false;
        for (size_t i = 0; i < st->n_acc && !main_word; i++) {
            const dlg_accept *m = &st->acc[i];
            if (m->retracted || m->kind != ACC_MAIN)
                continue;
            int t = m->by_yes && m->turn > 0 ? m->turn - 1 : m->turn;
            const kpi_text *mt = &st->texts[t];
            main_word = t == m->turn ? dlg_names_item(ct, ws, we, mt, m->start, m->end)
                                     : dlg_names_item(ct, ws, we, mt, 0, mt->len);
        }
        if (!main_word)
            return true;
    }
    return false;
}


/* "I need a cargo van Saturday." - "A cargo van is $59 for the day." -
 * "Okay." - "Can I add moving blankets for $15 or a hand dolly for $10?" -
 * "Just the dolly.": with nothing bought yet, does a word of [a, b) name
 * the extra it, offered with on-top words after the purchase was priced in
 * an earlier turn, that none of the customer's turns before the offer
 * said? Then "just" picks the extra, not the purchase asked for ("just the
 * van" keeps the van alone); the purchase's own options, priced in the
 * first turn that prices anything ("the standard at $499 or the bundle with
 * the extra controller" - "just the standard"), are no extras. */
static bool named_anew(const dlg_state *st, const kpi_text *ct, size_t a, size_t b,
                       const dlg_item *it)
{
    if (!st->agent[it->turn].offer_addon || !priced_before(st, it->turn))
        return false;
    for (size_t k = kpi_text_tok_at(ct, a); k < ct->ntok && ct->tok[k].end <= b; k++) {
        size_t ws = ct->tok[k].start, we = ct->tok[k].end;
        if (!item_named(st, ct, ws, we, it))
            continue;
        bool said = false;
        for (int t = 0; t < it->turn && !said; t++)
            said = st->turns->v[t].speaker == SPK_CUSTOMER &&
                   dlg_names_item(ct, ws, we, &st->texts[t], 0, st->texts[t].len);
        if (!said)
            return true;
    }
    return false;
}

/* Does the refusal start "just" or "only" ("just the oven", "only the
 * ferry")? Said of one of several extras on the table, it picks that one. */
static bool only_pick(const kpi_text *ct, const dlg_event *e)
{
    size_t k = kpi_text_tok_at(ct, e->start);
    return k < ct->ntok && (KPI_TOK_IS(ct, k, "just") || KPI_TOK_IS(ct, k, "only"));
}

/* The words an answer speaks to: its clause, unless the clause also holds an
 * answer the other way ("um the anti glare yes i drive at night a lot the
 * blue light no", unpunctuated): then the words since the answer before it
 * up to its own end (*alt_a, *alt_b: the words after it up to the next
 * answer, for when those name nothing). */
static bool answer_scope(const dlg_state *st, const dlg_event *e, int v, size_t *a, size_t *b,
                         size_t *alt_a, size_t *alt_b)
{
    *a = e->cstart;
    *b = e->cend;
    const dlg_customer *c = st->cust_now;
    if (!c || v == NONE)
        return false;
    bool mixed = false;
    size_t prev = e->cstart, next = e->cend;
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *o = &c->ev[i];
        int ov = event_answer(o->kind);
        if (o == e || ov == NONE || o->cstart != e->cstart)
            continue;
        mixed |= ov != v;
        if (o->end <= e->start && o->end > prev)
            prev = o->end;
        if (o->start >= e->end && o->start < next)
            next = o->start;
    }
    if (!mixed)
        return false;
    *a = prev;
    *b = e->end;
    *alt_a = e->end;
    *alt_b = next;
    return true;
}

static bool yes_word(const kpi_text *ct, size_t k);
static bool go_ahead(const kpi_text *ct, size_t k);

/* Step 2: an event names one or more items on the table ("I'll take the
 * case"): its answer goes to each of them, unless it names another price
 * for it. Returns whether any was named. */
static bool answer_named(const kpi_scratch *s, dlg_state *st, int turn, size_t n, dlg_event *e,
                         int v)
{
    const kpi_text *ct = &st->texts[turn];
    bool any = false;
    /* "please do both, the oven is a disaster": "both" takes every priced
     * item still open (step 3) unless it names two of them itself */
    if (e->kind == CE_BOTH) {
        int named = 0;
        for (size_t k = 0; k < n; k++)
            named += !st->items[k].accepted && st->items[k].turn >= turn - NAME_TURNS &&
                     item_named(st, ct, e->cstart, e->cend, &st->items[k]);
        if (named < 2)
            return false;
    }
    /* with no item on the table no words below name one, and the tests on
     * them take nothing: only a refusal's taking back is left (most turns
     * of a call before its first price) */
    if (n == 0) {
        any = v == NO && retract_named(st, turn, e);
        if (any)
            e->consumed = true;
        return any;
    }
    bool only = v == NO && only_pick(ct, e);
    size_t sa, sb, xa = 0, xb = 0;
    if (answer_scope(st, e, v, &sa, &sb, &xa, &xb)) {
        bool named = false;
        for (size_t k = 0; k < n && !named; k++)
            named = !st->items[k].accepted && st->items[k].turn >= turn - NAME_TURNS &&
                    item_named(st, ct, sa, sb, &st->items[k]);
        if (!named) {
            sa = xa;
            sb = xb;
        }
    }
    for (size_t k = 0; k < n; k++) {
        dlg_item *it = &st->items[k];
        if (it->accepted || it->turn < turn - NAME_TURNS)
            continue;
        if (item_named(st, ct, sa, sb, it) && !(v == YES && counter_offer(s, e, it))) {
            /* "Just the oven." to "the oven and fridge cleaning?" picks the
             * extra it names; what it leaves out is refused */
            bool pick = only && it->kind != IT_MAIN && !it->declined &&
                        (dlg_main_accepted(st) || priced_before_offer(&st->agent[it->turn]) ||
                         named_anew(st, ct, e->start, e->end, it)) &&
                        item_named(st, ct, e->start, e->end, it) &&
                        names_beside_main(st, ct, e->start, e->end, it);
            set_verdict(it, pick ? YES : v, e);
            any = true;
        }
    }
    /* "The pie, yes.": the thing named just before a yes in its sentence;
     * not when a refusal comes between ("we'll skip the spa but yeah let's
     * book the weekend", one unpunctuated sentence): the name went with it */
    size_t ss = ct->nsent ? ct->sent[kpi_text_sentence_at(ct, e->start)].start : e->start;
    for (size_t i = 0; st->cust_now && i < st->cust_now->n; i++) {
        const dlg_event *o = &st->cust_now->ev[i];
        size_t oe = o->cend > o->end ? o->cend : o->end; /* the refusal's clause */
        if (event_answer(o->kind) == NO && oe <= e->start && oe > ss)
            ss = oe;
    }
    for (size_t k = 0; !any && v == YES && ss < e->cstart && k < n; k++) {
        dlg_item *it = &st->items[k];
        if (!it->accepted && it->turn >= turn - NAME_TURNS &&
            named_either_number(st, ct, ss, e->cstart, it) && !counter_offer(s, e, it)) {
            set_verdict(it, v, e);
            any = true;
        }
    }
    /* "Then yes, express.": the thing named after a plain yes, in clauses
     * of its own up to the end of its sentence, with no negator, no
     * question and no later answer of the turn to take it ("Yes, he'll
     * drive too. Add him.") */
    size_t si = kpi_text_sentence_at(ct, e->start);
    size_t se = ct->nsent ? ct->sent[si].end : ct->len;
    bool after_ok = v == YES && e->cend < se && yes_word(ct, kpi_text_tok_at(ct, e->start)) &&
                    !kpi_text_sentence_is_question(ct, si) &&
                    !kpi_text_has_flag(ct, VF_NEGATOR, e->cend, se);
    for (size_t i = 0; after_ok && st->cust_now && i < st->cust_now->n; i++)
        after_ok = st->cust_now->ev[i].start <= e->start ||
                   event_answer(st->cust_now->ev[i].kind) != YES;
    for (size_t k = 0; !any && after_ok && k < n; k++) {
        dlg_item *it = &st->items[k];
        if (!it->accepted && it->turn >= turn - NAME_TURNS && it->cents > 0 &&
            named_either_number(st, ct, e->cend, se, it) && !counter_offer(s, e, it)) {
            set_verdict(it, v, e);
            any = true;
        }
    }
    if (v == NO)
        any |= retract_named(st, turn, e);
    if (any)
        e->consumed = true; /* "no to the case" refuses the case, not the purchase */
    return any;
}

/* Is the customer's whole turn a listening noise ("yeah", "okay", "right")
 * rather than an answer ("yes", "sure")? */
static bool backchannel(const kpi_text *ct)
{
    static const char *const words[] = {"yeah", "yep", "okay", "right", "alright", "uh", "huh",
                                        "cool", "ah", "oh", "i", "see"};
    if (ct->ntok == 0 || ct->ntok > 3)
        return false;
    for (size_t k = 0; k < ct->ntok; k++)
        if (!kpi_tok_in(ct, k, words, sizeof words / sizeof words[0]))
            return false;
    return true;
}

static bool refers_back(const kpi_text *ct, const dlg_event *e);
static bool places_order(const kpi_text *ct, const dlg_event *e);

/* Does the agent's turn only answer the customer: it offers, asks and
 * prices nothing new (the item's own price said again at most)? */
static bool answers_only(const dlg_state *st, int t, const dlg_item *open)
{
    if (t < 0 || st->turns->v[t].speaker != SPK_AGENT)
        return false;
    const dlg_agent *a = &st->agent[t];
    if (a->offer || a->offer_named || a->ask != ASK_NONE || a->failure || a->retention)
        return false;
    for (size_t k = 0; k < a->n_price; k++)
        if (a->prices[k].cents != open->cents)
            return false;
    return true;
}

/* Does text ct say back a price the agent's turn put on the item? */
static bool says_offer_price(const dlg_state *st, const kpi_text *ct, const dlg_item *it)
{
    const dlg_agent *a = &st->agent[it->turn];
    for (size_t k = 0; k < a->n_price; k++)
        if (a->prices[k].cents > 0 && dlg_says_amount(ct, a->prices[k].cents))
            return true;
    return false;
}

/* "Replacing the filter is $45." - "What's the labor on that?" - "That's
 * all-in." - "Fine, do it.": after the customer's own question and the
 * agent's reply that offers, asks and prices nothing new (the same price
 * said again at most), a bare yes or a go-ahead that points back ("do it",
 * "add it") answers the offer as if it came right after it. Several such
 * exchanges about the offer keep it open (note_held). */
static bool clarified(const dlg_state *st, int turn, const dlg_item *open)
{
    if (turn < 3 || st->turns->v[turn - 2].speaker != SPK_CUSTOMER || !answers_only(st, turn - 1, open))
        return false;
    /* the price said back once more after its check is another remark on
     * it ("oh sure a hundred and eighty bucks to sleep in a field") */
    const kpi_text *ct = &st->texts[turn];
    if (st->held_turn == open->turn && st->held_until == turn - 2)
        return !kpi_has(ct, KS_SARCASM, 0, ct->len) && !kpi_has(ct, KS_SARCASM_CONTEXT, 0, ct->len) &&
               !says_offer_price(st, ct, open);
    return open->turn == turn - 3 && st->cust_asked;
}

/* Is word k a bare yes ("yes", "yeah", "yep", "sure")? */
static bool yes_word(const kpi_text *ct, size_t k)
{
    return k < ct->ntok && KPI_TOK_IS(ct, k, "yes", "yeah", "yep", "sure");
}

/* Does word k open a go-ahead ("go on", "go ahead", "do it", "do that")? */
static bool go_ahead(const kpi_text *ct, size_t k)
{
    return k + 1 < ct->ntok &&
           ((KPI_TOK_IS(ct, k, "go") && KPI_TOK_IS(ct, k + 1, "on", "ahead", "for")) ||
            (KPI_TOK_IS(ct, k, "do") && KPI_TOK_IS(ct, k + 1, "it", "that")));
}

/* Is the yes a plain one ("yeah", "sure", "do it", "go ahead") rather than
 * a verdict on what the agent just said ("perfect", "that works")? After
 * the agent has only answered a question about an offer ("what does it
 * do?" - "it repairs the bonds"), a plain yes opening a longer turn ("oh
 * okay yeah do that, my ends are so fried") still takes the offer; a
 * verdict answers the reply. */
static bool plain_yes(const kpi_text *ct, const dlg_event *e)
{
    /* it opens the answer ("oh okay yeah do that"); later it may follow
     * a refusal of the extra ("We'll stick with standard. Please go ahead
     * with the renewal.") */
    size_t k = kpi_text_tok_at(ct, e->start);
    if (!(k <= 3 && k < ct->ntok && (yes_word(ct, k) || KPI_TOK_IS(ct, k, "do", "go", "please"))))
        return false;
    /* "alright, I might do that", "maybe do that", "I don't go": a hedge,
     * a supposition or a negator before the word leaves it undecided */
    size_t at = ct->tok[k].start;
    return !kpi_has(ct, KS_HEDGE, 0, at) && !kpi_has(ct, KS_HYPOTHETICAL, 0, at) &&
           !kpi_text_has_flag(ct, VF_NEGATOR, 0, at);
}

/* Step 3: an event that names nothing answers the latest open item, each
 * kind of answer under its own conditions. */
static void answer_open(const kpi_scratch *s, dlg_state *st, int turn, size_t n, dlg_item *open,
                        dlg_event *e, bool after_refusal, bool asking)
{
    const kpi_text *ct = &st->texts[turn];
    if (event_answer(e->kind) == YES && counter_offer(s, e, open))
        return; /* "I want the gig plan at fifty" bargains */
    switch (e->kind) {
    case CE_DECLINE:
    case CE_DEFER:
        /* "The tiramisu, yes. No wine.": a no about something else does not
         * take back the yes the turn just gave */
        if (e->kind == CE_DECLINE && open->verdict == YES &&
            clause_has_object(ct, e->end, e->cend) && !item_named(st, ct, e->end, e->cend, open))
            break;
        open->verdict = NO;
        /* a refused extra leaves the purchase standing; a refused purchase
         * is a refusal; a no to a price stated without an offer ("a
         * carry-on is $45" - "forget it, don't book it") may be either,
         * so the purchase's side reads it too */
        if (open->kind != IT_MAIN && e->kind == CE_DECLINE && !open->stated)
            e->consumed = true;
        break;
    case CE_BOTH:
        /* "both": every priced item still open; "email me a quote with
         * both options" asks for something else about them */
        if (dlg_nonpurchase(ct, e->cstart, e->cend))
            break;
        for (size_t k = 0; k < n; k++)
            if (st->items[k].open && !st->items[k].accepted && st->items[k].cents > 0)
                set_verdict(&st->items[k], YES, e);
        set_verdict(open, YES, e);
        e->consumed = true;
        break;
    case CE_ADDON:
        set_verdict(open, YES, e);
        e->consumed = true;
        break;
    case CE_COMMIT:
    case CE_REQUEST:
        /* "I'll take it" answers the offer when the agent has not moved on
         * to another question; "I'll take the basic plan" is about
         * something else */
        /* a price only stated asks nothing: "Are your tires okay? New
         * tires are $40 each." - "They're fine" takes nothing, "I'll take
         * them" does */
        if (open->stated && !takes_a_thing(ct, e) && !e->says_add &&
            !(refers_back(ct, e) && clarified(st, turn, open)))
            break;
        /* "Seat selection is $18." - "No, I'll take whatever's free": the
         * no answered the price; what the commitment after it takes, by
         * words that do not point back at it, is something else */
        if (after_refusal && !e->says_add && (!refers_back(ct, e) || places_order(ct, e)))
            break;
        if ((st->ask == ASK_OFFER || st->ask == ASK_NONE || open->turn == st->ask_turn) &&
            !clause_has_object(ct, e->end, own_clause_end(ct, e->end, e->cend))) {
            set_verdict(open, YES, e);
            e->consumed = true;
        }
        break;
    case CE_AFFIRM:
    case CE_AFFIRM_WEAK: {
        /* A yes at the start of the answer, not after a refusal and not
         * while asking something. "Okay" takes only what was asked as a
         * question; a clear yes also a proposal, or a price the agent has
         * just put on the table for something extra. The purchase itself
         * needs a question: "there's a 7 pm flight for $287" is shown, not
         * offered, and a "sure" to it buys nothing. */
        bool to_offer = (st->ask == ASK_OFFER &&
                         (e->kind == CE_AFFIRM || (open->waited == 0 && st->asked))) ||
                        /* a bare "yes please" (not "perfect, just in time
                         * for the holidays", which answers the reply) */
                        (e->kind == CE_AFFIRM && (ct->ntok <= 3 || plain_yes(ct, e)) &&
                         clarified(st, turn, open));
        bool to_price = e->kind == CE_AFFIRM && open->turn == st->ask_turn && st->ask != ASK_OTHER &&
                        open->kind != IT_MAIN;
        if (open->kind == IT_MAIN && !st->asked)
            to_offer = false;
        /* "yeah" or "mhm" alone after a pitch that asks nothing is a
         * backchannel: the customer is listening, not buying */
        if (!st->asked && backchannel(ct))
            to_offer = to_price = false;
        /* "yeah that sounds good, can you email me a quote": to a price only
         * stated, a yes beside a request for information is interest */
        for (size_t i = 0; open->stated && st->cust_now && i < st->cust_now->n; i++)
            if (st->cust_now->ev[i].kind == CE_INFO)
                to_offer = to_price = false;
        if (!after_refusal && e->at_start && !asking && (to_offer || to_price)) {
            set_verdict(open, YES, e);
            e->consumed = true;
        }
        break;
    }
    default:
        break;
    }
}

/* Does the commitment place the order as a whole ("please order it",
 * "just book it", "go ahead and process it")? After a no to the extra in
 * the same turn ("No thanks, please order it"), its "it" is the purchase
 * the extra was offered on, not the extra. */
static bool places_order(const kpi_text *ct, const dlg_event *e)
{
    static const char *const verbs[] = {"order", "place", "book", "process", "ring",
                                        "finalize", "finalise", "checkout", "submit"};
    for (size_t k = kpi_text_tok_at(ct, e->start); k < ct->ntok && ct->tok[k].end <= e->cend; k++)
        if (kpi_tok_in(ct, k, verbs, sizeof verbs / sizeof verbs[0]))
            return true;
    return false;
}

/* Does the event's clause point back with a pronoun ("four of them", "I'll
 * take it", "give me those", "I'll take one") rather than name a thing? */
static bool refers_back(const kpi_text *ct, const dlg_event *e)
{
    static const char *const pron[] = {"it", "them", "those", "these", "that"};
    /* "one" only right after the verb: "the 2nd one" names an option */
    static const char *const verbs[] = {"take", "get", "have", "grab", "buy", "want", "need"};
    for (size_t k = kpi_text_tok_at(ct, e->start); k < ct->ntok && ct->tok[k].end <= e->cend; k++)
        if (kpi_tok_in(ct, k, pron, sizeof pron / sizeof pron[0]) ||
            (k > 0 && KPI_TOK_IS(ct, k, "one") &&
             kpi_tok_in(ct, k - 1, verbs, sizeof verbs / sizeof verbs[0])))
            return true;
    return false;
}

/* Has the agent said a sale price in a turn from `from` up to, not
 * including, `to`? */
static bool priced_between(const dlg_state *st, int from, int to)
{
    for (int t = from < 0 ? 0 : from; t < to; t++)
        if (st->turns->v[t].speaker == SPK_AGENT && st->agent[t].n_price > 0)
            return true;
    return false;
}

/* Has the agent said a sale price before turn? */
static bool priced_before(const dlg_state *st, int turn)
{
    return priced_between(st, 0, turn);
}

/* Step 3b: with nothing on the table, "add that too", "do the flush too"
 * or, once something is bought, "I'll take the case" takes a price the
 * agent only mentioned; "I want her to try it too" takes nothing. Returns
 * whether it did (the item is then new in st->items). */
static bool answer_mentioned(dlg_state *st, int turn, dlg_event *e)
{
    const kpi_text *ct = &st->texts[turn];
    /* once something is bought, or asked for at a price already said (the
     * $1,299 table, then "I want to order that"), a thing taken by name is
     * extra; before the purchase is priced, it may be the purchase itself
     * ("I'll take the ocean view") */
    bool asked_for = st->request_turn >= 0 && st->request_turn < turn &&
                     priced_before(st, st->request_turn);
    bool names_extra = e->kind == CE_COMMIT && (dlg_main_accepted(st) || asked_for) &&
                       takes_a_thing(ct, e);
    /* "put the insurance on": taking a thing on top, by its name */
    bool names_addon = e->kind == CE_ADDON && !e->add_verb && (dlg_main_accepted(st) || asked_for);
    /* "I'd like to add that to the order" after a price: as "add it" */
    bool add_request = e->kind == CE_REQUEST && e->says_add && refers_back(ct, e);
    if (!((e->kind == CE_ADDON && e->add_verb) || add_request || names_extra || names_addon))
        return false;
    /* a price said before the purchase was the purchase's own */
    int after = -1, main_acc = -1;
    for (size_t k = 0; names_extra && k < st->n_acc && after < 0; k++)
        if (!st->acc[k].retracted && st->acc[k].kind == ACC_MAIN) {
            after = st->acc[k].turn;
            main_acc = (int)k;
        }
    if (names_extra && after < 0 && asked_for)
        after = st->request_turn;
    /* bought before any price was said: the first price after it that
     * names what was bought is its own ("i want to buy tickets", "four
     * tickets are twenty two each", then "let's get those") */
    if (names_extra && after >= 0 && main_acc >= 0 && !priced_before(st, after + 1))
        for (int t = after + 1; t < turn; t++)
            if (st->turns->v[t].speaker == SPK_AGENT && st->agent[t].n_price > 0) {
                const dlg_accept *m = &st->acc[main_acc];
                const dlg_agent *pa = &st->agent[t];
                const dlg_price *p = &pa->prices[0];
                /* "we want to book the cruise" - "a balcony cabin for two
                 * is 3,100": a price offering nothing on top prices the
                 * purchase in other words, and so does the turn that carries
                 * the purchase out ("That's $1,799. I'll put it through?") */
                if (dlg_names_item(&st->texts[m->turn], m->start, m->end, &st->texts[t],
                                   p->item_start, p->item_end) ||
                    (t == after + 1 && !m->by_yes &&
                     clause_has_object(&st->texts[m->turn], m->start, m->end) && !pa->offer &&
                     !pa->offer_named && !pa->upgrade &&
                     (pa->ask == ASK_NONE || pa->confirm)))
                    after = t;
                break;
            }
    /* "give me four of them" points at what the agent has just priced */
    bool pointed = names_extra && refers_back(ct, e) && turn > 0 &&
                   st->turns->v[turn - 1].speaker == SPK_AGENT && st->agent[turn - 1].n_price == 1;
    if (pointed && after < turn - 1)
        after = turn - 2;
    /* "Can you add dessert?" asks for something by name: a price said
     * before for something else (the buffet's) is not its price, which the
     * agent has yet to say; "add it", "add that", "add the extra hour" take
     * what was priced */
    bool own_object = e->says_add && e->polite && !refers_back(ct, e) &&
                      clause_has_object(ct, e->end, e->cend);
    dlg_item *it = priced_recently(
        st, turn, ct, e, (!e->says_add || names_extra || names_addon || own_object) && !pointed,
        after);
    if (!it)
        return false;
    set_verdict(it, YES, e);
    e->consumed = true;
    return true;
}

/* "Would you like collision coverage? It's $60." - "Does my card cover
 * it? I'm not sure." - "Some cards do, but it's secondary." - "Okay,
 * let's just add it.": the customer's own "add" a few turns after turning
 * the extra down or putting it off, pointing back at it or naming it, with
 * nothing offered since, changes the customer's mind: it takes that extra. */
static bool retaken(dlg_state *st, int turn, dlg_event *e)
{
    const kpi_text *ct = &st->texts[turn];
    if (e->kind != CE_ADDON || !e->says_add || !dlg_main_accepted(st) || st->n_item == 0)
        return false;
    dlg_item *it = &st->items[st->n_item - 1];
    if (!it->declined || it->accepted || it->kind == IT_MAIN || it->cents <= 0 ||
        it->turn < turn - 4 || it->verdict != NONE)
        return false;
    if (!refers_back(ct, e) && !item_named(st, ct, e->cstart, e->cend, it))
        return false;
    it->declined = false;
    set_verdict(it, YES, e);
    e->consumed = true;
    return true;
}

/* Is item it a priced extra, not yet taken, offered recently enough to be
 * named in turn, and named in [a, b) of that turn? */
static bool listed(const dlg_state *st, int turn, const dlg_item *it, size_t a, size_t b)
{
    return it->kind != IT_MAIN && !it->accepted && it->cents > 0 &&
           it->turn >= turn - NAME_TURNS && named_either_number(st, &st->texts[turn], a, b, it);
}

/* Does the customer's turn say, before offset end, that they think again:
 * "actually", "wait", "on second thought", "you know what", "changed my
 * mind"? */
static bool mind_changes(const kpi_text *ct, size_t end)
{
    for (size_t k = 0; k < ct->ntok && ct->tok[k].end <= end; k++) {
        if (KPI_TOK_IS(ct, k, "actually", "wait", "changed", "rethink", "reconsider"))
            return true;
        if (k > 0 && ((KPI_TOK_IS(ct, k, "second") && KPI_TOK_IS(ct, k - 1, "on")) ||
                      (KPI_TOK_IS(ct, k, "what") && KPI_TOK_IS(ct, k - 1, "know"))))
            return true;
    }
    return false;
}

/* "no, I think that's okay" ... "actually, you know what, yes, add it":
 * an acceptance that ends in a pronoun ("add it", "I'll take that"), after
 * words that think again (mind_changes), right after the customer's own
 * refusal of an extra, with no new offer from the agent in between, takes
 * back the refusal and takes the extra. */
static void changed_mind(dlg_state *st, int turn, const dlg_customer *c)
{
    /* the customer's previous turn: just before, or past an agent turn that
     * put nothing new on the table */
    int prev = turn - 1;
    if (prev >= 0 && st->turns->v[prev].speaker == SPK_AGENT) {
        const dlg_agent *a = &st->agent[prev];
        if (a->n_price || a->offer || a->offer_named || a->ask == ASK_OFFER)
            return;
        prev--;
    }
    if (prev < 0 || st->turns->v[prev].speaker != SPK_CUSTOMER || st->no_turn != prev)
        return;
    dlg_item *it = NULL;
    for (size_t k = st->n_item; k-- > 0 && !it;)
        if (st->items[k].kind != IT_MAIN && st->items[k].declined && !st->items[k].accepted &&
            st->items[k].cents > 0 && st->items[k].turn >= prev - 2)
            it = &st->items[k];
    if (!it)
        return;
    const kpi_text *ct = &st->texts[turn];
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        if (event_answer(e->kind) == NO)
            return;
        if (!mind_changes(ct, e->start))
            continue;
        size_t last = kpi_text_tok_at(ct, e->end);
        if (e->consumed || !(e->kind == CE_ADDON || e->kind == CE_COMMIT) || e->refers_back ||
            last == 0 || !KPI_TOK_IS(ct, last - 1, "it", "that", "them", "those", "one"))
            continue;
        it->declined = false;
        take(st, turn, it, e);
        e->consumed = true;
        return;
    }
}

/* "Towels and a locker. No training.", "the critter guard, yes": a
 * sentence made only of the names of extras priced on the table (joined by
 * "and", with articles, counts and a yes) takes each extra it names, when
 * it names two or more, or one beside a refusal elsewhere in the turn; a
 * "no" in the sentence itself leaves it to the answers. Applied after the
 * answers, so that "no training" refuses only what it names. */
static void pick_by_list(dlg_state *st, int turn, size_t n, const dlg_customer *c)
{
    static const char *const glue[] = {
        "and", "plus", "the", "a", "an", "both", "also", "too", "please", "yes", "yeah",
        "sure", "ok", "okay", "um", "uh", "of", "with", "one", "two", "three", "four",
        "five", "six", "then", "just", "only", "for", "me", "us", "those", "that", "last"};
    const kpi_text *ct = &st->texts[turn];
    if (!dlg_main_accepted(st))
        return;
    bool refused = false;
    for (size_t i = 0; i < c->n; i++)
        refused |= event_answer(c->ev[i].kind) == NO;
    /* a sentence names each of the n items at most once: with none on the
     * table, or one and no refusal, no sentence can take anything, and its
     * words are not read */
    if (n == 0 || (n == 1 && !refused))
        return;
    for (size_t si = 0; si < ct->nsent; si++) {
        size_t a = ct->sent[si].start, b = ct->sent[si].end;
        size_t k0 = kpi_text_tok_at(ct, a), named = 0, words = 0;
        bool pure = true;
        for (size_t j = k0; j < ct->ntok && ct->tok[j].end <= b && pure; j++) {
            words++;
            bool names = false;
            for (size_t q = 0; q < n && !names; q++)
                names = listed(st, turn, &st->items[q], ct->tok[j].start, ct->tok[j].end);
            bool digits = ct->tok[j].end > ct->tok[j].start &&
                          ct->low[ct->tok[j].start] >= '0' && ct->low[ct->tok[j].start] <= '9';
            pure = names || digits || kpi_tok_in(ct, j, glue, sizeof glue / sizeof glue[0]);
        }
        if (!pure || words == 0)
            continue;
        for (size_t q = 0; q < n; q++)
            named += listed(st, turn, &st->items[q], a, b);
        if (named < 2 && !(named == 1 && refused))
            continue;
        for (size_t q = 0; q < n; q++) {
            dlg_item *it = &st->items[q];
            if (listed(st, turn, it, a, b)) {
                /* the sentence is the acceptance: its count is the count */
                dlg_event ev = {.kind = CE_COMMIT, .start = a, .end = b, .cstart = a, .cend = b};
                take(st, turn, it, &ev);
                it->verdict = NONE;
            }
        }
    }
}

/* Does word k of the customer's text say no to what it names: a negator,
 * "no" (not "no problem"), "skip" or "nah"? */
static bool refusing_word(const kpi_text *ct, size_t k)
{
    if (ct->tok[k].vflags & VF_NEGATOR)
        return true;
    if (KPI_TOK_IS(ct, k, "no"))
        return !(k + 1 < ct->ntok && KPI_TOK_IS(ct, k + 1, "problem", "worries", "doubt"));
    return KPI_TOK_IS(ct, k, "skip", "nah");
}

/* Does word k of ct name an extra on the table other than it? */
static bool names_other(const dlg_state *st, int turn, size_t n, const dlg_item *it, size_t k)
{
    const kpi_text *ct = &st->texts[turn];
    for (size_t q = 0; q < n; q++)
        if (&st->items[q] != it && listed(st, turn, &st->items[q], ct->tok[k].start, ct->tok[k].end))
            return true;
    return false;
}

/* How the clause around word w, which names it, speaks of it: 2 refuses it,
 * a refusing word at most four words before it with no yes between ("skip
 * the breakfast", "not the windows", "we don't need the pack") or, with no
 * other extra named after it, at most four words after it with no yes or
 * other name between ("the doorbell I don't need"); 1 names it plainly, its words up to a refusal that has an
 * extra of its own ("fridge and oven not the windows") in [*a, *b); 0 a
 * condition or a doubt ("the kit if the crew can come"). */
static int contrast_side(const dlg_state *st, int turn, size_t n, const dlg_item *it, size_t w,
                         size_t *a, size_t *b)
{
    const kpi_text *ct = &st->texts[turn];
    size_t cs = kpi_text_clause_start(ct, ct->tok[w].start);
    size_t ce = kpi_text_clause_end(ct, ct->tok[w].start);
    size_t k0 = kpi_text_tok_at(ct, cs);
    for (size_t k = w, back = 0; k-- > k0 && back < 4; back++) {
        if (KPI_TOK_IS(ct, k, "yes", "yeah", "yep", "sure", "okay", "ok"))
            break;
        if (refusing_word(ct, k))
            return 2;
    }
    *a = cs;
    *b = ce;
    bool reach = true; /* a later refusal may still be this name's */
    for (size_t k = w + 1, fwd = 0; k < ct->ntok && ct->tok[k].end <= ce; k++, fwd++) {
        if (KPI_TOK_IS(ct, k, "if", "unless", "maybe", "might"))
            return 0;
        /* "eggs yes bread no": a yes answers this name, and a refusal
         * after another name is that one's */
        if (KPI_TOK_IS(ct, k, "yes", "yeah", "yep", "sure") || names_other(st, turn, n, it, k))
            reach = false;
        if (!reach || fwd >= 4 || !refusing_word(ct, k))
            continue;
        bool other = false;
        for (size_t j = k + 1; j < ct->ntok && ct->tok[j].end <= ce && !other; j++)
            other = names_other(st, turn, n, it, j);
        if (!other)
            return 2;
        *b = ct->tok[k].start;
        return 1;
    }
    for (size_t k = k0; k < w; k++)
        if (KPI_TOK_IS(ct, k, "if", "unless", "maybe", "might"))
            return 0;
    return 1;
}

/* "Two desserts a week then. Skip the breakfast.", "Fridge and oven, not the
 * windows", "the protection makes sense, the international pack she
 * doesn't need": once something is bought, a turn that refuses one extra on
 * the table by name and names another plainly, outside a question, chooses
 * between them: the one named plainly is taken (its count in the words
 * that name it), the one refused is declined. An item named both ways, or
 * under a condition, is left to the answers; without a refusal beside it a
 * plain name takes nothing ("the fridge, how long does that take"). */
static void pick_by_contrast(dlg_state *st, int turn, size_t n, size_t acc_before)
{
    const kpi_text *ct = &st->texts[turn];
    if (!dlg_main_accepted(st) && !st->owned)
        return;
    enum { MAX_SIDE = 16 };
    int side[MAX_SIDE];
    size_t from[MAX_SIDE], to[MAX_SIDE];
    /* an extra this turn took already, by a yes or a list, is the choice too */
    bool yes = false, no = false;
    for (size_t i = acc_before; i < st->n_acc; i++)
        yes |= st->acc[i].kind == ACC_ADDON && st->acc[i].cents > 0;
    for (size_t q = 0; q < n && q < MAX_SIDE; q++) {
        side[q] = -1;
        dlg_item *it = &st->items[q];
        if (it->verdict == NO && it->turn >= turn - NAME_TURNS) {
            side[q] = 2; /* refused by an answer already */
            no = true;
            continue;
        }
        if (it->declined)
            continue;
        for (size_t w = 0; w < ct->ntok; w++) {
            if (kpi_text_sentence_is_question(ct, ct->tok[w].sent) ||
                !listed(st, turn, it, ct->tok[w].start, ct->tok[w].end))
                continue;
            size_t a = 0, b = 0;
            int v = contrast_side(st, turn, n, it, w, &a, &b);
            if (side[q] < 0) {
                side[q] = v;
                from[q] = a;
                to[q] = b;
            } else if (side[q] != v) {
                side[q] = 0; /* named both ways: unclear */
            }
        }
        /* a yes whose words run over both names ("um the tarp yeah the
         * cushions we don't need") is no choice of the one refused */
        yes |= side[q] == 1 || (it->verdict == YES && side[q] != 2 && it->kind != IT_MAIN);
        no |= side[q] == 2;
    }
    if (!yes || !no)
        return;
    for (size_t q = 0; q < n && q < MAX_SIDE; q++) {
        dlg_item *it = &st->items[q];
        if (side[q] == 2 && it->verdict != NO) {
            it->verdict = NONE;
            it->declined = true;
            it->open = false;
        } else if (side[q] == 1 && it->verdict == NONE) {
            dlg_event ev = {.kind = CE_COMMIT, .start = from[q], .end = to[q], .cstart = from[q],
                            .cend = to[q]};
            take(st, turn, it, &ev);
        }
    }
}

/* Step 4: the turn's verdicts take effect; an item nobody answered stays
 * open for a plain yes only a few turns. */
static void settle(dlg_state *st, int turn, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        dlg_item *it = &st->items[k];
        if (it->verdict == YES) {
            take(st, turn, it, it->why);
        } else if (it->verdict == NO) {
            it->declined = true;
            it->open = false;
        } else if (it->open && !(st->held_turn == it->turn && st->held_until == turn) &&
                   ++it->waited > OPEN_TURNS) { /* a question about it is no wait */
            it->open = false;
        }
    }
}

/* "And the ottoman for $349?" - "Let's not go crazy. No.": a retraction
 * that opens the answer to an offer just made refuses that offer; it takes
 * back nothing accepted before, unless it names it ("no, take the
 * protection off"). */
static bool retract_refuses(dlg_state *st, int turn, dlg_item *open, dlg_event *e)
{
    if (e->kind != CE_RETRACT || !open || open->accepted || open->cents <= 0 ||
        st->ask != ASK_OFFER || open->turn != turn - 1 || !e->at_start)
        return false;
    const kpi_text *ct = &st->texts[turn];
    size_t se = ct->sent[kpi_text_sentence_at(ct, e->start)].end;
    for (size_t i = 0; i < st->n_item; i++) {
        const dlg_item *it = &st->items[i];
        if (it->accepted &&
            dlg_names_item(ct, e->start, se, &st->texts[it->words_turn], it->ws, it->we))
            return false;
    }
    set_verdict(open, NO, e);
    e->consumed = true;
    return true;
}

/* "projector yes coffee no", "um anti glare yes the blue light no", "the
 * sports yes the movies no": when one turn says yes and no and names two or
 * more items on the table, each item named takes the answer said nearest its
 * name in its sentence, three words away at most (the one after it on a
 * tie), whatever the clauses are; the answers that gave a verdict are used
 * up. "the carry-on costs extra? forget it, don't book it" answers no item. Returns whether it
 * decided any item. Unpunctuated speech has no clause to tell them apart. */
static bool pick_by_nearest(dlg_state *st, int turn, size_t n, dlg_customer *c)
{
    const kpi_text *ct = &st->texts[turn];
    bool yes = false, no = false;
    for (size_t i = 0; i < c->n; i++) {
        int v = event_answer(c->ev[i].kind);
        yes |= v == YES && !c->ev[i].consumed;
        no |= v == NO && !c->ev[i].consumed;
    }
    if (!yes || !no)
        return false;
    size_t named = 0;
    for (size_t k = 0; k < n; k++)
        named += !st->items[k].accepted && st->items[k].turn >= turn - NAME_TURNS &&
                 item_named(st, ct, 0, ct->len, &st->items[k]);
    if (named < 2)
        return false;
    bool any = false;
    for (size_t k = 0; k < n; k++) {
        dlg_item *it = &st->items[k];
        if (it->accepted || it->turn < turn - NAME_TURNS)
            continue;
        /* the first word of the turn that names it */
        size_t w = ct->ntok;
        for (size_t j = 0; j < ct->ntok && w == ct->ntok; j++)
            if (item_named(st, ct, ct->tok[j].start, ct->tok[j].end, it))
                w = j;
        if (w == ct->ntok)
            continue;
        dlg_event *best = NULL;
        size_t bd = (size_t)-1;
        for (size_t i = 0; i < c->n; i++) {
            dlg_event *e = &c->ev[i];
            if (event_answer(e->kind) == NONE || e->consumed ||
                kpi_text_sentence_at(ct, e->start) != kpi_text_sentence_at(ct, ct->tok[w].start))
                continue;
            size_t a = kpi_text_tok_at(ct, e->start), b = kpi_text_tok_at(ct, e->end);
            if (b > a)
                b--; /* the event's last word */
            size_t d = w < a ? a - w : w > b ? w - b : 0;
            /* after the name beats before it on a tie: "X yes" */
            if (d < bd || (d == bd && w < a)) {
                bd = d;
                best = e;
            }
        }
        if (!best || bd > 3)
            continue;
        set_verdict(it, event_answer(best->kind), best);
        any = true;
    }
    /* used up once every item has its answer: one yes may answer two */
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < c->n && st->items[k].verdict != NONE; i++)
            if (st->items[k].why == &c->ev[i])
                c->ev[i].consumed = true;
    return any;
}

/* Is there an extra taken before turn, not taken back, at a price (not for
 * a set) that is each (or, with !each, neither each): one a count said now
 * could change? recounted and dozens_taken read the customer's words only
 * then (most turns have none). */
static bool taken_priced(const dlg_state *st, int turn, bool each)
{
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *acc = &st->acc[i];
        if (acc->retracted || acc->kind != ACC_ADDON || acc->item < 0 || acc->turn >= turn)
            continue;
        const dlg_item *it = &st->items[acc->item];
        if (it->each == each && !it->bundle && it->cents > 0)
            return true;
    }
    return false;
}

/* "Actually, make it two toner, not three": the customer changes the count
 * of an extra taken at a price each. The extra is the latest one taken at a
 * unit price that the sentence names, or the only one; the count is the
 * first after "make it" / "change it to" / "just" / "only" in the sentence. */
static void recounted(dlg_state *st, int turn)
{
    const kpi_text *ct = &st->texts[turn];
    if (!taken_priced(st, turn, true))
        return;
    for (size_t k = 0; k + 2 < ct->ntok; k++) {
        size_t q_at;
        /* "do it for four of us", "make that for six people": the party
         * an item per person is for, said again; a head word must follow
         * the count ("do it for ten?" bargains) */
        bool party = KPI_TOK_IS(ct, k, "do", "make") && KPI_TOK_IS(ct, k + 1, "it", "that") &&
                     KPI_TOK_IS(ct, k + 2, "for");
        if (party)
            q_at = k + 3;
        else if (KPI_TOK_IS(ct, k, "make", "change", "changed") &&
                 KPI_TOK_IS(ct, k + 1, "it", "that"))
            q_at = k + 2 + (k + 3 < ct->ntok && KPI_TOK_IS(ct, k + 2, "to"));
        else if (KPI_TOK_IS(ct, k, "just", "only"))
            q_at = k + 1; /* "actually, just one cushion": the item named after */
        else
            continue;
        bool limit = q_at == k + 1;
        if (q_at >= ct->ntok || ct->tok[q_at].sent != ct->tok[k].sent)
            continue;
        if (party && !(q_at + 1 < ct->ntok && ct->tok[q_at + 1].sent == ct->tok[k].sent &&
                       (KPI_TOK_IS(ct, q_at + 1, "people", "guests", "adults", "persons") ||
                        (KPI_TOK_IS(ct, q_at + 1, "of") &&
                         KPI_TOK_IS(ct, q_at + 2, "us", "them", "you")))))
            continue;
        if (party && ct->nsent && kpi_text_sentence_is_question(ct, ct->tok[k].sent))
            continue;
        int q = kpi_count_word(ct, q_at);
        if (q < 1 && KPI_TOK_IS(ct, q_at, "one", "1"))
            q = 1;
        /* "make it two o'clock" moves a time */
        if (q < 1 || (q_at + 1 < ct->ntok &&
                      KPI_TOK_IS(ct, q_at + 1, "am", "pm", "o'clock", "thirty", "fifteen")))
            continue;
        size_t si = kpi_text_sentence_at(ct, ct->tok[k].start);
        size_t a = ct->sent[si].start, b = ct->sent[si].end;
        /* "just one cushion" names the item within the two words after
         * the count ("just one extra controller"); "only two of us" and
         * "just two please" recount nothing by these words */
        if (limit) {
            a = ct->tok[q_at].end;
            size_t last = q_at + 3 < ct->ntok ? q_at + 3 : ct->ntok - 1;
            while (last > q_at && ct->tok[last].sent != ct->tok[q_at].sent)
                last--;
            if (last == q_at)
                continue;
            b = ct->tok[last].end;
        }
        dlg_accept *pick = NULL;
        int each = 0;
        for (size_t i = st->n_acc; i-- > 0;) {
            dlg_accept *acc = &st->acc[i];
            if (acc->retracted || acc->kind != ACC_ADDON || acc->item < 0 || acc->turn >= turn)
                continue;
            const dlg_item *it = &st->items[acc->item];
            if (!it->each || it->bundle || it->cents <= 0)
                continue;
            each++;
            /* "just one lamp" after "desk lamps": a short name, singular */
            if (!pick && (item_named(st, ct, a, b, it) ||
                          (limit && names_in_plural(ct, q_at + 1, &st->texts[it->words_turn],
                                                    it->ws, it->we))))
                pick = acc;
        }
        if (!pick && each == 1 && !limit)
            for (size_t i = st->n_acc; i-- > 0 && !pick;) {
                dlg_accept *acc = &st->acc[i];
                if (!acc->retracted && acc->kind == ACC_ADDON && acc->item >= 0 &&
                    acc->turn < turn && st->items[acc->item].each && !st->items[acc->item].bundle)
                    pick = acc;
            }
        if (!pick && limit)
            continue;
        if (pick && st->items[pick->item].cents <= KPI_PRICE_MAX_CENTS / q)
            pick->cents = st->items[pick->item].cents * q;
        return;
    }
}

/* "Yes, two please.", "yeah three": does the count at word k of ct, which
 * only words from partial_count's lead list precede in its sentence, come
 * after a yes and end its sentence or go on only with "please"? It answers
 * how many of the offer to take; "Two kids, the morning of the 28th."
 * informs (no yes, and a word follows). */
static bool yes_then_count(const kpi_text *ct, size_t k)
{
    bool yes = false;
    for (size_t j = 0; j < k; j++)
        yes = yes || KPI_TOK_IS(ct, j, "yes", "yeah", "yep", "sure", "okay", "ok");
    if (!yes || kpi_count_word(ct, k) < 2)
        return false;
    size_t n = k + 1;
    if (n < ct->ntok && ct->tok[n].sent == ct->tok[k].sent && KPI_TOK_IS(ct, n, "please"))
        n++;
    return n >= ct->ntok || ct->tok[n].sent != ct->tok[k].sent;
}

/* "Two please.", "um two is fine", "Three.": does the count at word k of
 * ct, which only words from partial_count's lead list precede in its
 * sentence, make the whole sentence, alone or with "please" or a word that
 * settles it ("is fine", "should do", "will be plenty")? It answers how
 * many of the offer to take, as a yes with the count would; "Two kids, the
 * morning of the 28th." goes on to say something else. */
static bool count_alone(const kpi_text *ct, size_t k)
{
    if (kpi_count_word(ct, k) < 2)
        return false;
    uint32_t si = ct->tok[k].sent;
    size_t n = k + 1;
#define IN_SENT(j) ((j) < ct->ntok && ct->tok[j].sent == si)
    if (IN_SENT(n) && KPI_TOK_IS(ct, n, "please")) {
        n++;
    } else if (IN_SENT(n) && KPI_TOK_IS(ct, n, "is", "should", "will", "would")) {
        n++;
        if (IN_SENT(n) && KPI_TOK_IS(ct, n, "be"))
            n++;
        if (!IN_SENT(n) ||
            !KPI_TOK_IS(ct, n, "fine", "good", "enough", "plenty", "great", "perfect", "do"))
            return false;
        n++;
    }
    bool alone = !IN_SENT(n);
#undef IN_SENT
    return alone;
}

/* "Just for two of us.", "Two of them would love the workshop.": a count of
 * part of a party ("N of us/them") or a count said as the whole answer's
 * start ("just two", "only three") - the words that tell a count that takes
 * an extra from a count that only informs ("Two kids, the morning of the
 * 28th."). Returns the count (2 or more), [*s, *e) set to its words; 0. */
static int partial_count(const kpi_text *ct, size_t *s, size_t *e)
{
    for (size_t k = 0; k + 2 < ct->ntok; k++) {
        int q = kpi_count_word(ct, k);
        if (q < 2 || ct->tok[k + 1].sent != ct->tok[k].sent)
            continue;
        if (KPI_TOK_IS(ct, k + 1, "of") && KPI_TOK_IS(ct, k + 2, "us", "them", "you", "those")) {
            /* "four of us don't drink, so the pairing for ten of us": the
             * part left out is not the count taken; "two of us will do the
             * dinner, the kids won't eat anything fancy" says it of the rest,
             * in a clause of its own */
            if (ct->nsent && kpi_text_has_flag(ct, VF_NEGATOR, ct->tok[k + 2].end,
                                               kpi_text_clause_end(ct, ct->tok[k].start)))
                continue;
            *s = ct->tok[k].start;
            *e = ct->tok[k + 2].end;
            return q;
        }
    }
    /* a count the answer opens with after a word that chooses it: "let's
     * do fifteen", "make it four", "we need three", "just get five pairs",
     * "okay, a dozen then" ("Two kids, the morning of the 28th." informs);
     * never under a negation or in a question */
    static const char *const lead[] = {"okay", "ok", "um", "uh", "so", "then", "hmm", "like",
                                       "let's", "lets", "it", "we", "i", "we'll", "i'll", "well",
                                       "maybe", "a", "me", "us", "in", "go", "with", "yes", "yeah", "the",
                                       "yep", "sure", "please", "alright", "fine"};
    static const char *const cue[] = {"just", "only", "do", "make", "get", "need", "give", "put"};
    size_t k = 0;
    bool chose = false;
    for (; k < ct->ntok && ct->tok[k].sent == ct->tok[0].sent; k++) {
        if (kpi_tok_in(ct, k, cue, sizeof cue / sizeof cue[0]))
            chose = true;
        else if (!kpi_tok_in(ct, k, lead, sizeof lead / sizeof lead[0]))
            break;
    }
    if (k >= ct->ntok || ct->tok[k].sent != ct->tok[0].sent ||
        kpi_text_has_flag(ct, VF_NEGATOR, 0, ct->tok[k].start) ||
        (ct->nsent && kpi_text_sentence_is_question(ct, ct->tok[k].sent)))
        return 0;
    if (!chose)
        chose = yes_then_count(ct, k) || count_alone(ct, k);
    int q = chose ? kpi_count_word(ct, k) : 0;
    /* chosen, a number up to twenty is a count too ("let's do fifteen") */
    if (chose && !q) {
        int v = kpi_number_word(ct, k);
        if (v >= 13 && v <= 20 && !(k + 1 < ct->ntok && (ct->tok[k + 1].vflags & VF_NUMBER)))
            q = v;
    }
    /* "a dozen": twelve of the thing, never a head count */
    if (KPI_TOK_IS(ct, k, "dozen") && k > 0 && KPI_TOK_IS(ct, k - 1, "a"))
        q = 12;
    if (q >= 2) {
        *s = ct->tok[k > 0 ? k - 1 : k].start;
        *e = ct->tok[k].end;
        return q;
    }
    return 0;
}

/* Is the count word k of ct a word of the item's own name ("the two pack
 * for $19.99")? */
static bool count_in_name(const dlg_state *st, const kpi_text *ct, size_t k, const dlg_item *it)
{
    const kpi_text *at = &st->texts[it->words_turn];
    size_t len = ct->tok[k].end - ct->tok[k].start;
    for (size_t j = kpi_text_tok_at(at, it->ws); j < at->ntok && at->tok[j].end <= it->we; j++)
        if (at->tok[j].end - at->tok[j].start == len &&
            !memcmp(at->low + at->tok[j].start, ct->low + ct->tok[k].start, len))
            return true;
    return false;
}

/* "two orders of the spring rolls", "three bottles of that wine": after the
 * count at word k of ct, the word that names what is counted, past a word
 * that measures it and its "of" ("orders of the"); k + 1 when none. */
static size_t counted_word(const kpi_text *ct, size_t k)
{
    static const char *const measure[] = {"orders", "pairs", "boxes", "bags", "bottles", "packs",
                                          "sets", "rounds", "trays", "cases", "portions",
                                          "servings", "slices", "cans", "jars"};
    size_t j = k + 1;
    if (j + 1 >= ct->ntok || ct->tok[j + 1].sent != ct->tok[k].sent ||
        !kpi_tok_in(ct, j, measure, sizeof measure / sizeof measure[0]) ||
        !KPI_TOK_IS(ct, j + 1, "of"))
        return k + 1;
    j += 2;
    if (j + 1 < ct->ntok && ct->tok[j + 1].sent == ct->tok[k].sent &&
        KPI_TOK_IS(ct, j, "the", "those", "these", "that", "your"))
        j++;
    return j < ct->ntok && ct->tok[j].sent == ct->tok[k].sent ? j : k + 1;
}

/* "we'll be twenty people so two boxes", "Two mailboxes, one for me and one
 * for my sister": a count of two or more whose next word names the open
 * item answers it with that many, asked or only stated, priced each or not.
 * Not under a negation or in a question. Returns the count (0 when none)
 * and its words in [*s, *e). */
static int count_names_item(const dlg_state *st, const kpi_text *ct, const dlg_item *it,
                            size_t *s, size_t *e)
{
    const kpi_text *at = &st->texts[it->words_turn];
    size_t ia = it->ws, ib = it->we;
    for (size_t k = 0; k + 1 < ct->ntok; k++) {
        int q = kpi_count_word(ct, k);
        /* "six ninety nine" is an amount, not six of anything */
        if (q < 2 || ct->tok[k + 1].sent != ct->tok[k].sent ||
            (ct->tok[k + 1].vflags & VF_NUMBER) || (ct->tok[k + 1].flags & TF_DIGIT))
            continue;
        size_t w = counted_word(ct, k);
        if (!(dlg_names_item(ct, ct->tok[w].start, ct->tok[w].end, at, ia, ib) ||
              names_in_plural(ct, w, at, ia, ib)))
            continue;
        /* the count chooses: it opens its sentence or follows a word that
         * picks ("so two boxes", "just two"); "the house has 20 windows"
         * informs. "two pack" is the item's own name. */
        static const char *const pick[] = {"so", "then", "just", "only", "get", "take", "do",
                                           "need", "want", "uh", "um", "yeah", "yes", "okay",
                                           "and", "sure", "maybe"};
        if (k > 0 && ct->tok[k - 1].sent == ct->tok[k].sent &&
            !kpi_tok_in(ct, k - 1, pick, sizeof pick / sizeof pick[0]))
            continue;
        if (count_in_name(st, ct, k, it))
            continue;
        size_t ss = ct->nsent ? ct->sent[ct->tok[k].sent].start : 0;
        if (kpi_text_has_flag(ct, VF_NEGATOR, ss, ct->tok[k].start) ||
            (ct->nsent && kpi_text_sentence_is_question(ct, ct->tok[k].sent)))
            return 0;
        *s = ct->tok[k].start;
        *e = ct->tok[w].end;
        return q;
    }
    return 0;
}

/* "Just for me.", "Hmm. Just one, for my side.", "only on mine", "just me
 * he's tiny", "One bag.", "one for me": an answer that opens (past fillers,
 * a sentence of them too) with "just" or "only" and then one, me, mine or
 * myself ("for", "on" or "the" may come between), or with "one" followed by
 * "for" or a word naming the extra it, picks a single unit of it: the rest
 * of the party goes without. Not "just me and my wife", "just one
 * question", "one sec", nor under a negation or in a question. One unit
 * is the price said, so it is taken whether or not the price was read as
 * per unit ("nine a month per phone" - "just on mine"). Returns 1 with its
 * words in [*s, *e), *named set when the count names the extra; 0. */
static int count_of_one(const dlg_state *st, const kpi_text *ct, const dlg_item *it, size_t *s,
                        size_t *e, bool *named)
{
    static const char *const filler[] = {"okay", "ok", "um", "uh", "hmm", "so", "well", "oh",
                                         "yeah", "yes", "yep", "sure", "alright", "then", "right"};
    size_t k = 0;
    while (k < ct->ntok && kpi_tok_in(ct, k, filler, sizeof filler / sizeof filler[0]))
        k++;
    size_t from = k;
    bool cue = k < ct->ntok && KPI_TOK_IS(ct, k, "just", "only");
    k += cue;
    if (cue && k < ct->ntok && KPI_TOK_IS(ct, k, "for", "on", "the"))
        k++;
    if (k >= ct->ntok || ct->tok[k].sent != ct->tok[from].sent)
        return 0;
    bool person = cue && KPI_TOK_IS(ct, k, "me", "mine", "myself");
    if (!person && !KPI_TOK_IS(ct, k, "one", "1"))
        return 0;
    const kpi_text *at = &st->texts[it->words_turn];
    size_t n = k + 1; /* what follows the count: more people, another thing, or nothing */
    bool last = n >= ct->ntok || ct->tok[n].sent != ct->tok[k].sent ||
                kpi_text_clause_end(ct, ct->tok[k].start) <= ct->tok[n].start;
    *named = !last && !person &&
             (dlg_names_item(ct, ct->tok[n].start, ct->tok[n].end, at, it->ws, it->we) ||
              names_in_plural(ct, n, at, it->ws, it->we));
    if (person) {
        if (!last && KPI_TOK_IS(ct, n, "and", "plus", "with", "or", "too", "also", "nor"))
            return 0;
    } else if (!last && !*named && !KPI_TOK_IS(ct, n, "for", "please", "then", "thanks")) {
        return 0;
    } else if (!cue && !*named && !(!last && KPI_TOK_IS(ct, n, "for"))) {
        return 0; /* "one." alone may answer anything */
    }
    uint32_t si = ct->tok[k].sent;
    if ((ct->nsent && kpi_text_sentence_is_question(ct, si)) ||
        kpi_text_has_flag(ct, VF_NEGATOR, ct->nsent ? ct->sent[si].start : 0, ct->tok[k].start))
        return 0;
    *s = ct->tok[from].start;
    *e = ct->tok[*named ? n : k].end;
    return 1;
}

/* An extra priced each, offered as a question in the agent's last turn and
 * still open, that a turn with no refusal answers with a partial count or a
 * count it chooses (partial_count) is taken for that many; taken by a yes
 * of the same turn at one unit ("okay, a dozen then"), it is recounted. */
static void take_by_count(dlg_state *st, int turn, const dlg_customer *c, dlg_item *open,
                          size_t acc_before)
{
    if (!open || open->bundle || open->kind == IT_MAIN || open->declined)
        return;
    const kpi_text *ct = &st->texts[turn];
    size_t s = 0, e = 0;
    bool countable = !open->qty && open->cents > 0 && open->turn == turn - 1;
    int named_q = countable ? count_names_item(st, ct, open, &s, &e) : 0;
    bool one_named = false;
    int one = countable && !named_q ? count_of_one(st, ct, open, &s, &e, &one_named) : 0;
    if (one_named)
        named_q = one;
    if (!open->each && !named_q && !one)
        return;
    /* "pads are $2 each" - "how many would I need?" - "usually a dozen" -
     * "okay, a dozen then": the count answers the offer across the
     * customer's own question and the agent's reply that prices nothing */
    bool asked_how = open->turn == turn - 3 && st->cust_asked &&
                     st->turns->v[turn - 1].speaker == SPK_AGENT &&
                     st->agent[turn - 1].n_price == 0 && st->agent[turn - 1].ask != ASK_OFFER;
    if ((open->turn != turn - 1 || (open->stated && !st->agent[open->turn].asked && !named_q)) &&
        !asked_how)
        return;
    if (c->question) /* "do I need three for that size?" asks */
        return;
    for (size_t i = 0; i < c->n; i++)
        if (event_answer(c->ev[i].kind) == NO)
            return;
    bool took = st->n_acc == acc_before + 1 && st->acc[acc_before].item == (int)(open - st->items) &&
                st->acc[acc_before].cents == open->cents;
    if (st->n_acc != acc_before && !took)
        return;
    if (!took && !open->open && !asked_how)
        return;
    int q = named_q ? named_q : one ? one : partial_count(ct, &s, &e);
    if (!q)
        return;
    if (took) {
        /* only a unit price is multiplied by the count a yes came with */
        if (open->each && !open->qty)
            count_taken(&st->acc[acc_before], open->cents, q);
        return;
    }
    size_t si = kpi_text_sentence_at(ct, s);
    dlg_event ev = {.kind = CE_AFFIRM, .start = s, .end = e,
                    .cstart = ct->nsent ? ct->sent[si].start : s,
                    .cend = ct->nsent ? ct->sent[si].end : e};
    size_t before = st->n_acc;
    take(st, turn, open, &ev);
    /* the count said is how many, not the party's size the call says */
    if (st->n_acc > before && !open->qty && !(open->per & (open->per - 1)))
        count_taken(&st->acc[st->n_acc - 1], open->cents, q);
}

/* The count a customer clause [a, b) of ct chooses for item it: said apart
 * ("for both of us", "all four", "two of those"), after a word that
 * chooses it ("let's do eight", "I'll take two", "we need three"), or right
 * before a word naming the item ("two shuttle passes"). Never an amount
 * ("six ninety nine"), a time ("two o'clock", "at eight") or a count under
 * a negation. 0 when none. */
static int clause_count(const dlg_state *st, const kpi_text *ct, size_t a, size_t b,
                        const dlg_item *it)
{
    int q = kpi_quantity(ct, a, b);
    if (q > 0)
        return q;
    static const char *const choose[] = {"take", "do", "get", "need", "want", "give", "grab",
                                         "add", "book", "make"};
    const kpi_text *at = &st->texts[it->words_turn];
    for (size_t k = kpi_text_tok_at(ct, a); k < ct->ntok && ct->tok[k].end <= b; k++) {
        int n = kpi_count_word(ct, k);
        if (n < 2)
            continue;
        bool next = k + 1 < ct->ntok && ct->tok[k + 1].end <= b;
        if (next && ((ct->tok[k + 1].vflags & VF_NUMBER) || (ct->tok[k + 1].flags & TF_DIGIT) ||
                     KPI_TOK_IS(ct, k + 1, "am", "pm", "o'clock", "thirty", "fifteen")))
            continue;
        bool chosen = k > 0 && ct->tok[k - 1].end > a &&
                      kpi_tok_in(ct, k - 1, choose, sizeof choose / sizeof choose[0]);
        bool named = next && !count_in_name(st, ct, k, it) &&
                     (dlg_names_item(ct, ct->tok[k + 1].start, ct->tok[k + 1].end, at, it->ws,
                                     it->we) ||
                      names_in_plural(ct, k + 1, at, it->ws, it->we));
        if (!chosen && !named)
            continue;
        if (kpi_text_has_flag(ct, VF_NEGATOR, a, ct->tok[k].start))
            return 0;
        return n;
    }
    return 0;
}

/* Does the customer's clause [a, b) of ct name a thing, besides counts,
 * people and the words that choose ("let's do eight", "two of those
 * please", "all four of us" name none; "let's do the 8:15" names one)? */
static bool names_besides_count(const kpi_text *ct, size_t a, size_t b)
{
    static const char *const plain[] = {"take", "do", "get", "need", "want", "give", "grab",
                                        "add", "make", "please", "those", "them", "us", "all",
                                        "both", "each", "people", "persons", "guests", "yes",
                                        "yeah", "okay", "sure", "then", "let's", "lets",
                                        "we'll", "i'll", "together", "it", "go", "ahead", "oh", "um", "uh",
                                        "hmm", "well", "fine", "one", "for", "of"};
    for (size_t k = kpi_text_tok_at(ct, a); k < ct->ntok && ct->tok[k].end <= b; k++) {
        if ((ct->tok[k].vflags & (VF_STOPWORD | VF_NUMBER)) || (ct->tok[k].flags & TF_DIGIT) ||
            kpi_count_word(ct, k) > 0 || kpi_tok_in(ct, k, plain, sizeof plain / sizeof plain[0]))
            continue;
        return true;
    }
    return false;
}

/* The latest item not yet taken, on top of the purchase, that agent turn
 * t priced at cents (not as an old price): the item of turn t, else the
 * latest offered before it when t revises a price or says that item's own
 * again. NULL when there is none. */
static dlg_item *priced_at(dlg_state *st, int t, int64_t cents)
{
    const dlg_agent *a = &st->agent[t];
    bool said = false;
    for (size_t k = 0; k < a->n_price && !said; k++)
        said = !a->prices[k].old && a->prices[k].cents == cents;
    if (!said)
        return NULL;
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->turn > t || it->turn < t - NAME_TURNS)
            continue;
        /* an earlier item only when turn t revises a price or restates its own */
        if (it->accepted || it->kind == IT_MAIN ||
            (it->turn != t && !a->revision && it->cents != cents))
            return NULL;
        return it;
    }
    return NULL;
}

/* Takes, with the customer's yes, the extra that one of the last two
 * priced agent turns gave the amount cents, at that amount; whether it did. */
static bool echo_take(dlg_state *st, int turn, dlg_event *yes, int64_t cents)
{
    dlg_item *it = NULL;
    for (int t = turn - 1; t >= 0 && t >= turn - 4 && !it; t--)
        if (st->turns->v[t].speaker == SPK_AGENT && st->agent[t].n_price)
            it = priced_at(st, t, cents);
    if (!it)
        return false;
    it->cents = cents;
    it->declined = false;
    size_t before = st->n_acc;
    take(st, turn, it, yes);
    if (st->n_acc == before)
        return false;
    yes->consumed = true;
    return true;
}

/* "it's normally sixty but today it's forty" - "forty yeah okay why not",
 * "I can do the install for $90" - "Yes, do the install at $90": a yes
 * that says again the price the agent's last priced turn (or the one
 * before) gave an extra takes that extra at that price, the revised one
 * rather than the old one (which the item may still hold, making the
 * amount look like a counter-offer). Only once the purchase is made, when
 * nothing else was taken in the turn, nothing refused, and the amount is
 * not in a question ("forty on top?") or a condition ("if it were
 * ninety"). */
static void price_echo_takes(dlg_state *st, int turn, dlg_customer *c, size_t acc_before)
{
    const kpi_scratch *s = st->amt_now;
    if (!s || st->n_acc != acc_before || !dlg_main_accepted(st) || turn < 1)
        return;
    const kpi_text *ct = &st->texts[turn];
    dlg_event *yes = NULL;
    for (size_t i = 0; i < c->n; i++) {
        int v = event_answer(c->ev[i].kind);
        if (v == NO || c->ev[i].if_price)
            return;
        if (v == YES && !c->ev[i].consumed && !yes)
            yes = &c->ev[i];
    }
    if (!yes)
        return;
    for (size_t k = 0; k < s->namounts; k++) {
        const kpi_amount *am = &s->amounts[k];
        if (am->excluded || am->cents <= 0 ||
            (ct->nsent &&
             kpi_text_sentence_is_question(ct, kpi_text_sentence_at(ct, am->start))) ||
            kpi_has(ct, KS_HYPOTHETICAL, 0, ct->len))
            continue;
        if (echo_take(st, turn, yes, am->cents))
            return;
    }
    /* "sixty yeah okay do it": a number said bare, which the amount reader
     * does not take for money in the customer's words (ten or more: "not
     * three" counts) */
    for (int t = turn - 1; !c->question && t >= 0 && t >= turn - 4; t--) {
        const dlg_agent *a = &st->agent[t];
        for (size_t k = 0; st->turns->v[t].speaker == SPK_AGENT && k < a->n_price; k++)
            if (!a->prices[k].old && a->prices[k].cents >= 1000 &&
                dlg_says_amount(ct, a->prices[k].cents) &&
                echo_take(st, turn, yes, a->prices[k].cents))
                return;
    }
}

/* Is item it priced by the dozen ("cookies, $18 a dozen", "cupcakes
 * thirty per dozen")? The words after its name say so. */
static bool by_dozen(const dlg_state *st, const dlg_item *it)
{
    const kpi_text *at = &st->texts[it->words_turn];
    size_t k = kpi_text_tok_at(at, it->we);
    for (size_t n = 0; k < at->ntok && n < 6; k++, n++)
        if (KPI_TOK_IS(at, k, "dozen") && k > 0 && KPI_TOK_IS(at, k - 1, "a", "per", "the"))
            return true;
    return false;
}

/* "N dozen" in a statement of the customer's turn ct, N from 2 to 12, with
 * no negation before it in its sentence: N; else 0. */
static int dozens_said(const kpi_text *ct)
{
    for (size_t k = 1; k < ct->ntok; k++) {
        if (!KPI_TOK_IS(ct, k, "dozen") || ct->tok[k - 1].sent != ct->tok[k].sent)
            continue;
        int q = kpi_count_word(ct, k - 1);
        if (q < 2 || q > 12 || (ct->nsent && kpi_text_sentence_is_question(ct, ct->tok[k].sent)))
            continue;
        size_t ss = ct->nsent ? ct->sent[ct->tok[k].sent].start : 0;
        if (kpi_text_has_flag(ct, VF_NEGATOR, ss, ct->tok[k - 1].start))
            continue;
        return q;
    }
    return 0;
}

/* "Cookies, $18 a dozen." - "Give me three dozen.": a price per dozen
 * times the dozens the customer takes (the count reader counts items, so
 * "three dozen" would be 36 of them). Also "add a dozen" ... "actually,
 * make it two dozen": the dozens said later recount the extra taken. */
static void dozens_taken(dlg_state *st, int turn, size_t acc_before)
{
    const kpi_text *ct = &st->texts[turn];
    if (!taken_priced(st, INT_MAX, false))
        return;
    int q = dozens_said(ct);
    if (!q)
        return;
    bool later = st->n_acc == acc_before;
    if (later && !KPI_SPAN_HAS(ct, 0, ct->len, "make", "change", "actually"))
        return;
    for (size_t i = st->n_acc; i-- > 0;) {
        dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_ADDON || a->item < 0 || (!later && i < acc_before))
            continue;
        const dlg_item *it = &st->items[a->item];
        if (it->each || it->bundle || it->cents <= 0 || !by_dozen(st, it))
            continue;
        if (it->cents <= KPI_PRICE_MAX_CENTS / q)
            a->cents = it->cents * q;
        return;
    }
}

/* "The wine pairing is $35 per person." - "eight of us drink" - "so the
 * pairing for eight" - "yes, let's do eight"; "the snorkel excursion is $85
 * per person" - "two of those please": once the purchase is made, a
 * commitment or yes whose only object is a count (or the extra's own name
 * with one) takes the latest extra priced per unit, that many times. The
 * commitment is then the extra's, not a second purchase. Not for a turn
 * that refuses or asks, nor a clause that names something else. */
static void count_takes_each(dlg_state *st, int turn, dlg_customer *c, size_t acc_before)
{
    /* a turn that took something already answered the offer */
    if (!dlg_main_accepted(st) || c->question || st->n_acc != acc_before)
        return;
    dlg_item *it = latest(st, turn, false);
    if (!it || it->kind == IT_MAIN || !it->each || it->bundle || it->qty || it->cents <= 0 ||
        it->declined || it->alt_of)
        return;
    const kpi_text *ct = &st->texts[turn];
    for (size_t i = 0; i < c->n; i++)
        if (event_answer(c->ev[i].kind) == NO)
            return;
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        if (e->consumed || (e->kind != CE_COMMIT && e->kind != CE_AFFIRM && e->kind != CE_REQUEST))
            continue;
        int q = clause_count(st, ct, e->cstart, e->cend, it);
        if (q < 2 || it->cents > KPI_PRICE_MAX_CENTS / q)
            continue;
        /* "two of those", "let's do eight": nothing named but the count; or
         * the extra's own name */
        if (!item_named(st, ct, e->cstart, e->cend, it) && names_besides_count(ct, e->start, e->cend))
            continue;
        size_t before = st->n_acc;
        take(st, turn, it, e);
        if (st->n_acc > before) {
            st->acc[st->n_acc - 1].cents = it->cents * q;
            e->consumed = true;
        }
        return;
    }
}

/* "The bouquet is $75, or the roses are $95." - "The seasonal one.": a
 * first sentence that names exactly one of two or more things the agent
 * just priced picks it, with no yes said. */
static const dlg_price *picks_priced(const dlg_state *st, int turn)
{
    const dlg_agent *a = &st->agent[turn - 1];
    const kpi_text *ct = &st->texts[turn], *at = &st->texts[turn - 1];
    if (a->n_price < 2 || ct->nsent == 0)
        return NULL;
    const dlg_price *pick = NULL;
    for (size_t k = 0; k < a->n_price; k++)
        if (!a->prices[k].old &&
            dlg_names_item(ct, ct->sent[0].start, ct->sent[0].end, at, a->prices[k].item_start,
                           a->prices[k].item_end)) {
            if (pick)
                return NULL;
            pick = &a->prices[k];
        }
    return pick;
}

/* Did this turn answer an agent turn that priced something with some
 * agreement and no refusal? Kept until the next answer to a priced turn. */
static void note_priced_ok(dlg_state *st, int turn, const dlg_customer *c)
{
    if (turn < 1 || st->turns->v[turn - 1].speaker != SPK_AGENT || !st->agent[turn - 1].n_price)
        return;
    bool agree = false;
    /* "The seasonal one, she's not a roses person": what the pick sets
     * aside is the other option, not the pick */
    const dlg_price *pick = picks_priced(st, turn);
    for (size_t i = 0; i < c->n; i++) {
        dlg_ev_kind k = c->ev[i].kind;
        if (pick && !dlg_names_item(&st->texts[turn], c->ev[i].cstart, c->ev[i].cend,
                                    &st->texts[turn - 1], pick->item_start, pick->item_end))
            continue;
        if (event_answer(k) == NO) {
            st->priced_ok = false;
            return;
        }
        agree |= event_answer(k) == YES || k == CE_CONFIRM || k == CE_SLOT;
    }
    st->priced_ok = agree || pick != NULL;
}

/* "250 flyers are $60. For $20 more, glossy paper." - "No, the standard
 * paper is fine. Go ahead.": a refusal of an upgrade stepped up from a base
 * (dlg_item.on_base), followed in the same turn by a yes or a commitment
 * nothing took, refuses the step up and buys the base. */
static void base_kept(dlg_state *st, int turn, const dlg_customer *c)
{
    bool refused = false;
    for (size_t i = 0; i < st->n_item && !refused; i++) {
        const dlg_item *it = &st->items[i];
        refused = it->on_base && it->declined && it->verdict == NO && !it->accepted;
    }
    if (!refused)
        return;
    bool after_no = false;
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        if (event_answer(e->kind) == NO) {
            after_no = true;
            continue;
        }
        if (after_no && !e->consumed &&
            (e->kind == CE_AFFIRM || e->kind == CE_COMMIT || e->kind == CE_CONFIRM)) {
            dlg_accept base = {.kind = ACC_MAIN, .turn = turn, .start = e->start,
                               .end = e->cend > e->end ? e->cend : e->end, .item = -1,
                               .by_yes = e->kind != CE_COMMIT};
            dlg_accept_push(st, &base);
            return;
        }
    }
}

/* "Sure, the SUV. So that's $60 extra total?", "For all 30? Hmm... yes, go
 * on": a clear yes in a sentence of its own beside the customer's question
 * answers the offer; the question only checks what it comes to. A question
 * of price ("yes, how much is it?") leaves it open, and so does a turn
 * with no sentences to tell apart (speech without punctuation). */
static bool yes_beside_question(const kpi_text *ct, const dlg_customer *c, const dlg_event *e)
{
    if (e->kind != CE_AFFIRM || c->price_question || ct->nsent < 2)
        return false;
    /* "Yes, that's right. When can it come?" confirms a read-back; a
     * go-ahead ("yes, go on") is not that */
    for (size_t i = 0; i < c->n; i++) {
        size_t ck = kpi_text_tok_at(ct, c->ev[i].start);
        if (c->ev[i].kind == CE_CONFIRM && ck < ct->ntok && !KPI_TOK_IS(ct, ck, "go", "do"))
            return false;
    }
    size_t si = kpi_text_sentence_at(ct, e->start);
    if (kpi_text_sentence_is_question(ct, si) ||
        kpi_text_sentence_at(ct, e->end > e->start ? e->end - 1 : e->start) != si)
        return false;
    /* a plain yes or go-ahead opening its sentence or a clause of it ("Go
     * on then, the front circle.", "Oh, it's our honeymoon, yes, do
     * that."), not "that sounds good, what's the install like?", which
     * likes the offer and asks on */
    size_t k = kpi_text_tok_at(ct, e->start);
    size_t first = kpi_text_tok_at(ct, ct->sent[si].start);
    return (k <= first + 1 || (k < ct->ntok && (ct->tok[k].flags & TF_CLAUSE_START))) &&
           (yes_word(ct, k) || go_ahead(ct, k));
}

/* "nah i'm good on the training": a weak yes ("good", "fine") that follows
 * a refusal in its turn, in its own clause or sentence or one before it
 * ("Oh no, that's more than I want to spend. Economy is fine.", "I'll pass
 * on that. My tires are fine."), or lies within its words, says the
 * refusal again or settles for what the customer has; it takes nothing,
 * named or not. */
static bool weak_after_no(const kpi_text *ct, const dlg_customer *c, const dlg_event *e)
{
    if (e->kind != CE_AFFIRM_WEAK)
        return false;
    size_t si = kpi_text_sentence_at(ct, e->start);
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *o = &c->ev[i];
        if (o != e && event_answer(o->kind) == NO && o->end <= e->start &&
            (o->cstart == e->cstart || kpi_text_sentence_at(ct, o->start) <= si))
            return true;
        /* "we're good on fruit", "i'm fine with what i have": the weak yes
         * is a word of the refusal itself */
        if (o != e && event_answer(o->kind) == NO && o->start <= e->start && o->end >= e->end)
            return true;
    }
    return false;
}

/* "so unlimited plus at sixty a month with the global pass at ten starting
 * today" - "yep that's it": a read-back that names an extra offered before,
 * priced and not yet taken, confirmed by a yes opening the customer's next
 * turn, takes it (a question asked about it, "and I can drop it later,
 * right?", left it unanswered). Not when the read-back leaves something
 * out ("without", "no", "not"): then what it names may be what is left. */
static void readback_takes(dlg_state *st, int turn, const dlg_customer *c)
{
    if (turn < 1 || st->turns->v[turn - 1].speaker != SPK_AGENT || !st->agent[turn - 1].readback)
        return;
    const kpi_text *at = &st->texts[turn - 1];
    if (KPI_SPAN_HAS(at, 0, at->len, "without", "no", "not", "skip", "minus"))
        return;
    const dlg_event *yes = NULL;
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        if (event_answer(e->kind) == NO)
            return;
        if (!yes && e->at_start && (event_answer(e->kind) == YES || e->kind == CE_CONFIRM))
            yes = e;
    }
    if (!yes)
        return;
    /* "Two passes at $55 each ... plus two spa passes. Correct?": a read-back
     * that prices something itself is answered as its own offer */
    for (size_t i = 0; i < st->n_item; i++)
        if (st->items[i].turn == turn - 1 && st->items[i].cents > 0)
            return;
    for (size_t i = 0; i < st->n_item; i++) {
        dlg_item *it = &st->items[i];
        if (it->accepted || it->declined || it->alt_of || it->kind == IT_MAIN || it->cents <= 0 ||
            it->turn >= turn - 1 || it->turn < turn - NAME_TURNS ||
            !st->agent[it->turn].offer_addon || !item_named(st, at, 0, at->len, it))
            continue;
        /* a price of the same offer taken already is what the read-back
         * names ("GPS at twelve a day, sixty for the week") */
        bool sibling = false;
        for (size_t j = 0; j < st->n_item && !sibling; j++)
            sibling = j != i && st->items[j].accepted && st->items[j].turn == it->turn;
        if (!sibling)
            take(st, turn, it, yes);
    }
}

/* The single extra, offered in the agent's last turn and still open, that
 * the customer's words [a, b) name; NULL when they name none or two. */
static dlg_item *named_open(dlg_state *st, int turn, size_t a, size_t b)
{
    dlg_item *found = NULL;
    for (size_t i = 0; i < st->n_item; i++) {
        dlg_item *it = &st->items[i];
        if (!it->open || it->declined || it->turn != turn - 1 || !listed(st, turn, it, a, b))
            continue;
        if (found)
            return NULL;
        found = it;
    }
    return found;
}

/* Takes item it by the customer's words [a, b) of the turn, as a yes would. */
static void take_by_words(dlg_state *st, int turn, dlg_item *it, size_t a, size_t b)
{
    dlg_event ev = {.kind = CE_AFFIRM, .start = a, .end = b, .cstart = a, .cend = b};
    take(st, turn, it, &ev);
}

/* "just one pillow", "just for my room", "only the oven": a pick with
 * "just" takes as many units of an extra priced each as its words [a, b)
 * count, one when they count none - not the party's or the order's size
 * the call says elsewhere. */
static void just_count(dlg_state *st, int turn, const dlg_item *it, size_t a, size_t b)
{
    if (!it->each || st->n_acc == 0 || st->acc[st->n_acc - 1].item != (int)(it - st->items))
        return;
    int q = kpi_quantity(&st->texts[turn], a, b);
    count_taken(&st->acc[st->n_acc - 1], it->cents, q < 1 ? 1 : q);
}

/* "oh ocean view for sure yeah", "ooh the massage yes", "the cores,
 * definitely": a sentence, not a question, that names one extra the agent
 * just offered and then says yes, with no negation before the yes, takes
 * it. The yes comes after the name, so it does not open the answer and the
 * customer's reading keeps no yes for it. Returns whether it took one. */
static bool yes_after_name(dlg_state *st, int turn, size_t si)
{
    const kpi_text *ct = &st->texts[turn];
    size_t ss = ct->sent[si].start;
    size_t k0 = kpi_text_tok_at(ct, ss);
    for (size_t k = k0; k < ct->ntok && ct->tok[k].sent == si && k - k0 <= 6; k++) {
        /* a number before the yes says a price or a count back: the price
         * echo and the count steps read those */
        if ((ct->tok[k].vflags & (VF_NEGATOR | VF_NUMBER)) || (ct->tok[k].flags & TF_DIGIT))
            return false;
        if (!KPI_TOK_IS(ct, k, "yes", "yeah", "yep", "sure", "definitely", "absolutely"))
            continue;
        dlg_item *it = k > k0 ? named_open(st, turn, ss, ct->tok[k].start) : NULL;
        if (!it)
            return false;
        take_by_words(st, turn, it, ct->tok[k].start, ct->sent[si].end);
        return true;
    }
    return false;
}

/* "just the mount, I can install it myself", "only the oven": a sentence
 * that opens (past a filler or two) with "just" or "only" and names one
 * extra the agent just offered picks it, the count in its words ("just
 * two of the mats"); the other extras of that offer are left out. Not in a
 * question or under a negation. Returns whether it took one. */
static bool just_pick(dlg_state *st, int turn, size_t si)
{
    static const char *const filler[] = {"oh", "okay", "ok", "um", "uh", "hmm", "so", "well",
                                         "then", "alright", "yeah", "yes"};
    const kpi_text *ct = &st->texts[turn];
    size_t k = kpi_text_tok_at(ct, ct->sent[si].start);
    for (int n = 0; n < 2 && k < ct->ntok && kpi_tok_in(ct, k, filler, sizeof filler / sizeof filler[0]); n++)
        k++;
    if (k + 1 >= ct->ntok || ct->tok[k + 1].sent != si || !KPI_TOK_IS(ct, k, "just", "only"))
        return false;
    size_t a = ct->tok[k].start, b = kpi_text_clause_end(ct, ct->tok[k + 1].start);
    if (kpi_text_has_flag(ct, VF_NEGATOR, a, b))
        return false;
    /* the name follows "just" closely: "just the mount i can install it
     * myself", unpunctuated, speaks of the install after the pick */
    size_t ne = k + 4 < ct->ntok && ct->tok[k + 4].end < b ? ct->tok[k + 4].end : b;
    dlg_item *it = named_open(st, turn, ct->tok[k + 1].start, ne);
    if (!it)
        return false;
    size_t before = st->n_acc;
    take_by_words(st, turn, it, a, b);
    if (st->n_acc > before)
        just_count(st, turn, it, a, b);
    for (size_t i = 0; i < st->n_item; i++)
        if (&st->items[i] != it && st->items[i].turn == it->turn && st->items[i].open) {
            st->items[i].open = false;
            st->items[i].declined = true;
        }
    return true;
}

/* An answer to an offer that names the extra before its yes, or picks it
 * with "just": taken once the purchase is made, when nothing else in the
 * turn took anything and the turn asks nothing ("the picnic basket yeah
 * what comes in it" is still weighing it). A refusal elsewhere in the turn speaks of the rest ("just the
 * mount, I can install it myself"), but one in the yes sentence stops it. */
static void picked_by_name(dlg_state *st, int turn, const dlg_customer *c, size_t acc_before)
{
    const kpi_text *ct = &st->texts[turn];
    if (st->n_acc != acc_before || !ct->nsent || turn < 1 || c->question || c->price_question ||
        st->turns->v[turn - 1].speaker != SPK_AGENT || st->ask != ASK_OFFER ||
        !(dlg_main_accepted(st) || st->owned))
        return;
    for (size_t i = 0; i < c->n; i++)
        if (event_answer(c->ev[i].kind) == YES && !c->ev[i].consumed)
            return; /* the turn's own yes was read already */
    for (size_t si = 0; si < ct->nsent; si++) {
        if (kpi_text_sentence_is_question(ct, si))
            return;
        bool no = false;
        for (size_t i = 0; i < c->n && !no; i++)
            no = event_answer(c->ev[i].kind) == NO && c->ev[i].start >= ct->sent[si].start &&
                 c->ev[i].start < ct->sent[si].end;
        if (!no && (just_pick(st, turn, si) || yes_after_name(st, turn, si)))
            return;
    }
}

/* Is the customer's turn a check on the open item rather than an answer
 * to it: a question or a price said back ("uh forty eight for the whole
 * stay") that refuses nothing, takes nothing, and is about the item: it
 * names it, points at it ("is that for all three"), or says a number.
 * "What time is checkout?" is about something else. */
static bool checks_item(const dlg_state *st, int turn, const dlg_customer *c, const dlg_item *it)
{
    static const char *const pron[] = {"it", "that", "this", "those", "these", "them"};
    const kpi_text *ct = &st->texts[turn];
    for (size_t i = 0; i < c->n; i++)
        if (event_answer(c->ev[i].kind) == NO ||
            (event_answer(c->ev[i].kind) == YES && c->ev[i].kind != CE_AFFIRM_WEAK))
            return false;
    /* a complaint is no check: "that's daylight robbery", "i'm not paying
     * forty nine dollars", "oh sure let me just sell a kidney" */
    if (kpi_has(ct, KS_SARCASM, 0, ct->len) || kpi_has(ct, KS_SARCASM_CONTEXT, 0, ct->len) ||
        kpi_has(ct, KS_PRICE_LARGE, 0, ct->len) || kpi_text_has_flag(ct, VF_NEGATOR, 0, ct->len))
        return false;
    /* without a question, a price of the offer said back ("one eighty", "uh
     * forty eight for the whole stay"), not a remark about it; "two pack"
     * picks, "three twelve pine street" gives an address */
    bool echo = ct->ntok <= 8 && says_offer_price(st, ct, it);
    if (!(c->question || c->price_question || echo))
        return false;
    if (ct->has_number || item_named(st, ct, 0, ct->len, it))
        return true;
    for (size_t k = 0; k < ct->ntok; k++)
        if (kpi_tok_in(ct, k, pron, sizeof pron / sizeof pron[0]))
            return true;
    return false;
}

/* An offer stays open through the customer's questions about it and the
 * agent's answers ("is that one fifty for all three or each" - "for all
 * three" - "oh yeah sign me up for that too"), until the customer answers
 * it, asks about something else, or the agent offers or asks something
 * new. Called before settle, with the item open at the turn's start. */
static void note_held(dlg_state *st, int turn, const dlg_customer *c, const dlg_item *open)
{
    bool held = open && open->verdict == NONE && !open->declined && checks_item(st, turn, c, open) &&
                (open->turn == turn - 1 ||
                 (st->held_turn == open->turn && st->held_until == turn - 2 &&
                  answers_only(st, turn - 1, open)));
    st->held_turn = held ? open->turn : -1;
    st->held_until = held ? turn : -1;
}

/* Sets aside the customer's sums for something bought before: "and I
 * bought an expensive bike this summer, like sixty-five hundred dollars",
 * "we got the tv in march it was about fifteen hundred". After such a word
 * in its sentence, with no yes of the turn between, a sum is what that thing
 * cost or is worth: no price of an extra, and no counter-offer to the price
 * on the table. */
static void owned_values(kpi_scratch *s, const kpi_text *ct, const dlg_customer *c)
{
    for (size_t k = 0; k < s->namounts; k++) {
        kpi_amount *am = &s->amounts[k];
        size_t from = ct->nsent ? ct->sent[kpi_text_sentence_at(ct, am->start)].start : 0;
        size_t b = ct->len;
        for (size_t j = kpi_text_tok_at(ct, from); j < ct->ntok && ct->tok[j].end <= am->start; j++)
            if (KPI_TOK_IS(ct, j, "bought", "purchased", "spent", "inherited"))
                b = ct->tok[j].start;
        if (b == ct->len || am->excluded)
            continue;
        bool yes_between = false;
        for (size_t i = 0; i < c->n && !yes_between; i++)
            yes_between = event_answer(c->ev[i].kind) == YES && c->ev[i].start > b &&
                          c->ev[i].start < am->start;
        am->excluded = !yes_between;
    }
}

void upsell_on_customer(kpi_scratch *s, dlg_state *st, int turn, dlg_customer *c)
{
    const kpi_text *ct = &st->texts[turn];
    st->cust_now = c;
    note_cancel(st, turn);
    size_t acc_before = st->n_acc;
    /* loose: "I saw it's thirty-six fifty" is a price */
    kpi_amounts_find(s, ct, KPI_AMT_ASKED);
    owned_values(s, ct, c);
    st->amt_now = s;
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        if (e->kind == CE_ADDON || e->kind == CE_COMMIT || (e->kind == CE_REQUEST && e->polite))
            (void)named_with_price(s, st, turn, e);
    }
    note_price_question(st, turn, c);

    /* the events in text order; the last word on an item stands */
    size_t n = st->n_item;
    for (size_t k = 0; k < n; k++)
        st->items[k].verdict = NONE;
    dlg_item *open = latest(st, turn, true);
    bool asking = c->question || c->price_question;
    bool refused = false; /* a refusal before a yes makes it no answer to the offer */
    if (pick_by_nearest(st, turn, n, c))
        open = NULL; /* each answer went to the item it names */
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        int v = event_answer(e->kind);
        if (!e->consumed && retract_refuses(st, turn, open, e)) {
            refused = true;
            continue;
        }
        if (e->consumed || v == NONE)
            continue;
        bool after_refusal = refused;
        refused |= v == NO;
        if (weak_after_no(ct, c, e))
            continue;
        if (answer_named(s, st, turn, n, e, v))
            continue;
        if (retaken(st, turn, e))
            continue;
        if (!open && answer_mentioned(st, turn, e)) {
            n = st->n_item;
            continue;
        }
        if (open)
            answer_open(s, st, turn, n, open, e, after_refusal,
                        asking && !yes_beside_question(ct, c, e));
    }
    changed_mind(st, turn, c);
    pick_by_list(st, turn, n, c);
    pick_by_contrast(st, turn, n, acc_before);
    note_priced_ok(st, turn, c);
    note_held(st, turn, c, open);
    settle(st, turn, n);
    /* an offer stated, not asked, is no longer open to a yes after the
     * customer's question; its count may still answer it */
    count_takes_each(st, turn, c, acc_before);
    dozens_taken(st, turn, acc_before);
    price_echo_takes(st, turn, c, acc_before);
    take_by_count(st, turn, c, open ? open : latest(st, turn, false), acc_before);
    upsell_scope_customer(st, turn, c);
    readback_takes(st, turn, c);
    picked_by_name(st, turn, c, acc_before);
    recounted(st, turn);
    base_kept(st, turn, c);
    /* a yes that took nothing, once something is bought: the agent's next
     * turn may show what it took (added_after_yes) */
    st->yes_turn = -1;
    for (size_t i = 0; i < c->n; i++) {
        if (event_answer(c->ev[i].kind) == NO)
            st->no_turn = turn;
        else if (event_answer(c->ev[i].kind) == YES)
            st->assent_turn = turn;
    }
    for (size_t i = acc_before; st->no_turn == turn && i < st->n_acc; i++)
        st->acc[i].beside_no = true;
    if (dlg_main_accepted(st) && st->n_acc == acc_before) /* "Yes, add parking." took it */
        for (size_t i = 0; i < c->n; i++) {
            const dlg_event *e = &c->ev[i];
            if (event_answer(e->kind) == NO)
                break;
            if ((e->kind == CE_AFFIRM || e->kind == CE_AFFIRM_WEAK) && !e->consumed &&
                e->at_start) {
                st->yes_turn = turn;
                st->yes_ev = *e;
                break;
            }
        }
    st->cust_now = NULL;
    st->amt_now = NULL;
}

/* "I'm on flight 842 and want a seat upgrade" - "an extra $49" - "is
 * the extra legroom?" - "yes" - "let's do that": asked for on top of a
 * purchase made before the call, the latest priced extra that the customer
 * did not refuse is what a commitment that took no item and bought nothing
 * else buys (at the price on the table). */
static void owned_commit(dlg_state *st)
{
    if (!st->owned_add)
        return;
    int at = -1;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (a->retracted)
            continue;
        if (a->item >= 0 || a->kind != ACC_MAIN)
            return;
        at = a->turn;
    }
    if (at < 0)
        return;
    for (size_t i = st->n_item; i-- > 0;) {
        dlg_item *it = &st->items[i];
        if (it->turn > at || it->cents <= 0)
            continue;
        if (it->declined || it->accepted || it->kind == IT_MAIN)
            return;
        for (size_t k = 0; k < st->n_acc; k++)
            if (!st->acc[k].retracted) {
                st->acc[k].kind = ACC_ADDON;
                st->acc[k].cents = it->cents;
                st->acc[k].item = (int)i;
                break;
            }
        return;
    }
}

/* Do words [a, b) of t say the customer wants to upgrade ("I want to
 * upgrade to the new phone", "upgrading my plan")? */
static bool says_upgrade(const kpi_text *t, size_t a, size_t b)
{
    return KPI_SPAN_HAS(t, a, b, "upgrade", "upgrading");
}

/* Is the upgrade taken in a on top of a purchase: the customer's own
 * commitment anywhere in the call, something besides an upgrade taken
 * before it, or a purchase made before the call? "Move you to 500 meg for
 * $15 more" - "do that" - "and a mesh extender, $5" - "add it": the plan
 * change is the purchase and the extender the only extra. A commitment,
 * made before the upgrade was priced, that asks to upgrade ("I want to
 * upgrade to the new phone" - "the upgrade is $41 a month") asked for it:
 * the upgrade is that purchase. */
static bool upgrade_on_top(const dlg_state *st, const dlg_accept *up)
{
    if (st->owned)
        return true;
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *b = &st->acc[i];
        if (b == up || b->retracted || b->upgrade)
            continue;
        if (b->kind == ACC_MAIN && up->item >= 0 && b->turn < st->items[up->item].turn &&
            says_upgrade(&st->texts[b->turn], b->start, b->end))
            continue;
        if (b->kind == ACC_MAIN || b->turn < up->turn)
            return true;
    }
    return false;
}

/* Does acceptance a take item it plainly: a yes in its sentence ("yeah,
 * do the VIP for all three"), or words that name it? A commitment to
 * something else in the same breath ("forget the wine, we'll order a
 * bottle from the list") is not one to the extra. */
static bool plain_take(const dlg_state *st, const dlg_accept *a, const dlg_item *it)
{
    const kpi_text *ct = &st->texts[a->turn];
    if (a->by_yes || item_named(st, ct, a->start, a->end, it))
        return true;
    size_t from = ct->nsent ? ct->sent[kpi_text_sentence_at(ct, a->start)].start : a->start;
    for (size_t k = kpi_text_tok_at(ct, from); k < ct->ntok && ct->tok[k].start < a->end; k++)
        if (yes_word(ct, k))
            return true;
    return false;
}

/* "seven please" - "we can also have champagne waiting for $65" - "oh
 * yes": is acceptance a, of an item the walk read as the purchase because
 * the choice before it was not yet carried out when it was offered, an
 * extra on top of that choice? So when the agent offered it with on-top
 * words while the choice awaited the agent (dlg_item.on_choice) and the
 * customer took it plainly. Not for a yes that conversion_finish
 * drops as a choice never carried out, nor when the customer refused or
 * put something off after it and nothing was carried out since ("actually
 * let me think about the whole thing"). */
static bool extra_on_choice(const dlg_state *st, const dlg_accept *a)
{
    if (a->retracted || a->kind != ACC_MAIN || a->item < 0 || a->cents <= 0 || a->beside_no)
        return false;
    const dlg_item *it = &st->items[a->item];
    const dlg_agent *ag = &st->agent[it->turn];
    if (it->kind != IT_MAIN || it->declined || !(ag->offer_addon || ag->upgrade) ||
        !it->on_choice || !plain_take(st, a, it))
        return false;
    return !(a->by_yes && st->fulfil_turn < a->turn) &&
           !(st->no_turn > a->turn && st->fulfil_turn < st->no_turn);
}

/* Makes each acceptance extra_on_choice finds an add-on. */
static void takes_on_choice(dlg_state *st)
{
    for (size_t i = 0; i < st->n_acc; i++)
        if (extra_on_choice(st, &st->acc[i])) {
            st->acc[i].kind = ACC_ADDON;
            st->items[st->acc[i].item].kind = IT_ADDON;
        }
}

void upsell_finish(dlg_state *st, kpi_result *out)
{
    takes_on_choice(st);
    bool main = false;
    for (size_t i = 0; i < st->n_acc; i++)
        if (!st->acc[i].retracted && !st->acc[i].upgrade)
            main = true;
    /* an upgrade of a booking made before the call is on top of it */
    main = main || st->owned;
    out->upsell_cents = 0;
    owned_commit(st);
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_ADDON || a->cents <= 0)
            continue;
        /* An upgrade bought on its own is the purchase itself, not upsell. */
        if (a->upgrade && !(main && upgrade_on_top(st, a)))
            continue;
        out->upsell_cents = kpi_cents_add(out->upsell_cents, a->cents);
        kpi_evidence_add(&out->upsell, &out->n_upsell,
                         kpi_text_quote(&st->texts[a->turn], a->start, a->end), a->cents,
                         a->turn);
    }
}
