/* bench.c - off-screen render benchmark (see bench.h). Every frame is drawn
 * in full (clearok), the worst case: a real repaint only sends changes. */
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "app.h"
#include "layout.h"

#define BENCH_TEAMS 20 /* teams the agents are spread over */

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A deterministic pseudo-random sequence, so runs compare. */
static uint32_t next_rand(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

static kpi_counts fake_counts(uint32_t *seed, int64_t scale)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    k.calls = 1 + (int64_t)(next_rand(seed) % (uint32_t)(10 * scale));
    k.conversions = (int64_t)(next_rand(seed) % (uint32_t)(k.calls + 1));
    k.upsell_cents = k.conversions * (int64_t)(next_rand(seed) % 9000);
    k.positive = (int64_t)(next_rand(seed) % (uint32_t)(k.calls + 1));
    k.negative = (int64_t)(next_rand(seed) % (uint32_t)(k.calls - k.positive + 1));
    k.neutral = k.calls - k.positive - k.negative;
    k.sentiment_e4 = 6000 * k.positive - 6000 * k.negative;
    /* conversation metrics: most calls timed, some rated, some agents none */
    if (next_rand(seed) % 8 == 0)
        return k;
    k.timed_calls = k.calls - (int64_t)(next_rand(seed) % (uint32_t)(k.calls / 4 + 1));
    k.duration_ms_sum = k.timed_calls * (60000 + (int64_t)(next_rand(seed) % 600000));
    k.agent_talk_bp_sum = k.timed_calls * (3000 + (int64_t)(next_rand(seed) % 4000));
    k.customer_talk_bp_sum = k.timed_calls * (1000 + (int64_t)(next_rand(seed) % 2000));
    k.silence_bp_sum = k.timed_calls * (int64_t)(next_rand(seed) % 1000);
    k.monologue_ms_sum = k.duration_ms_sum / 5;
    k.interruptions_sum = (int64_t)(next_rand(seed) % (uint32_t)(3 * k.timed_calls + 1));
    k.questions_sum = (int64_t)(next_rand(seed) % (uint32_t)(4 * k.calls + 1));
    k.csat_calls = k.calls / 3;
    k.csat_sum = k.csat_calls * (int64_t)(5 + next_rand(seed) % 6);
    return k;
}

