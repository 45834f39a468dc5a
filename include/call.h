/* call.h - one call as it arrives in the seed JSON format, parsed and validated.
 * Pure: no I/O. */
#ifndef CZ_CALL_H
#define CZ_CALL_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

typedef struct {
    char *call_id;       /* as given, trimmed; non-empty */
    char *agent_name;    /* normalised by name_normalize (name.h): trimmed, white
                          * space folded, control and invisible characters
                          * removed, NFC */
    char *timestamp_raw; /* as given */
    int64_t ts_epoch;    /* seconds since the epoch, UTC (naive timestamps are UTC) */
    char *transcript;    /* transcript_text as given */
    char *team;          /* the team the source names (seed/JSON Lines "team",
                          * text "Team:"), cleaned like agent_name; NULL if none */
} call_t;

/* Parses one seed-format JSON object of len bytes (need not be NUL-terminated).
 * On success fills *out (free with call_free) and returns 0. On bad input
 * returns -1 with a one-line reason in err ("missing field agent_name",
 * "invalid JSON near byte 120", ...), and *out holds nothing to free. A NUL
 * byte or invalid UTF-8 anywhere in buf is refused (fmt_meta.raw_valid relies
 * on it). */
int call_parse_json(const char *buf, size_t len, call_t *out, cz_err *err);

/* Builds a call from fields read from any input format, with the same
 * cleaning and checks as the seed format: call_id and agent_name lose
 * terminal escape sequences and control characters, have white space
 * folded, must be non-empty and at most 200 bytes; agent_name is normalised
 * by name_normalize (name.h); ts must parse with cz_time_parse and fall
 * within [CZ_TIME_MIN, CZ_TIME_MAX] in UTC. text (NULL means "") is copied as the transcript. Returns 0
 * and fills *out (free with call_free), or -1 with the reason in err
 * ("field agent_name is empty", "unparseable timestamp ...") and nothing to
 * free. */
int call_from_fields(const char *id, const char *agent, const char *ts, const char *text,
                     call_t *out, cz_err *err);

/* Sets c->team from a source's team field: cleaned like agent_name; an
 * empty value means none (NULL). Returns -1 with err when it is longer than
 * 200 bytes. */
int call_set_team(call_t *c, const char *team, cz_err *err);

/* Frees the strings of c (not c itself). Accepts a zeroed call. */
void call_free(call_t *c);

/* The call times the layers and readers accept, seconds since the epoch:
 * 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (a day always has a
 * four-digit year; converza-mqtt(7) readers accept no later time). */
#define CZ_TIME_MIN INT64_C(0)
#define CZ_TIME_MAX INT64_C(253402300799)

/* Parses an ISO-8601-like timestamp: "2025-10-09T16:19:15", with a space instead
 * of T, optional fractional seconds, optional "Z" or "+hh:mm"/"-hhmm" offset, or
 * a date alone. Returns 0 and sets *epoch (UTC) or -1 if it is not a valid time. */
int cz_time_parse(const char *s, int64_t *epoch);

/* Formats epoch as "YYYY-MM-DD HH:MM:SS+00" into out[32]. */
void cz_time_format(int64_t epoch, char out[32]);

/* The business day and hour of epoch in the process's time zone (the worker
 * sets it from its `timezone` setting, tz.h): day as "YYYY-MM-DD" into day[11]
 * and *hour_start, the instant the local hour holding epoch began (epoch
 * minus the local minutes and seconds), so the two 01:00 hours of a night
 * the clocks go back are two hours. */
void cz_time_local(int64_t epoch, char day[11], int64_t *hour_start);

#endif
