import Foundation
import LedgerCore
import LedgerProjections
import LedgerStore
import Testing

/// Appending one report to a large ledger recomputes only its groups; a rebuild folds everything.
@Suite struct ScaleTests {
    @Test func appendIsIncrementalAndRebuildMatches() throws {
        let f = try Fixture()
        let places = (0..<200).map { "village-\($0)" }
        var batch: [PreparedReport] = []
        for i in 0..<1000 {
            let r = f.report(publisher: ["A", "B", "C"][i % 3], published: "2023-\(String(format: "%02d", 1 + i % 12))-15")
            let claims = [
                F.incident(r, 0, 1 + i % 9, place: places[i % places.count], date: "2023-\(String(format: "%02d", 1 + i % 12))-14"),
                F.incident(r, 1, 1, category: .civilians, role: .part, parent: 0),
                F.tally(r, 2, 100 + i, scope: "aanes"),
            ]
            batch.append(PreparedReport(report: ReportIngested(report: r, text: r.source!),
                                        claims: claims.map { ClaimExtracted(claim: $0, extractorVersion: "t") }))
        }
        // Times are measured by `ledger bench`, never asserted here; this checks what they rest on:
        // one more report on a ledger of thousands of events leaves exactly what a rebuild leaves.
        for chunk in stride(from: 0, to: batch.count, by: 500) {
            _ = try f.ledger.ingest(Array(batch[chunk..<min(chunk + 500, batch.count)]), hook: Projector.hook)
        }
        let one = f.report(publisher: "A", published: "2023-06-15")
        try f.ingest(one, [F.incident(one, 0, 3, place: "village-7", date: "2023-06-14")])
        let incremental = try f.dump()
        try f.rebuild()
        #expect(try f.dump() == incremental)
    }
}
