import LedgerCore

/// "The toll from the car bombing rose from 12 to 14. The number of wounded reached 30.": a count told in the sentence
/// right after one attack's toll.
extension FrameReview {
    static let attackNouns = SentenceWords.phrases(SentenceCues.eventNounList + [
        "bomb", "bomber", "landmine", "missile", "rocket", "drone", "shell", "عبوه", "لغم", "صاروخ", "قذيفه", "مسيره",
    ])

    /// "the number of" alone, in a sentence that names no period, no start and no run of events, right after a sentence
    /// whose own toll is one attack's (an incident, in a sentence that names an attack), counts that attack: it is no
    /// tally "since the start" (which would have no start).
    func countOfTheAttackBefore(_ i: Int) -> Bool {
        let s = sentence(claims[i])
        guard !s.contains(any: Self.sinceStartProper), !s.contains(any: Self.sinceCues), !s.contains(any: Self.manyEvents),
              PastPeriod.find(s, published: published) == nil,
              let prev = claims[..<i].last(where: { sentence($0).end <= s.start }) else { return false }
        let ps = sentence(prev)
        // The sentence right before: only spaces and stops between the two.
        guard ps.end <= s.start, s.start - ps.end < 4,
              scalars[ps.end..<s.start].allSatisfy({ $0.properties.isWhitespace || SentenceWords.stops.contains($0) }) else { return false }
        return prev.kind == .incident && prev.context == .main && ps.contains(any: Self.attackNouns)
    }

    static let numberOf = SentenceWords.phrases(["the number of", "عدد"])

    /// "Four people were killed, while the number of injured reached 30": "the number of" after a contrast, in a sentence
    /// with no period, start or run of events, counts the event of the toll told before the contrast; and that toll,
    /// before the words, is no count "since the start" itself.
    func numberOfAfterContrast(_ i: Int) -> Bool {
        let c = claims[i], s = sentence(c)
        guard !s.contains(any: Self.sinceStartProper), !s.contains(any: Self.sinceCues), !s.contains(any: Self.manyEvents),
              PastPeriod.find(s, published: published) == nil,
              let k = Self.numberOf.lazy.compactMap({ s.firstIndex(of: $0) }).first,
              let w = s.words[..<k].lastIndex(where: { Self.contrastKeys.contains($0.string) }) else { return false }
        let cut = s.offsets[w]
        if c.span.end <= cut { return true }
        return claims.contains { o in o.id != c.id && o.kind == .incident && o.role == .total && o.span.start >= s.start && o.span.end <= cut }
    }
}
