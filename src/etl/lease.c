/* lease.c - the worker lease: taking it over as a standby, renewing it from
 * a thread of its own, and the fence each batch's transaction runs before
 * COMMIT (see lease.h for why a lease and not the advisory lock alone). */
#include "lease.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "pg.h"

struct lease {
    const cz_settings *s;
    char ident[300];          /* host:pid */
    char token[40];           /* random per process */
    char session[64];         /* pg_session_name */
    pthread_mutex_t mu;       /* guards everything below */
    pthread_cond_t wake;
    int64_t epoch;            /* 0: not held */
    bool lost;                /* the renewal or the fence found it gone */
    bool stopping;            /* tells the keeper thread to end */
    bool keeper_running;
    double renewed;           /* monotonic time of the last renewal seen */
    pthread_t keeper;
};

/* Renews when still ours and not expired; also the fence. $1 token,
 * $2 epoch, $3 seconds. */
static const char RENEW_SQL[] =
    "UPDATE worker_lease SET renewed_at = clock_timestamp(),"
    " expires_at = clock_timestamp() + make_interval(secs => $3::int)"
    " WHERE token = $1 AND epoch = $2::bigint AND expires_at > clock_timestamp()"
    " RETURNING epoch";

static void random_token(char *out, size_t n)
{
    uint64_t v = 0;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0 || read(fd, &v, sizeof v) != (ssize_t)sizeof v) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        v = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ ((uint64_t)getpid() << 40);
    }
    if (fd >= 0)
        close(fd);
    snprintf(out, n, "%016" PRIx64, v);
}

lease *lease_new(const cz_settings *s)
{
    lease *l = xcalloc(1, sizeof *l);
    l->s = s;
    char host[256] = "unknown";
    gethostname(host, sizeof host - 1);
    snprintf(l->ident, sizeof l->ident, "%s:%ld", host, (long)getpid());
    random_token(l->token, sizeof l->token);
    pg_session_name(l->session, sizeof l->session);
    pthread_mutex_init(&l->mu, NULL);
    pthread_cond_init(&l->wake, NULL);
    return l;
}

const char *lease_identity(const lease *l)
{
    return l->ident;
}

bool lease_held(const lease *l)
{
    lease *m = (lease *)l; /* the mutex only */
    pthread_mutex_lock(&m->mu);
    bool h = l->epoch > 0 && !l->lost;
    pthread_mutex_unlock(&m->mu);
    return h;
}

int64_t lease_epoch(const lease *l)
{
    lease *m = (lease *)l;
    pthread_mutex_lock(&m->mu);
    int64_t e = l->epoch;
    pthread_mutex_unlock(&m->mu);
    return e;
}

static void mark_lost(lease *l)
{
    pthread_mutex_lock(&l->mu);
    l->lost = true;
    pthread_mutex_unlock(&l->mu);
}

/* Runs RENEW_SQL on c. Returns 1 renewed, 0 not ours any more, -1 with err
 * on a database error. */
static int renew(lease *l, PGconn *c, int64_t epoch, cz_err *err)
{
    char e[32], ttl[16];
    snprintf(e, sizeof e, "%" PRId64, epoch);
    snprintf(ttl, sizeof ttl, "%d", LEASE_TTL_S);
    const char *p[3] = {l->token, e, ttl};
    PGresult *r = pg_query(c, RENEW_SQL, 3, p, err);
    if (!r)
        return -1;
    int got = PQntuples(r) == 1;
    PQclear(r);
    if (got) {
        pthread_mutex_lock(&l->mu);
        l->renewed = cz_now_mono();
        pthread_mutex_unlock(&l->mu);
    }
    return got;
}

/* The renewing thread: its own connection, so a long batch on the loader's
 * connection never lets the lease lapse. It ends when told to or when the
 * lease is lost; a lease it could not renew for LEASE_TTL_S counts as lost
 * (a standby may hold it by now; the fence would refuse the next batch). */
