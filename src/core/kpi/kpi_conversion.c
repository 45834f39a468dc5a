/* kpi_conversion.c - decides whether the customer committed to a purchase:
 * their own commitment, a yes to the agent's closing question, save offer or
 * read-back of the order (not to a question about email or callbacks), or a
 * request to buy that the agent then carries out or, for a booking, a day
 * and time the agent acknowledges. Anything taken back later ("actually,
 * cancel that") or that the agent reports could not be made ("sorry, it's
 * sold out") no longer counts; a later recommitment counts again. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

/* Does token k name a day or a clock time ("tuesday", "tomorrow", "nine",
 * "10")? */
static bool time_word(const kpi_text *t, size_t k)
{
    static const char *const w[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "tomorrow", "tonight", "morning", "afternoon", "evening", "noon", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "thirty", "forty", "am", "pm"};
    if (kpi_tok_in(t, k, w, sizeof w / sizeof w[0]))
        return true;
    char c = t->low[t->tok[k].start];
    return c >= '0' && c <= '9';
}

/* Does token k name a particular day or time, as time_word or as said
 * back ("noon", "midnight", "12th", "first", "half past", "a m"), not a
 * month or "next"? */
static bool day_or_time(const kpi_text *t, size_t k)
{
    static const char *const more[] = {"midnight", "m",     "first", "second", "third",
                                       "fourth",   "fifth", "half",  "quarter"};
    return time_word(t, k) || kpi_tok_in(t, k, more, sizeof more / sizeof more[0]);
}

/* Do the spans [a, b) of t and [c, d) of u share a word other than "at",
 * "on", "the" ("Thursday at ten thirty" and "ten thirty a m" share "ten")? */
static bool same_word(const kpi_text *t, size_t a, size_t b, const kpi_text *u, size_t c,
                      size_t d)
{
    static const char *const skip[] = {"at", "on", "the", "a", "for", "in", "and", "of", "by"};
    /* the words just before a match too: only "a m" of "ten thirty a m" may
     * read as a time in speech-recognition text */
    size_t i0 = kpi_text_tok_at(t, a);
    i0 = i0 >= 3 ? i0 - 3 : 0;
    for (size_t i = i0; i < t->ntok && t->tok[i].end <= b; i++) {
        /* a month or "next" is shared by many days: "March 12th" does not
         * say back "March 14th" */
        if (kpi_tok_in(t, i, skip, sizeof skip / sizeof skip[0]) || !day_or_time(t, i))
            continue;
        const char *w = t->low + t->tok[i].start;
        size_t n = t->tok[i].end - t->tok[i].start;
        for (size_t j = kpi_text_tok_at(u, c); j < u->ntok && u->tok[j].end <= d; j++)
            if (u->tok[j].end - u->tok[j].start == n && memcmp(u->low + u->tok[j].start, w, n) == 0)
                return true;
    }
    return false;
}

/* Does the agent's turn say it is still looking ("let me check", "let me
 * open the booking system", "one moment"), or regret ("afraid",
 * "unfortunately")? */
static bool searching(const kpi_text *t)
{
    for (size_t k = 0; k < t->ntok; k++) {
        if (KPI_TOK_IS(t, k, "afraid", "unfortunately"))
            return true;
        if (k + 2 < t->ntok && KPI_TOK_IS(t, k, "let") && KPI_TOK_IS(t, k + 1, "me") &&
            KPI_TOK_IS(t, k + 2, "check", "look", "see", "open", "pull", "find", "search"))
            return true;
        if (k + 1 < t->ntok && KPI_TOK_IS(t, k, "one") && KPI_TOK_IS(t, k + 1, "moment", "sec", "second"))
            return true;
    }
    return false;
}

/* Does the agent's turn acknowledge a day or time the customer gave ("okay",
 * "alright", or saying it back) without asking anything else? */
static bool acknowledges_slot(const kpi_text *t, const dlg_agent *a, const kpi_text *ct,
                              bool bare_ok)
{
    /* "the car is available March 11th, does that work for you?" proposes
     * the day: the customer's answer decides */
    if (a->asked)
        return false;
    /* "There's a Forester available on March 12th", "I found 4 flights on
     * Thursday": a search result names the day, it books nothing */
    for (size_t k = 0; k < t->ntok; k++)
        if (KPI_TOK_IS(t, k, "available", "found", "availability"))
            return false;
    /* "I'm sorry, there's an advisory for Saturday, so we're closed",
     * "sure, let me open the booking system": regret, or a search still
     * under way, books nothing yet; what the agent says next decides */
    if (kpi_has(t, KS_APOLOGY, 0, t->len) || searching(t))
        return false;
    size_t ms, me;
    /* saying back the day or time the customer gave; another one ("the
     * bus leaves at 7:20 am") is a search result */
    for (size_t pos = 0; pos < t->len && kpi_find(t, KS_SLOT, pos, t->len, &ms, &me);
         pos = me > ms ? me : ms + 1) {
        size_t cs, ce;
        for (size_t cp = 0; cp < ct->len && kpi_find(ct, KS_SLOT, cp, ct->len, &cs, &ce);
             cp = ce > cs ? ce : cs + 1)
            if (same_word(t, ms, me, ct, cs, ce))
                return true;
    }
    if (!bare_ok)
        return false;
    /* "Okay, there is an American Airlines flight at 3:25 pm for $225":
     * an "okay" that goes on to present an option takes the request in
     * hand; the option is the customer's to take */
    for (size_t k = 0; k + 1 < t->ntok; k++)
        if (KPI_TOK_IS(t, k, "there's") ||
            (KPI_TOK_IS(t, k, "there") && KPI_TOK_IS(t, k + 1, "is", "are")))
            return false;
    if (!(kpi_find(t, KS_AFFIRM_WEAK, 0, t->len, &ms, &me) ||
          kpi_find(t, KS_AFFIRM, 0, t->len, &ms, &me)) ||
        kpi_text_tok_at(t, ms) != 0)
        return false;
    /* "okay your plan needs prior authorization and it hasn't come through
     * yet": a bare "okay" that prices and offers nothing and goes on to say
     * what is not so books nothing ("okay, imaging is thirty nine, it's not
     * covered" prices an extra on what it took) */
    for (size_t k = kpi_text_tok_at(t, me); k < t->ntok && a->ask == ASK_NONE && a->n_price == 0; k++)
        if ((t->tok[k].vflags & VF_NEGATOR) && !kpi_has(t, KS_LITOTES, t->tok[k].start, t->len))
            return false;
    /* "sure can i get your insurance": a bare "sure" that goes on to ask
     * for a detail, written without a question mark, takes the request in
     * hand and books nothing yet; "okay a sedan is thirty eight a day
     * would you like damage cover" prices what it took and offers more */
    return a->ask != ASK_NONE || a->n_price > 0 || !kpi_has(t, KS_QUESTION_START, me, t->len);
}

void conversion_on_failure(dlg_state *st)
{
    /* what failed is still wanted: if the agent then carries it out
     * another way ("try my other card" ... "that went through"), it is
     * bought after all */
    const dlg_accept *wanted = NULL;
    for (size_t i = 0; i < st->n_acc; i++)
        if (st->acc[i].turn > st->fulfil_turn && !st->acc[i].retracted) {
            st->acc[i].retracted = st->acc[i].failed = true;
            if (st->acc[i].kind == ACC_MAIN)
                wanted = &st->acc[i];
        }
    /* "two large pepperonis" ... "it's coming back declined": the order
     * asked for and not yet carried out failed too; restore_failed gives
     * it back if the next attempt goes through */
    st->failed_request = wanted ? -1 : st->request_turn;
    st->failed_start = st->request_start;
    st->failed_end = st->request_end;
    st->fail_refused = false;
    st->request_turn = -1;
    st->slot_turn = -1;
    st->pick_turn = -1;
    st->agree_turn = -1;
    if (wanted) {
        st->request_turn = wanted->turn;
        st->request_start = wanted->start;
        st->request_end = wanted->end;
    }
}

/* Does a notice that the agent carried something out name a thing booked
 * or bought ("your tickets have been purchased", "seat confirmed",
 * "switching you to the basic plan"): a word of it in the notice's sentence,
 * among the three words before the notice, its own or the five after it?
 * "Done.", "I've added Ohio as a travel location" or "done, and we also
 * have a plan ..." carry out a service. */
static bool names_booking(const kpi_text *t)
{
    static const char *const w[] = {
        "booking", "bookings", "reservation", "reservations", "appointment", "appointments",
        "ticket", "tickets", "seat", "seats", "room", "rooms", "table", "ride", "cab", "flight",
        "flights", "visit", "rental", "order", "purchase", "plan", "subscription", "membership"};
    /* "They've been booked.", "I got you reserved", "your film has been
     * rented": a verb that only a purchase takes names it when, within four
     * words before it (a passive's subject and "has been"), its subject or
     * object is the customer, what they took, or the agent ("I've added
     * Ohio", "done" name none; "the shop is booked solid" is someone else's
     * calendar) */
    static const char *const verb[] = {"booked", "reserved", "purchased", "bought", "ordered",
                                       "rented"};
    static const char *const who[] = {"you",   "you're", "youre", "you've", "your",
                                      "they",  "they're", "theyre", "they've", "theyve",
                                      "it",    "it's",   "its",   "that's", "thats",
                                      "i",     "i've",   "ive",   "all",    "everything"};
    size_t ms, me;
    for (size_t pos = 0; pos < t->len && kpi_find(t, KS_CONFIRM, pos, t->len, &ms, &me);
         pos = me > ms ? me : ms + 1) {
        size_t k0 = kpi_text_tok_at(t, ms), k1 = kpi_text_tok_at(t, me) + 5;
        kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
        k0 = k0 >= 3 ? k0 - 3 : 0;
        for (size_t k = k0; k < t->ntok && k < k1 && t->tok[k].end <= sp.end; k++)
            if (t->tok[k].start >= sp.start && kpi_tok_in(t, k, w, sizeof w / sizeof w[0]))
                return true;
        for (size_t k = kpi_text_tok_at(t, ms); k < t->ntok && t->tok[k].end <= me; k++) {
            if (!kpi_tok_in(t, k, verb, sizeof verb / sizeof verb[0]))
                continue;
            for (size_t j = k, n = 0; j-- > 0 && n < 4 && t->tok[j].start >= sp.start; n++)
                if (kpi_tok_in(t, j, who, sizeof who / sizeof who[0]))
                    return true;
        }
    }
    return false;
}

/* Does a notice that the agent carried something out carry out a refund, a
 * credit or a cancellation ("Done, the refund is submitted", "I've applied a
 * $20 credit to your account", "I've processed the cancellation"): a word of
 * one in the notice's sentence, not "credit card" or "cancellation list" (a
 * waitlist)? It puts a problem right or ends a service; a day or flight the
 * customer named before it is not booked by it. */
static bool remedy_notice(const kpi_text *t)
{
    size_t ms, me;
    for (size_t pos = 0; pos < t->len && kpi_find(t, KS_CONFIRM, pos, t->len, &ms, &me);
         pos = me > ms ? me : ms + 1) {
        size_t si = kpi_text_sentence_at(t, ms);
        kpi_span sp = t->sent[si];
        /* "Done. Your refund of $121.05 will be back on your card": a
         * notice that is a sentence of its own is told by the next one,
         * where money given back names the remedy ("Done. The 19th is
         * cancelled and you're on the 24th" moves a booking) */
        size_t told = sp.end;
        if (si + 1 < t->nsent && kpi_text_tok_at(t, sp.end) - kpi_text_tok_at(t, sp.start) <= 2)
            told = t->sent[si + 1].end;
        for (size_t k = kpi_text_tok_at(t, sp.start); k < t->ntok && t->tok[k].end <= told; k++)
            if ((KPI_TOK_IS(t, k, "refund", "refunded", "credit", "credited", "reimbursed",
                            "reimbursement") ||
                 (t->tok[k].end <= sp.end &&
                  KPI_TOK_IS(t, k, "cancellation", "cancelled", "canceled"))) &&
                !(k + 1 < t->ntok && KPI_TOK_IS(t, k + 1, "card", "cards", "list")))
                return true;
    }
    return false;
}

/* "I want to cancel." ... "I can put a $15 loyalty credit on the account."
 * - "Fine, do the credit." - "Done. The credit will show on your next
 * statement.": the credit carried out is the save offer the customer took
 * (a go-ahead awaiting the agent since the offer), which keeps a paying
 * customer, not a remedy; a notice that also refunds or cancels something
 * is read as a remedy still. */
static bool credit_saves(const dlg_state *st, const kpi_text *t)
{
    return st->save_turn >= 0 && st->request_turn > st->save_turn && conversion_saving(st) &&
           !KPI_SPAN_HAS(t, 0, t->len, "refund", "refunded", "reimbursed", "reimbursement",
                         "cancellation", "cancelled", "canceled");
}

