import LedgerCore

/// A figure named as the one a correction replaces: "253 and not 359", "instead of 1,060", «117 شهيداً وليس 147»,
/// «بدلاً من 1060», "correcting an earlier toll of 72".
extension ClaimAssembler {
    static let replacedBefore: KeySet = Lexicon.keys(["not", "وليس", "ليس", "بدل"])
    static let replacedPairs: [(Key, KeySet)] = [
        (Key("instead"), ["of"]), (Key("rather"), ["than"]), (Key("down"), ["from"]),
        (Fold.key("بدلا"), Lexicon.keys(["من", "عن"])), (Fold.key("عوضا"), Lexicon.keys(["عن"])),
    ]
    static let earlierAdjectives: KeySet = ["earlier", "previous", "initial", "original", "prior", "old", "first"]
    static let countNouns: KeySet = ["toll", "figure", "count", "estimate", "tally", "number"]

    /// Whether the words right before a figure starting at token `s` name it as the figure a correction replaces.
    func replacedFigure(at s: Int, in r: Range<Int>) -> Bool {
        func key(_ j: Int) -> Key? { j >= r.lowerBound && tokens[j].isWord ? tokens[j].key : nil }
        guard let p = key(s - 1) else { return false }
        if Self.replacedBefore.contains(p) || earlierThenLater(s, r) || afterHadBeen(s, r) { return true }
        if let q = key(s - 2), Self.replacedPairs.contains(where: { $0.0 == q && $0.1.contains(p) }) { return true }
        // "an earlier toll of 72", "the previous death toll of 29"
        guard p == "of", let n = key(s - 2), Self.countNouns.contains(n) else { return false }
        let a = key(s - 3) == "death" ? key(s - 4) : key(s - 3)
        return a.map { Self.earlierAdjectives.contains($0) } ?? false
    }

    static let earlierWords: KeySet = ["earlier", "initially", "previously", "originally"]
    /// "had earlier put the toll at more than 80, but the UN now says 170": "now" answers "earlier" as "later" does.
    static let laterWords: KeySet = ["later", "subsequently", "now"]

    /// "Police had earlier put the toll at 11, but later said 86 people had died": a figure after "earlier" with "later"
    /// and another number after it is the figure the later one replaces.
    func earlierThenLater(_ s: Int, _ r: Range<Int>) -> Bool {
        guard (r.lowerBound..<s).contains(where: { Self.earlierWords.contains(tokens[$0].key) }),
              let later = (s..<r.upperBound).first(where: { Self.laterWords.contains(tokens[$0].key) }) else { return false }
        guard let n = (later..<r.upperBound).first(where: { tokens[$0].isNumber || !tokens[$0].arabic && EnglishNumbers.small[tokens[$0].key] != nil })
        else { return false }
        // "and later 3 more were killed": more dead, not a new count of the same.
        return !(n + 1..<min(r.upperBound, n + 3)).contains { Self.moreWords.contains(tokens[$0].key) }
    }

    static let moreWords: KeySet = ["more", "other", "others", "another", "additional", "further"]

    static let afterWords: KeySet = Lexicon.keys(["بعد", "وبعد"])
    static let thatWords: KeySet = Lexicon.keys(["أن", "ان"])
    static let hadBeenWords: KeySet = Lexicon.keys(["كان", "كانت", "كانوا"])

    /// «وصل عدد القتلى إلى 15، بعد أن كان مصدر أمني قد أشار إلى 10 قتلى»: a figure within ten words after «بعد أن
    /// كان/كانت» (after it had been) and a verb of telling or a toll noun, no number between, is the earlier figure the one
    /// before replaces.
    func afterHadBeen(_ s: Int, _ r: Range<Int>) -> Bool {
        let lo = max(r.lowerBound, s - 10)
        guard let a = (lo..<s).last(where: { Self.afterWords.contains(tokens[$0].key) }), a + 2 < s,
              Self.thatWords.contains(tokens[a + 1].key), Self.hadBeenWords.contains(tokens[a + 2].key) else { return false }
        return !(a..<s).contains { tokens[$0].isNumber } && (a..<s).contains { Self.toldWords.contains(tokens[$0].key) }
    }

    /// Verbs of telling and toll nouns: the earlier figure was told, not another killing done before.
    static let toldWords: KeySet = Lexicon.keys(["تحدثت", "تحدث", "أعلنت", "أعلن", "أفادت", "أفاد", "ذكرت", "ذكر", "أشارت", "أشار",
                                                "قالت", "قال", "أحصت", "أحصى", "أكدت", "أكد", "أوردت", "أورد", "حصيلة", "الحصيلة"])

    /// The replaced figure is superseded by the nearest other total of its measure in the sentence, the one before it
    /// first ("253 and not 359"), else the one after it ("instead of the 1,060 given earlier, 1,032").
    mutating func supersedeReplaced(_ thisSentence: [Int]) {
        for k in thisSentence where drafts[k].replaced && drafts[k].role == .total && drafts[k].supersededBy == nil {
            let same = thisSentence.filter { $0 != k && drafts[$0].role == .total && drafts[$0].measure == drafts[k].measure && !drafts[$0].replaced }
            if let n = same.last(where: { $0 < k }) ?? same.first { drafts[k].supersededBy = n }
        }
    }
}
