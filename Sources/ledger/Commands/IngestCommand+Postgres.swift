import LedgerExtraction
import LedgerKit
import LedgerStore

extension IngestCommand {
    /// Ingests `files` into a PostgreSQL ledger (one server transaction per batch), printing what
    /// ``run(_:into:options:quiet:)`` prints but the progress bar; returns the summary and the head.
    static func runOnServer(_ files: [String], session: LedgerSession, options: IngestOptions, quiet: Bool) throws
        -> (IngestSummary, ChainHead)
    {
        try withLedgerErrors {
            let summary = try session.ingest(files: files, options: options) { note in say(note, quiet: quiet) }
            return (summary, try session.eventLog().head())
        }
    }
}
