/* w_alerts.c - the worker's active alerts (PREFIX/alerts, converza-mqtt(7))
 * on the dashboard: a banner line with the count and the newest, marks on
 * the affected agents' rows (a team's alert marks the team's agents), a view listing every alert (key a), and the
 * wallboard's large form. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bigfont.h"
#include "widget.h"

/* One alert in words: "Ann Low: conversion_rate 12.50 (threshold 25.00,
 * today)", "team Sales: ..." for a team's; anomalies give the baseline
 * instead. */
static void describe(const snap_alert *al, char *out, size_t n)
{
    char team[SNAPSHOT_MAX_TEXT * 2 + 8];
    snprintf(team, sizeof team, "team %s", al->team ? al->team : "");
    const char *who = al->agent[0] ? al->agent : al->team && al->team[0] ? team : "all agents";
    if (strcmp(al->kind, "anomaly") == 0)
        snprintf(out, n, "%s: %s %.2f (baseline %.2f +/- %.2f)", who, al->metric, al->value,
                 al->baseline_mean, al->baseline_sd);
    else
        snprintf(out, n, "%s: %s %.2f (threshold %.2f, %s)", who, al->metric, al->value,
                 al->threshold, al->window);
}

static void since(const snap_alert *al, char out[16])
{
    time_t t = (time_t)al->since;
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(out, 16, "%H:%M", &tm))
        snprintf(out, 16, "?");
}

int w_alerts_banner_rows(const app *a)
{
    return a->m.alerts.n > 0 ? 1 : 0;
}

void w_alerts_banner_draw(const app *a, rect r)
{
    if (!a->m.alerts.n || r.h < 1)
        return;
    const term *t = a->t;
    attr_t at = term_attr(t, EL_ALERT);
    draw_blank(r.y, r.x, r.w, at);
    char what[400], when[16], line[512];
    describe(&a->m.alerts.v[0], what, sizeof what);
    since(&a->m.alerts.v[0], when);
    snprintf(line, sizeof line, " %zu ALERT%s  newest %s: %s   (a: list)", a->m.alerts.n,
             a->m.alerts.n == 1 ? "" : "S", when, what);
    draw_text_fit(t, r.y, r.x, r.w, at, line);
}

bool w_alerts_team_marked(const app *a, const char *team)
{
    for (size_t i = 0; team && i < a->m.alerts.n; i++)
        if (a->m.alerts.v[i].team && a->m.alerts.v[i].team[0] &&
            strcmp(a->m.alerts.v[i].team, team) == 0)
            return true;
    return false;
}

bool w_alerts_agent_marked(const app *a, const char *agent)
{
    bool team_alerts = false;
    for (size_t i = 0; agent && i < a->m.alerts.n; i++) {
        if (strcmp(a->m.alerts.v[i].agent, agent) == 0)
            return true;
        team_alerts |= a->m.alerts.v[i].team && a->m.alerts.v[i].team[0];
    }
    if (!team_alerts)
        return false;
    /* A team's alert marks its agents: the team of the agent's newest call,
     * as the agents payload says. */
    for (size_t i = 0; i < a->m.agents.n; i++)
        if (strcmp(a->m.agents.v[i].agent_name, agent) == 0)
            return w_alerts_team_marked(a, a->m.agents.v[i].team);
    return false;
}

int w_alerts_wall_rows(const app *a, int height)
{
    if (!a->m.alerts.n)
        return 0;
    return height >= BIGFONT_ROWS + 10 ? BIGFONT_ROWS + 1 : 1;
}

/* The wallboard: the count in big digits beside the newest alerts. */
void w_alerts_wall_draw(const app *a, rect r)
{
    if (!a->m.alerts.n || r.h < 1)
        return;
    if (r.h < BIGFONT_ROWS) {
        w_alerts_banner_draw(a, r);
        return;
    }
    const term *t = a->t;
    attr_t at = term_attr(t, EL_ALERT);
    char n[24];
    snprintf(n, sizeof n, "%zu", a->m.alerts.n);
    int bw = bigfont_width(n);
    bigfont_draw(t, r.y, r.x + 1, at, n);
    int x = r.x + bw + 3;
    if (x >= r.x + r.w)
        return;
    draw_text(t, r.y, x, r.x + r.w - x, at | A_BOLD,
              a->m.alerts.n == 1 ? "ACTIVE ALERT" : "ACTIVE ALERTS");
    for (size_t i = 0; i < a->m.alerts.n && (int)i + 1 < BIGFONT_ROWS; i++) {
        char what[400];
        describe(&a->m.alerts.v[i], what, sizeof what);
        draw_text_fit(t, r.y + 1 + (int)i, x, r.x + r.w - x, A_BOLD, what);
    }
}

static void alerts_draw(const app *a, rect r)
{
    const term *t = a->t;
    int y = r.y, end = r.y + r.h;
    char title[96];
    snprintf(title, sizeof title, "Active alerts: %zu   (a or Esc returns)", a->m.alerts.n);
    draw_blank(y, r.x, r.w, term_attr(t, EL_HEADER));
    draw_text(t, y++, r.x + 1, r.w - 1, term_attr(t, EL_HEADER), title);
    if (!a->m.has[FEED_ALERTS]) {
        draw_text_fit(t, y + 1, r.x + 2, r.w - 2, term_attr(t, EL_LABEL),
                      "no alerts received: the worker has no alert rules, or has not published"
                      " yet");
        return;
    }
    if (!a->m.alerts.n)
        draw_text_fit(t, y + 1, r.x + 2, r.w - 2, term_attr(t, EL_GOOD), "no active alerts");
    for (size_t i = 0; i < a->m.alerts.n && y + 2 < end; i++) {
        const snap_alert *al = &a->m.alerts.v[i];
        char what[400], when[16], rule[300];
        describe(al, what, sizeof what);
        since(al, when);
        y++;
        int x = r.x + 2;
        x += draw_text(t, y, x, 8, term_attr(t, EL_ALERT), when);
        draw_text_fit(t, y, x + 1, r.x + r.w - x - 1, A_BOLD, what);
        snprintf(rule, sizeof rule, "rule: %s", al->rule);
        draw_text_fit(t, ++y, r.x + 10, r.w - 10, term_attr(t, EL_LABEL), rule);
    }
}

static int alerts_key(app *a, int key, key_action act)
{
    if (key == KEYS_ESC) {
        a->alerts_view = false;
        return H_HANDLED | H_FULL | H_REDRAW;
    }
    (void)act;
    return 0; /* everything else as usual: a closes, q quits */
}

const widget W_ALERTS = {"alerts", alerts_draw, alerts_key};
