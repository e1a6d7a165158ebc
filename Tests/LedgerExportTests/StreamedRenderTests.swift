import LedgerExport
import Testing

/// A record written a piece at a time reads exactly as the whole rendering: the commands that list a
/// million-event ledger's incidents or discrepancies write this way so as not to hold the whole text.
@Suite("Streamed rendering")
struct StreamedRenderTests {
    struct Row: Tabular, Equatable {
        var id: String
        var figures: [Int]
        var sides: [String: [String]]
        var note: String?
        static let columns = ["id", "figures", "note"]
        var cells: [String] { [id, figures.map(String.init).joined(separator: " "), note ?? ""] }
    }

    static let rows = [
        Row(id: "i-1", figures: [], sides: [:], note: "قُتل 4 مدنيين، \"أمس\"\nسطر ثانٍ"),
        Row(id: "i-2", figures: [12, 14], sides: ["a": [], "b": ["c-1", "c/2"]], note: nil),
        Row(id: "i-3, with a comma", figures: [0], sides: ["z": ["x"]], note: " leading space"),
    ]

    @Test("each format, streamed, is the same bytes as rendered whole", arguments: OutputFormat.allCases)
    func sameBytes(format: OutputFormat) throws {
        for rows in [Self.rows, [Self.rows[0]], [Self.rows[1]], []] {
            var streamed = ""
            try Renderer.render(rows, as: format, width: 80) { streamed += $0 }
            #expect(streamed == (try Renderer.render(rows, as: format, width: 80)), "\(format), \(rows.count) rows")
        }
    }
}
