/* numfmt.h - number and time formatting for the dashboard: thousands
 * separators, money from cents, percentages, ages. Every function writes into
 * a caller buffer of the documented size (numbers have a bounded length, so no
 * input can overflow it) and returns that buffer. */
#ifndef CZ_TUI_NUMFMT_H
#define CZ_TUI_NUMFMT_H

#include <stdint.h>
#include <time.h>

#define NUM_LEN 48 /* enough for any value below */

/* 1234567 -> "1,234,567" */
char *num_int(int64_t v, char out[NUM_LEN]);

/* 123456 cents -> "$1,234.56" */
char *num_money(int64_t cents, char out[NUM_LEN]);

/* Dollars (a derived average) rounded to cents -> "$12.35" */
char *num_dollars(double dollars, char out[NUM_LEN]);

/* Short money for narrow places: "$950", "$12.3k", "$4.56M". */
char *num_money_short(int64_t cents, char out[NUM_LEN]);

/* Short counts: "950", "12.3k", "4.56M". */
char *num_int_short(int64_t v, char out[NUM_LEN]);

/* 12.345 -> "12.3%" */
char *num_pct(double pct, char out[NUM_LEN]);

/* A call length in seconds, rounded: 200.4 -> "3:20", 3723 -> "1:02:03";
 * negative or not finite counts as 0. */
char *num_duration(double seconds, char out[NUM_LEN]);

/* Seconds -> "42s", "5m 07s", "3h 04m", "2d 03h"; negative counts as 0. */
char *num_age(int64_t seconds, char out[NUM_LEN]);

/* Local time of epoch: "14:03:22" when it is today here, else
 * "2025-10-09 14:03". */
char *num_when(int64_t epoch, time_t now, char out[NUM_LEN]);

#endif
