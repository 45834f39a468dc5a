/* test_copytext.c - the loader's fast text paths equal the slow ones they
 * replaced: copy_field (src/etl/pg.c, eight bytes at a time) escapes as a
 * byte-by-byte switch does, sb_fixed (src/core/util.c) writes what
 * agg_format_fixed writes, and batch_utc_stamp (src/etl/batch.c) what
 * gmtime_r and strftime write. */
#include <stdint.h>
#include <time.h>

#include "agg.h"
#include "batch.h"
#include "pg.h"
#include "pg_agg.h"
#include "t.h"

/* The escaping copy_field did before (and the definition of COPY text). */
static void slow_copy_field(strbuf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '\\': sb_puts(b, "\\\\"); break;
        case '\t': sb_puts(b, "\\t"); break;
        case '\n': sb_puts(b, "\\n"); break;
        case '\r': sb_puts(b, "\\r"); break;
        default: sb_putc(b, s[i]);
        }
    }
}

static bool same_escape(const char *s, size_t len)
{
    strbuf a = SB_INIT, b = SB_INIT;
    sb_puts(&a, "x\t"); /* appended after what is there */
    sb_puts(&b, "x\t");
    copy_field(&a, s, len);
    slow_copy_field(&b, s, len);
    bool ok = a.len == b.len && memcmp(a.s, b.s, a.len) == 0 && a.s[a.len] == '\0';
    sb_free(&a);
    sb_free(&b);
    return ok;
}

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void test_copy_field(void)
{
    /* every byte value at every offset of a word, in fields of every length
     * around the word and slice sizes */
    bool all = true;
    char buf[64];
    for (int c = 0; c < 256; c++)
        for (size_t len = 1; len <= 24 && all; len++)
            for (size_t at = 0; at < len && all; at++) {
                memset(buf, 'a', len);
                buf[at] = (char)c;
                all = same_escape(buf, len);
            }
    CHECK(all, "copy_field: each byte value at each offset");
    /* two candidates in any two places of two words (the first one found
     * must not hide the second) */
    static const char pick[] = {'\\', '\t', '\n', '\r', 1, 0x0b, 0x0d, 0x0e, 0x5d, 'a', (char)0x80,
                                (char)0xff};
    all = true;
    for (size_t x = 0; x < sizeof pick && all; x++)
        for (size_t y = 0; y < sizeof pick && all; y++)
            for (size_t i = 0; i < 16 && all; i++)
                for (size_t j = 0; j < 16 && all; j++) {
                    memset(buf, 'b', 17);
                    buf[i] = pick[x];
                    buf[j] = pick[y];
                    all = same_escape(buf, 17);
                }
    CHECK(all, "copy_field: two candidates anywhere in two words");
    all = true;
    static char big[20000];
    for (int round = 0; round < 300 && all; round++) {
        size_t len = next() % sizeof big;
        int sparse = (int)(next() % 4); /* 0: any byte; else mostly text */
        static const char special[] = "\\\t\n\r\x01\x0b\x0c\x0d\x0e\x1f\x5b\x5d\x80\x8e\xdc\xff";
        for (size_t i = 0; i < len; i++) {
            uint64_t r = next();
            big[i] = sparse == 1 && r % 8 == 0 ? special[(r >> 8) % (sizeof special - 1)]
                     : sparse && r % 64    ? (char)('a' + r % 26)
                                           : (char)(r >> 8);
        }
        all = same_escape(big, len);
    }
    CHECK(all, "copy_field: random fields up to 20,000 bytes, across slices");
    CHECK(same_escape("", 0), "copy_field: empty");
    strbuf e = SB_INIT;
    copy_field(&e, "", 0);
    CHECK(e.s && e.len == 0 && e.s[0] == '\0', "copy_field: empty field leaves a string");
    sb_free(&e);
}

static bool same_fixed(int64_t v, int d)
{
    char want[32];
    agg_format_fixed(v, d, want);
    strbuf s = SB_INIT;
    sb_fixed(&s, v, d);
    bool ok = strcmp(s.s, want) == 0;
    if (!ok)
        printf("# %lld %d: got %s want %s\n", (long long)v, d, s.s, want);
    sb_free(&s);
    return ok;
}

static void test_fixed(void)
{
    static const int64_t edge[] = {0, 1, -1, 9, -9, 10, -10, 99, 100, -100, 999, 1000, 9999, 10000,
                                   -10000, 12345, -12345, 100000, INT64_MAX, INT64_MIN,
                                   INT64_MAX - 1, INT64_MIN + 1, 1000000000, -1000000000};
    bool all = true;
    for (int d = 0; d <= 18; d++) {
        for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
            all &= same_fixed(edge[i], d);
        for (int k = 0; k < 2000; k++) {
            uint64_t r = next();
            int64_t v = (int64_t)(r >> (r % 64)); /* every magnitude */
            all &= same_fixed(next() & 1 ? v : -v, d);
        }
    }
    CHECK(all, "sb_fixed equals agg_format_fixed, 0 to 18 decimals");
    strbuf s = SB_INIT;
    sb_fixed(&s, -42, 0);
    CHECK_STR(s.s, "-42", "sb_fixed, no decimals");
    sb_free(&s);
}

static bool same_stamp(int64_t t)
{
    char want[40], got[40];
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(want, sizeof want, "%Y-%m-%dT%H:%M:%SZ", &tm);
    batch_utc_stamp(t, got);
    bool ok = strcmp(got, want) == 0;
    if (!ok)
        printf("# %lld: got %s want %s\n", (long long)t, got, want);
    return ok;
}

static void test_stamp(void)
{
    bool all = true;
    /* every day from 1970 to 2200, at a varying time of day */
    for (int64_t day = 0; day < 84000; day++)
        all &= same_stamp(day * 86400 + (day * 7919) % 86400);
    for (int k = 0; k < 100000; k++)
        all &= same_stamp((int64_t)(next() % INT64_C(253402300800)));
    static const int64_t edge[] = {0, 59, 60, 86399, 86400, 951782400, 951868800, 4107542400,
                                   INT64_C(253402300799), INT64_C(253402300800), -1, -86401,
                                   INT64_C(9223372036)};
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        all &= same_stamp(edge[i]);
    CHECK(all, "batch_utc_stamp equals gmtime_r and strftime");
}

int main(void)
{
    test_copy_field();
    test_fixed();
    test_stamp();
    T_END();
}
