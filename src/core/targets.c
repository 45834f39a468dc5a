/* targets.c - judging a number against its target, and the team_targets
 * override syntax (see targets.h). */
#include "targets.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

tgt_status targets_judge(double value, double target, double margin_pct, bool at_most)
{
    if (!(target >= 0) || !isfinite(target) || !(value >= 0) || !isfinite(value))
        return TGT_NONE;
    double slack = target * (margin_pct > 0 ? margin_pct : 0) / 100.0;
    /* A hair of tolerance, so 40.0 % from 2/5 meets a 40 % target. */
    const double eps = 1e-9 * (target > 1 ? target : 1);
    if (at_most)
        return value <= target + eps ? TGT_ON : value <= target + slack + eps ? TGT_NEAR : TGT_OFF;
    return value >= target - eps ? TGT_ON : value >= target - slack - eps ? TGT_NEAR : TGT_OFF;
}

snap_target_set targets_for(const snap_targets *t, const char *team)
{
    snap_target_set r = {-1, -1, -1, -1};
    if (!t || !t->has)
        return r;
    r = t->floor;
    if (!team || !*team)
        return r;
    for (size_t i = 0; i < t->nteams; i++) {
        if (!t->teams[i].team || strcmp(t->teams[i].team, team) != 0)
            continue;
        const snap_target_set *o = &t->teams[i].t;
        if (o->conversion_rate >= 0)
            r.conversion_rate = o->conversion_rate;
        if (o->avg_upsell >= 0)
            r.avg_upsell = o->avg_upsell;
        if (o->negative_share >= 0)
            r.negative_share = o->negative_share;
        break;
    }
    return r;
}

/* s[0..n) trimmed of spaces at both ends, as a new string. */
static char *trimmed(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    char *r = xmalloc(n + 1);
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

/* One "key=value" of a team into t. */
static int parse_pair(const char *team, char *pair, snap_target_set *t, cz_err *err)
{
    char *eq = strchr(pair, '=');
    if (!eq) {
        cz_err_set(err, "team_targets: team \"%s\": expected key=value, got \"%s\"", team, pair);
        return -1;
    }
    *eq = '\0';
    char *key = trimmed(pair, strlen(pair)), *val = trimmed(eq + 1, strlen(eq + 1));
    double *dst = NULL, max = 100;
    if (strcmp(key, "conversion_rate") == 0)
        dst = &t->conversion_rate;
    else if (strcmp(key, "avg_upsell") == 0)
        dst = &t->avg_upsell, max = 1e9;
    else if (strcmp(key, "negative_share") == 0)
        dst = &t->negative_share;
    int rc = -1;
    if (!dst) {
        cz_err_set(err, "team_targets: team \"%s\": unknown target \"%s\" (conversion_rate,"
                        " avg_upsell, negative_share; calls is for the whole floor only)",
                   team, key);
    } else {
        char *end;
        errno = 0;
        double v = strtod(val, &end);
        if (errno || end == val || *end || !(v >= 0 && v <= max))
            cz_err_set(err, "team_targets: team \"%s\": %s: expected a number from 0 to %g,"
                            " got \"%s\"", team, key, max, val);
        else {
            *dst = v;
            rc = 0;
        }
    }
    free(key);
    free(val);
    return rc;
}

/* One "TEAM: pairs" into tt (tt->team set on success). */
static int parse_team(const char *item, snap_team_target *tt, cz_err *err)
{
    const char *colon = strchr(item, ':');
    if (!colon) {
        cz_err_set(err, "team_targets: expected \"TEAM: key=value, ...\", got \"%s\"", item);
        return -1;
    }
    char *team = trimmed(item, (size_t)(colon - item));
    if (!*team || strlen(team) > SNAPSHOT_MAX_TEXT) { /* payloads stay bounded */
        cz_err_set(err, "team_targets: a team name is empty or longer than %d bytes in \"%.40s\"",
                   SNAPSHOT_MAX_TEXT, item);
        free(team);
        return -1;
    }
    tt->t = (snap_target_set){-1, -1, -1, -1};
    char *pairs = xstrdup(colon + 1), *save = NULL;
    int rc = 0, n = 0;
    for (char *p = strtok_r(pairs, ",", &save); p && rc == 0; p = strtok_r(NULL, ",", &save)) {
        char *pt = trimmed(p, strlen(p));
        if (*pt) {
            rc = parse_pair(team, pt, &tt->t, err);
            n++;
        }
        free(pt);
    }
    free(pairs);
    if (rc == 0 && n == 0) {
        cz_err_set(err, "team_targets: team \"%s\" sets no target", team);
        rc = -1;
    }
    if (rc < 0)
        free(team);
    else
        tt->team = team;
    return rc;
}

int targets_parse_teams(const char *spec, snap_targets *out, cz_err *err)
{
    if (!spec)
        return 0;
    size_t first = out->nteams;
    char *copy = xstrdup(spec), *save = NULL;
    int rc = 0;
    for (char *item = strtok_r(copy, ";", &save); item && rc == 0;
         item = strtok_r(NULL, ";", &save)) {
        char *it = trimmed(item, strlen(item));
        if (*it) {
            if (out->nteams >= SNAPSHOT_MAX_TEAMS) {
                cz_err_set(err, "team_targets: more than %d teams", SNAPSHOT_MAX_TEAMS);
                rc = -1;
            } else {
                snap_team_target tt = {0};
                rc = parse_team(it, &tt, err);
                for (size_t i = 0; rc == 0 && i < out->nteams; i++)
                    if (strcmp(out->teams[i].team, tt.team) == 0) {
                        cz_err_set(err, "team_targets: team \"%s\" given twice", tt.team);
                        free(tt.team);
                        rc = -1;
                    }
                if (rc == 0) {
                    out->teams = xrealloc(out->teams, (out->nteams + 1) * sizeof *out->teams);
                    out->teams[out->nteams++] = tt;
                }
            }
        }
        free(it);
    }
    free(copy);
    if (rc < 0) {
        for (size_t i = first; i < out->nteams; i++)
            free(out->teams[i].team);
        out->nteams = first;
    }
    return rc;
}
