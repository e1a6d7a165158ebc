import LedgerCore

/// The victims one report lists for one event with no total of their own: "A woman and three of her
/// children were killed", "Two men and a woman were killed", «قُتل 5 مدنيين و3 عناصر».
///
/// The extractor keeps each figure as written and never derives the total the text does not give. To
/// the linker they are one event, not two of the report's (so a woman and her children do not become
/// two incidents, nor does another outlet's "four killed" join only the woman); to the incident they are
/// one figure of their source: the sum of the list (``IncidentBuilder/sourceFigures(_:memberIDs:)``).
///
/// Listed: two current incident figures of one report and one source, dated by their own sentence (a
/// resolved day) to the same day at the same place, whose spans stand at most ``maxGap`` characters apart
/// ("a man, his wife and their three children"); figures of separate events in one report stand further
/// apart, or on another day or place. Undated figures are left apart: victims named after a toll's
/// breakdown ("the civilians killed were two girls, a woman and an elderly man") are often some of it.
enum CoVictims {
    /// The widest gap between the spans of two listed figures, in characters.
    static let maxGap = 30

    static func listed(_ a: LinkFacts, _ b: LinkFacts) -> Bool {
        guard a.id != b.id, a.report == b.report, a.source == b.source, a.supersededBy == nil, b.supersededBy == nil,
              a.tolerance <= 1, b.tolerance <= 1, a.anchor == b.anchor, a.path == b.path, let gap = gap(a, b), gap <= maxGap
        else { return false }
        return !mayHold(a, b) && !mayHold(b, a)
    }

    /// Whether `b`, standing close after `a`, may be some of `a`'s dead rather than others: `a` is larger and
    /// its category holds `b`'s ("261 civilians, 17 children and 13 women among them", "nine, two children and
    /// a woman among them"; also "Two men and a woman", whose men the extractor files under `all`). Such a
    /// pair is never a list, nor is a list that `a` stands beside (``LinkingWalk``).
    static func mayHold(_ a: LinkFacts, _ b: LinkFacts) -> Bool {
        guard a.report == b.report, let sa = a.span, let sb = b.span, sa.lowerBound < sb.lowerBound, a.value > b.value,
              let gap = gap(a, b), gap <= maxGap else { return false }
        return holds(a.category, b.category)
    }

    /// The characters between two spans (nil: unknown, or they overlap).
    static func gap(_ a: LinkFacts, _ b: LinkFacts) -> Int? {
        guard let sa = a.span, let sb = b.span else { return nil }
        let gap = max(sa.lowerBound, sb.lowerBound) - min(sa.upperBound, sb.upperBound)
        return gap >= 0 ? gap : nil
    }

    /// Whether a category's dead may include another's.
    static func holds(_ a: VictimCategory, _ b: VictimCategory) -> Bool {
        a == b || a == .all || a == .civilians && (b == .children || b == .women) || a == .military && armed.contains(b)
    }

    static let armed: Set<VictimCategory> = [.sdf, .is, .regime, .government, .iranBacked, .russian, .guards, .coalition, .opposition]

    /// A span's range, nil when it is not known (an empty span, or no columns).
    static func range(_ start: Int?, _ end: Int?) -> Range<Int>? {
        guard let start, let end, start < end else { return nil }
        return start..<end
    }

    /// `first` and every claim of `pool` listed with it, directly or through another ("a man, his wife and
    /// their three children"), in `pool`'s order.
    static func list(of first: ClaimRecord, in pool: [ClaimRecord]) -> [ClaimRecord] {
        // Most sources give one figure of an incident: no facts are worked out for them.
        let sameReport = pool.filter { $0.id != first.id && $0.claim.report == first.claim.report }
        guard !sameReport.isEmpty else { return [first] }
        let facts = sameReport.map { ($0, LinkFacts($0)) }
        var found = [LinkFacts(first)]
        var out = [first]
        var grew = true
        while grew {
            grew = false
            for (r, f) in facts where !out.contains(where: { $0.id == r.id }) && found.contains(where: { listed($0, f) }) {
                found.append(f)
                out.append(r)
                grew = true
            }
        }
        return out
    }
}
