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
}