/* Has the customer taken something after turn t that still stands: a
 * purchase, or when add_ons is true, an add-on too? */
static bool taken_since(const dlg_state *st, int t, bool add_ons)
{
    for (size_t i = 0; i < st->n_acc; i++)
        if (st->acc[i].turn > t && !st->acc[i].retracted &&
            (add_ons || st->acc[i].kind == ACC_MAIN))
            return true;
    return false;
}

static bool nonpurchase_beyond(const kpi_text *t, const dlg_customer *c, size_t a, size_t b);
static bool agent_priced(const dlg_state *st, int t);
static bool turn_priced(const dlg_state *st, int i, size_t end);

/* Where the agreement e's sentence stops being about it: at a clause that
 * opens a request or question of its own ("Yes that is correct, also please
 * give me their number", "correct, can you text me the address"; without the
 * comma, as speech recognition writes it, "can you" still opens one), else
 * at the sentence's end ("yes, that's my email" agrees to the email). */
static size_t agreement_end(const kpi_text *t, const dlg_event *e)
{
    static const char *const opens[] = {"also", "please", "can", "could", "would", "what",
                                        "what's", "whats", "where", "when", "how"};
    size_t end = t->sent[kpi_text_sentence_at(t, e->start)].end;
    for (size_t k = kpi_text_tok_at(t, e->end); k < t->ntok && t->tok[k].end <= end; k++)
        if (((t->tok[k].flags & TF_CLAUSE_START) &&
             kpi_tok_in(t, k, opens, sizeof opens / sizeof opens[0])) ||
            (KPI_TOK_IS(t, k, "can", "could", "would", "will") && k + 1 < t->ntok &&
             KPI_TOK_IS(t, k + 1, "you")) ||
            /* unpunctuated: "yes that is great please tell me the number" */
            (KPI_TOK_IS(t, k, "please") && k + 1 < t->ntok &&
             KPI_TOK_IS(t, k + 1, "tell", "give", "let", "send", "text", "email")) ||
            (KPI_TOK_IS(t, k, "tell", "give") && k + 1 < t->ntok && KPI_TOK_IS(t, k + 1, "me", "us")))
            return t->tok[k].start;
    return end;
}

/* Does the customer's turn ct ask a price or for information ("yeah how
 * much is the premium one", "oh I'd love that, can you email me
 * everything?"): what the agent carries out next is the answer or the
 * e-mail, not a purchase. */
static bool asks_first(const kpi_text *ct)
{
    return kpi_has(ct, KS_PRICE_QUESTION, 0, ct->len) || kpi_has(ct, KS_INFO_REQUEST, 0, ct->len);
}

/* sale_price_before: below */
static bool sale_price_before(const dlg_state *st, int i, size_t end);

/* Is word k of agent text t an action the agent proposes to carry out: a
 * modal ("can", "could", "will", "i'll", "i'd", "shall") or "me to" among
 * the three words before it in its sentence ("we can freeze it", "I can
 * just move you", "would you like me to switch you")? */
static bool proposed_verb(const kpi_text *t, size_t k)
{
    for (size_t j = k, n = 0; j-- > 0 && n < 3 && t->tok[j].sent == t->tok[k].sent; n++) {
        if (KPI_TOK_IS(t, j, "can", "could", "will", "i'll", "we'll", "i'd", "we'd", "shall"))
            return true;
        if (KPI_TOK_IS(t, j, "to") && j > 0 && KPI_TOK_IS(t, j - 1, "me", "us"))
            return true;
    }
    return false;
}

/* Does agent turn i propose, in a sentence about no list, e-mail or
 * callback, the action word k of ct names: the same word where
 * proposed_verb reads it, or anywhere in a save offer ("rather than cancel,
 * we do have a medical freeze" - "freeze it then"), but the cancelling the
 * save offer argues against? */
static bool proposes_word(const dlg_state *st, int i, const kpi_text *ct, size_t k)
{
    const kpi_text *t = &st->texts[i];
    size_t n = ct->tok[k].end - ct->tok[k].start;
    const char *w = ct->low + ct->tok[k].start;
    /* "It's $89 per person, and I can text you the link." - "Sure, text
     * it to this number.": a word that is itself a text, an e-mail or a
     * list ([nonpurchase], a save offer's pause aside) takes up no
     * purchase, whatever the turn prices */
    if (dlg_last_nonpurchase_unsaved(ct, ct->tok[k].start, ct->tok[k].end) >= 0)
        return false;
    bool save = st->agent[i].retention && !KPI_TOK_IS(ct, k, "cancel", "close", "stop", "end", "leave");
    uint64_t key8 = ct->tok[k].key8;
    for (size_t j = 0; j < t->ntok; j++) {
        if (t->tok[j].key8 != key8 || t->tok[j].end - t->tok[j].start != n ||
            memcmp(t->low + t->tok[j].start, w, n) != 0)
            continue;
        /* a sentence about a list, an e-mail, a callback or a pause
         * proposes no purchase ("would you like to skip the next two
         * deliveries?"), unless the turn prices it ("we can freeze it for
         * ten dollars a month"); the price is looked for only here, as the
         * word is seldom in the turn */
        kpi_span sp = t->sent[t->tok[j].sent];
        if ((save || proposed_verb(t, j)) &&
            (!dlg_nonpurchase(t, sp.start, sp.end) || sale_price_before(st, i, t->len)))
            return true;
    }
    return false;
}

/* Whether sentence si of customer text ct, read from its word k on, opens,
 * after words of assent ("yes", "ugh fine", "okay so"), with an
 * imperative: the word's index, a
 * verb by its place ("move it to Wednesday", "just send them"); ct->ntok
 * when it opens otherwise: a pronoun, article, auxiliary or question word
 * opens a statement or a question ("i hurt my knee" to "can i ask why?"),
 * and a negated word refuses. */
static size_t imperative_opener(const kpi_text *ct, size_t si, size_t k)
{
    size_t n = 0;
    while (n < 4 && k < ct->ntok && ct->tok[k].sent == si &&
           KPI_TOK_IS(ct, k, "yes", "yeah", "yep", "okay", "sure", "fine", "alright", "right",
                      "ugh", "well", "oh", "then", "please", "just", "go", "ahead", "and",
                      "so"))
        k++, n++;
    if (k >= ct->ntok || ct->tok[k].sent != si || kpi_text_negated_before(ct, k) ||
        (ct->tok[k].vflags & VF_NEGATOR) ||
        /* three lists: kpi_tok_in unrolls up to 32 words, a longer
         * list would be a loop of strlen calls on every sentence */
        KPI_TOK_IS(ct, k, "i", "we", "you", "he", "she", "they", "it", "that", "this", "my",
                   "our", "your", "the", "a", "an", "there") ||
        KPI_TOK_IS(ct, k, "is", "are", "was", "be", "do", "does", "did", "can", "could",
                   "would", "will", "have", "has", "if", "but", "no", "not") ||
        KPI_TOK_IS(ct, k, "what", "how", "when", "why", "where", "who", "i'm", "i'll", "i'd",
                   "it's", "that's", "there's", "thank", "thanks"))
        return ct->ntok;
    return k;
}

/* "We can freeze it for three months at no charge." - "ugh fine, freeze it
 * then"; "Would you like me to move you?" - "yes, move me to the 16th": a
 * sentence of the customer's that opens, after words of assent, with the
 * very action the agent proposed in one of its last two turns tells the
 * agent to carry that proposal out. Returns that agent turn and sets *verb
 * to the word's offset, or returns -1. */
static int echoed_proposal(const dlg_state *st, int turn, size_t *verb)
{
    const kpi_text *ct = &st->texts[turn];
    for (size_t si = 0; si < ct->nsent; si++) {
        size_t k = imperative_opener(ct, si, kpi_text_tok_at(ct, ct->sent[si].start));
        if (k >= ct->ntok)
            continue;
        for (int i = turn - 1, seen = 0; i >= 0 && seen < 2; i--) {
            if (st->turns->v[i].speaker != SPK_AGENT)
                continue;
            seen++;
            if (proposes_word(st, i, ct, k)) {
                *verb = ct->tok[k].start;
                return i;
            }
        }
    }
    return -1;
}

/* Has the agent apologised in a turn up to turn p ("so sorry, I can send
 * a team at two today")? What it offers after that puts a fault right. */
static bool apologised(const dlg_state *st, int p)
{
    for (int i = 0; i <= p; i++)
        if (st->turns->v[i].speaker == SPK_AGENT &&
            kpi_has(&st->texts[i], KS_APOLOGY, 0, st->texts[i].len))
            return true;
    return false;
}

/* Did the agreement take up (st->echo_turn) a proposal that sells
 * something: a save offer, or one made after it, or one naming a day or
 * time or a sale price? "I can reset it" - "reset it then" - "Done." is a
 * step on a support call. */
static bool echo_sells(const dlg_state *st)
{
    int p = st->echo_turn;
    if (p < 0)
        return false;
    const kpi_text *t = &st->texts[p];
    if (st->agent[p].retention || (st->save_turn >= 0 && st->save_turn <= p) ||
        sale_price_before(st, p, t->len))
        return true;
    /* a day or time: a booking made or moved, but not one offered at no
     * charge ("I can pause it for two weeks at no charge") or after the
     * agent apologised for a fault ("so sorry ... I can send a team at two
     * today"), which puts the fault right */
    return kpi_has(t, KS_SLOT, 0, t->len) && st->free_turn != p && !apologised(st, p);
}

/* "Fine. Move it to Wednesday.", "ugh fine send them": a weak yes ("fine",
 * "okay") that opens the turn agrees when its own sentence or the next one
 * opens with an imperative, which tells the agent to go ahead; "fine." or
 * "okay, I'll think" alone only acknowledges. The caller asks for a sale
 * price stated before it ("okay one sec, it's four four one eight" reads
 * out a code on a support call) and leaves out a call where the agent
 * apologised: "fine, send the new one" then takes a replacement that puts
 * a fault right. */
static bool tells_to_do(const kpi_text *ct, const dlg_event *e)
{
    size_t si = kpi_text_sentence_at(ct, e->start);
    size_t k = imperative_opener(ct, si, kpi_text_tok_at(ct, e->end));
    if (k >= ct->ntok && si + 1 < ct->nsent) {
        si++;
        k = imperative_opener(ct, si, kpi_text_tok_at(ct, ct->sent[si].start));
    }
    /* "okay two plain croissants", "fine. both seats.": an order or a
     * choice reads the same; a feeling ("love that") is sarcasm or a
     * remark, and "great" or "wonderful" before it ("oh great another
     * hour on hold") as often sarcasm as assent */
    return k < ct->ntok &&
           !KPI_TOK_IS(ct, k, "love", "like", "hate", "mind", "guess", "hope", "bet", "mean") &&
           KPI_TOK_IS(ct, kpi_text_tok_at(ct, e->start), "fine", "okay", "ok", "alright", "sure");
}

/* Follows the customer's agreement for conversion_on_agent: a turn that
 * agrees (a yes or "that's right" that opens it, a commitment, a request to
 * buy, or any answer to a read-back) with no refusal, deferral or retraction
 * of its own (asking for information after agreeing is none); a later turn
 * that refuses ends it. Events an add-on offer took do not count either
 * way. */
static void follow_agreement(dlg_state *st, int turn, const dlg_customer *c)
{
    bool agrees = false, refuses = false, detail = false;
    size_t agreed_end = 0, verb = 0;
    const kpi_text *ct = &st->texts[turn];
    int echo = echoed_proposal(st, turn, &verb);
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        if (e->consumed)
            continue;
        /* "I can skip December for you" - "yeah, skip the next two
         * months": the proposal's own verb agrees, whatever else it says */
        if (echo >= 0 && e->start == verb)
            continue;
        /* a refusal or deferral anywhere refuses; asking for information
         * ("can you text me the address") only before agreeing */
        if (e->kind == CE_RETRACT || e->kind == CE_DECLINE || e->kind == CE_DEFER ||
            (e->kind == CE_INFO && !(agrees && e->start >= agreed_end)))
            refuses = true;
        if (!agrees && (e->kind == CE_COMMIT || e->kind == CE_REQUEST || e->kind == CE_CONFIRM ||
                        (e->kind == CE_AFFIRM && e->at_start) ||
                        (e->kind == CE_AFFIRM_WEAK && e->at_start && st->priced &&
                         tells_to_do(ct, e) && !apologised(st, turn)) ||
                        (e->kind == CE_ADDON && !e->add_verb))) {
            agrees = true;
            /* "yes, that's my email" agrees to a detail; "that's right.
             * what's their address?" asks about one after agreeing */
            agreed_end = e->end;
            /* where the agreement ends is worked out only in a turn with
             * a non-purchase match anywhere (its section mask): without
             * one, nonpurchase_beyond finds none whatever the end */
            detail = (ct->secmask & (1ull << KS_NONPURCHASE)) &&
                     nonpurchase_beyond(ct, c, e->start, agreement_end(ct, e));
        }
    }
    /* "All good. What's the rating?" to a read-back: no word of agreement
     * the rules know, and nothing refused; the agent's notice decides */
    if (!agrees && !refuses && st->readback_cue && st->ask_wait == 0)
        agrees = true;
    /* "freeze it then" to "we can freeze it": the agent's proposal was
     * found to be no list, e-mail or callback (proposes_word) */
    if (!refuses && echo >= 0) {
        st->agree_turn = turn;
        st->echo_turn = echo;
    } else if (refuses || detail)
        st->agree_turn = -1;
    else if (agrees) {
        st->agree_turn = turn;
        st->echo_turn = -1;
    }
}

