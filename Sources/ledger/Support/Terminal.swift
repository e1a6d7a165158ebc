import Foundation
import LedgerExport

/// The width of the terminal the output goes to.
enum Terminal {
    /// `COLUMNS` when set to a number, else the width of the terminal standard output is (nil when it
    /// is a file or a pipe: tables are then not fitted to any width).
    static var width: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// ``Renderer`` with tables fitted to the terminal.
enum Output {
    /// `records` in `format`; a table fits the terminal's width by wrapping its long text columns.
    static func render<T: Tabular>(_ records: [T], as format: OutputFormat) throws -> String {
        try Renderer.render(records, as: format, width: format == .table ? Terminal.width : nil)
    }

    /// ``render(_:as:)`` written to standard output a record at a time: the same bytes, without the
    /// whole text in memory (a million-event ledger's incidents are a gigabyte of JSON).
    static func write<T: Tabular>(_ records: [T], as format: OutputFormat) throws {
        try Renderer.render(records, as: format, width: format == .table ? Terminal.width : nil) { out($0) }
    }

    /// A stream of records to standard output (``RecordStream``), a table fitted to the terminal.
    static func stream<T: Tabular>(_: T.Type, as format: OutputFormat) -> RecordStream<T> {
        RecordStream(format, width: format == .table ? Terminal.width : nil) { out($0) }
    }
}
