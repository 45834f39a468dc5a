/* model.c - the dashboard's data (see model.h). */
#include "model.h"

#include <stdio.h>
#include <string.h>

static const char *const NAMES[FEED__TOPICS] = {SNAP_TOPIC_SUMMARY, SNAP_TOPIC_AGENTS,
                                                SNAP_TOPIC_TREND, SNAP_TOPIC_STATUS,
                                                SNAP_TOPIC_ALERTS,
                                                SNAP_TOPIC_TEAMS, SNAP_TOPIC_HOURS};

const char *model_topic_name(feed_topic t)
{
    return t < FEED__TOPICS ? NAMES[t] : "?";
}

void model_init(model *m)
{
    memset(m, 0, sizeof *m);
    m->conn = FEED_CONNECTING;
}

void model_free(model *m)
{
    snap_summary_free(&m->summary);
    snap_agents_free(&m->agents);
    snap_trend_free(&m->trend);
    snap_status_free(&m->status);
    snap_alerts_free(&m->alerts);
    snap_teams_free(&m->teams);
    snap_hours_free(&m->hours);
    memset(m, 0, sizeof *m);
}

static void reject(model *m, feed_topic t, const cz_err *e, time_t now)
{
    snprintf(m->problem, sizeof m->problem, "ignored bad %s payload: %s", NAMES[t], e->msg);
    m->problem_at = now;
    m->problem_topic = (int)t;
}

/* FNV-1a: enough to tell one payload from the next. */
static uint64_t hash_bytes(const char *buf, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)buf[i];
        h *= 1099511628211ull;
    }
    return h;
}

static int accepted(model *m, feed_topic t, const char *buf, size_t len, double mono)
{
    uint64_t h = hash_bytes(buf, len);
    if (!m->has[t] || h != m->hash[t])
        m->seen_mono = mono; /* new to us: the sender is alive, whatever its clock says */
    m->hash[t] = h;
    m->has[t] = true;
    if (m->problem_at && m->problem_topic == (int)t) {
        m->problem[0] = '\0';
        m->problem_at = 0;
    }
    return 1;
}

int model_apply(model *m, feed_topic t, const char *buf, size_t len, time_t now, double mono)
{
    if (len == 0)
        return 0;
    cz_err e = {""};
    switch (t) {
    case FEED_SUMMARY: {
        snap_summary s;
        if (snap_summary_decode(buf, len, &s, &e) < 0)
            break;
        snap_summary_free(&m->summary);
        m->summary = s;
        return accepted(m, t, buf, len, mono);
    }
    case FEED_AGENTS: {
        snap_agents s;
        if (snap_agents_decode(buf, len, &s, &e) < 0)
            break;
        snap_agents_free(&m->agents);
        m->agents = s;
        m->agents_gen++;
        return accepted(m, t, buf, len, mono);
    }
    case FEED_TREND: {
        snap_trend s;
        if (snap_trend_decode(buf, len, &s, &e) < 0)
            break;
        snap_trend_free(&m->trend);
        m->trend = s;
        return accepted(m, t, buf, len, mono);
    }
    case FEED_STATUS: {
        snap_status s;
        if (snap_status_decode(buf, len, &s, &e) < 0)
            break;
        snap_status_free(&m->status);
        m->status = s;
        return accepted(m, t, buf, len, mono);
    }
    case FEED_ALERTS: {
        snap_alerts s;
        if (snap_alerts_decode(buf, len, &s, &e) < 0)
            break;
        m->alerts_new = 0; /* alerts not in the previous set (a new alert) */
        for (size_t i = 0; i < s.n; i++) {
            bool known = false;
            for (size_t j = 0; j < m->alerts.n && !known; j++)
                known = strcmp(s.v[i].rule, m->alerts.v[j].rule) == 0 &&
                        strcmp(s.v[i].agent, m->alerts.v[j].agent) == 0 &&
                        strcmp(s.v[i].team, m->alerts.v[j].team) == 0;
            m->alerts_new += !known;
        }
        snap_alerts_free(&m->alerts);
        m->alerts = s;
        return accepted(m, t, buf, len, mono);
    }
    case FEED_TEAMS: {
        snap_teams s;
        if (snap_teams_decode(buf, len, &s, &e) < 0)
            break;
        snap_teams_free(&m->teams);
        m->teams = s;
        return accepted(m, t, buf, len, mono);
    }
    case FEED_HOURS: {
        snap_hours s;
        if (snap_hours_decode(buf, len, &s, &e) < 0)
            break;
        snap_hours_free(&m->hours);
        m->hours = s;
        return accepted(m, t, buf, len, mono);
    }
    default:
        return 0;
    }
    reject(m, t, &e, now);
    return 0;
}

void model_too_large(model *m, feed_topic t, size_t len, time_t now)
{
    if (t >= FEED__TOPICS)
        return;
    snprintf(m->problem, sizeof m->problem,
             "ignored bad %s payload: %zu bytes, larger than the %u MiB limit", NAMES[t], len,
             SNAPSHOT_MAX_PAYLOAD >> 20);
    m->problem_at = now;
    m->problem_topic = (int)t;
}

double model_seen_age(const model *m, double mono)
{
    if (m->seen_mono <= 0)
        return -1;
    return mono > m->seen_mono ? mono - m->seen_mono : 0;
}

void model_set_conn(model *m, feed_conn c, const char *msg, time_t now)
{
    if (c != m->conn)
        m->conn_since = now;
    m->conn = c;
    snprintf(m->conn_msg, sizeof m->conn_msg, "%s", msg ? msg : "");
}

int64_t model_last_update(const model *m)
{
    int64_t t = 0;
    if (m->has[FEED_SUMMARY] && m->summary.generated_at > t)
        t = m->summary.generated_at;
    if (m->has[FEED_AGENTS] && m->agents.generated_at > t)
        t = m->agents.generated_at;
    if (m->has[FEED_TREND] && m->trend.generated_at > t)
        t = m->trend.generated_at;
    if (m->has[FEED_STATUS] && m->status.generated_at > t)
        t = m->status.generated_at;
    return t;
}

bool model_worker_online(const model *m)
{
    return m->has[FEED_STATUS] && m->status.state && strcmp(m->status.state, "online") == 0;
}
