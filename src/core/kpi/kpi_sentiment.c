/* kpi_sentiment.c - the customer's attitude from the customer's turns only.
 * Each word or phrase of the lexicon scores; a negator just before it turns
 * it round ("not happy" negative, "not bad" mildly positive), as "less"
 * does ("way less stressful" is relief), an intensifier
 * strengthens it, words after "but" count more than words before, praise in a
 * complaint is sarcasm, as is stock praise opening a sentence after the
 * customer's last feeling was a complaint ("great there goes my budget"),
 * as is stock praise followed by "so" and what the news means for the
 * customer ("great so i just limp around until then") or tacked bare onto
 * the customer's own words after a complaint ("forty five wonderful can't
 * wait"), while thanks beside praise of another kind ("perfect, thank you,
 * I'm so relieved") is meant whatever came before,
 * a weak "fine" right after "but" concedes a complaint ("that's robbery,
 * but fine") and takes nothing back, "more than I expected" said to a gain
 * the agent announced ([windfall]: a claim paid, a refund) is a pleasant
 * surprise and said to a price a disappointment,
 * a lone "great." is only an acknowledgement, and later
 * turns weigh more than earlier ones so that how the call ends decides; when
 * the customer's attitude turns during the call, the last clear turn pulls
 * the score its way. Words are read in context: a word written as a name
 * ("Joy", "Great Falls"), a word of a spoken e-mail address ("hope dot
 * smith at ..."), words inside quotation marks (a review or an advert
 * quoted) are no feelings, and a sentence about something else (traffic,
 * the weather, a competitor) counts only a little, as does a complaint about
 * the customer's own things given as the reason for buying; a bare
 * comparison ("they were just better") in a call that sold nothing prefers
 * someone else. What happened
 * in the call counts too: bad news from the agent in a call that sold
 * nothing, answered with feeling but without thanks, is a dissatisfied
 * call; in a call that sold something, only an apology for the customer's
 * own complaint is such bad news. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

#define TOP_HITS 3
/* A turn whose words add up to this much, either way, has a clear feeling. */
#define END_CLEAR 1.5
/* A short burst of praise ("great.") after the customer has complained at
 * least this much is sarcasm; a mild word ("sick" in passing) is no
 * complaint. */
#define SARCASM_AFTER (-1.0)
/* Weak praise ("fine", score up to this) after such a complaint is grudging
 * in a sentence of any length ("Fine, put me on the list"). */
#define GRUDGING 1.0
/* A routine sentence ("great, thank you") has at most this many words; its
 * praise below ROUTINE_STRONG ("great", "perfect", "appreciate it") counts
 * at 0.3, stronger praise ("excellent", "awesome") in full unless the
 * customer has complained so far. */
#define ROUTINE_WORDS 5
/* In a long sentence without punctuation, a feeling within this many words
 * of an [aside] match is about it. */
#define ASIDE_REACH 4
#define ROUTINE_STRONG 3.0
#define ROUTINE_FACTOR 0.2
/* A comparison that prefers another company counts against us at this
 * share of its praise. */
#define PREFER_OTHER 0.8
/* How far before a word of praise its subject may stand (third_party_praise). */
#define THIRD_REACH 4
/* Less of a bad thing ("way less stressful now") is relief, as strong as
 * the bad thing would have been; "not stressful" only denies it
 * (negated_neg). */
#define LESS_RELIEF 1.0
/* A word of the lexicon scoring this much or less is a complaint (see
 * last_complaint). */
#define COMPLAINT (-1.0)
/* A turn whose words add up to this much or less complains (see
 * praise_opens); a passing word weighed as an aside does not. */
#define SOURED (-0.5)
/* A phrase of praise scoring this much is warm (see warm_turn). */
#define WARM 2.0

typedef struct {
    double weight; /* signed, weighted contribution */
    int turn;
    size_t start, end;
} hit_t;

static void keep_top(hit_t *top, size_t *ntop, const hit_t *h)
{
    if (*ntop < TOP_HITS) {
        top[(*ntop)++] = *h;
    } else {
        size_t weakest = 0;
        for (size_t i = 1; i < *ntop; i++)
            if (fabs(top[i].weight) < fabs(top[weakest].weight))
                weakest = i;
        if (fabs(h->weight) <= fabs(top[weakest].weight))
            return;
        top[weakest] = *h;
    }
}

/* Whether the sentiment entry at words [i, i + len) may be sarcastic praise. */
static bool sarcasm_prone(const kpi_rules *r, const kpi_text *t, size_t i, size_t len)
{
    if (len == 1)
        return t->tok[i].vflags & VF_SARCASM;
    size_t a = t->tok[i].start, b = t->tok[i + len - 1].end;
    return kpi_vocab_find(&r->sarcasm_phrases, t->low + a, b - a, kpi_hash(t->low + a, b - a)) >= 0;
}

/* The negator among the three words before word i in its clause, or -1.
 * Words before k0 do not count: the caller passes the end of the last
 * phrase of the lexicon, whose negator is its own ("can't wait", "no
 * problem") and turns nothing after it round. */
static long negator_before(const kpi_text *t, size_t i, size_t k0)
{
    for (size_t j = i, n = 0; j > k0 && n < 3; j--, n++) {
        if (t->tok[j].flags & (TF_CLAUSE_START | TF_SENT_START))
            break;
        if (t->tok[j - 1].vflags & VF_NEGATOR)
            return (long)(j - 1);
        /* "please" opens a request of its own: in "not interested please
         * take us off your list" the "not" is about the interest */
        if ((t->tok[j - 1].vflags & VF_CLAUSE) || KPI_TOK_IS(t, j - 1, "please"))
            break;
    }
    return -1;
}

/* Does "less" or "fewer" stand right before word i, or before the
 * intensifier right before it ("less stressful", "way less scary", "a lot
 * less hassle"), or before the things it counts and their "to" ("one less
 * thing to worry about", "fewer things to stress over", "less to worry
 * about")? The word is then turned round like a negated one: less of
 * a bad thing is relief, less of a good thing a complaint ("less helpful
 * than last time"). Words before k0 are another sentence's or another
 * phrase's. Returns the index of "less", or -1. */
