/* w_help.c - the help screen: the key table from keys.c (the same table the
 * man page lists), what the marks, bars and score mean, and where the data
 * comes from. Any key closes it. */
#include <stdio.h>

#include "widget.h"

#define KEY_COL 16

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
    for (size_t i = 0; i < n && y < end; i++, y++) {
        draw_text(t, y, r.x + 2, KEY_COL - 3, term_attr(t, EL_KEY), k[i].label);
        draw_text_fit(t, y, r.x + KEY_COL, r.w - KEY_COL, A_NORMAL, k[i].help);
    }
    if (y + 1 < end) {
        y++;
        int x = r.x + 2;
        x += draw_text(t, y, x, r.w - 2, term_attr(t, EL_BEST), t->g->best);
        x += draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " best performers   ");
        x += draw_text(t, y, x, r.x + r.w - x, term_attr(t, EL_WORST), t->g->worst);
        draw_text(t, y, x, r.x + r.w - x, A_NORMAL, " worst (by score, agents with calls)");
        y++;
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
    if (y < end)
        draw_text_fit(t, y++, r.x + 2, r.w - 2, A_NORMAL,
                      "Score 0-100: 50% conversion rate + 30% avg upsell relative to the best "
                      "agent + 20% sentiment");
    char buf[256];
    snprintf(buf, sizeof buf, "Data: broker %s, repaint every %ds, STALE after %ds without update",
             a->where, a->refresh, a->stale_after);
    if (y < end)
        draw_text_fit(t, y++, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), buf);
    if (a->m.has[FEED_STATUS] && y < end) {
        const snap_status *s = &a->m.status;
        snprintf(buf, sizeof buf, "Worker %s, version %s, last batch %s: %lld calls loaded",
                 s->state, s->version, s->batch_id[0] ? s->batch_id : "(none)",
                 (long long)s->calls_loaded);
        draw_text_fit(t, y++, r.x + 2, r.w - 2, term_attr(t, EL_LABEL), buf);
    }
}

static int help_key(app *a, int key, key_action act)
{
    (void)key, (void)act;
    a->help = false;
    return H_HANDLED | H_REDRAW;
}

const widget W_HELP = {"help", help_draw, help_key};
