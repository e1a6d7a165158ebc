import LedgerCore
import LedgerProjections
import Testing

/// A report's list of victims with no total of its own ("A woman and three of her children were killed") is one
/// event and one figure of its source, the list's sum; figures of one report that stand apart stay two events.
/// Each case runs through a real ledger, and `expectConsistent` holds the incremental read models to a rebuild
/// and to the in-memory reconciliation.
@Suite("A report's list of victims")
struct CoVictimsTests {
    typealias F = Fixture

    static func listed(_ r: ReportMeta, _ n: Int, _ value: Int, _ category: VictimCategory, at start: Int, length: Int = 8) -> Claim {
        var c = F.incident(r, n, value, category: category, place: "sarmin", admin1: "idlib", date: "2023-06-09")
        c.span = Span(start: start, end: start + length, text: "figure \(value)")
        return c
    }

    @Test("a woman and three children, then another outlet's four and a later five: one incident, low 4, high 5, best 4")
    func womanAndChildren() throws {
        let f = try Fixture(salt: 35)
        let a = f.report(publisher: "civil-defence")
        let b = f.report(publisher: "north-press", published: "2023-06-11")
        let c = f.report(publisher: "enab-baladi")
        // "A woman" [50, 57), " and ", "three of her children" [62, 83).
        try f.ingest(a, [Self.listed(a, 0, 1, .women, at: 50, length: 7), Self.listed(a, 1, 3, .children, at: 62, length: 21)])
        try f.ingest(b, [Self.listed(b, 0, 5, .all, at: 120)])
        try f.ingest(c, [Self.listed(c, 0, 4, .civilians, at: 40)])
        try f.expectConsistent()
        let incidents = try f.incidents()
        #expect(incidents.count == 1, "\(incidents.map(\.id))")
        let inc = try #require(incidents.first)
        #expect(inc.low == 4 && inc.high == 5 && inc.best == 4, "\(inc.sources)")
        #expect(inc.category == .all)
        let figures = Dictionary(uniqueKeysWithValues: inc.sources.map { ($0.source, $0.value) })
        #expect(figures == ["civil-defence": 4, "north-press": 5, "enab-baladi": 4], "\(figures)")
        // Both of the list's figures count; neither supersedes the other.
        #expect(inc.members.filter { $0.status == .counted }.count == 4)
        #expect(try !f.kinds().contains(.superseded))
    }

    @Test("a man and his two sons on their own: one incident of three, not two incidents")
    func listOnItsOwn() throws {
        let f = try Fixture(salt: 36)
        let a = f.report(publisher: "medics")
        try f.ingest(a, [Self.listed(a, 0, 1, .all, at: 0, length: 5), Self.listed(a, 1, 2, .all, at: 14, length: 8)])
        try f.expectConsistent()
        let incidents = try f.incidents()
        #expect(incidents.map(\.best) == [3] && incidents.map(\.category) == [.all], "\(incidents)")
    }

    @Test("a larger figure whose category holds the next ones is not summed with them, nor are they with each other")
    func possibleSubsetsAreNoList() throws {
        let f = try Fixture(salt: 39)
        let a = f.report(publisher: "monitor")
        // "It rose to nine, two children and a woman among them": 9 [10, 14), children [16, 28), woman [33, 40).
        try f.ingest(a, [
            Self.listed(a, 0, 9, .all, at: 10, length: 4), Self.listed(a, 1, 2, .children, at: 16, length: 12),
            Self.listed(a, 2, 1, .women, at: 33, length: 7),
        ])
        // "261 civilians, 17 children and 13 women among them".
        let b = f.report(publisher: "observatory")
        var listB = [
            Self.listed(b, 0, 261, .civilians, at: 0, length: 13), Self.listed(b, 1, 17, .children, at: 15, length: 11),
            Self.listed(b, 2, 13, .women, at: 31, length: 8),
        ]
        for i in listB.indices { listB[i].place = Place(name: "raqqa", text: "Raqqa", admin1: "raqqa") }
        try f.ingest(b, listB)
        try f.expectConsistent()
        let bests = try f.incidents().map(\.best).sorted()
        #expect(bests == [1, 2, 9, 13, 17, 261], "\(bests)")
    }

    @Test("figures of one report that stand apart stay two events, and another outlet's figure joins one of them")
    func apartStaysApart() throws {
        let f = try Fixture(salt: 37)
        let a = f.report(publisher: "monitor")
        let b = f.report(publisher: "wire")
        // "Two soldiers were killed at dawn ... [a long sentence] ... Later a shell killed a child."
        try f.ingest(a, [Self.listed(a, 0, 2, .military, at: 0, length: 12), Self.listed(a, 1, 1, .children, at: 140, length: 7)])
        try f.ingest(b, [Self.listed(b, 0, 2, .military, at: 30)])
        try f.expectConsistent()
        let incidents = try f.incidents().sorted { $0.best < $1.best }
        #expect(incidents.map(\.best) == [1, 2], "\(incidents)")
        #expect(incidents.map(\.sources.count) == [1, 2])
    }

    @Test("a listed figure another figure of its report supersedes is not summed")
    func supersededNotSummed() throws {
        let f = try Fixture(salt: 38)
        let a = f.report(publisher: "monitor")
        var old = Self.listed(a, 0, 2, .all, at: 0, length: 7)
        old.supersededBy = "\(a.shortHash)-1"
        try f.ingest(a, [old, Self.listed(a, 1, 3, .all, at: 10, length: 7)])
        try f.expectConsistent()
        let incidents = try f.incidents()
        #expect(incidents.map(\.best) == [3], "\(incidents)")
    }

    @Test("an undated list (victims named after a toll's breakdown) is left apart")
    func undatedListApart() throws {
        let f = try Fixture(salt: 40)
        let a = f.report(publisher: "monitor")
        var girls = Self.listed(a, 0, 2, .children, at: 0, length: 9), woman = Self.listed(a, 1, 1, .women, at: 11, length: 7)
        girls.eventDate = nil
        woman.eventDate = nil
        try f.ingest(a, [girls, woman])
        try f.expectConsistent()
        #expect(try f.incidents().map(\.best).sorted() == [1, 2])
    }
}
