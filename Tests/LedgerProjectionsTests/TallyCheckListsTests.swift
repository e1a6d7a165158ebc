import Foundation
import GRDB
import LedgerCore
@testable import LedgerProjections
import LedgerStore
import Testing

/// A `tally_vs_incidents` check is stored without its incident list (``TallyCheckLists``); reads derive
/// it again. The answers are the lists the check gave, on a ledger written so and on one written before
/// (lists stored), before and after `ledger compact` drops them.
@Suite struct TallyCheckListsTests {
    private typealias F = Fixture

    /// Three incidents in the tally's area (one outside it), a tally of them, and a second tally of one
    /// category that needs the incidents' breakdown.
    private static func ledger() throws -> Fixture {
        let f = try Fixture()
        let places = [("al-busayrah", "deir ez-zor", 4), ("raqqa", "raqqa", 3), ("hasakah", "hasakah", 6), ("homs", "homs", 50)]
        for (i, (place, admin1, value)) in places.enumerated() {
            let r = f.report(publisher: "A", published: "2023-03-0\(i + 2)")
            try f.ingest(r, [F.incident(r, 0, value, place: place, admin1: admin1, date: "2023-03-0\(i + 1)")])
        }
        let t = f.report(publisher: "B", published: "2023-04-01")
        try f.ingest(t, [F.tally(t, 0, 10, scope: "aanes", end: "2023-03-31")])
        return f
    }

    /// The stored rows of the tally checks: the record's incidents and side B's claims, readable `incident_ids`.
    private static func storedLists(_ f: Fixture) throws -> [(incidents: [String], readable: String?)] {
        try f.ledger.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT record, incident_ids FROM rm_discrepancies WHERE kind = 'tally_vs_incidents'").map {
                let d = try ReadModelStore.decode(Discrepancy.self, $0[0] as Data)
                return (d.incidents + d.sideB.map(\.claimID), $0[1])
            }
        }
    }

    @Test("a check is stored without its list and side B and read whole, as the in-memory reconciliation gives it")
    func storedWithoutListReadWithIt() throws {
        let f = try Self.ledger()
        let d = try #require(try f.discrepancies().first { $0.kind == .tallyVsIncidents })
        #expect(d.stated == 10 && d.other == 13 && d.incidents.count == 3)
        #expect(try f.discrepancies() == (try f.inMemory()).discrepancies)
        let stored = try Self.storedLists(f)
        #expect(stored.count == 1 && stored.allSatisfy { $0.incidents.isEmpty && $0.readable == nil })
        try f.expectConsistent()
    }

    @Test("a ledger that stored the lists reads the same, and compact drops them")
    func oldLedgerSameAnswers() throws {
        let f = try Self.ledger()
        let expected = try f.discrepancies()
        // As a version before this change wrote the rows: the whole check, list and readable ids.
        try f.ledger.writer.write { db in
            let store = ReadModelStore(db)
            for d in try store.discrepancies() where d.kind == .tallyVsIncidents {
                try db.execute(
                    sql: "UPDATE rm_discrepancies SET record = ?, incident_ids = ? WHERE id = ?",
                    arguments: [Data(try BinaryCodec.encode(d, compact: true)), d.incidents.joined(separator: ", "), d.id])
            }
        }
        #expect(try Self.storedLists(f).allSatisfy { $0.incidents.count == 6 && $0.readable != nil })
        #expect(try f.discrepancies() == expected)
        let dropped = try f.ledger.writer.write { db in try StoredFormatUpgrade.upgrade(db) }
        #expect(dropped == 1)
        #expect(try Self.storedLists(f).allSatisfy { $0.incidents.isEmpty && $0.readable == nil })
        #expect(try f.discrepancies() == expected)
    }

    /// The stored tally check: its row, the figure it found and side B's claims (readable columns).
    private static func storedCheck(_ f: Fixture) throws -> [String] {
        try f.ledger.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, other, side_b FROM rm_discrepancies WHERE kind = 'tally_vs_incidents'")
                .map { "\($0[0] as Int64) \($0[1] as Int) \($0[2] as String)" }
        }
    }

    private static func pending(_ f: Fixture) throws -> Bool {
        try f.ledger.writer.read { db in try Projector.hasPendingChecks(db) }
    }

    @Test("a settle leaves a check that comes out the same where it was, and rewrites one that changes")
    func settleWritesOnlyWhatChanged() throws {
        let f = try Self.ledger()
        _ = try f.discrepancies()
        let before = try Self.storedCheck(f)
        #expect(before.count == 1 && before[0].contains(" 13 "))
        // An incident in the tally's area after its period: the series is checked again, to the same result.
        let late = f.report(publisher: "C", published: "2023-04-16")
        try f.ingest(late, [F.incident(late, 0, 7, place: "raqqa", admin1: "raqqa", date: "2023-04-15")])
        #expect(try Self.pending(f))
        _ = try f.discrepancies()
        #expect(try Self.storedCheck(f) == before)
        // One inside it: the incidents now add up to 15, and the row is written again with it.
        let inside = f.report(publisher: "C", published: "2023-03-21")
        try f.ingest(inside, [F.incident(inside, 0, 2, place: "hasakah", admin1: "hasakah", date: "2023-03-20")])
        let d = try #require(try f.discrepancies().first { $0.kind == .tallyVsIncidents })
        #expect(d.other == 15 && d.incidents.count == 4)
        let after = try Self.storedCheck(f)
        #expect(after.count == 1 && after[0].contains(" 15 ") && after != before)
        try f.expectConsistent()
    }

    @Test("a check its series no longer derives keeps what was stored")
    func notDerivedLeftAsStored() throws {
        let d = Discrepancy(kind: .tallyVsIncidents, severity: .info, group: "series:x", summary: "s", stated: 1, other: 0,
                            sideA: [], sideB: [], incidents: [])
        #expect(try TallyCheckLists.filled([d], series: [], incidents: []) == [d])
        #expect(TallyCheckLists.stored(Discrepancy(kind: .sourcesDisagree, severity: .info, group: "g", summary: "s", stated: 1,
                                                   other: 2, sideA: [], sideB: [], incidents: ["i-1"])).incidents == ["i-1"])
    }
}
