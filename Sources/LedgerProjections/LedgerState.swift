import LedgerCore
import LedgerStore

/// The fold of the event log that reconciliation starts from: reports, claims (with corrections and
/// retractions), republication marks and link decisions.
///
/// A Codable value type, so it can be snapshotted and resumed: `state.apply(event)` for every event in
/// order gives the state after the last one. `--as-of` queries fold the events recorded by a time into
/// a fresh state and reconcile it in memory with ``Reconciler``.
public struct LedgerState: Codable, Hashable, Sendable {
    public var reports: [String: ReportInfo] = [:]
    public var claims: [String: ClaimState] = [:]
    /// Republication marks, by the copy's content hash (the first mark of a copy stands).
    public var republications: [String: Republication] = [:]
    public var links: [LinkFact] = []
    /// The sequence number of the last event folded.
    public var lastSeq: Int64 = 0

    public init() {}

    /// Folds one event.
    public mutating func apply(_ event: StoredEvent) throws {
        try apply(event.decoded(), seq: event.seq, recordedAt: event.recordedAt)
    }

    public mutating func apply(_ payload: EventPayload, seq: Int64, recordedAt: String) {
        lastSeq = max(lastSeq, seq)
        switch payload {
        case .reportIngested(let r):
            if reports[r.report.contentHash] == nil {
                reports[r.report.contentHash] = ReportInfo(
                    hash: r.report.contentHash, publisher: r.report.publisher, published: r.report.published,
                    source: r.report.source, seq: seq, recordedAt: recordedAt)
            }
        case .claimExtracted(let c):
            claims[c.claim.id] = ClaimState.extracted(c, seq: seq, recordedAt: recordedAt, replacing: claims[c.claim.id])
        case .claimCorrected(let c):
            claims[c.claimID]?.correct(c, seq: seq, recordedAt: recordedAt)
        case .claimRetracted(let r):
            claims[r.claimID]?.retract(r, seq: seq, recordedAt: recordedAt)
        case .claimsLinked(let l):
            links.append(LinkFact(seq: seq, linked: true, claimIDs: l.claimIDs, reason: l.reason, recordedAt: recordedAt))
        case .claimsUnlinked(let l):
            links.append(LinkFact(seq: seq, linked: false, claimIDs: l.claimIDs, reason: l.reason, recordedAt: recordedAt))
        case .decisionWithdrawn(let w):
            // Only a standing link or unlink decision can be withdrawn (as the projector does).
            if let decision = links.first(where: { $0.seq == w.eventSeq && $0.withdraws == nil }) {
                links.append(LinkFact(withdrawing: decision, seq: seq, reason: w.reason, recordedAt: recordedAt))
            }
        case .reportMarkedRepublication(let m):
            if republications[m.report] == nil, m.report != m.original {
                republications[m.report] = Republication(report: m.report, original: m.original, reason: m.reason, seq: seq)
            }
        }
    }

    /// The claims view record of one claim.
    public func record(_ id: String) -> ClaimRecord? {
        claims[id].map { ClaimRecord.assemble($0, reports: { reports[$0] }, republication: { republications[$0] }) }
    }

    /// Every claim's record, sorted by id.
    public func records() -> [ClaimRecord] {
        claims.keys.sorted().compactMap(record)
    }
}

extension ClaimState {
    /// The state of a newly extracted claim. Re-extracting an id keeps the person's corrections and
    /// retraction, re-applied to the new extraction.
    public static func extracted(_ c: ClaimExtracted, seq: Int64, recordedAt: String, replacing old: ClaimState?) -> ClaimState {
        var s = ClaimState(extracted: c, seq: seq, recordedAt: recordedAt)
        if let old {
            s.corrections = old.corrections
            s.retraction = old.retraction
            for r in old.corrections { if let p = r.patch { s.current = p.applied(to: s.current) } }
        }
        return s
    }
}

extension ClaimRecord {
    /// Puts a claim's state together with its report and republication facts.
    public static func assemble(
        _ s: ClaimState, reports: (String) -> ReportInfo?, republication: (String) -> Republication?
    ) -> ClaimRecord {
        let report = reports(s.current.report)
        let mark = republication(s.current.report)
        return ClaimRecord(
            state: s, report: report, copyOf: mark?.original,
            originalPublisher: mark.flatMap { reports($0.original)?.publisher })
    }
}
