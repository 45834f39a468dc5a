/* snapshot.h - the MQTT payloads: KPI snapshots the worker publishes and the
 * dashboard reads. One codec for both sides; topics and fields are documented
 * in converza-mqtt(7). Pure: no I/O. Decoders never trust their input. */
#ifndef CZ_SNAPSHOT_H
#define CZ_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "counters.h"
#include "util.h"

#define SNAPSHOT_SCHEMA 1
#define SNAPSHOT_MAX_AGENTS 10000 /* decoders refuse larger arrays */
#define SNAPSHOT_MAX_DAYS 400
/* What the worker publishes at most (converza-mqtt(7), LIMITS): the agents
 * payload carries at most SNAPSHOT_AGENTS_SENT agents and SNAPSHOT_AGENTS_BYTES
 * bytes; with more agents it carries a ranked selection and says how many
 * there are in all (agents_total). */
#define SNAPSHOT_AGENTS_SENT 1000
#define SNAPSHOT_AGENTS_BYTES (4u << 20)
#define SNAPSHOT_MAX_PAYLOAD (32u << 20) /* readers drop larger messages */

/* kpi_counts, the counters over some set of calls, is defined by the
 * counter table in counters.h. Derived rates are computed on demand. */

/* The largest counter and revenue (in cents) readers accept: 2^53, exact in
 * a double, and $10^13 (converza-mqtt(7)). */
#define SNAPSHOT_MAX_COUNT INT64_C(9007199254740992)
#define SNAPSHOT_MAX_CENTS INT64_C(1000000000000000)

/* The writer's guarantee that a reader never rejects what it publishes: k
 * with every counter within 0..SNAPSHOT_MAX_COUNT, revenue within
 * 0..SNAPSHOT_MAX_CENTS, and the relations readers check kept (conversions,
 * sentiment labels, timed and rated calls at most calls; shares at most
 * 10000 bp per timed call; no times without timed calls; monologues at most
 * the durations; ratings at most 10 each). Values already within all of
 * this are returned unchanged; the encoders apply it to every KPI object. */
kpi_counts kpi_counts_bounded(const kpi_counts *k);

/* Averages of the conversation metrics per call; -1 when no call in the set
 * has them (k NULL, no timed calls, no rated calls), never 0 for unknown.
 * The first six average over timed_calls. */
double kpi_avg_duration_s(const kpi_counts *k);         /* seconds */
double kpi_avg_agent_talk_pct(const kpi_counts *k);     /* percent of the call */
double kpi_avg_customer_talk_pct(const kpi_counts *k);  /* percent of the call */
double kpi_avg_silence_pct(const kpi_counts *k);        /* percent of the call */
double kpi_avg_monologue_s(const kpi_counts *k);        /* longest agent monologue, s */
double kpi_avg_interruptions(const kpi_counts *k);
double kpi_avg_questions(const kpi_counts *k);      /* over all calls; -1 when none */
double kpi_avg_csat(const kpi_counts *k);           /* 0..10 over csat_calls */

double kpi_conversion_rate(const kpi_counts *k);   /* percent, 0 when no calls */
/* part as a percentage of calls; 0 when there are no calls. */
double kpi_share_pct(int64_t part, int64_t calls);
double kpi_avg_upsell(const kpi_counts *k);        /* dollars per call */
double kpi_avg_sentiment(const kpi_counts *k);     /* -1..1, 0 when no calls */

/* Windows every summary and agent row carries. */
typedef struct {
    kpi_counts today, week, all;   /* week = the last 7 days including today */
    kpi_counts baseline;           /* the baseline_days before today ("usual");
                                      zero from workers that do not publish it */
} kpi_windows;

/* Targets from the worker's configuration (converza.conf(5)), published in
 * the summary so every dashboard judges by the same ones. -1: no target. */
typedef struct {
    double conversion_rate;  /* percent, at least */
    double avg_upsell;       /* dollars per call, at least */
    double calls;            /* calls per day of the whole floor, at least */
    double negative_share;   /* percent of calls, at most */
} snap_target_set;

typedef struct {
    char *team;              /* the agents' "team" field it applies to */
    snap_target_set t;       /* -1 where the floor's target applies */
} snap_team_target;

#define SNAPSHOT_MAX_TARGET_TEAMS 256
typedef struct {
    bool has;                /* the summary carried targets */
    double margin_pct;       /* within this percent of a target is "near" */
    snap_target_set floor;
    snap_team_target *teams;
    size_t nteams;
} snap_targets;
/* Calls in one call category (converza-rules(5)) in each window; rates are
 * derived: kpi_share_pct(n, the window's calls). */
typedef struct {
    char *name;
    int64_t today, week, all;
} snap_cat;

typedef struct {
    snap_cat *v;
    size_t n;
} snap_cats;
#define SNAPSHOT_MAX_CATEGORIES 64 /* decoders refuse more per object */

