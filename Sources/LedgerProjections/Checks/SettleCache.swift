import LedgerCore

/// What the `tally_vs_incidents` checks of one ``Projector/settle(_:)`` share: the incidents' summary
/// rows of each measure, scope and period start (read once, to the latest end any pending series of
/// them reaches: each check skips the rows past its own end), and the incidents decoded for their
/// breakdown or evidence. Many series (one per publisher, year and category) weigh the same incidents;
/// nothing a settle writes changes them.
struct SettleCache {
    /// Summary rows held at most (about 100 bytes each); past it, the rows read so far are dropped.
    static let rowBudget = 500_000
    /// Decoded incidents held at most; past it, they are dropped.
    static let incidentBudget = 4_096

    private var ends: [String: Day] = [:]
    private var rows: [String: [TallyVsIncidentsCheck.Row]] = [:]
    private var rowCount = 0
    private var incidents: [String: Incident] = [:]

    /// The rows a tally weighs: incidents of its measure (of every measure, for operations), scope and
    /// period start.
    static func key(_ tally: SeriesPoint) -> String? {
        guard let start = tally.periodStart else { return nil }
        return "\(tally.measure == .operations ? "*" : tally.measure.rawValue)|\(tally.scope)|\(start)"
    }

    /// Notes a tally to be checked, so that the rows read for its key reach its end.
    mutating func note(_ tally: SeriesPoint) {
        guard let key = Self.key(tally), let start = tally.periodStart else { return }
        let end = max(tally.effectiveEnd ?? start, start)
        ends[key] = max(ends[key] ?? end, end)
    }

    /// The summary rows of the incidents a tally weighs: those dated from its period start to the
    /// latest end noted for its key (a superset of its own period).
    mutating func rows(_ store: ReadModelStore, for tally: SeriesPoint) throws -> [TallyVsIncidentsCheck.Row] {
        guard let key = Self.key(tally), let start = tally.periodStart else { return [] }
        if let hit = rows[key] { return hit }
        let end = max(ends[key] ?? start, tally.effectiveEnd ?? start)
        let found = try store.incidentRows(measure: tally.measure == .operations ? nil : tally.measure, scope: tally.scope, from: start, through: end)
        if rowCount + found.count > Self.rowBudget {
            rows.removeAll()
            rowCount = 0
        }
        rows[key] = found
        rowCount += found.count
        return found
    }

    /// An incident, decoded once per settle.
    mutating func incident(_ store: ReadModelStore, _ id: String) throws -> Incident? {
        if let hit = incidents[id] { return hit }
        guard let inc = try store.incident(id) else { return nil }
        if incidents.count >= Self.incidentBudget { incidents.removeAll() }
        incidents[id] = inc
        return inc
    }
}
