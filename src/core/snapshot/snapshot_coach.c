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

int snap_teams_decode(const char *buf, size_t len, snap_teams *out, cz_err *err)
{
    snap_teams s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = snap_parse_root(buf, len, err);
    if (!root)
        return -1;
    size_t n = 0;
    cJSON *arr = NULL;
    int rc = -1;
    if (snap_get_header(root, &s.schema, &s.generated_at, err) == 0 &&
        snap_get_day(root, "today", "", s.today, err) == 0 &&
        snap_get_count(root, "teams_total", "", &s.total, err) == 0 &&
        (arr = snap_get_array(root, "teams", SNAPSHOT_MAX_TEAMS, &n, err)) != NULL) {
        s.v = xcalloc(n ? n : 1, sizeof *s.v);
        rc = 0;
        for (cJSON *e = arr->child; e && rc == 0; e = e->next) {
            char path[48];
            snprintf(path, sizeof path, "teams[%zu]", s.n);
            snap_team *t = &s.v[s.n];
            if (snap_get_string(e, "team", path, &t->team, err) < 0) {
                rc = -1;
                break;
            }
            s.n++;
            rc = snap_get_count(e, "agents", path, &t->agents, err) |
                 snap_get_windows(e, path, &t->k, err);
            if (rc == 0)
                rc = snap_cats_get(e, path, &t->k, &t->cats, err);
        }
        if (rc == 0 && s.total < (int64_t)s.n) {
            cz_err_set(err, "field teams_total: fewer than the teams sent");
            rc = -1;
        }
    }
    cJSON_Delete(root);
    if (rc < 0)
        snap_teams_free(&s);
    else
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

static void cats_free(snap_cats *c, size_t n)
{
    for (size_t i = 0; c && i < n; i++)
        snap_cats_free(&c[i]);
    free(c);
}

/* The "hours" array of o into *v, *n: at most SNAPSHOT_MAX_HOURS, in
 * increasing start, conversions at most calls; with cats, each hour's
 * categories into *cats (n of them). */
static int get_hours(const cJSON *o, const char *path, snap_hour **v, size_t *n, snap_cats **cats,
                     cz_err *err)
{
    size_t count = 0;
    cJSON *arr = snap_get_array(o, "hours", SNAPSHOT_MAX_HOURS, &count, err);
    *v = NULL;
    *n = 0;
    if (!arr)
        return -1;
    snap_hour *h = xcalloc(count ? count : 1, sizeof *h);
    snap_cats *hc = cats ? xcalloc(count ? count : 1, sizeof *hc) : NULL;
    size_t i = 0;
    int rc = 0;
    for (cJSON *e = arr->child; e && rc == 0; e = e->next, i++) {
        char p[96];
        snprintf(p, sizeof p, "%s%shours[%zu]", path, *path ? "." : "", i);
        double hr, money, sent;
        rc = snap_get_epoch(e, "start", p, &h[i].start, err) |
             snap_get_number(e, "hour", p, 0, 23, true, &hr, err) |
             snap_get_count(e, "calls", p, &h[i].calls, err) |
             snap_get_count(e, "conversions", p, &h[i].conversions, err) |
             snap_get_number(e, "upsell_revenue", p, 0, (double)SNAPSHOT_MAX_CENTS / 100, false,
                             &money, err) |
             snap_get_number(e, "avg_sentiment", p, -1, 1, false, &sent, err);
        if (rc == 0 && hc)
            rc = snap_cats_get_counts(e, p, h[i].calls, &hc[i], err);
        if (rc)
            break;
        h[i].hour = (int)hr;
        h[i].upsell_cents = llround(money * 100);
        h[i].avg_sentiment = sent;
        if (h[i].conversions > h[i].calls) {
            cz_err_set(err, "field %s.conversions: more than calls", p);
            rc = -1;
        } else if (i > 0 && h[i].start <= h[i - 1].start) {
            cz_err_set(err, "field %s.start: hours are not in increasing order", p);
            rc = -1;
        }
    }
    if (rc) {
        free(h);
        cats_free(hc, count);
        return -1;
    }
    if (cats)
        *cats = hc;
    *v = h;
    *n = count;
    return 0;
}

int snap_hours_decode(const char *buf, size_t len, snap_hours *out, cz_err *err)
{
    snap_hours s;
    memset(&s, 0, sizeof s);
    memset(out, 0, sizeof *out);
    cJSON *root = snap_parse_root(buf, len, err);
    if (!root)
        return -1;
    size_t n = 0;
    cJSON *arr = NULL;
    int rc = -1;
    double ch = 0;
    if (snap_get_header(root, &s.schema, &s.generated_at, err) == 0 &&
        snap_get_string(root, "timezone", "", &s.timezone, err) == 0 &&
        snap_get_day(root, "day", "", s.day, err) == 0 &&
        snap_get_epoch(root, "current", "", &s.current, err) == 0 &&
        snap_get_number(root, "current_hour", "", 0, 23, true, &ch, err) == 0 &&
        snap_get_count(root, "agents_total", "", &s.agents_total, err) == 0 &&
        get_hours(root, "", &s.v, &s.n, &s.cats, err) == 0 &&
        (arr = snap_get_array(root, "agents", SNAPSHOT_MAX_AGENTS, &n, err)) != NULL) {
        s.a = xcalloc(n ? n : 1, sizeof *s.a);
        rc = 0;
        for (cJSON *e = arr->child; e && rc == 0; e = e->next) {
            char path[48];
            snprintf(path, sizeof path, "agents[%zu]", s.na);
            snap_hours_agent *a = &s.a[s.na];
            if (snap_get_string(e, "agent_name", path, &a->agent_name, err) < 0) {
                rc = -1;
                break;
            }
            s.na++;
            rc = get_hours(e, path, &a->v, &a->n, NULL, err);
        }
        s.current_hour = (int)ch;
        if (rc == 0 && s.agents_total < (int64_t)s.na) {
            cz_err_set(err, "field agents_total: fewer than the agents sent");
            rc = -1;
        }
    }
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
