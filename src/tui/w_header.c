/* w_header.c - the top bar: broker and worker state, when the data was made
 * and how old it is, a STALE warning, the KPI window. Pieces that do not fit
 * are left out, least important first; alerts are never left out. */
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "widget.h"

typedef struct {
    char text[128];
    term_elem el;
    int prio; /* 0 = keep longest */
    int width;
} piece;

#define MAX_PIECES 8

static void add(piece *p, int *n, term_elem el, int prio, const char *text)
{
    if (*n >= MAX_PIECES)
        return;
    snprintf(p[*n].text, sizeof p[*n].text, "%s", text);
    p[*n].el = el;
    p[*n].prio = prio;
    (*n)++;
}

static void header_draw(const app *a, rect r)
{
    const term *t = a->t;
    const model *m = &a->m;
    piece p[MAX_PIECES];
    int n = 0;
    char buf[128], age[NUM_LEN], when[NUM_LEN];

    add(p, &n, EL_HEADER, 1, "Converza");
    if (m->conn == FEED_DOWN)
        add(p, &n, EL_ALERT, 0, "BROKER LOST, reconnecting");
    else if (m->conn == FEED_CONNECTING)
        add(p, &n, EL_HEADER, 2, "connecting to broker");
    else
        add(p, &n, EL_HEADER_OK, 3, "broker ok");

    if (!m->has[FEED_STATUS])
        add(p, &n, EL_HEADER, 4, "worker ?");
    else if (model_worker_online(m))
        add(p, &n, EL_HEADER_OK, 2, "worker online");
    else {
        snprintf(buf, sizeof buf, "worker %s", m->status.state[0] ? m->status.state : "?");
        for (char *c = buf + 7; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
        add(p, &n, EL_ALERT, 0, buf);
    }

    int64_t last = model_last_update(m);
    if (last > 0) {
        int64_t secs = (int64_t)a->now - last;
        num_age(secs, age);
        if (secs > a->stale_after) {
            snprintf(buf, sizeof buf, "STALE: no update for %s", age);
            add(p, &n, EL_ALERT, 0, buf);
        }
        snprintf(buf, sizeof buf, "updated %s (%s ago)", num_when(last, a->now, when), age);
        add(p, &n, EL_HEADER, 3, buf);
    } else {
        add(p, &n, EL_HEADER, 3, "waiting for data");
    }
    snprintf(buf, sizeof buf, "window: %s", view_window_name(a->v.win));
    add(p, &n, EL_HEADER, 5, buf);
    if (m->has[FEED_SUMMARY] && m->summary.batch_id && m->summary.batch_id[0]) {
        snprintf(buf, sizeof buf, "batch %s", m->summary.batch_id);
        add(p, &n, EL_HEADER, 6, buf);
    }

    /* Leave out the least important pieces until the rest fits. */
    const int gap = 2;
    bool keep[MAX_PIECES];
    int total = 0;
    for (int i = 0; i < n; i++) {
        p[i].width = draw_width(t, p[i].text) + 2; /* a space either side */
        keep[i] = true;
        total += p[i].width + (i ? gap : 0);
    }
    for (int prio = 6; prio > 0 && total > r.w; prio--)
        for (int i = n - 1; i >= 0 && total > r.w; i--)
            if (keep[i] && p[i].prio == prio) {
                keep[i] = false;
                total -= p[i].width + gap;
            }

    draw_blank(r.y, r.x, r.w, term_attr(t, EL_HEADER));
    int x = r.x, end = r.x + r.w;
    for (int i = 0; i < n && x < end; i++) {
        if (!keep[i])
            continue;
        attr_t at = term_attr(t, p[i].el);
        int w = p[i].width > end - x ? end - x : p[i].width;
        draw_blank(r.y, x, w, at);
        draw_text(t, r.y, x + 1, w - 1, at, p[i].text);
        x += p[i].width + gap;
    }
}

const widget W_HEADER = {"header", header_draw, NULL};
