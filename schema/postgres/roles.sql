-- Least privilege for a PostgreSQL ledger: run once per database, as its owner, after the first
-- `ledger` command has created the tables (`psql -d DB -f schema/postgres/roles.sql`).
--
-- ledger_writer: may read the log and append to it (INSERT), nothing else: no UPDATE, DELETE or
--   TRUNCATE is granted, and the triggers of postgres/001_pg_event_log refuse them for every role anyway.
--   It writes the read models' mirror (postgres/002_pg_read_models: derived data, rewritten by every
--   append, `ledger copy` and `ledger rebuild`), so it may change those tables.
-- ledger_reader: may read the log, the read models and their views (analysts, `ledger serve`, the
--   queries' local read-model cache).
-- Both are group roles without LOGIN: grant them to people's and programs' own login roles, e.g.
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE ledger_reader;
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_writer') THEN CREATE ROLE ledger_writer NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_reader') THEN CREATE ROLE ledger_reader NOLOGIN; END IF;
END;
$$;

REVOKE ALL ON events, ledger_info, ledger_migrations FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ledger_writer, ledger_reader;
GRANT SELECT ON events, ledger_info, ledger_migrations TO ledger_writer, ledger_reader;
GRANT INSERT ON events TO ledger_writer;
REVOKE UPDATE, DELETE, TRUNCATE ON events FROM ledger_writer, ledger_reader;

REVOKE ALL ON rm_reports, rm_republications, rm_claims, rm_links, rm_link_members, rm_incidents, rm_incident_members,
    rm_series, rm_series_points, rm_discrepancies, rm_state, claims, incidents, series_points, discrepancies, totals FROM PUBLIC;
GRANT SELECT ON rm_reports, rm_republications, rm_claims, rm_links, rm_link_members, rm_incidents, rm_incident_members,
    rm_series, rm_series_points, rm_discrepancies, rm_state, claims, incidents, series_points, discrepancies, totals
    TO ledger_writer, ledger_reader;
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON rm_reports, rm_republications, rm_claims, rm_links, rm_link_members,
    rm_incidents, rm_incident_members, rm_series, rm_series_points, rm_discrepancies, rm_state TO ledger_writer;
