import Foundation
import LedgerCore
import LedgerProjections
import LedgerReport
import LedgerStore

/// The answers the server has built, by ledger head and query: a query is reconciled once per state
/// of the ledger, then every page and API call reads the same lookups. Read-only: nothing here writes.
actor ReportCache {
    private struct Key: Hashable { var head: Int64; var query: ReportQuery }

    private let ledger: Ledger
    private var entries: [Key: ServedAnswer] = [:]
    private var order: [Key] = []
    /// How many query answers are kept (the oldest goes first).
    private let capacity = 8

    init(ledger: Ledger) { self.ledger = ledger }

    /// The answer for `query` on the ledger as it is now (rebuilt when events were appended since).
    func answer(_ query: ReportQuery) throws -> ServedAnswer {
        let key = Key(head: try ledger.head().seq, query: query)
        if let hit = entries[key] { return hit }
        let data = try ReportLoader.load(ledger, query: query)
        let answer = ServedAnswer(ReportContext(data, links: PageLinks(query: query)))
        entries[key] = answer
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
        return answer
    }
}

/// One query's answer as served: the page context, and the lookups the API reads by id, built once.
struct ServedAnswer: Sendable {
    let ctx: ReportContext
    let incidentsByID: [String: Incident]
    let discrepanciesByID: [String: Discrepancy]
    let incidentOfClaim: [String: String]
    let discrepanciesOfClaim: [String: [String]]
    let totalsJSON: Data

    init(_ ctx: ReportContext) {
        self.ctx = ctx
        let rec = ctx.data.reconciliation
        incidentsByID = Dictionary(rec.incidents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        discrepanciesByID = Dictionary(rec.discrepancies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ofClaim: [String: String] = [:]
        for inc in rec.incidents { for m in inc.members { ofClaim[m.claimID] = inc.id } }
        incidentOfClaim = ofClaim
        var cited: [String: [String]] = [:]
        for d in rec.discrepancies { for ref in d.sideA + d.sideB { cited[ref.claimID, default: []].append(d.id) } }
        discrepanciesOfClaim = cited
        totalsJSON = (try? APIDocuments.encode(APIDocuments.envelope(ctx.data, TotalsBuilder.totals(rec.incidents)))) ?? Data()
    }
}
