/* kpi_agent.c - reads one agent turn: what it leaves the customer to answer
 * (a closing question or proposal, an add-on offer, another question), and
 * the facts around it: a confirmed sale, a save offer, a revised price, and
 * the sale prices with the words that name what each is for. Only the
 * customer decides a KPI; these facts tell what the customer's words answer. */
#include <stdlib.h>
#include <string.h>

#include "kpi_dialog.h"
#include "util.h"

static void price_push(dlg_agent *a, const dlg_price *p)
{
    if (a->n_price == a->cap_price) {
        a->cap_price = a->cap_price ? a->cap_price * 2 : 8;
        a->prices = xrealloc(a->prices, a->cap_price * sizeof *a->prices);
    }
    a->prices[a->n_price++] = *p;
}

void dlg_agent_free(dlg_agent *a)
{
    free(a->prices);
    memset(a, 0, sizeof *a);
}

/* Does the span [a, b) hold a match of sec whose sentence is not about a
 * non-purchase ("I'm adding a credit to your account" offers nothing)? Sets
 * *at to the first such match. */
static bool cue_in_scan(const kpi_text *t, kpi_section sec, size_t a, size_t b, size_t *at)
{
    size_t pos = a, ms, me;
    while (pos < b && kpi_find(t, sec, pos, b, &ms, &me)) {
        kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
        /* "I'll add that to your order" reports; the cue is the confirmation */
        size_t cs, ce;
        bool reported = kpi_find(t, KS_CONFIRM, sp.start, sp.end, &cs, &ce) && cs < me && ce > ms;
        /* what follows the cue says what it offers: "adding a credit to
         * your account" offers nothing for sale */
        size_t obj_end = kpi_text_words_fwd(t, me, sp.end, 6);
        if (!dlg_nonpurchase(t, ms, obj_end) && !reported) {
            *at = ms;
            return true;
        }
        pos = me > ms ? me : ms + 1;
    }
    return false;
}

/* cue_in_scan, asked three times for each sentence an agent asks or
 * proposes in: a section the turn never matched answers false at once,
 * before the scan sets up its loop (the scan's kpi_find would say the same). */
static inline bool cue_in(const kpi_text *t, kpi_section sec, size_t a, size_t b, size_t *at)
{
    return (t->secmask & (1ull << sec)) && cue_in_scan(t, sec, a, b, at);
}

/* Start of the last match of sec in [a, b), or -1. */
static long last_of(const kpi_text *t, kpi_section sec, size_t a, size_t b)
{
    size_t ms, me;
    return kpi_find_last(t, sec, a, b, &ms, &me) ? (long)ms : -1;
}

static long maxl(long x, long y)
{
    return x > y ? x : y;
}

/* Is the notice at ms said with regret: "afraid" or "unfortunately" in its
 * sentence with no "but" between them ("unfortunately the 7 is gone, but
 * I've booked you at 7:30" carries the booking out)? "Sorry" is left out:
 * "sorry for the wait, you're booked" books. */
static bool regretted(const kpi_text *t, size_t ms)
{
    kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
    size_t at = kpi_text_tok_at(t, ms);
    bool regret = false;
    for (size_t k = kpi_text_tok_at(t, sp.start); k < t->ntok && t->tok[k].end <= sp.end; k++) {
        if (KPI_TOK_IS(t, k, "but", "however"))
            regret = false;
        else if (KPI_TOK_IS(t, k, "afraid", "unfortunately"))
            regret = true;
        /* the regret must reach the notice, before or after it */
        if (k == at && regret)
            return true;
        if (k > at && KPI_TOK_IS(t, k, "but", "however"))
            return false;
        /* "Your tickets are confirmed, and they are unfortunately not
         * refundable", "confirmed and unfortunately, not refundable": what
         * is joined on with "and" is what is regretted */
        if (k > at && KPI_TOK_IS(t, k, "and"))
            return false;
        if (k > at && regret)
            return true;
    }
    return false;
}

/* Does a failure notice govern the notice at ms: one that starts earlier
 * in its clause ("I couldn't get you the tickets reserved": the words that
 * would report a booking are what failed), or at the same word in a
 * sentence with an apology ("I'm sorry but they're all booked for that
 * time"; "he's booked for Thursday at 4" books)? "The 7 pm is sold out, but
 * I've booked you at 7:30" ends the failure's clause before the booking. */
static bool failure_governs(const kpi_text *t, size_t ms)
{
    size_t cl = kpi_text_clause_start(t, ms), fs, fe;
    if (!kpi_find(t, KS_FAILURE, cl, kpi_text_clause_end(t, ms), &fs, &fe) || fs > ms)
        return false;
    kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
    return fs < ms || kpi_has(t, KS_APOLOGY, sp.start, sp.end);
}

