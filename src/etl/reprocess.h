/* reprocess.h - `converza-etl reprocess`: recompute silver and gold from
 * bronze with the current rules, optionally for a date range. */
#ifndef CZ_REPROCESS_H
#define CZ_REPROCESS_H

#include <libpq-fe.h>
#include "settings.h"

/* from/to: "YYYY-MM-DD" (inclusive) or NULL. Returns an exit code. */
int reprocess_run(PGconn *c, const cz_settings *s, const char *from, const char *to);

#endif
