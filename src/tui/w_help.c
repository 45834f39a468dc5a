/* w_help.c - the help screen: the key table from keys.c (the same table the
 * man page lists), what the marks, bars and score mean, and where the data
 * comes from, wrapped to the width. Any key closes it. */
#include <stdio.h>
#include <string.h>

#include "target.h"
#include "widget.h"

#define KEY_COL 16

/* Draws s from (y, x) in lines of at most w columns, broken at spaces (a
 * word longer than w is cut), no lower than row end. Returns the next row. */
static int wrapped(const term *t, int y, int x, int w, int end, attr_t at, const char *s)
{
    char line[512];
    while (*s && y < end && w > 0) {
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
        draw_text(t, y++, x, w, at, line);
        s += n;
        while (*s == ' ')
            s++;
    }
    return y;
}

static void help_draw(const app *a, rect r)
{
    const term *t = a->t;
    int y = r.y, end = r.y + r.h;
    draw_blank(y, r.x, r.w, term_attr(t, EL_HEADER));
    draw_text(t, y++, r.x + 1, r.w - 1, term_attr(t, EL_HEADER),
              "converza-tui " CZ_VERSION " - keys (any key returns)");
    y++;
    size_t n;
    const key_binding *k = keys_table(&n);
    int kc = r.w >= 60 ? KEY_COL : 10;
    for (size_t i = 0; i < n && y < end; i++) {
        draw_text(t, y, r.x + 2, kc - 3, term_attr(t, EL_KEY), k[i].label);
        y = wrapped(t, y, r.x + kc, r.w - kc - 1, end, A_NORMAL, k[i].help);
    }
    char buf[512];
    if (y + 1 < end) {
        y++;
        snprintf(buf, sizeof buf,
                 "%s top and %s bottom agents by score (one each, three each from 12 ranked agents"
                 " on); %s fewer calls than the minimum (%lld): shown, not ranked or marked.",
                 t->g->best, t->g->worst, TGT_UNRANKED(t), (long long)a->v.min_calls);
        y = wrapped(t, y, r.x + 2, r.w - 3, end, A_NORMAL, buf);
    }
    if (y < end) {
        int x = r.x + 2;
        x += draw_text(t, y, x, r.w - 2, A_NORMAL, "Sentiment: ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_POS), t->g->pos);
        x += draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " positive  ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_NEU), t->g->neu);
        x += draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " neutral  ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_NEG), t->g->neg);
        draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " negative (share of calls)");
        y++;
    }
    y = wrapped(t, y, r.x + 2, r.w - 3, end, A_NORMAL,
                "Score 0-100: 50% conversion rate + 30% avg upsell against the team median "
                "(the median agent 50, twice the median 100) + 20% sentiment.");
    snprintf(buf, sizeof buf,
             "Targets (from the worker's configuration): %s on target, %s near (within the "
             "margin), %s off. ChgConv (points) and ChgAvg: today against the agent's own days "
             "before today (the usual), %s up, %s down.",
             tgt_glyph(t, TGT_ON), tgt_glyph(t, TGT_NEAR), tgt_glyph(t, TGT_OFF), tgt_arrow(t, 1, 0),
             tgt_arrow(t, -1, 0));
    y = wrapped(t, y, r.x + 2, r.w - 3, end, A_NORMAL, buf);
    snprintf(buf, sizeof buf, "Data: broker %s, repaint every %ds, STALE after %ds without update",
             a->where, a->refresh, a->stale_after);
    y = wrapped(t, y, r.x + 2, r.w - 3, end, term_attr(t, EL_LABEL), buf);
    if (a->m.has[FEED_STATUS] && y < end) {
        const snap_status *s = &a->m.status;
        snprintf(buf, sizeof buf, "Worker %s, version %s, last batch %s: %lld calls loaded",
                 s->state, s->version, s->batch_id[0] ? s->batch_id : "(none)",
                 (long long)s->calls_loaded);
        wrapped(t, y, r.x + 2, r.w - 3, end, term_attr(t, EL_LABEL), buf);
    }
}

static int help_key(app *a, int key, key_action act)
{
    (void)key, (void)act;
    a->help = false;
    return H_HANDLED | H_REDRAW;
}

const widget W_HELP = {"help", help_draw, help_key};
