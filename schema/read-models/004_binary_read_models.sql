-- 004: read-model values in a compact binary encoding (LedgerProjections.BinaryCodec), and
-- neighbourhood columns for bounded incremental updates.
--
-- The read models are derived data. Decoding their JSON values dominated every incremental update,
-- rebuild and checkpoint load, so the value columns become BLOBs. The tables are recreated empty and
-- `rm_state` is cleared: the next append (or `ledger rebuild`, or any query) refolds the log.
-- Checkpoints were JSON; they are dropped and can be written again with `ledger checkpoint`.

DELETE FROM rm_checkpoints;
DELETE FROM rm_state;

DROP TABLE rm_reports;
CREATE TABLE rm_reports (
    hash        TEXT PRIMARY KEY NOT NULL,
    seq         INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    publisher   TEXT,
    published   TEXT,
    info        BLOB NOT NULL
);

DROP TABLE rm_republications;
CREATE TABLE rm_republications (
    copy     TEXT PRIMARY KEY NOT NULL,
    original TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    info     BLOB NOT NULL
);
CREATE INDEX rm_republications_by_original ON rm_republications (original);

-- `day` is an incident candidate's anchor day (days since 1970-01-01), for loading only the claims
-- of a linking group near a new claim.
DROP TABLE rm_claims;
CREATE TABLE rm_claims (
    id             TEXT PRIMARY KEY NOT NULL,
    report         TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    parent         TEXT,
    kind           TEXT NOT NULL,
    measure        TEXT NOT NULL,
    status         TEXT NOT NULL,
    incident_group TEXT,
    series         TEXT,
    day            INTEGER,
    record         BLOB NOT NULL
);
CREATE INDEX rm_claims_by_report ON rm_claims (report);
CREATE INDEX rm_claims_by_parent ON rm_claims (parent) WHERE parent IS NOT NULL;
CREATE INDEX rm_claims_by_incident_group ON rm_claims (incident_group, day) WHERE incident_group IS NOT NULL;
CREATE INDEX rm_claims_by_series ON rm_claims (series) WHERE series IS NOT NULL;

DROP TABLE rm_links;
CREATE TABLE rm_links (
    seq    INTEGER PRIMARY KEY NOT NULL,
    linked INTEGER NOT NULL,
    fact   BLOB NOT NULL
);
DELETE FROM rm_link_members;

DROP TABLE rm_incidents;
CREATE TABLE rm_incidents (
    id       TEXT PRIMARY KEY NOT NULL,
    grp      TEXT NOT NULL,
    measure  TEXT NOT NULL,
    category TEXT NOT NULL,
    place    TEXT NOT NULL,
    admin1   TEXT,
    day      TEXT,
    low      INTEGER NOT NULL,
    high     INTEGER NOT NULL,
    best     INTEGER NOT NULL,
    record   BLOB NOT NULL
);
CREATE INDEX rm_incidents_by_area ON rm_incidents (measure, admin1, place);
CREATE INDEX rm_incidents_by_place ON rm_incidents (measure, place);
DELETE FROM rm_incident_members;

DELETE FROM rm_series;
-- A point's position and delta follow from its order in the series, so they are not stored: a new
-- tally inserts one row instead of renumbering every later point. `chrono` is the point's sortable
-- report chronology (publication day, recorded time, event sequence); rows are ordered by
-- (chrono, claim_id), the order SeriesBuilder gives.
DROP TABLE rm_series_points;
CREATE TABLE rm_series_points (
    series   TEXT NOT NULL,
    chrono   TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    point    BLOB NOT NULL,
    PRIMARY KEY (series, chrono, claim_id)
);
CREATE INDEX rm_series_points_by_claim ON rm_series_points (claim_id);

DROP TABLE rm_discrepancies;
CREATE TABLE rm_discrepancies (
    id       TEXT PRIMARY KEY NOT NULL,
    grp      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    severity TEXT NOT NULL,
    anchor   TEXT,                     -- series_decreases: the later point's claim
    record   BLOB NOT NULL
);
CREATE INDEX rm_discrepancies_by_group ON rm_discrepancies (grp, kind, anchor);
CREATE INDEX rm_discrepancies_by_kind ON rm_discrepancies (kind);
