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

/* Are there at most two words in low[a, b)? Counted byte by byte, so it
 * stops at the third word: a long sentence before an event is read no
 * further than that. */
static bool few_words_between(const kpi_text *t, size_t a, size_t b)
{
    int n = 0;
    bool in = false;
    for (size_t i = a; i < b; i++) {
        bool w = t->low[i] != ' ' && t->low[i] != ',';
        if (w && !in && ++n > 2)
            return false;
        in = w;
    }
    return true;
}

typedef struct {
    bool negated, question, conditional, hypothetical, hedged, nonpurchase;
    bool other_subject;        /* "you'll charge me": another party acts */
    bool if_price;             /* the only condition restates an amount */
    size_t if_num;             /* its first word */
} scope_t;

/* "Fine, I'll stay, but if it happens again I'm gone.": an "if" that opens
 * a clause after the commitment ending at ce, right behind the word that
 * opens it ("but if", "so if"), conditions that later clause (a threat, a
 * plan), not the commitment before it. "I'll take it if you waive the fee",
 * "I'll take it, but only if you waive the fee" and "but I'd only do it if
 * ..." stay conditional. */
static bool later_condition(const kpi_text *t, size_t ce, size_t ms)
{
    size_t k = kpi_text_tok_at(t, ms);
    return ms >= ce && k > 0 && k < t->ntok && KPI_TOK_IS(t, k, "if") &&
           t->tok[k - 1].start >= ce && (t->tok[k - 1].vflags & VF_CLAUSE);
}

/* "I'll stay if it's sixty", "okay if it's really 20 off": an "if" followed
 * by "it's" or "that's", perhaps "really", "only" or "just", then an amount
 * (a number word, digits or a '$'). The word index of that amount, or ntok
 * when the condition is anything else ("if it's cheaper", "if it's under
 * fifty"). */
static size_t amount_condition(const kpi_text *t, size_t ms)
{
    size_t k = kpi_text_tok_at(t, ms);
    if (k >= t->ntok || !KPI_TOK_IS(t, k, "if"))
        return t->ntok;
    k++;
    if (k + 1 < t->ntok && KPI_TOK_IS(t, k, "it", "that") && KPI_TOK_IS(t, k + 1, "is"))
        k++;
    else if (!(k < t->ntok && KPI_TOK_IS(t, k, "it's", "its", "that's", "thats")))
        return t->ntok;
    k++;
    if (k < t->ntok && KPI_TOK_IS(t, k, "really", "only", "just", "still", "actually"))
        k++;
    if (k >= t->ntok || t->tok[k].sent != t->tok[kpi_text_tok_at(t, ms)].sent)
        return t->ntok;
    char c = t->low[t->tok[k].start];
    return (t->tok[k].vflags & VF_NUMBER) || c == '$' || (c >= '0' && c <= '9') ? k : t->ntok;
}

/* Is there a condition in [a, b) on the commitment ending at me_of? A
 * condition that only restates an amount ("if it's sixty") is left to the
 * dialogue, which knows whether the agent offered it: sc records it. */
static bool conditional_in(const kpi_text *t, size_t a, size_t b, size_t me_of, scope_t *sc)
{
    size_t ms, me, pos = a;
    while (pos < b && kpi_find(t, KS_CONDITIONAL, pos, b, &ms, &me)) {
        size_t os, oe;
        pos = me > ms ? me : ms + 1;
        /* "if that's okay" is politeness, not a condition */
        if (kpi_find(t, KS_CONDITIONAL_OK, ms, b, &os, &oe) && os == ms)
            continue;
        if (later_condition(t, me_of, ms))
            continue;
        size_t k = amount_condition(t, ms);
        if (k < t->ntok && !sc->if_price) {
            sc->if_price = true;
            sc->if_num = t->tok[k].start;
            continue;
        }
        return true;
    }
    return false;
}

/* Does the word at pos belong to a [litotes] phrase ("okay not bad", "no
 * worries", "why not")? Its negator or "no" negates the phrase's own word
 * only, never a commitment after it, and refuses nothing. A turn without
 * such a phrase skips the scan. */
static bool in_litotes(const kpi_text *t, size_t pos)
{
    if (!(t->secmask & (1ull << KS_LITOTES)))
        return false;
    for (size_t k = 0; k < t->nm && t->m[k].start <= pos; k++)
        if (t->m[k].sec == (uint32_t)KS_LITOTES && t->m[k].end > pos)
            return true;
    return false;
}

/* Does a bare yes ("yes", "yeah", "yep", "yup") start at byte b? Nothing
 * negates one from before it: "no we don't yeah we need the cooler", "no
 * wait actually yes the suv", one unpunctuated sentence, end one answer
 * and give another. ("not sure", "not okay" are negated words, so those
 * two are left out.) */
static bool opens_with_yes(const kpi_text *t, size_t b)
{
    size_t k = kpi_text_tok_at(t, b);
    return k < t->ntok && t->tok[k].start == b && KPI_TOK_IS(t, k, "yeah", "yes", "yep", "yup");
}

/* Does a negator in [a, b) reach b? "we don't yeah add the book" answers
 * "if you don't have one" with a short "we don't", then says yes: a yes
 * word or a sentence end after the negator closes its scope, so the "add"
 * after it stands. "I don't really want to add it" stays negated. */
