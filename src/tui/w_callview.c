/* w_callview.c - one call's cleaned, masked turns as silver stores them (the
 * worker sent them with the agent's recent calls), word-wrapped to the
 * width under a line with the call's KPIs, scrolled with the arrow and page
 * keys. A call whose turns did not fit in the payload says so. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "numfmt.h"
#include "widget.h"

#define WHO_W 10 /* "Customer: " */

/* Bytes of s (at most len) that fit in w columns, cut after a whole
 * character; at least one character so wrapping always advances. */
static size_t fit_bytes(const term *t, const char *s, size_t len, int w)
{
    size_t i = 0;
    int cols = 0;
    while (i < len) {
        size_t n = 1; /* the character's bytes, measured on its own */
        while (i + n < len && n < 4 && ((unsigned char)s[i + n] & 0xC0) == 0x80)
            n++;
        char ch[5];
        memcpy(ch, s + i, n);
        ch[n] = '\0';
        int cw = draw_width(t, ch);
        if (cols + cw > w)
            break;
        cols += cw;
        i += n;
    }
    if (i == 0) { /* one character wider than w */
        i = 1;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* Splits text into lines of at most w columns at spaces (a word longer than
 * a line is cut). Calls fn for each line unless NULL; returns the count. */
static int wrap(const term *t, const char *text, int w, void (*fn)(const char *, size_t, void *),
                void *ud)
{
    size_t len = strlen(text), pos = 0;
    int n = 0;
    if (w < 1)
        w = 1;
    while (pos < len || n == 0) {
        while (pos < len && text[pos] == ' ')
            pos++;
        size_t take = fit_bytes(t, text + pos, len - pos, w);
        if (pos + take < len && text[pos + take] != ' ') {
            size_t back = take;
            while (back > 0 && text[pos + back - 1] != ' ')
                back--;
            if (back > 0)
                take = back; /* end the line at the last space */
        }
        if (fn)
            fn(text + pos, take, ud);
        n++;
        pos += take;
        if (pos >= len)
            break;
    }
    return n;
}

int w_callview_lines(const app *a, const snap_call *c, int w)
{
    if (!c->has_turns)
        return 2;
    int n = 0;
    for (size_t i = 0; i < c->n_turns; i++)
        n += wrap(a->t, c->turns[i].text, w - WHO_W - 1, NULL, NULL);
    return n + (c->turns_total > (int64_t)c->n_turns);
}

typedef struct {
    const app *a;
    rect r;
    int line, y;          /* the next line's number, the row it goes on */
    const snap_turn *turn;
    bool first;           /* the turn's first line: the speaker goes first */
} painter;

static void paint(const char *s, size_t n, void *ud)
{
    painter *p = ud;
    const term *t = p->a->t;
    int line = p->line++;
    bool first = p->first;
    p->first = false;
    if (line < p->a->dr.scroll || p->y >= p->r.y + p->r.h)
        return;
    if (first) {
        bool agent = p->turn->speaker == SNAP_SPK_AGENT;
        draw_text(t, p->y, p->r.x, WHO_W, term_attr(t, agent ? EL_VALUE : EL_TITLE),
                  agent ? "Agent:" : p->turn->speaker == SNAP_SPK_CUSTOMER ? "Customer:" : "Speaker?:");
    }
    char buf[SNAPSHOT_TURN_TEXT + 8];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    draw_text(t, p->y, p->r.x + WHO_W + 1, p->r.w - WHO_W - 1, A_NORMAL, buf);
    p->y++;
}

void w_callview_draw(const app *a, rect r)
{
    const term *t = a->t;
    const drill *d = &a->dr;
    const snap_call *c = drill_selected(d);
    if (!c || r.h < 1)
        return;
    char when[32], dur[NUM_LEN], up[NUM_LEN], buf[512];
    time_t tt = (time_t)c->time;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || !strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &tm))
        snprintf(when, sizeof when, "?");
    snprintf(buf, sizeof buf, "Call %s - %s - %s - %s - %s - upsell %s - %s %+.4f", c->call_id,
             d->agent, when,
             c->duration_ms >= 0 ? num_duration((double)c->duration_ms / 1000.0, dur) : "no times",
             c->conversion ? "converted" : "no conversion", num_money(c->upsell_cents, up),
             c->sentiment > 0 ? "positive" : c->sentiment < 0 ? "negative" : "neutral",
             c->score_e4 / 10000.0);
    draw_text_fit(t, r.y, r.x, r.w, term_attr(t, EL_TITLE), buf);
    if (r.h < 2)
        return;
    if (!c->has_turns) {
        draw_text_fit(t, r.y + 1, r.x + 2, r.w - 2, term_attr(t, EL_WARN),
                      "This call's turns are not in the payload: only the newest calls' turns fit"
                      " in its size limit (converza-mqtt(7), LIMITS).");
        return;
    }
    snprintf(buf, sizeof buf, "%zu turns, cleaned and masked; lines %d-%d of %d (Up/Down, PgUp/PgDn)",
             c->n_turns, d->lines ? d->scroll + 1 : 0,
             d->scroll + d->page < d->lines ? d->scroll + d->page : d->lines, d->lines);
    draw_text_fit(t, r.y + 1, r.x, r.w, term_attr(t, EL_LABEL), buf);
    painter p = {a, {r.y + 2, r.x, r.h - 2, r.w}, 0, r.y + 2, NULL, false};
    for (size_t i = 0; i < c->n_turns && p.y < r.y + r.h; i++) {
        p.turn = &c->turns[i];
        p.first = true;
        wrap(t, c->turns[i].text, r.w - WHO_W - 1, paint, &p);
    }
    if (c->turns_total > (int64_t)c->n_turns && p.line >= d->scroll && p.y < r.y + r.h) {
        snprintf(buf, sizeof buf, "... %lld more turns not sent (at most %d per call)",
                 (long long)(c->turns_total - (int64_t)c->n_turns), SNAPSHOT_TURNS_MAX);
        draw_text_fit(t, p.y, r.x, r.w, term_attr(t, EL_LABEL), buf);
    }
}
