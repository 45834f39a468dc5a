/* w_calls.c - the drill-down list: an agent's recent calls in the current
 * window, newest first (time, call id, duration, conversion, upsell,
 * sentiment label and score), and under it the evidence that decided the
 * selected call's KPIs (the commitment, each add-on with its price, the
 * strongest sentiment phrases); wide terminals show each call's evidence on
 * its row too. Enter opens the call's turns (w_callview.c), Esc goes back.
 * Everything shown was masked by the worker before it was published. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "numfmt.h"
#include "widget.h"

#define TIME_W 11   /* "12-05 14:03" (UTC) */
#define ID_MIN 10
#define ID_MAX 24
#define DUR_W 7
#define CONV_W 4
#define UPSELL_W 10
#define SENT_W 16   /* "negative -0.4965" */
#define EVID_INLINE_COLS 140 /* from this width each row carries its evidence */
#define PANE_MAX 9  /* evidence lines under the list at most */

typedef struct {
    int id_w, ev_x, ev_w; /* call id width; inline evidence column, 0 when none */
} calls_layout;

static calls_layout place(int w)
{
    calls_layout L = {ID_MIN, 0, 0};
    int fixed = 2 + TIME_W + 1 + DUR_W + 1 + CONV_W + 1 + UPSELL_W + 1 + SENT_W + 1;
    int rest = w - fixed;
    L.id_w = rest < ID_MIN ? (rest > 4 ? rest : 4) : rest > ID_MAX ? ID_MAX : rest;
    if (w >= EVID_INLINE_COLS) {
        L.ev_x = fixed + L.id_w + 1;
        L.ev_w = w - L.ev_x;
    }
    return L;
}

static void fmt_time(int64_t epoch, char out[24])
{
    time_t t = (time_t)epoch;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, 24, "%m-%d %H:%M", &tm))
        snprintf(out, 24, "?");
}

static void fmt_score(int e4, char out[16])
{
    int v = e4 < 0 ? -e4 : e4;
    snprintf(out, 16, "%s%d.%04d", e4 < 0 ? "-" : "+", v / 10000, v % 10000);
}

static const char *label_of(int s)
{
    return s > 0 ? "positive" : s < 0 ? "negative" : "neutral";
}

static term_elem sent_elem(int s)
{
    return s > 0 ? EL_POS : s < 0 ? EL_NEG : EL_NEU;
}

/* One line of evidence for the inline column: the commitment, the add-ons
 * with prices, the first sentiment phrase. */
static void evidence_summary(const snap_call *c, char *out, size_t cap)
{
    strbuf b = SB_INIT;
    if (c->n_conv)
        sb_printf(&b, "\"%s\"", c->conv[0].text);
    for (size_t i = 0; i < c->n_upsell; i++) {
        char m[NUM_LEN];
        sb_printf(&b, "%s+%s %s", b.len ? "; " : "", c->upsell[i].text, num_money(c->upsell[i].cents, m));
    }
    if (c->n_sent)
        sb_printf(&b, "%s%s \"%s\"", b.len ? "; " : "", label_of(c->sentiment), c->sent[0].text);
    snprintf(out, cap, "%s", b.len ? b.s : "-");
    sb_free(&b);
}

static void draw_row(const app *a, int y, int x, int w, const calls_layout *L, const snap_call *c,
                     bool sel)
{
    const term *t = a->t;
    attr_t base = sel ? term_attr(t, EL_SELECTED) : A_NORMAL;
    if (sel)
        draw_blank(y, x, w, base);
    char buf[640];
    int cx = x + 2;
    fmt_time(c->time, buf);
    draw_text(t, y, cx, TIME_W, base, buf);
    cx += TIME_W + 1;
    draw_text_fit(t, y, cx, L->id_w, base, c->call_id);
    cx += L->id_w + 1;
    char num[NUM_LEN];
    draw_text_right(t, y, cx + DUR_W, DUR_W, base,
                    c->duration_ms >= 0 ? num_duration((double)c->duration_ms / 1000.0, num) : "-");
    cx += DUR_W + 1;
    draw_text(t, y, cx, CONV_W, sel ? base : term_attr(t, c->conversion ? EL_GOOD : EL_LABEL),
              c->conversion ? "yes" : "no");
    cx += CONV_W + 1;
    draw_text_right(t, y, cx + UPSELL_W, UPSELL_W, base, num_money(c->upsell_cents, num));
    cx += UPSELL_W + 1;
    char sc[16];
    fmt_score(c->score_e4, sc);
    snprintf(buf, sizeof buf, "%-8s %s", label_of(c->sentiment), sc);
    draw_text(t, y, cx, SENT_W, sel ? base : term_attr(t, sent_elem(c->sentiment)), buf);
    if (L->ev_w > 0) {
        evidence_summary(c, buf, sizeof buf);
        draw_text_fit(t, y, x + L->ev_x, L->ev_w, base, buf);
    }
}

