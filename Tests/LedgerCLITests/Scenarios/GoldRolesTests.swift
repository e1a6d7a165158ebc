import Foundation
import LedgerCore
import LedgerSamples
import LedgerTestSupport
import Testing

/// Every figure behind `ledger totals` on the bundled corpus is, in the gold labels, a toll of its
/// report's own event (role `incident`), never a back-reference, a background figure or a tally.
@Suite("Totals trace to the gold labels' incidents")
struct GoldRolesTests {
    struct Gold: Decodable {
        struct C: Decodable { var measure: String; var value: Int; var role: String }
        var file: String
        var claims: [C]
    }

    /// Gold labels by report content hash.
    static func gold() throws -> [String: Gold] {
        let dir = SampleCorpus.goldDirectory
        var out: [String: Gold] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) where url.pathExtension == "json" {
            let g = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
            let text = try String(contentsOf: SampleCorpus.reportsDirectory.appendingPathComponent(g.file), encoding: .utf8)
            // A report's identity is the hash of its normalised text (ReportIdentity).
            out[EventHash.sha256Hex(Array(ReportIdentity.normalized(text).utf8))] = g
        }
        return out
    }

    @Test("no totals figure is labelled a back-reference, background or tally figure")
    func totalsAreIncidents() throws {
        let gold = try Self.gold()
        let l = ScenarioLedger()
        try l.ingest(["-q", SampleCorpus.reportsDirectory.path])
        let claims = Dictionary(try l.claims().map { ($0.str("id") ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        var wrongRole: [String] = [], misread: [String] = [], checked = 0
        for row in try l.rows(["totals"]) {
            for id in row["claim_ids"] as? [String] ?? [] {
                let c = try #require(claims[id])
                let g = try #require(gold[c.str("report") ?? ""], "no gold for \(id)")
                let roles = g.claims.filter { $0.measure == c.str("measure") && $0.value == c.int("value") }.map(\.role)
                checked += 1
                let what = "\(g.file) \(id) \(c.str("measure") ?? "") \(c.int("value") ?? 0) \(roles)"
                if roles.isEmpty { misread.append(what) } else if !roles.contains("incident") { wrongRole.append(what) }
            }
        }
        #expect(checked > 80)
        #expect(wrongRole == [])
        // Figures the extractor misreads (a measure or value the gold does not have) are the
        // extractor's to fix, not the frame's; at this commit there are four (wounded 2 for 1 in 012,
        // 40 airstrikes as wounded in 063, nine missing as captured in 044, wounded 1 for 2 in 049).
        #expect(misread.count <= 4, "\(misread)")
    }
}