static long lessened(const kpi_text *t, size_t i, size_t k0)
{
    if (i > k0 && (t->tok[i - 1].vflags & VF_INTENS))
        i--;
    else if (i > k0 && KPI_TOK_IS(t, i - 1, "to")) {
        i--;
        if (i > k0 && KPI_TOK_IS(t, i - 1, "thing", "things"))
            i--;
    }
    return i > k0 && KPI_TOK_IS(t, i - 1, "less", "fewer") ? (long)(i - 1) : -1;
}

/* Is word i written as a name: capitalised inside a sentence ("calling for
 * Joy Adams", "to Great Falls")? Speech-recognition text has no capitals, so
 * it never says so there. */
static bool written_as_name(const kpi_text *t, size_t i)
{
    if (t->tok[i].flags & TF_SENT_START)
        return false;
    size_t o = t->map[t->tok[i].start];
    if (o + 1 >= t->orig_len)
        return false;
    unsigned char c = (unsigned char)t->orig[o], d = (unsigned char)t->orig[o + 1];
    if (!(c >= 'A' && c <= 'Z') || !(d >= 'a' && d <= 'z'))
        return false;
    /* a capital after an opening quote or a colon starts quoted speech */
    size_t p = o;
    while (p > 0 && t->orig[p - 1] == ' ')
        p--;
    return p > 0 && t->orig[p - 1] != '"' && t->orig[p - 1] != ':' &&
           t->orig[p - 1] != '(' && (unsigned char)t->orig[p - 1] != 0x9c; /* end of U+201C */
}

/* Is the entry at words [i, i+len) part of a spoken address: next to "dot"
 * or "underscore" ("hope dot miller at ...")? */
static bool spoken_address(const kpi_text *t, size_t i, size_t len, size_t k0, size_t k1)
{
    return (i > k0 && KPI_TOK_IS(t, i - 1, "dot", "underscore")) ||
           (i + len < k1 && KPI_TOK_IS(t, i + len, "dot", "underscore"));
}

/* Is low offset off inside quotation marks in the original turn? An odd
 * number of quote marks before it says so. */
static bool quoted(const kpi_text *t, size_t off)
{
    size_t o = t->map[off], n = 0;
    for (size_t p = 0; p < o; p++) {
        unsigned char c = (unsigned char)t->orig[p];
        if (c == '"')
            n++;
        else if (c == 0xE2 && p + 2 < o && (unsigned char)t->orig[p + 1] == 0x80 &&
                 ((unsigned char)t->orig[p + 2] == 0x9C || (unsigned char)t->orig[p + 2] == 0x9D))
            n++;
    }
    return n % 2 == 1;
}

/* Does the text hold a quotation mark, straight or curly (U+201C)? */
static bool has_quotes(const char *s, size_t n)
{
    if (memchr(s, '"', n))
        return true;
    for (const char *p = s; (p = memchr(p, 0xE2, n - (size_t)(p - s))) != NULL; p++)
        if ((size_t)(p - s) + 2 < n && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x9C)
            return true;
    return false;
}

/* Is the sentence [k0, k1) routine politeness: short, no complaint, no
 * intensifier, and at least half of it stock praise ("great", "perfect":
 * the [sarcasm_prone] words) and neutral entries ("thank you", "okay"), as
 * in "okay perfect thanks", "great thank you", "Thanks, I appreciate it"?
 * Its mild praise is an acknowledgement, not a feeling. */
static bool routine_sentence(const kpi_text *t, size_t k0, size_t k1)
{
    size_t n = k1 - k0, other = 0;
    if (n <= 2)
        return true;
    if (n > ROUTINE_WORDS)
        return false;
    for (size_t i = k0; i < k1;) {
        const kpi_tok *tk = &t->tok[i];
        if (tk->lex_len) {
            /* stock praise ("great", "perfect": the [sarcasm_prone] words)
             * and neutral entries; relief or excitement is a feeling */
            if (tk->lex < 0 || (tk->lex > 0 && !(tk->lex_len == 1 && (tk->vflags & VF_SARCASM))))
                return false;
            i += tk->lex_len;
            continue;
        }
        if (tk->vflags & VF_INTENS) /* "so nice": meant */
            return false;
        other++;
        i++;
    }
    return 2 * other <= n;
}

/* Does a word or phrase of the lexicon in words [a, b) praise? */
static bool praise_after(const kpi_text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t->tok[i].lex_len && t->tok[i].lex > 0)
            return true;
    return false;
}

/* Is the praise at words [i, i+len) of the sentence [k0, k1) a bare
 * comparison: "better", "cheaper", "happier", or "more" before it ("way more
 * helpful"), with no "than" after it? A comparison that names what it is
 * compared with ("better than I expected", "better than it snapping on the
 * freeway") is judged by its words. */
static bool comparative(const kpi_text *t, size_t i, size_t len, size_t k0, size_t k1)
{
    bool cmp = i > k0 && KPI_TOK_IS(t, i - 1, "more");
    for (size_t j = i; j < i + len && !cmp; j++)
        cmp = KPI_TOK_IS(t, j, "better", "cheaper", "happier", "nicer", "faster", "easier",
                         "friendlier", "quicker", "smoother");
    for (size_t j = i; j < k1 && cmp; j++)
        if (KPI_TOK_IS(t, j, "than"))
            return false;
    return cmp;
}

/* Does the sentence [k0, k1) speak of the customer's own things ("my
 * phone", "our back room")? */
static bool own_things(const kpi_text *t, size_t k0, size_t k1)
{
    return KPI_SPAN_HAS(t, t->tok[k0].start, t->tok[k1 - 1].end, "my", "our");
}

/* Is the praise at word i said of another firm: is the subject of its clause,
 * within THIRD_REACH words before it, "they" or "their ..." or "the guy
 * there" ("they were super helpful, no pressure at all", "the guy there was
 * really nice about it")? In a call that sold nothing, a sentence that does
 * not address us (see prefers_other) praising them is a verdict against us.
 * Someone of the customer's own ("my kids", "my wife") in the sentence may
 * be who "they" are, and then the praise is theirs. */
static bool third_party_praise(const kpi_text *t, size_t k0, size_t k1, size_t i)
{
    if (KPI_SPAN_HAS(t, t->tok[k0].start, t->tok[k1 - 1].end, "my", "our", "kids", "family",
                     "parents", "friends", "guests"))
        return false;
    for (size_t j = i, n = 0; j > k0 && n < THIRD_REACH; j--, n++) {
        if (KPI_TOK_IS(t, j - 1, "they", "they're", "theyre", "they've", "theyve", "their", "there"))
            return true;
        if (t->tok[j].flags & TF_CLAUSE_START)
            break;
    }
    return false;
}

