import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// Reads and writes the read-model tables of migration 002 on a connection the caller holds.
///
/// Every statement is parameterised; lists are passed as one JSON array argument and expanded with
/// `json_each`, so no text is ever interpolated into SQL.
public struct ReadModelStore {
    public let db: Database
    /// Rows this projection has read or written, by key (``ProjectionMemo``); nil outside a projection.
    let memo: ProjectionMemo?

    public init(_ db: Database) {
        self.db = db
        self.memo = nil
    }

    init(_ db: Database, memo: ProjectionMemo) {
        self.db = db
        self.memo = memo
    }

    static let tables = [
        "rm_reports", "rm_republications", "rm_claims", "rm_links", "rm_link_members", "rm_incidents",
        "rm_incident_members", "rm_series", "rm_series_points", "rm_discrepancies", "rm_pending_checks", "rm_state",
    ]

    /// A stored value (see ``BinaryCodec``; schema/004).
    static func blob(_ value: some Encodable) throws -> Data { Data(try BinaryCodec.encode(value)) }
    static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        try BinaryCodec.decode(T.self, from: data)
    }
    static func list(_ values: some Sequence<String>) throws -> String { try CanonicalJSON.string(Array(values)) }

    /// Runs one statement, prepared once per connection and kept. Writes to the tables that keep a
    /// history (schema/009) compile its triggers into the statement: prepared afresh for every row,
    /// as `Database.execute` does, the preparing cost more than the write.
    func execute(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try statement(sql).execute(arguments: arguments)
    }

    /// A statement prepared once per connection and kept: the projector runs the same few dozen
    /// statements for every event. A cursor may read one when it is read to its end before anything
    /// else runs the same statement (two open cursors cannot share one): a cursor whose loop calls
    /// back into the store prepares its own.
    func statement(_ sql: String) throws -> Statement {
        try db.cachedStatement(sql: sql)
    }

    /// Deletes every read-model row (the event log is untouched).
    public func clear() throws {
        for table in ReadModelStore.tables {
            // Table names come from the fixed list above, never from input.
            try execute(sql: "DELETE FROM \(table)")
        }
    }

    // MARK: fold state

    public func report(_ hash: String) throws -> ReportInfo? {
        if let known = memo?.reports[hash] { return known }
        let info = try Data.fetchOne(statement("SELECT info FROM rm_reports WHERE hash = ?"), arguments: [hash])
            .map { try ReadModelStore.decode(ReportInfo.self, $0) }
        memo?.reports[hash] = .some(info)
        return info
    }

    public func save(_ r: ReportInfo) throws {
        memo?.reports[r.hash] = .some(r)
        try execute(
            sql: "INSERT OR REPLACE INTO rm_reports (hash, seq, recorded_at, publisher, published, info) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [r.hash, r.seq, r.recordedAt, r.publisher, r.published?.description, ReadModelStore.blob(r)])
    }

    public func republication(_ copy: String) throws -> Republication? {
        if let known = memo?.republications[copy] { return known }
        let mark = try Data.fetchOne(statement("SELECT info FROM rm_republications WHERE copy = ?"), arguments: [copy])
            .map { try ReadModelStore.decode(Republication.self, $0) }
        memo?.republications[copy] = .some(mark)
        return mark
    }

    public func copies(of original: String) throws -> [String] {
        try String.fetchAll(
            statement("SELECT copy FROM rm_republications WHERE original = ? ORDER BY copy"), arguments: [original])
    }

    public func save(_ m: Republication) throws {
        memo?.republications[m.report] = .some(m)
        try execute(
            sql: "INSERT OR REPLACE INTO rm_republications (copy, original, seq, info) VALUES (?, ?, ?, ?)",
            arguments: [m.report, m.original, m.seq, ReadModelStore.blob(m)])
    }

    public func record(_ id: String) throws -> ClaimRecord? {
        if let known = memo?.records[id] { return known }
        var reports = ReportFacts()
        let record = try Data.fetchOne(statement("SELECT record FROM rm_claims WHERE id = ?"), arguments: [id])
            .map { try claim($0, &reports) }
        if let record { memo?.records[id] = record }
        return record
    }

    /// The current qualifier of every claim that is not exact, by claim id: the few rows of migration
    /// 016's partial index, a claim whose readable columns were left unwritten decoded. Every claim
    /// not listed is exact (or gone), which ``TotalQualifier/combine(_:)`` counts as no qualifier.
    /// Totals read this once, not each claim behind them (195,000 seeks at a million events).
    public func inexactQualifiers() throws -> [String: Qualifier] {
        var out: [String: Qualifier] = [:]
        let rows = try Row.fetchAll(statement("""
            SELECT id, qualifier FROM rm_claims INDEXED BY rm_claims_inexact WHERE qualifier IS NULL OR qualifier <> 'exact'
            """))
        for row in rows {
            let id: String = row[0]
            if let raw: String = row[1], let qualifier = Qualifier(rawValue: raw) {
                out[id] = qualifier
            } else if let qualifier = try record(id)?.claim.qualifier {
                out[id] = qualifier
            }
        }
        return out
    }

    /// Assembles a claim state with the report facts currently in the tables.
    public func assemble(_ s: ClaimState) throws -> ClaimRecord {
        let report = try self.report(s.current.report)
        let mark = try republication(s.current.report)
        let originalPublisher = try mark.flatMap { try self.report($0.original)?.publisher }
        return ClaimRecord(state: s, report: report, copyOf: mark?.original, originalPublisher: originalPublisher)
    }

    /// The `valid_from` a row opens with: the projection's clock (schema/009). Written with the row, so
    /// that the history trigger updates it only where it reopens a version (schema/017).
    static let clock = "(SELECT seq FROM rm_history_clock)"

    public func save(_ r: ClaimRecord) throws {
        memo?.records[r.id] = r
        let group = GroupKeys.incidentGroup(r)
        // A linking candidate also gets the facts the linker reads (schema/005).
        let facts = group == nil ? nil : LinkFacts(r)
        try execute(
            sql: """
                INSERT OR REPLACE INTO rm_claims
                  (id, report, seq, parent, kind, measure, status, incident_group, series, day, category, days, tolerance, superseded_by, record,
                   \(ReadableColumns.claimColumns), valid_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(ReadableColumns.claimPlaceholders), \(Self.clock))
                """,
            arguments: StatementArguments([r.id, r.claim.report, r.state.seq, r.claim.parent, r.claim.kind.rawValue, r.claim.measure.rawValue,
                        r.status.rawValue, group, GroupKeys.seriesKey(r), facts?.anchor, facts?.category.rawValue,
                        facts.map { $0.days.map(String.init).joined(separator: ",") }, facts?.tolerance, facts?.supersededBy,
                        ReadModelStore.blob(ReportFacts.stored(r))] as [(any DatabaseValueConvertible)?]) + ReadableColumns.claim(r))
    }

    /// A stored claim record, its report's facts filled in (``ReportFacts``).
    func claim(_ data: Data, _ reports: inout ReportFacts) throws -> ClaimRecord {
        try reports.fill(try ReadModelStore.decode(ClaimRecord.self, data), from: self)
    }

    func records(sql: String, _ arguments: StatementArguments) throws -> [ClaimRecord] {
        var reports = ReportFacts()
        return try Data.fetchAll(statement(sql), arguments: arguments).map { try claim($0, &reports) }
    }

    public func claims(ofReport hash: String) throws -> [ClaimRecord] {
        if memo != nil {
            // A projection has just written most of them: only the ids are read.
            let ids = try String.fetchAll(statement("SELECT id FROM rm_claims WHERE report = ? ORDER BY id"), arguments: [hash])
            return try ids.compactMap { try record($0) }
        }
        return try records(sql: "SELECT record FROM rm_claims WHERE report = ? ORDER BY id", [hash])
    }

    public func claims(inIncidentGroups groups: some Sequence<String>) throws -> [ClaimRecord] {
        try records(
            sql: "SELECT record FROM rm_claims WHERE incident_group IN (SELECT value FROM json_each(?)) ORDER BY id",
            [ReadModelStore.list(groups)])
    }

    public func children(of parents: some Sequence<String>) throws -> [ClaimRecord] {
        try records(
            sql: "SELECT record FROM rm_claims WHERE parent IN (SELECT value FROM json_each(?)) ORDER BY id",
            [ReadModelStore.list(parents)])
    }

    /// Each claim of a series, decoded one at a time (a series of a large ledger holds tens of thousands).
    func forEachClaim(inSeries series: String, _ body: (ClaimRecord) throws -> Void) throws {
        var reports = ReportFacts()
        let rows = try Data.fetchCursor(db, sql: "SELECT record FROM rm_claims WHERE series = ?", arguments: [series])
        while let data = try rows.next() { try body(try claim(data, &reports)) }
    }

    public func allClaims() throws -> [ClaimRecord] {
        try records(sql: "SELECT record FROM rm_claims ORDER BY id", [])
    }

    public func incidentGroups(ofClaims ids: some Sequence<String>) throws -> [String] {
        try String.fetchAll(
            statement("SELECT DISTINCT incident_group FROM rm_claims WHERE incident_group IS NOT NULL AND id IN (SELECT value FROM json_each(?))"),
            arguments: [ReadModelStore.list(ids)])
    }

    /// Linking groups of the claims named by link events that name a claim of any of these groups
    /// (without loading the claims).
    public func groupsLinked(with groups: some Sequence<String>) throws -> [String] {
        try String.fetchAll(statement("""
                SELECT DISTINCT c2.incident_group FROM rm_claims c1
                  JOIN rm_link_members m1 ON m1.claim_id = c1.id
                  JOIN rm_link_members m2 ON m2.seq = m1.seq
                  JOIN rm_claims c2 ON c2.id = m2.claim_id
                WHERE c1.incident_group IN (SELECT value FROM json_each(?)) AND c2.incident_group IS NOT NULL
                """),
            arguments: [ReadModelStore.list(groups)])
    }

    // MARK: links

    public func save(_ f: LinkFact) throws {
        try execute(
            sql: "INSERT OR REPLACE INTO rm_links (seq, linked, fact) VALUES (?, ?, ?)",
            arguments: [f.seq, f.linked, ReadModelStore.blob(f)])
        for id in Set(f.claimIDs) {
            try execute(sql: "INSERT OR IGNORE INTO rm_link_members (seq, claim_id) VALUES (?, ?)", arguments: [f.seq, id])
        }
    }

    /// Link events that name any of these claims.
    public func links(naming ids: some Sequence<String>) throws -> [LinkFact] {
        try Data.fetchAll(statement("""
                SELECT fact FROM rm_links WHERE seq IN
                  (SELECT seq FROM rm_link_members WHERE claim_id IN (SELECT value FROM json_each(?))) ORDER BY seq
                """),
            arguments: [ReadModelStore.list(ids)]
        ).map { try ReadModelStore.decode(LinkFact.self, $0) }
    }

    /// The link fact of the event at `seq` (nil when that event is no link decision or withdrawal).
    public func link(seq: Int64) throws -> LinkFact? {
        try Data.fetchOne(statement("SELECT fact FROM rm_links WHERE seq = ?"), arguments: [seq])
            .map { try ReadModelStore.decode(LinkFact.self, $0) }
    }

    public func allLinks() throws -> [LinkFact] {
        try Data.fetchAll(
            statement("SELECT fact FROM rm_links ORDER BY seq")).map { try ReadModelStore.decode(LinkFact.self, $0) }
    }

    // MARK: incidents

    /// Linking groups of the claims held by incidents that hold a claim of any of these groups.
    public func groupsSharingIncidents(with groups: some Sequence<String>) throws -> [String] {
        try String.fetchAll(statement("""
                SELECT DISTINCT m2.grp FROM rm_incident_members m1 JOIN rm_incident_members m2 ON m1.incident_id = m2.incident_id
                WHERE m1.grp IN (SELECT value FROM json_each(?))
                """),
            arguments: [ReadModelStore.list(groups)])
    }

    /// The incidents holding a claim of these groups, each with the linking group of every member
    /// row (in member order).
    public func incidentsWithGroups(inGroups groups: some Sequence<String>) throws -> [(incident: Incident, groups: [String])] {
        let ids = try String.fetchAll(
            statement("SELECT DISTINCT incident_id FROM rm_incident_members WHERE grp IN (SELECT value FROM json_each(?))"),
            arguments: [ReadModelStore.list(groups)])
        return try incidentsWithGroups(ids: ids)
    }

    /// The linking group stored with each member row of an incident (in member order).
    static func memberGroups(_ inc: Incident, groupOf: [String: String]) -> [String] {
        inc.members.map { groupOf[$0.claimID] ?? inc.group }
    }

    public func deleteIncidents(ids: [String]) throws {
        let list = try ReadModelStore.list(ids)
        try execute(sql: "DELETE FROM rm_incidents WHERE id IN (SELECT value FROM json_each(?))", arguments: [list])
        try execute(sql: "DELETE FROM rm_incident_members WHERE incident_id IN (SELECT value FROM json_each(?))", arguments: [list])
    }

    public func insert(_ inc: Incident, groupOf: [String: String]) throws {
        try execute(
            sql: """
                INSERT INTO rm_incidents (id, grp, measure, category, place, admin1, day, low, high, best, best_claim, record,
                  \(ReadableColumns.incidentColumns))
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(ReadableColumns.incidentPlaceholders))
                """,
            arguments: StatementArguments([inc.id, inc.group, inc.measure.rawValue, inc.category.rawValue, inc.place, inc.admin1,
                        inc.day?.description, inc.low, inc.high, inc.best, inc.bestClaimID, ReadModelStore.blob(inc)] as [(any DatabaseValueConvertible)?])
                + ReadableColumns.incident(inc))
        for m in inc.members {
            try execute(
                sql: "INSERT INTO rm_incident_members (incident_id, claim_id, grp) VALUES (?, ?, ?)",
                arguments: [inc.id, m.claimID, groupOf[m.claimID] ?? inc.group])
        }
    }

    public func incidents(measure: Measure? = nil) throws -> [Incident] {
        let rows: [Data]
        if let measure {
            rows = try Data.fetchAll(
                statement("SELECT record FROM rm_incidents WHERE measure = ? ORDER BY id"), arguments: [measure.rawValue])
        } else {
            rows = try Data.fetchAll(statement("SELECT record FROM rm_incidents ORDER BY id"))
        }
        return try rows.map { try ReadModelStore.decode(Incident.self, $0) }
    }

    /// Incidents that may lie in `scope` (a superset; ``Area/covers`` decides).
    public func incidents(measure: Measure, scope: String) throws -> [Incident] {
        guard scope != "badia", let c = Area.candidates(scope: scope) else { return try incidents(measure: measure) }
        return try Data.fetchAll(statement("""
                SELECT record FROM rm_incidents WHERE measure = ? AND (admin1 IN (SELECT value FROM json_each(?))
                  OR place IN (SELECT value FROM json_each(?))) ORDER BY id
                """),
            arguments: [measure.rawValue, ReadModelStore.list(c.provinces), ReadModelStore.list(c.places)]
        ).map { try ReadModelStore.decode(Incident.self, $0) }
    }

    /// Summary rows of the incidents of one measure (or of every measure, for nil) dated
    /// `from`…`through` that may lie in `scope` (a superset; ``Area/covers`` decides). No incident
    /// record is decoded, nor any row read: the index by measure and day holds the columns (migration 016).
    public func incidentRows(measure: Measure?, scope: String, from: Day, through: Day) throws -> [TallyVsIncidentsCheck.Row] {
        let rows: RowCursor
        let measures = try ReadModelStore.list(measure.map { [$0.rawValue] } ?? Measure.allCases.map(\.rawValue))
        if scope != "badia", let c = Area.candidates(scope: scope) {
            rows = try Row.fetchCursor(
                db, sql: """
                    SELECT id, category, place, admin1, day, best FROM rm_incidents
                    WHERE measure IN (SELECT value FROM json_each(?)) AND day BETWEEN ? AND ?
                      AND (admin1 IN (SELECT value FROM json_each(?)) OR place IN (SELECT value FROM json_each(?)))
                    """,
                arguments: [measures, from.description, through.description,
                            ReadModelStore.list(c.provinces), ReadModelStore.list(c.places)])
        } else {
            rows = try Row.fetchCursor(
                db, sql: """
                    SELECT id, category, place, admin1, day, best FROM rm_incidents
                    WHERE measure IN (SELECT value FROM json_each(?)) AND day BETWEEN ? AND ?
                    """,
                arguments: [measures, from.description, through.description])
        }
        var out: [TallyVsIncidentsCheck.Row] = []
        while let row = try rows.next() {
            let category: String = row[1]
            let day: String? = row[4]
            out.append(TallyVsIncidentsCheck.Row(
                id: row[0], category: VictimCategory(rawValue: category) ?? .all, place: row[2], admin1: row[3],
                day: day.flatMap { Day(iso: $0) }, best: row[5]))
        }
        return out
    }

    public func incident(_ id: String) throws -> Incident? {
        try Data.fetchOne(statement("SELECT record FROM rm_incidents WHERE id = ?"), arguments: [id])
            .map { try ReadModelStore.decode(Incident.self, $0) }
    }

    // MARK: series

    /// Every series with its scope.
    public func allSeries() throws -> [(series: String, scope: String)] {
        try Row.fetchAll(statement("SELECT series, scope FROM rm_series ORDER BY series")).map { ($0[0], $0[1]) }
    }

    /// The sortable text of a point's place in its series: chronology, as ``ReportChronology`` orders.
    public static func chrono(_ r: ClaimRecord) -> String {
        let c = r.chronology
        let day = c.day.map { String(format: "1%09d", $0.ordinal + 100_000_000) } ?? "0000000000"
        return day + "\u{1}" + c.recordedAt + "\u{1}" + String(format: "%020lld", c.seq + Int64(1) << 62)
    }

    /// Writes a point (position and delta are derived on reading).
    public func insertPoint(_ p: SeriesPoint, chrono: String) throws {
        var stored = p
        stored.position = 0
        stored.delta = nil
        try execute(
            sql: """
                INSERT OR REPLACE INTO rm_series_points (series, chrono, claim_id, point, \(ReadableColumns.pointColumns), valid_from)
                VALUES (?, ?, ?, ?, \(ReadableColumns.pointPlaceholders), \(Self.clock))
                """,
            arguments: StatementArguments([p.series, chrono, p.claimID, ReadModelStore.blob(stored)] as [(any DatabaseValueConvertible)?])
                + ReadableColumns.point(p))
        try execute(sql: "INSERT OR IGNORE INTO rm_series (series, scope) VALUES (?, ?)", arguments: [p.series, p.scope])
    }

    // A point is found by its claim: `+series` keeps SQLite from walking the whole series through the
    // primary key's first column (with no statistics it prefers that to the claim index).

    /// Deletes the points of these claims from a series; drops the series when it is left empty.
    public func deletePoints(_ key: String, claims ids: some Sequence<String>) throws {
        try execute(
            sql: "DELETE FROM rm_series_points WHERE +series = ? AND claim_id IN (SELECT value FROM json_each(?))",
            arguments: [key, ReadModelStore.list(ids)])
        if try Bool.fetchOne(
            statement("SELECT EXISTS (SELECT 1 FROM rm_series_points WHERE series = ?)"), arguments: [key]) != true {
            try execute(sql: "DELETE FROM rm_series WHERE series = ?", arguments: [key])
        }
    }

    /// Where a claim's point sits: its chrono, or nil.
    public func pointChrono(_ key: String, claim: String) throws -> String? {
        try String.fetchOne(
            statement("SELECT chrono FROM rm_series_points WHERE +series = ? AND claim_id = ?"), arguments: [key, claim])
    }

    /// A claim's point in a series, with its chrono.
    public func pointRow(_ key: String, claim: String) throws -> (chrono: String, point: SeriesPoint)? {
        guard let row = try Row.fetchOne(
            statement("SELECT chrono, point FROM rm_series_points WHERE +series = ? AND claim_id = ?"), arguments: [key, claim])
        else { return nil }
        return (row[0], try ReadModelStore.decode(SeriesPoint.self, row[1] as Data))
    }

    /// The point after (chrono, claim) in a series.
    public func pointAfter(_ key: String, chrono: String, claim: String) throws -> SeriesPoint? {
        try Data.fetchOne(statement("""
                SELECT point FROM rm_series_points WHERE series = ? AND (chrono, claim_id) > (?, ?)
                ORDER BY chrono, claim_id LIMIT 1
                """), arguments: [key, chrono, claim]
        ).map { try ReadModelStore.decode(SeriesPoint.self, $0) }
    }

    /// The point before (chrono, claim) in a series.
    public func pointBefore(_ key: String, chrono: String, claim: String) throws -> SeriesPoint? {
        try Data.fetchOne(statement("""
                SELECT point FROM rm_series_points WHERE series = ? AND (chrono, claim_id) < (?, ?)
                ORDER BY chrono DESC, claim_id DESC LIMIT 1
                """), arguments: [key, chrono, claim]
        ).map { try ReadModelStore.decode(SeriesPoint.self, $0) }
    }

    /// A series' last point (its position and delta are not filled in).
    public func lastPoint(_ key: String) throws -> SeriesPoint? {
        try Data.fetchOne(
            statement("SELECT point FROM rm_series_points WHERE series = ? ORDER BY chrono DESC, claim_id DESC LIMIT 1"),
            arguments: [key]
        ).map { try ReadModelStore.decode(SeriesPoint.self, $0) }
    }

    /// Fills in positions and deltas of points met in series order (stored points have neither).
    struct Numbering {
        private var previous: SeriesPoint?

        mutating func number(_ stored: SeriesPoint) -> SeriesPoint {
            var point = stored
            if let previous, previous.series == point.series {
                point.position = previous.position + 1
                point.delta = point.value - previous.value
            } else {
                point.position = 1
                point.delta = nil
            }
            previous = point
            return point
        }
    }

    /// Each point of a series in order, decoded one at a time (position and delta not filled in).
    func forEachPoint(_ series: String, _ body: (SeriesPoint) throws -> Void) throws {
        let rows = try Data.fetchCursor(
            db, sql: "SELECT point FROM rm_series_points WHERE series = ? ORDER BY chrono, claim_id", arguments: [series])
        while let data = try rows.next() { try body(try ReadModelStore.decode(SeriesPoint.self, data)) }
    }

    /// Every series point, by series and position, numbered.
    public func seriesPoints() throws -> [SeriesPoint] {
        var numbering = Numbering()
        var out: [SeriesPoint] = []
        let rows = try Data.fetchCursor(db, sql: "SELECT point FROM rm_series_points ORDER BY series, chrono, claim_id")
        while let data = try rows.next() { out.append(numbering.number(try ReadModelStore.decode(SeriesPoint.self, data))) }
        return out
    }

    /// Deletes a series' discrepancies of one kind (for `series_decreases`, only those anchored at
    /// these claims, when given).
    public func deleteDiscrepancies(series key: String, kind: DiscrepancyKind, anchors: [String]? = nil) throws {
        if let anchors {
            try execute(
                sql: "DELETE FROM rm_discrepancies WHERE grp = ? AND kind = ? AND anchor IN (SELECT value FROM json_each(?))",
                arguments: [key, kind.rawValue, ReadModelStore.list(anchors)])
        } else {
            try execute(sql: "DELETE FROM rm_discrepancies WHERE grp = ? AND kind = ?", arguments: [key, kind.rawValue])
        }
    }

    // MARK: discrepancies

    public func deleteDiscrepancies(inGroups groups: some Sequence<String>) throws {
        try execute(
            sql: "DELETE FROM rm_discrepancies WHERE grp IN (SELECT value FROM json_each(?))",
            arguments: [ReadModelStore.list(groups)])
    }

    /// The stored records of the discrepancies of these groups, by id.
    public func discrepancyBlobs(inGroups groups: some Sequence<String>) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let rows = try Row.fetchCursor(
            statement("SELECT id, record FROM rm_discrepancies WHERE grp IN (SELECT value FROM json_each(?))"),
            arguments: [ReadModelStore.list(groups)])
        while let row = try rows.next() { out[row[0]] = row[1] }
        return out
    }

    public func deleteDiscrepancies(ids: some Sequence<String>) throws {
        try execute(
            sql: "DELETE FROM rm_discrepancies WHERE id IN (SELECT value FROM json_each(?))",
            arguments: [ReadModelStore.list(ids)])
    }

    /// Stores a discrepancy (the record of a `tally_vs_incidents` check without its incident list and
    /// side B, its readable columns without the list: ``TallyCheckLists``).
    public func insert(_ d: Discrepancy) throws {
        // A `tally_vs_incidents` check has no history (schema/009): its `valid_from` stays 0.
        let validFrom = d.kind == .tallyVsIncidents ? "0" : Self.clock
        try execute(
            sql: """
                INSERT OR REPLACE INTO rm_discrepancies (id, grp, kind, severity, anchor, record, \(ReadableColumns.discrepancyColumns), valid_from)
                VALUES (?, ?, ?, ?, ?, ?, \(ReadableColumns.discrepancyPlaceholders), \(validFrom))
                """,
            arguments: StatementArguments(
                [d.id, d.group, d.kind.rawValue, d.severity.rawValue, ReadModelStore.anchor(d), ReadModelStore.blob(TallyCheckLists.stored(d))] as [(any DatabaseValueConvertible)?])
                + ReadableColumns.discrepancy(d))
    }

    /// What a discrepancy is filed under within its group (schema/005): a `series_decreases` under the
    /// later point's claim, an incident check under its incident.
    static func anchor(_ d: Discrepancy) -> String? {
        if d.kind == .seriesDecreases { return d.sideA.first?.claimID }
        if incidentKinds.contains(d.kind) { return d.incidents.first }
        return nil
    }

    /// Every current discrepancy, in id order, the `tally_vs_incidents` checks derived whole again
    /// (``TallyCheckLists``) from the current series and incidents.
    public func discrepancies() throws -> [Discrepancy] {
        let stored = try storedDiscrepancies()
        guard stored.contains(where: { $0.kind == .tallyVsIncidents }) else { return stored }
        return try filling(stored, series: try seriesPoints(), incidents: try incidents())
    }

    /// ``discrepancies()`` for a reader that holds the current series points and incidents already.
    public func discrepancies(series: [SeriesPoint], incidents: [Incident]) throws -> [Discrepancy] {
        try filling(try storedDiscrepancies(), series: series, incidents: incidents)
    }

    private func filling(_ stored: [Discrepancy], series: [SeriesPoint], incidents: [Incident]) throws -> [Discrepancy] {
        try TallyCheckLists.filled(stored, series: series, incidents: incidents) { d in
            // Not derived from the series given (they are not the ones it was settled from): the
            // settle's own check of its series' last point, as it was written.
            guard let last = try lastPoint(d.group) else { return nil }
            return try Projector.tallyVsIncidents(self, last).first { $0.id == d.id }
        }
    }

    /// The discrepancies as stored, in id order (the tally checks without their lists and side B).
    func storedDiscrepancies() throws -> [Discrepancy] {
        try Data.fetchAll(statement("SELECT record FROM rm_discrepancies ORDER BY id"))
            .map { try ReadModelStore.decode(Discrepancy.self, $0) }
    }

    // MARK: deferred checks

    /// Files a series whose `tally_vs_incidents` check is due (see ``Projector/settle(_:)``).
    public func markPending(series key: String) throws {
        try execute(sql: "INSERT OR IGNORE INTO rm_pending_checks (series) VALUES (?)", arguments: [key])
    }

    /// The series whose check is due, in order.
    public func pendingSeries() throws -> [String] {
        try String.fetchAll(statement("SELECT series FROM rm_pending_checks ORDER BY series"))
    }

    public func clearPending(series key: String) throws {
        try execute(sql: "DELETE FROM rm_pending_checks WHERE series = ?", arguments: [key])
    }

    // MARK: state

    /// The rules the stored incidents were linked by: read models written under other rules (linking
    /// groups keyed by place rather than governorate) are behind, whatever their position, so that the
    /// next command rebuilds them from the log.
    static let linkingRules = "governorate-1"

    /// The last event folded (0: none, or read models linked by other rules than ``linkingRules``).
    public func lastSeq() throws -> Int64 {
        let sql = "SELECT (SELECT value FROM rm_state WHERE key = 'last_seq'), (SELECT value FROM rm_state WHERE key = 'linking')"
        guard let row = try Row.fetchOne(statement(sql)), let seq = (row[0] as String?).flatMap({ Int64($0) }),
              (row[1] as String?) == Self.linkingRules else { return 0 }
        return seq
    }

    public func setLastSeq(_ seq: Int64) throws {
        try execute(sql: "INSERT OR REPLACE INTO rm_state (key, value) VALUES ('last_seq', ?), ('linking', ?)",
                    arguments: [String(seq), Self.linkingRules])
    }

    /// Every read-model row, as text, table by table: for comparing an incremental ledger with a rebuilt
    /// one. A row's `valid_from` (schema/009) is left out: it names the projection that wrote the row.
    public func dump() throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for table in ReadModelStore.tables where table != "rm_state" {
            let rows = try Row.fetchAll(statement("SELECT * FROM \(table)"))
            out[table] = rows.map { row in
                zip(row.columnNames, row.databaseValues).filter { $0.0 != "valid_from" }.map { "\($0.0):\($0.1)" }.joined(separator: " ")
            }.sorted()
        }
        return out
    }
}