static bool negator_reaches(const kpi_text *t, size_t a, size_t b)
{
    size_t last = t->ntok;
    for (size_t k = kpi_text_tok_at(t, a); k < t->ntok && t->tok[k].start < b; k++)
        if ((t->tok[k].vflags & VF_NEGATOR) && !in_litotes(t, t->tok[k].start))
            last = k;
    if (last == t->ntok)
        return false;
    for (size_t k = last + 1; k < t->ntok && t->tok[k].start < b; k++)
        if (t->tok[k].sent != t->tok[last].sent ||
            KPI_TOK_IS(t, k, "yeah", "yes", "yep", "yup", "sure", "okay", "ok"))
            return false;
    return !opens_with_yes(t, b);
}

/* Does the word before the match at ms make someone else its subject, in
 * the future or a conditional ("so you'll charge me monthly", "they'd book
 * it anyway", "you're gonna put me on hold")? The customer then says what
 * the agent or another party will do, not what they take. */
static bool other_subject(const kpi_text *t, size_t ms)
{
    size_t k = kpi_text_tok_at(t, ms);
    if (k == 0 || k >= t->ntok || t->tok[k - 1].sent != t->tok[k].sent)
        return false;
    if (KPI_TOK_IS(t, k - 1, "you'll", "youll", "you'd", "they'll", "theyll", "they'd", "he'll",
                   "she'll"))
        return true;
    return k >= 2 && KPI_TOK_IS(t, k - 1, "will", "would", "gonna") &&
           KPI_TOK_IS(t, k - 2, "you", "they", "he", "she", "you're", "they're");
}

bool dlg_second_request(const kpi_text *t, size_t k)
{
    static const char *const verb[] = {"put",  "call", "ring",  "text", "email", "send",
                                       "let",  "keep", "add",   "give", "tell",  "notify",
                                       "mail", "sign", "phone"};
    return KPI_TOK_IS(t, k, "and") && kpi_tok_in(t, k + 1, verb, sizeof verb / sizeof verb[0]);
}

/* Where the request that the words ending at me open ends within its
 * clause, which ends at ce: at a second request of its own
 * (dlg_second_request), else at ce. */
static size_t own_request_end(const kpi_text *t, size_t me, size_t ce)
{
    for (size_t k = kpi_text_tok_at(t, me); k + 1 < t->ntok && t->tok[k + 1].end <= ce; k++)
        if (dlg_second_request(t, k))
            return t->tok[k].start;
    return ce;
}

/* Does a supposition in [a, b) ("would", "if I were") reach b? "she would
 * lose her mind over the poster um fine add it": a yes word after it, in
 * speech without punctuation, opens a new answer that the supposition does
 * not reach, as it closes a negator's scope (negator_reaches). */
static bool hypothetical_reaches(const kpi_text *t, size_t a, size_t b)
{
    size_t hs, he;
    if (!kpi_find_last(t, KS_HYPOTHETICAL, a, b, &hs, &he))
        return false;
    for (size_t k = kpi_text_tok_at(t, he); k < t->ntok && t->tok[k].start < b; k++)
        if (t->tok[k].start >= he &&
            KPI_TOK_IS(t, k, "yeah", "yes", "yep", "yup", "sure", "okay", "ok", "fine"))
            return false;
    return true;
}

static scope_t scope_of(const kpi_text *t, size_t ms, size_t me, size_t cs, size_t ce)
{
    scope_t sc = {0};
    size_t sent = kpi_text_sentence_at(t, ms);
    kpi_span sp = t->sent[sent];
    size_t wb = kpi_text_words_back(t, ms, cs, 3);
    sc.negated = negator_reaches(t, wb, ms);
    size_t qb = kpi_text_words_back(t, ms, sp.start, 3);
    sc.question = kpi_text_sentence_is_question(t, sent) ||
                  kpi_has(t, KS_QUESTION_START, qb, ms);
    sc.conditional = conditional_in(t, sp.start, sp.end, me, &sc);
    if (sc.conditional)
        sc.if_price = false;
    sc.hypothetical = hypothetical_reaches(t, cs, ms);
    sc.hedged = kpi_has(t, KS_HEDGE, sp.start, ms);
    sc.nonpurchase = kpi_has(t, KS_NONPURCHASE, ms, own_request_end(t, me, ce));
    sc.other_subject = other_subject(t, ms);
    return sc;
}

static const kpi_section ev_section[] = {
    [CE_COMMIT] = KS_COMMIT,     [CE_REQUEST] = KS_REQUEST,
    [CE_AFFIRM] = KS_AFFIRM,     [CE_AFFIRM_WEAK] = KS_AFFIRM_WEAK,
    [CE_DECLINE] = KS_DECLINE,   [CE_DEFER] = KS_DEFER,
    [CE_INFO] = KS_INFO_REQUEST, [CE_RETRACT] = KS_RETRACT,
    [CE_ADDON] = KS_ADDON_ACCEPT, [CE_BOTH] = KS_BOTH,
    [CE_CONFIRM] = KS_CONFIRM_YES, [CE_SLOT] = KS_SLOT,
};

