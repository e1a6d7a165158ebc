import ArgumentParser
import Foundation
import GRDB
import LedgerProjections
import LedgerStore

/// `ledger compact`: drop the read models' history no as-of time can reach, then VACUUM.
struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Drop the read models' history that no --as-of time can reach, then VACUUM the file.",
        discussion: """
            An archive ingested with one --recorded-at (or batches recorded at the same time) leaves a \
            projection per batch in the read models' history, each answering no --as-of time but the last. \
            compact drops those projections and every version of a claim, series point, discrepancy or \
            incident that held only there, writes values an older version stored in the original binary \
            form again in the compact one, then rewrites the file without its free pages (SQLite's VACUUM) \
            and empties the write-ahead log. Every --as-of answer stays the same. The event rows are never \
            changed or removed (the chain is verified before and after), and no table the read models do \
            not own is touched. The file needs room for a copy of itself while VACUUM runs.

            Examples:
              ledger compact
              ledger compact --db archive.sqlite
            """)

    @OptionGroup var ledger: LedgerOptions

    func run() throws {
        try ChainCheck.requireIntact((try? self.ledger.openReadOnly()) ?? (try self.ledger.open()), doing: "compact")
        let ledger = try Projections.openCurrent(self.ledger, forWriting: true)
        let before = try Self.fileBytes(ledger)
        let outcome = try withLedgerErrors { try Self.compact(ledger) }
        try ChainCheck.requireIntact(ledger, doing: "compact")
        let after = try Self.fileBytes(ledger)
        out(String(format: "dropped %d projection(s) no --as-of time reaches and %d read-model version(s) that held only there; rewrote %d stored value(s) in the compact form; the file went from %.1f MB to %.1f MB\n",
                   outcome.marks, outcome.versions, outcome.recoded, Double(before) / 1_048_576, Double(after) / 1_048_576))
        FileHandleOutput.stdout.flush()
    }

    /// Drops the history no as-of time reaches, VACUUMs, and empties the write-ahead log.
    static func compact(_ ledger: Ledger) throws -> HistoryCompaction.Outcome {
        let outcome = try ledger.writer.write { db in try HistoryCompaction.compact(db) }
        try ledger.checkpoint()
        try ledger.writer.vacuum()
        // The VACUUM's pages may have queued a background checkpoint: wait for it, then truncate the
        // WAL. A reader or checkpoint that still holds it only leaves the WAL file its size (no error).
        try ledger.checkpoint()
        _ = try? ledger.writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        return outcome
    }

    /// The database file's bytes (its pages, used and free).
    static func fileBytes(_ ledger: Ledger) throws -> Int {
        try withLedgerErrors {
            try ledger.writer.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0) * (try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
            }
        }
    }
}
