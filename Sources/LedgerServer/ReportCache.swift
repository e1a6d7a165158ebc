import Foundation
import GRDB
import LedgerCore
import LedgerKit
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

    /// Pages rendered for an answer, by answer identity and page name (a page of a large ledger takes
    /// seconds to render; it is rendered once per ledger head and query).
    private var pages: [String: String] = [:]

    init(ledger: Ledger) { self.ledger = ledger }

    /// A page rendered earlier for `answer`.
    func page(_ name: String, of answer: ServedAnswer) -> String? { pages[answer.key + "|" + name] }

    /// Keeps a rendered page while its answer is kept.
    func keep(_ html: String, page name: String, of answer: ServedAnswer) {
        guard entries.values.contains(where: { $0.key == answer.key }) else { return }
        pages[answer.key + "|" + name] = html
    }

    /// The totals for `query`: from an answer already built, else (without `through`) an indexed read
    /// of the totals history, as `ledger totals` reads it, instead of building the whole answer;
    /// with `through`, from the whole answer.
    func totals(_ query: ReportQuery) throws -> Data {
        let head = try ledger.head().seq
        if let hit = entries[Key(head: head, query: query)] { return hit.totalsJSON }
        if let answer = try query.ledgerQuery.historyTotals(ledger) {
            return try APIDocuments.encode(APIDocuments.Envelope(
                head: answer.state.head, lastSeq: answer.state.lastSeq, asOf: query.asOf, through: nil,
                count: answer.totals.count, items: answer.totals))
        }
        return try answer(query).totalsJSON
    }

    /// The answer for `query` on the ledger as it is now (rebuilt when events were appended since).
    func answer(_ query: ReportQuery) throws -> ServedAnswer {
        let key = Key(head: try ledger.head().seq, query: query)
        if let hit = entries[key] { return hit }
        let data = try ReportLoader.load(ledger, query: query)
        let answer = ServedAnswer(ReportContext(data, links: PageLinks(query: query)), key: "\(key.head)|\(query.asOf ?? "")|\(query.through ?? "")")
        entries[key] = answer
        order.append(key)
        if order.count > capacity, let gone = entries.removeValue(forKey: order.removeFirst()) {
            pages = pages.filter { !$0.key.hasPrefix(gone.key + "|") }
        }
        return answer
    }
}

/// One query's answer as served: the page context, and the lookups the API reads by id, built once.
struct ServedAnswer: Sendable {
    /// The ledger head and query it answers, as one string.
    let key: String
    let ctx: ReportContext
    let incidentsByID: [String: Incident]
    let discrepanciesByID: [String: Discrepancy]
    let incidentOfClaim: [String: String]
    let discrepanciesOfClaim: [String: [String]]
    let totalsJSON: Data

    init(_ ctx: ReportContext, key: String) {
        self.key = key
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
