/* pg.h - the thin layer over libpq the worker uses: connecting with retry,
 * running statements, and streaming COPY data. */
#ifndef CZ_PG_H
#define CZ_PG_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include "util.h"

/* Connects once (with TCP keepalives and a user timeout of 9 s, on both
 * ends, unless the conninfo says otherwise) and pins the session settings the worker's own statements
 * depend on (DateStyle ISO, TimeZone UTC, IntervalStyle, extra_float_digits,
 * client_encoding UTF8, standard_conforming_strings), whatever the server,
 * database or role sets. Returns NULL with err (libpq's message, without
 * secrets). Every error message these functions put in err is masked
 * (redact.h): servers quote rejected data in their errors. */
PGconn *pg_connect(const char *conninfo, const char *password_file, cz_err *err);

/* The application_name pg_connect gives every session of this process:
 * "converza-etl HOST:PID", cut to the 63 bytes PostgreSQL keeps (n >= 64). */
void pg_session_name(char *out, size_t n);

/* Connects, retrying with bounded exponential backoff (1 s doubling to 60 s)
 * while *stop stays 0; logs each failure. give_up_after: seconds, 0 = never.
 * Returns NULL when stopped or given up, with err set. */
PGconn *pg_connect_retry(const char *conninfo, const char *password_file,
                         volatile sig_atomic_t *stop, int give_up_after, cz_err *err);

/* Keeps *c connected: when it is broken (or NULL) it is closed ("lost the
 * database connection" logged) and opened again with pg_connect_retry.
 * Returns 0, or -1 with *c NULL when stopped or given up (the failure is
 * logged unless stopped). */
int pg_keep_conn(PGconn **c, const char *conninfo, const char *password_file,
                 volatile sig_atomic_t *stop, int give_up_after);

/* Runs a statement without results. Returns -1 with err. */
int pg_exec(PGconn *c, const char *sql, cz_err *err);

/* Runs a parameterised statement (text parameters). Returns the result (caller
 * PQclear's it) or NULL with err when the status is not TUPLES_OK/COMMAND_OK. */
PGresult *pg_query(PGconn *c, const char *sql, int nparams, const char *const *params,
                   cz_err *err);

/* One read-only statement of a pg_query_many round. */
typedef struct {
    const char *sql;
    int nparams;
    const char *const *params; /* text parameters */
} pg_stmt;

/* Runs the n statements in one round trip (libpq's pipeline mode: all sent,
 * then all results read), for reads that do not depend on each other; they
 * run in one implicit transaction, so a failure aborts the rest. out[i] gets
 * statement i's result (caller PQclear's each). All or nothing: returns -1
 * with err (the first failure) and every out[i] NULL. Not inside an open
 * transaction block of the caller's. */
int pg_query_many(PGconn *c, size_t n, const pg_stmt *q, PGresult **out, cz_err *err);

/* COPY table (cols) FROM STDIN in text format, sending data in one go. */
int pg_copy_in(PGconn *c, const char *table_cols, const char *data, size_t len, cz_err *err);

/* Runs sql, one message of statements holding n COPY ... FROM STDIN in text
 * format (others may come before, between and after them), sending data[i]
 * (len[i] bytes) to the i-th COPY: n + 1 round trips, however many
 * statements. The first error stops the message. Returns 0, or -1 with err
 * and *started (may be NULL) set to how many COPYs had begun when the
 * server refused (the refusal is in COPY number *started - 1, or before
 * the first when 0). */
int pg_copy_many(PGconn *c, const char *sql, const char *const *data, const size_t *len, int n,
                 int *started, cz_err *err);

/* As pg_copy_many, but the i-th COPY's data is sent by put(c, i, arg),
 * which returns false when a PQputCopyData failed: the rows go from where
 * they are, without one buffer holding them all. */
typedef bool (*pg_copy_put)(PGconn *c, int i, void *arg);
int pg_copy_many_put(PGconn *c, const char *sql, pg_copy_put put, void *arg, int n, int *started,
                     cz_err *err);

/* True when err holds a database error caused by the data sent (SQLSTATE
 * classes 21 cardinality, 22 data exception, 23 integrity constraint, 54
 * program limit, P0 raised by a trigger or function, 2F and 39 routine
 * exceptions): the same statement would fail again, so the rows at fault
 * must be found and set aside. Every other error (connection, disk full,
 * read-only, permissions, deadlock) is the database's and may pass. */
bool pg_err_is_data(const cz_err *err);

/* True when the connection is gone, or left in pipeline mode (unusable for
 * the synchronous calls): the caller should reconnect. */
bool pg_is_broken(PGconn *c);

/* Appends s as one field of COPY text format (escapes \\, tab, newline, CR). */
void copy_field(strbuf *b, const char *s, size_t len);
void copy_field_str(strbuf *b, const char *s);
/* File names are bytes, but the path columns are text in a UTF-8 database, and
 * one name PostgreSQL refuses would fail every batch it is in, on every run.
 * Returns path itself when it is valid UTF-8 (the usual case); otherwise the
 * text it is stored as, built in tmp: each byte of an invalid sequence written
 * as \xHH. Use the result for every path the database sees. */
const char *pg_path_text(const char *path, strbuf *tmp);

/* A path's text split as ingested_files keeps it: returns the name (what
 * follows the last '/') and sets *dirlen to the length of the directory part
 * (what precedes that '/'; 0 when there is none). */
const char *pg_path_name(const char *text, size_t *dirlen);

/* Appends a PostgreSQL text[] literal element list: {"a","b"} */
void pg_array_literal(strbuf *b, const char *const *items, size_t n);

#endif
