import Foundation
import LedgerCore

/// The text of a CSV or JSON Lines export, a line at a time: what ``ExportWriter`` writes whole, and
/// what a streaming export writes as it reads its rows (an export of a million claims need not be
/// held in memory). A JSON export is one document: its rows come between ``head()`` and ``tail()``,
/// each after the separator ``line(_:index:)`` puts before all but the first.
public struct ExportLines: Sendable {
    public enum Format: Sendable {
        /// RFC 4180 with a byte-order mark; `hxl` adds a second header row of HXL hashtags.
        case csv(hxl: Bool)
        /// The header object on the first line, then one row object per line.
        case jsonl(ExportHeader)
        /// `{"header": {...}, "rows": [...]}` pretty-printed with sorted keys, as ``ExportWriter/json(_:header:)``.
        case json(ExportHeader)
    }

    public let columns: [ExportColumn]
    public let format: Format
    /// One encoder for the header and every row of a JSON document (`JSONEncoder` is `Sendable`).
    private let encoder = Renderer.prettyEncoder()

    public init(columns: [ExportColumn], format: Format) {
        self.columns = columns
        self.format = format
    }

    /// What comes before the first row.
    public func head() throws -> String {
        switch format {
        case .csv(let hxl): ExportLines.csvHead(columns, hxl: hxl)
        case .jsonl(let header): try CanonicalJSON.string(["header": header]) + "\n"
        case .json(let header):
            // The header object as it reads inside the document: indented, its first line after its key.
            "{\n  \"header\" : " + String(Renderer.indented(try encoder.encode(header)).dropFirst(2)) + ",\n  \"rows\" : [\n"
        }
    }

    /// One row's line (the `index`-th row, counted from 0: a JSON document's rows are separated).
    public func line(_ row: [String], index: Int = 0) throws -> String {
        switch format {
        case .csv: CSVWriter.line(row)
        case .jsonl: try CanonicalJSON.string(ExportWriter.object(row, columns: columns)) + "\n"
        case .json:
            (index == 0 ? "" : ",\n")
                + Renderer.indented(try encoder.encode(ExportWriter.object(row, columns: columns)), levels: 2)
        }
    }

    /// What comes after the last row.
    public func tail() -> String {
        switch format {
        case .csv, .jsonl: ""
        case .json: "\n  ]\n}\n"
        }
    }

    /// The byte-order mark (so that spreadsheet programs read Arabic as UTF-8), the header row, and
    /// with `hxl` the row of HXL hashtags.
    static func csvHead(_ columns: [ExportColumn], hxl: Bool) -> String {
        "\u{FEFF}" + CSVWriter.line(columns.map(\.name)) + (hxl ? CSVWriter.line(columns.map(\.hxl)) : "")
    }
}
