/* kpi_sentiment.c - the customer's attitude from the customer's turns only.
 * Each word or phrase of the lexicon scores; a negator just before it turns
 * it round ("not happy" negative, "not bad" mildly positive), an intensifier
 * strengthens it, words after "but" count more than words before, praise in a
 * complaint is sarcasm, a lone "great." is only an acknowledgement, and later
 * turns weigh more than earlier ones so that how the call ends decides. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kpi_internal.h"
#include "util.h"

#define TOP_HITS 3

typedef struct {
    double weight; /* signed, weighted contribution */
    int turn;
    size_t start, end;
} hit_t;

static bool is_wordc(char c)
{
    return (c >= 'a' && c <= 'z') || c == '\'' || c == '-' || (c >= '0' && c <= '9');
}

/* Offsets of the words in low[a, b): starts and ends. Returns the count. */
static size_t words_of(const kpi_text *t, size_t a, size_t b, size_t *ws, size_t *we, size_t max)
{
    size_t n = 0, i = a;
    while (i < b && n < max) {
        while (i < b && !is_wordc(t->low[i]))
            i++;
        if (i >= b)
            break;
        size_t s0 = i;
        while (i < b && is_wordc(t->low[i]))
            i++;
        size_t e0 = i;
        while (e0 > s0 && (t->low[e0 - 1] == '\'' || t->low[e0 - 1] == '-'))
            e0--;
        if (e0 > s0) {
            ws[n] = s0;
            we[n] = e0;
            n++;
        }
    }
    return n;
}

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

/* Scores one sentence; adds to *sum and offers hits to the top lists. */
static double sentence_score(const kpi_rules *r, kpi_scratch *s, const kpi_text *t, kpi_span sp,
                             bool sarcastic, double running, int turn, hit_t *pos, size_t *npos,
                             hit_t *neg, size_t *nneg, double w)
{
    enum { MAXW = 256 };
    size_t ws[MAXW], we[MAXW];
    double sum = 0;
    /* A long sentence is scored in windows so no buffer can overflow. */
    for (size_t from = sp.start; from < sp.end;) {
        size_t n = words_of(t, from, sp.end, ws, we, MAXW);
        if (!n)
            break;
        size_t next = n == MAXW ? we[n - 1] : sp.end;
        size_t but = n;
        for (size_t i = 1; i < n; i++) {
            size_t l = we[i] - ws[i];
            if ((l == 3 && memcmp(t->low + ws[i], "but", 3) == 0) ||
                (l == 7 && memcmp(t->low + ws[i], "however", 7) == 0)) {
                but = i;
                break;
            }
        }
        bool ack = n <= 2; /* "Great." "Perfect, thanks." */
        for (size_t i = 0; i < n;) {
            float v = 0;
            size_t len = 0;
            int maxw = kpi_lex_get(&r->phrase_first, t->low + ws[i], we[i] - ws[i], NULL)
                           ? r->lexicon.max_words : 1;
            for (int L = maxw; L >= 1; L--) {
                if (i + (size_t)L > n)
                    continue;
                size_t a = ws[i], b = we[i + (size_t)L - 1];
                /* a phrase must be plain words separated by single spaces */
                bool plain = true;
                for (size_t k = i; k + 1 < i + (size_t)L && plain; k++)
                    plain = ws[k + 1] == we[k] + 1 && t->low[we[k]] == ' ';
                if (plain && kpi_lex_get(&r->lexicon, t->low + a, b - a, &v)) {
                    len = (size_t)L;
                    break;
                }
            }
            if (!len) {
                i++;
                continue;
            }
            size_t a = ws[i], b = we[i + len - 1];
            if (v != 0) {
                double x = v;
                size_t cs = kpi_text_clause_start(t, a);
                size_t wb = kpi_text_words_back(t, a, cs, 3);
                bool negated = kpi_has(r, s, KS_NEGATOR, t, wb, a);
                float f;
                if (i >= 1 && kpi_lex_get(&r->intensifier, t->low + ws[i - 1], we[i - 1] - ws[i - 1], &f))
                    x *= f;
                else if (i >= 2 && kpi_lex_get(&r->intensifier, t->low + ws[i - 2],
                                               we[i - 2] - ws[i - 2], &f))
                    x *= f;
                if (negated)
                    x = x > 0 ? -x * r->negated_pos : -x * r->negated_neg;
                if (x > 0 && kpi_lex_get(&r->sarcasm_prone, t->low + a, b - a, NULL) &&
                    (sarcastic || (running < 0 && n <= 4)))
                    x = -x;
                else if (ack && x > 0)
                    x *= 0.3;
                if (but < n)
                    x *= i < but ? r->but_before : r->but_after;
                sum += x;
                hit_t h = {x * w, turn, wb < a && negated ? wb : (i >= 1 ? ws[i - 1] : a), b};
                if (x > 0)
                    keep_top(pos, npos, &h);
                else
                    keep_top(neg, nneg, &h);
            }
            i += len;
        }
        from = next;
        if (n < MAXW)
            break;
    }
    return sum;
}

void kpi_sentiment(const kpi_rules *r, kpi_scratch *s, const turns_t *turns, kpi_result *out)
{
    size_t K = 0;
    for (size_t i = 0; i < turns->n; i++)
        K += turns->v[i].speaker == SPK_CUSTOMER;
    hit_t pos[TOP_HITS], neg[TOP_HITS];
    size_t npos = 0, nneg = 0, k = 0;
    double total = 0, wsum = 0, running = 0;
    for (size_t i = 0; i < turns->n; i++) {
        if (turns->v[i].speaker != SPK_CUSTOMER)
            continue;
        const kpi_text *t = &s->texts[i];
        double w = K > 1 ? 1.0 + (r->end_weight - 1.0) * (double)k / (double)(K - 1) : 1.0;
        k++;
        if (!t->len)
            continue;
        bool sarcastic = kpi_has(r, s, KS_SARCASM_CONTEXT, t, 0, t->len);
        double turn_sum = 0;
        /* explicit sarcasm: "oh great, another hour on hold" */
        size_t pos0 = 0, ms, me;
        while (pos0 < t->len && kpi_find(r, s, KS_SARCASM, t, pos0, t->len, &ms, &me)) {
            turn_sum -= 2.0;
            sarcastic = true;
            hit_t h = {-2.0 * w, (int)i, ms, me};
            keep_top(neg, &nneg, &h);
            pos0 = me > ms ? me : ms + 1;
        }
        for (size_t j = 0; j < t->nsent; j++)
            turn_sum += sentence_score(r, s, t, t->sent[j], sarcastic, running + turn_sum,
                                       (int)i, pos, &npos, neg, &nneg, w);
        /* Every customer turn counts in the mean, so a lone "great" in a
         * long businesslike call stays near neutral. */
        total += w * turn_sum;
        wsum += w;
        running += turn_sum;
    }
    double raw = wsum > 0 ? total / wsum : 0;
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
