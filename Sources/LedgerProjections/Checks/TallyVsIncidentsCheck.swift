import LedgerCore

/// `tally_vs_incidents`: the latest figure of a running series against the incidents the ledger holds
/// for the same area, period, measure and category.
///
/// Incidents count with their best figure, when they lie in the tally's area (``Area``), are dated
/// within its period (start to end, or to the report's day when open) and are not named by one of the
/// tally's exclusions (an exclusion that mentions the incident's place). For a tally of one category,
/// an incident counts with its figure for that category (its own, or from its breakdown).
///
/// Both directions are reported: incidents the tally does not account for (the incidents add up to
/// more: a warning) and a tally running ahead of the incidents known to the ledger (info: the ledger
/// rarely holds every incident).
public enum TallyVsIncidentsCheck {
    public static func check(series points: [SeriesPoint], incidents: [Incident], through: Day? = nil) -> [Discrepancy] {
        let eligible = points.filter { p in through.map { t in (p.effectiveEnd.map { $0 <= t }) ?? false } ?? true }
        guard let tally = eligible.last, let start = tally.periodStart else { return [] }
        var end = tally.effectiveEnd ?? start
        if let through, through < end { end = through }
        if tally.measure == .operations {
            return operations(tally, incidents: incidents, start: start, end: end, through: through)
        }
        let rows = incidents.indices.lazy.filter { incidents[$0].measure == tally.measure }.map { Row(incidents[$0], slot: $0) }
        return victims(tally, rows: rows, start: start, end: end, through: through) { incidents[$0.slot] }
    }

    /// An incident's summary columns (rm_incidents): enough to count most incidents without decoding them.
    public struct Row: Sendable {
        public var id: String
        public var category: VictimCategory
        public var place: String
        public var admin1: String?
        public var day: Day?
        public var best: Int
        /// Where the caller keeps the whole incident (an index), if it does.
        public var slot: Int

        public init(id: String, category: VictimCategory, place: String, admin1: String?, day: Day?, best: Int, slot: Int = -1) {
            self.id = id
            self.category = category
            self.place = place
            self.admin1 = admin1
            self.day = day
            self.best = best
            self.slot = slot
        }

        init(_ inc: Incident, slot: Int) {
            self.init(id: inc.id, category: inc.category, place: inc.place, admin1: inc.admin1, day: inc.day, best: inc.best, slot: slot)
        }
    }

    /// The worst a tally check can be (a tally ahead of its incidents is `info`): listings worst
    /// first place every stored discrepancy worse than this before deriving any check.
    public static let worstSeverity = Severity.warning

    /// How many of the largest counted incidents give their evidence on side B (every counted
    /// incident is listed in `incidents`).
    public static let evidenceLimit = 20

    /// Whether counting an incident for this tally needs the whole incident (its breakdown or its
    /// place words), not just its summary row.
    public static func needsRecord(_ row: Row, for tally: SeriesPoint) -> Bool {
        !tally.exclusions.isEmpty || !(tally.category == .all || tally.category == row.category)
    }

    /// The check of a victims tally over the summary rows of the incidents of its measure (a superset:
    /// rows outside the area or period are skipped); `record` loads a whole incident when needed.
    /// Without `listing`, the check lists no incidents (what the store keeps, ``TallyCheckLists``).
    public static func victims(
        _ tally: SeriesPoint, rows: some Sequence<Row>, start: Day, end: Day, through: Day?, listing: Bool = true,
        record: (Row) throws -> Incident
    ) rethrows -> [Discrepancy] {
        try victimsOutcome(tally, rows: rows, start: start, end: end, through: through, keeping: listing, record: record)
            .map { [$0.listed] } ?? []
    }

    /// The check of a victims tally (``victims(_:rows:start:end:through:listing:record:)``) before its
    /// incidents are listed, with the rows it counts when `keeping` (else none: no copy of them made);
    /// nil when the incidents agree with the tally.
    static func victimsOutcome(
        _ tally: SeriesPoint, rows: some Sequence<Row>, start: Day, end: Day, through: Day?, keeping: Bool,
        record: (Row) throws -> Incident
    ) rethrows -> Outcome? {
        let counted = try counted(tally, rows: rows, start: start, end: end, record: record)
        let sum = counted.reduce(0) { $0 + $1.value }
        guard sum != tally.value else { return nil }
        let ahead = tally.value > sum
        let largest = Self.largest(counted, evidenceLimit)
        var sideB: [EvidenceRef] = []
        for (row, _) in largest {
            let inc = try record(row)
            let bestClaim = inc.sources.first { $0.value == inc.best }?.claimID
            sideB += inc.members.filter { $0.status == .counted && bestClaim == $0.claimID }.map(\.evidence)
        }
        let check = Discrepancy(
            kind: .tallyVsIncidents, severity: ahead ? .info : worstSeverity, group: tally.series,
            summary: ahead
                ? "\(tally.publisher) counts \(tally.value) \(tally.measure.rawValue) (\(tally.category.rawValue)) in \(tally.scope) \(start)…\(end); the ledger's \(counted.count) incident(s) account for \(sum): tally ahead of known incidents by \(tally.value - sum)"
                : "\(tally.publisher) counts \(tally.value) \(tally.measure.rawValue) (\(tally.category.rawValue)) in \(tally.scope) \(start)…\(end), but the ledger's \(counted.count) incident(s) add up to \(sum): \(sum - tally.value) unaccounted for",
            stated: tally.value, other: sum, sideA: [tally.evidence], sideB: sideB,
            incidents: [], idSalt: through?.description ?? "")
        return Outcome(check: check, counted: keeping ? counted.map(\.row) : [])
    }

