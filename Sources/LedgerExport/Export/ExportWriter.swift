import Foundation
import LedgerCore

/// Writes an ``ExportTable`` as CSV, JSON or JSON Lines, deterministically.
public enum ExportWriter {
    /// The exporter's version, written into every JSON header.
    public static let version = "casualty-ledger-export/1"

    /// CSV per RFC 4180: UTF-8 with a byte-order mark (spreadsheets then show Arabic), CRLF line ends,
    /// one header row, and with `hxl` a second row of HXL hashtags.
    public static func csv(_ table: ExportTable, hxl: Bool) -> String {
        table.rows.reduce(into: ExportLines.csvHead(table.columns, hxl: hxl)) { $0 += CSVWriter.line($1) }
    }

    /// `{"header": {...}, "rows": [...]}` with sorted keys; integers as numbers, lists as arrays.
    public static func json(_ table: ExportTable, header: ExportHeader) throws -> String {
        struct Document: Encodable {
            var header: ExportHeader
            var rows: [[String: JSONValue]]
        }
        return try Renderer.prettyJSON(Document(header: header, rows: objects(table))) + "\n"
    }

    /// The header line, then one row object per line.
    public static func jsonl(_ table: ExportTable, header: ExportHeader) throws -> String {
        let lines = ExportLines(columns: table.columns, format: .jsonl(header))
        return try table.rows.reduce(into: try lines.head()) { $0 += try lines.line($1) }
    }

    static func objects(_ table: ExportTable) -> [[String: JSONValue]] {
        table.rows.map { object($0, columns: table.columns) }
    }

    /// A row as a JSON object: integers as numbers, empty dates as null, lists as arrays.
    static func object(_ row: [String], columns: [ExportColumn]) -> [String: JSONValue] {
        var object: [String: JSONValue] = [:]
        for (column, cell) in zip(columns, row) {
            switch column.type {
            case .integer: object[column.name] = Int64(cell).map(JSONValue.integer) ?? .null
            case .date: object[column.name] = cell.isEmpty ? .null : .string(cell)
            case .list: object[column.name] = .array(cell.isEmpty ? [] : cell.components(separatedBy: "; ").map(JSONValue.string))
            case .string: object[column.name] = .string(cell)
            }
        }
        return object
    }

    /// The codebook: every column of every export, as markdown.
    public static func codebook(_ tables: [(ExportWhat, [ExportColumn])]) -> String {
        var out = """
            # Export codebook

            Generated from the exporter's column definitions (`ledger export --codebook`); a test keeps this
            file equal to them. Every export is `ledger export --what W --format csv|json|jsonl`.

            - CSV: RFC 4180, UTF-8 with a byte-order mark, CRLF line ends, one header row; `--hxl` adds a
              second row of HXL hashtags. Dates are ISO 8601 (`YYYY-MM-DD`); empty cells are unknown.
              Lists are joined with `; `.
            - JSON: `{"header": {...}, "rows": [...]}`, keys sorted. The header ties the export to the ledger
              state: `ledger_head` (hash of the last event), `event_count`, `as_of`, `through`, `exporter`,
              `rows`. JSON Lines: the header object on the first line, then one row per line.
            - The same ledger state always gives byte-identical exports.
            - Every figure is traceable: `claim_ids` / `event_seqs` name the claims and the log events behind it
              (`ledger explain ID`, `ledger log --from SEQ --to SEQ`).

            """
        for (what, columns) in tables {
            out += "\n## \(what.rawValue)\n\n| column | HXL | type | meaning |\n|---|---|---|---|\n"
            for c in columns { out += "| `\(c.name)` | `\(c.hxl)` | \(c.type.rawValue) | \(c.meaning) |\n" }
        }
        return out
    }
}