/* Does the agent's turn i state a sale price (fees, refunds and credits
 * are none) before byte end? */
static bool sale_price_before(const dlg_state *st, int i, size_t end)
{
    const dlg_agent *a = &st->agent[i];
    for (size_t k = 0; k < a->n_price; k++)
        if (!a->prices[k].old && a->prices[k].end <= end)
            return true;
    return false;
}

/* Was the customer's agreement (st->agree_turn) about something for sale,
 * so that the agent's notice after it ("Done.", "it'll ship today", "it'll
 * be right up") carries out a purchase though it names none: the agent's
 * turn it answered stated a sale price ("so that's $41.97 with the knots" -
 * "yep, that's it" - "Order's in."), or the notice does before it carries
 * it out ("that's $7.25, it'll be right up"; not "done. we also offer a
 * plan for $6.95", which offers more). A price said earlier in the call is
 * not enough: "$2,340 ... can you mail me samples?" - "they'll ship today?"
 * - "yes" - "done" sends something free; on a support call "yes please
 * reset it" - "Done." carries out a step. The caller checks that no add-on
 * took the agreement ("sure, add the booster too" - "done" carries out the
 * extra). */
static bool sale_agreed(const dlg_state *st, int turn)
{
    if (asks_first(&st->texts[st->agree_turn]))
        return false;
    const kpi_text *t = &st->texts[turn];
    size_t ms, me;
    /* a total said just before the notice, in words as speech recognition
     * writes it ("that's five fifty it'll be right up"), is the price too */
    if (kpi_find(t, KS_CONFIRM, 0, t->len, &ms, &me) &&
        (sale_price_before(st, turn, ms) || turn_priced(st, turn, ms)))
        return true;
    for (int i = st->agree_turn - 1; i >= 0; i--)
        if (st->turns->v[i].speaker == SPK_AGENT)
            return sale_price_before(st, i, st->texts[i].len);
    return false;
}

/* Does the agent's turn i name something an earlier agent turn priced for
 * sale: a content word shared with the words naming that price's item? */
static bool names_priced_item(const dlg_state *st, int i)
{
    const kpi_text *t = &st->texts[i];
    for (int j = 0; j < i; j++) {
        if (st->turns->v[j].speaker != SPK_AGENT)
            continue;
        const dlg_agent *a = &st->agent[j];
        for (size_t k = 0; k < a->n_price; k++)
            if (!a->prices[k].old && a->prices[k].item_end > a->prices[k].item_start &&
                dlg_names_item(t, 0, t->len, &st->texts[j], a->prices[k].item_start,
                               a->prices[k].item_end))
                return true;
    }
    return false;
}

/* Was the customer's agreement (st->agree_turn) an answer to the agent
 * saying back what is being bought, so that a notice after it carries that
 * out: "two combos, so three tickets at 7:20 plus two combos" - "yep" -
 * "booked, pick them up at the kiosk"; "okay so just the three gallons,
 * shall I have them mixed?" - "yeah go ahead" - "they'll be ready in an
 * hour"? The agent's turn it answered names what an earlier turn priced
 * (the combos at $12 each, the paint at $38.99 a gallon), or states a total
 * in words as speech recognition writes it ("... forty eight fifty with
 * delivery"). sale_agreed reads a price stated in that turn itself; a turn
 * that names nothing priced ("can you mail me samples?" - "they'll ship
 * today?" - "yes" - "done") sends something free, and a yes to a list, an
 * e-mail or a callback ("I can put you on the cancellation list" - "yes,
 * put me on the list" - "Done.") or to another question ("is this the best
 * number?") buys nothing. */
static bool restated_sale_agreed(const dlg_state *st)
{
    const kpi_text *ct = &st->texts[st->agree_turn];
    if (asks_first(ct))
        return false;
    int i = st->agree_turn - 1;
    while (i >= 0 && st->turns->v[i].speaker != SPK_AGENT)
        i--;
    if (i < 0 || st->agent[i].ask == ASK_OTHER || dlg_nonpurchase(&st->texts[i], 0, st->texts[i].len))
        return false;
    return names_priced_item(st, i);
}

/* Does the customer's agreement (st->agree_turn) name, in its own words,
 * something the agent priced for sale earlier ("Fine. Move us to Team at
 * the $11 rate.", "No add-ons. Just Essentials, please.", "fine yes add
 * the bag"), so that the agent's notice after it ("Done.") carries that
 * out? A price question or a request for information ("how much is the
 * bag?", "can you email me the plan?") buys nothing yet. The add-on the
 * same words may have taken ("add the bag") is the purchase itself when
 * nothing else is bought, so this is asked whatever was taken since. */
static bool names_own_sale(const dlg_state *st)
{
    const kpi_text *ct = &st->texts[st->agree_turn];
    if (asks_first(ct))
        return false;
    return names_priced_item(st, st->agree_turn);
}

/* "I would like you to find a different dentist": the customer's last search
 * looks for something instead of what was chosen, not for something new */
static bool seeks_instead(const dlg_state *st)
{
    const kpi_text *t = &st->texts[st->seek_turn];
    kpi_span sp = t->sent[kpi_text_sentence_at(t, st->seek_start)];
    return KPI_SPAN_HAS(t, sp.start, sp.end, "different", "another", "other", "else", "instead",
                        "prefer", "rather");
}

/* "The Visa was declined." - "Try the Mastercard." - "That one went
 * through, you're all set.": a notice that the purchase is made after a
 * report that it failed, with nothing refused, put off or taken instead
 * since, carries out what the failure took back: the accepted purchase and
 * add-ons, or the order still awaiting the agent. */
static void restore_failed(dlg_state *st, int turn)
{
    /* the notice says the new attempt worked ("that one went through",
     * "approved") or names what is booked ("you're ticketed, your seats
     * are confirmed"); a bare "yes, the block filled up" answers a question */
    const kpi_text *t = &st->texts[turn];
    if (st->failed_turn <= st->fulfil_turn || st->fail_refused ||
        taken_since(st, st->failed_turn, true) ||
        !(names_booking(t) || KPI_SPAN_HAS(t, 0, t->len, "through", "worked", "approved",
                                           "accepted", "successful", "ticketed")))
        return;
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *m = &st->acc[i];
        if (!m->failed)
            continue;
        m->failed = m->retracted = false;
        /* conversion_on_failure left the purchase awaiting the agent: it
         * is given back here instead, once */
        if (m->kind == ACC_MAIN && st->request_turn == m->turn)
            st->request_turn = -1;
    }
    if (st->failed_request >= 0 && st->request_turn < 0) {
        st->request_turn = st->failed_request;
        st->request_start = st->failed_start;
        st->request_end = st->failed_end;
    }
    st->failed_request = -1;
}

/* Does the refusal e open with "oh" ("oh no", "oh nope"): dismay at the
 * agent's news, not an answer to it? */
static bool dismay(const kpi_text *t, const dlg_event *e)
{
    size_t k = kpi_text_tok_at(t, e->start);
    return k > 0 && KPI_TOK_IS(t, k - 1, "oh", "uh", "ah", "aw");
}

/* Follows, after a failure, whether the customer refused, put off or took
 * back anything ("Forget it then.", "I'll call back"), or settled for
 * something that is no purchase ("sure, put me on the waitlist", "yes,
 * same email"), for restore_failed. */
static void follow_failure(dlg_state *st, int turn, const dlg_customer *c)
{
    if (st->failed_turn <= st->fulfil_turn)
        return;
    const kpi_text *ct = &st->texts[turn];
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        if (e->consumed)
            continue;
        if ((e->kind == CE_DECLINE || e->kind == CE_DEFER || e->kind == CE_RETRACT) &&
            !dismay(ct, e))
            st->fail_refused = true;
        kpi_span sp = ct->sent[kpi_text_sentence_at(ct, e->start)];
        if ((e->kind == CE_AFFIRM || e->kind == CE_AFFIRM_WEAK || e->kind == CE_CONFIRM ||
             e->kind == CE_COMMIT) && dlg_nonpurchase(ct, sp.start, sp.end))
            st->fail_refused = true;
    }
}

/* "Can we leave it open?" - "Sure, I'll take you off Saturday.", "cancel
 * that" - "okay I won't convert it": the agent undoing what was taken, at
 * the customer's word, takes back everything accepted or awaiting the agent
 * so far, booked already or not; what the customer takes after it counts
 * anew. A turn that also carries something out ("I've cancelled it and
 * booked you Monday") is read as a notice instead. */
static bool undoes(dlg_state *st, int turn, const dlg_agent *a)
{
    const kpi_text *t = &st->texts[turn];
    if (a->confirm || !kpi_has(t, KS_UNDONE, 0, t->len))
        return false;
    for (size_t i = 0; i < st->n_acc; i++) {
        st->acc[i].retracted = true;
        st->acc[i].failed = false;
    }
    st->request_turn = st->pick_turn = st->slot_turn = st->agree_turn = -1;
    st->failed_request = -1;
    return true;
}

