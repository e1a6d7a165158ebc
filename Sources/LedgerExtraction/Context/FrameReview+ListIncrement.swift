import LedgerCore

/// A death of wounds told as the last item of a list of places is one more toll, not inside the first.
extension FrameReview {
    static let listAfterWords: Set<String> = Set(["after", "بعد", "وبعد", "following", "إثر", "اثر"].map { Fold.key($0).string })

    /// «ستة أشخاص قتلوا في البلدة، وشخصين في المدينة، وشخصاً في القرية متأثراً بجراحه»: a figure after the toll, set off by
    /// a comma and opened by «و»/"and", with no "after/بعد" between them, is an item of the list (a toll of its own place),
    /// not an increment inside the toll (the two and the one were subsets of the six).
    func listItemAfter(_ toll: Claim, _ c: Claim, _ s: SentenceWords) -> Bool {
        guard toll.span.end <= c.span.start, c.span.start <= scalars.count else { return false }
        let between = String(String.UnicodeScalarView(scalars[toll.span.end..<c.span.start]))
        guard between.contains("،") || between.contains(",") else { return false }
        let opensWithAnd = c.span.text.hasPrefix("و") || between.split(separator: " ").last.map { $0 == "and" || $0 == "و" } == true
        guard opensWithAnd else { return false }
        return !s.words.indices.contains { k in
            s.offsets[k] >= toll.span.end && s.offsets[k] < c.span.start && Self.listAfterWords.contains(s.words[k].string)
        }
    }
}
