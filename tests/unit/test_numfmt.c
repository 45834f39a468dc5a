/* test_numfmt.c - the dashboard's number and time formatting (src/tui/numfmt.c):
 * separators, signs, money from cents, the short forms' rounding at each
 * suffix boundary, percentages, durations, ages and times, and the extremes
 * (INT64_MIN, NaN, infinities) that must neither overflow nor print garbage. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "numfmt.h"
#include "t.h"

int main(void)
{
    char b[NUM_LEN];
    CHECK_STR(num_int(0, b), "0", "int: zero");
    CHECK_STR(num_int(999, b), "999", "int: no separator below 1,000");
    CHECK_STR(num_int(1000, b), "1,000", "int: thousands");
    CHECK_STR(num_int(1234567, b), "1,234,567", "int: millions");
    CHECK_STR(num_int(-1234567, b), "-1,234,567", "int: negative");
    CHECK_STR(num_int(INT64_MIN, b), "-9,223,372,036,854,775,808", "int: INT64_MIN");

    CHECK_STR(num_money(0, b), "$0.00", "money: zero");
    CHECK_STR(num_money(7, b), "$0.07", "money: cents only");
    CHECK_STR(num_money(123456, b), "$1,234.56", "money: dollars and cents");
    CHECK_STR(num_money(-5, b), "-$0.05", "money: negative");
    CHECK(strlen(num_money(INT64_MIN, b)) < NUM_LEN && b[0] == '-', "money: INT64_MIN fits");

    CHECK_STR(num_dollars(12.345, b), "$12.35", "dollars: rounded to cents");
    CHECK_STR(num_dollars(NAN, b), "$0.00", "dollars: NaN is 0");
    CHECK_STR(num_dollars(INFINITY, b), "$0.00", "dollars: infinity is 0");

    CHECK_STR(num_money_short(95000, b), "$950.00", "money short: under $1,000 keeps cents");
    CHECK_STR(num_money_short(1234500, b), "$12.3k", "money short: thousands");
    CHECK_STR(num_money_short(456000000, b), "$4.56M", "money short: millions");
    CHECK_STR(num_money_short(99950000, b), "$1.00M", "money short: $999.5k rounds up to M");
    CHECK_STR(num_money_short(-1234500, b), "-$12.3k", "money short: negative");

    CHECK_STR(num_int_short(9999, b), "9,999", "int short: below 10,000 in full");
    CHECK_STR(num_int_short(10000, b), "10.0k", "int short: 10k");
    CHECK_STR(num_int_short(123456, b), "123k", "int short: three digits");
    CHECK_STR(num_int_short(999500, b), "1.00M", "int short: 999.5k rounds up to M");
    CHECK_STR(num_int_short(4560000000LL, b), "4.56B", "int short: billions");
    CHECK(strlen(num_int_short(INT64_MIN, b)) < NUM_LEN && b[0] == '-', "int short: INT64_MIN");

    CHECK_STR(num_pct(12.345, b), "12.3%", "pct: one decimal");
    CHECK_STR(num_pct(100, b), "100.0%", "pct: 100");
    CHECK_STR(num_pct(NAN, b), "0.0%", "pct: NaN is 0");

    CHECK_STR(num_duration(200.4, b), "3:20", "duration: minutes");
    CHECK_STR(num_duration(59.6, b), "1:00", "duration: rounds to the second");
    CHECK_STR(num_duration(3723, b), "1:02:03", "duration: hours");
    CHECK_STR(num_duration(-5, b), "0:00", "duration: negative is 0");
    CHECK_STR(num_duration(NAN, b), "0:00", "duration: NaN is 0");
    CHECK(strlen(num_duration(1e300, b)) < NUM_LEN, "duration: huge stays short");

    CHECK_STR(num_age(42, b), "42s", "age: seconds");
    CHECK_STR(num_age(307, b), "5m 07s", "age: minutes");
    CHECK_STR(num_age(11040, b), "3h 04m", "age: hours");
    CHECK_STR(num_age(183600, b), "2d 03h", "age: days");
    CHECK_STR(num_age(-3, b), "0s", "age: negative is 0");

    setenv("TZ", "UTC", 1);
    tzset();
    time_t now = 1760018602; /* 2025-10-09 14:03:22 UTC */
    CHECK_STR(num_when(now - 60, now, b), "14:02:22", "when: today as a time");
    CHECK_STR(num_when(now - 86400, now, b), "2025-10-08 14:03", "when: another day with the date");
    T_END();
}
