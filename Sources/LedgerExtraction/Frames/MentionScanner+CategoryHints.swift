import LedgerCore

/// Categories named away from the figure's own noun.
extension MentionScanner {
    /// `عدد الضحايا من المدنيين ارتفع إلى 9120 شخصاً`, `عدد القتلى المدنيين ارتفع إلى …`: the category between the toll's head
    /// and a figure of generic people. Nil when a number or another person noun stands there.
    func categoryBetween(_ a: Int, _ b: Int) -> (VictimCategory, String)? {
        guard a < b, b - a <= 8 else { return nil }
        for k in a..<b where t[k].isNumber || t[k].victimInfo.map({ $0.0.number == .singular || $0.0.category == .all }) == true { return nil }
        for k in a..<b {
            if let (c, e) = Lexicon.categoryPhrases.match(t, at: k, limit: b) { return (c, text.span(t[k].start, t[e - 1].end).text) }
            if let (v, _, _) = t[k].victimInfo, v.category != .all { return (v.category, text.span(t[k].start, t[k].end).text) }
        }
        return nil
    }

    /// `عسكريون من قوات النظام`, `مقاتلان من مجلس منبج العسكري التابع لقسد`: a force named after a generic military noun
    /// says which force. Stops at a clause mark, a number or a verb.
    func forceAfter(_ j: Int, limit: Int) -> (VictimCategory, Int)? {
        var k = j
        while k < limit {
            if t[k].kind == .punct, t[k].key != "\"" { return nil }
            if t[k].isNumber || t[k].trig != nil { return nil }
            if let (c, e) = Lexicon.categoryPhrases.match(t, at: k, limit: limit), c != .military { return (c, e) }
            k += 1
        }
        return nil
    }

    /// `المدنيون: 210`, `قوات النظام: 95` inside a sentence: a category label, a colon, then the figure.
    func labelBefore(_ i: Int) -> (VictimCategory, String)? {
        let lo = range.lowerBound
        guard i >= lo + 2, t[i - 1].isPunct(":"), t[i].isNumber else { return nil }
        for s in stride(from: i - 2, through: max(lo, i - 5), by: -1) {
            if let (c, e) = Lexicon.categoryPhrases.match(t, at: s, limit: i - 1), e == i - 1 { return (c, text.span(t[s].start, t[e - 1].end).text) }
        }
        if let (v, _, _) = t[i - 2].victimInfo, v.category != .all, v.number == .plural { return (v.category, text.span(t[i - 2].start, t[i - 2].end).text) }
        return nil
    }
}
