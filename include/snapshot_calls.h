/* snapshot_calls.h - the drill-down payload: an agent's most recent calls
 * with the evidence behind each KPI and the cleaned, masked turns, published
 * retained to PREFIX/calls/KEY (KEY: snap_calls_key of the agent's name) and
 * read by the dashboard only while it shows that agent. Part of the one
 * snapshot codec (src/core/snapshot/); fields and LIMITS in converza-mqtt(7).
 * Pure: no I/O. The decoder never trusts its input. */
#ifndef CZ_SNAPSHOT_CALLS_H
#define CZ_SNAPSHOT_CALLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define SNAP_TOPIC_CALLS "calls"

/* The bounds of one agent's payload (converza-mqtt(7), LIMITS). The writer
 * applies them all; the reader refuses more than it would write. */
#define SNAPSHOT_CALLS_SENT 50          /* newest calls per agent */
#define SNAPSHOT_CALLS_BYTES (384u << 10) /* one agent's payload, turns included */
#define SNAPSHOT_EVIDENCE_MAX 5         /* entries per evidence list */
#define SNAPSHOT_EVIDENCE_TEXT 160      /* bytes of one evidence phrase */
#define SNAPSHOT_TURNS_MAX 200          /* turns per call */
#define SNAPSHOT_TURN_TEXT 600          /* bytes of one turn */

typedef struct {
    char *text;
    int64_t cents;          /* add-on price; 0 in the other lists */
} snap_evidence;

typedef enum { SNAP_SPK_UNKNOWN, SNAP_SPK_AGENT, SNAP_SPK_CUSTOMER } snap_speaker;

typedef struct {
    snap_speaker speaker;
    char *text;
} snap_turn;

typedef struct {
    char *call_id;
    int64_t time;           /* epoch seconds */
    char day[11];           /* "YYYY-MM-DD": the day the aggregates count it on */
    int64_t duration_ms;    /* -1 when the source has no times */
    bool conversion;
    int64_t upsell_cents;
    int sentiment;          /* +1 positive, 0 neutral, -1 negative */
    int score_e4;           /* sentiment score in 1/10000, -10000..10000 */
    snap_evidence *conv, *upsell, *sent;  /* the evidence lists */
    size_t n_conv, n_upsell, n_sent;
    bool has_turns;         /* false: left out to keep the payload bounded */
    snap_turn *turns;
    size_t n_turns;
    int64_t turns_total;    /* turns the call has (more than n_turns when cut) */
} snap_call;

typedef struct {
    int schema;
    int64_t generated_at;
    char *agent_name;
    int64_t calls_total;    /* the agent's calls in gold, all time */
    snap_call *v;           /* newest first */
    size_t n;
} snap_calls;

/* The topic key of an agent: FNV-1a 64 of its name as a reader sees it
 * (snap_clean_text, SNAPSHOT_MAX_TEXT), 16 lowercase hex digits, so names
 * with '/', '+' or '#' make valid topics. */
void snap_calls_key(const char *agent_name, char out[17]);

/* PREFIX/calls/KEY. Caller frees. */
char *snap_calls_topic(const char *prefix, const char *agent_name);

/* Encodes s with every bound above applied (at most SNAPSHOT_CALLS_SENT
 * calls, evidence and turns cut): the calls' turns go in newest call first
 * while the payload stays within max_bytes; a call whose turns would pass it
 * carries "turns": null. *with_turns (may be NULL) says how many calls carry
 * theirs. Without any turns the payload is at most about 140 KiB, so
 * max_bytes below that may be passed. Caller frees. */
char *snap_calls_encode(const snap_calls *s, size_t max_bytes, size_t *with_turns);

/* Parses len bytes into *out (free with snap_calls_free). -1 with err on
 * malformed input, a wrong schema, out-of-range values or more entries than
 * the bounds above; *out is then empty. Strings are sanitised as in
 * snapshot.h. */
int snap_calls_decode(const char *buf, size_t len, snap_calls *out, cz_err *err);

void snap_call_free(snap_call *c);
void snap_calls_free(snap_calls *s);

#endif