static void fake_model(model *m, long agents, time_t now)
{
    uint32_t seed = 12345;
    m->summary.schema = SNAPSHOT_SCHEMA;
    m->summary.generated_at = now;
    m->summary.batch_id = xstrdup("bench");
    memcpy(m->summary.today, "2025-10-09", 11);
    m->summary.k.today = fake_counts(&seed, 500);
    m->summary.k.week = fake_counts(&seed, 3000);
    m->summary.k.all = fake_counts(&seed, 20000);
    /* targets, the usual and ranking, so every cell draws its glyph */
    m->summary.k.baseline = fake_counts(&seed, 3000);
    m->summary.baseline_days = 7;
    m->summary.min_calls = 1;
    m->summary.targets = (snap_targets){true, 5, {30, 10, 400, 20}, NULL, 0};
    m->has[FEED_SUMMARY] = true;

    m->agents.schema = SNAPSHOT_SCHEMA;
    m->agents.generated_at = now;
    m->agents.n = (size_t)agents;
    m->agents.v = xcalloc((size_t)agents + 1, sizeof *m->agents.v);
    for (long i = 0; i < agents; i++) {
        char name[64];
        snprintf(name, sizeof name, "Agent %04ld %s", i,
                 (const char *[]){"Smith", "Garc\xc3\xad" "a", "Nguyen", "M\xc3\xbcller"}[i % 4]);
        m->agents.v[i].agent_name = xstrdup(name);
        m->agents.v[i].k.today = fake_counts(&seed, 2);
        m->agents.v[i].k.week = fake_counts(&seed, 10);
        m->agents.v[i].k.all = fake_counts(&seed, 40);
        m->agents.v[i].k.baseline = fake_counts(&seed, 10);
        snprintf(name, sizeof name, "Team %02ld", i % BENCH_TEAMS);
        m->agents.v[i].team = xstrdup(name);
    }
    /* the teams (every agent in one), half of them with targets of their own */
    m->teams.schema = SNAPSHOT_SCHEMA;
    m->teams.generated_at = now;
    memcpy(m->teams.today, "2025-10-09", 11);
    m->teams.n = BENCH_TEAMS;
    m->teams.total = BENCH_TEAMS;
    m->teams.v = xcalloc(BENCH_TEAMS, sizeof *m->teams.v);
    m->summary.targets.teams = xcalloc(BENCH_TEAMS, sizeof *m->summary.targets.teams);
    for (int i = 0; i < BENCH_TEAMS; i++) {
        char name[32];
        snprintf(name, sizeof name, "Team %02d", i);
        m->teams.v[i].team = xstrdup(name);
        m->teams.v[i].agents = agents / BENCH_TEAMS;
        m->teams.v[i].k = (kpi_windows){fake_counts(&seed, 50), fake_counts(&seed, 300),
                                        fake_counts(&seed, 2000), fake_counts(&seed, 300)};
        if (i % 2 == 0)
            m->summary.targets.teams[m->summary.targets.nteams++] =
                (snap_team_target){xstrdup(name), {25 + i % 10, 8, -1, 25}};
    }
    m->has[FEED_TEAMS] = true;
    m->has[FEED_AGENTS] = true;
    m->agents_gen++;

    m->trend.schema = SNAPSHOT_SCHEMA;
    m->trend.generated_at = now;
    m->trend.n = 60;
    m->trend.v = xcalloc(m->trend.n, sizeof *m->trend.v);
    for (size_t i = 0; i < m->trend.n; i++) {
        snprintf(m->trend.v[i].day, sizeof m->trend.v[i].day, "2025-%02d-%02d", (int)(8 + i / 30 % 4),
                 (int)(1 + i % 30));
        m->trend.v[i].k = fake_counts(&seed, 300);
    }
    m->has[FEED_TREND] = true;

    /* Today's hours: 24 for the floor, and for the first 500 agents. */
    m->hours.schema = SNAPSHOT_SCHEMA;
    m->hours.generated_at = now;
    m->hours.timezone = xstrdup("America/Los_Angeles");
    memcpy(m->hours.day, "2025-10-09", 11);
    m->hours.current = now - now % 3600;
    m->hours.current_hour = 23;
    m->hours.n = 24;
    m->hours.v = xcalloc(24, sizeof *m->hours.v);
    size_t na = agents < SNAPSHOT_HOURS_AGENTS ? (size_t)agents : SNAPSHOT_HOURS_AGENTS;
    m->hours.a = xcalloc(na + 1, sizeof *m->hours.a);
    m->hours.na = na;
    m->hours.agents_total = (int64_t)na;
    for (int i = 0; i < 24; i++) {
        kpi_counts k = fake_counts(&seed, 50);
        m->hours.v[i] = (snap_hour){m->hours.current - (23 - i) * 3600, i, k.calls, k.conversions,
                                    k.upsell_cents, kpi_avg_sentiment(&k)};
    }
    for (size_t j = 0; j < na; j++) {
        m->hours.a[j].agent_name = xstrdup(m->agents.v[j].agent_name);
        m->hours.a[j].n = 24;
        m->hours.a[j].v = xcalloc(24, sizeof(snap_hour));
        for (int i = 0; i < 24; i++) {
            kpi_counts k = fake_counts(&seed, 1);
            m->hours.a[j].v[i] = (snap_hour){m->hours.current - (23 - i) * 3600, i, k.calls,
                                             k.conversions, k.upsell_cents, kpi_avg_sentiment(&k)};
        }
    }
    m->has[FEED_HOURS] = true;
    m->conn = FEED_UP;
}

/* The first agent's drill-down payload: SNAPSHOT_CALLS_SENT calls of today
 * with full evidence and 40 turns of about 200 bytes each, as a long call
 * has. Applied through the codec, as the dashboard receives it. */
