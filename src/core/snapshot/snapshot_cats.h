/* snapshot_cats.h - the "categories" array of the summary and of each agent
 * and of each team, and the categories of each hour (converza-mqtt(7)),
 * shared by the encoder and the decoder. Internal to the
 * snapshot codec. */
#ifndef CZ_SNAPSHOT_CATS_H
#define CZ_SNAPSHOT_CATS_H

#include <cJSON.h>
#include "snapshot.h"

/* Adds "categories": [{"name", "today", "week", "all", "today_rate",
 * "week_rate", "all_rate"}] to o, counts bounded by the windows' calls.
 * Returns -1 when cJSON could not allocate. */
int snap_cats_put(cJSON *o, const snap_cats *c, const kpi_windows *w);

/* Reads o's optional "categories" (absent or null: none). Refuses more
 * than SNAPSHOT_MAX_CATEGORIES, a missing or empty name, counts that are
 * not whole numbers or exceed the window's calls. Returns -1 with err
 * naming the field. */
int snap_cats_get(const cJSON *o, const char *path, const kpi_windows *w, snap_cats *out,
                  cz_err *err);

/* An hour's categories (converza-mqtt(7), the hours payload): "categories":
 * {"NAME": calls, ...} from each category's today count, bounded by calls;
 * nothing is added when c is empty. Returns -1 when cJSON could not
 * allocate. */
int snap_cats_put_counts(cJSON *o, const snap_cats *c, int64_t calls);

/* Reads o's optional "categories" object of counts into the today counts
 * of out (absent or null: none). Refuses more than SNAPSHOT_MAX_CATEGORIES,
 * empty names, counts that are not whole numbers or exceed calls. Returns -1
 * with err naming the field. */
int snap_cats_get_counts(const cJSON *o, const char *path, int64_t calls, snap_cats *out,
                         cz_err *err);

#endif
