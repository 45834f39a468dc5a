/* gen_time.c - proleptic Gregorian date arithmetic without the C library's
 * time-zone state (algorithms after Howard Hinnant's days_from_civil). */
#include "gen_time.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)((int64_t)yoe + era * 400 + (*m <= 2));
}

static unsigned days_in_month(int y, unsigned m)
{
    static const unsigned dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int gt_parse_date(const char *s, int64_t *days, cz_err *e)
{
    int ok = strlen(s) == 10 && s[4] == '-' && s[7] == '-';
    for (int i = 0; ok && i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            ok = 0;
    if (!ok) {
        cz_err_set(e, "invalid date '%s': expected YYYY-MM-DD", s);
        return -1;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (y < 1970 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
        cz_err_set(e, "invalid date '%s': no such day (years 1970-9999)", s);
        return -1;
    }
    *days = days_from_civil(y, m, d);
    return 0;
}

int64_t gt_today_utc(void)
{
    time_t now = time(NULL);
    return (int64_t)now / 86400;
}

void gt_random_timestamp(grng *r, int64_t from, int64_t to, char out[20])
{
    /* Call volume by hour of day: quiet nights, busy late mornings. */
    static const double hour_w[24] = {
        0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 8, 6, 7, 8, 7, 6, 5, 3.5, 2.5, 1.5, 1, 0.6, 0.3,
    };
    int64_t day = grng_range(r, from, to);
    unsigned h = (unsigned)grng_weighted(r, hour_w, 24);
    unsigned mi = grng_below(r, 60), se = grng_below(r, 60);
    int y;
    unsigned m, d;
    civil_from_days(day, &y, &m, &d);
    /* The modulos tell the compiler the fields fit; dates are 1970-9999. */
    snprintf(out, 20, "%04u-%02u-%02uT%02u:%02u:%02u", (unsigned)y % 10000, m % 100, d % 100, h % 24, mi % 60,
             se % 60);
}
