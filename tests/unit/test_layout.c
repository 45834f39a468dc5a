/* test_layout.c - where the dashboard puts its panels (src/tui/layout.c) for
 * each terminal size, read back from an off-screen curses screen fed with
 * real payloads: header on top, footer at the bottom, the agent table's
 * column titles right above the rows it reports, trends and sentiment side
 * by side from 100 columns, stacked below, gone when the table needs the
 * room; the compact view, the wallboard, help, "terminal too small", and the
 * selection kept on screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "layout.h"
#include "t.h"

static char line_buf[512];

/* Row y of the screen as text. */
static const char *screen_line(int y)
{
    int n = mvinnstr(y, 0, line_buf, (int)sizeof line_buf - 1);
    line_buf[n > 0 ? n : 0] = '\0';
    return line_buf;
}

static int line_has(int y, const char *s)
{
    return strstr(screen_line(y), s) != NULL;
}

/* The first row holding s, or -1. */
static int find_row(const char *s)
{
    for (int y = 0; y < LINES; y++)
        if (line_has(y, s))
            return y;
    return -1;
}

static kpi_counts counts(int64_t calls)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    k.calls = calls;
    k.conversions = calls / 3;
    k.upsell_cents = calls * 1250;
    k.positive = calls / 2;
    k.neutral = calls - calls / 2;
    return k;
}

/* Gives a the payloads of n agents, a summary and a trend, as the broker does. */
static void give_payloads(app *a, size_t n)
{
    snap_summary s;
    memset(&s, 0, sizeof s);
    s.schema = SNAPSHOT_SCHEMA;
    s.generated_at = a->now;
    s.batch_id = "1";
    memcpy(s.today, "2025-10-09", 11);
    s.k.today = s.k.week = s.k.all = counts(100);
    snap_agent *v = calloc(n, sizeof *v);
    char (*names)[16] = calloc(n, sizeof *names);
    for (size_t i = 0; i < n; i++) {
        snprintf(names[i], sizeof names[i], "Agent %02zu", i);
        v[i].agent_name = names[i];
        v[i].k.today = v[i].k.week = v[i].k.all = counts(10 + (int64_t)i);
    }
    snap_agents ag = {.schema = SNAPSHOT_SCHEMA, .generated_at = a->now, .v = v, .n = n};
    snap_day days[2] = {{"2025-10-08", counts(40)}, {"2025-10-09", counts(60)}};
    snap_trend tr = {.schema = SNAPSHOT_SCHEMA, .generated_at = a->now, .v = days, .n = 2};
    char *p[3] = {snap_summary_encode(&s), snap_agents_encode(&ag, SNAPSHOT_AGENTS_BYTES, NULL), snap_trend_encode(&tr)};
    feed_topic topic[3] = {FEED_SUMMARY, FEED_AGENTS, FEED_TREND};
    for (int i = 0; i < 3; i++)
        app_offer(a, topic[i], p[i], strlen(p[i])); /* takes p[i] */
    free(v);
    free(names);
}

/* The table's column titles sit right above the rows it reports, which end
 * right above the footer. */
static int table_fits(const app *a)
{
    return a->table_rows > 0 && line_has(LINES - 2 - a->table_rows, "Agent");
}

static void sized(term *t, int rows, int cols)
{
    resize_term(rows, cols);
    (void)t;
}

