/* snapshot_internal.h - the codec's shared parts (snapshot.c encoders,
 * snapshot_decode.c decoders) for the payloads in other files of this
 * directory. Same contracts as their static originals there. */
#ifndef CZ_SNAPSHOT_INTERNAL_H
#define CZ_SNAPSHOT_INTERNAL_H

#include <cJSON.h>
#include <stdbool.h>
#include "snapshot.h"

cJSON *snap_begin(int64_t generated_at);
char *snap_finish(cJSON *o, int rc);
int snap_put_windows(cJSON *o, const kpi_windows *w);
int snap_add_int(cJSON *o, const char *name, int64_t v);
int snap_add_money(cJSON *o, const char *name, int64_t cents);
int snap_add_fixed(cJSON *o, const char *name, double v, int decimals);

cJSON *snap_parse_root(const char *buf, size_t len, cz_err *err);
int snap_get_header(const cJSON *root, int *schema, int64_t *generated_at, cz_err *err);
int snap_get_string(const cJSON *o, const char *key, const char *path, char **out, cz_err *err);
/* A string that may be absent or null (older workers): then a copy of def. */
int snap_get_optional_string(const cJSON *o, const char *key, const char *path, const char *def,
                             char **out, cz_err *err);
int snap_get_day(const cJSON *o, const char *key, const char *path, char out[11], cz_err *err);
int snap_get_count(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err);
int snap_get_epoch(const cJSON *o, const char *key, const char *path, int64_t *out, cz_err *err);
int snap_get_number(const cJSON *o, const char *key, const char *path, double min, double max,
                    bool whole, double *out, cz_err *err);
int snap_get_windows(const cJSON *o, const char *path, kpi_windows *w, cz_err *err);
cJSON *snap_get_array(const cJSON *root, const char *key, size_t max, size_t *n, cz_err *err);

#endif
