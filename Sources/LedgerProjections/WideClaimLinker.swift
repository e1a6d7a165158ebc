import GRDB
import LedgerCore

/// Finds, for an incident figure that names no place, or only a region wider than one governorate
/// ("Syria", "eastern Syria", the Syrian desert), the one incident elsewhere in the ledger it can be,
/// so that ingest records the link as a `claims_linked` event (``proposals(_:reports:)``).
///
/// The automatic linker (``IncidentLinker``) walks each governorate on its own, so that a change in one
/// never re-links another and a rebuild equals the appends. A figure with no governorate cannot be
/// walked with any of them; left alone it is an incident of its own, and one car bombing told by a
/// monitor with its village and by a wire with "in eastern Syria" counts twice. This rule links it
/// only when the answer is unambiguous, and records the decision as an event, so that it is explained
/// (`ledger explain`, `ledger log`), can be taken back (`ledger withdraw`, `ledger unlink`) and is
/// replayed, rebuilt and mirrored like a person's link:
/// - the wide figure's incident holds only wide figures, and no person's link event has named any of them;
/// - the candidates are the incidents of the same measure in the governorates the region covers (all
///   of them for "Syria" or no place) holding a figure within a day (``window``) of one of its figures,
///   of a compatible victim category and from another report;
/// - exactly one candidate, its figures within a factor of three of the wide one's, or exactly one
///   whose figures are close (``LinkingWalk/close(_:_:)``);
/// - the pair passes the checks a person's `ledger link` must pass (``LinkCheck``);
/// - with no placed incident in the window at all, the one other report's wide incident of those days
///   whose figure is close (two outlets' "in Syria" and no-place stories of one bombing).
/// A decision stands once made: an incident that later appears on the same days does not undo it
/// (`ledger unlink` does), which is why the rule only ever links, and only what a person would.
public enum WideClaimLinker {
    /// How many days apart a wide figure and the incident it joins may be. Tighter than the linker's
    /// windows (±3 for a back-reference, ±7 when a report's day stands in): across a whole country, a
    /// day and a measure are all that tie them, and a week holds many incidents.
    public static let window = 1

    /// One link to append.
    public struct Proposal: Hashable, Sendable {
        public var linkage: ClaimsLinkage
        /// The wide figure's claim and the incident it joins.
        public var claimID: String
        public var incidentID: String
        /// Where that incident is (its place key).
        public var place: String
        /// What the wide figure names: "names no place", "names only syria".
        public var named: String
    }

