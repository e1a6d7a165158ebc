import Foundation
import GRDB
import LedgerCore

/// The reconciliation as the ledger stood at a recorded time, read from the read models' history
/// (schema/007 and 009) instead of replayed: the claims, incidents, series points and discrepancies
/// that held after the last projection recorded by then. What it gives is what ``Replayer`` gives for
/// the same time; where the history cannot tell (see ``ReadModelStore/historySeq(asOf:)``) it says so
/// and the caller replays.
public enum ReadModelHistory {
    /// How much a reconciliation holds, counted without decoding its claims, discrepancies or (but
    /// where a check needs one) incidents.
    public struct Counts: Sendable, Equatable {
        public var claims: Int
        public var reports: Int
        public var incidents: Int
        /// The incidents added up by measure and category, in that order.
        public var incidentTotals: [Total]
        public var seriesPoints: Int
        public var discrepancies: [DiscrepancyKind: Int]

        /// The incidents of one measure and category, added up.
        public struct Total: Sendable, Equatable {
            public var measure: Measure
            public var category: VictimCategory
            public var incidents = 0
            public var low = 0
            public var best = 0
            public var high = 0
        }

        /// The counts of a reconciliation already in memory.
        public init(_ rec: Reconciliation) {
            claims = rec.claims.count
            reports = Set(rec.claims.map(\.claim.report)).count
            incidents = rec.incidents.count
            incidentTotals = Self.totals(rec.incidents.lazy.map { ($0.measure, $0.category, $0.low, $0.best, $0.high) })
            seriesPoints = rec.series.count
            discrepancies = Dictionary(grouping: rec.discrepancies, by: \.kind).mapValues(\.count)
        }

        init(claims: Int, reports: Int, incidents: [IncidentSummary], seriesPoints: Int, discrepancies: [DiscrepancyKind: Int]) {
            self.claims = claims
            self.reports = reports
            self.incidents = incidents.count
            incidentTotals = Self.totals(incidents.lazy.map { ($0.measure, $0.row.category, $0.low, $0.row.best, $0.high) })
            self.seriesPoints = seriesPoints
            self.discrepancies = discrepancies
        }

        /// Incidents (measure, category, low, best, high) added up by measure and category.
        static func totals(_ incidents: some Sequence<(Measure, VictimCategory, Int, Int, Int)>) -> [Total] {
            var out: [String: Total] = [:]
            for (measure, category, low, best, high) in incidents {
                let key = "\(measure.rawValue)|\(category.rawValue)"
                var total = out[key] ?? Total(measure: measure, category: category)
                total.incidents += 1
                (total.low, total.best, total.high) = (total.low + low, total.best + best, total.high + high)
                out[key] = total
            }
            return out.values.sorted { ($0.measure.rawValue, $0.category.rawValue) < ($1.measure.rawValue, $1.category.rawValue) }
        }
    }

    /// The last event of the projection that shows the ledger as of `asOf`: the last event folded when
    /// `asOf` is nil or no earlier than every recorded time; nil when the history cannot tell.
    public static func seq(_ db: Database, asOf: String?) throws -> Int64? {
        let store = ReadModelStore(db)
        if let asOf, let latest = try String.fetchOne(db, sql: "SELECT max(recorded_at) FROM events"), latest > asOf {
            return try store.historySeq(asOf: asOf)
        }
        return try store.lastSeq()
    }

