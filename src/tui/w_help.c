/* w_help.c - the help screen: the key table from keys.c (the same table the
 * man page lists), what the marks, bars and score mean, and where the data
 * comes from, wrapped to the width; j/k and the page keys scroll, any other
 * key closes it. */
#include <stdio.h>
#include <string.h>

#include "target.h"
#include "widget.h"

#define KEY_COL 16

/* Rows are counted from the top of the help text; those from top on are
 * drawn in [y0, end), the rest only counted, so the text scrolls. */
typedef struct {
    int row, top, y0, end;
} help_pos;

static bool visible(const help_pos *p, int *y)
{
    *y = p->y0 + p->row - p->top;
    return p->row >= p->top && *y < p->end;
}

/* s in lines of at most w columns from x, broken at spaces (a word longer
 * than w is cut). */
static void wrapped(const term *t, help_pos *p, int x, int w, attr_t at, const char *s)
{
    char line[512];
    while (*s && w > 0) {
        size_t n = 0, brk = 0;
        while (s[n] && n < sizeof line - 1) {
            memcpy(line, s, n + 1);
            line[n + 1] = '\0';
            if (draw_width(t, line) > w)
                break;
            if (s[n] == ' ')
                brk = n;
            n++;
        }
        if (s[n] && brk > 0) /* break at the last space that fits */
            n = brk;
        if (n == 0)
            n = 1;
        memcpy(line, s, n);
        line[n] = '\0';
        int y;
        if (visible(p, &y))
            draw_text(t, y, x, w, at, line);
        p->row++;
        s += n;
        while (*s == ' ')
            s++;
    }
}

static void help_draw(const app *a, rect r)
{
    const term *t = a->t;
    draw_blank(r.y, r.x, r.w, term_attr(t, EL_HEADER));
    draw_text(t, r.y, r.x + 1, r.w - 1, term_attr(t, EL_HEADER),
              "converza-tui " CZ_VERSION " - help (j/k scroll, any other key returns)");
    help_pos p = {0, a->help_top, r.y + 1, r.y + r.h - 1};
    int tw = r.w - 3, y;
    char buf[512];
    /* What the screen means first: it is what a glance needs. */
    snprintf(buf, sizeof buf,
             "%s top and %s bottom agents by score (one each, three each from 12 ranked agents"
             " on); %s fewer calls than the minimum (%lld): shown, not ranked or marked.",
             t->g->best, t->g->worst, TGT_UNRANKED(t), (long long)a->v.min_calls);
    wrapped(t, &p, r.x + 2, tw, A_NORMAL, buf);
    wrapped(t, &p, r.x + 2, tw, A_NORMAL,
            "Score 0-100: 50% conversion rate + 30% avg upsell against the team median "
            "(the median agent 50, twice the median 100) + 20% sentiment.");
    snprintf(buf, sizeof buf,
             "Targets (from the worker's configuration): %s on target, %s near (within the "
             "margin), %s off. ChgConv (points) and ChgAvg: today against the agent's own days "
             "before today (the usual), %s up, %s down.",
             tgt_glyph(t, TGT_ON), tgt_glyph(t, TGT_NEAR), tgt_glyph(t, TGT_OFF), tgt_arrow(t, 1, 0),
             tgt_arrow(t, -1, 0));
    wrapped(t, &p, r.x + 2, tw, A_NORMAL, buf);
    if (visible(&p, &y)) {
        int x = r.x + 2;
        x += draw_text(t, y, x, r.w - 2, A_NORMAL, "Sentiment: ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_POS), t->g->pos);
        x += draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " positive  ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_NEU), t->g->neu);
        x += draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " neutral  ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_NEG), t->g->neg);
        draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " negative (share of calls)");
    }
    p.row += 2;
    size_t n;
    const key_binding *k = keys_table(&n);
    int kc = r.w >= 60 ? KEY_COL : 10;
    for (size_t i = 0; i < n; i++) {
        if (visible(&p, &y))
            draw_text(t, y, r.x + 2, kc - 3, term_attr(t, EL_KEY), k[i].label);
        wrapped(t, &p, r.x + kc, r.w - kc - 1, A_NORMAL, k[i].help);
    }
    p.row++;
    snprintf(buf, sizeof buf, "Data: broker %s, repaint every %ds, STALE after %ds without update",
             a->where, a->refresh, a->stale_after);
    wrapped(t, &p, r.x + 2, tw, term_attr(t, EL_LABEL), buf);
    if (a->m.has[FEED_STATUS]) {
        const snap_status *s = &a->m.status;
        snprintf(buf, sizeof buf, "Worker %s, version %s, last batch %s: %lld calls loaded",
                 s->state, s->version, s->batch_id[0] ? s->batch_id : "(none)",
                 (long long)s->calls_loaded);
        wrapped(t, &p, r.x + 2, tw, term_attr(t, EL_LABEL), buf);
    }
    /* The last row says where the text goes on. */
    snprintf(buf, sizeof buf, "lines %d-%d of %d%s", a->help_top + 1,
             a->help_top + (p.end - p.y0) < p.row ? a->help_top + (p.end - p.y0) : p.row, p.row,
             p.row - a->help_top > p.end - p.y0 ? ", more below: j, Down, Space" : "");
    draw_text_fit(t, r.y + r.h - 1, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), buf);
}

static int help_key(app *a, int key, key_action act)
{
    (void)key;
    int step = act == ACT_DOWN ? 1 : act == ACT_PAGE_DOWN ? 10 : act == ACT_UP ? -1
               : act == ACT_PAGE_UP ? -10 : 0;
    if (step) { /* scrolls; the draw stops at the end of the text */
        a->help_top += step;
        if (a->help_top < 0)
            a->help_top = 0;
        if (a->help_top > 200)
            a->help_top = 200;
        return H_HANDLED | H_REDRAW;
    }
    a->help = false;
    a->help_top = 0;
    return H_HANDLED | H_REDRAW;
}

const widget W_HELP = {"help", help_draw, help_key};
