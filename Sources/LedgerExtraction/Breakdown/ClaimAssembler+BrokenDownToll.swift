import LedgerCore

extension ClaimAssembler {
    /// The toll a sentence on "the dead" or "the victims" breaks down or picks from: the last death toll of the
    /// sentence before (of its claims `sentence`), unless that toll is the increment of a larger one told before it
    /// ("rose to seven after two of the wounded died. Among the dead are three children": the seven, not the two).
    func brokenDownToll(of sentence: [Int]) -> Int? {
        let totals = sentence.filter { drafts[$0].measure == .killed && drafts[$0].role == .total }
        guard let last = totals.last else { return nil }
        if let larger = totals.dropLast().last(where: { drafts[$0].value > drafts[last].value }),
           isIncrement(drafts[last], after: drafts[larger]) {
            return larger
        }
        return last
    }

    /// Whether `later` is told as what raised `toll`: "after", «بعد» or "bringing" stands between the two figures.
    private func isIncrement(_ later: Draft, after toll: Draft) -> Bool {
        tokens.contains { $0.start >= toll.span.end && $0.end <= later.span.start && Self.incrementLinks.contains($0.key) }
    }

    static let incrementLinks: KeySet = Lexicon.keys(["after", "بعد", "وبعد", "إثر", "اثر", "bringing"])
}
