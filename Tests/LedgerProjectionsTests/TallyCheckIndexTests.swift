import LedgerCore
@testable import LedgerProjections
import PropertyBased
import Testing

/// The as-of read derives every series' `tally_vs_incidents` through ``TallyCheckIndex`` (the
/// incidents by measure, province and place, sorted by day); it must give exactly the checks of
/// ``TallyVsIncidentsCheck`` over every incident, for every kind of area and period.
@Suite(.shrinkingOutsideCI) struct TallyCheckIndexTests {
    static let places = ["raqqa", "deir ez-zor", "manbij", "eastern badia", "palmyra", "homs", "kobani", "al-bab"]
    static let provinces = ["raqqa", "deir ez-zor", "homs", "aleppo", "hasakah"]

    static func day(_ r: inout RandomRecords) -> Day? { r.bool() ? Day(ordinal: 19_000 + r.int(0...60)) : nil }

    static func incidents(_ r: inout RandomRecords) -> [Incident] {
        (0..<r.int(0...40)).map { i in
            var inc = r.incident()
            inc.id = "inc-\(i)"
            inc.place = r.pick(places)
            inc.admin1 = r.bool() ? r.pick(provinces) : nil
            inc.day = day(&r)
            (inc.low, inc.best, inc.high) = (0, r.int(0...50), 60)
            inc.breakdown = r.bool() ? [:] : ["civilians": r.int(0...20), "children": r.int(0...5)]
            return inc
        }
    }

    static func series(_ r: inout RandomRecords) -> [SeriesPoint] {
        let scopes = ["syria", "aanes", "badia"] + places + provinces
        let points = (0..<r.int(1...12)).map { _ in
            var p = r.seriesPoint()
            p.series = "s\(r.int(0...4))"
            p.scope = r.pick(scopes)
            (p.periodStart, p.periodEnd, p.reportDay) = (day(&r), day(&r), day(&r))
            p.value = r.int(0...120)
            p.exclusions = r.bool() ? [] : ["except \(r.pick(places))"]
            return p
        }
        // In series order, each series' points in the order drawn.
        return points.enumerated().sorted { ($0.element.series, $0.offset) < ($1.element.series, $1.offset) }.map(\.element)
    }

    @Test("the indexed checks are the checks over every incident")
    func sameChecks() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in recordingErrors("seed \(seed)") {
            var r = RandomRecords(seed: seed)
            let incidents = Self.incidents(&r)
            let points = Self.series(&r)
            var expected: [Discrepancy] = []
            for name in Set(points.map(\.series)).sorted() {
                expected += TallyVsIncidentsCheck.check(series: points.filter { $0.series == name }, incidents: incidents)
            }
            #expect(ReadModelHistory.tallyChecks(points, incidents: incidents) == expected, "seed \(seed)")
            // The as-of summary counts them without building them.
            #expect(ReadModelHistory.tallyCheckCount(points, incidents: incidents) == expected.count, "seed \(seed)")
            // And from the incidents' summary rows, a whole incident loaded only where a tally needs it.
            let summaries = incidents.enumerated().map { slot, inc in
                IncidentSummary(row: .init(inc, slot: slot), measure: inc.measure, low: inc.low, high: inc.high, record: nil)
            }
            var loaded = Set<Int>()
            let counted = ReadModelHistory.tallyCheckCount(points, incidents: summaries) { row in
                loaded.insert(row.slot)
                return incidents[row.slot]
            }
            #expect(counted == expected.count, "seed \(seed)")
            // And built from them (an as-of `discrepancies`), whole incidents loaded as the checks need
            // them, in id order, each check's incidents held as places and listed by id when it is
            // read; without lists, the same checks.
            let byID = expected.sorted { $0.id < $1.id }
            let derived = ReadModelHistory.tallyChecks(points, incidents: summaries) { incidents[$0.slot] }
            #expect(Array(derived) == byID, "seed \(seed)")
            #expect(derived.indices.map { derived.id(at: $0) } == byID.map(\.id), "seed \(seed)")
            let unlisted = ReadModelHistory.tallyChecks(points, incidents: summaries, listing: false) { incidents[$0.slot] }
            #expect(Array(unlisted) == byID.map { var d = $0; d.incidents = []; return d }, "seed \(seed)")
            let needed = points.contains { !$0.exclusions.isEmpty || $0.category != .all }
            #expect(needed || loaded.isEmpty, "seed \(seed): no tally needed a whole incident, \(loaded.count) loaded")
        } }
    }

    /// The random ledgers above seldom give a check more than one incident; this one gives every check
    /// twelve, numbered so that their order in the ledger is not their id order.
    @Test("a derived check lists its incidents in id order, not in the order the ledger holds them")
    func listsInIDOrder() {
        var r = RandomRecords(seed: 20)
        let incidents = (0..<12).map { i in
            var inc = r.incident()
            (inc.id, inc.measure, inc.category, inc.place, inc.admin1) = ("inc-\(i)", .killed, .civilians, "raqqa", "raqqa")
            (inc.day, inc.low, inc.best, inc.high) = (Day(ordinal: 19_000 + i), 1, 1 + i, 20)
            return inc
        }
        let points = [Measure.killed, .operations].enumerated().map { n, measure in
            var p = r.seriesPoint()
            (p.series, p.scope, p.measure, p.category, p.value, p.exclusions) = ("s\(n)", "syria", measure, .all, 1, [])
            (p.periodStart, p.periodEnd) = (Day(ordinal: 19_000), Day(ordinal: 19_030))
            return p
        }
        let summaries = incidents.enumerated().map { slot, inc in
            IncidentSummary(row: .init(inc, slot: slot), measure: inc.measure, low: inc.low, high: inc.high, record: nil)
        }
        let derived = Array(ReadModelHistory.tallyChecks(points, incidents: summaries) { incidents[$0.slot] })
        let ids = incidents.map(\.id).sorted()
        #expect(ids.prefix(3) == ["inc-0", "inc-1", "inc-10"])
        #expect(derived.count == 2)
        #expect(derived.allSatisfy { $0.incidents == ids })
        #expect(derived == ReadModelHistory.tallyChecks(points, incidents: incidents).sorted { $0.id < $1.id })
    }
}