/* The evidence lines of call c; draws them from row y when draw, and
 * returns how many there are (at most max). */
static int evidence_pane(const app *a, const snap_call *c, int y, int x, int w, int max, bool draw)
{
    const term *t = a->t;
    char buf[640], m[NUM_LEN];
    int n = 0;
#define LINE(attr, ...)                                                   \
    do {                                                                  \
        if (n < max && draw) {                                            \
            snprintf(buf, sizeof buf, __VA_ARGS__);                       \
            draw_text_fit(t, y + n, x, w, (attr), buf);                   \
        }                                                                 \
        n++;                                                              \
    } while (0)
    if (!c->n_conv)
        LINE(term_attr(t, EL_LABEL), "Commitment: none (%s)",
             c->conversion ? "converted" : "no conversion");
    for (size_t i = 0; i < c->n_conv; i++)
        LINE(A_NORMAL, "Commitment: \"%s\"", c->conv[i].text);
    if (!c->n_upsell)
        LINE(term_attr(t, EL_LABEL), "Add-ons: none accepted");
    for (size_t i = 0; i < c->n_upsell; i++)
        LINE(A_NORMAL, "Add-on: \"%s\" %s", c->upsell[i].text, num_money(c->upsell[i].cents, m));
    for (size_t i = 0; i < c->n_sent; i++)
        LINE(term_attr(t, sent_elem(c->sentiment)), "Sentiment: \"%s\"", c->sent[i].text);
    if (!c->n_sent)
        LINE(term_attr(t, EL_LABEL), "Sentiment: no phrase decided it (%s)", label_of(c->sentiment));
#undef LINE
    return n < max ? n : max;
}

static int pane_height(const app *a, const snap_call *c, int h)
{
    if (!c)
        return 0;
    int want = evidence_pane(a, c, 0, 0, 0, PANE_MAX, false) + 1; /* + its title */
    int most = h / 2;
    return want < most ? want : most;
}

void w_calls_prepare(app *a, rect r)
{
    drill *d = &a->dr;
    if (d->mode == DRILL_CALL) {
        const snap_call *c = drill_selected(d);
        d->page = r.h - 2;
        d->lines = c ? w_callview_lines(a, c, r.w) : 0;
        int last = d->lines - (d->page > 0 ? d->page : 1);
        if (d->scroll > last)
            d->scroll = last;
        if (d->scroll < 0)
            d->scroll = 0;
        return;
    }
    d->rows = r.h - 2 - pane_height(a, drill_selected(d), r.h);
    drill_clamp(d, d->rows);
}