/* Is the notice at ms a day or time said booked with an apology in its
 * sentence ("I'm sorry, 9 am is booked.", "sorry, Friday's taken")? The
 * word before the notice is the day or time: the calendar is full then,
 * nothing is booked for the customer ("your 9 am is booked" has no
 * apology; "sorry for the wait, you're booked" names no day). */
static bool slot_full(const kpi_text *t, size_t ms)
{
    size_t k = kpi_text_tok_at(t, ms);
    kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
    if (k == 0 || t->tok[k - 1].start < sp.start || !KPI_TOK_IS(t, k, "is", "was", "'s"))
        return false;
    if (!KPI_TOK_IS(t, k - 1, "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "am", "pm", "noon", "weekend", "tomorrow", "today",
                    "tonight"))
        return false;
    return kpi_has(t, KS_APOLOGY, sp.start, sp.end);
}

/* Is the read-back match [ms, me) a bare "correct" or "right"? Opening a
 * statement it answers or acknowledges ("Correct, the balance is on hold",
 * "Right, that'll be right up"); only at the end of a sentence or asked
 * ("two tickets for Friday, correct?") does it ask to confirm. */
static bool bare_ack_word(const kpi_text *t, size_t ms, size_t me)
{
    size_t k = kpi_text_tok_at(t, ms);
    return k + 1 == kpi_text_tok_at(t, me) && KPI_TOK_IS(t, k, "correct", "right");
}

/* Start of a read-back cue in the sentence [a, b): anywhere in a question
 * ("two tickets for Friday, is that correct?"); in a statement only near the
 * start of a clause ("Confirming: a table for two at 7 pm.", "before I send
 * it, please check the order") or at its end, so that a sentence that merely
 * mentions "confirm" reads nothing back. -1 when none. */
static long readback_at(const kpi_text *t, size_t a, size_t b, bool question)
{
    if (question)
        return last_of(t, KS_READBACK, a, b);
    size_t pos = a, ms, me;
    size_t last = kpi_text_tok_at(t, b); /* the first word after the sentence */
    while (pos < b && kpi_find(t, KS_READBACK, pos, b, &ms, &me)) {
        size_t cs = kpi_text_clause_start(t, ms);
        size_t k = kpi_text_tok_at(t, ms);
        bool ends = kpi_text_tok_at(t, me) >= last;
        /* near a clause's start, unless a bare "correct" or "right"
         * acknowledges there; or ending the sentence: "two pad thai to bay
         * street is that right" asks without a question mark in
         * speech-recognition text */
        if ((!bare_ack_word(t, ms, me) && k <= kpi_text_tok_at(t, cs) + 2) || ends)
            return (long)ms;
        pos = me > ms ? me : ms + 1;
    }
    return -1;
}

/* Does the agent's turn read anything back? A bare "correct" or "right"
 * opening a statement acknowledges ("Right. Your order is placed."): it
 * reads nothing back; asked ("Correct?") it does. */
static bool mentions_readback(const kpi_text *t)
{
    size_t pos = 0, ms, me;
    while (pos < t->len && kpi_find(t, KS_READBACK, pos, t->len, &ms, &me)) {
        size_t si = kpi_text_sentence_at(t, ms);
        bool opens = kpi_text_tok_at(t, ms) == kpi_text_tok_at(t, t->sent[si].start);
        /* "can you confirm the email on the account": what is to be
         * confirmed, the three words after the cue, is a detail */
        size_t oe = kpi_text_words_fwd(t, me, t->sent[si].end, 3);
        bool detail = dlg_nonpurchase(t, me, oe) || kpi_has(t, KS_IDENTITY, me, oe);
        if (!(bare_ack_word(t, ms, me) && opens && !kpi_text_sentence_is_question(t, si)) &&
            !detail)
            return true;
        pos = me > ms ? me : ms + 1;
    }
    return false;
}

/* "One cappuccino with oat milk, extra oat milk. Is that correct?": an
 * "extra" at cue in a turn that reads back (mentions_readback), said in a
 * sentence that asks nothing before it and names no price, is part of the
 * order read back, not an offer */