static void *keeper_main(void *arg)
{
    lease *l = arg;
    PGconn *c = NULL;
    cz_err err;
    bool said = false;
    pthread_mutex_lock(&l->mu);
    int64_t epoch = l->epoch;
    for (;;) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += LEASE_RENEW_S;
        while (!l->stopping &&
               pthread_cond_timedwait(&l->wake, &l->mu, &until) != ETIMEDOUT)
            ;
        if (l->stopping || l->lost)
            break;
        pthread_mutex_unlock(&l->mu);
        int rc = -1;
        if (pg_is_broken(c)) {
            if (c)
                PQfinish(c);
            c = pg_connect(l->s->db, l->s->db_password_file, &err);
        }
        if (c)
            rc = renew(l, c, epoch, &err);
        pthread_mutex_lock(&l->mu);
        if (rc == 0 || (rc < 0 && cz_now_mono() - l->renewed > LEASE_TTL_S)) {
            l->lost = true;
            pthread_mutex_unlock(&l->mu);
            log_warn("lost the worker lease (epoch %" PRId64 "): %s; this worker stops loading"
                     " and becomes a standby",
                     epoch, rc == 0 ? "another worker took over" : err.msg);
            pthread_mutex_lock(&l->mu);
            break;
        }
        if (rc < 0 && !said) {
            pthread_mutex_unlock(&l->mu);
            log_warn("cannot renew the worker lease, retrying: %s", err.msg);
            pthread_mutex_lock(&l->mu);
        }
        said = rc < 0;
    }
    pthread_mutex_unlock(&l->mu);
    if (c)
        PQfinish(c);
    return NULL;
}

/* Ends sessions left by the previous holder (its process hung or its host
 * gone): their open transaction would keep row locks, and their session the
 * advisory lock, for as long as the process sleeps or the server has not
 * noticed the host is gone. */
static void end_old_sessions(PGconn *c, const char *holder, const char *session)
{
    const char *p[1] = {session};
    cz_err err;
    PGresult *r = pg_query(c, "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                              " FROM pg_stat_activity WHERE application_name = $1"
                              " AND pid <> pg_backend_pid()",
                           1, p, &err);
    if (!r) {
        log_warn("cannot end the sessions of the previous worker %s: %s", holder, err.msg);
        return;
    }
    if (atoi(PQgetvalue(r, 0, 0)) > 0)
        log_warn("ended %s database session(s) of the previous worker %s", PQgetvalue(r, 0, 0),
                 holder);
    PQclear(r);
}

/* One attempt at taking the lease. Returns the epoch, 0 when another
 * worker's lease is still valid (or its row is locked), -1 with err. said
 * holds the active worker last named in the log ("" at first), so that each
 * new one is named once. */
static int64_t try_take(lease *l, PGconn *c, char *said, size_t said_len, cz_err *err)
{
    PGresult *r = pg_query(c, "SELECT holder, token, session_name, epoch,"
                              " expires_at <= clock_timestamp() FROM worker_lease",
                           0, NULL, err);
    if (!r)
        return -1;
    char holder[300] = "", prev_epoch[32] = "0";
    bool valid_other = false;
    if (PQntuples(r) == 1) {
        snprintf(holder, sizeof holder, "%s", PQgetvalue(r, 0, 0));
        snprintf(prev_epoch, sizeof prev_epoch, "%s", PQgetvalue(r, 0, 3));
        bool mine = strcmp(PQgetvalue(r, 0, 1), l->token) == 0;
        bool expired = PQgetvalue(r, 0, 4)[0] == 't';
        valid_other = !mine && !expired;
        if (!mine && expired)
            end_old_sessions(c, holder, PQgetvalue(r, 0, 2));
    }
    PQclear(r);
    if (valid_other) {
        if (strcmp(said, holder) != 0)
            log_info("standby: worker %s is active (lease epoch %s); waiting to take over",
                     holder, prev_epoch);
        snprintf(said, said_len, "%s", holder);
        return 0;
    }
    /* lock_timeout: a holder stopped between its fence and COMMIT keeps the
     * row locked until its session is ended; try again at the next poll. */
    if (pg_exec(c, "BEGIN; SET LOCAL lock_timeout = '2s'", err) < 0) {
        if (!pg_is_broken(c))
            pg_exec(c, "ROLLBACK", NULL);
        return -1;
    }
    char ttl[16];
    snprintf(ttl, sizeof ttl, "%d", LEASE_TTL_S);
    const char *p[4] = {l->ident, l->token, l->session, ttl};
    r = pg_query(c, "INSERT INTO worker_lease AS w (holder, token, session_name, epoch,"
                    " acquired_at, renewed_at, expires_at)"
                    " VALUES ($1, $2, $3, 1, clock_timestamp(), clock_timestamp(),"
                    " clock_timestamp() + make_interval(secs => $4::int))"
                    " ON CONFLICT (id) DO UPDATE SET holder = EXCLUDED.holder,"
                    " token = EXCLUDED.token, session_name = EXCLUDED.session_name,"
                    " epoch = w.epoch + 1, acquired_at = EXCLUDED.acquired_at,"
                    " renewed_at = EXCLUDED.renewed_at, expires_at = EXCLUDED.expires_at"
                    " WHERE w.expires_at <= clock_timestamp() OR w.token = EXCLUDED.token"
                    " RETURNING epoch",
                 4, p, err);
    int64_t got = r && PQntuples(r) == 1 ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
    PQclear(r);
    bool lock_timeout = !r && strstr(err->msg, "(SQLSTATE 55P03)");
    if (!r && !lock_timeout) {
        if (!pg_is_broken(c))
            pg_exec(c, "ROLLBACK", NULL);
        return -1;
    }
    if (pg_exec(c, lock_timeout ? "ROLLBACK" : "COMMIT", err) < 0)
        return -1;
    if (got > 0) {
        if (*holder && strcmp(holder, l->ident) != 0)
            log_warn("active: took over from worker %s (lease epoch %s), now epoch %" PRId64,
                     holder, prev_epoch, got);
        else
            log_info("active: holding the worker lease (epoch %" PRId64 ")", got);
    }
    return got;
}

