import GRDB
import LedgerCore
import LedgerExport
import LedgerProjections
import LedgerStore

/// One step of an evidence trail.
public struct TrailRow: Tabular, Encodable, Sendable {
    /// The claim, incident or discrepancy the step belongs to.
    public var subject: String
    /// What happened (report, extracted, corrected, linked, ...).
    public var step: String
    /// The event's sequence number (empty for a step that is no event).
    public var seq: String
    /// The figures and words of the step.
    public var detail: String
    /// The text span, with its offsets, where the step has one.
    public var evidence: String

    /// The table's column names.
    public static let columns = ["subject", "step", "seq", "detail", "evidence"]

    /// Never cut: wrapped to the terminal's width.
    public static let wrappedColumns = ["detail", "evidence"]
    /// The row's cells.
    public var cells: [String] { [subject, step, seq, detail, evidence] }

    private enum CodingKeys: String, CodingKey { case subject, step, seq, detail, evidence }

    /// JSON: `seq` is a number (null for a step that is no event), as in every other output.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subject, forKey: .subject)
        try c.encode(step, forKey: .step)
        try c.encode(Int64(seq), forKey: .seq)
        try c.encode(detail, forKey: .detail)
        try c.encode(evidence, forKey: .evidence)
    }
}

extension LedgerSession {
    /// The evidence trail of a claim, an incident (`inc-…`) or a discrepancy (`d-…`): the report, the
    /// extraction, every correction, retraction and link decision, the incident and the discrepancies
    /// citing it, down to the text spans.
    /// - Throws: ``LedgerKitError/notFound(_:)`` when nothing has the id.
    public func explain(_ id: String, query: LedgerQuery = LedgerQuery()) throws -> [TrailRow] {
        let rec = try reconciliation(query)
        let claims = Dictionary(rec.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let links = try linkFacts(query)
        var rows: [TrailRow] = []
        if let d = rec.discrepancies.first(where: { $0.id == id }) {
            rows.append(TrailRow(subject: d.id, step: "\(d.kind.rawValue) (\(d.severity.rawValue))", seq: "",
                                 detail: "stated \(d.stated.map(String.init) ?? "-"), other \(d.other.map(String.init) ?? "-"), gap \(d.gap.map(String.init) ?? "-"): \(d.summary)",
                                 evidence: ""))
            for (side, refs) in [("side A", d.sideA), ("side B", d.sideB)] {
                for ref in refs.sorted(by: { ClaimIDOrder.precedes($0.claimID, $1.claimID) }) {
                    rows.append(TrailRow(subject: d.id, step: side, seq: "\(ref.seq)",
                                         detail: "\(ref.claimID): \(ref.measure.rawValue) \(ref.value) \(ref.category.rawValue), \(ref.publisher) \(ref.reportDay?.description ?? "")",
                                         evidence: "[\(ref.span.start)–\(ref.span.end)] \(ref.span.text)"))
                }
            }
            for inc in d.incidents { rows.append(TrailRow(subject: d.id, step: "incident", seq: "", detail: inc, evidence: "")) }
            for id in ClaimIDOrder.sorted(d.sideA.map(\.claimID)) + ClaimIDOrder.sorted(d.sideB.map(\.claimID)) {
                if let c = claims[id] { rows += claimTrail(c, rec: rec, links: links) }
            }
        } else if let inc = BackReferences.attach(claims: rec.claims, to: rec.incidents).first(where: { $0.id == id }) {
            rows += incidentTrail(inc)
            for r in ClaimIDOrder.sorted(inc.recalledBy ?? []) {
                rows.append(TrailRow(subject: inc.id, step: "recalled by (back-reference, not counted)", seq: "", detail: r, evidence: claims[r]?.claim.span.text ?? ""))
            }
            for id in ClaimIDOrder.sorted(inc.claimIDs) { if let c = claims[id] { rows += claimTrail(c, rec: rec, links: links) } }
        } else if let c = claims[id] {
            rows += claimTrail(c, rec: rec, links: links)
        } else {
            throw LedgerKitError.notFound(id)
        }
        return rows
    }

    func linkFacts(_ query: LedgerQuery) throws -> [LinkFact] {
        let ledger = try current()
        return try {
            var facts: [LinkFact] = []
            let bound = query.asOf.flatMap(Timestamp.parseUpperBound)
            let types: Set<EventType> = [.claimsLinked, .claimsUnlinked, .decisionWithdrawn]
            try ledger.forEachEvent(EventFilter(types: types, recordedAtOrBefore: bound)) { e in
                switch try e.decoded() {
                case .claimsLinked(let l): facts.append(LinkFact(seq: e.seq, linked: true, claimIDs: l.claimIDs, reason: l.reason, recordedAt: e.recordedAt))
                case .claimsUnlinked(let l): facts.append(LinkFact(seq: e.seq, linked: false, claimIDs: l.claimIDs, reason: l.reason, recordedAt: e.recordedAt))
                case .decisionWithdrawn(let w):
                    if let decision = facts.first(where: { $0.seq == w.eventSeq && $0.withdraws == nil }) {
                        facts.append(LinkFact(withdrawing: decision, seq: e.seq, reason: w.reason, recordedAt: e.recordedAt))
                    }
                default: break
                }
                return true
            }
            return facts
        }()
    }

    func incidentTrail(_ inc: Incident) -> [TrailRow] {
        var rows = [TrailRow(subject: inc.id, step: "incident", seq: "",
                             detail: "\(inc.measure.rawValue) \(inc.category.rawValue) at \(inc.place) (\(inc.admin1 ?? "?")) \(inc.day?.description ?? "undated"): low \(inc.low), high \(inc.high), best \(inc.best) by \(inc.rule)",
                             evidence: "")]
        for s in inc.sources {
            rows.append(TrailRow(subject: inc.id, step: "source", seq: "", detail: "\(s.source): \(s.value) (\(s.claimID))"
                                 + (s.supersedes.isEmpty ? "" : ", superseding \(s.supersedes.joined(separator: ", "))"), evidence: ""))
        }
        for m in inc.members.sorted(by: { ClaimIDOrder.precedes($0.claimID, $1.claimID) }) {
            rows.append(TrailRow(subject: inc.id, step: "member (\(m.status.rawValue), \(m.linkedBy.rawValue))", seq: "\(m.evidence.seq)",
                                 detail: "\(m.claimID): \(m.value) \(m.category.rawValue), \(m.source) \(m.day?.description ?? "")",
                                 evidence: "[\(m.evidence.span.start)–\(m.evidence.span.end)] \(m.evidence.span.text)"))
        }
        return rows
    }

    func claimTrail(_ c: ClaimRecord, rec: Reconciliation, links: [LinkFact]) -> [TrailRow] {
        let s = c.state
        var rows: [TrailRow] = []
        if let r = c.report {
            rows.append(TrailRow(subject: c.id, step: "report", seq: "\(r.seq)",
                                 detail: "\(r.source ?? "-") \(r.publisher ?? "?") published \(r.published?.description ?? "?") recorded \(r.recordedAt) (\(r.hash.prefix(12)))",
                                 evidence: ""))
        }
        if let copy = c.copyOf { rows.append(TrailRow(subject: c.id, step: "republication", seq: "", detail: "its report copies \(copy.prefix(12)); counted once, with the original", evidence: "")) }
        rows.append(TrailRow(subject: c.id, step: "extracted (\(s.extractorVersion))", seq: "\(s.seq)",
                             detail: "\(s.original.kind.rawValue)/\(s.original.role.rawValue) \(s.original.measure.rawValue) \(qualified(s.original.value, s.original.qualifier)) \(s.original.category.rawValue) \(s.original.place?.name ?? "")",
                             evidence: "[\(s.original.span.start)–\(s.original.span.end)] \(s.original.span.text)"))
        for r in s.corrections {
            rows.append(TrailRow(subject: c.id, step: "corrected", seq: "\(r.seq)", detail: "\(r.reason): " + ((try? CanonicalJSON.string(r.patch)) ?? ""), evidence: ""))
        }
        if let r = s.retraction { rows.append(TrailRow(subject: c.id, step: "retracted", seq: "\(r.seq)", detail: r.reason, evidence: "")) }
        for l in links where l.claimIDs.contains(c.id) {
            let step = l.linked ? "linked" : "unlinked"
            rows.append(TrailRow(subject: c.id, step: l.withdraws.map { "withdrew \(step) \($0)" } ?? step, seq: "\(l.seq)",
                                 detail: "\(l.claimIDs.joined(separator: ", ")): \(l.reason)", evidence: ""))
        }
        rows.append(TrailRow(subject: c.id, step: "now", seq: "", detail: "\(c.status.rawValue): \(c.claim.measure.rawValue) \(qualified(c.claim.value, c.claim.qualifier)) \(c.claim.category.rawValue)", evidence: ""))
        for inc in rec.incidents where inc.claimIDs.contains(c.id) {
            rows.append(TrailRow(subject: c.id, step: "in incident", seq: "", detail: "\(inc.id): best \(inc.best) (\(inc.low)–\(inc.high))", evidence: ""))
        }
        if BackReferences.isBackReference(c), let inc = BackReferences.attach(claims: [c], to: rec.incidents).first(where: { $0.recalledBy != nil }) {
            rows.append(TrailRow(subject: c.id, step: "recalls incident", seq: "", detail: "\(inc.id): \(inc.place) \(inc.day?.description ?? ""), best \(inc.best); a back-reference, not counted in it", evidence: ""))
        }
        for d in rec.discrepancies where (d.sideA + d.sideB).contains(where: { $0.claimID == c.id }) {
            rows.append(TrailRow(subject: c.id, step: "cited by", seq: "", detail: "\(d.id) \(d.kind.rawValue): \(d.summary)", evidence: ""))
        }
        return rows
    }
}
