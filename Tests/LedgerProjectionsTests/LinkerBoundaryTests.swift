import LedgerCore
import LedgerProjections
import Testing

/// The linker's date windows and category rule, computed by hand (issue 21, item 6). Each case is
/// appended through a real ledger, and `expectConsistent` holds the incremental read models to a
/// rebuild and to the in-memory reconciliation, so all three linkers are held to the hand count.
@Suite("Linker boundaries by hand")
struct LinkerBoundaryTests {
    /// How many incidents two claims at one place make: 1 linked, 2 apart.
    static func incidentCount(
        _ a: (date: String?, context: ClaimContext, published: String),
        _ b: (date: String?, context: ClaimContext, published: String)
    ) throws -> (incidents: Int, members: Int) {
        let f = try Fixture(salt: 21)
        let ra = f.report(publisher: "monitor-a", published: a.published)
        let rb = f.report(publisher: "monitor-b", published: b.published)
        try f.ingest(ra, [Fixture.incident(ra, 0, 4, date: a.date, context: a.context)])
        try f.ingest(rb, [Fixture.incident(rb, 0, 4, date: b.date, context: b.context)])
        try f.expectConsistent()
        let incidents = try f.incidents()
        return (incidents.count, incidents.reduce(0) { $0 + $1.members.count })
    }

    struct Window: CustomTestStringConvertible, Sendable {
        var name: String
        var a: (date: String?, context: ClaimContext, published: String)
        var b: (date: String?, context: ClaimContext, published: String)
        var incidents: Int
        var testDescription: String { name }
    }