/* The last word of the sentence [k0, k1) that starts a complaint: an entry
 * of the lexicon scoring COMPLAINT or less with no negator before it; k0
 * when there is none. Praise before it, in a sentence without thanks, may be
 * sarcasm ("oh wonderful, you overcharge me", "yeah great a credit for a
 * day of lost pay"). */
static size_t last_complaint(const kpi_text *t, size_t k0, size_t k1)
{
    size_t last = k0;
    for (size_t j = k0; j < k1;) {
        size_t len = t->tok[j].lex_len;
        if (!len) {
            j++;
            continue;
        }
        if (t->tok[j].lex <= COMPLAINT && negator_before(t, j, k0) < 0)
            last = j;
        j += len;
    }
    return last;
}

/* Does the sentence [k0, k1) say that things have changed: "it's much better
 * now", "better than before"? Praise of an improvement is about us. */
static bool improvement(const kpi_text *t, size_t k0, size_t k1)
{
    for (size_t j = k0; j < k1; j++)
        if (KPI_TOK_IS(t, j, "now", "before", "again", "anymore", "working", "fixed"))
            return true;
    return false;
}

/* Does the sentence [k0, k1), whose first word of the lexicon is word
 * *first, open with stock praise ([sarcasm_prone]) after at most an
 * interjection ("oh", "wow", "yeah", "well")? Moves *first to the praise and
 * sets *len to its length. */
static bool stock_opener(const kpi_rules *r, const kpi_text *t, size_t k0, size_t k1, size_t *first,
                         size_t *len)
{
    /* an interjection may itself be a neutral entry ("yeah", "wow") */
    while (*first < k1 && t->tok[*first].lex == 0 && KPI_TOK_IS(t, *first, "oh", "wow", "yeah", "well"))
        (*first)++;
    *len = *first < k1 ? t->tok[*first].lex_len : 0;
    if (!*len || t->tok[*first].lex <= 0 || !sarcasm_prone(r, t, *first, *len))
        return false;
    for (size_t j = k0; j < *first; j++)
        if (!KPI_TOK_IS(t, j, "oh", "wow", "yeah", "well", "ah", "just"))
            return false;
    return true;
}

/* Does the sentence [k0, k1), whose first word of the lexicon is word
 * first, open with stock praise ([sarcasm_prone]: "great", "wonderful",
 * "perfect") after at most an interjection ("oh", "wow", "yeah") and go on
 * to say something more ("great there goes my budget", "wonderful can't
 * wait to pay that again")? Said by a customer whose last feeling was a
 * complaint, in a sentence without thanks, such an opening is sarcasm
 * whatever the sentence's length. "Okay great" takes in the news. */
static bool praise_opens(const kpi_rules *r, const kpi_text *t, size_t k0, size_t k1, size_t first)
{
    size_t len;
    if (!stock_opener(r, t, k0, k1, &first, &len) || first + len >= k1)
        return false;
    /* praise of the agent ("great, you've been really nice") is meant; a
     * question after it ("great and how much is whitening") moves on */
    for (size_t j = first + len; j < k1; j++)
        if (KPI_TOK_IS(t, j, "you", "you've", "youve", "you're", "youre", "y'all"))
            return false;
    if (kpi_text_sentence_is_question(t, t->tok[k0].sent))
        return false;
    /* only a question that opens right after the praise moves on: the
     * "what" in "great can't wait to see what else costs extra" asks
     * nothing */
    size_t q = first + len, ms, me;
    if (q + 1 < k1 && KPI_TOK_IS(t, q, "and", "so", "but"))
        q++;
    return !kpi_find(t, KS_QUESTION_START, t->tok[first + len].start, t->tok[k1 - 1].end, &ms, &me) ||
           ms > t->tok[q].start;
}

/* Does the sentence [k0, k1), whose first word of the lexicon is word
 * first, open with stock praise ([sarcasm_prone]: "great", "wonderful",
 * "fantastic") after at most an interjection, followed at once, in the same
 * sentence or as the next one, by "so" and the consequence spelled out:
 * "great so i just limp around until then", "Wonderful. So it's covered
 * unless it actually happens.", "oh fantastic so my bag is in portugal"?
 * Praise that introduces the customer's own summary of what the news means
 * for them is sarcasm, whatever came before. A plan, a question or a
 * booking after "so" ("great so i'll see you then", "perfect so what time
 * is it", "great so we're all set", "perfect so that's two for friday")
 * takes in the news, as do the mild "good", "nice", "cool" and "fine". */
static bool praise_so(const kpi_rules *r, const kpi_text *t, size_t k0, size_t k1, size_t first)
{
    size_t len;
    if (!stock_opener(r, t, k0, k1, &first, &len) ||
        KPI_TOK_IS(t, first, "good", "nice", "cool", "fine", "okay", "ok", "alright"))
        return false;
    size_t so = first + len; /* k1 when the praise is a sentence of its own */
    if (so >= t->ntok || !KPI_TOK_IS(t, so, "so"))
        return false;
    size_t e = so + 1;
    while (e < t->ntok && t->tok[e].sent == t->tok[so].sent)
        e++;
    if (e - so < 3 || kpi_text_sentence_is_question(t, t->tok[so].sent) ||
        KPI_TOK_IS(t, so + 1, "i'll", "we'll", "ill", "what", "when", "where", "how", "which", "is",
                   "are", "do", "does", "can", "could", "should", "that's", "thats", "that", "then",
                   "see", "yes", "yeah"))
        return false;
    for (size_t j = so + 1; j < e; j++)
        if (KPI_TOK_IS(t, j, "set", "booked", "confirmed", "sorted", "done", "ready") &&
            !(j > so + 1 && KPI_TOK_IS(t, j - 1, "not", "isn't", "wasn't", "only")))
            return false;
    return true;
}

/* Moves *i to the first word at or after it that opens a lexicon phrase and
 * sets *len to the phrase's length, cut at the turn's end; false when no
 * phrase is left. */
