/* talk.c - conversation metrics from timed turns (definitions in talk.h):
 * a sweep over the turns' start and end points partitions the call into
 * agent / customer / overlap / other / silence time; monologues and
 * interruptions come from the turns sorted by start. O(n log n). */
#include "talk.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct {
    int64_t t;
    int who;   /* 0 agent, 1 customer, 2 other */
    int delta; /* +1 start, -1 end */
} edge;

typedef struct {
    int64_t s, e;
} span;

static int edge_cmp(const void *a, const void *b)
{
    const edge *x = a, *y = b;
    if (x->t != y->t)
        return x->t < y->t ? -1 : 1;
    return x->delta - y->delta; /* ends before starts at the same instant */
}

static int span_cmp(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    return (x->e > y->e) - (x->e < y->e);
}

static int who_of(speaker_t s)
{
    return s == SPK_AGENT ? 0 : s == SPK_CUSTOMER ? 1 : 2;
}

/* Splits v[0..4) ms of total into basis points summing to 10000. */
static void basis_points(const int64_t v[4], int64_t total, int bp[4])
{
    int64_t rem[4], sum = 0;
    for (int i = 0; i < 4; i++) {
        bp[i] = (int)(v[i] * 10000 / total);
        rem[i] = v[i] * 10000 % total;
        sum += bp[i];
    }
    while (sum < 10000) {
        int best = 0;
        for (int i = 1; i < 4; i++)
            if (rem[i] > rem[best])
                best = i;
        bp[best]++;
        rem[best] = -1;
        sum++;
    }
}

/* Speech partition along the timeline [t0, t1]. */
static void partition(const turns_t *t, int64_t t0, int64_t t1, talk_metrics *m)
{
    edge *ev = xmalloc((2 * t->n + 1) * sizeof *ev);
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++) {
        const turn_t *u = &t->v[i];
        if (u->end_ms <= u->start_ms)
            continue;
        ev[n++] = (edge){u->start_ms, who_of(u->speaker), +1};
        ev[n++] = (edge){u->end_ms, who_of(u->speaker), -1};
    }
    qsort(ev, n, sizeof *ev, edge_cmp);
    int active[3] = {0, 0, 0};
    int64_t only[3] = {0, 0, 0}, both = 0, prev = t0;
    for (size_t i = 0; i < n; i++) {
        int64_t dt = ev[i].t - prev;
        if (dt > 0) {
            if (active[0] && active[1])
                both += dt;
            else if (active[0])
                only[0] += dt;
            else if (active[1])
                only[1] += dt;
            else if (active[2])
                only[2] += dt;
        }
        prev = ev[i].t;
        active[ev[i].who] += ev[i].delta;
    }
    free(ev);
    m->overlap_ms = both;
    m->agent_ms = only[0] + both / 2;
    m->customer_ms = only[1] + (both - both / 2);
    m->other_ms = only[2];
    m->silence_ms = (t1 - t0) - (only[0] + only[1] + only[2] + both);
    int64_t v[4] = {m->agent_ms, m->customer_ms, m->other_ms, m->silence_ms};
    int bp[4];
    basis_points(v, t1 - t0, bp);
    m->agent_bp = bp[0];
    m->customer_bp = bp[1];
    m->other_bp = bp[2];
    m->silence_bp = bp[3];
}

/* Index of the first element of sorted starts[0..n) greater than x. */
static size_t upper(const int64_t *starts, size_t n, int64_t x)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (starts[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int64_t longest_monologue(const span *ag, size_t na, const int64_t *cs, size_t nc)
{
    int64_t best = 0;
    for (size_t i = 0; i < na;) {
        int64_t rs = ag[i].s, re = ag[i].e;
        size_t j = i + 1;
        for (; j < na; j++) {
            size_t k = upper(cs, nc, rs); /* first customer start after rs */
            bool broken = k < nc && cs[k] <= ag[j].s;
            if (broken || ag[j].s - re >= TALK_MONOLOGUE_GAP_MS)
                break;
            if (ag[j].e > re)
                re = ag[j].e;
        }
        if (re - rs > best)
            best = re - rs;
        i = j;
    }
    return best;
}

/* Turns of `by` that start strictly inside a turn of the other speaker, whose
 * turns have the sorted starts ostarts[0..no) and maxend[i] = the latest end
 * among the first i+1 of them. */
static int interruptions(const span *by, size_t nb, const int64_t *ostarts,
                         const int64_t *maxend, size_t no)
{
    int count = 0;
    for (size_t i = 0; i < nb; i++) {
        /* other turns starting strictly before by[i].s: indices [0, k) */
        size_t k = upper(ostarts, no, by[i].s - 1);
        if (k > 0 && maxend[k - 1] > by[i].s)
            count++;
    }
    return count;
}

static void timed(const turns_t *t, talk_metrics *m)
{
    size_t n = t->n;
    span *sp[2];
    int64_t *st[2], *mx[2];
    size_t cnt[2] = {0, 0};
    for (int w = 0; w < 2; w++) {
        sp[w] = xmalloc((n + 1) * sizeof *sp[w]);
        st[w] = xmalloc((n + 1) * sizeof *st[w]);
        mx[w] = xmalloc((n + 1) * sizeof *mx[w]);
    }
    for (size_t i = 0; i < n; i++) {
        int w = who_of(t->v[i].speaker);
        if (w < 2)
            sp[w][cnt[w]++] = (span){t->v[i].start_ms, t->v[i].end_ms};
    }
    for (int w = 0; w < 2; w++) {
        qsort(sp[w], cnt[w], sizeof *sp[w], span_cmp);
        for (size_t i = 0; i < cnt[w]; i++) {
            st[w][i] = sp[w][i].s;
            mx[w][i] = i && mx[w][i - 1] > sp[w][i].e ? mx[w][i - 1] : sp[w][i].e;
        }
    }
    m->longest_monologue_ms = longest_monologue(sp[0], cnt[0], st[1], cnt[1]);
    m->agent_interruptions = interruptions(sp[0], cnt[0], st[1], mx[1], cnt[1]);
    m->customer_interruptions = interruptions(sp[1], cnt[1], st[0], mx[0], cnt[0]);
    m->interruptions = m->agent_interruptions + m->customer_interruptions;
    for (int w = 0; w < 2; w++) {
        free(sp[w]);
        free(st[w]);
        free(mx[w]);
    }
}

void talk_compute(const turns_t *t, int64_t call_ms, talk_metrics *out)
{
    talk_compute_times(t, call_ms, out);
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].speaker == SPK_CUSTOMER && talk_is_question(t->v[i].text))
            out->customer_questions++;
}

