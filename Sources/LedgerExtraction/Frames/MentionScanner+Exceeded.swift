import LedgerCore

extension MentionScanner {
    /// Verbs of passing a mark: the figure after them is a floor the count went past.
    static let exceedVerbs: KeySet = Lexicon.keys([
        "exceeded", "exceeds", "exceeding", "topped", "tops", "surpassed", "surpasses",
        "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "متجاوزا", "متجاوزه", "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت", "يفوق",
    ])

    /// "The death toll exceeded 50", «وتجاوز عدد القتلى منذ بدء المواجهات 2,400 قتيل»: a verb of exceeding earlier in
    /// the figure's clause makes it `more_than`. The clause ends at punctuation, another number or a verb of its own.
    func exceededBefore(_ i: Int) -> Bool {
        var j = i - 1
        while j >= max(range.lowerBound, i - 10) {
            if t[j].kind == .punct || t[j].isNumber { return false }
            if !t[j].arabic, EnglishNumbers.small[t[j].key] != nil { return false }
            if Self.exceedVerbs.contains(t[j].key) || t[j].arabic && t[j].key.hasPrefix("و") && Self.exceedVerbs.contains(t[j].key.droppingFirst()) {
                return true
            }
            // A verb of its own ends the clause; the toll's noun («عدد القتلى», "the death toll") does not.
            if t[j].trig?.head == false, !(t[j].arabic && (t[j].key.hasPrefix("ال") || t[j].key.hasPrefix("وال"))),
               !Self.tollNouns.contains(t[j].key) { return false }
            j -= 1
        }
        return false
    }

    static let tollNouns: KeySet = ["toll", "deaths", "death", "fatalities", "casualties"]

    /// "Thirty people at least were killed": "at least" after the noun (and not before another number).
    func atLeastAfter(_ a: Int) -> Bool {
        guard a + 1 < range.upperBound, !t[a].arabic, t[a].key == "at", t[a + 1].key == "least" else { return false }
        guard a + 2 < range.upperBound else { return true }
        return !t[a + 2].isNumber && EnglishNumbers.small[t[a + 2].key] == nil
    }
}
