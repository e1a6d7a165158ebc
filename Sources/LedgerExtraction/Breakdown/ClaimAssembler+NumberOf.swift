import LedgerCore

/// A sentence that opens on a number picked out of the dead told before: "Six of them were killed in the city, …",
/// "Twelve of the 13 dead were police officers".
extension ClaimAssembler {
    func opensOnNumberOf(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        guard i < r.upperBound, tokens[i].isNumber || !tokens[i].arabic && EnglishNumbers.small[tokens[i].key] != nil else { return false }
        i += 1
        guard i + 2 < r.upperBound, tokens[i].key == "of" else { return false }
        let b = tokens[i + 1].key, c = tokens[i + 2]
        if b == "them" || b == "these" || b == "those" { return true }
        return b == "the" && (c.isNumber || Self.deadWords.contains(c.key))
    }

    static let diedWords: KeySet = ["died", "die", "dies", "succumbed", "succumb", "succumbs"]

    /// "Six of them were killed in Kharkiv" after "15 killed and 16 wounded" picks out of the dead; "Two of them died later"
    /// after the same words tells of the wounded who died (one more death each, as before).
    func killedNotDied(_ hits: [TriggerHit]) -> Bool {
        !hits.isEmpty && hits.allSatisfy { !Self.diedWords.contains(tokens[$0.index].key) }
    }

    static let includeWords: KeySet = ["include", "includes", "included", "including"]

    /// "The dead include two doctors", "Those killed included a nurse": some of the dead told before, not all of them.
    func includesTheDead(_ r: Range<Int>) -> Bool {
        guard r.count > 2 else { return false }
        let a = tokens[r.lowerBound].key, b = tokens[r.lowerBound + 1].key, c = tokens[r.lowerBound + 2].key
        if a == "the", Self.deadWords.contains(b), Self.includeWords.contains(c) { return true }
        // "The five dead included two Iranians": the toll's number before the noun.
        if a == "the", r.count > 3, tokens[r.lowerBound + 1].isNumber || EnglishNumbers.small[b] != nil, Self.deadWords.contains(c),
           Self.includeWords.contains(tokens[r.lowerBound + 3].key) { return true }
        // "Those killed included …", also after its speaker: "The monitor said those killed included …".
        let starts = [r.lowerBound] + (r.lowerBound + 1..<min(r.upperBound - 2, r.lowerBound + 12)).filter { Self.speechLeads.contains(tokens[$0 - 1].key) }
        return starts.contains { i in
            let b = tokens[i + 1].key, c = tokens[i + 2].key
            return tokens[i].key == "those" && (b == "killed" || b == "dead")
                && (Self.includeWords.contains(c) || c == "were" && i + 3 < r.upperBound && tokens[i + 3].key == "among")
        }
    }

    static let speechLeads: KeySet = ["said", "says", "added", "that"]

    static let tollAdjectives: KeySet = ["provisional", "preliminary", "initial", "final", "official", "death", "latest", "new"]
    static let tollCopulas: KeySet = ["was", "is", "included", "includes", "comprised", "comprises"]

    /// "The provisional toll was 34 volunteers and six soldiers" after "killed 40": the toll told before, broken down
    /// (two figures or more after the copula; parts when they add up to it, else some of it).
    func tollBrokenDown(_ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        guard i < r.upperBound, tokens[i].key == "the" else { return false }
        i += 1
        while i < r.upperBound, i < r.lowerBound + 4, Self.tollAdjectives.contains(tokens[i].key) { i += 1 }
        guard i + 1 < r.upperBound, tokens[i].key == "toll", Self.tollCopulas.contains(tokens[i + 1].key) else { return false }
        let numbers = ((i + 2)..<r.upperBound).filter { tokens[$0].isNumber || !tokens[$0].arabic && EnglishNumbers.small[tokens[$0].key] != nil }
        return numbers.count >= 2
    }
}
