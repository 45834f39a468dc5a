/* snapshot_glance.h - inside the snapshot codec: the summary's targets,
 * baseline window length and minimum calls ("targets", "baseline_days",
 * "min_calls"; converza-mqtt(7)), encoded and decoded in one place. */
#ifndef CZ_SNAPSHOT_GLANCE_H
#define CZ_SNAPSHOT_GLANCE_H

#include <cJSON.h>

#include "snapshot.h"

/* Adds the fields of s to the summary object o; -1 when cJSON could not
 * allocate. Targets are written only when s->targets.has. */
int snap_put_glance(cJSON *o, const snap_summary *s);

/* Reads them from root into s; all are optional (older workers): absent
 * targets leave has false, baseline_days 0, min_calls 5. -1 with err on
 * wrong types or ranges. */
int snap_get_glance(const cJSON *root, snap_summary *s, cz_err *err);

#endif
