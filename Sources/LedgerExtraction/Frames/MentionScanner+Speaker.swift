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

    /// «فيما قال ضابط إن عشرة جنود قتلوا», «وأفاد مصدر طبي»: an indefinite singular person right after a verb of telling,
    /// with «إن/أن» or the end of the clause soon after it, is who tells, not a victim (the officer was one dead, and the
    /// ten soldiers were lost).
    func speakerAfterSaid(_ i: Int) -> Bool {
        guard t[i].arabic, i > range.lowerBound, SentenceCues.saidWords.contains(t[i - 1].key) || Self.affirmWords.contains(t[i - 1].key)
        else { return false }
        return ((i + 1)..<min(range.upperBound, i + 5)).contains { Self.speechThat.contains(t[$0].key) || t[$0].isPunct("،") || t[$0].isPunct(",") }
    }

    /// «بينما أكد طبيب في المستشفى أن …»: verbs of affirming tell as «قال» does (the doctor was one dead).
    static let affirmWords: KeySet = Lexicon.keys(["أكد", "وأكد", "أكدت", "وأكدت", "أوضح", "وأوضح", "أضاف", "وأضاف"])

    static let speechThat: KeySet = Lexicon.keys(["إن", "أن", "ان", "بأن", "بان"])
}