void conversion_on_agent(dlg_state *st, int turn, const dlg_agent *a)
{
    st->ask = a->ask;
    st->asked = a->asked;
    st->readback = a->readback;
    st->readback_cue = a->mentions_readback;
    st->asks_more = a->asks_more;
    st->order_prompt = a->order_prompt;
    st->ask_turn = turn;
    st->ask_wait = 0;
    if (undoes(st, turn, a) || a->failure)
        return; /* conversion_on_failure has undone what it failed */
    /* "sold out ... you're on the waitlist" - "got it": after a failure, a
     * list the agent puts the customer on is the remedy settled for; no
     * later notice carries out what failed */
    const kpi_text *t = &st->texts[turn];
    if (st->failed_turn > st->fulfil_turn &&
        KPI_SPAN_HAS(t, 0, t->len, "list", "waitlist", "waiting", "newsletter"))
        st->fail_refused = true;
    /* "I've booked a table for two at 7 pm, please confirm the details.",
     * "kindly ensure that the appointment has been booked ...": a booking
     * read back for the customer to confirm is not carried out yet; the
     * agent's notice after the yes (made, or failed) decides. Reading back
     * an e-mail address ("booked, is this your email?") asks about
     * something else. */
    bool fulfils = a->confirm && !a->readback && !(a->mentions_readback && a->ask != ASK_OTHER);
    /* "Two connections. Of course." ... "Done, the refund is submitted": a
     * refund or credit carried out buys nothing, unless the notice names a
     * booking or order beside it ("refunded, and your new seat is booked") */
    if (fulfils && remedy_notice(&st->texts[turn]) && !names_booking(&st->texts[turn]) &&
        !credit_saves(st, &st->texts[turn]))
        fulfils = false;
    if (fulfils)
        restore_failed(st, turn);
    /* "Hellboy sounds good." - "Would you like to buy tickets?": asking to
     * close shows the agent took the yes or the pick since the last thing
     * carried out as a choice, not a purchase; the answer decides */
    bool recloses = a->ask == ASK_CLOSING && !a->confirm &&
                    !kpi_text_has_flag(&st->texts[turn], VF_ADDON, 0, st->texts[turn].len);
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *m = &st->acc[i];
        /* "Yes, that is correct." ... "I would like to find a hotel room."
         * ... "Would you like to reserve a room?": once the customer looks
         * for something new, a closing question is about that, not about
         * a yes to a purchase taken before ("That is fine." to "would you
         * like to try A-1 Dental?" only chose one; "I would like a sports
         * event" acknowledged only searched) */
        if (st->seek_turn > m->turn && m->by_yes && !m->choice && !seeks_instead(st)) {
            m->tentative = m->unsure = false;
            continue;
        }
        m->tentative = recloses && !m->retracted && m->kind == ACC_MAIN &&
                       (m->item >= 0 || m->by_yes) && m->turn > st->fulfil_turn;
        /* "That one sounds good, I'll go with them." - "Shall I book an
         * appointment?" - "Not right now.": whatever the customer took
         * since the last thing carried out, their own words or a yes to a
         * price, is put off by a refusal that puts off the closing */
        m->unsure = recloses && !m->retracted && m->turn > st->fulfil_turn;
    }
    /* a bare "okay" or "yes" right after a question or refusal of the
     * customer's answers that: "does it have laundry?" "Yes, there is
     * laundry.", "No, we're good for now." "Sure thing, have a nice day." */
    bool slot_done = st->slot_turn >= 0 && st->request_turn >= 0 && a->ask != ASK_OTHER &&
                     acknowledges_slot(&st->texts[turn], a, &st->texts[st->slot_turn],
                                       turn == st->slot_turn + 1 || !st->cust_asked);
    if ((fulfils || slot_done) && st->request_turn >= 0) {
        /* "I'd like to book a cleaning" ... "You're booked.", or "Tuesday at
         * four" ... "Alright, Tuesday at four." */
        dlg_accept acc = {.kind = ACC_MAIN, .turn = st->request_turn,
                          .start = st->request_start, .end = st->request_end, .item = -1};
        dlg_accept_push(st, &acc);
        /* a day and time booked is a booking, even for a free visit */
        if (slot_done)
            st->acc[st->n_acc - 1].free = false;
        st->request_turn = -1;
        st->slot_turn = -1;
    }
    /* "Thursday at eleven or Saturday at nine?" "Saturday at nine." ... "No
     * problem, Saturday at nine for the vaccines.": saying the picked slot
     * back without asking anything else books it; a bare "okay" only right
     * after the pick (later it answers something else) */
    bool pick_done = st->pick_turn >= 0 && !a->asked && a->ask != ASK_OTHER &&
                     acknowledges_slot(&st->texts[turn], a, &st->texts[st->pick_words],
                                       turn == st->pick_turn + 1);
    if ((fulfils || pick_done) && st->pick_turn >= 0) {
        /* "Wednesday at four, please." ... "You're booked." */
        dlg_accept acc = {.kind = ACC_MAIN, .turn = st->pick_turn, .start = st->pick_start,
                          .end = st->pick_end, .item = -1};
        dlg_accept_push(st, &acc);
        st->acc[st->n_acc - 1].free = false;
    }
    /* "Yes, that's right. Where does it land?" ... "Your tickets have been
     * purchased.": the agent carrying a purchase out right after the
     * customer agreed, with nothing refused in between, shows what the
     * agreement was about, however the question before it was worded */
    if (fulfils && st->agree_turn > st->fulfil_turn && turn - st->agree_turn <= 4 &&
        !taken_since(st, st->fulfil_turn, false) &&
        (names_booking(&st->texts[turn]) || echo_sells(st) || names_own_sale(st) ||
         (!taken_since(st, st->fulfil_turn, true) &&
          (sale_agreed(st, turn) || restated_sale_agreed(st))))) {
        /* the whole agreeing turn is the evidence */
        dlg_accept acc = {.kind = ACC_MAIN, .turn = st->agree_turn, .start = 0,
                          .end = st->texts[st->agree_turn].len, .item = -1};
        dlg_accept_push(st, &acc);
    }
    if (fulfils) {
        /* "Put me on the cancellation list, and book Thursday at 11." -
         * "Done, you're booked Thursday at 11 and on the list.": a day and
         * time booked is a booking, even beside a free list or remedy */
        if (kpi_has(&st->texts[turn], KS_SLOT, 0, st->texts[turn].len))
            for (size_t i = 0; i < st->n_acc; i++)
                if (st->acc[i].turn > st->fulfil_turn && st->acc[i].kind == ACC_MAIN)
                    st->acc[i].free = false;
        st->fulfil_turn = turn;
        st->pick_turn = -1;
        st->agree_turn = -1;
    }
}

/* "I have Monday at ten or Wednesday at four." - "Wednesday at four,
 * please.": an answer that opens (within its first three words) with a day
 * or time the agent's last turn offered picks that slot: a booking once the
 * agent carries it out ("You're booked."), unless refused before that. The
 * agent's turn must name a day or time (KS_SLOT); three digit words in a
 * row are digits read out ("four four one nine"), not a time. */
/* Does token k start a clock time: digits ("3:40", "11") or two time words
 * ("six fifteen", "nine am")? */
static bool clock_time(const kpi_text *t, size_t k)
{
    char c = t->low[t->tok[k].start];
    if (c >= '0' && c <= '9')
        return true;
    return k + 1 < t->ntok && time_word(t, k) && time_word(t, k + 1);
}

/* Does the agent's last turn name a day or time the customer may pick? */
static bool offers_slot_at(const dlg_state *st, int turn)
{
    if (turn < 0)
        return false;
    const kpi_text *at = &st->texts[turn];
    bool offers = false;
    /* "can i call you back thursday": a day said for a callback, a
     * non-purchase before it in its sentence, offers nothing to book */
    size_t ms, me;
    for (size_t pos = 0; !offers && pos < at->len && kpi_find(at, KS_SLOT, pos, at->len, &ms, &me);
         pos = me > ms ? me : ms + 1)
        offers = !dlg_nonpurchase(at, at->sent[kpi_text_sentence_at(at, ms)].start, ms);
    /* One pass over the turn's words for either of two offers (the answer
     * is whether any is made, so one pass finds what two did). The first
     * byte first: this runs over every word of the turn. */
    for (size_t j = 0; j + 1 < at->ntok && !offers; j++) {
        char c0 = at->low[at->tok[j].start];
        /* "i can do today between twelve and four"; not "how can i help
         * you today" */
        if (c0 == 't') {
            offers = KPI_TOK_IS(at, j, "today", "tonight") &&
                     KPI_TOK_IS(at, j + 1, "between", "at", "from", "after", "before", "by",
                                "around");
            continue;
        }
        /* clock times offered as alternatives, with no day or "am" said:
         * "i could do six fifteen or nine thirty", "a video consult at 3:40
         * or in person at 5:20" (a time word within three words on each
         * side of "or"; "one or two" alone is a count, not a time) */
        if (j == 0 || c0 != 'o' || !KPI_TOK_IS(at, j, "or"))
            continue;
        bool before = false, after = false;
        for (size_t k = j >= 3 ? j - 3 : 0; k < j; k++)
            before = before || clock_time(at, k);
        for (size_t k = j + 1; k < at->ntok && k <= j + 4; k++)
            after = after || clock_time(at, k);
        offers = before && after;
    }
    return offers;
}

static bool offers_slot(const dlg_state *st)
{
    return offers_slot_at(st, st->ask_turn);
}

/* The agent turn whose slots the customer's answer may pick: the last one,
 * or when it offered none, one of the two agent turns before it when the
 * customer's turns since only asked or complained ("i have wednesday at
 * noon or thursday at nine" - "what's your rate right now" - "about six
 * point nine" - "wow the credit union quoted six point four" - "the officer
 * can go over options" - "ugh fine the wednesday at noon"): nothing
 * refused, put off or picked since, and no agent turn since asking or
 * offering anything. -1 when none. */
static int slot_offer_turn(const dlg_state *st)
{
    if (offers_slot(st))
        return st->ask_turn;
    if (st->n_acc > 0)
        return -1;
    for (int p = st->ask_turn - 2; p >= 0 && p >= st->ask_turn - 4; p -= 2) {
        if (st->turns->v[p].speaker != SPK_AGENT || st->turns->v[p + 1].speaker != SPK_CUSTOMER ||
            st->no_turn > p || st->pick_turn > p || st->agree_turn > p ||
            st->agent[p + 2].ask != ASK_NONE)
            return -1;
        if (offers_slot_at(st, p))
            return p;
    }
    return -1;
}

/* Is the number word k part of a price ("one dollar a week", "five bucks",
 * "ten per month"): a money word or "per" / "each" follows it within two
 * words? Said back, a price picks no time. */
static bool priced_number(const kpi_text *t, size_t k)
{
    static const char *const w[] = {"dollar", "dollars", "bucks", "pounds", "quid", "euros",
                                    "cents", "per", "each", "apiece"};
    for (size_t j = k + 1; j < t->ntok && j <= k + 2 && t->tok[j].sent == t->tok[k].sent; j++)
        if (kpi_tok_in(t, j, w, sizeof w / sizeof w[0]))
            return true;
    return false;
}

/* Is byte pos of the agent's turn inside the only price it states? "seats
 * are one hundred and fifty five each" - "one fifty five, last year they
 * were eighty": the customer says the price back, and picks no time. One of
 * several prices said back ("$65, or the large is $90" - "the $65 one")
 * picks that option. */
static bool only_price(const dlg_agent *a, size_t pos)
{
    return a->n_price == 1 && a->prices[0].start <= pos && pos < a->prices[0].end;
}

/* How many words from word k of t (at most three) only react before an
 * answer: surprise, reluctance or a plain yes ("ugh fine", "oh", "okay
 * yeah"), with no content of their own. */
static size_t reaction_words(const kpi_text *t, size_t k)
{
    static const char *const words[] = {"ugh",  "oh",   "ah",    "well",  "fine", "okay",
                                        "ok",   "alright", "sure", "yeah", "yes",  "yep",
                                        "so",   "then", "honestly", "hm", "argh", "geez"};
    size_t n = 0, s = t->tok[k].sent;
    while (n < 3 && k + n < t->ntok && t->tok[k + n].sent == s &&
           kpi_tok_in(t, k + n, words, sizeof words / sizeof words[0]))
        n++;
    return n;
}

/* Does the answer turn the day or time at word k down or talk about it
 * rather than take it: a negation within three words of it in its clause
 * ("Sunday won't work", "Thursday, nobody called me", "I can't do Monday";
 * not "but Tuesday works" after it, a clause of its own, nor "six thirty
 * pm please i am not a morning person", a remark further on), or "too"
 * before a word ("next Saturday is too late"; "Saturday too" takes it as
 * well)? */
static bool slot_turned_down(const kpi_text *t, size_t k)
{
    size_t a = kpi_text_clause_start(t, t->tok[k].start);
    size_t b = kpi_text_clause_end(t, t->tok[k].start);
    for (size_t j = k >= 3 ? k - 3 : 0; j < t->ntok && j <= k + 3 && t->tok[j].end <= b; j++) {
        if (t->tok[j].start < a)
            continue;
        if ((t->tok[j].vflags & VF_NEGATOR) && !kpi_has(t, KS_LITOTES, t->tok[j].start, b))
            return true;
        if (KPI_TOK_IS(t, j, "too") && j + 1 < t->ntok && t->tok[j + 1].end <= b)
            return true;
    }
    return false;
}

/* Is the number word k part of a decimal ("six point nine", "a rate of
 * point five")? A rate said back picks no time. */
static bool decimal_number(const kpi_text *t, size_t k)
{
    return (k > 0 && KPI_TOK_IS(t, k - 1, "point")) ||
           (k + 1 < t->ntok && KPI_TOK_IS(t, k + 1, "point"));
}

static bool picks_offered_slot(const dlg_state *st, const kpi_text *ct)
{
    int ot = slot_offer_turn(st);
    if (ot < 0)
        return false;
    const kpi_text *at = &st->texts[ot];
    /* "four four one nine": digits read out, no time ("six thirty pm" is) */
    static const char *const digit[] = {"zero", "oh", "one", "two", "three", "four",
                                        "five", "six", "seven", "eight", "nine"};
    size_t run = 0;
    for (size_t k = 0; k < ct->ntok && run < 3; k++)
        run = kpi_tok_in(ct, k, digit, sizeof digit / sizeof digit[0]) ? run + 1 : 0;
    if (run >= 3)
        return false;
    /* the first three words of any sentence: "In person, please. 5:20.",
     * after the words of a reaction that open it ("ugh fine the wednesday
     * at noon", "oh video on wednesday is perfect") */
    for (size_t k = 0, k0 = 0, si = 0; k < ct->ntok; k++) {
        if (k == 0 || kpi_text_sentence_at(ct, ct->tok[k].start) != si) {
            si = kpi_text_sentence_at(ct, ct->tok[k].start);
            k0 = k + reaction_words(ct, k);
        }
        if (k >= k0 + 3 || !time_word(ct, k) || priced_number(ct, k) || decimal_number(ct, k) ||
            slot_turned_down(ct, k))
            continue;
        const char *w = ct->low + ct->tok[k].start;
        size_t n = ct->tok[k].end - ct->tok[k].start;
        for (size_t j = 0; j < at->ntok; j++)
            if (at->tok[j].end - at->tok[j].start == n &&
                memcmp(at->low + at->tok[j].start, w, n) == 0 &&
                !only_price(&st->agent[ot], at->tok[j].start))
                return true;
    }
    return false;
}

