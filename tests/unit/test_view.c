/* test_view.c - the agent table's logic (src/tui/view.c) without a terminal:
 * derived numbers per window, the score, best and worst marks, the name
 * filter, the sort by each kind of column with ties alphabetical, and agents
 * without conversation metrics sorting last in either direction. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "view.h"
#include "t.h"

static kpi_counts counts(int64_t calls, int64_t conv, int64_t cents, int64_t pos, int64_t neg,
                         double avg_sent)
{
    kpi_counts k;
    memset(&k, 0, sizeof k);
    k.calls = calls;
    k.conversions = conv;
    k.upsell_cents = cents;
    k.positive = pos;
    k.negative = neg;
    k.neutral = calls - pos - neg;
    k.sentiment_e4 = (int64_t)llround(avg_sent * 10000.0 * (double)calls);
    return k;
}

/* The names in display order, joined by spaces. */
static const char *order(const view *v)
{
    static char s[256];
    s[0] = '\0';
    for (size_t i = 0; i < v->shown; i++) {
        if (i)
            strcat(s, " ");
        strcat(s, v->rows[v->order[i]].name);
    }
    return s;
}

static const view_row *row(const view *v, const char *name)
{
    long i = view_find(v, name);
    return i < 0 ? NULL : &v->rows[v->order[i]];
}

/* The glanceable layer: upsell against the median, not the best; the
 * minimum calls; the change against the baseline; the frozen order. */
static void check_glance(void)
{
    snap_agent g[4];
    memset(g, 0, sizeof g);
    const char *names[4] = {"Ann", "Ben", "Cat", "Dan"};
    /* avg upsell $10, $20, $1,000 (one large sale) and Dan with 3 calls */
    g[0].k.today = counts(10, 4, 10000, 5, 1, 0);
    g[1].k.today = counts(10, 4, 20000, 5, 1, 0);
    g[2].k.today = counts(10, 4, 1000000, 5, 1, 0);
    g[3].k.today = counts(3, 3, 0, 3, 0, 0.5);
    g[0].k.baseline = counts(70, 14, 35000, 35, 5, 0);   /* 20 %, $5 */
    g[2].k.baseline = counts(4, 1, 0, 0, 0, 0);          /* under the minimum */
    for (int i = 0; i < 4; i++)
        g[i].agent_name = (char *)names[i];
    snap_agents m = {SNAPSHOT_SCHEMA, 1, g, 4, 4};
    view v;
    view_init(&v);
    CHECK(v.min_calls == 5, "glance: five calls by default");
    view_build(&v, &m, WIN_TODAY);
    CHECK(fabs(v.median_avg - 20.0) < 1e-9, "glance: median avg upsell of ranked agents $20");
    const view_row *ann = row(&v, "Ann"), *ben = row(&v, "Ben"), *cat = row(&v, "Cat"),
                   *dan = row(&v, "Dan");
    double sent = (ben->avg_sentiment + 1) * 50;
    CHECK(fabs(ben->score - (0.5 * 40 + 0.3 * 50 + 0.2 * sent)) < 1e-9,
          "glance: the median agent's upsell counts 50 of 100");
    CHECK(fabs(ann->score - (0.5 * 40 + 0.3 * 25 + 0.2 * sent)) < 1e-9 && cat->score > ben->score,
          "glance: half the median 25, the large sale capped at 100, the others keep their scores");
    CHECK(!dan->ranked && dan->mark == 0 && dan->score == 0 && ann->ranked,
          "glance: under the minimum calls: not ranked, not marked");
    CHECK(cat->mark == 1 && ann->mark == -1, "glance: marks among the ranked only");
    v.sort = COL_SCORE;
    v.desc = true;
    view_refresh(&v);
    CHECK(strcmp(order(&v), "Cat Ben Ann Dan") == 0, "glance: unranked last by score, descending");
    v.desc = false;
    view_refresh(&v);
    CHECK(strcmp(order(&v), "Ann Ben Cat Dan") == 0, "glance: unranked last by score, ascending");
    CHECK(ann->has_delta && fabs(ann->d_rate - 20.0) < 1e-9 && fabs(ann->d_avg - 5.0) < 1e-9,
          "glance: change today 40 % $10 against usual 20 % $5: +20 points, +$5");
    CHECK(!ben->has_delta && !cat->has_delta && !dan->has_delta,
          "glance: no change without a baseline or with too few calls either side");
    v.sort = COL_DCONV;
    v.desc = false;
    view_refresh(&v);
    CHECK(strncmp(order(&v), "Ann ", 4) == 0, "glance: rows without a change sort last");
    v.sort = COL_NAME;
    view_refresh(&v);
    view_freeze(&v, true);
    v.sort = COL_CALLS;
    v.desc = true;
    view_refresh(&v);
    CHECK(strcmp(order(&v), "Ann Ben Cat Dan") == 0, "glance: frozen order holds against a new sort");
    g[3].agent_name = (char *)"Abe"; /* a new agent arrives while frozen */
    view_build(&v, &m, WIN_TODAY);
    CHECK(strcmp(order(&v), "Ann Ben Cat Abe") == 0, "glance: a new agent goes after the frozen ones");
    view_freeze(&v, false);
    v.sort = COL_AVG;
    view_refresh(&v);
    CHECK(strncmp(order(&v), "Cat ", 4) == 0, "glance: unfrozen, the sort applies again");
    v.min_calls = 2;
    view_build(&v, &m, WIN_TODAY);
    CHECK(row(&v, "Abe")->ranked, "glance: a lower minimum ranks the agent");
    view_free(&v);
}

