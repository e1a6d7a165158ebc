import LedgerCore

extension MentionScanner {
    /// ", all of them civilians", "— all of them women", «جميعهم مدنيون»: a group the whole figure belongs to, right after it
    /// (the figure kept the category of its own noun, `all`).
    func allOfThem(after end: Int) -> VictimCategory? {
        var j = end
        let hi = range.upperBound
        if j < hi, t[j].kind == .punct { j += 1 }
        if j + 2 < hi, t[j].key == "all", t[j + 1].key == "of", t[j + 2].key == "them" { j += 3 }
        else if j < hi, Self.allOfThemArabic.contains(t[j].key) { j += 1 }
        else { return nil }
        if j < hi, t[j].key == "were" || t[j].key == "من" { j += 1 }
        guard j < hi, let (v, _, _) = t[j].victimInfo, v.number == .plural, v.category != .all else { return nil }
        return v.category
    }

    static let allOfThemArabic: KeySet = Lexicon.keys(["جميعهم", "كلهم", "وجميعهم", "وكلهم"])
}
