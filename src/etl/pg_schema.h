/* pg_schema.h - bringing the database schema up to the version this worker
 * was built with. */
#ifndef CZ_PG_SCHEMA_H
#define CZ_PG_SCHEMA_H

#include <libpq-fe.h>
#include "util.h"

/* Applies the missing migrations in one transaction and records each version.
 * Refuses (returns -2) when the database has a newer schema than this binary
 * knows. Returns 0 ok, -1 on a database error (err set). */
int pg_migrate(PGconn *c, cz_err *err);

#endif