static bool reads_back_extra(const kpi_text *t, size_t cue)
{
    /* unpunctuated, the read-back's own question may follow in the same
     * sentence ("... extra oat milk is that correct"); one before the
     * extra asks for it ("would you like extra cheese") */
    size_t si = kpi_text_sentence_at(t, cue);
    if ((t->nstops > 0 && kpi_text_sentence_is_question(t, si)) ||
        kpi_has(t, KS_QUESTION_START, t->sent[si].start, cue))
        return false;
    for (size_t k = kpi_text_tok_at(t, t->sent[si].start);
         k < t->ntok && t->tok[k].end <= t->sent[si].end; k++) {
        if (KPI_TOK_IS(t, k, "dollar", "dollars", "cents", "bucks", "cost", "costs", "charge",
                       "free", "add", "also", "only", "just") ||
            memchr(t->low + t->tok[k].start, '$', t->tok[k].end - t->tok[k].start) ||
            cz_is_digit(t->low[t->tok[k].start]))
            return false;
    }
    return true;
}

/* Does the match ending at byte e end with "that", "it" or "this"? */
static bool ends_pointing_back(const kpi_text *t, size_t e)
{
    size_t k = kpi_text_tok_at(t, e);
    return k > 0 && KPI_TOK_IS(t, k - 1, "that", "this", "it");
}

/* Is the closing match that starts at byte `closing` of the sentence [a, b)
 * a [closing] cue whose object (kpi_text_object_end: six words on, "put your
 * | name on the interest list") names a non-purchase or
 * a free service ("put you on | the waitlist", "take | you off our list")?
 * A read-back or a save offer is read as before. */
static bool closing_object_other(const kpi_text *t, size_t a, size_t b, long closing,
                                 bool saving)
{
    size_t ms, me;
    if (!kpi_find_last(t, KS_CLOSING, a, b, &ms, &me) || (long)ms != closing)
        return false;
    size_t oe = kpi_text_object_end(t, me, b, 6);
    if (saving)
        return dlg_last_nonpurchase_unsaved(t, me, oe) >= 0;
    return dlg_nonpurchase(t, me, oe) || kpi_has(t, KS_FREE_SERVICE, me, oe);
}

/* Reads what the sentence [a, b) asks: the last of its cues decides, so
 * "shall I book it and what's your email" asks for the email. A read-back
 * asks like a closing question: confirming it commits. */
static dlg_ask sentence_ask(const kpi_text *t, size_t a, size_t b, bool question, bool retention,
                            bool saving)
{
    /* "would you like that" points back only when it is asked */
    long closing = maxl(maxl(last_of(t, KS_CLOSING, a, b), readback_at(t, a, b, question)),
                        question ? last_of(t, KS_CLOSING_REF, a, b) : -1);
    if (retention)
        closing = maxl(closing, last_of(t, KS_RETENTION, a, b));
    size_t at;
    long offer = -1;
    if (!retention &&
        (cue_in(t, KS_OFFER_CUE, a, b, &at) || cue_in(t, KS_OFFER_QUESTION, a, b, &at) ||
         cue_in(t, KS_UPGRADE_CUE, a, b, &at)))
        offer = maxl(maxl(last_of(t, KS_OFFER_CUE, a, b), last_of(t, KS_OFFER_QUESTION, a, b)),
                     maxl(last_of(t, KS_UPGRADE_CUE, a, b), (long)at));
    /* "instead of cancelling I can freeze it for three months": a save
     * offer's pause, freeze or credit is the offer, not something else */
    long other = saving ? dlg_last_nonpurchase_unsaved(t, a, b) : last_of(t, KS_NONPURCHASE, a, b);
    long best = maxl(closing, offer);
    /* "I can do a remote reset, do you want me to do that?": a closing
     * question that points back takes the non-purchase before it */
    size_t cms, cme;
    if (other >= 0 && closing >= 0 && other < closing && offer < 0 &&
        kpi_find_last(t, KS_CLOSING, a, b, &cms, &cme) && (long)cms == closing &&
        ends_pointing_back(t, cme))
        return question ? ASK_OTHER : ASK_NONE;
    /* unpunctuated speech-recognition text may ask without a '?': "want me
     * to put you on the notify list" */
    if ((question || (t->nstops == 0 && best >= 0)) && other > best)
        return ASK_OTHER;
    /* "I can add you to the waitlist.", "would you like me to take you off
     * our list?": the closing's own object, its next few words, is a
     * non-purchase, asked or only proposed */
    if (closing >= 0 && offer < 0 && closing_object_other(t, a, b, closing, saving))
        return question ? ASK_OTHER : ASK_NONE;
    /* "I'll send it to jo@example.com, is that right?" reads back an
     * address, not an order */
    if (closing >= 0 && closing == readback_at(t, a, b, question) && offer < 0 &&
        kpi_has(t, KS_IDENTITY, a, b))
        return question ? ASK_OTHER : ASK_NONE;
    if (offer >= 0)
        return ASK_OFFER;
    if (closing >= 0)
        return ASK_CLOSING;
    return question ? ASK_OTHER : ASK_NONE;
}