static void fake_calls(app *a, time_t now)
{
    snap_calls s = {SNAPSHOT_SCHEMA, now, xstrdup(a->m.agents.v[0].agent_name), 5000, NULL, 0};
    s.v = xcalloc(SNAPSHOT_CALLS_SENT, sizeof *s.v);
    const char *words = "I would like to hear more about the extended warranty and whether the"
                        " delivery can come on Saturday morning, my card is [CARD] and e-mail"
                        " [EMAIL], thanks so much for the help today. ";
    for (int i = 0; i < SNAPSHOT_CALLS_SENT; i++) {
        snap_call *c = &s.v[s.n++];
        char id[32];
        snprintf(id, sizeof id, "CALL-%06d", i);
        c->call_id = xstrdup(id);
        c->time = (int64_t)now - i * 300;
        memcpy(c->day, a->m.summary.today, 11);
        c->duration_ms = 60000 + i * 1000;
        c->conversion = i % 2;
        c->upsell_cents = i % 3 ? 4999 : 0;
        c->sentiment = i % 3 - 1;
        c->score_e4 = (i % 3 - 1) * 4000;
        c->n_conv = c->n_upsell = c->n_sent = 3;
        c->conv = xcalloc(3, sizeof *c->conv);
        c->upsell = xcalloc(3, sizeof *c->upsell);
        c->sent = xcalloc(3, sizeof *c->sent);
        for (int k = 0; k < 3; k++) {
            c->conv[k] = (snap_evidence){xstrdup("yes, go ahead and place the order"), 0};
            c->upsell[k] = (snap_evidence){xstrdup("add the express delivery"), 1795};
            c->sent[k] = (snap_evidence){xstrdup("you're a lifesaver"), 0};
        }
        c->has_turns = true;
        c->n_turns = 40;
        c->turns_total = 40;
        c->turns = xcalloc(40, sizeof *c->turns);
        for (int k = 0; k < 40; k++)
            c->turns[k] = (snap_turn){k % 2 ? SNAP_SPK_CUSTOMER : SNAP_SPK_AGENT, xstrdup(words)};
    }
    char *p = snap_calls_encode(&s, SNAPSHOT_CALLS_BYTES, NULL);
    drill_open(&a->dr, s.agent_name);
    a->v.win = WIN_TODAY;
    drill_apply(&a->dr, p, strlen(p), WIN_TODAY, a->m.summary.today);
    free(p);
    snap_calls_free(&s);
}

/* CPU time per full frame of the current view, in seconds. */
static double time_frames(app *a, long frames, void (*step)(app *, long))
{
    layout_draw(a); /* warm up */
    double c0 = cpu_seconds();
    for (long i = 0; i < frames; i++) {
        step(a, i);
        clearok(curscr, TRUE);
        layout_draw(a);
    }
    return (cpu_seconds() - c0) / (double)frames;
}

/* Three active alerts, so the wallboard frame draws them large and the
 * other views their banner. */
static void fake_alerts(model *m, time_t now)
{
    static const char *const who[3] = {"Agent 7", "", "Annabelle Featherstonehaugh"};
    static const char *const metric[3] = {"conversion_rate", "sentiment_negative_share",
                                          "category:escalation_request_rate"};
    m->alerts.v = xcalloc(3, sizeof *m->alerts.v);
    m->alerts.n = 3;
    for (int i = 0; i < 3; i++) {
        snap_alert *al = &m->alerts.v[i];
        al->rule = xstrdup("bench");
        al->kind = xstrdup("threshold");
        al->metric = xstrdup(metric[i]);
        al->window = xstrdup("today");
        al->scope = xstrdup(who[i][0] ? "agent" : "all");
        al->agent = xstrdup(who[i]);
        al->value = 12.5 + i;
        al->threshold = 25;
        al->since = now - 60 * i;
    }
    m->has[FEED_ALERTS] = true;
}

static void step_map(app *a, long i)
{
    a->sel = (size_t)i % (a->v.shown ? a->v.shown : 1); /* moves the highlight */
}

static void step_teams(app *a, long i)
{
    a->team_sel = (int)(i % BENCH_TEAMS);
}

static void step_calls(app *a, long i)
{
    a->dr.sel = (size_t)i % (a->dr.shown ? a->dr.shown : 1);
}

