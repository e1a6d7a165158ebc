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
        let candidates = incidents.map { inc in
            Candidate(measure: inc.measure, category: inc.category, day: inc.day, low: inc.low, best: inc.best, high: inc.high,
                      path: PlacePath.of(Place(name: inc.place, text: inc.placeText ?? "", admin1: inc.admin1)))
        }
        let recalledBy = recalledBy(recalls, candidates: candidates) { i, report in
            incidents[i].members.contains { $0.evidence.report == report }
        }
        return incidents.indices.map { i in
            var inc = incidents[i]
            inc.recalledBy = recalledBy[i]
            return inc
        }
    }

    /// What ``recalled(_:byRoot:candidates:hasMember:)`` weighs of an incident: its summary, not its members.
    struct Candidate {
        var measure: Measure
        var category: VictimCategory
        var day: Day?
        var low: Int
        var best: Int
        var high: Int
        var path: PlacePath?
    }

    /// The back-references (`recalls`, each admitted by ``isBackReference(_:)``) that recall each
    /// candidate, by its index, ids sorted; `hasMember` tells whether an incident counts a claim of a
    /// report (asked only of incidents that fit otherwise).
    static func recalledBy(
        _ recalls: [ClaimRecord], candidates: [Candidate], hasMember: (Int, String) throws -> Bool
    ) rethrows -> [Int: [String]] {
        guard !recalls.isEmpty else { return [:] }
        let byRoot = Dictionary(grouping: candidates.indices, by: { "\(candidates[$0].measure.rawValue)|\(candidates[$0].path?.root ?? "?")" })
        var out: [Int: [String]] = [:]
        for r in recalls {
            guard let i = try recalled(r, byRoot: byRoot, candidates: candidates, hasMember: hasMember) else { continue }
            out[i, default: []].append(r.id)
        }
        return out.mapValues { $0.sorted() }
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

    static func recalled(
        _ r: ClaimRecord, byRoot: [String: [Int]], candidates: [Candidate], hasMember: (Int, String) throws -> Bool
    ) rethrows -> Int? {
        guard let range = days(r), let path = PlacePath.of(r.claim.place) else { return nil }
        let fits = try (byRoot["\(r.claim.measure.rawValue)|\(path.root)"] ?? []).filter { i in
            let inc = candidates[i]
            guard let day = inc.day, range.contains(day.ordinal), let p = inc.path, p.compatible(with: path),
                  IncidentLinker.compatible(inc.category, r.claim.category),
                  (inc.low...inc.high).contains(r.claim.value) || LinkingWalk.close(inc.best, r.claim.value) else { return false }
            return try !hasMember(i, r.claim.report)
        }
        return fits.count == 1 ? fits[0] : nil
    }
}
