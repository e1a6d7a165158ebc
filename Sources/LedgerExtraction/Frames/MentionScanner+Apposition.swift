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

extension MentionScanner {
    /// "killed one hostage and freed nine others", «وأفرج عن 12 آخرين»: a verb of release, rescue or evacuation between
    /// the death verb and the figure makes the figure that verb's, which counts no casualty.
    func releasedBetween(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return (a..<b).contains { Self.releaseVerbs.contains(t[$0].key) || t[$0].arabic && t[$0].stems.dropFirst().contains { Self.releaseVerbs.contains($0.stem) } }
    }

    static let releaseVerbs: KeySet = Lexicon.keys([
        "released", "freed", "rescued", "evacuated", "spared", "releasing", "freeing", "rescuing",
        "سراح", "أفرج", "أفرجت", "الإفراج", "إفراج", "حرر", "حررت", "تحرير", "أنقذ", "أنقذت", "إنقاذ", "إجلاء", "أجلي",
    ])
}

extension MentionScanner {
    /// «قتلت قوات النظام 300 شخص»: a force right after an active verb of killing is its subject, who killed, not the
    /// victims' side (the 300 took the regime's category).
    func agentAfterVerb(_ v: Int, before end: Int) -> Bool {
        guard t[v].arabic, Self.activeKillingVerbs.contains(t[v].key), v + 1 < end else { return false }
        return Lexicon.categoryPhrases.match(t, at: v + 1, limit: end) != nil
    }

    static let activeKillingVerbs: KeySet = Lexicon.keys(["قتلت", "وقتلت", "قتل", "وقتل", "قتلوا", "اغتالت", "اغتال", "أعدمت", "أعدم", "تقتل", "يقتل"])
}
