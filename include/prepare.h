/* prepare.h - one raw call record turned into everything the layers store:
 * the parsed call, the cleaned turns, the KPIs and their evidence. Pure: the
 * caller does the reading and the loading. */
#ifndef CZ_PREPARE_H
#define CZ_PREPARE_H

#include <stdbool.h>
#include "call.h"
#include "kpi.h"
#include "turns.h"
#include "util.h"

typedef struct {
    const kpi_rules *rules;
    bool redact_pii;     /* mask card numbers, SSNs, e-mails and phones after bronze */
} prepare_opts;

typedef struct {
    call_t call;
    char checksum[17];   /* FNV-1a 64 of the raw bytes */
    char day[11];        /* UTC day of the call, YYYY-MM-DD */
    char time[32];       /* call time for PostgreSQL */
    turns_t turns;       /* cleaned (and redacted) turns */
    char *transcript;    /* the turns as "Agent: ...\nCustomer: ..." lines */
    char *turns_json;    /* [{"speaker":"agent","text":"..."}, ...] */
    kpi_result kpi;
    char *evidence_json;
} prepared_call;

/* Parses and analyses one seed-format record. Returns 0 and fills *out (free
 * with prepared_call_free), or -1 with err holding the quarantine reason. */
int prepare_call(const prepare_opts *o, kpi_scratch *s, const char *raw, size_t len,
                 prepared_call *out, cz_err *err);

/* Same, for a call whose fields and turns were already read from another
 * format (the turns are moved into out; call is moved too). */
int prepare_from_parts(const prepare_opts *o, kpi_scratch *s, call_t *call, turns_t *turns,
                       const char *raw, size_t len, prepared_call *out, cz_err *err);

void prepared_call_free(prepared_call *p);

#endif