static void step_call(app *a, long i)
{
    a->dr.scroll = (int)(i % 20);
}

int bench_run(long frames, long agents, bool ascii)
{
    term t;
    term_opts to = {ascii, false};
    cz_err err;
    const int rows = 50, cols = 160;
    if (term_open_null(&t, &to, rows, cols, &err) < 0) {
        fprintf(stderr, "converza-tui: bench: %s\n", err.msg);
        return EX_SOFTWARE;
    }
    app a;
    app_init(&a, &t, "bench:0", 30, 120, false);
    fake_model(&a.m, agents, time(NULL));

    double c0 = cpu_seconds();
    app_sync_view(&a, true);
    double build = cpu_seconds() - c0;

    layout_draw(&a); /* warm up */
    c0 = cpu_seconds();
    for (long i = 0; i < frames; i++) {
        a.sel = (size_t)i % (a.v.shown ? a.v.shown : 1); /* scrolls the table */
        clearok(curscr, TRUE);
        layout_draw(&a);
    }
    double draw = (cpu_seconds() - c0) / (double)frames;

    long sorts = frames < 100 ? frames : 100;
    c0 = cpu_seconds();
    for (long i = 0; i < sorts; i++) {
        a.v.sort = (view_col)(i % COL__COUNT);
        a.v.desc = (i / COL__COUNT) % 2 == 0;
        app_sync_view(&a, false);
    }
    double sort = (cpu_seconds() - c0) / (double)sorts;

    fake_alerts(&a.m, time(NULL));
    a.wallboard = true;
    c0 = cpu_seconds();
    for (long i = 0; i < frames; i++) {
        a.wall_page = (int)(i % APP_WALL_PAGES);
        clearok(curscr, TRUE);
        layout_draw(&a);
    }
    double wall = (cpu_seconds() - c0) / (double)frames;
    a.wallboard = false;

    a.map = true;
    double map = time_frames(&a, frames, step_map);
    /* the map of one team: its medians, its agents */
    snprintf(a.v.team, sizeof a.v.team, "Team 03");
    app_sync_view(&a, true);
    double map_team = time_frames(&a, frames, step_map);
    a.v.team[0] = '\0';
    app_sync_view(&a, true);
    a.map = false;
    a.teams_view = true;
    double teams = time_frames(&a, frames, step_teams);
    a.teams_view = false;
    double calls = -1, call = -1;
    if (agents > 0) {
        fake_calls(&a, time(NULL));
        calls = time_frames(&a, frames, step_calls);
        a.dr.mode = DRILL_CALL;
        call = time_frames(&a, frames, step_call);
    }

    a.wallboard = false;
    a.hours = true;
    c0 = cpu_seconds();
    for (long i = 0; i < frames; i++) {
        a.sel = (size_t)i % (a.v.shown ? a.v.shown : 1); /* another agent each frame */
        a.sel_name[0] = '\0';
        clearok(curscr, TRUE);
        layout_draw(&a);
    }
    double hours = (cpu_seconds() - c0) / (double)frames;

    app_free(&a);
    term_close(&t);
    printf("bench: %ld agents, %dx%d, %s glyphs, %ld frames\n", agents, cols, rows,
           t.utf8 ? "UTF-8" : "ASCII", frames);
    printf("frame (full repaint): %.3f ms CPU\n", draw * 1e3);
    printf("wallboard frame:      %.3f ms CPU\n", wall * 1e3);
    printf("map frame:            %.3f ms CPU\n", map * 1e3);
    printf("team map frame:       %.3f ms CPU\n", map_team * 1e3);
    printf("teams view frame:     %.3f ms CPU\n", teams * 1e3);
    if (calls >= 0) {
        printf("calls list frame:     %.3f ms CPU\n", calls * 1e3);
        printf("call view frame:      %.3f ms CPU\n", call * 1e3);
    }
    printf("hours view frame:     %.3f ms CPU\n", hours * 1e3);
    printf("re-filter and sort:   %.3f ms CPU\n", sort * 1e3);
    printf("view build:           %.3f ms CPU\n", build * 1e3);
    return 0;
}
