-- postgres/002_pg_read_models: the read models on the server, beside the log, for any program that
-- reads it (psql, Metabase, a reader role).
--
-- Each table mirrors the SQLite read-model table of the same name (schema/read-models/, the columns
-- in the same order; a test compares them): INTEGER -> bigint, TEXT -> text, BLOB -> bytea, keyed by
-- the SQLite table's primary key. The rows are derived data, never evidence: the writer that appends
-- a batch folds it into its local SQLite cache (LedgerProjections) and writes the rows that changed
-- here, in the append's transaction, so a reader never sees events without their read models. `ledger
-- copy --to postgres://...` and `ledger rebuild` write them whole. The binary columns (`info`,
-- `record`, `fact`, `point`) are the projector's own encoding; the plain columns beside them (schema
-- 012) carry every figure a user reads.
--
-- Not mirrored: `rm_pending_checks` (scratch: the writer settles the checks in the same transaction,
-- so it is empty at every commit), `rm_checkpoints` (snapshots of the fold, a cache for replays) and
-- the as-of history (`rm_history_clock`, `rm_history_marks`, `*_history`): its versions are numbered
-- by the projection that wrote them, which depends on how a cache was folded, not only on the log;
-- `--as-of` and `--through` queries read it in the local cache.

CREATE TABLE rm_reports (
    hash        text PRIMARY KEY,
    seq         bigint NOT NULL,
    recorded_at text NOT NULL,
    publisher   text,
    published   text,
    info        bytea NOT NULL
);

CREATE TABLE rm_republications (
    copy     text PRIMARY KEY,
    original text NOT NULL,
    seq      bigint NOT NULL,
    info     bytea NOT NULL
);

CREATE TABLE rm_claims (
    id             text PRIMARY KEY,
    report         text NOT NULL,
    seq            bigint NOT NULL,
    parent         text,
    kind           text NOT NULL,
    measure        text NOT NULL,
    status         text NOT NULL,
    incident_group text,
    series         text,
    day            bigint,
    record         bytea NOT NULL,
    category       text,
    days           text,
    tolerance      bigint,
    superseded_by  text,
    valid_from     bigint NOT NULL,
    value          bigint,
    qualifier      text,
    role           text,
    context        text,
    victims        text,
    victims_text   text,
    place          text,
    place_text     text,
    admin1         text,
    period_start   text,
    period_end     text,
    event_day      text,
    publisher      text,
    report_day     text,
    attributed_to  text,
    exclusions     text,
    evidence       text,
    span_start     bigint,
    span_end       bigint
);
CREATE INDEX rm_claims_by_report ON rm_claims (report);

CREATE TABLE rm_links (
    seq    bigint PRIMARY KEY,
    linked bigint NOT NULL,
    fact   bytea NOT NULL
);

CREATE TABLE rm_link_members (
    seq      bigint NOT NULL,
    claim_id text NOT NULL,
    PRIMARY KEY (seq, claim_id)
);

CREATE TABLE rm_incidents (
    id         text PRIMARY KEY,
    grp        text NOT NULL,
    measure    text NOT NULL,
    category   text NOT NULL,
    place      text NOT NULL,
    admin1     text,
    day        text,
    low        bigint NOT NULL,
    high       bigint NOT NULL,
    best       bigint NOT NULL,
    record     bytea NOT NULL,
    best_claim text,
    place_text text,
    last_day   text,
    rule       text,
    sources    text,
    claim_ids  text
);
CREATE INDEX rm_incidents_by_area ON rm_incidents (measure, admin1, place);

CREATE TABLE rm_incident_members (
    incident_id text NOT NULL,
    claim_id    text NOT NULL,
    grp         text NOT NULL,
    PRIMARY KEY (incident_id, claim_id)
);

CREATE TABLE rm_series (
    series text PRIMARY KEY,
    scope  text NOT NULL
);

