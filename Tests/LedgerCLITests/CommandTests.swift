import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// Every command runs in a test (issue 21, item 4): its happy path with real output values, an id
/// that names nothing, a bad argument, and the exit code the README documents (0 ok, 2 usage error
/// including an id that names nothing, 4 a ledger that cannot be opened).
@Suite("Commands through the CLI")
struct CommandTests {
    /// A ledger of the sample corpus's first eight reports recorded on 1 March 2023 and five more
    /// recorded on 1 June 2023: each test's own copy of ``template``.
    struct Sample {
        let dir = TemporaryDirectory("commands")
        let db: String
        /// Claims of the June batch.
        let juneClaims: Int

        init() throws {
            db = try Self.template.ledger.copy(into: dir)
            juneClaims = Self.template.juneClaims
        }

        /// The ledger built once for the suite (two ingests), and the claims of its June batch.
        static let template: (ledger: FixtureLedger, juneClaims: Int) = {
            var juneClaims = 0
            let ledger = FixtureLedger("commands") { db in
                let files = (try? SampleCorpus.reportFiles().map(\.path).sorted()) ?? []
                let march = try? runLedger(["ingest", "--db", db, "--recorded-at", "2023-03-01T00:00:00Z"] + files.prefix(8))
                #expect(march?.status == 0, "\(march?.stderr ?? "")")
                let before = (try? CommandTests.json(["claims", "--db", db, "--format", "json"]).count) ?? 0
                let june = try? runLedger(["ingest", "--db", db, "--recorded-at", "2023-06-01T00:00:00Z"] + files.dropFirst(8).prefix(5))
                #expect(june?.status == 0, "\(june?.stderr ?? "")")
                juneClaims = ((try? CommandTests.json(["claims", "--db", db, "--format", "json"]).count) ?? 0) - before
            }
            return (ledger, juneClaims)
        }()

        /// The claims as `ledger claims --format json` lists them, by id.
        func claims() throws -> [String: [String: Any]] {
            var out: [String: [String: Any]] = [:]
            for row in try CommandTests.json(["claims", "--db", db, "--format", "json"]) {
                if let claim = row["claim"] as? [String: Any], let id = claim["id"] as? String { out[id] = row }
            }
            return out
        }

        /// An active incident claim's id.
        func someClaim() throws -> String {
            let rows = try claims().filter { ($0.value["status"] as? String) == "active" }
            return try #require(rows.keys.sorted().first)
        }
    }

    /// Runs a command expected to succeed and parses its JSON array.
    static func json(_ args: [String]) throws -> [[String: Any]] {
        let result = try runLedger(args)
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(args)")
    }

    /// Runs a command expected to succeed and parses its JSON object.
    static func object(_ args: [String]) throws -> [String: Any] {
        let result = try runLedger(args)
        #expect(result.status == 0, "\(args): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(args)")
    }

