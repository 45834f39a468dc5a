/* migrations.h - the schema migrations compiled into the worker from sql/. */
#ifndef CZ_MIGRATIONS_H
#define CZ_MIGRATIONS_H

typedef struct {
    int version;
    const char *name;
    const char *sql;
} cz_migration;

extern const cz_migration CZ_MIGRATIONS[]; /* ascending versions */
extern const int CZ_N_MIGRATIONS;

#endif