CREATE TABLE rm_series_points (
    series       text NOT NULL,
    chrono       text NOT NULL,
    claim_id     text NOT NULL,
    point        bytea NOT NULL,
    valid_from   bigint NOT NULL,
    publisher    text,
    measure      text,
    category     text,
    period_start text,
    period_end   text,
    value        bigint,
    qualifier    text,
    report_day   text,
    evidence     text,
    PRIMARY KEY (series, chrono, claim_id)
);

CREATE TABLE rm_discrepancies (
    id              text PRIMARY KEY,
    grp             text NOT NULL,
    kind            text NOT NULL,
    severity        text NOT NULL,
    anchor          text,
    record          bytea NOT NULL,
    valid_from      bigint NOT NULL,
    summary         text,
    stated          bigint,
    other           bigint,
    gap             bigint,
    side_a          text,
    side_b          text,
    side_a_evidence text,
    side_b_evidence text,
    incident_ids    text
);

-- How far the read models are folded: `last_seq` is the last event they hold (the writers check it
-- against the log's head before they write only the rows a batch changed; a mirror that is behind,
-- say after an upgrade, is written whole).
CREATE TABLE rm_state (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- The readable views of schema/read-models/012 and 013, the same columns and meaning.
CREATE VIEW claims AS
SELECT c.id, c.report, c.seq AS event_seq, c.status, c.kind, c.role, c.parent, c.measure, c.value, c.qualifier,
       c.victims AS category, c.victims_text AS category_text, c.place, c.place_text, c.admin1,
       c.period_start, c.period_end, c.event_day, c.publisher, c.report_day, c.attributed_to, c.context,
       c.exclusions, c.evidence, c.span_start, c.span_end
FROM rm_claims AS c;

CREATE VIEW incidents AS
SELECT i.id, i.measure, i.category, i.place, i.place_text, i.admin1, i.day, i.last_day, i.low, i.best, i.high,
       i.rule, i.best_claim, i.sources, i.claim_ids
FROM rm_incidents AS i;

CREATE VIEW series_points AS
SELECT p.series, p.publisher, p.measure, p.category, p.period_start, p.period_end, p.report_day, p.value,
       p.qualifier, p.claim_id, p.evidence
FROM rm_series_points AS p;

CREATE VIEW discrepancies AS
SELECT d.id, d.kind, d.severity, d.stated, d.other, d.gap, d.summary, d.side_a, d.side_b, d.side_a_evidence,
       d.side_b_evidence, d.incident_ids, d.grp AS checked_in
FROM rm_discrepancies AS d;

-- The incident totals as `ledger totals` adds them up (TotalsBuilder, TotalQualifier): SQLite's
-- total(cond) > 0 is count(*) FILTER (WHERE cond) > 0 here, and the sums are bigint, not numeric.
CREATE VIEW totals AS
WITH entries AS (
    SELECT coalesce(substr(i.day, 1, 7), 'undated') AS period, coalesce(i.admin1, i.place) AS area, i.measure,
           i.category, i.low, i.best, i.high, c.qualifier AS q
    FROM rm_incidents AS i LEFT JOIN rm_claims AS c ON c.id = i.best_claim
)
SELECT period, area, measure, category, count(*) AS incidents, sum(low)::bigint AS low, sum(best)::bigint AS best,
       sum(high)::bigint AS high,
       CASE
           WHEN count(*) FILTER (WHERE q = 'about') > 0 THEN 'about'
           WHEN count(*) FILTER (WHERE q IN ('at_least', 'more_than')) > 0 AND count(*) FILTER (WHERE q = 'up_to') > 0 THEN 'about'
           WHEN count(*) FILTER (WHERE q = 'more_than') > 0 AND count(*) FILTER (WHERE q = 'at_least') = 0 THEN 'more_than'
           WHEN count(*) FILTER (WHERE q IN ('at_least', 'more_than')) > 0 THEN 'at_least'
           WHEN count(*) FILTER (WHERE q = 'up_to') > 0 THEN 'up_to'
           ELSE 'exact'
       END AS qualifier
FROM entries
GROUP BY period, area, measure, category;
