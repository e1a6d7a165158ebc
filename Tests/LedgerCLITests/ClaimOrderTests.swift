import Foundation
import LedgerTestSupport
import Testing

/// Claim ids sort by report and then by number in every listing: `…-2` before `…-10`.
@Suite("Claim order", .serialized)
struct ClaimOrderTests {
    /// The demo ledger, shared with the other suites that only read it.
    static var ledger: String { DemoLedger.path }

    /// Whether the ids of each report come by number.
    static func numeric(_ ids: [String]) -> Bool {
        let keyed = ids.map { id -> (String, Int) in
            guard let dash = id.lastIndex(of: "-"), let n = Int(id[id.index(after: dash)...]) else { return (id, -1) }
            return (String(id[..<dash]), n)
        }
        return zip(keyed, keyed.dropFirst()).allSatisfy { a, b in a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }
    }

    static func run(_ arguments: [String]) throws -> String {
        let result = try runLedger(arguments + ["--db", ledger])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test("claims, and both kinds of claims export (streamed CSV, whole JSON), list ids by number")
    func listings() throws {
        let table = try Self.run(["claims"]).split(separator: "\n").dropFirst(2).map { String($0.prefix { $0 != " " }) }.filter { !$0.isEmpty }
        #expect(table.count > 300)
        #expect(table.contains { $0.hasSuffix("-10") }, "a report with ten claims or more")
        #expect(Self.numeric(table))
        let csv = try Self.run(["export", "--what", "claims", "--format", "csv"]).split(separator: "\r\n").dropFirst()
            .map { String($0.drop { $0 == "\u{FEFF}" }.prefix { $0 != "," }) }
        let json = try Self.run(["export", "--what", "claims", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        let jsonIDs = rows.compactMap { $0["claim_id"] as? String ?? $0["id"] as? String }
        #expect(csv == table)
        #expect(jsonIDs == table)
    }

    @Test("the claims behind a total and each side of a discrepancy are listed by number")
    func idLists() throws {
        let totals = try Self.run(["totals", "--format", "json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(totals.utf8)) as? [[String: Any]])
        let lists = parsed.compactMap { $0["claim_ids"] as? [String] }
        #expect(!lists.isEmpty)
        for list in lists { #expect(Self.numeric(list), "\(list)") }
        let found = try #require(try JSONSerialization.jsonObject(with: Data(try Self.run(["discrepancies", "--format", "json"]).utf8)) as? [[String: Any]])
        let sides = found.flatMap { d in ["side_a", "side_b"].map { ((d[$0] as? [[String: Any]]) ?? []).compactMap { $0["claim_id"] as? String } } }
        #expect(sides.contains { $0.count > 1 })
        for ids in sides { #expect(Self.numeric(ids), "\(ids)") }
    }
}
