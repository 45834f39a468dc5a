/* watch.h - inotify watch of the input tree for the daemon: which files
 * arrived or were written since the last look, so that they load within a
 * second instead of at the next scan. Every directory of the tree is watched
 * (new ones as they appear, recursively); a file is ready once it was moved in
 * or closed after writing. Without such an event, once its size and mtime
 * stayed the same for WATCH_SETTLE_S seconds when it appeared whole (a hard
 * link, a file found in a new directory), or for WATCH_SETTLE_WRITING_S when
 * it was written to while watched or is empty (its writer keeps it open). Names the walk skips (scan_skip_name:
 * hidden, .tmp, .part, .swp) are never reported. The watch says what it
 * cannot see: when events were lost (queue overflow) the caller must scan the
 * whole tree; when the watch limit is reached the watch is unusable and the
 * caller falls back to periodic scanning.
 *
 * One thread uses a watch; nothing is shared. */
#ifndef CZ_WATCH_H
#define CZ_WATCH_H

#include <stddef.h>
#include "strmap.h"
#include "util.h"

/* Seconds a file must stay unchanged when no close event comes: one that
 * appeared whole, one being written. */
#define WATCH_SETTLE_S 2.0
#define WATCH_SETTLE_WRITING_S 60.0

typedef struct watch watch;

/* Paths ready to load, each once (absolute, under the watched root). */
typedef struct {
    char **v;
    size_t n, cap;
    strmap seen;
} watch_paths;

void watch_paths_clear(watch_paths *r); /* empties, keeps capacity */
void watch_paths_free(watch_paths *r);

/* Watches every directory under root (absolute; not its hidden ones, not
 * deeper than SCAN_MAX_DEPTH). NULL with err when inotify cannot be used:
 * no inotify instance left, or the watch limit (fs.inotify.max_user_watches)
 * reached. Test hooks, from the environment: CONVERZA_TEST_WATCH_LIMIT=N makes
 * the watch behave as if the limit were N directories;
 * CONVERZA_TEST_WATCH_OVERFLOW=1 makes the first events read count as lost
 * (as on a queue overflow). */
watch *watch_open(const char *root, cz_err *err);
void watch_close(watch *w);

/* The descriptor to poll for input (POLLIN: events to read). */
int watch_fd(const watch *w);

typedef enum {
    WATCH_OK,       /* events (if any) read; ready paths added to *ready */
    WATCH_RESCAN,   /* events were lost: scan the whole tree (the watch has
                       been set up again and goes on) */
    WATCH_FAILED    /* err says why (limit reached on a new directory, read
                       error): close the watch and scan periodically */
} watch_status;

/* Reads the pending events without blocking: files moved in or closed after
 * writing are added to ready, files created or modified wait to settle, new
 * directories are watched and their files taken (those of a directory moved
 * in at once, those of a directory created in place after they settle); a
 * directory too deep to watch is reported itself, for quarantine. */
watch_status watch_read(watch *w, watch_paths *ready, cz_err *err);

/* Moves the settling files that stayed unchanged for WATCH_SETTLE_S (and
 * those that are no regular files) into ready; forgets vanished ones. Returns
 * the seconds until the next check is due, or -1 when nothing settles. */
double watch_settle(watch *w, watch_paths *ready, double now);

/* Directories watched now. */
size_t watch_count(const watch *w);

#endif
