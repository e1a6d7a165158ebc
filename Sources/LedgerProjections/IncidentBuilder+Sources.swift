import LedgerCore

extension IncidentBuilder {
    /// Per source (an organisation, under any of its names, or a publisher): the figure that counts,
    /// and every member's status. A copy counts only when its source has nothing else; a relay (another
    /// publisher quoting the source) is the source's figure, counted once, kept as evidence.
    static func sourceFigures(_ members: [ClaimRecord], memberIDs: Set<String>) -> ([SourceFigure], [String: MemberStatus]) {
        var status: [String: MemberStatus] = [:]
        var figures: [SourceFigure] = []
        for (source, group) in Dictionary(grouping: members, by: \.sourceKey).sorted(by: { $0.key < $1.key }) {
            let originals = group.filter { !$0.isCopy }
            for c in group where c.isCopy { status[c.id] = .copy }
            let pool = originals.isEmpty ? group : originals
            // Within a report, a claim superseded by another member is not current.
            let live = pool.filter { c in !(c.claim.supersededBy.map { memberIDs.contains($0) } ?? false) }
            let candidates = live.isEmpty ? pool : live
            let latest = candidates.max(by: later)!
            // A relay of the latest figure counts as the source's own report of it when the ledger holds one.
            let current = !latest.isRelay ? latest : candidates.filter { !$0.isRelay && $0.claim.value == latest.claim.value }
                .max(by: later) ?? latest
            // A report's list of victims with no total of its own counts as its sum (``CoVictims``).
            let listed = CoVictims.list(of: current, in: candidates)
            let counted = Set(listed.map(\.id))
            for c in listed { status[c.id] = .counted }
            // The others: relays of the source's figure by other publishers (evidence, counted once
            // with it), else the source's own earlier figures.
            for c in pool where !counted.contains(c.id) && c.isRelay { status[c.id] = .relay }
            let earlier = pool.filter { !counted.contains($0.id) && !$0.isRelay }.map(\.id).sorted()
            for e in earlier { status[e] = .superseded }
            figures.append(SourceFigure(
                source: source, claimID: current.id, value: listed.reduce(0) { $0 + $1.claim.value }, qualifier: current.claim.qualifier,
                supersedes: earlier))
        }
        return (figures, status)
    }

    static func later(_ a: ClaimRecord, _ b: ClaimRecord) -> Bool {
        a.chronology != b.chronology ? a.chronology < b.chronology : a.id < b.id
    }
}