static bool next_phrase(const kpi_text *t, size_t *i, size_t *len)
{
    while (*i < t->ntok && !t->tok[*i].lex_len)
        (*i)++;
    if (*i >= t->ntok)
        return false;
    *len = t->tok[*i].lex_len;
    if (*i + *len > t->ntok)
        *len = t->ntok - *i;
    return true;
}

/* Are words [a, b) all praise of the lexicon ("great thanks a lot"), or
 * none at all? Praise followed by nothing else closes its sentence; a
 * plain "thank you" after it ("you've been super nice thank you") is
 * something else. */
static bool only_praise_after(const kpi_text *t, size_t a, size_t b)
{
    while (a < b && t->tok[a].lex_len && t->tok[a].lex > 0)
        a += t->tok[a].lex_len;
    return a >= b;
}

/* Is all the praise of the turn stock praise ([sarcasm_prone]: "great",
 * "perfect", "can't wait")? Praise of another kind ("he's going to be so
 * happy", "that's a load off my mind") says the stock praise is meant. */
static bool only_stock_praise(const kpi_rules *r, const kpi_text *t)
{
    for (size_t i = 0, len; next_phrase(t, &i, &len); i += len)
        if (t->tok[i].lex > 0 && !sarcasm_prone(r, t, i, len))
            return false;
    return true;
}

/* Is the word after "but" at word but of the sentence ending at k1 a weak
 * word of praise ([sarcasm_prone], scoring at most GRUDGING: "fine") that
 * accepts what the customer just complained of ("that's robbery, but fine",
 * "i expected more from it but fine")? It concedes; it is no praise. */
static bool conceding(const kpi_rules *r, const kpi_text *t, size_t but, size_t k1)
{
    size_t j = but + 1;
    return j < k1 && t->tok[j].lex_len && t->tok[j].lex > 0 && t->tok[j].lex <= GRUDGING &&
           sarcasm_prone(r, t, j, t->tok[j].lex_len);
}

/* The word of the sentence [k0, k1) that gives in: a weak word of praise
 * ([sarcasm_prone], scoring at most GRUDGING: "fine") opening the sentence
 * after at most an interjection, alone or before what the customer gives
 * in to ("Fine.", "ugh fine, book the Monday slot", "yeah fine add it").
 * Across the labelled calls nearly every customer who answers so is
 * dissatisfied. "Fine, thanks" and "fine, how are you" answer a greeting;
 * "fine, whatever ..." is judged by its "whatever" ([lexicon]: "fine
 * whatever it takes" accepts), and "okay, fine" takes an offer ("okay fine
 * i'll stay on that then"). k1 when there is none. */
static size_t concedes_opening(const kpi_rules *r, const kpi_text *t, size_t k0, size_t k1)
{
    size_t first = k0;
    while (first < k1 && KPI_TOK_IS(t, first, "yeah", "ugh", "oh", "well"))
        first++;
    size_t len = first < k1 ? t->tok[first].lex_len : 0;
    if (!len || t->tok[first].lex <= 0 || t->tok[first].lex > GRUDGING || !sarcasm_prone(r, t, first, len))
        return k1;
    bool gives_in = first + len >= k1 ||
                    !KPI_TOK_IS(t, first + len, "thanks", "thank", "thankyou", "how", "and", "by", "with",
                                "for", "whatever");
    return gives_in ? first : k1;
}

/* Does word j only link or soften what follows it ("that's", "sounds",
 * "actually", "will"): a judgement or a promise, not the customer's news? */
static bool linking_word(const kpi_text *t, size_t j)
{
    return KPI_TOK_IS(t, j, "oh", "that's", "thats", "it's", "its", "is", "was", "be", "sounds", "looks",
                      "will", "would", "actually", "honestly", "really", "that", "this", "and", "but");
}

/* How many of words [a, b) are the customer's own: no word of the lexicon
 * and no interjection ("yeah", "well", "okay"), nor, when strict, a
 * linking word? */
static size_t own_words(const kpi_text *t, size_t a, size_t b, bool strict)
{
    size_t own = 0;
    for (size_t j = a; j < b; j++)
        own += !t->tok[j].lex_len && !KPI_TOK_IS(t, j, "yeah", "well", "okay", "ok", "wow", "just", "so") &&
               !(strict && linking_word(t, j));
    return own;
}

/* Is the stock praise at words [i, i+len) of a customer's turn said of a
 * bad fact the agent then sympathised with ([empathy]: "I know, it's a
 * lot", "I understand", "sorry about that")? Praise that closes the turn
 * after the customer's own words ("$28 a night to park at a hotel I'm
 * already paying for. Nice.", "So I drive out in this. Lovely.") or that
 * follows "oh" ("oh good a four hour window") is then sarcasm. Praise that
 * opens the turn before a plan ("Great, I'll think about it" - "I
 * understand") is no comment on a fact. */
static bool pitied_praise(const kpi_text *t, size_t i, size_t len, size_t k0)
{
    if (i > k0 && KPI_TOK_IS(t, i - 1, "oh"))
        return true;
    return own_words(t, 0, i, false) >= 2 && only_praise_after(t, i + len, t->ntok);
}

/* Is the stock praise at words [i, i+len) of the sentence [k0, k1) tacked
 * bare onto at least two words of the customer's own, closing the sentence
 * ("forty five wonderful can't wait", "so now i get to deal with them
 * again fantastic")? Said in a turn of stock praise alone, without thanks,
 * by a customer whose last feeling was a complaint, it comments on the
 * news with the opposite of what it says. A judgement ("that's great",
 * "sounds perfect", "really nice") and praise in a sentence that
 * addresses the agent ("said he'll love it with you") are meant. */
static bool closes_with_praise(const kpi_text *t, size_t i, size_t len, size_t k0, size_t k1)
{
    if (i == k0 || t->tok[i - 1].lex_len || (t->tok[i - 1].vflags & VF_INTENS) || linking_word(t, i - 1))
        return false;
    for (size_t j = k0; j < k1; j++)
        if (KPI_TOK_IS(t, j, "you", "you've", "youve", "you're", "youre", "y'all", "your"))
            return false;
    return own_words(t, k0, i, true) >= 2 && only_praise_after(t, i + len, k1);
}

