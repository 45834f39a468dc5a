/* snapshot_coach.c - the teams and hours payloads (converza-mqtt(7)): per
 * team KPI windows, and the business day hour by hour for the floor and for
 * each agent. Built on the codec's shared parts (snapshot_internal.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "snapshot_cats.h"
#include "snapshot_internal.h"

/* ---- teams ------------------------------------------------------------ */

char *snap_teams_encode(const snap_teams *s)
{
    cJSON *o = snap_begin(s->generated_at);
    if (!o)
        return NULL;
    char day[11];
    memcpy(day, s->today, 10);
    day[10] = '\0';
    size_t n = s->n < SNAPSHOT_TEAMS_SENT ? s->n : SNAPSHOT_TEAMS_SENT;
    int64_t total = s->total > (int64_t)n ? s->total : (int64_t)n;
    int rc = cJSON_AddStringToObject(o, "today", day) ? 0 : -1;
    rc |= snap_add_int(o, "teams_total", total);
    cJSON *arr = cJSON_AddArrayToObject(o, "teams");
    if (!arr)
        return snap_finish(o, -1);
    for (size_t i = 0; i < n && rc == 0; i++) {
        cJSON *t = cJSON_CreateObject();
        if (!t || !cJSON_AddItemToArray(arr, t)) {
            cJSON_Delete(t);
            return snap_finish(o, -1);
        }
        rc |= cJSON_AddStringToObject(t, "team", s->v[i].team ? s->v[i].team : "") ? 0 : -1;
        rc |= snap_add_int(t, "agents", s->v[i].agents);
        rc |= snap_put_windows(t, &s->v[i].k);
        if (s->v[i].cats.n)
            rc |= snap_cats_put(t, &s->v[i].cats, &s->v[i].k);
    }
    return snap_finish(o, rc);
}

static int read_team(const cJSON *e, const char *path, size_t i, void *slot, cz_err *err)
{
    (void)i;
    snap_team *t = slot;
    if (snap_get_string(e, "team", path, &t->team, err) < 0)
        return -1;
    if (snap_get_count(e, "agents", path, &t->agents, err) | snap_get_windows(e, path, &t->k, err))
        return -1;
    return snap_cats_get(e, path, &t->k, &t->cats, err);
}

static void free_team(void *slot)
{
    snap_team *t = slot;
    free(t->team);
    snap_cats_free(&t->cats);
}

int snap_teams_decode(const char *buf, size_t len, snap_teams *out, cz_err *err)
{
    snap_teams s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = snap_parse_root(buf, len, err);
    if (!root)
        return -1;
    const snap_total total = {"teams_total", false, "fewer than the teams sent", &s.total};
    void *v = NULL;
    int rc = -1;
    if (snap_get_header(root, &s.schema, &s.generated_at, err) == 0 &&
        snap_get_day(root, "today", "", s.today, err) == 0)
        rc = snap_get_objects(root, "teams", "", SNAPSHOT_MAX_TEAMS, sizeof *s.v, read_team,
                              free_team, &total, &v, &s.n, err);
    s.v = v;
    cJSON_Delete(root);
    if (rc == 0)
        *out = s;
    return rc;
}

void snap_teams_free(snap_teams *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].team);
        snap_cats_free(&s->v[i].cats);
    }
    free(s->v);
    memset(s, 0, sizeof *s);
}

/* ---- hours ------------------------------------------------------------ */

/* One hour as a compact object: start, hour, calls, conversions,
 * upsell_revenue, avg_sentiment. */
