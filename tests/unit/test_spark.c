/* test_spark.c - the daily trend's sparkline (src/tui/spark.c), the issue 18
 * items "scaled from the window's minimum to maximum so that 40-45 % does not
 * look flat", "several cells per day" and "weekday initials": levels over the
 * range, the middle level when all days are equal, a line drawn on an
 * off-screen ASCII screen with per-day cells and a blank between days from
 * three cells on, and the weekday of a date across leap years and centuries. */
#include <stdio.h>
#include <string.h>

#include "spark.h"
#include "t.h"

static snap_day day(const char *d, int64_t calls, int64_t conv)
{
    snap_day s;
    memset(&s, 0, sizeof s);
    snprintf(s.day, sizeof s.day, "%s", d);
    s.k.calls = calls;
    s.k.conversions = conv;
    return s;
}

static const char *row(int y, int n)
{
    static char buf[128];
    int got = mvinnstr(y, 0, buf, n);
    buf[got > 0 ? got : 0] = '\0';
    return buf;
}

int main(void)
{
    CHECK(spark_level_range(40, 40, 45) == 0 && spark_level_range(45, 40, 45) == 7 &&
              spark_level_range(42.5, 40, 45) == 4,
          "range: the smallest day the lowest level, the largest the highest, between in proportion");
    CHECK(spark_level_range(41, 41, 41) == 3, "range: all days equal: the middle level");
    CHECK(spark_level_range(30, 40, 45) == 0 && spark_level_range(50, 40, 45) == 7, "range: clamped");

    CHECK_STR(spark_weekday("2025-10-06"), "M", "weekday: Monday 6 Oct 2025");
    CHECK_STR(spark_weekday("2025-10-08"), "W", "weekday: Wednesday 8 Oct 2025");
    CHECK_STR(spark_weekday("2025-10-11"), "S", "weekday: Saturday 11 Oct 2025");
    CHECK_STR(spark_weekday("2024-02-29"), "T", "weekday: Thursday 29 Feb 2024 (leap day)");
    CHECK_STR(spark_weekday("2000-01-01"), "S", "weekday: Saturday 1 Jan 2000");
    CHECK_STR(spark_weekday("2100-03-01"), "M", "weekday: Monday 1 Mar 2100 (no leap year)");
    CHECK(strcmp(spark_weekday("2025-13-01"), "?") == 0 && strcmp(spark_weekday("soon"), "?") == 0 &&
              strcmp(spark_weekday(NULL), "?") == 0,
          "weekday: ? for what is not a date");

    term t;
    term_opts to = {true, true};
    cz_err err;
    if (term_open_null(&t, &to, 10, 80, &err) < 0) {
        printf("FAIL spark: %s\n", err.msg);
        return 1;
    }
    /* 40 %, 42.5 %, 45 %: on a scale from 0 they would be three nearly
     * equal blocks. */
    snap_day d[3] = {day("2025-10-07", 200, 80), day("2025-10-08", 200, 85), day("2025-10-09", 200, 90)};
    erase();
    spark_line(&t, 0, 0, d, 3, SER_RATE, 1);
    spark_line(&t, 1, 0, d, 3, SER_RATE, 3);
    spark_line(&t, 2, 0, d, 3, SER_RATE, 2);
    CHECK_STR(row(0, 3), "_=#", "line: 40-45 % from the lowest to the highest block, one cell a day");
    CHECK_STR(row(1, 8), "__ == ##", "line: three cells a day, two drawn and a blank between days");
    CHECK_STR(row(2, 6), "__==##", "line: two cells a day, no blank");
    snap_day flat[2] = {day("2025-10-08", 100, 41), day("2025-10-09", 100, 41)};
    erase();
    spark_line(&t, 0, 0, flat, 2, SER_RATE, 1);
    CHECK_STR(row(0, 2), "--", "line: equal days the middle block, not empty");
    term_close(&t);
    T_END();
}
