import LedgerCore

/// A single victim given by name alone, with no person noun: `Nader al-Khalil was killed by gunmen in
/// Hirak`, `Abdullah Abu Horan, 40, died of his wounds`. Reports of single killings name the dead as often
/// as they describe them.
extension MentionScanner {
    /// The note a named victim's claim carries (``RestatementMerge`` reads it).
    static let namedVictimNote = "one victim, named"
    /// Particles that join the parts of an Arabic name written in Latin letters (`al-Khalil`, `Abu Horan`).
    static let nameParticles: KeySet = ["al", "el", "bin", "ibn", "bint", "abu", "abd", "abdul", "abdel", "ad", "ar", "as", "ash", "az", "bani"]
    /// Capitalised words that open a sentence or a phrase without being a name.
    static let notNames: KeySet = [
        "the", "a", "an", "on", "in", "at", "by", "for", "from", "with", "after", "before", "during", "since", "this", "that",
        "these", "those", "his", "her", "their", "its", "our", "local", "syrian", "unknown", "unidentified", "gunmen", "sources",
        "source", "observatory", "north", "south", "east", "west", "eastern", "western", "northern", "southern", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "sheikh", "it", "he", "she", "they", "we", "one",
    ]

    /// The figure of one named victim at `i`: a name of two or more capitalised words (particles
    /// between them allowed) that opens its phrase and is the subject of a singular death predicate
    /// right after it, or after one comma-bounded apposition (`…, a teacher from Tafas, was shot dead`).
    func namedVictim(at i: Int, hits: [TriggerHit]) -> ((Int, Int), VictimCategory)? {
        let lo = range.lowerBound, hi = range.upperBound
        guard !Self.notNames.contains(t[i].key), t[i].victim == nil, t[i].trig == nil else { return nil }
        // The first word of the name: the word before is neither capitalised nor a particle.
        if i > lo, t[i - 1].isWord, t[i - 1].capital || Self.nameParticles.contains(t[i - 1].key) { return nil }
        if i > lo, t[i - 1].isPunct("-") { return nil }
        var j = i + 1, words = 1
        while j < hi, words < 6 {
            if t[j].isPunct("-"), j + 1 < hi, t[j + 1].isWord, !t[j].spaceBefore { j += 1; continue }
            guard t[j].isWord, !t[j].arabic, t[j].trig == nil, t[j].victim == nil else { break }
            if t[j].capital || Self.nameParticles.contains(t[j].key) && j + 1 < hi && (t[j + 1].capital || t[j + 1].isPunct("-")) {
                if t[j].capital { words += 1 }
                j += 1
                continue
            }
            break
        }
        guard words >= 2 || words == 1 && endsEarlierName(i) else { return nil }
        let end = j
        // One apposition between commas: "Ahmad al-Atma, 45, …" or "…, a teacher from Tafas, …".
        if j < hi, t[j].isPunct(",") {
            guard let close = (j + 1..<min(hi, j + 14)).first(where: { t[$0].isPunct(",") }) else { return nil }
            // "…, a 40-year-old farmer, died": the apposition's own noun is the figure (counted there), not the name.
            if (j + 1..<close).contains(where: { hits.map(\.index).contains($0) || t[$0].isPunct(".") || t[$0].victim != nil || seniorFigure($0) != nil }) {
                return nil
            }
            j = close + 1
        }
        guard let h = rightTrigger(j, hits), !h.negated, h.index - j <= 3, h.measure == .killed || h.measure == .wounded,
              singularPassive(from: j, hits: hits) else { return nil }
        return ((1, end), .all)
    }

    /// "… opened fire on Yasser Hamdan Khalil … Khalil died": a lone capitalised word that ends a name of two or more
    /// words told earlier in the report is that person, by the surname.
    func endsEarlierName(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 1 {
            if t[j].isWord, !t[j].arabic, t[j].capital, t[j].key == t[i].key, !(j + 1 < t.count && t[j + 1].isWord && t[j + 1].capital),
               t[j - 1].isWord && (t[j - 1].capital || Self.nameParticles.contains(t[j - 1].key)) || t[j - 1].isPunct("-") {
                return true
            }
            j -= 1
        }
        return false
    }

    /// "… killed Ma'an al-Jaber, an SDF fighter, …": a person noun in apposition to a name describes the named
    /// person (so it restates a death told before it, like the name would).
    func appositionToName(_ i: Int) -> Bool {
        let lo = range.lowerBound
        guard !t[i].arabic, t[i].key == "a" || t[i].key == "an", i >= lo + 2, t[i - 1].isPunct(","), t[i - 2].isWord,
              t[i - 2].capital, !Self.notNames.contains(t[i - 2].key) else { return false }
        return i >= lo + 3 && (t[i - 3].capital || Self.nameParticles.contains(t[i - 3].key) || t[i - 3].isPunct("-"))
    }
}
