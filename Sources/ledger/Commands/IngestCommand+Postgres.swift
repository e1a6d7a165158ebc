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
            let summary = try session.ingest(files: files, options: options) { note in
                switch note {
                case .added(let path, let claims): if !quiet { out("added    \(path)  \(claims) claim(s)\n") }
                case .alreadyPresent(let path): if !quiet { out("present  \(path)  (already in the ledger)\n") }
                case .warning(let path, let message): if !quiet { printError("\(path): \(message)") }
                case .unreadable(let error): printError(error.description)
                case .originalUnreadable(let copy, let original):
                    printError("\(copy): its sidecar says it republishes \(original), which cannot be read; not marked")
                case .progress: break
                }
            }
            return (summary, try session.eventLog().head())
        }
    }
}
