import ArgumentParser
import GRDB
import LedgerCore
import LedgerExport
import LedgerKit
import LedgerProjections
import LedgerStore

/// `ledger autolink`: the link `ledger ingest` makes for figures that name no place, over the whole ledger.
struct AutolinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autolink",
        abstract: "Link every figure naming no place (or only Syria, eastern Syria, the desert) to the one incident of its days.",
        discussion: """
            `ledger ingest` does this for the reports it adds and the figures near them; run it once on a \
            ledger ingested before ingest made these links. Each link is a claims_linked event marked "automatic": true with its reason (the \
            rule: the one incident of the figure's measure within the linker's window of its day, in the \
            governorates its region covers; among several, the one with a close figure; with none, another \
            report's wide figure of those days whose figure is close). Figures a person's link, unlink or \
            withdrawal names are left alone. `ledger unlink` or `ledger withdraw` undoes a link. Exit 0 whether or not \
            anything was linked.
            Examples:
              ledger autolink --dry-run          list the links it would append
              ledger autolink --format json
            """)

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: FormatOptions
    @Flag(name: .long, help: "List the links without appending them.") var dryRun = false

    func run() throws {
        let opened = try Projections.openCurrent(ledger, forWriting: !dryRun)
        let proposals = try withLedgerErrors {
            try opened.writer.read { db in
                let reports = try String.fetchAll(db, sql: "SELECT DISTINCT report FROM rm_claims WHERE incident_group IS NOT NULL")
                return try WideClaimLinker.proposals(db, reports: reports)
            }
        }
        var rows = proposals.map(AutolinkRow.init)
        if !dryRun && !proposals.isEmpty {
            let events = try proposals.map { try PendingEvent(.claimsLinked($0.linkage)) }
            let stored = try withLedgerErrors { try ledger.session.append(events, checkedIn: opened) }
            for (i, e) in stored.enumerated() where i < rows.count { rows[i].event = e.seq }
        }
        let line = proposals.isEmpty ? "nothing to link\n"
            : dryRun ? "\(proposals.count) link(s) would be appended (--dry-run: nothing appended)\n"
            : "appended \(proposals.count) claims_linked event(s); read models updated\n"
        if output.format == .table { emit(line) } else { FileHandleOutput.stderr.write(line) }
        if !proposals.isEmpty || output.format != .table { emit(try Output.render(rows, as: output.format)) }
    }
}

struct AutolinkRow: Tabular, Encodable {
    var event: Int64?
    var claim: String
    var named: String
    var incident: String
    var place: String
    var reason: String

    init(_ p: WideClaimLinker.Proposal) {
        claim = p.claimID
        named = p.named
        incident = p.incidentID
        place = p.place
        reason = p.linkage.reason
    }

    static let columns = ["event", "claim", "names", "incident", "place", "reason"]
    var cells: [String] { [event.map(String.init) ?? "", claim, named, incident, place, reason] }
}