/* Does the phrase of the lexicon at words [i, i+len) of the sentence
 * ending at k1 open a regret that something was not done sooner
 * ([delay_regret]: "i should've switched years ago", "should have done
 * this ages ago")? */
static bool regrets_delay(const kpi_text *t, size_t i, size_t len, size_t k1)
{
    size_t ms, me;
    return kpi_find(t, KS_DELAY_REGRET, t->tok[i].start, t->tok[k1 - 1].end, &ms, &me) &&
           ms <= t->tok[i + len - 1].start;
}

/* Did the call leave the customer with something new: did it sell, and did
 * the customer never ask to cancel? What they then regret not having done
 * sooner is the purchase; after "cancel it" it is the cancellation. */
static bool call_gained(const kpi_scratch *s, const turns_t *turns, bool sold)
{
    for (size_t i = 0; sold && i < turns->n; i++) {
        const kpi_text *t = &s->texts[i];
        if (turns->v[i].speaker != SPK_CUSTOMER)
            continue;
        for (size_t k = 0; k < t->ntok; k++)
            if (KPI_TOK_IS(t, k, "cancel", "cancelling", "canceling", "cancellation"))
                return false;
    }
    return sold;
}

/* Scores the sentence made of words [k0, k1); offers hits to the top lists. */
static double sentence_score(const kpi_rules *r, const kpi_text *t, size_t k0, size_t k1,
                             bool sarcastic, bool quotes, size_t bought_at, bool sold, double running,
                             bool soured, bool plain, bool windfall, bool pitied, bool gained, int turn, hit_t *pos,
                             size_t *npos, hit_t *neg, size_t *nneg, double w)
{
    /* only lexicon words score, and all below only weighs them: a sentence
     * with none (most of a call's) scores 0 and offers no hit, and what it
     * would compute first (its contrast, routine, aside and address tests)
     * only reads the text */
    size_t first = k0;
    while (first < k1 && !t->tok[first].lex_len)
        first++;
    if (first == k1)
        return 0;
    size_t n = k1 - k0, but = k1;
    for (size_t i = k0 + 1; i < k1; i++)
        if (t->tok[i].vflags & VF_CONTRAST) {
            but = i;
            break;
        }
    bool ack = routine_sentence(t, k0, k1); /* "Great." "Perfect, thanks." */
    size_t complaint_at = last_complaint(t, k0, k1);
    bool thanked = kpi_has(t, KS_GOODWILL, t->tok[k0].start, t->tok[k1 - 1].end);
    /* "great there goes my christmas budget" after "yeah whatever" */
    bool sour_open = !thanked && ((soured && praise_opens(r, t, k0, k1, first)) ||
                                  (plain && praise_so(r, t, k0, k1, first)));
    /* thanks before "but" with no praise after it only softens what
     * follows: "I appreciate it, but no", "thanks, but we've moved on"
     * (not "I'd love to, but I'm not sure": that is enthusiasm) */
    bool softener = but < k1 && !praise_after(t, but + 1, k1);
    /* "that's robbery, but fine, move me": a weak word of praise right
     * after "but" concedes, it does not take the complaint back; after a
     * complaint in its sentence it is grudging */
    size_t conceded = conceding(r, t, but, k1) ? but + 1 : k1;
    size_t gives_in = concedes_opening(r, t, k0, k1);
    double sum = 0;
    size_t floor = k0; /* end of the last phrase: negators before it are its own */
    bool mocked = kpi_has(t, KS_SARCASM, t->tok[k0].start, t->tok[k1 - 1].end);
    /* feelings about the traffic or a competitor are not about us */
    bool aside_here = kpi_has(t, KS_ASIDE, t->tok[k0].start, t->tok[k1 - 1].end);
    /* speech-recognition text (no punctuation, no capitals) has no
     * sentences to tell, so its "sentence" may be the whole turn: there only
     * words near the aside are about it; in a written turn, the words of the
     * aside's clause and of those after it */
    bool unpunctuated = aside_here && n > ASIDE_REACH + 2;
    /* a complaint in or after the sentence where the customer bought
     * something, in a sentence that does not address the company, gives the
     * reason for buying: "yes, both please, the oven is a disaster" and "the
     * back room is terrible, add the extender" are about the customer's
     * things; before the purchase, only a sentence about the customer's own
     * things is ("my phone's maps are useless out there. Add it."; not
     * "this whole process has been terrible. Fine, add it.") */
    bool need_here = (bought_at < t->tok[k1 - 1].end || (bought_at != SIZE_MAX && own_things(t, k0, k1))) &&
                     !kpi_has(t, KS_ABOUT_US, t->tok[k0].start, t->tok[k1 - 1].end);
    /* in a call that sold nothing, a comparison in a sentence that neither
     * addresses us nor tells of a change prefers someone else: "honestly
     * they were just a lot better to deal with", "their coverage is way
     * better" - a verdict against us, not praise */
    bool prefers_other = !sold && !kpi_has(t, KS_ABOUT_US, t->tok[k0].start, t->tok[k1 - 1].end) &&
                         !improvement(t, k0, k1);
    for (size_t i = 0; unpunctuated && i + 1 < t->ntok; i++)
        if (t->tok[i].flags & TF_PUNCT_AFTER)
            unpunctuated = false;
    for (size_t o = 0; unpunctuated && o < t->orig_len; o++)
        if (t->orig[o] >= 'A' && t->orig[o] <= 'Z') /* written, one sentence */
            unpunctuated = false;
    for (size_t i = k0; i < k1;) {
        const kpi_tok *tk = &t->tok[i];
        size_t len = tk->lex_len;
        if (!len) {
            i++;
            continue;
        }
        if (i + len > k1)
            len = k1 - i;
        /* a phrase that ends in a negator ("i'm still not") leaves it
         * to the next word */
        size_t nfloor = len < 2 ? floor
                        : (t->tok[i + len - 1].vflags & VF_NEGATOR) ? i + len - 1 : i + len;
        if (tk->lex != 0 && !written_as_name(t, i) && !spoken_address(t, i, len, k0, k1) &&
            !(quotes && quoted(t, tk->start))) {
            /* only words near the aside are about it: an unpunctuated
             * "sweet just in time for the game thanks" is about us */
            double x = tk->lex;
            /* "that's more than i expected" of a claim paid or a refund is
             * a pleasant surprise, of a price a disappointment */
            if (windfall && x < 0 && kpi_has(t, KS_SURPRISE, tk->start, t->tok[i + len - 1].end))
                x = -x;
            /* "i should've switched years ago" said of what the customer
             * gained in the call praises it; of a cancellation it stays a
             * complaint */
            if (gained && x < 0 && regrets_delay(t, i, len, k1))
                x = -x;
            /* a phrase that names the other company as its object
             * ("signed with another company", "switching to another
             * provider") is a verdict on us, not a feeling about them */
            bool names_other =
                len >= 3 && kpi_has(t, KS_ASIDE, tk->start + 1, t->tok[i + len - 1].end);
            if (aside_here && !names_other) {
                /* an aside in the word's clause or an earlier one ("the
                 * traffic was a nightmare, honestly awful"; not "I'm so
                 * relieved, our old provider was a nightmare"), or near
                 * words where there is no punctuation to tell clauses */
                size_t a = i, b = i + len;
                if (unpunctuated) {
                    a = i > k0 + ASIDE_REACH ? i - ASIDE_REACH : k0;
                    b = b + ASIDE_REACH < k1 ? b + ASIDE_REACH : k1;
                } else {
                    a = k0;
                    while (b < k1 && !(t->tok[b].flags & TF_CLAUSE_START))
                        b++;
                }
                if (kpi_has(t, KS_ASIDE, t->tok[a].start, t->tok[b - 1].end))
                    x *= r->aside;
            }
            if (x < 0 && need_here)
                x *= r->aside;
            /* a phrase that holds its own negator ("isn't acceptable",
             * "not bad") has been turned already: a negator before it
             * ("three days without internet really isn't acceptable") is
             * about other words */
            bool own_negator = kpi_text_has_flag(t, VF_NEGATOR, tk->start, t->tok[i + len - 1].end);
            long neg_at = own_negator ? -1 : negator_before(t, i, floor);
            /* "not less stressful" is no relief: a negator before "less"
             * turns it back, so it is left as the word says */
            long less_at = own_negator ? -1 : lessened(t, i, floor);
            if (less_at >= 0 && neg_at >= 0)
                less_at = neg_at = -1;
            if (i > k0 && (t->tok[i - 1].vflags & VF_INTENS))
                x *= r->vocab.w[t->tok[i - 1].id].intens;
            else if (i > k0 + 1 && (t->tok[i - 2].vflags & VF_INTENS))
                x *= r->vocab.w[t->tok[i - 2].id].intens;
            if (less_at >= 0)
                x = x > 0 ? -x * r->negated_pos : -x * LESS_RELIEF;
            else if (neg_at >= 0)
                x = x > 0 ? -x * r->negated_pos : -x * r->negated_neg;
            /* not a phrase with its own negator: "couldn't be happier" */
            else if (x > 0 && prefers_other &&
                     (comparative(t, i, len, k0, k1) || third_party_praise(t, k0, k1, i)) &&
                     !kpi_text_has_flag(t, VF_NEGATOR, tk->start, t->tok[i + len - 1].end))
                x = -x * PREFER_OTHER;
            /* praise that closes a sentence which complained ("forty
             * dollars for bad news, great", "paying for your mistake great
             * thanks a lot") means the opposite */
            bool closes_complaint = sum < 0 && only_praise_after(t, i + len, k1);
            /* stock praise before a complaint in its sentence, opened by
             * "oh" or said after the customer has complained, in a
             * sentence without thanks: "oh wonderful you overcharge me",
             * "yeah great a credit for a day of lost pay" */
            bool opens_complaint =
                complaint_at > i && !thanked &&
                (running <= SARCASM_AFTER || (i > k0 && KPI_TOK_IS(t, i - 1, "oh")));
            /* "okay good", "alright perfect": praise after an "okay" takes
             * in the news; only the complaint's own context or sentence
             * makes it sarcasm, not the running complaint */
            bool after_okay = i > k0 && KPI_TOK_IS(t, i - 1, "okay", "ok", "alright");
            /* the agent sympathised with the fact the praise was said of */
            bool pitied_here = pitied && plain && !thanked && bought_at == SIZE_MAX &&
                               pitied_praise(t, i, len, k0);
            /* in a sentence that mocks ([sarcasm]: "oh sure because
             * saving money is what you're famous for") all praise is
             * mockery */
            if (x > 0 && mocked)
                x = -x;
            else if (x > 0 && sarcasm_prone(r, t, i, len) &&
                (sarcastic || closes_complaint || opens_complaint || sour_open ||
                 (soured && closes_with_praise(t, i, len, k0, k1)) || (i == conceded && sum < 0) ||
                 i == gives_in || pitied_here ||
                 (!after_okay && running <= SARCASM_AFTER && (n <= 4 || tk->lex <= GRUDGING))))
                x = -x;
            else if (ack && x > 0 && (x < ROUTINE_STRONG || running < 0))
                x *= ROUTINE_FACTOR;
            if (softener && i < but && x > 0 &&
                kpi_has(t, KS_GOODWILL, tk->start, t->tok[i + len - 1].end)) {
                floor = nfloor;
                i += len;
                continue;
            }
            if (but < k1)
                x *= i < but ? r->but_before : r->but_after;
            sum += x;
            if (less_at >= 0)
                neg_at = less_at; /* the evidence starts at "less" */
            size_t hs = neg_at >= 0 ? t->tok[neg_at].start
                                    : (i > k0 ? t->tok[i - 1].start : tk->start);
            hit_t h = {x * w, turn, hs, t->tok[i + len - 1].end};
            if (x > 0)
                keep_top(pos, npos, &h);
            else
                keep_top(neg, nneg, &h);
        }
        floor = nfloor;
        i += len;
    }
    return sum;
}

