import LedgerCore

/// Figures that count who acted, not who died (`Three masked gunmen … carried out the assassination of a pharmacist`).
extension MentionScanner {
    /// Nouns of attackers.
    static let perpetratorNouns: KeySet = Lexicon.keys([
        "gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "militants", "مسلح", "مسلحا", "مسلحان", "مسلحين",
        "مسلحون", "مهاجم", "مهاجمان", "مهاجمين", "مهاجمون",
    ])
    /// Active verbs whose subject is the attacker: what follows them is the act, not a death of the subject.
    static let agentVerbs: KeySet = Lexicon.keys([
        "carried", "opened", "fired", "stormed", "targeted", "attacked", "ambushed", "raided", "planted", "detonated",
        "أطلق", "أطلقوا", "أطلقا", "اطلق", "اطلقوا", "اطلقا", "استهدف", "استهدفوا", "استهدفا", "نفذ", "نفذوا", "نفذا", "هاجم", "هاجموا", "هاجما",
        "اقتحم", "اقتحموا", "اقتحما",
    ])
    /// Words right before a figure that name who killed: `by a member of an IS cell`, `على يد مسلحين`.
    static let agentIntroducers: KeySet = Lexicon.keys(["by", "يد", "برصاص", "بنيران"])

    /// The figure names the attackers: a perpetrator noun that is the subject of an active verb, or a figure of
    /// a person introduced by `by`/`على يد`.
    func countsPerpetrators(_ m: Mention) -> Bool {
        let lo = range.lowerBound, hi = range.upperBound
        if m.start > lo, Self.agentIntroducers.contains(t[m.start - 1].key), m.implicit || nounIsPerpetrator(m) { return true }
        if m.start > lo, t[m.start - 1].key == "by", passiveBefore(m.start - 1) { return true }
        guard let noun = perpetratorNoun(m) else { return false }
        // The active verb within a few words after the noun ("three masked gunmen on motorbikes carried out").
        var j = noun + 1
        while j < min(hi, noun + 6) {
            if t[j].trig != nil || t[j].isPunct(".") { return false }
            if Self.agentVerbs.contains(t[j].key) || t[j].stems.dropFirst().contains(where: { Self.agentVerbs.contains($0.stem) }) {
                // "militants targeted by a drone were killed": a passive verb has the figure as its object.
                return !Self.aux.contains(t[j - 1].key) && !(j + 1 < hi && t[j + 1].key == "by")
            }
            j += 1
        }
        // Arabic verb-subject order: "وأطلق مسلحان مجهولان النار".
        return noun > lo && (Self.agentVerbs.contains(t[noun - 1].key) || t[noun - 1].stems.dropFirst().contains { Self.agentVerbs.contains($0.stem) })
    }

    /// `A clerk was fatally shot on Tuesday by two men`: a passive death or injury verb before `by` in the same clause, so
    /// the figure after `by` counts who acted.
    func passiveBefore(_ by: Int) -> Bool {
        var j = by - 1
        while j > range.lowerBound, by - j <= 12 {
            if t[j].kind == .punct || t[j].isNumber { return false }
            if let tr = t[j].trig {
                if Self.aux.contains(t[j - 1].key) { return true }
                // "was fatally shot … by": "shot" needs "to death" to be a death word; the passive verb is further back.
                if !tr.hasNeeds { return false }
            }
            j -= 1
        }
        return false
    }

    func nounIsPerpetrator(_ m: Mention) -> Bool { perpetratorNoun(m) != nil }

    /// The perpetrator noun inside the figure's words.
    func perpetratorNoun(_ m: Mention) -> Int? {
        var j = m.numberAt
        while j < min(range.upperBound, max(m.end, m.numberAt + 1) + 1) {
            if Self.perpetratorNouns.contains(t[j].key) { return j }
            j += 1
        }
        return nil
    }
}
