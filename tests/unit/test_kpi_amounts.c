/* test_kpi_amounts.c - money amounts through the public KPI API: every price
 * form converza-kpi(7) lists, speech-recognition forms, and the bounds that keep
 * amount arithmetic safe (the inputs the fuzzer once crashed on, and numbers
 * too large to be prices). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "kpi_t.h"

/* The upsell of a transcript in dollars; -1 when extraction failed. */
static double upsell_of(const char *transcript)
{
    kt_outcome o = kt_run(transcript, true);
    if (o.ok)
        CHECK(o.evidence && o.evidence[0] == '{', "evidence is a JSON object");
    free(o.evidence);
    return o.upsell;
}

static void expect(const char *transcript, double want, const char *name)
{
    double got = upsell_of(transcript);
    char n[256];
    snprintf(n, sizeof n, "%s (got %.2f)", name, got);
    CHECK(got > want - 0.001 && got < want + 0.001, n);
}

/* An add-on offered at `price` (as the agent says it) and accepted. */
static void offered(const char *price, double want, const char *name)
{
    char buf[512];
    snprintf(buf, sizeof buf,
             "Customer: Sign me up for the plan. Agent: Would you like to add the warranty for "
             "%s? Customer: Yes, add it.",
             price);
    expect(buf, want, name);
}

static void check_forms(void)
{
    offered("$50", 50, "$50");
    offered("$49.99", 49.99, "$49.99");
    offered("$1,200", 1200, "$1,200");
    offered("50 dollars", 50, "50 dollars");
    offered("fifty dollars", 50, "fifty dollars");
    offered("50 bucks", 50, "50 bucks");
    offered("twenty-five bucks", 25, "twenty-five bucks");
    offered("$15 a month", 15, "a recurring price counts once");
    offered("two hundred and fifty dollars", 250, "two hundred and fifty dollars");
    offered("forty four dollars and forty nine cents", 44.49, "dollars and cents in words");
    offered("12 dollars and 5 cents", 12.05, "dollars and cents in digits");
    offered("a hundred and twenty bucks", 120, "a hundred and twenty bucks");
    offered("nine ninety nine a month", 9.99, "speech: nine ninety nine a month");
    offered("one sixty a month", 160, "speech: one sixty a month is whole dollars");
    offered("$9,999,999", 9999999, "the largest price");
}

static void check_bounds(void)
{
    /* The fuzzer's overflow: digits times a million suffix. */
    expect("Agent:888888888888M", 0, "huge number with an m suffix is no price");
    offered("$888888888888M", 0, "huge offered price is no price");
    offered("$10,000,001", 0, "over $10,000,000 is no price");
    offered("$99999999999999999999999999", 0, "more digits than int64 holds");
    offered("eleven million dollars", 0, "number words past the bound");
    offered("a million million million million dollars", 0, "repeated million saturates");
    offered("$4.8k", 4800, "thousands shorthand still works");

    /* Every saved crash input must run clean (ASan and UBSan watch). */
    static const char *const inputs[] = {
        "tests/fuzz/regress/fuzz_kpi/amount-overflow-million-suffix.txt",
        "tests/fuzz/regress/fuzz_kpi/heap-overflow-garbled-upsell.txt",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        FILE *f = fopen(inputs[i], "rb");
        CHECK(f != NULL, inputs[i]);
        if (!f)
            continue;
        char buf[65536];
        size_t n = fread(buf, 1, sizeof buf - 1, f);
        fclose(f);
        buf[n] = '\0';
        double got = upsell_of(buf);
        CHECK(got >= 0 && got <= 10000000, "fuzz regression input runs clean");
    }
}

int main(void)
{
    if (!kt_load())
        T_END();
    check_forms();
    check_bounds();
    kt_free();
    T_END();
}
