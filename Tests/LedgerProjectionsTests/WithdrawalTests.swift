import LedgerCore
@testable import LedgerProjections
import LedgerStore
import Testing

/// A withdrawn link or unlink decision is as if it had never been made: in the read models as
/// appended, in a rebuild, in the in-memory reconciliation, and in the history as of any time.
@Suite struct WithdrawalTests {
    /// Two killed figures a day's walk apart (two incidents), and a second report of the first.
    static func seeded() throws -> (Fixture, hajin: String, shuhayl: String, again: String) {
        let f = try Fixture()
        let a = f.report(publisher: "A"), b = f.report(publisher: "B"), c = f.report(publisher: "C")
        try f.ingest(a, [F.incident(a, 0, 5, category: .civilians, place: "hajin")], recordedAt: "2023-06-10T00:00:00.000Z")
        try f.ingest(b, [F.incident(b, 0, 7, category: .civilians, place: "al-shuhayl")], recordedAt: "2023-06-10T00:01:00.000Z")
        try f.ingest(c, [F.incident(c, 0, 5, category: .civilians, place: "hajin")], recordedAt: "2023-06-10T00:02:00.000Z")
        return (f, "\(a.shortHash)-0", "\(b.shortHash)-0", "\(c.shortHash)-0")
    }

    static func withdraw(_ f: Fixture, at minute: Int) throws {
        let seq = try f.ledger.head().seq
        try f.append(.decisionWithdrawn(DecisionWithdrawn(eventSeq: seq, reason: "taken back")),
                     recordedAt: "2023-06-10T00:\(minute):00.000Z")
    }

    @Test func withdrawnLinkIsAsIfNeverMade() throws {
        let (f, hajin, shuhayl, _) = try Self.seeded()
        let before = try f.incidents()
        #expect(before.count == 2)
        try f.append(.claimsLinked(ClaimsLinkage(claimIDs: [hajin, shuhayl], reason: "one village")), recordedAt: "2023-06-10T00:10:00.000Z")
        #expect(try f.incidents().count == 1)
        try Self.withdraw(f, at: 20)
        #expect(try f.incidents() == before)
        try f.expectConsistent()
        try ReadModelHistoryTests.expectHistoryMatchesReplay(f)
    }

    @Test func withdrawnUnlinkGivesBackTheAutomaticIncident() throws {
        let (f, hajin, _, again) = try Self.seeded()
        let before = try f.incidents()
        #expect(before.contains { $0.claimIDs.contains(hajin) && $0.claimIDs.contains(again) })
        try f.append(.claimsUnlinked(ClaimsLinkage(claimIDs: [hajin, again], reason: "two attacks")), recordedAt: "2023-06-10T00:10:00.000Z")
        #expect(try f.incidents().count == 3)
        try Self.withdraw(f, at: 20)
        #expect(try f.incidents() == before)
        try f.expectConsistent()
        try ReadModelHistoryTests.expectHistoryMatchesReplay(f)
    }

    /// Withdrawing an unlink gives back the link made before it, not the automatic rule.
    @Test func withdrawingTheLaterDecisionGivesBackTheEarlierOne() throws {
        let (f, hajin, shuhayl, _) = try Self.seeded()
        try f.append(.claimsLinked(ClaimsLinkage(claimIDs: [hajin, shuhayl], reason: "one village")), recordedAt: "2023-06-10T00:10:00.000Z")
        let linked = try f.incidents()
        try f.append(.claimsUnlinked(ClaimsLinkage(claimIDs: [hajin, shuhayl], reason: "no")), recordedAt: "2023-06-10T00:11:00.000Z")
        try Self.withdraw(f, at: 20)
        #expect(try f.incidents() == linked)
        try f.expectConsistent()
    }

    /// Optional fields absent when nil: an existing event's canonical JSON (and so its hash) is unchanged.
    @Test func unforcedLinkageKeepsItsCanonicalJSON() throws {
        let json = try EventPayload.claimsLinked(ClaimsLinkage(claimIDs: ["a-0", "b-1"], reason: "r")).canonicalJSON()
        #expect(String(decoding: json, as: UTF8.self) == #"{"claim_ids":["a-0","b-1"],"reason":"r"}"#)
        let forced = try EventPayload.claimsLinked(ClaimsLinkage(claimIDs: ["a-0"], reason: "r", forced: true, overridden: ["x"])).canonicalJSON()
        #expect(String(decoding: forced, as: UTF8.self) == #"{"claim_ids":["a-0"],"forced":true,"overridden":["x"],"reason":"r"}"#)
    }
}
