import LedgerCore

/// Builds one ``Incident`` from its linked claims: per-source current figures, low/high/best.
enum IncidentBuilder {
    /// - Parameter ambiguous: coarse claims the linker found several finer incidents for; those among
    ///   the members are noted on the incident (unless a person's link put them in a finer one).
    static func build(
        _ claims: [ClaimRecord], manual: Set<String>, partsByParent: [String: [ClaimRecord]], ambiguous: [String: AmbiguousPlacement] = [:]
    ) -> Incident {
        let members = claims.sorted { $0.id < $1.id }
        let ids = members.map(\.id)
        let id = "inc-" + String(EventHash.sha256Hex(Array(ids.joined(separator: ",").utf8)).prefix(12))
        let memberIDs = Set(ids)

        let (figures, status) = sourceFigures(members, memberIDs: memberIDs)
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
        let where_ = IncidentPlace(members, best: bestClaim, ambiguous: ambiguous)
        return Incident(
            id: id, group: groups.first ?? "", measure: bestClaim.claim.measure, category: category,
            place: where_.place, placeText: where_.placeText, admin1: where_.admin1,
            day: days.first, lastDay: days.last, low: low, high: high, best: best, rule: rule + where_.rule, sources: figures,
            members: members.map { c in
                IncidentMember(
                    claimID: c.id, source: c.sourceKey, value: c.claim.value, category: c.claim.category,
                    day: IncidentLinker.anchor(c), status: status[c.id] ?? .counted,
                    linkedBy: manual.contains(c.id) ? .manual : .auto, evidence: EvidenceRef(c))
            },
            breakdown: breakdown, ambiguous: where_.ambiguous)
    }
}
