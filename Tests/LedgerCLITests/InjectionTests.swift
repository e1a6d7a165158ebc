import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

/// Untrusted text (a report's words, its publisher, its file name) never reaches SQL or a shell
/// unparameterised: it is stored and read back byte for byte and the ledger stays whole.
/// (Sources/ was audited for string-built SQL: the only interpolations are `?` placeholders and an
/// integer LIMIT; nothing runs a shell.)
@Suite("SQL and shell metacharacters in untrusted text")
struct InjectionTests {
    static let sql = "'); DROP TABLE events; --"
    static let shell = "$(touch PWNED) `touch PWNED2` ; rm -rf ~ && echo | cat > PWNED3 \\ \" ' * ? [a-z] ~ !! %s %n {}"

    @Test("a report whose text, publisher and file name carry SQL and shell syntax round-trips exactly")
    func roundTrip() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("l.sqlite")
        let text = """
            قُتل 3 مدنيين \(Self.sql)
            Robert'); DROP TABLE events;-- was killed. \(Self.shell)
            '; UPDATE events SET payload = '{}'; SELECT '
            " OR 1=1 -- ; ATTACH DATABASE '/tmp/x.db' AS x; PRAGMA writable_schema = 1;
            \\x00 \\' \\\\ %27 %00 \u{2028}\u{2029} \r\n end
            """
        let name = "report \(Self.sql) $(touch PWNED) `id`; & | > < .txt"
        let file = try dir.write(name, text)
        let publisher = "Monitor\(Self.sql) \(Self.shell)"
        let sidecarPublisher = "Sidecar \(Self.sql)"
        let second = try dir.write("sidecar \(Self.sql).txt", "Two civilians were killed. \(Self.sql)")
        try dir.write("sidecar \(Self.sql).meta.json",
            #"{"publisher": "Sidecar '); DROP TABLE events; --", "source_url": "https://example.org/?q=');DROP TABLE events;--"}"#)

        let first = try runLedger(["ingest", "--db", db, "--publisher", publisher, "--source-url", "x'); DROP TABLE events; --", file])
        #expect(first.status == 0, "\(first.stderr)")
        let next = try runLedger(["ingest", "--db", db, second])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try runLedger(["verify", "--db", db]).status == 0)

        // Every table is still there, and nothing ran in a shell.
        let tables = try DatabaseQueue(path: db).read { conn in
            try String.fetchAll(conn, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("events") && tables.contains("ledger_info") && tables.contains("grdb_migrations"))
        for stray in ["PWNED", "PWNED2", "PWNED3"] {
            #expect(!FileManager.default.fileExists(atPath: dir.path(stray)))
            #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/" + stray))
        }

        // The text, publisher, source and file name come back exactly, through the library and the CLI.
        let reports = try Ledger(path: db, mode: .readOnly).events(EventFilter(types: [.reportIngested])).compactMap { event -> ReportIngested? in
            if case .reportIngested(let report) = try event.decoded() { return report }
            return nil
        }
        #expect(reports.count == 2)
        let stored = try #require(reports.first)
        #expect(stored.text == text)
        #expect(Array(stored.text.utf8) == Array(text.utf8))
        #expect(stored.report.publisher == publisher)
        #expect(stored.report.sourceURL == "x'); DROP TABLE events; --")
        #expect(stored.report.source == file)
        #expect(reports.last?.report.publisher == sidecarPublisher)

        let log = try runLedger(["log", "--db", db, "--type", "report_ingested", "--format", "jsonl"])
        #expect(log.status == 0)
        let lines = log.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let payload = try #require(object["payload"] as? [String: Any])
        #expect(payload["text"] as? String == text)

        // The same file again is recognised as present: its hash was looked up with a parameter.
        let again = try runLedger(["ingest", "--db", db, file])
        #expect(again.status == 0 && again.stdout.contains("already in the ledger"))
    }
}
