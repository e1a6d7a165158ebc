import LedgerCore

extension FrameReview {
    /// "Three of the wounded were in critical condition", "Of the injured, five were in serious
    /// condition", «ثلاثة من الجرحى حالتهم حرجة»: a figure that picks some out of the wounded already
    /// counted is a subset of that count, not a second toll of wounded (the increment rules take the
    /// wounded who died). Also "two of them critically" after a sentence that counted the wounded,
    /// when the sentence speaks of their condition.
    mutating func markWoundedPartitive(_ i: Int) {
        let c = claims[i]
        guard c.measure == .wounded else { return }
        let s = sentence(c)
        let ofThem = s.wordsAfter(c.span.end, 2).map(\.string) == ["of", "them"] || s.wordsAfter(c.span.end, 1).first?.string == "منهم"
        let picked = pickedFromWounded(c)
        guard picked || ofThem && s.contains(any: Self.conditionCues), c.context == .main || picked && c.context == .backReference
        else { return }
        guard let toll = claims.indices.last(where: { j in
            j < i && isOwnToll(claims[j]) && !dropped.contains(claims[j].id) && claims[j].measure == .wounded && claims[j].value > c.value
        }) else {
            // "Of the injured, two remain in serious condition" in a report that gives no count of the
            // wounded: some of a count the report does not give, not a toll of its own. A subset needs
            // its total, so the figure is not a claim.
            if picked, c.context == .main { dropped.insert(c.id) }
            return
        }
        claims[i].role = .subset
        claims[i].parent = claims[toll].id
        claims[i].context = claims[toll].context
        claims[i].notes.append("some of the wounded counted before: a subset, not a second toll")
    }

    /// Whether the figure is picked out of "the wounded": "N of the wounded/injured", «N من الجرحى»,
    /// or after "of / among the wounded" at the head of its clause ("Of the wounded, five …",
    /// «ومن بين المصابين خمسة …»).
    func pickedFromWounded(_ c: Claim) -> Bool {
        let s = sentence(c)
        let after = s.wordsAfter(c.span.end, 4).map(\.string)
        if after.count >= 3, after[0] == "of", after[1] == "the", Self.woundedNouns.contains(after[2]) { return true }
        // "Two of the seriously wounded were fighters": a word of severity before the wounded noun.
        if after.count == 4, after[0] == "of", after[1] == "the", Self.severityWords.contains(after[2]), Self.woundedNouns.contains(after[3]) { return true }
        if after.count >= 2, after[0] == "من", Self.woundedNouns.contains(after[1]) { return true }
        let wider = Array(s.wordsBefore(c.span.start, 6).map(\.string))
        let before = wider.suffix(4)
        guard let noun = before.lastIndex(where: { Self.woundedNouns.contains($0) }), noun >= before.startIndex + 1 else { return false }
        let head = before[..<noun].suffix(2)
        // "the number of injured reached 30": "of" after a count noun names what is counted, it picks none out.
        if let of = head.lastIndex(of: "of"), of > wider.startIndex, Self.countNouns.contains(wider[of - 1]) { return false }
        // Not a bare «من»: «أكثر من الجرحى» is "more than", no partitive.
        return head.contains { ["of", "among", "ومن", "بين"].contains($0) }
    }

    static let countNouns: Set<String> = ["number", "toll", "count", "tally", "total", "figure"]
    static let severityWords: Set<String> = ["seriously", "critically", "severely", "badly", "gravely", "lightly", "slightly"]

    static let woundedNouns: Set<String> = Set(["wounded", "injured", "الجرحي", "المصابين", "الجرحى"].map { Fold.key($0).string })
    static let conditionCues = SentenceWords.phrases([
        "critical", "critically", "serious condition", "seriously", "حرجه", "خطره", "خطيره", "حالتهم", "حالتها", "حالته",
    ])
}
