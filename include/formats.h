/* formats.h - input file formats: one file's bytes become a list of records,
 * each a call (fields, timed turns, optional metadata) or an error naming
 * why that record cannot be loaded. Pure: no I/O. The one file a format may
 * need besides its own (Harper Valley Bank metadata) comes from the caller,
 * as bytes or through a read callback.
 *
 * Formats (see INPUT FORMATS in converza-etl(1) for examples):
 *   seed        one JSON object per file: call_id, agent_name, timestamp,
 *               transcript_text (call.h, turns.h). The hot path.
 *   jsonl       JSON Lines: one seed object per line; a bad line is an error
 *               record for that line alone, the other lines load.
 *   text        "Agent:"/"Customer:" lines (synonyms as in turns.h) after
 *               optional header lines (Call-Id, Agent-Name, Timestamp, Task,
 *               CSAT); call id defaults to the file name without extension.
 *   hvb         Harper Valley Bank: transcript/<sid>.json (array of timed
 *               segments) plus metadata/<sid>.json.
 *   transcribe  Amazon Transcribe Call Analytics output JSON.
 *
 * Auto-detection (FMT_AUTO), cheapest test first:
 *   1. by name: *.jsonl and *.ndjson are jsonl, *.txt is text;
 *   2. by content, after a UTF-8 BOM and white space:
 *      '[' holding "speaker_role"                      -> hvb
 *      '{' holding "Transcript" and "ParticipantRole"  -> transcribe
 *      '{' with the first two non-blank lines each starting with '{', in a
 *          file not named *.json (a *.json file is one JSON document)  -> jsonl
 *      any other '{' or '[', or any *.json file        -> seed (whose parser
 *                                                         then names the fault)
 *      text with a speaker label or header at a line start -> text
 *      anything else                                    -> an error record
 *        "unknown format: ..." naming every format tried. */
#ifndef CZ_FORMATS_H
#define CZ_FORMATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "call.h"
#include "turns.h"
#include "util.h"

typedef enum {
    FMT_AUTO = 0,   /* detect (only as a request, never a result) */
    FMT_SEED,
    FMT_JSONL,
    FMT_TEXT,
    FMT_HVB,
    FMT_TRANSCRIBE,
    FMT_UNKNOWN     /* detection found nothing (result only) */
} fmt_kind;

/* "auto", "seed", "jsonl", "text", "hvb", "transcribe", "unknown". Static. */
const char *fmt_name(fmt_kind k);

/* Parses a --format value (one of the names above except "unknown").
 * Returns 0 and sets *out, or -1 if the name is not a format. */
int fmt_from_name(const char *name, fmt_kind *out);

/* Reads a whole file for the parser (the module itself never touches the file
 * system). Returns 0 with *buf (malloc'd, freed by the module with free()) and
 * *len, or -1 with a reason in err ("No such file or directory"). */
typedef int (*fmt_read_fn)(void *ctx, const char *path, char **buf, size_t *len, cz_err *err);

typedef struct {
    fmt_kind format;               /* FMT_AUTO to detect, or force one */
    /* Defaults for what a file may not say (text, transcribe, and hvb without
     * metadata). NULL: none, and a record lacking the field is an error.
     * default_timestamp is ISO 8601 as for cz_time_parse. */
    const char *default_agent;
    const char *default_timestamp;
    bool hvb_machine;              /* hvb: the ASR "transcript" instead of
                                    * the corrected "human_transcript" */
    /* hvb metadata: hvb_meta/hvb_meta_len if the caller already holds the
     * bytes; else read_file(read_ctx, fmt_hvb_metadata_path(path)); else none. */
    const char *hvb_meta;
    size_t hvb_meta_len;
    fmt_read_fn read_file;
    void *read_ctx;
} fmt_opts;

