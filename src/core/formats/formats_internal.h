/* formats_internal.h - what the per-format parsers (formats_*.c) share:
 * record building, timed segments, JSON helpers. Not a public interface. */
#ifndef CZ_FORMATS_INTERNAL_H
#define CZ_FORMATS_INTERNAL_H

#include <cJSON.h>

#include "formats.h"

/* Appends an empty record (csat -1, call_ms -1) for bytes [off, off+len) of
 * the input and returns it; the pointer is valid until the next push. */
fmt_record *fmt_push(fmt_records *r, int line_no, size_t off, size_t len);

/* Turns rec into an error record with the reason (frees its call, turns and
 * task). */
void fmt_fail(fmt_record *rec, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The file name of path without directories and without its last extension,
 * as a pointer into path and a length ("a/b/c.x.txt" -> "c.x"). */
const char *fmt_stem(const char *path, size_t *n);

/* Fills rec->call from the fields with call_from_fields' checks. agent or ts
 * may be NULL, and then come from o's defaults; when neither has them, rec
 * becomes an error naming `hint` (how to supply the field). The transcript is
 * text, or the turns rendered when text is NULL. Returns 0 or -1 (rec is then
 * an error record). */
int fmt_set_call(fmt_record *rec, const char *id, const char *agent, const char *ts,
                 const char *text, const fmt_opts *o, const char *hint);

/* A timed piece of speech before sorting. */
typedef struct {
    speaker_t who;
    int64_t start_ms, end_ms;  /* -1 when unknown */
    char *text;                /* owned until moved into the turns */
    size_t order;              /* position in the source, for a stable sort */
} fmt_seg;

/* Sorts segs by start time (unknown first, source order on ties) and appends
 * them to rec->turns, freeing their texts. */
void fmt_segs_to_turns(fmt_seg *segs, size_t n, fmt_record *rec);

/* Parses buf as one JSON value (after a UTF-8 BOM). Returns the tree (free
 * with cJSON_Delete) or NULL with "invalid JSON near byte N (line L, column
 * C)" in err. Trailing non-space data is an error too. */
cJSON *fmt_json_parse(const char *buf, size_t len, cz_err *err);

/* The number at obj[key] as an integer if it is a finite whole-ish number in
 * range; else -1. Numeric strings ("10") count too when allow_string. */
int64_t fmt_json_int(const cJSON *obj, const char *key, bool allow_string);

/* The string at obj[key], or NULL when absent or not a string. */
const char *fmt_json_str(const cJSON *obj, const char *key);

/* Formats epoch milliseconds as "YYYY-MM-DDTHH:MM:SS.mmmZ" into out[40]. */
void fmt_iso_ms(int64_t ms, char out[40]);

/* The per-format parsers: each appends at least one record to out. */
void fmt_parse_seed(const char *buf, size_t len, fmt_records *out);
void fmt_parse_jsonl(const char *buf, size_t len, fmt_records *out);
void fmt_parse_text(const char *path, const char *buf, size_t len, const fmt_opts *o,
                    fmt_records *out);
void fmt_parse_hvb(const char *path, const char *buf, size_t len, const fmt_opts *o,
                   fmt_records *out);
void fmt_parse_transcribe(const char *path, const char *buf, size_t len, const fmt_opts *o,
                          fmt_records *out);

/* Text detection helper shared with fmt_detect: does a line of buf start with
 * a speaker label ("Agent:", "Customer:", synonyms) or a known header? */
bool fmt_text_plausible(const char *buf, size_t len);

#endif