static cJSON *hour_json(const snap_hour *h, const snap_cats *cats)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    int64_t calls = h->calls < 0 ? 0 : h->calls;
    int rc = snap_add_int(o, "start", h->start) | snap_add_int(o, "hour", h->hour) |
             snap_add_int(o, "calls", calls) |
             snap_add_int(o, "conversions", h->conversions < 0 ? 0
                                            : h->conversions > calls ? calls : h->conversions) |
             snap_add_money(o, "upsell_revenue", h->upsell_cents < 0 ? 0
                                                 : h->upsell_cents > SNAPSHOT_MAX_CENTS
                                                     ? SNAPSHOT_MAX_CENTS : h->upsell_cents) |
             snap_add_fixed(o, "avg_sentiment",
                            h->avg_sentiment < -1 ? -1 : h->avg_sentiment > 1 ? 1 : h->avg_sentiment,
                            4);
    if (cats)
        rc |= snap_cats_put_counts(o, cats, calls);
    if (rc) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static int put_hours(cJSON *o, const snap_hour *v, const snap_cats *cats, size_t n)
{
    cJSON *arr = cJSON_AddArrayToObject(o, "hours");
    if (!arr)
        return -1;
    for (size_t i = 0; i < n && i < SNAPSHOT_MAX_HOURS; i++) {
        cJSON *h = hour_json(&v[i], cats ? &cats[i] : NULL);
        if (!h || !cJSON_AddItemToArray(arr, h)) {
            cJSON_Delete(h);
            return -1;
        }
    }
    return 0;
}

char *snap_hours_encode(const snap_hours *s, size_t max_bytes, size_t *kept)
{
    if (kept)
        *kept = 0;
    cJSON *o = snap_begin(s->generated_at);
    if (!o)
        return NULL;
    char day[11];
    memcpy(day, s->day, 10);
    day[10] = '\0';
    int64_t total = s->agents_total > (int64_t)s->na ? s->agents_total : (int64_t)s->na;
    int rc = cJSON_AddStringToObject(o, "timezone", s->timezone ? s->timezone : "") ? 0 : -1;
    rc |= cJSON_AddStringToObject(o, "day", day) ? 0 : -1;
    rc |= snap_add_int(o, "current", s->current);
    rc |= snap_add_int(o, "current_hour", s->current_hour < 0 || s->current_hour > 23 ? 0
                                                                                   : s->current_hour);
    rc |= snap_add_int(o, "agents_total", total);
    rc |= put_hours(o, s->v, s->cats, s->n);
    char *head = snap_finish(o, rc);
    if (!head)
        return NULL;
    /* The agents one at a time, as in snap_agents_encode, so memory is the
     * payload plus one agent's tree. */
    strbuf b = SB_INIT;
    sb_append(&b, head, strlen(head) - 1);
    free(head);
    sb_puts(&b, ",\"agents\":[");
    size_t n = 0;
    for (size_t i = 0; i < s->na && i < SNAPSHOT_HOURS_AGENTS; i++) {
        cJSON *a = cJSON_CreateObject();
        int arc = a && cJSON_AddStringToObject(a, "agent_name",
                                               s->a[i].agent_name ? s->a[i].agent_name : "")
                      ? 0 : -1;
        if (a && arc == 0)
            arc = put_hours(a, s->a[i].v, NULL, s->a[i].n);
        char *txt = snap_finish(a, arc);
        if (!txt) {
            sb_free(&b);
            return NULL;
        }
        size_t len = strlen(txt);
        if (b.len + len + 3 > max_bytes) {
            free(txt);
            break;
        }
        if (n++)
            sb_putc(&b, ',');
        sb_append(&b, txt, len);
        free(txt);
    }
    sb_puts(&b, "]}");
    if (kept)
        *kept = n;
    return sb_steal(&b);
}

/* One hour of an "hours" array: conversions at most calls, after the hour
 * before it. */
static int read_hour(const cJSON *e, const char *p, size_t i, void *slot, cz_err *err)
{
    snap_hour *h = slot;
    double hr, money, sent;
    if (snap_get_epoch(e, "start", p, &h->start, err) |
        snap_get_number(e, "hour", p, 0, 23, true, &hr, err) |
        snap_get_count(e, "calls", p, &h->calls, err) |
        snap_get_count(e, "conversions", p, &h->conversions, err) |
        snap_get_number(e, "upsell_revenue", p, 0, (double)SNAPSHOT_MAX_CENTS / 100, false, &money,
                        err) |
        snap_get_number(e, "avg_sentiment", p, -1, 1, false, &sent, err))
        return -1;
    h->hour = (int)hr;
    h->upsell_cents = llround(money * 100);
    h->avg_sentiment = sent;
    if (h->conversions > h->calls) {
        cz_err_set(err, "field %s.conversions: more than calls", p);
        return -1;
    }
    if (i > 0 && h->start <= h[-1].start) {
        cz_err_set(err, "field %s.start: hours are not in increasing order", p);
        return -1;
    }
    return 0;
}

