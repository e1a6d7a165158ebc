import LedgerCore
import LedgerStore
import PostgresNIO

/// The server's side of one write transaction of a ``PostgresLedger``, handed to the code that runs
/// inside it (``PostgresLedger/append(_:recordedAt:expecting:after:)``, ``PostgresLedger/locked(_:)``):
/// its statements run on the connection that holds the transaction and the append lock, and are
/// committed or rolled back with it.
///
/// Valid only while the body it was handed to runs.
public struct ServerTransaction {
    let ledger: PostgresLedger
    /// The log's head under the lock, before anything of this transaction was inserted.
    public let head: ChainHead

    /// Runs one statement in the transaction and returns its rows.
    @discardableResult
    public func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        try ledger.run(query)
    }

    /// Runs one statement whose parameters `$1`, `$2`... are `texts` (SQL from the program, never
    /// from input) and returns the first column of its rows, a text column (NULL as nil).
    @discardableResult
    public func execute(_ sql: String, texts: [String] = []) throws -> [String?] {
        var binds = PostgresBindings()
        for text in texts { binds.append(text) }
        let rows = try ledger.run(PostgresQuery(unsafeSQL: sql, binds: binds))
        let texts: [PostgresDataType] = [.text, .varchar, .bpchar, .name]
        return try rows.map { row in
            guard let cell = row.first else { return nil }
            guard texts.contains(cell.dataType) else {
                throw LedgerError.database(path: ledger.location, detail: "\(cell.columnName) is not a text column (cast it: ::text)")
            }
            do {
                return try cell.decode(String?.self)
            } catch {
                throw PostgresLedger.translate(error, url: ledger.url, doing: "reading a result")
            }
        }
    }

    /// Events of the log from `seq` on, as this transaction sees them (its own included).
    public func events(from seq: Int64, limit: Int) throws -> [StoredEvent] {
        try ledger.eventsNow(from: seq, limit: limit)
    }
}

/// Code run inside an append's transaction after its events were inserted, before COMMIT (the read
/// models' mirror): it gets the events inserted (none when every report was present already). When
/// it throws, the transaction is rolled back and nothing of the batch is appended.
public typealias ServerAppendHook = (ServerTransaction, [StoredEvent]) throws -> Void

extension PostgresLedger {
    /// Runs `body` in one transaction holding the append lock (no writer appends meanwhile): committed
    /// when it returns, rolled back when it throws (or when the COMMIT fails: then this throws).
    public func locked<T>(_ body: (ServerTransaction) throws -> T) throws -> T {
        try transaction {
            try run("SELECT pg_advisory_xact_lock(\(Self.appendLock))")
            return try body(ServerTransaction(ledger: self, head: try headNow()))
        }
    }
}
