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

    /// Incidents of each measure, kept once for every point of every series.
    public struct Index: Sendable {
        var byMeasure: [Measure: [Incident]]
        var all: [Incident]

        public init(_ incidents: [Incident]) {
            all = incidents.filter { $0.day != nil }.sorted { ($0.day!, $0.id) < ($1.day!, $1.id) }
            byMeasure = Dictionary(grouping: all, by: \.measure)
        }

        /// The incidents of `sorted` (dated, in day order) dated from `start` through `end`, found by
        /// bisection: a point reads only its own period, not every incident.
        func window(_ sorted: [Incident], _ start: Day, _ end: Day) -> ArraySlice<Incident> {
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid].day! < start { lo = mid + 1 } else { hi = mid }
            }
            var last = lo
            while last < sorted.count, sorted[last].day! <= end { last += 1 }
            return sorted[lo..<last]
        }
    }

    /// The sum for `point`, or nil when the tally has no start (an open period cannot be compared).
    public static func of(_ point: SeriesPoint, in index: Index, through: Day? = nil) -> ScopeSum? {
        guard let start = point.periodStart else { return nil }
        var end = point.effectiveEnd ?? start
        if let through, through < end { end = through }
        let inWindow = { (inc: Incident) -> Bool in
            guard let d = inc.day, d >= start, d <= end else { return false }
            return Area.covers(scope: point.scope, place: inc.place, admin1: inc.admin1) && !excluded(inc, by: point.exclusions)
        }
        var sum = ScopeSum()
        if point.measure == .operations {
            var events: [String: String] = [:]
            for inc in index.window(index.all, start, end) where inWindow(inc) {
                let key = "\(inc.day!)|\(inc.place)"
                if let held = events[key], held <= inc.id { continue }
                events[key] = inc.id
            }
            sum.incidentIDs = events.values.sorted()
            (sum.low, sum.best, sum.high) = (events.count, events.count, events.count)
            return sum
        }
        for inc in index.window(index.byMeasure[point.measure] ?? [], start, end) where inWindow(inc) {
            guard let best = inc.figure(for: point.category, using: inc.best), best > 0 else { continue }
            sum.best += best
            sum.low += inc.figure(for: point.category, using: inc.low) ?? 0
            sum.high += max(best, inc.figure(for: point.category, using: inc.high) ?? 0)
            sum.incidentIDs.append(inc.id)
        }
        return sum
    }

    /// An exclusion clause names the incident when it mentions its place (as the check reads it).
    static func excluded(_ inc: Incident, by exclusions: [String]) -> Bool {
        guard !exclusions.isEmpty else { return false }
        let needles = [inc.place, inc.placeText ?? ""].filter { $0.count >= 3 && $0 != "?" }.map { $0.lowercased() }
        return exclusions.contains { ex in needles.contains { ex.lowercased().contains($0) } }
    }
}
