import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// The sample corpus is ingested with each report's real collection time (its sidecar's
/// `recorded_at`), so the two clocks can be tried on it end to end.
@Suite("Replay over the sample corpus")
struct CorpusReplayTests {
    static func incidents(_ db: String, _ extra: [String]) throws -> [[String: Any]] {
        let r = try runLedger(["incidents", "--db", db, "--format", "json"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test("as of the day before the revision the Jdid Akidat toll is 3; after it, 5; --through cuts by event date")
    func asOfRevision() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("l.sqlite")
        let ingest = try runLedger(["ingest", "--db", db, "-q", SampleCorpus.reportsDirectory.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        func jdid(_ rows: [[String: Any]]) -> [Int] {
            rows.filter { ($0["place"] as? String)?.contains("akidat") == true && $0["measure"] as? String == "killed" && $0["day"] as? String == "2023-05-01" }
                .compactMap { $0["best"] as? Int }
        }
        #expect(jdid(try Self.incidents(db, ["--as-of", "2023-05-02"])) == [3])
        #expect(jdid(try Self.incidents(db, ["--as-of", "2023-05-03"])) == [5])
        #expect(jdid(try Self.incidents(db, ["--as-of", "2023-04-30"])) == [])

        // Through the end of April: no incident dated later is left.
        let april = try Self.incidents(db, ["--through", "2023-04-30"])
        #expect(!april.isEmpty)
        #expect(april.allSatisfy { ($0["day"] as? String).map { $0 <= "2023-04-30" } ?? true })

        // diff between the two days names the new claims and the superseded discrepancy that appeared.
        let diff = try runLedger(["diff", "--db", db, "--as-of", "2023-05-02", "--as-of", "2023-05-03", "--format", "jsonl"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("new claim"))
        #expect(diff.stdout.contains("superseded"))

        // An as-of time after the last recorded event is the ledger as it stands (answered from the
        // read models, with or without --through), and says which time it was asked for.
        #expect(try Self.incidents(db, ["--as-of", "2099-01-01"]) as NSArray == (try Self.incidents(db, [])) as NSArray)
        #expect(try Self.incidents(db, ["--as-of", "2099-01-01", "--through", "2023-04-30"]) as NSArray == april as NSArray)
        let replay = try runLedger(["replay", "--db", db, "--as-of", "2099-01-01"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.hasPrefix("As of 2099-01-01"))
    }

    @Test("as of each day, the read models' history gives the tables and summary a fold of the log gives")
    func totalsHistoryEqualsReplay() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("l.sqlite")
        let files = try FileManager.default.contentsOfDirectory(atPath: SampleCorpus.reportsDirectory.path)
            .filter { $0.hasSuffix(".txt") }.sorted().prefix(24)
        // One ingest a day, so the recorded times follow the log and the history can answer.
        for (i, name) in files.enumerated() {
            let day = String(format: "2023-07-%02d", i + 1)
            let r = try runLedger(["ingest", "--db", db, "-q", "--recorded-at", "\(day)T08:00:00Z",
                                   SampleCorpus.reportsDirectory.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        // The rows and the ledger state they reflect (the header also echoes the options given).
        func export(_ what: String, _ extra: [String]) throws -> NSDictionary {
            let r = try runLedger(["export", "--what", what, "--db", db, "--format", "json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
            let header = json["header"] as? [String: Any] ?? [:]
            return ["rows": json["rows"] ?? [], "head": header["ledger_head"] ?? "", "events": header["event_count"] ?? 0]
        }
        func summary(_ extra: [String]) throws -> NSDictionary {
            let r = try runLedger(["replay", "--db", db, "--format", "json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? NSDictionary ?? [:]
        }
        var nonEmpty = 0
        for i in stride(from: 0, through: files.count, by: 3) {
            let day = String(format: "2023-07-%02d", i + 1)
            // The read models' history and a fold of the log agree on every table and on the summary.
            for what in ["totals", "incidents", "claims", "discrepancies", "reconciliation"] {
                let fromHistory = try export(what, ["--as-of", day])
                #expect(fromHistory == (try export(what, ["--as-of", day, "--from-log"])), "\(what) as of \(day)")
                if what == "totals", (fromHistory["rows"] as? [Any])?.isEmpty == false { nonEmpty += 1 }
            }
            #expect(try summary(["--as-of", day]) == (try summary(["--as-of", day, "--from-log"])), "summary as of \(day)")
            // Claims, incidents, discrepancies and the tallies against incidents are streamed from the
            // read models a row at a time, in every format: the same bytes as the whole export of a fold.
            for what in ["claims", "incidents", "discrepancies", "reconciliation"] {
                for format in ["csv", "jsonl", "json"] {
                    let args = ["export", "--what", what, "--db", db, "--format", format, "--as-of", day]
                    let (streamed, folded) = (try runLedger(args), try runLedger(args + ["--from-log"]))
                    #expect(streamed.status == 0 && folded.status == 0, "\(streamed.stderr)\(folded.stderr)")
                    #expect(streamed.stdout == folded.stdout, "\(what) \(format) as of \(day)")
                    #expect(streamed.stdout.utf8.filter { $0 == 10 }.count > 2 || i == 0 || what == "reconciliation",
                            "\(what) \(format) as of \(day): no rows")
                }
            }
            let through = ["--as-of", day, "--through", "2023-05-31"]
            #expect(try export("totals", through) == (try export("totals", through + ["--from-log"])), "as of \(day) through May")
        }
        #expect(nonEmpty >= 3)
        #expect(try export("totals", []) == (try export("totals", ["--from-log"])))
        #expect(try summary([]) == (try summary(["--from-log"])))

        // --out receives the same bytes, through a temporary file renamed into place.
        let file = dir.path("claims.csv")
        let written = try runLedger(["export", "--what", "claims", "--db", db, "--format", "csv", "--hxl", "--out", file])
        #expect(written.status == 0, "\(written.stderr)")
        let printed = try runLedger(["export", "--what", "claims", "--db", db, "--format", "csv", "--hxl"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(printed.stdout.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path("")).filter { $0.contains(".partial-") }.isEmpty)

        // The history derived again from the log: one projection per ingest, and the same answers.
        let before = try summary(["--as-of", "2023-07-05"])
        let rebuilt = try runLedger(["rebuild", "--history", "--db", db])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout.contains("their history holds \(files.count) projection(s)"), "\(rebuilt.stdout)")
        #expect(try summary(["--as-of", "2023-07-05"]) == before)
    }
}
