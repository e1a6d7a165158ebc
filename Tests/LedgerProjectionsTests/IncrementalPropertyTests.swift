import LedgerCore
import LedgerProjections
import LedgerStore
import PropertyBased
import Testing

/// Random event sequences, appended in random batches through the hook, must leave exactly the
/// read-model tables a rebuild produces, and the discrepancies and incidents the in-memory
/// reconciliation gives.
@Suite(.shrinkingOutsideCI) struct IncrementalPropertyTests {
    /// Interprets integers as operations, so that the library can shrink a failing sequence.
    static func run(_ ops: [Int], salt: UInt64 = 0) throws {
        try build(ops, salt: salt).expectConsistent()
    }

    /// The ledger of these operations, with report hashes made from `salt`; `clock` gives the recorded time of the i-th (by default
    /// times out of order, a day apart, one per report).
    static func build(_ ops: [Int], salt: UInt64 = 0, clock: ((Int) -> String)? = nil) throws -> Fixture {
        let f = try Fixture(salt: salt)
        var reports: [ReportMeta] = []
        var claimIDs: [String] = []
        var decisions: [Int64] = []
        // Some coarse: a claim naming only the province links to the one finer incident near it, or none.
        let places = ["al-shuhayl", "hajin", "raqqa", "al-busayrah", "deir ez-zor", "Al-Shheil"]
        let admin = ["al-shuhayl": "deir ez-zor", "hajin": "deir ez-zor", "raqqa": "raqqa", "al-busayrah": "deir ez-zor",
                     "deir ez-zor": "deir ez-zor", "Al-Shheil": "deir ez-zor"]
        let publishers = ["A", "B", "C"]
        let categories: [VictimCategory] = [.all, .civilians, .sdf]
        for (i, op) in ops.enumerated() {
            let kind = op % 10, x = op / 10
            switch kind {
            case 0...4:  // a report with one to three claims
                let day = "2023-06-\(10 + x % 6)"
                let r = f.report(publisher: publishers[x % 3], published: day)
                var claims: [Claim] = []
                let n = 1 + x % 3
                for j in 0..<n {
                    let y = x / 7 + j * 13
                    if y % 4 == 0 {
                        claims.append(F.tally(r, j, 10 + y % 30, category: categories[y % 3], scope: y % 2 == 0 ? "aanes" : "syria",
                                              start: "2023-06-01"))
                    } else if j > 0 && y % 5 == 1 {
                        claims.append(F.incident(r, j, y % 9, category: .civilians, role: y % 2 == 0 ? .part : .subset, parent: 0))
                    } else {
                        let p = places[y % places.count]
                        claims.append(F.incident(r, j, 1 + y % 8, category: categories[(y / 3) % 3], place: p, admin1: admin[p],
                                                 date: "2023-06-\(8 + y % 5)", context: y % 7 == 0 ? .backReference : .main,
                                                 supersededBy: j > 0 && y % 6 == 0 ? 0 : nil))
                    }
                }
                try f.ingest(r, claims, recordedAt: clock?(i) ?? "2023-06-\(10 + i % 9)T00:00:00.000Z")
                reports.append(r)
                claimIDs += claims.map(\.id)
            case 5 where !claimIDs.isEmpty:
                try f.append(.claimCorrected(ClaimCorrected(
                    claimID: claimIDs[x % claimIDs.count],
                    patch: x % 2 == 0 ? ClaimPatch(value: x % 11) : ClaimPatch(place: Place(name: places[x % places.count], text: "p", admin1: admin[places[x % places.count]])),
                    reason: "fix")), recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
            case 6 where !claimIDs.isEmpty:
                try f.append(.claimRetracted(ClaimRetracted(claimID: claimIDs[x % claimIDs.count], reason: "no")), recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
            case 7 where claimIDs.count >= 2 && x % 5 == 4, 8 where claimIDs.count >= 2 && x % 5 == 4:
                // A withdrawal: of an earlier link or unlink decision (one may be withdrawn twice), or
                // now and then of an event that is no decision (which changes nothing).
                let seq = decisions.isEmpty || (x / 5) % 7 == 0 ? 1 : decisions[(x / 5) % decisions.count]
                try f.append(.decisionWithdrawn(DecisionWithdrawn(eventSeq: seq, reason: "taken back")),
                             recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
            case 7 where claimIDs.count >= 2, 8 where claimIDs.count >= 2:
                let a = claimIDs[x % claimIDs.count], b = claimIDs[(x / 3) % claimIDs.count]
                let l = ClaimsLinkage(claimIDs: [a, b], reason: "person")
                try f.append(kind == 7 ? .claimsLinked(l) : .claimsUnlinked(l), recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
                decisions.append(try f.ledger.head().seq)
            case 9 where reports.count >= 2:
                let a = reports[x % reports.count], b = reports[(x / 5) % reports.count]
                try f.append(.reportMarkedRepublication(ReportMarkedRepublication(report: a.contentHash, original: b.contentHash, reason: "copy")), recordedAt: clock?(i) ?? "2023-06-11T12:00:00.000Z")
            default:
                break
            }
        }
        return f
    }

    @Test func incrementalEqualsRebuild() async {
        // The salt is part of the generated input, so a failure prints it and its seed replays it.
        await propertyCheck(count: 60, input: Gen.int(in: 0...100_000).array(of: 1...25), Gen.uint64()) { ops, salt in
            recordingErrors("ops \(ops), salt \(salt)") { try Self.run(ops, salt: salt) }
        }
    }
}

@Suite struct IncrementalRegressionTests {
    @Test func singleReportWithThreeClaims() throws {
        for _ in 0..<30 { try IncrementalPropertyTests.run([12530]) }
    }

    /// Three claims, a link of two of them, and its withdrawal (op 97: kind 7, x = 9).
    @Test func withdrawingALink() throws {
        try IncrementalPropertyTests.run([12530, 29757, 97])
        try ReadModelHistoryTests.expectHistoryMatchesReplay(try IncrementalPropertyTests.build([12530, 29757, 97], clock: TotalsHistoryTests.minute))
    }

    /// Two claims of different places linked by hand, then the one that carried the link retracted:
    /// the incident they shared must be re-linked with the other place too.
    @Test func retractingALinkedClaimRelinksTheOtherPlace() throws {
        try IncrementalPropertyTests.run([71150, 29757, 12256])
    }
}
