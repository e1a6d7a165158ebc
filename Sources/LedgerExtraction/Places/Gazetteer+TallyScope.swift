import LedgerCore

extension Gazetteer {
    /// The scope of a tally: an area scope ("areas of the Autonomous Administration", "the Syrian desert"), or the one
    /// province named right after it, which narrows it ("in areas of the Autonomous Administration in the Deir ez-Zor
    /// countryside", «في مناطق سيطرة الإدارة الذاتية بريف دير الزور», "the desert of Homs"): a tally of one province's
    /// part of an area counts that province's incidents, not the whole area's. Two provinces ("the desert of Homs and
    /// Deir ez-Zor") keep the area.
    static func tallyScope(_ tokens: [Token], _ range: Range<Int>, text: NormalizedText) -> Place? {
        var found: Place?
        forEachMatch(tokens, range) { e, s, end in
            guard e.level == 0 && e.name != "syria" else { return true }
            found = province(narrowing: end, tokens, range, text: text) ?? place(e, tokens, s, end, text: text, admin1: nil)
            return false
        }
        return found
    }

    /// The one province named within a few linking words ("in the", «بريف», "eastern countryside of") after token `end`.
    private static func province(narrowing end: Int, _ tokens: [Token], _ range: Range<Int>, text: NormalizedText) -> Place? {
        var j = end
        while j < range.upperBound, j < end + 6, tokens[j].isWord, narrowingLinks.contains(tokens[j].key) { j += 1 }
        guard j > end, j < range.upperBound, let (e, after) = table.match(tokens, at: j, limit: range.upperBound), e.level == 1 else {
            return nil
        }
        var k = after
        while k < range.upperBound, k < after + 3, tokens[k].isWord, narrowingLinks.contains(tokens[k].key) { k += 1 }
        if k < range.upperBound, tokens[k].isWord, andWords.contains(tokens[k].key) || tokens[k].key.hasPrefix("و"),
           let (other, _) = table.match(tokens, at: tokens[k].key.hasPrefix("و") ? k : k + 1, limit: range.upperBound),
           other.level == 1 {
            return nil
        }
        return place(e, tokens, j, after, text: text, admin1: e.admin1 ?? e.name)
    }

    static let narrowingLinks: KeySet = Lexicon.keys([
        "in", "of", "the", "countryside", "rural", "province", "governorate", "eastern", "western", "northern", "southern",
        "في", "ريف", "بريف", "محافظة", "بمحافظة", "الشرقي", "الغربي", "الشمالي", "الجنوبي",
    ])
    static let andWords: KeySet = ["and"]
}
