/* glance.c - targets and the baseline window for the snapshot (glance.h).
 * The baseline is read from the sums kept for it (sql/017_snapshot_sums.sql),
 * for the agents the payload carries only. */
#include "glance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pg.h"
#include "pg_agg.h"
#include "pg_snapshot.h"
#include "strmap.h"
#include "targets.h"

int glance_check(const cz_settings *s, cz_err *err)
{
    snap_targets t = {0};
    int rc = targets_parse_teams(s->team_targets, &t, err);
    snap_targets_free(&t);
    return rc;
}

static void fill_targets(const cz_settings *s, snap_targets *t, cz_err *err)
{
    snap_targets_free(t);
    t->floor = (snap_target_set){s->target_conversion_rate, s->target_avg_upsell, s->target_calls,
                                 s->target_negative_share};
    t->margin_pct = s->target_margin;
    if (targets_parse_teams(s->team_targets, t, err) < 0)
        t->nteams = 0; /* checked at start-up and reload: cannot happen */
    t->has = t->floor.conversion_rate >= 0 || t->floor.avg_upsell >= 0 || t->floor.calls >= 0 ||
             t->floor.negative_share >= 0 || t->nteams > 0;
}

int glance_fill(PGconn *c, const cz_settings *s, snap_summary *sum, snap_agents *ag, cz_err *err)
{
    fill_targets(s, &sum->targets, err);
    sum->baseline_days = s->baseline_days;
    sum->min_calls = s->min_calls;
    char days[16];
    snprintf(days, sizeof days, "%d", s->baseline_days);
    /* The floor's window: a row a day (floor_daily_metrics). */
    strbuf q = SB_INIT, qa = SB_INIT;
    sb_puts(&q, "SELECT ");
    pg_agg_list(&q, "coalesce(sum(%1$s), 0)", ", ");
    sb_puts(&q, " FROM floor_daily_metrics WHERE day >= $1::date - $2::int AND day < $1::date");
    const char *p2[2] = {sum->today, days};
    /* Every agent when the payload carries them all, else those it carries:
     * their kept window, a row per agent (pg_snapshot_window). */
    bool all = ag->total <= (int64_t)ag->n;
    strbuf names = SB_INIT;
    if (!all)
        pg_snapshot_names(&names, ag);
    pg_snapshot_window(&qa, "$1::date - $2::int", "$1::date - 1",
                       all ? "" : "agent_name = ANY($3::text[])", "");
    const char *p3[3] = {sum->today, days, names.s};
    pg_stmt st[2] = {{q.s, 2, p2}, {qa.s, all ? 2 : 3, p3}};
    PGresult *res[2];
    /* no agents: the floor's window only */
    int rc = pg_query_many(c, ag->n ? 2 : 1, st, res, err);
    sb_free(&q);
    sb_free(&qa);
    sb_free(&names);
    if (rc < 0)
        return -1;
    pg_agg_read(res[0], 0, 0, &sum->k.baseline);
    PQclear(res[0]);
    if (ag->n == 0)
        return 0;
    PGresult *r = res[1];
    strmap idx = STRMAP_INIT;
    for (size_t i = 0; i < ag->n; i++)
        strmap_put(&idx, ag->v[i].agent_name, i);
    for (int i = 0; i < PQntuples(r); i++) {
        size_t at;
        if (strmap_get(&idx, PQgetvalue(r, i, 0), &at))
            pg_agg_read(r, i, 1, &ag->v[at].k.baseline);
    }
    strmap_free(&idx);
    PQclear(r);
    return 0;
}
