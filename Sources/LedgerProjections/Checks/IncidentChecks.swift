import LedgerCore

/// Checks over linked incidents: `sources_disagree`, cross-report `superseded`, and `date_conflict`
/// when the linked claims' dates lie further apart than the linking window allows; `ambiguous_link`
/// for a coarse claim that several finer incidents could hold.
public enum IncidentChecks {
    public static func check(_ incidents: [Incident], records: [String: ClaimRecord]) -> [Discrepancy] {
        var out: [Discrepancy] = []
        for inc in incidents {
            out += ambiguity(inc)
            let ev = Dictionary(inc.members.map { ($0.claimID, $0.evidence) }, uniquingKeysWith: { a, _ in a })
            if inc.sources.count >= 2 && inc.low != inc.high {
                let lows = inc.sources.filter { $0.value == inc.low }.compactMap { ev[$0.claimID] }
                let others = inc.sources.filter { $0.value != inc.low }.compactMap { ev[$0.claimID] }
                out.append(Discrepancy(
                    kind: .sourcesDisagree, severity: .warning, group: inc.group,
                    summary: "\(inc.sources.count) sources give \(inc.sources.map { "\($0.value)" }.joined(separator: " / ")) "
                        + "\(inc.measure.rawValue) for \(inc.place) \(inc.day?.description ?? ""); best \(inc.best) (\(inc.rule))",
                    stated: inc.low, other: inc.high, sideA: lows, sideB: others, incidents: [inc.id]))
            }
            for f in inc.sources {
                for old in f.supersedes {
                    guard let o = ev[old], let n = ev[f.claimID], o.value != n.value, o.report != n.report else { continue }
                    if records[old]?.isCopy == true { continue }
                    out.append(Discrepancy(
                        kind: .superseded, severity: .info, group: inc.group,
                        summary: "\(f.source) revised its figure from \(o.value) to \(n.value)",
                        stated: o.value, other: n.value, sideA: [o], sideB: [n], incidents: [inc.id]))
                }
            }
            let dated = inc.members.compactMap { m -> (IncidentMember, Day)? in
                guard let r = records[m.claimID], r.claim.context == .main, let d = r.claim.eventDate, !d.unresolved,
                      let day = d.day ?? d.candidates.first else { return nil }
                return (m, day)
            }
            if let first = dated.min(by: { $0.1 < $1.1 }), let last = dated.max(by: { $0.1 < $1.1 }),
               last.1.ordinal - first.1.ordinal > 1 {
                out.append(Discrepancy(
                    kind: .dateConflict, severity: .warning, group: inc.group,
                    summary: "linked reports date the incident from \(first.1) to \(last.1); they cannot all be true",
                    stated: nil, other: last.1.ordinal - first.1.ordinal, sideA: [first.0.evidence], sideB: [last.0.evidence],
                    incidents: [inc.id]))
            }
        }
        return out
    }

    /// `ambiguous_link`: one per coarse member the linker left out of several finer incidents.
    static func ambiguity(_ inc: Incident) -> [Discrepancy] {
        (inc.ambiguous ?? []).compactMap { note in
            guard let m = inc.members.first(where: { $0.claimID == note.claimID }) else { return nil }
            return Discrepancy(
                kind: .ambiguousLink, severity: .warning, group: inc.group,
                summary: "\(m.source)'s \(m.value) \(inc.measure.rawValue) in \(inc.place) \(m.day?.description ?? "") could be the incident at "
                    + note.places.joined(separator: " or ") + "; counted on its own until linked (`ledger link \(note.claimID) CLAIM`)",
                stated: m.value, other: nil, sideA: [m.evidence], sideB: [], incidents: [inc.id], idSalt: note.claims.joined(separator: ","))
        }
    }
}
