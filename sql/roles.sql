-- roles.sql - least-privilege PostgreSQL roles for Converza.
--
-- Not a migration (converza-etl skips it): creating roles needs CREATEROLE,
-- which the worker's own role must not have. An administrator applies it with
-- psql, connected to the Converza database as a superuser:
--
--   psql -v ON_ERROR_STOP=1 -d converza -f /usr/local/share/converza/sql/roles.sql
--
-- converza_worker    LOGIN. Owns and writes every Converza table, creates
--                    them through its migrations. Not superuser, no
--                    CREATEROLE, no CREATEDB. The only role that reads bronze.
-- converza_readonly  LOGIN. SELECT on gold_performance_metrics and
--                    agent_daily_metrics (and the schema version, so that
--                    `converza-etl report` runs as it) - nothing on bronze
--                    (raw records with personal data), silver, quarantine,
--                    the run log or the file list; cannot write anything.
--
-- No password is set here. Give each role one (psql: \password converza_worker)
-- or another authentication method in pg_hba.conf.
--
-- Order on a new database:
--   1. apply this file: it creates the roles and lets converza_worker create
--      tables in schema public;
--   2. set the passwords;
--   3. start converza-etl once as converza_worker
--      (db = "host=... dbname=converza user=converza_worker"): its migrations
--      create the tables, owned by converza_worker;
--   4. apply this file again: it grants converza_readonly its two tables.
-- On a database whose tables already exist (made by another role, say
-- postgres), one application does everything: the tables are handed over to
-- converza_worker. Apply it again after upgrading converza-etl. It is
-- idempotent. Meant for a database dedicated to Converza: it revokes the
-- default rights of PUBLIC on the database and on schema public.

\set ON_ERROR_STOP on

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'converza_worker') THEN
        CREATE ROLE converza_worker LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'converza_readonly') THEN
        CREATE ROLE converza_readonly LOGIN;
    END IF;
    -- Roles made earlier by hand must not carry more than they need.
    IF EXISTS (SELECT FROM pg_roles
               WHERE rolname IN ('converza_worker', 'converza_readonly')
                 AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
        RAISE EXCEPTION 'converza_worker or converza_readonly has SUPERUSER, CREATEROLE, CREATEDB,'
            ' REPLICATION or BYPASSRLS; remove it (ALTER ROLE ... NOCREATEROLE ...) and apply this file again';
    END IF;
END $$;

-- The database: only these roles (and superusers) connect; only the worker
-- makes temporary tables (its aggregate deltas).
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO converza_worker', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO converza_readonly', current_database());
END $$;

-- Schema public: the worker creates its tables there; nobody else creates anything.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO converza_worker;
GRANT USAGE ON SCHEMA public TO converza_readonly;

-- The tables, where they exist already. Keep the list in step with sql/NNN_*.sql.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['converza_schema_version', 'bronze_calls', 'silver_calls', 'silver_transcripts',
                             'gold_performance_metrics', 'agent_daily_metrics', 'agent_totals',
                             'etl_runs', 'quarantine', 'ingested_files', 'worker_lease',
                             'agent_daily_categories', 'agent_category_totals', 'alerts_state',
                             'converza_pruned', 'agent_hourly_metrics', 'team_daily_metrics',
                             'agent_teams', 'aggregate_zone',
                             'agent_hourly_categories', 'team_daily_categories', 'call_index',
                             'floor_daily_metrics', 'agent_windows', 'agent_window_metrics']
    LOOP
        IF to_regclass(format('public.%I', t)) IS NOT NULL THEN
            -- The owner runs later migrations (ALTER TABLE needs ownership);
            -- serial sequences follow their table.
            EXECUTE format('ALTER TABLE public.%I OWNER TO converza_worker', t);
            EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC, converza_readonly', t);
        END IF;
    END LOOP;
    -- The month partitions of the call layers (migration 010): the owner
    -- drops them for retention, and ownership does not pass down by itself.
    FOR t IN SELECT c.relname FROM pg_inherits i
             JOIN pg_class c ON c.oid = i.inhrelid
             JOIN pg_class p ON p.oid = i.inhparent
             JOIN pg_namespace n ON n.oid = p.relnamespace
             WHERE n.nspname = 'public'
               AND p.relname IN ('bronze_calls', 'silver_calls', 'gold_performance_metrics')
    LOOP
        EXECUTE format('ALTER TABLE public.%I OWNER TO converza_worker', t);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC, converza_readonly', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['gold_performance_metrics', 'agent_daily_metrics', 'agent_totals',
                             'converza_schema_version', 'agent_daily_categories',
                             'agent_category_totals', 'agent_hourly_metrics',
                             'team_daily_metrics', 'agent_teams', 'aggregate_zone',
                             'agent_hourly_categories', 'team_daily_categories', 'call_index',
                             'floor_daily_metrics', 'agent_windows', 'agent_window_metrics']
    LOOP
        IF to_regclass(format('public.%I', t)) IS NOT NULL THEN
            EXECUTE format('GRANT SELECT ON public.%I TO converza_readonly', t);
        END IF;
    END LOOP;
    -- The snapshot's newest call time (migration 010), which report reads.
    IF to_regprocedure('public.converza_last_call_time()') IS NOT NULL THEN
        ALTER FUNCTION public.converza_last_call_time() OWNER TO converza_worker;
        GRANT EXECUTE ON FUNCTION public.converza_last_call_time() TO converza_readonly;
    END IF;
    -- The snapshot sums' functions (migration 017): the worker calls them,
    -- and a later migration redefines the trigger's function as its owner.
    FOREACH t IN ARRAY ARRAY['converza_counter_list(text,text)', 'converza_define_follow()',
                             'converza_daily_follow()', 'converza_keep_windows(date[],date[])']
    LOOP
        IF to_regprocedure(format('public.%s', t)) IS NOT NULL THEN
            EXECUTE format('ALTER FUNCTION public.%s OWNER TO converza_worker', t);
        END IF;
    END LOOP;
END $$;

-- Tables the worker creates later give PUBLIC nothing (the default, said out
-- loud) and the reader nothing until this file is applied again.
ALTER DEFAULT PRIVILEGES FOR ROLE converza_worker REVOKE ALL ON TABLES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE converza_worker REVOKE ALL ON SEQUENCES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE converza_worker REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
