import Foundation
import LedgerSamples
import LedgerTestSupport
import Testing

/// Every `--format` of every command is honoured or refused: JSON parses, numbers are JSON numbers,
/// JSON Lines is one object a line, CSV is rectangular.
@Suite("Output formats", .serialized)
struct OutputFormatTests {
    /// One demo ledger for the whole suite (the demo is the sample corpus, ingested).
    static let folder = TemporaryDirectory()
    static let ledger: String = {
        let db = folder.path("demo.sqlite")
        _ = try? runLedger(["demo", "--db", db])
        return db
    }()

    static func firstID(_ command: String) throws -> String {
        let rows = try runLedger([command, "--db", ledger, "--format", "jsonl"]).stdout.split(separator: "\n")
        let first = try #require(rows.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        return try #require((object["id"] ?? (object["claim"] as? [String: Any])?["id"]) as? String)
    }

    /// Keys whose values are text even when the text is a figure (the evidence span), or hashes.
    static let textKeys: Set<String> = ["text", "prev_hash", "hash", "head", "evidence", "detail", "summary", "category_text"]

    /// Paths of string values that are whole numbers: numbers printed as text.
    static func numbersAsText(_ value: Any, _ path: [String] = []) -> [String] {
        switch value {
        case let object as [String: Any]:
            return object.flatMap { key, v in textKeys.contains(key) ? [] : numbersAsText(v, path + [key]) }
        case let array as [Any]:
            return array.flatMap { numbersAsText($0, path) }
        case let text as String where !text.isEmpty && text.allSatisfy(\.isASCII) && Int(text) != nil:
            return [path.joined(separator: ".") + " = \"\(text)\""]
        default:
            return []
        }
    }

    static func checkJSON(_ stdout: String, _ label: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8), options: [.fragmentsAllowed])
        #expect(Self.numbersAsText(value).isEmpty, "\(label): \(Self.numbersAsText(value).prefix(5))")
        if let rows = value as? [Any] { #expect(!rows.isEmpty, "\(label): no rows") }
    }

    static func checkJSONL(_ stdout: String, _ label: String) throws {
        let lines = stdout.split(separator: "\n")
        #expect(!lines.isEmpty, "\(label): no lines")
        for line in lines {
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
            #expect(value is [String: Any], "\(label): a line is not an object")
            #expect(Self.numbersAsText(value).isEmpty, "\(label): \(Self.numbersAsText(value).prefix(5))")
        }
    }

    /// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { record.append(field); field = "" } else if c == "\n" || c == "\r\n" {
                record.append(field); records.append(record); record = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    static func checkCSV(_ stdout: String, _ label: String) {
        let records = Self.csvRecords(stdout)
        #expect(records.count >= 2, "\(label): no data rows")
        let width = records.first?.count ?? 0
        #expect(records.allSatisfy { $0.count == width }, "\(label): rows of different widths")
    }

    static func commands() throws -> [[String]] {
        [
            ["claims"], ["incidents"], ["series"], ["totals"], ["discrepancies"], ["log"],
            ["explain", try firstID("discrepancies")], ["explain", try firstID("claims")],
            ["diff", "--as-of", "2023-04-30", "--as-of", "2030-01-01"],
        ]
    }

    @Test("tabular commands: json, jsonl and csv parse, and their numbers are numbers")
    func tabular() throws {
        for command in try Self.commands() {
            for format in ["json", "jsonl", "csv", "table"] {
                let result = try runLedger(command + ["--db", Self.ledger, "--format", format])
                let label = "\(command.joined(separator: " ")) --format \(format)"
                #expect(result.status == 0, "\(label): \(result.stderr)")
                switch format {
                case "json": try Self.checkJSON(result.stdout, label)
                case "jsonl": try Self.checkJSONL(result.stdout, label)
                case "csv": Self.checkCSV(result.stdout, label)
                default: #expect(!result.stdout.isEmpty, "\(label): nothing printed")
                }
            }
        }
    }

    @Test("summary commands print JSON with numbers, and refuse the formats they do not have")
    func summaries() throws {
        let db = Self.ledger
        for command in [["verify"], ["replay"], ["replay", "--as-of", "2023-06-30"], ["checkpoint", "--every", "100"]] {
            let result = try runLedger(command + ["--db", db, "--format", "json"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            try Self.checkJSON(result.stdout, "\(command) json")
        }
        let verifyOut = try runLedger(["verify", "--db", db, "--format", "json"]).stdout
        let verify = try #require(try JSONSerialization.jsonObject(with: Data(verifyOut.utf8)) as? [String: Any])
        #expect(verify["events"] is Int && verify["status"] as? String == "intact")
        let dir = TemporaryDirectory()
        let demo = try runLedger(["demo", "--db", dir.path("d.sqlite"), "--format", "json"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(demo.stdout.utf8)) as? [String: Any], "demo --format json is one document")
        #expect((doc["claims"] as? Int ?? 0) > 300 && (doc["totals"] as? [Any])?.isEmpty == false)
        #expect(Self.numbersAsText(doc).isEmpty)
        for refused in [["replay", "--format", "csv"], ["replay", "--format", "jsonl"], ["verify", "--format", "jsonl"],
                        ["verify", "--format", "csv"], ["demo", "--format", "csv"]] {
            let result = try runLedger(refused + ["--db", db])
            #expect(result.status == 2, "\(refused) should be refused: \(result.status)")
            #expect(result.stderr.contains("--format"))
        }
    }
}