    /// The reconciliation after event `seq` (a mark), as ``Reconciler`` orders it, holding only
    /// `parts` (the others empty); with `through`, the claims and links that held then reconciled
    /// again, counting deaths through that day (whole: the reconciling needs every claim).
    public static func reconciliation(
        _ db: Database, at seq: Int64, through: Day? = nil, parts: ReconciliationParts = .all
    ) throws -> Reconciliation {
        let store = ReadModelStore(db)
        var claims: [ClaimRecord] = []
        if let through {
            try store.forEachClaim(at: seq) { claims.append($0) }
            // Link events are the log's own: those up to the mark are the ones folded by then.
            let links = try Data.fetchAll(db, sql: "SELECT fact FROM rm_links WHERE seq <= ? ORDER BY seq", arguments: [seq])
                .map { try ReadModelStore.decode(LinkFact.self, $0) }
            return Reconciler.reconcile(claims, links: links, through: through)
        }
        if parts.contains(.claims) {
            try store.forEachClaim(at: seq) { claims.append($0) }
        } else if parts.contains(.backReferences) {
            try store.forEachRecallCandidate(at: seq) { claims.append($0) }
        }
        let incidents = parts.contains(.incidents) ? try store.incidents(at: seq) : []
        let series = parts.contains(.series) ? try store.seriesPoints(at: seq) : []
        var discrepancies: [Discrepancy] = []
        if parts.contains(.discrepancies) {
            // The check reads each series' last point only: the last points will do without the series;
            // and the incidents' summaries will do without the incidents.
            let points = parts.contains(.series) ? series : try store.lastSeriesPoints(at: seq).last
            let derived = parts.contains(.incidents)
                ? DerivedChecks(tallyChecks(points, incidents: incidents))
                : try tallyChecks(store, points, incidents: try store.incidentSummaries(at: seq))
            try forEachDiscrepancy(db, at: seq, derived: derived) { discrepancies.append($0) }
        }
        return Reconciliation(claims: claims, incidents: incidents, series: series, discrepancies: discrepancies)
    }

    /// The `tally_vs_incidents` checks that held after event `seq` (a mark), in id order: derived from
    /// each series' last point and the incidents of then, as the projector derives them. Without
    /// `listing`, no check lists its incidents (the same ids, figures and evidence): a country-wide
    /// tally lists thousands, and at a million events the lists held as ids were half the memory of a
    /// listing that does not show them (271 MB with them, 130 MB without). ``DerivedChecks`` holds
    /// them as 4-byte places in one id order and names them as each check is read.
    public static func derivedChecks(_ db: Database, at seq: Int64, listing: Bool = true) throws -> DerivedChecks {
        let store = ReadModelStore(db)
        let points = try store.lastSeriesPoints(at: seq).last
        return try tallyChecks(store, points, incidents: try store.incidentSummaries(at: seq), listing: listing)
    }

    /// ``tallyChecks(_:incidents:)`` over the incidents' summaries read from `store`, a whole incident
    /// loaded (once) only where a tally needs it: its category or exclusions, the evidence of the largest.
    static func tallyChecks(
        _ store: ReadModelStore, _ points: [SeriesPoint], incidents: [IncidentSummary], listing: Bool = true
    ) throws -> DerivedChecks {
        try withRecords(store, incidents) { try tallyChecks(points, incidents: incidents, listing: listing, record: $0) }
    }

    /// `body` given a loader of the whole incident of a summary's row, each decoded once.
    static func withRecords<T>(
        _ store: ReadModelStore, _ incidents: [IncidentSummary],
        _ body: ((TallyVsIncidentsCheck.Row) throws -> Incident) throws -> T
    ) throws -> T {
        var records: [Int: Incident] = [:]
        return try body { row in
            if let inc = records[row.slot] { return inc }
            let inc = try store.incident(of: incidents[row.slot])
            records[row.slot] = inc
            return inc
        }
    }

    /// ``tallyChecks(_:incidents:)`` over the incidents' summaries, `record` loading a whole incident
    /// (by its row) where a tally needs it.
    static func tallyChecks(
        _ points: [SeriesPoint], incidents: [IncidentSummary], listing: Bool = true,
        record: (TallyVsIncidentsCheck.Row) throws -> Incident
    ) rethrows -> DerivedChecks {
        let index = TallyCheckIndex(rows: incidents.map(\.row), measures: incidents.map(\.measure))
        // The incidents in id order, once: a check's list is then its incidents' places in that order,
        // sorted as integers (sorting each list by its ids retained two strings a comparison: a sixth
        // of an as-of export at a million events).
        let byID = listing ? incidents.indices.sorted { incidents[$0].row.id < incidents[$1].row.id } : []
        var place = [Int32](repeating: 0, count: byID.count)
        for (at, slot) in byID.enumerated() { place[slot] = Int32(at) }
        var out: [(check: Discrepancy, places: [Int32])] = []
        try forEachSeries(points) { points in
            guard let outcome = try index.outcome(series: points, keeping: listing, record: record) else { return }
            out.append((outcome.check, outcome.counted.map { place[$0.slot] }.sorted()))
        }
        return DerivedChecks(out, names: listing ? byID.map { incidents[$0].row.id } : nil)
    }