/* Does the match [ms, me) ask something of the agent: "can you add it"? */
static bool has_add_verb(const kpi_text *t, size_t ms, size_t me)
{
    for (size_t k = kpi_text_tok_at(t, ms); k < t->ntok && t->tok[k].end <= me; k++) {
        size_t n = t->tok[k].end - t->tok[k].start;
        const char *w = t->low + t->tok[k].start;
        if ((n == 3 && memcmp(w, "add", 3) == 0) || (n == 7 && memcmp(w, "include", 7) == 0) ||
            (n == 5 && memcmp(w, "throw", 5) == 0))
            return true;
    }
    return false;
}

/* Does the match at ms begin "can", "could", "would" or "may" (a polite request)? */
static bool polite_start(const kpi_text *t, size_t ms)
{
    size_t k = kpi_text_tok_at(t, ms);
    if (k >= t->ntok)
        return false;
    const char *w = t->low + t->tok[k].start;
    size_t n = t->tok[k].end - t->tok[k].start;
    return (n == 3 && memcmp(w, "can", 3) == 0) || (n == 5 && memcmp(w, "could", 5) == 0) ||
           (n == 5 && memcmp(w, "would", 5) == 0) || (n == 3 && memcmp(w, "may", 3) == 0);
}

/* Is the match [ms, me) "I'll do" or "I'll try" and a pronoun that points
 * back ("I'll do that", "I'll try that"), naming no purchase of its own? */
static bool does_that(const kpi_text *t, size_t ms, size_t me)
{
    static const char *const pro[] = {"it", "that", "this", "them", "those"};
    size_t k = kpi_text_tok_at(t, ms), last = t->ntok;
    for (; k < t->ntok && t->tok[k].end <= me; k++)
        last = k;
    if (last >= t->ntok || last == 0 || last <= kpi_text_tok_at(t, ms))
        return false;
    const kpi_tok *v = &t->tok[last - 1], *f = &t->tok[kpi_text_tok_at(t, ms)];
    if (!(v->end - v->start == 2 && memcmp(t->low + v->start, "do", 2) == 0) &&
        !(v->end - v->start == 3 && memcmp(t->low + v->start, "try", 3) == 0))
        return false;
    /* "let's do it" proposes; "I'll do that" may only agree to a task */
    if (f->end - f->start == 5 && memcmp(t->low + f->start, "let's", 5) == 0)
        return false;
    const char *w = t->low + t->tok[last].start;
    size_t n = t->tok[last].end - t->tok[last].start;
    for (size_t i = 0; i < sizeof pro / sizeof pro[0]; i++)
        if (strlen(pro[i]) == n && memcmp(w, pro[i], n) == 0)
            return true;
    return false;
}

/* Is the commitment at [ms, me) a bare "I'm in", "we're in"? Like "I'll do
 * that" it only points back: to an offer it takes it, to a support step
 * ("can you check now?" "okay got it, I'm in") it reports the customer is
 * in their account (conversion_on_customer tells the two apart). */
static bool says_in(const kpi_text *t, size_t ms, size_t me)
{
    size_t k = kpi_text_tok_at(t, ms), last = k;
    for (; k < t->ntok && t->tok[k].end <= me; k++)
        last = k;
    return last > kpi_text_tok_at(t, ms) && KPI_TOK_IS(t, last, "in") &&
           KPI_TOK_IS(t, last - 1, "i'm", "we're", "am", "are", "im", "were");
}

/* Is the retraction at [ms, me) the customer asking about their own right
 * to cancel later ("can I cancel that whenever", "could we cancel anytime
 * if we don't like it"): "can", "could", "may" or "will" with "I" or "we"
 * right before it, and a word of later time or condition after its verb in
 * its clause? Unpunctuated speech loses the question mark; the customer asks
 * about the terms and takes nothing back. "Can you cancel it?" and "can I
 * cancel my order, please" still retract. */
static bool asks_to_cancel_later(const kpi_text *t, size_t ms, size_t ce)
{
    size_t k = kpi_text_tok_at(t, ms);
    if (k < 2 || k >= t->ntok)
        return false;
    size_t j = k - 1;
    if (KPI_TOK_IS(t, j, "still", "just", "then") && j > 1)
        j--;
    if (!KPI_TOK_IS(t, j, "i", "we") || !KPI_TOK_IS(t, j - 1, "can", "could", "may", "will") ||
        t->tok[j - 1].sent != t->tok[k].sent)
        return false;
    /* the match may run on into the word after its object ("cancel that
     * whenever"): look from the word after the verb */
    for (size_t n = k + 1; n < t->ntok && t->tok[n].end <= ce; n++)
        if (KPI_TOK_IS(t, n, "whenever", "anytime", "later", "if", "any", "after", "online",
                       "before", "when"))
            return true;
    return false;
}

/* Does the match [ms, me) open the question sentence sent and end at a comma
 * before the question proper ("Yes, what time does it start?")? */
static bool leads_question(const kpi_text *t, size_t sent, size_t ms, size_t me)
{
    size_t k = kpi_text_tok_at(t, me);
    return kpi_text_tok_at(t, ms) == kpi_text_tok_at(t, t->sent[sent].start) && k < t->ntok &&
           t->tok[k].sent == sent && (t->tok[k].flags & TF_CLAUSE_START);
}

