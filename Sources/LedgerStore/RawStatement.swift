import GRDB
import GRDBSQLite

/// A prepared statement driven through the SQLite C API, for the append and verify loops.
///
/// GRDB's `Statement.execute(arguments:)` and row cursors build a `StatementArguments` array of
/// existentials, a `Row` and Swift `String`s for every row; on the append and verify paths that
/// cost as much as SQLite itself (see BENCHMARKS.md). Here values are bound from, and columns read
/// as, raw buffers. The GRDB statement is kept alive (it finalizes the SQLite one) and is only
/// used through this type; ``finish()`` leaves it reset with no bindings.
struct RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    /// Prepares `sql` on `db` (the caller's connection, inside its transaction or read).
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// Binds an integer to the 1-based parameter `index`.
    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Binds text without copying it: `bytes` must stay valid until the next ``reset()`` or
    /// ``finish()`` (SQLITE_STATIC).
    func bindNoCopy(_ bytes: UnsafeRawBufferPointer, at index: Int32) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return bindEmpty(at: index) }
        sqlite3_bind_text(handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    /// Binds the empty text (not NULL, which a null pointer would bind).
    private func bindEmpty(at index: Int32) {
        "".withCString { _ = sqlite3_bind_text(handle, index, $0, 0, Self.transient) }
    }

    /// Binds a copy of `text` (SQLITE_TRANSIENT): for values bound once and kept across rows.
    func bind(_ text: String, at index: Int32) {
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return bindEmpty(at: index) }
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                _ = sqlite3_bind_text(handle, index, $0, Int32(utf8.count), Self.transient)
            }
        }
    }

    /// Steps once: true when a row is available, false when the statement is done.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            // sqlite3_reset returns the same (extended) error and leaves the message in place.
            let code = sqlite3_reset(handle)
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_clear_bindings(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// Resets for the next row; bindings stay.
    func reset() {
        sqlite3_reset(handle)
    }

    /// Resets and clears every binding, so that no pointer to freed memory is left bound.
    func finish() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Column `index` (0-based) of the current row as an integer.
    func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// Column `index` of the current row as text bytes (no terminating zero), valid until the next
    /// step or reset. NULL reads as empty.
    func bytes(at index: Int32) -> UnsafeRawBufferPointer {
        // sqlite3_column_text before sqlite3_column_bytes, as SQLite documents.
        guard let text = sqlite3_column_text(handle, index) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, index)))
    }

    /// SQLite's SQLITE_TRANSIENT destructor: copy the bound value.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
