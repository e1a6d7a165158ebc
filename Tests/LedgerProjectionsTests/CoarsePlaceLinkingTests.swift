import Foundation
import GRDB
import LedgerCore
@testable import LedgerProjections
import LedgerStore
import Testing

/// A claim naming only the province (or a district) links to the one finer incident of its days, in
/// whichever order the claims arrive, and is kept apart, with `ambiguous_link`, when several fit. Each
/// step is checked against a rebuild and an in-memory reconciliation, in a group large enough that
/// appends re-link it by windows.
@Suite struct CoarsePlaceLinkingTests {
    /// A hundred days of single-source incidents at a village far from the days under test, so that the
    /// governorate's linking group is re-linked around the changed days only.
    static func background(_ f: Fixture) throws {
        for i in 0..<40 {
            let day = Day(iso: "2023-03-01")!.adding(days: i * 3).description
            let r = f.report(publisher: "bg", published: day)
            try f.ingest(r, [F.incident(r, 0, 1 + i % 5, place: "al-kasra", date: day)])
        }
    }

    @Test("the province first, the village three days of appends later: one incident, as a rebuild gives")
    func coarseThenFine() throws {
        let f = try Fixture()
        try Self.background(f)
        let a = f.report(publisher: "A", published: "2023-09-02"), b = f.report(publisher: "B", published: "2023-09-03")
        try f.ingest(a, [F.incident(a, 0, 7, place: "deir ez-zor", date: "2023-09-01")])
        try f.expectConsistent()
        try f.ingest(b, [F.incident(b, 0, 6, place: "Al-Asharah", date: "2023-09-01")])
        try f.expectConsistent()
        let inc = try #require(try f.incidents().first { $0.day == Day(iso: "2023-09-01") })
        #expect(inc.members.count == 2 && inc.place == "al-ashara" && inc.low == 6 && inc.high == 7)
        #expect(try f.kinds() == [.sourcesDisagree])
    }

    @Test("two villages, then the province: kept apart with ambiguous_link; one village retracted, it joins the other")
    func ambiguityThenResolved() throws {
        let f = try Fixture()
        try Self.background(f)
        let a = f.report(publisher: "A", published: "2023-09-02"), b = f.report(publisher: "B", published: "2023-09-02")
        let c = f.report(publisher: "C", published: "2023-09-03")
        try f.ingest(a, [F.incident(a, 0, 5, place: "hajin", date: "2023-09-01")])
        try f.ingest(b, [F.incident(b, 0, 4, place: "al-busayrah", date: "2023-09-01")])
        try f.ingest(c, [F.incident(c, 0, 4, place: "deir ez-zor", date: "2023-09-01")])
        try f.expectConsistent()
        let sept = try f.incidents().filter { $0.day == Day(iso: "2023-09-01") }
        #expect(sept.count == 3)
        #expect(try f.kinds() == [.ambiguousLink])
        let coarse = try #require(sept.first { $0.place == "deir ez-zor" })
        #expect(coarse.ambiguous?.first?.places == ["al-busayrah", "hajin"])
        try f.append(.claimRetracted(ClaimRetracted(claimID: "\(b.shortHash)-0", reason: "wrong day")))
        try f.expectConsistent()
        let after = try f.incidents().filter { $0.day == Day(iso: "2023-09-01") }
        #expect(after.count == 1 && after.first?.place == "hajin" && after.first?.members.count == 2)
        #expect(try f.kinds() == [.sourcesDisagree])
    }

    @Test("a district joins its one town; the province then joins that incident; a town of another district stays apart")
    func districtLevels() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B"), c = f.report(publisher: "C"), d = f.report(publisher: "D")
        try f.ingest(c, [F.incident(c, 0, 9, place: "deir ez-zor")])
        try f.ingest(b, [F.incident(b, 0, 9, place: "albu kamal district")])
        try f.ingest(a, [F.incident(a, 0, 9, place: "hajin")])
        try f.ingest(d, [F.incident(d, 0, 2, category: .civilians, place: "al-shuhayl")])
        try f.expectConsistent()
        let incidents = try f.incidents()
        // The province's 9 fits Hajin's incident (figures close) and not al-Shuhayl's 2 civilians.
        #expect(incidents.map { "\($0.place):\($0.members.count)" }.sorted() == ["al-shuhayl:1", "hajin:3"])
        #expect(try f.kinds().isEmpty)
    }

    @Test("read models linked by the old rules (no 'linking' mark) count as behind, and the next append rebuilds them")
    func oldRulesRebuilt() throws {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B")
        try f.ingest(a, [F.incident(a, 0, 7, place: "deir ez-zor")])
        let (before, stale) = try f.ledger.writer.write { db -> (Int64, Int64) in
            let before = try ReadModelStore(db).lastSeq()
            try db.execute(sql: "DELETE FROM rm_state WHERE key = 'linking'")
            return (before, try ReadModelStore(db).lastSeq())
        }
        #expect(before == 2 && stale == 0)
        try f.ingest(b, [F.incident(b, 0, 6, place: "al-shuhayl")])
        #expect(try f.ledger.writer.read { try ReadModelStore($0).lastSeq() } == 4)
        #expect(try f.incidents().count == 1)
        try f.expectConsistent()
    }

    @Test("the gazetteer folds spellings and Arabic names; towns lie in their governorate and district")
    func paths() throws {
        for name in ["al-ashara", "Al-Asharah", "Ashara", "العشارة"] {
            #expect(PlacePath.of(Place(name: name, text: name, admin1: nil))?.lineage == ["deir ez-zor", "al-mayadin district", "al-ashara"], "\(name)")
        }
        let province = try #require(PlacePath.of(Place(name: "deir ez-zor", text: "", admin1: "deir ez-zor")))
        let hajin = try #require(PlacePath.of(Place(name: "hajin", text: "", admin1: "deir ez-zor")))
        let shuhayl = try #require(PlacePath.of(Place(name: "al-shuhayl", text: "", admin1: "deir ez-zor")))
        #expect(province.contains(hajin) && province.compatible(with: hajin) && !hajin.compatible(with: shuhayl))
        #expect(province.level == 3 && hajin.level == 0)
        // A place the gazetteer does not hold lies under its province, and apart from the known towns.
        let unknown = try #require(PlacePath.of(Place(name: "tal marwan", text: "", admin1: "deir ez-zor")))
        #expect(unknown.lineage == ["deir ez-zor", "talmarwan"] && province.contains(unknown) && !unknown.compatible(with: hajin))
        #expect(PlacePath.of(Place(name: "Tal-Marwan", text: "", admin1: "deir ez-zor")) == unknown)
        #expect(PlacePath.of(Place(name: "badia", text: "", admin1: nil))?.root == "badia")
    }
}
