import ArgumentParser
import GRDB
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore

/// `ledger diff`: what changed between two points in recorded time.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two as-of dates: new claims, revisions, discrepancies found or resolved.",
        discussion: """
            Give --as-of twice (the earlier first). A missing second --as-of means now.

            Examples:
              ledger diff --as-of 2023-04-01 --as-of 2023-06-30
              ledger diff --as-of 2023-04-01 --format jsonl
            """
    )

    @OptionGroup var ledger: LedgerOptions

    @Option(name: .long, help: ArgumentHelp("Two points in recorded time (dates or ISO 8601 times).", valueName: "date-or-time"))
    var asOf: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only incidents dated, and tally periods ending, by this day.", valueName: "date"))
    var through: String?

    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard (1...2).contains(asOf.count) else { throw ValidationError("give --as-of once or twice") }
        for a in asOf where Timestamp.parseUpperBound(a) == nil { throw ValidationError("--as-of must be a date or ISO 8601 time, not '\(a)'") }
        if let through, Day(iso: through) == nil { throw ValidationError("--through must be a date as YYYY-MM-DD") }
    }

    func run() throws {
        let ledger = try Projections.openCurrent(self.ledger)
        let day = through.flatMap { Day(iso: $0) }
        let bounds = asOf.map { Timestamp.parseUpperBound($0)! }
        let (a, _) = try withLedgerErrors { try Replayer.reconcile(ledger, asOf: bounds[0], through: day) }
        let (b, _) = try withLedgerErrors { try Replayer.reconcile(ledger, asOf: bounds.count > 1 ? bounds[1] : nil, through: day) }
        let rows = Differ.diff(a, b)
        if output.format == .table && rows.isEmpty {
            emit("No change between \(bounds[0]) and \(bounds.count > 1 ? bounds[1] : "now").\n")
            return
        }
        emit(try Renderer.render(rows, as: output.format))
    }
}

/// What changed between two reconciliations (the `change` column of `ledger diff`).
enum DiffChange: String, Encodable, CaseIterable {
    case newClaim = "new claim"
    case revisedClaim = "revised claim"
    case status
    case claimGone = "claim gone"
    case discrepancyFound = "discrepancy found"
    case discrepancyResolved = "discrepancy resolved"
    case total
}

/// One change between two reconciliations.
struct DiffRow: Tabular, Encodable {
    var change: DiffChange
    var id: String
    var detail: String
    var before: String
    var after: String

    static let columns = ["change", "id", "detail", "before", "after"]
    var cells: [String] { [change.rawValue, id, detail, before, after] }

    enum CodingKeys: String, CodingKey { case change, id, detail, before, after }

    /// JSON: a side that is one figure is a number, a missing side null, anything else its words.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(change, forKey: .change)
        try c.encode(id, forKey: .id)
        try c.encode(detail, forKey: .detail)
        for (value, key) in [(before, CodingKeys.before), (after, .after)] {
            if value.isEmpty { try c.encodeNil(forKey: key) } else if let n = Int(value) { try c.encode(n, forKey: key) } else { try c.encode(value, forKey: key) }
        }
    }
}

enum Differ {
    static func diff(_ a: Reconciliation, _ b: Reconciliation) -> [DiffRow] {
        var rows: [DiffRow] = []
        let claimsA = Dictionary(a.claims.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let claimsB = Dictionary(b.claims.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        for c in b.claims where claimsA[c.id] == nil {
            rows.append(DiffRow(change: .newClaim, id: c.id, detail: "\(c.claim.measure.rawValue) \(c.claim.category.rawValue) \(c.publisher)", before: "", after: String(c.claim.value)))
        }
        for c in b.claims {
            guard let old = claimsA[c.id] else { continue }
            if old.claim.value != c.claim.value || old.claim.measure != c.claim.measure || old.claim.category != c.claim.category {
                rows.append(DiffRow(change: .revisedClaim, id: c.id, detail: c.state.corrections.last?.reason ?? "",
                                    before: "\(old.claim.measure.rawValue) \(old.claim.category.rawValue) \(old.claim.value)",
                                    after: "\(c.claim.measure.rawValue) \(c.claim.category.rawValue) \(c.claim.value)"))
            }
            if old.status != c.status {
                rows.append(DiffRow(change: .status, id: c.id, detail: c.state.retraction?.reason ?? "", before: old.status.rawValue, after: c.status.rawValue))
            }
        }
        for c in a.claims where claimsB[c.id] == nil {
            rows.append(DiffRow(change: .claimGone, id: c.id, detail: "", before: String(c.claim.value), after: ""))
        }
        let dA = Set(a.discrepancies.map(\.id)), dB = Set(b.discrepancies.map(\.id))
        for d in b.discrepancies where !dA.contains(d.id) {
            rows.append(DiffRow(change: .discrepancyFound, id: d.id, detail: "\(d.kind.rawValue): \(d.summary)", before: "", after: d.gap.map { "gap \($0)" } ?? ""))
        }
        for d in a.discrepancies where !dB.contains(d.id) {
            rows.append(DiffRow(change: .discrepancyResolved, id: d.id, detail: "\(d.kind.rawValue): \(d.summary)", before: d.gap.map { "gap \($0)" } ?? "", after: ""))
        }
        let totalsA = Dictionary(TotalsBuilder.totals(a.incidents).map { ("\($0.period) \($0.area) \($0.measure.rawValue) \($0.category.rawValue)", $0) }, uniquingKeysWith: { x, _ in x })
        for t in TotalsBuilder.totals(b.incidents) {
            let key = "\(t.period) \(t.area) \(t.measure.rawValue) \(t.category.rawValue)"
            let old = totalsA[key]
            if old?.best != t.best || old?.low != t.low || old?.high != t.high {
                rows.append(DiffRow(change: .total, id: key, detail: "\(t.incidents) incident(s)",
                                    before: old.map { "\($0.low)/\($0.best)/\($0.high)" } ?? "", after: "\(t.low)/\(t.best)/\(t.high)"))
            }
        }
        return rows
    }
}