    /// Runs a command that must fail with `status`, saying something on standard error.
    static func expectFailure(_ args: [String], _ status: Int32, mentioning words: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try runLedger(args)
        #expect(result.status == status, "\(args) exited \(result.status): \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.isEmpty, "\(args): no error line", sourceLocation: sourceLocation)
        if let words { #expect(result.stderr.contains(words), "\(args): \(result.stderr)", sourceLocation: sourceLocation) }
    }

    static func eventCount(_ db: String) throws -> Int {
        try #require(try runLedger(["log", "--db", db, "--format", "json"]).stdout.components(separatedBy: "\"seq\"").count - 1)
    }

    // MARK: - correct

    @Test("correct: the corrected value shows in `ledger claims`, and the extracted one is kept")
    func correct() throws {
        let s = try Sample()
        let id = try s.someClaim()
        let original = try #require((s.claims()[id]?["claim"] as? [String: Any])?["value"] as? Int)
        let result = try runLedger(["correct", id, "--db", s.db, "--value", "\(original + 40)", "--reason", "the text says more"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("claim_corrected"))
        let row = try #require(try s.claims()[id])
        #expect((row["claim"] as? [String: Any])?["value"] as? Int == original + 40)
        let corrections = try #require(row["corrections"] as? [[String: Any]])
        #expect(corrections.count == 1 && corrections[0]["reason"] as? String == "the text says more")
        let category = try runLedger(["correct", id, "--db", s.db, "--category", "children", "--reason", "children"])
        #expect(category.status == 0)
        #expect((try s.claims()[id]?["claim"] as? [String: Any])?["category"] as? String == "children")
    }

    @Test("correct: an unknown claim, a bad value, measure, date or reason, no field and no ledger are refused")
    func correctRefusals() throws {
        let s = try Sample()
        let id = try s.someClaim()
        let events = try Self.eventCount(s.db)
        try Self.expectFailure(["correct", "nope-1", "--db", s.db, "--value", "3", "--reason", "r"], 2, mentioning: "no such claim: nope-1")
        try Self.expectFailure(["correct", id, "--db", s.db, "--value", "three", "--reason", "r"], 2)
        try Self.expectFailure(["correct", id, "--db", s.db, "--value=-3", "--reason", "r"], 2, mentioning: "--value")
        try Self.expectFailure(["correct", id, "--db", s.db, "--measure", "dead", "--reason", "r"], 2, mentioning: "unknown measure")
        try Self.expectFailure(["correct", id, "--db", s.db, "--category", "people", "--reason", "r"], 2, mentioning: "unknown category")
        try Self.expectFailure(["correct", id, "--db", s.db, "--date", "2023-02-30", "--reason", "r"], 2, mentioning: "--date")
        try Self.expectFailure(["correct", id, "--db", s.db, "--reason", "r"], 2, mentioning: "nothing to correct")
        try Self.expectFailure(["correct", id, "--db", s.db, "--value", "3"], 2, mentioning: "--reason")
        try Self.expectFailure(["correct", id, "--db", s.db, "--value", "3", "--reason", "  "], 2, mentioning: "--reason")
        try Self.expectFailure(["correct", id, "--db", s.dir.path("none.sqlite"), "--value", "3", "--reason", "r"], 4, mentioning: "no ledger")
        #expect(try Self.eventCount(s.db) == events, "a refused correction appended an event")
    }

    // MARK: - retract

    @Test("retract: the claim is listed as retracted, nothing is deleted")
    func retract() throws {
        let s = try Sample()
        let id = try s.someClaim()
        let count = try s.claims().count
        let result = try runLedger(["retract", id, "--db", s.db, "--reason", "a clock time"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("claim_retracted"))
        #expect(try s.claims()[id]?["status"] as? String == "retracted")
        #expect(try s.claims().count == count)
        let retracted = try Self.json(["claims", "--db", s.db, "--format", "json", "--status", "retracted"])
        #expect(retracted.compactMap { ($0["claim"] as? [String: Any])?["id"] as? String } == [id])
    }

    @Test("retract: an unknown claim, no reason, an empty reason and no ledger are refused")
    func retractRefusals() throws {
        let s = try Sample()
        let id = try s.someClaim()
        let events = try Self.eventCount(s.db)
        try Self.expectFailure(["retract", "nope-9", "--db", s.db, "--reason", "x"], 2, mentioning: "no such claim: nope-9")
        try Self.expectFailure(["retract", id, "--db", s.db], 2, mentioning: "--reason")
        try Self.expectFailure(["retract", id, "--db", s.db, "--reason", ""], 2, mentioning: "--reason")
        try Self.expectFailure(["retract", id, "--db", s.dir.path("none.sqlite"), "--reason", "x"], 4, mentioning: "no ledger")
        #expect(try Self.eventCount(s.db) == events, "a refused retraction appended an event")
    }

    // MARK: - explain

    @Test("explain: a claim's trail names its report, its evidence span and its correction")
    func explain() throws {
        let s = try Sample()
        let id = try s.someClaim()
        let claim = try #require(try s.claims()[id]?["claim"] as? [String: Any])
        let span = try #require((claim["span"] as? [String: Any])?["text"] as? String)
        _ = try runLedger(["correct", id, "--db", s.db, "--value", "9", "--reason", "says nine"])
        let rows = try Self.json(["explain", id, "--db", s.db, "--format", "json"])
        let steps = rows.compactMap { $0["step"] as? String }
        #expect(steps.first == "report" && steps.contains("corrected") && steps.contains("now"), "\(steps)")
        #expect(rows.contains { ($0["evidence"] as? String)?.contains(span) == true }, "no row shows the span '\(span)'")
        #expect(rows.contains { ($0["detail"] as? String)?.contains("says nine") == true })
        #expect(rows.contains { $0["step"] as? String == "now" && ($0["detail"] as? String)?.contains(" 9 ") == true })
    }

    @Test("explain: an unknown id, no id and a bad format are usage errors; no ledger is 4")
    func explainRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["explain", "nope-1", "--db", s.db], 2, mentioning: "no claim, incident or discrepancy 'nope-1'")
        try Self.expectFailure(["explain", "--db", s.db], 2)
        try Self.expectFailure(["explain", try s.someClaim(), "--db", s.db, "--format", "xml"], 2)
        try Self.expectFailure(["explain", "x-1", "--db", s.dir.path("none.sqlite")], 4)
    }

    // MARK: - checkpoint

    @Test("checkpoint: writes every N events, lists them and drops them")
    func checkpoint() throws {
        let s = try Sample()
        let events = try Self.eventCount(s.db)
        let made = try runLedger(["checkpoint", "--db", s.db, "--every", "20"])
        #expect(made.status == 0, "\(made.stderr)")
        let expected = stride(from: 20, through: events, by: 20).map(String.init).joined(separator: ", ")
        #expect(made.stdout.contains("wrote checkpoint(s) at event \(expected)\n"), "\(made.stdout)")
        let again = try runLedger(["checkpoint", "--db", s.db, "--every", "20"])
        #expect(again.stdout.contains("no new checkpoint needed"))
        let list = try runLedger(["checkpoint", "--db", s.db, "--list"])
        #expect(list.status == 0 && list.stdout.contains("\n20 ") && list.stdout.contains("2023-03-01T00:00:00.000Z"), "\(list.stdout)")
        let drop = try runLedger(["checkpoint", "--db", s.db, "--drop"])
        #expect(drop.status == 0 && drop.stdout.contains("dropped every checkpoint"))
        #expect(!(try runLedger(["checkpoint", "--db", s.db, "--list"]).stdout.contains("\n20 ")))
    }

    @Test("checkpoint: --every 0 and a non-number are usage errors; no ledger is 4")
    func checkpointRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["checkpoint", "--db", s.db, "--every", "0"], 2, mentioning: "--every")
        try Self.expectFailure(["checkpoint", "--db", s.db, "--every", "ten"], 2)
        try Self.expectFailure(["checkpoint", "--db", s.dir.path("none.sqlite")], 4, mentioning: "no ledger")
    }

    // MARK: - series

    @Test("series: each point is a tally claim of the ledger, with its publisher; filters narrow them")
    func series() throws {
        let s = try Sample()
        let points = try Self.json(["series", "--db", s.db, "--format", "json"])
        #expect(!points.isEmpty)
        let claims = try s.claims()
        for p in points {
            let id = try #require(p["claim_id"] as? String)
            let claim = try #require(claims[id]?["claim"] as? [String: Any], "series point of unknown claim \(id)")
            #expect(claim["kind"] as? String == "tally")
            #expect(claim["value"] as? Int == p["value"] as? Int)
            #expect(claims[id]?["publisher"] as? String == p["publisher"] as? String)
        }
        let publisher = try #require(points.first?["publisher"] as? String)
        let one = try Self.json(["series", "--db", s.db, "--format", "json", "--publisher", publisher])
        #expect(one.count == points.filter { $0["publisher"] as? String == publisher }.count)
        #expect(try Self.json(["series", "--db", s.db, "--format", "json", "--publisher", "nobody at all"]).isEmpty)
        let march = try Self.json(["series", "--db", s.db, "--format", "json", "--as-of", "2023-04-01"])
        #expect(march.count <= points.count)
    }

    @Test("series: a bad --as-of, --through or --format is a usage error; no ledger is 4")
    func seriesRefusals() throws {
        let s = try Sample()
        try Self.expectFailure(["series", "--db", s.db, "--as-of", "yesterday"], 2, mentioning: "--as-of")
        try Self.expectFailure(["series", "--db", s.db, "--through", "2023-99-01"], 2, mentioning: "--through")
        try Self.expectFailure(["series", "--db", s.db, "--format", "xml"], 2)
        try Self.expectFailure(["series", "--db", s.dir.path("none.sqlite")], 4)
    }
}
