import Foundation
import GRDB
import LedgerCore
import LedgerStore
import LedgerTestSupport
import Testing

/// Hostile input tried for real, through the built binary: huge files, pathological text, damaged
/// ledgers. Each is refused with one line naming the file and the problem and a non-zero exit, or
/// accepted with the text stored exactly and every claim well-formed; either way the ledger's chain
/// still holds its earlier head.
@Suite("Hostile input through the CLI")
struct HostileInputTests {
    /// A ledger with three reports, and what `ledger verify` says about it.
    func seededLedger(_ dir: TemporaryDirectory) throws -> (db: String, verify: String, head: String) {
        let db = dir.path("l.sqlite")
        let ledger = try Ledger(path: db)
        _ = try ledger.ingest(Fixture.generatedReports(3))
        let verify = try runLedger(["verify", "--db", db])
        #expect(verify.status == 0)
        return (db, verify.stdout, try ledger.head().hash)
    }

    func verifyOutput(_ db: String) throws -> String { try runLedger(["verify", "--db", db]).stdout }

    /// The texts of the reports in the ledger.
    func storedTexts(_ db: String) throws -> [String] {
        try Ledger(path: db, mode: .readOnly).events(EventFilter(types: [.reportIngested])).compactMap { event in
            if case .reportIngested(let report) = try event.decoded() { return report.text }
            return nil
        }
    }

    // MARK: - size

    @Test("a 200 MB file is refused from its size")
    func hugeFile() throws {
        let dir = TemporaryDirectory()
        let (db, before, _) = try seededLedger(dir)
        let big = dir.path("huge.txt")
        // Sparse: 200 MB long, no disk used. Ends in text so that it is not all NUL bytes either.
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 200 * 1_048_576 - 16)
        try handle.seekToEnd()
        handle.write(Data("killed 3 people\n".utf8))
        try handle.close()