/* "the anti glare yes, the blue light no", "The screen protector yes": a
 * bare yes word right after a short naming of a thing ("the", "that",
 * "this", "those", "these", "and the" and up to four more words) answers
 * for that thing, as a yes opening the answer would. from is where the
 * clause or sentence starts. */
static bool named_then_yes(const kpi_text *t, size_t from, size_t ms, size_t me)
{
    size_t y = kpi_text_tok_at(t, ms);
    if (!KPI_TOK_IS(t, y, "yes", "yeah", "yep", "please") || kpi_text_tok_at(t, me) != y + 1)
        return false;
    size_t k = kpi_text_tok_at(t, from);
    if (k < y && KPI_TOK_IS(t, k, "and", "oh", "um", "uh", "so"))
        k++;
    if (k >= y || y - k < 2 || y - k > 5 || !KPI_TOK_IS(t, k, "the", "that", "this", "those", "these"))
        return false;
    for (size_t j = k + 1; j < y; j++)
        if (t->tok[j].vflags & VF_NEGATOR)
            return false;
    return true;
}

/* Is word k part of a price said back ("sixty", "$15", "ten more", "forty
 * on top", "one fifty each")? number says whether it is a number itself. */
static bool echo_word(const kpi_text *t, size_t k, bool *number)
{
    static const char *const words[] = {"more", "extra", "each", "dollars", "bucks", "quid",
                                        "on",   "top",   "a",    "per",     "month", "night"};
    *number = (t->tok[k].vflags & VF_NUMBER) || (t->tok[k].flags & (TF_DIGIT | TF_DOLLAR));
    return *number || kpi_tok_in(t, k, words, sizeof words / sizeof words[0]);
}

/* "oh my gosh yes", "oh that's awesome okay yeah", "wow, sure": a word or
 * two of surprise or praise before the yes react to what the agent just
 * said; the yes still opens the answer. Only such words may come before it
 * ("my wife says yes" and "I guess yes" are not reactions). */
static bool reaction_then_yes(const kpi_text *t, size_t from, size_t ms)
{
    static const char *const words[] = {
        "oh",     "ooh",   "wow",      "whoa",   "my",      "gosh",      "goodness",
        "geez",   "jeez",  "that's",   "thats",  "that",    "is",        "awesome",
        "amazing", "great", "nice",    "cool",   "sweet",   "wonderful", "fantastic",
        "lovely", "excellent", "okay", "ok",     "alright", "ah",        "aw",
        "honestly", "and", "so"};
    size_t k = kpi_text_tok_at(t, from), y = kpi_text_tok_at(t, ms);
    if (y <= k || y - k > 6)
        return false;
    /* "ooh sixty yeah okay do it", "oh ten more honestly yeah": the price
     * said back before the yes checks what it comes to and reacts to it, a
     * number among the words; words that only echo ("more", "on top") need
     * one */
    bool number_seen = false, echo_seen = false;
    for (; k < y; k++) {
        bool number;
        if (kpi_tok_in(t, k, words, sizeof words / sizeof words[0]))
            continue;
        if (!echo_word(t, k, &number))
            return false;
        number_seen |= number;
        echo_seen = true;
    }
    return !echo_seen || number_seen;
}

/* "mhm no we don't yeah we need the cooler", "hmm no wait actually yes
 * the suv": unpunctuated, a short no that ends an answer of its own (to
 * "do you have one" a subject and its "don't"; or taken back at once,
 * "wait", "actually") runs into a yes that opens the next. The words from
 * `from` to the yes at ms are that no: a "no", "nope" or "nah" (after a
 * listening noise at most), then only those words. */
static bool refused_then_yes(const kpi_text *t, size_t from, size_t ms)
{
    static const char *const noise[] = {"mhm", "hmm", "hm", "oh", "um", "uh", "well"};
    static const char *const answer[] = {"i", "we", "don't", "dont", "do", "not", "haven't",
                                         "havent", "have"};
    static const char *const again[] = {"wait", "actually", "hold", "on", "sorry", "i",
                                        "mean"};
    size_t k = kpi_text_tok_at(t, from), y = kpi_text_tok_at(t, ms);
    if (y >= t->ntok || t->tok[y].start != ms || !KPI_TOK_IS(t, y, "yes", "yeah", "yep", "yup"))
        return false;
    while (k < y && kpi_tok_in(t, k, noise, sizeof noise / sizeof noise[0]))
        k++;
    if (k >= y || !KPI_TOK_IS(t, k, "no", "nope", "nah") || y - k > 5)
        return false;
    bool own = true, back = true; /* "no we don't"; "no wait actually" */
    for (size_t j = k + 1; j < y; j++) {
        own = own && kpi_tok_in(t, j, answer, sizeof answer / sizeof answer[0]);
        back = back && kpi_tok_in(t, j, again, sizeof again / sizeof again[0]);
    }
    /* a subject and its verb, not a bare "no yeah" ("no not really yeah"
     * agrees with a no) */
    return y > k + 1 && ((own && y >= k + 3) || back);
}

/* "oh yeah take the old one i have no idea what i'd do with it": a bare
 * "no" right after "have", "got" or "there's", with more words after it in
 * its sentence, says there is none of something ("no idea", "no room");
 * it answers nothing. Unpunctuated, such a statement runs on from the yes
 * before it, and read as a refusal it would take that yes back. ("There's
 * no need", "I have no use for it" refuse by their own [decline] words.) */