static void list_draw(const app *a, rect r)
{
    const term *t = a->t;
    const drill *d = &a->dr;
    char buf[512], num[NUM_LEN];
    int y = r.y, end = r.y + r.h;
    if (d->has)
        snprintf(buf, sizeof buf, "Recent calls of %s - %s: %zu of the newest %zu (%s calls in all)",
                 d->agent, view_window_name(a->v.win), d->shown, d->calls.n,
                 num_int(d->calls.calls_total, num));
    else
        snprintf(buf, sizeof buf, "Recent calls of %s", d->agent);
    draw_text_fit(t, y++, r.x, r.w, term_attr(t, EL_TITLE), buf);
    if (y >= end)
        return;
    if (!d->has) {
        const char *why = d->problem[0] ? d->problem
                          : d->cleared ? "The worker has published no calls for this agent."
                                       : "Waiting for this agent's recent calls: the worker"
                                         " publishes them after each batch that loads its calls.";
        draw_text_fit(t, y, r.x + 2, r.w - 2, term_attr(t, d->problem[0] ? EL_WARN : EL_LABEL), why);
        return;
    }
    calls_layout L = place(r.w);
    attr_t head = term_attr(t, EL_COLHEAD);
    draw_blank(y, r.x, r.w, head);
    int cx = r.x + 2;
    draw_text(t, y, cx, TIME_W, head, "Time (UTC)");
    cx += TIME_W + 1;
    draw_text(t, y, cx, L.id_w, head, "Call id");
    cx += L.id_w + 1;
    draw_text_right(t, y, cx + DUR_W, DUR_W, head, "Dur");
    cx += DUR_W + 1;
    draw_text(t, y, cx, CONV_W, head, "Conv");
    cx += CONV_W + 1;
    draw_text_right(t, y, cx + UPSELL_W, UPSELL_W, head, "Upsell");
    cx += UPSELL_W + 1;
    draw_text(t, y, cx, SENT_W, head, "Sentiment");
    if (L.ev_w > 0)
        draw_text(t, y, r.x + L.ev_x, L.ev_w, head, "Evidence");
    y++;
    if (d->shown == 0) {
        snprintf(buf, sizeof buf, "No calls in %s among the agent's newest %zu; t changes the window.",
                 view_window_name(a->v.win), d->calls.n);
        draw_text_fit(t, y, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), buf);
        return;
    }
    for (int i = 0; i < d->rows && d->top + (size_t)i < d->shown && y < end; i++, y++) {
        size_t k = d->top + (size_t)i;
        draw_row(a, y, r.x, r.w, &L, &d->calls.v[d->order[k]], k == d->sel);
    }
    const snap_call *c = drill_selected(d);
    int pane = pane_height(a, c, r.h);
    if (!c || pane < 2)
        return;
    y = end - pane;
    snprintf(buf, sizeof buf, "Evidence of %s (masked)", c->call_id);
    draw_repeat(y, r.x, r.w, term_attr(t, EL_LABEL), t->g->hline);
    draw_text_fit(t, y, r.x + 2, r.w - 4, term_attr(t, EL_TITLE), buf);
    evidence_pane(a, c, y + 1, r.x + 2, r.w - 2, pane - 1, true);
}

static void calls_draw(const app *a, rect r)
{
    if (a->dr.mode == DRILL_CALL)
        w_callview_draw(a, r);
    else
        list_draw(a, r);
}

static int calls_key(app *a, int key, key_action act)
{
    drill *d = &a->dr;
    if (key == KEYS_ESC) {
        drill_back(d);
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    bool call = d->mode == DRILL_CALL;
    size_t page = d->rows > 1 ? (size_t)d->rows - 1 : 1;
    int lpage = d->page > 1 ? d->page - 1 : 1;
    switch (act) {
    case ACT_QUIT:
    case ACT_HELP:
    case ACT_REPAINT:
        return 0; /* the global keys */
    case ACT_WINDOW:
        a->v.win = (view_window)((a->v.win + 1) % WIN__COUNT);
        drill_filter(d, a->v.win, a->m.has[FEED_SUMMARY] ? a->m.summary.today : NULL);
        if (call && !drill_selected(d))
            d->mode = DRILL_CALLS;
        return H_HANDLED | H_REBUILD | H_REDRAW;
    case ACT_OPEN:
        if (!call && drill_selected(d)) {
            d->mode = DRILL_CALL;
            d->scroll = 0;
        }
        return H_HANDLED | H_FULL | H_REDRAW;
    case ACT_UP:
        if (call) d->scroll--;
        else if (d->sel > 0) d->sel--;
        break;
    case ACT_DOWN:
        if (call) d->scroll++;
        else d->sel++;
        break;
    case ACT_PAGE_UP:
        if (call) d->scroll -= lpage;
        else d->sel = d->sel > page ? d->sel - page : 0;
        break;
    case ACT_PAGE_DOWN:
        if (call) d->scroll += lpage;
        else d->sel += page;
        break;
    case ACT_HOME:
        if (call) d->scroll = 0;
        else d->sel = 0;
        break;
    case ACT_END:
        if (call) d->scroll = d->lines;
        else d->sel = d->shown ? d->shown - 1 : 0;
        break;
    default:
        return H_HANDLED; /* the table's keys do nothing here */
    }
    if (!call)
        drill_clamp(d, d->rows);
    return H_HANDLED | H_REDRAW;
}

const widget W_CALLS = {"calls", calls_draw, calls_key};
