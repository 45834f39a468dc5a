/* numfmt.c - number and time formatting for the dashboard (see numfmt.h). */
#include "numfmt.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Magnitude of v without overflowing on INT64_MIN. */
static uint64_t magnitude(int64_t v)
{
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

/* Writes digits of u with thousands separators into out after prefix. */
static char *group(const char *prefix, uint64_t u, char out[NUM_LEN])
{
    char digits[32];
    int n = snprintf(digits, sizeof digits, "%" PRIu64, u);
    size_t p = strlen(prefix);
    memcpy(out, prefix, p);
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[p++] = ',';
        out[p++] = digits[i];
    }
    out[p] = '\0';
    return out;
}

char *num_int(int64_t v, char out[NUM_LEN])
{
    return group(v < 0 ? "-" : "", magnitude(v), out);
}

char *num_money(int64_t cents, char out[NUM_LEN])
{
    uint64_t u = magnitude(cents);
    group(cents < 0 ? "-$" : "$", u / 100, out);
    size_t n = strlen(out);
    snprintf(out + n, NUM_LEN - n, ".%02u", (unsigned)(u % 100));
    return out;
}

char *num_dollars(double dollars, char out[NUM_LEN])
{
    if (!isfinite(dollars) || fabs(dollars) > 9e15)
        dollars = 0;
    return num_money(llround(dollars * 100.0), out);
}

/* v with a k/M/B suffix and 3 significant digits when large. */
static char *shorten(const char *prefix, double v, char out[NUM_LEN])
{
    static const char *const suffix[] = {"", "k", "M", "B", "T"};
    int s = 0;
    double a = fabs(v);
    while (a >= 999.5 && s < 4) {
        a /= 1000.0;
        s++;
    }
    const char *sign = v < 0 ? "-" : "";
    if (s == 0)
        snprintf(out, NUM_LEN, "%s%s%.0f", sign, prefix, a);
    else if (a < 9.995)
        snprintf(out, NUM_LEN, "%s%s%.2f%s", sign, prefix, a, suffix[s]);
    else if (a < 99.95)
        snprintf(out, NUM_LEN, "%s%s%.1f%s", sign, prefix, a, suffix[s]);
    else
        snprintf(out, NUM_LEN, "%s%s%.0f%s", sign, prefix, a, suffix[s]);
    return out;
}

char *num_money_short(int64_t cents, char out[NUM_LEN])
{
    if (cents > -100000 && cents < 100000) /* under $1,000: keep the cents */
        return num_money(cents, out);
    return shorten("$", (double)cents / 100.0, out);
}

char *num_int_short(int64_t v, char out[NUM_LEN])
{
    if (v > -10000 && v < 10000)
        return num_int(v, out);
    return shorten("", (double)v, out);
}

char *num_pct(double pct, char out[NUM_LEN])
{
    if (!isfinite(pct))
        pct = 0;
    snprintf(out, NUM_LEN, "%.1f%%", pct);
    return out;
}

char *num_duration(double seconds, char out[NUM_LEN])
{
    if (!isfinite(seconds) || seconds < 0)
        seconds = 0;
    if (seconds > 1e15)
        seconds = 1e15; /* stays exact and short */
    int64_t s = llround(seconds);
    if (s < 3600)
        snprintf(out, NUM_LEN, "%" PRId64 ":%02" PRId64, s / 60, s % 60);
    else
        snprintf(out, NUM_LEN, "%" PRId64 ":%02" PRId64 ":%02" PRId64, s / 3600, s % 3600 / 60,
                 s % 60);
    return out;
}

char *num_age(int64_t s, char out[NUM_LEN])
{
    if (s < 0)
        s = 0;
    if (s < 60)
        snprintf(out, NUM_LEN, "%" PRId64 "s", s);
    else if (s < 3600)
        snprintf(out, NUM_LEN, "%" PRId64 "m %02" PRId64 "s", s / 60, s % 60);
    else if (s < 86400)
        snprintf(out, NUM_LEN, "%" PRId64 "h %02" PRId64 "m", s / 3600, s % 3600 / 60);
    else
        snprintf(out, NUM_LEN, "%" PRId64 "d %02" PRId64 "h", s / 86400, s % 86400 / 3600);
    return out;
}

char *num_when(int64_t epoch, time_t now, char out[NUM_LEN])
{
    time_t t = (time_t)epoch;
    struct tm tm, tn;
    if (!localtime_r(&t, &tm) || !localtime_r(&now, &tn)) {
        snprintf(out, NUM_LEN, "?");
        return out;
    }
    if (tm.tm_year == tn.tm_year && tm.tm_yday == tn.tm_yday)
        strftime(out, NUM_LEN, "%H:%M:%S", &tm);
    else
        strftime(out, NUM_LEN, "%Y-%m-%d %H:%M", &tm);
    return out;
}
