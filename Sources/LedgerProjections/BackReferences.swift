import LedgerCore

/// Back-references and the incidents they recall.
///
/// A report recalling an earlier attack ("a similar attack in Hajin in January killed nine") gives a
/// claim in the `back_reference` context: it is never an incident of its own and never counted. When
/// the text dates it ("in January", "last year", "in 2022", "on Tuesday"), the claim carries that day or
/// period, and when the ledger holds exactly one incident that fits it (same measure, compatible
/// categories, a place within or around the recalled one, a day within the recalled date or period,
/// and figures within reach of each other), the incident lists it under `recalled_by`. A back-reference
/// with no date or no place, or with several incidents that fit, is left unlinked.
public enum BackReferences {
    /// Days of slack around a recalled day ("on Tuesday" told a week later).
    static let slack = 3

    /// The incidents with the back-references that recall them (`recalledBy`) filled in.
    public static func attach(claims: [ClaimRecord], to incidents: [Incident]) -> [Incident] {
        let recalls = claims.filter(isBackReference)
        guard !recalls.isEmpty else { return incidents.map { var i = $0; i.recalledBy = nil; return i } }
        let paths = incidents.map { PlacePath.of(Place(name: $0.place, text: $0.placeText ?? "", admin1: $0.admin1)) }
        let byRoot = Dictionary(grouping: incidents.indices, by: { "\(incidents[$0].measure.rawValue)|\(paths[$0]?.root ?? "?")" })
        var recalledBy: [Int: [String]] = [:]
        for r in recalls {
            guard let i = recalled(r, byRoot: byRoot, incidents: incidents, paths: paths) else { continue }
            recalledBy[i, default: []].append(r.id)
        }
        return incidents.indices.map { i in
            var inc = incidents[i]
            inc.recalledBy = recalledBy[i]?.sorted()
            return inc
        }
    }

    /// Whether a claim is a back-reference that may be linked to the incident it recalls.
    public static func isBackReference(_ r: ClaimRecord) -> Bool {
        let c = r.claim
        return !r.isRetracted && c.kind == .incident && c.role == .total && c.context == .backReference
    }

    /// The days a back-reference's text places it on: its date's days (with a little slack), else its
    /// period; nil when the text gives neither (it is then not placed, and never on the report's day).
    public static func days(_ r: ClaimRecord) -> ClosedRange<Int>? {
        if let d = r.claim.eventDate, !d.unresolved {
            let days = (d.candidates + [d.day].compactMap { $0 }).map(\.ordinal)
            if let lo = days.min(), let hi = days.max() { return (lo - slack)...(hi + slack) }
        }
        if let p = r.claim.period, !p.unresolved, let start = p.start {
            return start.ordinal...(p.end ?? start).ordinal
        }
        return nil
    }

    static func recalled(_ r: ClaimRecord, byRoot: [String: [Int]], incidents: [Incident], paths: [PlacePath?]) -> Int? {
        guard let range = days(r), let path = PlacePath.of(r.claim.place) else { return nil }
        let fits = (byRoot["\(r.claim.measure.rawValue)|\(path.root)"] ?? []).filter { i in
            let inc = incidents[i]
            guard let day = inc.day, range.contains(day.ordinal), let p = paths[i], p.compatible(with: path),
                  IncidentLinker.compatible(inc.category, r.claim.category),
                  !inc.members.contains(where: { $0.evidence.report == r.claim.report }) else { return false }
            return (inc.low...inc.high).contains(r.claim.value) || LinkingWalk.close(inc.best, r.claim.value)
        }
        return fits.count == 1 ? fits[0] : nil
    }
}