/* What a source may say about a call besides its turns. */
typedef struct {
    char *task;             /* task or topic: hvb tasks[0].task_type, text "Task:",
                             * transcribe Metadata.task; NULL if unknown */
    int csat;               /* caller's survey rating 0..10 (hvb caller
                             * partner_rating, text "CSAT:", transcribe
                             * Metadata.csat); -1 if none */
    int64_t call_ms;        /* call length the source states (hvb end-start
                             * time, transcribe TotalConversationDurationMillis,
                             * text "Duration-Ms:"); -1 if not stated */
    bool has_src_sentiment; /* the source rated the customer's sentiment itself */
    double src_sentiment;   /* -1..1: hvb customer emotion (positive - negative)
                             * weighted by segment duration; transcribe mean of
                             * customer segment Sentiment (POSITIVE 1, NEGATIVE -1,
                             * NEUTRAL/MIXED 0) */
    bool raw_valid;         /* the parser found the record's bytes UTF-8 without
                             * NUL (seed, jsonl: call_parse_json checks them), so
                             * prepare_from_parts need not check them again */
} fmt_meta;

typedef struct {
    int line_no;            /* 1-based line for jsonl records and text header
                             * errors; 0 = the whole file */
    size_t raw_off, raw_len;/* the record's bytes in the input buffer: the line
                             * for jsonl, the whole file otherwise */
    char *error;            /* NULL for a call; else the reason it cannot load */
    call_t call;            /* zeroed for an error. transcript holds the source
                             * text (seed, jsonl, text) or the turns rendered as
                             * "Agent: ..."/"Customer: ..." lines (hvb, transcribe) */
    turns_t turns;          /* in time order; start_ms/end_ms -1 when the source
                             * has no times. Empty for an error. */
    fmt_meta meta;
    uint64_t hash_seed;     /* where the record's identity (fmt_record_hash)
                             * starts: FNV-1a 64 of the other file it was read
                             * with (hvb metadata), else CZ_FNV1A64_BASIS */
} fmt_record;

typedef struct {
    fmt_record *v;
    size_t n, cap;
    fmt_kind format;        /* the format used (FMT_UNKNOWN if none fitted) */
} fmt_records;

#define FMT_RECORDS_INIT {NULL, 0, 0, FMT_UNKNOWN}

/* Detects the format of a file from its name and first bytes (rules above).
 * Never returns FMT_AUTO; FMT_UNKNOWN when nothing fits. */
fmt_kind fmt_detect(const char *path, const char *buf, size_t len);

/* Parses the file at path (used for the call id of text files, the hvb sid and
 * its metadata path; may be NULL) holding buf[0..len) (need not be
 * NUL-terminated). Appends at least one record to *out: calls and/or error
 * records. Never fails as a whole: unreadable metadata, bad JSON, an unknown
 * format are error records. Returns the format used (also in out->format).
 * The records own their strings and turns: the caller may move call and
 * turns out (zeroing them, as prepare_from_parts does) and frees the rest
 * with fmt_records_free or fmt_records_clear. o may be NULL (auto, no
 * defaults). Thread-safe: no shared state. */
fmt_kind fmt_parse(const char *path, const char *buf, size_t len, const fmt_opts *o,
                   fmt_records *out);

/* Frees every record's contents and empties the list, keeping its memory for
 * the next file. */
void fmt_records_clear(fmt_records *r);
/* Frees everything. Accepts NULL and a zeroed list. */
void fmt_records_free(fmt_records *r);

/* The record's identity for re-delivery: FNV-1a 64 of the bytes of the
 * other file it was read with (hvb metadata), if any, followed by its own
 * bytes buf[raw_off, raw_off + raw_len). Equal to cz_fnv1a64 of its bytes when
 * it was read alone, so a changed sibling file makes a changed record. */
uint64_t fmt_record_hash(const fmt_record *r, const char *buf);

/* Number of records that are calls (error == NULL). */
size_t fmt_records_ok(const fmt_records *r);

/* ".../transcript/<sid>.json" -> ".../metadata/<sid>.json" (caller frees);
 * NULL when path is not a file in a directory named "transcript". */
char *fmt_hvb_metadata_path(const char *transcript_path);

/* The scanner's skip test: true when path is a file directly inside a
 * directory named "metadata" whose sibling directory "transcript" exists
 * according to dir_exists(ctx, dir). Such a file is Harper Valley Bank
 * metadata, read with its transcript, never a call of its own. */
bool fmt_hvb_is_metadata(const char *path, bool (*dir_exists)(void *ctx, const char *dir),
                         void *ctx);

#endif