    /// Every discrepancy that held after event `seq` (a mark), in id order, decoded one at a time: the
    /// stored ones and `derived` (``derivedChecks(_:at:)``, in id order) merged.
    public static func forEachDiscrepancy(
        _ db: Database, at seq: Int64, derived: DerivedChecks, _ body: (Discrepancy) throws -> Void
    ) throws {
        var next = derived.startIndex
        try ReadModelStore(db).forEachDiscrepancy(at: seq) { d in
            while next < derived.endIndex, derived.id(at: next) < d.id {
                try body(derived[next])
                next += 1
            }
            try body(d)
        }
        for d in derived[next...] { try body(d) }
    }

    /// The counts of the reconciliation after event `seq` (a mark): what a summary of it shows, in
    /// memory that does not grow with the claims. The incidents are their summary columns; a whole
    /// incident is decoded only for a version closed since or where a tally's category or exclusions
    /// need it.
    public static func counts(_ db: Database, at seq: Int64) throws -> Counts {
        let store = ReadModelStore(db)
        let (claims, reports) = try store.claimCounts(at: seq)
        let incidents = try store.incidentSummaries(at: seq)
        let (points, lastPoints) = try store.lastSeriesPoints(at: seq)
        var discrepancies = try store.discrepancyCounts(at: seq)
        let checks = try withRecords(store, incidents) { try tallyCheckCount(lastPoints, incidents: incidents, record: $0) }
        if checks > 0 { discrepancies[.tallyVsIncidents, default: 0] += checks }
        return Counts(claims: claims, reports: reports, incidents: incidents, seriesPoints: points, discrepancies: discrepancies)
    }

    /// `tally_vs_incidents` of every series (given in series order, numbered; the check reads a
    /// series' last point only, so the last of each will do) against the incidents, as ``Reconciler``
    /// runs it.
    /// Each series reads only the incidents of its measure dated within its period (``TallyCheckIndex``).
    public static func tallyChecks(_ points: [SeriesPoint], incidents: [Incident]) -> [Discrepancy] {
        let index = TallyCheckIndex(incidents)
        var out: [Discrepancy] = []
        forEachSeries(points) { out += index.check(series: $0) }
        return out
    }

    /// How many checks ``tallyChecks(_:incidents:)`` gives, without building them.
    static func tallyCheckCount(_ points: [SeriesPoint], incidents: [Incident]) -> Int {
        let index = TallyCheckIndex(incidents)
        var count = 0
        forEachSeries(points) { if index.differs(series: $0) { count += 1 } }
        return count
    }

    /// ``tallyCheckCount(_:incidents:)`` over the incidents' summaries, `record` loading a whole
    /// incident (by its row) where a tally needs it.
    static func tallyCheckCount(
        _ points: [SeriesPoint], incidents: [IncidentSummary], record: (TallyVsIncidentsCheck.Row) throws -> Incident
    ) rethrows -> Int {
        try tallyCheckCount(points, index: TallyCheckIndex(rows: incidents.map(\.row), measures: incidents.map(\.measure)), record: record)
    }

    /// ``tallyCheckCount(_:incidents:record:)`` over an index built already.
    static func tallyCheckCount(
        _ points: [SeriesPoint], index: TallyCheckIndex, record: (TallyVsIncidentsCheck.Row) throws -> Incident
    ) rethrows -> Int {
        var count = 0
        try forEachSeries(points) { if try index.differs(series: $0, record: record) { count += 1 } }
        return count
    }

    /// Each series' run of `points` (in series order).
    private static func forEachSeries(_ points: [SeriesPoint], _ body: (ArraySlice<SeriesPoint>) throws -> Void) rethrows {
        var start = points.startIndex
        while start < points.endIndex {
            var end = start
            while end < points.endIndex && points[end].series == points[start].series { end += 1 }
            try body(points[start..<end])
            start = end
        }
    }
}
