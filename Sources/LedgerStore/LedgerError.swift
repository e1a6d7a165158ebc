/// Everything that can go wrong with a ledger file, each naming the file and what to do.
public enum LedgerError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file exists but is not a SQLite database (or is truncated or damaged).
    case notADatabase(path: String, detail: String)
    /// The file is a SQLite database, but not a CasualtyLedger ledger.
    case notALedger(path: String)
    /// The ledger was written by a newer program, with migrations this program does not know.
    case newerSchema(path: String, unknown: [String])
    /// The ledger file cannot be written (read-only file or folder).
    case readOnly(path: String, detail: String)
    /// Another process holds the lock for longer than the busy timeout.
    case locked(path: String)
    /// No ledger at the path and the command does not create one.
    case missing(path: String)
    /// The schema SQL files could not be found or read.
    case schemaUnavailable(detail: String)
    /// Any other SQLite failure.
    case database(path: String, detail: String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let detail):
            "\(path): not a ledger: the file is not a SQLite database or is damaged (\(detail))"
        case .notALedger(let path):
            "\(path): a SQLite database, but not a CasualtyLedger ledger (it has tables and no event log); choose another --db"
        case .newerSchema(let path, let unknown):
            "\(path): written by a newer version of ledger (unknown migrations: \(unknown.joined(separator: ", "))); upgrade ledger to open it"
        case .readOnly(let path, let detail):
            "\(path): cannot write to the ledger: \(detail)"
        case .locked(let path):
            "\(path): the ledger is locked by another process; try again when it has finished"
        case .missing(let path):
            "\(path): no ledger here; run `ledger ingest` first or pass --db"
        case .schemaUnavailable(let detail):
            "the ledger schema could not be loaded: \(detail)"
        case .database(let path, let detail):
            "\(path): \(detail)"
        }
    }
}