/* Does the turn praise warmly: a phrase of the lexicon of two words or more
 * scoring at least WARM, neither stock praise ([sarcasm_prone]) nor opened
 * by a stock praise word, and not turned by a negator ("you were really
 * helpful", "you've been so patient"; not "super helpful")? Such a turn
 * makes up for the complaints before it, so the "Perfect." or "Great." that
 * opens it is meant, not sarcasm. */
static bool warm_turn(const kpi_rules *r, const kpi_text *t)
{
    for (size_t i = 0, len; next_phrase(t, &i, &len); i += len)
        /* not opened by stock praise: "Super helpful." alone is sarcasm */
        if (len >= 2 && t->tok[i].lex >= WARM && !sarcasm_prone(r, t, i, len) &&
            !(t->tok[i].vflags & VF_SARCASM) &&
            !kpi_text_has_flag(t, VF_NEGATOR, t->tok[i].start, t->tok[i + len - 1].end) &&
            negator_before(t, i, 0) < 0)
            return true;
    return false;
}

/* Does the turn complain (so that praise in it is sarcasm)? A complaint
 * marker counts unless its sentence says it did not happen: "I expected to
 * be on hold for an hour" is relief, not a complaint. */
static bool complaint_context(const kpi_text *t)
{
    if (!(t->secmask & (1ull << KS_SARCASM_CONTEXT)))
        return false;
    for (size_t j = 0; j < t->nm; j++) {
        const kpi_match *m = &t->m[j];
        if (m->sec != KS_SARCASM_CONTEXT)
            continue;
        size_t ss = t->sent[t->tok[m->ts].sent].start;
        if (!kpi_has(t, KS_EXPECTATION, ss, m->start))
            return true;
    }
    return false;
}

