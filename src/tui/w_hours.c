/* w_hours.c - the shift view: today's business hours (the worker's zone,
 * from the hours topic) for the whole floor and for the selected agent, one
 * row per hour with calls, conversion rate, upsell revenue, average sentiment
 * and a bar of the calls, the current hour marked. Side by side when the
 * screen is wide enough, else one above the other; each keeps the latest
 * hours (the current one) in view when not every hour fits. */
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "widget.h"

#define ROW_MIN_W 40   /* "> 14:00  1,234  41.5%  $12,345  +0.21 " */

/* The selected agent's hours, or NULL when it has none today (or the hours
 * payload does not carry it). *name: whom the panel is about. */
static const snap_hours_agent *selected(const app *a, const char **name)
{
    const snap_hours *h = &a->m.hours;
    *name = a->sel_name[0] ? a->sel_name
          : a->v.shown ? a->v.rows[a->v.order[a->sel < a->v.shown ? a->sel : 0]].name : "";
    for (size_t i = 0; i < h->na; i++)
        if (strcmp(h->a[i].agent_name, *name) == 0)
            return &h->a[i];
    return NULL;
}

/* One panel: a title, a column header and the hours of v[0..n) that fit,
 * with a row for the current hour even when it has no calls yet. */
static void panel(const app *a, rect r, const char *title, const snap_hour *v, size_t n)
{
    const term *t = a->t;
    if (r.h < 1 || r.w < 10)
        return;
    draw_text_fit(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), title);
    if (r.h < 3)
        return;
    draw_text_fit(t, r.y + 1, r.x, r.w, term_attr(t, EL_COLHEAD),
                  "  Hour    Calls   Conv%      Upsell   Sent");
    const snap_hours *h = &a->m.hours;
    /* The rows: every hour with calls, and the current hour. */
    snap_hour rows[SNAPSHOT_MAX_HOURS + 1];
    size_t nr = 0;
    bool have_now = false;
    for (size_t i = 0; i < n && nr < SNAPSHOT_MAX_HOURS; i++) {
        if (!have_now && v[i].start > h->current) {
            rows[nr++] = (snap_hour){h->current, h->current_hour, 0, 0, 0, 0};
            have_now = true;
        }
        have_now |= v[i].start == h->current;
        rows[nr++] = v[i];
    }
    if (!have_now && h->current)
        rows[nr++] = (snap_hour){h->current, h->current_hour, 0, 0, 0, 0};
    int64_t max = 1;
    for (size_t i = 0; i < nr; i++)
        if (rows[i].calls > max)
            max = rows[i].calls;
    int avail = r.h - 2;
    size_t first = nr > (size_t)avail ? nr - (size_t)avail : 0;
    /* The current hour stays in view (it is the last row or near it). */
    for (size_t i = first; i < nr; i++) {
        const snap_hour *e = &rows[i];
        bool now = e->start == h->current;
        char calls[NUM_LEN], money[NUM_LEN], line[128];
        num_int(e->calls, calls);
        num_money(e->upsell_cents, money);
        char rate[16] = "    -", sent[16] = "    -";
        if (e->calls > 0) {
            snprintf(rate, sizeof rate, "%5.1f%%", 100.0 * (double)e->conversions / (double)e->calls);
            snprintf(sent, sizeof sent, "%+5.2f", e->avg_sentiment);
        }
        snprintf(line, sizeof line, "%s %02d:00 %8s  %6s %11s  %5s ", now ? ">" : " ", e->hour,
                 calls, rate, money, sent);
        int y = r.y + 2 + (int)(i - first);
        attr_t at = now ? term_attr(t, EL_SELECTED) : A_NORMAL;
        int x = r.x + draw_text_fit(t, y, r.x, r.w, at, line);
        int bar = r.x + r.w - x - (now ? 4 : 0);
        if (bar > 0) {
            int len = (int)((double)bar * (double)e->calls / (double)max + 0.5);
            draw_repeat(y, x, len, term_attr(t, EL_SPARK), t->g->full);
            x += len;
        }
        if (now && x + 4 <= r.x + r.w)
            draw_text(t, y, x, 4, term_attr(t, EL_VALUE), " now");
    }
}

static void draw(const app *a, rect r)
{
    const term *t = a->t;
    const snap_hours *h = &a->m.hours;
    if (!a->m.has[FEED_HOURS]) {
        draw_text_fit(t, r.y, r.x, r.w, term_attr(t, EL_LABEL),
                      "Today by the hour: waiting for the worker's hours topic");
        return;
    }
    char day[96], title[SNAPSHOT_MAX_TEXT + 64];
    w_header_today(h->day, h->timezone, day, sizeof day);
    snprintf(title, sizeof title, "%s: every agent", day);
    const char *name;
    const snap_hours_agent *ag = selected(a, &name);
    char atitle[SNAPSHOT_MAX_TEXT + 64];
    snprintf(atitle, sizeof atitle, "%s%s", name[0] ? name : "no agent selected",
             ag ? "" : name[0] ? ": no calls today" : "");
    if (r.w >= 2 * ROW_MIN_W + 16) {
        int lw = (r.w - 2) / 2;
        panel(a, (rect){r.y, r.x, r.h, lw}, title, h->v, h->n);
        panel(a, (rect){r.y, r.x + lw + 2, r.h, r.w - lw - 2}, atitle, ag ? ag->v : NULL,
              ag ? ag->n : 0);
    } else {
        int top = (r.h + 1) / 2;
        panel(a, (rect){r.y, r.x, top, r.w}, title, h->v, h->n);
        panel(a, (rect){r.y + top, r.x, r.h - top, r.w}, atitle, ag ? ag->v : NULL,
              ag ? ag->n : 0);
    }
}

static int key(app *a, int k, key_action act)
{
    if (act == ACT_HOURS || k == KEYS_ESC) {
        a->hours = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    /* Up and Down choose the agent as in the table, and the panel follows. */
    if (act == ACT_UP || act == ACT_DOWN || act == ACT_HOME || act == ACT_END) {
        int r = W_TABLE.key(a, k, act);
        if (a->sel < a->v.shown)
            snprintf(a->sel_name, sizeof a->sel_name, "%s", a->v.rows[a->v.order[a->sel]].name);
        return r | H_REDRAW;
    }
    return 0;
}

const widget W_HOURS = {"hours", draw, key};