static bool none_of(const kpi_text *t, size_t ms, size_t me)
{
    static const char *const have[] = {"have", "has", "had", "got", "i've", "we've", "ive",
                                       "weve", "there's", "theres"};
    size_t k = kpi_text_tok_at(t, ms);
    if (k == 0 || k + 1 >= t->ntok || t->tok[k].start != ms || t->tok[k].end != me ||
        !KPI_TOK_IS(t, k, "no") || t->tok[k + 1].sent != t->tok[k].sent ||
        t->tok[k - 1].sent != t->tok[k].sent)
        return false;
    return kpi_tok_in(t, k - 1, have, sizeof have / sizeof have[0]);
}

/* "i'd do it if it were like ninety", "we would do that if it was
 * cheaper": a yes phrase [ms, me) under a supposition ("i'd", "would")
 * with a condition in its sentence supposes, it agrees to nothing (the
 * spec's "I'd sign up if it were cheaper"). A condition that only restates
 * an amount is left to the dialogue, as for a commitment. */
static bool supposed_if(const kpi_text *t, size_t ms, size_t me, size_t cs)
{
    if (!kpi_has(t, KS_HYPOTHETICAL, cs, ms) || !hypothetical_reaches(t, cs, ms))
        return false;
    kpi_span sp = t->sent[kpi_text_sentence_at(t, ms)];
    scope_t sc = {0};
    return conditional_in(t, sp.start, sp.end, me, &sc);
}

/* "I'll skip both, thanks.", "I'll think about both": a "both" [ms, me)
 * that a refusal or deferral governs, one starting within its clause (from
 * cs) at most three words before it and ending with it or before, is what
 * is refused or put off, not a yes to both items ("camera no lunch for
 * both of us" refuses only the camera). */
static bool both_refused(const kpi_text *t, size_t cs, size_t ms, size_t me)
{
    size_t from = kpi_text_words_back(t, ms, cs, 3);
    return kpi_has(t, KS_DECLINE, from, me) || kpi_has(t, KS_DEFER, from, me);
}

