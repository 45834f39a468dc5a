/* roster.h - the agent -> team roster (config `roster`, converza.conf(5)): a
 * CSV of "agent,team" lines that overrides the team a call file names. Agent
 * names are normalised as in calls (name.h), so a roster line matches the
 * agent however the files spell it. Pure parsing and lookup; the caller reads
 * the file (tf_read). Not thread-safe to modify; concurrent lookups are fine. */
#ifndef CZ_ROSTER_H
#define CZ_ROSTER_H

#include <stddef.h>
#include "strmap.h"
#include "util.h"

#define ROSTER_MAX_LINES 100000
#define CZ_TEAM_NONE "unassigned" /* the team of a call that has none */

typedef struct {
    strmap index;    /* normalised agent -> index into teams */
    char **teams;    /* owned, one per agent line */
    size_t n;
} roster;

#define ROSTER_INIT {STRMAP_INIT, NULL, 0}

/* Parses text[0..len) (NUL-terminated, as tf_read leaves it): one
 * "agent,team" per line; blank lines and lines starting with '#' are skipped;
 * a first line "agent,team" (any case) is a header; fields may be quoted with
 * '"' (doubled quotes inside). A later line for the same agent wins. Returns
 * 0 and fills *out (free with roster_free), or -1 with err naming the line
 * (a line without a comma, an empty agent or team, a field over 200 bytes,
 * more than ROSTER_MAX_LINES lines). */
int roster_parse(char *text, size_t len, roster *out, cz_err *err);

/* Reads and parses the roster file at path (a regular file of at most
 * TF_MAX_CONFIG bytes); err names the file. */
int roster_load(const char *path, roster *out, cz_err *err);

/* The team of agent (a normalised name, as in call_t), or NULL when the
 * roster does not list it. r may be NULL. */
const char *roster_team(const roster *r, const char *agent);

void roster_free(roster *r);

#endif
