/* fuzz_kpi.c - libFuzzer target for the KPI engine: any transcript through
 * turns_split and kpi_extract, with the rules loaded once at start from
 * $CONVERZA_RULES or the default path (rules/converza.rules in the tree). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpi.h"
#include "turns.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* libFuzzer's entry points take no context, so the rules loaded at start live
 * here; they are immutable after LLVMFuzzerInitialize. */
static kpi_rules *g_rules;
static kpi_scratch *g_scratch;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char *path = kpi_rules_path(NULL);
    cz_err err = {{0}};
    g_rules = kpi_rules_load(path, &err);
    if (!g_rules) {
        fprintf(stderr, "fuzz_kpi: cannot load rules %s: %s\n", path, err.msg);
        exit(2);
    }
    free(path);
    g_scratch = kpi_scratch_new(g_rules);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';

    turns_t t = TURNS_INIT;
    cz_err err = {{0}};
    if (turns_split(text, &t, &err) == 0) {
        kpi_result r;
        memset(&r, 0, sizeof r);
        if (kpi_extract(g_rules, g_scratch, &t, &r, &err) == 0) {
            if (r.sentiment < -1 || r.sentiment > 1 || r.sentiment_score < -1.0 ||
                r.sentiment_score > 1.0 || r.upsell_cents < 0)
                abort(); /* KPIs out of their documented ranges */
            char *ev = kpi_evidence_json(&r);
            if (!ev || ev[0] != '{')
                abort();
            free(ev);
            kpi_result_free(&r);
        }
    }
    turns_free(&t);
    free(text);
    return 0;
}
