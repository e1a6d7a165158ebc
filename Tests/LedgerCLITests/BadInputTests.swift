import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

/// Every bad input gets one clear line naming the file and the problem, a non-zero exit, and the
/// ledger is left exactly as it was.
@Suite("Bad input through the CLI")
struct BadInputTests {
    /// A ledger with three reports in it, and its head before the bad call.
    func seededLedger(_ dir: TemporaryDirectory) throws -> (String, ChainHead) {
        let db = dir.path("l.sqlite")
        let ledger = try Ledger(path: db)
        try ledger.ingest(Fixture.generatedReports(3))
        return (db, try ledger.head())
    }

    func expectUntouched(_ db: String, _ head: ChainHead) throws {
        let ledger = try Ledger(path: db, mode: .readOnly)
        #expect(try ledger.head() == head)
        #expect(try ledger.verify().isIntact)
    }

    enum BadFile: String, CaseIterable, Sendable {
        case empty, whitespace, invalidUTF8, binary, utf16Garbage

        var bytes: [UInt8] {
            switch self {
            case .empty: []
            case .whitespace: Array(" \n\t\n  ".utf8)
            case .invalidUTF8: Array("قتل 3 مدنيين".utf8) + [0xC3, 0x28, 0xFF] + Array(" more".utf8)
            case .binary: (0..<512).map { UInt8(($0 * 37) % 256) }
            case .utf16Garbage: [0xFF, 0xFE, 0x00, 0xD8, 0x41]
            }
        }

        var expected: String {
            switch self {
            case .empty, .whitespace: "empty"
            case .invalidUTF8: "invalid UTF-8 at byte"
            case .binary: "binary"
            case .utf16Garbage: "odd number of bytes"
            }
        }
    }

