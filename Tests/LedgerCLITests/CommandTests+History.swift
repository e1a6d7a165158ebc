import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// `demo`, `replay`, `diff` and `export` (the rest of ``CommandTests``).
extension CommandTests {
    // MARK: - demo

    @Test("demo: ingests the whole sample corpus into a demo ledger and prints its totals")
    func demo() throws {
        let dir = TemporaryDirectory("demo")
        let db = dir.path("demo.sqlite")
        let result = try runLedger(["demo", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let reports = try SampleCorpus.reportFiles().count
        let claims = try Self.json(["claims", "--db", db, "--format", "json"]).count
        #expect(claims > 0)
        #expect(result.stdout.contains("Ingested \(reports) report(s) with \(claims) claim(s) from the sample corpus."), "\(result.stdout.prefix(300))")
        #expect(result.stdout.contains("Reconciled totals"))
        let incidents = try Self.json(["incidents", "--db", db, "--format", "json"]).count
        #expect(result.stdout.contains("\(claims) claims, \(incidents) incidents"))
        // A second demo replaces its own ledger: the same figures again.
        let again = try runLedger(["demo", "--db", db])
        #expect(again.status == 0 && again.stdout.contains("with \(claims) claim(s)"))
    }

    @Test("demo: a bad format, a folder and another ledger at --db are usage errors")
    func demoRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["demo", "--db", s.dir.path("d.sqlite"), "--format", "xml"], 2)
        try Self.expectFailure(["demo", "--db", s.dir.url.path], 2)
        try Self.expectFailure(["demo", "--db", s.db], 2)
        #expect(!FileManager.default.fileExists(atPath: s.dir.path("d.sqlite")))
    }

    // MARK: - replay

    @Test("replay: as of March the ledger knew the March batch only; now it knows both")
    func replay() throws {
        let s = try Sample()
        let now = try Self.object(["replay", "--db", s.db, "--format", "json"])
        let march = try Self.object(["replay", "--db", s.db, "--format", "json", "--as-of", "2023-04-01"])
        let all = try s.claims().count
        #expect(now["claims"] as? Int == all)
        #expect(march["claims"] as? Int == all - s.juneClaims)
        #expect(march["as_of"] as? String == "2023-04-01T23:59:59.999Z")
        let marchClaims = try Self.json(["claims", "--db", s.db, "--format", "json", "--as-of", "2023-04-01"]).count
        #expect(march["claims"] as? Int == marchClaims)
        let fromLog = try Self.object(["replay", "--db", s.db, "--format", "json", "--as-of", "2023-04-01", "--from-log"])
        for key in ["claims", "incidents", "series", "discrepancies", "reports", "last_seq", "head"] {
            #expect(String(describing: fromLog[key]) == String(describing: march[key]), "\(key)")
        }
        let text = try runLedger(["replay", "--db", s.db, "--as-of", "2023-04-01"])
        #expect(text.status == 0 && text.stdout.contains("\(marchClaims) claim(s)"))
    }

    @Test("replay: a bad --as-of or --format is a usage error; no ledger is 4")
    func replayRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["replay", "--db", s.db, "--as-of", "notadate"], 2, mentioning: "--as-of")
        try Self.expectFailure(["replay", "--db", s.db, "--through", "2023-13-01"], 2, mentioning: "--through")
        try Self.expectFailure(["replay", "--db", s.db, "--format", "csv"], 2, mentioning: "--format")
        try Self.expectFailure(["replay", "--db", s.dir.path("none.sqlite")], 4)
    }

    // MARK: - diff

    @Test("diff: between March and July every June claim is new; since July, the correction and retraction")
    func diff() throws {
        let s = try Sample()
        let rows = try Self.json(["diff", "--db", s.db, "--as-of", "2023-04-01", "--as-of", "2023-07-01", "--format", "json"])
        #expect(rows.filter { $0["change"] as? String == "new claim" }.count == s.juneClaims)
        let id = try s.someClaim()
        _ = try runLedger(["correct", id, "--db", s.db, "--value", "77", "--reason", "says 77"])
        let other = try #require(try s.claims().keys.sorted().first { $0 != id })
        _ = try runLedger(["retract", other, "--db", s.db, "--reason", "not a figure"])
        let since = try Self.json(["diff", "--db", s.db, "--as-of", "2023-07-01", "--format", "json"])
        let revised = try #require(since.first { $0["change"] as? String == "revised claim" && $0["id"] as? String == id })
        #expect((revised["after"] as? String)?.hasSuffix(" 77") == true && revised["detail"] as? String == "says 77")
        #expect(since.contains { $0["change"] as? String == "status" && $0["id"] as? String == other && $0["after"] as? String == "retracted" })
        let none = try runLedger(["diff", "--db", s.db, "--as-of", "2023-01-01", "--as-of", "2023-02-01"])
        #expect(none.status == 0 && none.stdout.contains("No change between"))
    }

    @Test("diff: no --as-of, three, a bad one or a bad --through is a usage error; no ledger is 4")
    func diffRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["diff", "--db", s.db], 2, mentioning: "--as-of")
        try Self.expectFailure(["diff", "--db", s.db, "--as-of", "2023-01-01", "--as-of", "2023-02-01", "--as-of", "2023-03-01"], 2)
        try Self.expectFailure(["diff", "--db", s.db, "--as-of", "bad"], 2, mentioning: "'bad'")
        try Self.expectFailure(["diff", "--db", s.db, "--as-of", "2023-01-01", "--through", "soon"], 2, mentioning: "--through")
        try Self.expectFailure(["diff", "--db", s.dir.path("none.sqlite"), "--as-of", "2023-01-01"], 4)
    }

    // MARK: - export

    @Test("export: claims as JSON carry the ledger's head and every claim, with a correction's value")
    func export() throws {
        let s = try Sample()
        let id = try s.someClaim()
        _ = try runLedger(["correct", id, "--db", s.db, "--value", "55", "--reason", "says 55"])
        let doc = try Self.object(["export", "--db", s.db, "--what", "claims", "--format", "json"])
        let header = try #require(doc["header"] as? [String: Any])
        let rows = try #require(doc["rows"] as? [[String: Any]])
        #expect(rows.count == (try s.claims().count) && header["rows"] as? Int == rows.count)
        #expect(header["event_count"] as? Int == (try Self.eventCount(s.db)))
        let head = try runLedger(["verify", "--db", s.db]).stdout
        #expect(head.contains(String((header["ledger_head"] as? String ?? "-").prefix(16))))
        #expect(rows.first { $0["claim_id"] as? String == id }?["value"] as? Int == 55)
        let out = s.dir.path("totals.csv")
        let csv = try runLedger(["export", "--db", s.db, "--what", "totals", "--format", "csv", "--out", out])
        #expect(csv.status == 0, "\(csv.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("period,admin1,measure,category".utf8)))
        #expect(csv.stdout.contains("totals row(s) to \(out)") || csv.stderr.contains("totals row(s) to \(out)"))
    }

    @Test("export: a bad --what, --format or --as-of is a usage error; an existing --out is kept; no ledger is 4")
    func exportRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["export", "--db", s.db, "--what", "nothing"], 2)
        try Self.expectFailure(["export", "--db", s.db, "--format", "table"], 2, mentioning: "--format")
        try Self.expectFailure(["export", "--db", s.db, "--as-of", "bad"], 2, mentioning: "--as-of")
        let out = try s.dir.write("mine.csv", "keep me\n")
        try Self.expectFailure(["export", "--db", s.db, "--out", out], 2)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me\n")
        try Self.expectFailure(["export", "--db", s.dir.path("none.sqlite")], 4)
    }
}
