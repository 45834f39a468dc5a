/* layout.c - one frame: decides where each widget goes for the terminal size
 * (full dashboard, compact view for small terminals or whenever it shows
 * more agents than the full one can, "too small" below
 * APP_MIN_COLS x APP_MIN_ROWS), then draws them and updates the terminal. */
#include <stdio.h>

#include "layout.h"
#include "widget.h"

#define CARDS_H 4       /* title, today, window, spacing */
#define TREND_H 4       /* title + calls, conversion, upsell */
#define SENT_SIDE_H 4   /* sentiment panel beside the trends (talk line last) */
#define SENT_STACK_H 2  /* sentiment panel under the trends, +1 for the talk line */
#define MIN_TABLE_H 6   /* column header + five agents */
#define SIDE_BY_SIDE_COLS 100
#define FULL_MIN_ROWS 18
#define FULL_MIN_COLS 60

static void draw_too_small(const app *a)
{
    char need[32];
    snprintf(need, sizeof need, "need %dx%d", APP_MIN_COLS, APP_MIN_ROWS);
    attr_t alert = term_attr(a->t, EL_ALERT);
    if (LINES >= 2) {
        int y = (LINES - 2) / 2;
        draw_text_center(a->t, y, 0, COLS, alert, "terminal too small");
        draw_text_center(a->t, y + 1, 0, COLS, A_NORMAL, need);
    } else {
        char msg[64];
        snprintf(msg, sizeof msg, "terminal too small: %s", need);
        draw_text(a->t, 0, 0, COLS, alert, msg);
    }
}

/* Places and draws the full dashboard's panels; with draw false only
 * places them. Returns the agent table's height. */
static int draw_full(app *a, bool draw)
{
    int W = COLS, y = w_header_rows(a, W);
    if (draw) {
        W_HEADER.draw(a, (rect){0, 0, y, W});
        w_alerts_banner_draw(a, (rect){y, 0, 1, W});
    }
    y += w_alerts_banner_rows(a);
    if (draw)
        W_CARDS.draw(a, (rect){y, 0, CARDS_H - 1, W});
    y += CARDS_H;
    int avail = LINES - y - 1; /* minus the footer */
    bool side = W >= SIDE_BY_SIDE_COLS;
    int stack_h = SENT_STACK_H; /* plus the talk line when it has one and it fits */
    if (!side && w_sentiment_has_talk(a) && avail - (TREND_H + stack_h + 1) >= MIN_TABLE_H)
        stack_h++;
    int middle = side ? TREND_H : TREND_H + stack_h;
    if (avail - middle >= MIN_TABLE_H) {
        if (draw && side) {
            int tw = W * 3 / 5;
            W_TREND.draw(a, (rect){y, 0, TREND_H, tw - 1});
            W_SENTIMENT.draw(a, (rect){y, tw + 1, SENT_SIDE_H, W - tw - 1});
        } else if (draw) {
            W_TREND.draw(a, (rect){y, 0, TREND_H, W});
            W_SENTIMENT.draw(a, (rect){y + TREND_H, 0, stack_h, W});
        }
        y += middle + 1;
    } else if (avail - SENT_STACK_H >= MIN_TABLE_H) {
        if (draw)
            W_SENTIMENT.draw(a, (rect){y, 0, SENT_STACK_H, W});
        y += SENT_STACK_H + 1;
    }
    rect table = {y, 0, LINES - 1 - y, W};
    if (!draw)
        return table.h;
    a->table_rows = app_table_rows(a, table.h);
    a->table_cols = table.w;
    a->table_y = table.y;
    app_clamp_selection(a, a->table_rows);
    W_TABLE.draw(a, table);
    W_FOOTER.draw(a, (rect){LINES - 1, 0, 1, W});
    return table.h;
}

/* The compact view instead of the full one when the full one's panels leave
 * the table less than half the agents the compact one shows, and there are
 * agents it cannot show: then the compact view shows more. */
static bool compact_shows_more(app *a)
{
    int full = app_table_rows(a, draw_full(a, false));
    int compact = app_table_rows(a, LINES - w_header_rows(a, COLS) - 2);
    return a->v.shown > (size_t)(full > 0 ? full : 0) && 2 * full < compact;
}

static void draw_compact(app *a)
{
    int W = COLS, hr = w_header_rows(a, W);
    W_HEADER.draw(a, (rect){0, 0, hr, W});
    w_alerts_banner_draw(a, (rect){hr, 0, 1, W});
    hr += w_alerts_banner_rows(a);
    w_cards_draw_compact(a, (rect){hr, 0, 1, W});
    rect table = {hr + 1, 0, LINES - hr - 2, W};
    a->table_rows = app_table_rows(a, table.h);
    a->table_cols = table.w;
    a->table_y = table.y;
    app_clamp_selection(a, a->table_rows);
    W_TABLE.draw(a, table);
    W_FOOTER.draw(a, (rect){LINES - 1, 0, 1, W});
}

void layout_draw(app *a)
{
    a->now = time(NULL);
    a->mono = cz_now_mono();
    erase();
    if (COLS < APP_MIN_COLS || LINES < APP_MIN_ROWS) {
        draw_too_small(a);
    } else if (a->help) {
        W_HELP.draw(a, (rect){0, 0, LINES, COLS});
    } else if (a->alerts_view || a->cats_view) {
        int hr = w_header_rows(a, COLS);
        W_HEADER.draw(a, (rect){0, 0, hr, COLS});
        (a->alerts_view ? W_ALERTS : W_CATS).draw(a, (rect){hr, 0, LINES - hr - 1, COLS});
    } else if (a->dr.mode != DRILL_OFF) {
        int hr = w_header_rows(a, COLS);
        W_HEADER.draw(a, (rect){0, 0, hr, COLS});
        rect body = {hr, 0, LINES - hr - 1, COLS};
        w_calls_prepare(a, body);
        W_CALLS.draw(a, body);
        W_FOOTER.draw(a, (rect){LINES - 1, 0, 1, COLS});
    } else if (a->map && !a->wallboard) {
        int hr = w_header_rows(a, COLS);
        W_HEADER.draw(a, (rect){0, 0, hr, COLS});
        W_MAP.draw(a, (rect){hr, 0, LINES - hr - 1, COLS});
    } else if (a->teams_view && !a->wallboard) {
        int hr = w_header_rows(a, COLS);
        W_HEADER.draw(a, (rect){0, 0, hr, COLS});
        W_TEAMS.draw(a, (rect){hr, 0, LINES - hr - 1, COLS});
        W_FOOTER.draw(a, (rect){LINES - 1, 0, 1, COLS});
    } else if (a->hours) {
        int hr = w_header_rows(a, COLS);
        W_HEADER.draw(a, (rect){0, 0, hr, COLS});
        W_HOURS.draw(a, (rect){hr, 0, LINES - hr - 1, COLS});
        W_FOOTER.draw(a, (rect){LINES - 1, 0, 1, COLS});
    } else if (a->wallboard) {
        int hr = w_header_rows(a, COLS);
        W_HEADER.draw(a, (rect){0, 0, hr, COLS});
        hr += w_alerts_wall_draw(a, (rect){hr, 0, LINES - hr - 1, COLS});
        W_WALL.draw(a, (rect){hr, 0, LINES - hr - 1, COLS});
        W_FOOTER.draw(a, (rect){LINES - 1, 0, 1, COLS});
    } else if (LINES >= FULL_MIN_ROWS && COLS >= FULL_MIN_COLS && !compact_shows_more(a)) {
        draw_full(a, true);
    } else {
        draw_compact(a);
    }
    wnoutrefresh(stdscr);
    doupdate();
}
