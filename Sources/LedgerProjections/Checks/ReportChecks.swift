import LedgerCore

/// Checks within one report: breakdowns (`parts_do_not_sum`, `subset_exceeds_total`), dates with
/// several candidates (`date_conflict`) and figures the report itself revises (`superseded`).
///
/// A total whose breakdown is cut off (`incomplete`) is not checked: a truncated list is incomplete,
/// not a discrepancy. Regional distribution lines (parts with a place other than their parent's) are
/// checked apart from the category breakdown, and only against a parent of the same measure and
/// category. Every figure is kept as written; nothing is "fixed".
public enum ReportChecks {
    public static func check(_ claims: [ClaimRecord], group: String) -> [Discrepancy] {
        let live = claims.filter { !$0.isRetracted }.sorted { $0.id < $1.id }
        let byID = Dictionary(live.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let children = Dictionary(grouping: live.filter { $0.claim.parent != nil }, by: { $0.claim.parent! })
        var out: [Discrepancy] = []

        for total in live {
            guard let kids = children[total.id] else { continue }
            let parts = kids.filter { $0.claim.role == .part && $0.claim.measure == total.claim.measure }
            if !total.claim.incomplete {
                let regional = parts.filter { isRegional($0, of: total) }
                let categorical = parts.filter { !isRegional($0, of: total) }
                for (set, label) in [(categorical, "parts"), (regional.filter { $0.claim.category == total.claim.category }, "regional lines")]
                where set.count >= 1 {
                    let sum = set.reduce(0) { $0 + $1.claim.value }
                    guard sum != total.claim.value else { continue }
                    let exceeds = sum > total.claim.value
                    let approximate = total.claim.qualifier != .exact
                    // "at least N" with more in the parts is consistent; so is "up to N" with fewer.
                    if approximate && ((exceeds && [.atLeast, .moreThan].contains(total.claim.qualifier))
                        || (!exceeds && total.claim.qualifier == .upTo)) { continue }
                    out.append(Discrepancy(
                        kind: .partsDoNotSum, severity: approximate ? .warning : .error, group: group,
                        summary: "\(label) of \(total.claim.measure.rawValue) \(total.claim.value) (\(total.claim.category.rawValue)) add up to \(sum)"
                            + (exceeds ? ", more than the total" : ", less than the total of a complete breakdown"),
                        stated: total.claim.value, other: sum, sideA: [EvidenceRef(total)], sideB: set.map(EvidenceRef.init),
                        idSalt: label))
                }
            }
            for s in kids where s.claim.role == .subset && s.claim.measure == total.claim.measure && s.claim.value > total.claim.value {
                out.append(Discrepancy(
                    kind: .subsetExceedsTotal, severity: .error, group: group,
                    summary: "\"including \(s.claim.value) \(s.claim.category.rawValue)\" is larger than its total \(total.claim.value)",
                    stated: total.claim.value, other: s.claim.value, sideA: [EvidenceRef(total)], sideB: [EvidenceRef(s)]))
            }
        }
        for c in live {
            if let d = c.claim.eventDate, Set(d.candidates).count > 1 {
                out.append(Discrepancy(
                    kind: .dateConflict, severity: .warning, group: group,
                    summary: "\"\(d.text)\" supports several dates: " + Set(d.candidates).sorted().map(\.description).joined(separator: ", "),
                    stated: nil, other: nil, sideA: [EvidenceRef(c)], sideB: []))
            }
            if let newer = c.claim.supersededBy, let n = byID[newer], n.claim.value != c.claim.value {
                out.append(Discrepancy(
                    kind: .superseded, severity: .info, group: group,
                    summary: "the report revises its earlier \(c.claim.value) to \(n.claim.value)",
                    stated: c.claim.value, other: n.claim.value, sideA: [EvidenceRef(c)], sideB: [EvidenceRef(n)]))
            }
        }
        return out
    }

    static func isRegional(_ part: ClaimRecord, of total: ClaimRecord) -> Bool {
        guard let p = part.claim.place else { return false }
        return GroupKeys.placeKey(p) != GroupKeys.placeKey(total.claim.place)
    }
}