static void cats_free(snap_cats *c, size_t n)
{
    for (size_t i = 0; c && i < n; i++)
        snap_cats_free(&c[i]);
    free(c);
}

/* The "hours" array of o (at path) into *v, *n: at most SNAPSHOT_MAX_HOURS;
 * with cats, each hour's categories into *cats (n of them), read in a second
 * pass over the same array once the hours themselves are valid. */
static int get_hours(const cJSON *o, const char *path, snap_hour **v, size_t *n, snap_cats **cats,
                     cz_err *err)
{
    void *h = NULL;
    int rc = snap_get_objects(o, "hours", path, SNAPSHOT_MAX_HOURS, sizeof **v, read_hour, NULL,
                              NULL, &h, n, err);
    *v = h;
    if (rc < 0 || !cats)
        return rc;
    snap_cats *hc = xcalloc(*n ? *n : 1, sizeof *hc);
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(o, "hours");
    size_t i = 0;
    for (const cJSON *e = arr->child; e && i < *n && rc == 0; e = e->next, i++) {
        char p[128];
        snprintf(p, sizeof p, "%s%shours[%zu]", path, *path ? "." : "", i);
        rc = snap_cats_get_counts(e, p, (*v)[i].calls, &hc[i], err);
    }
    if (rc) {
        cats_free(hc, *n);
        free(*v);
        *v = NULL;
        *n = 0;
        return -1;
    }
    *cats = hc;
    return 0;
}

static int read_hours_agent(const cJSON *e, const char *path, size_t i, void *slot, cz_err *err)
{
    (void)i;
    snap_hours_agent *a = slot;
    if (snap_get_string(e, "agent_name", path, &a->agent_name, err) < 0)
        return -1;
    return get_hours(e, path, &a->v, &a->n, NULL, err);
}

static void free_hours_agent(void *slot)
{
    snap_hours_agent *a = slot;
    free(a->agent_name);
    free(a->v);
}

int snap_hours_decode(const char *buf, size_t len, snap_hours *out, cz_err *err)
{
    snap_hours s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = snap_parse_root(buf, len, err);
    if (!root)
        return -1;
    const snap_total total = {"agents_total", false, "fewer than the agents sent",
                              &s.agents_total};
    void *a = NULL;
    int rc = -1;
    double ch = 0;
    if (snap_get_header(root, &s.schema, &s.generated_at, err) == 0 &&
        snap_get_string(root, "timezone", "", &s.timezone, err) == 0 &&
        snap_get_day(root, "day", "", s.day, err) == 0 &&
        snap_get_epoch(root, "current", "", &s.current, err) == 0 &&
        snap_get_number(root, "current_hour", "", 0, 23, true, &ch, err) == 0 &&
        get_hours(root, "", &s.v, &s.n, &s.cats, err) == 0)
        rc = snap_get_objects(root, "agents", "", SNAPSHOT_MAX_AGENTS, sizeof *s.a,
                              read_hours_agent, free_hours_agent, &total, &a, &s.na, err);
    s.a = a;
    s.current_hour = (int)ch;
    cJSON_Delete(root);
    if (rc < 0)
        snap_hours_free(&s);
    else
        *out = s;
    return rc;
}

void snap_hours_free(snap_hours *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->na; i++) {
        free(s->a[i].agent_name);
        free(s->a[i].v);
    }
    free(s->a);
    free(s->v);
    cats_free(s->cats, s->n);
    free(s->timezone);
    memset(s, 0, sizeof *s);
}
