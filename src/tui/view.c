/* view.c - agent table rows, score, marks, filter and sort (see view.h). */
#include "view.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const COL_TITLES[COL__COUNT] = {
    [COL_NAME] = "Agent",    [COL_CALLS] = "Calls",      [COL_CONV] = "Conv",
    [COL_RATE] = "Conv%",    [COL_UPSELL] = "Upsell",    [COL_AVG] = "Avg upsell",
    [COL_SENT] = "Sentiment", [COL_SCORE] = "Score",     [COL_DCONV] = "ChgConv",
    [COL_DAVG] = "ChgAvg",
    [COL_TALK] = "Talk%",    [COL_SILENCE] = "Silence%", [COL_INTR] = "Interrupt",
    [COL_MONO] = "Mono",     [COL_CSAT] = "CSAT",        [COL_DUR] = "Dur",
};

const char *view_col_title(view_col c)
{
    return c < COL__COUNT ? COL_TITLES[c] : "?";
}

bool view_col_desc_default(view_col c)
{
    return c != COL_NAME;
}

bool view_col_conversation(view_col c)
{
    return c >= COL_TALK && c < COL__COUNT;
}

const kpi_counts *view_window_counts(const kpi_windows *k, view_window w)
{
    return w == WIN_TODAY ? &k->today : w == WIN_WEEK ? &k->week : &k->all;
}

const char *view_window_name(view_window w)
{
    return w == WIN_TODAY ? "Today" : w == WIN_WEEK ? "7 days" : "All time";
}

double view_score(double rate, double avg_upsell, double median_avg_upsell, double avg_sentiment)
{
    double up = median_avg_upsell > 0 ? 50.0 * avg_upsell / median_avg_upsell
                : avg_upsell > 0       ? 100.0
                                       : 50.0;
    if (up > 100)
        up = 100;
    double sent = (avg_sentiment + 1.0) * 50.0;
    double s = 0.5 * rate + 0.3 * up + 0.2 * sent;
    return s < 0 ? 0 : s > 100 ? 100 : s;
}

void view_init(view *v)
{
    memset(v, 0, sizeof *v);
    v->win = WIN_TODAY;
    v->sort = COL_SCORE;
    v->desc = true;
    v->min_calls = 5;
}

void view_free(view *v)
{
    strmap_free(&v->frozen_at);
    v->frozen = false;
    free(v->rows);
    free(v->order);
    v->rows = NULL;
    v->order = NULL;
    v->n = v->shown = 0;
}

/* Orders ranked rows best first: score, then more calls, then name. */
static int by_score(const void *a, const void *b, void *ctx)
{
    const view_row *rows = ctx;
    const view_row *x = &rows[*(const size_t *)a], *y = &rows[*(const size_t *)b];
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->calls != y->calls)
        return x->calls > y->calls ? -1 : 1;
    return strcasecmp(x->name, y->name);
}

/* Marks the best and worst performers among ranked agents: one each, or
 * three each from twelve ranked agents on. */
