import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// Docs that tests can hold (issue 21, item 2): every closed vocabulary `docs/CODEBOOK.md` lists for
/// an exported column is exactly the set of values the program writes there, on the sample corpus
/// ingested with the CLI plus the amendments a person makes (a retraction, corrections to the
/// measures and categories the corpus does not state). A documented value the code never emits (the
/// old `counted` and `corrected` claim statuses) or an emitted value the codebook does not list fails.
@Suite("Codebook vocabularies against exported values")
struct VocabularyTests {
    /// The closed columns of each export, and the codebook section and column whose list they use.
    static let closed: [(what: String, column: String, documentedAt: (String, String))] = [
        ("claims", "status", ("claims", "status")), ("claims", "measure", ("claims", "measure")),
        ("claims", "qualifier", ("claims", "qualifier")), ("claims", "kind", ("claims", "kind")),
        ("claims", "role", ("claims", "role")), ("claims", "category", ("claims", "category")),
        ("claims", "context", ("claims", "context")),
        ("incidents", "measure", ("claims", "measure")), ("incidents", "category", ("claims", "category")),
        ("totals", "measure", ("claims", "measure")), ("totals", "category", ("claims", "category")),
        ("discrepancies", "kind", ("discrepancies", "kind")), ("discrepancies", "severity", ("discrepancies", "severity")),
    ]

    /// The backticked values of a column's meaning in the codebook section `## what`.
    static func documented(_ what: String, _ column: String) throws -> Set<String> {
        let text = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/CODEBOOK.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## \(what)\n").dropFirst().first, "no section \(what)")
        let line = try #require(section.split(separator: "\n").first { $0.hasPrefix("| `\(column)` |") }, "no row \(what).\(column)")
        let meaning = String(line.split(separator: "|").last ?? "")
        return Set(meaning.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
    }

    /// The sample corpus, with a retraction and corrections to measures and categories it never states.
    static func amendedCorpus(_ dir: TemporaryDirectory) throws -> String {
        let db = dir.path("corpus.sqlite")
        let folder = try #require(SampleCorpus.reportFiles().first).deletingLastPathComponent().path
        let ingest = try runLedger(["ingest", "--db", db, folder])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(try runLedger(["claims", "--db", db, "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        let ids = claims.filter { $0["status"] as? String == "active" }.compactMap { ($0["claim"] as? [String: Any])?["id"] as? String }.sorted()
        try #require(ids.count >= 5)
        let amendments: [[String]] = [
            ["retract", ids[0], "--reason", "test"],
            ["correct", ids[1], "--measure", "missing", "--reason", "test"],
            ["correct", ids[2], "--measure", "displaced", "--reason", "test"],
            ["correct", ids[3], "--category", "coalition", "--reason", "test"],
            ["correct", ids[4], "--category", "guards", "--reason", "test"],
        ]
        // Three of the corpus's killed figures moved to one day in one province, two at towns and one at
        // the province alone, which either town could hold (`ambiguous_link`).
        let killed = claims.compactMap { $0["claim"] as? [String: Any] }.filter {
            $0["kind"] as? String == "incident" && $0["role"] as? String == "total" && $0["context"] as? String == "main"
                && $0["measure"] as? String == "killed"
        }.compactMap { $0["id"] as? String }.filter { !ids.prefix(5).contains($0) }.sorted()
        // From three reports (two figures of one report are never one incident).
        var reports = Set<String>()
        let picked = killed.reversed().filter { reports.insert(String($0.split(separator: "-")[0])).inserted }.prefix(3)
        try #require(picked.count == 3)
        let moves: [[String]] = zip(picked, [("hajin", "5"), ("al-busayrah", "4"), ("deir ez-zor", "4")]).map { id, to in
            ["correct", id, "--place", to.0, "--admin1", "deir ez-zor", "--date", "2020-01-06", "--value", to.1, "--category", "all",
             "--reason", "test"]
        }
        for args in amendments + moves {
            let result = try runLedger(args + ["--db", db])
            #expect(result.status == 0, "\(args): \(result.stderr)")
        }
        return db
    }

    /// Every value of each column of an export.
    static func produced(_ db: String, _ what: String) throws -> [String: Set<String>] {
        let result = try runLedger(["export", "--db", db, "--what", what, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var values: [String: Set<String>] = [:]
        for row in doc["rows"] as? [[String: Any]] ?? [] {
            for (key, value) in row { if let s = value as? String { values[key, default: []].insert(s) } }
        }
        return values
    }

    @Test("each closed column's documented values are exactly the values exported")
    func vocabularies() throws {
        let dir = TemporaryDirectory("vocabulary")
        let db = try Self.amendedCorpus(dir)
        var exports: [String: [String: Set<String>]] = [:]
        for what in ["claims", "incidents", "totals", "discrepancies"] { exports[what] = try Self.produced(db, what) }
        for (what, column, (docWhat, docColumn)) in Self.closed {
            let documented = try Self.documented(docWhat, docColumn)
            let produced = exports[what]?[column] ?? []
            #expect(!produced.isEmpty, "\(what).\(column): nothing exported")
            #expect(produced.subtracting(documented).isEmpty, "\(what).\(column) exports values the codebook does not list: \(produced.subtracting(documented).sorted())")
            // Incidents and totals need not show every claim value (tallies are not incidents).
            if what == docWhat {
                #expect(documented.subtracting(produced).isEmpty, "\(what).\(column): the codebook lists values never exported: \(documented.subtracting(produced).sorted())")
            }
        }
    }

    @Test("the codebook's claim statuses are the ones `ledger claims --status` accepts")
    func statusOption() throws {
        let dir = TemporaryDirectory("vocabulary")
        let db = dir.path("l.sqlite")
        let report = try dir.write("r.txt", "Two civilians were killed in al-Shuhayl on Monday.\n")
        #expect(try runLedger(["ingest", "--db", db, "--published", "2023-06-10", report]).status == 0)
        for status in try Self.documented("claims", "status") {
            let result = try runLedger(["claims", "--db", db, "--status", status])
            #expect(result.status == 0, "--status \(status): \(result.stderr)")
        }
        for bad in ["counted", "corrected", "bogus"] {
            #expect(try runLedger(["claims", "--db", db, "--status", bad]).status == 2, "--status \(bad) was accepted")
        }
        #expect(try runLedger(["claims", "--db", db, "--measure", "dead"]).status == 2)
        #expect(try runLedger(["claims", "--db", db, "--kind", "event"]).status == 2)
    }
}
