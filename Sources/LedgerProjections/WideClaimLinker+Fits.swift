import LedgerCore

extension WideClaimLinker {
    /// The incidents a wide incident's figures could join, with the nearest fitting claim of each.
    struct Fits {
        let wide: [ClaimRecord]
        let facts: [LinkFacts]
        let reports: Set<String>
        var fits: [String: (claim: LinkFacts, distance: Int)] = [:]
        /// Every figure seen of each candidate incident (to find the one with a close figure).
        var values: [String: [Int]] = [:]

        init(wide: [ClaimRecord]) {
            self.wide = wide
            facts = wide.map(LinkFacts.init)
            reports = Set(wide.map { $0.copyOf ?? $0.claim.report })
        }

        /// The placing days to look at: the figures' days, a window either side, and a governorate's delay.
        var days: Range<Int>? {
            let all = facts.flatMap(\.days)
            guard let lo = all.min(), let hi = all.max() else { return nil }
            return (lo - LinkingWalk.maxWindow)..<(hi + LinkingWalk.reach + 1)
        }

        /// Notes each candidate claim (`owners`: its incident) that is another report's, of a compatible
        /// category, within the linker's window of one of the wide figures.
        mutating func add(_ candidates: [LinkFacts], owners: [String: String]) {
            for c in candidates {
                guard let inc = owners[c.id] else { continue }
                values[inc, default: []].append(c.value)
                guard !reports.contains(c.report) else { continue }
                for w in facts where IncidentLinker.compatible(w.category, c.category) {
                    guard let d = IncidentLinker.distance(w, c), d <= WideClaimLinker.window else { continue }
                    if d < fits[inc]?.distance ?? Int.max { fits[inc] = (c, d) }
                }
            }
        }

        static func sameOrder(_ a: Int, _ b: Int) -> Bool {
            LinkingWalk.close(a, b) || (min(a, b) > 0 && max(a, b) <= 3 * min(a, b))
        }

        /// Drops incidents holding a figure of one of the wide figures' reports: another event of that report.
        mutating func dropSameReport(_ store: ReadModelStore) throws {
            for inc in fits.keys.sorted() {
                let ids = try store.incidentMembers([inc])[inc] ?? []
                if try store.records(ids: ids).values.contains(where: { reports.contains($0.copyOf ?? $0.claim.report) }) { fits[inc] = nil }
            }
        }

        /// The one incident: the only fit (unless `close` is required) whose figures are of the same
        /// order as the wide ones (within a factor of three: a toll that grew, not a season's count), else
        /// the only one with a close figure.
        func chosen(close: Bool) -> String? {
            if fits.count == 1, !close, let inc = fits.keys.first,
               (values[inc] ?? []).contains(where: { v in wide.contains { Self.sameOrder(v, $0.claim.value) } }) {
                return inc
            }
            let near = fits.keys.filter { inc in (values[inc] ?? []).contains { v in wide.contains { LinkingWalk.close(v, $0.claim.value) } } }
            return near.count == 1 ? near.first : nil
        }
    }
}