/* "No, Tuesday doesn't work, I'll call back.": an answer that opens with a
 * refusal, or puts it off, names the day it turns down; it picks nothing. */
static bool refuses_pick(const kpi_text *ct, const dlg_customer *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        if ((e->kind == CE_DECLINE && kpi_text_tok_at(ct, e->start) == 0) ||
            (e->kind == CE_DEFER && !e->consumed))
            return true;
    }
    return false;
}

/* "I'd like to book a facial." - "I have Thursday at four." - "Perfect.":
 * a clear yes that opens the answer to a day or time the agent offered for
 * what the customer asked to book takes that slot, as naming it would
 * (picks_offered_slot); it books once the agent says the slot back or
 * carries it out. Not without a request waiting ("the bus leaves at 7" -
 * "great"), nor a yes to something else ("yes, that's my number"). */
static bool takes_offered_slot(const dlg_state *st, const kpi_text *ct, const dlg_customer *c)
{
    if (st->request_turn < 0 || st->request_turn >= st->ask_turn || st->ask == ASK_OTHER ||
        !offers_slot(st))
        return false;
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        if (e->kind == CE_DECLINE || e->kind == CE_DEFER || e->kind == CE_RETRACT)
            return false;
        if ((e->kind == CE_AFFIRM || e->kind == CE_CONFIRM) && e->at_start &&
            kpi_text_tok_at(ct, e->start) == 0 && !dlg_nonpurchase(ct, 0, ct->len))
            return true;
    }
    return false;
}

/* Does the agent's turn propose a purchase: a closing question with a verb
 * of buying ("shall I book it?", "want me to reserve seats?"), a read-back
 * or a save offer? "What do you think of the Grand?", "There's a show at 9
 * pm. How does that sound?" only offer a choice. */
static bool proposes_purchase(const kpi_text *t)
{
    if (kpi_has(t, KS_CLOSING, 0, t->len) || kpi_has(t, KS_RETENTION, 0, t->len))
        return true;
    /* a read-back, unless its cue only asks how the choice sounds ("does
     * that sound good?" reads nothing back) */
    size_t ms, me, rs, re;
    for (size_t pos = 0; pos < t->len && kpi_find(t, KS_READBACK, pos, t->len, &ms, &me);
         pos = me > ms ? me : ms + 1)
        if (!kpi_find(t, KS_CLOSING_REF, ms > 8 ? ms - 8 : 0, me + 1 < t->len ? me + 1 : t->len,
                      &rs, &re) ||
            re <= ms || rs >= me)
            return true;
    return false;
}

/* Is the non-purchase word [ms, me) the subject of a clause of its own, a
 * verb right after it ("yes just do it your website was a nightmare", "yes
 * the app keeps logging me out"), or told of in the past ("... and then i
 * was on hold for forty minutes")? Unpunctuated, a complaint runs on from
 * the yes; what it talks about is not what the yes agreed to. Said to be
 * fine ("yes the waitlist is fine") it is what the yes agreed to. */
static bool talked_about(const kpi_text *t, size_t ms, size_t me)
{
    size_t k = kpi_text_tok_at(t, me), j = kpi_text_tok_at(t, ms);
    if (j > 0 && KPI_TOK_IS(t, j - 1, "was", "were", "been"))
        return true;
    /* "yes a call back is fine" still agrees to the call back */
    return KPI_TOK_IS(t, k, "was", "is", "were", "are", "wasn't", "isn't", "keeps", "kept",
                      "went", "never", "didn't", "doesn't", "won't", "wouldn't", "crashed",
                      "crashes") &&
           !KPI_TOK_IS(t, k + 1, "fine", "good", "great", "ok", "okay", "perfect", "right",
                       "correct", "better", "enough");
}

/* Is the clause [a, b) about a non-purchase, leaving aside the customer's
 * confirmation of a read-back ("yes, that's correct" is no "that's my
 * email") and a non-purchase spoken of in a clause of its own
 * (talked_about)? */
static bool nonpurchase_beyond(const kpi_text *t, const dlg_customer *c, size_t a, size_t b)
{
    size_t pos = a, ms, me;
    while (pos < b && kpi_find(t, KS_NONPURCHASE, pos, b, &ms, &me)) {
        bool part_of_confirm = talked_about(t, ms, me);
        for (size_t i = 0; i < c->n && !part_of_confirm; i++)
            part_of_confirm = c->ev[i].kind == CE_CONFIRM && c->ev[i].start < me &&
                              c->ev[i].end > ms;
        if (!part_of_confirm)
            return true;
        pos = me > ms ? me : ms + 1;
    }
    return false;
}

static bool before(const dlg_accept *a, int turn, size_t pos)
{
    return a->turn < turn || (a->turn == turn && a->start < pos);
}

/* Does the retraction's sentence [a, b) take back everything ("cancel it,
 * all of it", "cancel the whole order", "both")? */
static bool takes_back_all(const kpi_text *t, size_t a, size_t b)
{
    if (kpi_has(t, KS_BOTH, a, b))
        return true;
    for (size_t k = kpi_text_tok_at(t, a); k < t->ntok && t->tok[k].end <= b; k++) {
        const char *w = t->low + t->tok[k].start;
        size_t n = t->tok[k].end - t->tok[k].start;
        if ((n == 10 && memcmp(w, "everything", 10) == 0) ||
            (n == 5 && memcmp(w, "whole", 5) == 0))
            return true;
        if (n == 3 && memcmp(w, "all", 3) == 0 && k + 1 < t->ntok &&
            t->tok[k + 1].end - t->tok[k + 1].start == 2 &&
            memcmp(t->low + t->tok[k + 1].start, "of", 2) == 0)
            return true;
    }
    return false;
}

/* Does a refusal keep the order ("no, just the drink", "nah, just that")? */
static bool keeps_order(const kpi_text *t, const dlg_event *e)
{
    size_t k = kpi_text_tok_at(t, e->end);
    for (size_t n = 0; k < t->ntok && n < 2; k++, n++)
        if (KPI_TOK_IS(t, k, "just", "only"))
            return true;
    return false;
}

/* Does the customer's word [ws, we) of ct name the purchase rather than an
 * extra: a word of what the customer committed to (their own words, or the
 * agent's question a yes answered) that names no add-on on the table? */
static bool names_purchase(const dlg_state *st, const kpi_text *ct, size_t ws, size_t we)
{
    for (size_t i = 0; i < st->n_item; i++) {
        const dlg_item *it = &st->items[i];
        if (it->kind != IT_MAIN &&
            dlg_names_item(ct, ws, we, &st->texts[it->words_turn], it->ws, it->we))
            return false;
    }
    for (size_t i = 0; i < st->n_acc; i++) {
        const dlg_accept *a = &st->acc[i];
        if (a->retracted || a->kind != ACC_MAIN)
            continue;
        /* a yes answers the agent's turn before it */
        int t = a->by_yes && a->turn > 0 ? a->turn - 1 : a->turn;
        const kpi_text *wt = &st->texts[t];
        size_t a0 = t == a->turn ? a->start : 0, a1 = t == a->turn ? a->end : wt->len;
        if (dlg_names_item(ct, ws, we, wt, a0, a1))
            return true;
    }
    return false;
}

/* Words that name the whole order rather than a part of it. */
static const char *const whole_words[] = {
    "order", "orders", "booking", "bookings", "reservation", "appointment", "everything",
    "whole", "entire", "all", "subscription", "account", "membership", "purchase", "sale",
    "thing", "stuff", "anything", "whatever", "both", "rest"};

/* Is word k of ct one of whole_words? */
static bool whole_word(const kpi_text *ct, size_t k)
{
    return kpi_tok_in(ct, k, whole_words, sizeof whole_words / sizeof whole_words[0]);
}

/* The object the refusal e names: the token index of a content word after
 * a determiner right after it ("hold off | on the back ones", "never mind
 * | the booking", "never mind | then, just the cut"), with *keeps set when
 * "just" or "only" comes before it; ct->ntok if it names none in its
 * sentence. */
static size_t refusal_object(const kpi_text *ct, const dlg_event *e, bool *keeps)
{
    size_t se = ct->sent[kpi_text_sentence_at(ct, e->start)].end;
    size_t k = kpi_text_tok_at(ct, e->end);
    *keeps = false;
    /* "forget that | the meeting moved": its object is the pronoun, what
     * follows is another clause */
    if (k > 0 && KPI_TOK_IS(ct, k - 1, "that", "it", "this", "them", "everything"))
        return ct->ntok;
    for (size_t n = 0; n < 3 && k < ct->ntok && ct->tok[k].end <= se; n++, k++)
        if (!KPI_TOK_IS(ct, k, "on", "off", "about", "with", "of", "then", "just", "only"))
            break;
    *keeps = k > 0 && k < ct->ntok && KPI_TOK_IS(ct, k - 1, "just", "only");
    if (k + 1 >= ct->ntok || ct->tok[k + 1].end > se || !KPI_TOK_IS(ct, k, "the", "those", "these"))
        return ct->ntok;
    k++;
    if (!dlg_names_something(ct, ct->tok[k].start, ct->tok[k].end) &&
        !whole_word(ct, k))
        return ct->ntok;
    return k;
}

/* Does the refusal e, whose object is word k (ct->ntok for none; keeps:
 * refusal_object), take back the whole order ("hold off on the whole
 * thing", "never mind the booking", "forget all of it"), whatever extra was
 * on the table when it was said? */
static bool whole_refused(const kpi_text *ct, const dlg_event *e, size_t k, bool keeps)
{
    size_t se = ct->sent[kpi_text_sentence_at(ct, e->start)].end;
    return takes_back_all(ct, e->start, se) || (k < ct->ntok && !keeps && whole_word(ct, k));
}

static bool refuses_whole(const kpi_text *ct, const dlg_event *e)
{
    bool keeps;
    size_t k = refusal_object(ct, e, &keeps);
    return whole_refused(ct, e, k, keeps);
}

/* Does the refusal e speak to a part of the order, not to the purchase
 * agreed before it: it names its object ("let's hold off on the back
 * ones", "never mind the conditioning"), a content word after a
 * determiner that names neither the whole order nor what the customer
 * committed to, or it keeps the order ("never mind then, just the cut",
 * "no, only the tires")? A refusal of the whole ("cancel everything",
 * "forget all of it") never does. */
static bool refuses_part(const dlg_state *st, const kpi_text *ct, const dlg_event *e)
{
    bool keeps;
    size_t k = refusal_object(ct, e, &keeps);
    if (k >= ct->ntok || whole_refused(ct, e, k, keeps))
        return false;
    /* "just the cut" keeps the purchase it names; "hold off on the
     * haircut" names the purchase and takes it back */
    return keeps || !names_purchase(st, ct, ct->tok[k].start, ct->tok[k].end);
}

/* Does the retraction e remove a part by its name ("take off the
 * champagne", "drop the warranty", "remove the storage") rather than the
 * order ("take it off", "cancel the booking", "drop everything")? A word of
 * removal among its words and a content word in its sentence [e->start,
 * se) that is neither a word of the whole order nor a word of what the
 * customer committed to as the purchase. */
static bool removes_part(const dlg_state *st, const kpi_text *ct, const dlg_event *e, size_t se)
{
    static const char *const verbs[] = {"off", "out", "remove", "drop", "skip", "without", "minus"};
    bool verb = false, part = false;
    for (size_t k = kpi_text_tok_at(ct, e->start); k < ct->ntok && ct->tok[k].end <= e->end; k++)
        verb |= kpi_tok_in(ct, k, verbs, sizeof verbs / sizeof verbs[0]);
    if (!verb)
        return false;
    /* the object: the words of the match, and up to three after it in its
     * clause ("remove the | gift wrap"), not a reason given after it ("take
     * it off, I can't make Monday") */
    size_t k0 = kpi_text_tok_at(ct, e->start), k1 = kpi_text_tok_at(ct, e->end);
    for (size_t n = 0; n < 3 && k1 < ct->ntok && ct->tok[k1].end <= se && k1 > k0; n++) {
        if ((ct->tok[k1].flags & TF_CLAUSE_START) || (ct->tok[k1].vflags & VF_CLAUSE) ||
            (ct->tok[k1 - 1].flags & TF_PUNCT_AFTER))
            break;
        k1++;
    }
    for (size_t k = k0; k < k1; k++) {
        /* "take the duct thing off" names a part by a word before "thing";
         * "forget the whole thing", "drop the stuff" name everything */
        if (whole_word(ct, k) &&
            !(KPI_TOK_IS(ct, k, "thing", "stuff") && k > k0 &&
              !KPI_TOK_IS(ct, k - 1, "the", "that", "this", "whole", "entire", "all", "any",
                          "every", "my", "our", "of", "off") &&
              !(ct->tok[k - 1].vflags & VF_NEGATOR)))
            return false;
        if (kpi_tok_in(ct, k, verbs, sizeof verbs / sizeof verbs[0]) ||
            !dlg_names_something(ct, ct->tok[k].start, ct->tok[k].end))
            continue;
        if (!names_purchase(st, ct, ct->tok[k].start, ct->tok[k].end))
            part = true;
    }
    return part;
}

