import LedgerCore

extension BackReferences {
    /// The back-references among `claims` that recall each incident of `incidents`, by incident id
    /// (ids sorted): what ``attach(claims:to:)`` fills in, weighed on the summaries' columns. A whole
    /// incident is loaded (`load`) only where the summary cannot tell: its members, for an incident
    /// that fits a back-reference otherwise, and its place's words, for a place the gazetteer does
    /// not hold.
    public static func recalledBy(
        claims: [ClaimRecord], incidents: [IncidentSummary], load: (IncidentSummary) throws -> Incident
    ) throws -> [String: [String]] {
        let recalls = claims.filter(isBackReference)
        guard !recalls.isEmpty else { return [:] }
        let candidates = try incidents.map { s in
            Candidate(measure: s.measure, category: s.row.category, day: s.row.day, low: s.low, best: s.row.best, high: s.high,
                      path: try path(of: s, load: load))
        }
        let found = try recalledBy(recalls, candidates: candidates) { i, report in
            try load(incidents[i]).members.contains { $0.evidence.report == report }
        }
        return Dictionary(uniqueKeysWithValues: found.map { (incidents[$0.key].row.id, $0.value) })
    }

    /// The place path of a summarised incident: from its place key and province, the place's words
    /// read from the whole incident only where the gazetteer holds neither.
    private static func path(of s: IncidentSummary, load: (IncidentSummary) throws -> Incident) throws -> PlacePath? {
        try PlacePath.of(name: s.row.place, admin1: s.row.admin1) { try load(s).placeText ?? "" }
    }
}
