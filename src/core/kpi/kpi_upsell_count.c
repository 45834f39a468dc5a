/* kpi_upsell_count.c - a total worked out for a unit price from more than
 * one count ("two seats for four days, $96"): the counts of the turn, left
 * out the words of its prices, that multiply to the total's ratio to the
 * unit price. kpi_amount.c's fold_total and kpi_upsell.c's stated_total ask
 * this when no single count said explains a total. */
#include "kpi_upsell_count.h"

/* At most this many counts of a turn are tried (pairs and triples of them). */
#define KPI_COUNTS_MAX 8

/* Which words are no counts: those of two spans, or of an agent turn's
 * prices (and any time of day). */
typedef struct {
    size_t xs, xe, ys, ye;
    const dlg_agent *a; /* NULL: the spans */
} skip_words;

static bool skipped(const kpi_text *t, const skip_words *sk, size_t j)
{
    /* "at two", "two o'clock", "two pm": a time of day counts nothing */
    if ((j > 0 && KPI_TOK_IS(t, j - 1, "at")) ||
        (j + 1 < t->ntok && KPI_TOK_IS(t, j + 1, "o'clock", "oclock", "pm", "am")))
        return true;
    size_t s = t->tok[j].start, e = t->tok[j].end;
    if (!sk->a)
        return (s >= sk->xs && e <= sk->xe) || (s >= sk->ys && e <= sk->ye);
    for (size_t p = 0; p < sk->a->n_price; p++)
        if (s >= sk->a->prices[p].start && e <= sk->a->prices[p].end)
            return true;
    return false;
}

/* Does some pair or triple of t's counts (not skipped) multiply to q? */
static bool make(const kpi_text *t, const skip_words *sk, int64_t q)
{
    if (q < 4)
        return false;
    int c[KPI_COUNTS_MAX], n = 0;
    for (size_t j = 0; j < t->ntok && n < KPI_COUNTS_MAX; j++) {
        int v = KPI_TOK_IS(t, j, "both") ? 2 : kpi_count_word(t, j);
        if (v >= 2 && !skipped(t, sk, j))
            c[n++] = v;
    }
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int64_t two = (int64_t)c[i] * c[j];
            if (two == q)
                return true;
            for (int k = j + 1; k < n && two < q; k++)
                if (two * c[k] == q)
                    return true;
        }
    return false;
}

bool kpi_counts_make(const kpi_text *t, int64_t q, size_t xs, size_t xe, size_t ys, size_t ye)
{
    skip_words sk = {.xs = xs, .xe = xe, .ys = ys, .ye = ye};
    return make(t, &sk, q);
}

bool upsell_counts_make(const kpi_text *t, const dlg_agent *a, int64_t q)
{
    skip_words sk = {.a = a};
    return make(t, &sk, q);
}
