import Foundation
import LedgerCore
import LedgerProjections
import LedgerReport

/// The JSON the API answers with: every list in an envelope naming the ledger state it reflects.
enum APIDocuments {
    struct Envelope<Items: Encodable>: Encodable {
        var head: String
        var lastSeq: Int64
        var asOf: String?
        var through: String?
        var count: Int
        var items: [Items]

        enum CodingKeys: String, CodingKey {
            case head
            case lastSeq = "last_seq"
            case asOf = "as_of"
            case through, count, items
        }
    }

    /// `/api/explain/{id}`: a claim, an incident or a discrepancy, what it belongs to, and its evidence in context.
    struct Explanation: Encodable {
        var id: String
        var type: String
        var head: String
        var lastSeq: Int64
        var claim: ClaimRecord?
        var incident: Incident?
        var discrepancy: Discrepancy?
        /// For a claim: the incident holding it and the discrepancies citing it.
        var inIncident: String?
        var citedBy: [String]
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case id, type, head
            case lastSeq = "last_seq"
            case claim, incident, discrepancy
            case inIncident = "in_incident"
            case citedBy = "cited_by"
            case evidence
        }
    }

    struct Evidence: Encodable {
        var claimID: String
        var side: String?
        var publisher: String
        var reportDay: Day?
        var value: Int
        var sentence: EvidenceSentence

        enum CodingKeys: String, CodingKey {
            case claimID = "claim_id"
            case side, publisher
            case reportDay = "report_day"
            case value, sentence
        }
    }

    struct Problem: Encodable { var error: String }

    static func envelope<T: Encodable>(_ data: ReportData, _ items: [T]) -> Envelope<T> {
        Envelope(head: data.head, lastSeq: data.lastSeq, asOf: data.query.asOf, through: data.query.through, count: items.count, items: items)
    }

    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// The explanation of `id`, nil when the answer holds no claim, incident or discrepancy of that id.
    static func explain(_ id: String, in answer: ServedAnswer) -> Explanation? {
        let ctx = answer.ctx, data = ctx.data
        var e = Explanation(id: id, type: "", head: data.head, lastSeq: data.lastSeq, citedBy: [], evidence: [])
        let evidence = { (ref: EvidenceRef, side: String?) in
            let v = ctx.evidence(ref)
            return Evidence(claimID: ref.claimID, side: side, publisher: ref.publisher, reportDay: ref.reportDay, value: ref.value, sentence: v.sentence)
        }
        if let c = ctx.claimsByID[id] {
            e.type = "claim"
            e.claim = c
            e.inIncident = answer.incidentOfClaim[id]
            e.citedBy = answer.discrepanciesOfClaim[id] ?? []
            e.evidence = [evidence(EvidenceRef(c), nil)]
        } else if let inc = answer.incidentsByID[id] {
            e.type = "incident"
            e.incident = inc
            e.evidence = inc.members.map { evidence($0.evidence, $0.status.rawValue) }
        } else if let d = answer.discrepanciesByID[id] {
            e.type = "discrepancy"
            e.discrepancy = d
            e.evidence = d.sideA.map { evidence($0, "a") } + d.sideB.map { evidence($0, "b") }
        } else {
            return nil
        }
        return e
    }
}