static void mark_performers(view *v)
{
    size_t *idx = xmalloc((v->n ? v->n : 1) * sizeof *idx);
    size_t ranked = 0;
    for (size_t i = 0; i < v->n; i++)
        if (v->rows[i].ranked)
            idx[ranked++] = i;
    v->marks = 0;
    if (ranked >= 2) {
        qsort_r(idx, ranked, sizeof *idx, by_score, v->rows);
        size_t k = ranked >= 12 ? 3 : 1;
        v->marks = k;
        double top = v->rows[idx[0]].score, bottom = v->rows[idx[ranked - 1]].score;
        /* Equal scores make nobody best or worst. */
        for (size_t i = 0; i < k; i++) {
            if (v->rows[idx[i]].score > bottom)
                v->rows[idx[i]].mark = 1;
            if (v->rows[idx[ranked - 1 - i]].score < top)
                v->rows[idx[ranked - 1 - i]].mark = -1;
        }
    }
    free(idx);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The median of x[0..n) (sorts x); 0 for none. */
static double view_median(double *x, size_t n)
{
    if (n == 0)
        return 0;
    qsort(x, n, sizeof *x, cmp_double);
    return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

/* Today against the baseline window, whatever window the table shows. */
static void view_delta(view_row *r, const kpi_windows *k, int64_t min_calls)
{
    int64_t need = min_calls > 1 ? min_calls : 1;
    r->has_delta = k->today.calls >= need && k->baseline.calls >= need;
    r->base_rate = kpi_conversion_rate(&k->baseline);
    r->base_avg = kpi_avg_upsell(&k->baseline);
    r->d_rate = r->has_delta ? kpi_conversion_rate(&k->today) - r->base_rate : 0;
    r->d_avg = r->has_delta ? kpi_avg_upsell(&k->today) - r->base_avg : 0;
}

void view_build(view *v, const snap_agents *agents, view_window w)
{
    size_t n = agents ? agents->n : 0;
    v->win = w;
    v->rows = xrealloc(v->rows, (n ? n : 1) * sizeof *v->rows);
    v->order = xrealloc(v->order, (n ? n : 1) * sizeof *v->order);
    v->n = n;
    size_t nranked = 0;
    double *avgs = xmalloc((n ? n : 1) * sizeof *avgs);
    for (size_t i = 0; i < n; i++) {
        const kpi_counts *k = view_window_counts(&agents->v[i].k, w);
        view_row *r = &v->rows[i];
        r->name = agents->v[i].agent_name ? agents->v[i].agent_name : "";
        r->team = agents->v[i].team;
        r->ranked = k->calls > 0 && k->calls >= v->min_calls;
        view_delta(r, &agents->v[i].k, v->min_calls);
        r->calls = k->calls;
        r->conversions = k->conversions;
        r->upsell_cents = k->upsell_cents;
        r->rate = kpi_conversion_rate(k);
        r->avg_upsell = kpi_avg_upsell(k);
        r->pos = kpi_share_pct(k->positive, k->calls);
        r->neu = kpi_share_pct(k->neutral, k->calls);
        r->neg = kpi_share_pct(k->negative, k->calls);
        r->avg_sentiment = kpi_avg_sentiment(k);
        r->talk_pct = kpi_avg_agent_talk_pct(k);
        r->silence_pct = kpi_avg_silence_pct(k);
        r->interruptions = kpi_avg_interruptions(k);
        r->mono_s = kpi_avg_monologue_s(k);
        r->csat = kpi_avg_csat(k);
        r->dur_s = kpi_avg_duration_s(k);
        r->mark = 0;
        if (r->ranked)
            avgs[nranked++] = r->avg_upsell;
    }
    v->median_avg = view_median(avgs, nranked);
    free(avgs);
    for (size_t i = 0; i < n; i++) {
        view_row *r = &v->rows[i];
        r->score = r->ranked ? view_score(r->rate, r->avg_upsell, v->median_avg, r->avg_sentiment) : 0;
    }
    mark_performers(v);
    view_refresh(v);
}

static int cmp_num(double a, double b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

double view_conversation_value(const view_row *r, view_col c)
{
    switch (c) {
    case COL_TALK: return r->talk_pct;
    case COL_SILENCE: return r->silence_pct;
    case COL_INTR: return r->interruptions;
    case COL_MONO: return r->mono_s;
    case COL_CSAT: return r->csat;
    case COL_DUR: return r->dur_s;
    default: return -1;
    }
}

static int by_column(const void *a, const void *b, void *ctx)
{
    const view *v = ctx;
    size_t ia = *(const size_t *)a, ib = *(const size_t *)b;
    const view_row *x = &v->rows[ia], *y = &v->rows[ib];
    int c = 0;
    if (view_col_conversation(v->sort)) {
        double vx = view_conversation_value(x, v->sort), vy = view_conversation_value(y, v->sort);
        if ((vx < 0) != (vy < 0))
            return vx < 0 ? 1 : -1; /* unknown last, whatever the direction */
        c = cmp_num(vx, vy);
    }
    /* Unranked rows have no score and rows without a change none to sort
     * by: last, whatever the direction. */
    if (v->sort == COL_SCORE && x->ranked != y->ranked)
        return x->ranked ? -1 : 1;
    if ((v->sort == COL_DCONV || v->sort == COL_DAVG) && x->has_delta != y->has_delta)
        return x->has_delta ? -1 : 1;
    switch (v->sort) {
    case COL_NAME: c = strcasecmp(x->name, y->name); break;
    case COL_CALLS: c = cmp_num((double)x->calls, (double)y->calls); break;
    case COL_CONV: c = cmp_num((double)x->conversions, (double)y->conversions); break;
    case COL_RATE: c = cmp_num(x->rate, y->rate); break;
    case COL_UPSELL: c = cmp_num((double)x->upsell_cents, (double)y->upsell_cents); break;
    case COL_AVG: c = cmp_num(x->avg_upsell, y->avg_upsell); break;
    case COL_SENT:
        c = cmp_num(x->pos, y->pos);
        if (!c)
            c = cmp_num(x->avg_sentiment, y->avg_sentiment);
        break;
    case COL_SCORE: c = cmp_num(x->score, y->score); break;
    case COL_DCONV: c = cmp_num(x->d_rate, y->d_rate); break;
    case COL_DAVG: c = cmp_num(x->d_avg, y->d_avg); break;
    default: break;
    }
    if (v->desc)
        c = -c;
    if (!c && v->sort != COL_NAME)
        c = strcasecmp(x->name, y->name); /* ties read alphabetically */
    if (!c)
        c = ia < ib ? -1 : ia > ib ? 1 : 0;
    return c;
}

/* While frozen: the place each row had, new rows after them by name. */
static int by_frozen(const void *a, const void *b, void *ctx)
{
    const view *v = ctx;
    const view_row *x = &v->rows[*(const size_t *)a], *y = &v->rows[*(const size_t *)b];
    size_t px = SIZE_MAX, py = SIZE_MAX;
    strmap_get(&v->frozen_at, x->name, &px);
    strmap_get(&v->frozen_at, y->name, &py);
    if (px != py)
        return px < py ? -1 : 1;
    return strcmp(x->name, y->name);
}

void view_refresh(view *v)
{
    v->shown = 0;
    for (size_t i = 0; i < v->n; i++)
        if (!v->filter[0] || strcasestr(v->rows[i].name, v->filter))
            v->order[v->shown++] = i;
    if (v->shown > 1)
        qsort_r(v->order, v->shown, sizeof *v->order, v->frozen ? by_frozen : by_column, v);
}

void view_freeze(view *v, bool on)
{
    strmap_free(&v->frozen_at);
    v->frozen = false;
    if (!on)
        return;
    /* every row in the order it has now, the filtered-out ones after */
    size_t place = 0;
    for (size_t i = 0; i < v->shown; i++)
        strmap_put(&v->frozen_at, v->rows[v->order[i]].name, place++);
    v->frozen = true;
}

long view_find(const view *v, const char *name)
{
    if (!name)
        return -1;
    for (size_t i = 0; i < v->shown; i++)
        if (strcmp(v->rows[v->order[i]].name, name) == 0)
            return (long)i;
    return -1;
}
