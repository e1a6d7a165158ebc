import LedgerCore

/// A victim introduced as the object of an attack, whose fate comes in a result clause
/// (`استهدفوا … عنصراً من الأسايش … ما أدى إلى مقتله`, `fired on a council employee …, which led to his death`).
extension MentionScanner {
    static let resultOpeners: [[Key]] = [
        ["ما", "أدى"], ["ما", "أسفر"], ["مما", "أدى"], ["مما", "أسفر"], ["which", "led"], ["which", "caused"], ["resulting", "in"],
        ["which", "resulted"], ["leading", "to"],
    ].map { $0.map { Fold.key($0) } }
    static let fateWords: KeyMap<Measure> = KeyMap([
        "death": .killed, "deaths": .killed, "killing": .killed, "injury": .wounded, "injuries": .wounded, "wounding": .wounded,
    ])

    /// The measure of a result clause after the victim, within its sentence: `ما أدى إلى مقتله`, `which led to his death`.
    func consequenceMeasure(from j: Int, hits: [TriggerHit]) -> Measure? {
        let hi = range.upperBound
        var k = j
        while k + 1 < min(hi, j + 16) {
            if t[k].isPunct(".") || t[k].isNumber { return nil }
            if Self.resultOpeners.contains(where: { opener in opener[0] == t[k].key && t[k + 1].stems.contains { $0.stem == opener[1] } }) {
                for f in (k + 2)..<min(hi, k + 6) {
                    if let h = hits.first(where: { $0.index == f }), !h.negated { return h.measure }
                    if let m = Self.fateWords[t[f].key] { return m }
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// A verb of attack a few words before the victim: `استهدفوا بالرصاص عنصراً`, `fired on a council employee`.
    func attackBefore(_ i: Int) -> Bool {
        (max(range.lowerBound, i - 4)..<i).contains { j in
            Self.agentVerbs.contains(t[j].key) || t[j].stems.dropFirst().contains { Self.agentVerbs.contains($0.stem) }
        }
    }

    /// `وتعرض طفل لإصابة خطيرة`: a person who suffered an injury.
    func sufferedOutcome(at i: Int, hits: [TriggerHit]) -> Bool {
        guard i > range.lowerBound, i + 1 < range.upperBound, t[i - 1].stems.contains(where: { $0.stem.hasPrefix("تعرض") }) else { return false }
        return hits.contains { $0.index == i + 1 && !$0.negated }
    }
}
