/* target.c - status glyphs, arrows and signed texts for targets and change
 * against the usual (see target.h). */
#include "target.h"

#include <math.h>
#include <stdio.h>

const char *tgt_glyph(const term *t, tgt_status s)
{
    static const char *const utf8[] = {"", "\xe2\x9c\x93", "!", "\xe2\x9c\x97"}; /* ✓ ! ✗ */
    static const char *const ascii[] = {"", "ok", "!", "x"};
    return (t->utf8 ? utf8 : ascii)[s <= TGT_OFF ? s : TGT_NONE];
}

attr_t tgt_attr(const term *t, tgt_status s, attr_t fallback)
{
    switch (s) {
    case TGT_ON: return term_attr(t, EL_GOOD);
    case TGT_NEAR: return term_attr(t, EL_WARN);
    case TGT_OFF: return term_attr(t, EL_BAD);
    default: return fallback;
    }
}

const char *tgt_arrow(const term *t, double d, double eps)
{
    if (fabs(d) < eps)
        return "=";
    if (d > 0)
        return t->utf8 ? "\xe2\x96\xb2" : "^"; /* ▲ */
    return t->utf8 ? "\xe2\x96\xbc" : "v";     /* ▼ */
}

const snap_targets *tgt_targets(const app *a)
{
    return a->m.has[FEED_SUMMARY] && a->m.summary.targets.has ? &a->m.summary.targets : NULL;
}

int64_t tgt_min_calls(const app *a)
{
    return a->m.has[FEED_SUMMARY] ? a->m.summary.min_calls : 5;
}

int tgt_baseline_days(const app *a)
{
    return a->m.has[FEED_SUMMARY] ? a->m.summary.baseline_days : 0;
}

/* "-0.0" reads as a change that is not there. */
static double unsigned_zero(double d, double half_unit)
{
    return fabs(d) < half_unit ? 0.0 : d;
}

const char *tgt_pts(double d, char out[NUM_LEN])
{
    d = unsigned_zero(d, 0.05);
    if (d > 1e6 || d < -1e6) /* percentages differ by 100 at most */
        d = d > 0 ? 1e6 : -1e6;
    snprintf(out, NUM_LEN, "%+.1f pts", d);
    return out;
}

const char *tgt_dollars(double d, char out[NUM_LEN])
{
    d = unsigned_zero(d, 0.005);
    char m[NUM_LEN];
    num_dollars(fabs(d), m);
    snprintf(out, NUM_LEN, "%s%.*s", d < 0 ? "-" : "+", NUM_LEN - 2, m);
    return out;
}

const char *tgt_count(double d, char out[NUM_LEN])
{
    char m[NUM_LEN];
    num_int(fabs(d) < 9e15 ? llround(fabs(d)) : 0, m);
    snprintf(out, NUM_LEN, "%s%.*s", d < 0 ? "-" : "+", NUM_LEN - 2, m);
    return out;
}

const char *tgt_cell(const app *a, const view_row *row, view_col c, attr_t *at)
{
    const term *t = a->t;
    if (c == COL_DCONV || c == COL_DAVG) {
        if (!row->has_delta)
            return "";
        double d = c == COL_DCONV ? row->d_rate : row->d_avg;
        double eps = c == COL_DCONV ? 0.05 : 0.005;
        if (at && fabs(d) >= eps)
            *at = term_attr(t, d > 0 ? EL_GOOD : EL_BAD);
        return tgt_arrow(t, d, eps);
    }
    if ((c != COL_RATE && c != COL_AVG) || !row->ranked)
        return "";
    const snap_targets *tg = tgt_targets(a);
    if (!tg)
        return "";
    snap_target_set set = targets_for(tg, row->team);
    tgt_status s = c == COL_RATE ? targets_judge(row->rate, set.conversion_rate, tg->margin_pct, false)
                                 : targets_judge(row->avg_upsell, set.avg_upsell, tg->margin_pct, false);
    if (at)
        *at = tgt_attr(t, s, *at);
    return tgt_glyph(t, s);
}

void tgt_legend(const app *a, int y, int x, int w)
{
    const term *t = a->t;
    const view *v = &a->v;
    char buf[512];
    int n = 0;
    if (v->marks)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%s top %zu, %s bottom %zu by score (%s)",
                      t->g->best, v->marks, t->g->worst, v->marks, VIEW_SCORE_FORMULA);
    else
        n += snprintf(buf + n, sizeof buf - (size_t)n, "%s", VIEW_SCORE_FORMULA);
    n += snprintf(buf + n, sizeof buf - (size_t)n, "  %s under %lld calls: not ranked",
                  TGT_UNRANKED(t), (long long)v->min_calls);
    const snap_targets *tg = tgt_targets(a);
    if (tg && (size_t)n < sizeof buf)
        n += snprintf(buf + n, sizeof buf - (size_t)n, "  %s on target %s within %.0f%% %s off",
                      tgt_glyph(t, TGT_ON), tgt_glyph(t, TGT_NEAR), tg->margin_pct,
                      tgt_glyph(t, TGT_OFF));
    int days = tgt_baseline_days(a);
    if (days > 0 && (size_t)n < sizeof buf)
        snprintf(buf + n, sizeof buf - (size_t)n, "  %s%s Chg: today vs the %d days before",
                 tgt_arrow(t, 1, 0), tgt_arrow(t, -1, 0), days);
    draw_text_fit(t, y, x, w, term_attr(t, EL_LABEL), buf);
}
