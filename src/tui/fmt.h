/* fmt.h - number and time formatting for the dashboard: thousands
 * separators, money from cents, percentages, ages. Every function writes into
 * a caller buffer of the documented size (numbers have a bounded length, so no
 * input can overflow it) and returns that buffer. */
#ifndef CZ_TUI_FMT_H
#define CZ_TUI_FMT_H

#include <stdint.h>
#include <time.h>

#define FMT_LEN 48 /* enough for any value below */

/* 1234567 -> "1,234,567" */
char *fmt_int(int64_t v, char out[FMT_LEN]);

/* 123456 cents -> "$1,234.56" */
char *fmt_money(int64_t cents, char out[FMT_LEN]);

/* Dollars (a derived average) rounded to cents -> "$12.35" */
char *fmt_dollars(double dollars, char out[FMT_LEN]);

/* Short money for narrow places: "$950", "$12.3k", "$4.56M". */
char *fmt_money_short(int64_t cents, char out[FMT_LEN]);

/* Short counts: "950", "12.3k", "4.56M". */
char *fmt_int_short(int64_t v, char out[FMT_LEN]);

/* 12.345 -> "12.3%" */
char *fmt_pct(double pct, char out[FMT_LEN]);

/* A call length in seconds, rounded: 200.4 -> "3:20", 3723 -> "1:02:03";
 * negative or not finite counts as 0. */
char *fmt_duration(double seconds, char out[FMT_LEN]);

/* Seconds -> "42s", "5m 07s", "3h 04m", "2d 03h"; negative counts as 0. */
char *fmt_age(int64_t seconds, char out[FMT_LEN]);

/* Local time of epoch: "14:03:22" when it is today here, else
 * "2025-10-09 14:03". */
char *fmt_when(int64_t epoch, time_t now, char out[FMT_LEN]);

#endif