/* Where the customer first buys something in the turn: a commitment
 * ("book it"), an add-on accepted ("add the oven"), "both"; SIZE_MAX when
 * they buy nothing there. */
static size_t bought_in(const kpi_text *t)
{
    static const kpi_section buys[] = {KS_COMMIT, KS_ADDON_ACCEPT, KS_BOTH};
    size_t at = SIZE_MAX, ms, me;
    for (size_t k = 0; k < sizeof buys / sizeof *buys; k++)
        if (kpi_find(t, buys[k], 0, t->len, &ms, &me) && ms < at)
            at = ms;
    return at;
}

/* Does the agent answer the customer's turn i by sympathising with it: does
 * the next agent turn open with [empathy] ("I know, it's a lot", "I
 * understand", "sorry about that")? */
static bool answered_with_sympathy(const kpi_scratch *s, const turns_t *turns, size_t i)
{
    for (size_t j = i + 1; j < turns->n; j++) {
        if (turns->v[j].speaker != SPK_AGENT)
            continue;
        const kpi_text *t = &s->texts[j];
        size_t ms, me;
        return (t->secmask & (1ull << KS_EMPATHY)) && kpi_find(t, KS_EMPATHY, 0, t->len, &ms, &me) &&
               kpi_text_sentence_at(t, ms) == 0;
    }
    return false;
}

/* Does the agent's turn apologise ([apology]) outside a question? */
static bool apologises(const kpi_text *t)
{
    size_t p = 0, ms, me;
    while (p < t->len && kpi_find(t, KS_APOLOGY, p, t->len, &ms, &me)) {
        if (!kpi_text_sentence_is_question(t, kpi_text_sentence_at(t, ms)))
            return true;
        p = me > ms ? me : ms + 1;
    }
    return false;
}

/* Does the agent's turn apologise for what the customer just said: "sorry
 * about that", "so sorry that happened" (not "sorry for the wait")? */
static bool apologises_for_that(const kpi_text *t)
{
    if (!apologises(t))
        return false;
    for (size_t k = 0; k < t->ntok; k++) {
        if (!KPI_TOK_IS(t, k, "sorry", "apologise", "apologize", "apologies"))
            continue;
        for (size_t j = k + 1; j < t->ntok && j <= k + 2; j++)
            if (KPI_TOK_IS(t, j, "that", "this"))
                return true;
    }
    return false;
}

/* The first agent turn that brings bad news: a failed purchase ([failure])
 * or an apology ([apology]) outside a question ("I'm so sorry, Saturday is
 * full now"; not "sorry, could you spell that?"). -1 when there is none. */
static long bad_news_turn(const kpi_scratch *s, const turns_t *turns)
{
    for (size_t i = 0; i < turns->n; i++) {
        const kpi_text *t = &s->texts[i];
        if (turns->v[i].speaker != SPK_AGENT ||
            !(t->secmask & ((1ull << KS_FAILURE) | (1ull << KS_APOLOGY))))
            continue;
        if (kpi_has(t, KS_FAILURE, 0, t->len) || apologises(t))
            return (long)i;
    }
    return -1;
}

