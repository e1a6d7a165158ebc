import Foundation
import GRDB

/// What is at a path, looked at without writing to it: commands that replace or fill a ledger
/// (`ledger demo`, `ledger bench`) ask before they touch a file, so that they never destroy one they
/// did not make.
public enum LedgerFile: Equatable, Sendable {
    /// Nothing at the path.
    case missing
    /// A folder: never a ledger, never replaced.
    case folder
    /// A file that is not a ledger (not SQLite, another program's database, an empty file).
    case foreign(detail: String)
    /// A ledger; `createdBy` is the command that made it (`demo`, `bench`), nil for ledgers made by
    /// `ledger ingest` and the other commands, or by versions that did not record it.
    case ledger(createdBy: String?)

    /// The `ledger_info` key that records which command made a ledger.
    static let createdByKey = "created_by"

    /// Looks at `path` read-only.
    public static func inspect(_ path: String) -> LedgerFile {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return .missing }
        if isDir.boolValue { return .folder }
        if (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0 { return .foreign(detail: "an empty file") }
        do {
            try Ledger.checkHeader(path: path)
        } catch {
            return .foreign(detail: "not a SQLite database")
        }
        do {
            return try Ledger.readOnlyLook(at: path) { db in
                let tables = Set(try Ledger.tableNames(db))
                guard tables.isSuperset(of: ["events", "ledger_info", "grdb_migrations"]) else {
                    return .foreign(detail: tables.isEmpty ? "an empty file" : "a SQLite database without an event log")
                }
                let createdBy = try String.fetchOne(
                    db, sql: "SELECT value FROM ledger_info WHERE key = ?", arguments: [createdByKey])
                return .ledger(createdBy: createdBy)
            }
        } catch {
            return .foreign(detail: "cannot be read as SQLite (\(error))")
        }
    }
}

extension Ledger {
    /// Records which command made this ledger (`demo`, `bench`), once: a later call does not change it.
    public func markCreated(by command: String) throws {
        try guarded {
            try writer.write { db in
                try db.execute(
                    sql: "INSERT OR IGNORE INTO ledger_info (key, value) VALUES (?, ?)",
                    arguments: [LedgerFile.createdByKey, command])
            }
        }
    }
}