    // Days: 2023-06-09 is A's day. Windows: ±1 resolved main frame, ±3 back-reference, ±7 undated
    // (the report's day stands in); a pair uses the wider of its two windows. A back-reference is
    // never an incident of its own, nor (yet) a member of the one it recalls (issue 16): one
    // incident, one member, at the edge of its window or past it.
    static let windows: [Window] = [
        Window(name: "main, same day", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-09", .main, "2023-06-10"), incidents: 1),
        Window(name: "main, 1 day: at the edge", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-10", .main, "2023-06-11"), incidents: 1),
        Window(name: "main, 2 days: past it", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-11", .main, "2023-06-12"), incidents: 2),
        Window(name: "main, 1 day before", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-08", .main, "2023-06-10"), incidents: 1),
        Window(name: "main, 2 days before", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-07", .main, "2023-06-10"), incidents: 2),
        Window(name: "back-reference, 3 days: at the edge", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-12", .backReference, "2023-06-13"), incidents: 1),
        Window(name: "back-reference, 4 days: past it", a: ("2023-06-09", .main, "2023-06-10"), b: ("2023-06-13", .backReference, "2023-06-14"), incidents: 1),
        Window(name: "undated, report 7 days later: at the edge", a: ("2023-06-09", .main, "2023-06-10"), b: (nil, .main, "2023-06-16"), incidents: 1),
        Window(name: "undated, report 8 days later: past it", a: ("2023-06-09", .main, "2023-06-10"), b: (nil, .main, "2023-06-17"), incidents: 2),
        Window(name: "undated, report 7 days earlier: at the edge", a: ("2023-06-09", .main, "2023-06-10"), b: (nil, .main, "2023-06-02"), incidents: 1),
        Window(name: "undated, report 8 days earlier: past it", a: ("2023-06-09", .main, "2023-06-10"), b: (nil, .main, "2023-06-01"), incidents: 2),
    ]

    @Test("a claim at the window's edge links; one day past it does not", arguments: windows)
    func window(_ w: Window) throws {
        let count = try Self.incidentCount(w.a, w.b)
        #expect(count.incidents == w.incidents)
        // A back-reference is a claim, never a member of an incident, at the edge or past it (joining
        // the incident it recalls is not done yet: issue 16).
        #expect(count.members == (w.b.context == .backReference ? 1 : 2), "members: \(count.members)")
    }

    @Test("a claim within the window of the incident's last claim but not its first opens a new incident")
    func firstClaimBounds() throws {
        let f = try Fixture(salt: 21)
        let days = ["2023-06-09", "2023-06-10", "2023-06-11"]
        for (i, day) in days.enumerated() {
            let r = f.report(publisher: "monitor-\(i)")
            try f.ingest(r, [Fixture.incident(r, 0, 4, date: day)])
        }
        try f.expectConsistent()
        let incidents = try f.incidents()
        #expect(incidents.map(\.members.count).sorted() == [1, 2])
        #expect(incidents.first { $0.members.count == 2 }?.day == Day(iso: "2023-06-09"))
    }

    /// The rule (``IncidentLinker`` and its `compatible`): equal categories, or `all`, which names no
    /// group, beside any category. Two different named groups never link.
    static func compatible(_ a: VictimCategory, _ b: VictimCategory) -> Bool {
        a == b || a == .all || b == .all
    }

    static var pairs: [(VictimCategory, VictimCategory)] {
        let all = VictimCategory.allCases
        return all.indices.flatMap { i in all[i...].map { (all[i], $0) } }
    }

    @Test("every category pair links exactly when the rule says so")
    func categories() throws {
        let f = try Fixture(salt: 21)
        var batch: [(ReportMeta, [Claim])] = []
        for (a, b) in Self.pairs {
            for (side, category) in [("a", a), ("b", b)] {
                let r = f.report(publisher: "monitor-\(side)")
                batch.append((r, [Fixture.incident(r, 0, 4, category: category, place: "p-\(a.rawValue)-\(b.rawValue)")]))
            }
        }
        try f.ingest(batch: batch)
        try f.expectConsistent()
        let byPlace = Dictionary(grouping: try f.incidents(), by: \.place)
        for (a, b) in Self.pairs {
            let count = byPlace["p-\(a.rawValue)-\(b.rawValue)"]?.count
            #expect(count == (Self.compatible(a, b) ? 1 : 2), "\(a.rawValue) beside \(b.rawValue)")
        }
    }

    @Test("the pairs that matter, by name", arguments: [
        (VictimCategory.all, VictimCategory.civilians, true), (.all, .unidentified, true), (.all, .sdf, true),
        (.all, .children, true), (.civilians, .civilians, true), (.civilians, .children, false),
        (.civilians, .unidentified, false), (.sdf, .regime, false), (.sdf, .is, false), (.women, .children, false),
    ])
    func namedPairs(_ a: VictimCategory, _ b: VictimCategory, _ links: Bool) {
        #expect(Self.compatible(a, b) == links)
        #expect(Self.compatible(b, a) == links)
    }

    /// SCENARIOS-ar.md E: one source says 3 Asayish (`sdf`) were killed, and the next day that the
    /// attack's toll rose to 5 (`all`). One incident; the later figure supersedes the earlier.
    @Test("a source's unqualified later toll joins its figure for a named group, and supersedes it")
    func revisedTollWithoutGroup() throws {
        let f = try Fixture(salt: 21)
        let first = f.report(publisher: "SOHR", published: "2023-05-02")
        let second = f.report(publisher: "SOHR", published: "2023-05-03")
        try f.ingest(first, [Fixture.incident(first, 0, 3, category: .sdf, date: "2023-05-01")])
        try f.ingest(second, [Fixture.incident(second, 0, 5, category: .all, date: "2023-05-01")])
        try f.expectConsistent()
        let incidents = try f.incidents()
        #expect(incidents.count == 1)
        #expect(incidents.first?.best == 5)
        #expect(incidents.first?.members.first { $0.category == .sdf }?.status == .superseded)
    }

    /// The rule's "two different groups never link" holds pair by pair, but the walk admits a claim
    /// to an incident when it is compatible with any one member: an `all` claim lets `sdf` and
    /// `regime` claims into one incident. Left to the linker's owners; this fails once it is fixed.
    @Test("an `all` claim does not join two named groups into one incident (known issue)")
    func noBridge() throws {
        let f = try Fixture(salt: 21)
        for (i, category) in [VictimCategory.sdf, .all, .regime].enumerated() {
            let r = f.report(publisher: "monitor-\(i)")
            try f.ingest(r, [Fixture.incident(r, 0, 4, category: category)])
        }
        try f.expectConsistent()
        let incidents = try f.incidents()
        withKnownIssue("an `all` member bridges two named groups") {
            #expect(!incidents.contains { inc in Set(inc.members.map(\.category)).isSuperset(of: [.sdf, .regime]) })
        }
    }
}
