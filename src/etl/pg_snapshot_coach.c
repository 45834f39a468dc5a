/* pg_snapshot_coach.c - the teams and hours payloads read from their
 * aggregate tables (never gold), bounded whatever the number of agents,
 * teams or calls: a row per team, and today's hours (at most 25) for the
 * floor and for at most SNAPSHOT_HOURS_AGENTS agents. */
#include "pg_snapshot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "agg.h"
#include "call.h"
#include "pg.h"
#include "pg_agg.h"
#include "pg_zone.h"

static int build_teams(PGconn *c, const char *today, snap_teams *t, cz_err *err)
{
    char lim[16];
    snprintf(lim, sizeof lim, "%d", SNAPSHOT_TEAMS_SENT);
    const char *p[2] = {today, lim};
    strbuf q = SB_INIT;
    sb_puts(&q, "SELECT d.team, (SELECT count(*) FROM agent_teams a WHERE a.team = d.team), ");
    pg_agg_list(&q, "coalesce(sum(%1$s) FILTER (WHERE day = $1::date), 0)", ", ");
    sb_puts(&q, ", ");
    pg_agg_list(&q, "coalesce(sum(%1$s) FILTER (WHERE day > $1::date - 7 AND day <= $1::date), 0)",
                ", ");
    sb_puts(&q, ", ");
    pg_agg_list(&q, "sum(%1$s)", ", ");
    sb_puts(&q, ", count(*) OVER () FROM team_daily_metrics d GROUP BY d.team ORDER BY d.team"
                " LIMIT $2::int");
    PGresult *r = pg_query(c, q.s, 2, p, err);
    sb_free(&q);
    if (!r)
        return -1;
    int n = PQntuples(r);
    t->v = xcalloc(n ? (size_t)n : 1, sizeof *t->v);
    t->n = (size_t)n;
    t->total = n ? atoll(PQgetvalue(r, 0, 2 + 3 * KC_N)) : 0;
    for (int i = 0; i < n; i++) {
        snap_team *e = &t->v[i];
        e->team = xstrdup(PQgetvalue(r, i, 0));
        e->agents = atoll(PQgetvalue(r, i, 1));
        pg_agg_read(r, i, 2, &e->k.today);
        pg_agg_read(r, i, 2 + KC_N, &e->k.week);
        pg_agg_read(r, i, 2 + 2 * KC_N, &e->k.all);
    }
    PQclear(r);
    /* The same teams' category counts (team_daily_categories), as the
     * agents' come from agent_daily_categories. */
    r = pg_query(c,
                 "SELECT team, category, coalesce(sum(calls) FILTER (WHERE day = $1::date), 0),"
                 " coalesce(sum(calls) FILTER (WHERE day > $1::date - 7 AND day <= $1::date), 0),"
                 " sum(calls) FROM team_daily_categories WHERE team IN (SELECT team FROM"
                 " team_daily_metrics GROUP BY team ORDER BY team LIMIT $2::int)"
                 " GROUP BY 1, 2 ORDER BY 1, 2",
                 2, p, err);
    if (!r)
        return -1;
    for (int i = 0; i < PQntuples(r); i++)
        for (size_t j = 0; j < t->n; j++)
            if (strcmp(t->v[j].team, PQgetvalue(r, i, 0)) == 0) {
                snap_cats_add(&t->v[j].cats, PQgetvalue(r, i, 1), atoll(PQgetvalue(r, i, 2)),
                              atoll(PQgetvalue(r, i, 3)), atoll(PQgetvalue(r, i, 4)));
                break;
            }
    PQclear(r);
    return 0;
}

/* Columns col.. of row: start, local hour, calls, conversions, upsell,
 * sentiment sum. */
static void read_hour(const PGresult *r, int row, int col, snap_hour *h)
{
    h->start = atoll(PQgetvalue(r, row, col));
    h->hour = atoi(PQgetvalue(r, row, col + 1));
    h->calls = atoll(PQgetvalue(r, row, col + 2));
    h->conversions = atoll(PQgetvalue(r, row, col + 3));
    h->upsell_cents = agg_parse_fixed(PQgetvalue(r, row, col + 4), 2);
    int64_t e4 = agg_parse_fixed(PQgetvalue(r, row, col + 5), 4);
    h->avg_sentiment = h->calls > 0 ? (double)e4 / 10000.0 / (double)h->calls : 0.0;
}

/* Today's hours, as SQL over agent_hourly_metrics h: from the business
 * day's local midnight to the next, in the aggregates' zone. */
#define TODAY_HOURS                                                                         \
    " h.hour >= ($1::date::timestamp AT TIME ZONE z.timezone)"                              \
    " AND h.hour < (($1::date + 1)::timestamp AT TIME ZONE z.timezone)"
#define HOUR_COLS                                                                           \
    "extract(epoch FROM h.hour)::bigint, extract(hour FROM h.hour AT TIME ZONE z.timezone)::int"