/* What the turn leaves to answer: its last question, or when it asks
 * nothing, a proposal in its last two sentences ("I can book you for
 * Tuesday."). Unpunctuated speech-recognition text is one sentence, read by
 * its cues. */
static dlg_ask turn_ask(const kpi_text *t, bool retention, bool saving, bool *asked)
{
    *asked = false;
    for (size_t i = t->nsent; i-- > 0;) {
        if (!kpi_text_sentence_is_question(t, i))
            continue;
        *asked = true;
        dlg_ask k = sentence_ask(t, t->sent[i].start, t->sent[i].end, true, retention, saving);
        /* "Is this order right? I want to be sure before sending it?": a
         * last question with no cue of its own, no detail and no
         * non-purchase in it, leaves the read-back asked just before */
        if (k == ASK_OTHER && i > 0 && kpi_text_sentence_is_question(t, i - 1) &&
            !kpi_has(t, KS_NONPURCHASE, t->sent[i].start, t->sent[i].end) &&
            !kpi_has(t, KS_IDENTITY, t->sent[i].start, t->sent[i].end) &&
            readback_at(t, t->sent[i - 1].start, t->sent[i - 1].end, true) >= 0 &&
            sentence_ask(t, t->sent[i - 1].start, t->sent[i - 1].end, true, retention, saving) ==
                ASK_CLOSING)
            return ASK_CLOSING;
        /* "I can schedule a callback. Would that work?" asks about the
         * sentence before */
        if (k == ASK_CLOSING && i > 0 &&
            !kpi_has(t, KS_CLOSING, t->sent[i].start, t->sent[i].end) &&
            !kpi_has(t, KS_READBACK, t->sent[i - 1].start, t->sent[i - 1].end) &&
            dlg_nonpurchase(t, t->sent[i - 1].start, t->sent[i - 1].end))
            k = ASK_OTHER;
        return k;
    }
    for (size_t i = t->nsent; i-- > 0 && i + 2 >= t->nsent;) {
        dlg_ask k = sentence_ask(t, t->sent[i].start, t->sent[i].end, false, retention, saving);
        if (k != ASK_NONE) {
            /* without a question mark (speech recognition), word order
             * tells a question: "would you like to add it" */
            kpi_span sp = t->sent[i];
            *asked = kpi_has(t, KS_QUESTION_START, sp.start, sp.end) ||
                     kpi_has(t, KS_CLOSING_REF, sp.start, sp.end) ||
                     kpi_has(t, KS_OFFER_QUESTION, sp.start, sp.end);
            return k;
        }
    }
    /* "Please confirm the following details: the flight is from Seattle.
     * The airline is Delta. The date is March 10th.": a read-back that
     * opens the turn ("Okay. Please confirm ...") and a list of statements
     * asks for its yes however many sentences the list runs to; not in a
     * turn that reports something done ("Your order is placed. So an email
     * will follow. ...") */
    if (t->nsent < 3 || kpi_has(t, KS_CONFIRM, 0, t->len))
        return ASK_NONE;
    for (size_t i = 0; i < 2 && i + 2 < t->nsent; i++)
        if (readback_at(t, t->sent[i].start, t->sent[i].end, false) >= 0 &&
            sentence_ask(t, t->sent[i].start, t->sent[i].end, false, retention, saving) == ASK_CLOSING)
            return ASK_CLOSING;
    return ASK_NONE;
}

/* Does the turn open with a bare notice that speech recognition ran into
 * what the agent says next ("done would you like overdraft protection",
 * "booked what's the address", "booked for two pm we also have a plan",
 * "okay all set your number is in the app")? "done", "booked", "all set" or
 * "all done", after at most one word of assent, with no punctuation after
 * it and more words following; not "done with", "booked up", "booked
 * solid", "all set up" (a step or a full calendar). The [confirm] patterns
 * read the punctuated "Done. Would you like ..." already. */
