/* tz.h - the business time zone (setting `timezone`, converza.conf(5)): the
 * IANA zone whose days and hours the worker counts calls into. The worker
 * makes it the process's zone once at start-up, before any thread starts, so
 * localtime_r (cz_time_local) answers in it; nothing else changes it. */
#ifndef CZ_TZ_H
#define CZ_TZ_H

#include "util.h"

/* The system's zone name: $TZ when it names a zone, else the target of
 * /etc/localtime under .../zoneinfo/, else /etc/timezone, else "UTC".
 * Caller frees. */
char *cz_tz_system(void);

/* Whether name is an IANA zone name this system has a file for (letters,
 * digits, '_', '-', '+' and '/' between parts, no "..", found under $TZDIR
 * or /usr/share/zoneinfo). -1 with err saying what to give instead. */
int cz_tz_check(const char *name, cz_err *err);

/* Resolves setting ("" = the system's zone), checks it and makes it the
 * process's zone (TZ, tzset). Returns 0 with *name (caller frees), or -1
 * with err. Call before starting threads. */
int cz_tz_use(const char *setting, char **name, cz_err *err);

#endif
