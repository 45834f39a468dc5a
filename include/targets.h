/* targets.h - targets and how a number stands against one: on target, near
 * it (within the margin) or off; the per-team override syntax of the
 * team_targets setting (converza.conf(5)). Pure: no I/O. */
#ifndef CZ_TARGETS_H
#define CZ_TARGETS_H

#include <stdbool.h>

#include "snapshot.h"
#include "util.h"

typedef enum { TGT_NONE, TGT_ON, TGT_NEAR, TGT_OFF } tgt_status;

/* Where value stands against target: TGT_NONE when target < 0 (no target)
 * or value is unknown (< 0 or not finite); TGT_ON when it meets it (at least
 * target, or at most for an at_most target such as the negative share);
 * TGT_NEAR when it misses by at most margin_pct percent of the target;
 * else TGT_OFF. A target of 0 with at_most is met only by 0. */
tgt_status targets_judge(double value, double target, double margin_pct, bool at_most);

/* The targets that apply to an agent of team (NULL or "" for none): the
 * team's override where it sets one, else the floor's. t may be NULL or
 * without targets: then every target is -1. */
snap_target_set targets_for(const snap_targets *t, const char *team);

/* Parses the team_targets setting into out->teams (appending; out keeps
 * ownership): "TEAM: key=value, key=value; TEAM: ..." with keys
 * conversion_rate, avg_upsell and negative_share (calls is a target of the
 * whole floor only). Team names are trimmed and may contain spaces but not
 * ':' or ';', at most SNAPSHOT_MAX_TEXT bytes. An empty spec is no overrides. Returns -1 with err naming the
 * team and what is wrong, leaving out->nteams as it was. */
int targets_parse_teams(const char *spec, snap_targets *out, cz_err *err);

#endif
