/* gen_time.h - calendar dates for the generated calls: parsing --from/--to,
 * "today" in UTC, and call timestamps like "2025-10-09T16:19:15". */
#ifndef CZ_GEN_TIME_H
#define CZ_GEN_TIME_H

#include <stdint.h>

#include "gen_rng.h"
#include "util.h"

/* Parses "YYYY-MM-DD" (a real calendar date, years 1970-9999) into days since
 * 1970-01-01. Returns 0, or -1 with e set. */
int gt_parse_date(const char *s, int64_t *days, cz_err *e);

/* Today's date in UTC as days since 1970-01-01. */
int64_t gt_today_utc(void);

/* Writes a timestamp on a random day in [from, to] at a time weighted to
 * business hours into out ("YYYY-MM-DDTHH:MM:SS", 20 bytes with the NUL). */
void gt_random_timestamp(grng *r, int64_t from, int64_t to, char out[20]);

#endif
