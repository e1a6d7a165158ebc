import LedgerCore

/// `tally_vs_incidents`: the latest figure of a running series against the incidents the ledger holds
/// for the same area, period, measure and category.
///
/// Incidents count with their best figure, when they lie in the tally's area (``Area``), are dated
/// within its period (start to end, or to the report's day when open) and are not named by one of the
/// tally's exclusions (an exclusion that mentions the incident's place). For a tally of one category,
/// an incident counts with its figure for that category (its own, or from its breakdown).
///
/// Both directions are reported: incidents the tally does not account for (the incidents add up to
/// more: a warning) and a tally running ahead of the incidents known to the ledger (info: the ledger
/// rarely holds every incident).
public enum TallyVsIncidentsCheck {
    public static func check(series points: [SeriesPoint], incidents: [Incident], through: Day? = nil) -> [Discrepancy] {
        let eligible = points.filter { p in through.map { t in (p.effectiveEnd.map { $0 <= t }) ?? false } ?? true }
        guard let tally = eligible.last, let start = tally.periodStart else { return [] }
        var end = tally.effectiveEnd ?? start
        if let through, through < end { end = through }
        if tally.measure == .operations {
            return operations(tally, incidents: incidents, start: start, end: end, through: through)
        }
        var counted: [(Incident, Int)] = []
        for inc in incidents where inc.measure == tally.measure {
            guard let day = inc.day, day >= start, day <= end else { continue }
            guard Area.covers(scope: tally.scope, place: inc.place, admin1: inc.admin1) else { continue }
            if excluded(inc, by: tally.exclusions) { continue }
            guard let v = inc.figure(for: tally.category, using: inc.best), v > 0 else { continue }
            counted.append((inc, v))
        }
        let sum = counted.reduce(0) { $0 + $1.1 }
        guard sum != tally.value else { return [] }
        let ahead = tally.value > sum
        let sideB = counted.flatMap { inc, _ in
            inc.members.filter { $0.status == "counted" && inc.sources.first { $0.value == inc.best }?.claimID == $0.claimID }
                .map(\.evidence)
        }
        return [Discrepancy(
            kind: .tallyVsIncidents, severity: ahead ? .info : .warning, group: tally.series,
            summary: ahead
                ? "\(tally.publisher) counts \(tally.value) \(tally.measure.rawValue) (\(tally.category.rawValue)) in \(tally.scope) \(start)…\(end); the ledger's \(counted.count) incident(s) account for \(sum): tally ahead of known incidents by \(tally.value - sum)"
                : "\(tally.publisher) counts \(tally.value) \(tally.measure.rawValue) (\(tally.category.rawValue)) in \(tally.scope) \(start)…\(end), but the ledger's \(counted.count) incident(s) add up to \(sum): \(sum - tally.value) unaccounted for",
            stated: tally.value, other: sum, sideA: [tally.evidence], sideB: sideB,
            incidents: counted.map(\.0.id).sorted(), idSalt: through?.description ?? "")]
    }

    /// An operations tally counts events, not victims: it is compared with the number of distinct
    /// events (day and place) among the incidents in its area and period, whatever their measure.
    /// Only a tally below the known events is reported (a warning); monitors count operations without
    /// casualties that no incident report covers, so a tally ahead of the ledger says nothing.
    static func operations(_ tally: SeriesPoint, incidents: [Incident], start: Day, end: Day, through: Day?) -> [Discrepancy] {
        var events: [String: Incident] = [:]
        for inc in incidents {
            guard let day = inc.day, day >= start, day <= end else { continue }
            guard Area.covers(scope: tally.scope, place: inc.place, admin1: inc.admin1) else { continue }
            if excluded(inc, by: tally.exclusions) { continue }
            events["\(day)|\(inc.place)"] = events["\(day)|\(inc.place)"] ?? inc
        }
        guard events.count > tally.value else { return [] }
        let counted = events.keys.sorted().compactMap { events[$0] }
        return [Discrepancy(
            kind: .tallyVsIncidents, severity: .warning, group: tally.series,
            summary: "\(tally.publisher) counts \(tally.value) operations in \(tally.scope) \(start)…\(end), but the ledger holds \(events.count) distinct incident(s) there: \(events.count - tally.value) unaccounted for",
            stated: tally.value, other: events.count, sideA: [tally.evidence],
            sideB: counted.compactMap { inc in inc.members.first { $0.status == "counted" }?.evidence },
            incidents: counted.map(\.id).sorted(), idSalt: through?.description ?? "")]
    }

    /// An exclusion clause names the incident when it mentions its place (key or words).
    static func excluded(_ inc: Incident, by exclusions: [String]) -> Bool {
        guard !exclusions.isEmpty else { return false }
        let needles = [inc.place, inc.placeText ?? ""].filter { $0.count >= 3 && $0 != "?" }.map { $0.lowercased() }
        return exclusions.contains { ex in
            let e = ex.lowercased()
            return needles.contains { e.contains($0) }
        }
    }
}
