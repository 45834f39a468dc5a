/* batch.h - one batch of input files read and prepared in memory, ready for a
 * single loading transaction. Bad input becomes quarantine entries here. */
#ifndef CZ_BATCH_H
#define CZ_BATCH_H

#include <stddef.h>
#include <stdint.h>
#include "formats.h"
#include "kpi.h"
#include "prepare.h"
#include "settings.h"
#include "strmap.h"
#include "util.h"

typedef struct {
    char *path;             /* absolute path: the ingested_files key */
    int64_t size, mtime_ns;
    const char *outcome;    /* "loaded", "duplicate", "unchanged", "quarantined",
                             * "sibling" (static); final once the batch is loaded */
    bool known;             /* ingested before (changed since): its row is replaced */
    bool sibling;           /* read only as part of other files' calls (hvb metadata) */
    uint64_t *kept;         /* identities of the records unchanged since the file's
                             * last read (not delivered again), owned */
    size_t nkept;
    bool unrecordable;      /* the database refused its file-log or quarantine
                             * rows even alone: not recorded, so it stays pending */
    bool trial_out;         /* loader's search for refused rows: left out of
                             * the current attempt */
} batch_file;

typedef enum { BC_NEW = 0, BC_REPLACE, BC_DUPLICATE, BC_SUPERSEDED } bc_status;

typedef struct {
    size_t file;            /* index into files */
    uint64_t identity;      /* fmt_record_hash: p.checksum as a number */
    prepared_call p;
    char *raw;              /* the record's bytes, owned */
    size_t raw_len;
    bc_status status;
    bool rejected;          /* refused by the database even alone: not loaded,
                             * its quarantine entry is in quar */
    bool trial_out;         /* see batch_file */
    size_t rows_at;         /* its COPY rows in the batch's rows (pg_load_encode): */
    uint32_t rows_len[4];   /* bronze, silver, gold (each without the batch's own
                             * columns), call_index, one after the other */
} batch_call;

typedef struct {
    size_t file;
    int line_no;            /* 0 for whole-file problems */
    char *reason;
    char *raw;              /* may be NULL (unreadable, too large) */
    size_t raw_len;
} batch_quar;

typedef struct {
    batch_file *files;  size_t nfiles, capfiles;
    batch_call *calls;  size_t ncalls, capcalls;
    batch_quar *quar;   size_t nquar, capquar;
    double prepare_s;
    strbuf rows;        /* the calls' COPY rows, encoded ahead (pg_load_encode) */
    size_t rows_calls;  /* calls [0, rows_calls) are encoded in rows */
    strmap touched;     /* agent names whose calls the committed load added or
                         * removed (set by the loader), for the drill-down topics */
    int baseline_days;  /* > 0: the loader keeps the snapshot's windows (the
                         * week, and this many days of baseline) for today,
                         * see pg_load.h; set by the caller */
    bool stats_due;     /* set by the caller: bronze's planner statistics are
                         * stale (see pg_load.h), to be refreshed before the
                         * batch first reads bronze */
    bool stats_taken;   /* set by the loader when the committed load did */
} batch_t;

typedef struct {
    prepare_opts prep;
    long max_file_size;
    fmt_kind format;            /* FMT_AUTO: detect per file */
    const char *default_agent;  /* for formats that do not name the agent */
    bool hvb_machine;           /* Harper Valley: machine transcript */
} batch_opts;

/* Options from the settings (which must outlive o) and the rules. */
void batch_opts_init(batch_opts *o, const cz_settings *s, const kpi_rules *rules);

void batch_init(batch_t *b);
/* Frees everything the batch holds and empties it for reuse. */
void batch_reset(batch_t *b);
void batch_free(batch_t *b);

/* Reads the file at path (never following a symlink, never blocking on a
 * FIFO), splits it into records by format (formats.h), prepares its call(s), or records why it is quarantined.
 * Never fails: every outcome is recorded in the batch.
 * prev[0..nprev), sorted ascending, are the identities (fmt_record_hash) of the
 * calls the file held when it was last read, or NULL when not known: a record
 * listed there is unchanged and not delivered again (it goes to the file's
 * kept list), unless an earlier record of the same call in this file is
 * delivered (the file's last word on a call stands). Records that are errors
 * are quarantined every time. */
void batch_add_file(batch_t *b, const char *path, int64_t size, int64_t mtime_ns, bool known,
                    const uint64_t *prev, size_t nprev, const batch_opts *o, kpi_scratch *s);

/* As batch_add_file for bytes already read (an S3 object): buf (len bytes,
 * NUL-terminated, malloc'd) is taken. ident stands for the file's mtime in
 * its identity (ingested_files.mtime_ns); time_ns is the time given to calls
 * that carry none. */
void batch_add_data(batch_t *b, const char *path, int64_t size, int64_t ident, char *buf,
                    size_t len, int64_t time_ns, bool known, const uint64_t *prev, size_t nprev,
                    const batch_opts *o, kpi_scratch *s);

/* Records a file read only as part of other files' calls (Harper Valley
 * metadata), so that a later change to it is seen; the caller puts it in the
 * batch of the file that read it. */
void batch_add_sibling(batch_t *b, const char *path, int64_t size, int64_t mtime_ns, bool known);

/* Prepares one record already in memory (copied), as if read from path;
 * used by reprocess. A record that no longer parses becomes a quarantine
 * entry of the batch. */
void batch_add_record(batch_t *b, const char *path, const char *raw, size_t len,
                      int64_t time_ns, const batch_opts *o, kpi_scratch *s);

/* Sets call i aside: marks it rejected and adds a quarantine entry for it
 * (its raw bytes copied, reason masked as every reason is) so that the batch
 * can load without it. Used by the loader for a call the database refuses. */
void batch_reject_call(batch_t *b, size_t i, const char *reason);

/* Records a file that is quarantined without reading it (symlink, FIFO...). */
void batch_quarantine_file(batch_t *b, const char *path, int64_t size, int64_t mtime_ns, bool known,
                           const char *reason);

/* The time t (seconds since the epoch) as "%Y-%m-%dT%H:%M:%SZ" in UTC into
 * out: the stamp a file's calls without a time of their own get (its mtime).
 * The same text as gmtime_r and strftime; thread-safe. */
void batch_utc_stamp(int64_t t, char out[40]);

#endif
