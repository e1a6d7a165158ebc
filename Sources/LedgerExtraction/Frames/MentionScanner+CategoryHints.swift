import LedgerCore

/// Categories named away from the figure's own noun.
extension MentionScanner {
    /// `عدد الضحايا من المدنيين ارتفع إلى 9120 شخصاً`, `عدد القتلى المدنيين ارتفع إلى …`: the category between the toll's head
    /// and a figure of generic people. Nil when a number or another person noun stands there.
    func categoryBetween(_ a: Int, _ b: Int) -> (VictimCategory, String)? {
        guard a < b, b - a <= 8 else { return nil }
        for k in a..<b where isNumberWord(k) || t[k].victimInfo.map({ $0.0.number == .singular || $0.0.category == .all }) == true { return nil }
        // "Most of the dead were women and children, and 14 of the victims …": a comma and "and" open a clause of its own.
        for k in a..<(b - 1) where t[k].isPunct(",") && (t[k + 1].key == "and" || t[k + 1].key == "و") { return nil }
        // «60 قتيلاً، بينهم طفلان وسيدتان، وهم: 40 …»: the nouns after a subset or list marker are the subsets' own.
        for k in a..<b where Triggers.subsetMarkers.contains(t[k].key) || Triggers.partitionMarkers.contains(t[k].key) { return nil }
        for k in a..<b {
            // "The death toll is 528": the verb, not IS (written in capitals).
            if t[k].key == "is" && !t[k].caps { continue }
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
        guard i >= lo + 2, t[i - 1].isPunct(":"), t[i].isNumber || number(at: i) != nil else { return nil }
        // The longest label first: "by IS cells:", not its tail "cells:".
        for s in max(lo, i - 5)...(i - 2) {
            // "Shelling by regime forces: 38": the forces named after "by" are who killed.
            if let (c, e) = Lexicon.categoryPhrases.match(t, at: s, limit: i - 1), e == i - 1 {
                if s > lo, Self.agentIntroducers.contains(t[s - 1].key) { return nil }
                return (c, text.span(t[s].start, t[e - 1].end).text)
            }
        }
        if let (v, _, _) = t[i - 2].victimInfo, v.category != .all, v.number == .plural { return (v.category, text.span(t[i - 2].start, t[i - 2].end).text) }
        return nil
    }

    /// `60 people were killed on the IS side`, `22 on the side of the SDF`: the side a figure's people fought for.
    func sideOf(from j: Int) -> (VictimCategory, String)? {
        let hi = range.upperBound
        var k = j
        while k + 3 < min(hi, j + 12) {
            if t[k].kind == .punct || t[k].isNumber { return nil }
            if t[k].key == "on", t[k + 1].key == "the" {
                if let (c, e) = Lexicon.categoryPhrases.match(t, at: k + 2, limit: hi), e < hi, t[e].key == "side" {
                    return (c, text.span(t[k].start, t[e].end).text)
                }
                if t[k + 2].key == "side", k + 4 < hi, t[k + 3].key == "of" {
                    let n = t[k + 4].key == "the" && k + 5 < hi ? k + 5 : k + 4
                    if let (c, e) = Lexicon.categoryPhrases.match(t, at: n, limit: hi) { return (c, text.span(t[k].start, t[e - 1].end).text) }
                }
            }
            k += 1
        }
        return nil
    }
}
