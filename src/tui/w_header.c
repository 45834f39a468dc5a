/* w_header.c - the top bar: broker and worker state, how long ago this
 * dashboard last saw the data change (its own monotonic clock) and the
 * sender's time for information, a STALE warning, the KPI window, which
 * worker is the active one (host:pid). Pieces
 * that do not fit are left out, least important first; alerts are never left
 * out: when they do not fit in their long form they shorten, and when they
 * still do not fit they take more rows (w_header_rows). */
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "widget.h"

typedef struct {
    char text[128];
    char brief[64]; /* the alert's short form */
    term_elem el;
    int prio;       /* 0 = an alert, never left out */
    int width;
    int row;        /* -1 = left out */
} piece;

#define MAX_PIECES 11

static void add(piece *p, int *n, term_elem el, int prio, const char *text, const char *brief)
{
    if (*n >= MAX_PIECES)
        return;
    snprintf(p[*n].text, sizeof p[*n].text, "%s", text);
    snprintf(p[*n].brief, sizeof p[*n].brief, "%s", brief ? brief : text);
    p[*n].el = el;
    p[*n].prio = prio;
    (*n)++;
}

static int collect(const app *a, piece *p)
{
    const model *m = &a->m;
    int n = 0;
    char buf[128], brief[64], age[NUM_LEN], when[NUM_LEN];

    add(p, &n, EL_HEADER, 1, "Converza", NULL);
    if (m->conn == FEED_DOWN)
        add(p, &n, EL_ALERT, 0, "BROKER LOST, reconnecting", "NO BROKER");
    else if (m->conn == FEED_CONNECTING)
        add(p, &n, EL_HEADER, 2, "connecting to broker", NULL);
    else
        add(p, &n, EL_HEADER_OK, 3, "broker ok", NULL);

    if (!m->has[FEED_STATUS])
        add(p, &n, EL_HEADER, 4, "worker ?", NULL);
    else if (model_worker_online(m)) {
        add(p, &n, EL_HEADER_OK, 2, "worker online", NULL);
        /* Which worker is the active one (a standby never publishes). */
        if (m->status.worker && m->status.worker[0]) {
            snprintf(buf, sizeof buf, "active %.100s", m->status.worker);
            add(p, &n, EL_HEADER, 6, buf, NULL);
        }
    }
    else {
        snprintf(buf, sizeof buf, "worker %s", m->status.state[0] ? m->status.state : "?");
        for (char *c = buf + 7; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
        add(p, &n, EL_ALERT, 0, buf, buf + 7);
    }

    double seen = model_seen_age(m, a->mono);
    if (seen >= 0) {
        num_age((int64_t)seen, age);
        if (seen > a->stale_after) {
            snprintf(buf, sizeof buf, "STALE: no update for %s", age);
            snprintf(brief, sizeof brief, "STALE %s", age);
            add(p, &n, EL_ALERT, 0, buf, brief);
        }
        snprintf(buf, sizeof buf, "updated %s ago", age);
        add(p, &n, EL_HEADER, 3, buf, NULL);
        int64_t made = model_last_update(m);
        if (made > 0) { /* the sender's clock: information, not the age */
            snprintf(buf, sizeof buf, "worker time %s", num_when(made, a->now, when));
            add(p, &n, EL_HEADER, 4, buf, NULL);
        }
    } else {
        add(p, &n, EL_HEADER, 3, "waiting for data", NULL);
    }
    snprintf(buf, sizeof buf, "window: %s", view_window_name(a->v.win));
    add(p, &n, EL_HEADER, 5, buf, NULL);
    if (m->has[FEED_SUMMARY] && m->summary.batch_id && m->summary.batch_id[0]) {
        snprintf(buf, sizeof buf, "batch %s", m->summary.batch_id);
        add(p, &n, EL_HEADER, 7, buf, NULL);
    }
    return n;
}

/* Decides which pieces show on which row within width w; returns the rows
 * (1 unless the alerts need more). *tight: alerts in their short form,
 * without padding. */
static int arrange(const term *t, piece *p, int n, int w, bool *tight)
{
    const int gap = 2;
    int total = 0;
    for (int i = 0; i < n; i++) {
        p[i].width = draw_width(t, p[i].text) + 2; /* a space either side */
        p[i].row = 0;
        total += p[i].width + (i ? gap : 0);
    }
    /* Leave out the least important pieces until the rest fits. */
    for (int prio = 7; prio > 0 && total > w; prio--)
        for (int i = n - 1; i >= 0 && total > w; i--)
            if (p[i].row == 0 && p[i].prio == prio) {
                p[i].row = -1;
                total -= p[i].width + gap;
            }
    *tight = total > w;
    if (!*tight)
        return 1;
    /* Only alerts are left and they do not fit: short forms, one space
     * between them, as many rows as they take. */
    int row = 0, x = 0;
    for (int i = 0; i < n; i++) {
        if (p[i].prio != 0) {
            p[i].row = -1;
            continue;
        }
        snprintf(p[i].text, sizeof p[i].text, "%s", p[i].brief);
        p[i].width = draw_width(t, p[i].text);
        if (x > 0 && x + 1 + p[i].width > w) {
            row++;
            x = 0;
        }
        x += (x > 0 ? 1 : 0) + p[i].width;
        p[i].row = row;
    }
    return row + 1;
}

int w_header_rows(const app *a, int width)
{
    piece p[MAX_PIECES];
    bool tight;
    return arrange(a->t, p, collect(a, p), width, &tight);
}

static void header_draw(const app *a, rect r)
{
    const term *t = a->t;
    piece p[MAX_PIECES];
    bool tight;
    int n = collect(a, p);
    int rows = arrange(t, p, n, r.w, &tight);
    for (int y = 0; y < rows && y < r.h; y++)
        draw_blank(r.y + y, r.x, r.w, term_attr(t, EL_HEADER));
    int x[8] = {0}, end = r.x + r.w;
    for (int i = 0; i < n; i++) {
        int row = p[i].row;
        if (row < 0 || row >= r.h || row >= 8)
            continue;
        int at_x = r.x + x[row];
        if (at_x >= end)
            continue;
        attr_t at = term_attr(t, p[i].el);
        int w = p[i].width > end - at_x ? end - at_x : p[i].width;
        if (tight) {
            draw_text_fit(t, r.y + row, at_x, w, at, p[i].text);
            x[row] += p[i].width + 1;
        } else {
            draw_blank(r.y + row, at_x, w, at);
            draw_text(t, r.y + row, at_x + 1, w - 1, at, p[i].text);
            x[row] += p[i].width + 2;
        }
    }
}

const widget W_HEADER = {"header", header_draw, NULL};
