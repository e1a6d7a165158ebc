import LedgerCore

/// A figure a report compares its own against.
extension FrameReview {
    /// "900 people were killed in March, compared to 650 in February", «مقارنة بـ 650 في شباط», "up from 650": the figure
    /// right after a word of comparison is the baseline the report's figure is measured against, an earlier count, not
    /// a count of its own (both were current tallies). Only after an own figure of the same measure.
    mutating func markComparisonBaseline(_ i: Int) {
        let c = claims[i]
        let s = sentence(c)
        guard c.span.start > s.start, c.span.start <= scalars.count else { return }
        let before = Self.foldedWords(scalars[max(s.start, c.span.start - 40)..<c.span.start])
        let last2 = before.suffix(2).joined(separator: " ")
        guard Self.comparisonPairs.contains(last2) || before.last.map({ Self.comparisonWords.contains($0) }) == true
                || before.count >= 2 && Self.comparisonWords.contains(before[before.count - 2]) && before.last == "ب" else { return }
        guard claims.contains(where: { Self.current($0) && $0.id != c.id && $0.measure == c.measure && $0.span.start < c.span.start }) else { return }
        claims[i].context = .backReference
        claims[i].notes.append("the figure a comparison measures against: an earlier count, not the report's own")
        setChildren(of: c.id) { $0.context = .backReference }
    }

    /// A figure of the report's own, tally or incident.
    static func current(_ c: Claim) -> Bool { c.role == .total && c.context == .main }

    static let comparisonPairs: Set<String> = ["compared to", "compared with", "up from", "down from", "مقارنه مع", "بالمقارنه مع", "مقارنه ب"]
    static let comparisonWords: Set<String> = ["versus", "vs", "مقابل", "مقارنه", "بمقابل"]
}
