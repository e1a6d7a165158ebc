import Foundation
import LedgerCore

/// Records written in an ``OutputFormat`` as they come, one at a time: the bytes
/// ``Renderer/render(_:as:width:)`` gives for the whole list, without the list, its text or its JSON
/// tree in memory (a table alone is held until ``finish()``: it sizes its columns on every row).
public struct RecordStream<T: Tabular> {
    private let format: OutputFormat
    private let width: Int?
    private let write: (String) throws -> Void
    private var count = 0
    private var table: [T] = []
    private let encoder = Renderer.prettyEncoder()

    /// A stream of `T` in `format` handed to `write`; a table fits `width` columns (nil: no limit).
    public init(_ format: OutputFormat, width: Int? = nil, write: @escaping (String) throws -> Void) {
        self.format = format
        self.width = width
        self.write = write
    }

    /// Writes (a table: holds) the next record.
    public mutating func add(_ record: T) throws {
        defer { count += 1 }
        switch format {
        case .table:
            table.append(record)
        case .csv:
            if count == 0 { try write(CSVWriter.line(T.columns)) }
            try write(CSVWriter.line(record.cells))
        case .json:
            try write((count == 0 ? "[\n" : ",\n") + Renderer.indented(try encoder.encode(record)))
        case .jsonl:
            try write(try CanonicalJSON.string(record) + "\n")
        }
    }

    /// Writes what closes the output (a table: the whole table).
    public mutating func finish() throws {
        switch format {
        case .table:
            try write(Renderer.render(table, as: .table, width: width))
            table = []
        case .csv:
            if count == 0 { try write(CSVWriter.line(T.columns)) }
        case .json:
            try write(count == 0 ? try Renderer.prettyJSON([T]()) + "\n" : "\n]\n")
        case .jsonl:
            break
        }
    }
}
