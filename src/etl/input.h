/* input.h - the worker's inputs: local directories and S3 prefixes (s3.h),
 * from the newline-separated input setting (--input given several times, or
 * several input lines in the config file); and what happens to an S3 object
 * once its batch is committed (the S3 side of after_load, afterload.h). */
#ifndef CZ_INPUT_H
#define CZ_INPUT_H

#include <stdbool.h>
#include "afterload.h"
#include "s3.h"
#include "settings.h"

typedef struct {
    char *spec;        /* as given */
    char *local;       /* realpath of a local directory, or NULL */
    bool is_s3;
    s3_url s3;         /* bucket and prefix when is_s3 */
} etl_input;

typedef struct {
    etl_input *v;
    size_t n;
    bool have_s3;
    s3_conf s3conf;    /* resolved once when have_s3; read-only afterwards */
    s3_url after_dest; /* after_load move:s3://: where S3 objects go
                          (inputs_set_after) */
} etl_inputs;

/* Splits s->input into inputs, resolves local directories (realpath) and,
 * when any input is s3://, the S3 configuration (s3_conf_resolve). Returns 0,
 * or an exit code (sysexits) with err. Free with inputs_free. */
int inputs_open(etl_inputs *in, const cz_settings *s, cz_err *err);

/* Takes the S3 side of the parsed after_load setting (afterload_parse):
 * resolves a move:s3://BUCKET/PREFIX destination, which must not lie inside
 * an S3 input (its objects would be listed, and moved, again). Returns 0, or
 * -1 with err. */
int inputs_set_after(etl_inputs *in, const after_load *a, cz_err *err);
void inputs_free(etl_inputs *in);

/* The input the S3 object path lies under, or NULL. */
const etl_input *inputs_s3_of(const etl_inputs *in, const char *path);

/* Applies the after_load policy a to the S3 object at path (recorded in a
 * committed batch): delete it, or copy it to the destination prefix (under
 * "quarantined/" when it was quarantined) with the key's part below its
 * input's prefix, then delete it. Nothing for keep or a local path. Returns
 * 0, or -1 with err (the object stays; the next run sees it as loaded and
 * tries again). */
int inputs_after_load(const etl_inputs *in, const after_load *a, s3_client *cl, const char *path,
                      bool quarantined, cz_err *err);

#endif