/* The category named name in c, or NULL. */
const snap_cat *snap_cats_find(const snap_cats *c, const char *name);
/* Appends (or adds to) category name's counts. */
void snap_cats_add(snap_cats *c, const char *name, int64_t today, int64_t week, int64_t all);
void snap_cats_free(snap_cats *c);

typedef struct {
    int schema;
    int64_t generated_at;    /* epoch seconds */
    char *batch_id;          /* last committed batch, may be "" */
    int64_t last_call_at;    /* epoch seconds of the newest call, 0 if none */
    char today[11];          /* "YYYY-MM-DD" the today window means, in timezone */
    kpi_windows k;
    snap_targets targets;    /* optional: has false when absent */
    int baseline_days;       /* days in the baseline window; 0: not published */
    int64_t min_calls;       /* calls an agent needs to be ranked (default 5) */
    snap_cats cats;          /* every category the rules define, then any
                                other the aggregates hold; empty from older
                                workers */
    char *timezone;          /* IANA zone of the business days; "" from older workers */
} snap_summary;

typedef struct {
    char *agent_name;
    char *team;              /* the team of the agent's newest call; "unassigned"
                                when none (and from older workers) */
    kpi_windows k;
    snap_cats cats;          /* the agent's categories with calls */
} snap_agent;

typedef struct {
    int schema;
    int64_t generated_at;
    snap_agent *v;
    size_t n;
    int64_t total;           /* agents in the aggregates, >= n; n when the
                                payload does not say (older workers) */
} snap_agents;

typedef struct {
    char day[11];            /* "YYYY-MM-DD" */
    kpi_counts k;
} snap_day;

typedef struct {
    int schema;
    int64_t generated_at;
    snap_day *v;             /* oldest first */
    size_t n;
} snap_trend;

typedef struct {
    int schema;
    int64_t generated_at;
    char *state;             /* "online" or "offline" */
    char *version;           /* worker version */
    char *worker;            /* host:pid of the worker that sent it (the
                                active one); "" when not said (older workers) */
    char *batch_id;          /* last batch, "" if none yet */
    int64_t files_seen, calls_loaded, duplicates, replaced, quarantined;
    double duration_s, calls_per_s;
} snap_status;

/* One active alert (converza-mqtt(7), PREFIX/alerts): the rule as written,
 * what it measures and where, the value that raised it (latest value while
 * active) and what it was compared with. */
typedef struct {
    char *rule;              /* the rule text: identity of the alert with agent
                                and team */
    char *kind;              /* "threshold" or "anomaly" */
    char *metric;            /* e.g. "conversion_rate", "category:x_rate" */
    char *window;            /* "today", "7d" or "all" */
    char *scope;             /* "agent", "team" or "all" */
    char *agent;             /* the agent for scope agent, "" otherwise */
    char *team;              /* the team for scope team, "" otherwise (and
                                from older workers) */
    double value;
    double threshold;        /* threshold rules: the threshold; anomaly: the
                                bound the value passed (mean -/+ sigma sd) */
    double baseline_mean, baseline_sd; /* anomaly rules; 0 otherwise */
    int64_t since;           /* epoch seconds it was raised */
} snap_alert;

typedef struct {
    int schema;
    int64_t generated_at;
    snap_alert *v;           /* newest first */
    size_t n;
} snap_alerts;
#define SNAPSHOT_MAX_ALERTS 1000 /* decoders refuse more */

/* Copies a into *out (free with snap_alert_free). */
void snap_alert_copy(snap_alert *out, const snap_alert *a);
void snap_alert_free(snap_alert *a);
char *snap_alerts_encode(const snap_alerts *s);
/* An event on PREFIX/alerts/events: {"schema", "generated_at", "event":
 * "raised"|"cleared", "alert": {...}}. */
char *snap_alert_event_encode(const char *event, const snap_alert *a, int64_t now);
int snap_alerts_decode(const char *buf, size_t len, snap_alerts *out, cz_err *err);
void snap_alerts_free(snap_alerts *s);
#define SNAP_TOPIC_ALERTS "alerts"
#define SNAP_TOPIC_ALERT_EVENTS "alerts/events"

/* Encoders return a malloc'd JSON string the caller frees. */
char *snap_summary_encode(const snap_summary *s);
/* Encodes the agents in order while the payload stays within max_bytes
 * (SNAPSHOT_AGENTS_BYTES for the worker): agents that would pass it are left
 * out, *kept (may be NULL) says how many went in, and agents_total stays
 * max(total, n) so readers know how many they do not have. Encodes one agent
 * at a time, so memory is the payload plus one agent's tree. */
char *snap_agents_encode(const snap_agents *s, size_t max_bytes, size_t *kept);
char *snap_trend_encode(const snap_trend *s);
char *snap_status_encode(const snap_status *s);

