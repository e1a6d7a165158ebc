import ArgumentParser
import LedgerExport
import LedgerKit
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

    @Option(name: .long, help: ArgumentHelp(
        "A head hash written down earlier, whole or its first 8+ hex digits (either case); the chain must still contain it.",
        valueName: "hash"))
    var anchor: String?

    @Option(name: .long, help: "Output format: table (a sentence) or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if format != .table && format != .json { throw ValidationError("--format for verify is table or json") }
        if let anchor {
            do { _ = try ChainAnchor(parsing: anchor) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        var progress: Progress?
        let result: VerifyResult
        do {
            result = try withLedgerErrors {
                try ledger.session.verify(anchor: anchor) { done, total in
                    if progress == nil { progress = Progress("verify", total: Int(total)) }
                    progress?.update(Int(done))
                }
            }
        } catch let problem as ChainAnchor.Problem {
            progress?.finish()
            printError(problem.description)
            throw LedgerExit.usage
        }
        progress?.finish()
        switch result {
        case .intact(let events, let head):
            if format == .table {
                out("intact: \(events) events, head \(head)\n")
            } else {
                out(try Renderer.prettyJSON(VerifyReport(status: .intact, events: events, head: head)) + "\n")
            }
            FileHandleOutput.stdout.flush()
        case .broken(let seq, let reason, let checked):
            if format == .table {
                out("BROKEN at event \(seq): \(reason) (\(checked) events before it verified)\n")
            } else {
                out(try Renderer.prettyJSON(VerifyReport(status: .broken, event: seq, reason: reason, verifiedBefore: checked)) + "\n")
            }
            FileHandleOutput.stdout.flush()
            throw LedgerExit.checkFailed
        }
    }
}

/// `ledger verify --format json`: numbers as JSON numbers.
struct VerifyReport: Encodable {
    enum Status: String, Encodable { case intact, broken }

    var status: Status
    var events: Int64?
    var head: String?
    var event: Int64?
    var reason: String?
    var verifiedBefore: Int64?

    enum CodingKeys: String, CodingKey {
        case status, events, head, event, reason
        case verifiedBefore = "verified_before"
    }
}
