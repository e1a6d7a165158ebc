import Foundation
import GRDB
import LedgerCore
import LedgerProjections
import LedgerStore
import PropertyBased
import Testing

/// The two clocks: `--as-of` (recorded time) and `--through` (event time), and checkpoints.
@Suite(.shrinkingOutsideCI) struct ReplayTests {
    typealias F = Fixture

    @Test("as of a date before a revision the old figure stands; after it, the new one")
    func asOfRevision() throws {
        let f = try Fixture()
        let r1 = f.report(publisher: "monitor", published: "2023-05-02")
        try f.ingest(r1, [F.incident(r1, 0, 3, date: "2023-05-01")], recordedAt: "2023-05-02T09:00:00.000Z")
        let r2 = f.report(publisher: "monitor", published: "2023-05-03")
        try f.ingest(r2, [F.incident(r2, 0, 5, date: "2023-05-01")], recordedAt: "2023-05-03T09:00:00.000Z")

        let (before, _) = try Replayer.reconcile(f.ledger, asOf: Timestamp.parseUpperBound("2023-05-02"), through: nil)
        #expect(before.incidents.map(\.best) == [3])
        let (after, _) = try Replayer.reconcile(f.ledger, asOf: Timestamp.parseUpperBound("2023-05-03"), through: nil)
        #expect(after.incidents.map(\.best) == [5])
        #expect(after.discrepancies.contains { $0.kind == .superseded })
        #expect(!before.discrepancies.contains { $0.kind == .superseded })
    }

    @Test("a correction recorded later is invisible as of an earlier date")
    func asOfCorrection() throws {
        let f = try Fixture()
        let r = f.report()
        let c = try f.ingest(r, [F.incident(r, 0, 7)], recordedAt: "2023-06-10T12:00:00.000Z")
        try f.append(.claimCorrected(ClaimCorrected(claimID: c[0].id, patch: ClaimPatch(value: 4), reason: "misread")),
                     recordedAt: "2023-07-01T00:00:00.000Z")
        let (june, _) = try Replayer.reconcile(f.ledger, asOf: Timestamp.parseUpperBound("2023-06-30"), through: nil)
        let (july, _) = try Replayer.reconcile(f.ledger, asOf: Timestamp.parseUpperBound("2023-07-01"), through: nil)
        #expect(june.claims.map(\.claim.value) == [7])
        #expect(july.claims.map(\.claim.value) == [4])
    }

    @Test("--through keeps incidents dated by then and tallies whose period ends by then")
    func through() throws {
        let f = try Fixture()
        let a = f.report(published: "2023-03-02")
        try f.ingest(a, [F.incident(a, 0, 2, place: "hajin", date: "2023-03-01")])
        let b = f.report(published: "2023-05-02")
        try f.ingest(b, [F.incident(b, 0, 6, place: "raqqa", admin1: "raqqa", date: "2023-05-01")])
        let (all, _) = try Replayer.reconcile(f.ledger, asOf: nil, through: nil)
        let (march, _) = try Replayer.reconcile(f.ledger, asOf: nil, through: Day(iso: "2023-03-31"))
        #expect(all.incidents.reduce(0) { $0 + $1.best } == 8)
        #expect(march.incidents.reduce(0) { $0 + $1.best } == 2)
        #expect(TotalsBuilder.totals(march.incidents).map(\.period) == ["2023-03"])
    }

    @Test("a replay from a checkpoint equals a replay from the first event")
    func checkpointEqualsFull() throws {
        let f = try Fixture()
        for i in 0..<30 {
            let r = f.report(publisher: ["a", "b"][i % 2], published: "2023-06-\(10 + i % 9)")
            try f.ingest(r, [F.incident(r, 0, 1 + i % 5, place: ["hajin", "raqqa"][i % 2], date: "2023-06-\(9 + i % 9)")],
                         recordedAt: "2023-06-\(10 + i % 15)T00:00:00.000Z")
        }
        let made = try Replayer.checkpoint(f.ledger, every: 10)
        #expect(made == [10, 20, 30, 40, 50, 60])
        for day in ["2023-06-09", "2023-06-12", "2023-06-18", "2023-06-30", nil] {
            let bound = day.flatMap(Timestamp.parseUpperBound)
            let (fromCheckpoint, stats) = try Replayer.state(f.ledger, asOf: bound)
            let (full, _) = try Replayer.state(f.ledger, asOf: bound, useCheckpoints: false)
            #expect(fromCheckpoint.records() == full.records())
            #expect(fromCheckpoint.links == full.links)
            if day == nil { #expect(stats.checkpointSeq == 60) }
        }
        try f.ledger.writer.write { try Checkpoints.drop($0) }
        #expect(try f.ledger.writer.read { try Checkpoints.list($0) }.isEmpty)
    }

    /// Random ledgers with out-of-order recorded times, random checkpoint intervals and random as-of
    /// times: the fold from the nearest checkpoint always equals the fold from the first event.
    @Test func checkpointReplayProperty() async throws {
        await propertyCheck(count: 25, input: Gen.int(in: 0...1_000_000).array(of: 5...40), Gen.int(in: 1...12), Gen.int(in: 0...30)) { ops, every, cut in
            do {
                let f = try Fixture()
                var ids: [String] = []
                for (i, op) in ops.enumerated() {
                    let recorded = "2023-06-\(String(format: "%02d", 1 + (op / 7) % 28))T00:00:00.000Z"
                    switch op % 4 {
                    case 0, 1:
                        let r = f.report(published: "2023-06-\(String(format: "%02d", 1 + op % 28))")
                        let c = try f.ingest(r, [F.incident(r, 0, op % 9, place: ["hajin", "raqqa", "al-sour"][op % 3], date: "2023-06-\(String(format: "%02d", 1 + op % 27))")], recordedAt: recorded)
                        ids += c.map(\.id)
                    case 2 where !ids.isEmpty:
                        try f.append(.claimCorrected(ClaimCorrected(claimID: ids[op % ids.count], patch: ClaimPatch(value: op % 13), reason: "fix \(i)")), recordedAt: recorded)
                    case 3 where ids.count > 1:
                        try f.append(.claimsLinked(ClaimsLinkage(claimIDs: [ids[op % ids.count], ids[(op / 3) % ids.count]], reason: "same")), recordedAt: recorded)
                    default:
                        break
                    }
                }
                try Replayer.checkpoint(f.ledger, every: Int64(every))
                let bound = "2023-06-\(String(format: "%02d", 1 + cut % 28))T23:59:59.999Z"
                let (a, _) = try Replayer.state(f.ledger, asOf: bound)
                let (b, _) = try Replayer.state(f.ledger, asOf: bound, useCheckpoints: false)
                #expect(a == b)
                let ra = Reconciler.reconcile(a.records(), links: a.links)
                let rb = Reconciler.reconcile(b.records(), links: b.links)
                #expect(ra == rb)
            } catch {
                Issue.record(error)
            }
        }
    }
}
