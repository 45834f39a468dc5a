/* prepare.h - one raw call record turned into everything the layers store:
 * the parsed call, the cleaned turns, the KPIs and their evidence. Pure: the
 * caller does the reading and the loading. */
#ifndef CZ_PREPARE_H
#define CZ_PREPARE_H

#include <stdbool.h>
#include "counters.h"
#include "call.h"
#include "formats.h"
#include "kpi.h"
#include "roster.h"
#include "talk.h"
#include "turns.h"
#include "util.h"

typedef struct {
    const kpi_rules *rules;
    bool redact_pii;     /* mask card numbers, SSNs, e-mails and phones after bronze */
    bool kpis_only;      /* analyze: skip what only the database keeps (checksum,
                          * day, time, turns_json and evidence_json stay empty; the
                          * caller renders kpi's evidence with kpi_evidence_json_append,
                          * the function behind evidence_json); the turns, KPIs and
                          * talk metrics are computed exactly as for the worker */
    const roster *roster; /* agent -> team, over the call's own team; may be NULL */
    bool no_questions;   /* the caller shows no talk.customer_questions (analyze
                          * on a seed source): it stays 0 (talk_compute_times) */
} prepare_opts;

typedef struct {
    call_t call;
    char checksum[17];   /* FNV-1a 64 of the raw bytes */
    char day[11];        /* business day of the call, YYYY-MM-DD, in the process's
                          * zone (cz_time_local: the worker's `timezone`) */
    int64_t hour_start;  /* epoch of the start of the call's business hour */
    char hour[32];       /* the same for PostgreSQL (cz_time_format) */
    char *team;          /* the roster's team for the agent, else the call's
                          * own (call.team), else CZ_TEAM_NONE; owned */
    char time[32];       /* call time for PostgreSQL */
    turns_t turns;       /* cleaned (and redacted) turns */
    char *turns_json;    /* [{"speaker":"agent","text":"..."}, ...]; NULL with kpis_only */
    kpi_result kpi;
    char *evidence_json; /* kpi_evidence_json(&kpi); NULL with kpis_only */
    const char *format;  /* source format name (static), e.g. "seed", "hvb" */
    int source_line;     /* line in a multi-call file, 0 otherwise */
    char *task;          /* task or topic the source names, or NULL */
    int csat;            /* caller survey rating 0-10, -1 if none */
    talk_metrics talk;   /* conversation metrics (times_known false without times) */
} prepared_call;

/* Bounds a call must keep to be loaded (see LIMITS in converza-etl(1)). They
 * keep every value inside its column (gold upsell_amount numeric(12,2)) and
 * every sum the dashboard reads far inside what readers accept (counters up
 * to 2^53, revenue up to $10^13; converza-mqtt(7)). */
#define PREP_MAX_UPSELL_CENTS INT64_C(1000000000)  /* $10,000,000.00 per call */
#define PREP_MAX_CALL_MS INT64_C(86400000)         /* 24 hours */

/* Analyses a call whose fields and turns a format parser (formats.h) read
 * from raw[0..len): call and turns are moved into out, meta (may be NULL) is
 * copied. Returns 0 and fills *out (free with prepared_call_free), or -1
 * with err holding the quarantine reason, which names the field: raw must be
 * UTF-8 without NUL bytes (bronze keeps it as text; not checked again when
 * meta->raw_valid says the parser did), task UTF-8, the upsell
 * amount, the call length and the rating within the bounds above. */
int prepare_from_parts(const prepare_opts *o, kpi_scratch *s, call_t *call, turns_t *turns,
                       const fmt_meta *meta, const char *raw, size_t len, prepared_call *out,
                       cz_err *err);

void prepared_call_free(prepared_call *p);

/* The call's contribution to every counter (counters.h), as the aggregates
 * sum them: calls = 1, conversions 0 or 1, ... */
void prepared_counts(const prepared_call *p, kpi_counts *k);

#endif