int main(void)
{
    snap_agent a[4];
    memset(a, 0, sizeof a);
    a[0].agent_name = "Cy";
    a[0].k.today = counts(10, 5, 20000, 6, 1, 0.5); /* 50%, $20/call */
    a[0].k.all = counts(40, 10, 40000, 20, 5, 0.2);
    a[0].k.all.timed_calls = 4;
    a[0].k.all.agent_talk_bp_sum = 24000; /* 60% */
    a[1].agent_name = "ann";
    a[1].k.today = counts(10, 2, 0, 2, 6, -0.4); /* 20%, $0 */
    a[1].k.all = counts(40, 20, 0, 10, 10, 0.0);
    a[1].k.all.timed_calls = 2;
    a[1].k.all.agent_talk_bp_sum = 8000; /* 40% */
    a[2].agent_name = "Bob";
    a[2].k.today = counts(10, 5, 10000, 6, 1, 0.5); /* 50%, $10/call */
    a[2].k.all = counts(40, 10, 40000, 20, 5, 0.2); /* the same as Cy: ties */
    a[3].agent_name = "Dee";                        /* no calls today */
    a[3].k.all = counts(8, 0, 0, 0, 8, -1.0);
    snap_agents ag = {.schema = SNAPSHOT_SCHEMA, .generated_at = 0, .v = a, .n = 4};

    view v;
    view_init(&v);
    view_build(&v, &ag, WIN_TODAY);
    const view_row *cy = row(&v, "Cy"), *ann = row(&v, "ann"), *dee = row(&v, "Dee");
    CHECK(v.n == 4 && v.shown == 4, "build: a row per agent, all shown");
    CHECK(cy && fabs(cy->rate - 50.0) < 1e-9 && fabs(cy->avg_upsell - 20.0) < 1e-9 &&
              fabs(cy->pos - 60.0) < 1e-9 && fabs(cy->neg - 10.0) < 1e-9 &&
              fabs(cy->avg_sentiment - 0.5) < 1e-9,
          "build: rate, average upsell, sentiment shares and average of the window");
    /* Cy: 0.5*50 + 0.3*100 + 0.2*75 = 70; Bob: 25 + 15 + 15 = 55;
     * ann: 0.5*20 + 0 + 0.2*30 = 16. */
    CHECK(cy && fabs(cy->score - 70.0) < 1e-9 && ann && fabs(ann->score - 16.0) < 1e-9,
          "build: score 50% rate, 30% upsell against the best, 20% sentiment");
    CHECK(dee && dee->score == 0 && dee->mark == 0, "build: no calls, no score, no mark");
    CHECK(cy && cy->mark == 1 && ann && ann->mark == -1 && row(&v, "Bob")->mark == 0,
          "marks: one best and one worst below twelve agents");
    CHECK(cy && cy->talk_pct == -1, "build: no timed calls today: talk unknown");
    CHECK_STR(order(&v), "Cy Bob ann Dee", "sort: by score, best first, by default");

    v.sort = COL_NAME;
    v.desc = false;
    view_refresh(&v);
    CHECK_STR(order(&v), "ann Bob Cy Dee", "sort: names ignore case");
    v.sort = COL_RATE;
    v.desc = true;
    view_refresh(&v);
    CHECK_STR(order(&v), "Bob Cy ann Dee", "sort: equal rates read alphabetically");
    v.desc = false;
    view_refresh(&v);
    CHECK_STR(order(&v), "Dee ann Bob Cy", "sort: ascending, ties still alphabetical");

    snprintf(v.filter, sizeof v.filter, "%s", "N");
    view_refresh(&v);
    CHECK_STR(order(&v), "ann", "filter: a case-insensitive part of the name");
    CHECK(view_find(&v, "Cy") == -1 && view_find(&v, "ann") == 0, "filter: hidden rows not found");
    v.filter[0] = '\0';

    /* All time: talk known for Cy, ann and Bob (none: timed_calls 0), Dee. */
    view_build(&v, &ag, WIN_ALL);
    v.sort = COL_TALK;
    v.desc = true;
    view_refresh(&v);
    CHECK_STR(order(&v), "Cy ann Bob Dee", "sort: talk share, unknown last");
    v.desc = false;
    view_refresh(&v);
    CHECK_STR(order(&v), "ann Cy Bob Dee", "sort: ascending, unknown still last");
    CHECK(fabs(view_conversation_value(row(&v, "Cy"), COL_TALK) - 60.0) < 1e-9 &&
              view_conversation_value(row(&v, "Cy"), COL_CALLS) < 0,
          "conversation value: the column's, < 0 for other columns");
    CHECK(row(&v, "Dee")->mark == -1, "marks: follow the window");

    /* Twelve ranked agents: three best, three worst; equal scores: none. */
    snap_agent many[12];
    char names[12][8];
    for (int i = 0; i < 12; i++) {
        snprintf(names[i], sizeof names[i], "A%02d", i);
        many[i].agent_name = names[i];
        many[i].k.today = counts(10, i, 0, 0, 0, 0);
    }
    snap_agents m = {.schema = SNAPSHOT_SCHEMA, .generated_at = 0, .v = many, .n = 12};
    view_build(&v, &m, WIN_TODAY);
    int best = 0, worst = 0;
    for (size_t i = 0; i < v.n; i++) {
        best += v.rows[i].mark == 1;
        worst += v.rows[i].mark == -1;
    }
    CHECK(best == 3 && worst == 3 && row(&v, "A11")->mark == 1 && row(&v, "A00")->mark == -1,
          "marks: three best and three worst from twelve agents");
    for (int i = 0; i < 12; i++)
        many[i].k.today = counts(10, 3, 0, 0, 0, 0);
    view_build(&v, &m, WIN_TODAY);
    best = worst = 0;
    for (size_t i = 0; i < v.n; i++)
        best += v.rows[i].mark != 0;
    CHECK(best == 0, "marks: equal scores make nobody best or worst");

    CHECK(view_window_counts(&a[0].k, WIN_WEEK) == &a[0].k.week &&
              strcmp(view_window_name(WIN_ALL), "All time") == 0,
          "windows: counters and names");
    CHECK(view_score(100, 50, 10, 1) == 100 && view_score(0, 0, 10, -1) == 0,
          "score: clamped to 0..100");
    CHECK(view_col_conversation(COL_DUR) && !view_col_conversation(COL_SCORE) &&
              !view_col_desc_default(COL_NAME) && view_col_desc_default(COL_CALLS),
          "columns: conversation group and default directions");
    view_free(&v);
    check_glance();
    T_END();
}
