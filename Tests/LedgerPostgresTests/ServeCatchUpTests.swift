import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// `ledger serve` on a PostgreSQL ledger follows appends made from another machine (another read-model
/// cache): its answers are built from the local read models, which it catches up with the server's log.
@Suite("PostgreSQL: serve follows the server", .enabled(if: PostgresTestDatabase.available, Comment(rawValue: PostgresTestDatabase.skipMessage)))
struct ServeCatchUpTests {
    @Test("an ingest from another cache shows in the served totals within seconds")
    func servedTotalsFollowAnotherWriter() throws {
        let dir = TemporaryDirectory("pg-serve")
        let database = try PostgresTestDatabase("serve")
        let files = try SampleCorpus.reportFiles().map(\.path).sorted()
        let mine = ["LEDGER_CACHE_DIR": dir.path("serving-cache")], theirs = ["LEDGER_CACHE_DIR": dir.path("other-machine")]
        #expect(try runLedger(["ingest", "--db", database.text, "-q"] + files.prefix(4), environment: mine).status == 0)

        let server = try ServedLedger(database: database.text, environment: mine, log: dir.path("serve.txt"))
        defer { server.stop() }
        let before = try server.get("/api/totals")
        #expect(!before.isEmpty)
        #expect(try runLedger(["ingest", "--db", database.text, "-q"] + files.dropFirst(4), environment: theirs).status == 0)
        // A server started now, on another machine, serves the whole ledger; the first one must come to serve the same.
        let fresh = try ServedLedger(database: database.text, environment: ["LEDGER_CACHE_DIR": dir.path("fresh")], log: dir.path("fresh.txt"))
        defer { fresh.stop() }
        let whole = try fresh.get("/api/totals")
        let grew = !whole.isEmpty && whole != before
        #expect(grew, "\((try? String(contentsOfFile: dir.path("fresh.txt"), encoding: .utf8)) ?? "")")
        var after = try server.get("/api/totals")
        for _ in 0..<60 where after != whole {
            Thread.sleep(forTimeInterval: 0.5)
            after = try server.get("/api/totals")
        }
        let caughtUp = after == whole
        #expect(caughtUp, "the served totals did not follow the other writer's ingest")
    }
}

/// A `ledger serve` process on a free port, and GET requests to it (by curl).
struct ServedLedger {
    let process = Process()
    let port: Int

    init(database: String, environment: [String: String], log: String) throws {
        guard let binary = PackagePaths.ledgerBinary else { throw CocoaError(.fileNoSuchFile) }
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.executableURL = binary
        process.arguments = ["serve", "--db", database, "--port", "0"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, given in given }
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        var found: Int?
        for _ in 0..<300 where found == nil {
            Thread.sleep(forTimeInterval: 0.1)
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let r = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                found = Int(text[r].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        guard let found else { process.terminate(); throw CocoaError(.fileReadUnknown) }
        port = found
    }

    /// The body of a GET (empty when the server does not answer 200 within a few tries).
    func get(_ path: String) throws -> String {
        for _ in 0..<20 {
            let body = try getOnce(path)
            if !body.isEmpty { return body }
            Thread.sleep(forTimeInterval: 0.25)
        }
        return ""
    }

    private func getOnce(_ path: String) throws -> String {
        let curl = Process(), out = Pipe()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-sf", "http://127.0.0.1:\(port)\(path)"]
        curl.standardOutput = out
        try curl.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