    @Test("bad report files are named with the problem, exit 3, ledger untouched", arguments: BadFile.allCases)
    func badFile(_ kind: BadFile) throws {
        let dir = TemporaryDirectory()
        let (db, head) = try seededLedger(dir)
        let file = try dir.write("bad-\(kind.rawValue).txt", bytes: kind.bytes)
        let result = try runLedger(["ingest", "--db", db, file])
        #expect(result.status == 3)
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains(kind.expected))
        try expectUntouched(db, head)
    }

    @Test("UTF-16 with a byte-order mark is read as text")
    func utf16() throws {
        let dir = TemporaryDirectory()
        let text = "A civilian was killed in al-Shuhayl on Monday."
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let file = try dir.write("utf16.txt", bytes: bytes)
        let result = try runLedger(["ingest", "--db", dir.path("l.sqlite"), file])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("a path that does not exist, a folder with no reports, and a fifo are refused")
    func badPaths() throws {
        let dir = TemporaryDirectory()
        let (db, head) = try seededLedger(dir)
        let missing = dir.path("nope.txt")
        var result = try runLedger(["ingest", "--db", db, missing])
        #expect(result.status == 3)
        #expect(result.stderr.contains(missing) && result.stderr.contains("no such file"))

        let emptyFolder = dir.path("empty-folder")
        try FileManager.default.createDirectory(atPath: emptyFolder, withIntermediateDirectories: true)
        try dir.write("empty-folder/notes.json", "{}")
        result = try runLedger(["ingest", "--db", db, emptyFolder])
        #expect(result.status == 3)
        #expect(result.stderr.contains(emptyFolder) && result.stderr.contains("no report files"))

        let fifo = dir.path("pipe.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        result = try runLedger(["ingest", "--db", db, fifo])
        #expect(result.status == 3)
        #expect(result.stderr.contains(fifo) && result.stderr.contains("not a regular file"))
        try expectUntouched(db, head)
    }

    @Test("a report reached through a symbolic link (in a folder or named) is read as the file it points to")
    func symlinks() throws {
        let dir = TemporaryDirectory()
        let (db, _) = try seededLedger(dir)
        let original = try dir.write("store/original.txt", "Three civilians were killed by shelling in Maarat al-Numan on 12 May 2019.")
        try FileManager.default.createDirectory(atPath: dir.path("links"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.path("links/linked.txt"), withDestinationPath: original)
        try FileManager.default.createSymbolicLink(atPath: dir.path("links/dangling.txt"), withDestinationPath: dir.path("store/gone.txt"))
        let result = try runLedger(["ingest", "--db", db, dir.path("links")])
        #expect(result.status == 3, "the dangling link is refused: \(result.stderr)")
        #expect(result.stdout.contains(dir.path("links/linked.txt")), "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.contains(dir.path("links/dangling.txt")) && result.stderr.contains("no such file"))
        #expect(!result.stderr.contains("linked.txt: "))
    }

    @Test("a good file beside a bad one is still appended, and the exit code says something failed")
    func mixed() throws {
        let dir = TemporaryDirectory()
        let (db, _) = try seededLedger(dir)
        let good = try dir.write("in/good.txt", "Two SDF fighters were killed near Dhiban on Tuesday.")
        try dir.write("in/bad.txt", bytes: [0xFF, 0xFF, 0x00, 0x01])
        let result = try runLedger(["ingest", "--db", db, dir.path("in")])
        #expect(result.status == 3)
        #expect(result.stdout.contains(good))
        #expect(try Ledger(path: db, mode: .readOnly).eventCount() > 9)
    }

    @Test("a database file that is not a ledger is refused with exit 4 and not modified")
    func notALedger() throws {
        let dir = TemporaryDirectory()
        let db = try dir.write("photo.sqlite", "GIF89a not a database at all")
        let report = try dir.write("r.txt", "A civilian was killed.")
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try runLedger(["ingest", "--db", db, report])
        #expect(result.status == 4)
        #expect(result.stderr.contains(db) && result.stderr.contains("not a ledger"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test("a read-only ledger is refused for writing, and still readable")
    func readOnly() throws {
        let dir = TemporaryDirectory()
        let (db, head) = try seededLedger(dir)
        let report = try dir.write("r.txt", "A civilian was killed in Raqqa.")
        #expect(chmod(db, 0o444) == 0)
        defer { chmod(db, 0o644) }
        let result = try runLedger(["ingest", "--db", db, report])
        #expect(result.status == 4)
        #expect(result.stderr.contains(db) && result.stderr.contains("read-only"))
        #expect(try runLedger(["verify", "--db", db]).status == 0)
        try expectUntouched(db, head)
    }

    @Test("a ledger locked by another process gives a clear error after the busy timeout")
    func locked() throws {
        let dir = TemporaryDirectory()
        let (db, head) = try seededLedger(dir)
        let report = try dir.write("r.txt", "Three soldiers were killed near Palmyra.")
        let holder = try DatabaseQueue(path: db)
        try holder.writeWithoutTransaction { conn in
            try conn.execute(sql: "BEGIN EXCLUSIVE")
            let result = try runLedger(["ingest", "--db", db, "--busy-timeout", "0.3", report])
            #expect(result.status == 4)
            #expect(result.stderr.contains(db) && result.stderr.contains("locked"))
            try conn.execute(sql: "ROLLBACK")
        }
        try holder.close()
        try expectUntouched(db, head)
    }

    @Test("verify exits 1 and names the event when the chain is broken")
    func verifyBroken() throws {
        let dir = TemporaryDirectory()
        let (db, _) = try seededLedger(dir)
        try DatabaseQueue(path: db).write { conn in
            try conn.execute(sql: "DROP TRIGGER events_refuse_update; UPDATE events SET payload = replace(payload, 'Report', 'Rep0rt') WHERE seq = 4")
        }
        let result = try runLedger(["verify", "--db", db])
        #expect(result.status == 1)
        #expect(result.stdout.contains("event 4"))
    }

    @Test("re-running an ingest says nothing was new")
    func rerun() throws {
        let dir = TemporaryDirectory()
        let file = try dir.write("r.txt", "Four civilians were killed in al-Busayrah yesterday.")
        let db = dir.path("l.sqlite")
        #expect(try runLedger(["ingest", "--db", db, file]).status == 0)
        let again = try runLedger(["ingest", "--db", db, file])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already in the ledger"))
    }

    @Test("standard input is ingested as one report")
    func stdin() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("l.sqlite")
        let result = try runLedger(["ingest", "--db", db, "--published", "2024-03-02", "-"], stdin: Array("قُتل مدني في ذيبان".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Ledger(path: db, mode: .readOnly).events(EventFilter(types: [.reportIngested])).count == 1)
    }
}