/* Is the retraction e about something else than what was bought ("forget
 * the whole thing about parking"): "about" after it in its sentence, before
 * a word that names neither the purchase nor an extra on the table? */
static bool retracts_other(const dlg_state *st, const kpi_text *ct, const dlg_event *e)
{
    size_t se = ct->sent[kpi_text_sentence_at(ct, e->start)].end;
    for (size_t k = kpi_text_tok_at(ct, e->start); k + 1 < ct->ntok && ct->tok[k + 1].end <= se;
         k++) {
        if (!KPI_TOK_IS(ct, k, "about"))
            continue;
        size_t ws = ct->tok[k + 1].start, we = kpi_text_words_fwd(ct, ws, se, 2);
        if (!dlg_names_something(ct, ws, we) || names_purchase(st, ct, ws, we))
            return false;
        for (size_t i = 0; i < st->n_item; i++)
            if (dlg_names_item(ct, ws, we, &st->texts[st->items[i].words_turn], st->items[i].ws,
                               st->items[i].we))
                return false;
        return true;
    }
    return false;
}

/* Takes back what the retraction e refers to: an add-on it names ("take the
 * case off") or any add-on when it says "add-on"/"extra", else the latest
 * thing accepted. Taking back the purchase takes back everything on it;
 * removing a part by name ("take off the champagne") never does, it takes
 * back the latest add-on or nothing. */
static void retract(dlg_state *st, int turn, const dlg_event *e)
{
    const kpi_text *ct = &st->texts[turn];
    dlg_accept *target = NULL;
    size_t se = ct->sent[kpi_text_sentence_at(ct, e->start)].end;
    bool addon_words = kpi_text_has_flag(ct, VF_ADDON, e->start, se);
    for (size_t i = st->n_acc; i-- > 0 && !target;) {
        dlg_accept *a = &st->acc[i];
        if (a->kind != ACC_ADDON || a->item < 0 || !before(a, turn, e->start))
            continue;
        const dlg_item *it = &st->items[a->item];
        bool named = dlg_names_item(ct, e->start, se, &st->texts[it->words_turn], it->ws, it->we);
        /* "scratch the flowers": the upsell pass already took that add-on
         * back by name; the purchase stands */
        if (a->retracted && named)
            return;
        if (!a->retracted && (addon_words || named))
            target = a;
    }
    /* "No, take the protection off" about an extra never taken refuses it
     * and takes nothing back */
    for (size_t i = 0; i < st->n_item && !target; i++) {
        const dlg_item *it = &st->items[i];
        if (it->kind != IT_MAIN && !it->accepted && it->turn >= turn - 8 &&
            dlg_names_item(ct, e->start, se, &st->texts[it->words_turn], it->ws, it->we)) {
            st->request_turn = -1;
            return;
        }
    }
    if (!target && removes_part(st, ct, e, se)) {
        /* "one lo mein and a dozen wings" ... "take off the wings": a part
         * of the order still awaiting the agent, not an add-on */
        if (st->request_turn >= 0 && st->request_turn < turn &&
            dlg_names_item(ct, e->start, se, &st->texts[st->request_turn], st->request_start,
                           st->request_end))
            return;
        for (size_t i = st->n_acc; i-- > 0 && !target;) {
            dlg_accept *a = &st->acc[i];
            if (!a->retracted && a->kind == ACC_ADDON && before(a, turn, e->start))
                target = a;
        }
        if (target)
            target->retracted = true;
        return; /* the purchase and what is asked for stand */
    }
    if (!target && refuses_part(st, ct, e))
        return; /* the purchase agreed before stands */
    for (size_t i = st->n_acc; i-- > 0 && !target;) {
        dlg_accept *a = &st->acc[i];
        if (!a->retracted && before(a, turn, e->start))
            target = a;
    }
    st->request_turn = -1;
    if (!target)
        return;
    /* "Then cancel it. All of it." */
    size_t si = kpi_text_sentence_at(ct, e->start);
    size_t all_end = si + 1 < ct->nsent ? ct->sent[si + 1].end : se;
    if (target->kind == ACC_ADDON && !takes_back_all(ct, e->start, all_end)) {
        target->retracted = true;
        return;
    }
    for (size_t i = 0; i < st->n_acc; i++)
        if (before(&st->acc[i], turn, e->start))
            st->acc[i].retracted = true;
}

/* "Would you like a free home assessment?" - "Yes, that'd be good.": a clear
 * yes to a thing the agent offered by name, before anything is bought and
 * with no price that an item took, wants that thing; it is bought once the
 * agent carries it out ("Booked!"). */
static bool wants_offered(const dlg_state *st, const kpi_text *ct, const dlg_event *e,
                          bool negative, bool other)
{
    /* the answer opens with it: "... and yes I will return" answers a detail */
    return e->kind == CE_AFFIRM && !e->consumed && kpi_text_tok_at(ct, e->start) <= 1 &&
           !negative && !other &&
           st->ask == ASK_OFFER && st->asked && st->ask_wait == 0 && st->request_turn < 0 &&
           !dlg_main_accepted(st);
}

/* "I'm ready to buy it." ... "But I'll come in next month.": a deferral
 * that opens a sentence, while no add-on offer is waiting for an answer,
 * puts off the purchase the customer committed to in an earlier turn and
 * the agent has not carried out yet ("Sign her up. I'll think about the
 * camp later." defers something else). */
static void defer_takes_back(dlg_state *st, int turn, const dlg_event *e)
{
    if (e->kind != CE_DEFER || e->consumed || !e->at_start || st->ask == ASK_OFFER ||
        refuses_part(st, &st->texts[turn], e))
        return;
    for (size_t k = 0; k < st->n_acc; k++) {
        dlg_accept *a = &st->acc[k];
        if (!a->retracted && a->kind == ACC_MAIN && a->turn > st->fulfil_turn && a->turn < turn)
            a->retracted = true;
    }
}

/* Does the refusal e put the thing off rather than refuse a detail ("not
 * right now", "no, not yet", "maybe later", "not at the moment", "not at
 * this time"; not "no, use my other card")? */
static bool puts_off(const kpi_text *t, const dlg_event *e)
{
    if (e->kind == CE_DEFER)
        return true;
    size_t end = e->cend > e->end ? e->cend : e->end;
    for (size_t k = kpi_text_tok_at(t, e->start); k < t->ntok && t->tok[k].end <= end; k++)
        if (KPI_TOK_IS(t, k, "now", "yet", "moment", "later", "today", "time"))
            return true;
    return false;
}

/* "Actually, no. Make it two people.", "No, sorry, I meant the 4th": a
 * retraction followed in its sentence or the next by a detail given anew
 * ([correction]) corrects what is being read back or booked; it takes back
 * neither that nor anything carried out before. A refusal or deferral after
 * it ("actually no, make it next month, let me think") still counts. */
static bool corrects(const kpi_text *t, const dlg_customer *c, const dlg_event *e)
{
    size_t si = kpi_text_sentence_at(t, e->start);
    size_t end = si + 1 < t->nsent ? t->sent[si + 1].end : t->sent[si].end;
    size_t ms, me;
    if (!kpi_find(t, KS_CORRECTION, e->start, end, &ms, &me))
        return false;
    for (size_t i = 0; i < c->n; i++)
        if (c->ev[i].start > e->start && !c->ev[i].consumed &&
            (c->ev[i].kind == CE_DEFER || c->ev[i].kind == CE_RETRACT ||
             c->ev[i].kind == CE_INFO))
            return false;
    return true;
}

/* Does the number whose word k is counts something else than money: its
 * last word is followed by a unit of time or measure ("unplug it for thirty
 * seconds", "about forty minutes", "twenty percent")? */
static bool counts_units(const kpi_text *t, size_t k)
{
    while (k + 1 < t->ntok && (t->tok[k + 1].vflags & VF_NUMBER) && t->tok[k + 1].sent == t->tok[k].sent)
        k++;
    return k + 1 < t->ntok &&
           KPI_TOK_IS(t, k + 1, "seconds", "second", "minutes", "minute", "mins", "hours", "hour",
                      "days", "weeks", "months", "years", "percent", "miles", "feet", "inches",
                      "degrees", "times", "people");
}

/* Has the agent said a price before turn t, in words as speech recognition
 * writes it ("it's eighty five for the call out", "thirty four for the
 * chain fitted") or with a currency: a tens word, "hundred", or a money
 * word or sign? Clock times ("three thirty") come with a slot instead. */
static bool agent_priced(const dlg_state *st, int t)
{
    for (int i = 0; i < t; i++)
        if (st->turns->v[i].speaker == SPK_AGENT && turn_priced(st, i, st->texts[i].len))
            return true;
    return false;
}

/* Does the agent's turn i say a price before byte end, as agent_priced
 * reads one? */
static bool turn_priced(const dlg_state *st, int i, size_t end)
{
    static const char *const w[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                     "eighty", "ninety", "hundred", "dollars", "bucks", "pounds",
                                     "quid", "euros"};
    const kpi_text *at = &st->texts[i];
    if (memchr(at->low, '$', end))
        return true;
    for (size_t k = 0; k < at->ntok && at->tok[k].end <= end; k++)
        if (kpi_tok_in(at, k, w, sizeof w / sizeof w[0]) && !counts_units(at, k))
            return true;
    return false;
}

/* Does [a, b) put what follows off to a later time ("... elsewhere next
 * year", "in future", "if it happens again")? */
static bool later_on(const kpi_text *t, size_t a, size_t b)
{
    return KPI_SPAN_HAS(t, a, b, "next", "future", "again", "later", "eventually", "someday");
}

/* Is there, in the sentence from a on, a word of taking the purchase
 * elsewhere ([elsewhere]) said of a later time ("I'll shop elsewhere next
 * year")? */
static bool elsewhere_later(const kpi_text *t, size_t a)
{
    size_t ms, me, end = t->sent[kpi_text_sentence_at(t, a)].end;
    return kpi_find(t, KS_ELSEWHERE, a, end, &ms, &me) && later_on(t, me, end);
}

/* "No, that's no good. I'll have to try someone else.", "that's still way
 * off, I'm gonna go with them": the customer takes the purchase to another
 * company ([elsewhere], not in a question). What they accepted before it
 * that the agent has not carried out yet is not bought (a "go with them"
 * read as a commitment included), and no request, pick or agreement waits
 * for the agent any more; what was carried out stands, and what the
 * customer commits to after it counts. */
static void goes_elsewhere(dlg_state *st, int turn)
{
    const kpi_text *ct = &st->texts[turn];
    size_t ms, me, pos = 0;
    bool found = false;
    while (!found && pos < ct->len && kpi_find(ct, KS_ELSEWHERE, pos, ct->len, &ms, &me)) {
        size_t si = kpi_text_sentence_at(ct, ms);
        found = !kpi_text_sentence_is_question(ct, si) && !later_on(ct, me, ct->sent[si].end);
        pos = me > ms ? me : ms + 1;
    }
    if (!found)
        return;
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *a = &st->acc[i];
        if (a->turn > st->fulfil_turn && (a->turn < turn || a->start < me))
            a->retracted = true;
    }
    st->request_turn = -1;
    st->slot_turn = -1;
    st->pick_turn = -1;
    st->agree_turn = -1;
}

/* Does the agent's closing question ask whether the purchase already made
 * stands ("would you like to keep the order?", "shall I continue with the
 * booking?")? A no to it takes the purchase back; "do you still need a
 * hotel?" offers something new. */
static bool asks_to_keep(const kpi_text *t)
{
    return KPI_SPAN_HAS(t, 0, t->len, "keep", "continue", "proceed");
}

/* Does the customer's turn open with a refusal ("no", "nah, that's fine")
 * before the event e? */
static bool opens_with_refusal(const kpi_text *ct, const dlg_customer *c, const dlg_event *e)
{
    for (size_t i = 0; i < c->n && c->ev[i].start < e->start; i++)
        if (c->ev[i].kind == CE_DECLINE && !c->ev[i].consumed &&
            kpi_text_tok_at(ct, c->ev[i].start) == 0)
            return true;
    return false;
}

