/* kpi_t.h - what the KPI unit tests share: the shipped rules file loaded
 * once into R and S, and one transcript run through turn splitting and the
 * KPI engine. Include after t.h, in a test's single source file. */
#ifndef CZ_KPI_T_H
#define CZ_KPI_T_H

#include <stdbool.h>
#include <stdio.h>

#include "kpi.h"
#include "turns.h"

static kpi_rules *R;
static kpi_scratch *S;

/* What the engine made of one call; ok is false when the transcript did not
 * split into turns or the engine failed (then upsell is -1). */
typedef struct {
    bool ok;
    bool conv;
    double upsell; /* dollars */
    int sent;      /* kpi_sentiment */
    double score;
    char *evidence; /* with evidence: kpi_evidence_json, caller frees */
} kt_outcome;

static inline kt_outcome kt_run(const char *transcript, bool evidence)
{
    kt_outcome o = {.upsell = -1};
    turns_t t = TURNS_INIT;
    cz_err e;
    kpi_result res;
    if (turns_split(transcript, &t, &e) == 0 && kpi_extract(R, S, &t, &res, &e) == 0) {
        o.ok = true;
        o.conv = res.is_conversion;
        o.upsell = (double)res.upsell_cents / 100.0;
        o.sent = res.sentiment;
        o.score = res.sentiment_score;
        if (evidence)
            o.evidence = kpi_evidence_json(&res);
        kpi_result_free(&res);
    }
    turns_free(&t);
    return o;
}

/* Checks one call's conversion and upsell (to the cent), under name. */
static inline void kt_call(const char *transcript, bool conv, double upsell, const char *name)
{
    kt_outcome o = kt_run(transcript, false);
    char n[256];
    snprintf(n, sizeof n, "%s: conversion %s", name, conv ? "yes" : "no");
    CHECK(o.ok && o.conv == conv, n);
    snprintf(n, sizeof n, "%s: upsell %.2f (got %.2f)", name, upsell, o.upsell);
    CHECK(o.upsell > upsell - 0.001 && o.upsell < upsell + 0.001, n);
}

/* Checks one call's sentiment label (-1, 0 or 1), under name; the message
 * says what the engine found and its score. */
static inline void kt_sentiment(const char *transcript, int want, const char *name)
{
    kt_outcome o = kt_run(transcript, false);
    char n[300];
    int got = o.ok ? o.sent : 9;
    snprintf(n, sizeof n, "%s: %s (got %s, %.3f)", name, kpi_sentiment_label(want),
             got == 9 ? "error" : kpi_sentiment_label(got), o.score);
    CHECK(got == want, n);
}

/* kt_call on the call made of opening (turns several checks share) and
 * rest; a call too long for the buffer fails its check instead. */
static inline void kt_call_after(const char *opening, const char *rest, bool conv, double upsell,
                                 const char *name)
{
    char call[4096];
    int n = snprintf(call, sizeof call, "%s%s", opening, rest);
    if (n < 0 || (size_t)n >= sizeof call) {
        CHECK(false, name);
        return;
    }
    kt_call(call, conv, upsell, name);
}

/* Loads rules/converza.rules (tests run from the repository root) into R and
 * a scratch for it into S; false, after a failed CHECK, when it cannot. */
static inline bool kt_load(void)
{
    cz_err e = {{0}};
    R = kpi_rules_load("rules/converza.rules", &e);
    CHECK(R != NULL, "load rules/converza.rules");
    if (!R) {
        printf("# %s\n", e.msg);
        return false;
    }
    S = kpi_scratch_new(R);
    return true;
}

static inline void kt_free(void)
{
    kpi_scratch_free(S);
    kpi_rules_free(R);
}

#endif
