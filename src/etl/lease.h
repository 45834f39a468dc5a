/* lease.h - active/standby between worker daemons on one database: a lease
 * row (sql/012_worker_lease.sql) with an expiry the active worker renews and
 * an epoch every takeover raises, checked inside each batch's transaction
 * just before COMMIT (the fence), so that a worker that hung (SIGSTOP, a
 * frozen VM) and woke up after a standby took over commits nothing.
 *
 * Why not the session advisory lock alone: a stopped process keeps its
 * session, and with it the lock, for as long as it is stopped. The lease
 * expires by the clock instead; the standby that takes over terminates the
 * old holder's sessions (found by their application_name, which pg_connect
 * sets to pg_session_name's "converza-etl HOST:PID"), so their open transactions and advisory
 * lock go at once, and then waits for the advisory lock as every run does.
 *
 * Timing: the lease lasts LEASE_TTL_S and is renewed every LEASE_RENEW_S by
 * a thread with its own connection; a standby looks every LEASE_POLL_MS. A
 * dead or hung holder is replaced at most LEASE_TTL_S + LEASE_POLL_MS after
 * its last renewal. */
#ifndef CZ_LEASE_H
#define CZ_LEASE_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include "settings.h"
#include "util.h"

#define LEASE_TTL_S 6
#define LEASE_RENEW_S 2
#define LEASE_POLL_MS 500

typedef struct lease lease;

/* A lease handle for this process (not yet held); s (the connection
 * settings for the renewing thread) must outlive it. Never NULL. */
lease *lease_new(const cz_settings *s);

/* Stops renewing (lease_drop) and frees. NULL is fine. */
void lease_free(lease *l);

/* This process's identity, "host:pid", as the status topic shows it. */
const char *lease_identity(const lease *l);

/* Waits, as a standby, until this process holds the lease (free, expired, or
 * already its own), then starts renewing it. Says who is active while it
 * waits (again when that changes), and whom it took over from. Returns 0 when held; -1 with err
 * when stopped (*stop) or when c fails (the caller reconnects and calls
 * again). */
int lease_acquire(lease *l, PGconn *c, volatile sig_atomic_t *stop, cz_err *err);

/* True while held and not known to be lost (thread-safe). */
bool lease_held(const lease *l);

/* The epoch held (0 when none). */
int64_t lease_epoch(const lease *l);

/* The fence: run inside a batch's transaction, as its last statement before
 * COMMIT. Checks, under the lease row's lock, that the lease is still this
 * process's epoch and not expired, and extends it. Returns 0, or -1 with err
 * (the lease is then marked lost, and the caller must roll back). The row lock
 * it takes lasts until COMMIT, so no takeover can happen in between. */
int lease_fence(lease *l, PGconn *c, cz_err *err);

/* Stops renewing and forgets the lease without giving it up (after it was
 * lost). */
void lease_drop(lease *l);

/* Gives the lease up (a clean stop), so a standby takes over at once, then
 * drops it. c may be NULL or broken: the lease then just expires. */
void lease_release(lease *l, PGconn *c);

#endif
