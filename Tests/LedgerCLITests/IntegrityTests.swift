import Foundation
import GRDB
import LedgerSamples
import LedgerStore
import LedgerTestSupport
import Testing

/// Issue 14: no command destroys what it did not create, anchors as people copy them, exports and
/// rebuilds that vouch only for a verified chain, and exit codes as the README documents them.
@Suite("Integrity: nothing lost, nothing faked")
struct IntegrityTests {
    /// A ledger made by `ledger ingest` from five reports of the sample corpus (read models current).
    static func ingested(_ dir: TemporaryDirectory, name: String = "mine.sqlite") throws -> String {
        let db = dir.path(name)
        let files = try SampleCorpus.reportFiles().prefix(5).map(\.path)
        let result = try runLedger(["ingest", "--db", db] + files)
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// What a user may have at a path a command writes to.
    enum Foreign: String, CaseIterable, Sendable {
        case textFile, emptyFile, otherDatabase, folder

        func make(_ dir: TemporaryDirectory, _ name: String) throws -> String {
            switch self {
            case .textFile: return try dir.write(name, "my notes, not a ledger\n")
            case .emptyFile: return try dir.write(name, bytes: [])
            case .otherDatabase:
                let path = dir.path(name)
                let queue = try DatabaseQueue(path: path)
                try queue.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')") }
                try queue.close()
                return path
            case .folder:
                let path = dir.path(name)
                try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
                _ = try dir.write(name + "/inside/keep.txt", "keep")
                return path
            }
        }

        /// A fingerprint of what is at the path: its bytes, or a folder's listing and file contents.
        func snapshot(_ path: String) throws -> [String] {
            guard self == .folder else { return [try IntegrityTests.bytes(path).base64EncodedString()] }
            let items = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
            return items + items.compactMap { FileManager.default.contents(atPath: path + "/" + $0)?.base64EncodedString() }
        }
    }

    /// Every command that takes `--db`, with arguments that would otherwise run.
    static let commandsWithDB: [[String]] = [
        ["ingest", "REPORT"], ["verify"], ["log"], ["claims"], ["incidents"], ["series"], ["totals"],
        ["discrepancies"], ["explain", "x-1"], ["correct", "x-1", "--value", "3", "--reason", "r"],
        ["retract", "x-1", "--reason", "r"], ["link", "x-1", "x-2"], ["unlink", "x-1", "x-2"], ["rebuild"],
        ["demo"], ["replay", "--as-of", "2024-01-01"], ["diff", "--as-of", "2024-01-01"], ["export"],
        ["checkpoint"], ["bench", "incremental", "--reports", "1"], ["withdraw", "3", "--reason", "r"], ["compact"],
    ]

    @Test("a foreign file or folder at --db survives every command", arguments: Foreign.allCases)
    func foreignAtDB(_ kind: Foreign) throws {
        let dir = TemporaryDirectory()
        let report = try dir.write("r.txt", "Two civilians were killed in al-Shuhayl on Monday.\n")
        for command in Self.commandsWithDB {
            let path = try kind.make(dir, "db-\(command[0])-\(command.count)")
            let before = try kind.snapshot(path)
            let args = command.map { $0 == "REPORT" ? report : $0 } + ["--db", path]
            let result = try runLedger(args)
            #expect(result.status != 0, "\(args) succeeded on a \(kind)")
            #expect(!result.stderr.isEmpty, "\(args): no error line")
            #expect(try kind.snapshot(path) == before, "\(args) changed a \(kind)")
        }
    }

    @Test("demo replaces only a demo ledger it made; --force replaces a ledger, never a folder or another file")
    func demoPaths() throws {
        let dir = TemporaryDirectory()
        let mine = try Self.ingested(dir)
        let before = try Self.bytes(mine)
        var result = try runLedger(["demo", "--db", mine])
        #expect(result.status == 2)
        #expect(result.stderr.contains(mine) && result.stderr.contains("--force"))
        #expect(try Self.bytes(mine) == before)

        for kind in [Foreign.folder, .textFile, .otherDatabase, .emptyFile] {
            let path = try kind.make(dir, "demo-\(kind.rawValue)")
            let snapshot = try kind.snapshot(path)
            result = try runLedger(["demo", "--force", "--db", path])
            #expect(result.status == 2, "\(kind)")
            #expect(try kind.snapshot(path) == snapshot, "demo --force changed a \(kind)")
        }

        let demo = dir.path("demo.sqlite")
        #expect(try runLedger(["demo", "--db", demo]).status == 0)
        result = try runLedger(["demo", "--db", demo])
        #expect(result.status == 0, "a second demo replaces the first: \(result.stderr)")
        #expect(LedgerFile.inspect(demo) == .ledger(createdBy: "demo"))
        result = try runLedger(["demo", "--force", "--db", mine])
        #expect(result.status == 0)
        #expect(LedgerFile.inspect(mine) == .ledger(createdBy: "demo"))
    }

    @Test("bench writes only ledgers and files it made")
    func benchPaths() throws {
        let dir = TemporaryDirectory()
        let mine = try Self.ingested(dir)
        let before = try Self.bytes(mine)
        // Incremental without --db is a usage error; on a ledger bench did not make it refuses.
        #expect(try runLedger(["bench", "incremental", "--reports", "1"], cwd: dir.url).status == 2)
        var result = try runLedger(["bench", "incremental", "--db", mine, "--reports", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--copy"))
        #expect(try Self.bytes(mine) == before)
        // --copy measures a copy and leaves the ledger as it was.
        result = try runLedger(["bench", "incremental", "--copy", "--db", mine, "--reports", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.bytes(mine) == before)
        #expect(try Ledger(path: mine, mode: .readOnly).verify().isIntact)

        // A file of the user's named like a bench ledger stops the bench and survives.
        let benchDir = dir.path("bench")
        try FileManager.default.createDirectory(atPath: benchDir, withIntermediateDirectories: true)
        let squatter = try dir.write("bench/bench-300.sqlite", "not the bench's\n")
        result = try runLedger(["bench", "--sizes", "300", "--extract-reports", "5", "--dir", benchDir])
        #expect(result.status == 2)
        #expect(try String(contentsOfFile: squatter, encoding: .utf8) == "not the bench's\n")

        // bench generate writes only new files.
        let out = dir.path("gen")
        #expect(try runLedger(["bench", "generate", "--out", out, "--count", "2"]).status == 0)
        let first = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let victim = out + "/" + first.first { $0.hasSuffix(".txt") }!
        try "mine\n".write(toFile: victim, atomically: true, encoding: .utf8)
        #expect(try runLedger(["bench", "generate", "--out", out, "--count", "2"]).status == 2)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine\n")
    }

    @Test("export --out never replaces a folder or a ledger, another file only with --force")
    func exportOut() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ingested(dir)
        let other = try Self.ingested(dir, name: "other.sqlite")
        let otherBytes = try Self.bytes(other)
        for what in ["totals", "claims"] {
            let existing = try dir.write("\(what).csv", "my spreadsheet\n")
            var result = try runLedger(["export", "--db", db, "--what", what, "--out", existing])
            #expect(result.status == 2)
            #expect(result.stderr.contains(existing) && result.stderr.contains("--force"))
            #expect(try String(contentsOfFile: existing, encoding: .utf8) == "my spreadsheet\n")
            result = try runLedger(["export", "--db", db, "--what", what, "--out", existing, "--force"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try String(contentsOfFile: existing, encoding: .utf8) != "my spreadsheet\n")

            result = try runLedger(["export", "--db", db, "--what", what, "--out", other, "--force"])
            #expect(result.status == 2)
            #expect(try Self.bytes(other) == otherBytes)
            let folder = try Foreign.folder.make(dir, "folder-\(what)")
            let snapshot = try Foreign.folder.snapshot(folder)
            #expect(try runLedger(["export", "--db", db, "--what", what, "--out", folder, "--force"]).status == 2)
            #expect(try Foreign.folder.snapshot(folder) == snapshot)
        }
    }

    /// The ledger's head hash as `ledger verify` prints it.
    static func head(_ db: String) throws -> String {
        let line = try runLedger(["verify", "--db", db]).stdout
        return String(line.split(separator: " ").last!).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("verify --anchor takes the 16 digits ledger log prints, upper case, any 8+ digit prefix")
    func anchors() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ingested(dir)
        let head = try Self.head(db)
        #expect(head.count == 64)
        let logged = try runLedger(["log", "--db", db]).stdout
        let printed = String(head.prefix(16))
        #expect(logged.contains(printed), "ledger log prints the 16-digit prefix")
        for anchor in [head, printed, head.uppercased(), String(head.prefix(8)), String(head.prefix(11)).uppercased()] {
            let result = try runLedger(["verify", "--db", db, "--anchor", anchor])
            #expect(result.status == 0, "\(anchor): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("intact"))
        }
        // An earlier head is still in the chain after more appends.
        let more = try dir.write("more.txt", "Three shepherds were killed by a landmine near Palmyra on Sunday.\n")
        #expect(try runLedger(["ingest", "--db", db, more]).status == 0)
        #expect(try runLedger(["verify", "--db", db, "--anchor", printed]).status == 0)
        // Malformed anchors are usage errors, never a verdict.
        for bad in ["abc", String(head.prefix(7)), "zz" + head.prefix(10), head + "00", "12345678-"] {
            let result = try runLedger(["verify", "--db", db, "--anchor", bad])
            #expect(result.status == 2, "\(bad)")
            #expect(!result.stdout.contains("rewritten") && !result.stdout.contains("BROKEN"))
        }
        // A well-formed anchor the chain does not contain is the verdict: exit 1.
        let absent = String(head.prefix(16).map { $0 == "0" ? "1" : "0" })
        let result = try runLedger(["verify", "--db", db, "--anchor", absent])
        #expect(result.status == 1)
        #expect(result.stdout.contains("rewritten"))
    }

    /// Edits one stored figure past the append-only triggers, as a tamperer would (500 → 50 in the issue).
    static func tamper(_ db: String) throws -> Int64 {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.write { conn in
            let seq = try Int64.fetchOne(conn, sql: """
                SELECT min(seq) FROM events WHERE type = 'claim_extracted' AND payload LIKE '%"value":%'
                """)!
            let payload = try String.fetchOne(conn, sql: "SELECT payload FROM events WHERE seq = ?", arguments: [seq])!
            let edited = payload.replacingOccurrences(of: "\"value\":", with: "\"value\":1")
            try conn.execute(sql: "DROP TRIGGER events_refuse_update")
            try conn.execute(sql: "UPDATE events SET payload = ? WHERE seq = ?", arguments: [edited, seq])
            return seq
        }
    }

    @Test("export and rebuild refuse a tampered chain with exit 1, naming the first bad event")
    func tamperedChain() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ingested(dir)
        #expect(try runLedger(["export", "--db", db, "--what", "totals", "--format", "json"]).status == 0)
        let bad = try Self.tamper(db)
        let exports: [[String]] = [
            ["--what", "totals"], ["--what", "totals", "--format", "json"], ["--what", "claims"],
            ["--what", "claims", "--format", "jsonl"], ["--what", "discrepancies"], ["--what", "incidents", "--format", "json"],
        ]
        for args in exports {
            let out = dir.path("export-\(args.joined(separator: "-")).out")
            let result = try runLedger(["export", "--db", db, "--out", out] + args)
            #expect(result.status == 1, "\(args)")
            #expect(result.stderr.contains("event \(bad)"), "\(args): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(args) wrote an export of a broken chain")
        }
        let models = try Self.bytes(db)
        let result = try runLedger(["rebuild", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("event \(bad)"))
        #expect(try Self.bytes(db) == models, "rebuild wrote to the ledger of a broken chain")
    }

    @Test("read-only commands work on a ledger file that cannot be written")
    func readOnlyFile() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ingested(dir)
        let before = try Self.bytes(db)
        #expect(chmod(db, 0o444) == 0)
        defer { chmod(db, 0o644) }
        let queries: [[String]] = [
            ["claims"], ["claims", "--format", "json"], ["incidents"], ["series"], ["totals"], ["discrepancies"],
            ["verify"], ["log"], ["replay", "--as-of", "2030-01-01"], ["export", "--what", "totals"],
            ["export", "--what", "claims", "--format", "jsonl"],
        ]
        for args in queries {
            let result = try runLedger(args + ["--db", db])
            #expect(result.status == 0, "\(args): \(result.stderr)")
        }
        #expect(try Self.bytes(db) == before)
        let result = try runLedger(["correct", "nope-1", "--value", "2", "--reason", "r", "--db", db])
        #expect(result.status != 0)
    }

    @Test("documented exit codes: 0, 1, 2, 3, 4")
    func exitCodes() throws {
        let dir = TemporaryDirectory()
        let db = try Self.ingested(dir)
        let usage: [[String]] = [
            ["claims", "--db", db, "--bogus"], ["totals", "--db", db, "--through", "June"], ["ingest"],
            ["export", "--db", db, "--format", "table"], ["verify", "--db", db, "--anchor", "xyz"],
            ["explain", "no-such-id", "--db", db], ["frobnicate"], ["log", "--db", db, "--type", "nope"],
            ["ingest", "--db", db, "--encoding", "klingon", "x.txt"], ["bench", "--sizes", ""],
        ]
        for args in usage {
            let result = try runLedger(args)
            #expect(result.status == 2, "\(args) exited \(result.status): \(result.stderr)")
        }
        #expect(try runLedger(["--help"]).status == 0)
        #expect(try runLedger(["verify", "--db", db]).status == 0)
        let bad = try dir.write("bad.txt", bytes: [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31])
        #expect(try runLedger(["ingest", "--db", db, bad]).status == 3)
        #expect(try runLedger(["claims", "--db", dir.path("missing.sqlite")]).status == 4)
        _ = try Self.tamper(db)
        #expect(try runLedger(["verify", "--db", db]).status == 1)
    }
}
