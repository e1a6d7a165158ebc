import Foundation
import LedgerTestSupport
import Testing

/// Output for people on a terminal: tables fit its width where they can, long text wraps and is never
/// cut, ids are never cut, help examples are never broken mid-command.
@Suite("Terminal output", .serialized)
struct TerminalOutputTests {
    /// The demo ledger, shared with the other suites that only read it.
    static var ledger: String { DemoLedger.path }

    /// Terminal cells of the widest line (combining marks and format characters take none).
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { line in
            line.unicodeScalars.filter {
                ![.nonspacingMark, .enclosingMark, .format, .control].contains($0.properties.generalCategory)
            }.count
        }.max() ?? 0
    }

    static func run(_ arguments: [String], columns: Int? = nil) throws -> String {
        let result = try runLedger(arguments + ["--db", ledger], environment: columns.map { ["COLUMNS": String($0)] } ?? [:])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test("every listing of the demo ledger fits 140 and 180 columns", arguments: ["claims", "incidents", "series", "totals", "discrepancies"])
    func fits(_ command: String) throws {
        for columns in [140, 180] {
            let text = try Self.run([command], columns: columns)
            #expect(Self.widest(text) <= columns, "\(command) at \(columns): \(Self.widest(text)) cells")
        }
    }

    @Test("a narrow terminal wraps the evidence but cuts no claim id")
    func idsWhole() throws {
        let ids = try Self.run(["claims", "--format", "csv"]).split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(ids.count > 100)
        let table = try Self.run(["claims"], columns: 60)
        let shown = Set(table.split(separator: "\n").map { String($0.prefix { $0 != " " }) })
        #expect(ids.filter { !shown.contains($0) }.isEmpty, "ids cut or missing")
        #expect(!table.contains("…") || table.split(separator: "\n").allSatisfy { !$0.hasPrefix("…") })
    }

    @Test("explain's trail is never cut: every detail and evidence text is shown whole")
    func explainWhole() throws {
        let id = try #require(try Self.run(["discrepancies", "--format", "csv"]).split(separator: "\r\n").dropFirst().first?.prefix { $0 != "," })
        let json = try Self.run(["explain", String(id), "--format", "json"])
        let steps = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let texts = steps.flatMap { [$0["detail"] as? String ?? "", $0["evidence"] as? String ?? ""] }.filter { !$0.isEmpty }
        #expect(texts.contains { $0.count > 60 }, "a text long enough to have been cut before")
        // In a pipe: each on one line, whole.
        let piped = try Self.run(["explain", String(id)])
        for text in texts { #expect(piped.contains(text), "cut: \(text)") }
        // On a 100-column terminal: wrapped, every word still there, no ellipsis added.
        let narrow = try Self.run(["explain", String(id)], columns: 100)
        let words = Set(narrow.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        for text in texts {
            for word in text.split(separator: " ") where word.count <= 16 { #expect(words.contains(String(word)), "lost: \(word)") }
        }
        #expect(narrow.filter { $0 == "…" }.count == piped.filter { $0 == "…" }.count)
    }

    @Test("help examples stay whole on a 50-column terminal", arguments: [
        "ingest", "claims", "incidents", "totals", "discrepancies", "explain", "correct", "link", "withdraw", "export", "replay", "diff", "checkpoint",
    ])
    func helpExamples(_ command: String) throws {
        let wide = try runLedger([command, "--help"], environment: ["COLUMNS": "10000"]).stdout
        let examples = wide.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("ledger ") || $0.hasPrefix("curl ") }
            .map { line in line.range(of: "   ").map { String(line[..<$0.lowerBound]) } ?? line }
        #expect(!examples.isEmpty)
        let narrow = try runLedger([command, "--help"], environment: ["COLUMNS": "50"]).stdout
        let lines = Set(narrow.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for example in examples { #expect(lines.contains(example), "broken: \(example)") }
        // The prose still wraps.
        let prose = narrow.split(separator: "\n").filter { line in
            !examples.contains(line.trimmingCharacters(in: .whitespaces)) && !line.hasPrefix("USAGE:")
        }
        #expect(prose.allSatisfy { $0.count <= 50 }, "\(prose.filter { $0.count > 50 }.first ?? "")")
    }
}
