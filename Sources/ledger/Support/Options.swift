import ArgumentParser
import LedgerExport
import LedgerStore

extension OutputFormat: ExpressibleByArgument {}

/// `--db`, shared by every command that opens a ledger.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file (SQLite).", valueName: "path"))
    var db: String = "ledger.sqlite"

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for another process's write lock.", valueName: "seconds"))
    var busyTimeout: Double = 30

    /// Opens the ledger, creating it when `create` is true; errors become one line and exit code 4.
    func open(create: Bool = false) throws -> Ledger {
        try withLedgerErrors { try Ledger(path: db, mode: create ? .create : .existing, busyTimeout: busyTimeout) }
    }

    func openReadOnly() throws -> Ledger {
        try withLedgerErrors { try Ledger(path: db, mode: .readOnly, busyTimeout: busyTimeout) }
    }
}

/// `--format`, shared by every command whose output is tabular.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table (for people), json, jsonl (one object per line) or csv.")
    var format: OutputFormat = .table
}