static bool runs_on_notice(const kpi_text *t)
{
    size_t k = 0;
    if (t->ntok > 2 && KPI_TOK_IS(t, 0, "okay", "ok", "great", "perfect", "alright", "right"))
        k = 1;
    size_t n = k + 1 < t->ntok && KPI_TOK_IS(t, k, "all") && KPI_TOK_IS(t, k + 1, "set", "done")
                   ? k + 2
                   : KPI_TOK_IS(t, k, "done", "booked") ? k + 1 : 0;
    if (n == 0 || n >= t->ntok || (t->tok[n - 1].flags & TF_PUNCT_AFTER))
        return false;
    /* "booked for two pm", "done for friday"; "booked for two" may count
     * people, and the offer after it reads them as its quantity */
    if (KPI_TOK_IS(t, n, "for")) {
        for (size_t j = n + 1; j < t->ntok && j <= n + 3; j++)
            if (KPI_TOK_IS(t, j, "am", "pm", "today", "tonight", "tomorrow", "morning",
                           "afternoon", "evening", "monday", "tuesday", "wednesday") ||
                KPI_TOK_IS(t, j, "thursday", "friday", "saturday", "sunday"))
                return true;
        return false;
    }
    return !KPI_TOK_IS(t, n, "with", "up", "solid", "until", "till", "through", "out", "yet",
                       "already", "by", "on", "in", "the", "that", "this", "it");
}

/* Whether "on top" is said in [a, b). */
static bool on_top(const kpi_text *t, size_t a, size_t b)
{
    for (size_t k = kpi_text_tok_at(t, a) + 1; k < t->ntok && t->tok[k].end <= b; k++) {
        const kpi_tok *w = &t->tok[k], *p = &t->tok[k - 1];
        if (w->end - w->start == 3 && memcmp(t->low + w->start, "top", 3) == 0 &&
            p->end - p->start == 2 && memcmp(t->low + p->start, "on", 2) == 0)
            return true;
    }
    return false;
}

/* Does the offer [a, b) say it goes with something the customer has
 * ("want garlic knots with that?", "a case to go with it", "fries with
 * your order")? Then it comes on top of that, like "on top". */
static bool goes_with(const kpi_text *t, size_t a, size_t b)
{
    for (size_t k = kpi_text_tok_at(t, a) + 1; k + 1 < t->ntok && t->tok[k + 1].end <= b; k++)
        if (KPI_TOK_IS(t, k, "with") && KPI_TOK_IS(t, k + 1, "that", "it", "your"))
            return true;
    return false;
}

/* "that's two extra seats and there's also priority support at forty"
 * prices the support: the seats are not named by it. An "and" with no
 * "also" after it ("the bread and butter pudding") joins the words of one
 * thing. */
size_t dlg_item_words_start(const kpi_text *t, size_t from, size_t price)
{
    size_t and_at = (size_t)-1;
    for (size_t k = kpi_text_tok_at(t, from); k < t->ntok && t->tok[k].end <= price; k++) {
        if (KPI_TOK_IS(t, k, "and", "plus"))
            and_at = k;
        else if (and_at != (size_t)-1 && KPI_TOK_IS(t, k, "also") &&
                 dlg_names_something(t, t->tok[and_at].start, price))
            return t->tok[and_at].start;
    }
    return from;
}

/* "Rain cover for $25?", "And the matching ottoman for $349?": a short
 * question that is only a thing and its price ("X for $N") offers the thing
 * by name, as "would you like X for $N?" would. A question that opens with
 * a verb or a question word ("is that for $25?", "can I book it for $90?")
 * asks something else and is read by its cues. Unpunctuated text has no
 * such question to tell. */
static void priced_ellipsis(const kpi_text *t, dlg_agent *a)
{
    if (a->offer || a->offer_named || a->retention || a->readback || a->confirm ||
        a->failure || a->ask == ASK_CLOSING || a->ask == ASK_OFFER)
        return;
    for (size_t k = a->n_price; k-- > 0;) {
        dlg_price *p = &a->prices[k];
        size_t si = kpi_text_sentence_at(t, p->start);
        if (p->old || !p->in_question || si + 1 != t->nsent)
            continue;
        size_t s0 = t->sent[si].start, s1 = t->sent[si].end;
        size_t w0 = kpi_text_tok_at(t, s0), wp = kpi_text_tok_at(t, p->start);
        /* "for" right before the price, a few words of a thing before it */
        if (wp < w0 + 2 || wp > w0 + 7 || wp == 0)
            return;
        const kpi_tok *f = &t->tok[wp - 1];
        if (f->end - f->start != 3 || memcmp(t->low + f->start, "for", 3) != 0)
            return;
        if (kpi_has(t, KS_QUESTION_START, s0, s1) || kpi_has(t, KS_NONPURCHASE, s0, s1) ||
            !dlg_names_something(t, s0, f->start))
            return;
        /* nothing but the price may follow: "for $25 a month?" */
        for (size_t j = k + 1; j < a->n_price; j++)
            if (kpi_text_sentence_at(t, a->prices[j].start) == si)
                return;
        a->offer_named = true;
        a->ask = ASK_OFFER;
        a->asked = true;
        a->offer_start = s0;
        a->offer_end = t->len;
        for (size_t j = 0; j < a->n_price; j++)
            a->prices[j].in_offer = a->prices[j].start >= s0;
        return;
    }
}

