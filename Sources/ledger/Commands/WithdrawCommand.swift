import ArgumentParser
import GRDB
import LedgerCore
import LedgerProjections
import LedgerStore

/// `ledger withdraw`: takes back a link or unlink decision with a new event.
struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw an earlier link or unlink decision (appends a decision_withdrawn event; nothing is deleted).",
        discussion: """
            EVENT-SEQ is the sequence number `ledger link` or `ledger unlink` printed ("appended event 812 \
            (claims_linked)"); `ledger log --type claims_linked --type claims_unlinked` lists them. The read \
            models, totals, as-of queries and replays then read the log as if that decision had never been \
            made: its claims are linked by the automatic rule again, or by an earlier decision about them. \
            Only a claims_linked or claims_unlinked event can be withdrawn, once; to undo a withdrawal, \
            link or unlink again.
            Examples:
              ledger withdraw 812 --reason "the two villages are 40 km apart"
              ledger log --type claims_linked --type claims_unlinked --type decision_withdrawn
            """)

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("The sequence number of the claims_linked or claims_unlinked event.", valueName: "event-seq"))
    var seq: Int64
    @Option(name: .long, help: "Why (required).") var reason: String

    func run() throws {
        let opened = try Projections.openCurrent(ledger)
        let problem = try withLedgerErrors { try opened.writer.read { db in try Self.problem(ReadModelStore(db), seq) } }
        if let problem {
            printError("cannot withdraw event \(seq): \(problem)")
            throw LinkValidation.refused
        }
        try appendAmendment(ledger, .decisionWithdrawn(DecisionWithdrawn(eventSeq: seq, reason: reason)), naming: [])
    }

    /// Why event `seq` cannot be withdrawn (nil: it can).
    static func problem(_ store: ReadModelStore, _ seq: Int64) throws -> String? {
        guard let fact = try store.link(seq: seq) else {
            return "it is not a claims_linked or claims_unlinked event (see `ledger log --type claims_linked`)"
        }
        if let target = fact.withdraws { return "it withdraws event \(target) itself; link or unlink again instead" }
        if let earlier = try store.links(naming: fact.claimIDs).first(where: { $0.withdraws == seq }) {
            return "event \(earlier.seq) already withdrew it"
        }
        return nil
    }
}
