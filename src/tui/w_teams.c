/* w_teams.c - the team summary (key e): one row per team of the teams topic
 * (converza-mqtt(7)) for the selected window - agents, calls, conversion
 * rate, average upsell per call, upsell revenue, average sentiment and the
 * negative share - with each rate's status against the team's targets (its
 * own where team_targets sets them, else the floor's), then the whole floor
 * from the summary. Up/Down select a team; Enter shows only that team's
 * agents (the T filter) in the agent table. */
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "target.h"
#include "widget.h"

/* Column right edges after the name, as widths; the wide layout adds the
 * targets the statuses are judged by. */
#define NAME_MIN 12
#define W_AGENTS 7
#define W_CALLS 8
#define W_CONV 8    /* "41.5%" and its status glyph */
#define W_AVG 11    /* "$12.35" and its glyph */
#define W_REV 13
#define W_SENT 6
#define W_NEG 8
#define NUMS_W (W_AGENTS + W_CALLS + W_CONV + W_AVG + W_REV + W_SENT + W_NEG)
#define TARGETS_W 34 /* "conv>=30.0% avg>=$12.00 neg<=20.0%" */
#define WIDE_COLS 120 /* from this width the targets column too */

/* One row: name, its counters and the targets that apply to it (NULL: none
 * judged, as for the floor row's teams). */
static void row(const app *a, int y, int x, int name_w, bool wide, attr_t base, const char *name,
                int64_t agents, const kpi_counts *k, const char *team)
{
    const term *t = a->t;
    char buf[NUM_LEN + 8], n1[NUM_LEN];
    draw_blank(y, x, name_w + NUMS_W + (wide ? TARGETS_W + 1 : 0), base);
    draw_text_fit(t, y, x, name_w - 1, base, name);
    int cx = x + name_w;
    if (agents >= 0)
        draw_text_right(t, y, cx + W_AGENTS, W_AGENTS - 1, base, num_int(agents, n1));
    cx += W_AGENTS;
    draw_text_right(t, y, cx + W_CALLS, W_CALLS - 1, base, num_int(k->calls, n1));
    cx += W_CALLS;
    const snap_targets *tg = tgt_targets(a);
    snap_target_set set = targets_for(tg, team);
    double margin = tg ? tg->margin_pct : 0;
    bool judged = k->calls > 0;
    /* a value with its status glyph in one column: the glyph last */
    struct {
        int w;
        double v;
        double target;
        bool at_most;
        bool money;
    } cols[3] = {
        {W_CONV, kpi_conversion_rate(k), set.conversion_rate, false, false},
        {W_AVG, kpi_avg_upsell(k), set.avg_upsell, false, true},
        {W_NEG, kpi_share_pct(k->negative, k->calls), set.negative_share, true, false},
    };
    for (int i = 0; i < 3; i++) {
        if (i == 2) { /* revenue and sentiment come before the negative share */
            draw_text_right(t, y, cx + W_REV, W_REV - 1, base, num_money(k->upsell_cents, n1));
            cx += W_REV;
            snprintf(buf, sizeof buf, "%+.2f", kpi_avg_sentiment(k));
            draw_text_right(t, y, cx + W_SENT, W_SENT - 1, base, judged ? buf : "-");
            cx += W_SENT;
        }
        tgt_status st = judged ? targets_judge(cols[i].v, cols[i].target, margin, cols[i].at_most)
                               : TGT_NONE;
        const char *g = tgt_glyph(t, st);
        if (!judged)
            snprintf(buf, sizeof buf, "-");
        else if (cols[i].money)
            num_dollars(cols[i].v, buf);
        else
            num_pct(cols[i].v, buf);
        /* the glyph takes the column's last cell (blank without a status),
         * the value ends just before it */
        draw_text_right(t, y, cx + cols[i].w - 1, cols[i].w - 2, base, buf);
        if (*g)
            draw_text(t, y, cx + cols[i].w - 1, 1, tgt_attr(t, st, base), g);
        cx += cols[i].w;
    }
    if (!wide)
        return;
    char tx[160] = "", p[NUM_LEN];
    size_t o = 0;
    if (set.conversion_rate >= 0)
        o += (size_t)snprintf(tx + o, sizeof tx - o, "conv>=%s ", num_pct(set.conversion_rate, p));
    if (set.avg_upsell >= 0 && o < sizeof tx)
        o += (size_t)snprintf(tx + o, sizeof tx - o, "avg>=%s ", num_dollars(set.avg_upsell, p));
    if (set.negative_share >= 0 && o < sizeof tx)
        snprintf(tx + o, sizeof tx - o, "neg<=%s", num_pct(set.negative_share, p));
    draw_text_fit(t, y, cx + 1, TARGETS_W, term_attr(t, EL_LABEL), tx[0] ? tx : "no targets");
}