/* Does question sentence si point back at what the sentence before it
 * offered, in its first words ("We also do hedge trimming for $60 a month.
 * Is that something you need?", "... Would that help?")? Then it asks
 * about the offer, not about some detail. */
static bool asks_back(const kpi_text *t, size_t si)
{
    size_t k = kpi_text_tok_at(t, t->sent[si].start);
    for (size_t n = 0; n < 3 && k < t->ntok && t->tok[k].start < t->sent[si].end; n++, k++)
        if (KPI_TOK_IS(t, k, "that", "it", "this", "those", "them", "these"))
            return true;
    return false;
}

/* Is the last question of the turn its sentence si, asking nothing about a
 * detail or a non-purchase? "Would either of you need a checked bag? It's
 * $35 if you add it now": a question the offer's words start with asks
 * about the offer; so does one right after it that points back at it
 * (asks_back). */
static bool offer_is_asked(const kpi_text *t, size_t si)
{
    size_t last = t->nsent;
    for (size_t i = t->nsent; i-- > 0 && last == t->nsent;)
        if (kpi_text_sentence_is_question(t, i))
            last = i;
    if (last != si && !(last == si + 1 && asks_back(t, last)))
        return false;
    kpi_span sp = t->sent[last];
    return !dlg_nonpurchase(t, sp.start, sp.end) && !kpi_has(t, KS_IDENTITY, sp.start, sp.end);
}

/* Is price p said as an increment over another ("for ten more a month",
 * "$12 more", "it's five extra", "twenty dollars additional")? The word
 * after the amount (past a currency word) says so; "more than" compares. */
static bool increment_price(const kpi_text *t, const dlg_price *p)
{
    size_t k = kpi_text_tok_at(t, p->end);
    if (KPI_TOK_IS(t, k, "dollars", "bucks", "pounds", "euros"))
        k++;
    if (k >= t->ntok || kpi_text_sentence_at(t, t->tok[k].start) != kpi_text_sentence_at(t, p->start))
        return false;
    if (KPI_TOK_IS(t, k, "extra", "additional"))
        return true;
    return KPI_TOK_IS(t, k, "more") && !KPI_TOK_IS(t, k + 1, "than");
}

/* Does low[a, b) of t say "or"? */
static bool says_or(const kpi_text *t, size_t a, size_t b)
{
    return KPI_SPAN_HAS(t, a, b, "or");
}

/* Is amount am said as an increment ("we can do nails and teeth for
 * fifteen more")? It costs on top of an earlier price, it never revises
 * it. */
static bool increment_after(const kpi_text *t, const kpi_amount *am)
{
    dlg_price p = {.start = am->start, .end = am->end};
    return increment_price(t, &p);
}

/* "For only $12 more you could have the premium stock", "for ten more a
 * month you can go ceramic", "do you need a child seat, it's five extra": a
 * price said as what something costs on top of what is being bought offers
 * that thing, whatever words (or none) ask for it. With "extra" or
 * "additional" it comes on top; with only "more" it is an upgrade (an
 * add-on only once something is bought, dlg_main_accepted). The sentence
 * that says it, the words after the price too, names the item. A save
 * offer, a read-back or a turn that already offers something is read by
 * its cues. Before anything is bought (sold false) only a step up from a
 * base the turn prices first is read so ("the oak frame is $85. For $25
 * more, museum glass"); "I could move you to 500 meg for $15 more" alone
 * may be the purchase itself, read by its cues. */
