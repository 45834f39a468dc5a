/* input.h - the worker's inputs: local directories and S3 prefixes (s3.h),
 * from the newline-separated input setting (--input given several times, or
 * several input lines in the config file); and what happens to an S3 object
 * once its batch is committed (after_load). */
#ifndef CZ_INPUT_H
#define CZ_INPUT_H

#include <stdbool.h>
#include "s3.h"
#include "settings.h"

typedef struct {
    char *spec;        /* as given */
    char *local;       /* realpath of a local directory, or NULL */
    bool is_s3;
    s3_url s3;         /* bucket and prefix when is_s3 */
} etl_input;

typedef enum { AFTER_KEEP, AFTER_DELETE, AFTER_MOVE } after_kind;

typedef struct {
    etl_input *v;
    size_t n;
    bool have_s3;
    s3_conf s3conf;    /* resolved once when have_s3; read-only afterwards */
    after_kind after;  /* for S3 objects */
    s3_url after_dest; /* AFTER_MOVE: where S3 objects go */
} etl_inputs;

/* Splits s->input into inputs, resolves local directories (realpath) and,
 * when any input is s3://, the S3 configuration (s3_conf_resolve) and the
 * after_load setting for S3 objects: keep, delete, or move:s3://BUCKET/PREFIX
 * (a local move destination with S3 inputs is an error). Returns 0, or an
 * exit code (sysexits) with err. Free with inputs_free. */
int inputs_open(etl_inputs *in, const cz_settings *s, cz_err *err);
void inputs_free(etl_inputs *in);

/* The input the S3 object path lies under, or NULL. */
const etl_input *inputs_s3_of(const etl_inputs *in, const char *path);

/* Applies the after_load policy to the S3 object at path (recorded in a
 * committed batch): delete it, or copy it to the destination prefix (under
 * "quarantined/" when it was quarantined) with the key's part below its
 * input's prefix, then delete it. Nothing for keep or a local path. Returns
 * 0, or -1 with err (the object stays; the next run sees it as loaded and
 * tries again). */
int inputs_after_load(const etl_inputs *in, s3_client *cl, const char *path, bool quarantined,
                      cz_err *err);

#endif
