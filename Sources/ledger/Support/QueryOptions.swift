import ArgumentParser
import LedgerKit

/// `--as-of`, `--through` and `--from-log`, shared by every query command (a ``LedgerQuery``).
struct QueryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Only what the ledger had recorded by this date or time (a date means the end of that day).",
        valueName: "date-or-time"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only incidents dated, and tally periods ending, by this day.", valueName: "date"))
    var through: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Fold the event log instead of reading the read models and their history (slower; both agree, so this checks that they do)."))
    var fromLog = false

    func validate() throws {
        if let problem = value.problem { throw ValidationError(problem) }
    }

    /// The library's query.
    var value: LedgerQuery { LedgerQuery(asOf: asOf, through: through, fromLog: fromLog) }

    /// The reconciliation asked for, its errors one line and an exit code.
    func reconciliation(_ options: LedgerOptions) throws -> Reconciliation {
        try withLedgerErrors { try options.session.reconciliation(value) }
    }
}