int main(void)
{
    term t;
    term_opts to = {true, true};
    cz_err err;
    if (term_open_null(&t, &to, 50, 160, &err) < 0) {
        printf("FAIL layout: %s\n", err.msg);
        return 1;
    }
    app a;
    app_init(&a, &t, "test:1", 30, 120, false);
    give_payloads(&a, 40);
    a.m.conn = FEED_UP; /* connected: the footer shows the keys */
    app_sync_view(&a, true);

    layout_draw(&a);
    int trend = find_row("Trend per day"), sent = find_row("Sentiment, Today");
    CHECK(line_has(0, "Converza") && line_has(LINES - 1, "Quit"),
          "160x50: header on the first line, key hints on the last");
    CHECK(find_row("Total calls") > 0 && find_row("Total calls") < trend,
          "160x50: scorecards under the header, above the trends");
    CHECK(trend > 0 && trend == sent && strstr(screen_line(sent), "Sentiment") - line_buf > 80,
          "160x50: sentiment beside the trends, in the right part");
    CHECK(table_fits(&a) && a.table_rows == 37,
          "160x50: the table takes the rest: 37 agents and the legend line");
    CHECK(find_row("top 3") == LINES - 2 && strstr(screen_line(LINES - 2), "bottom 3 by score"),
          "160x50: the legend says what the marks mean, above the footer");

    sized(&t, 50, 99);
    layout_draw(&a);
    trend = find_row("Trend per day"), sent = find_row("Sentiment, Today");
    CHECK(trend > 0 && sent > trend + 3, "99x50: sentiment under the trends");
    CHECK(table_fits(&a), "99x50: table rows end above the footer");

    sized(&t, 18, 99);
    snprintf(a.v.filter, sizeof a.v.filter, "Agent 0"); /* Agent 00 .. 09: ten */
    app_sync_view(&a, false);
    layout_draw(&a);
    CHECK(find_row("Trend per day") < 0 && line_has(2, "Agent") && a.table_rows == 13,
          "99x18, ten agents: the compact view shows 13 rows where the full one has 4");
    snprintf(a.v.filter, sizeof a.v.filter, "Agent 0%s", "1");
    app_sync_view(&a, false);
    layout_draw(&a);
    /* MIN_TABLE_H says "column header + five agents", but the blank line
     * under the middle panels comes out of it: four agents. */
    CHECK(find_row("Trend per day") > 0 && table_fits(&a) && a.table_rows == 4,
          "99x18, one agent: the smallest full view keeps trends and four rows");
    a.v.filter[0] = '\0';
    app_sync_view(&a, false);

    sized(&t, 17, 70);
    layout_draw(&a);
    CHECK(line_has(0, "Converza") && line_has(2, "Agent") && find_row("Total calls") < 0,
          "70x17: compact view, one line of cards, the table from line 3");
    CHECK(table_fits(&a) && a.table_rows == LINES - 5, "70x17: the table takes the rest but the legend");

    a.sel = 35;
    layout_draw(&a);
    CHECK(a.top <= a.sel && a.sel < a.top + (size_t)a.table_rows,
          "70x17: the selected agent is scrolled into view");

    sized(&t, 4, 19);
    layout_draw(&a);
    CHECK(find_row("terminal too small") >= 0 || find_row("need 20x5") >= 0,
          "19x4: says the terminal is too small and what it needs");

    sized(&t, 24, 80);
    a.help = true;
    layout_draw(&a);
    CHECK(find_row("Score 0-100") >= 0 && find_row("Total calls") < 0,
          "80x24: help replaces the panels");
    a.help = false;
    a.wallboard = true;
    layout_draw(&a);
    CHECK(line_has(0, "Converza") && line_has(LINES - 1, "page 1/3") && find_row("Agent 00") < 0,
          "80x24: wallboard between header and footer, no agent table");
    CHECK(!line_has(LINES - 1, "Quit") && strchr(screen_line(LINES - 1), ':'),
          "80x24: the wallboard's footer has a clock, not key hints");
    /* The trends page: spare height goes to the bar charts (# in ASCII). */
    a.wall_page = 2;
    int bars24 = 0, bars50 = 0;
    layout_draw(&a);
    for (int y = 0; y < LINES; y++)
        bars24 += strchr(screen_line(y), '#') != NULL;
    sized(&t, 50, 80);
    layout_draw(&a);
    for (int y = 0; y < LINES; y++)
        bars50 += strchr(screen_line(y), '#') != NULL;
    CHECK(find_row("Calls per day") >= 0 && bars24 > 0 && bars50 >= 2 * bars24,
          "wallboard trends: the bar charts take the spare height (80x50 at least twice the rows of 80x24)");
    a.wall_page = 0;

    app_free(&a);
    term_close(&t);
    T_END();
}
