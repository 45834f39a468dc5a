/* w_alerts.c - the worker's active alerts (PREFIX/alerts, converza-mqtt(7))
 * on the dashboard: a banner line with the count and the newest, marks on
 * the affected agents' rows (a team's alert marks the team's agents), a view listing every alert (key a), and the
 * wallboard's large form. */
#include <math.h>
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

/* The wallboard's large form: a header "ALERTS N" and the newest alerts
 * in the big font, each as WHO METRIC VALUE ("ANN CONV 18%"). */

#define WALL_LINES 3     /* alerts shown large under the header, at most */
#define WALL_MAX_K 4     /* largest block size */
#define WALL_SHARE 3     /* the alerts take at most 1/WALL_SHARE of the wall */
#define FORM_LEN 96

/* Short names of the metrics, full then brief; others are shortened by
 * short_metric's rule. */
static const struct {
    const char *metric, *full, *brief;
} METRIC_NAMES[] = {
    {"conversion_rate", "CONVERSION", "CONV"},
    {"avg_upsell_per_call", "UPSELL/CALL", "UPSELL"},
    {"avg_sentiment", "SENTIMENT", "SENT"},
    {"sentiment_negative_share", "NEGATIVE", "NEG"},
    {"sentiment_positive_share", "POSITIVE", "POS"},
    {"sentiment_neutral_share", "NEUTRAL", "NEUT"},
    {"avg_duration_s", "DURATION", "DUR"},
    {"agent_talk_pct", "AGENT TALK", "TALK"},
    {"customer_talk_pct", "CUSTOMER TALK", "CTALK"},
    {"silence_pct", "SILENCE", "SIL"},
    {"avg_longest_monologue_s", "MONOLOGUE", "MONO"},
    {"avg_interruptions", "INTERRUPTIONS", "INTR"},
    {"avg_customer_questions", "QUESTIONS", "QUES"},
    {"avg_csat", "CSAT", "CSAT"},
};

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

/* s in upper case (the font's lower-case k is the thousands sign, not a
 * letter), underscores as spaces, at most words words and each word cut
 * to cut letters (0: whole). */
