/* test_prepare.c - prepare_from_parts' check of the raw record (UTF-8, no
 * NUL byte): the scan goes sixteen and eight bytes at a time, so every
 * length and every position of a bad byte around those steps is tried, on
 * buffers of exactly the record's size (a read past the end shows under
 * AddressSanitizer, and would see whatever follows as part of the record). */
#include "t.h"

#include "formats.h"
#include "kpi.h"
#include "prepare.h"

static const char SEED[] = "{\"call_id\":\"P-1\",\"agent_name\":\"Ann Lee\","
                           "\"timestamp\":\"2026-11-02T10:00:00\","
                           "\"transcript_text\":\"Agent: Hello. Customer: Hi.\"}";

/* Prepares the seed call above with raw[0..n) as its raw record. Returns
 * prepare_from_parts' result (-2 if the seed did not parse); msg gets the
 * reason of a refusal. */
static int run(const prepare_opts *o, kpi_scratch *s, const char *raw, size_t n, char *msg,
               size_t msglen)
{
    fmt_records r = FMT_RECORDS_INIT;
    fmt_parse("p.json", SEED, sizeof SEED - 1, NULL, &r);
    if (r.n != 1 || r.v[0].error) {
        fmt_records_free(&r);
        return -2;
    }
    char *buf = malloc(n);
    memcpy(buf, raw, n);
    prepared_call out;
    cz_err e = {{0}};
    int rc = prepare_from_parts(o, s, &r.v[0].call, &r.v[0].turns, NULL, buf, n, &out, &e);
    if (rc == 0)
        prepared_call_free(&out);
    else
        snprintf(msg, msglen, "%s", e.msg);
    free(buf);
    fmt_records_free(&r);
    return rc;
}

int main(void)
{
    cz_err e;
    kpi_rules *rules = kpi_rules_load("rules/converza.rules", &e);
    CHECK(rules != NULL, "rules load");
    if (!rules)
        T_END();
    kpi_scratch *s = kpi_scratch_new(rules);
    prepare_opts o = {.rules = rules, .kpis_only = true};
    char raw[64], msg[600], want[96];
    int clean_ok = 0, clean_n = 0, nul_ok = 0, utf_ok = 0, bad_n = 0, multi_ok = 0, multi_n = 0;
    for (size_t n = 1; n <= 50; n++) {
        memset(raw, 'a', sizeof raw);
        clean_n++;
        clean_ok += run(&o, s, raw, n, msg, sizeof msg) == 0;
        for (size_t b = 0; b < n; b++) {
            bad_n++;
            memset(raw, 'a', sizeof raw);
            raw[b] = '\0';
            snprintf(want, sizeof want, "NUL byte at byte %zu ", b);
            nul_ok += run(&o, s, raw, n, msg, sizeof msg) == -1 && strstr(msg, want) != NULL;
            raw[b] = '\xff';
            snprintf(want, sizeof want, "not valid UTF-8 at byte %zu ", b);
            utf_ok += run(&o, s, raw, n, msg, sizeof msg) == -1 && strstr(msg, want) != NULL;
            if (b + 1 < n) { /* a valid two-byte character */
                multi_n++;
                raw[b] = '\xc3';
                raw[b + 1] = '\xa9';
                multi_ok += run(&o, s, raw, n, msg, sizeof msg) == 0;
            }
        }
    }
    printf("# clean %d/%d, NUL %d/%d, bad UTF-8 %d/%d, two-byte %d/%d\n", clean_ok, clean_n,
           nul_ok, bad_n, utf_ok, bad_n, multi_ok, multi_n);
    CHECK(clean_ok == clean_n, "raw check: ASCII records of 1 to 50 bytes pass");
    CHECK(nul_ok == bad_n, "raw check: a NUL byte is found at its offset, at every length");
    CHECK(utf_ok == bad_n, "raw check: a stray 0xFF is found at its offset, at every length");
    CHECK(multi_ok == multi_n, "raw check: a two-byte character passes at every offset");
    kpi_scratch_free(s);
    kpi_rules_free(rules);
    T_END();
}
