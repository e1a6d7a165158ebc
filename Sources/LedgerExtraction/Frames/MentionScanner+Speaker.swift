import LedgerCore

/// Who tells of the dead, with a phrase of place or affiliation between the person and the verb of telling.
extension MentionScanner {
    static let speakerPrepositions: KeySet = ["in", "at", "from", "of", "with"]

    /// "…, a doctor in Azaz said", "a nurse at the city's main hospital told AFP": a single person, then a short phrase
    /// opened by a preposition (no verb of a measure in it), then a verb of telling: the speaker, not a victim.
    func speakerAfterPhrase(_ j: Int) -> Bool {
        guard j < range.upperBound, Self.speakerPrepositions.contains(t[j].key) else { return false }
        var k = j + 1, words = 0
        while k < range.upperBound, words < 5, t[k].isWord || t[k].isPunct("'") || t[k].isPunct("’") {
            if t[k].trig != nil { return false }
            if Self.speechVerbs.contains(t[k].key) { return words > 0 }
            if t[k].isWord { words += 1 }
            k += 1
        }
        return false
    }
}
