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

    /// Positions in ``rows`` (sorted by day, so each list is too): all of them and by province and
    /// place key. Positions, not rows: a row copied into four lists would retain its strings four times.
    struct Lists {
        var all: [Int32] = []
        var byAdmin1: [String: [Int32]] = [:]
        var byPlace: [String: [Int32]] = [:]

        init(_ positions: [Int32], of rows: [Row]) {
            all = positions
            for p in positions {
                if let a = rows[Int(p)].admin1 { byAdmin1[a, default: []].append(p) }
                byPlace[rows[Int(p)].place, default: []].append(p)
            }
        }
    }

    /// The whole incidents, by slot (empty when built from summary rows).
    let incidents: [Incident]
    /// The dated incidents' rows, by day then slot.
    private let rows: [Row]
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
        // Positions sorted, then the rows copied once: filtering and sorting the rows themselves
        // copied every row (and retained its strings) into two growing arrays.
        var order: [Int] = []
        order.reserveCapacity(rows.count)
        for i in rows.indices where rows[i].day != nil { order.append(i) }
        order.sort { (rows[$0].day!, rows[$0].slot) < (rows[$1].day!, rows[$1].slot) }
        let dated = order.map { rows[$0] }
        self.rows = dated
        every = Lists(Array(0..<Int32(dated.count)), of: dated)
        var grouped: [Measure: [Int32]] = [:]
        for p in dated.indices { grouped[measures[dated[p].slot], default: []].append(Int32(p)) }
        byMeasure = grouped.mapValues { Lists($0, of: dated) }
    }

    /// The part of `positions` (sorted by day) whose rows are dated from `start` through `end`.
    private func dated(_ positions: [Int32], _ start: Day, _ end: Day) -> ArraySlice<Int32> {
        func first(_ after: (Day) -> Bool) -> Int {
            var (lo, hi) = (positions.startIndex, positions.endIndex)
            while lo < hi {
                let mid = (lo + hi) / 2
                if after(rows[Int(positions[mid])].day!) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        let lower = first { $0 >= start }, upper = first { $0 > end }
        return lower < upper ? positions[lower..<upper] : []
    }

    /// Visits once each row of `lists` that `scope` may cover (a superset; ``Area/covers(scope:place:admin1:)``
    /// decides), dated from `start` through `end`, while `body` returns true. A row lies in the list of
    /// its province and in that of its place: it is visited from the first where its province is one of
    /// the scope's. Returns false when `body` stopped the walk.
    @discardableResult
    func forEachRow(_ lists: Lists, scope: String, start: Day, end: Day, _ body: (Row) throws -> Bool) rethrows -> Bool {
        func visit(_ positions: [Int32], skipping provinces: Set<String> = []) throws -> Bool {
            for p in dated(positions, start, end) {
                if !provinces.isEmpty, let a = rows[Int(p)].admin1, provinces.contains(a) { continue }
                if try !body(rows[Int(p)]) { return false }
            }
            return true
        }
        let keys: (provinces: Set<String>, places: Set<String>)
        switch scope {
        case "syria", "badia":  // every place, or by words of the place
            return try visit(lists.all)
        case "aanes": keys = (Area.aanesProvinces, Area.aanesProvinces.union(Area.aanesPlaces))
        default: keys = ([scope], [scope])
        }
        for p in keys.provinces where try !visit(lists.byAdmin1[p] ?? []) { return false }
        for p in keys.places where try !visit(lists.byPlace[p] ?? [], skipping: keys.provinces) { return false }
        return true
    }

    /// A superset of the rows of `lists` that `scope` covers, dated from `start` through `end`.
    func covered(_ lists: Lists, scope: String, start: Day, end: Day) -> [Row] {
        var out: [Row] = []
        forEachRow(lists, scope: scope, start: start, end: end) { out.append($0); return true }
        return out
    }

    /// `tally_vs_incidents` of one series (its points in order), as
    /// ``TallyVsIncidentsCheck/check(series:incidents:through:)`` gives it over all the incidents.
    func check(series points: ArraySlice<SeriesPoint>) -> [Discrepancy] {
        check(series: points) { incidents[$0.slot] }
    }

    /// ``check(series:)`` over summary rows, `record` loading the whole incident of a row where the
    /// tally needs it (its category or exclusions) and for the evidence of the largest. Without
    /// `listing`, the check lists no incidents (the same id, figures and evidence).
    func check(
        series points: ArraySlice<SeriesPoint>, listing: Bool = true, record: (Row) throws -> Incident
    ) rethrows -> [Discrepancy] {
        try outcome(series: points, keeping: listing, record: record).map { [$0.listed] } ?? []
    }

    /// ``check(series:listing:record:)`` before its incidents are listed, with the rows it counts when
    /// `keeping`; nil when the series' last tally agrees with its incidents.
    func outcome(
        series points: ArraySlice<SeriesPoint>, keeping: Bool, record: (Row) throws -> Incident
    ) rethrows -> TallyVsIncidentsCheck.Outcome? {
        guard let tally = points.last, let start = tally.periodStart else { return nil }
        let end = tally.effectiveEnd ?? start
        if tally.measure == .operations {
            let rows = covered(every, scope: tally.scope, start: start, end: end)
            return try TallyVsIncidentsCheck.operationsOutcome(tally, rows: rows, start: start, end: end, through: nil, keeping: keeping, record: record)
        }
        let rows = byMeasure[tally.measure].map { covered($0, scope: tally.scope, start: start, end: end) } ?? []
        return try TallyVsIncidentsCheck.victimsOutcome(tally, rows: rows, start: start, end: end, through: nil, keeping: keeping, record: record)
    }

    /// The incidents a victims tally counts, each with the figure it counts for (in no particular
    /// order): what ``TallyVsIncidentsCheck/counted(_:rows:start:end:record:)`` gives over every row.
    func counted(
        _ tally: SeriesPoint, start: Day, end: Day, record: (Row) throws -> Incident
    ) rethrows -> [(row: Row, value: Int)] {
        guard let lists = byMeasure[tally.measure] else { return [] }
        var out: [(row: Row, value: Int)] = []
        try forEachRow(lists, scope: tally.scope, start: start, end: end) { row in
            if let v = try TallyVsIncidentsCheck.value(of: row, for: tally, start: start, end: end, record: record) { out.append((row, v)) }
            return true
        }
        return out
    }

    /// Whether ``check(series:)`` reports a discrepancy, without building it (no evidence read, no id
    /// hashed, no row copied into a list): what a count of the discrepancies needs. `record` loads the
    /// whole incident of a row where the tally needs it.
    ///
    /// The walk stops as soon as the answer is known: an operations tally differs once the distinct
    /// events pass its figure, a victims tally once the counted figures (each positive) pass it. A
    /// country-wide tally of a few hundred over years of incidents reads a few hundred rows, not all.
    func differs(series points: ArraySlice<SeriesPoint>, record: (Row) throws -> Incident) rethrows -> Bool {
        guard let tally = points.last, let start = tally.periodStart else { return false }
        let end = tally.effectiveEnd ?? start
        if tally.measure == .operations {
            return try differsInOperations(tally, start: start, end: end, record: record)
        }
        var sum = 0
        if let lists = byMeasure[tally.measure] {
            try forEachRow(lists, scope: tally.scope, start: start, end: end) { row in
                sum += try TallyVsIncidentsCheck.value(of: row, for: tally, start: start, end: end, record: record) ?? 0
                return sum <= tally.value
            }
        }
        return sum != tally.value
    }

    /// Whether an operations tally is below the distinct events (day and place) of its area and period,
    /// as ``TallyVsIncidentsCheck/events(_:rows:start:end:record:)`` counts them.
    private func differsInOperations(_ tally: SeriesPoint, start: Day, end: Day, record: (Row) throws -> Incident) rethrows -> Bool {
        struct Event: Hashable { var day: Day; var place: String }
        var events = Set<Event>()
        try forEachRow(every, scope: tally.scope, start: start, end: end) { row in
            guard let day = row.day, day >= start, day <= end,
                  Area.covers(scope: tally.scope, place: row.place, admin1: row.admin1) else { return true }
            if !tally.exclusions.isEmpty, TallyVsIncidentsCheck.excluded(try record(row), by: tally.exclusions) { return true }
            events.insert(Event(day: day, place: row.place))
            return events.count <= tally.value
        }
        return events.count > tally.value
    }

    /// ``differs(series:record:)`` over the whole incidents this index was built from.
    func differs(series points: ArraySlice<SeriesPoint>) -> Bool {
        differs(series: points) { incidents[$0.slot] }
    }
}
