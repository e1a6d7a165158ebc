import Foundation
import GRDB
import LedgerCore
@testable import LedgerProjections
import LedgerStore
import PropertyBased
import Testing

/// Totals as of a past time, read from the totals history (schema/007), must be the totals a replay
/// of the log to that time gives; where the history cannot tell, it must say so.
@Suite(.shrinkingOutsideCI) struct TotalsHistoryTests {
    typealias F = Fixture

    /// The recorded time of the i-th append: one minute apart, so every projection has its own time.
    static func minute(_ i: Int) -> String {
        let t = Date(timeIntervalSince1970: 1_690_000_000 + Double(i) * 60)
        return Timestamp.format(t)
    }

    /// The totals a replay to `asOf` gives, and the event sequence of the claims behind them.
    static func replayed(_ f: Fixture, asOf: String) throws -> ([ReconciledTotal], [String: Int64]) {
        let (rec, _) = try Replayer.reconcile(f.ledger, asOf: asOf, through: nil)
        let totals = TotalsBuilder.totals(rec.incidents)
        let seqs = Dictionary(rec.claims.map { ($0.id, $0.state.seq) }, uniquingKeysWith: { a, _ in a })
        return (totals, seqs)
    }

    static func history(_ f: Fixture, asOf: String?) throws -> TotalsHistory.Answer? {
        try f.ledger.writer.read { db in try TotalsHistory.totals(db, asOf: asOf) }
    }

    /// Every recorded time of the log, and a time before the first.
    static func times(_ f: Fixture) throws -> [String] {
        try f.ledger.writer.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT recorded_at FROM events ORDER BY recorded_at") }
    }

    static func expectHistoryMatchesReplay(_ f: Fixture, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for t in try times(f) {
            let (totals, seqs) = try replayed(f, asOf: t)
            guard let answer = try history(f, asOf: t) else {
                Issue.record("the history could not answer as of \(t)", sourceLocation: sourceLocation)
                continue
            }
            #expect(answer.totals == totals, "totals as of \(t)", sourceLocation: sourceLocation)
            for id in answer.totals.flatMap(\.claimIDs) {
                #expect(answer.claimSeqs[id] == seqs[id], "event of claim \(id) as of \(t)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("as of every recorded time, the history's totals are the replay's, before and after a rebuild")
    func historyEqualsReplay() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...1_000_000).array(of: 30...120), Gen.uint64()) { ops, salt in recordingErrors("ops \(ops), salt \(salt)") {
            let f = try WindowedRelinkTests.run(ops, clock: Self.minute, salt: salt)
            try Self.expectHistoryMatchesReplay(f)
            let versions = try f.ledger.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM rm_incident_history") }
            // A rebuild closes and reopens every incident at the head: the versions stay as they were.
            try f.rebuild()
            #expect(try f.ledger.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM rm_incident_history") } == versions)
            try Self.expectHistoryMatchesReplay(f)
        } }
    }

    @Test("the current totals are the read models' incidents added up")
    func currentTotals() throws {
        let f = try WindowedRelinkTests.run((0..<120).map { i in (i &* 2_654_435_761 % 100_000) * 10 + i % 9 }, clock: Self.minute)
        let answer = try #require(try Self.history(f, asOf: nil))
        #expect(answer.totals == TotalsBuilder.totals(try f.incidents()))
        #expect(answer.lastSeq == (try f.ledger.head().seq))
        #expect(!answer.totals.isEmpty)
        // A time after every event is now.
        #expect(try Self.history(f, asOf: "2999-01-01T00:00:00.000Z")?.totals == answer.totals)
    }