void kpi_sentiment(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out)
{
    size_t K = 0;
    for (size_t i = 0; i < turns->n; i++)
        K += turns->v[i].speaker == SPK_CUSTOMER;
    hit_t pos[TOP_HITS], neg[TOP_HITS];
    size_t npos = 0, nneg = 0, k = 0;
    double total = 0, wsum = 0, running = 0;
    /* the first and the last turn with a clear feeling, to see a turn-round */
    double first_clear = 0, last_clear = 0;
    /* the customer's last turn: the goodbye ("yay, thank you!") */
    double last_turn = 0;
    /* the agent's bad news, and whether the customer answered it and
     * thanked or forgave afterwards */
    long bad = r->unthanked > 0 && !out->is_conversion ? bad_news_turn(s, turns) : -1;
    bool answered = false, goodwill = false, felt = false;
    /* the customer's last turn with a feeling was warm ("oh, thank you,
     * that's nice of you"): the complaint before it is made up for, and
     * praise after it ("Brilliant.") is meant, not sarcasm */
    bool made_up = false;
    /* the customer's last turn with a feeling complained */
    bool soured = false;
    /* what a regret of delay is said of (regrets_delay) */
    bool gained = call_gained(s, turns, out->is_conversion);
    /* the agent's last turn told of a gain for the customer ([windfall]) */
    bool windfall = false;
    for (size_t i = 0; i < turns->n; i++) {
        if (turns->v[i].speaker == SPK_AGENT)
            windfall = kpi_has(&s->texts[i], KS_WINDFALL, 0, s->texts[i].len);
        /* in a call that sold something, an apology for what the customer
         * just complained about ("you kept my car four hours last time" -
         * "I'm sorry about that") is bad news too: the purchase does not
         * answer it, only thanks or forgiveness do */
        if (turns->v[i].speaker == SPK_AGENT && bad < 0 && out->is_conversion &&
            r->unthanked > 0 && !kpi_has(&s->texts[i], KS_FAILURE, 0, s->texts[i].len) &&
            (last_turn < 0 ? apologises(&s->texts[i])
                           : last_turn == 0 && apologises_for_that(&s->texts[i])))
            bad = (long)i;
        if (turns->v[i].speaker != SPK_CUSTOMER)
            continue;
        const kpi_text *t = &s->texts[i];
        double w = K > 1 ? 1.0 + (r->end_weight - 1.0) * (double)k / (double)(K - 1) : 1.0;
        k++;
        last_turn = 0;
        if (!t->len)
            continue;
        if (bad >= 0 && (long)i > bad) {
            answered = true;
            goodwill = goodwill || kpi_has(t, KS_GOODWILL, 0, t->len);
        }
        bool sarcastic = complaint_context(t);
        /* quotation marks, straight or curly: quoted words are someone else's */
        bool quotes = has_quotes(t->orig, t->orig_len);
        double turn_sum = 0;
        size_t bought_at = bought_in(t);
        bool warm = warm_turn(r, t);
        /* stock praise may be sarcasm (praise_opens) in a turn without
         * thanks or warmth */
        bool plain = !warm && !kpi_has(t, KS_GOODWILL, 0, t->len);
        /* thanks beside praise of another kind than the stock words
         * ("Perfect, thank you! She's going to be so happy", "Thank you,
         * I'm so relieved"): the turn is meant, like a warm one, whatever
         * the customer said of their own troubles before */
        bool stock_only = only_stock_praise(r, t);
        bool grateful = !plain && !stock_only;
        bool sour_turn = plain && stock_only;
        bool pitied = answered_with_sympathy(s, turns, i);
        /* explicit sarcasm: "oh great, another hour on hold" */
        size_t pos0 = 0, ms, me;
        while (pos0 < t->len && kpi_find(t, KS_SARCASM, pos0, t->len, &ms, &me)) {
            turn_sum -= 2.0;
            sarcastic = true;
            hit_t h = {-2.0 * w, (int)i, ms, me};
            keep_top(neg, &nneg, &h);
            pos0 = me > ms ? me : ms + 1;
        }
        for (size_t k0 = 0; k0 < t->ntok;) {
            size_t k1 = k0 + 1;
            while (k1 < t->ntok && t->tok[k1].sent == t->tok[k0].sent)
                k1++;
            /* a warm turn, like one after a warm turn, starts afresh */
            bool sour = sour_turn && (turn_sum != 0 ? turn_sum < 0 : soured);
            turn_sum += sentence_score(r, t, k0, k1, sarcastic, quotes, bought_at, out->is_conversion,
                                       (made_up || warm || grateful ? 0 : running) + turn_sum, sour, plain,
                                       windfall, pitied, gained, (int)i, pos, &npos, neg, &nneg, w);
            k0 = k1;
        }
        /* Every customer turn counts in the mean, so a lone "great" in a
         * long businesslike call stays near neutral. */
        total += w * turn_sum;
        wsum += w;
        running += turn_sum;
        /* a complaint, not a passing word about the customer's own
         * things ("they're a mess", weighed as an aside) */
        if (turn_sum != 0) {
            made_up = turn_sum > 0;
            soured = turn_sum <= SOURED;
        }
        /* an acknowledgement ("okay, good", "great thanks") is no feeling */
        felt = felt || ((long)i > bad && bad >= 0 && turn_sum != 0 &&
                        !(turn_sum > 0 && routine_sentence(t, 0, t->ntok)));
        last_turn = turn_sum;
        if (fabs(turn_sum) >= END_CLEAR) {
            if (first_clear == 0)
                first_clear = turn_sum;
            last_clear = turn_sum;
        }
    }
    double raw = wsum > 0 ? total / wsum : 0;
    /* "a frustrated opening that ends in thank you so much is positive" */
    if (first_clear * last_clear < 0 && raw * last_clear <= 0)
        raw = (1.0 - r->end_pull) * raw + r->end_pull * last_clear;
    /* A clear feeling in the customer's last turn is their verdict on the
     * call ("yay, thank you!", "you were really patient, thanks"): said on
     * the side the call already leans to, it takes the same share, so that
     * the businesslike turns before it do not dilute it to neutral. A
     * routine goodbye ("thanks, bye") is no verdict: it is not clear. */
    else if (fabs(last_turn) >= END_CLEAR && raw * last_turn > 0)
        raw = (1.0 - r->end_pull) * raw + r->end_pull * last_turn;
    /* Bad news in a call that sold nothing (a failed booking, a refusal, a
     * delay, a refund), or in one that sold an apology for the customer's
     * own complaint (above), answered without a word of thanks or forgiveness,
     * leaves the customer dissatisfied: "oh. that's a shame ... i guess we'll figure
     * something else out", "whatever, i'll come back tomorrow", "Fine."; the
     * praise in such answers is resignation or sarcasm ("great, another
     * Saturday at home"). "Thanks anyway", "no worries, these things
     * happen" keep the call as it scored. */
    if (answered && !goodwill && felt && last_turn < END_CLEAR &&
        raw > -r->unthanked)
        raw = -r->unthanked;
    double score = tanh(raw / r->scale);
    out->sentiment_score = score;
    out->sentiment = score >= r->threshold ? 1 : score <= -r->threshold ? -1 : 0;

    /* Evidence: the strongest phrases on the side that won; for a neutral
     * call, the strongest of either. */
    hit_t *src = out->sentiment > 0 ? pos : neg;
    size_t nsrc = out->sentiment > 0 ? npos : nneg;
    hit_t all[2 * TOP_HITS];
    if (out->sentiment == 0) {
        nsrc = 0;
        for (size_t i = 0; i < npos; i++)
            all[nsrc++] = pos[i];
        for (size_t i = 0; i < nneg; i++)
            all[nsrc++] = neg[i];
        src = all;
    }
    /* strongest first */
    for (size_t a = 0; a < nsrc; a++)
        for (size_t b = a + 1; b < nsrc; b++)
            if (fabs(src[b].weight) > fabs(src[a].weight)) {
                hit_t tmp = src[a];
                src[a] = src[b];
                src[b] = tmp;
            }
    for (size_t a = 0; a < nsrc && a < TOP_HITS; a++)
        kpi_evidence_add(&out->sentiment_ev, &out->n_sentiment,
                         kpi_text_quote(&s->texts[src[a].turn], src[a].start, src[a].end), 0,
                         src[a].turn);
}
