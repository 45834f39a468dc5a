-- 012_worker_lease.sql - which worker daemon is the active one.
--
-- Two or more `converza-etl` daemons may run on the same database and input:
-- the one holding the lease loads, the others wait as standbys. One row.
--   holder       the active worker's identity, host:pid (what the status topic shows)
--   token        random per process, so a recycled pid on another host is not
--                taken for the holder
--   session_name the application_name of every session the holder opens; a
--                standby that takes over an expired lease terminates those
--                sessions, so a hung holder's open transaction (row locks, the
--                advisory lock) cannot block it
--   epoch        raised by every takeover; each batch's transaction checks,
--                just before COMMIT and under the row's lock, that the epoch is
--                still its own and the lease not expired (the fence), so a
--                worker that hung and woke up commits nothing
--   expires_at   renewed by the holder every few seconds; once past, any
--                worker may take over (set to -infinity on a clean stop)
CREATE TABLE worker_lease (
    id           boolean PRIMARY KEY DEFAULT true CHECK (id),
    holder       text NOT NULL,
    token        text NOT NULL,
    session_name text NOT NULL,
    epoch        bigint NOT NULL,
    acquired_at  timestamptz NOT NULL,
    renewed_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