    @Test("a revision changes the totals from its recorded time on, not before")
    func revision() throws {
        let f = try Fixture()
        let r1 = f.report(publisher: "monitor", published: "2023-05-02")
        try f.ingest(r1, [F.incident(r1, 0, 3, date: "2023-05-01")], recordedAt: "2023-05-02T09:00:00.000Z")
        let r2 = f.report(publisher: "monitor", published: "2023-05-03")
        try f.ingest(r2, [F.incident(r2, 0, 5, date: "2023-05-01")], recordedAt: "2023-05-03T09:00:00.000Z")
        let r3 = f.report(publisher: "monitor", published: "2023-06-03")
        try f.ingest(r3, [F.incident(r3, 0, 2, place: "hajin", date: "2023-06-02")], recordedAt: "2023-06-03T09:00:00.000Z")

        let before = try #require(try Self.history(f, asOf: Timestamp.parseUpperBound("2023-05-02")))
        #expect(before.totals.map(\.best) == [3])
        #expect(before.lastSeq == 2)
        let after = try #require(try Self.history(f, asOf: Timestamp.parseUpperBound("2023-05-03")))
        #expect(after.totals.map(\.best) == [5])
        let june = try #require(try Self.history(f, asOf: nil))
        #expect(june.totals.map(\.period) == ["2023-05", "2023-06"])
        // Before the first event: nothing.
        let none = try #require(try Self.history(f, asOf: "2023-01-01T00:00:00.000Z"))
        #expect(none.totals.isEmpty)
    }

    @Test("an event recorded earlier than one before it makes the times around it unanswerable")
    func outOfOrderTimes() throws {
        let f = try Fixture()
        let a = f.report(published: "2023-05-02")
        try f.ingest(a, [F.incident(a, 0, 3, date: "2023-05-01")], recordedAt: "2023-05-10T00:00:00.000Z")
        let b = f.report(published: "2023-05-03")
        try f.ingest(b, [F.incident(b, 0, 4, place: "hajin", date: "2023-05-02")], recordedAt: "2023-05-05T00:00:00.000Z")
        // As of 2023-05-06 the replay sees b alone; the history, whose marks follow the log, cannot say.
        #expect(try Self.history(f, asOf: "2023-05-06T00:00:00.000Z") == nil)
        let (replay, _) = try Self.replayed(f, asOf: "2023-05-06T00:00:00.000Z")
        #expect(replay.map(\.best) == [4])
        // After both, the history answers with both.
        let both = try #require(try Self.history(f, asOf: "2023-05-11T00:00:00.000Z"))
        #expect(both.totals == (try Self.replayed(f, asOf: "2023-05-11T00:00:00.000Z")).0)
        #expect(both.totals.map(\.best).reduce(0, +) > 4)
    }

    @Test("a history begun by a rebuild answers from then on and defers earlier times to the replay")
    func historyBegunByRebuild() throws {
        let f = try Fixture()
        for i in 0..<4 {
            let r = f.report(published: "2023-05-0\(i + 2)")
            try f.ingest(r, [F.incident(r, 0, 2 + i, place: ["hajin", "raqqa"][i % 2], date: "2023-05-0\(i + 1)")],
                         recordedAt: "2023-05-0\(i + 2)T00:00:00.000Z")
        }
        // A ledger from before the history: no versions, no marks, no start.
        try f.ledger.writer.write { db in
            try db.execute(sql: "DELETE FROM rm_incident_history; DELETE FROM rm_history_marks")
            try db.execute(sql: "UPDATE rm_history_clock SET history_from = NULL")
        }
        try f.rebuild()
        #expect(try Self.history(f, asOf: "2023-05-03T00:00:00.000Z") == nil)
        let now = try #require(try Self.history(f, asOf: "2023-05-05T00:00:00.000Z"))
        let sum = now.totals.map(\.best).reduce(0, +)
        #expect(sum == 14)
        let r = f.report(published: "2023-05-07")
        try f.ingest(r, [F.incident(r, 0, 9, place: "hajin", date: "2023-05-06")], recordedAt: "2023-05-07T00:00:00.000Z")
        #expect(try Self.history(f, asOf: "2023-05-05T12:00:00.000Z")?.totals == now.totals)
    }
}

extension TotalsHistory.Answer: Equatable {
    public static func == (a: Self, b: Self) -> Bool {
        a.totals == b.totals && a.claimSeqs == b.claimSeqs && a.lastSeq == b.lastSeq
    }
}
