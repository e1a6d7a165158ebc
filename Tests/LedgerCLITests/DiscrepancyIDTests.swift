import Foundation
import LedgerTestSupport
import Testing

/// A discrepancy's id is derived from what it compares (its kind, group and the claims on each side),
/// never from when it was found: the same comparison has the same id as of any date, from the read
/// models or the log, whichever order the reports came in.
@Suite("Discrepancy ids", .serialized)
struct DiscrepancyIDTests {
    /// The demo ledger, shared with the other suites that only read it.
    static var ledger: String { DemoLedger.path }

    /// Each discrepancy's id by what it compares: kind and the claims on each side.
    static func ids(_ arguments: [String]) throws -> [String: String] {
        let result = try runLedger(["discrepancies", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        var out: [String: String] = [:]
        for d in rows {
            let sides = ["side_a", "side_b"].map { ((d[$0] as? [[String: Any]]) ?? []).compactMap { $0["claim_id"] as? String }.sorted().joined(separator: " ") }
            out["\(d["kind"] ?? "") | \(sides[0]) | \(sides[1])"] = d["id"] as? String
        }
        return out
    }

    @Test("the same comparison has the same id as of every date, and from the log")
    func acrossTime() throws {
        let now = try Self.ids(["--db", Self.ledger])
        #expect(now.count > 30)
        var matched = 0
        for asOf in ["2023-03-01", "2023-06-30", "2024-01-01", "2024-06-30"] {
            let then = try Self.ids(["--db", Self.ledger, "--as-of", asOf])
            for (comparison, id) in then where now[comparison] != nil {
                matched += 1
                #expect(now[comparison] == id, "\(comparison): \(id) as of \(asOf), \(now[comparison] ?? "") now")
            }
        }
        #expect(matched >= 70)
        #expect(try Self.ids(["--db", Self.ledger, "--from-log"]) == now)
    }

    @Test("two sources that disagree give the same id whichever was ingested first, and when")
    func ingestOrder() throws {
        let dir = TemporaryDirectory()
        let reports = [
            ("a.txt", "Three civilians were killed on Saturday when a roadside bomb exploded near a minibus in al-Shuhayl, in the eastern countryside of Deir ez-Zor.\n", "Test Wire"),
            ("b.txt", "A roadside bomb struck a minibus in al-Shuhayl in rural Deir ez-Zor on Saturday, killing five civilians, local sources said.\n", "Second Monitor"),
        ]
        for (name, text, publisher) in reports {
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir.path(name)))
            try Data(#"{"published": "2024-03-10", "publisher": "\#(publisher)"}"#.utf8).write(to: URL(fileURLWithPath: dir.path(name.replacingOccurrences(of: ".txt", with: ".meta.json"))))
        }
        var found: [[String: String]] = []
        for (order, times) in [(["a.txt", "b.txt"], ["2024-03-10T08:00:00Z", "2024-03-11T08:00:00Z"]), (["b.txt", "a.txt"], ["2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z"])] {
            let db = dir.path("l-\(order[0]).sqlite")
            for (file, time) in zip(order, times) {
                #expect(try runLedger(["ingest", "--db", db, "--recorded-at", time, dir.path(file)]).status == 0)
            }
            found.append(try Self.ids(["--db", db]))
        }
        #expect(found[0].count == 1)
        #expect(found[0] == found[1])
    }
}