    /// The links to append after the reports `reports` (content hashes) were ingested: for their wide
    /// figures, and for the wide figures of other reports near their placed ones.
    public static func proposals(_ db: Database, reports: some Sequence<String>) throws -> [Proposal] {
        let store = ReadModelStore(db)
        // From the claims' columns: their linking group says whether they are wide, their day where.
        var wide = Set<String>()
        var placedDays: [Measure: Set<Int>] = [:]
        for (id, group, day) in try store.incidentCandidates(ofReports: reports) {
            guard let measure = GroupKeys.parseIncidentGroup(group)?.measure else { continue }
            if GroupKeys.isWideIncidentGroup(group) {
                wide.insert(id)
            } else if let day {
                placedDays[measure, default: []].insert(day)
            }
        }
        // Wide figures of other reports near the placed ones: a placing day is the claim's own day plus
        // at most a governorate's delay, and a window reaches `maxWindow` either side.
        for (measure, days) in placedDays.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for range in merged(days, pad: LinkingWalk.reach) {
                wide.formUnion(try store.wideIncidentCandidates(measure: measure, days: range).filter(isWide).map(\.id))
            }
        }
        var done = Set<String>()
        var out: [Proposal] = []
        for id in wide.sorted() where !done.contains(id) {
            guard let incident = try store.incident(ofClaim: id) else { continue }
            done.formUnion(incident.claimIDs)
            if let p = try proposal(store, for: incident) { out.append(p) }
        }
        return try withoutSameReportRivals(store, out)
    }

    /// Drops proposals that would put two incidents of one report (two events, to the linker) into one
    /// incident: which of them the other outlet's incident is, the rule cannot tell.
    static func withoutSameReportRivals(_ store: ReadModelStore, _ proposals: [Proposal]) throws -> [Proposal] {
        let records = try store.records(ids: proposals.map(\.claimID))
        var reportsOf: [String: [String]] = [:]
        for p in proposals {
            guard let r = records[p.claimID] else { continue }
            reportsOf[p.incidentID, default: []].append(r.copyOf ?? r.claim.report)
        }
        return proposals.filter { p in
            let reports = reportsOf[p.incidentID] ?? []
            return Set(reports).count == reports.count
        }
    }

    /// Days padded by `pad` either side, as few ranges as cover them.
    static func merged(_ days: Set<Int>, pad: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for d in days.sorted() {
            if let last = out.last, d - pad <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<(d + pad + 1)
            } else {
                out.append((d - pad)..<(d + pad + 1))
            }
        }
        return out
    }

    /// Whether a claim names no place, or only an area across several governorates.
    static func isWide(_ r: ClaimRecord) -> Bool {
        guard let path = PlacePath.of(r.claim.place) else { return true }
        return SyriaGazetteer.place(path.root)?.level == .area
    }

    /// The governorates a wide claim's region covers (every one for "Syria" or no place).
    static func governorates(of r: ClaimRecord) -> [String] {
        guard let root = PlacePath.of(r.claim.place)?.root, let covers = SyriaGazetteer.place(root)?.covers, !covers.isEmpty else {
            return SyriaGazetteer.governorateKeys
        }
        return covers
    }

    /// The link for one incident of wide figures: to the one placed incident that fits (or the one with
    /// a close figure); failing any, to the one other wide incident that fits with a close figure.
    static func proposal(_ store: ReadModelStore, for incident: Incident) throws -> Proposal? {
        let members = try store.records(ids: incident.claimIDs)
        let wide = incident.claimIDs.compactMap { members[$0] }
        guard wide.count == incident.claimIDs.count, wide.allSatisfy(isWide),
              // A person's decision about any of them stands; an automatic link between them (two wide
              // reports joined) does not stop the pair joining a placed incident.
              try store.links(naming: incident.claimIDs).allSatisfy({ $0.automatic == true && $0.linked && $0.withdraws == nil })
        else { return nil }
        var found = Fits(wide: wide)
        guard let days = found.days else { return nil }  // An undated figure has no days to look at.
        for governorate in Set(wide.flatMap(governorates)).sorted() {
            let group = GroupKeys.incidentGroup(incident.measure, place: governorate)
            let candidates = try store.linkFacts(inIncidentGroup: group, days: days)
            found.add(candidates, owners: try store.incidentIDs(ofClaims: candidates.map(\.id), inGroup: group))
        }
        try found.dropSameReport(store)
        var chosen = found.chosen(close: false)
        if found.fits.isEmpty {
            // No placed incident: another report's wide figures of the same days, when their figures are close.
            var others = Fits(wide: wide)
            for r in try store.wideIncidentCandidates(measure: incident.measure, days: days) where isWide(r) {
                guard let inc = try store.incident(ofClaim: r.id), inc.id != incident.id else { continue }
                others.add([LinkFacts(r)], owners: [r.id: inc.id])
            }
            try others.dropSameReport(store)
            found = others
            chosen = others.chosen(close: true)
        }
        guard let inc = chosen, let hostFacts = found.fits[inc]?.claim,
              let host = try store.record(hostFacts.id), let hostIncident = try store.incident(inc) else { return nil }
        let claim = wide.sorted { $0.id < $1.id }[0]
        guard LinkCheck.problems([claim.id, host.id], records: [claim.id: claim, host.id: host]).isEmpty else { return nil }
        return Proposal(
            linkage: ClaimsLinkage(claimIDs: [claim.id, host.id], reason: reason(claim, host: hostIncident), automatic: true),
            claimID: claim.id, incidentID: inc, place: hostIncident.place, named: named(claim))
    }

    /// Why, in words the event keeps.
    static func named(_ claim: ClaimRecord) -> String {
        PlacePath.of(claim.claim.place).map { "names only \($0.root)" } ?? "names no place"
    }

    static func reason(_ claim: ClaimRecord, host: Incident) -> String {
        let named = named(claim)
        let day = host.day.map { " of \($0)" } ?? ""
        let admin = host.admin1.map { $0 == host.place ? "" : ", \($0)" } ?? ""
        return "automatic at ingest: \(claim.id) \(named); the one \(host.measure.rawValue) incident\(day) within a day of its own "
            + "is \(host.id) at \(host.place)\(admin)"
    }
}