/* Decoders parse len bytes (not necessarily NUL-terminated). On success fill
 * *out (free with the matching _free) and return 0; on malformed input, a
 * wrong schema, wrong types, missing fields, impossible counts or oversized
 * arrays return -1 with err set and *out left empty. The conversation metrics
 * ("talk", "questions_sum", "csat") may be missing or null, as older workers
 * publish them: their counters then read as 0, their averages as unknown.
 * Strings are sanitised: control and escape characters are removed, so they
 * are safe to print on a terminal. */
int snap_summary_decode(const char *buf, size_t len, snap_summary *out, cz_err *err);
int snap_agents_decode(const char *buf, size_t len, snap_agents *out, cz_err *err);
int snap_trend_decode(const char *buf, size_t len, snap_trend *out, cz_err *err);
int snap_status_decode(const char *buf, size_t len, snap_status *out, cz_err *err);

void snap_summary_free(snap_summary *s);
void snap_targets_free(snap_targets *t);
void snap_agents_free(snap_agents *s);
void snap_trend_free(snap_trend *s);
void snap_status_free(snap_status *s);

/* Text helpers (snapshot_text.c), also used by the dashboard. */
#define SNAPSHOT_MAX_TEXT 128 /* bytes kept of any decoded string */

/* A copy of len bytes of s that is safe to print on a terminal: invalid UTF-8,
 * C0 and C1 control characters (ESC among them), DEL and bidirectional
 * overrides are removed, tab/CR/LF become spaces, runs of spaces collapse to
 * one, leading and trailing spaces are trimmed, and the result is cut to at most max bytes on a character
 * boundary. Caller frees; never NULL. */
char *snap_clean_text(const char *s, size_t len, size_t max);

/* Topic names under a prefix, e.g. "converza/v1" + "summary". Caller frees. */
char *snap_topic(const char *prefix, const char *leaf);
#define SNAP_TOPIC_SUMMARY "summary"
#define SNAP_TOPIC_AGENTS  "agents"
#define SNAP_TOPIC_TREND   "trend"
#define SNAP_TOPIC_STATUS  "status"
#define SNAP_TOPIC_TEAMS   "teams"
#define SNAP_TOPIC_HOURS   "hours"

/* The teams and hours payloads (snapshot_coach.c, converza-mqtt(7)). */
#define SNAPSHOT_TEAMS_SENT 100      /* the worker sends at most this many teams */
#define SNAPSHOT_MAX_TEAMS 1000      /* decoders refuse more */
#define SNAPSHOT_HOURS_AGENTS 1000   /* agents with hours the worker sends at most */
#define SNAPSHOT_HOURS_BYTES (4u << 20)
#define SNAPSHOT_MAX_HOURS 25        /* hours of a business day (a DST day has 25) */

typedef struct {
    char *team;
    int64_t agents;          /* agents whose newest call is this team's */
    kpi_windows k;
    snap_cats cats;          /* the team's categories with calls; empty from
                                older workers */
} snap_team;

typedef struct {
    int schema;
    int64_t generated_at;
    char today[11];
    snap_team *v;            /* by team name */
    size_t n;
    int64_t total;           /* teams there are, >= n */
} snap_teams;

/* One business hour's numbers: what the shift view shows. */
typedef struct {
    int64_t start;           /* epoch of the hour's start */
    int hour;                /* its local clock hour, 0..23 */
    int64_t calls, conversions, upsell_cents;
    double avg_sentiment;    /* -1..1 */
} snap_hour;

typedef struct {
    char *agent_name;
    snap_hour *v;            /* hours with calls, oldest first */
    size_t n;
} snap_hours_agent;

typedef struct {
    int schema;
    int64_t generated_at;
    char *timezone;
    char day[11];            /* the business day the hours belong to (today) */
    int64_t current;         /* start of the current hour */
    int current_hour;        /* its local clock hour, 0..23 */
    snap_hour *v;            /* every agent together, hours with calls, oldest first */
    size_t n;
    snap_cats *cats;         /* NULL, or n: calls per category in each hour of v
                                (in their today counts); NULL from older workers */
    snap_hours_agent *a;     /* per agent, most calls today first */
    size_t na;
    int64_t agents_total;    /* agents with calls today, >= na */
} snap_hours;

/* As snap_agents_encode: at most max_bytes, agents past it left out (*kept
 * says how many went in). */
char *snap_teams_encode(const snap_teams *s);
char *snap_hours_encode(const snap_hours *s, size_t max_bytes, size_t *kept);
int snap_teams_decode(const char *buf, size_t len, snap_teams *out, cz_err *err);
int snap_hours_decode(const char *buf, size_t len, snap_hours *out, cz_err *err);
void snap_teams_free(snap_teams *s);
void snap_hours_free(snap_hours *s);

#endif
