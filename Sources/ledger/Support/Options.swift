import ArgumentParser
import Foundation
import LedgerExport
import LedgerKit
import LedgerStore

extension OutputFormat: ExpressibleByArgument {}

/// `--db`, shared by every command that opens a ledger.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The ledger: a SQLite file, or a postgres:// URL for one on a PostgreSQL server (default: $LEDGER_DB, else ledger.sqlite).",
        valueName: "path"))
    var db: String = LedgerOptions.defaultDB

    /// `LEDGER_DB` when set, else `ledger.sqlite`.
    static var defaultDB: String {
        ProcessInfo.processInfo.environment["LEDGER_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "ledger.sqlite"
    }

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for another process's write lock.", valueName: "seconds"))
    var busyTimeout: Double = 30

    /// Opens the ledger, creating it when `create` is true; errors become one line and exit code 4.
    /// On a PostgreSQL ledger: its local read-model cache, caught up with the server's log.
    func open(create: Bool = false) throws -> Ledger {
        if session.isPostgres { return try withLedgerErrors { try session.ledger() } }
        return try withLedgerErrors { try Ledger(path: db, mode: create ? .create : .existing, busyTimeout: busyTimeout) }
    }

    func openReadOnly() throws -> Ledger {
        if session.isPostgres { return try open() }
        return try withLedgerErrors { try Ledger(path: db, mode: .readOnly, busyTimeout: busyTimeout) }
    }

    /// The library's session on this ledger; what it does on its own is said on standard error.
    var session: LedgerSession {
        LedgerSession(path: db, busyTimeout: busyTimeout, notice: { printError($0) })
    }
}

enum Projections {
    /// ``LedgerSession/current(forWriting:)``, its errors one line and exit code 4.
    static func openCurrent(_ options: LedgerOptions, forWriting: Bool = false) throws -> Ledger {
        try withLedgerErrors { try options.session.current(forWriting: forWriting) }
    }
}

/// `--format`, shared by every command whose output is tabular.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (for people), json, jsonl (one object per line) or csv.")
    var format: OutputFormat = .table
}
