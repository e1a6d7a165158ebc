import LedgerCore

/// The incidents of one moment, indexed for deriving the `tally_vs_incidents` check of many series at
/// once (an as-of read derives every series' check from the incidents of then, ``ReadModelHistory``):
/// by measure, then by province and by place key, each list sorted by day, so that a series reads
/// only the incidents its area can cover dated within its period (binary search), where
/// ``TallyVsIncidentsCheck/check(series:incidents:through:)`` walks all of them. With 1,913 series and
/// 9,915 incidents (50 k realistic events) that walk was 19 million rows and most of an as-of summary.
/// Same answers: the check itself skips the rows outside the area or the period, and neither its sum
/// nor the incidents it lists depend on the order of the rows.
struct TallyCheckIndex {
    typealias Row = TallyVsIncidentsCheck.Row

    /// Rows sorted by day, all of them and by province and place key.
    struct Lists {
        var all: [Row] = []
        var byAdmin1: [String: [Row]] = [:]
        var byPlace: [String: [Row]] = [:]

        init(_ rows: [Row]) {
            all = rows
            for r in rows {
                if let a = r.admin1 { byAdmin1[a, default: []].append(r) }
                byPlace[r.place, default: []].append(r)
            }
        }
    }

    let incidents: [Incident]
    /// Dated incidents by measure.
    private let byMeasure: [Measure: Lists]
    /// Every dated incident (operations count incidents of every measure).
    private let every: Lists

    init(_ incidents: [Incident]) {
        self.incidents = incidents
        let rows = incidents.indices.filter { incidents[$0].day != nil }
            .map { Row(incidents[$0], slot: $0) }
            .sorted { ($0.day!, $0.slot) < ($1.day!, $1.slot) }
        every = Lists(rows)
        byMeasure = Dictionary(grouping: rows) { incidents[$0.slot].measure }.mapValues(Lists.init)
    }

    /// The rows of `rows` (sorted by day) dated from `start` through `end`.
    private static func dated(_ rows: [Row], _ start: Day, _ end: Day) -> ArraySlice<Row> {
        func first(_ after: (Day) -> Bool) -> Int {
            var (lo, hi) = (rows.startIndex, rows.endIndex)
            while lo < hi {
                let mid = (lo + hi) / 2
                if after(rows[mid].day!) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        let lower = first { $0 >= start }, upper = first { $0 > end }
        return lower < upper ? rows[lower..<upper] : []
    }

    /// A superset of the rows of `lists` that `scope` covers (``Area/covers(scope:place:admin1:)``),
    /// dated from `start` through `end`.
    static func rows(_ lists: Lists, scope: String, start: Day, end: Day) -> [Row] {
        let keys: (provinces: [String], places: [String])
        switch scope {
        case "syria", "badia": return Array(dated(lists.all, start, end))  // every place, or by words of the place
        case "aanes": keys = (Area.aanesProvinces.sorted(), (Area.aanesProvinces.union(Area.aanesPlaces)).sorted())
        default: keys = ([scope], [scope])
        }
        var seen = Set<Int>()
        var out: [Row] = []
        for p in keys.provinces { for r in dated(lists.byAdmin1[p] ?? [], start, end) where seen.insert(r.slot).inserted { out.append(r) } }
        for p in keys.places { for r in dated(lists.byPlace[p] ?? [], start, end) where seen.insert(r.slot).inserted { out.append(r) } }
        return out
    }

    /// `tally_vs_incidents` of one series (its points in order), as
    /// ``TallyVsIncidentsCheck/check(series:incidents:through:)`` gives it over all the incidents.
    func check(series points: ArraySlice<SeriesPoint>) -> [Discrepancy] {
        guard let tally = points.last, let start = tally.periodStart else { return [] }
        let end = tally.effectiveEnd ?? start
        if tally.measure == .operations {
            let rows = Self.rows(every, scope: tally.scope, start: start, end: end)
            return TallyVsIncidentsCheck.operations(tally, rows: rows, start: start, end: end, through: nil) { incidents[$0.slot] }
        }
        let rows = byMeasure[tally.measure].map { Self.rows($0, scope: tally.scope, start: start, end: end) } ?? []
        return TallyVsIncidentsCheck.victims(tally, rows: rows, start: start, end: end, through: nil) { incidents[$0.slot] }
    }

    /// Whether ``check(series:)`` reports a discrepancy, without building it (no evidence read, no id
    /// hashed): what a count of the discrepancies needs.
    func differs(series points: ArraySlice<SeriesPoint>) -> Bool {
        guard let tally = points.last, let start = tally.periodStart else { return false }
        let end = tally.effectiveEnd ?? start
        if tally.measure == .operations {
            let rows = Self.rows(every, scope: tally.scope, start: start, end: end)
            return TallyVsIncidentsCheck.events(tally, rows: rows, start: start, end: end) { incidents[$0.slot] }.count > tally.value
        }
        let rows = byMeasure[tally.measure].map { Self.rows($0, scope: tally.scope, start: start, end: end) } ?? []
        return TallyVsIncidentsCheck.victimsDiffer(tally, rows: rows, start: start, end: end) { incidents[$0.slot] }
    }
}