static int build_hours(PGconn *c, int64_t now, const char *today, snap_hours *s, cz_err *err)
{
    s->schema = SNAPSHOT_SCHEMA;
    s->generated_at = now;
    memcpy(s->day, today, sizeof s->day);
    char d[11];
    cz_time_local(now, d, &s->current);
    time_t tt = (time_t)now;
    struct tm tm;
    s->current_hour = localtime_r(&tt, &tm) ? tm.tm_hour : 0;
    if (pg_zone_read(c, &s->timezone, err) < 0)
        return -1;
    const char *p1[1] = {today};
    PGresult *r = pg_query(c,
                           "SELECT " HOUR_COLS ", sum(calls), sum(conversions),"
                           " sum(upsell_revenue), sum(sentiment_sum)"
                           " FROM agent_hourly_metrics h, aggregate_zone z WHERE" TODAY_HOURS
                           " GROUP BY h.hour, z.timezone ORDER BY h.hour",
                           1, p1, err);
    if (!r)
        return -1;
    int n = PQntuples(r);
    if (n > SNAPSHOT_MAX_HOURS)
        n = SNAPSHOT_MAX_HOURS;
    s->v = xcalloc(n ? (size_t)n : 1, sizeof *s->v);
    s->n = (size_t)n;
    for (int i = 0; i < n; i++)
        read_hour(r, i, 0, &s->v[i]);
    PQclear(r);
    /* Each of those hours' category counts (agent_hourly_categories), for
     * the floor only: the payload stays small (converza-mqtt(7), LIMITS). */
    s->cats = xcalloc(s->n ? s->n : 1, sizeof *s->cats);
    r = pg_query(c,
                 "SELECT extract(epoch FROM h.hour)::bigint, h.category, sum(h.calls)"
                 " FROM agent_hourly_categories h, aggregate_zone z WHERE" TODAY_HOURS
                 " GROUP BY h.hour, h.category ORDER BY h.hour, h.category",
                 1, p1, err);
    if (!r)
        return -1;
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t start = atoll(PQgetvalue(r, i, 0));
        for (size_t j = 0; j < s->n; j++)
            if (s->v[j].start == start) {
                snap_cats_add(&s->cats[j], PQgetvalue(r, i, 1), atoll(PQgetvalue(r, i, 2)), 0, 0);
                break;
            }
    }
    PQclear(r);
    char lim[16];
    snprintf(lim, sizeof lim, "%d", SNAPSHOT_HOURS_AGENTS);
    const char *p2[2] = {today, lim};
    r = pg_query(c,
                 "WITH day AS MATERIALIZED (SELECT h.*, z.timezone FROM agent_hourly_metrics h,"
                 "  aggregate_zone z WHERE" TODAY_HOURS "),"
                 " sel AS (SELECT agent_name, row_number() OVER (ORDER BY sum(calls) DESC,"
                 "  agent_name) AS place, count(*) OVER () AS total FROM day GROUP BY agent_name"
                 "  ORDER BY 2 LIMIT $2::int)"
                 " SELECT sel.agent_name, sel.total, extract(epoch FROM h.hour)::bigint,"
                 "  extract(hour FROM h.hour AT TIME ZONE h.timezone)::int, h.calls,"
                 "  h.conversions, h.upsell_revenue, h.sentiment_sum"
                 " FROM sel JOIN day h USING (agent_name) ORDER BY sel.place, h.hour",
                 2, p2, err);
    if (!r)
        return -1;
    n = PQntuples(r);
    s->a = xcalloc(n ? (size_t)n : 1, sizeof *s->a);
    for (int i = 0; i < n; i++) {
        const char *name = PQgetvalue(r, i, 0);
        if (!s->na || strcmp(s->a[s->na - 1].agent_name, name) != 0) {
            s->a[s->na].agent_name = xstrdup(name);
            s->a[s->na].v = xcalloc(SNAPSHOT_MAX_HOURS, sizeof(snap_hour));
            s->na++;
        }
        snap_hours_agent *a = &s->a[s->na - 1];
        if (a->n < SNAPSHOT_MAX_HOURS)
            read_hour(r, i, 2, &a->v[a->n++]);
        s->agents_total = atoll(PQgetvalue(r, i, 1));
    }
    PQclear(r);
    return 0;
}

int pg_snapshot_coach(PGconn *c, int64_t now, snap_teams *teams, snap_hours *hours, cz_err *err)
{
    memset(teams, 0, sizeof *teams);
    memset(hours, 0, sizeof *hours);
    char today[11];
    cz_time_local(now, today, NULL);
    teams->schema = SNAPSHOT_SCHEMA;
    teams->generated_at = now;
    memcpy(teams->today, today, sizeof teams->today);
    if (build_teams(c, today, teams, err) < 0 || build_hours(c, now, today, hours, err) < 0) {
        snap_teams_free(teams);
        snap_hours_free(hours);
        return -1;
    }
    return 0;
}