void talk_compute_times(const turns_t *t, int64_t call_ms, talk_metrics *out)
{
    memset(out, 0, sizeof *out);
    /* Offsets past ~3000 years are not a call, and would overflow the
     * basis-point arithmetic (ms * 10000 must fit in int64_t). */
    const int64_t max_ms = INT64_C(100000000000000);
    if (call_ms > max_ms)
        call_ms = -1;
    bool known = t->n > 0;
    int64_t first = INT64_MAX, last = 0;
    for (size_t i = 0; i < t->n && known; i++) {
        const turn_t *u = &t->v[i];
        if (u->start_ms < 0 || u->end_ms < u->start_ms || u->end_ms > max_ms) {
            known = false;
            break;
        }
        first = u->start_ms < first ? u->start_ms : first;
        last = u->end_ms > last ? u->end_ms : last;
    }
    int64_t t0 = call_ms >= 0 ? 0 : first;
    int64_t t1 = call_ms >= 0 && call_ms > last ? call_ms : last;
    if (!known || t1 <= t0) {
        out->times_known = false;
        out->duration_ms = out->agent_ms = out->customer_ms = out->other_ms = -1;
        out->silence_ms = out->overlap_ms = out->longest_monologue_ms = -1;
        out->agent_bp = out->customer_bp = out->other_bp = out->silence_bp = -1;
        out->interruptions = out->agent_interruptions = out->customer_interruptions = -1;
        return;
    }
    out->times_known = true;
    out->duration_ms = t1 - t0;
    partition(t, t0, t1, out);
    timed(t, out);
}

/* ---- questions ---- */

static const char *const QWORDS[] = {
    "what", "what's", "whats", "when", "when's", "where", "where's", "who", "who's", "whom",
    "whose", "why", "how", "how's", "which", "can", "can't", "could", "couldn't", "would",
    "wouldn't", "do", "does", "doesn't", "did", "didn't", "is", "isn't", "are", "aren't",
    "am", "was", "wasn't", "were", "weren't", "should", "shall", "may", "might",
};

static const char *const FILLERS[] = {
    "um", "uh", "uhm", "umm", "hmm", "so", "and", "oh", "okay", "ok", "well", "yeah",
    "yes", "hi", "hello", "hey", "alright", "also", "but", "then", "sorry", "actually",
    "right", "now", "just",
};

static bool in_list(const char *w, size_t n, const char *const *list, size_t k)
{
    /* n >= 1: most entries differ in their first byte, checked before strlen */
    for (size_t i = 0; i < k; i++)
        if (list[i][0] == w[0] && strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return true;
    return false;
}

bool talk_is_question(const char *text)
{
    if (!text)
        return false;
    if (strchr(text, '?'))
        return true;
    if (strpbrk(text, ".!"))
        return false;
    const char *p = text;
    for (int skipped = 0;;) {
        char w[16];
        size_t n = 0;
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            p++;
        while (*p && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '\'')) {
            if (n < sizeof w)
                w[n] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
            n++;
            p++;
        }
        if (n == 0 || n > sizeof w)
            return false;
        if (in_list(w, n, QWORDS, sizeof QWORDS / sizeof QWORDS[0]))
            return true;
        if (skipped++ == 3 || !in_list(w, n, FILLERS, sizeof FILLERS / sizeof FILLERS[0]))
            return false;
    }
}
