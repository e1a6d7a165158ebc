import LedgerCore
import LedgerProjections

/// The incidents the ledger holds for a tally's scope and period, added up: what a running tally is
/// drawn against. The same rule as ``TallyVsIncidentsCheck`` (area, period from the tally's start to
/// its end, exclusions naming the place, a category's figure from the breakdown), with the low and high
/// figures added beside the best; for the last point of a series, `best` is the check's `other`.
public struct ScopeSum: Hashable, Sendable {
    public var low = 0
    public var best = 0
    public var high = 0
    /// The incidents counted (for an operations tally, the distinct day-and-place events).
    public var incidentIDs: [String] = []

    /// What a sum reads of an incident (not the whole incident: a point reads thousands).
    struct Entry: Sendable {
        var id: String
        var measure: Measure
        var category: VictimCategory
        var place: String
        var placeText: String?
        var admin1: String?
        var day: Day
        var ordinal: Int
        var low: Int
        var best: Int
        var high: Int
        var breakdown: [String: Int]

        init(_ inc: Incident, day: Day) {
            (id, measure, category, place, placeText, admin1) = (inc.id, inc.measure, inc.category, inc.place, inc.placeText, inc.admin1)
            (self.day, ordinal, low, best, high, breakdown) = (day, day.ordinal, inc.low, inc.best, inc.high, inc.breakdown)
        }

        /// ``Incident/figure(for:using:)`` on the entry.
        func figure(for c: VictimCategory, using value: Int) -> Int? {
            if c == .all || c == category { return value }
            return breakdown[c.rawValue].map { min($0, value) }
        }
    }

    /// Incidents of each measure, in day order, kept once for every point of every series.
    public struct Index: Sendable {
        var byMeasure: [Measure: [Entry]]
        var all: [Entry]

        public init(_ incidents: [Incident]) {
            all = incidents.compactMap { inc in inc.day.map { Entry(inc, day: $0) } }.sorted { ($0.ordinal, $0.id) < ($1.ordinal, $1.id) }
            byMeasure = Dictionary(grouping: all, by: \.measure)
        }

        /// The entries of `sorted` dated from `start` through `end`, found by bisection: a point reads
        /// only its own period, not every incident.
        func window(_ sorted: [Entry], _ start: Day, _ end: Day) -> ArraySlice<Entry> {
            let (s, e) = (start.ordinal, end.ordinal)
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid].ordinal < s { lo = mid + 1 } else { hi = mid }
            }
            var last = lo
            while last < sorted.count, sorted[last].ordinal <= e { last += 1 }
            return sorted[lo..<last]
        }
    }

    private struct Event: Hashable { var day: Int; var place: String }

    /// The sum for `point`, or nil when the tally has no start (an open period cannot be compared).
    public static func of(_ point: SeriesPoint, in index: Index, through: Day? = nil) -> ScopeSum? {
        guard let start = point.periodStart else { return nil }
        var end = point.effectiveEnd ?? start
        if let through, through < end { end = through }
        let counts = { (e: Entry) -> Bool in
            Area.covers(scope: point.scope, place: e.place, admin1: e.admin1) && !excluded(e, by: point.exclusions)
        }
        var sum = ScopeSum()
        if point.measure == .operations {
            var events: [Event: String] = [:]
            for e in index.window(index.all, start, end) where counts(e) {
                let key = Event(day: e.ordinal, place: e.place)
                if let held = events[key], held <= e.id { continue }
                events[key] = e.id
            }
            sum.incidentIDs = Array(events.values)
            (sum.low, sum.best, sum.high) = (events.count, events.count, events.count)
            return sum
        }
        for e in index.window(index.byMeasure[point.measure] ?? [], start, end) where counts(e) {
            guard let best = e.figure(for: point.category, using: e.best), best > 0 else { continue }
            sum.best += best
            sum.low += e.figure(for: point.category, using: e.low) ?? 0
            sum.high += max(best, e.figure(for: point.category, using: e.high) ?? 0)
            sum.incidentIDs.append(e.id)
        }
        return sum
    }

    /// An exclusion clause names the incident when it mentions its place (as the check reads it).
    static func excluded(_ e: Entry, by exclusions: [String]) -> Bool {
        guard !exclusions.isEmpty else { return false }
        let needles = [e.place, e.placeText ?? ""].filter { $0.count >= 3 && $0 != "?" }.map { $0.lowercased() }
        return exclusions.contains { ex in needles.contains { ex.lowercased().contains($0) } }
    }
}
