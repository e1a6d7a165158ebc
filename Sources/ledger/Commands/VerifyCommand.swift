import ArgumentParser
import LedgerExport
import LedgerStore

/// `ledger verify`: re-walk the hash chain.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-walk the hash chain and say whether the log is intact.",
        discussion: """
            Recomputes every event's hash from its previous hash, type, payload and recorded time, and \
            checks that the sequence has no gaps. Prints the event count and head hash when the chain is \
            intact (write the head down: `--anchor` checks later that the log still contains it), or names \
            the first bad event and exits with code 1.
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: ArgumentHelp("A head hash written down earlier; the chain must still contain it.", valueName: "hash"))
    var anchor: String?

    @Option(name: .long, help: "Output format: table (a sentence) or json.")
    var format: OutputFormat = .table

    func run() throws {
        let ledger = try ledger.openReadOnly()
        var progress: Progress?
        let result = try withLedgerErrors {
            try ledger.verify(anchor: anchor) { done, total in
                if progress == nil { progress = Progress("verify", total: Int(total)) }
                progress?.update(Int(done))
            }
        }
        progress?.finish()
        switch result {
        case .intact(let events, let head):
            if format == .table {
                out("intact: \(events) events, head \(head)\n")
            } else {
                out(try Renderer.prettyJSON(["status": "intact", "events": "\(events)", "head": head]) + "\n")
            }
            FileHandleOutput.stdout.flush()
        case .broken(let seq, let reason, let checked):
            if format == .table {
                out("BROKEN at event \(seq): \(reason) (\(checked) events before it verified)\n")
            } else {
                out(try Renderer.prettyJSON(["status": "broken", "event": "\(seq)", "reason": reason, "verified_before": "\(checked)"]) + "\n")
            }
            FileHandleOutput.stdout.flush()
            throw LedgerExit.checkFailed
        }
    }
}
