import LedgerCore

/// The incidents of one moment, indexed for deriving the `tally_vs_incidents` check of many series at
/// once (an as-of read derives every series' check from the incidents of then, ``ReadModelHistory``):
/// by measure, then by province and by place key, each list sorted by day, so that a series reads
/// only the incidents its area can cover dated within its period (binary search), where
/// ``TallyVsIncidentsCheck/check(series:incidents:through:)`` walks all of them. With 1,913 series and
/// 9,915 incidents (50 k realistic events) that walk was 19 million rows and most of an as-of summary.
/// Same answers: the check itself skips the rows outside the area or the period, and neither its sum
/// nor the incidents it lists depend on the order of the rows.
///
/// Built from whole incidents (``check(series:)`` builds the checks) or from their summary rows alone
/// (``init(rows:measures:)``: ``differs(series:record:)`` counts them, loading a whole incident only
/// where a tally's category or exclusions need it).
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

    /// The whole incidents, by slot (empty when built from summary rows).
    let incidents: [Incident]
    /// Dated incidents by measure.
    private let byMeasure: [Measure: Lists]
    /// Every dated incident (operations count incidents of every measure).
    private let every: Lists

    init(_ incidents: [Incident]) {
        self.init(rows: incidents.indices.map { Row(incidents[$0], slot: $0) }, measures: incidents.map(\.measure), incidents: incidents)
    }

    /// The index of summary rows whose `slot` is their position in `rows`, `measures` giving each one's measure.
    init(rows: [Row], measures: [Measure]) {
        self.init(rows: rows, measures: measures, incidents: [])
    }

    private init(rows: [Row], measures: [Measure], incidents: [Incident]) {
        self.incidents = incidents
        let dated = rows.filter { $0.day != nil }.sorted { ($0.day!, $0.slot) < ($1.day!, $1.slot) }
        every = Lists(dated)
        byMeasure = Dictionary(grouping: dated) { measures[$0.slot] }.mapValues(Lists.init)
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

    /// Visits once each row of `lists` that `scope` may cover (a superset; ``Area/covers(scope:place:admin1:)``
    /// decides), dated from `start` through `end`. A row lies in the list of its province and in that of
    /// its place: it is visited from the first where its province is one of the scope's.
    static func forEachRow(
        _ lists: Lists, scope: String, start: Day, end: Day, _ body: (Row) throws -> Void
    ) rethrows {
        let keys: (provinces: Set<String>, places: Set<String>)
        switch scope {
        case "syria", "badia":  // every place, or by words of the place
            for r in dated(lists.all, start, end) { try body(r) }
            return
        case "aanes": keys = (Area.aanesProvinces, Area.aanesProvinces.union(Area.aanesPlaces))
        default: keys = ([scope], [scope])
        }
        for p in keys.provinces { for r in dated(lists.byAdmin1[p] ?? [], start, end) { try body(r) } }
        for p in keys.places {
            for r in dated(lists.byPlace[p] ?? [], start, end) where !(r.admin1.map { keys.provinces.contains($0) } ?? false) {
                try body(r)
            }
        }
    }

    /// A superset of the rows of `lists` that `scope` covers, dated from `start` through `end`.
    static func rows(_ lists: Lists, scope: String, start: Day, end: Day) -> [Row] {
        var out: [Row] = []
        forEachRow(lists, scope: scope, start: start, end: end) { out.append($0) }
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
    /// hashed, no row copied into a list): what a count of the discrepancies needs. `record` loads the
    /// whole incident of a row where the tally needs it.
    func differs(series points: ArraySlice<SeriesPoint>, record: (Row) throws -> Incident) rethrows -> Bool {
        guard let tally = points.last, let start = tally.periodStart else { return false }
        let end = tally.effectiveEnd ?? start
        if tally.measure == .operations {
            var rows: [Row] = []
            Self.forEachRow(every, scope: tally.scope, start: start, end: end) { rows.append($0) }
            return try TallyVsIncidentsCheck.events(tally, rows: rows, start: start, end: end, record: record).count > tally.value
        }
        var sum = 0
        if let lists = byMeasure[tally.measure] {
            try Self.forEachRow(lists, scope: tally.scope, start: start, end: end) { row in
                sum += try TallyVsIncidentsCheck.value(of: row, for: tally, start: start, end: end, record: record) ?? 0
            }
        }
        return sum != tally.value
    }

    /// ``differs(series:record:)`` over the whole incidents this index was built from.
    func differs(series points: ArraySlice<SeriesPoint>) -> Bool {
        differs(series: points) { incidents[$0.slot] }
    }
}
