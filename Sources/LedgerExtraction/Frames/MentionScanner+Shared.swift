import LedgerCore

/// Words that change what a figure counts: an event noun after a death word, a noun sharing a number, a vague
/// `casualties`.
extension MentionScanner {
    static let eventNouns: KeySet = ["incidents", "incident", "cases", "operations", "attacks", "crimes"]

    /// `21 killing incidents`, `9 assassination operations`: a death word that modifies an event noun.
    func deathWordModifiesEvent(_ k: Int) -> Bool {
        guard !t[k].arabic, let trig = t[k].trig, !trig.head, trig.measure == .killed, k + 1 < range.upperBound else { return false }
        return Self.eventNouns.contains(t[k + 1].key)
    }

    /// `يقتل 60 مدنياً وعسكرياً`: a second accusative singular noun joined by `و` to `N + noun-اً` is that number's noun
    /// too, not a victim of its own.
    func sharesNumber(at i: Int, with p: Mention) -> Bool {
        let lo = range.lowerBound
        guard t[i].arabic, i >= lo + 2, p.numberAt == i - 2, t[i - 2].isNumber, t[i].key.hasPrefix("و"), t[i].key.string.hasSuffix("ا"),
              t[i - 1].key.string.hasSuffix("ا"), t[i - 1].victim?.number == .singular, t[i].victim?.number == .singular else { return false }
        return true
    }

    /// A number-less `casualties` later in the sentence (`and reports of other casualties among the attackers`) does not
    /// override the explicit death word before the figure.
    func vagueCasualties(_ c: TriggerHit, left l: TriggerHit) -> Bool {
        guard c.index != l.index, c.measure == .killedOrWounded, t[c.index].key == "casualties", !l.negated, l.measure == .killed,
              l.index < c.index else { return false }
        let before = c.index - 1
        return before < range.lowerBound || !t[before].isNumber
    }
}
