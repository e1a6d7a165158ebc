import LedgerCore

/// Builds one ``Incident`` from its linked claims: per-source current figures, low/high/best.
enum IncidentBuilder {
    static func build(_ claims: [ClaimRecord], manual: Set<String>, partsByParent: [String: [ClaimRecord]]) -> Incident {
        let members = claims.sorted { $0.id < $1.id }
        let ids = members.map(\.id)
        let id = "inc-" + String(EventHash.sha256Hex(Array(ids.joined(separator: ",").utf8)).prefix(12))
        let memberIDs = Set(ids)

        // Per source: the figures that count. A copy counts only when its source has nothing else.
        var status: [String: MemberStatus] = [:]
        var figures: [SourceFigure] = []
        for (source, group) in Dictionary(grouping: members, by: \.sourceKey).sorted(by: { $0.key < $1.key }) {
            let originals = group.filter { !$0.isCopy }
            for c in group where c.isCopy { status[c.id] = .copy }
            let pool = originals.isEmpty ? group : originals
            // Within a report, a claim superseded by another member is not current.
            let live = pool.filter { c in !(c.claim.supersededBy.map { memberIDs.contains($0) } ?? false) }
            let candidates = live.isEmpty ? pool : live
            let current = candidates.max { a, b in
                a.chronology != b.chronology ? a.chronology < b.chronology : a.id < b.id
            }!
            status[current.id] = .counted
            let earlier = pool.filter { $0.id != current.id }.map(\.id).sorted()
            for e in earlier { status[e] = .superseded }
            figures.append(SourceFigure(
                source: source, claimID: current.id, value: current.claim.value, qualifier: current.claim.qualifier,
                supersedes: earlier))
        }
        let values = figures.map(\.value).sorted()
        let low = values.first ?? 0, high = values.last ?? 0
        let best: Int
        let rule: String
        if figures.count <= 1 {
            best = low
            rule = "latest figure of the only source"
        } else {
            best = values[(values.count - 1) / 2]
            rule = values.count % 2 == 0
                ? "lower median of \(values.count) independent sources' latest figures"
                : "median of \(values.count) independent sources' latest figures"
        }

        let mainDays = members.compactMap { c -> Day? in
            guard c.claim.context == .main, let d = c.claim.eventDate, !d.unresolved else { return nil }
            return d.day ?? d.candidates.first
        }.sorted()
        let anyDays = members.compactMap(IncidentLinker.anchor).sorted()
        let days = mainDays.isEmpty ? anyDays : mainDays
        let categories = Set(members.map(\.claim.category))
        let category = categories.count == 1 ? categories.first! : .all
        let bestClaim = members.first { $0.id == figures.first { $0.value == best }?.claimID } ?? members[0]

        var breakdown: [String: Int] = [:]
        for f in figures {
            for p in partsByParent[f.claimID] ?? [] where p.claim.measure == bestClaim.claim.measure {
                breakdown[p.claim.category.rawValue] = max(breakdown[p.claim.category.rawValue] ?? 0, p.claim.value)
            }
        }
        let groups = Set(members.compactMap { GroupKeys.incidentGroup($0) }).sorted()
        return Incident(
            id: id, group: groups.first ?? "", measure: bestClaim.claim.measure, category: category,
            place: GroupKeys.placeKey(bestClaim.claim.place), placeText: bestClaim.claim.place?.text,
            admin1: members.compactMap { $0.claim.place?.admin1 }.first,
            day: days.first, lastDay: days.last, low: low, high: high, best: best, rule: rule, sources: figures,
            members: members.map { c in
                IncidentMember(
                    claimID: c.id, source: c.sourceKey, value: c.claim.value, category: c.claim.category,
                    day: IncidentLinker.anchor(c), status: status[c.id] ?? .counted,
                    linkedBy: manual.contains(c.id) ? .manual : .auto, evidence: EvidenceRef(c))
            },
            breakdown: breakdown)
    }
}