    /// The first `limit` of `counted` by figure, largest first, then by id: the head of the whole list
    /// so sorted, picked in one pass (a country-wide tally counts tens of thousands of incidents).
    static func largest(_ counted: [(row: Row, value: Int)], _ limit: Int) -> [(row: Row, value: Int)] {
        func before(_ a: (row: Row, value: Int), _ b: (row: Row, value: Int)) -> Bool {
            (a.value, b.row.id) > (b.value, a.row.id)
        }
        var top: [(row: Row, value: Int)] = []
        for c in counted {
            if top.count == limit, let last = top.last, !before(c, last) { continue }
            let at = top.firstIndex { before(c, $0) } ?? top.endIndex
            top.insert(c, at: at)
            if top.count > limit { top.removeLast() }
        }
        return top
    }

    /// The incidents a victims tally counts (of `rows`, a superset), each with the figure it counts for.
    static func counted(
        _ tally: SeriesPoint, rows: some Sequence<Row>, start: Day, end: Day, record: (Row) throws -> Incident
    ) rethrows -> [(row: Row, value: Int)] {
        var counted: [(row: Row, value: Int)] = []
        for row in rows {
            if let v = try value(of: row, for: tally, start: start, end: end, record: record) { counted.append((row, v)) }
        }
        return counted
    }

    /// The figure a victims tally counts an incident (its summary `row`) for, or nil when it does not
    /// count it: outside the area or the period, excluded, or nothing of the tally's category.
    static func value(
        of row: Row, for tally: SeriesPoint, start: Day, end: Day, record: (Row) throws -> Incident
    ) rethrows -> Int? {
        guard let day = row.day, day >= start, day <= end else { return nil }
        guard Area.covers(scope: tally.scope, place: row.place, admin1: row.admin1) else { return nil }
        let v: Int
        if needsRecord(row, for: tally) {
            let inc = try record(row)
            if excluded(inc, by: tally.exclusions) { return nil }
            guard let f = inc.figure(for: tally.category, using: inc.best) else { return nil }
            v = f
        } else {
            v = row.best
        }
        return v > 0 ? v : nil
    }

    /// An operations tally counts events, not victims: it is compared with the number of distinct
    /// events (day and place) among the incidents in its area and period, whatever their measure.
    /// Only a tally below the known events is reported (a warning); monitors count operations without
    /// casualties that no incident report covers, so a tally ahead of the ledger says nothing.
    static func operations(_ tally: SeriesPoint, incidents: [Incident], start: Day, end: Day, through: Day?) -> [Discrepancy] {
        operations(tally, rows: incidents.indices.lazy.map { Row(incidents[$0], slot: $0) }, start: start, end: end, through: through) {
            incidents[$0.slot]
        }
    }

    /// The operations check over summary rows of incidents of every measure (a superset); each event
    /// (day and place) is represented by its incident of smallest id, and side B cites the first
    /// ``evidenceLimit`` events.
    public static func operations(
        _ tally: SeriesPoint, rows: some Sequence<Row>, start: Day, end: Day, through: Day?, listing: Bool = true,
        record: (Row) throws -> Incident
    ) rethrows -> [Discrepancy] {
        try operationsOutcome(tally, rows: rows, start: start, end: end, through: through, keeping: listing, record: record)
            .map { [$0.listed] } ?? []
    }

    /// The check of an operations tally (``operations(_:rows:start:end:through:listing:record:)``)
    /// before its incidents are listed, with the rows it counts when `keeping` (else none); nil when the
    /// tally is not below them.
    static func operationsOutcome(
        _ tally: SeriesPoint, rows: some Sequence<Row>, start: Day, end: Day, through: Day?, keeping: Bool,
        record: (Row) throws -> Incident
    ) rethrows -> Outcome? {
        let events = try events(tally, rows: rows, start: start, end: end, record: record)
        guard events.count > tally.value else { return nil }
        let counted = events.keys.sorted().compactMap { events[$0] }
        var sideB: [EvidenceRef] = []
        for row in counted.prefix(evidenceLimit) {
            if let e = try record(row).members.first(where: { $0.status == .counted })?.evidence { sideB.append(e) }
        }
        let check = Discrepancy(
            kind: .tallyVsIncidents, severity: worstSeverity, group: tally.series,
            summary: "\(tally.publisher) counts \(tally.value) operations in \(tally.scope) \(start)…\(end), but the ledger holds \(events.count) distinct incident(s) there: \(events.count - tally.value) unaccounted for",
            stated: tally.value, other: events.count, sideA: [tally.evidence], sideB: sideB,
            incidents: [], idSalt: through?.description ?? "")
        return Outcome(check: check, counted: keeping ? counted : [])
    }

    /// The distinct events (day and place) an operations tally weighs, each by its incident of smallest id.
    static func events(
        _ tally: SeriesPoint, rows: some Sequence<Row>, start: Day, end: Day, record: (Row) throws -> Incident
    ) rethrows -> [String: Row] {
        var events: [String: Row] = [:]
        for row in rows {
            guard let day = row.day, day >= start, day <= end else { continue }
            guard Area.covers(scope: tally.scope, place: row.place, admin1: row.admin1) else { continue }
            if !tally.exclusions.isEmpty, excluded(try record(row), by: tally.exclusions) { continue }
            let key = "\(day)|\(row.place)"
            if let held = events[key], held.id <= row.id { continue }
            events[key] = row
        }
        return events
    }

    /// An exclusion clause names the incident when it mentions its place (key or words).
    static func excluded(_ inc: Incident, by exclusions: [String]) -> Bool {
        guard !exclusions.isEmpty else { return false }
        let needles = [inc.place, inc.placeText ?? ""].filter { $0.count >= 3 && $0 != "?" }.map { $0.lowercased() }
        return exclusions.contains { ex in
            let e = ex.lowercased()
            return needles.contains { e.contains($0) }
        }
    }
}