static void priced_increment(const kpi_text *t, bool sold, dlg_agent *a)
{
    if (a->offer || a->offer_named || a->retention || a->readback || a->mentions_readback ||
        a->failure || a->free_service)
        return;
    for (size_t k = 0; k < a->n_price; k++) {
        dlg_price *p = &a->prices[k];
        if (p->old || !increment_price(t, p))
            continue;
        bool base = false;
        for (size_t j = 0; j < k && !base; j++)
            base = !a->prices[j].old;
        if (!sold && !base)
            return;
        size_t si = kpi_text_sentence_at(t, p->start);
        size_t s0 = t->sent[si].start, s1 = t->sent[si].end;
        /* "it's eighty five for a full groom and we can do nails for
         * fifteen more", one unpunctuated sentence: the step up is offered
         * after the base price, as it would be in a sentence of its own,
         * when words of its own come between ("the 1 Gig plan is $75, so
         * $20 more" restates the plan's price; "$6 to $8 more" is a range;
         * "a compact is $40 a day, or a full-size for $15 more" offers the
         * other choice) */
        for (size_t j = 0; j < k; j++)
            if (!a->prices[j].old && a->prices[j].end > s0 && a->prices[j].end <= p->start &&
                kpi_text_tok_at(t, p->start) >= kpi_text_tok_at(t, a->prices[j].end) + 3 &&
                !says_or(t, a->prices[j].end, p->start))
                s0 = a->prices[j].end;
        bool extra = kpi_text_has_flag(t, VF_ADDON, p->end, s1);
        a->offer = true;
        a->increment = true;
        a->increment_at = k;
        a->upgrade = !extra;
        a->offer_addon = extra;
        if (a->ask == ASK_NONE || a->ask == ASK_CLOSING)
            a->ask = ASK_OFFER;
        a->offer_start = s0;
        a->offer_end = t->len;
        a->offer_cue = s0;
        for (size_t j = 0; j < a->n_price; j++)
            a->prices[j].in_offer = a->prices[j].start >= s0;
        p->item_start = s0;
        p->item_end = s1;
        return;
    }
}

