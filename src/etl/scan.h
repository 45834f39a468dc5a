/* scan.h - walking the input directory for candidate call files. */
#ifndef CZ_SCAN_H
#define CZ_SCAN_H

#include <stdint.h>
#include <sys/stat.h>
#include "util.h"

/* What the walk learned of an entry from lstat. */
typedef struct {
    mode_t mode;
    int64_t size;
    int64_t mtime_ns;
} scan_stat;

/* Directories deeper than this below the root are not entered (the walk
 * holds an open directory and its names per level): each is reported to the
 * callback instead, as a directory, so that the caller says so. */
#define SCAN_MAX_DEPTH 64

/* Called for each entry that is not a directory, and for each directory
 * SCAN_MAX_DEPTH + 1 levels below the root (not entered), in sorted order per
 * directory (bytewise), depth first, with its lstat (symlinks are reported,
 * never followed). Return non-zero to stop the walk (scan_tree then returns
 * that value). */
typedef int (*scan_fn)(void *ctx, const char *path, const scan_stat *st);

/* Walks root recursively. Skips names starting with '.' and ending in .tmp,
 * .part or .swp: the conventional marks of a file still being written (writers
 * should write there and rename). Returns 0, the callback's non-zero value, or
 * -1 with err when root cannot be read. Unreadable subdirectories are logged
 * and skipped. Large directories are stat'ed by two threads. */
int scan_tree(const char *root, scan_fn fn, void *ctx, cz_err *err);

/* True when the walk skips an entry of this name (len bytes): hidden, or
 * marked as still being written. The inotify watch (watch.h) skips the same,
 * and so does an S3 listing for the last segment of an object key (s3.c). */
int scan_skip_name(const char *name, size_t len);

#endif
