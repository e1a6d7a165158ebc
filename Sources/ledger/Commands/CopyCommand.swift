import ArgumentParser
import LedgerKit
import LedgerStore

/// `ledger copy`: move a ledger between engines (SQLite file, PostgreSQL server), byte for byte.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every event of a ledger to another, byte for byte (SQLite file or postgres:// URL, either way).",
        discussion: """
            Verifies the source's chain, then appends its events to the destination as they are (their \
            recorded times and hashes kept), one transaction per 5,000 events, and verifies the \
            destination to the same head hash. A destination that already holds events must hold the \
            source's first events: then only the rest is appended (a copy can be resumed); any other is \
            refused. A SQLite destination's read models are folded as the events arrive.

            Examples:
              ledger copy --from ledger.sqlite --to postgres://analyst@db.example:5432/ledger
              ledger copy --from postgres://analyst@db.example/ledger --to backup.sqlite
            """)

    @Option(name: .long, help: ArgumentHelp("The ledger to copy (a SQLite file or a postgres:// URL).", valueName: "ledger"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("Where to copy it (created when missing).", valueName: "ledger"))
    var to: String

    func run() throws {
        let summary: CopySummary
        do {
            summary = try withLedgerErrors { try LedgerSession.copy(from: from, to: to, notice: { printError($0) }) }
        } catch let refusal as CopyRefusal {
            printError(refusal.description)
            throw LedgerExit.checkFailed
        }
        out("copied \(summary.copied) event(s) (\(summary.alreadyPresent) already there); both verify to \(summary.head.seq) events, head \(summary.head.hash)\n")
        FileHandleOutput.stdout.flush()
    }
}