        for command in [["ingest", "--db", db, big], ["extract", big]] {
            let result = try runLedgerMeasured(command)
            #expect(result.status == 3, "\(command[0]): \(result.stderr)")
            #expect(result.signal == 0)
            #expect(result.stderr.contains(big) && result.stderr.contains("larger than the") && result.stderr.contains("limit"))
            // Its time and peak memory are measured by tools/resource-smoke.sh (CI), not asserted here.
        }
        #expect(try verifyOutput(db) == before)
    }

    @Test("200 MB on standard input is refused once past the limit")
    func hugeStdin() throws {
        let dir = TemporaryDirectory()
        let (db, before, _) = try seededLedger(dir)
        let big = dir.path("huge-stdin.txt")
        let line = Data(String(repeating: "قتل 3 مدنيين في دير الزور. ", count: 40).utf8 + [0x0A])
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        var chunk = Data()
        while chunk.count < 4 * 1_048_576 { chunk.append(line) }
        for _ in 0..<50 { handle.write(chunk) }  // 200 MB of real text
        try handle.close()

        let result = try runLedgerMeasured(["ingest", "--db", db, "-"], stdinFile: big)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("larger than the") && result.stderr.contains("limit"))
        #expect(result.stderr.contains("standard input") || result.stderr.contains("-:"))
        #expect(try verifyOutput(db) == before)
    }

    // MARK: - pathological text

    /// Checks every claim line of `ledger extract --format jsonl` against the text it came from.
    func expectWellFormedClaims(_ jsonl: String, text: String, file: String) throws {
        let scalars = Array(text.unicodeScalars)
        var ids = Set<String>()
        var parents: [String] = []
        for line in jsonl.split(separator: "\n") where !line.isEmpty {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            #expect(ids.insert(id).inserted, "\(file): claim id \(id) twice")
            let value = try #require(object["value"] as? Int)
            #expect(value >= 0, "\(file): claim \(id) has value \(value)")
            if let parent = object["parent"] as? String { parents.append(parent) }
            let span = try #require(object["span"] as? [String: Any])
            let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
            #expect(0 <= start && start <= end && end <= scalars.count, "\(file): claim \(id) span \(start)..<\(end)")
            if 0 <= start && start <= end && end <= scalars.count {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(span["text"] as? String == String(slice), "\(file): claim \(id) span text is not the text at its offsets")
            }
        }
        for parent in parents { #expect(ids.contains(parent), "\(file): parent \(parent) is not a claim of the same report") }
    }

    /// UTF-8 bytes read as Windows-1252 and written out again as UTF-8.
    static func mojibake(_ text: String) -> String {
        let cp1252: [UInt8: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
            0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
            0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
            0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        var out = String.UnicodeScalarView()
        for byte in text.utf8 { out.append(Unicode.Scalar(cp1252[byte] ?? UInt32(byte))!) }
        return String(out)
    }

    enum Hostile: String, CaseIterable, Sendable {
        case millionNumbers, mojibake, htmlScript, absurdFigures, deepBreakdown, deepBrackets, bidiAndMarks

        var fileName: String { self == .htmlScript ? "\(rawValue).html" : "\(rawValue).txt" }

        /// A million numbers and 60,000 brackets are not language: they are refused, not stored.
        var isLanguage: Bool { self != .millionNumbers && self != .deepBrackets }

        var text: String {
            switch self {
            case .millionNumbers:
                return (1...1_000_000).map(String.init).joined(separator: " ") + "\n"
            case .mojibake:
                return HostileInputTests.mojibake(
                    "قُتل 3 مدنيين وأصيب 5 آخرون في قصف على بلدة الشحيل بريف دير الزور الشرقي، بينهم طفلان.\n"
                        + "وثّق المرصد مقتل 19 شخصاً أمس، هم: 11 مدنياً، و5 من قوات النظام، و3 من الفصائل.\n")
            case .htmlScript:
                return """
                    <!DOCTYPE html><html><head><title>قتل 3</title>
                    <script>var killed = 500; document.write('<p>قتل 900 مدني</p>'); if (a < b && c > d) {}</script>
                    <style>p::before { content: "killed 77"; }</style></head>
                    <body><p onclick="alert('killed 12')">قُتل 3 مدنيين في دير الزور أمس.</p><!-- killed 40 -->
                    <script src="x.js"></script><p>Two SDF fighters were killed near Dhiban &amp; 4 wounded&#x21;</p>
                    </body></html>
                    """
            case .absurdFigures:
                return """
                    killed 99999999999 civilians in one day.
                    قتل ٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩ مدنياً، وأصيب 18446744073709551616 آخرون.
                    9,223,372,036,854,775,808 soldiers were killed; -5 wounded; 1e308 killed; 0x7fffffffffffffff missing.
                    more than 99999999999999999999999999999999999999999999 people were killed, including 12 children.
                    """
            case .deepBreakdown:
                var text = "وثّق المرصد مقتل 100000 شخص، "
                for level in 0..<2000 { text += "بينهم \(99_999 - level) مدنياً، هم: " }
                text += "طفل واحد.\n"
                for level in 0..<500 { text += "including \(5000 - level) civilians, of whom " }
                return text + "one child was killed.\n"
            case .deepBrackets:
                return String(repeating: "(«[", count: 10_000) + "قتل 3 مدنيين" + String(repeating: "]»)", count: 10_000) + "\n"
            case .bidiAndMarks:
                return "\u{202E}قتل 3\u{202C} \u{2067}killed ٤٥\u{2069} \u{200F}مدنيين\u{200E} \u{0651}\u{0650}\u{064B} "
                    + String(repeating: "\u{0640}", count: 5000) + "٣\u{0300}\u{0301}\u{0302} \u{FEFF}killed\u{200D}7\n"
            }
        }
    }

    @Test("pathological text is extracted and ingested without a crash, stored exactly, with well-formed claims",
          arguments: Hostile.allCases)
    func hostileText(_ kind: Hostile) throws {
        let dir = TemporaryDirectory()
        let (db, _, head) = try seededLedger(dir)
        let text = kind.text
        let file = try dir.write(kind.fileName, text)

        let extract = try runLedgerMeasured(["extract", "--format", "jsonl", file])
        #expect(extract.signal == 0, "extract was killed by signal \(extract.signal)")
        guard kind.isLanguage else {
            #expect(extract.status == 3 && extract.stderr.contains(file) && extract.stderr.contains("not report text"))
            let ingest = try runLedger(["ingest", "--db", db, file])
            #expect(ingest.status == 3 && ingest.stderr.contains("Arabic or Latin letters"), "\(ingest.stderr)")
            #expect(try runLedger(["verify", "--db", db, "--anchor", head]).stdout.contains("\(head)"))
            return
        }
        #expect(extract.status == 0, "\(extract.stderr)")
        try expectWellFormedClaims(extract.stdout, text: text, file: file)

        let ingest = try runLedgerMeasured(["ingest", "--db", db, file])
        #expect(ingest.signal == 0 && ingest.status == 0, "\(ingest.stderr)")
        #expect(try storedTexts(db).contains(text), "the stored text differs from the file")
        // The chain still verifies and still holds the head from before.
        #expect(try runLedger(["verify", "--db", db, "--anchor", head]).status == 0)
    }

    // MARK: - damaged ledgers

    @Test("a ledger cut in half is refused with exit 4 naming the file, and left as it was")
    func truncatedLedger() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("full.sqlite")
        do {
            let ledger = try Ledger(path: path)
            _ = try ledger.ingest(Fixture.generatedReports(2000))
        }  // closed: checkpointed into the main file
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.count > 100_000)
        let cut = dir.path("cut.sqlite")
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: cut))
        let report = try dir.write("r.txt", "Three soldiers were killed near Palmyra.")

        for command in [["verify", "--db", cut], ["log", "--db", cut, "--format", "jsonl"], ["ingest", "--db", cut, report]] {
            let result = try runLedgerMeasured(command)
            #expect(result.status == 4, "\(command[0]) exited \(result.status): \(result.stderr)")
            #expect(result.stderr.contains(cut), "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("damaged") || result.stderr.contains("malformed"), "\(command[0]): \(result.stderr)")
            #expect(!result.stderr.contains("\n") || result.stderr.split(separator: "\n").count <= 2, "\(command[0]): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: cut)) == data.prefix(data.count / 2))
    }

    @Test("a ledger from a newer schema is refused by every command with exit 4 naming the file")
    func newerSchema() throws {
        let dir = TemporaryDirectory()
        let (db, _, _) = try seededLedger(dir)
        let queue = try DatabaseQueue(path: db)
        try queue.write { conn in try conn.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')") }
        try queue.close()
        // `ledger verify` refuses this ledger, so read its rows directly, read-only.
        func contents() throws -> [String] {
            var config = Configuration()
            config.readonly = true
            return try DatabaseQueue(path: db, configuration: config).read { conn in
                try String.fetchAll(conn, sql: "SELECT hash FROM events ORDER BY seq")
                    + String.fetchAll(conn, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
        }
        let before = try contents()
        let report = try dir.write("r.txt", "Three soldiers were killed near Palmyra.")
        for command in [["ingest", "--db", db, report], ["verify", "--db", db], ["log", "--db", db]] {
            let result = try runLedger(command)
            #expect(result.status == 4, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains(db) && result.stderr.contains("newer version") && result.stderr.contains("999_from_the_future"))
        }
        #expect(try contents() == before)
    }
}