int lease_acquire(lease *l, PGconn *c, volatile sig_atomic_t *stop, cz_err *err)
{
    lease_drop(l);
    char said[300] = "";
    for (;;) {
        int64_t e = try_take(l, c, said, sizeof said, err);
        if (e < 0)
            return -1;
        if (e > 0) {
            pthread_mutex_lock(&l->mu);
            l->epoch = e;
            l->lost = false;
            l->stopping = false;
            l->renewed = cz_now_mono();
            l->keeper_running = pthread_create(&l->keeper, NULL, keeper_main, l) == 0;
            pthread_mutex_unlock(&l->mu);
            if (!l->keeper_running)
                log_warn("cannot start the lease renewing thread; the lease is renewed with"
                         " each batch only");
            return 0;
        }
        for (int i = 0; i < LEASE_POLL_MS / 100 && !(stop && *stop); i++)
            usleep(100000);
        if (stop && *stop) {
            cz_err_set(err, "stopped while waiting as a standby");
            return -1;
        }
    }
}

int lease_fence(lease *l, PGconn *c, cz_err *err)
{
    int64_t e = lease_epoch(l);
    int rc = e > 0 ? renew(l, c, e, err) : 0;
    if (rc == 1)
        return 0;
    if (rc == 0) {
        cz_err_set(err, "fenced: the worker lease (epoch %" PRId64 ") is no longer this"
                        " worker's or has expired; another worker may have taken over, so"
                        " this batch is rolled back and this worker becomes a standby",
                   e);
    } else {
        /* The lease is given up below, and the renewing thread then ends
         * without a word of its own: the message must say so, not only
         * the database's error (a takeover ends the sessions it finds). */
        cz_err d = *err;
        cz_err_set(err, "fenced: cannot renew the worker lease (epoch %" PRId64 ") before"
                        " committing (%s); this batch is rolled back and this worker"
                        " becomes a standby", e, d.msg);
    }
    mark_lost(l);
    return -1;
}

void lease_drop(lease *l)
{
    pthread_mutex_lock(&l->mu);
    bool running = l->keeper_running;
    l->stopping = true;
    pthread_cond_broadcast(&l->wake);
    pthread_mutex_unlock(&l->mu);
    if (running)
        pthread_join(l->keeper, NULL);
    pthread_mutex_lock(&l->mu);
    l->keeper_running = false;
    l->epoch = 0;
    l->lost = false;
    pthread_mutex_unlock(&l->mu);
}

void lease_release(lease *l, PGconn *c)
{
    int64_t e = lease_epoch(l);
    if (e > 0 && !pg_is_broken(c)) {
        char es[32];
        snprintf(es, sizeof es, "%" PRId64, e);
        const char *p[2] = {l->token, es};
        PQclear(pg_query(c, "UPDATE worker_lease SET expires_at = '-infinity'"
                            " WHERE token = $1 AND epoch = $2::bigint",
                         2, p, NULL));
    }
    lease_drop(l);
}

void lease_free(lease *l)
{
    if (!l)
        return;
    lease_drop(l);
    pthread_cond_destroy(&l->wake);
    pthread_mutex_destroy(&l->mu);
    free(l);
}
