-- 002: read models folded from the event log (LedgerProjections).
--
-- Every row here can be rebuilt from `events` (`ledger rebuild`); nothing here is evidence. They are
-- updated inside the append transaction, group by group: `*_group` / `series` columns name the
-- projection group that produced a row, so one append recomputes only the groups it touches.
-- JSON columns hold the full Codable value; the other columns are for filtering and joins.

CREATE TABLE rm_reports (
    hash        TEXT PRIMARY KEY NOT NULL,
    seq         INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    publisher   TEXT,
    published   TEXT,
    info        TEXT NOT NULL CHECK (json_valid(info))
);

CREATE TABLE rm_republications (
    copy     TEXT PRIMARY KEY NOT NULL,
    original TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    info     TEXT NOT NULL CHECK (json_valid(info))
);
CREATE INDEX rm_republications_by_original ON rm_republications (original);

-- The claims view: one row per claim, current after corrections, with its report facts.
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
    record         TEXT NOT NULL CHECK (json_valid(record))
);
CREATE INDEX rm_claims_by_report ON rm_claims (report);
CREATE INDEX rm_claims_by_parent ON rm_claims (parent) WHERE parent IS NOT NULL;
CREATE INDEX rm_claims_by_incident_group ON rm_claims (incident_group) WHERE incident_group IS NOT NULL;
CREATE INDEX rm_claims_by_series ON rm_claims (series) WHERE series IS NOT NULL;

CREATE TABLE rm_links (
    seq    INTEGER PRIMARY KEY NOT NULL,
    linked INTEGER NOT NULL,
    fact   TEXT NOT NULL CHECK (json_valid(fact))
);
CREATE TABLE rm_link_members (
    seq      INTEGER NOT NULL,
    claim_id TEXT NOT NULL,
    PRIMARY KEY (seq, claim_id)
);
CREATE INDEX rm_link_members_by_claim ON rm_link_members (claim_id);

CREATE TABLE rm_incidents (
    id      TEXT PRIMARY KEY NOT NULL,
    grp     TEXT NOT NULL,
    measure TEXT NOT NULL,
    category TEXT NOT NULL,
    place   TEXT NOT NULL,
    admin1  TEXT,
    day     TEXT,
    low     INTEGER NOT NULL,
    high    INTEGER NOT NULL,
    best    INTEGER NOT NULL,
    record  TEXT NOT NULL CHECK (json_valid(record))
);
CREATE INDEX rm_incidents_by_area ON rm_incidents (measure, admin1, place);

-- Which incident holds which claim, and the linking group the claim had when it was linked.
CREATE TABLE rm_incident_members (
    incident_id TEXT NOT NULL,
    claim_id    TEXT NOT NULL,
    grp         TEXT NOT NULL,
    PRIMARY KEY (incident_id, claim_id)
);
CREATE INDEX rm_incident_members_by_claim ON rm_incident_members (claim_id);
CREATE INDEX rm_incident_members_by_group ON rm_incident_members (grp);

CREATE TABLE rm_series (
    series TEXT PRIMARY KEY NOT NULL,
    scope  TEXT NOT NULL
);

CREATE TABLE rm_series_points (
    series   TEXT NOT NULL,
    position INTEGER NOT NULL,
    claim_id TEXT NOT NULL,
    point    TEXT NOT NULL CHECK (json_valid(point)),
    PRIMARY KEY (series, position)
);

CREATE TABLE rm_discrepancies (
    id       TEXT PRIMARY KEY NOT NULL,
    grp      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    severity TEXT NOT NULL,
    record   TEXT NOT NULL CHECK (json_valid(record))
);
CREATE INDEX rm_discrepancies_by_group ON rm_discrepancies (grp);
CREATE INDEX rm_discrepancies_by_kind ON rm_discrepancies (kind);

-- The last event folded into the read models.
CREATE TABLE rm_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
