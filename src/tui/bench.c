/* bench.c - off-screen render benchmark (see bench.h). Every frame is drawn
 * in full (clearok), the worst case: a real repaint only sends changes. */
#include "bench.h"

#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include "app.h"
#include "layout.h"

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
    }
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
    m->conn = FEED_UP;
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

    a.wallboard = true;
    c0 = cpu_seconds();
    for (long i = 0; i < frames; i++) {
        a.wall_page = (int)(i % APP_WALL_PAGES);
        clearok(curscr, TRUE);
        layout_draw(&a);
    }
    double wall = (cpu_seconds() - c0) / (double)frames;

    app_free(&a);
    term_close(&t);
    printf("bench: %ld agents, %dx%d, %s glyphs, %ld frames\n", agents, cols, rows,
           t.utf8 ? "UTF-8" : "ASCII", frames);
    printf("frame (full repaint): %.3f ms CPU\n", draw * 1e3);
    printf("wallboard frame:      %.3f ms CPU\n", wall * 1e3);
    printf("re-filter and sort:   %.3f ms CPU\n", sort * 1e3);
    printf("view build:           %.3f ms CPU\n", build * 1e3);
    return 0;
}
