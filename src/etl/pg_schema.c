/* pg_schema.c - applies the sql/ migrations compiled into the worker, in one
 * transaction, serialised by an advisory lock so two workers starting at once
 * do not race. */
#include "pg_schema.h"

#include <stdio.h>
#include <stdlib.h>

#include "log.h"
#include "migrations.h"
#include "pg.h"

/* Arbitrary constant shared by every converza-etl: "converza" in ASCII-ish. */
#define MIGRATE_LOCK_KEY "7034817359"

int pg_migrate(PGconn *c, cz_err *err)
{
    if (pg_exec(c, "BEGIN", err) < 0)
        return -1;
    /* The version table is created only when missing: a role that may read
     * but not create (converza_readonly running `report`, see sql/roles.sql)
     * gets as far as the version check. */
    if (pg_exec(c, "SELECT pg_advisory_xact_lock(" MIGRATE_LOCK_KEY ")", err) < 0 ||
        pg_exec(c,
                "DO $$ BEGIN IF to_regclass('converza_schema_version') IS NULL THEN"
                " CREATE TABLE converza_schema_version ("
                " version integer PRIMARY KEY, name text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now()); END IF; END $$",
                err) < 0)
        goto fail;
    PGresult *r = pg_query(c, "SELECT coalesce(max(version), 0) FROM converza_schema_version",
                           0, NULL, err);
    if (!r)
        goto fail;
    int have = atoi(PQgetvalue(r, 0, 0));
    PQclear(r);
    int known = CZ_MIGRATIONS[CZ_N_MIGRATIONS - 1].version;
    if (have > known) {
        cz_err_set(err,
                   "the database schema is version %d but this converza-etl knows only up to %d;"
                   " upgrade converza-etl",
                   have, known);
        pg_exec(c, "ROLLBACK", NULL);
        return -2;
    }
    for (int i = 0; i < CZ_N_MIGRATIONS; i++) {
        const cz_migration *m = &CZ_MIGRATIONS[i];
        if (m->version <= have)
            continue;
        log_info("applying schema migration %s", m->name);
        if (pg_exec(c, m->sql, err) < 0) {
            cz_err ctx;
            cz_err_set(&ctx, "migration %s: %s", m->name, err->msg);
            *err = ctx;
            goto fail;
        }
        char ver[16];
        snprintf(ver, sizeof ver, "%d", m->version);
        const char *params[2] = {ver, m->name};
        r = pg_query(c, "INSERT INTO converza_schema_version (version, name) VALUES ($1, $2)", 2,
                     params, err);
        if (!r)
            goto fail;
        PQclear(r);
    }
    if (pg_exec(c, "COMMIT", err) < 0)
        return -1;
    return 0;
fail:
    pg_exec(c, "ROLLBACK", NULL);
    return -1;
}
