/* w_footer.c - the bottom line: the filter prompt while typing one, else the
 * broker problem or the last rejected payload, else key hints; on the right
 * the sort column and how many agents are shown. Also the filter editing. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "numfmt.h"
#include "widget.h"

#define PROBLEM_SHOW_SECONDS 120

typedef struct {
    const char *key, *label;
} hint;

static const hint HINTS[] = {
    {"q", "Quit"}, {"?", "Help"}, {"<>", "Sort"}, {"i", "Invert"},
    {"/", "Filter"}, {"t", "Window"}, {"e", "Teams"}, {"w", "Wallboard"}, {"r", "Repaint"},
    {"m", "Talk cols"},
};

static const hint DRILL_HINTS[] = {
    {"Esc", "Back"}, {"Enter", "Turns"}, {"Up/Dn", "Select"}, {"t", "Window"}, {"q", "Quit"},
}, MAP_HINTS[] = {
    {"Esc", "Back"}, {"Enter", "Calls"}, {"Up/Dn", "Select"}, {"t", "Window"}, {"/", "Filter"},
    {"q", "Quit"},
}, TEAMS_HINTS[] = {
    {"Esc", "Back"}, {"Enter", "Team's agents"}, {"Up/Dn", "Select"}, {"t", "Window"},
    {"q", "Quit"},
};

static int draw_hints(const app *a, int y, int x, int end)
{
    const term *t = a->t;
    size_t n = sizeof HINTS / sizeof HINTS[0];
    const hint *H = HINTS;
    if (a->dr.mode != DRILL_OFF)
        H = DRILL_HINTS, n = sizeof DRILL_HINTS / sizeof DRILL_HINTS[0];
    else if (a->map)
        H = MAP_HINTS, n = sizeof MAP_HINTS / sizeof MAP_HINTS[0];
    else if (a->teams_view)
        H = TEAMS_HINTS, n = sizeof TEAMS_HINTS / sizeof TEAMS_HINTS[0];
    for (size_t i = 0; i < n; i++) {
        int need = draw_width(t, H[i].key) + draw_width(t, H[i].label) + 2;
        if (x + need > end)
            break;
        x += draw_text(t, y, x, end - x, term_attr(t, EL_KEY), H[i].key);
        x += draw_text(t, y, x, end - x, term_attr(t, EL_KEY), " ");
        x += draw_text(t, y, x, end - x, term_attr(t, EL_KEYLABEL), H[i].label);
        x += 1;
    }
    return x;
}

static void footer_draw(const app *a, rect r)
{
    const term *t = a->t;
    int end = r.x + r.w;
    char right[160] = "";
    if (a->wallboard) {
        snprintf(right, sizeof right, "page %d/%d", a->wall_page + 1, a->wall_npages);
    } else {
        const view *v = &a->v;
        char unsent[NUM_LEN + 16] = "";
        int64_t u = app_agents_unsent(a);
        if (u > 0) { /* the worker sent a selection: say how many it left out */
            char num[NUM_LEN];
            snprintf(unsent, sizeof unsent, ", %s not sent", num_int(u, num));
        }
        char filter[96] = "";
        if (v->filter[0] && !a->filtering) /* the kept filter's text: Esc clears it */
            snprintf(filter, sizeof filter, "filter \"%.64s\"  ", v->filter);
        snprintf(right, sizeof right, "%s%s%s%s %zu/%zu agents%s", v->frozen ? "FROZEN (f)  " : "",
                 filter, view_col_title(v->sort), v->desc ? t->g->sort_down : t->g->sort_up,
                 v->shown, v->n, unsent);
    }
    int rw = draw_width(t, right);
    if (rw + 20 <= r.w)
        end = draw_text_right(t, r.y, end, rw, term_attr(t, EL_LABEL), right) - 1;

    if (a->filtering) {
        int x = r.x + draw_text(t, r.y, r.x, end - r.x, term_attr(t, EL_PROMPT), "Filter: ");
        x += draw_text(t, r.y, x, end - x, A_NORMAL, a->v.filter);
        x += draw_text(t, r.y, x, end - x, A_REVERSE, " ");
        draw_text(t, r.y, x + 1, end - x - 1, term_attr(t, EL_LABEL), "Enter keeps, Esc clears");
        return;
    }
    const model *m = &a->m;
    char msg[320];
    if (m->conn == FEED_DOWN) {
        snprintf(msg, sizeof msg, "broker %s: %s", a->where, m->conn_msg);
        draw_text_fit(t, r.y, r.x, end - r.x, term_attr(t, EL_BAD), msg);
    } else if (m->conn == FEED_CONNECTING) {
        snprintf(msg, sizeof msg, "connecting to broker %s", a->where);
        draw_text_fit(t, r.y, r.x, end - r.x, term_attr(t, EL_WARN), msg);
    } else if (m->problem_at && a->now - m->problem_at < PROBLEM_SHOW_SECONDS) {
        draw_text_fit(t, r.y, r.x, end - r.x, term_attr(t, EL_WARN), m->problem);
    } else if (a->wallboard) { /* a clock for the room, not keys nobody there presses */
        char clock[16];
        struct tm tm;
        localtime_r(&a->now, &tm);
        strftime(clock, sizeof clock, "%H:%M:%S", &tm);
        draw_text(t, r.y, r.x + 1, end - r.x - 1, term_attr(t, EL_VALUE), clock);
    } else {
        draw_hints(a, r.y, r.x, end);
    }
}

/* Removes the last UTF-8 character of s. */
static void drop_last_char(char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        n--;
        if (((unsigned char)s[n] & 0xC0) != 0x80)
            break;
    }
    s[n] = '\0';
}

int w_filter_key(app *a, int key)
{
    char *f = a->v.filter;
    size_t cap = sizeof a->v.filter;
    if (key == KEYS_ESC) {
        f[0] = '\0';
        a->filtering = false;
        return H_HANDLED | H_REVIEW | H_REDRAW;
    }
    if (key == '\n' || key == '\r' || key == KEYS_FN(KEY_ENTER)) {
        a->filtering = false;
        return H_HANDLED | H_REDRAW;
    }
    if (key == KEYS_FN(KEY_BACKSPACE) || key == 127 || key == 8) {
        drop_last_char(f);
        return H_HANDLED | H_REVIEW | H_REDRAW;
    }
    if (key == KEYS_CTRL('u')) {
        f[0] = '\0';
        return H_HANDLED | H_REVIEW | H_REDRAW;
    }
    if (key >= 0x20 && key != 0x7f && key < 0x110000 && !(key >= 0x80 && key < 0xa0)) {
        char enc[MB_LEN_MAX];
        int n;
        if (key < 0x80) {
            enc[0] = (char)key;
            n = 1;
        } else {
            mbstate_t st;
            memset(&st, 0, sizeof st);
            size_t k = wcrtomb(enc, (wchar_t)key, &st);
            if (k == (size_t)-1 || k > sizeof enc)
                return H_HANDLED;
            n = (int)k;
        }
        size_t len = strlen(f);
        if (len + (size_t)n < cap) {
            memcpy(f + len, enc, (size_t)n);
            f[len + (size_t)n] = '\0';
        }
        return H_HANDLED | H_REVIEW | H_REDRAW;
    }
    return H_HANDLED; /* other keys do nothing while typing */
}

const widget W_FOOTER = {"footer", footer_draw, NULL};