/* Did the customer refuse what was on the table just before the commitment
 * e: a refusal or retraction earlier in its turn ("no, I'm not buying
 * anything today, I'll ...", "cancel the whole thing, I'll ..."), or one
 * opening their last turn ("no, I can't do four thirty", "that's way too
 * much"), with the agent's turn since putting nothing new on the table (an
 * apology, "we're fully booked otherwise")? Hesitating ("maybe I should hold
 * off") refuses nothing: what follows may be the purchase after all. */
static bool refused_before(const dlg_state *st, int turn, const dlg_customer *c,
                           const dlg_event *e)
{
    for (size_t i = 0; i < c->n && c->ev[i].start < e->start; i++)
        if (c->ev[i].kind == CE_DECLINE || c->ev[i].kind == CE_RETRACT)
            return true;
    if (st->decline_turn < 0 || st->decline_turn != turn - 2 || st->ask_turn != turn - 1)
        return false;
    const dlg_agent *a = &st->agent[turn - 1];
    return a->ask == ASK_NONE && a->n_price == 0 && !a->offer && !a->offer_named &&
           !a->confirm;
}

/* Where the object of the commitment e ends: up to four words after it, not
 * past a clause's start, a new subject or a second request ("book it | i
 * keep putting this off", "go ahead, | book it", "sign me up for saturday |
 * and text me the details"). */
static size_t object_end(const kpi_text *t, const dlg_event *e)
{
    size_t k = kpi_text_tok_at(t, e->end), end = e->end;
    for (size_t n = 0; k < t->ntok && n < 4; k++, n++) {
        if ((t->tok[k].flags & TF_CLAUSE_START) || (t->tok[k].vflags & VF_CLAUSE) ||
            (k > 0 && (t->tok[k - 1].flags & TF_PUNCT_AFTER)) ||
            KPI_TOK_IS(t, k, "i", "i'm", "we", "we're", "my", "our", "he", "she", "they") ||
            dlg_second_request(t, k))
            break;
        end = t->tok[k].end;
    }
    return end;
}

/* "Would you like paperless statements? It's free." - "Yes, set that up.":
 * a commitment whose object points back ("that", "it", "this", "them")
 * takes what the agent's turn just offered or asked about; when that turn
 * offers something or asks about a non-purchase (ASK_OTHER), states no
 * sale price, and gives something free or offers a non-purchase (an
 * e-mail, a list), it buys nothing. "I can take care of it on this call"
 * after a priced save offer offers nothing new. */
static bool takes_free_offer(const dlg_state *st, const kpi_text *ct, const dlg_event *e)
{
    if (st->ask_turn < 0 || st->ask_wait != 0)
        return false;
    if (!KPI_SPAN_HAS(ct, e->start, e->end, "that", "it", "this", "them"))
        return false;
    const dlg_agent *a = &st->agent[st->ask_turn];
    const kpi_text *at = &st->texts[st->ask_turn];
    if (!(a->offer || a->offer_named || a->ask == ASK_OTHER) ||
        sale_price_before(st, st->ask_turn, at->len))
        return false;
    return a->free_service || dlg_nonpurchase(at, a->offer_start, a->offer_end);
}

/* Does the customer say the commitment e of themselves ("I'll take it to
 * CarMax", "we're going to get a second opinion"), a first-person word in it
 * or among the three words before it in its sentence? "No, just book the
 * salon" asks the agent to do it. */
static bool said_of_self(const kpi_text *t, const dlg_event *e)
{
    size_t end = kpi_text_tok_at(t, e->end), k = kpi_text_tok_at(t, e->start);
    size_t sent = k < t->ntok ? t->tok[k].sent : 0;
    for (size_t n = 0; n < 3 && k > 0 && t->tok[k - 1].sent == sent; n++)
        k--;
    for (; k < end && k < t->ntok; k++)
        if (KPI_TOK_IS(t, k, "i", "i'll", "i'm", "i'd", "we", "we'll", "we're", "we'd"))
            return true;
    return false;
}

/* "No, I'm not buying anything today, I'll take it to CarMax", "okay, I'll
 * just try the walk-in clinic" after the last slot went, "no, put it back
 * together, I'll get a second opinion": a commitment right after the
 * customer refused, whose object names something (not "no, I'll take it")
 * that the agent never spoke of, is what the customer will do instead. */
static bool does_instead(const dlg_state *st, int turn, const dlg_customer *c, const dlg_event *e)
{
    /* "Does everything look right?" - "No, I'm sorry, I meant order that
     * decaf": a no that gives a detail anew corrects the order; it refuses
     * nothing */
    const kpi_text *ct = &st->texts[turn];
    if (kpi_has(ct, KS_CORRECTION, 0, e->start) || !said_of_self(ct, e))
        return false;
    size_t a = e->end, b = object_end(ct, e);
    if (a >= b || !dlg_names_something(ct, a, b) || !refused_before(st, turn, c, e))
        return false;
    /* "forget the upgrade" ... "but I'll take the two tickets": a "but"
     * sets the commitment against the refusal, it buys after all */
    size_t k = kpi_text_tok_at(ct, e->start);
    if (k > 0 && k < ct->ntok && ct->tok[k - 1].sent == ct->tok[k].sent &&
        KPI_TOK_IS(ct, k - 1, "but"))
        return false;
    for (int i = 0; i < turn; i++)
        if (st->turns->v[i].speaker == SPK_AGENT &&
            dlg_names_item(ct, a, b, &st->texts[i], 0, st->texts[i].len))
            return false;
    return true;
}

/* A cancellation was asked for, and not in words that ask for the save
 * measure themselves ("cancel, or i don't know, pause maybe"): a save
 * measure offered now keeps the customer (kpi_dialog.h). */
bool conversion_saving(const dlg_state *st)
{
    if (st->cancel_turn < 0)
        return false;
    const kpi_text *ct = &st->texts[st->cancel_turn];
    return !kpi_has(ct, KS_SAVE_MEASURE, 0, ct->len);
}

/* "Instead of cancelling we can freeze it for three months." - "ugh fine,
 * freeze it": a go-ahead (starting at byte gs) that names what the save
 * offer keeps the customer with ([save_measure]) takes the offer, priced or
 * free; bought once the agent carries it out. Without a cancellation asked
 * for ("I'd like to freeze my membership" - "fine, freeze it") it only
 * pauses what the customer has. */
static bool takes_save(const dlg_state *st, const kpi_text *ct, size_t gs)
{
    return st->save_turn >= 0 && conversion_saving(st) &&
           kpi_has(ct, KS_SAVE_MEASURE, gs, ct->sent[kpi_text_sentence_at(ct, gs)].end);
}

/* "Rather than cancel I can skip the next two shipments." - "alright, skip
 * them then": a "skip" that would refuse something takes the save offer
 * that is made of skipping. */
static bool skips_as_saved(const dlg_state *st, const kpi_text *ct, const dlg_event *e)
{
    return e->kind == CE_DECLINE && KPI_TOK_IS(ct, kpi_text_tok_at(ct, e->start), "skip") &&
           takes_save(st, ct, e->start);
}

/* Does the customer's turn c ask something besides its go-ahead at gs?
 * "Fine. Do the credit." opens a sentence with "do the", which
 * [question_start] reads as in "do the rooms have wifi"; in punctuated text
 * a full stop after it tells the agent to go ahead. A question mark, or a
 * question opening another sentence, still asks. */
static bool asks_besides(const kpi_text *ct, const dlg_customer *c, size_t gs)
{
    if (!c->question || ct->has_qmark_sent || ct->nstops == 0)
        return c->question;
    size_t gi = kpi_text_sentence_at(ct, gs);
    for (size_t i = 0; i < ct->nsent; i++)
        if (i != gi && kpi_has(ct, KS_QUESTION_START, ct->sent[i].start, ct->sent[i].end))
            return true;
    return false;
}

