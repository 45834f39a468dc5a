/* afterload.h - what happens to an input file once the batch that recorded it
 * has committed (the after_load setting): kept (default), deleted, or moved
 * (local files here; S3 objects, for which this parses the setting too, in
 * input.h) into an archive tree that mirrors the input's (DIR/loaded/REL for files
 * that loaded, DIR/quarantined/REL for files quarantined whole). Never before
 * the commit: a file is acted on only when its ingested_files row is in the
 * database, so a crash in between leaves it recorded (not loaded again) and
 * the next full scan, finding it unchanged, acts on it then.
 *
 * A file whose size or mtime differ from what was recorded was written again
 * after it was read: it is left where it is (the next run reads it again).
 * With delete, a file quarantined whole whose bytes the quarantine table does
 * not hold (over max_file_size, unreadable) is left in place, and
 * directories (quarantined for depth) are never deleted. Failures are logged
 * as warnings naming the file; they never stop the worker. Thread-safe: no
 * shared state. */
#ifndef CZ_AFTERLOAD_H
#define CZ_AFTERLOAD_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdint.h>
#include "batch.h"
#include "util.h"

typedef enum { AFTER_KEEP = 0, AFTER_DELETE, AFTER_MOVE } after_kind;

typedef struct {
    after_kind kind;
    char **inputs;  /* the local input directories, absolute, without trailing '/' */
    size_t ninputs;
    char *archive;  /* AFTER_MOVE of local files: the archive directory, absolute */
    char *s3_dest;  /* AFTER_MOVE of S3 objects: "s3://BUCKET/PREFIX" as given
                       (input.h resolves and applies it) */
} after_load;

/* Parses the one after_load setting: "keep", "delete", "move:DIR" (local
 * inputs) or "move:s3://BUCKET/PREFIX" (S3 inputs), for the local input
 * directories inputs[0..ninputs) and, when have_s3, S3 inputs. For move:DIR,
 * DIR is created if missing and must not lie inside an input (its files
 * would be read again) nor contain one; it is refused with S3 inputs, and
 * move:s3:// with local inputs (one destination cannot take both: with both
 * kinds of input only keep and delete apply). Returns -1 with err. Free with
 * afterload_free. */
int afterload_parse(after_load *a, const char *spec, const char *const *inputs, size_t ninputs,
                    bool have_s3, cz_err *err);
void afterload_free(after_load *a);

/* Applies the policy to one recorded local file (S3 objects, s3://..., are
 * left to input.h). A moved file keeps its path below the input it lies
 * under: DIR/loaded/REL or DIR/quarantined/REL. loaded: it loaded (or was a
 * duplicate or unchanged); else it was quarantined whole, and bytes_kept says
 * whether the quarantine table holds its bytes. */
void afterload_file(const after_load *a, const char *path, int64_t size, int64_t mtime_ns,
                    bool loaded, bool bytes_kept);

/* Applies the policy to every file of b, a batch just committed (files the
 * database refused to record are left). */
void afterload_batch(const after_load *a, const batch_t *b);

/* Files a scan found recorded and unchanged while still in the input (a
 * crash between a commit and the file operation, or an operation that
 * failed): looks up how each was recorded, then applies the policy.
 * Returns -1 with err on a database error. */
int afterload_leftovers(const after_load *a, PGconn *c, char *const *paths, size_t n,
                        cz_err *err);

#endif
