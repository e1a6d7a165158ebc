import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// The seed tally (148 killed in the Autonomous Administration's areas since the start of 2022)
/// reconciled against the incidents the sample corpus holds for 2022, including hand-written
/// reports of the five incidents of 26–28 December and a back-reference to the Ghwayran prison
/// attack, which the tally's exclusion clause leaves out.
@Suite("Seed tally against incidents")
struct SeedReconciliationTests {
    @Test("the 148 tally is compared with the 2022 incidents, the gap is stated, and the prison attack is excluded",
          .enabled(if: PackagePaths.seeds != nil, "../shared/seeds is absent"))
    func seedTally() throws {
        let seeds = try #require(PackagePaths.seeds)
        let seed = seeds.appendingPathComponent("001_c0f18b22bf276538.txt").path
        let dir = TemporaryDirectory()
        let db = dir.path("l.sqlite")
        let corpus = try runLedger(["ingest", "--db", db, "-q", SampleCorpus.reportsDirectory.path])
        #expect(corpus.status == 0, "\(corpus.stderr)")
        let ingest = try runLedger(["ingest", "--db", db, "--published", "2022-12-29", "--publisher", "المرصد السوري لحقوق الإنسان", seed])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        let result = try runLedger(["discrepancies", "--db", db, "--kind", "tally_vs_incidents", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let tally = try #require(rows.first { ($0["stated"] as? Int) == 148 }, "no tally_vs_incidents for the 148 tally: \(result.stdout.prefix(2000))")
        let other = try #require(tally["other"] as? Int)
        #expect(other > 0 && other < 148, "the 2022 incidents should account for part of the tally, got \(other)")
        #expect(tally["gap"] as? Int == other - 148)
        let summary = tally["summary"] as? String ?? ""
        #expect(summary.contains("148"))

        // The Ghwayran prison attack (more than 500 dead, a back-reference in a March 2022 report) is
        // inside the tally's area and period but excluded by its clause: it must not be in the sum.
        #expect(other < 500)
        let claims = try runLedger(["claims", "--db", db, "--format", "jsonl"])
        #expect(claims.stdout.contains("غويران"))
    }
}