void conversion_on_customer(dlg_state *st, int turn, dlg_customer *c)
{
    bool answered = false, retracted = false, negative = false;
    const kpi_text *ct = &st->texts[turn];
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        /* "Yup, just the americano.": "just the X" keeps the order and
         * refuses only more */
        if (e->kind == CE_DECLINE && KPI_TOK_IS(ct, kpi_text_tok_at(ct, e->start), "just", "only"))
            continue;
        /* "Yes, that's okay, thank you.": after a yes, "that's okay" agrees;
         * it declines only on its own ("That's okay, thank you. I'm all set.") */
        if (e->kind == CE_DECLINE && i > 0 &&
            KPI_TOK_IS(ct, kpi_text_tok_at(ct, e->start), "that's", "that", "it's") &&
            (c->ev[0].kind == CE_AFFIRM || c->ev[0].kind == CE_AFFIRM_WEAK ||
             c->ev[0].kind == CE_CONFIRM) && c->ev[0].start < e->start)
            continue;
        if (skips_as_saved(st, ct, e))
            continue;
        if (!e->consumed && (e->kind == CE_DECLINE || e->kind == CE_DEFER || e->kind == CE_INFO))
            negative = true;
    }
    for (size_t i = 0; i < c->n; i++) {
        dlg_event *e = &c->ev[i];
        dlg_accept main = {.kind = ACC_MAIN, .turn = turn, .start = e->start, .end = e->cend,
                           .item = -1};
        switch (e->kind) {
        case CE_COMMIT:
            answered = true;
            /* "Can you install the update and restart?" "I'll do that.": a
             * commitment that points back answers the agent's question,
             * and that question sold nothing */
            if (e->refers_back && st->ask == ASK_OTHER && st->asked && st->ask_wait == 0)
                break;
            /* "any store, walk in is fine" - "okay I'll do that": pointing
             * back at advice the agent just gave, with no price said in the
             * call and no offer or closing question, agrees to a step, not
             * a purchase */
            /* "Shall I hold the fare?" "No, that's fine, I'll do it through
             * work.": after a refusal that opens the answer, "I'll do it"
             * is the customer doing it themselves */
            if (e->refers_back && opens_with_refusal(ct, c, e))
                break;
            /* "yeah put me on the waitlist i guess": a commitment to a
             * list, a callback or an e-mail buys nothing */
            if (does_instead(st, turn, c, e) || dlg_nonpurchase(ct, e->start, object_end(ct, e)) ||
                takes_free_offer(st, ct, e))
                break;
            if (e->refers_back && st->ask == ASK_NONE && st->ask_turn >= 0 &&
                st->ask_turn == turn - 1 && !st->priced && !agent_priced(st, turn) &&
                !st->agent[st->ask_turn].offer && !st->agent[st->ask_turn].confirm)
                break;
            if (!e->consumed)
                dlg_accept_push(st, &main);
            break;
        case CE_ADDON:
            /* "okay, add it" with nothing on the table asks the agent to
             * put something on the account: bought once the agent does */
            if (!e->says_add)
                break;
            /* fall through */
        case CE_REQUEST:
            if (!e->consumed && st->request_turn < 0) {
                st->request_turn = turn;
                st->request_start = e->start;
                st->request_end = e->cend;
            }
            break;
        case CE_SLOT:
            if (st->request_turn >= 0)
                st->slot_turn = turn;
            break;
        case CE_AFFIRM:
        case CE_AFFIRM_WEAK:
        case CE_CONFIRM: {
            answered = true;
            /* a read-back may be confirmed a turn later, after a question
             * ("Yes. What time does it start?" counts at once) */
            bool strong = e->kind != CE_AFFIRM_WEAK || st->readback;
            bool in_time = st->ask == ASK_CLOSING && (strong ? st->ask_wait <= 1 : st->ask_wait == 0);
            /* "that's correct" confirms only what was read back or proposed */
            if (e->kind == CE_CONFIRM && !st->readback && !st->asked)
                in_time = false;
            /* "Yes, call me back tomorrow": what the yes is about follows it;
             * in "Correct, what's their number?" the question is another
             * matter */
            size_t si = kpi_text_sentence_at(ct, e->start);
            size_t se = kpi_text_sentence_is_question(ct, si) && e->cend > e->end
                            ? e->cend
                            : ct->sent[si].end;
            /* "... green fee is fifty five each, does that work?" - "yep
             * that's correct": a "that's correct" answering a read-back or a
             * closing question confirms what it proposed, not a detail
             * ("that's correct" to "is this your number?" asks no closing) */
            size_t agreed = agreement_end(ct, e);
            bool other = st->readback || st->ask == ASK_CLOSING
                             ? nonpurchase_beyond(ct, c, e->start, agreed < se ? agreed : se)
                             : dlg_nonpurchase(ct, e->start, se);
            /* "Yes, how much is it?" asks before buying; but "that is
             * correct" to a read-back has confirmed the order it read,
             * whatever the customer asks next ("... what is the total?") */
            bool price_open = c->price_question && !(e->kind == CE_CONFIRM && st->readback);
            if (!e->consumed && in_time && (e->at_start || e->kind == CE_CONFIRM) && !negative &&
                !price_open && !other) {
                main.end = e->cend > e->end ? e->cend : e->end;
                main.by_yes = true;
                main.choice = st->ask_turn >= 0 && !proposes_purchase(&st->texts[st->ask_turn]);
                dlg_accept_push(st, &main);
                st->ask = ASK_NONE;
            } else if (!e->consumed && e->kind != CE_AFFIRM_WEAK && st->readback_cue &&
                       st->ask != ASK_OTHER &&
                       st->ask_wait == 0 && (e->at_start || e->kind == CE_CONFIRM) &&
                       !negative && !other && !c->price_question && st->request_turn < 0) {
                /* a yes to what the agent said, not asked as a closing
                 * question: a purchase once the agent carries it out
                 * ("Yes, that's right." ... "Your order is placed.") */
                st->request_turn = turn;
                st->request_start = e->start;
                st->request_end = e->cend > e->end ? e->cend : e->end;
            } else if (wants_offered(st, ct, e, negative, other)) {
                st->request_turn = turn;
                st->request_start = e->start;
                st->request_end = e->cend > e->end ? e->cend : e->end;
            }
            break;
        }
        case CE_RETRACT:
            answered = true;
            /* it refused the add-on just offered, unless it refuses the
             * whole order ("let's hold off on the whole thing") */
            if (e->consumed && !refuses_whole(ct, e))
                break;
            if (corrects(ct, c, e) || retracts_other(st, ct, e))
                break;
            /* "fine, but I'll shop elsewhere next year": a threat for
             * later takes nothing back */
            if (elsewhere_later(ct, e->start))
                break;
            /* "I've booked the tickets." ... "Do you want me to book you a
             * room?" "No, don't book me a room.": a retraction answering a
             * new closing question, after the purchase was carried out and
             * with nothing taken since, refuses that question */
            if (!retracted && st->fulfil_turn >= 0 && st->ask_turn > st->fulfil_turn &&
                st->ask_wait == 0 && st->ask == ASK_CLOSING &&
                !asks_to_keep(&st->texts[st->ask_turn]) &&
                !taken_since(st, st->fulfil_turn, true) &&
                !takes_back_all(ct, e->start, ct->sent[kpi_text_sentence_at(ct, e->start)].end)) {
                st->request_turn = -1;
                retracted = true;
                break;
            }
            /* several words of one retraction take back one thing */
            if (!retracted)
                retract(st, turn, e);
            retracted = true;
            break;
        case CE_DECLINE:
        case CE_DEFER:
        case CE_INFO:
            answered = true;
            if (skips_as_saved(st, ct, e))
                break;
            defer_takes_back(st, turn, e);
            if (e->kind != CE_INFO && !e->consumed && e->at_start && st->ask == ASK_CLOSING)
                for (size_t k = 0; k < st->n_acc; k++)
                    if (st->acc[k].tentative || (st->acc[k].unsure && puts_off(ct, e)))
                        st->acc[k].retracted = true;
            /* "Anything else?" "No, that's it.", or "nah, just the
             * drink" to an extra: the order stands */
            /* ... nor does a "maybe next year" to an extra offered since */
            if (!e->consumed && st->ask != ASK_OFFER &&
                !(e->kind == CE_DECLINE && (st->asks_more || keeps_order(ct, e))))
                st->request_turn = -1;
            break;
        default:
            break;
        }
    }
    if (ct->secmask & (1ull << KS_ELSEWHERE))
        goes_elsewhere(st, turn);
    /* "What can I get you?" "Kung pao chicken and two egg rolls.": the
     * order itself, bought once the agent carries it out */
    if (st->order_prompt && !negative && !c->question && st->request_turn < 0 && !retracted &&
        ct->ntok > 0 && dlg_names_something(ct, 0, ct->len)) {
        st->request_turn = turn;
        st->request_start = 0;
        st->request_end = ct->len;
    }
    /* "yeah, do the chain" to its price, "put us down" to the day offered:
     * a go-ahead for a service, bought once the agent carries it out; with
     * no price stated and no slot offered ("yeah, do the reimage" on a
     * support call) it is a step, not a purchase */
    bool taken = false; /* a yes the add-on offer took ("yes, do the upgrade") */
    for (size_t i = 0; i < c->n; i++)
        taken = taken || c->ev[i].consumed;
    /* "Can I look at what I can do?" "Go ahead." ... "Fine. Do the $30
     * credit.": a go-ahead that takes the save offer replaces a go-ahead
     * still awaiting the agent, which let the agent look for one, and
     * stands though a yes before it answered the offer */
    if (!negative && !retracted) {
        size_t gs, ge;
        if (kpi_find(ct, KS_GO_AHEAD, 0, ct->len, &gs, &ge) && !asks_besides(ct, c, gs) &&
            (kpi_has(ct, KS_SAVE_MEASURE, gs, ge)
                 ? takes_save(st, ct, gs) && st->request_turn < st->save_turn
                 : !taken && st->request_turn < 0 &&
                       (st->priced || offers_slot(st) || agent_priced(st, turn)))) {
            st->request_turn = turn;
            st->request_start = gs;
            st->request_end = ct->sent[kpi_text_sentence_at(ct, gs)].end;
        }
    }
    /* a pick stands beside a remark ("six thirty please, i'm not a morning
     * person"); a refusal that opens the answer to the agent's
     * closing question takes it back; a no to an offer of something else
     * ("a reminder text?" "no thanks") leaves it */
    bool refuses = retracted;
    for (size_t i = 0; i < c->n && st->ask == ASK_CLOSING; i++)
        if (!c->ev[i].consumed && c->ev[i].at_start &&
            (c->ev[i].kind == CE_DECLINE || c->ev[i].kind == CE_DEFER))
            refuses = true;
    if (refuses)
        st->pick_turn = -1;
    else if (!c->question && !refuses_pick(ct, c) && picks_offered_slot(st, ct)) {
        st->pick_turn = st->pick_words = turn;
        st->pick_start = 0;
        st->pick_end = ct->len;
    } else if (!c->question && takes_offered_slot(st, ct, c)) {
        st->pick_turn = turn;
        st->pick_words = st->ask_turn;
        st->pick_start = 0;
        st->pick_end = ct->len;
    }
    follow_agreement(st, turn, c);
    follow_failure(st, turn, c);
    for (size_t i = 0; i < c->n; i++)
        if (c->ev[i].kind == CE_DECLINE && c->ev[i].at_start)
            st->decline_turn = turn;
    st->cust_asked = c->question || negative;
    st->order_prompt = false;
    if (st->ask == ASK_CLOSING) {
        if (answered || !c->question)
            st->ask = ASK_NONE;
        else
            st->ask_wait++; /* "how long does it take?" before the answer */
    }
}

/* "I can add you to the waitlist." - "Fine, put me on it.", "I can email
 * you when we add dates." - "Sure, that's my email.", "You're eligible for
 * an upgrade!" - "Yes, I got your text.": an add-on taken at no price whose
 * offer, or the sentence that took it, is about a non-purchase (a list, an
 * email, a text) buys nothing. A priced add-on is a purchase whatever the
 * words around it. */
static bool nonpurchase_addon(const dlg_state *st, const dlg_accept *a)
{
    if (a->kind != ACC_ADDON || a->item < 0 || a->cents != 0)
        return false;
    const dlg_item *it = &st->items[a->item];
    if (it->cents != 0)
        return false;
    /* the offer's object: its first words ("I can add you to the
     * waitlist", "I can email you when ..."), not a detail said later in
     * it ("... will raise the premium, I'll email you the figure") */
    const kpi_text *ot = &st->texts[it->words_turn];
    size_t oe = kpi_text_words_fwd(ot, it->ws, it->we, 8);
    if (dlg_nonpurchase(ot, it->ws, oe) || kpi_has(ot, KS_FREE_SERVICE, it->ws, oe))
        return true;
    /* the answer's: "yes, I got your text", but not "okay, I'll stay, move
     * it to the new house", which commits besides */
    const kpi_text *ct = &st->texts[a->turn];
    kpi_span sp = ct->sent[kpi_text_sentence_at(ct, a->start)];
    return dlg_nonpurchase(ct, sp.start, sp.end) && !kpi_has(ct, KS_COMMIT, sp.start, sp.end);
}

/* "I can also escalate it for a review." - "Yeah, do that.": a bare yes
 * taking an add-on at no price, in a call where the agent never stated a
 * sale price and the customer bought nothing else, agrees to a step on a
 * support call, not a purchase. The customer's own words of buying ("add
 * him", "I'll stay", "book that") still buy. */
static bool unpriced_yes_alone(const dlg_state *st, const dlg_accept *a)
{
    if (a->kind != ACC_ADDON || !a->by_yes || a->cents != 0 || st->priced)
        return false;
    if (a->item >= 0 && st->items[a->item].cents != 0)
        return false;
    for (size_t i = 0; i < st->n_acc; i++)
        if (st->acc[i].kind == ACC_MAIN && !st->acc[i].retracted)
            return false;
    return true;
}

/* Does every closing question or proposal in agent text t, and its last
 * sentence, propose a non-purchase ("Can I put you on a brief hold while I
 * check?", "I can add you to the returns list.", "I can text you the
 * link.")? "I can book you Thursday. Shall I text you a reminder?" books
 * first: its closing proposal is a purchase. */
static bool proposes_only_nonpurchase(const kpi_text *t, const dlg_agent *ag)
{
    /* a save offer ("would you like me to apply that instead of
     * cancelling?") keeps a paying customer: taking it counts */
    if (t->nsent == 0 || ag->readback || ag->mentions_readback || ag->retention ||
        kpi_has(t, KS_RETENTION, 0, t->len) ||
        !dlg_nonpurchase(t, t->sent[t->nsent - 1].start, t->sent[t->nsent - 1].end))
        return false;
    /* a proposal there must be: "I have a cancellation at 1:30" offers the
     * slot, not a list */
    bool proposes = ag->offer &&
                    dlg_nonpurchase(t, ag->offer_start,
                                    kpi_text_object_end(t, ag->offer_start, ag->offer_end, 5));
    size_t ms, me;
    for (size_t pos = 0; pos < t->len && kpi_find(t, KS_CLOSING, pos, t->len, &ms, &me);
         pos = me > ms ? me : ms + 1) {
        /* its object, the words right after it: "can I book you in and
         * send you a reminder?" books; the reminder is a detail */
        kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
        if (!dlg_nonpurchase(t, ms, kpi_text_object_end(t, me, sp.end, 5)))
            return false;
        proposes = true;
    }
    return proposes;
}

/* "Can I put you on a brief hold?" - "Yes, go ahead.", "I can add you to
 * the returns list." - "Fine, put me on it.": an agreement at no price that
 * names nothing of its own answers the agent's turn just before it; when
 * that turn states no sale price, carries out no purchase and proposes
 * only a hold, a list, a text or an e-mail, nothing is bought. "Sure, and
 * book the massage too" names its own purchase. */
static bool answers_nonpurchase(const dlg_state *st, const dlg_accept *a)
{
    if (a->cents != 0 || a->turn < 1 || st->turns->v[a->turn - 1].speaker != SPK_AGENT)
        return false;
    if (a->item >= 0 && st->items[a->item].cents != 0)
        return false;
    int i = a->turn - 1;
    const kpi_text *at = &st->texts[i];
    const kpi_text *ct = &st->texts[a->turn];
    kpi_span cs = ct->sent[kpi_text_sentence_at(ct, a->start)];
    /* "It's $89 per person, and I can text you the link." - "Sure, text
     * it to this number.": a price stated as information beside the
     * proposal leaves it a text when the answer asks for just that */
    bool asks_same = dlg_nonpurchase(ct, cs.start, cs.end) &&
                     !kpi_has(ct, KS_COMMIT, cs.start, cs.end);
    if ((sale_price_before(st, i, at->len) && !asks_same) || st->agent[i].confirm ||
        !proposes_only_nonpurchase(at, &st->agent[i]))
        return false;
    return asks_same || !dlg_names_something(ct, cs.start, cs.end);
}

void conversion_finish(dlg_state *st, kpi_result *out)
{
    /* "That flight works for me." to a listing, or "sounds good" to "how
     * does that sound?", and the agent never books it: a choice, not a
     * purchase */
    for (size_t i = 0; i < st->n_acc; i++) {
        dlg_accept *a = &st->acc[i];
        if (!a->retracted && a->kind == ACC_MAIN && (a->item >= 0 || a->choice) && a->by_yes &&
            st->fulfil_turn < a->turn)
            a->retracted = true;
        if (a->free || nonpurchase_addon(st, a) || unpriced_yes_alone(st, a) ||
            answers_nonpurchase(st, a))
            a->retracted = true;
    }
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