static void scan(const kpi_text *t, dlg_customer *c, dlg_ev_kind kind, kpi_section sec)
{
    size_t pos = 0, ms, me;
    bool polite = sec == KS_COMMIT_REQUEST;
    while (pos < t->len && kpi_find(t, sec, pos, t->len, &ms, &me)) {
        pos = me > ms ? me : ms + 1;
        if (kind == CE_SLOT) {
            /* a day or time needs no scope: the dialogue only asks whether
             * one was named */
            dlg_event e = {.kind = kind, .start = ms, .end = me, .cstart = ms, .cend = me};
            ev_push(c, &e);
            continue;
        }
        /* "no problem, book it": the "no" of a litotes refuses nothing */
        if ((kind == CE_DECLINE || kind == CE_DEFER) && in_litotes(t, ms))
            continue;
        if (kind == CE_DECLINE && none_of(t, ms, me))
            continue;
        size_t cs = kpi_text_clause_start(t, ms), ce = kpi_text_clause_end(t, ms);
        if (me > ce)
            ce = me;
        size_t sent = kpi_text_sentence_at(t, ms);
        bool asked = kpi_text_sentence_is_question(t, sent);
        /* refusals, deferrals and requests for information need no scope */
        scope_t sc = {0};
        if (kind == CE_COMMIT || kind == CE_ADDON || kind == CE_REQUEST)
            sc = scope_of(t, ms, me, cs, ce);
        else if (kind == CE_AFFIRM || kind == CE_AFFIRM_WEAK || kind == CE_BOTH ||
                 kind == CE_CONFIRM)
            sc.negated = negator_reaches(t, kpi_text_words_back(t, ms, cs, 3), ms) ||
                         kpi_text_has_flag(t, VF_NEGATOR, me, kpi_text_words_fwd(t, me, ce, 1));
        dlg_event e = {.kind = kind, .start = ms, .end = me, .cstart = cs, .cend = ce,
                       .polite = polite, .if_price = sc.if_price, .if_num = sc.if_num};
        size_t ss = t->sent[sent].start;
        e.at_start = few_words_between(t, cs, ms) || few_words_between(t, ss, ms) ||
                     ((kind == CE_AFFIRM || kind == CE_AFFIRM_WEAK) &&
                      (named_then_yes(t, cs, ms, me) || named_then_yes(t, ss, ms, me) ||
                       reaction_then_yes(t, ss, ms) || refused_then_yes(t, ss, ms)));
        /* what only acceptances and requests need */
        if (kind == CE_COMMIT || kind == CE_ADDON || kind == CE_REQUEST) {
            e.says_add = has_add_verb(t, ms, ce);
            e.add_verb = e.says_add || kpi_text_has_flag(t, VF_ADDON, ms, ce);
            e.refers_back = kind == CE_COMMIT && (does_that(t, ms, me) || says_in(t, ms, me));
        }
        if (polite && e.add_verb)
            e.kind = CE_ADDON; /* "can you also add the mats?" */
        bool keep = true;
        switch (kind) {
        case CE_COMMIT:
        case CE_ADDON:
            keep = !(sc.negated || sc.question || sc.conditional || sc.hypothetical ||
                     sc.hedged || sc.nonpurchase || sc.other_subject);
            break;
        case CE_REQUEST:
            /* a polite request is a question by its form, not by its
             * meaning: "can I please get a latte?" */
            keep = !(sc.negated || (sc.question && !polite && !polite_start(t, ms)) ||
                     sc.conditional || sc.hedged || sc.nonpurchase);
            break;
        case CE_AFFIRM:
        case CE_AFFIRM_WEAK:
            keep = e.at_start && !sc.negated && (!asked || leads_question(t, sent, ms, me)) &&
                   !supposed_if(t, ms, me, cs);
            break;
        case CE_CONFIRM:
            /* "that's correct" confirms; "is that correct?" asks; "correct,
             * what's their number?" confirms, then asks */
            keep = !sc.negated && (!asked || leads_question(t, sent, ms, me));
            break;
        case CE_RETRACT:
            /* "can you cancel the whole reservation?" asks for it politely */
            keep = (!asked || polite_start(t, ms)) && !asks_to_cancel_later(t, ms, ce);
            break;
        case CE_DECLINE:
        case CE_BOTH:
            keep = !asked && !(kind == CE_BOTH && (sc.negated || both_refused(t, cs, ms, me)));
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

/* "I'm ready to sign him up, just not until January", "I'll take it, but
 * let me talk to my wife first": a deferral later in the same sentence puts
 * off the commitment before it, which then commits to nothing; so does a
 * condition after "but" (but_only_if). */
/* "it sounds great but I'd only do it if I could split the payment": a
 * "but" (or "however") after the event, in its sentence, that leads to a
 * condition ("only if", "unless", "as long as") makes the yes conditional. */
static bool but_only_if(const kpi_text *t, const dlg_event *e)
{
    const kpi_span sp = t->sent[kpi_text_sentence_at(t, e->start)];
    for (size_t k = kpi_text_tok_at(t, e->end); k < t->ntok && t->tok[k].end <= sp.end; k++) {
        size_t ms, me, os, oe;
        if ((t->tok[k].vflags & VF_CONTRAST) &&
            kpi_find(t, KS_CONDITIONAL, t->tok[k].start, sp.end, &ms, &me) &&
            !later_condition(t, e->end, ms))
            return !kpi_find(t, KS_CONDITIONAL_OK, ms, sp.end, &os, &oe) || os > ms;
    }
    return false;
}

static void drop_deferred(const kpi_text *t, dlg_customer *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++) {
        const dlg_event *e = &c->ev[i];
        bool put_off = false;
        if (e->kind == CE_COMMIT || e->kind == CE_REQUEST)
            for (size_t j = 0; j < c->n && !put_off; j++)
                /* after it ("I'll take it, but not until May"), or over
                 * and beyond it ("let's do it another time", "I'll book it
                 * online later") */
                put_off = c->ev[j].kind == CE_DEFER && c->ev[j].start >= e->start &&
                          c->ev[j].end > e->end &&
                          kpi_text_sentence_at(t, c->ev[j].start) ==
                              kpi_text_sentence_at(t, e->start);
        if (e->kind == CE_COMMIT || e->kind == CE_REQUEST || e->kind == CE_AFFIRM ||
            e->kind == CE_AFFIRM_WEAK || e->kind == CE_CONFIRM)
            put_off = put_off || but_only_if(t, e);
        if (!put_off)
            c->ev[n++] = *e;
    }
    c->n = n;
}

/* Does the question found at byte ms of sentence i follow only a yes or an
 * "oh" that opens the sentence ("yeah do they come in gold")? Unpunctuated
 * speech runs the two together; the turn asks all the same. */
static bool after_leading_yes(const kpi_text *t, size_t i, size_t ms)
{
    size_t k = kpi_text_tok_at(t, t->sent[i].start);
    /* "yeah do they come in gold" asks; "yeah do the ten one" tells */
    return k + 2 < t->ntok && t->tok[k + 1].start == ms &&
           KPI_TOK_IS(t, k, "yeah", "yes", "yep", "okay", "ok", "oh", "hmm", "sure", "alright") &&
           KPI_TOK_IS(t, k + 2, "they", "you", "it", "i", "we", "there", "he", "she", "that",
                      "this", "y'all");
}

void dlg_customer_analyze(const kpi_text *t, dlg_customer *c)
{
    c->n = 0;
    c->question = t->has_qmark_sent;
    c->price_question = false;
    c->addon_words = c->seek = c->owned = false;
    if (!t->len)
        return;
    /* a section the turn never matched has nothing to scan (most of them) */
    for (int k = CE_COMMIT; k <= CE_SLOT; k++) {
        if (t->secmask & (1ull << ev_section[k]))
            scan(t, c, (dlg_ev_kind)k, ev_section[k]);
        if (k == CE_REQUEST && (t->secmask & (1ull << KS_COMMIT_REQUEST)))
            scan(t, c, CE_REQUEST, KS_COMMIT_REQUEST);
    }
    drop_deferred(t, c);
    for (size_t i = 0; i < t->nsent; i++) {
        size_t ms, me;
        if (kpi_find(t, KS_QUESTION_START, t->sent[i].start, t->sent[i].end, &ms, &me) &&
            (ms == t->sent[i].start || after_leading_yes(t, i, ms)))
            c->question = true;
        if (!c->price_question &&
            kpi_find(t, KS_PRICE_QUESTION, t->sent[i].start, t->sent[i].end, &ms, &me)) {
            c->price_question = true;
            c->ask_start = t->sent[i].start;
            c->ask_end = t->sent[i].end;
        }
    }
    c->addon_words = kpi_text_has_flag(t, VF_ADDON, 0, t->len);
    size_t ss, se;
    c->owned = kpi_has(t, KS_OWNED, 0, t->len);
    c->seek = kpi_find_last(t, KS_SEEK, 0, t->len, &ss, &se);
    if (c->seek) {
        kpi_span sp = t->sent[kpi_text_sentence_at(t, ss)];
        c->seek_start = sp.start;
        c->seek_end = sp.end;
    }
}

bool dlg_nonpurchase(const kpi_text *t, size_t a, size_t b)
{
    return kpi_has(t, KS_NONPURCHASE, a, b);
}

/* Whether match m of t overlaps a [save_measure] match (the matches are
 * sorted by where they start). */
static bool overlaps_save(const kpi_text *t, const kpi_match *m)
{
    for (size_t k = 0; k < t->nm && t->m[k].start < m->end; k++)
        if (t->m[k].sec == (uint32_t)KS_SAVE_MEASURE && t->m[k].end > m->start)
            return true;
    return false;
}

long dlg_last_nonpurchase_unsaved(const kpi_text *t, size_t a, size_t b)
{
    size_t ms, me;
    if (!(t->secmask & (1ull << KS_SAVE_MEASURE)))
        return kpi_find_last(t, KS_NONPURCHASE, a, b, &ms, &me) ? (long)ms : -1;
    long last = -1;
    for (size_t k = 0; k < t->nm && t->m[k].start < b; k++) {
        const kpi_match *m = &t->m[k];
        if (m->sec == (uint32_t)KS_NONPURCHASE && m->start >= a && m->end <= b &&
            !overlaps_save(t, m))
            last = (long)m->start;
    }
    return last;
}

/* Is low[a, b) a model name like "4k", "5g" or "x200": digits and letters
 * mixed, but not an ordinal or a clock time ("2nd", "7pm")? */
static bool model_name(const char *low, size_t a, size_t b)
{
    size_t digits = 0, letters = 0, k = a;
    for (size_t i = a; i < b; i++) {
        if (low[i] >= '0' && low[i] <= '9')
            digits++;
        else if (low[i] >= 'a' && low[i] <= 'z')
            letters++;
        else
            return false;
    }
    if (!digits || !letters)
        return false;
    while (k < b && low[k] >= '0' && low[k] <= '9')
        k++;
    static const char *const tails[] = {"st", "nd", "rd", "th", "am", "pm", "s"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++)
        if (b - k == strlen(tails[i]) && memcmp(low + k, tails[i], b - k) == 0)
            return false;
    return true;
}

/* Is word k a content word: letters, at least three, not on the stop list,
 * or a model name ("I'll take the 4K")? */
static bool content_word(const kpi_text *t, size_t k)
{
    const kpi_tok *w = &t->tok[k];
    if (model_name(t->low, w->start, w->end))
        return true;
    /* a word of a spoken number ("twenty nine ninety nine", "a hundred
     * twenty eight gigs") is an amount or a size, never the item's name */
    if ((w->vflags & VF_NUMBER) &&
        ((k > 0 && (t->tok[k - 1].vflags & VF_NUMBER) && t->tok[k - 1].sent == w->sent) ||
         (k + 1 < t->ntok && (t->tok[k + 1].vflags & VF_NUMBER) && t->tok[k + 1].sent == w->sent)))
        return false;
    return w->end - w->start >= 3 && t->low[w->start] >= 'a' && t->low[w->start] <= 'z' &&
           !(w->vflags & VF_STOPWORD);
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

/* "eight" and "eighteen" share five letters but are different numbers: a
 * number word names an item only spelled the same ("a set of four"). */
static bool number_stem(const kpi_text *a, size_t i, const kpi_text *b, size_t j)
{
    const kpi_tok *x = &a->tok[i], *y = &b->tok[j];
    return ((x->vflags | y->vflags) & VF_NUMBER) && x->end - x->start != y->end - y->start;
}

/* Is there a hyphen in [a, b) of t? */
static bool has_hyphen(const kpi_text *t, size_t a, size_t b)
{
    if (b > t->len)
        b = t->len;
    return a < b && memchr(t->low + a, '-', b - a) != NULL;
}

/* Is the word all letters a to z? */
static bool letters(const kpi_text *t, const kpi_tok *w)
{
    for (size_t i = w->start; i < w->end; i++)
        if (t->low[i] < 'a' || t->low[i] > 'z')
            return false;
    return true;
}

/* Words k and k+1 written with a hyphen ("wi-fi") into buf without it; 0
 * when they are not two letter words parted by one hyphen, or do not fit. */
static size_t joined(const kpi_text *t, size_t k, char *buf, size_t cap)
{
    if (k + 1 >= t->ntok)
        return 0;
    const kpi_tok *x = &t->tok[k], *y = &t->tok[k + 1];
    size_t xn = x->end - x->start, yn = y->end - y->start;
    if (y->start != x->end + 1 || t->low[x->end] != '-' ||
        xn + yn >= cap || xn + yn < 4 || ((x->vflags | y->vflags) & (VF_NUMBER | VF_STOPWORD)))
        return 0;
    if (!letters(t, x) || !letters(t, y))
        return 0;
    memcpy(buf, t->low + x->start, xn);
    memcpy(buf + xn, t->low + y->start, yn);
    return xn + yn;
}

/* One compound hyphenated on one side and one word on the other, or
 * hyphenated on both ("wi-fi" / "wifi"): spelled the same once joined.
 * Words of two letters ("wi", "fi") name nothing on their own. */
static bool names_compound(const kpi_text *ct, size_t a, size_t b, const kpi_text *at, size_t ia,
                           size_t ib)
{
    /* dlg_names_item ends here on every name that did not match: without a
     * hyphen in either span there is nothing to join */
    if (!has_hyphen(ct, a, b) && !has_hyphen(at, ia, ib))
        return false;
    char cj[48], aj[48];
    for (size_t i = kpi_text_tok_at(ct, a); i < ct->ntok && ct->tok[i].end <= b; i++) {
        size_t cn = i + 1 < ct->ntok && ct->tok[i + 1].end <= b ? joined(ct, i, cj, sizeof cj) : 0;
        const kpi_tok *cw = &ct->tok[i];
        for (size_t j = kpi_text_tok_at(at, ia); j < at->ntok && at->tok[j].end <= ib; j++) {
            const kpi_tok *aw = &at->tok[j];
            size_t an =
                j + 1 < at->ntok && at->tok[j + 1].end <= ib ? joined(at, j, aj, sizeof aj) : 0;
            if (cn && an == cn && memcmp(cj, aj, cn) == 0)
                return true;
            if (cn && aw->end - aw->start == cn && memcmp(cj, at->low + aw->start, cn) == 0)
                return true;
            if (an && cw->end - cw->start == an && memcmp(aj, ct->low + cw->start, an) == 0)
                return true;
        }
    }
    return false;
}

/* Does word k of t lie in a phrase of place or time ("waiting at the
 * table", "on Fridays", "extra seats on Pro", "in the slate fabric"): a
 * preposition of place or time at most two words before it, in the same
 * sentence, with no "and" / "or" between? Such a word says where or when,
 * not what is bought. */
static bool in_place_phrase(const kpi_text *t, size_t k)
{
    for (size_t n = 1; n <= 3 && n <= k; n++) {
        size_t j = k - n;
        if (t->tok[j].sent != t->tok[k].sent || KPI_TOK_IS(t, j, "and", "or", "but", "plus"))
            return false;
        if (KPI_TOK_IS(t, j, "at", "on", "in", "during"))
            return true;
    }
    return false;
}

/* dlg_names_item, or with own_only dlg_names_request: a word in a phrase
 * of place or time on either side names nothing. */
static bool names_item(const kpi_text *ct, size_t a, size_t b, const kpi_text *at, size_t ia,
                       size_t ib, bool own_only)
{
    for (size_t i = kpi_text_tok_at(ct, a); i < ct->ntok && ct->tok[i].end <= b; i++) {
        if (!content_word(ct, i) || (own_only && in_place_phrase(ct, i)))
            continue;
        const kpi_tok *cw = &ct->tok[i];
        char c0 = ct->low[cw->start];
        /* every word of one span against every word of the other: the
         * test that rejects most pairs goes first. same_word needs the
         * first bytes equal (words are never empty), and the three tests
         * only read, so their order leaves the answer as it was */
        for (size_t j = kpi_text_tok_at(at, ia); j < at->ntok && at->tok[j].end <= ib; j++)
            if (at->low[at->tok[j].start] == c0 &&
                same_word(ct->low + cw->start, cw->end - cw->start, at->low + at->tok[j].start,
                          at->tok[j].end - at->tok[j].start) &&
                content_word(at, j) && !number_stem(ct, i, at, j) &&
                !(own_only && in_place_phrase(at, j)))
                return true;
    }
    return names_compound(ct, a, b, at, ia, ib);
}

bool dlg_names_item(const kpi_text *ct, size_t a, size_t b, const kpi_text *at, size_t ia,
                    size_t ib)
{
    return names_item(ct, a, b, at, ia, ib, false);
}

bool dlg_names_something(const kpi_text *t, size_t a, size_t b)
{
    for (size_t i = kpi_text_tok_at(t, a); i < t->ntok && t->tok[i].end <= b; i++) {
        char j[48];
        /* a content word names itself; failing that, a compound joined
         * across its hyphen is what names_compound would find in both */
        if (content_word(t, i) ||
            (i + 1 < t->ntok && t->tok[i + 1].end <= b && joined(t, i, j, sizeof j)))
            return true;
    }
    return false;
}

bool dlg_names_request(const kpi_text *ot, size_t a, size_t b, const kpi_text *rt, size_t ra,
                       size_t rb)
{
    return names_item(ot, a, b, rt, ra, rb, true);
}