static void teams_draw(const app *a, rect r)
{
    const term *t = a->t;
    const snap_teams *tm = &a->m.teams;
    int y = r.y, end = r.y + r.h;
    char title[200];
    snprintf(title, sizeof title, "Teams, %s   (e or Esc returns; Enter shows the team's agents)",
             view_window_name(a->v.win));
    draw_blank(y, r.x, r.w, term_attr(t, EL_HEADER));
    draw_text_fit(t, y++, r.x + 1, r.w - 1, term_attr(t, EL_HEADER), title);
    if (!a->m.has[FEED_TEAMS]) {
        draw_text_fit(t, y + 1, r.x + 2, r.w - 2, term_attr(t, EL_LABEL),
                      "waiting for the worker's teams topic (older workers do not publish it)");
        return;
    }
    bool wide = r.w >= WIDE_COLS;
    int name_w = r.w - NUMS_W - (wide ? TARGETS_W + 1 : 0);
    if (name_w > 32)
        name_w = 32;
    if (name_w < NAME_MIN)
        name_w = NAME_MIN;
    attr_t ch = term_attr(t, EL_COLHEAD);
    int cx = r.x + name_w;
    draw_text(t, y, r.x, name_w - 1, ch, "Team");
    static const struct {
        int w;
        const char *title;
        bool glyph;          /* the column ends with a status glyph */
    } H[] = {{W_AGENTS, "Agents", false}, {W_CALLS, "Calls", false}, {W_CONV, "Conv%", true},
             {W_AVG, "Avg up", true},     {W_REV, "Revenue", false}, {W_SENT, "Sent", false},
             {W_NEG, "Neg%", true}};
    for (size_t i = 0; i < sizeof H / sizeof H[0]; i++) {
        draw_text_right(t, y, cx + H[i].w - H[i].glyph, H[i].w - 1 - H[i].glyph, ch, H[i].title);
        cx += H[i].w;
    }
    if (wide)
        draw_text(t, y, cx + 1, TARGETS_W, ch, "Targets");
    y++;
    /* the rows that fit, keeping the selected one in view; the floor last */
    int avail = end - y - 1 - (tm->total > (int64_t)tm->n ? 1 : 0);
    size_t sel = tm->n && a->team_sel >= 0 ? (size_t)a->team_sel : 0;
    if (sel >= tm->n)
        sel = tm->n ? tm->n - 1 : 0;
    size_t top = avail > 0 && sel >= (size_t)avail ? sel - (size_t)avail + 1 : 0;
    for (size_t i = top; i < tm->n && y < end - 1 && (int)(i - top) < avail; i++, y++) {
        const snap_team *e = &tm->v[i];
        attr_t at = i == sel ? term_attr(t, EL_SELECTED) : A_NORMAL;
        row(a, y, r.x, name_w, wide, at, e->team[0] ? e->team : "(no name)", e->agents,
            view_window_counts(&e->k, a->v.win), e->team);
    }
    if (tm->n == 0 && y < end - 1)
        draw_text_fit(t, y++, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), "no team has calls yet");
    if (tm->total > (int64_t)tm->n && y < end - 1) {
        char more[120];
        snprintf(more, sizeof more, "%lld teams in all: the worker sends the first %zu by name",
                 (long long)tm->total, tm->n);
        draw_text_fit(t, y++, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), more);
    }
    if (y < end)
        row(a, y, r.x, name_w, wide, A_BOLD, "Whole floor", -1,
            view_window_counts(&a->m.summary.k, a->v.win), NULL);
}

static int teams_key(app *a, int key, key_action act)
{
    int n = (int)a->m.teams.n;
    if (key == KEYS_ESC || act == ACT_TEAMS) {
        a->teams_view = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    switch (act) {
    case ACT_UP: a->team_sel = a->team_sel > 0 ? a->team_sel - 1 : 0; break;
    case ACT_DOWN: a->team_sel = a->team_sel + 1 < n ? a->team_sel + 1 : (n ? n - 1 : 0); break;
    case ACT_PAGE_UP: a->team_sel = a->team_sel > 10 ? a->team_sel - 10 : 0; break;
    case ACT_PAGE_DOWN: a->team_sel = a->team_sel + 10 < n ? a->team_sel + 10 : (n ? n - 1 : 0); break;
    case ACT_HOME: a->team_sel = 0; break;
    case ACT_END: a->team_sel = n ? n - 1 : 0; break;
    case ACT_OPEN:
        if (a->team_sel < 0 || a->team_sel >= n)
            return H_HANDLED;
        snprintf(a->v.team, sizeof a->v.team, "%s", a->m.teams.v[a->team_sel].team);
        a->v.by_team = false;
        a->teams_view = false;
        return H_HANDLED | H_REBUILD | H_FULL | H_REDRAW;
    case ACT_SORT_PREV:
    case ACT_SORT_NEXT:
    case ACT_SORT_INVERT:
    case ACT_CONV_COLS:
    case ACT_FREEZE:
    case ACT_FILTER:
        return H_HANDLED; /* the table's keys do nothing here */
    default:
        return 0; /* t, T, q, ... as usual */
    }
    return H_HANDLED | H_REDRAW;
}

const widget W_TEAMS = {"teams", teams_draw, teams_key};