void dlg_agent_analyze(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, bool price_asked,
                       bool sold, bool cancelling, dlg_agent *a)
{
    (void)r;
    a->ask = ASK_NONE;
    a->asked = false;
    a->retention = a->confirm = a->offer = a->offer_named = a->upgrade = a->revision = false;
    a->readback = a->mentions_readback = a->failure = a->offer_addon = a->asks_more = false;
    a->order_prompt = a->free_service = a->increment = false;
    a->increment_at = 0;
    a->offer_start = a->offer_end = a->offer_cue = 0;
    a->n_price = 0;
    if (!t->len)
        return;
    a->retention = kpi_has(t, KS_RETENTION, 0, t->len);
    a->confirm = kpi_has(t, KS_CONFIRM, 0, t->len);
    a->revision = kpi_has(t, KS_REVISION, 0, t->len);
    a->ask = turn_ask(t, a->retention, a->retention && cancelling, &a->asked);
    a->mentions_readback = mentions_readback(t);
    a->asks_more = kpi_has(t, KS_MORE_QUESTION, 0, t->len);
    a->order_prompt = kpi_has(t, KS_ORDER_PROMPT, 0, t->len);
    a->free_service = kpi_has(t, KS_FREE_SERVICE, 0, t->len);
    a->readback = a->ask == ASK_CLOSING && a->mentions_readback;
    /* "The 7 pm is sold out, but I've booked you at 7:30": the last word on
     * the outcome stands; a notice said with regret ("those are booked
     * through December, I'm afraid") reports that nothing is left */
    long fail = last_of(t, KS_FAILURE, 0, t->len), done = -1;
    if (a->confirm) {
        size_t ms, me;
        for (size_t pos = 0; pos < t->len && kpi_find(t, KS_CONFIRM, pos, t->len, &ms, &me);
             pos = me > ms ? me : ms + 1) {
            if (regretted(t, ms) || failure_governs(t, ms) || slot_full(t, ms))
                fail = maxl(fail, (long)ms);
            else
                done = (long)ms;
        }
        a->confirm = done >= 0;
    }
    if (fail >= 0) {
        a->failure = done < fail;
        a->confirm = !a->failure;
    }
    if (!a->confirm && fail < 0 && runs_on_notice(t))
        a->confirm = true;

    size_t cue = t->len, up = t->len, named = t->len, at;
    /* a save offer's "another option" is the plan itself, not an add-on */
    bool cue_offer = !a->retention && cue_in(t, KS_OFFER_CUE, 0, t->len, &cue);
    bool cue_upgrade = !a->retention && cue_in(t, KS_UPGRADE_CUE, 0, t->len, &up);
    a->offer_named = !a->retention && cue_in(t, KS_OFFER_QUESTION, 0, t->len, &named);
    if (cue_offer && !a->offer_named && a->mentions_readback && reads_back_extra(t, cue)) {
        cue_offer = false;
        /* unpunctuated, the extra and the read-back's question are one
         * sentence, which the extra made an offer */
        if (a->ask == ASK_OFFER && !cue_upgrade) {
            a->ask = ASK_CLOSING;
            a->readback = true;
        }
    }
    a->offer = cue_offer || cue_upgrade;
    a->upgrade = cue_upgrade && !cue_offer;
    at = cue < up ? cue : up;
    if (a->offer_named && named < at)
        at = named;
    size_t offer_sent = at < t->len ? kpi_text_sentence_at(t, at) : t->nsent;
    /* "The seat upgrade is $60. Would you like it?", "A static IP is $5 a
     * month. Interested?": a question that points back, or is a word or two
     * on its own, offers what the sentence before it named */
    size_t cme, cms;
    if (cue_offer && at == cue && offer_sent > 0 && offer_sent < t->nsent &&
        kpi_find(t, KS_OFFER_CUE, cue, t->len, &cms, &cme) && cms == cue &&
        (ends_pointing_back(t, cme) ||
         kpi_text_tok_at(t, t->sent[offer_sent].end) - kpi_text_tok_at(t, t->sent[offer_sent].start) <= 2))
        offer_sent--;
    /* "For $45 more I can move you to an extra legroom seat. Interested?":
     * a closing question after an add-on offer asks about the add-on */
    if (a->ask == ASK_CLOSING && a->offer)
        a->ask = ASK_OFFER;
    if (a->ask == ASK_OTHER && a->offer && offer_sent < t->nsent && offer_is_asked(t, offer_sent))
        a->ask = ASK_OFFER;
    if (offer_sent < t->nsent) {
        a->offer_start = t->sent[offer_sent].start;
        a->offer_end = t->len;
        a->offer_cue = at > a->offer_start ? at : a->offer_start;
        /* "add", "also", "extra", "on top", an upgrade: offered on top of
         * something; "you might like the 8:25 flight" may be the purchase */
        a->offer_addon = cue_upgrade || kpi_text_has_flag(t, VF_ADDON, a->offer_start, t->len) ||
                         on_top(t, a->offer_start, t->len) ||
                         goes_with(t, a->offer_start, t->len);
    }

    /* an offer or a revision talks prices: "add the cleaning for nineteen
     * ninety nine" needs no "dollars" */
    kpi_amounts_find(s, t,
                     a->revision || a->offer || a->offer_named ? KPI_AMT_OFFER
                     : price_asked                             ? KPI_AMT_ANSWER
                     : sold                                    ? KPI_AMT_SOLD
                                                               : KPI_AMT_STRICT);
    size_t rev_at = 0, rev_end;
    if (a->revision)
        (void)kpi_find(t, KS_REVISION, 0, t->len, &rev_at, &rev_end);
    size_t prev_end = 0, prev_sent = (size_t)-1;
    for (size_t k = 0; k < s->namounts; k++) {
        const kpi_amount *am = &s->amounts[k];
        /* The item a price is for is named just before it, in its sentence
         * or, for "It's $35.", in the sentence before. */
        size_t ss = t->sent[am->sent].start;
        size_t item_start = am->sent == prev_sent ? prev_end : ss;
        /* "normally $30, but I can do $20": nothing names the second price,
         * so the sentence's item does */
        if (item_start != ss && !dlg_names_something(t, item_start, am->start))
            item_start = ss;
        /* "Would you like a case? The official one's $30.", "the wiper
         * blades are worn. We can swap them for $29.99": "one", "them"
         * point back at the thing the sentence before names */
        if ((!dlg_names_something(t, item_start, am->start) ||
             KPI_SPAN_HAS(t, item_start, am->start, "one", "one's", "ones", "them", "those", "these")) &&
            am->sent > 0)
            item_start = t->sent[am->sent - 1].start;
        item_start = dlg_item_words_start(t, item_start, am->start);
        prev_end = am->end;
        prev_sent = am->sent;
        if (am->excluded)
            continue;
        /* "$84.99 on its own, but I can give it to you for $50": a price
         * before the revision that a later one follows is the old one; not
         * when that later one is itself the old price ("$99 instead of
         * $179": "instead" is the revision's word, $99 the new price) */
        bool superseded = a->revision && rev_at > am->end && k + 1 < s->namounts &&
                          s->amounts[k + 1].start > rev_at && !s->amounts[k + 1].old &&
                          !increment_after(t, &s->amounts[k + 1]);
        dlg_price p = {.cents = am->cents, .old = am->old || superseded,
                       .each = am->each, .bundle = am->bundle, .qty = am->qty, .alt = am->alt,
                       .per = am->per,
                       .in_offer = am->sent >= offer_sent,
                       .in_question = kpi_text_sentence_is_question(t, am->sent),
                       .start = am->start, .end = am->end, .item_start = item_start,
                       .item_end = am->start};
        price_push(a, &p);
    }
    priced_ellipsis(t, a);
    priced_increment(t, sold, a);
}