static void upper_words(const char *s, char *out, size_t n, int words, int cut)
{
    size_t o = 0;
    int w = 1, len = 0;
    for (; *s && o + 1 < n; s++) {
        char c = *s == '_' ? ' ' : *s;
        if (c == ' ') {
            if (o == 0 || out[o - 1] == ' ')
                continue;
            if (++w > words)
                break;
            len = 0;
        } else if (cut && ++len > cut) {
            continue;
        }
        out[o++] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
}

/* The metric's full and brief names: from the table, else the name without
 * "category:", "avg_" and the unit ("_rate", ...), and its first word cut
 * to five letters ("category:escalation_request_rate": ESCALATION REQUEST,
 * ESCAL). */
static void short_metric(const char *metric, char full[FORM_LEN], char brief[FORM_LEN])
{
    for (size_t i = 0; i < sizeof METRIC_NAMES / sizeof METRIC_NAMES[0]; i++)
        if (strcmp(metric, METRIC_NAMES[i].metric) == 0) {
            snprintf(full, FORM_LEN, "%s", METRIC_NAMES[i].full);
            snprintf(brief, FORM_LEN, "%s", METRIC_NAMES[i].brief);
            return;
        }
    char m[FORM_LEN];
    const char *p = strncmp(metric, "category:", 9) == 0 ? metric + 9 : metric;
    p = strncmp(p, "avg_", 4) == 0 ? p + 4 : p;
    snprintf(m, sizeof m, "%s", p);
    static const char *const units[] = {"_rate", "_share", "_pct", "_s"};
    for (size_t i = 0; i < 4; i++)
        if (ends_with(m, units[i]) && strlen(m) > strlen(units[i])) {
            m[strlen(m) - strlen(units[i])] = '\0';
            break;
        }
    upper_words(m, full, FORM_LEN, 3, 0);
    upper_words(m, brief, FORM_LEN, 1, 5);
}

/* The value as the wall shows it: rates and shares whole percent, others
 * with one decimal below 100. */
static void short_value(const snap_alert *al, char out[32])
{
    double v = al->value;
    bool pct = ends_with(al->metric, "_rate") || ends_with(al->metric, "_share") ||
               ends_with(al->metric, "_pct");
    if (!isfinite(v) || fabs(v) >= 1e12)
        snprintf(out, 32, "?");
    else if (pct)
        snprintf(out, 32, "%.0f%%", v);
    else
        snprintf(out, 32, fabs(v) >= 100 ? "%.0f" : "%.1f", v);
}

/* Who the alert is about: its agent (or team) by name, ALL for the whole
 * floor. */
static const char *scope_name(const snap_alert *al)
{
    if (al->agent && al->agent[0])
        return al->agent;
    return al->team && al->team[0] ? al->team : "all";
}

/* The forms of an alert, longest first: the whole name and metric, the
 * first word of the name (cut to 8 letters, so a long agent or team name
 * fits too), then the brief metric. */
#define NFORMS 3
static void alert_forms(const snap_alert *al, char out[NFORMS][FORM_LEN])
{
    char who[FORM_LEN], who1[FORM_LEN], mf[FORM_LEN], mb[FORM_LEN], v[32];
    upper_words(scope_name(al), who, sizeof who, 4, 0);
    upper_words(scope_name(al), who1, sizeof who1, 1, 8);
    short_metric(al->metric, mf, mb);
    short_value(al, v);
    snprintf(out[0], FORM_LEN, "%.40s %.30s %.20s", who, mf, v);
    snprintf(out[1], FORM_LEN, "%.40s %.30s %.20s", who1, mf, v);
    snprintf(out[2], FORM_LEN, "%.40s %.30s %.20s", who1, mb, v);
}

/* The first form of f that fits w columns at size z, or NULL. */
static const char *form_fit(char f[NFORMS][FORM_LEN], int w, bigfont_size z)
{
    for (int i = 0; i < NFORMS; i++)
        if (bigfont_width(f[i]) * z.kx <= w)
            return f[i];
    return NULL;
}

typedef struct {
    bool big;                 /* false: text lines */
    bigfont_size z;
    int lines;                /* big: alerts under the header */
    int rows;                 /* rows the form takes */
    char head[32];
    char forms[WALL_LINES][NFORMS][FORM_LEN];
    const char *use[WALL_LINES];
} wall_plan;

/* How the alerts go on a wall of w x h: the size rule of the wallboard's
 * labels (w_wall.c) - the largest size, k x k blocks for k = WALL_MAX_K..1,
 * then half-height (UTF-8 only), at which the header and the newest alert
 * in one of its forms fit the width and, with a blank row between, a third
 * of the height; one size for all lines, and as many more alerts at it as
 * the third holds. Else text: a line per alert under a header where the
 * third has four rows, else the banner line. */
static void wall_plan_make(const app *a, int w, int h, wall_plan *p)
{
    size_t n = a->m.alerts.n;
    int budget = h / WALL_SHARE, want = n < WALL_LINES ? (int)n : WALL_LINES;
    memset(p, 0, sizeof *p);
    snprintf(p->head, sizeof p->head, "ALERT%s %zu", n == 1 ? "" : "S", n);
    for (int i = 0; i < want; i++)
        alert_forms(&a->m.alerts.v[i], p->forms[i]);
    for (int k = WALL_MAX_K; k >= 0 && want > 0; k--) {
        bigfont_size z = k > 0 ? (bigfont_size){k, 2 * k} : (bigfont_size){1, 1};
        int rows = bigfont_rows(z);
        if (!bigfont_size_ok(a->t, z) || 2 * rows + 1 > budget || bigfont_width(p->head) * z.kx > w ||
            !(p->use[0] = form_fit(p->forms[0], w, z)))
            continue;
        p->big = true;
        p->z = z;
        p->lines = 1;
        while (p->lines < want && (p->lines + 2) * (rows + 1) - 1 <= budget &&
               (p->use[p->lines] = form_fit(p->forms[p->lines], w, z)))
            p->lines++;
        p->rows = (p->lines + 1) * (rows + 1) - 1;
        return;
    }
    /* Text lines only where the wall keeps room for its pages' larger
     * forms; a small wall has the one banner line. */
    p->rows = budget >= 4 ? 1 + (int)(n < (size_t)budget - 1 ? n : (size_t)budget - 1) : 1;
    if (p->rows > 1 + WALL_LINES)
        p->rows = 1 + WALL_LINES;
}

int w_alerts_wall_draw(const app *a, rect r)
{
    if (!a->m.alerts.n || r.h < 1)
        return 0;
    const term *t = a->t;
    wall_plan p;
    wall_plan_make(a, r.w - 2, r.h, &p);
    if (p.rows == 1) {
        w_alerts_banner_draw(a, (rect){r.y, r.x, 1, r.w});
        return 1;
    }
    /* Red on the paper (EL_ALERT's white on red would paint the half
     * blocks' other half red); bold, not underlined, without colour. */
    attr_t at = (term_attr(t, EL_BAD) & ~(attr_t)A_UNDERLINE) | A_BOLD;
    if (p.big) {
        int step = bigfont_rows(p.z) + 1;
        bigfont_draw_sized(t, r.y, r.x + (r.w - bigfont_width(p.head) * p.z.kx) / 2, at, p.head, p.z);
        for (int i = 0; i < p.lines; i++)
            bigfont_draw_sized(t, r.y + (i + 1) * step, r.x + (r.w - bigfont_width(p.use[i]) * p.z.kx) / 2,
                               at, p.use[i], p.z);
        return p.rows;
    }
    char head[64];
    snprintf(head, sizeof head, "%zu ACTIVE ALERT%s", a->m.alerts.n, a->m.alerts.n == 1 ? "" : "S");
    draw_blank(r.y, r.x, r.w, term_attr(t, EL_ALERT));
    draw_text_center(t, r.y, r.x, r.w, term_attr(t, EL_ALERT), head);
    for (int i = 0; i + 1 < p.rows && (size_t)i < a->m.alerts.n; i++) {
        char what[400];
        describe(&a->m.alerts.v[i], what, sizeof what);
        draw_text_fit(t, r.y + 1 + i, r.x + 1, r.w - 2, A_BOLD, what);
    }
    return p.rows;
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
